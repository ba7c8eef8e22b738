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
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from backchannel.db import Desk, PageRequest, Statement, humanize, statement_key
from backchannel.db.filters import Filter
from backchannel.db.models import Link, placed
from backchannel.export.records import (
    NO_REDACTION,
    Citations,
    Protection,
    Redact,
    events,
    protected,
)  # fmt: skip
from backchannel.filter_line import tokens
from backchannel.outfile import write_whole
from backchannel.textsafe import clean
from backchannel.vocabulary import KIND_WORDS, STANCE_WORDS

PAGE = 500

#: Markdown syntax anywhere in a line that every renderer (Python-Markdown
#: too) reads a backslash before: code, emphasis, links, quotes.
_BACKSLASHED = re.compile(r"([\\`*_\[\]>])")
#: Syntax that Python-Markdown does not unescape (it would show ``\|``): HTML,
#: table cells, strikethrough, and what an entity (&copy; &#65;) or a
#: reference we write next to it would decode. A character reference is
#: read as literal text by CommonMark, GitHub's cmark-gfm and Python-Markdown
#: alike, and splits no table cell.
_REFERENCED = {"<": "&lt;", "|": "&#124;", "~": "&#126;"}
_REFERENCED_RE = re.compile(r"[<|~]|&(?=#|[A-Za-z0-9]+[;<|~:/])")
#: Bare addresses that GitHub-style renderers turn into links: example.com,
#: www.bbc.co.uk, é.fr, 9$.co, http://…, //1.1: a dot before a letter, after
#: anything but a space or punctuation (linkify-it's domains hold symbols), a colon
#: before // and the second slash of // (as references: Python-Markdown
#: shows ``\:`` and ``\/`` with their backslash).
_LINKISH = re.compile(
    r"(?<=[^\s!\"#%&'()*,./:;?@\[\\\]_{}])\.(?=[^\W\d])|(?<=www)\.|(?<=[A-Za-z0-9]):(?=//)"
    r"|(?<=[^:]/)(?<!&#58;/)/|(?<=^/)/",
    re.I,
)
_LINKISH_AS = {".": "\\.", ":": "&#58;", "/": "&#47;"}
#: An e-mail address is linked after escapes are read (cmark-gfm takes
#: ``a\.b@c`` whole, and ``a@.co.uk`` too): only a character between its
#: parts stops that, so an invisible word joiner goes before every @.
_EMAIL_AT = re.compile("@")
#: What opens a block at the start of a line: a heading, a list item, a
#: setext underline, a numbered item (whose . or ) is escaped, not the digits).
_LEADING_MARK = re.compile(r"^([#+-])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
WORD_JOINER = "\u2060"


def md(value: object, limit: int = 2_000) -> str:
    """News text as inert Markdown on one line (the one escaping function).

    Control characters are shown (``textsafe.clean``); Markdown and HTML
    syntax is escaped, so it renders literally under CommonMark,
    GitHub-flavoured renderers and Python-Markdown: no emphasis, code, link,
    autolink, entity, HTML, table cell, strikethrough or list of its own, and
    no backslash shown. The raw text stays readable: only what could be
    syntax is escaped, with a backslash where every renderer takes one back.
    """
    text = clean(value, limit).strip()
    text = _BACKSLASHED.sub(r"\\\1", text)
    text = _REFERENCED_RE.sub(lambda m: _REFERENCED.get(m.group(0), "&amp;"), text)
    text = _LINKISH.sub(lambda m: _LINKISH_AS[m.group(0)], text)
    text = _EMAIL_AT.sub(WORD_JOINER + "@", text)
    if text.startswith("="):
        text = "&#61;" + text[1:]  # a setext underline
    text = _LEADING_MARK.sub(r"\\\1", text)
    return _LEADING_NUMBER.sub(r"\1\\\2", text)


_STANCE_SHOWN = {
    "public": "public stances",
    "private": "private assurances",
    "none": "untagged statements",
    "tagged": "tagged statements",
}
_KIND_SHOWN = {"direct": "direct quotes", "indirect": "indirect quotes", "block": "quoted blocks"}


def title_of(desk: Desk, f: Filter) -> str:
    """The brief's heading, saying the whole filter: who, on what, and the
    rest ("Everyone — private assurances, read in Telegraph, from 1 Mar 2025")."""
    title = f.speaker_label or "Everyone"
    if f.topic_ids:
        marks = ", ".join("?" for _ in f.topic_ids)
        names = [
            r["name"]
            for r in desk.query(f"SELECT name FROM topics WHERE id IN ({marks})", f.topic_ids)
        ]
        title += f" on {' and '.join(names)}"
    rest = []
    if f.stance:
        rest.append(_STANCE_SHOWN.get(f.stance, f.stance))
    if f.kind:
        rest.append(_KIND_SHOWN.get(f.kind, f.kind))
    sources = [value for key, value in tokens(f.line) if key == "source"]
    if sources:
        rest.append("read in " + " and ".join(sources))
    if f.since:
        rest.append(f"from {humanize(f.since)}")
    if f.until:
        rest.append(f"until {humanize(f.until)}")
    if f.text:
        rest.append(f"matching “{f.text}”")
    return f"{title} — {', '.join(rest)}" if rest else title


def statements(desk: Desk, protection: Protection) -> Iterator[tuple[Statement, tuple[Link, ...]]]:
    """Every statement the filter finds, in date order (undated last), by page,
    each with its links, as source protection lets them be shown."""
    request = PageRequest(limit=PAGE)
    while True:
        page = desk.statements.page(request, filter=protection.filter)
        links = desk.links.of(s.id for s in page)
        for s in page:
            yield protection.statement(s), protection.links(links.get(s.id, []))
        if len(page) < PAGE:
            return
        request = PageRequest(after=statement_key(page[-1]), limit=PAGE)


def _who(name: str | None) -> str:
    return md(name, 200) if name else "unknown speaker"


def _link_words(link: Link) -> str:
    said = humanize(link.other_said)
    return f"{link.words} {_who(link.other_speaker)} ({said}): “{md(link.other_text, 160)}”"


_WEB = re.compile(r"https?://[^\s<>\\]+", re.I)


def _url(url: str) -> str:
    """A source's URL: an autolink for a plain http(s) address, else inert text
    (a javascript: or data: URL is shown, never linked)."""
    if _WEB.fullmatch(url) and clean(url, 1000) == url:
        return f"<{url}>"
    return md(url, 1000)


def _citation(citations: Citations, source_id: int) -> str:
    cited = citations.cited(source_id)
    if cited is None:
        return "a source since deleted"
    head = cited.source
    parts = [", citing ".join(md(name, 200) for name in cited.chain_names())]
    parts.append(f"“{md(head.title, 400)}”")
    if head.author:
        parts.append(f"by {md(head.author, 200)}")
    if head.published:
        parts.append(f"published {humanize(head.published)}")
    if head.url:
        parts.append(_url(head.url))
    return " — ".join(parts)


def write_brief(
    desk: Desk,
    f: Filter,
    out: IO[str],
    today: date | None = None,
    redact: Redact = NO_REDACTION,
) -> int:
    """Write the brief for ``f`` to ``out``; return how many statements it holds.
    ``redact`` leaves out what source protection asks (as exports do)."""
    today = today or date.today()
    title = title_of(desk, f)
    protection = protected(desk, f, redact)
    f = protection.filter
    # Most statements of a brief share a few sources: read each chain once.
    citation = functools.partial(_citation, Citations(desk))
    tally = desk.compare.tally(f)
    shown = _STANCE_SHOWN.get(f.stance or "", "")
    out.write(f"# Brief: {md(title, 400)}\n\n")
    out.write(f"Written {today.day} {today:%b %Y} from the desk {md(desk_name(desk))}.")
    if not f.is_empty:
        line = clean(f.line, 400).replace("`", "'")
        out.write(f" Filter: `{line}`.")
    left_out = [
        *(["who relayed each statement"] if redact.relays else []),
        *(["statements by unnamed sources"] if redact.anonymous else []),
    ]
    if left_out:
        verb = "are" if redact.anonymous else "is"
        out.write(f" Source protection: {' and '.join(left_out)} {verb} left out.")
    out.write("\n\n")
    out.write(
        f"{_count(tally.total, 'statement')}: {_count(tally.public, 'public stance')}, "
        f"{_count(tally.private, 'private assurance')}, {tally.untagged:,} not tagged"
        + (f" (this brief lists the {shown} only)" if shown else "")
        + ".\n\n"
    )

    out.write("## Public stance and private assurance\n\n")
    rows = 0
    for number, (s, links) in enumerate(statements(desk, protection), 1):
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
    for number, (s, links) in enumerate(statements(desk, protection), 1):
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
        actors = [a for a in event.actors if a not in protection.hidden_names]
        if actors:
            line += f"; {md(', '.join(actors), 400)}"
        if event.source_id is not None:
            stop = "" if line.endswith((".", "!", "?")) else "."
            line += f"{stop} Source: {citation(event.source_id)}"
        out.write(line + "\n")
    if none:
        out.write("No events match.\n")
    return count


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def desk_name(desk: Desk) -> str:
    return desk.path.name if desk.path is not None else "in memory"


def write_brief_file(
    desk: Desk,
    f: Filter,
    path: Path,
    today: date | None = None,
    *,
    redact: Redact = NO_REDACTION,
    force: bool = False,
) -> int:
    """Write the brief to ``path`` whole or not at all, mode 0600; an existing
    file is replaced only with ``force`` (``outfile.write_whole``)."""
    return write_whole(path, lambda out: write_brief(desk, f, out, today, redact), force=force)
