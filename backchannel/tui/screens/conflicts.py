"""Conflicts: decide, one key each, what two copies of the desk changed differently.

m keeps yours (this desk's value), t keeps theirs, e types a new value; u
undoes a decision. Like triage, the queue is the one opened, decided ones
marked, so progress reads "2 of 5"; each decision is a change of yours,
which the next merge carries to the other copy.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Static

from backchannel.actions import team
from backchannel.db import Desk
from backchannel.db.conflicts import Conflict, ConflictStore
from backchannel.tui.keys import eager
from backchannel.tui.runner import DeskChanged, Failure, runner_of
from backchannel.tui.screens.dialogs import PromptScreen
from backchannel.tui.screens.editing import undo_step
from backchannel.tui.screens.help import HelpScreen
from backchannel.tui.screens.queue import QueueScreen
from backchannel.tui.text import literal
from backchannel.tui.widgets.conflict_card import card
from backchannel.tui.widgets.key_bar import KeyBar

MARKS = {"decided": "✓", "pending": "·"}


class ConflictsScreen(QueueScreen):
    """Every conflict waiting when it was opened, one at a time."""

    HELP = (
        "Fields this desk and another copy changed differently, one at a time: keep "
        "yours, keep theirs, or type the value it should hold."
    )
    """What the screen is for, above its keys in ? help."""

    DONE = ("Every conflict is decided. esc returns to the desk.", "Conflicts")

    BINDINGS: ClassVar[list[BindingType]] = [
        *eager(
            Binding("m", "decide('mine')", "Keep yours", id="conflicts.mine"),
            Binding("t", "decide('theirs')", "Keep theirs", id="conflicts.theirs"),
            Binding("e", "edit", "Edit", id="conflicts.edit"),
            Binding("u,ctrl+z", "undo", "Undo", id="conflicts.undo"),
            Binding("j,down", "move(1)", "Next", show=False, id="conflicts.next"),
            Binding("k,up", "move(-1)", "Previous", show=False, id="conflicts.previous"),
            Binding("question_mark", "help", "Keys", id="conflicts.help"),
            Binding("escape,q", "close", "Close", id="conflicts.close"),
        )
    ]

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.store = ConflictStore(desk)
        self.items: list[Conflict] = []
        self.index = 0
        self._ids: list[int] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="triage"):
            with VerticalScroll(id="triage-card"):
                yield Static(id="conflict-card", markup=False)
            yield DataTable(id="conflict-queue", cursor_type="row")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", width=2)
        table.add_column("Item", width=14)
        table.add_column("Field", width=10)
        table.add_column("Theirs, by", width=12)
        table.add_column("Words")
        self.reload(first_pending=True)
        runner_of(self).changed.subscribe(self, self._desk_changed)

    def reload(self, *, first_pending: bool = False) -> None:
        keep = self.items[self.index].id if self.items and not first_pending else None
        if self._ids is None:
            self.items = self.store.pending()
            self._ids = [c.id for c in self.items]
        else:
            self.items = self.store.by_ids(self._ids)
        self._land(keep)
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for c in self.items:
            item = f"{c.kind} #{c.item_id}" if c.item_id else c.kind
            table.add_row(
                Text(MARKS[c.state], style="bold" if c.state != "pending" else "dim"),
                Text(item),
                literal(c.field, 40),
                literal(c.their_author or "someone", 60),
                literal(c.item_label, 200),
            )
        if self.items:
            table.move_cursor(row=self.index)
        self.show()

    def show(self) -> None:
        head = self.query_one("#conflict-card", Static)
        decided = sum(c.state != "pending" for c in self.items)
        self.sub_title = f"{self.index + 1 if self.items else 0} of {len(self.items)}"
        self.title = f"Conflicts · {decided} of {len(self.items)} decided"
        if not self.items:
            head.update(
                Text("No conflicts wait. backchannel merge brings them, if any.", style="dim")
            )
            return
        head.update(card(self.store, self.items[self.index], self.index + 1, len(self.items)))

    # -- deciding --------------------------------------------------------------------

    def _pending(self) -> Conflict | None:
        if not self.items:
            return None
        c = self.items[self.index]
        if c.state != "pending":
            self.notify("Already decided; u takes it back first.", severity="warning")
            return None
        return c

    def action_decide(self, choice: str, value: str | None = None) -> None:
        c = self._pending()
        if c is None:
            return
        action = partial(team.decide, self.desk, c.id, choice, value)
        runner_of(self).run("decide", action, failed=self._not_decided)
        # Shown decided at once and the next brought up, so "m t m" in a burst
        # decides one conflict each while the desk catches up.
        self.items[self.index] = dataclasses.replace(c, state="decided")
        self._next_pending()

    def action_edit(self) -> None:
        c = self._pending()
        if c is None:
            return
        if c.is_reference:
            self.notify(f"The {c.field} names another item: m or t.", severity="warning")
            return

        def answered(text: str | None) -> None:
            if text is not None:
                self.action_decide("edited", text)

        start = self.store.shown(c, c.theirs) if c.theirs is not None else ""
        question = f"The {c.field} this {c.kind} should hold (empty: none):"
        self.app.push_screen(PromptScreen(question, value=start), answered)

    def _not_decided(self, failure: Failure) -> None:
        self.notify(failure.message, title="Not decided", severity="error", markup=False)
        self.reload()

    def _desk_changed(self, _change: DeskChanged) -> None:
        self.reload()

    def _next_pending(self) -> None:
        current = self.index
        self._fill()
        self._to_next_pending(current)

    def action_undo(self) -> None:
        undo_step(self, self.desk, "undo")

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen([("Conflicts", list(self.BINDINGS))]))

    def action_close(self) -> None:
        self.dismiss()
