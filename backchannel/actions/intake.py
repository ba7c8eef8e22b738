"""Importing an article, and deciding on what it proposes.

An import is one change (one undo step): the source, the source it relays
(named on its "Source:" line, matched or added), and a candidate for each
proposed statement and event. The same text imported twice is noticed by its
digest and adds nothing; the digest is checked inside the change, so two
imports of one article at once add it once. Accepting, rejecting and
correcting a proposal are one change each.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from backchannel.db import Desk
from backchannel.db.names import ensure_source
from backchannel.extract import extract

from . import ActionError, Outcome

__all__ = ["Imported", "accept", "correct", "import_article", "reject"]


@dataclass
class Imported:
    """What an import added (or found already there)."""

    source_id: int
    title: str
    statements: int = 0
    events: int = 0
    duplicate: bool = False

    def outcome(self) -> Outcome:
        if self.duplicate:
            label = f"Already imported as source #{self.source_id} (“{self.title}”): nothing added."
        else:
            label = (
                f"Imported “{self.title}” as source #{self.source_id}: {self.statements}"
                f" statements and {self.events} events wait for triage."
            )
        return Outcome(label, "source", self.source_id, changed=not self.duplicate)


def digest(text: str) -> str:
    """The same article pasted twice has the same digest, whatever the spacing."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def import_article(
    desk: Desk,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    today: date | None = None,
) -> Imported:
    """Add an article and queue its proposals. Raises ActionError for empty text."""
    if not text.strip():
        raise ActionError("there is no article text to import", field="text")
    key = digest(text)
    # Reading the article takes time: done before the desk is held, so other
    # writers wait only for the writing.
    proposals = extract(text, published, today)
    title = title or proposals.article.title
    if not title:
        title = " ".join(text.split())[:80]
    with desk.change("Import article") as change:
        found = desk.query(
            "SELECT id, title FROM sources WHERE body_sha256 = ? AND deleted_at IS NULL", [key]
        )
        if found:
            return Imported(found[0]["id"], found[0]["title"], duplicate=True)
        relays_id = ensure_source(change, proposals.article.source_line)
        source_id = desk.sources.add(
            title,
            outlet=outlet,
            url=url,
            published=proposals.published,
            relays_id=relays_id,
            change=change,
        )
        change.update("sources", source_id, {"body": text, "body_sha256": key})
        position = 0
        for q in proposals.quotes:
            desk.candidates.add(
                change, source_id, position, kind="statement", text=q.text, speaker=q.speaker,
                stance=q.stance, quote_kind=q.kind, cue=q.cue, context=q.sentence,
            )  # fmt: skip
            position += 1
        for e in proposals.events:
            desk.candidates.add(
                change, source_id, position, kind="event", text=e.text, date=e.date,
                context=e.text, cue=e.phrase,
            )  # fmt: skip
            position += 1
    return Imported(source_id, title, len(proposals.quotes), len(proposals.events))


def accept(
    desk: Desk,
    candidate_id: int,
    stance: str | None = None,
    *,
    speaker: str | None = None,
    text: str | None = None,
    date: str | None = None,
) -> Outcome:
    """Accept a proposal (as ``stance``, optionally corrected): it joins the desk."""
    result = desk.candidates.accept(candidate_id, stance, speaker=speaker, text=text, date=date)
    kind = desk.candidates.get(candidate_id).kind
    return Outcome(f"Accepted as {kind} #{result}", kind, result)


def reject(desk: Desk, candidate_id: int) -> Outcome:
    """Set a proposal aside; it stays on the desk, marked rejected."""
    desk.candidates.reject(candidate_id)
    return Outcome("Rejected", "candidate", candidate_id)


def correct(
    desk: Desk, candidate_id: int, *, speaker: str | None, text: str, date: str | None
) -> Outcome:
    """Correct a proposal's speaker, words or date before deciding on it."""
    desk.candidates.edit(candidate_id, speaker=speaker, text=text, date=date)
    return Outcome("Corrected", "candidate", candidate_id)
