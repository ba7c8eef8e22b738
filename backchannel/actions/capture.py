"""Capture a statement: the names a capture line gives are resolved and the
statement added in one change (one undo step): new actors, a new source,
topics, the statement.

Used by the capture bar and the statement form in the app, and by
``backchannel add``. Names are found or added inside the change, so two
people capturing "@Zed" at once make one actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from backchannel.db import Desk, Statement, humanize, parse_edtf
from backchannel.db.changes import ChangeWriter
from backchannel.db.names import ensure_source, resolve_actor
from backchannel.extract.capture import Capture, CaptureError
from backchannel.extract.dates import DateError, parse_date

from . import Outcome

__all__ = ["CaptureError", "Captured", "merge", "save_capture", "summarise"]


@dataclass
class Captured:
    """What a capture added."""

    statement_id: int
    summary: str
    created: list[str] = field(default_factory=list)

    def outcome(self) -> Outcome:
        return Outcome(self.summary, "statement", self.statement_id, created=tuple(self.created))


def merge(line: Capture, flags: Capture) -> Capture:
    """Tokens in the text and command-line flags together; a clash is an error."""
    merged = Capture(text=line.text)
    for f in fields(Capture):
        if f.name in ("text", "topics"):
            continue
        a, b = getattr(line, f.name), getattr(flags, f.name)
        if a is not None and b is not None and a != b:
            raise CaptureError(f"two values for {f.name}: {a!r} in the text and {b!r} as a flag")
        setattr(merged, f.name, a if a is not None else b)
    merged.topics = list(dict.fromkeys([*line.topics, *flags.topics]))
    return merged


def _actor(change: ChangeWriter, name: str | None, field: str, created: list[str]) -> int | None:
    try:
        found, new = resolve_actor(change.desk, name)
    except ValueError as error:
        raise CaptureError(str(error), field=field) from None
    if new is None:
        return found
    # "@officials" beside "UK officials" is a slip more often than a new actor.
    near = change.desk.actors.near(new)
    if near:
        names = " or ".join(f"“{a.name}”" for a in near)
        raise CaptureError(
            f"no actor “{new}” yet; did you mean {names}? Give that name, or add"
            f" “{new}” first (ctrl+p, New actor) if it is someone else",
            field=field,
        )
    created.append(f"actor {new}")
    return change.desk.actors.add(new, change=change)


def said_date(
    desk: Desk, phrase: str | None, source_id: int | None, today: date | None
) -> str | None:
    """``phrase`` ("4 April", "last Tuesday") as EDTF, read against the source's
    date when it has one (never a day after the source can have appeared), else
    against the desk's own time (``Desk.reference_day``)."""
    if not phrase:
        return None
    reference = desk.reference_day(today)
    if source_id is not None:
        published = desk.sources.get(source_id).published
        if published:
            reference = min(date.fromisoformat(parse_edtf(published).latest), reference)
    try:
        return parse_date(phrase, reference)
    except DateError as error:
        raise CaptureError(str(error), field="said") from None


def save_capture(
    desk: Desk,
    capture: Capture,
    *,
    url: str | None = None,
    today: date | None = None,
    statement_id: int | None = None,
) -> Captured:
    """Resolve and add a capture, or with ``statement_id`` make that statement
    say it instead (the edit form). Raises CaptureError, nothing written, if it cannot."""
    if not capture.text.strip():
        raise CaptureError("a statement needs the words that were said", field="text")
    created: list[str] = []
    label = "Edit statement" if statement_id is not None else "Capture statement"
    with desk.change(label) as change:
        speaker_id = _actor(change, capture.speaker, "speaker", created)
        via_id = _actor(change, capture.via, "via", created)
        source_id = ensure_source(change, capture.source, url=url, created=created)
        fields: dict[str, Any] = {
            "speaker_id": speaker_id,
            "source_id": source_id,
            "said": said_date(desk, capture.said, source_id, today),
            "kind": capture.kind or "direct",
            "relayed_by_id": via_id,
            "stance": capture.stance,
            "note": capture.note,
            "topics": capture.topics,
            "change": change,
        }
        if statement_id is None:
            statement_id = desk.statements.add(capture.text, **fields)
        else:
            desk.statements.update(statement_id, capture.text, **fields)
        statement = desk.statements.get(statement_id)
    return Captured(statement_id, summarise(statement), created)


def summarise(statement: Statement) -> str:
    """One line: stance, speaker, date, the start of the words."""
    stance = statement.stance.upper() if statement.stance else "untagged"
    words = " ".join(statement.text.split())
    words = words if len(words) <= 60 else words[:59] + "…"
    speaker = statement.speaker_name or "unknown speaker"
    when = humanize(statement.said)
    return f"#{statement.id} [{stance}] {speaker}, {when}: “{words}”"
