"""Exports: what a filter finds, in formats other tools read, provenance kept.

``export(desk, name, filter, out)`` streams one format; every format reads
the same records (``records.py``), so each carries the speaker and
affiliation, stance, kind, EDTF date with its earliest and latest day,
topics, the source (title, outlet, author, URL, published), the relay chain
and the links, and each applies the same source protection (``Redact``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import IO, Any

from backchannel.db import Desk
from backchannel.db.filters import Filter

from .records import NO_REDACTION, Redact, records


@dataclass(frozen=True)
class Format:
    """One export format: where its writer is, and what kind of file it makes."""

    module: str
    writer: str
    suffix: str
    binary: bool = False
    what: str = "statements"
    rows: bool = False
    """The writer takes the statements' records; else the desk and the filter."""

    def write(self, desk: Desk, f: Filter, redact: Redact, out: IO[Any]) -> int:
        # A format's module is imported when it is used: whoever reads records
        # (the brief, so the comparison screen) does not pay for every writer.
        writer = getattr(importlib.import_module(self.module, __name__), self.writer)
        if self.rows:
            return int(writer(records(desk, f, redact), out))
        return int(writer(desk, f, redact, out))


FORMATS: dict[str, Format] = {
    "csv": Format(".flat", "write_csv", ".csv"),
    "jsonl": Format(".flat", "write_jsonl", ".jsonl"),
    "json": Format(".flat", "write_json", ".json"),
    "timelinejs": Format(".timeline", "write_timeline", ".json", what="slides"),
    "csl-json": Format(".citations", "write_csl", ".json", what="sources"),
    "refi-qda": Format(".qda", "write_qdpx", ".qdpx", binary=True, what="coded statements"),
    "claimreview": Format(".citations", "write_claimreview", ".jsonld"),
}


def export(desk: Desk, name: str, f: Filter, out: IO[Any], redact: Redact = NO_REDACTION) -> int:
    """Write ``f``'s statements to ``out`` as format ``name``; return how many."""
    return FORMATS[name].write(desk, f, redact, out)
