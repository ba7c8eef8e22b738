"""The main screen's comparing keys: the divergence view (D), links (l), jumping
to a date (t), and saved filters from the command palette.

Kept apart from main.py (layout, moving, filtering) as editing.py is; MainScreen
inherits these actions and lists COMPARE_BINDINGS with its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from backchannel.db import DateError, Statement, parse_edtf
from backchannel.db.filters import Filter
from backchannel.extract.dates import parse_date
from backchannel.filter_line import FilterError, parse_filter
from backchannel.tui.screens.dialogs import PromptScreen
from backchannel.tui.text import clean
from backchannel.tui.widgets.suggest import FilterSuggester

if TYPE_CHECKING:
    from backchannel.tui.screens.main import MainScreen
    from backchannel.tui.widgets.paged_table import PagedTable

COMPARE_BINDINGS = [
    Binding("D", "compare", "Compare", id="main.compare"),
    Binding("l", "link", "Link", id="main.link", show=False),
    Binding("t", "jump", "Jump to date", id="main.jump", show=False),
]


class CompareActions:
    """Actions that compare and connect, for MainScreen."""

    def action_jump(self: MainScreen) -> None:
        """t: go to a date in the timeline (or the statements pane, if focused)."""
        pane: PagedTable = self.statements if self.focused is self.statements else self.timeline

        def check(value: str) -> str | None:
            try:
                parse_date(value)
            except DateError as error:
                return str(error)
            return None

        def chosen(value: str | None) -> None:
            if not value:
                return
            day = parse_edtf(parse_date(value)).earliest
            self.set_focus(pane)
            pane.reload_at((day, 0, 0) if pane is self.timeline else (day, 0))

        prompt = PromptScreen(
            "Jump to a date:",
            placeholder="15 March, early April, 2025-03, last week …",
            check=check,
        )
        self.app.push_screen(prompt, chosen)

    def action_link(self: MainScreen) -> None:
        """l: link the focused statement to another statement or an event."""
        from backchannel.tui.screens.link import LinkScreen

        item = self.focused_item()
        if item is None or item[0] != "statement":
            return

        def linked(said: str | None) -> None:
            if said:
                self.notify(said, title="Linked", markup=False)
                self.detail.reload()

        self.app.push_screen(LinkScreen(self.desk, item[1]), linked)

    def action_compare(self: MainScreen) -> None:
        """D: public beside private for the focused statement's speaker (the body
        it speaks for) and topic, or for an actor and topic asked for."""
        line, statement = self._compare_line()
        if line:
            self.open_compare(parse_filter(self.desk, line), at=statement)
            return

        def check(value: str) -> str | None:
            try:
                f = parse_filter(self.desk, value)
            except FilterError as error:
                return str(error)
            return None if f.speaker_ids is not None else "say whom: by:NAME"

        def chosen(value: str | None) -> None:
            if value:
                self.open_compare(parse_filter(self.desk, value))

        prompt = PromptScreen(
            "Compare public and private: whom (by:) and on what (topic:)?",
            value="by:",
            placeholder='by:"United States" topic:"security guarantees"',
            check=check,
            suggester=FilterSuggester(self.desk),
        )
        self.app.push_screen(prompt, chosen)

    def _compare_line(self: MainScreen) -> tuple[str | None, Statement | None]:
        """The selection for the focused statement, and the statement."""
        item = self.focused_item()
        if item is None or item[0] != "statement":
            return None, None
        statement = self.desk.statements.get(item[1])
        if statement.speaker_id is None:
            return None, None
        actor = self.desk.actors.get(statement.speaker_id)
        seen = {actor.id}
        while actor.affiliation_id is not None and actor.affiliation_id not in seen:
            actor = self.desk.actors.get(actor.affiliation_id)
            seen.add(actor.id)
        line = f'by:"{actor.name}"'
        if statement.topics:
            line += f' topic:"{statement.topics[0]}"'
        return line, statement if statement.stance else None

    def open_compare(self: MainScreen, selection: Filter, at: Statement | None = None) -> None:
        from backchannel.brief import title_of
        from backchannel.tui.screens.compare import DivergenceScreen

        def closed(line: str | None) -> None:
            self.changed()
            if line:
                self.apply_filter(parse_filter(self.desk, line), self.statements)

        screen = DivergenceScreen(self.desk, selection, title_of(self.desk, selection), at=at)
        self.app.push_screen(screen, closed)

    def save_filter(self: MainScreen) -> None:
        """Name the focused pane's filter, for the command palette."""
        pane = self.focused_pane() or self._filter_target or self.statements
        if pane.filter.is_empty:
            self.notify("Filter a pane first (f), then save it.", severity="warning")
            return
        line = pane.filter.line

        def named(name: str | None) -> None:
            if name:
                self.desk.saved_filters.save(name, line)
                self.notify(f"Saved “{name}”: {line}", title="Filter saved", markup=False)

        prompt = PromptScreen(
            f"Save the filter  {clean(line, 200)}  as:",
            check=lambda v: None if v.strip() else "give it a name",
        )
        self.app.push_screen(prompt, named)

    def use_saved_filter(self: MainScreen, query: str) -> None:
        try:
            f = parse_filter(self.desk, query)
        except FilterError as error:
            self.notify(f"{query}: {error}", title="Saved filter", severity="error", markup=False)
            return
        self.apply_filter(f)
