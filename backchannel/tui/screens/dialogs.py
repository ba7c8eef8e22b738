"""A question with a few answers, each on its own key."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from backchannel.tui.text import literal


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
