"""The capture bar: one line to paste a statement and tag it as you read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from backchannel.actions import Outcome
from backchannel.actions.capture import CaptureError, save_capture
from backchannel.db import Desk
from backchannel.extract.capture import NEWLINE_MARK, Capture, parse_capture
from backchannel.tui.runner import Failure, runner_of
from backchannel.tui.text import literal
from backchannel.tui.widgets.line_input import LineInput
from backchannel.tui.widgets.suggest import CaptureSuggester

HINT = '@speaker  !public !private  #topic  ^source  ~"15 March"  via:relayer'


class CaptureInput(LineInput):
    """An Input that keeps a pasted text's line breaks (shown as ⏎)."""

    def _on_paste(self, event: events.Paste) -> None:
        text = event.text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if text:
            self.insert_text_at_cursor(text.replace("\n", NEWLINE_MARK))
        event.prevent_default()  # Input's own paste keeps only the first line
        event.stop()


class CaptureBar(Vertical):
    """Type or paste a statement with inline tokens; enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="capture.cancel"),
    ]

    @dataclass
    class Saved(Message):
        """A statement was captured."""

        outcome: Outcome

    def __init__(self, desk: Desk, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.desk = desk

    def compose(self) -> ComposeResult:
        yield CaptureInput(
            id="capture-input",
            placeholder="Paste or type the statement, then the tokens below",
            suggester=CaptureSuggester(self.desk),
        )
        yield Static(HINT, id="capture-hint", markup=False)

    @property
    def is_open(self) -> bool:
        """The bar is shown (hidden, not taken out of the layout, when closed:
        see FilterLine.is_open)."""
        return self.visible

    def open(self) -> None:
        self.visible = True
        self.screen.set_focus(self.query_one(CaptureInput))

    def action_cancel(self) -> None:
        self.close()

    def close(self) -> None:
        self.query_one(CaptureInput).value = ""
        self._say(None)
        self.visible = False
        self.screen.set_focus(self.screen.query_one("#statements"))

    def _say(self, error: str | None) -> None:
        hint = self.query_one("#capture-hint", Static)
        self.set_class(error is not None, "-invalid")
        hint.update(literal(error, 300) if error else HINT)

    @on(Input.Changed, "#capture-input")
    def _changed(self) -> None:
        if self.has_class("-invalid"):
            self._say(None)

    @on(Input.Submitted, "#capture-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            capture = parse_capture(event.value)
        except (CaptureError, ValueError) as error:
            self._say(str(error))  # nothing was written; the line stays to be fixed
            return
        runner_of(self).run("capture", partial(self._save, capture), done=self._saved,
                            failed=self._refused)  # fmt: skip

    def _save(self, capture: Capture) -> Outcome:
        return save_capture(self.desk, capture).outcome()

    def _saved(self, outcome: Outcome) -> None:
        self.post_message(self.Saved(outcome))
        self.close()

    def _refused(self, failure: Failure) -> None:
        self._say(failure.message)  # nothing was written; the line stays to be fixed
