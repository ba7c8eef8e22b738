"""The main screen's changing keys: capture, new, edit, delete, note, undo, redo, trash.

Kept apart from main.py (layout, moving, searching) so each stays readable;
MainScreen inherits these actions and lists EDIT_BINDINGS with its own.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.screen import Screen

from backchannel.actions import Outcome
from backchannel.actions import desk as desk_actions
from backchannel.db import Desk
from backchannel.tui.keys import eager
from backchannel.tui.runner import runner_of
from backchannel.tui.screens.desk_screen import DeskScreen
from backchannel.tui.widgets.sources_pane import SourcesPane
from backchannel.tui.widgets.statements_pane import StatementsPane

if TYPE_CHECKING:
    from backchannel.tui.screens.item_forms import DeskForm
    from backchannel.tui.widgets.capture_bar import CaptureBar

# The forms, the trash, the dialogs and the capture bar are imported when first
# opened: TextArea and Select cost a tenth of a second at start-up that the
# first screen does not need, and the rest is not in its first frame either.

EDIT_BINDINGS = eager(
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
    Binding("A", "actors", "Actors", id="main.actors", show=False),
    Binding("C", "conflicts", "Conflicts", id="main.conflicts", show=False),
)


class EditingActions(DeskScreen):
    """Actions that change the desk, for MainScreen."""

    # -- capture -------------------------------------------------------------------

    def action_capture(self) -> None:
        from backchannel.tui.widgets.capture_bar import CaptureBar

        self.query_one(CaptureBar).open()

    def on_capture_bar_saved(self, message: CaptureBar.Saved) -> None:
        outcome = message.outcome
        added = f" (added {', '.join(outcome.created)})" if outcome.created else ""
        self.notify(outcome.label + added, title="Captured", markup=False)

    # -- forms -----------------------------------------------------------------------

    def _open_form(self, form: DeskForm) -> None:
        # What the form saved reaches every pane through desk_changed.
        self.app.push_screen(form)

    def action_new(self) -> None:
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

    def action_new_actor(self) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        self._open_form(ActorForm(self.desk))

    def action_edit(self) -> None:
        """e: edit the focused item."""
        from backchannel.tui.screens.item_forms import EventForm, SourceForm, StatementForm

        item = self.focused_item()
        if item is None:
            return
        kind, item_id = item
        form = {"source": SourceForm, "statement": StatementForm, "event": EventForm}[kind]
        self._open_form(form(self.desk, item_id))

    def speaker_of_focused(self) -> int | None:
        item = self.focused_item()
        if item is None or item[0] != "statement":
            return None
        return self.desk.statements.get(item[1]).speaker_id

    def action_edit_speaker(self) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        speaker = self.speaker_of_focused()
        if speaker is None:
            self.notify("Focus a statement with a speaker first.", severity="warning")
            return
        self._open_form(ActorForm(self.desk, speaker))

    def action_note(self) -> None:
        """N: the focused item's note."""
        from backchannel.tui.screens.item_forms import NoteForm

        item = self.focused_item()
        if item is not None:
            self._open_form(NoteForm(self.desk, *item))

    # -- deleting ----------------------------------------------------------------------

    def action_delete(self) -> None:
        """d: move the focused item to the trash, asking first if statements hang on it."""
        item = self.focused_item()
        if item is not None:
            self.delete_item(*item)

    def action_delete_speaker(self) -> None:
        speaker = self.speaker_of_focused()
        if speaker is not None:
            self.delete_item("actor", speaker)

    def delete_item(self, kind: str, item_id: int) -> None:
        delete_item(self, self.desk, kind, item_id)

    def action_trash(self) -> None:
        from backchannel.tui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen(self.desk))

    # -- importing and triage ------------------------------------------------------------

    def action_import_article(self) -> None:
        """i: paste an article; then triage what it proposes."""
        from backchannel.tui.screens.intake_forms import ImportForm

        form = ImportForm(self.desk)

        def imported(saved: bool | None) -> None:
            if saved and form.saved_id is not None:
                self.open_triage(form.saved_id)

        self.app.push_screen(form, imported)

    def action_triage(self) -> None:
        """I: every proposal still waiting for a decision."""
        self.open_triage(None)

    def open_triage(self, source_id: int | None) -> None:
        from backchannel.tui.screens.triage import TriageScreen

        self.app.push_screen(TriageScreen(self.desk, source_id))

    def action_conflicts(self) -> None:
        """C: what a merge found changed differently here and on another copy."""
        from backchannel.tui.screens.conflicts import ConflictsScreen

        self.app.push_screen(ConflictsScreen(self.desk))

    def action_actors(self) -> None:
        """A: every actor, to see and mend (rename, merge, split an alias)."""
        from backchannel.tui.screens.actors import ActorsScreen

        self.app.push_screen(ActorsScreen(self.desk))

    # -- undo and redo ---------------------------------------------------------------------

    def action_undo(self) -> None:
        self._step("undo")

    def action_redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        undo_step(self, self.desk, which)


def delete_item(screen: Screen[Any], desk: Desk, kind: str, item_id: int) -> None:
    """Move an item to the trash, asking first what becomes of the statements
    that point to it (a source or speaker); undoable either way."""
    from backchannel.actions import items
    from backchannel.db.trash import dependents
    from backchannel.tui.screens.dialogs import ChoiceScreen

    def trash(statements: str) -> None:
        runner_of(screen).run(
            "delete",
            partial(items.to_trash, desk, kind, item_id, statements),
            done=lambda outcome: screen.notify(outcome.label, title="Deleted", markup=False),
        )

    count = dependents(desk, kind, item_id)
    if not count:
        trash("keep")
        return
    plural = "statement points" if count == 1 else "statements point"
    question = f"{count} {plural} to this {kind}. What becomes of them?"
    choices = [
        ("k", f"Keep them (no longer linked to this {kind})", "keep"),
        ("t", "Move them to the trash too", "trash"),
    ]

    def answered(choice: str | None) -> None:
        if choice:
            trash(choice)

    screen.app.push_screen(ChoiceScreen(question, choices), answered)


def undo_step(screen: Screen[Any], desk: Desk, which: str) -> None:
    """Undo or redo your last change, saying what (or why not)."""
    action = desk_actions.undo if which == "undo" else desk_actions.redo

    def done(outcome: Outcome) -> None:
        # A run of u says only its latest result, not a stack over the panes.
        screen.app.clear_notifications()
        if not outcome.changed:
            screen.notify(outcome.label, severity="warning", markup=False)
        else:
            screen.notify(outcome.label, markup=False)

    runner_of(screen).run(which, partial(action, desk), done=done)
