"""A DataTable that holds a sliding window of rows paged by key from the desk.

The table never holds more than ``WINDOW`` rows. When the cursor comes within
``MARGIN`` rows of either edge of the window, the next page is read by key in
a worker thread and the window slides; ``g``/``G`` read the first or the last
page directly. So a desk of a million statements scrolls like one of ten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable
from textual.worker import Worker, WorkerState, get_current_worker

from backchannel.db import FIRST, Desk, PageRequest, ReadCancelled
from backchannel.db.filters import NO_FILTER, Filter
from backchannel.tui.frames import ROWS_WAIT, frames_of
from backchannel.tui.text import clean
from backchannel.tui.widgets.current_look import CurrentLook, looks_focused
from backchannel.tui.widgets.pane_mouse import PaneMouse
from backchannel.tui.widgets.quick_cells import QuickCells
from backchannel.tui.widgets.steady import SteadySize

T = TypeVar("T")


@dataclass(frozen=True)
class ReadAhead:
    """A detail read in a page's worker, for the row the cursor lands on."""

    shown: tuple[str, int]
    text: Text


class PagedTable(PaneMouse, CurrentLook, QuickCells, SteadySize, DataTable, Generic[T]):
    """A pane's table: rows paged by key, one item per row."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="pane.down"),
        Binding("k", "cursor_up", "Up", show=False, id="pane.up"),
        Binding("g,home", "first", "Top", show=False, id="pane.top"),
        Binding("G,end", "last", "Bottom", show=False, id="pane.bottom"),
    ]

    PAGE = 100
    """Rows read per query."""
    FIRST_PAGE = 40
    """Rows read when a pane (re)opens: a screenful or two. Fewer rows to lay out
    means the first frame comes sooner; the window grows as the cursor moves."""
    WINDOW = 300
    """Most rows held in the table at once."""
    MARGIN = 25
    """How near the window's edge the cursor comes before the next page is read."""

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = []
    """(key, label, width) of each column; None-width columns share what is left."""

    ROW_HEIGHT: ClassVar[int] = 1
    """Lines per row."""

    TITLE: ClassVar[str] = ""
    """The pane's name in its border, with the key that focuses it."""

    filter: reactive[Filter] = reactive(NO_FILTER, init=False)
    """What the filter line (``f`` or ``/``) narrows the pane to."""

    total: reactive[int | None] = reactive(None, init=False)
    """How many rows match, once counted; None while counting."""

    @dataclass
    class PageLoaded(Message):
        """A page of rows read by a worker, to be placed in the window."""

        table: PagedTable[Any]
        request: PageRequest
        items: list[Any]
        mode: str  # "replace" | "around" | "append" | "prepend"
        token: int
        cursor: str  # "first" | "last"; for "around", the index of the key's row
        edges: tuple[bool, bool] = (False, False)  # for "around": at the start, at the end
        detail: ReadAhead | None = None  # the detail of the row the cursor lands on

    @dataclass
    class ItemHighlighted(Message):
        """The cursor rests on an item (None when the pane is empty)."""

        table: PagedTable[Any]
        item: Any | None

    @dataclass
    class Ready(Message):
        """The pane's first page is on screen."""

        table: PagedTable[Any]

    @dataclass
    class Counted(Message):
        table: PagedTable[Any]
        total: int
        generation: int

    desk: Desk
    """The desk the pane reads (each pane sets it)."""

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, autoload: bool = True
    ) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=False)
        self.autoload = autoload
        """Read the first page on mount; else wait for reload()."""
        self._ready = False
        self.items: list[T] = []
        """The window: the rows the table holds, in order."""
        self.at_start = True
        """The window begins at the first row there is."""
        self.at_end = True
        """The window ends at the last row there is."""
        self._generation = 0  # counts filter changes, so stale counts are dropped
        self._token = 0  # counts page loads; only the latest one is placed
        self._pending: str | None = None
        #: where a read "around" a key is going (see reload)
        self._pending_key: tuple[Any, ...] | None = None
        self._flex = 20
        self._count_after_load = False
        self._announced: str | None = None  # the row said highlighted as its page was placed

    @property
    def ready(self) -> bool:
        """The first page is on screen."""
        return self._ready

    # -- what a pane defines -------------------------------------------------

    def fetch(self, request: PageRequest) -> list[T]:
        """Read one page (runs in a worker thread)."""
        raise NotImplementedError

    def count(self) -> int:
        """Count every row that matches (runs in a worker thread)."""
        raise NotImplementedError

    def key_of(self, item: T) -> tuple[Any, ...]:
        """The item's sort key, as the store pages by it."""
        raise NotImplementedError

    def cells(self, item: T) -> list[Text]:
        """The item's row, one Text per column (never a plain str)."""
        raise NotImplementedError

    def row_key(self, item: T) -> str:
        return repr(self.key_of(item))

    def detail_of(self, item: T) -> tuple[str, int] | None:
        """(kind, id) of what the detail area shows for ``item``; None if nothing."""
        return None

    def narrowing(self) -> list[str]:
        """Words for what narrows the pane beyond the search ("from Reuters")."""
        return []

    # -- the title --------------------------------------------------------------

    def update_title(self) -> None:
        """Say in the border what the pane shows: name, count, filters."""
        title = self.TITLE
        if self.total is not None:
            title += f" · {self.total:,}"
        parts = self.narrowing()
        if not self.filter.is_empty:
            parts.append(f"“{clean(self.filter.line, 50)}”")
        if parts:
            title += " — " + ", ".join(parts)
        # A str would be read as markup: a source titled "[link=…]" must show as written.
        self.border_title = Content(title)
        self.border_subtitle = "esc: show all" if parts else ""

    def watch_total(self) -> None:
        self.update_title()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed read is said in a notification; the pane stays usable."""
        if event.state == WorkerState.ERROR:
            self._pending = None
            frames_of(self).placed(self)
            self.notify(
                f"{self.TITLE}: {event.worker.error}", title="Could not read", severity="error"
            )

    # -- setup and reloading ---------------------------------------------------

    def on_mount(self) -> None:
        # The columns wait for the pane's width (its first resize), rather
        # than being laid out once at a guess and again at once.
        self.update_title()
        if self.autoload:
            self.reload()

    def on_resize(self) -> None:
        flex = self._flex_width()
        if flex != self._flex or not self.columns:
            self._flex = flex
            self.clear(columns=True)
            self._add_columns()
            self._rebuild(self.cursor_row, keep_offset=False)

    def _flex_width(self) -> int:
        """What each flexible column gets: an equal share of the width the others leave."""
        padding = 2 * self.cell_padding
        fixed = sum(w + padding for _, _, w in self.COLUMNS if w is not None)
        flexible = max(1, sum(1 for _, _, w in self.COLUMNS if w is None))
        # Two columns spare: one for the vertical scrollbar when it appears,
        # one so the table never scrolls sideways by a single cell.
        spare = self.size.width - fixed - padding * flexible - 2
        return max(8, spare // flexible)

    def _add_columns(self) -> None:
        for key, label, width in self.COLUMNS:
            self.add_column(label, key=key, width=width if width is not None else self._flex)

    DESCENDING: ClassVar[bool] = False
    """True when the pane lists its keys from highest to lowest."""

    def reload(self, cursor: str = "first") -> None:
        """Read afresh: the first page, the last ("last"), or around the cursor ("keep")."""
        current = self.current
        if cursor == "keep" and self._pending == "around" and self._pending_key is not None:
            # a jump still on its way ('t' to a date, as another program writes the
            # desk): read afresh around where it goes, not where the cursor was
            self.reload_at(self._pending_key)
            return
        if cursor == "keep" and current is not None:
            self.reload_at(self.key_of(current))
            return
        self._restart()
        self._load(FIRST if cursor != "last" else PageRequest(last=True), "replace", cursor)

    def forget_rows(self) -> None:
        """Show no rows until the next page is read (the pane is given
        something else to show, and the old rows would stand for it)."""
        self._token += 1  # a page on its way is for what the pane showed before
        self.items = []
        self.clear()

    def hold_frames_for_rows(self) -> None:
        """The screen waits to be drawn until this pane has placed the rows it
        is reading (for ROWS_WAIT at most): a filter line closed by enter goes
        with its rows in one frame, not one frame closing and the next bringing
        the rows."""
        if self._pending in ("replace", "around"):
            frames_of(self).hold(ROWS_WAIT, until_placed=self)

    def _restart(self) -> None:
        self._generation += 1
        self.total = None
        self._count_after_load = True
        # A count of what the pane showed is of no use now: it stops at once
        # rather than hold a core while the new rows are read (typing a word,
        # each letter's count of a common prefix ran into the next letter's page).
        self.app.workers.cancel_group(self, "count")

    def reload_at(self, key: tuple[Any, ...]) -> None:
        """Read the rows around ``key`` and put the cursor on its row (or the next one)."""
        self._restart()
        self._pending = "around"
        self._pending_key = key
        self._token += 1
        token, half = self._token, self.PAGE // 2
        # The key just before ``key`` in the pane's order, so ``after`` includes it.
        step = 1 if self.DESCENDING else -1
        anchor = (*key[:-1], key[-1] + step)
        ahead = self._detail_shown()

        @self._reading
        def work() -> None:
            before = self.fetch(PageRequest(before=key, limit=half))
            rest = self.fetch(PageRequest(after=anchor, limit=self.PAGE))
            edges = (len(before) < half, len(rest) < self.PAGE)
            items = before + rest
            detail = self._read_ahead(items[len(before)]) if rest and ahead else None
            message = self.PageLoaded(
                self, PageRequest(after=anchor), items, "around", token,
                str(len(before)), edges, detail,
            )  # fmt: skip
            self.post_message(message)

        self.run_worker(work, thread=True, exclusive=True, group="page", exit_on_error=False)

    def _reading(self, read: Callable[[], None]) -> Callable[[], None]:
        """A worker's read that stops half way once the worker is cancelled (a
        newer filter, page or count replaced it), and then says nothing."""

        def work() -> None:
            worker = get_current_worker()
            try:
                with self.desk.cancelled_when(lambda: worker.is_cancelled):
                    read()
            except ReadCancelled:
                pass

        return work

    def _start_count(self, generation: int | None = None) -> None:
        """Count the matching rows, after the first page: rows first, numbers
        later (not at all if the filter has changed since ``generation``)."""
        if generation is not None and generation != self._generation:
            return
        generation = self._generation

        @self._reading
        def count() -> None:
            self.post_message(self.Counted(self, self.count(), generation))

        self.run_worker(count, thread=True, exclusive=True, group="count", exit_on_error=False)

    def watch_filter(self) -> None:
        self.update_title()
        self.reload()

    def _load(self, request: PageRequest, mode: str, cursor: str = "keep") -> None:
        self._pending = mode
        self._token += 1
        token = self._token
        limit = self.FIRST_PAGE if mode == "replace" else self.PAGE
        request = PageRequest(request.after, request.before, request.last, limit)
        ahead = mode == "replace" and self._detail_shown()

        @self._reading
        def work() -> None:
            items = self.fetch(request)
            # The detail of the row the cursor lands on is read here too, so
            # the rows and their detail reach the screen in one frame instead
            # of the detail following a thread and a frame behind.
            detail = None
            if ahead and items:
                detail = self._read_ahead(items[-1 if cursor == "last" else 0])
            message = self.PageLoaded(self, request, items, mode, token, cursor, detail=detail)
            self.post_message(message)

        self.run_worker(work, thread=True, exclusive=True, group="page", exit_on_error=False)

    def _detail_shown(self) -> bool:
        """The detail area will show this pane's row: it looks focused, or its
        screen is not on top (a kept comparison read before it is shown). A
        pane behind another reads no detail with its pages (a change to the
        desk reloads every pane)."""
        screen = self.screen
        return screen.focused is self or looks_focused(self) or not screen.is_current

    def _read_ahead(self, item: T) -> ReadAhead | None:
        shown = self.detail_of(item)
        if shown is None:
            return None
        from backchannel.tui.widgets.detail_view import detail_text

        return ReadAhead(shown, detail_text(self.desk, *shown))

    # -- placing pages in the window ---------------------------------------------

    @on(Counted)
    def _counted(self, message: Counted) -> None:
        message.stop()
        if message.generation == self._generation:
            self.total = message.total

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        message.stop()
        if message.token != self._token:
            return  # a page asked for before a newer one (a filter changed, or g/G)
        self._pending = None
        self._announced = None
        items, full = message.items, len(message.items) >= message.request.limit
        if message.mode in ("replace", "around"):
            self.items = list(items)
            if message.mode == "around":
                self.at_start, self.at_end = message.edges
                index = int(message.cursor)
            else:
                self.at_start = not message.request.last or not full
                self.at_end = message.request.last or not full
                index = {"first": 0, "last": len(items) - 1}.get(message.cursor, 0)
            self._rebuild(max(index, 0), keep_offset=False)
            if message.detail is not None and self.items:
                # Put now, not after the table's own highlight message and the
                # screen's: the detail then reaches the frame the rows are in.
                item = self.items[self.cursor_row]
                show = getattr(self.screen, "show_read_ahead", None)
                if message.detail.shown == self.detail_of(item) and show is not None:
                    self._announced = self.row_key(item)
                    show(self, item, message.detail.text)
            if self._count_after_load:
                self._count_after_load = False
                # Once the rows are drawn: a count of a common word is a read as
                # long as the page's, and on two cores it slowed their drawing.
                self.call_after_refresh(self._start_count, self._generation)
            if not self._ready:
                self._ready = True
                self.post_message(self.Ready(self))
            frames_of(self).placed(self)
        elif message.mode == "append":
            self.at_end = not full
            if len(self.items) + len(items) <= self.WINDOW:
                self.items.extend(items)
                for item in items:
                    self.add_row(*self.cells(item), key=self.row_key(item), height=self.ROW_HEIGHT)
                return
            self.items.extend(items)
            drop = len(self.items) - self.WINDOW
            self.items = self.items[drop:]
            self.at_start = False
            self._rebuild(self.cursor_row - drop, keep_offset=True)
        else:  # prepend
            self.at_start = not full
            self.items = list(items) + self.items
            if len(self.items) > self.WINDOW:
                self.items = self.items[: self.WINDOW]
                self.at_end = False
            self._rebuild(self.cursor_row + len(items), keep_offset=True)
        if not self.items:
            self.post_message(self.ItemHighlighted(self, None))

    def _rebuild(self, cursor_index: int, *, keep_offset: bool) -> None:
        """Fill the table from the window, the cursor on ``cursor_index``."""
        offset = self.cursor_row - round(self.scroll_y) if keep_offset else None
        self.clear()
        if not self.columns:  # (rows read before the pane was first sized)
            self._flex = self._flex_width()
            self._add_columns()
        for item in self.items:
            self.add_row(*self.cells(item), key=self.row_key(item), height=self.ROW_HEIGHT)
        if not self.items:
            return
        self.scroll_x = 0  # columns are fitted to the pane: never scrolled sideways
        cursor_index = min(max(cursor_index, 0), len(self.items) - 1)
        self.move_cursor(row=cursor_index, scroll=offset is None)
        if offset is not None:
            self.scroll_to(y=max(cursor_index - offset, 0), animate=False, immediate=True)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        row = event.cursor_row
        if row != self.cursor_row or not (0 <= row < len(self.items)):
            return  # stale: the cursor moved on (or the window was rebuilt) since
        item = self.items[row]
        announced, self._announced = self._announced, None
        if announced != self.row_key(item):  # (shown already, with its detail, as the rows came)
            self.post_message(self.ItemHighlighted(self, item))
        if self._pending:
            return
        if row >= len(self.items) - self.MARGIN and not self.at_end:
            self._load(PageRequest(after=self.key_of(self.items[-1])), "append")
        elif row < self.MARGIN and not self.at_start:
            self._load(PageRequest(before=self.key_of(self.items[0])), "prepend")

    # -- what a person does --------------------------------------------------------

    @property
    def current(self) -> T | None:
        """The item under the cursor."""
        if 0 <= self.cursor_row < len(self.items):
            return self.items[self.cursor_row]
        return None

    def replace_item(self, item: T) -> None:
        """Show a changed item in place, if it is in the window."""
        key = self.row_key(item)
        for index, held in enumerate(self.items):
            if self.row_key(held) == key:
                self.items[index] = item
                for (column, _, _), cell in zip(self.COLUMNS, self.cells(item), strict=True):
                    self.update_cell(key, column, cell)
                if index == self.cursor_row:
                    self.post_message(self.ItemHighlighted(self, item))
                return

    def action_first(self) -> None:
        """Go to the first row, reading it afresh if it is outside the window."""
        if self.at_start:
            self.move_cursor(row=0)
        else:
            self._load(FIRST, "replace", "first")

    def action_last(self) -> None:
        """Go to the last row, reading the last page if it is outside the window."""
        if self.at_end:
            self.move_cursor(row=len(self.items) - 1)
        else:
            self._load(PageRequest(last=True), "replace", "last")
