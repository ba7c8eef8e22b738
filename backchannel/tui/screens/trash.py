"""The trash: what was deleted, newest first; enter or r restores."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from backchannel.db import Desk, NotFound
from backchannel.db.trash import TrashItem, items, restore
from backchannel.tui.text import literal


class TrashScreen(ModalScreen[bool]):
    """Lists the trash. Dismisses True if anything was restored."""

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
        self.restored = False

    def compose(self) -> ComposeResult:
        with Vertical(id="trash-dialog") as dialog:
            dialog.border_title = "Trash"
            dialog.border_subtitle = "enter restore · u undoes a delete too · esc close"
            yield DataTable(id="trash-table", cursor_type="row")
            yield Static("", id="trash-empty")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Kind", width=9)
        table.add_column("Deleted", width=16)
        table.add_column("What")
        self._fill()
        table.focus()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self.items = items(self.desk)
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
        try:
            restore(self.desk, item.kind, item.id)
        except NotFound as error:
            self.notify(str(error), severity="error")
            return
        self.restored = True
        self.notify(f"Restored {item.kind}", title="Trash")
        row = table.cursor_row
        self._fill()
        if self.items:
            table.move_cursor(row=min(row, len(self.items) - 1))

    def action_close(self) -> None:
        self.dismiss(self.restored)
