"""The timeline: events and statements interleaved by their earliest day.

Each side is read by key from its own index and the two pages are merged
here, so a page costs two short index scans however large the desk.
Statements without a date come last, listed apart: they are never given one.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Any

from .filters import NO_FILTER, Filter, event_conditions, statement_conditions
from .models import PREVIEW_CHARS, Statement, TimelineEntry, statement_day
from .paging import FIRST, PageRequest, read_page
from .statements import preview_sql

if TYPE_CHECKING:
    from .desk import Desk

EVENT, STATEMENT = 0, 1

_EVENTS = "SELECT e.id, e.earliest AS day, e.happened AS date, e.title AS label FROM events e"
_EVENT_KEY = ["e.earliest", "e.id"]
_STATEMENT_KEY = [statement_day("s"), "s.id"]
_STATEMENTS = f"""
    SELECT s.id, {_STATEMENT_KEY[0]} AS day, coalesce(s.said, s.reported) AS date,
           CASE WHEN s.said IS NOT NULL THEN 'said'
                WHEN s.reported IS NOT NULL THEN 'reported' END AS clock,
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

    @staticmethod
    def _conditions(kind: int, f: Filter, fts: str | None) -> tuple[list[str], list[Any]]:
        alias, conditions = (
            ("e", event_conditions) if kind == EVENT else ("s", statement_conditions)
        )
        where, params = conditions(f, fts)
        return [f"{alias}.deleted_at IS NULL", *where], params

    def _read(
        self, kind: int, page: PageRequest, f: Filter, fts: str | None
    ) -> list[TimelineEntry]:
        select, key = (_EVENTS, _EVENT_KEY) if kind == EVENT else (_STATEMENTS, _STATEMENT_KEY)
        where, params = self._conditions(kind, f, fts)
        rows = read_page(self.desk.query, select, where, params, key, _side_page(page, kind))
        return [
            TimelineEntry(
                kind="event" if kind == EVENT else "statement",
                id=row["id"],
                day=row["day"],
                date=row["date"],
                label=row["label"],
                speaker_name=row.get("speaker_name"),
                stance=row.get("stance"),
                clock=row.get("clock"),
            )
            for row in rows
        ]

    def page(
        self,
        page: PageRequest = FIRST,
        *,
        search: str | None = None,
        filter: Filter | None = None,
    ) -> list[TimelineEntry]:
        """One page of the timeline in date order; events first on a shared day,
        undated statements after every date."""
        f = filter or NO_FILTER
        fts = self.desk.fts_query(f.text or search)
        events = self._read(EVENT, page, f, fts)
        statements = self._read(STATEMENT, page, f, fts)
        merged = list(heapq.merge(events, statements, key=lambda e: e.key))
        return merged[: page.limit] if page.forward else merged[-page.limit :]

    def events(
        self, page: PageRequest = FIRST, *, filter: Filter | None = None
    ) -> list[TimelineEntry]:
        """One page of the events alone, in date order."""
        f = filter or NO_FILTER
        return self._read(EVENT, page, f, self.desk.fts_query(f.text))

    def count(self, *, search: str | None = None, filter: Filter | None = None) -> int:
        """How many events and statements match."""
        f = filter or NO_FILTER
        fts = self.desk.fts_query(f.text or search)
        total = 0
        for kind, table, alias in ((EVENT, "events", "e"), (STATEMENT, "statements", "s")):
            where, params = self._conditions(kind, f, fts)
            sql = f"SELECT count(*) AS n FROM {table} {alias} WHERE " + " AND ".join(
                f"({c})" for c in where
            )
            total += int(self.desk.query(sql, params, slow=True)[0]["n"])
        return total


def statement_entry(statement: Statement) -> TimelineEntry:
    """The timeline row for a statement (undated ones sort last)."""
    return TimelineEntry(
        kind="statement",
        id=statement.id,
        day=statement.day,
        date=statement.when,
        clock=statement.clock,
        label=statement.text[:PREVIEW_CHARS],
        speaker_name=statement.speaker_name,
        stance=statement.stance,
    )
