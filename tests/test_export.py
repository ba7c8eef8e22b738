"""Exports: CSV, JSON Lines and JSON keep the provenance, follow the filter,
protect sources on request and write files whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backchannel.db import Desk, open_desk
from backchannel.export import export
from backchannel.export.records import NO_REDACTION, Redact, is_unnamed, records
from backchannel.filter_line import parse_filter

HOSTILE_TEXT = 'He said "yes", then\nno; =cmd|x\x00 [link=http://e.vil]y[/] \x1b[2J'


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backchannel", *args], capture_output=True, text=True,
        env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip


def exported(desk: Desk, name: str, line: str = "", redact: Redact = NO_REDACTION) -> str:
    out = io.StringIO(newline="")
    export(desk, name, parse_filter(desk, line), out, redact)
    return out.getvalue()


def test_csv_keeps_the_provenance(demo_desk: Desk) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(demo_desk, "csv"), newline="")))
    assert len(rows) == 9
    us = next(r for r in rows if r["text"].startswith("The United States has expressed"))
    assert us["speaker"] == "United States" and us["stance"] == "private"
    assert (us["said"], us["said_earliest"], us["said_latest"]) == (
        "2025-03/2025-04", "2025-03-01", "2025-04-30",
    )  # fmt: skip
    assert us["relay_chain"] == "Ukrainska Pravda ← The Telegraph"
    assert us["source_outlet"] == "Ukrainska Pravda" and us["source_published"]
    assert "security guarantees" in us["topics"].split("; ")
    trump = next(r for r in rows if r["speaker"] == "Donald Trump")
    assert trump["affiliation"] == "United States"
    assert trump["links"].startswith("contradicts #")
    relayed = [r for r in rows if r["relayed_by"]]
    assert relayed, "the demo has statements relayed by someone"


def test_json_lines_and_array_agree_and_follow_the_filter(demo_desk: Desk) -> None:
    line = 'by:"United States" topic:"security guarantees"'
    lines = [json.loads(x) for x in exported(demo_desk, "jsonl", line).splitlines()]
    array = json.loads(exported(demo_desk, "json", line))
    assert lines == array and len(array) == 3
    assert {r["speaker"] for r in array} == {
        "United States", "Donald Trump", "American negotiators",
    }  # fmt: skip
    first = array[0]
    assert first["source"]["title"] and first["relay_chain"][0] == first["source"]["outlet"]
    assert set(first) >= {"affiliation", "stance", "kind", "said_earliest", "links", "topics"}


def test_an_empty_selection_is_still_valid(demo_desk: Desk) -> None:
    assert json.loads(exported(demo_desk, "json", "since:2030")) == []
    assert exported(demo_desk, "jsonl", "since:2030") == ""
    assert exported(demo_desk, "csv", "since:2030").count("\n") == 1  # the header


def test_hostile_text_round_trips_in_each_format(memory_desk: Desk) -> None:
    memory_desk.statements.add(HOSTILE_TEXT, speaker_id=memory_desk.actors.add('A, "B"'))
    row = next(csv.DictReader(io.StringIO(exported(memory_desk, "csv"), newline="")))
    assert row["text"] == HOSTILE_TEXT and row["speaker"] == 'A, "B"'
    assert json.loads(exported(memory_desk, "jsonl"))["text"] == HOSTILE_TEXT
    assert json.loads(exported(memory_desk, "json"))[0]["text"] == HOSTILE_TEXT


def test_source_protection(demo_desk: Desk) -> None:
    everyone = json.loads(exported(demo_desk, "json"))
    no_relays = json.loads(exported(demo_desk, "json", redact=Redact(relays=True)))
    assert any(r["relayed_by"] for r in everyone)
    assert len(no_relays) == len(everyone) and not any(r["relayed_by"] for r in no_relays)
    named = json.loads(exported(demo_desk, "json", redact=Redact(anonymous=True)))
    speakers = {r["speaker"] for r in named}
    assert "UK officials" not in speakers and "American negotiators" not in speakers
    assert "Keir Starmer" in speakers and len(named) < len(everyone)
    hidden = {r["id"] for r in everyone} - {r["id"] for r in named}
    assert not any(link["statement_id"] in hidden for r in named for link in r["links"])


@pytest.mark.parametrize(
    ("name", "kind", "unnamed"),
    [
        ("UK officials", "group", True),
        ("sources familiar with the talks", None, True),
        ("American negotiators", "group", True),
        (None, None, True),
        ("Keir Starmer", "person", False),
        ("Coalition of the willing", "group", False),
        ("Office for Budget Responsibility officials", "institution", False),
    ],
)
def test_who_counts_as_an_unnamed_source(name: str | None, kind: str | None, unnamed: bool) -> None:
    assert is_unnamed(name, kind) is unnamed


def test_records_page_through_a_desk(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "d.db")
    with desk.change("many") as change:
        for n in range(25):
            desk.statements.add(f"statement {n}", change=change)
    ids = [r.statement.id for r in records(desk, parse_filter(desk, ""), page_size=7)]
    assert ids == sorted(ids) and len(ids) == 25
    desk.close()


def test_export_command_writes_whole_files_and_refuses_to_replace(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "all.csv"
    done = run("export", "csv", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 9 statements to {out}"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    before = out.read_bytes()
    done = run("export", "json", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 2 and "already exists; add --force" in done.stderr
    assert out.read_bytes() == before
    done = run("export", "jsonl", "by:Nobody", "--db", str(demo_path), "--out", str(tmp_path / "x"))
    assert done.returncode == 2 and done.stderr.strip() == "backchannel: no actor named “Nobody”"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "desk.db"]
    done = run("export", "csv", "--db", str(demo_path), "--redact", "everyone")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and not done.stdout
    done = run("export", "jsonl", "stance:private", "--db", str(demo_path), "--redact", "relays")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3


def test_a_whole_filter_line_in_one_shell_word_reads_as_separate_words(demo_path: Path) -> None:
    db = ["--db", str(demo_path)]
    apart = run("export", "jsonl", "by:United States", "topic:security guarantees", *db)
    assert apart.returncode == 0 and len(apart.stdout.splitlines()) == 3
    whole = run("export", "jsonl", 'by:"United States" topic:"security guarantees"', *db)
    assert whole.returncode == 0, whole.stderr
    assert whole.stdout == apart.stdout
    brief = run("brief", "stance:private source:Telegraph since:2025-03", *db)
    assert brief.returncode == 0, brief.stderr
    assert (
        "# Brief: Everyone — private assurances, read in Telegraph, from 1 Mar 2025" in brief.stdout
    )


def test_a_qdpx_needs_a_file(demo_path: Path, tmp_path: Path) -> None:
    done = run("export", "refi-qda", "--db", str(demo_path))
    assert done.returncode == 2 and "give --out FILE" in done.stderr and not done.stdout
    out = tmp_path / "desk.qdpx"
    done = run("export", "refi-qda", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 0 and done.stdout.strip() == f"Wrote 9 coded statements to {out}"
    assert out.read_bytes()[:2] == b"PK" and oct(out.stat().st_mode & 0o777) == "0o600"


def test_a_reader_stopped_early_ends_its_thread(tmp_path: Path) -> None:
    import threading

    desk = open_desk(tmp_path / "d.db")
    with desk.change("many") as change:
        for n in range(50):
            desk.statements.add(f"statement {n}", change=change)
    before = threading.active_count()
    rows = records(desk, parse_filter(desk, ""), page_size=5)
    assert [next(rows).statement.text for _ in range(3)] == [f"statement {n}" for n in range(3)]
    rows.close()
    assert threading.active_count() == before
    desk.close()


def test_export_to_a_terminal_shows_escapes_but_a_pipe_gets_the_data(tmp_path: Path) -> None:
    import pty

    desk = open_desk(tmp_path / "d.db")
    desk.statements.add("clear\x1b[2J screen")
    desk.close()
    command = [
        sys.executable,
        "-m",
        "backchannel",
        "export",
        "csv",
        "--db",
        str(tmp_path / "d.db"),
    ]
    master, slave = pty.openpty()
    done = subprocess.run(command, stdout=slave, stderr=subprocess.PIPE, timeout=30)
    os.close(slave)
    shown = os.read(master, 65536).decode()
    os.close(master)
    assert done.returncode == 0 and "\x1b" not in shown and "␛[2J" in shown
    piped = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert next(csv.DictReader(io.StringIO(piped.stdout)))["text"] == "clear\x1b[2J screen"
