"""The desk store: schema, migrations, safety checks, search, paging, history."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from backchannel.db import DeskError, NotFound, PageRequest, open_desk, statement_key
from backchannel.db.schema import known_migrations
from backchannel.fixtures import load_demo

from .conftest import HOSTILE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_desk_has_every_table_and_is_private(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    tables = set(desk.db.table_names())
    assert {"sources", "actors", "statements", "events", "topics", "history"} <= tables
    assert {"statement_topics", "event_topics", "event_actors", "statement_events"} <= tables
    assert desk.schema_steps() == known_migrations()
    desk.statements.add("hello")
    for suffix in ("", "-wal", "-shm"):
        f = Path(f"{desk_path}{suffix}")
        if f.exists():
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, suffix
    assert desk.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert desk.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    desk.close()


def test_makes_a_desk_and_reopens_it(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    sid = desk.statements.add("kept")
    desk.close()
    again = open_desk(desk_path)
    assert again.statements.get(sid).text == "kept"
    assert again.schema_steps() == known_migrations()


def test_refuses_an_empty_file_and_leaves_it_as_it_was(desk_path: Path) -> None:
    # An empty file someone made (touch, mktemp) is not quietly turned into
    # a desk with whatever mode it had.
    desk_path.touch(mode=0o644)
    with pytest.raises(DeskError, match="is an empty file"):
        open_desk(desk_path)
    assert desk_path.stat().st_size == 0


def test_every_row_has_a_uuid(demo_desk) -> None:
    for table in ("sources", "actors", "statements", "events", "topics"):
        rows = demo_desk.query(f"SELECT count(*) n, count(DISTINCT uuid) u FROM {table}")
        assert rows[0]["n"] == rows[0]["u"] > 0


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n")
    before = digest(path)
    with pytest.raises(DeskError, match="not a SQLite database") as error:
        open_desk(path)
    assert str(path) in str(error.value)
    assert digest(path) == before


def test_refuses_a_desk_from_a_newer_backchannel(desk_path: Path) -> None:
    open_desk(desk_path).close()
    with sqlite3.connect(desk_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('backchannel', 'm999_from_the_future', 'later')"
        )
    conn.close()
    before = digest(desk_path)
    with pytest.raises(DeskError, match="newer Backchannel"):
        open_desk(desk_path)
    assert digest(desk_path) == before


def test_refuses_another_apps_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = digest(path)
    with pytest.raises(DeskError, match="not a Backchannel desk"):
        open_desk(path)
    assert digest(path) == before


def test_refuses_places_that_cannot_be_written(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="does not exist"):
        open_desk(tmp_path / "missing" / "desk.db")
    with pytest.raises(DeskError, match="is a folder"):
        open_desk(tmp_path)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(DeskError, match="does not exist"):
        open_desk(a_file / "desk.db")
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to read-only files")
def test_refuses_a_read_only_desk(desk_path: Path) -> None:
    open_desk(desk_path).close()
    desk_path.chmod(0o400)
    with pytest.raises(DeskError, match="cannot be written"):
        open_desk(desk_path)


def test_full_text_search(demo_desk) -> None:
    statements = demo_desk.statements
    assert statements.count(search="intelligence") == 1
    assert statements.count(search="guar") >= 3  # the last word is a prefix
    # a statement also matches on its speaker's name or alias
    starmer = statements.page(search="Starmer")
    assert [s.speaker_name for s in starmer] == ["Keir Starmer"]
    assert statements.count(search='NOT "unbalanced') == 0  # typed text is never FTS syntax
    assert demo_desk.sources.count(search="Bloomberg") == 1
    titles = [e.label for e in demo_desk.timeline.page(search="Kyiv")]
    assert titles == ["French and UK chiefs of general staff visit Kyiv"]


def test_pages_by_key_in_date_order(memory_desk) -> None:
    desk = memory_desk
    with desk.change("seed") as change:
        for i in range(250):
            said = None if i % 10 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            desk.statements.add(f"statement {i}", said=said, change=change)
    seen = []
    request = PageRequest(limit=100)
    while True:
        page = desk.statements.page(request)
        seen.extend(page)
        if len(page) < 100:
            break
        request = PageRequest(after=statement_key(page[-1]), limit=100)
    assert len(seen) == 250 == len({s.id for s in seen})
    keys = [statement_key(s) for s in seen]
    assert keys == sorted(keys)
    assert all(s.said is None for s in seen[-25:])  # undated last
    last = desk.statements.page(PageRequest(last=True, limit=100))
    assert [s.id for s in last] == [s.id for s in seen[-100:]]
    before = desk.statements.page(PageRequest(before=statement_key(last[0]), limit=100))
    assert [s.id for s in before] == [s.id for s in seen[-200:-100]]


def test_timeline_interleaves_events_and_statements_undated_last(demo_desk) -> None:
    demo_desk.statements.add("said when, read where? nobody knows")
    entries = demo_desk.timeline.page()
    assert [e.key for e in entries] == sorted(e.key for e in entries)
    assert entries[0].label == "Coalition of the willing meets in London"
    assert {e.kind for e in entries} == {"event", "statement"}
    undated = demo_desk.statements.page(PageRequest(last=True, limit=1))[0]
    assert undated.said is None
    # listed apart, after every date, and never given one
    assert (entries[-1].kind, entries[-1].id, entries[-1].date) == ("statement", undated.id, None)
    assert all(e.date is not None for e in entries[:-1])
    # paging forward and backward over the interleaving gives the same rows
    first = demo_desk.timeline.page(PageRequest(limit=4))
    rest = demo_desk.timeline.page(PageRequest(after=first[-1].key, limit=100))
    assert first + rest == entries
    back = demo_desk.timeline.page(PageRequest(before=rest[0].key, limit=100))
    assert back == first
    assert demo_desk.timeline.count() == len(entries)


def test_tagging_toggles_and_writes_history(demo_desk) -> None:
    starmer = demo_desk.statements.page(search="Starmer")[0]
    assert starmer.stance == "public"
    assert demo_desk.statements.toggle_stance(starmer.id, "public").stance is None
    assert demo_desk.statements.toggle_stance(starmer.id, "private").stance == "private"
    changes = demo_desk.history(2)
    assert [c.label for c in changes] == ["Tag statement private", "Clear statement stance"]
    latest = changes[0]
    assert latest.table_name == "statements" and latest.row_id == starmer.id
    assert latest.before["stance"] is None and latest.after["stance"] == "private"
    assert latest.before["uuid"] == latest.after["uuid"]
    with pytest.raises(NotFound):
        demo_desk.statements.toggle_stance(999_999, "public")


def test_loading_the_demo_is_one_change(memory_desk) -> None:
    load_demo(memory_desk)
    rows = memory_desk.query("SELECT count(DISTINCT change_id) n, count(*) total FROM history")
    assert rows[0]["n"] == 1
    inserted = memory_desk.query(
        "SELECT count(*) n FROM history WHERE table_name = 'statements' AND action = 'insert'"
    )
    assert inserted[0]["n"] == 9
    link = memory_desk.query("SELECT after FROM history WHERE table_name = 'statement_topics'")
    assert set(json.loads(link[0]["after"])) == {"statement_id", "topic_id"}


def test_the_demo_desk_tells_the_seed_story(demo_desk) -> None:
    up = demo_desk.sources.page(search="Ukrainska")[0]
    assert [s.outlet for s in demo_desk.sources.chain(up.id)] == [
        "Ukrainska Pravda",
        "The Telegraph",
    ]
    trump = demo_desk.actors.find("trump")[0]
    assert trump.name == "Donald Trump" and trump.affiliation_name == "United States"
    assert demo_desk.actors.find("American negotiators")[0].affiliation_name == "United States"
    assert demo_desk.actors.find("Starmer")[0].affiliation_name == "United Kingdom"
    stances = demo_desk.query("SELECT stance, count(*) n FROM statements GROUP BY 1 ORDER BY 1")
    assert {r["stance"]: r["n"] for r in stances} == {None: 4, "private": 3, "public": 2}
    events = demo_desk.query("SELECT happened FROM events ORDER BY earliest")
    assert [e["happened"] for e in events] == ["2025-03-01/2025-03-10", "2025-03-15", "2025-04-04"]


def test_bad_values_are_refused_and_nothing_is_written(memory_desk) -> None:
    with pytest.raises(ValueError, match="kind"):
        memory_desk.statements.add("x", kind="rumour")
    with pytest.raises(ValueError, match="2025-13"):
        memory_desk.statements.add("x", said="2025-13")
    with pytest.raises(ValueError, match="grade"):
        memory_desk.sources.add("t", reliability="Z")
    with pytest.raises(sqlite3.IntegrityError):
        memory_desk.statements.add("x", speaker_id=12345)  # foreign keys are on
    assert memory_desk.query("SELECT count(*) n FROM statements")[0]["n"] == 0
    assert memory_desk.query("SELECT count(*) n FROM history")[0]["n"] == 0


def test_hostile_text_is_stored_verbatim(memory_desk) -> None:
    text = " ".join(HOSTILE)
    sid = memory_desk.statements.add(text)
    assert memory_desk.statements.get(sid).text == text
    huge = memory_desk.statements.add("x" * 1_000_000)
    row = memory_desk.statements.page(search=None)[-1]
    assert row.id == huge and row.is_preview and row.length == 1_000_000


def test_opening_an_up_to_date_desk_reads_without_sqlite_utils(demo_path: Path) -> None:
    """sqlite-utils is imported to migrate or write, not to open and read."""
    import subprocess
    import sys

    code = (
        "import sys; from backchannel.db import open_desk;"
        f"d = open_desk({str(demo_path)!r}); d.statements.page();"
        "print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_a_read_given_a_time_stops_when_it_runs_out(demo_desk, memory_desk) -> None:
    # The app tries a small lookup itself and leaves it to a worker when it is
    # not small: a read given a few milliseconds stops once they are gone, and
    # the connection is fit for the next read.
    import time

    from backchannel.db import ReadCancelled

    with demo_desk.reads_within(1.0):
        assert demo_desk.query("SELECT count(*) AS n FROM actors")[0]["n"] > 0
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
        " SELECT count(*) FROM (SELECT i FROM n LIMIT 100000000)"
    )
    started = time.perf_counter()
    with pytest.raises(ReadCancelled), demo_desk.reads_within(0.005):
        demo_desk.query(endless)
    assert time.perf_counter() - started < 1.0
    assert demo_desk.query("SELECT 1 AS one") == [{"one": 1}]
    # A desk in memory reads through its writer's connection, behind its lock:
    # it promises nothing, and says so at once.
    with pytest.raises(ReadCancelled), memory_desk.reads_within(1.0):
        memory_desk.query("SELECT 1")
