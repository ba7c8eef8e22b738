"""Exports: what a filter finds, in formats other tools read, provenance kept.

``export(desk, name, filter, out)`` streams one format; every format reads
the same records (``records.py``), so each carries the speaker and
affiliation, stance, kind, EDTF date with its earliest and latest day,
topics, the source (title, outlet, author, URL, published), the relay chain
and the links, and each applies the same source protection (``Redact``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from backchannel.db import Desk
from backchannel.db.filters import Filter

from .citations import write_claimreview, write_csl
from .qda import write_qdpx
from .records import NO_REDACTION, Redact, records
from .tabular import write_csv, write_json, write_jsonl
from .timeline import write_timeline


@dataclass(frozen=True)
class Format:
    """One export format: how it is written, and what kind of file it makes."""

    write: Callable[[Desk, Filter, Redact, IO[Any]], int]
    suffix: str
    binary: bool = False
    what: str = "statements"


def _rows(writer: Callable[[Any, Any], int]) -> Callable[[Desk, Filter, Redact, IO[Any]], int]:
    return lambda desk, f, redact, out: writer(records(desk, f, redact), out)


FORMATS: dict[str, Format] = {
    "csv": Format(_rows(write_csv), ".csv"),
    "jsonl": Format(_rows(write_jsonl), ".jsonl"),
    "json": Format(_rows(write_json), ".json"),
    "timelinejs": Format(write_timeline, ".json", what="slides"),
    "csl-json": Format(write_csl, ".json", what="sources"),
    "refi-qda": Format(write_qdpx, ".qdpx", binary=True, what="coded statements"),
    "claimreview": Format(write_claimreview, ".jsonld"),
}


def export(desk: Desk, name: str, f: Filter, out: IO[Any], redact: Redact = NO_REDACTION) -> int:
    """Write ``f``'s statements to ``out`` as format ``name``; return how many."""
    return FORMATS[name].write(desk, f, redact, out)
