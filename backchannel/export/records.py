"""What every export carries: a statement with its whole provenance.

A ``Record`` is a statement with its speaker and the speaker's affiliation,
stance, kind, EDTF date with the earliest and latest day it can mean,
topics, the source it was read in (title, outlet, author, URL, published),
the chain of sources that source relays, who relayed the words, and its
links to other statements. Records stream a page at a time
(``db.bulk.statement_pages``); sources, affiliations and dates are looked up
through bounded caches, so memory stays flat in the size of the desk.

Source protection (``Redact``) is applied here, once, for every format and
the brief: ``relays`` drops who relayed a statement, ``anonymous`` leaves out
statements whose speaker is an unnamed source (or unknown).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from backchannel.db import Desk, PageRequest, Source, Statement, parse_edtf
from backchannel.db.bulk import statement_pages
from backchannel.db.filters import Filter
from backchannel.db.models import Link, TimelineEntry

REDACTIONS = ("relays", "anonymous")

#: A speaker who is a group named this way is an unnamed source: "UK officials",
#: "sources familiar with the talks", "American negotiators", "a person close to".
UNNAMED = re.compile(
    r"\b(officials?|sources?|insiders?|aides?|diplomats?|negotiators?|people|persons?|"
    r"someone|anonymous|unnamed|spokes(?:person|man|woman)|familiar with|close to)\b",
    re.I,
)


@dataclass(frozen=True)
class Redact:
    """Which source-protection profiles an export or brief applies."""

    relays: bool = False
    anonymous: bool = False

    @classmethod
    def of(cls, names: Iterable[str]) -> Redact:
        """From ``--redact`` values; raises ValueError naming an unknown one."""
        chosen = set()
        for name in names:
            for part in name.split(","):
                part = part.strip().lower()
                if part not in REDACTIONS:
                    raise ValueError(f"--redact {part or '(empty)'}: use {' or '.join(REDACTIONS)}")
                chosen.add(part)
        return cls(relays="relays" in chosen, anonymous="anonymous" in chosen)

    def __bool__(self) -> bool:
        return self.relays or self.anonymous


NO_REDACTION = Redact()


def is_unnamed(name: str | None, kind: str | None) -> bool:
    """True for a speaker who is not named: a group called "officials",
    "sources", "negotiators" and the like (or no speaker at all)."""
    if not name:
        return True
    return kind in (None, "group", "other") and bool(UNNAMED.search(name))


@dataclass(frozen=True)
class Protection:
    """A filter with source protection applied, and the names it hides."""

    filter: Filter
    redact: Redact
    hidden_names: frozenset[str] = frozenset()

    def links(self, links: Iterable[Link]) -> tuple[Link, ...]:
        """The links that do not lead to a hidden statement."""
        if not self.redact.anonymous:
            return tuple(links)
        return tuple(
            link
            for link in links
            if link.other_speaker is not None and link.other_speaker not in self.hidden_names
        )

    def statement(self, s: Statement) -> Statement:
        """``s`` as it may be shown: without who relayed it, for ``relays``."""
        if self.redact.relays and s.relayed_by_id is not None:
            return replace(s, relayed_by_id=None, relayed_by_name=None)
        return s


def protected(desk: Desk, f: Filter, redact: Redact) -> Protection:
    """``f`` narrowed by ``redact``: with ``anonymous``, unnamed speakers'
    statements are left out in SQL, so counts and pages agree."""
    if not redact.anonymous:
        return Protection(f, redact)
    hidden = [
        (row["id"], row["name"])
        for row in desk.query("SELECT id, name, kind FROM actors")
        if is_unnamed(row["name"], row["kind"])
    ]
    narrowed = replace(f, hidden_speaker_ids=tuple(i for i, _ in hidden))
    return Protection(narrowed, redact, frozenset(name for _, name in hidden))


@dataclass(frozen=True)
class Cited:
    """A source as a citation: the source and the sources it relays, in order."""

    source: Source
    relays: tuple[Source, ...] = ()

    @property
    def chain(self) -> tuple[Source, ...]:
        return (self.source, *self.relays)

    def chain_names(self) -> list[str]:
        """["Ukrainska Pravda", "The Telegraph"]: outlets, else titles."""
        return list(self.names)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(s.outlet or s.title for s in self.chain)


@dataclass(slots=True)
class Record:
    """A statement and everything an export carries about it."""

    statement: Statement
    said_latest: str | None
    speaker_kind: str | None
    affiliation: str | None
    cited: Cited | None
    links: tuple[Link, ...]

    def as_json(self) -> dict[str, Any]:
        """The record as JSON data (jsonl, json): one nested object."""
        s = self.statement
        source = self.cited.source if self.cited else None
        return {
            "id": s.id,
            "uuid": s.uuid,
            "text": s.text,
            "speaker": s.speaker_name,
            "affiliation": self.affiliation,
            "stance": s.stance,
            "kind": s.kind,
            "said": s.said,
            "said_earliest": s.said_earliest,
            "said_latest": self.said_latest,
            "topics": list(s.topics),
            "relayed_by": s.relayed_by_name,
            "source": None if source is None else source_json(source),
            "relay_chain": self.cited.chain_names() if self.cited else [],
            "links": [link_json(link) for link in self.links],
        }


def source_json(source: Source) -> dict[str, Any]:
    span = parse_edtf(source.published) if source.published else None
    return {
        "id": source.id,
        "uuid": source.uuid,
        "title": source.title,
        "outlet": source.outlet,
        "author": source.author,
        "url": source.url,
        "published": source.published,
        "published_earliest": span.earliest if span else None,
        "published_latest": span.latest if span else None,
    }


def link_json(link: Link) -> dict[str, Any]:
    return {"relation": link.words, "statement_id": link.other_id}


@functools.lru_cache(maxsize=16_384)  # a desk of 1M has 4,300 dates: 4,096 thrashed
def said_latest(said: str | None) -> str | None:
    return parse_edtf(said).latest if said else None


class Citations:
    """Sources with their relay chains, read a page at a time and kept in a
    bounded cache (most statements share a few sources)."""

    LIMIT = 100_000

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.sources: dict[int, Source | None] = {}
        self.known: dict[int, Cited] = {}
        """Citations made, by source id (emptied with ``sources``)."""

    def _fetch(self, ids: Iterable[int | None]) -> None:
        missing = list({i for i in ids if i is not None and i not in self.sources})
        while missing:
            if len(self.sources) + len(missing) > self.LIMIT:
                self.sources, self.known = {}, {}
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                for i in chunk:
                    self.sources[i] = None  # trashed or gone, unless found below
                rows = self.desk.query(
                    f"SELECT {_SOURCE_COLUMNS} FROM sources"
                    f" WHERE id IN ({marks}) AND deleted_at IS NULL",
                    chunk,
                )
                for row in rows:
                    self.sources[row["id"]] = Source(**row)
            relayed = [s.relays_id for i in missing if (s := self.sources.get(i)) is not None]
            missing = list({i for i in relayed if i is not None and i not in self.sources})

    def prepare(self, source_ids: Iterable[int | None]) -> None:
        """Read the sources of a page (and the sources they relay) at once."""
        self._fetch(source_ids)

    def cited(self, source_id: int | None) -> Cited | None:
        """The source and the chain it relays (each source once, at most ten)."""
        if source_id is None:
            return None
        known = self.known.get(source_id)
        if known is not None:
            return known
        if source_id not in self.sources:
            self._fetch([source_id])
        head = self.sources.get(source_id)
        if head is None:
            return None
        chain = [head]
        while (next_id := chain[-1].relays_id) is not None and len(chain) < 10:
            if any(c.id == next_id for c in chain):
                break  # a relay loop: each source once
            if next_id not in self.sources:
                self._fetch([next_id])
            relayed = self.sources.get(next_id)
            if relayed is None:
                break
            chain.append(relayed)
        cited = Cited(chain[0], tuple(chain[1:]))
        self.known[source_id] = cited
        return cited


_SOURCE_COLUMNS = "id, uuid, title, outlet, url, author, published, reliability, relays_id, note"


class Recorder:
    """Reads records for one export: source protection worked out once, and
    sources and speakers cached across every page read."""

    def __init__(self, desk: Desk, f: Filter, redact: Redact = NO_REDACTION) -> None:
        self.desk = desk
        self.protection = protected(desk, f, redact)
        self.citations = Citations(desk)
        self.speakers = Speakers(desk)

    def records(
        self,
        *,
        without_source: bool = False,
        by_source: bool = False,
        page_size: int = 1000,
    ) -> Iterator[Record]:
        """Every statement the filter finds (or those in no source), by id;
        ``by_source``: those read in a source, source by source."""
        pages = statement_pages(
            self.desk,
            self.protection.filter,
            page_size=page_size,
            without_source=without_source,
            by_source=by_source,
            ahead=True,
        )
        for page in pages:
            links = self.desk.links.of(s.id for s in page)
            self.citations.prepare(s.source_id for s in page)
            self.speakers.prepare(s.speaker_id for s in page)
            for s in page:
                s = self.protection.statement(s)
                kind, affiliation = self.speakers.of(s.speaker_id)
                yield Record(
                    statement=s,
                    said_latest=said_latest(s.said),
                    speaker_kind=kind,
                    affiliation=affiliation,
                    cited=self.citations.cited(s.source_id),
                    links=self.protection.links(links.get(s.id, ())),
                )


def records(
    desk: Desk, f: Filter, redact: Redact = NO_REDACTION, *, page_size: int = 1000
) -> Iterator[Record]:
    """Every statement ``f`` finds (``redact`` applied), in the order captured."""
    return Recorder(desk, f, redact).records(page_size=page_size)


_EVENT_PAGE = 500


def events(desk: Desk, f: Filter) -> Iterator[TimelineEntry]:
    """Every event the filter finds, in date order, by page."""
    request = PageRequest(limit=_EVENT_PAGE)
    while True:
        page = desk.timeline.events(request, filter=f)
        yield from page
        if len(page) < _EVENT_PAGE:
            return
        request = PageRequest(after=page[-1].key, limit=_EVENT_PAGE)


class Speakers:
    """Each speaker's kind and affiliation, read a page at a time (one query
    for a page's new speakers, not one per speaker) and kept in a bounded cache."""

    LIMIT = 100_000

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.known: dict[int, tuple[str | None, str | None]] = {}

    def prepare(self, speaker_ids: Iterable[int | None]) -> None:
        missing = list({i for i in speaker_ids if i is not None and i not in self.known})
        if len(self.known) + len(missing) > self.LIMIT:
            self.known = {}
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for i in chunk:
                self.known[i] = (None, None)  # trashed or gone, unless found below
            marks = ", ".join("?" for _ in chunk)
            rows = self.desk.query(
                f"""SELECT a.id, a.kind, p.name AS affiliation FROM actors a
                    LEFT JOIN actors p ON p.id = a.affiliation_id
                    WHERE a.id IN ({marks}) AND a.deleted_at IS NULL""",
                chunk,
            )
            for row in rows:
                self.known[row["id"]] = (row["kind"], row["affiliation"])

    def of(self, speaker_id: int | None) -> tuple[str | None, str | None]:
        """(kind, affiliation) of a speaker; (None, None) for no one."""
        if speaker_id is None:
            return None, None
        if speaker_id not in self.known:
            self.prepare([speaker_id])
        return self.known[speaker_id]
