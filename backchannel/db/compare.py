"""Public stance beside private assurance, for a filter: counts and weekly tallies.

The rows themselves are statements paged by date like any pane
(``StatementStore.page`` with the filter's stance set to ``tagged``); this
adds what the divergence view shows around them. Both reads go through the
speaker and topic indexes, so an actor with ten thousand statements on a
desk of a million costs a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .filters import Filter, statement_conditions
from .models import UNDATED, statement_day
from .plans import speakers_drive

if TYPE_CHECKING:
    from .desk import Desk


@dataclass(frozen=True)
class Tally:
    """How many statements a filter finds, by stance."""

    public: int = 0
    private: int = 0
    untagged: int = 0

    @property
    def total(self) -> int:
        return self.public + self.private + self.untagged


@dataclass(frozen=True)
class Weekly:
    """Public and private statements per week, oldest week first."""

    first_week: str | None  # ISO day of the first week's Monday
    public: tuple[int, ...] = ()
    private: tuple[int, ...] = ()


MAX_WEEKS = 520
"""At most ten years of weeks, the latest ones, are tallied."""


class Compare:
    """Reads what the divergence view and the brief show beside the statements."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _where(self, f: Filter) -> tuple[str, list[object]]:
        f = f.with_stance(None)
        drive = speakers_drive(self.desk, f)
        clauses, params = statement_conditions(f, self.desk.fts_query(f.text), speakers_drive=drive)
        where = " AND ".join(f"({c})" for c in ["s.deleted_at IS NULL", *clauses])
        return where, params

    def tally(self, f: Filter) -> Tally:
        """Public, private and untagged statements matching ``f`` (its stance aside)."""
        where, params = self._where(f)
        rows = self.desk.query(
            f"SELECT s.stance, count(*) AS n FROM statements s WHERE {where} GROUP BY s.stance",
            params,
        )
        counts = {r["stance"]: r["n"] for r in rows}
        return Tally(counts.get("public", 0), counts.get("private", 0), counts.get(None, 0))

    def weekly(self, f: Filter) -> Weekly:
        """Tagged, dated statements matching ``f`` per week (Monday to Sunday), placed
        by said, else reported."""
        where, params = self._where(f)
        day = statement_day("s")
        rows = self.desk.query(
            f"""SELECT date({day}, '-' || ((strftime('%w', {day}) + 6) % 7)
                           || ' days') AS week, s.stance, count(*) AS n
                FROM statements s
                WHERE {where} AND s.stance IS NOT NULL AND {day} != '{UNDATED}'
                GROUP BY week, s.stance ORDER BY week""",
            params,
        )
        if not rows:
            return Weekly(None)
        first = date.fromisoformat(rows[0]["week"])
        last = date.fromisoformat(rows[-1]["week"])
        weeks = (last - first).days // 7 + 1
        if weeks > MAX_WEEKS:
            first = last - timedelta(weeks=MAX_WEEKS - 1)
            weeks = MAX_WEEKS
        public, private = [0] * weeks, [0] * weeks
        for r in rows:
            index = (date.fromisoformat(r["week"]) - first).days // 7
            if 0 <= index < weeks:
                (public if r["stance"] == "public" else private)[index] += r["n"]
        return Weekly(first.isoformat(), tuple(public), tuple(private))
