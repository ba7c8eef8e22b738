"""The whole of one statement or event, in a scrollable dialog."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from backchannel.db import Desk
from backchannel.tui.widgets.detail_view import detail_text
from backchannel.tui.widgets.key_bar import KeyBar


def open_detail(screen: Screen[Any], desk: Desk, kind: str, item_id: int) -> None:
    """Read an item's whole detail in a worker, then show it in a DetailScreen."""

    def read() -> None:
        text = detail_text(desk, kind, item_id, limit=50_000)
        title = {"statement": "Statement", "event": "Event"}.get(kind, kind.title())
        screen.app.call_from_thread(screen.app.push_screen, DetailScreen(title, text))

    screen.run_worker(read, thread=True, exclusive=True, group="open-detail", exit_on_error=False)


class DetailScreen(ModalScreen[None]):
    """Everything about one item; escape, enter or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter,q", "dismiss", "Close", id="detail.close"),
        Binding("j,down", "scroll('down')", "Down", show=False, id="detail.down"),
        Binding("k,up", "scroll('up')", "Up", show=False, id="detail.up"),
    ]

    def __init__(self, title: str, text: Text) -> None:
        super().__init__()
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-dialog") as dialog:
            dialog.border_title = self.title_text
            dialog.border_subtitle = "esc to close"
            yield Static(self.text, markup=False)
        yield KeyBar(compact=False)

    def action_scroll(self, direction: str) -> None:
        dialog = self.query_one("#detail-dialog", VerticalScroll)
        if direction == "down":
            dialog.scroll_down(animate=False)
        else:
            dialog.scroll_up(animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
