"""Events: dated happenings, with their actors, topics and source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .dates import parse_edtf
from .models import Event
from .statements import set_topics

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
        values = event_values(title, happened, kind, source_id)
        values["note"] = note
        with self.desk.write(change, "Add event") as c:
            event_id = c.insert("events", values)
            self._set_links(c, event_id, actor_ids, topics)
        return event_id

    def update(
        self,
        event_id: int,
        title: str,
        happened: str,
        *,
        kind: str | None,
        source_id: int | None,
        note: str | None,
        actor_ids: Iterable[int],
        topics: Iterable[str],
        change: ChangeWriter | None = None,
    ) -> None:
        """Change every field of an event; its actors and topics become exactly these."""
        values = event_values(title, happened, kind, source_id)
        values["note"] = note
        with self.desk.write(change, "Edit event") as c:
            c.live("events", event_id, "event")
            c.update("events", event_id, values)
            self._set_links(c, event_id, actor_ids, topics)

    @staticmethod
    def _set_links(
        change: ChangeWriter, event_id: int, actor_ids: Iterable[int], topics: Iterable[str]
    ) -> None:
        wanted = set(actor_ids)
        current = {
            r[0]
            for r in change.conn.execute(
                "SELECT actor_id FROM event_actors WHERE event_id = ?", [event_id]
            )
        }
        for actor_id in sorted(current - wanted):
            change.unlink("event_actors", event_id=event_id, actor_id=actor_id)
        for actor_id in sorted(wanted - current):
            change.link("event_actors", event_id=event_id, actor_id=actor_id)
        set_topics(change, "event_topics", "event_id", event_id, topics)


def event_values(
    title: str, happened: str, kind: str | None, source_id: int | None
) -> dict[str, Any]:
    """An event's columns, checked; raises ValueError saying what is wrong."""
    if not title.strip():
        raise ValueError("an event needs a title")
    if not happened or not happened.strip():
        raise ValueError("an event needs a date")
    span = parse_edtf(happened)
    return {
        "title": title.strip(),
        "happened": span.edtf,
        "earliest": span.earliest,
        "latest": span.latest,
        "kind": kind,
        "source_id": source_id,
    }
