"""CSV, JSON Lines and JSON written from the statements' own columns, a page at a time.

The records (``records.py``) are the reference: a ``Statement`` and a
``Record`` per row, then the csv module or ``json.dumps`` over each. On a
desk of a million that is most of what an export costs, so here a page is
read as bare tuples (by id, the table's own b-tree, no joins: a join costs
SQLite more than a dict costs Python), and each line is put together from
pieces already in the format's own quoting: names, sources with their relay
chains, and dates are quoted once each and kept in bounded caches; only the
text is quoted row by row. A page's topics, links and new names come in one
query each. Memory stays flat in the size of the desk: a page or two, and
caches emptied when they grow past a bound.

What is written is byte for byte what the records give
(``tests/test_export_flat.py`` compares the two on a desk with relays,
links, topics, fuzzy dates, trashed rows, unnamed speakers and hostile
text, with each kind of source protection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from json import JSONEncoder
from json.encoder import encode_basestring
from typing import Any, TextIO

from backchannel.db import Desk, parse_edtf
from backchannel.db.bulk import Rows, conn_rows, desk_rows, live_conditions
from backchannel.db.filters import Filter
from backchannel.db.models import Link

from .records import Citations, Protection, Redact, link_json, protected, source_json
from .tabular import COLUMNS

PAGE = 2000
_CACHE_LIMIT = 60_000
dumps = JSONEncoder(ensure_ascii=False).encode
#: A stance and a kind are words the schema's CHECKs allow: never escaped.
_STANCES = {None: "null", "public": '"public"', "private": '"private"'}

# id, uuid, text, speaker_id, stance, kind, said, said_earliest, source_id, relayed_by_id
_SELECT = """SELECT s.id, s.uuid, s.text, s.speaker_id, s.stance, s.kind, s.said,
    s.said_earliest, s.source_id, s.relayed_by_id
FROM statements s WHERE {where} AND s.id > ? ORDER BY s.id LIMIT ?"""
# A speaker's name, and (as records.Speakers reads it) its affiliation while it is live.
_NAMES = """SELECT a.id, a.name, CASE WHEN a.deleted_at IS NULL THEN p.name END AS affiliation
    FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id WHERE a.id IN ({marks})"""
# Each statement's topic ids as one string ("3,17"), in any order: the names
# are looked up and sorted once for each such string, not once a row.
_TOPICS = """SELECT statement_id, group_concat(topic_id) AS ids FROM statement_topics
    WHERE statement_id BETWEEN ? AND ? GROUP BY statement_id"""
_TOPIC_NAMES = "SELECT id, name FROM topics WHERE id IN ({marks})"
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


class Page:
    """A page of statements as bare tuples, with their topics (a string of
    ids), links, and the names of everyone and every topic they mention."""

    __slots__ = ("rows", "topics", "links", "names")

    def __init__(self, rows: list[tuple[Any, ...]], topics: dict[int, str],
                 links: dict[int, list[Link]], names: Names) -> None:  # fmt: skip
        self.rows, self.topics, self.links, self.names = rows, topics, links, names


def _pages(rows_of: Rows, sql: str, params: list[Any], page_size: int) -> Iterator[Page]:
    after = 0
    names: Names = {}
    while True:
        rows = rows_of(sql, [*params, after, page_size])
        if not rows:
            return
        first, last = rows[0][0], rows[-1][0]
        topics: dict[int, str] = dict(rows_of(_TOPICS, [first, last]))  # type: ignore[arg-type]
        links: dict[int, list[Link]] = {}
        for mine, relation, outgoing, other, speaker, stance, said in rows_of(
            _LINKS, [first, last, first, last]
        ):
            links.setdefault(mine, []).append(
                Link(relation, bool(outgoing), other, "", speaker, stance, said)
            )
        missing = list({i for r in rows for i in (r[3], r[9]) if i is not None} - names.keys())
        if len(names) + len(missing) > _CACHE_LIMIT:
            names = {}  # a new dict: the pages already handed on keep the old one
        for chunk in _chunks(missing):
            for i, name, affiliation in rows_of(_NAMES.format(marks=_marks(chunk)), chunk):
                names[i] = (name, affiliation)
        yield Page(rows, topics, links, names)
        if len(rows) < page_size:
            return
        after = last


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    return (ids[start : start + size] for start in range(0, len(ids), size))


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def csv_cell(value: str | None) -> str:
    """A value as the csv module writes a cell (QUOTE_MINIMAL, "\\r\\n" lines):
    quoted if it holds a comma, a quote or a line break, quotes doubled."""
    if value is None:
        return ""
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def json_value(value: str | None) -> str:
    """A string (or None) as ``json.dumps(..., ensure_ascii=False)`` writes it."""
    return "null" if value is None else encode_basestring(value)


class Flat:
    """One export's read: the filter with source protection applied, and the
    pieces of lines (in one format's quoting) the pages share, by kind."""

    def __init__(self, desk: Desk, f: Filter, redact: Redact, quote: Callable[[Any], str]):
        self.desk = desk
        self.quote = quote
        self.protection: Protection = protected(desk, f, redact)
        self.citations = Citations(desk)
        # Only while a source's piece is made: the piece is what is kept.
        self.citations.LIMIT = 5_000
        self.speakers: dict[int | None, str] = {}
        self.relayers: dict[int | None, str] = {}
        self.dates: dict[str | None, tuple[str, str, str | None, str]] = {}
        """By said: it, the latest day it can mean, and the earliest as stored, quoted."""
        self.sources: dict[int | None, str] = {}
        self.topics: dict[str, str] = {}
        """By a string of topic ids: the names, quoted."""
        self.topic_names: dict[int, str | None] = {}

    def pages(self, page_size: int | None = None) -> Iterator[Page]:
        where, params = live_conditions(self.desk, self.protection.filter)
        sql = _SELECT.format(where=" AND ".join(f"({c})" for c in where))
        page_size = page_size or PAGE
        if self.desk.path is None:
            yield from _pages(desk_rows(self.desk), sql, params, page_size)
            return
        # Read on this thread, on a connection of its own: a reader thread
        # kept ahead (as db.bulk does) waits here for the GIL the Python
        # formatting holds, and cost more than it overlapped (10.9 s against
        # 10.3 s for a CSV of 1M).
        conn = sqlite3.connect(f"file:{self.desk.path}?mode=ro", uri=True)
        try:
            yield from _pages(conn_rows(conn), sql, params, page_size)
        finally:
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
            # A page's new sources (and those they relay) in a few queries, not one each.
            self.citations.prepare({r[8] for r in page.rows} - self.sources.keys())
            write(page)
            count += len(page.rows)
        return count

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

    def said(self, said: str | None, earliest: str | None) -> tuple[str, str, str | None, str]:
        """The EDTF date said and the latest day it can mean, quoted; the
        earliest day as stored, and quoted."""
        latest = parse_edtf(said).latest if said else None
        return self.quote(said), self.quote(latest), earliest, self.quote(earliest)

    def topics_of(self, ids: str) -> list[str]:
        """The names of the topics in a string of ids, sorted (each string is
        seen once while the writers' caches hold it, so this is seldom asked)."""
        wanted = [int(i) for i in ids.split(",")]
        missing = [i for i in wanted if i not in self.topic_names]
        if len(self.topic_names) + len(missing) > _CACHE_LIMIT:
            self.topic_names = {}
        for chunk in _chunks(missing):
            for i in chunk:
                self.topic_names[i] = None  # gone, unless found below
            for row in self.desk.query(_TOPIC_NAMES.format(marks=_marks(chunk)), chunk):
                self.topic_names[row["id"]] = row["name"]
        return sorted(name for i in wanted if (name := self.topic_names.get(i)) is not None)

    def links(self, page: Page, statement_id: int) -> tuple[Link, ...]:
        found = page.links.get(statement_id)
        return self.protection.links(found) if found else ()


def write_csv(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One header row, then a row per statement (as ``tabular.write_csv``)."""
    flat = Flat(desk, f, redact, csv_cell)
    out.write(",".join(COLUMNS) + "\r\n")
    speakers, relayers, dates, sources = flat.speakers, flat.relayers, flat.dates, flat.sources
    topic_cells = flat.topics

    def source(source_id: int | None) -> str:
        cited = flat.citations.cited(source_id)
        if cited is None:
            return ",,,,,"
        s = cited.source
        cells = [s.title, s.outlet, s.author, s.url, s.published, " ← ".join(cited.names)]
        return ",".join(map(csv_cell, cells))

    def write(page: Page) -> None:
        lines: list[str] = []
        add = lines.append
        for (
            statement_id,
            uuid,
            text,
            speaker_id,
            stance,
            kind,
            said,
            earliest,
            source_id,
            by,
        ) in page.rows:
            # Each piece but the text and uuid is quoted once, then looked up
            # (a stance and a kind need no quotes, see _STANCES).
            if (speaker := speakers.get(speaker_id)) is None:
                speaker = speakers[speaker_id] = ",".join(flat.speaker(page, speaker_id))
            if (relayer := relayers.get(by)) is None:
                relayer = relayers[by] = flat.relayed(page, by)
            if (dated := dates.get(said)) is None or dated[2] != earliest:
                dated = dates[said] = flat.said(said, earliest)
            if (cited := sources.get(source_id)) is None:
                cited = sources[source_id] = source(source_id)
            if '"' in text or "," in text or "\n" in text or "\r" in text:
                text = csv_cell(text)
            if (topics := page.topics.get(statement_id)) is not None:
                if (topics_cell := topic_cells.get(topics)) is None:
                    topics_cell = topic_cells[topics] = csv_cell("; ".join(flat.topics_of(topics)))
            else:
                topics_cell = ""
            linked = flat.links(page, statement_id) if page.links else ()
            add(
                f"{statement_id},{csv_cell(uuid)},{text},{speaker},{stance or ''},{kind},"
                f"{dated[0]},{dated[3]},{dated[1]},"
                f"{topics_cell},{relayer},{cited},"
                f"{_links_cell(linked)}\r\n"
            )
        out.write("".join(lines))

    return flat.run(write)


def _links_cell(linked: tuple[Link, ...]) -> str:
    return csv_cell("; ".join(f"{x.words} #{x.other_id}" for x in linked)) if linked else ""


def _json_lines(desk: Desk, f: Filter, redact: Redact, write: Callable[[list[str]], object]) -> int:
    """Each page's statements as the lines ``json.dumps(record.as_json())`` gives.

    Its loop has the shape of ``write_csv``'s on purpose: each runs once a
    statement, and a shared generator of the pieces costs a frame a row."""
    flat = Flat(desk, f, redact, json_value)
    speakers, relayers, dates, sources = flat.speakers, flat.relayers, flat.dates, flat.sources
    topic_cells = flat.topics

    def source(source_id: int | None) -> str:
        cited = flat.citations.cited(source_id)
        if cited is None:
            return '"source": null, "relay_chain": []'
        chain = dumps(cited.chain_names())
        return f'"source": {dumps(source_json(cited.source))}, "relay_chain": {chain}'

    def page_lines(page: Page) -> None:
        lines: list[str] = []
        add = lines.append
        for (
            statement_id,
            uuid,
            text,
            speaker_id,
            stance,
            kind,
            said,
            earliest,
            source_id,
            by,
        ) in page.rows:
            if (speaker := speakers.get(speaker_id)) is None:
                speaker = speakers[speaker_id] = '"speaker": {}, "affiliation": {}'.format(
                    *flat.speaker(page, speaker_id)
                )
            if (relayer := relayers.get(by)) is None:
                relayer = relayers[by] = flat.relayed(page, by)
            if (dated := dates.get(said)) is None or dated[2] != earliest:
                dated = dates[said] = flat.said(said, earliest)
            if (cited := sources.get(source_id)) is None:
                cited = sources[source_id] = source(source_id)
            if (topics := page.topics.get(statement_id)) is not None:
                if (topic_list := topic_cells.get(topics)) is None:
                    topic_list = topic_cells[topics] = dumps(flat.topics_of(topics))
            else:
                topic_list = "[]"
            linked = flat.links(page, statement_id) if page.links else ()
            add(
                f'{{"id": {statement_id}, "uuid": {json_value(uuid)}, '
                f'"text": {encode_basestring(text)}, {speaker}, "stance": {_STANCES[stance]}, '
                f'"kind": "{kind}", "said": {dated[0]}, "said_earliest": {dated[3]}, '
                f'"said_latest": {dated[1]}, "topics": {topic_list}, '
                f'"relayed_by": {relayer}, {cited}, '
                f'"links": {dumps([link_json(x) for x in linked]) if linked else "[]"}}}'
            )
        write(lines)

    return flat.run(page_lines)


def write_jsonl(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One JSON object a line (as ``tabular.write_jsonl``)."""
    return _json_lines(desk, f, redact, lambda lines: out.write("".join(x + "\n" for x in lines)))


def write_json(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One JSON array, written a page at a time (as ``tabular.write_json``)."""
    started = False

    def write(lines: list[str]) -> None:
        nonlocal started
        if lines:
            out.write((",\n" if started else "[\n") + ",\n".join(lines))
            started = True

    count = _json_lines(desk, f, redact, write)
    out.write("\n]\n" if count else "[]\n")
    return count
