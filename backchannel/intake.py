"""Importing an article: the text kept as a source, what it proposes queued for triage.

One change (one undo step): the source, the source it relays (named on its
"Source:" line, matched or added), and a candidate for each proposed
statement and event. The same text imported twice is noticed by its digest
and adds nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from backchannel.db import Desk
from backchannel.extract import extract

__all__ = ["Imported", "import_article"]


@dataclass
class Imported:
    """What an import added (or found already there)."""

    source_id: int
    title: str
    statements: int = 0
    events: int = 0
    duplicate: bool = False


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
    """Add an article and queue its proposals. Raises ValueError for empty text."""
    if not text.strip():
        raise ValueError("there is no article text to import")
    key = digest(text)
    found = desk.query(
        "SELECT id, title FROM sources WHERE body_sha256 = ? AND deleted_at IS NULL", [key]
    )
    if found:
        return Imported(found[0]["id"], found[0]["title"], duplicate=True)
    proposals = extract(text, published, today)
    title = title or proposals.article.title
    if not title:
        title = " ".join(text.split())[:80]
    with desk.change("Import article") as change:
        relays_id = None
        relayed = proposals.article.source_line
        if relayed:
            match = desk.sources.match(relayed)
            relays_id = (
                match.id if match else desk.sources.add(relayed, outlet=relayed, change=change)
            )
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
