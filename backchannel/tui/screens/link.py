"""Linking a statement: to another statement (contradicts, confirms, responds
to) or to an event it was said at or about. The other end is found with the
filter line's words and keys, and picked from a list."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from backchannel.actions import Outcome
from backchannel.actions import statements as statement_actions
from backchannel.db import Desk, PageRequest, humanize
from backchannel.db.filters import Filter
from backchannel.db.models import Statement, TimelineEntry, relation_words
from backchannel.filter_line import FilterError, parse_filter
from backchannel.tui.keys import TypeAhead
from backchannel.tui.runner import runner_of
from backchannel.tui.screens.dialogs import ChoiceScreen
from backchannel.tui.text import clean, literal
from backchannel.tui.widgets.line_input import LineInput
from backchannel.tui.widgets.suggest import FilterSuggester

RESULTS = 15
"""Statements offered at once; events are offered up to half as many."""


def statement_line(s: Statement, limit: int = 200) -> Text:
    """'Donald Trump (undated): Trump has repeatedly …' as safe text."""
    text = literal(s.speaker_name or "unknown", 80, style="bold")
    text.append(f" ({humanize(s.said)}): ", style="dim")
    text.append_text(literal(s.text, limit))
    return text


class LinkScreen(TypeAhead, ModalScreen[str | None]):
    """Find another statement or an event and link the statement to it.

    Answers what was done, in words, or None if nothing was."""

    HELP = (
        "Link the statement to another (contradicts, confirms, responds to) or to an event: "
        "type to search, enter picks."
    )
    """What the screen is for, above its keys in ? help."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="link.cancel"),
        Binding("down", "to_results", "Results", show=False, id="link.results"),
    ]

    def __init__(self, desk: Desk, statement_id: int) -> None:
        super().__init__()
        self.desk = desk
        self.statement = desk.statements.get(statement_id)
        self._found: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="link-dialog") as dialog:
            dialog.border_title = "Link this statement"
            dialog.border_subtitle = "enter picks · esc cancels"
            yield Static(statement_line(self.statement, 300), id="link-statement")
            # Empty at first: a topic here would hide the events, which have none.
            yield LineInput(
                "",
                placeholder="Find it: words, by:NAME, topic:NAME, since:DATE …",
                suggester=FilterSuggester(self.desk),
                select_on_focus=False,
                id="link-search",
            )
            yield Static("", id="link-error", markup=False)
            yield OptionList(id="link-results")

    def on_mount(self) -> None:
        self.query_one("#link-error", Static).display = False
        self.set_focus(self.query_one("#link-search", Input))
        self._search(self.query_one("#link-search", Input).value)

    @on(Input.Changed, "#link-search")
    def _changed(self, event: Input.Changed) -> None:
        # Every keystroke searches at once; a newer search supersedes the older.
        self._search(event.value)

    @on(Input.Submitted, "#link-search")
    def _submitted(self) -> None:
        self.action_to_results()

    def action_to_results(self) -> None:
        results = self.query_one("#link-results", OptionList)
        if len(self._found) == 1:  # one match: enter takes it
            self._pick(0)
            return
        if results.option_count:
            self.set_focus(results)
            results.highlighted = results.highlighted or 0

    def _search(self, line: str) -> None:
        error = self.query_one("#link-error", Static)
        try:
            f = parse_filter(self.desk, line)
        except FilterError as problem:
            error.update(clean(str(problem), 300))
            error.display = True
            return
        error.display = False
        self._find(f)

    @work(thread=True, exclusive=True, group="link-search", exit_on_error=False)
    def _find(self, f: Filter) -> None:
        statements = [
            s
            for s in self.desk.statements.page(PageRequest(limit=RESULTS + 1), filter=f)
            if s.id != self.statement.id
        ][:RESULTS]
        events = self.desk.timeline.events(PageRequest(limit=RESULTS // 2), filter=f)
        self.app.call_from_thread(self._show, statements, events)

    def _show(self, statements: list[Statement], events: list[TimelineEntry]) -> None:
        results = self.query_one("#link-results", OptionList)
        results.clear_options()
        self._found = []
        for e in events:
            label = Text("EVENT ", style="bold")
            label.append(f"{humanize(e.date)}: ", style="dim").append_text(literal(e.label, 200))
            results.add_option(Option(label))
            self._found.append(("event", e.id))
        for s in statements:
            results.add_option(Option(statement_line(s)))
            self._found.append(("statement", s.id))
        if not self._found:
            results.add_option(Option(Text("Nothing found.", style="dim"), disabled=True))

    @on(OptionList.OptionSelected, "#link-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option_index)

    def _pick(self, index: int) -> None:
        if not (0 <= index < len(self._found)):
            return
        kind, other_id = self._found[index]
        if kind == "event":
            self._pick_event(other_id)
        else:
            self._pick_statement(other_id)

    def _pick_statement(self, other_id: int) -> None:
        linked = self.desk.links.of([self.statement.id]).get(self.statement.id, [])
        current = next((link for link in linked if link.other_id == other_id), None)
        other = self.desk.statements.get(other_id)
        question = Text("This statement …\n")
        question.append_text(statement_line(other, 200))
        choices = [
            ("c", "contradicts it", "contradicts"),
            ("f", "confirms it", "confirms"),
            ("r", "responds to it", "responds"),
        ]
        if current is not None:
            choices.append(("x", f"Remove the link (now: {current.words})", "remove"))

        def answered(relation: str | None) -> None:
            if relation is None:
                return
            if relation == "remove":
                action = partial(statement_actions.unlink, self.desk, self.statement.id, other_id)
                said = "Link removed"
            else:
                action = partial(
                    statement_actions.link, self.desk, self.statement.id, other_id, relation
                )
                words = relation_words(relation)
                said = f"Linked: this statement {words} {other.speaker_name or 'the other'}"
            self._write(action, said)

        self.app.push_screen(ChoiceScreen(question.plain, choices), answered)

    def _pick_event(self, event_id: int) -> None:
        event = self.desk.events.get(event_id)
        linked = any(e["id"] == event_id for e in self.desk.links.events_of(self.statement.id))
        if linked:

            def answered(remove: bool | None) -> None:
                if remove:
                    self._write(
                        partial(
                            statement_actions.unlink_event, self.desk, self.statement.id, event_id
                        ),
                        "Unlinked from the event",
                    )

            question = f"Already linked to “{event.title}”."
            choices = [("x", "Remove the link", True)]
            self.app.push_screen(ChoiceScreen(question, choices), answered)
            return
        self._write(
            partial(statement_actions.link_event, self.desk, self.statement.id, event_id),
            f"Linked to the event “{event.title[:60]}”",
        )

    def _write(self, action: Callable[[], Outcome], said: str) -> None:
        """Run the link action; the screen closes saying ``said`` once it is written."""
        runner_of(self).run("link", action, done=lambda _outcome: self.dismiss(said))

    def action_cancel(self) -> None:
        self.dismiss(None)
