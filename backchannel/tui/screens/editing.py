"""The main screen's changing keys: capture, new, edit, delete, note, undo, redo, trash.

Kept apart from main.py (layout, moving, searching) so each stays readable;
MainScreen inherits these actions and lists EDIT_BINDINGS with its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.screen import Screen

from backchannel.db import Desk, NotFound, statement_key
from backchannel.db.trash import dependents, trash
from backchannel.db.undo import UndoConflict
from backchannel.tui.screens.dialogs import ChoiceScreen
from backchannel.tui.widgets.capture_bar import CaptureBar
from backchannel.tui.widgets.sources_pane import SourcesPane
from backchannel.tui.widgets.statements_pane import StatementsPane

if TYPE_CHECKING:
    from backchannel.tui.screens.item_forms import DeskForm
    from backchannel.tui.screens.main import MainScreen

# The forms and the trash are imported when first opened: TextArea and Select
# cost a tenth of a second at start-up that the first screen does not need.

EDIT_BINDINGS = [
    Binding("c", "capture", "Capture", id="main.capture"),
    Binding("n", "new", "New", id="main.new", show=False),
    Binding("e", "edit", "Edit", id="main.edit", show=False),
    Binding("d", "delete", "Delete", id="main.delete", show=False),
    Binding("N", "note", "Note", id="main.note", show=False),
    Binding("u,ctrl+z", "undo", "Undo", id="main.undo"),
    Binding("ctrl+y", "redo", "Redo", id="main.redo", show=False),
    Binding("T", "trash", "Trash", id="main.trash", show=False),
    Binding("i", "import_article", "Import", id="main.import", show=False),
    Binding("I", "triage", "Triage", id="main.triage", show=False),
]


class EditingActions:
    """Actions that change the desk, for MainScreen."""

    def focused_item(self: MainScreen) -> tuple[str, int] | None:
        """(kind, id) of the item under the focused pane's cursor."""
        pane = self.focused_pane()
        item = pane.current if pane is not None else None
        if item is None:
            return None
        if isinstance(pane, SourcesPane):
            return ("source", item.id)
        if isinstance(pane, StatementsPane):
            return ("statement", item.id)
        return (item.kind, item.id)

    def changed(self: MainScreen, statement_id: int | None = None) -> None:
        """Show the desk as it now is: every pane re-read around its cursor."""
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

    # -- capture -------------------------------------------------------------------

    def action_capture(self: MainScreen) -> None:
        self.query_one(CaptureBar).open()

    def on_capture_bar_saved(self: MainScreen, message: CaptureBar.Saved) -> None:
        captured = message.captured
        added = f" (added {', '.join(captured.created)})" if captured.created else ""
        self.notify(captured.summary + added, title="Captured", markup=False)
        self.changed(captured.statement_id)

    # -- forms -----------------------------------------------------------------------

    def _open_form(self: MainScreen, form: DeskForm) -> None:
        from backchannel.tui.screens.item_forms import StatementForm

        def done(saved: bool | None) -> None:
            if not saved:
                return
            is_statement = isinstance(form, StatementForm)
            self.changed(form.saved_id if is_statement else None)

        self.app.push_screen(form, done)

    def action_new(self: MainScreen) -> None:
        """n: a new item of the focused pane's kind."""
        from backchannel.tui.screens.item_forms import EventForm, SourceForm, StatementForm

        pane = self.focused_pane()
        if isinstance(pane, SourcesPane):
            self._open_form(SourceForm(self.desk))
        elif isinstance(pane, StatementsPane):
            source = ""
            if pane.source_id is not None:
                source = self.desk.sources.get(pane.source_id).title
            self._open_form(StatementForm(self.desk, source=source))
        else:
            self._open_form(EventForm(self.desk))

    def action_new_actor(self: MainScreen) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        self._open_form(ActorForm(self.desk))

    def action_edit(self: MainScreen) -> None:
        """e: edit the focused item."""
        from backchannel.tui.screens.item_forms import EventForm, SourceForm, StatementForm

        item = self.focused_item()
        if item is None:
            return
        kind, item_id = item
        form = {"source": SourceForm, "statement": StatementForm, "event": EventForm}[kind]
        self._open_form(form(self.desk, item_id))

    def speaker_of_focused(self: MainScreen) -> int | None:
        item = self.focused_item()
        if item is None or item[0] != "statement":
            return None
        return self.desk.statements.get(item[1]).speaker_id

    def action_edit_speaker(self: MainScreen) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        speaker = self.speaker_of_focused()
        if speaker is None:
            self.notify("Focus a statement with a speaker first.", severity="warning")
            return
        self._open_form(ActorForm(self.desk, speaker))

    def action_note(self: MainScreen) -> None:
        """N: the focused item's note."""
        from backchannel.tui.screens.item_forms import NoteForm

        item = self.focused_item()
        if item is not None:
            self._open_form(NoteForm(self.desk, *item))

    # -- deleting ----------------------------------------------------------------------

    def action_delete(self: MainScreen) -> None:
        """d: move the focused item to the trash, asking first if statements hang on it."""
        item = self.focused_item()
        if item is not None:
            self.delete_item(*item)

    def action_delete_speaker(self: MainScreen) -> None:
        speaker = self.speaker_of_focused()
        if speaker is not None:
            self.delete_item("actor", speaker)

    def delete_item(self: MainScreen, kind: str, item_id: int) -> None:
        count = dependents(self.desk, kind, item_id)
        if not count:
            self._trash(kind, item_id, "keep")
            return
        plural = "statement points" if count == 1 else "statements point"
        question = f"{count} {plural} to this {kind}. What becomes of them?"
        choices = [
            ("k", f"Keep them (no longer linked to this {kind})", "keep"),
            ("t", "Move them to the trash too", "trash"),
        ]

        def answered(choice: str | None) -> None:
            if choice:
                self._trash(kind, item_id, choice)

        self.app.push_screen(ChoiceScreen(question, choices), answered)

    def _trash(self: MainScreen, kind: str, item_id: int, statements: str) -> None:
        try:
            said = trash(self.desk, kind, item_id, statements)
        except (NotFound, ValueError) as error:
            self.notify(str(error), severity="error")
            return
        self.notify(f"{said}. u undoes it; T opens the trash.", title="Deleted", markup=False)
        self.changed()

    def action_trash(self: MainScreen) -> None:
        from backchannel.tui.screens.trash import TrashScreen

        def closed(restored: bool | None) -> None:
            if restored:
                self.changed()

        self.app.push_screen(TrashScreen(self.desk), closed)

    # -- importing and triage ------------------------------------------------------------

    def action_import_article(self: MainScreen) -> None:
        """i: paste an article; then triage what it proposes."""
        from backchannel.tui.screens.intake_forms import ImportForm

        form = ImportForm(self.desk)

        def imported(saved: bool | None) -> None:
            if saved and form.saved_id is not None:
                self.changed()
                self.open_triage(form.saved_id)

        self.app.push_screen(form, imported)

    def action_triage(self: MainScreen) -> None:
        """I: every proposal still waiting for a decision."""
        self.open_triage(None)

    def open_triage(self: MainScreen, source_id: int | None) -> None:
        from backchannel.tui.screens.triage import TriageScreen

        def closed(changed: bool | None) -> None:
            if changed:
                self.changed()

        self.app.push_screen(TriageScreen(self.desk, source_id), closed)

    # -- undo and redo ---------------------------------------------------------------------

    def action_undo(self: MainScreen) -> None:
        self._step("undo")

    def action_redo(self: MainScreen) -> None:
        self._step("redo")

    def _step(self: MainScreen, which: str) -> None:
        if undo_step(self, self.desk, which):
            self.changed()


def undo_step(screen: Screen[Any], desk: Desk, which: str) -> bool:
    """Undo or redo the last change, saying what (or why not); True if done."""
    try:
        label = desk.undo() if which == "undo" else desk.redo()
    except UndoConflict as error:
        screen.notify(str(error), title=f"Could not {which}", severity="error")
        return False
    if label is None:
        screen.notify(f"Nothing to {which}.", severity="warning")
        return False
    screen.notify(label, title="Undone" if which == "undo" else "Redone", markup=False)
    return True
