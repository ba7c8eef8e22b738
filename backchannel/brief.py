"""The Markdown brief: what a filter finds, with citations, to share.

A heading, the public-stance-beside-private-assurance table, every statement
with its speaker, date, stance and citation (title, outlet, URL and the
relay chain: "Ukrainska Pravda, citing The Telegraph"), then the events in
order. It reads as plain text and renders as Markdown.

Statements are read a page at a time, in date order, twice (once for the
table, once for the list), so a brief of a whole desk never holds it in
memory. News text is escaped: it cannot open a link, an HTML tag or a table
cell of its own, and control characters are shown, not written.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from backchannel.db import Desk, PageRequest, Statement, humanize, statement_key
from backchannel.db.filters import Filter
from backchannel.db.models import Link, TimelineEntry, placed
from backchannel.textsafe import clean
from backchannel.vocabulary import KIND_WORDS, STANCE_WORDS

PAGE = 500

_MARKDOWN = re.compile(r"([\\`*_\[\]<>|~])")
_LEADING = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")


def md(value: object, limit: int = 2_000) -> str:
    """News text as inert Markdown on one line: control characters shown,
    Markdown and HTML characters escaped (parentheses and the like are left
    alone: with brackets escaped they cannot make a link)."""
    escaped = _MARKDOWN.sub(r"\\\1", clean(value, limit))
    return _LEADING.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", escaped)


def title_of(desk: Desk, f: Filter) -> str:
    """The brief's heading: who, on what."""
    who = f.speaker_label or "Everyone"
    if f.topic_ids:
        marks = ", ".join("?" for _ in f.topic_ids)
        names = [
            r["name"]
            for r in desk.query(f"SELECT name FROM topics WHERE id IN ({marks})", f.topic_ids)
        ]
        return f"{who} on {' and '.join(names)}"
    return who


def statements(desk: Desk, f: Filter) -> Iterator[tuple[Statement, list[Link]]]:
    """Every statement the filter finds, in date order (undated last), by page,
    each with its links."""
    request = PageRequest(limit=PAGE)
    while True:
        page = desk.statements.page(request, filter=f)
        links = desk.links.of(s.id for s in page)
        for s in page:
            yield s, links.get(s.id, [])
        if len(page) < PAGE:
            return
        request = PageRequest(after=statement_key(page[-1]), limit=PAGE)


def events(desk: Desk, f: Filter) -> Iterator[TimelineEntry]:
    """Every event the filter finds, in date order, by page."""
    request = PageRequest(limit=PAGE)
    while True:
        page = desk.timeline.events(request, filter=f)
        yield from page
        if len(page) < PAGE:
            return
        request = PageRequest(after=page[-1].key, limit=PAGE)


def _who(name: str | None) -> str:
    return md(name, 200) if name else "unknown speaker"


def _link_words(link: Link) -> str:
    said = humanize(link.other_said)
    return f"{link.words} {_who(link.other_speaker)} ({said}): “{md(link.other_text, 160)}”"


def _citation(desk: Desk, source_id: int) -> str:
    chain = desk.sources.chain(source_id)
    names = [md(s.outlet or s.title, 200) for s in chain]
    head = chain[0]
    parts = [", citing ".join(names), f"“{md(head.title, 400)}”"]
    if head.published:
        parts.append(f"published {humanize(head.published)}")
    if head.url:
        parts.append(f"<{clean(head.url, 1000).replace('>', '%3E').replace(' ', '%20')}>")
    return " — ".join(parts)


def write_brief(desk: Desk, f: Filter, out: TextIO, today: date | None = None) -> int:
    """Write the brief for ``f`` to ``out``; return how many statements it holds."""
    today = today or date.today()
    # Most statements of a brief share a few sources: read each chain once.
    citation = functools.lru_cache(maxsize=4096)(functools.partial(_citation, desk))
    tally = desk.compare.tally(f)
    shown = {
        "public": "public stances",
        "private": "private assurances",
        "none": "untagged statements",
        "tagged": "tagged statements",
    }.get(f.stance or "", "")
    out.write(f"# Brief: {md(title_of(desk, f), 400)}\n\n")
    out.write(f"Written {today.day} {today:%b %Y} from the desk {md(desk_name(desk))}.")
    if not f.is_empty:
        line = clean(f.line, 400).replace("`", "'")
        out.write(f" Filter: `{line}`.")
    out.write("\n\n")
    out.write(
        f"{_count(tally.total, 'statement')}: {_count(tally.public, 'public stance')}, "
        f"{_count(tally.private, 'private assurance')}, {tally.untagged:,} not tagged"
        + (f" (this brief lists the {shown} only)" if shown else "")
        + ".\n\n"
    )

    out.write("## Public stance and private assurance\n\n")
    rows = 0
    for number, (s, links) in enumerate(statements(desk, f), 1):
        if s.stance is None:
            continue
        if rows == 0:
            out.write("| Said | Public stance | Private assurance |\n| --- | --- | --- |\n")
        rows += 1
        cell = f"{_who(s.speaker_name)}: “{md(s.text, 160)}” \\[{number}\\]"
        public, private = (cell, "") if s.stance == "public" else ("", cell)
        out.write(f"| {placed(s)} | {public} | {private} |\n")
        contra = [link for link in links if link.diverges_from(s.stance)]
        for link in contra:
            mark = f"≠ contradicts {_who(link.other_speaker)} ({humanize(link.other_said)})"
            out.write(f"| | {mark if s.stance == 'private' else ''} |"
                      f" {mark if s.stance == 'public' else ''} |\n")  # fmt: skip
    if rows == 0:
        out.write("No statement here is tagged public stance or private assurance yet.\n")
    out.write("\n## Statements\n\n")
    count = 0
    for number, (s, links) in enumerate(statements(desk, f), 1):
        count += 1
        full = desk.statements.get(s.id) if s.is_preview else s
        out.write(
            f"{number}\\. **{_who(s.speaker_name)}** · {placed(s)} · "
            f"{STANCE_WORDS.get(s.stance, s.stance)} · {KIND_WORDS.get(s.kind, s.kind)}\n\n"
        )
        text = full.text if len(full.text) <= 20_000 else full.text[:20_000]
        for line in text.splitlines() or [""]:
            out.write(f"> {md(line, 20_000)}\n")
        out.write("\n")
        if s.source_id is not None:
            out.write(f"- Source: {citation(s.source_id)}\n")
        if s.relayed_by_name:
            out.write(f"- Relayed by: {md(s.relayed_by_name, 200)}\n")
        for link in links:
            words = _link_words(link)
            out.write(f"- {words[0].upper()}{words[1:]}\n")
        if s.topics:
            out.write(f"- Topics: {md(', '.join(s.topics), 400)}\n")
        out.write("\n")
    if count == 0:
        out.write("No statements match.\n\n")
    out.write("## Events\n\n")
    none = True
    for e in events(desk, f):
        none = False
        event = desk.events.get(e.id)
        line = f"- **{humanize(event.happened)}** — {md(event.title, 400)}"
        if event.kind:
            line += f" ({md(event.kind, 40)})"
        if event.actors:
            line += f"; {md(', '.join(event.actors), 400)}"
        if event.source_id is not None:
            line += f". Source: {citation(event.source_id)}"
        out.write(line + "\n")
    if none:
        out.write("No events match.\n")
    return count


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def desk_name(desk: Desk) -> str:
    return desk.path.name if desk.path is not None else "in memory"


def write_brief_file(desk: Desk, f: Filter, path: Path, today: date | None = None) -> int:
    """Write the brief to ``path`` whole or not at all (a temporary file, renamed)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            count = write_brief(desk, f, out, today)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count
