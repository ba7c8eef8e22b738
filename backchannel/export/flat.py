"""CSV, JSON Lines and JSON written from the statements' own columns, a page at a time.

The records (``records.py``) are the reference: a ``Statement`` and a
``Record`` per row, then the csv module or ``json.dumps`` over each. On a
desk of a million that is most of what an export costs, so here each line is
put together from pieces already in the format's own quoting, read and kept
by ``flat_pages.Flat``; only the text and uuid are quoted row by row (for
JSON, by SQLite). Every line costs a column read or a dict lookup per field,
so fields that repeat together are read as one.

What is written is byte for byte what the records give
(``tests/test_export_flat.py`` compares the two on a desk with relays,
links, topics, fuzzy dates, trashed rows, unnamed speakers and hostile
text, with each kind of source protection).
"""

from __future__ import annotations

from collections.abc import Callable
from json import JSONEncoder
from json.encoder import encode_basestring
from typing import TextIO

from backchannel.db import Desk
from backchannel.db.filters import Filter
from backchannel.db.models import Link

from .flat_pages import Flat, Page
from .records import Redact, link_json
from .tabular import COLUMNS

dumps = JSONEncoder(ensure_ascii=False).encode

#: A stance and a kind are words the schema's CHECKs allow: never escaped.
_STANCES = {None: "null", "public": '"public"', "private": '"private"'}


def csv_cell(value: str | None) -> str:
    """A value as the csv module writes a cell (QUOTE_MINIMAL, "\\r\\n" lines):
    quoted if it holds a comma, a quote or a line break, quotes doubled."""
    if value is None:
        return ""
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def json_value(value: str | None) -> str:
    """A string (or None) as ``json.dumps(..., ensure_ascii=False)`` writes it."""
    return "null" if value is None else encode_basestring(value)


def write_csv(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One header row, then a row per statement (as ``tabular.write_csv``)."""
    flat = Flat(desk, f, redact, csv_cell)
    out.write(",".join(COLUMNS) + "\r\n")
    speakers, relayers, dates, sources = flat.speakers, flat.relayers, flat.dates, flat.sources
    topic_cells = flat.topics

    def source(page: Page, source_id: int | None) -> str:
        chain = flat.chain(page, source_id)
        if chain is None:
            return ",,,,,"
        _, _, title, outlet, author, url, published, _ = chain[0]
        names = " ← ".join(s[3] or s[2] for s in chain)  # as Cited.names
        return ",".join(map(csv_cell, [title, outlet, author, url, published, names]))

    def write(page: Page) -> None:
        lines: list[str] = []
        add = lines.append
        page_topics, page_links = page.topics, page.links
        for statement_id, uuid, text, speaker_id, source_id, by, key in page.rows:
            # Each piece but the text and uuid is quoted once, then looked up
            # (a stance and a kind need no quotes, see _STANCES). Tests are
            # written out, not called: a call a row is a tenth of the loop.
            if (speaker := speakers.get(speaker_id)) is None:
                speaker = speakers[speaker_id] = ",".join(flat.speaker(page, speaker_id))
            if (relayer := relayers.get(by)) is None:
                relayer = relayers[by] = flat.relayed(page, by)
            if (dated := dates.get(key)) is None:
                stance, kind, *days = flat.when(key)
                dated = dates[key] = ",".join([stance or "", kind, *days])
            if (cited := sources.get(source_id)) is None:
                cited = sources[source_id] = source(page, source_id)
            if '"' in text or "," in text or "\n" in text or "\r" in text:
                text = csv_cell(text)
            if '"' in uuid or "," in uuid or "\n" in uuid or "\r" in uuid:
                uuid = csv_cell(uuid)
            if (topics := page_topics.get(statement_id)) is not None:
                if (topics_cell := topic_cells.get(topics)) is None:
                    topics_cell = topic_cells[topics] = csv_cell("; ".join(flat.topics_of(topics)))
            else:
                topics_cell = ""
            if page_links and (linked := page_links.get(statement_id)):
                links_cell = _links_cell(flat.protection.links(linked))
            else:
                links_cell = ""
            add(
                f"{statement_id},{uuid},{text},{speaker},{dated},"
                f"{topics_cell},{relayer},{cited},{links_cell}\r\n"
            )
        out.write("".join(lines))

    return flat.run(write)


def _links_cell(linked: tuple[Link, ...]) -> str:
    return csv_cell("; ".join(f"{x.words} #{x.other_id}" for x in linked)) if linked else ""


def _json_lines(desk: Desk, f: Filter, redact: Redact, write: Callable[[list[str]], object]) -> int:
    """Each page's statements as the lines ``json.dumps(record.as_json())`` gives.

    Its loop has the shape of ``write_csv``'s on purpose: each runs once a
    statement, and a shared generator of the pieces costs a frame a row."""
    flat = Flat(desk, f, redact, json_value, sql_quotes=True)
    speakers, relayers, dates, sources = flat.speakers, flat.relayers, flat.dates, flat.sources
    topic_cells = flat.topics

    def source(page: Page, source_id: int | None) -> str:
        chain = flat.chain(page, source_id)
        if chain is None:
            return '"source": null, "relay_chain": []'
        source_id, uuid, title, outlet, author, url, published, _ = chain[0]
        span = flat.span(published) if published else (None, None)
        source = {  # as records.source_json
            "id": source_id, "uuid": uuid, "title": title, "outlet": outlet, "author": author,
            "url": url, "published": published,
            "published_earliest": span[0], "published_latest": span[1],
        }  # fmt: skip
        names = [s[3] or s[2] for s in chain]  # as Cited.chain_names
        return f'"source": {dumps(source)}, "relay_chain": {dumps(names)}'

    def page_lines(page: Page) -> None:
        lines: list[str] = []
        add = lines.append
        page_topics, page_links = page.topics, page.links
        quoted = flat.quoted
        for statement_id, uuid, text, speaker_id, source_id, by, key in page.rows:
            if not quoted:
                uuid, text = encode_basestring(uuid), encode_basestring(text)
            if (speaker := speakers.get(speaker_id)) is None:
                speaker = speakers[speaker_id] = '"speaker": {}, "affiliation": {}'.format(
                    *flat.speaker(page, speaker_id)
                )
            if (relayer := relayers.get(by)) is None:
                relayer = relayers[by] = flat.relayed(page, by)
            if (dated := dates.get(key)) is None:
                stance, kind, said, earliest, latest = flat.when(key)
                dated = dates[key] = (
                    f'"stance": {_STANCES[stance]}, "kind": "{kind}", "said": {said}, '
                    f'"said_earliest": {earliest}, "said_latest": {latest}'
                )
            if (cited := sources.get(source_id)) is None:
                cited = sources[source_id] = source(page, source_id)
            if (topics := page_topics.get(statement_id)) is not None:
                if (topic_list := topic_cells.get(topics)) is None:
                    topic_list = topic_cells[topics] = dumps(flat.topics_of(topics))
            else:
                topic_list = "[]"
            if page_links and (found := page_links.get(statement_id)):
                links = dumps([link_json(x) for x in flat.protection.links(found)])
            else:
                links = "[]"
            add(
                f'{{"id": {statement_id}, "uuid": {uuid}, '
                f'"text": {text}, {speaker}, {dated}, "topics": {topic_list}, '
                f'"relayed_by": {relayer}, {cited}, "links": {links}}}'
            )
        write(lines)

    return flat.run(page_lines)


def write_jsonl(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One JSON object a line (as ``tabular.write_jsonl``)."""

    def write(lines: list[str]) -> None:
        if lines:  # joined once, not each line copied to add its line break
            out.write("\n".join(lines))
            out.write("\n")

    return _json_lines(desk, f, redact, write)


def write_json(desk: Desk, f: Filter, redact: Redact, out: TextIO) -> int:
    """One JSON array, written a page at a time (as ``tabular.write_json``)."""
    started = False

    def write(lines: list[str]) -> None:
        nonlocal started
        if lines:
            out.write((",\n" if started else "[\n") + ",\n".join(lines))
            started = True

    count = _json_lines(desk, f, redact, write)
    out.write("\n]\n" if count else "[]\n")
    return count
