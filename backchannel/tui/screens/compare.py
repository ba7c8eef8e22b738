"""The divergence view: what an actor (and everyone affiliated with it) says in
public beside what it assures in private, on a topic, in time order.

Its selection is a filter line (``by:"United States" topic:"security
guarantees"``), so ``f`` refines it with any key. Rows are statements paged by
date like any pane; one whose contradicting partner has the other stance
shows that partner beside it, marked ≠. Counts and the weekly strip are read
on the slow connection after the rows are up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from backchannel.actions import statements as statement_actions
from backchannel.brief import title_of, write_brief_file
from backchannel.config import Config, briefs_folder
from backchannel.db import Desk, Statement, statement_key
from backchannel.db.compare import Tally, Weekly
from backchannel.db.filters import Filter
from backchannel.tui.keys import EagerKeys, eager
from backchannel.tui.messages import TagRequested
from backchannel.tui.runner import DeskChanged, runner_of
from backchannel.tui.screens.detail import open_detail
from backchannel.tui.screens.dialogs import PromptScreen, confirm
from backchannel.tui.screens.editing import undo_step
from backchannel.tui.text import clean, literal
from backchannel.tui.widgets.detail_view import DetailView
from backchannel.tui.widgets.divergence import (
    DivergenceRow,
    DivergenceTable,
    WeekStrips,
    put_fixed,
)
from backchannel.tui.widgets.filter_line import FilterLine
from backchannel.tui.widgets.key_bar import KeyBar
from backchannel.tui.widgets.paged_table import PagedTable


def slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:60] or "desk"


class DivergenceScreen(EagerKeys, Screen[Filter | None]):
    """Public beside private for a selection; answers a filter for the
    statements pane (U: go tag the untagged) or None."""

    HELP = (
        "What an actor, and everyone affiliated with it, says in public beside what it "
        "assures in private on a topic, in time order; ≠ marks a contradiction. The strip "
        "above counts each week."
    )
    """What the screen is for, above its keys in ? help."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="compare.close"),
        *eager(Binding("f,slash", "filter", "Filter", id="compare.filter")),
        Binding("l", "link", "Link", id="compare.link"),
        Binding("U", "tag_untagged", "Tag untagged", id="compare.untagged"),
        Binding("b", "brief", "Brief", id="compare.brief"),
        Binding("u,ctrl+z", "undo", "Undo", id="compare.undo", show=False),
        Binding("ctrl+y", "redo", "Redo", id="compare.redo", show=False),
    ]

    def __init__(self, desk: Desk, selection: Filter, *, at: Statement | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.selection = selection
        self.title_text = title_of(desk, selection)
        self.tally = Tally()
        self.at = at
        """The statement the view was opened from: the cursor starts on it."""
        self._stale = False  # the desk changed while another screen was on top
        self._then: Callable[[], None] | None = None  # (see reopen)
        self._awaited: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Static(id="compare-head", markup=False)
        yield WeekStrips(id="strips")
        yield DivergenceTable(self.desk, self.selection, id="divergence", autoload=self.at is None)
        yield DetailView(self.desk, id="compare-detail")
        yield KeyBar()
        # The filter line is mounted when first asked for (f): rows come sooner.

    @property
    def table(self) -> DivergenceTable:
        return self.query_one(DivergenceTable)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.eager_allowed(action) or action not in ("filter",)

    def on_mount(self) -> None:
        runner_of(self).changed.subscribe(self, self.refresh_all)
        self.set_focus(self.table)
        if self.at is not None:
            self.table.reload_at(statement_key(self.at))
        self._show_head()

    def reopen(
        self, selection: Filter, at: Statement | None, then: Callable[[], None] | None = None
    ) -> None:
        """Compare ``selection`` from its start (or from ``at``), the screen
        being kept between comparisons: nothing of the last one stays in view
        while the new rows are read. ``then`` is called once the rows, the
        detail and the counts are in (the screen is shown then, whole)."""
        self.at = at
        self._then = then
        self._awaited = {"rows", "stats"}
        for line in self.query(FilterLine):
            line.close()
        self.query_one(WeekStrips).show(Weekly(None), reading=True)
        self.query_one(DetailView).show_text(Text())
        table = self.table
        table.forget_rows()
        self.apply(selection, reload=False)
        if at is not None:
            table.reload_at(statement_key(at))
        else:
            table.reload()
        self.set_focus(table)
        self._stale = False

    @on(PagedTable.Ready)
    def _rows_up(self) -> None:
        """Rows first, then the counts and the weekly strips."""
        self._read_stats()

    # -- what the head says -------------------------------------------------------

    def _show_head(self) -> None:
        t = self.tally
        head = Text()
        head.append_text(literal(self.title_text, 200, style="bold"))
        head.append("\n")
        head.append(f"{t.public:,} public", style="bold")
        head.append(" · ")
        head.append(f"{t.private:,} private", style="bold")
        head.append(" · ")
        head.append(f"{t.untagged:,} untagged", style="bold" if t.untagged else "dim")
        if t.untagged:
            head.append("  (U: tag them)", style="dim")
        put_fixed(self.query_one("#compare-head", Static), head)

    @work(thread=True, exclusive=True, group="compare-stats", exit_on_error=False)
    def _read_stats(self) -> None:
        selection = self.selection
        tally = self.desk.compare.tally(selection)
        weekly = self.desk.compare.weekly(selection)
        self.app.call_from_thread(self._show_stats, selection, tally, weekly)

    def _show_stats(self, selection: Filter, tally: Tally, weekly: Weekly) -> None:
        if selection != self.selection:
            return
        self.tally = tally
        self._show_head()
        self.query_one(WeekStrips).show(weekly)
        self._arrived("stats")

    def _arrived(self, what: str) -> None:
        self._awaited.discard(what)
        if not self._awaited and self._then is not None:
            then, self._then = self._then, None
            then()

    # -- moving and showing ---------------------------------------------------------

    def show_read_ahead(self, table: PagedTable, item: DivergenceRow, detail: Text) -> None:
        """The table placed a page with the detail of its cursor's row."""
        self.query_one(DetailView).show("statement", item.statement.id, text=detail)
        self._arrived("rows")

    @on(PagedTable.ItemHighlighted)
    def _highlighted(self, message: PagedTable.ItemHighlighted) -> None:
        detail = self.query_one(DetailView)
        if message.item is None:
            detail.show_text(Text("Nothing tagged here yet. f changes the selection.", style="dim"))
        else:
            detail.show("statement", message.item.statement.id)
        self._arrived("rows")

    @on(PagedTable.RowSelected)
    def _selected(self) -> None:
        row = self.table.current
        if row is not None:
            open_detail(self, self.desk, "statement", row.statement.id)

    # -- changing it -------------------------------------------------------------------

    @on(TagRequested)
    def _tag(self, message: TagRequested) -> None:
        message.stop()
        runner_of(self).run(
            "tag", partial(statement_actions.tag, self.desk, message.statement_id, message.stance)
        )

    def refresh_all(self, _change: DeskChanged | None = None) -> None:
        """Re-read everything shown; called on every change to the desk (once
        the screen is back on top, if it is not)."""
        if not self.is_current:
            self._stale = True
            return
        self._stale = False
        self.table.reload("keep")
        self.query_one(DetailView).reload()
        self._read_stats()

    def action_undo(self) -> None:
        self._step("undo")

    def action_redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        undo_step(self, self.desk, which)

    def action_link(self) -> None:
        from backchannel.tui.screens.link import LinkScreen

        row = self.table.current
        if row is None:
            return

        def linked(said: str | None) -> None:
            if said:
                self.notify(said, title="Linked", markup=False)

        self.app.push_screen(LinkScreen(self.desk, row.statement.id), linked)

    async def action_filter(self) -> None:
        lines = self.query(FilterLine)
        if lines:
            line = lines.first()
        else:
            line = FilterLine(self.desk, id="compare-filter")
            await self.mount(line)
        line.open(self.selection, "the comparison")

    @on(FilterLine.Applied)
    def _filtered(self, message: FilterLine.Applied) -> None:
        message.stop()
        if message.filter.is_empty:
            if message.final:  # not while the line is being cleared to retype it
                self.notify(
                    "The comparison keeps its selection; esc goes back.", severity="warning"
                )
                self.set_focus(self.table)
            return
        self.apply(message.filter)
        if message.final:
            self.table.hold_frames_for_rows()
            self.set_focus(self.table)

    def on_screen_resume(self) -> None:
        if self._stale:
            self.refresh_all()

    def apply(self, selection: Filter, *, reload: bool = True) -> None:
        """Compare another selection (its rows read now, or by the caller)."""
        self.selection = selection
        self.title_text = title_of(self.desk, selection)
        self.tally = Tally()
        self._show_head()
        if reload:
            self.table.filter = selection
        else:
            self.table.set_reactive(PagedTable.filter, selection)
            self.table.update_title()
        self._read_stats()

    def action_tag_untagged(self) -> None:
        """U: back to the statements pane, showing this selection's untagged statements."""
        self.dismiss(self.selection.with_stance("none"))

    def action_close(self) -> None:
        self.dismiss(None)

    # -- the brief ---------------------------------------------------------------------

    def action_brief(self) -> None:
        """b: write the Markdown brief of this selection to a file."""
        config = getattr(self.app, "config", None) or Config()
        default = str(briefs_folder(config) / f"brief-{slug(self.title_text)}.md")

        def check(value: str) -> str | None:
            if not value:
                return "give a file name"
            path = Path(value).expanduser()
            if path.is_dir():
                return f"{value} is a folder"
            if not path.parent.exists() and path.parent != briefs_folder(config):
                return f"no folder {path.parent}"
            return None

        def chosen(value: str | None) -> None:
            if not value:
                return
            path = Path(value).expanduser()
            if path.exists():

                def answered(replace: bool | None) -> None:
                    if replace:
                        self._write_brief(path)

                self.app.push_screen(
                    confirm(f"{clean(path, 200)} exists. Replace it?", "Replace", "Keep it"),
                    answered,
                )
                return
            self._write_brief(path)

        self.app.push_screen(
            PromptScreen("Write the brief of this comparison to:", value=default, check=check),
            chosen,
        )

    @work(thread=True, exclusive=True, group="brief", exit_on_error=False)
    def _write_brief(self, path: Path) -> None:
        try:
            path = path.resolve()
            path.parent.mkdir(parents=True, exist_ok=True)  # the briefs folder, made once
            count = write_brief_file(self.desk, self.selection, path)
        except OSError as error:
            message = f"{path}: {error.strerror or error}"
            self.app.call_from_thread(
                self.notify, message, title="Could not write", severity="error", markup=False
            )
            return
        said = f"{count:,} statements written to {path}"
        self.app.call_from_thread(self.notify, said, title="Brief", markup=False)
