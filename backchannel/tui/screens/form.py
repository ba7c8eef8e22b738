"""A keyboard-only form in a dialog: tab between fields, ctrl+s saves,
escape cancels (asking first if anything was changed), errors shown under
the field they belong to. Subclasses say what the fields are and how to save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Label, Select, Static, TextArea

from backchannel.actions import Outcome
from backchannel.tui.keys import TypeAhead
from backchannel.tui.runner import Failure, runner_of
from backchannel.tui.screens.dialogs import confirm
from backchannel.tui.text import clean, literal
from backchannel.tui.widgets.key_bar import KeyBar
from backchannel.tui.widgets.line_input import LineInput
from backchannel.tui.widgets.suggest import Complete, NameSuggester


class FieldError(ValueError):
    """A value a form cannot take; ``field`` names the field it belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class Field:
    """One field of a form."""

    name: str
    label: str
    kind: str = "input"  # input | text | select
    options: list[tuple[str, str]] = field(default_factory=list)  # (label, value) for select
    placeholder: str = ""
    complete: Complete | None = None
    listing: bool = False  # a comma-separated list: completion works on the last part


class FormScreen(TypeAhead, ModalScreen[bool]):
    """Shows fields, saves on ctrl+s; dismisses True when saved, False when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    TITLE = "Form"

    def __init__(self, values: dict[str, str] | None = None) -> None:
        super().__init__()
        self.initial = {f.name: "" for f in self.fields()} | (values or {})
        """The values as stored. Fields show them with control characters made
        visible (news text never reaches the terminal raw); a field left as it
        was gives back the stored value, so opening and saving changes nothing."""
        self.saved_id: int | None = None
        """The id of the item saved, once saved."""

    @property
    def heading(self) -> str:
        """What the dialog says it is: its TITLE, unless a form says more."""
        return self.TITLE

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        """The action that writes ``values`` to the desk (run by the app's runner);
        raise FieldError (or ValueError) if they will not do."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="form-dialog") as dialog:
            dialog.border_title = self.heading
            dialog.border_subtitle = "ctrl+s save · esc cancel"
            for f in self.fields():
                yield Label(f.label, classes="form-label")
                yield self._widget(f)
                yield Static("", id=f"error-{f.name}", classes="form-error", markup=False)
            yield Static("", id="error-form", classes="form-error", markup=False)
        yield KeyBar(compact=False)

    def _shown(self, f: Field) -> str:
        return clean(self.initial.get(f.name, ""), 1_000_000, one_line=f.kind != "text")

    def _widget(self, f: Field) -> Widget:
        value = self.initial.get(f.name, "")
        if f.kind != "select":
            value = self._shown(f)
        if f.kind == "text":
            area = TextArea(value, id=f"field-{f.name}", classes="form-text", soft_wrap=True)
            area.show_line_numbers = False
            return area
        if f.kind == "select":
            return Select(f.options, value=value, id=f"field-{f.name}", allow_blank=False)
        suggester = NameSuggester(f.complete, listing=f.listing) if f.complete else None
        return LineInput(
            value, id=f"field-{f.name}", placeholder=f.placeholder, suggester=suggester
        )

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for f in self.fields():
            widget = self.query_one(f"#field-{f.name}")
            if isinstance(widget, TextArea):
                out[f.name] = widget.text
            elif isinstance(widget, Select):
                out[f.name] = "" if widget.value is Select.NULL else str(widget.value)
            else:
                assert isinstance(widget, Input)
                out[f.name] = widget.value
            if f.kind != "select" and out[f.name] == self._shown(f):
                out[f.name] = self.initial.get(f.name, "")
        return out

    def _show_error(self, name: str, message: str) -> None:
        for error in self.query(".form-error"):
            assert isinstance(error, Static)
            error.update("")
            error.display = False
        target = self.query_one(f"#error-{name}", Static)
        target.update(literal(message, 300))
        target.display = True
        if name != "form":
            self.query_one(f"#field-{name}").focus()

    def on_mount(self) -> None:
        for error in self.query(".form-error"):
            error.display = False
        self.query_one(f"#field-{self.fields()[0].name}").focus()

    def action_save(self) -> None:
        try:
            action = self.save(self.values())
        except FieldError as error:
            self._show_error(error.field, str(error))
            return
        except (ValueError, LookupError) as error:
            self._show_error("form", str(error))
            return
        runner_of(self).run(f"save the {self.heading.lower()}", action, done=self._saved,
                            failed=self._refused)  # fmt: skip

    def _saved(self, outcome: Outcome) -> None:
        self.saved_id = outcome.item_id
        self.dismiss(True)

    def _refused(self, failure: Failure) -> None:
        names = {f.name for f in self.fields()}
        self._show_error(failure.field if failure.field in names else "form", failure.message)

    def action_cancel(self) -> None:
        if self.values() == {k: self.initial.get(k, "") for k in self.values()}:
            self.dismiss(False)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(False)

        self.app.push_screen(
            confirm("Throw away your changes?", "Throw them away", "Keep editing"), answered
        )

    @on(Input.Submitted)
    def _enter_moves_on(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()
