"""The trash: what was deleted, newest first; enter or r restores."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from backchannel.actions import items as item_actions
from backchannel.db import Desk
from backchannel.db.trash import TrashItem
from backchannel.db.trash import items as trash_items
from backchannel.tui.runner import DeskChanged, runner_of
from backchannel.tui.text import literal
from backchannel.tui.widgets.key_bar import KeyBar


class TrashScreen(ModalScreen[None]):
    """Lists the trash; enter restores the focused item."""

    HELP = (
        "What was deleted, newest first. enter brings the focused item back (a source or "
        "speaker with the statements trashed along with it)."
    )
    """What the screen is for, above its keys in ? help."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r,enter", "restore", "Restore", id="trash.restore", priority=True),
        Binding("j", "down", "Down", show=False, id="trash.down"),
        Binding("k", "up", "Up", show=False, id="trash.up"),
        Binding("escape,q", "close", "Close", id="trash.close"),
    ]

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.items: list[TrashItem] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="trash-dialog") as dialog:
            dialog.border_title = "Trash"
            dialog.border_subtitle = "enter restore · u undoes a delete too · esc close"
            yield DataTable(id="trash-table", cursor_type="row")
            yield Static("", id="trash-empty")
        yield KeyBar(compact=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Kind", width=9)
        table.add_column("Deleted", width=16)
        table.add_column("What")
        self._fill()
        table.focus()
        runner_of(self).changed.subscribe(self, self._desk_changed)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.items = trash_items(self.desk)
        for item in self.items:
            when = item.deleted_at[:16].replace("T", " ")
            table.add_row(Text(item.kind), Text(when), literal(item.label, 200))
        empty = self.query_one("#trash-empty", Static)
        empty.update("The trash is empty." if not self.items else "")
        empty.display = not self.items

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_restore(self) -> None:
        table = self.query_one(DataTable)
        if not self.items:
            return
        item = self.items[table.cursor_row]
        runner_of(self).run(
            "restore",
            partial(item_actions.from_trash, self.desk, item.kind, item.id),
            done=lambda outcome: self.notify(outcome.label, title="Trash", markup=False),
        )

    def _desk_changed(self, _change: DeskChanged) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        self._fill()
        if self.items:
            table.move_cursor(row=min(row, len(self.items) - 1))

    def action_close(self) -> None:
        self.dismiss()
