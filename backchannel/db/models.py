"""What the store hands out: plain dataclasses, never row dicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from backchannel.vocabulary import KINDS, STANCES  # noqa: F401  (the store's own names)

Stance = Literal["public", "private"]
ACTOR_KINDS: tuple[str, ...] = ("person", "group", "institution", "country", "outlet", "other")
GRADES: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")

#: Pane rows carry only this much of a statement's text; the detail view
#: fetches the whole. A 1 MB paste must never travel to a list widget.
PREVIEW_CHARS = 400

#: Where undated statements sort: after every date.
UNDATED = "9999-12-31"


def statement_day(alias: str = "") -> str:
    """A statement's sort day in SQL: the earliest day it was said, else the day
    it was reported (its source's date), undated last. Spelled the way
    schema.py's indexes spell it, since SQLite matches index expressions by
    their text (with or without a table alias)."""
    prefix = f"{alias}." if alias else ""
    return f"coalesce({prefix}said_earliest, {prefix}reported_earliest, '{UNDATED}')"


@dataclass(frozen=True)
class Source:
    """A piece of reporting, and the source it relays, if any."""

    id: int
    uuid: str
    title: str
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    reliability: str | None = None
    relays_id: int | None = None
    relays_title: str | None = None
    relays_outlet: str | None = None
    note: str | None = None
    statement_count: int = 0


@dataclass(frozen=True)
class Actor:
    """Who speaks or acts, with aliases and the actor it belongs to."""

    id: int
    uuid: str
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    affiliation_id: int | None = None
    affiliation_name: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Statement:
    """What an actor said. In pane rows ``text`` is a preview; see ``length``."""

    id: int
    uuid: str
    text: str
    length: int
    speaker_id: int | None = None
    speaker_name: str | None = None
    source_id: int | None = None
    source_title: str | None = None
    source_outlet: str | None = None
    said: str | None = None
    said_earliest: str | None = None
    reported: str | None = None
    """Its source's published date: the second clock, when it has no said date."""
    reported_earliest: str | None = None
    kind: str = "direct"
    relayed_by_id: int | None = None
    relayed_by_name: str | None = None
    stance: str | None = None
    note: str | None = None
    topics: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""

    @property
    def is_preview(self) -> bool:
        """True when ``text`` holds only the start of a longer statement."""
        return len(self.text) < self.length

    @property
    def clock(self) -> Literal["said", "reported"] | None:
        """Which clock places it: when it was said, else when it was reported."""
        return "said" if self.said else "reported" if self.reported else None

    @property
    def when(self) -> str | None:
        """The EDTF date that places it (said, else reported)."""
        return self.said or self.reported

    @property
    def day(self) -> str:
        """The day it sorts by: its earliest said day, else reported day; undated last."""
        return self.said_earliest or self.reported_earliest or UNDATED


def placed(statement: Statement, width: int | None = None) -> str:
    """When a statement is placed, saying which clock: "4 Apr 2025" (said),
    "reported 10 Apr 2025", "undated". ``width`` shortens "reported" to fit."""
    from .dates import humanize

    if statement.said:
        return humanize(statement.said)
    if not statement.reported:
        return "undated"
    day = humanize(statement.reported)
    for word in ("reported ", "rep. ", "r. "):
        if width is None or len(word) + len(day) <= width:
            return word + day
    return day


@dataclass(frozen=True)
class Event:
    """A dated happening; its date may be fuzzy."""

    id: int
    uuid: str
    title: str
    happened: str
    earliest: str
    latest: str
    kind: str | None = None
    source_id: int | None = None
    source_title: str | None = None
    note: str | None = None
    actors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the timeline: an event or a statement (``date`` None: undated)."""

    kind: Literal["event", "statement"]
    id: int
    day: str
    date: str | None
    label: str
    speaker_name: str | None = None
    stance: str | None = None
    clock: str | None = None
    """For a statement: "said" or "reported", the clock ``date`` comes from."""

    @property
    def key(self) -> tuple[str, int, int]:
        """Sort key: day, then events before statements, then id."""
        return (self.day, 0 if self.kind == "event" else 1, self.id)


@dataclass(frozen=True)
class Change:
    """One row of the history table: a single row's before and after."""

    id: int
    change_id: str
    at: str
    label: str
    action: str
    table_name: str
    row_id: int | None
    before: dict | None = field(default=None)
    after: dict | None = field(default=None)


RELATIONS: tuple[str, ...] = ("contradicts", "confirms", "responds")
"""How one statement may stand to another."""

_RELATION_WORDS = {  # (from the linking statement, from the linked one)
    "contradicts": ("contradicts", "contradicted by"),
    "confirms": ("confirms", "confirmed by"),
    "responds": ("responds to", "answered by"),
}


@dataclass(frozen=True)
class Link:
    """A statement's link to another, seen from the first."""

    relation: str
    outgoing: bool
    """True when this statement was linked to the other ("A contradicts B" seen from A)."""
    other_id: int
    other_text: str
    other_speaker: str | None = None
    other_stance: str | None = None
    other_said: str | None = None

    @property
    def words(self) -> str:
        """The link in words, from this statement's side: "contradicted by"."""
        forward, backward = _RELATION_WORDS[self.relation]
        return forward if self.outgoing else backward

    def diverges_from(self, stance: str | None) -> bool:
        """True for a contradiction across stances: this statement, tagged
        ``stance``, against one tagged the other way (marked ≠)."""
        return self.relation == "contradicts" and self.other_stance not in (None, stance)


def relation_words(relation: str) -> str:
    """A relation as the linking statement says it: "responds to"."""
    return _RELATION_WORDS[relation][0]
