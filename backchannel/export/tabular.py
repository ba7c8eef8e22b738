"""Statements as rows: CSV (one row a statement), JSON Lines and a JSON array.

Every column of provenance a record has (``Record.as_json``); lists in CSV
cells are joined with "; " and the relay chain with " ← ". Text is written
as it is, in each format's own escaping: CSV quotes any field holding a
comma, quote or line break; JSON escapes control characters.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any, TextIO

from .records import Record

#: ``json.dumps(value, ensure_ascii=False)``, with one encoder for every item:
#: json.dumps with options makes a new encoder (and its C scanner) a call, a
#: fifth of what a ClaimReview item costs.
dumps = json.JSONEncoder(ensure_ascii=False).encode

COLUMNS = [
    "id", "uuid", "text", "speaker", "affiliation", "stance", "kind",
    "said", "said_earliest", "said_latest", "topics", "relayed_by",
    "source_title", "source_outlet", "source_author", "source_url", "source_published",
    "relay_chain", "links",
]  # fmt: skip


def write_csv(rows: Iterable[Record], out: TextIO) -> int:
    """One header row, then a row per statement; returns how many."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for r in rows:
        s = r.statement
        source = r.cited.source if r.cited else None
        writer.writerow(
            [
                s.id,
                s.uuid,
                s.text,
                s.speaker_name,
                r.affiliation,
                s.stance,
                s.kind,
                s.said,
                s.said_earliest,
                r.said_latest,
                "; ".join(s.topics),
                s.relayed_by_name,
                source.title if source else None,
                source.outlet if source else None,
                source.author if source else None,
                source.url if source else None,
                source.published if source else None,
                " ← ".join(r.cited.names) if r.cited else None,
                "; ".join(f"{link.words} #{link.other_id}" for link in r.links),
            ]
        )
        count += 1
    return count


def write_jsonl(rows: Iterable[Record], out: TextIO) -> int:
    """One JSON object a line."""
    count = 0
    for r in rows:
        out.write(json.dumps(r.as_json(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_json(rows: Iterable[Record], out: TextIO) -> int:
    """The records as one JSON array, written an item at a time."""
    return json_array((r.as_json() for r in rows), out)


def json_array(items: Iterable[Any], out: IO[str]) -> int:
    """One JSON array, written an item at a time; how many items it holds."""
    count = 0
    out.write("[")
    for item in items:
        out.write(",\n" if count else "\n")
        out.write(dumps(item))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
