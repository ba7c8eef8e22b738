"""What the main screen's key families share: the desk, its panes, the
detail, and following every change to the desk.

MainScreen is built from this base and two families of keys, EditingActions
(editing.py) and CompareActions (comparing.py); each is a DeskScreen, so the
type checker knows what the others may call.
"""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import events
from textual.screen import Screen

from backchannel.db import PREVIEW_CHARS, Desk, NotFound, statement_entry, statement_key
from backchannel.db.filters import Filter
from backchannel.tui.runner import DeskChanged
from backchannel.tui.widgets.detail_view import DetailView
from backchannel.tui.widgets.paged_table import PagedTable
from backchannel.tui.widgets.sources_pane import SourcesPane
from backchannel.tui.widgets.statements_pane import StatementsPane
from backchannel.tui.widgets.timeline_pane import TimelinePane

WELCOME = """Welcome to Backchannel.

This desk is empty. It will hold sources, the statements read in them, and a
timeline of events, each statement tagged public stance or private assurance.

To capture a statement, press c, paste the words, add who said it and how,
and press enter:   “…” @Starmer !public #security-guarantees ^Telegraph

To look around first, open the demo desk (the seed story):

    uv run backchannel demo

Keys: 1 2 3 or tab move between panes, ? lists every key, q quits.
"""


class DeskScreen(Screen[None]):
    """The desk's panes and detail, and how they follow a change."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        """The open desk."""
        self._filter_target: PagedTable | None = None

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The pane last focused stays the big one (``-current``) while the
        filter line or the capture bar has the keys: its results stay in
        view, and opening a bar does not lay the screen out again."""
        if isinstance(event.widget, PagedTable) and not event.widget.has_class("-current"):
            for pane in self.query(PagedTable):
                pane.set_class(pane is event.widget, "-current")

    # -- the parts ----------------------------------------------------------------

    @property
    def sources(self) -> SourcesPane:
        return self.query_one("#sources", SourcesPane)

    @property
    def statements(self) -> StatementsPane:
        return self.query_one("#statements", StatementsPane)

    @property
    def timeline(self) -> TimelinePane:
        return self.query_one("#timeline", TimelinePane)

    @property
    def detail(self) -> DetailView:
        return self.query_one("#detail", DetailView)

    def focused_pane(self) -> PagedTable | None:
        focused = self.focused
        return focused if isinstance(focused, PagedTable) else None

    def focused_item(self) -> tuple[str, int] | None:
        """(kind, id) of the item under the focused pane's cursor."""
        pane = self.focused_pane()
        item = pane.current if pane is not None else None
        return pane.detail_of(item) if pane is not None and item is not None else None

    def show_welcome(self, empty: bool) -> None:
        """On an empty desk the welcome takes the detail area, grown to fit it."""
        self.query_one("#desk").set_class(empty, "-welcome")
        if empty:
            self.detail.show_text(Text(WELCOME))

    def apply_filter(self, f: Filter, pane: PagedTable | None = None) -> None:
        """Filter a pane (the focused one, else the statements) and focus it."""
        pane = pane or self.focused_pane() or self._filter_target or self.statements
        self._filter_target = pane
        pane.filter = f
        self.set_focus(pane)

    def desk_changed(self, change: DeskChanged) -> None:
        """The one place the main screen follows a change, ours or another program's."""
        outcome = change.outcome
        if outcome is not None and outcome.kind == "statement" and outcome.item_id is not None:
            if outcome.only_item:
                self.redraw_statement(outcome.item_id)
            else:
                self.changed(outcome.item_id)
            return
        self.changed()

    def changed(self, statement_id: int | None = None) -> None:
        """Show the desk as it now is: every pane re-read around its cursor;
        with ``statement_id``, that statement focused."""
        self.show_welcome(self.desk.is_empty())
        for pane in (self.sources, self.timeline):
            pane.reload("keep")
        if statement_id is not None:
            try:
                statement = self.desk.statements.get(statement_id)
            except NotFound:
                statement = None
            if statement is not None:
                self.statements.reload_at(statement_key(statement))
                self.set_focus(self.statements)
                self.detail.show("statement", statement_id)
                return
        self.statements.reload("keep")
        self.detail.reload()

    def redraw_statement(self, statement_id: int) -> None:
        """One statement changed only in itself (a tag): redraw its rows, not the panes."""
        try:
            statement = self.desk.statements.get(statement_id)
        except NotFound:
            self.changed()
            return
        row = dataclasses.replace(statement, text=statement.text[:PREVIEW_CHARS])
        self.statements.replace_item(row)
        self.timeline.replace_item(statement_entry(row))
        self.detail.reload()
