"""Links: one statement contradicts, confirms or responds to another; and a
statement is said at or about an event."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter
from .models import RELATIONS, Link, relation_words
from .statements import preview_sql

if TYPE_CHECKING:
    from .desk import Desk

_OTHER = f"""
    SELECT l.relation, l.outgoing, o.id AS other_id, {preview_sql("o.text")} AS other_text,
           a.name AS other_speaker, o.stance AS other_stance, o.said AS other_said,
           l.mine
    FROM (
        SELECT statement_id AS mine, other_id AS other, relation, 1 AS outgoing
        FROM statement_links WHERE statement_id IN ({{ids}})
        UNION ALL
        SELECT other_id, statement_id, relation, 0
        FROM statement_links WHERE other_id IN ({{ids}})
    ) l
    JOIN statements o ON o.id = l.other AND o.deleted_at IS NULL
    LEFT JOIN actors a ON a.id = o.speaker_id
"""


class LinkStore:
    """Reads and writes the links between statements, and to events."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def link(
        self,
        statement_id: int,
        other_id: int,
        relation: str,
        *,
        change: ChangeWriter | None = None,
    ) -> None:
        """Record that ``statement_id`` <relation> ``other_id``; replaces any link
        between the two, whichever way round it was made."""
        if relation not in RELATIONS:
            raise ValueError(f"a link is one of {', '.join(RELATIONS)}, not {relation!r}")
        if statement_id == other_id:
            raise ValueError("a statement cannot be linked to itself")
        with self.desk.write(change, f"Link statement: {relation_words(relation)}") as c:
            c.live("statements", statement_id, "statement")
            c.live("statements", other_id, "statement")
            self._unlink(c, statement_id, other_id)
            c.insert(
                "statement_links",
                {"statement_id": statement_id, "other_id": other_id, "relation": relation},
            )

    def unlink(self, statement_id: int, other_id: int) -> bool:
        """Remove the link between two statements; False if there was none."""
        with self.desk.change("Unlink statements") as change:
            return self._unlink(change, statement_id, other_id)

    @staticmethod
    def _unlink(change: ChangeWriter, a: int, b: int) -> bool:
        found = False
        for left, right in ((a, b), (b, a)):
            row = change.row("statement_links", "statement_id = ? AND other_id = ?", [left, right])
            if row is not None:
                change.delete("statement_links", row)
                found = True
        return found

    def of(self, statement_ids: Iterable[int]) -> dict[int, list[Link]]:
        """The live links of each statement, by its id (ids without links are absent)."""
        ids = list(dict.fromkeys(statement_ids))
        found: dict[int, list[Link]] = {}
        for start in range(0, len(ids), 400):
            chunk = ids[start : start + 400]
            marks = ", ".join("?" for _ in chunk)
            rows = self.desk.query(
                _OTHER.format(ids=marks) + " ORDER BY l.mine, o.said_earliest, o.id",
                [*chunk, *chunk],
            )
            for row in rows:
                found.setdefault(row["mine"], []).append(_link(row))
        return found

    # -- statements and events -------------------------------------------------------

    def link_event(self, statement_id: int, event_id: int) -> None:
        """Record that a statement was said at or about an event."""
        with self.desk.change("Link statement to event") as change:
            change.live("statements", statement_id, "statement")
            change.live("events", event_id, "event")
            change.link("statement_events", statement_id=statement_id, event_id=event_id)

    def unlink_event(self, statement_id: int, event_id: int) -> None:
        with self.desk.change("Unlink statement from event") as change:
            change.unlink("statement_events", statement_id=statement_id, event_id=event_id)

    def events_of(self, statement_id: int) -> list[dict[str, Any]]:
        """The live events a statement is linked to: id, title, happened."""
        return self.desk.query(
            """SELECT e.id, e.title, e.happened FROM statement_events se
               JOIN events e ON e.id = se.event_id AND e.deleted_at IS NULL
               WHERE se.statement_id = ? ORDER BY e.earliest, e.id""",
            [statement_id],
        )


def _link(row: dict[str, Any]) -> Link:
    return Link(
        relation=row["relation"],
        outgoing=bool(row["outgoing"]),
        other_id=row["other_id"],
        other_text=row["other_text"],
        other_speaker=row["other_speaker"],
        other_stance=row["other_stance"],
        other_said=row["other_said"],
    )
