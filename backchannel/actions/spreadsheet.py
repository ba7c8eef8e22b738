"""Import an analyst's spreadsheet of quotes (CSV): one statement a row, its
columns found by their headers, names resolved as capture resolves them.

All or nothing: every row is read and checked, then its names resolved inside
one change (one undo step); a file with any row that cannot be taken (a cell
that cannot be read, a name that could mean two actors) is refused with one
line for each such row, in the file's order, and the change is rolled back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from backchannel.db import Desk
from backchannel.extract.capture import Capture, CaptureError, normalise_topic
from backchannel.extract.dates import DateError, parse_date
from backchannel.vocabulary import KINDS

from . import ActionError, Outcome
from .capture import save_capture

#: The headers each field is found under (any case; --map adds others).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "quote", "statement", "words", "what"),
    "speaker": ("speaker", "by", "who", "actor", "said by"),
    "stance": ("stance", "public/private", "tag"),
    "topics": ("topics", "topic", "tags"),
    "source": ("source", "outlet", "read in", "publication"),
    "url": ("url", "link"),
    "said": ("said", "date", "when", "said on"),
    "via": ("via", "relayed by"),
    "kind": ("kind", "type"),
    "note": ("note", "notes", "comment"),
}

_STANCES = {
    "public": "public", "public stance": "public", "pub": "public", "on the record": "public",
    "private": "private", "private assurance": "private", "priv": "private",
    "": None, "none": None, "untagged": None, "-": None,
}  # fmt: skip


class SpreadsheetError(ActionError):
    """Rows that cannot be taken; ``problems`` has one line for each."""

    def __init__(self, problems: list[str]) -> None:
        rows = "1 row" if len(problems) == 1 else f"{len(problems)} rows"
        super().__init__(f"{rows} cannot be imported; nothing was added")
        self.problems = problems


@dataclass(frozen=True)
class Row:
    line: int
    capture: Capture
    url: str | None


def columns(header: list[str], renames: Mapping[str, str]) -> dict[str, int]:
    """Which column holds each field: by header, any case, after ``renames``
    (spreadsheet header → field). Raises ActionError without a text column."""
    named = {h.strip().casefold(): i for i, h in enumerate(header)}
    found: dict[str, int] = {}
    for heading, field in renames.items():
        if field not in FIELDS:
            raise ActionError(f"--map {heading}={field}: no field {field!r} ({', '.join(FIELDS)})")
        if heading.strip().casefold() not in named:
            raise ActionError(f"--map {heading}={field}: the file has no column {heading!r}")
        found[field] = named[heading.strip().casefold()]
    for field, names in FIELDS.items():
        if field not in found:
            at = next((named[n] for n in names if n in named), None)
            if at is not None:
                found[field] = at
    if "text" not in found:
        raise ActionError(
            f"no column holds the words said: name one {', '.join(FIELDS['text'])}, or --map it"
        )
    return found


def read_rows(
    text: str, renames: Mapping[str, str], today: date | None
) -> tuple[list[Row], list[tuple[int, str]]]:
    """Every row that can be a capture, and (row number, line) for each that cannot."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ActionError("the file is empty") from None
    where = columns(header, renames)
    rows: list[Row] = []
    problems: list[tuple[int, str]] = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue

        def cell(field: str, cells: list[str] = cells) -> str:
            at = where.get(field)
            return cells[at].strip() if at is not None and at < len(cells) else ""

        try:
            rows.append(Row(number, _capture(cell, today), cell("url") or None))
        except (CaptureError, ValueError) as error:
            problems.append((number, f"row {number}: {error}"))
    return rows, problems


def _capture(get: Callable[[str], str], today: date | None) -> Capture:
    """One row as a capture; ``get`` gives a field's cell. ValueError says what is wrong."""
    text = get("text")
    if not text:
        raise ValueError("no words said")
    stance_cell = get("stance").casefold()
    if stance_cell not in _STANCES:
        raise ValueError(f"stance {get('stance')!r} is neither public nor private")
    kind = get("kind").casefold() or "direct"
    if kind not in KINDS:
        raise ValueError(f"kind {get('kind')!r} is not one of {', '.join(KINDS)}")
    said = get("said") or None
    if said:
        try:
            parse_date(said, today)  # checked now; read against the source when saved
        except DateError as error:
            raise ValueError(str(error)) from None
    topics = [normalise_topic(t) for t in get("topics").replace(";", ",").split(",") if t.strip()]
    return Capture(
        text=text, speaker=get("speaker") or None, stance=_STANCES[stance_cell], topics=topics,
        source=get("source") or None, said=said, via=get("via") or None, kind=kind,
        note=get("note") or None,
    )  # fmt: skip


def import_spreadsheet(
    desk: Desk, text: str, *, renames: Mapping[str, str] | None = None, today: date | None = None
) -> Outcome:
    """Add every row of a CSV of quotes, in one change, or none of them."""
    rows, problems = read_rows(text, renames or {}, today)
    if not rows and not problems:
        raise ActionError("the file has a header but no rows")
    created: list[str] = []
    with desk.change(f"Import {len(rows)} statements from a spreadsheet"):
        # Every readable row is saved, even once one has failed, so each row
        # whose names cannot be resolved is said; any problem rolls back all.
        for row in rows:
            try:
                done = save_capture(desk, row.capture, url=row.url, today=today)
            except CaptureError as error:  # a name that could mean two actors
                problems.append((row.line, f"row {row.line}: {error}"))
                continue
            created += [c for c in done.created if c not in created]
        if problems:
            raise SpreadsheetError([line for _, line in sorted(problems)])
    return Outcome(f"Imported {len(rows)} statements", created=tuple(created))
