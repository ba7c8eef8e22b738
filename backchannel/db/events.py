"""Events: dated happenings, with their actors, topics and source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .dates import parse_edtf
from .desk import ChangeWriter, NotFound
from .models import Event
from .statements import ensure_topics

if TYPE_CHECKING:
    from .desk import Desk

_SELECT = """
    SELECT e.id, e.uuid, e.title, e.happened, e.earliest, e.latest, e.kind,
           e.source_id, so.title AS source_title, e.note,
           (SELECT group_concat(a.name, char(31)) FROM event_actors ea
              JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS actor_names,
           (SELECT group_concat(t.name, char(31)) FROM event_topics et
              JOIN topics t ON t.id = et.topic_id WHERE et.event_id = e.id) AS topic_names
    FROM events e LEFT JOIN sources so ON so.id = e.source_id
"""


def _names(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split("\x1f"))) if joined else ()


def _event(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"],
        uuid=row["uuid"],
        title=row["title"],
        happened=row["happened"],
        earliest=row["earliest"],
        latest=row["latest"],
        kind=row["kind"],
        source_id=row["source_id"],
        source_title=row["source_title"],
        note=row["note"],
        actors=_names(row["actor_names"]),
        topics=_names(row["topic_names"]),
    )


class EventStore:
    """Reads and writes events on one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def get(self, event_id: int) -> Event:
        """One event."""
        rows = self.desk.query(f"{_SELECT} WHERE e.id = ? AND e.deleted_at IS NULL", [event_id])
        if not rows:
            raise NotFound(f"no event {event_id}")
        return _event(rows[0])

    def add(
        self,
        title: str,
        happened: str,
        *,
        kind: str | None = None,
        source_id: int | None = None,
        note: str | None = None,
        actor_ids: Iterable[int] = (),
        topics: Iterable[str] = (),
        change: ChangeWriter | None = None,
    ) -> int:
        """Add an event (with actors and topics); return its id."""
        if not title.strip():
            raise ValueError("an event needs a title")
        span = parse_edtf(happened)
        values = {
            "title": title.strip(),
            "happened": span.edtf,
            "earliest": span.earliest,
            "latest": span.latest,
            "kind": kind,
            "source_id": source_id,
            "note": note,
        }
        if change is not None:
            return self._insert(change, values, actor_ids, topics)
        with self.desk.change("Add event") as own:
            return self._insert(own, values, actor_ids, topics)

    @staticmethod
    def _insert(
        change: ChangeWriter,
        values: dict[str, Any],
        actor_ids: Iterable[int],
        topics: Iterable[str],
    ) -> int:
        event_id = change.insert("events", values)
        for actor_id in actor_ids:
            change.link("event_actors", event_id=event_id, actor_id=actor_id)
        for topic_id in ensure_topics(change, topics):
            change.link("event_topics", event_id=event_id, topic_id=topic_id)
        return event_id
