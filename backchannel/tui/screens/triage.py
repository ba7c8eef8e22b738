"""Triage: walk an article's proposals with one key per decision.

p accepts a statement as a public stance, a as a private assurance, enter
accepts it untagged (and accepts an event), x rejects, A accepts every one
left as proposed. s, w, t and o correct the speaker, when, the topics and
whom a new speaker belongs to, one key each; e corrects the words too; u
undoes. The card shows the proposal in its sentence, whether its speaker is
on the desk, when it was said or reported, its topics and the cue words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import DataTable, Header, Static

from backchannel.actions import intake
from backchannel.db import DateError, Desk, humanize, parse_edtf
from backchannel.db.candidates import Candidate
from backchannel.db.items import topic_names
from backchannel.extract.capture import normalise_topic
from backchannel.extract.dates import parse_date
from backchannel.tui.keys import eager
from backchannel.tui.runner import DeskChanged, Failure, runner_of
from backchannel.tui.screens.dialogs import ChoiceScreen, PromptScreen
from backchannel.tui.screens.editing import undo_step
from backchannel.tui.screens.help import HelpScreen
from backchannel.tui.screens.queue import QueueScreen
from backchannel.tui.text import literal
from backchannel.tui.widgets.key_bar import KeyBar
from backchannel.tui.widgets.suggest import NameSuggester
from backchannel.tui.widgets.triage_card import card
from backchannel.vocabulary import stance_mark

MARKS = {"accepted": "✓", "rejected": "✗", "pending": "·"}


class TriageScreen(QueueScreen):
    """One article's (or every pending) proposal, one at a time."""

    HELP = (
        "What an imported article proposes, one at a time: accept (with a stance) or reject "
        "each, correcting speaker, date, topics or affiliation with one key."
    )
    """What the screen is for, above its keys in ? help."""

    # Eager: a key typed right after one that opens a prompt goes into it.
    DONE = ("Every proposal is decided. esc returns to the desk.", "Triage")

    BINDINGS: ClassVar[list[BindingType]] = [
        *eager(
            Binding("p", "decide('public')", "Public", id="triage.public"),
            Binding("a", "decide('private')", "Private", id="triage.private"),
            Binding("enter", "decide('')", "Accept", id="triage.accept", priority=True),
            Binding("x", "decide('reject')", "Reject", id="triage.reject"),
            Binding("A", "accept_all", "Accept all", id="triage.accept_all", show=False),
            Binding("s", "correct('speaker')", "Speaker", id="triage.speaker", show=False),
            Binding("w", "correct('date')", "When", id="triage.when", show=False),
            Binding("t", "correct('topics')", "Topics", id="triage.topics", show=False),
            Binding("o", "correct('affiliation')", "Belongs to", id="triage.of", show=False),
            Binding("e", "edit", "Edit", id="triage.edit", show=False),
            Binding("u,ctrl+z", "undo", "Undo", id="triage.undo"),
            Binding("j,down", "move(1)", "Next", show=False, id="triage.next"),
            Binding("k,up", "move(-1)", "Previous", show=False, id="triage.previous"),
            Binding("question_mark", "help", "Keys", id="triage.help"),
            Binding("escape,q", "close", "Close", id="triage.close"),
        )
    ]

    def __init__(self, desk: Desk, source_id: int | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.source_id = source_id
        self.items: list[Candidate] = []
        self.index = 0
        self._ids: list[int] | None = None
        self._decided: dict[int, str | None] = {}  # accepted statements: their stance
        self._published: dict[int, str | None] = {}  # each source's date, read once

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="triage"):
            with VerticalScroll(id="triage-card"):
                yield Static(id="triage-head", markup=False)
            yield DataTable(id="triage-queue", cursor_type="row")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", width=4)
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
        self._decided = self.desk.candidates.decisions([c.id for c in self.items])
        self._land(keep)
        self._fill()

    def _decision(self, c: Candidate) -> Text:
        """What was decided, in the list: ✓PUB, ✓PRIV, ✓ (untagged), ✗, or · pending."""
        if c.state == "accepted" and c.kind == "statement" and c.id in self._decided:
            stance = self._decided[c.id]
            return Text(f"✓{stance_mark(stance) if stance else ''}", style="bold")
        return Text(MARKS[c.state], style="bold" if c.state != "pending" else "dim")

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for c in self.items:
            proposed = stance_mark(c.stance) if c.stance else ""
            who = c.speaker if c.kind == "statement" else humanize(c.date)
            table.add_row(
                self._decision(c),
                Text(c.kind),
                Text(proposed, style="bold"),
                literal(who or "unknown", 60),
                literal(c.text, 200),
            )
        if self.items:
            table.move_cursor(row=self.index)
        self.show()

    def _reported(self, c: Candidate) -> str | None:
        if c.source_id not in self._published:
            self._published[c.source_id] = self.desk.sources.get(c.source_id).published
        return self._published[c.source_id]

    def show(self) -> None:
        head = self.query_one("#triage-head", Static)
        decided = sum(c.state != "pending" for c in self.items)
        self.sub_title = f"{self.index + 1 if self.items else 0} of {len(self.items)}"
        self.title = f"Triage · {decided} of {len(self.items)} decided"
        if not self.items:
            head.update(Text("Nothing waits for triage. Import an article with i.", style="dim"))
            return
        c = self.items[self.index]
        about = (c.source_id, c.event_position)
        event = next(
            (e for e in self.items if e.kind == "event" and (e.source_id, e.position) == about),
            None,
        )
        head.update(card(self.desk, c, self.index + 1, len(self.items), self._reported(c), event))

    # -- deciding --------------------------------------------------------------------

    def _pending(self) -> Candidate | None:
        if not self.items:
            return None
        c = self.items[self.index]
        if c.state != "pending":
            self.notify(f"Already {c.state}; u undoes it first.", severity="warning")
            return None
        return c

    def action_decide(self, decision: str) -> None:
        c = self._pending()
        if c is None:
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
        if c.kind == "statement" and state == "accepted":
            self._decided[c.id] = decision or None
        self.items[self.index] = dataclasses.replace(c, state=state)
        self._next_pending(reload=False)

    def action_accept_all(self) -> None:
        """A: every proposal still pending, accepted as proposed, after a y."""
        left = [c.id for c in self.items if c.state == "pending"]
        if not left:
            self.notify("Nothing is left to decide.", severity="warning")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                runner_of(self).run(
                    "accept all",
                    partial(intake.accept_all, self.desk, left),
                    done=lambda outcome: self.notify(outcome.label, markup=False),
                    failed=self._not_decided,
                )

        question = f"Accept the {len(left)} proposals left, each as proposed?"
        self.app.push_screen(ChoiceScreen(question, [("y", "Yes, accept them all", True)]),
                             answered)  # fmt: skip

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
        self._to_next_pending(current)

    # -- correcting ------------------------------------------------------------------

    def action_correct(self, what: str) -> None:
        """s, w, t, o: one field of the proposal, in a prompt that completes names."""
        c = self._pending()
        if c is None:
            return
        if c.kind == "event" and what in ("speaker", "affiliation"):
            self.notify("An event has no speaker.", severity="warning")
            return
        reported = self._reported(c)
        prompts: dict[str, tuple[str, str, NameSuggester | None]] = {
            "speaker": ("Who said it?", c.speaker or "", NameSuggester(self._names)),
            "date": (
                'When was it said? ("on 4 April", "early March", 2025-03-15; empty: the'
                " article's date places it)",
                c.date or "",
                None,
            ),
            "topics": (
                "Topics (comma between them):",
                ", ".join(c.topics),
                NameSuggester(partial(topic_names, self.desk), listing=True),
            ),
            "affiliation": (
                "Whom does a new speaker belong to (a country, party, body)?",
                c.affiliation or "",
                NameSuggester(self._names),
            ),
        }
        question, value, suggester = prompts[what]
        read = self._reader(what, reported)

        def check(text: str) -> str | None:
            try:
                read(text)
            except ValueError as error:
                return str(error)
            return None

        def answered(text: str | None) -> None:
            if text is None:
                return
            action = partial(intake.revise, self.desk, c.id, **{what: read(text)})
            runner_of(self).run("correct", action, failed=self._not_decided)

        prompt = PromptScreen(question, value=value, check=check, suggester=suggester)
        self.app.push_screen(prompt, answered)

    def _names(self, prefix: str) -> list[str]:
        """Actors on the desk, and the speakers and affiliations this queue proposes
        (not yet on the desk), starting with ``prefix``."""
        typed = prefix.casefold()
        queued = [n for c in self.items for n in (c.speaker, c.affiliation) if n]
        here = [n for n in dict.fromkeys(queued) if n.casefold().startswith(typed)]
        return list(dict.fromkeys([*self.desk.actors.names(prefix), *sorted(here, key=len)]))

    @staticmethod
    def _reader(what: str, reported: str | None) -> Callable[[str], object]:
        """How a prompt's answer becomes the field's value (raising ValueError)."""
        if what == "topics":
            return lambda text: [normalise_topic(t) for t in text.split(",") if t.strip()]
        if what != "date":
            return lambda text: " ".join(text.split()) or None
        reference = date.today()
        if reported:
            reference = min(date.fromisoformat(parse_edtf(reported).latest), reference)

        def read_date(text: str) -> str | None:
            if not text.strip():
                return None
            try:
                return parse_date(text, reference)
            except DateError as error:
                raise ValueError(str(error)) from None

        return read_date

    def action_edit(self) -> None:
        from backchannel.tui.screens.intake_forms import CandidateForm

        c = self._pending()
        if c is not None:
            self.app.push_screen(CandidateForm(self.desk, c.id))

    def action_undo(self) -> None:
        undo_step(self, self.desk, "undo")

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen([("Triage", list(self.BINDINGS))]))

    def action_close(self) -> None:
        self.dismiss()
