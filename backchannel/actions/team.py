"""Actions of a team beyond one host: merge another copy of the desk, decide a
conflict, compact a desk before it is copied."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from backchannel.db import Desk, NotFound
from backchannel.db.compact import compact as compact_desk
from backchannel.db.conflicts import ConflictStore
from backchannel.db.merge import MergeError, pull, waiting
from backchannel.db.replay import Tally

from . import ActionError, Outcome

#: How a table's rows are called in a report: one, many.
NOUNS = {
    "statements": ("statement", "statements"),
    "sources": ("source", "sources"),
    "actors": ("actor", "actors"),
    "events": ("event", "events"),
    "topics": ("topic", "topics"),
    "candidates": ("proposal", "proposals"),
    "saved_filters": ("saved filter", "saved filters"),
}


def count(n: int, table: str) -> str:
    one, many = NOUNS.get(table, (table, table))
    return f"{n:,} {one if n == 1 else many}"


def describe(tally: Tally) -> str:
    """What one direction brought, in words: "3 changes (bo 3): 1 statement added, …"."""
    if not tally.changes:
        return "nothing new"
    authors = ", ".join(f"{name} {n:,}" for name, n in tally.authors.most_common())
    parts = [f"{count(n, t)} added" for t, n in tally.added.items()]
    parts += [f"{count(n, t)} edited" for t, n in tally.edited.items()]
    parts += [f"{count(n, t)} deleted" for t, n in tally.deleted.items()]
    if tally.links or tally.unlinks:
        parts.append(f"{tally.links:,} tags and links made, {tally.unlinks:,} taken off")
    noun = "change" if tally.changes == 1 else "changes"
    said = f"{tally.changes:,} {noun} ({authors})"
    return f"{said}: {', '.join(parts)}" if parts else f"{said}, already here"


@dataclass(frozen=True)
class Merged:
    """A merge's report: what came in, what went out (--both), conflicts waiting."""

    brought_in: Tally
    sent: Tally | None
    waiting: int

    def lines(self, here: str, there: str) -> list[str]:
        said = [f"From {there} to {here}: {describe(self.brought_in)}"]
        if self.sent is not None:
            said.append(f"From {here} to {there}: {describe(self.sent)}")
        if self.waiting:
            noun = "conflict waits" if self.waiting == 1 else "conflicts wait"
            said.append(f"{self.waiting:,} {noun} for a decision: press C in the app")
        else:
            said.append("No conflicts wait.")
        return said


def merge(desk: Desk, other: Desk, *, both: bool = False) -> Merged:
    """Bring in what ``other`` did since the two last met (and, ``both``, the
    other way round). Each direction is one transaction."""
    try:
        brought_in = pull(desk, other)
        sent = pull(other, desk) if both else None
    except MergeError as error:
        raise ActionError(str(error)) from None
    return Merged(brought_in, sent, waiting(desk))


def decide(desk: Desk, conflict_id: int, choice: str, value: Any = None) -> Outcome:
    """Decide a conflict: keep ``mine``, ``theirs``, or ``edited`` (``value``)."""
    try:
        conflict = ConflictStore(desk).decide(conflict_id, choice, value)
    except (NotFound, ValueError) as error:
        raise ActionError(str(error), "value" if choice == "edited" else None) from None
    kept = {"mine": "yours", "theirs": "theirs", "edited": "a new value"}[choice]
    return Outcome(
        f"Kept {kept} for the {conflict.field} of {conflict.kind} #{conflict.item_id}",
        "conflict",
        conflict.id,
    )


def compact(desk: Desk, before: datetime | None = None) -> Outcome:
    """Empty the trash and drop history from before ``before`` (default: now)."""
    point = (before or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")
    done = compact_desk(desk, point)
    purged = ", ".join(count(n, t) for t, n in done.purged.items()) or "nothing"
    label = (
        f"Emptied the trash ({purged}); dropped the history of {done.changes:,} changes"
        f" ({done.history_rows:,} rows) from before {point[:19].replace('T', ' ')} UTC"
    )
    if done.bytes_before:
        label += f"; {done.bytes_before / 1e6:.1f} MB became {done.bytes_after / 1e6:.1f} MB"
    return Outcome(label, changed=bool(done.changes or done.purged))
