"""Messages that bubble from the panes to the screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class TagRequested(Message):
    """Tag a statement with a stance; if it already has that stance, clear it."""

    statement_id: int
    stance: str
