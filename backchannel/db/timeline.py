"""The timeline: events and dated statements interleaved by their earliest day.

Each side is read by key from its own index and the two pages are merged
here, so a page costs two short index scans however large the desk.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Any

from .models import PREVIEW_CHARS, Statement, TimelineEntry
from .paging import FIRST, PageRequest, read_page
from .statements import preview_sql

if TYPE_CHECKING:
    from .desk import Desk

EVENT, STATEMENT = 0, 1

_EVENTS = "SELECT e.id, e.earliest AS day, e.happened AS date, e.title AS label FROM events e"
_STATEMENTS = f"""
    SELECT s.id, s.said_earliest AS day, s.said AS date,
           {preview_sql("s.text")} AS label, a.name AS speaker_name, s.stance
    FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id
"""


def _side_page(page: PageRequest, kind: int) -> PageRequest:
    """Turn a timeline key (day, kind, id) into a key on one side's (day, id).

    Rows on this side sort after (day, k, i) when: day is later; or the day is
    the same and this side sorts after k; or it is side k and the id is later.
    """

    def convert(key: tuple[Any, ...] | None, after: bool) -> tuple[Any, ...] | None:
        if key is None:
            return None
        day, k, i = key
        if k == kind:
            return (day, i)
        # Same day, other side: every row of this side that day is included
        # when this side sorts after (for 'after') or before (for 'before').
        include_day = (kind > k) if after else (kind < k)
        if include_day:
            return (day, -1) if after else (day, 1 << 62)
        return (day, 1 << 62) if after else (day, -1)

    return PageRequest(
        after=convert(page.after, True),
        before=convert(page.before, False),
        last=page.last,
        limit=page.limit,
    )


class Timeline:
    """Reads the interleaved timeline of one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _read(
        self,
        select: str,
        table: str,
        alias: str,
        day: str,
        kind: int,
        page: PageRequest,
        search: str | None,
    ) -> list[TimelineEntry]:
        where = [f"{alias}.deleted_at IS NULL", f"{alias}.{day} IS NOT NULL"]
        params: list[Any] = []
        fts = self.desk.fts_query(search) if search else None
        if fts:
            where.append(f"{alias}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)")
            params.append(fts)
        key = [f"{alias}.{day}", f"{alias}.id"]
        rows = read_page(self.desk.query, select, where, params, key, _side_page(page, kind))
        entries = []
        for row in rows:
            entries.append(
                TimelineEntry(
                    kind="event" if kind == EVENT else "statement",
                    id=row["id"],
                    day=row["day"],
                    date=row["date"],
                    label=row["label"],
                    speaker_name=row.get("speaker_name"),
                    stance=row.get("stance"),
                )
            )
        return entries

    def page(self, page: PageRequest = FIRST, *, search: str | None = None) -> list[TimelineEntry]:
        """One page of the timeline in date order; events first on a shared day."""
        events = self._read(_EVENTS, "events", "e", "earliest", EVENT, page, search)
        statements = self._read(
            _STATEMENTS, "statements", "s", "said_earliest", STATEMENT, page, search
        )
        merged = list(heapq.merge(events, statements, key=lambda e: e.key))
        return merged[: page.limit] if page.forward else merged[-page.limit :]

    def count(self, *, search: str | None = None) -> int:
        """How many events and dated statements match."""
        total = 0
        fts = self.desk.fts_query(search) if search else None
        for table, day in (("events", "earliest"), ("statements", "said_earliest")):
            sql = (
                f"SELECT count(*) AS n FROM {table} WHERE deleted_at IS NULL AND {day} IS NOT NULL"
            )
            params: list[Any] = []
            if fts:
                sql += f" AND id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
                params.append(fts)
            total += int(self.desk.query(sql, params, slow=True)[0]["n"])
        return total


def statement_entry(statement: Statement) -> TimelineEntry | None:
    """The timeline row for a statement, or None if it has no date."""
    if not statement.said_earliest or not statement.said:
        return None
    return TimelineEntry(
        kind="statement",
        id=statement.id,
        day=statement.said_earliest,
        date=statement.said,
        label=statement.text[:PREVIEW_CHARS],
        speaker_name=statement.speaker_name,
        stance=statement.stance,
    )
