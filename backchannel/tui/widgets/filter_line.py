"""The filter line: free words and by: topic: stance: source: since: until: kind:,
read as it is typed; what cannot be understood is said under it, in place.

Opened by ``f`` or ``/`` over a pane or the divergence view. Each readable
change is applied at once, the detail following the pane's first row; only
a line that cannot be read waits a moment before it is called wrong.
``enter`` keeps the filter and closes the line, ``escape`` clears it.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import Worker

from backchannel.db import Desk, ReadCancelled
from backchannel.db.filters import NO_FILTER, Filter
from backchannel.filter_line import FilterError, parse_filter, reads_desk
from backchannel.tui.frames import frames_of
from backchannel.tui.text import clean
from backchannel.tui.widgets.line_input import LineInput
from backchannel.tui.widgets.suggest import FilterSuggester

HINT = "words by: topic: stance: source: since: until: kind:  (ctrl+u clears)"


#: How long a line that cannot be read waits, unchanged, before it is called wrong.
ERROR_AFTER = 0.4

#: How long the app may spend reading a line as it is typed before it leaves
#: the reading to a worker (seconds).
QUICK_READ = 0.003


class FilterInput(LineInput):
    """The filter's input: a completed name with spaces is taken quoted."""

    def action_cursor_right(self, select: bool = False) -> None:
        taking = not select and self.cursor_at_end and bool(self._suggestion)
        super().action_cursor_right(select)
        if taking and isinstance(self.suggester, FilterSuggester):
            self.value = self.suggester.taken(self.value)
            self.cursor_position = len(self.value)


class FilterLine(Vertical):
    """An input for a filter, with its error (if any) beneath."""

    DEFAULT_CSS = """
    FilterLine {
        dock: bottom;
        height: auto;
        margin-bottom: 1;
        visibility: hidden;
    }
    FilterLine #filter-error {
        color: $text-error;
        padding: 0 1;
        height: auto;
    }
    FilterLine.-invalid Input {
        border: tall $error;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear", "Clear filter", id="filter.clear"),
    ]

    @dataclass
    class Applied(Message):
        """A filter was read; ``final`` once enter keeps it."""

        line: FilterLine
        filter: Filter
        final: bool

    def __init__(self, desk: Desk, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.desk = desk
        self._timer: Timer | None = None
        self._opened_with: Filter = NO_FILTER
        self.error: str | None = None
        """What is wrong with the line as typed, or None."""
        self._read_line: tuple[str, Filter | None] | None = None
        """The latest line a worker read, and what it read (None: unreadable)."""
        self._submitted_line: str | None = None  # enter came before the worker had read it
        self._wanted: str | None = None  # typed while another line was being read: read next
        self._reading: Worker[None] | None = None  # the reading under way, if any
        self._typed = 0  # keystrokes (and closings) so far: a reading older than the last stops

    def compose(self) -> ComposeResult:
        # Typing adds to the filter shown (select_on_focus would replace it);
        # ctrl+u clears the line.
        yield FilterInput(
            id="filter-input", suggester=FilterSuggester(self.desk), select_on_focus=False
        )
        yield Static(id="filter-error", markup=False)

    @property
    def is_open(self) -> bool:
        """The line is shown (it is hidden, not taken out of the layout: the
        screen is not laid out again, nor every pane drawn again, as it opens
        and closes)."""
        return self.visible

    @property
    def input(self) -> Input:
        return self.query_one("#filter-input", Input)

    def open(self, current: Filter, what: str) -> None:
        """Show the line holding ``current``, for filtering ``what``."""
        self.input.placeholder = f"Filter {what}: {HINT}"
        self._opened_with = current
        self.input.value = current.line
        self.input.cursor_position = len(self.input.value)
        self._say(None)
        self.visible = True
        self.screen.set_focus(self.input)
        frames_of(self).hold()  # (keys read with the one that opened it: drawn once read)

    def close(self) -> None:
        self._read_line = None
        self._submitted_line = None
        self._wanted = None
        self._typed += 1
        if self._timer is not None:
            self._timer.stop()
        self.visible = False

    def _say(self, error: str | None) -> None:
        said = self.query_one("#filter-error", Static)
        if error != self.error:  # (an update lays the screen out again)
            said.update(clean(error, 300) if error else "")
        self.error = error
        self.set_class(error is not None, "-invalid")
        said.display = error is not None

    def read(self) -> Filter | None:
        """The filter as typed, or None (and the error said) if it cannot be read."""
        try:
            f = parse_filter(self.desk, self.input.value)
        except FilterError as error:
            self._say(str(error))
            return None
        self._say(None)
        return f

    @on(Input.Changed, "#filter-input")
    def _changed(self, event: Input.Changed) -> None:
        """Each keystroke filters at once. A line is read here when that is
        quick (``_read_here``), else in a worker (a name not found, a source).
        Only a line that cannot be read yet waits a moment before it is called
        wrong, since "by:Tru" is usually "by:Trump" half typed.

        One reading at a time: a key typed while a line is being read cancels
        that reading (its query stops at once) and only the newest line is read
        next. A burst of twenty keys (a paste, a name typed fast over SSH) makes
        two readings, not twenty side by side, each filtering the pane again."""
        event.stop()
        if event.value != self.input.value:
            return  # typed on since: the change for the line as it is comes next
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._typed += 1
        read, f = self._read_here(event.value)
        if read:
            self._wanted = None
            self._take_reading(event.value, f)
            return
        self._wanted = event.value
        if self._reading is None:
            self._read_next()

    def _read_here(self, line: str) -> tuple[bool, Filter | None]:
        """Read ``line`` here, if that is quick: (whether it was read, and the
        filter, None if it cannot be read). Words, stance: and kind: need
        nothing from the desk; a name or a topic is one index search, so the
        pane's query starts with no hand-over to a thread and back. What takes
        longer (a name not found, and the near ones looked for; a source) is
        given up after ``QUICK_READ`` and read in a worker."""
        try:
            if not reads_desk(line):
                return True, parse_filter(self.desk, line)
            with self.desk.reads_within(QUICK_READ):
                return True, parse_filter(self.desk, line)
        except FilterError:
            return True, None
        except ReadCancelled:
            return False, None

    def _read_next(self) -> None:
        line, self._wanted = self._wanted, None
        if line is None:
            return
        typed = self._typed

        def superseded() -> bool:
            return self._typed != typed

        def read() -> None:
            # (Not a cancelled worker: one cancelled before its thread starts
            # never runs, and then never says it is done.)
            f: Filter | None = None
            done = False
            try:
                with self.desk.cancelled_when(superseded):
                    f = parse_filter(self.desk, line)
                done = True
            except FilterError:
                done = True
            except ReadCancelled:
                pass
            finally:
                with suppress(RuntimeError):  # (the app has closed)
                    self.app.call_from_thread(self._read_done, line, f, done and not superseded())

        self._reading = self.run_worker(read, name=line, thread=True, group="filter-read")

    def _read_done(self, line: str, f: Filter | None, read: bool) -> None:
        self._reading = None
        if read:
            self._take_reading(line, f)
        self._read_next()

    def _take_reading(self, line: str, f: Filter | None) -> None:
        if line != self.input.value or not self.is_open:
            return  # typed on since, or closed: a newer reading (or none) counts
        self._read_line = (line, f)
        if self._submitted_line == line:
            self._submitted_line = None
            self._submit(f if f is not None else self.read())  # (read again: says why)
            return
        if f is None:
            # Until it reads, the pane shows what it showed when the line opened,
            # not the result of a half-typed line.
            self.post_message(self.Applied(self, self._opened_with, final=False))
            self._timer = self.set_timer(ERROR_AFTER, self._complain)
            return
        self._say(None)
        self.post_message(self.Applied(self, f, final=False))

    def _complain(self) -> None:
        self._timer = None
        self.read()

    @on(Input.Submitted, "#filter-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        # The line as a worker read it (by: looks names up), or as it will
        # have read it: enter in the same burst as the last letters waits for
        # that reading rather than reading the line again here.
        line = self.input.value
        read = self._read_line
        if read is not None and read[0] == line:
            self._submit(read[1] if read[1] is not None else self.read())  # (says why)
        elif self._reading_in_flight(line):
            self._submitted_line = line
        else:
            self._submit(self.read())

    def _reading_in_flight(self, line: str) -> bool:
        """``line`` is being read, or will be next, and will be handed over."""
        reading = self._reading
        return self._wanted == line or (reading is not None and reading.name == line)

    def _submit(self, f: Filter | None) -> None:
        if f is not None:
            self.close()
            self.post_message(self.Applied(self, f, final=True))

    def action_clear(self) -> None:
        """Clear the filter and close the line."""
        self.input.value = ""
        self._say(None)
        self.close()
        self.post_message(self.Applied(self, NO_FILTER, final=True))
