"""The front door: every user action that changes a desk, as one function.

Tag, capture, save an item, trash, restore, link, import, accept or reject a
proposal, undo and redo, save a filter, merge actors: each is one function
here taking the desk first. Each runs as one change (``Desk.change()``: BEGIN
IMMEDIATE, so another writer waits rather than fails), does its lookups
through that change, and returns an ``Outcome`` saying what changed. The
command line and the app call the same functions; the app runs them, in
order, on one worker (``tui/runner.py``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    """What an action changed, for the screen and the shell to report."""

    label: str
    """In words, for a person: "Tagged #12 public stance"."""
    kind: str | None = None
    """The kind of item it concerns: statement, source, actor, event, candidate, filter."""
    item_id: int | None = None
    """The item's id, where there is one item."""
    created: tuple[str, ...] = ()
    """What was added on the way: ("actor Zed", "source Le Monde")."""
    changed: bool = True
    """False when the action found nothing to do (an import seen before, nothing to undo)."""
    only_item: bool = False
    """True when only the item's own row changed (a tag), so a screen may redraw just it."""


class ActionError(ValueError):
    """An action refused: nothing was written. ``field`` names the input at fault."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


__all__ = ["ActionError", "Outcome"]
