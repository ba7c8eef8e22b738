"""The main screen: sources, statements and timeline panes, and the detail area."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.events import Resize
from textual.widgets import Header

from backchannel.actions import statements as statement_actions
from backchannel.db import Source, Statement, humanize
from backchannel.db.filters import NO_FILTER
from backchannel.tui.keys import EagerKeys, eager, typing_in
from backchannel.tui.messages import TagRequested
from backchannel.tui.runner import runner_of
from backchannel.tui.screens.comparing import COMPARE_BINDINGS, CompareActions
from backchannel.tui.screens.editing import EDIT_BINDINGS, EditingActions
from backchannel.tui.text import clean
from backchannel.tui.widgets.current_look import looks_focused
from backchannel.tui.widgets.detail_view import DetailView
from backchannel.tui.widgets.key_bar import KeyBar
from backchannel.tui.widgets.paged_table import PagedTable
from backchannel.tui.widgets.sources_pane import SourcesPane
from backchannel.tui.widgets.statements_pane import StatementsPane
from backchannel.tui.widgets.timeline_pane import TimelinePane

if TYPE_CHECKING:
    from backchannel.tui.widgets.filter_line import FilterLine

# The bars, the help and the detail screen are imported when first wanted:
# none of them is in the desk's first frame.

#: At this many columns and more, the panes sit side by side in a grid.
WIDE = 120


BARS_AFTER = 0.05
"""Seconds after the first rows that the filter line and capture bar are mounted."""


class MainScreen(EagerKeys, EditingActions, CompareActions):
    """Three panes and a detail area; the keys act on the focused pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *eager(
            Binding("1", "focus_pane('sources')", "Sources", id="main.sources", show=False),
            Binding(
                "2", "focus_pane('statements')", "Statements", id="main.statements", show=False
            ),
            Binding("3", "focus_pane('timeline')", "Timeline", id="main.timeline", show=False),
            Binding("f,slash", "filter", "Filter", id="main.filter"),
        ),
        Binding("escape", "widen", "Show all", id="main.widen", show=False),
        *EDIT_BINDINGS,
        *COMPARE_BINDINGS,
        *eager(
            Binding("y", "copy", "Copy", id="main.copy", show=False),
            Binding("o", "open_source", "Open URL", id="main.open", show=False),
            Binding("question_mark", "help", "Keys", id="main.help"),
        ),
    ]

    # The statements pane has the keys from the start: focused first, and
    # already the big one, so opening the desk changes no pane's classes.
    AUTO_FOCUS = "#statements"

    _bars: bool | None = None
    """The filter line and capture bar: None until asked for, False while mounting."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="desk"):
            # The statements pane is read first; the others once it is on screen.
            yield SourcesPane(self.desk, id="sources", autoload=False)
            yield StatementsPane(self.desk, id="statements", classes="-current")
            yield TimelinePane(self.desk, id="timeline", autoload=False)
            yield DetailView(self.desk, id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        # The filter line and the capture bar are hidden until asked for: they
        # are mounted just after the first rows are on screen, not ahead of
        # them (or after a second, if the first page cannot be read). Keys
        # typed before then wait for them (keys_wait).
        self.set_timer(1.0, self._mount_bars)
        self.show_welcome(self.desk.is_empty())
        runner_of(self).changed.subscribe(self, self.desk_changed)
        waiting = self.desk.query("SELECT count(*) AS n FROM conflicts WHERE state = 'pending'")[0][
            "n"
        ]
        if waiting:
            noun = "conflict waits" if waiting == 1 else "conflicts wait"
            self.notify(f"{waiting:,} {noun} from a merge: C decides.", title="Conflicts")
        # Writing needs sqlite-utils; import it once the first rows are up,
        # so the first p or a does not wait for it.
        self.set_timer(0.5, self._warm_up)

    async def _mount_bars(self) -> None:
        if self._bars is not None:
            return
        self._bars = False
        from backchannel.tui.widgets.capture_bar import CaptureBar
        from backchannel.tui.widgets.filter_line import FilterLine

        capture = CaptureBar(self.desk, id="capture")
        await self.mount(FilterLine(self.desk, id="filter"), capture, before=self.query_one(KeyBar))
        self._bars = True

    @property
    def keys_wait(self) -> bool:
        """True until the filter line and the capture bar are mounted ("/word"
        typed as the desk opens waits for the line it opens), and while a
        comparison is read before it is shown ("Dj" moves in the comparison)."""
        return not self._bars or self._opening is not None

    def _warm_up(self) -> None:
        self.run_worker(self.desk.warm_up, thread=True, group="warm-up", exit_on_error=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.eager_allowed(action):
            return False
        if action in ("edit", "delete", "note"):
            return self.focused_item() is not None or None
        if action == "link":
            item = self.focused_item()
            return (item is not None and item[0] == "statement") or None
        return True

    def on_resize(self, event: Resize) -> None:
        wide = event.size.width >= WIDE
        self.query_one("#desk").set_class(wide, "-wide")
        for pane in self.query(PagedTable):
            pane.show_header = wide  # at 80x24 every row counts

    # -- moving around -------------------------------------------------------------

    def action_focus_pane(self, name: str) -> None:
        # Screen.set_focus is immediate; Widget.focus() waits a turn, and a key
        # typed at once ("1" then "d") would still go to the old pane.
        self.set_focus(self.query_one(f"#{name}", PagedTable))

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        super().on_descendant_focus(event)
        pane = self.focused_pane()
        if pane is not None:
            self._show(pane, pane.current)

    @on(PagedTable.Ready)
    def _ready(self, message: PagedTable.Ready) -> None:
        if message.table is not self.statements:
            return
        # A moment after, so the frame that shows the rows goes out first.
        self.set_timer(BARS_AFTER, self._mount_bars)
        for pane in (self.sources, self.timeline):
            if not pane.autoload:
                pane.autoload = True
                pane.reload()

    @on(PagedTable.ItemHighlighted)
    def _highlighted(self, message: PagedTable.ItemHighlighted) -> None:
        # The pane with the keys, or the one the filter line is open over:
        # the detail follows its rows as the line is typed.
        if looks_focused(message.table):
            self._show(message.table, message.item)

    def show_read_ahead(self, pane: PagedTable, item: object, detail: Text) -> None:
        """A pane placed a page with the detail of its cursor's row (read with it)."""
        if looks_focused(pane):
            self._show(pane, item, detail)

    def _show(self, pane: PagedTable, item: object, detail: Text | None = None) -> None:
        shown = pane.detail_of(item) if item is not None else None
        if shown is not None:
            # Focus back on a pane whose item the detail shows (or is reading)
            # reads nothing again: a change to it reloads the detail itself.
            if detail is not None or self.detail.item != shown:
                self.detail.show(*shown, text=detail)
        elif self.desk.is_empty():
            self.show_welcome(True)
        else:
            self.detail.show_text(Text("Nothing here. esc shows everything.", style="dim"))

    @on(PagedTable.RowSelected)
    def _selected(self, event: PagedTable.RowSelected) -> None:
        pane = event.data_table
        if not isinstance(pane, PagedTable):
            return
        item = pane.current
        if item is None:
            return
        if isinstance(item, Source):
            self.statements.narrow_to(source=(item.id, item.outlet or item.title))
            self.set_focus(self.statements)
        elif isinstance(item, Statement):
            from backchannel.tui.screens.detail import open_detail

            open_detail(self, self.desk, "statement", item.id)
        elif item.kind == "event":  # type: ignore[attr-defined]
            # The statements said at or about it, where they can be tagged and linked.
            self.statements.narrow_to(event=(item.id, item.label))  # type: ignore[attr-defined]
            self.set_focus(self.statements)
        else:
            from backchannel.tui.screens.detail import open_detail

            open_detail(self, self.desk, item.kind, item.id)  # type: ignore[attr-defined]

    def action_copy(self) -> None:
        """y: the focused statement with its citation (or the source's), to the
        clipboard through the terminal (OSC 52), so it works over SSH too."""
        from backchannel.cite import citation, source_words

        item = self.focused_item()
        if item is None:
            return
        kind, item_id = item
        if kind == "statement":
            text = citation(self.desk, self.desk.statements.get(item_id))
        elif kind == "source":
            text = source_words(self.desk, item_id)
        else:
            event = self.desk.events.get(item_id)
            text = f"{humanize(event.happened)}: {event.title}"
        self.app.copy_to_clipboard(text)
        self.notify(clean(text, 200), title="Copied", markup=False)

    def action_open_source(self) -> None:
        """o: open the focused source's URL (a statement's: its source's) in a browser
        on this machine; over SSH, where there is none, copy it instead."""
        import webbrowser

        item = self.focused_item()
        if item is None:
            return
        kind, item_id = item
        source_id = item_id if kind == "source" else None
        if kind == "statement":
            source_id = self.desk.statements.get(item_id).source_id
        url = self.desk.sources.get(source_id).url if source_id is not None else None
        if not url:
            self.notify("No URL is known for this source (e adds one).", severity="warning")
            return
        try:
            webbrowser.get()
        except webbrowser.Error:
            self.app.copy_to_clipboard(url)
            self.notify(clean(url, 200), title="No browser here: URL copied", markup=False)
            return
        self.app.open_url(url)
        self.notify(clean(url, 200), title="Opened", markup=False)

    def action_help(self) -> None:
        from backchannel.tui.screens.compare import DivergenceScreen
        from backchannel.tui.widgets.divergence import DivergenceTable

        desk_keys = [
            b for b in MainScreen.BINDINGS if b not in EDIT_BINDINGS and b not in COMPARE_BINDINGS
        ]
        groups: list[tuple[str, list[BindingType]]] = [
            ("Desk", [*desk_keys, *self.app.BINDINGS]),
            ("Changing the desk", list(EDIT_BINDINGS)),
            ("Comparing and connecting", list(COMPARE_BINDINGS)),
            ("In the comparison (D)", [*DivergenceScreen.BINDINGS, *DivergenceTable.BINDINGS]),
            ("In a pane", PagedTable.BINDINGS),
            ("Statements and timeline", StatementsPane.BINDINGS),
        ]
        from backchannel.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(groups))

    # -- tagging ---------------------------------------------------------------------

    @on(TagRequested)
    def _tag(self, message: TagRequested) -> None:
        """Write the tag (one small change); desk_changed then shows it everywhere."""
        runner_of(self).run(
            "tag", partial(statement_actions.tag, self.desk, message.statement_id, message.stance)
        )

    # -- filtering and widening -----------------------------------------------------

    def action_filter(self) -> None:
        """f or /: the filter line, over the focused pane."""
        pane = self.focused_pane() or self._filter_target or self.statements
        self._filter_target = pane
        self.filter_line.open(pane.filter, pane.TITLE[2:].lower())

    @property
    def filter_line(self) -> FilterLine:
        from backchannel.tui.widgets.filter_line import FilterLine

        return self.query_one("#filter", FilterLine)

    def on_filter_line_applied(self, message: FilterLine.Applied) -> None:
        message.stop()
        pane = self._filter_target or self.statements
        pane.filter = message.filter
        if message.final:
            pane.hold_frames_for_rows()
        # Back to the pane, unless keys typed since have opened another field
        # (c right after esc: the capture bar keeps the focus it was given) or
        # the line again (esc then / in one burst: the new line keeps it).
        line = self.filter_line
        if message.final and not line.is_open and (not typing_in(self) or line.input.has_focus):
            self.set_focus(pane)

    def action_widen(self) -> None:
        """esc: clear the focused pane's filter, else what it is narrowed to."""
        pane = self.focused_pane()
        if pane is None:
            return
        if not pane.filter.is_empty:
            pane.filter = NO_FILTER
        elif isinstance(pane, StatementsPane) and pane.narrowed:
            pane.narrow_to()
