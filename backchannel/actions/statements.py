"""Actions on statements: tag a stance, link to another statement or an event."""

from __future__ import annotations

from backchannel.db import Desk
from backchannel.db.models import relation_words
from backchannel.vocabulary import stance_word

from . import Outcome


def tag(desk: Desk, statement_id: int, stance: str) -> Outcome:
    """Tag a statement ``stance``; if it already has that stance, clear it."""
    statement = desk.statements.toggle_stance(statement_id, stance)
    said = stance_word(statement.stance) if statement.stance else "untagged"
    return Outcome(f"#{statement_id} {said}", "statement", statement_id, only_item=True)


def link(desk: Desk, statement_id: int, other_id: int, relation: str) -> Outcome:
    """Record that one statement contradicts, confirms or responds to another."""
    desk.links.link(statement_id, other_id, relation)
    return Outcome(
        f"#{statement_id} {relation_words(relation)} #{other_id}", "statement", statement_id
    )


def unlink(desk: Desk, statement_id: int, other_id: int) -> Outcome:
    """Remove the link between two statements."""
    found = desk.links.unlink(statement_id, other_id)
    said = "Unlinked" if found else "There was no link"
    return Outcome(
        f"{said}: #{statement_id} and #{other_id}", "statement", statement_id, changed=found
    )


def link_event(desk: Desk, statement_id: int, event_id: int) -> Outcome:
    """Say a statement was made at, or is about, an event."""
    desk.links.link_event(statement_id, event_id)
    return Outcome(f"#{statement_id} is about event #{event_id}", "statement", statement_id)


def unlink_event(desk: Desk, statement_id: int, event_id: int) -> Outcome:
    """Undo ``link_event``."""
    desk.links.unlink_event(statement_id, event_id)
    return Outcome(f"#{statement_id} no longer about event #{event_id}", "statement", statement_id)
