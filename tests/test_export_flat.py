"""The fast tabular exports (``export/flat.py``) write byte for byte what the
reference records (``records.py`` through ``tabular.py``) give: on a desk with
relay chains, links across pages, topics, fuzzy dates, trashed rows,
unnamed speakers and hostile text, with and without source protection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from backchannel.db import Desk, open_desk
from backchannel.db.bulk import conn_rows
from backchannel.db.trash import trash
from backchannel.export import export, flat_pages, tabular
from backchannel.export.records import Redact, records
from backchannel.filter_line import parse_filter

REFERENCE = {"csv": tabular.write_csv, "jsonl": tabular.write_jsonl, "json": tabular.write_json}
REDACTIONS = [Redact(), Redact(relays=True), Redact(anonymous=True), Redact(True, True)]
TEXTS = ['talks {n}: "quoted", then\nno; =cmd|x é\x00\x1b[2J\t\u2028', "talks {n}", "a, b {n}",
         "line\rbreak {n}", "talks\n{n}", " spaced {n} "]  # fmt: skip
FILTERS = ["", "stance:private", 'topic:"Ünterhaltung"', "talks", "by:Nation", "since:2025-03"]


def _desk(path: Path) -> Desk:
    desk = open_desk(path)
    nation = desk.actors.add("Nation", kind="country")
    minister = desk.actors.add("Ann Minister", kind="person", affiliation_id=nation)
    officials = desk.actors.add("Nation officials", kind="group", affiliation_id=nation)
    gone = desk.actors.add("Gone Person", kind="person", affiliation_id=nation)
    quoted = desk.actors.add('Doe, "Jo"', kind="person", affiliation_id=officials)
    wire = desk.sources.add(
        "Talks, <b>resume</b>", outlet="The \"Wire\"", author="Jo Bloggs",
        url="https://e.example/a?b=1&c=2", published="2025-03-04T09:00:00Z",
    )  # fmt: skip
    digest = desk.sources.add("Digest", outlet="Daily Digest", relays_id=wire, published="2025-21")
    echo = desk.sources.add("Echo", relays_id=digest, published="156X-12-25")
    trashed_source = desk.sources.add("Withdrawn", outlet="Gone Daily")
    dates = ["2025-03-01/2025-03-10", "2025-03~", "../2025", "2025-21", "156X-12-25", None,
             "2025-03-15T10:30:00Z", "2025-04", "2025-03-15"]  # fmt: skip
    speakers = [minister, officials, None, gone, nation, quoted]
    sources = [wire, digest, echo, None, trashed_source]
    ids = []
    for n in range(40):
        ids.append(
            desk.statements.add(
                TEXTS[n % len(TEXTS)].format(n=n),
                speaker_id=speakers[n % len(speakers)],
                source_id=sources[n % len(sources)],
                said=dates[n % len(dates)],
                stance=[None, "public", "private"][n % 3],
                kind=["direct", "indirect", "block"][n % 3],
                relayed_by_id=officials if n % 4 == 1 else (minister if n % 4 == 2 else None),
                topics=[["talks", "Ünterhaltung", "apples"], [], ["zebra", "Ärger"]][n % 3],
            )
        )
    pairs = [(0, 5, "contradicts"), (3, 30, "responds"), (1, 2, "contradicts"),
             (12, 13, "confirms"), (39, 8, "contradicts"), (0, 9, "confirms")]  # fmt: skip
    for a, b, relation in pairs:
        desk.links.link(ids[a], ids[b], relation)
    desk.links.link(ids[6], ids[7], "contradicts")
    trash(desk, "statement", ids[7])  # a link to a trashed statement
    trash(desk, "statement", ids[20])
    trash(desk, "source", trashed_source)  # its statements keep no source
    with desk.change("A speaker trashed under its statements") as change:
        change.update("actors", gone, {"deleted_at": change.at})
    return desk


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    d = _desk(tmp_path_factory.mktemp("flat") / "d.db")
    yield d
    d.close()


@pytest.mark.parametrize("line", FILTERS)
@pytest.mark.parametrize("redact", REDACTIONS, ids=str)
@pytest.mark.parametrize("name", REFERENCE)
def test_fast_exports_match_the_records(
    desk: Desk, name: str, redact: Redact, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = parse_filter(desk, line)
    expected = io.StringIO(newline="")
    REFERENCE[name](records(desk, f, redact), expected)
    monkeypatch.setattr(flat_pages, "PAGE", 6)  # links and topics across pages
    got = io.StringIO(newline="")
    count = export(desk, name, f, got, redact)
    assert got.getvalue() == expected.getvalue()
    assert count == sum(1 for _ in records(desk, f, redact))


def test_the_desk_holds_what_the_comparison_needs(desk: Desk) -> None:
    out = io.StringIO(newline="")
    export(desk, "csv", parse_filter(desk, ""), out)
    text = out.getvalue()
    for needed in ['Daily Digest ← The ""Wire""', "contradicted by #", "zebra; Ärger", "156X-12-25",
                   "Nation officials", "Gone Person"]:  # fmt: skip
        assert needed in text


def test_an_in_memory_desk_exports_the_same(tmp_path: Path) -> None:
    on_disk = _desk(tmp_path / "d.db")
    out = io.StringIO(newline="")
    export(on_disk, "jsonl", parse_filter(on_disk, ""), out)
    memory = open_desk(None)
    on_disk.conn.backup(memory.conn)
    again = io.StringIO(newline="")
    export(memory, "jsonl", parse_filter(memory, ""), again)
    assert again.getvalue() == out.getvalue()
    on_disk.close()
    memory.close()


@pytest.mark.parametrize("sqlite_quotes", [True, False])
def test_json_text_quoted_by_sqlite_or_by_python_is_the_same(
    desk: Desk, sqlite_quotes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON strings come quoted by SQLite's json_quote only where it quotes as
    Python does (it does here: both ways are tested); else Python quotes them."""
    assert flat_pages.quotes_as_python(conn_rows(desk.conn))
    if not sqlite_quotes:
        monkeypatch.setattr(flat_pages, "quotes_as_python", lambda rows_of: False)
    f = parse_filter(desk, "")
    expected = io.StringIO(newline="")
    tabular.write_jsonl(records(desk, f), expected)
    got = io.StringIO(newline="")
    export(desk, "jsonl", f, got)
    assert got.getvalue() == expected.getvalue()
