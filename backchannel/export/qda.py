"""A REFI-QDA 1.0 project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo.

The .qdpx is a zip of ``project.qde`` (XML, urn:QDA-XML:project:1.0) and
``Sources/<guid>.txt``. Each source is a text source: its article text when
the desk holds it, then any of its statements not found in that text (with
no article, its title and then its statements). Each statement is a coded
selection over its own words (character offsets, as Python counts them,
end exclusive: what QualCoder reads), described with its provenance, and
coded with its stance and topics; speakers, relay chains and dates are in
the descriptions. Statements read in no source share one text source.

Streaming: statements are read once, source by source, down the statements'
(source, day, id) index; every text is written into the zip as it is made, and the XML goes to
a temporary file that joins the zip at the end. Only one source's text and
selections are held at once. Line breaks are written as \\n (QualCoder
reads text files with universal newlines, so a \\r would shift offsets);
characters XML 1.0 cannot hold are shown as their control pictures in
descriptions and names, never in the source texts.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from backchannel import __version__
from backchannel.db import Desk, humanize
from backchannel.db.filters import Filter
from backchannel.vocabulary import KIND_PHRASES, STANCE_WORDS, STANCES

from .records import Cited, Record, Recorder, Redact

_NAMESPACE = uuid.UUID("6f1c2a55-0d8e-4d1b-9b7e-3a1f0c9e5b21")  # Backchannel's codes
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STANCE_CODES = {stance: STANCE_WORDS[stance].capitalize() for stance in STANCES}
_KIND = KIND_PHRASES


def _guid(*parts: object) -> str:
    """``str(uuid.uuid5(_NAMESPACE, "a/b"))`` for parts a and b, made without
    UUID objects (a coding each statement and code: a tenth of a project's time)."""
    name = "/".join(str(p) for p in parts).encode("utf-8")
    digest = bytearray(hashlib.sha1(_NAMESPACE.bytes + name).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _holdable(value: object) -> str:
    """The characters XML 1.0 cannot hold, made visible."""
    return _NOT_XML.sub(lambda m: chr(0x2400 + ord(m.group(0)) % 0x20), str(value))


def _x(value: object) -> str:
    """Text for XML 1.0: escaped, and characters it cannot hold made visible."""
    return escape(_holdable(value))


def _attr(value: object) -> str:
    return quoteattr(_holdable(value))


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _describe_source(cited: Cited) -> str:
    source = cited.source
    words = [f"Title: {source.title}"]
    if source.outlet:
        words.append(f"Outlet: {source.outlet}")
    if source.author:
        words.append(f"Author: {source.author}")
    if source.url:
        words.append(f"URL: {source.url}")
    if source.published:
        words.append(f"Published: {source.published} ({humanize(source.published)})")
    if cited.relays:
        words.append("Relay chain: " + ", citing ".join(cited.chain_names()))
    return "\n".join(words)


def _describe(r: Record) -> str:
    s = r.statement
    words = [f"Speaker: {s.speaker_name or 'unknown'}"]
    if r.affiliation:
        words.append(f"Affiliation: {r.affiliation}")
    stance = STANCE_CODES.get(s.stance or "", STANCE_WORDS[None])
    words.append(f"Stance: {stance}; kind: {_KIND.get(s.kind, s.kind)}")
    if s.said:
        words.append(f"Said: {s.said} ({humanize(s.said)}; {s.said_earliest} to {r.said_latest})")
    if s.relayed_by_name:
        words.append(f"Relayed by: {s.relayed_by_name}")
    if s.topics:
        words.append("Topics: " + ", ".join(s.topics))
    for link in r.links:
        words.append(f"{link.words.capitalize()} statement {link.other_id}")
    words.append(f"Backchannel statement {s.id} ({s.uuid})")
    return "\n".join(words)


class _Project:
    """Writes the XML of one project to ``xml`` and the texts into ``archive``."""

    def __init__(self, desk: Desk, archive: zipfile.ZipFile, xml: IO[str]) -> None:
        self.desk = desk
        self.archive = archive
        self.xml = xml
        self.now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.user = _guid("user", "backchannel")
        self.stance_guids = {k: _guid("stance", k) for k in STANCE_CODES}
        self.topic_guids: dict[str, str] = {}
        self.selections = 0

    def codebook(self) -> None:
        """Stances and every topic on the desk, as codes."""
        w = self.xml.write
        w('<CodeBook>\n<Codes>\n<Code guid="{}" name="Stance" isCodable="false">\n'.format(
            _guid("stance")))  # fmt: skip
        colours = {"public": "#1F77B4", "private": "#D62728"}
        for key, name in STANCE_CODES.items():
            w(f'<Code guid="{self.stance_guids[key]}" name="{name}" isCodable="true"'
              f' color="{colours[key]}"/>\n')  # fmt: skip
        w("</Code>\n")
        topics = self.desk.query("SELECT uuid, name FROM topics ORDER BY name COLLATE NOCASE")
        if topics:
            w(f'<Code guid="{_guid("topics")}" name="Topics" isCodable="false">\n')
            for row in topics:
                guid = _guid_of_uuid(row["uuid"])
                self.topic_guids[row["name"]] = guid
                w(f'<Code guid="{guid}" name={_attr(row["name"])} isCodable="true"/>\n')
            w("</Code>\n")
        w("</Codes>\n</CodeBook>\n")

    def source(
        self, guid: str, name: str, head: str, description: str, rows: Iterator[Record]
    ) -> None:
        """One text source: ``head`` (its article, or its title), then the
        statements not found in it; each statement a coded selection."""
        text = _lines(head)
        parts = [text]
        length = len(text)
        selections: list[tuple[int, int, Record]] = []
        for r in rows:
            words = _lines(r.statement.text)
            at = text.find(words) if words.strip() else -1
            if at < 0:
                separator = "\n\n" if length else ""
                parts.append(separator + words)
                at = length + len(separator)
                length = at + len(words)
            selections.append((at, at + len(words), r))
        if not selections:
            return
        with self.archive.open(f"Sources/{guid}.txt", "w") as out:
            for part in parts:
                out.write(part.encode("utf-8"))
        # Gathered and written once: each write to a text file open for
        # reading too resets its decoder (half a million resets in 100k).
        xml: list[str] = []
        w = xml.append
        w(f'<TextSource guid="{guid}" name={_attr(name)} plainTextPath="internal://{guid}.txt"'
          f' creatingUser="{self.user}" creationDateTime="{self.now}">\n')  # fmt: skip
        w(f"<Description>{_x(description)}</Description>\n")
        for start, end, r in selections:
            s = r.statement
            label = f"{s.speaker_name or 'unknown'}: {s.text[:60]}"
            w(f'<PlainTextSelection guid="{_guid_of_uuid(s.uuid)}" name={_attr(label)}'
              f' startPosition="{start}" endPosition="{end}" creatingUser="{self.user}"'
              f' creationDateTime="{self.now}">\n')  # fmt: skip
            w(f"<Description>{_x(_describe(r))}</Description>\n")
            codes = [self.stance_guids[s.stance]] if s.stance in self.stance_guids else []
            codes += [self.topic_guids[t] for t in s.topics if t in self.topic_guids]
            for code in codes:
                coding = _guid("coding", s.uuid, code)
                w(f'<Coding guid="{coding}" creatingUser="{self.user}" creationDateTime='
                  f'"{self.now}"><CodeRef targetGUID="{code}"/></Coding>\n')  # fmt: skip
            w("</PlainTextSelection>\n")
            self.selections += 1
        w("</TextSource>\n")
        self.xml.write("".join(xml))


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _guid_of_uuid(statement_uuid: str) -> str:
    """A uuid in its canonical form (as it is, when it already is: the
    desk's own are), or a guid made from text that is none."""
    if _CANONICAL.fullmatch(statement_uuid):
        return statement_uuid
    return str(uuid.UUID(statement_uuid)) if _is_uuid(statement_uuid) else _guid(statement_uuid)


def write_qdpx(desk: Desk, f: Filter, redact: Redact, out: IO[bytes]) -> int:
    """The project as a .qdpx zip written to ``out``; returns how many
    statements it codes."""
    recorder = Recorder(desk, f, redact)
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as xml,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        project = _Project(desk, archive, xml)
        name = desk.path.stem if desk.path is not None else "Backchannel desk"
        xml.write('<?xml version="1.0" encoding="utf-8"?>\n')
        xml.write(
            f'<Project xmlns="urn:QDA-XML:project:1.0" name={_attr(name)}'
            f' origin="Backchannel {__version__}" creatingUserGUID="{project.user}"'
            f' creationDateTime="{project.now}">\n'
        )
        xml.write(f'<Users>\n<User guid="{project.user}" name="Backchannel"/>\n</Users>\n')
        project.codebook()
        xml.write("<Sources>\n")
        # One pass over the statements, source by source (the source index).
        by_source = recorder.records(by_source=True)
        for source_id, rows in itertools.groupby(by_source, lambda r: r.statement.source_id):
            cited = recorder.citations.cited(source_id)
            if cited is None:  # a source in the trash: its statements are not shown
                continue
            body = desk.query("SELECT body FROM sources WHERE id = ?", [source_id])[0]["body"]
            title = cited.source.title
            named = f"{title} ({cited.source.outlet})" if cited.source.outlet else title
            project.source(
                _guid_of_uuid(cited.source.uuid), named, body or title,
                _describe_source(cited), rows,
            )  # fmt: skip
        project.source(
            _guid("no source"), "Statements without a source", "", "Statements read in no source.",
            recorder.records(without_source=True),
        )  # fmt: skip
        xml.write("</Sources>\n</Project>\n")
        xml.seek(0)
        with archive.open("project.qde", "w") as qde:
            while chunk := xml.read(1 << 16):
                qde.write(chunk.encode("utf-8"))
    return project.selections
