"""Triage: walk an article's proposals with one key per decision.

p accepts a statement as a public stance, a as a private assurance, enter
accepts it untagged (and accepts an event), x rejects, e corrects the speaker,
words or date first, u undoes the last decision. The article's sentence is
shown around each proposal, the proposed words and the cue words marked.
"""

from __future__ import annotations

import dataclasses
import re
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from backchannel.actions import intake
from backchannel.db import Desk, humanize
from backchannel.db.candidates import Candidate
from backchannel.tui.runner import DeskChanged, Failure, runner_of
from backchannel.tui.screens.editing import undo_step
from backchannel.tui.text import clean, literal
from backchannel.vocabulary import stance_mark, stance_word

MARKS = {"accepted": "✓", "rejected": "✗", "pending": "·"}


def highlighted(candidate: Candidate) -> Text:
    """The article's words around a proposal: the proposal reversed, cue words underlined."""
    context = clean(candidate.context or candidate.text, 3_000, one_line=False)
    text = Text(context)
    words = clean(candidate.text, 3_000, one_line=False)
    start = context.lower().find(words.lower()[:80])
    if start >= 0:
        text.stylize("reverse", start, start + len(words))
    if candidate.cue:
        for m in re.finditer(re.escape(candidate.cue), context, re.I):
            text.stylize("bold underline", m.start(), m.end())
    return text


class TriageScreen(Screen[None]):
    """One article's (or every pending) proposal, one at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "decide('public')", "Public", id="triage.public"),
        Binding("a", "decide('private')", "Private", id="triage.private"),
        Binding("enter", "decide('')", "Accept", id="triage.accept", priority=True),
        Binding("x", "decide('reject')", "Reject", id="triage.reject"),
        Binding("e", "edit", "Edit", id="triage.edit"),
        Binding("u,ctrl+z", "undo", "Undo", id="triage.undo"),
        Binding("j,down", "move(1)", "Next", show=False, id="triage.next"),
        Binding("k,up", "move(-1)", "Previous", show=False, id="triage.previous"),
        Binding("escape,q", "close", "Close", id="triage.close"),
    ]

    def __init__(self, desk: Desk, source_id: int | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.source_id = source_id
        self.items: list[Candidate] = []
        self.index = 0
        self._ids: list[int] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="triage"):
            with VerticalScroll(id="triage-card"):
                yield Static(id="triage-head", markup=False)
                yield Static(id="triage-context", markup=False)
            yield DataTable(id="triage-queue", cursor_type="row")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", width=1)
        table.add_column("Kind", width=9)
        table.add_column("Hint", width=4)
        table.add_column("Who / when", width=18)
        table.add_column("Words")
        self.reload(first_pending=True)
        runner_of(self).changed.subscribe(self, self._desk_changed)

    def reload(self, *, first_pending: bool = False) -> None:
        keep = self.items[self.index].id if self.items and not first_pending else None
        if self.source_id is None and self._ids is not None:
            # The pending queue as it was when opened, decided ones included,
            # so progress reads "7 of 12" rather than a shrinking list.
            self.items = self.desk.candidates.by_ids(self._ids)
        else:
            self.items = self.desk.candidates.queue(self.source_id)
            if self.source_id is None:
                self._ids = [c.id for c in self.items]
        if self.source_id is None:  # the pending queue shrinks as it is decided
            pass
        ids = [c.id for c in self.items]
        if keep in ids:
            self.index = ids.index(keep)
        else:
            pending = [i for i, c in enumerate(self.items) if c.state == "pending"]
            self.index = pending[0] if pending else 0
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for c in self.items:
            proposed = stance_mark(c.stance) if c.stance else ""
            who = c.speaker if c.kind == "statement" else humanize(c.date)
            table.add_row(
                Text(MARKS[c.state]),
                Text(c.kind),
                Text(proposed, style="bold"),
                literal(who or "unknown", 60),
                literal(c.text, 200),
            )
        if self.items:
            table.move_cursor(row=self.index)
        self.show()

    def show(self) -> None:
        head = self.query_one("#triage-head", Static)
        context = self.query_one("#triage-context", Static)
        decided = sum(c.state != "pending" for c in self.items)
        self.sub_title = f"{self.index + 1 if self.items else 0} of {len(self.items)}"
        self.title = f"Triage · {decided} of {len(self.items)} decided"
        if not self.items:
            head.update(Text("Nothing waits for triage. Import an article with i.", style="dim"))
            context.update("")
            return
        c = self.items[self.index]
        line = Text()
        line.append(f"{c.kind.upper()} {self.index + 1} of {len(self.items)}", style="bold reverse")
        line.append(f"  {c.state}", style="dim")
        if c.kind == "statement":
            line.append(f"  · {c.quote_kind or 'direct'}")
            if c.stance:
                line.append("  · suggested: ")
                line.append(stance_word(c.stance).upper(), "bold")
            if c.cue:
                line.append("  (cue: ").append_text(literal(c.cue, 60, style="underline")).append(
                    ")"
                )
            line.append("\nSpeaker: ", style="bold").append_text(
                literal(c.speaker or "unknown", 120)
            )
        else:
            line.append("\nWhen: ", style="bold").append(f"{humanize(c.date)}  [{c.date}]")
        keys = "p public · a private · enter untagged · x reject · e edit · u undo"
        if c.kind == "event":
            keys = "enter accept · x reject · e edit · u undo"
        line.append(f"\n{keys}", style="dim")
        head.update(line)
        context.update(highlighted(c))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.items) and event.cursor_row != self.index:
            self.index = event.cursor_row
            self.show()

    def action_move(self, step: int) -> None:
        if self.items:
            self.index = max(0, min(len(self.items) - 1, self.index + step))
            self.query_one(DataTable).move_cursor(row=self.index)
            self.show()

    def action_decide(self, decision: str) -> None:
        if not self.items:
            return
        c = self.items[self.index]
        if c.state != "pending":
            self.notify(f"Already {c.state}; u undoes it.", severity="warning")
            return
        if c.kind == "event" and decision in ("public", "private"):
            self.notify("An event has no stance: enter accepts it.", severity="warning")
            return
        if decision == "reject":
            action = partial(intake.reject, self.desk, c.id)
        else:
            action = partial(intake.accept, self.desk, c.id, decision or None)
        runner_of(self).run("decide", action, failed=self._not_decided)
        # Shown decided at once and the next one brought up, so keys typed in
        # a burst ("p p a x") decide one proposal each while the desk catches up.
        state = "rejected" if decision == "reject" else "accepted"
        self.items[self.index] = dataclasses.replace(c, state=state)
        self._next_pending(reload=False)

    def _not_decided(self, failure: Failure) -> None:
        self.notify(failure.message, title="Not decided", severity="error", markup=False)
        self.reload()

    def _desk_changed(self, _change: DeskChanged) -> None:
        """Every change, ours or another's: the queue as it now is."""
        self.reload()

    def _next_pending(self, *, reload: bool = True) -> None:
        current = self.index
        if reload:
            self.reload()
        else:
            self._fill()
        later = [i for i, c in enumerate(self.items) if c.state == "pending" and i > current]
        earlier = [i for i, c in enumerate(self.items) if c.state == "pending"]
        if later or earlier:
            self.index = (later or earlier)[0]
            self.query_one(DataTable).move_cursor(row=self.index)
            self.show()
        else:
            self.notify("Every proposal is decided. esc returns to the desk.", title="Triage")

    def action_undo(self) -> None:
        undo_step(self, self.desk, "undo")

    def action_edit(self) -> None:
        from backchannel.tui.screens.intake_forms import CandidateForm

        if not self.items:
            return
        c = self.items[self.index]
        if c.state != "pending":
            self.notify(f"Already {c.state}; u undoes it first.", severity="warning")
            return

        self.app.push_screen(CandidateForm(self.desk, c.id))

    def action_close(self) -> None:
        self.dismiss()
