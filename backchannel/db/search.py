"""Searching statements' words a page at a time, in the panes' date order.

The words of every live statement are indexed twice. ``statements_fts`` is
keyed by statement id, as Datasette and ``sqlite-utils search`` expect. The
app reads ``statements_day_fts``, whose rowid *is* the statement's place in
date order: ``day << 32 | id``, the day as a Julian day number. Full-text
matches come out of FTS5 in rowid order, so the first page of a word found in
a million statements is its first forty matches, read and done: nothing is
sorted, and a page after a key is a rowid range. Trashed statements are not
in it, so FTS5's own count is the count of live matches.

Triggers keep it: ``statements_day_keys`` records the rowid each statement
is indexed under, so a change (of words, of a date, of the source whose date
it shows, trash and restore) removes exactly what was indexed and adds it
again under its new place, whatever order SQLite fires the triggers in.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .filters import Filter, statement_conditions
from .models import UNDATED, statement_day
from .paging import PageRequest

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .desk import Desk

ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1

TOKENIZE = "porter unicode61"
"""How the date-ordered index splits and stems words (and so how a query's are)."""
TERMS_TABLE = "temp.statements_day_terms"
"""Every connection's view of the index's terms (fts5vocab, one row per use):
made as each connection opens (``terms_table_sql``), as a reader cannot make it."""
PREFIX_TERMS = 16
"""A prefix standing for more terms than this is left to FTS5 to read whole."""


def day_rowid(day: str, statement_id: str) -> str:
    """SQL for the rowid of a statement said on ``day`` with id ``statement_id``
    (both SQL expressions): its place in date order."""
    days = f"coalesce(CAST(julianday({day}) AS INTEGER), CAST(julianday('{UNDATED}') AS INTEGER))"
    return f"(({days} << {ID_BITS}) | ({statement_id}))"


def _row_key(row: str) -> str:
    return day_rowid(statement_day(row), f"{row}.id")


def create_day_index(db: Database) -> None:
    """Build the date-ordered word index and the triggers that keep it (m009)."""
    db.execute(
        "CREATE TABLE statements_day_keys (statement_id INTEGER PRIMARY KEY, key INTEGER NOT NULL)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE statements_day_fts USING fts5("
        f"text, note, content='', tokenize='{TOKENIZE}')"
    )
    db.execute(
        f"""INSERT INTO statements_day_keys (statement_id, key)
            SELECT s.id, {_row_key("s")} FROM statements s WHERE s.deleted_at IS NULL"""
    )
    db.execute(
        """INSERT INTO statements_day_fts (rowid, text, note)
           SELECT k.key, s.text, s.note FROM statements_day_keys k
           JOIN statements s ON s.id = k.statement_id"""
    )
    unindex = """
        INSERT INTO statements_day_fts (statements_day_fts, rowid, text, note)
            SELECT 'delete', k.key, old.text, old.note FROM statements_day_keys k
            WHERE k.statement_id = old.id;
        DELETE FROM statements_day_keys WHERE statement_id = old.id;"""
    index = f"""
        INSERT INTO statements_day_keys (statement_id, key)
            SELECT new.id, {_row_key("new")} WHERE new.deleted_at IS NULL;
        INSERT INTO statements_day_fts (rowid, text, note)
            SELECT {_row_key("new")}, new.text, new.note WHERE new.deleted_at IS NULL;"""
    db.execute(f"CREATE TRIGGER statements_day_ai AFTER INSERT ON statements BEGIN {index} END")
    db.execute(f"CREATE TRIGGER statements_day_ad AFTER DELETE ON statements BEGIN {unindex} END")
    db.execute(
        "CREATE TRIGGER statements_day_au AFTER UPDATE OF text, note, said_earliest,"
        f" reported_earliest, deleted_at ON statements BEGIN {unindex} {index} END"
    )


def terms_table_sql() -> str:
    """SQL that gives a connection its view of the index's terms (made lazily:
    the index need not exist yet)."""
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TERMS_TABLE}"
        " USING fts5vocab(main, 'statements_day_fts', 'instance')"
    )


_LAST_PREFIX = re.compile(r'"([^"]*)"\*$')
_words_lock = threading.Lock()
_words: sqlite3.Connection | None = None


@lru_cache(maxsize=1024)
def index_terms(word: str) -> tuple[str, ...]:
    """The terms the index's tokenizer makes of ``word``, by SQLite's own
    tokenizer ("Governments" -> ("govern",)), read from a table in memory."""
    global _words
    with _words_lock:
        if _words is None:
            _words = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            _words.execute(f"CREATE VIRTUAL TABLE words USING fts5(word, tokenize='{TOKENIZE}')")
            _words.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, 'instance')")
        _words.execute("INSERT INTO words (rowid, word) VALUES (1, ?)", [word])
        try:
            return tuple(row[0] for row in _words.execute("SELECT term FROM terms ORDER BY offset"))
        finally:
            _words.execute("DELETE FROM words")


def lazy_prefix(desk: Desk, fts: str) -> str | None:
    """``fts`` with its last word's prefix written out as the index's terms that
    start with it ('"government"*' -> '("govern" OR "governor")'), when they are
    few: unchanged otherwise. None when no term starts with it: nothing matches.

    FTS5 reads a prefix by merging the whole lists of every term it stands for
    before giving the first row, even one term's: for a word in 29% of a
    million statements, 18 ms for the first page (85 ms at 5M). The same terms
    OR'ed are read lazily, in rowid order: under a millisecond. The terms are
    looked up one by one, each a seek in the index's term order."""
    m = _LAST_PREFIX.search(fts)
    tokens = index_terms(m.group(1)) if m else ()
    if m is None or len(tokens) != 1:
        return fts  # (a word of several terms, 'U.S.', is read as FTS5 reads it)
    prefix = tokens[0]
    terms: list[str] = []
    at = prefix
    while len(terms) <= PREFIX_TERMS:
        rows = desk.query(f"SELECT term FROM {TERMS_TABLE} WHERE term >= ? LIMIT 1", [at])
        if not rows or not rows[0]["term"].startswith(prefix):
            break
        terms.append(rows[0]["term"])
        at = terms[-1] + "\x01"  # the next term after this one
    if not terms:
        return None  # (FTS5 would seek the prefix in every segment again to find so)
    # Each term is written as a word the tokenizer reads back as that term.
    if len(terms) > PREFIX_TERMS or any(index_terms(t) != (t,) for t in terms):
        return fts
    written = "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
    words = fts[: m.start()].strip()  # (an OR binds looser than words side by side)
    return f"{words} AND {written}" if words else written


def searchable(f: Filter, source_id: int | None, event_id: int | None) -> bool:
    """True when a search is best read from the date-ordered index: words, and
    nothing narrower to walk instead (a speaker, a topic, a source, an event)."""
    return (
        bool(f.text)
        and source_id is None
        and event_id is None
        and f.speaker_ids is None
        and not f.topic_ids
        and f.source_ids is None
    )


def _bounds(f: Filter, page: PageRequest) -> tuple[list[str], list[Any]]:
    """Rowid ranges for the page's key and the filter's since and until."""
    where: list[str] = []
    params: list[Any] = []
    # A key's id may stand for "before every id that day" (-1) or "after every
    # one" (the timeline's keys do): the range is then the day's first or last.
    if page.after is not None:
        day, after = page.after
        op = ">" if after >= 0 else ">="
        where.append(f"rowid {op} {day_rowid('?', '?')}")
        params += [day, min(max(after, 0), ID_MASK)]
    if page.before is not None:
        day, before = page.before
        op = "<" if before <= ID_MASK else "<="
        where.append(f"rowid {op} {day_rowid('?', '?')}")
        params += [day, min(max(before, 0), ID_MASK)]
    if f.since is not None:
        where.append(f"rowid >= {day_rowid('?', '0')}")
        params.append(f.since)
    if f.until is not None:
        where.append(f"rowid <= {day_rowid('?', str(ID_MASK))}")
        params.append(f.until)
    if f.since is not None or f.until is not None:  # undated never passes a date bound
        where.append(f"rowid < {day_rowid(repr(UNDATED), '0')}")
    return where, params


def word_keys(desk: Desk, fts: str, f: Filter, page: PageRequest) -> list[tuple[str, int]]:
    """(day, id) keys of the live statements whose words match ``fts`` and
    that pass the rest of ``f`` (stance, kind, hidden speakers), one page in
    the pane's order. Reads the index in batches down its rowid order; a
    batch is checked against the statements' other columns, and the next
    batch is read only when too few passed."""
    written = lazy_prefix(desk, fts)
    if written is None:
        return []
    fts = written
    bounds, values = _bounds(f, page)
    rest, rest_values = statement_conditions(replace(f, text="", since=None, until=None), None)
    descending = not page.forward
    direction = "DESC" if descending else "ASC"
    keys: list[tuple[str, int]] = []
    # Every match passes when nothing else narrows; else start wider.
    batch = page.limit + 1 if not rest else max(page.limit * 4, 64)
    edge: int | None = None
    while len(keys) < page.limit:
        where = ["statements_day_fts MATCH ?", *bounds]
        params: list[Any] = [fts, *values]
        if edge is not None:
            where.append(f"rowid {'<' if descending else '>'} ?")
            params.append(edge)
        found = desk.query(
            f"""SELECT m.rowid AS k, {statement_day("s")} AS day, s.id
                FROM (SELECT rowid FROM statements_day_fts WHERE {" AND ".join(where)}
                      ORDER BY rowid {direction} LIMIT ?) m
                LEFT JOIN statements s ON s.id = (m.rowid & {ID_MASK})
                    AND s.deleted_at IS NULL {"".join(f" AND ({c})" for c in rest)}
                ORDER BY m.rowid {direction}""",
            [*params, batch, *rest_values],
        )
        keys += [(r["day"], r["id"]) for r in found if r["id"] is not None]
        if len(found) < batch or found[-1]["k"] == edge:
            break
        edge = found[-1]["k"]
        batch = min(batch * 4, 4096)
    keys = keys[: page.limit]
    if descending:
        keys.reverse()
    return keys


def word_count(desk: Desk, fts: str, f: Filter) -> int:
    """How many live statements' words match ``fts`` and pass the rest of ``f``:
    FTS5's own count when nothing else narrows it."""
    written = lazy_prefix(desk, fts)
    if written is None:
        return 0
    fts = written
    bounds, values = _bounds(f, PageRequest())
    rest, rest_values = statement_conditions(replace(f, text="", since=None, until=None), None)
    where = " AND ".join(["statements_day_fts MATCH ?", *bounds])
    matches = f"SELECT rowid FROM statements_day_fts WHERE {where}"
    if not rest:
        return int(desk.query(f"SELECT count(*) AS n FROM ({matches})", [fts, *values])[0]["n"])
    return int(
        desk.query(
            f"""SELECT count(*) AS n FROM ({matches}) m JOIN statements s
                ON s.id = (m.rowid & {ID_MASK}) WHERE {" AND ".join(f"({c})" for c in rest)}""",
            [fts, *values, *rest_values],
        )[0]["n"]
    )


def words_match(fts_param: str = "?", alias: str = "s") -> str:
    """SQL true when statement ``alias``'s words match the FTS query: one probe
    of the index at the statement's own key, for a few statements at a time."""
    return (
        f"EXISTS (SELECT 1 FROM statements_day_fts WHERE statements_day_fts MATCH {fts_param}"
        f" AND rowid = (SELECT key FROM statements_day_keys WHERE statement_id = {alias}.id))"
    )
