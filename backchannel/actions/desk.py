"""Actions on the desk as a whole: undo and redo, saved filters."""

from __future__ import annotations

from backchannel.db import Desk

from . import Outcome


def undo(desk: Desk) -> Outcome:
    """Undo your own last change (never another author's)."""
    label = desk.undo()
    if label is None:
        return Outcome("Nothing of yours to undo.", changed=False)
    return Outcome(f"Undone: {label}")


def redo(desk: Desk) -> Outcome:
    """Redo what you undid last."""
    label = desk.redo()
    if label is None:
        return Outcome("Nothing to redo.", changed=False)
    return Outcome(f"Redone: {label}")


def save_filter(desk: Desk, name: str, query: str) -> Outcome:
    """Name a filter line; it appears in the command palette."""
    desk.saved_filters.save(name, query)
    return Outcome(f"Saved the filter “{' '.join(name.split())}”", "filter")


def forget_filter(desk: Desk, name: str) -> Outcome:
    """Forget a saved filter (u undoes it)."""
    desk.saved_filters.delete(name)
    return Outcome(f"Forgot the saved filter “{name}”.", "filter")
