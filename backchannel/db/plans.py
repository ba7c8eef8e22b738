"""Which index a statement filter is read down: the way that touches fewest rows.

A filter of speakers (an actor and its affiliates) and a topic, as ``D`` reads
it, can be read two ways:

- down the topic's statements, each looked up to test its speaker: about
  2.3 µs a statement on a big desk (a seek into the statements' own rows);
- down the speakers' (speaker, day, id) index, each entry tested against a
  list of the topic's statements made once: about 0.35 µs an entry.

SQLite's planner, without statistics, always takes the first. At 5M a topic
of 8,200 statements and a country's 15,000 took 19 ms a read that way and 7
the other; D makes six such reads. ``speakers_drive`` counts both sides (each
count stops once it has decided) and picks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .filters import Filter

if TYPE_CHECKING:
    from .desk import Desk

#: Up to this many speakers (an actor and its affiliates), a page is merged
#: from one index read per speaker; beyond, one query sorts their statements.
MERGE_SPEAKERS = 64
#: A topic with at most this many statements is read whole (by its own index)
#: and sorted, rather than each speaker's statements read down theirs and
#: tested against it: D on a topic at 1M read 30 speakers' pages, each testing
#: a list of the topic's statements made again for every speaker (78 ms to 10).
TOPIC_DRIVES = 20_000
#: The speakers' index is read when they said fewer than this many times the
#: topic's statements (the cost of a topic's statement over a speaker's entry,
#: rounded down: a wrong guess near the line costs little either way).
SPEAKERS_DRIVE = 4


def topic_size(desk: Desk, f: Filter) -> int:
    """Statements of the filter's smallest topic, counted up to TOPIC_DRIVES + 1."""
    return min(
        desk.query(
            "SELECT count(*) AS n FROM (SELECT 1 FROM statement_topics WHERE topic_id = ? LIMIT ?)",
            [topic_id, TOPIC_DRIVES + 1],
        )[0]["n"]
        for topic_id in f.topic_ids
    )


@dataclass(frozen=True)
class Plan:
    """How one statement filter is read."""

    merge: bool = False
    """One read per speaker down its own index, the pages merged."""
    speakers_drive: bool = False
    """The speakers' index is read and tested against the topics (see the module)."""


def plan_for(desk: Desk, f: Filter) -> Plan:
    """The plan for ``f``, its topic counted once for both choices."""
    if not f.speaker_ids:
        return Plan()
    topic = topic_size(desk, f) if f.topic_ids else None
    if 1 < len(f.speaker_ids) <= MERGE_SPEAKERS and (topic is None or topic > TOPIC_DRIVES):
        # each speaker's own index is read whatever the topic: it is tested, not read
        return Plan(merge=True, speakers_drive=topic is not None)
    return Plan(speakers_drive=topic is not None and speakers_drive(desk, f, topic))


def speakers_drive(desk: Desk, f: Filter, topic: int | None = None) -> bool:
    """Read the filter's speakers' index, testing their statements against its
    topics, rather than its topic's statements testing each one's speaker.
    ``topic``: topic_size, when counted already."""
    if not f.speaker_ids or not f.topic_ids:
        return False
    most = SPEAKERS_DRIVE * (topic_size(desk, f) if topic is None else topic)
    marks = ", ".join("?" for _ in f.speaker_ids)
    said = desk.query(
        "SELECT count(*) AS n FROM (SELECT 1 FROM statements s WHERE s.deleted_at IS NULL"
        f" AND s.speaker_id IN ({marks}) LIMIT ?)",
        [*f.speaker_ids, most + 1],
    )[0]["n"]
    return bool(said <= most)


__all__ = ["MERGE_SPEAKERS", "SPEAKERS_DRIVE", "TOPIC_DRIVES", "Plan", "plan_for", "speakers_drive"]
