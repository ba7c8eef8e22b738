"""Dialogs: a question with a few answers, each on its own key; a one-line prompt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from backchannel.tui.keys import TypeAhead
from backchannel.tui.text import clean, literal
from backchannel.tui.widgets.line_input import LineInput


class ChoiceScreen(ModalScreen[Any]):
    """Ask; each choice has a key. escape answers None (do nothing)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "choose(-1)", "Cancel", id="choice.cancel"),
    ]

    def __init__(self, question: str, choices: list[tuple[str, str, Any]]) -> None:
        super().__init__()
        self.question = question
        self.choices = choices

    def on_key(self, event: events.Key) -> None:
        for index, (key, _, _) in enumerate(self.choices):
            if event.key == key:
                event.stop()
                self.action_choose(index)
                return

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog"):
            yield Static(literal(self.question, 500, one_line=False), id="choice-question")
            for key, label, _ in [*self.choices, ("esc", "Cancel", None)]:
                yield Static(
                    Text.assemble((key, "bold"), "  ", literal(label, 200)), classes="choice"
                )

    def action_choose(self, index: int) -> None:
        self.dismiss(self.choices[index][2] if index >= 0 else None)


def confirm(question: str, yes: str = "Yes", no: str = "No") -> ChoiceScreen:
    """y answers True, n answers False, escape answers None."""
    return ChoiceScreen(question, [("y", yes, True), ("n", no, False)])


class PromptScreen(TypeAhead, ModalScreen[str | None]):
    """Ask for one line of text; ``check`` says what is wrong with it (inline),
    or None to accept. escape answers None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel"),
    ]

    def __init__(
        self,
        question: str,
        *,
        value: str = "",
        placeholder: str = "",
        check: Callable[[str], str | None] | None = None,
        suggester: Suggester | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.value = clean(value, 2_000)  # may come from the news: shown, never emitted
        self.placeholder = placeholder
        self.check = check
        self.suggester = suggester

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-dialog"):
            yield Static(literal(self.question, 500, one_line=False), id="prompt-question")
            yield LineInput(
                self.value,
                placeholder=self.placeholder,
                suggester=self.suggester,
                select_on_focus=False,  # a prefilled start ("by:") is continued, not replaced
                id="prompt-input",
            )
            yield Static("", id="prompt-error", markup=False)
            yield Static(Text("enter: ok   esc: cancel", style="dim"))

    def on_mount(self) -> None:
        self.query_one("#prompt-error", Static).display = False
        field = self.query_one("#prompt-input", Input)
        field.cursor_position = len(field.value)
        self.set_focus(field)

    @on(Input.Submitted, "#prompt-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        problem = self.check(value) if self.check else None
        error = self.query_one("#prompt-error", Static)
        if problem:
            error.update(clean(problem, 300))
            error.display = True
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
