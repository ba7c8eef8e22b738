"""The timeline: events and statements interleaved by their earliest day.

Each side is read by key from its own index and the two pages are merged
here, so a page costs two short index scans however large the desk.
Statements without a date come last, listed apart: they are never given one.
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .filters import NO_FILTER, Filter, event_conditions
from .models import PREVIEW_CHARS, Statement, TimelineEntry, statement_day
from .paging import FIRST, PageRequest, one_page, read_page
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
    def _event_conditions(f: Filter, fts: str | None) -> tuple[list[str], list[Any]]:
        where, params = event_conditions(f, fts)
        return ["e.deleted_at IS NULL", *where], params

    def _read(
        self, kind: int, page: PageRequest, f: Filter, fts: str | None
    ) -> list[TimelineEntry]:
        if kind == EVENT:
            where, params = self._event_conditions(f, fts)
            rows = read_page(self.desk.query, _EVENTS, where, params, _EVENT_KEY, page)
        else:
            # Statements are paged as the statements pane pages them (words
            # in date order, speakers merged), then read by id.
            keys = self.desk.statements.keys(page, filter=f)
            marks = ", ".join("?" for _ in keys)
            found = self.desk.query(f"{_STATEMENTS} WHERE s.id IN ({marks})", [i for _, i in keys])
            by_id = {r["id"]: r for r in found}
            rows = [by_id[i] for _, i in keys if i in by_id]
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
        events = self._read(EVENT, _side_page(page, EVENT), f, fts)
        statements = self._read(
            STATEMENT, _side_page(page, STATEMENT), replace(f, text=f.text or search or ""), fts
        )
        merged = list(heapq.merge(events, statements, key=lambda e: e.key))
        return one_page(merged, page)

    def events(
        self, page: PageRequest = FIRST, *, filter: Filter | None = None
    ) -> list[TimelineEntry]:
        """One page of the events alone, in date order."""
        f = filter or NO_FILTER
        return self._read(EVENT, _side_page(page, EVENT), f, self.desk.fts_query(f.text))

    def count(self, *, search: str | None = None, filter: Filter | None = None) -> int:
        """How many events and statements match."""
        f = filter or NO_FILTER
        if f.is_empty and not search:
            return self.desk.live_count("events") + self.desk.live_count("statements")
        where, params = self._event_conditions(f, self.desk.fts_query(f.text or search))
        sql = "SELECT count(*) AS n FROM events e WHERE " + " AND ".join(f"({c})" for c in where)
        events = int(self.desk.query(sql, params)[0]["n"])
        return events + self.desk.statements.count(search=search, filter=f)


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
