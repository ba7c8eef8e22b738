"""The main screen's comparing keys: the divergence view (D), links (l), jumping
to a date (t), and saved filters from the command palette.

Kept apart from main.py (layout, moving, filtering) as editing.py is; MainScreen
inherits these actions and lists COMPARE_BINDINGS with its own.

Each key's dialog, and what reads its answer, is imported when the key is
first pressed: none of it is needed for the desk's first frame.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding

from backchannel.actions import desk as desk_actions
from backchannel.db import DateError, Statement, parse_edtf
from backchannel.db.filters import Filter
from backchannel.tui.keys import eager
from backchannel.tui.runner import runner_of
from backchannel.tui.screens.desk_screen import DeskScreen
from backchannel.tui.text import clean

if TYPE_CHECKING:
    from backchannel.tui.widgets.paged_table import PagedTable

COMPARE_BINDINGS = eager(
    Binding("D", "compare", "Compare", id="main.compare"),
    Binding("l", "link", "Link", id="main.link", show=False),
    Binding("t", "jump", "Jump to date", id="main.jump", show=False),
)


#: Longest a kept comparison waits for its rows before it is shown anyway.
SHOW_AFTER = 0.15


class CompareActions(DeskScreen):
    """Actions that compare and connect, for MainScreen."""

    _opening: object | None = None
    """A kept comparison being read before it is shown (see open_compare)."""

    def action_jump(self) -> None:
        """t: go to a date in the timeline (or the statements pane, if focused)."""
        from backchannel.extract.dates import parse_date
        from backchannel.tui.screens.dialogs import PromptScreen

        pane: PagedTable = self.statements if self.focused is self.statements else self.timeline
        days: dict[str, str] = {}  # what check() read, so chosen() need not read it again

        def check(value: str) -> str | None:
            try:
                days[value] = parse_edtf(parse_date(value, self.desk.reference_day())).earliest
            except DateError as error:
                return str(error)
            return None

        def chosen(value: str | None) -> None:
            if not value:
                return
            day = days[value]
            self.set_focus(pane)
            pane.reload_at((day, 0, 0) if pane is self.timeline else (day, 0))

        prompt = PromptScreen(
            "Jump to a date:",
            placeholder="15 March, early April, 2025-03, last week …",
            check=check,
        )
        self.app.push_screen(prompt, chosen)

    def action_link(self) -> None:
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

    def action_compare(self) -> None:
        """D: public beside private for the focused statement's speaker (the body
        it speaks for) and topic, or for an actor and topic asked for."""
        from backchannel.filter_line import FilterError, parse_filter
        from backchannel.tui.screens.dialogs import PromptScreen
        from backchannel.tui.widgets.suggest import FilterSuggester

        selection, statement = self._focused_selection()
        if selection is not None:
            self.open_compare(selection, at=statement)
            return
        read: dict[str, Filter] = {}  # what check() read, so chosen() need not read it again

        def check(value: str) -> str | None:
            try:
                f = parse_filter(self.desk, value)
            except FilterError as error:
                return str(error)
            read[value] = f
            return None if f.speaker_ids is not None else "say whom: by:NAME"

        def chosen(value: str | None) -> None:
            if value:
                self.open_compare(read[value])

        prompt = PromptScreen(
            "Compare public and private: whom (by:) and on what (topic:)?",
            value="by:",
            placeholder='by:"United States" topic:"security guarantees"',
            check=check,
            suggester=FilterSuggester(self.desk),
        )
        self.app.push_screen(prompt, chosen)

    def _focused_selection(self) -> tuple[Filter | None, Statement | None]:
        """The comparison for the focused statement (the body its speaker speaks
        for, its first topic), and the statement if it is tagged (to start on)."""
        from backchannel.filter_line import by_actor

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
        topic = [f"topic:{t}" for t in statement.topics[:1]]
        selection = by_actor(self.desk, actor.id, actor.name, topic)
        return selection, statement if statement.stance else None

    def open_compare(self, selection: Filter, at: Statement | None = None) -> None:
        """Show the divergence view of ``selection``: built at the first D, then
        kept (installed) and given each new selection, not built again."""
        from backchannel.tui.screens.compare import DivergenceScreen

        # (What is tagged over there reaches the panes as it is written, through
        # desk_changed: nothing is read again when the view closes.)
        def closed(untagged: Filter | None) -> None:
            if untagged is not None:
                self.apply_filter(untagged, self.statements)

        name = f"divergence-{id(self)}"
        if not self.app.is_screen_installed(name):
            screen = DivergenceScreen(self.desk, selection, at=at)
            self.app.install_screen(screen, name)
            self.app.push_screen(screen, closed)
            return
        kept = self.app.get_screen(name)
        assert isinstance(kept, DivergenceScreen)
        # The kept screen reads its new rows, detail and counts before it is
        # shown: one frame with all of them, not an empty screen drawn first
        # and everything again a moment later. Keys typed meanwhile wait for
        # it (keys_wait); a slow read shows the screen after SHOW_AFTER anyway.
        opening = self._opening = object()

        def show() -> None:
            if self._opening is opening:
                self._opening = None
                self.app.push_screen(kept, closed)

        kept.reopen(selection, at, then=show)
        self.set_timer(SHOW_AFTER, show)

    def save_filter(self) -> None:
        """Name the focused pane's filter, for the command palette."""
        from backchannel.tui.screens.dialogs import PromptScreen

        pane = self.focused_pane() or self._filter_target or self.statements
        if pane.filter.is_empty:
            self.notify("Filter a pane first (f), then save it.", severity="warning")
            return
        line = pane.filter.line

        def named(name: str | None) -> None:
            if name:
                runner_of(self).run(
                    "save the filter",
                    partial(desk_actions.save_filter, self.desk, name, line),
                    done=lambda outcome: self.notify(
                        f"{outcome.label}: {line}", title="Filter saved", markup=False
                    ),
                )

        prompt = PromptScreen(
            f"Save the filter  {clean(line, 200)}  as:",
            check=lambda v: None if v.strip() else "give it a name",
        )
        self.app.push_screen(prompt, named)

    def use_saved_filter(self, query: str) -> None:
        from backchannel.filter_line import FilterError, parse_filter

        try:
            f = parse_filter(self.desk, query)
        except FilterError as error:
            self.notify(f"{query}: {error}", title="Saved filter", severity="error", markup=False)
            return
        self.apply_filter(f)
