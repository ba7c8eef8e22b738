"""Reading an export's statements from their own columns, a page at a time,
for the fast writers (``flat.py``).

A page is read as bare tuples (by id, the table's own b-tree, no joins: a
join costs SQLite more than a dict costs Python). ``Flat`` holds what the
pages share: the filter with source protection applied, and names, sources
with their relay chains, topics, and a stance, kind and date together, each
quoted once in the writer's own quoting and kept in bounded caches. A page's
topics and links come in one query each; its new names and sources only when
a line needs one (a few hundred pages into a big desk, none does). Memory
stays flat in the size of the desk: a page or two, and caches emptied when
they grow past a bound.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any

from backchannel.db import Desk, parse_edtf
from backchannel.db.bulk import Rows, conn_rows, desk_rows, live_conditions
from backchannel.db.filters import Filter
from backchannel.db.models import Link

from .records import Protection, Redact, protected

PAGE = 2000
_CACHE_LIMIT = 60_000
_SOURCE_LIMIT = 5_000
# id, uuid, text, speaker_id, source_id, relayed_by_id, and the stance, kind,
# date said and earliest day as one key: the line's piece for them is looked
# up once a row (``Flat.when``), and a column read costs as much as a lookup.
# For JSON, the uuid and text come quoted by SQLite's json_quote when it
# quotes as Python's json does (``_quotes_as_python``): 0.7 µs a row against
# 1.8 for encode_basestring, which tests every character in Python's way.
_SELECT = """SELECT s.id, {uuid}, {text}, s.speaker_id, s.source_id, s.relayed_by_id,
    json_array(s.stance, s.kind, s.said, s.said_earliest)
FROM statements s WHERE {where} AND s.id > ? ORDER BY s.id LIMIT ?"""
# Every character up to U+3000 and the ones JSON writers are known to treat
# apart (line and paragraph separators, byte-order marks, non-characters, the
# last code point, an astral one): json_quote must give what Python gives.
_PROBE = "".join(map(chr, range(0x3000))) + "\u2028\u2029\ufeff\ufffe\uffff\U0001f600\U0010ffff"
# A speaker's name, and (as records.Speakers reads it) its affiliation while it is live.
_NAMES = """SELECT a.id, a.name, CASE WHEN a.deleted_at IS NULL THEN p.name END AS affiliation
    FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id WHERE a.id IN ({marks})"""
# Each statement's topic ids, in order, grouped in Python: one topic's id as
# it is, several as one string ("3,17"); the names are looked up and sorted
# once for each, not once a row. (group_concat in SQL cost twice as much:
# 0.9 s of a CSV of 1M, against 0.4.)
_TOPICS = """SELECT statement_id, topic_id FROM statement_topics
    WHERE statement_id BETWEEN ? AND ? ORDER BY statement_id, topic_id"""
_TOPIC_NAMES = "SELECT id, name FROM topics WHERE id IN ({marks})"
# A live source's fields a line carries (``SourceRow``), and the source it relays.
_SOURCES = """SELECT id, uuid, title, outlet, author, url, published, relays_id FROM sources
    WHERE id IN ({marks}) AND deleted_at IS NULL"""
# As LinkStore.of reads them, in its order, for a range of ids.
_LINKS = """SELECT l.mine, l.relation, l.outgoing, o.id, a.name, o.stance, o.said
    FROM (
        SELECT statement_id AS mine, other_id AS other, relation, 1 AS outgoing
        FROM statement_links WHERE statement_id BETWEEN ? AND ?
        UNION ALL
        SELECT other_id, statement_id, relation, 0
        FROM statement_links WHERE other_id BETWEEN ? AND ?
    ) l
    JOIN statements o ON o.id = l.other AND o.deleted_at IS NULL
    LEFT JOIN actors a ON a.id = o.speaker_id
    ORDER BY l.mine, o.said_earliest, o.id"""

Names = dict[int, tuple[str, str | None]]
SourceRow = tuple[int, str, str, str | None, str | None, str | None, str | None, int | None]
"""id, uuid, title, outlet, author, url, published, relays_id."""
Topics = int | str
"""A statement's topics: the id of its one topic, or several ids as "3,17"."""


class Page:
    """A page of statements as bare tuples, with their topics (``Topics``),
    links, and the names of everyone they mention."""

    __slots__ = ("rows", "topics", "links", "_names", "_lookup")

    def __init__(
        self,
        rows: list[tuple[Any, ...]],
        topics: dict[int, Topics],
        links: dict[int, list[Link]],
        lookup: Callable[[Page], Names],
    ) -> None:
        self.rows, self.topics, self.links = rows, topics, links
        self._names: Names | None = None
        self._lookup = lookup

    @property
    def names(self) -> Names:
        """Everyone the page's statements name, with who they are affiliated
        with: read when first asked for, since once the writers have made each
        person's piece of a line (a few pages in) no page asks."""
        if self._names is None:
            self._names = self._lookup(self)
        return self._names


def _pages(rows_of: Rows, sql: str, params: list[Any], page_size: int) -> Iterator[Page]:
    after = 0
    names: Names = {}

    def lookup(page: Page) -> Names:
        nonlocal names
        # Tested against the dict, not ``set - names.keys()``: that walks every
        # key the cache holds.
        ids = {i for r in page.rows for i in (r[3], r[5]) if i is not None and i not in names}
        missing = list(ids)
        if len(names) + len(missing) > _CACHE_LIMIT:
            names = {}  # a new dict: the pages already handed on keep the old one
        for chunk in _chunks(missing):
            for i, name, affiliation in rows_of(_NAMES.format(marks=_marks(chunk)), chunk):
                names[i] = (name, affiliation)
        return names

    while True:
        rows = rows_of(sql, [*params, after, page_size])
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        topics: dict[int, Topics] = {}
        for statement_id, topic_id in rows_of(_TOPICS, [first, last]):
            if statement_id in topics:
                topics[statement_id] = f"{topics[statement_id]},{topic_id}"
            else:
                topics[statement_id] = topic_id
        links: dict[int, list[Link]] = {}
        for mine, relation, outgoing, other, speaker, stance, said in rows_of(
            _LINKS, [first, last, first, last]
        ):
            links.setdefault(mine, []).append(
                Link(relation, bool(outgoing), other, "", speaker, stance, said)
            )
        yield Page(rows, topics, links, lookup)
        if len(rows) < page_size:
            return
        after = last


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    return (ids[start : start + size] for start in range(0, len(ids), size))


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def quotes_as_python(rows_of: Rows) -> bool:
    """Whether this SQLite's json_quote writes strings as ``json.dumps(...,
    ensure_ascii=False)`` does (it escapes alike character by character, so a
    probe of every kind of character answers for all text)."""
    try:
        return bool(rows_of("SELECT json_quote(?)", [_PROBE])[0][0] == encode_basestring(_PROBE))
    except sqlite3.Error:
        return False


class Flat:
    """One export's read: the filter with source protection applied, and the
    pieces of lines (in one format's quoting) the pages share, by kind."""

    def __init__(
        self,
        desk: Desk,
        f: Filter,
        redact: Redact,
        quote: Callable[[Any], str],
        *,
        sql_quotes: bool = False,
    ):
        self.desk = desk
        self.quote = quote
        self.sql_quotes = sql_quotes
        """Whether to ask SQLite for the uuid and text quoted as JSON strings
        (``pages`` says, in ``quoted``, whether it did)."""
        self.quoted = False
        self.protection: Protection = protected(desk, f, redact)
        self.rows_of: Rows = desk_rows(desk)
        """Reads on the export's own connection while ``pages`` runs."""
        self.source_rows: dict[int, SourceRow | None] = {}
        """Sources by id (None: trashed or gone), kept only while their pieces
        are made: the pieces are what is kept."""
        self.spans: dict[str, tuple[str, str]] = {}
        """The earliest and latest day of each EDTF date read (``span``)."""
        self.speakers: dict[int | None, str] = {}
        self.relayers: dict[int | None, str] = {}
        self.dates: dict[str, str] = {}
        """By a row's key: the line's piece for its stance, kind and dates (``when``)."""
        self.sources: dict[int | None, str] = {}
        self.topics: dict[Topics, str] = {}
        """By a statement's topic ids: the names, quoted."""
        self.topic_names: dict[int, str | None] = {}
        self.prepared: Page | None = None
        """The last page whose sources were read (``cited``)."""

    def pages(self, page_size: int | None = None) -> Iterator[Page]:
        # Read on this thread, on a connection of its own: a reader thread
        # kept ahead (as db.bulk does) waits here for the GIL the Python
        # formatting holds, and cost more than it overlapped (10.9 s against
        # 10.3 s for a CSV of 1M).
        conn = None
        if self.desk.path is not None:
            conn = sqlite3.connect(f"file:{self.desk.path}?mode=ro", uri=True)
            self.rows_of = conn_rows(conn)
        try:
            where, params = live_conditions(self.desk, self.protection.filter)
            self.quoted = self.sql_quotes and quotes_as_python(self.rows_of)
            sql = _SELECT.format(
                uuid="json_quote(s.uuid)" if self.quoted else "s.uuid",
                text="json_quote(s.text)" if self.quoted else "s.text",
                where=" AND ".join(f"({c})" for c in where),
            )
            yield from _pages(self.rows_of, sql, params, page_size or PAGE)
        finally:
            if conn is not None:
                conn.close()

    def run(self, write: Callable[[Page], None]) -> int:
        """Hand each page to ``write``; how many statements there were."""
        count = 0
        caches: list[dict[Any, Any]] = [
            self.speakers, self.relayers, self.dates, self.sources, self.topics,
        ]  # fmt: skip
        for page in self.pages():
            for cache in caches:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
            write(page)
            count += len(page.rows)
        return count

    def chain(self, page: Page, source_id: int | None) -> list[SourceRow] | None:
        """A source and the sources it relays, as ``Citations.cited`` gives
        them (each once, at most ten, up to one in the trash); None for none.

        The first time a page asks, the page's sources that have no piece yet
        (and those they relay) are read in a few queries, not one each, as
        bare rows (a Source apiece cost half the time); a few hundred pages
        into a big desk, no page asks."""
        if source_id is None:
            return None
        if page is not self.prepared:
            self.prepared = page
            # Tested one by one: ``set - dict.keys()`` walks the whole cache.
            sources = self.sources
            self._read_sources({i for r in page.rows if (i := r[4]) not in sources})
        known = self.source_rows
        if source_id not in known:
            self._read_sources([source_id])
        head = known.get(source_id)
        if head is None:
            return None
        chain = [head]
        while (next_id := chain[-1][7]) is not None and len(chain) < 10:
            if any(c[0] == next_id for c in chain):
                break  # a relay loop: each source once
            if next_id not in known:
                self._read_sources([next_id])
            relayed = known.get(next_id)
            if relayed is None:
                break
            chain.append(relayed)
        return chain

    def _read_sources(self, ids: Iterable[int | None]) -> None:
        """Read these sources, then those they relay, into ``source_rows``."""
        known = self.source_rows
        missing = [i for i in set(ids) if i is not None and i not in known]
        while missing:
            if len(known) + len(missing) > _SOURCE_LIMIT:
                known.clear()
            for chunk in _chunks(missing):
                for i in chunk:
                    known[i] = None  # trashed or gone, unless found below
                for row in self.rows_of(_SOURCES.format(marks=_marks(chunk)), chunk):
                    known[row[0]] = row  # type: ignore[assignment]
            relayed = {r[7] for i in missing if (r := known.get(i)) is not None}
            missing = [i for i in relayed if i is not None and i not in known]

    def span(self, edtf: str) -> tuple[str, str]:
        """The earliest and latest day an EDTF date can mean (kept: dates repeat)."""
        if (found := self.spans.get(edtf)) is None:
            if len(self.spans) > _CACHE_LIMIT:
                self.spans.clear()
            parsed = parse_edtf(edtf)
            found = self.spans[edtf] = (parsed.earliest, parsed.latest)
        return found

    def speaker(self, page: Page, speaker_id: int | None) -> tuple[str, str]:
        """The speaker's name and affiliation, quoted."""
        if speaker_id is None:
            return self.quote(None), self.quote(None)
        name, affiliation = page.names.get(speaker_id, (None, None))
        return self.quote(name), self.quote(affiliation)

    def relayed(self, page: Page, actor_id: int | None) -> str:
        """Who relayed the words, quoted (nobody, with ``--redact relays``)."""
        if actor_id is None or self.protection.redact.relays:
            return self.quote(None)
        return self.quote(page.names.get(actor_id, (None,))[0])

    def when(self, key: str) -> tuple[str | None, str, str, str, str]:
        """From a row's key (its stance, kind, EDTF date said and earliest day
        as stored, in a JSON array): the stance, the kind, and the date said,
        the earliest day and the latest it can mean, quoted."""
        stance, kind, said, earliest = json.loads(key)
        latest = self.span(said)[1] if said else None
        return stance, kind, self.quote(said), self.quote(earliest), self.quote(latest)

    def topics_of(self, ids: Topics) -> list[str]:
        """The names of the topics of these ids, sorted (each set of ids is
        seen once while the writers' caches hold it, so this is seldom asked)."""
        wanted = [ids] if isinstance(ids, int) else [int(i) for i in ids.split(",")]
        missing = [i for i in wanted if i not in self.topic_names]
        if len(self.topic_names) + len(missing) > _CACHE_LIMIT:
            self.topic_names = {}
        for chunk in _chunks(missing):
            for i in chunk:
                self.topic_names[i] = None  # gone, unless found below
            for row in self.desk.query(_TOPIC_NAMES.format(marks=_marks(chunk)), chunk):
                self.topic_names[row["id"]] = row["name"]
        return sorted(name for i in wanted if (name := self.topic_names.get(i)) is not None)
