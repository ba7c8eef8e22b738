"""A statement as a person pastes it elsewhere: the words and who said them
when, and where it was read, with the chain of who relayed whom."""

from __future__ import annotations

from backchannel.db import Desk, Statement, humanize
from backchannel.db.models import placed


def source_words(desk: Desk, source_id: int) -> str:
    """ "Ukrainska Pravda: “Title”, by A, 10 Apr 2025, https://…; citing The Telegraph"."""
    chain = desk.sources.chain(source_id)
    head = chain[0]
    parts = [f"{head.outlet}: “{head.title}”" if head.outlet else f"“{head.title}”"]
    if head.author:
        parts.append(f"by {head.author}")
    if head.published:
        parts.append(humanize(head.published))
    if head.url:
        parts.append(head.url)
    line = ", ".join(parts)
    relayed = [s.outlet or s.title for s in chain[1:]]
    return line + (f"; citing {', citing '.join(relayed)}" if relayed else "")


def citation(desk: Desk, statement: Statement) -> str:
    """The whole statement with its citation, on a few plain lines."""
    whole = desk.statements.get(statement.id)
    who = whole.speaker_name or "unknown speaker"
    line = f"“{whole.text}” — {who}, {placed(whole)}"
    if whole.relayed_by_name:
        line += f" (via {whole.relayed_by_name})"
    if whole.source_id is not None:
        line += f"\n{source_words(desk, whole.source_id)}"
    return line
