"""The triage queue: statements and events an imported article proposes, waiting
for a person to accept (with a stance) or reject each one.

Accepting turns a candidate into a statement or event in the same change
that marks it accepted, so one undo takes both back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .names import ensure_actor, name_key

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
    topics: tuple[str, ...] = ()
    """Proposed topics, accepted with the statement."""
    affiliation: str | None = None
    """Whom a new speaker is proposed to belong to ("United States")."""
    date_cue: str | None = None
    """The words that dated it ("on Tuesday"); None when its source's date places it."""
    aliases: tuple[str, ...] = ()
    """Other names the article used for the speaker ("Starmer")."""
    event_position: int | None = None
    """The queue position of the event of the same article its sentence names."""


def _candidate(row: dict[str, Any]) -> Candidate:
    values: dict[str, Any] = {k: row.get(k) for k in Candidate.__dataclass_fields__}
    values["topics"] = tuple(json.loads(row.get("topics") or "[]"))
    values["aliases"] = tuple(json.loads(row.get("aliases") or "[]"))
    return Candidate(**values)


class CandidateStore:
    """Reads and decides the triage queue of one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def add(self, change: ChangeWriter, source_id: int, position: int, **values: Any) -> int:
        """Queue one proposal (inside the import's change)."""
        for key in ("topics", "aliases"):
            if key in values:
                values[key] = json.dumps(list(values[key] or ()), ensure_ascii=False)
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

    def decisions(self, ids: list[int]) -> dict[int, str | None]:
        """For accepted statements among ``ids``, the stance each was accepted as."""
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.desk.query(
            f"""SELECT c.id, s.stance FROM candidates c JOIN statements s ON s.id = c.result_id
                WHERE c.id IN ({marks}) AND c.kind = 'statement' AND c.state = 'accepted'""",
            ids,
        )
        return {r["id"]: r["stance"] for r in rows}

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
        topics: tuple[str, ...] | None = None,
    ) -> int:
        """Accept a candidate (optionally corrected); return the new statement or event id.

        A speaker named for the first time becomes an actor, with the other
        names the article used and the proposed affiliation; a name that
        could mean two actors is refused with ValueError, nothing written.
        """
        with self.desk.change("Accept") as change:
            # Read inside the change: two people accepting one proposal at
            # once make one statement; the second is told it is decided.
            candidate = self._pending(candidate_id)
            change.relabel(f"Accept {candidate.kind}" + (f" as {stance}" if stance else ""))
            speaker = candidate.speaker if speaker is None else speaker
            text = candidate.text if text is None else text
            date = candidate.date if date is None else date
            if candidate.kind == "statement":
                speaker_id = ensure_actor(change, speaker)
                if speaker_id is not None:
                    self._teach(change, speaker_id, candidate)
                result = self.desk.statements.add(
                    text,
                    speaker_id=speaker_id,
                    source_id=candidate.source_id,
                    said=date,
                    kind=candidate.quote_kind or "direct",
                    stance=stance,
                    note=f"Cue: {candidate.cue}" if candidate.cue else None,
                    topics=candidate.topics if topics is None else topics,
                    change=change,
                )
            else:
                result = self.desk.events.add(
                    text,
                    date or "",
                    source_id=candidate.source_id,
                    topics=candidate.topics if topics is None else topics,
                    change=change,
                )
            change.update("candidates", candidate_id, {"state": "accepted", "result_id": result})
            self._link_accepted(change, candidate, result)
        return result

    def _link_accepted(self, change: ChangeWriter, candidate: Candidate, result: int) -> None:
        """A statement and the event its sentence names, once both are accepted
        (whichever came first), are linked: said at or about it."""
        if candidate.kind == "statement" and candidate.event_position is not None:
            pairs = change.conn.execute(
                "SELECT ?, result_id FROM candidates WHERE source_id = ? AND position = ?"
                " AND kind = 'event' AND state = 'accepted'",
                [result, candidate.source_id, candidate.event_position],
            ).fetchall()
        elif candidate.kind == "event":
            pairs = change.conn.execute(
                "SELECT result_id, ? FROM candidates WHERE source_id = ? AND event_position = ?"
                " AND kind = 'statement' AND state = 'accepted'",
                [result, candidate.source_id, candidate.position],
            ).fetchall()
        else:
            return
        for statement_id, event_id in pairs:
            live = change.row("statements", "id = ? AND deleted_at IS NULL", [statement_id])
            if live is not None and event_id is not None:
                change.link("statement_events", statement_id=statement_id, event_id=event_id)

    def _teach(self, change: ChangeWriter, actor_id: int, candidate: Candidate) -> None:
        """What the article says of the speaker joins the actor: the other names
        it used, and whom it speaks for, where the actor does not say already."""
        actor = self.desk.actors.get(actor_id)
        known = {name_key(n) for n in (actor.name, *actor.aliases)}
        aliases = [a for a in candidate.aliases if name_key(a) not in known]
        values: dict[str, Any] = {}
        if aliases:
            values["aliases"] = json.dumps([*actor.aliases, *aliases], ensure_ascii=False)
        if candidate.affiliation and actor.affiliation_id is None:
            parent = ensure_actor(change, candidate.affiliation)
            if parent is not None and parent != actor_id:
                values["affiliation_id"] = parent
                if self.desk.actors.get(parent).kind is None:
                    change.update("actors", parent, {"kind": "country"})
        if values:
            change.update("actors", actor_id, values)

    def edit(self, candidate_id: int, *, speaker: str | None, text: str, date: str | None) -> None:
        """Correct a pending candidate's speaker, words and date before deciding on it."""
        self.revise(candidate_id, speaker=speaker, text=text, date=date)

    def revise(self, candidate_id: int, **changes: Any) -> None:
        """Correct some of a pending candidate's speaker, text, date, topics and
        affiliation; the others stay as they are."""
        unknown = set(changes) - {"speaker", "text", "date", "topics", "affiliation"}
        if unknown:
            raise ValueError(f"a candidate has no {', '.join(sorted(unknown))}")
        if "text" in changes:
            if not (changes["text"] or "").strip():
                raise ValueError("a candidate needs its words")
            changes["text"] = changes["text"].strip()
        if changes.get("date"):
            from .dates import parse_edtf

            changes["date"] = parse_edtf(changes["date"]).edtf
        if "topics" in changes:
            changes["topics"] = json.dumps(list(changes["topics"]), ensure_ascii=False)
        with self.desk.change("Edit candidate") as change:
            candidate = self._pending(candidate_id)
            if candidate.kind == "event" and "date" in changes and not changes["date"]:
                raise ValueError("an event needs a date")
            change.relabel(f"Edit {candidate.kind} candidate")
            if "date" in changes:
                changes["date_cue"] = None  # the person's date, not the article's words
            change.update("candidates", candidate_id, changes)

    def reject(self, candidate_id: int) -> None:
        """Set a candidate aside; it stays in the desk, marked rejected."""
        with self.desk.change("Reject") as change:
            candidate = self._pending(candidate_id)
            change.relabel(f"Reject {candidate.kind}")
            change.update("candidates", candidate_id, {"state": "rejected"})

    def _pending(self, candidate_id: int) -> Candidate:
        candidate = self.get(candidate_id)
        if candidate.state != "pending":
            raise ValueError(f"candidate {candidate_id} was already {candidate.state}")
        return candidate
