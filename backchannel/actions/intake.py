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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from backchannel.db import Desk, parse_edtf
from backchannel.db.names import ensure_source, name_key
from backchannel.extract import extract
from backchannel.extract.affiliations import affiliation_of
from backchannel.extract.byline import byline, relayed_outlet
from backchannel.extract.byline import url as find_url
from backchannel.extract.clocks import said_when
from backchannel.extract.events import ProposedEvent
from backchannel.extract.topics import key_phrases, topics_in

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
    topics: Sequence[str] = (),
    today: date | None = None,
    author: str | None = None,
) -> Imported:
    """Add an article and queue its proposals, each with the date its own words
    give it, its topics, and for a new speaker the names and affiliation the
    article gives them. Raises ActionError for empty text, or for an article
    that says nowhere when it was published and is given no date: nothing is
    ever dated by the machine's clock."""
    if not text.strip():
        raise ActionError("there is no article text to import", field="text")
    key = digest(text)
    # Reading the article takes time: done before the desk is held, so other
    # writers wait only for the writing.
    proposals = extract(text, published, today)
    if not proposals.published:
        raise ActionError(
            "the article says nowhere when it was published: give the date (--published)",
            field="published",
        )
    reference = min(
        date.fromisoformat(parse_edtf(proposals.published).latest), today or date.today()
    )
    title = headline = title or proposals.article.title
    if not title:
        # no headline found: the first line, as far as 80 characters go ('Obama says
        # Trump modeling policies on Putin.', not the dateline under it as well)
        first = " ".join(next(line for line in text.splitlines() if line.strip()).split())
        title = first if len(first) <= 80 else first[:79].rsplit(" ", 1)[0] + "…"
    # (a headline's key phrases only: not a masthead's words, 'ROND-POINT BRUSSELS')
    article_topics = [t for t in topics if t.strip()] or key_phrases(headline, text)
    with desk.change("Import article") as change:
        found = desk.query(
            "SELECT id, title FROM sources WHERE body_sha256 = ? AND deleted_at IS NULL", [key]
        )
        if found:
            return Imported(found[0]["id"], found[0]["title"], duplicate=True)
        relayed = proposals.article.source_line or relayed_outlet(title, text)
        relays_id = ensure_source(change, relayed)
        source_id = desk.sources.add(
            title,
            outlet=outlet,
            url=url or find_url(text),
            author=author or byline(text),
            published=proposals.published,
            relays_id=relays_id,
            change=change,
        )
        change.update("sources", source_id, {"body": text, "body_sha256": key})
        known = [(r["name"], ()) for r in desk.query("SELECT name FROM topics LIMIT 5000")]
        first_event = len(proposals.quotes)
        position = 0
        for q in proposals.quotes:
            # Reported speech carries its own frame ("told reporters on Tuesday
            # that …"); a quotation's words are what was said, not when.
            said = said_when(q.sentence, "" if q.kind == "indirect" else q.text, reference)
            desk.candidates.add(
                change, source_id, position, kind="statement", text=q.text, speaker=q.speaker,
                stance=q.stance, quote_kind=q.kind, cue=q.cue, context=q.sentence,
                date=said[0] if said else None, date_cue=said[1] if said else None,
                topics=_topics(article_topics, q.sentence, known),
                affiliation=affiliation_of(q.speaker) if q.speaker else None,
                aliases=other_names(q.speaker, text),
                event_position=_event_named(q.sentence, proposals.events, first_event),
            )  # fmt: skip
            position += 1
        for e in proposals.events:
            desk.candidates.add(
                change, source_id, position, kind="event", text=e.text, date=e.date,
                context=e.text, cue=e.phrase, topics=_topics(article_topics, e.text, known),
            )  # fmt: skip
            position += 1
    return Imported(source_id, title, len(proposals.quotes), len(proposals.events))


def _event_named(sentence: str, events: Sequence[ProposedEvent], first: int) -> int | None:
    """The queue position of the article's event this sentence tells of: the
    event's own sentence, or one naming its date ("at the 15 March meeting")."""
    for offset, event in enumerate(events):
        if sentence and (sentence in event.text or event.text in sentence):
            return first + offset
        if event.phrase and len(event.phrase) > 4 and event.phrase in sentence:
            return first + offset
    return None


def _topics(article: list[str], words: str, known: list[tuple[str, tuple[()]]]) -> list[str]:
    """The article's topics and the desk's own that ``words`` mention, once each."""
    keys: dict[str, str] = {}
    for name in [*article, *topics_in(words, known)]:
        keys.setdefault(name_key(name), name)
    return list(keys.values())


def other_names(speaker: str | None, text: str) -> list[str]:
    """The other names an article uses for a person: "Starmer" for "Keir Starmer"."""
    if not speaker:
        return []
    words = speaker.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    surname = words[-1]
    alone = re.sub(re.escape(speaker), " ", text)
    return [surname] if re.search(rf"\b{re.escape(surname)}\b", alone) else []


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


def accept_all(desk: Desk, candidate_ids: Sequence[int]) -> Outcome:
    """Accept every one of these proposals still pending, each as proposed (its
    suggested stance, speaker, date and topics): one change, one undo step."""
    accepted = 0
    with desk.change("Accept every proposal"):
        for candidate in desk.candidates.by_ids(list(candidate_ids)):
            if candidate.state == "pending":
                desk.candidates.accept(candidate.id, candidate.stance)
                accepted += 1
    plural = "proposal" if accepted == 1 else "proposals"
    return Outcome(f"Accepted {accepted} {plural} as proposed", changed=accepted > 0)


def revise(desk: Desk, candidate_id: int, **changes: object) -> Outcome:
    """Correct some of a proposal's speaker, words, date, topics or affiliation."""
    desk.candidates.revise(candidate_id, **changes)
    return Outcome("Corrected", "candidate", candidate_id)


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
