"""The triage queue: statements and events an imported article proposes, waiting
for a person to accept (with a stance) or reject each one.

Accepting turns a candidate into a statement or event in the same change
that marks it accepted, so one undo takes both back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .names import ensure_actor

if TYPE_CHECKING:
    from .desk import Desk


@dataclass(frozen=True)
class Candidate:
    """One proposal waiting in (or decided from) the triage queue."""

    id: int
    source_id: int
    position: int
    kind: str  # statement | event
    text: str
    speaker: str | None
    stance: str | None
    quote_kind: str | None
    cue: str | None
    context: str | None
    date: str | None
    state: str
    result_id: int | None


def _candidate(row: dict[str, Any]) -> Candidate:
    return Candidate(**{k: row[k] for k in Candidate.__dataclass_fields__})


class CandidateStore:
    """Reads and decides the triage queue of one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(self, change: ChangeWriter, source_id: int, position: int, **values: Any) -> int:
        """Queue one proposal (inside the import's change)."""
        return change.insert("candidates", {"source_id": source_id, "position": position, **values})

    def queue(self, source_id: int | None = None, limit: int = 500) -> list[Candidate]:
        """Candidates of one source (or every pending one), in reading order."""
        if source_id is not None:
            rows = self.desk.query(
                "SELECT * FROM candidates WHERE source_id = ? ORDER BY position LIMIT ?",
                [source_id, limit],
            )
        else:
            rows = self.desk.query(
                "SELECT * FROM candidates WHERE state = 'pending'"
                " ORDER BY source_id, position LIMIT ?",
                [limit],
            )
        return [_candidate(r) for r in rows]

    def by_ids(self, ids: list[int]) -> list[Candidate]:
        """These candidates, whatever their state now, in reading order."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self.desk.query(
            f"SELECT * FROM candidates WHERE id IN ({marks}) ORDER BY source_id, position", ids
        )
        return [_candidate(r) for r in rows]

    def get(self, candidate_id: int) -> Candidate:
        rows = self.desk.query("SELECT * FROM candidates WHERE id = ?", [candidate_id])
        if not rows:
            raise NotFound(f"no candidate {candidate_id}")
        return _candidate(rows[0])

    def pending_count(self) -> int:
        rows = self.desk.query("SELECT count(*) AS n FROM candidates WHERE state = 'pending'")
        return int(rows[0]["n"])

    def accept(
        self,
        candidate_id: int,
        stance: str | None = None,
        *,
        speaker: str | None = None,
        text: str | None = None,
        date: str | None = None,
    ) -> int:
        """Accept a candidate (optionally corrected); return the new statement or event id.

        A speaker named for the first time becomes an actor; a name that
        could mean two actors is refused with ValueError, nothing written.
        """
        with self.desk.change("Accept") as change:
            # Read inside the change: two people accepting one proposal at
            # once make one statement; the second is told it is decided.
            candidate = self._pending(candidate_id)
            change.label = f"Accept {candidate.kind}" + (f" as {stance}" if stance else "")
            speaker = candidate.speaker if speaker is None else speaker
            text = candidate.text if text is None else text
            date = candidate.date if date is None else date
            if candidate.kind == "statement":
                result = self.desk.statements.add(
                    text,
                    speaker_id=ensure_actor(change, speaker),
                    source_id=candidate.source_id,
                    said=date,
                    kind=candidate.quote_kind or "direct",
                    stance=stance,
                    note=f"Cue: {candidate.cue}" if candidate.cue else None,
                    change=change,
                )
            else:
                result = self.desk.events.add(
                    text, date or "", source_id=candidate.source_id, change=change
                )
            change.update("candidates", candidate_id, {"state": "accepted", "result_id": result})
        return result

    def edit(self, candidate_id: int, *, speaker: str | None, text: str, date: str | None) -> None:
        """Correct a pending candidate before deciding on it."""
        if not text.strip():
            raise ValueError("a candidate needs its words")
        if date:
            from .dates import parse_edtf

            date = parse_edtf(date).edtf
        with self.desk.change("Edit candidate") as change:
            candidate = self._pending(candidate_id)
            if candidate.kind == "event" and not date:
                raise ValueError("an event needs a date")
            change.label = f"Edit {candidate.kind} candidate"
            change.update(
                "candidates", candidate_id, {"speaker": speaker, "text": text.strip(), "date": date}
            )

    def reject(self, candidate_id: int) -> None:
        """Set a candidate aside; it stays in the desk, marked rejected."""
        with self.desk.change("Reject") as change:
            candidate = self._pending(candidate_id)
            change.label = f"Reject {candidate.kind}"
            change.update("candidates", candidate_id, {"state": "rejected"})

    def _pending(self, candidate_id: int) -> Candidate:
        candidate = self.get(candidate_id)
        if candidate.state != "pending":
            raise ValueError(f"candidate {candidate_id} was already {candidate.state}")
        return candidate
