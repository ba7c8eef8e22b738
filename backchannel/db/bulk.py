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

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .filters import NO_FILTER, Filter, statement_conditions
from .models import Statement

if TYPE_CHECKING:
    from .desk import Desk

PAGE = 1000
_CACHE_LIMIT = 50_000
_NO_SOURCE = (None, None)

_COLUMNS = """s.id, s.uuid, s.text, s.speaker_id, s.source_id, s.said, s.said_earliest,
    s.kind, s.relayed_by_id, s.stance, s.note, s.created_at, s.updated_at"""


class Names:
    """Names by id for one table, looked up a page at a time and kept a while."""

    def __init__(self, desk: Desk, sql: str) -> None:
        self.desk = desk
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
            for row in self.desk.query(self.sql.format(marks=marks), chunk):
                values = tuple(row.values())[1:]
                self.known[row["id"]] = values[0] if len(values) == 1 else values
        return self.known


def statement_pages(
    desk: Desk, f: Filter = NO_FILTER, *, page_size: int = PAGE, without_source: bool = False
) -> Iterator[list[Statement]]:
    """Pages of the live statements matching ``f``, in the order they were
    captured (by id), each with its whole text, names and topics;
    ``without_source``: only those read in no source."""
    where, params = statement_conditions(f, desk.fts_query(f.text))
    where = ["s.deleted_at IS NULL", *where]
    if without_source:
        where.append("s.source_id IS NULL")
    clauses = " AND ".join(f"({c})" for c in where)
    sql = f"SELECT {_COLUMNS} FROM statements s WHERE {clauses} AND s.id > ? ORDER BY s.id LIMIT ?"
    actors = Names(desk, "SELECT id, name FROM actors WHERE id IN ({marks})")
    sources = Names(desk, "SELECT id, title, outlet FROM sources WHERE id IN ({marks})")
    after = 0
    while True:
        rows = desk.query(sql, [*params, after, page_size])
        if not rows:
            return
        names = actors.fetch(r[k] for r in rows for k in ("speaker_id", "relayed_by_id"))
        cited = sources.fetch(r["source_id"] for r in rows)
        topics = _topics(desk, [r["id"] for r in rows])
        page = []
        for r in rows:
            source = cited.get(r["source_id"], _NO_SOURCE)
            page.append(
                Statement(
                    id=r["id"],
                    uuid=r["uuid"],
                    text=r["text"],
                    length=len(r["text"]),
                    speaker_id=r["speaker_id"],
                    speaker_name=names.get(r["speaker_id"]),
                    source_id=r["source_id"],
                    source_title=source[0],
                    source_outlet=source[1],
                    said=r["said"],
                    said_earliest=r["said_earliest"],
                    kind=r["kind"],
                    relayed_by_id=r["relayed_by_id"],
                    relayed_by_name=names.get(r["relayed_by_id"]),
                    stance=r["stance"],
                    note=r["note"],
                    topics=topics.get(r["id"], ()),
                    created_at=r["created_at"],
                    updated_at=r["updated_at"],
                )
            )
        yield page
        if len(rows) < page_size:
            return
        after = rows[-1]["id"]


def source_id_pages(
    desk: Desk, f: Filter = NO_FILTER, *, page_size: int = 500
) -> Iterator[list[int]]:
    """Pages of the ids of the sources the statements matching ``f`` were read
    in, ascending, each once (read down the statements' source index)."""
    clauses, params = statement_conditions(f, desk.fts_query(f.text))
    where = " AND ".join(f"({c})" for c in ["s.deleted_at IS NULL", *clauses])
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


def _topics(desk: Desk, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Each statement's topic names, sorted, for one page of ids."""
    found: dict[int, list[str]] = {}
    marks = ", ".join("?" for _ in ids)
    rows = desk.query(
        f"""SELECT st.statement_id AS id, t.name FROM statement_topics st
            JOIN topics t ON t.id = st.topic_id WHERE st.statement_id IN ({marks})""",
        ids,
    )
    for row in rows:
        found.setdefault(row["id"], []).append(row["name"])
    return {k: tuple(sorted(v)) for k, v in found.items()}
