"""Every statement a filter finds, whole, a page at a time: the read behind exports.

The panes read a page in date order with names joined in SQL
(``StatementStore.page``): right for a hundred rows, but an export reads
every row once, and joining each to its speaker, source, relayer and topics
in SQL halves the rate. So this reads pages by id (the table's own b-tree,
``WHERE id > ? ORDER BY id``), bare columns and the whole text, with the
same filter clauses as every pane (``statement_conditions``), and fills in
names from small per-export caches, one query per page for each kind of
name. Memory stays flat in the size of the desk: a page, and caches that
are emptied when they grow past a bound.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .filters import NO_FILTER, Filter, statement_conditions
from .models import UNDATED, Statement, statement_day
from .paging import PageRequest, Query, read_page

if TYPE_CHECKING:
    from .desk import Desk

T = TypeVar("T")
Rows = Callable[[str, list[Any]], list[tuple[Any, ...]]]
PAGE = 1000
_CACHE_LIMIT = 50_000
_NO_SOURCE = (None, None)

_COLUMNS = """s.id, s.uuid, s.text, s.speaker_id, s.source_id, s.said, s.said_earliest,
    s.kind, s.relayed_by_id, s.stance, s.note, s.created_at, s.updated_at,
    s.reported, s.reported_earliest"""


class Names:
    """Names by id for one table, looked up a page at a time and kept a while."""

    def __init__(self, rows: Rows, sql: str) -> None:
        self.rows = rows
        self.sql = sql  # selects id and the values kept, for ids IN ({marks})
        self.known: dict[int, Any] = {}

    def fetch(self, ids: Iterable[int | None]) -> dict[int, Any]:
        """Make sure these ids are known; return the cache."""
        missing = list({i for i in ids if i is not None and i not in self.known})
        if not missing:
            return self.known
        if len(self.known) + len(missing) > _CACHE_LIMIT:
            self.known = {}
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.rows(self.sql.format(marks=marks), chunk):
                self.known[row[0]] = row[1] if len(row) == 2 else row[1:]
        return self.known


def statement_pages(
    desk: Desk,
    f: Filter = NO_FILTER,
    *,
    page_size: int = PAGE,
    without_source: bool = False,
    by_source: bool = False,
    ahead: bool = True,
) -> Iterator[list[Statement]]:
    """Pages of the live statements matching ``f``, in the order they were
    captured (by id), each with its whole text, names and topics;
    ``without_source``: only those read in no source; ``by_source``: only
    those read in one, source by source (by date within each, down the
    (source, day, id) index).

    With ``ahead``, a desk in a file is read on a connection of its own, in a
    thread that stays a page or two ahead (SQLite works while Python
    formats); without (many short reads), on the desk's own reader."""
    where, params = live_conditions(desk, f)
    if without_source:
        where.append("s.source_id IS NULL")
    if by_source:
        where.append("s.source_id IS NOT NULL")
    if desk.path is None or not ahead:
        return _pages(desk_rows(desk), where, params, page_size, by_source)
    conn = sqlite3.connect(f"file:{desk.path}?mode=ro", uri=True, check_same_thread=False)
    return read_ahead(_pages(conn_rows(conn), where, params, page_size, by_source), conn.close)


def desk_rows(desk: Desk) -> Rows:
    return lambda sql, params: [tuple(r.values()) for r in desk.query(sql, params)]


def conn_rows(conn: sqlite3.Connection) -> Rows:
    return lambda sql, params: conn.execute(sql, params).fetchall()


def _pages(
    rows_of: Rows, where: list[str], params: list[Any], page_size: int, by_source: bool = False
) -> Iterator[list[Statement]]:
    clauses = " AND ".join(f"({c})" for c in where)
    sql = f"SELECT {_COLUMNS} FROM statements s WHERE {clauses} AND s.id > ? ORDER BY s.id LIMIT ?"
    key = ["s.source_id", statement_day("s"), "s.id"]
    actors = Names(rows_of, "SELECT id, name FROM actors WHERE id IN ({marks})")
    sources = Names(rows_of, "SELECT id, title, outlet FROM sources WHERE id IN ({marks})")
    after = 0
    bound: tuple[Any, ...] | None = None
    while True:
        if by_source:
            request = PageRequest(after=bound, limit=page_size)
            select = f"SELECT {_COLUMNS} FROM statements s"
            found = read_page(cast(Query, rows_of), select, where, params, key, request)
            rows = cast(list[tuple[Any, ...]], found)  # rows_of's tuples, passed through
        else:
            rows = rows_of(sql, [*params, after, page_size])
        if not rows:
            return
        # id, uuid, text, speaker_id, source_id, said, said_earliest, kind,
        # relayed_by_id, stance, note, created_at, updated_at, reported, reported_earliest
        names = actors.fetch(x for r in rows for x in (r[3], r[8]))
        cited = sources.fetch(r[4] for r in rows)
        topics = _topics(rows_of, [r[0] for r in rows])
        page = []
        for r in rows:
            source = cited.get(r[4], _NO_SOURCE)
            page.append(
                Statement(
                    id=r[0],
                    uuid=r[1],
                    text=r[2],
                    length=len(r[2]),
                    speaker_id=r[3],
                    speaker_name=names.get(r[3]),
                    source_id=r[4],
                    source_title=source[0],
                    source_outlet=source[1],
                    said=r[5],
                    said_earliest=r[6],
                    reported=r[13],
                    reported_earliest=r[14],
                    kind=r[7],
                    relayed_by_id=r[8],
                    relayed_by_name=names.get(r[8]),
                    stance=r[9],
                    note=r[10],
                    topics=topics.get(r[0], ()),
                    created_at=r[11],
                    updated_at=r[12],
                )  # fmt: skip
            )
        yield page
        if len(rows) < page_size:
            return
        after = rows[-1][0]
        bound = (rows[-1][4], rows[-1][6] or UNDATED, rows[-1][0])


def read_ahead(pages: Iterator[T], close: Callable[[], None], depth: int = 2) -> Iterator[T]:
    """``pages`` read in a thread of their own, up to ``depth`` ahead; ``close``
    runs in that thread when it stops (done, failed, or no longer wanted)."""
    handoff: queue.Queue[tuple[str, Any]] = queue.Queue(depth)
    stop = threading.Event()

    def put(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for page in pages:
                if not put(("page", page)):
                    return
            put(("done", None))
        except BaseException as error:  # handed to the reader, raised there
            put(("error", error))
        finally:
            close()

    thread = threading.Thread(target=work, name="export-reader", daemon=True)
    thread.start()
    try:
        while True:
            kind, item = handoff.get()
            if kind == "done":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        stop.set()
        thread.join()


def live_conditions(desk: Desk, f: Filter) -> tuple[list[str], list[Any]]:
    """WHERE clauses (on ``s``) for the live statements ``f`` finds, and their values."""
    where, params = statement_conditions(f, desk.fts_query(f.text))
    return ["s.deleted_at IS NULL", *where], params


def source_id_pages(
    desk: Desk, f: Filter = NO_FILTER, *, page_size: int = 500
) -> Iterator[list[int]]:
    """Pages of the ids of the sources the statements matching ``f`` were read
    in, ascending, each once (read down the statements' source index)."""
    clauses, params = live_conditions(desk, f)
    where = " AND ".join(f"({c})" for c in clauses)
    after = 0
    while True:
        rows = desk.query(
            f"SELECT DISTINCT s.source_id AS id FROM statements s WHERE {where}"
            " AND s.source_id > ? ORDER BY s.source_id LIMIT ?",
            [*params, after, page_size],
        )
        ids = [r["id"] for r in rows]
        if ids:
            yield ids
        if len(ids) < page_size:
            return
        after = ids[-1]


def _topics(rows_of: Rows, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Each statement's topic names, sorted, for one page of ids."""
    found: dict[int, list[str]] = {}
    marks = ", ".join("?" for _ in ids)
    rows = rows_of(
        f"""SELECT st.statement_id AS id, t.name FROM statement_topics st
            JOIN topics t ON t.id = st.topic_id WHERE st.statement_id IN ({marks})""",
        ids,
    )
    for statement_id, name in rows:
        found.setdefault(statement_id, []).append(name)
    return {k: tuple(sorted(v)) for k, v in found.items()}
