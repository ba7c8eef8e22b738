"""Capture a statement: resolve the names a capture line gives, then add it all
in one change (one undo step): new actors, a new source, topics, the statement.

Used by the capture bar in the app and by ``backchannel add``. Everything
that can be refused is checked before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from backchannel.db import Desk, Statement, humanize, parse_edtf
from backchannel.db.changes import ChangeWriter
from backchannel.db.items import resolve_actor
from backchannel.extract.capture import Capture, CaptureError
from backchannel.extract.dates import DateError, parse_date

__all__ = ["CaptureError", "Captured", "merge", "save_capture"]


@dataclass
class Captured:
    """What a capture added."""

    statement_id: int
    summary: str
    created: list[str] = field(default_factory=list)


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


def _actor(desk: Desk, name: str | None, field: str) -> tuple[int | None, str | None]:
    try:
        return resolve_actor(desk, name)
    except ValueError as error:
        raise CaptureError(str(error), field=field) from None


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
    speaker_id, new_speaker = _actor(desk, capture.speaker, "speaker")
    via_id, new_via = _actor(desk, capture.via, "via")
    source = desk.sources.match(capture.source) if capture.source else None
    reference = today or date.today()
    if source is not None and source.published:
        # "4 April" in a piece published in April 2025 is read against the
        # last day the piece can have appeared, never a day still to come.
        latest = date.fromisoformat(parse_edtf(source.published).latest)
        reference = min(latest, reference)
    said = None
    if capture.said:
        try:
            said = parse_date(capture.said, reference)
        except DateError as error:
            raise CaptureError(str(error), field="said") from None
    created: list[str] = []
    label = "Edit statement" if statement_id is not None else "Capture statement"
    with desk.change(label) as change:
        speaker_id = speaker_id or _create_actor(desk, change, new_speaker, created)
        if new_via and new_via == new_speaker:
            via_id = speaker_id
        else:
            via_id = via_id or _create_actor(desk, change, new_via, created)
        source_id = source.id if source else None
        if capture.source and source is None:
            name = " ".join(capture.source.split())
            source_id = desk.sources.add(name, outlet=name, url=url, change=change)
            created.append(f"source {name}")
        fields: dict[str, Any] = {
            "speaker_id": speaker_id,
            "source_id": source_id,
            "said": said,
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


def _create_actor(
    desk: Desk, change: ChangeWriter, name: str | None, created: list[str]
) -> int | None:
    if name is None:
        return None
    created.append(f"actor {name}")
    return desk.actors.add(name, change=change)


def summarise(statement: Statement) -> str:
    """One line: stance, speaker, date, the start of the words."""
    stance = {"public": "PUBLIC", "private": "PRIVATE"}.get(statement.stance or "", "untagged")
    words = " ".join(statement.text.split())
    words = words if len(words) <= 60 else words[:59] + "…"
    speaker = statement.speaker_name or "unknown speaker"
    when = humanize(statement.said)
    return f"#{statement.id} [{stance}] {speaker}, {when}: “{words}”"
