"""A team beyond one host, from the shell: merge, compact, and replication
through Litestream (the team extra; these skip where it is not installed)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from backchannel.actions import ActionError
from backchannel.db import open_desk
from backchannel.tui.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """The command line in this process, as main() runs it (a subprocess per
    command would cost a second each)."""

    def running(*args: str, env: dict[str, str] | None = None) -> Ran:
        capsys.readouterr()
        with monkeypatch.context() as m:
            m.setattr(sys, "argv", ["backchannel", *args])
            for name, value in (env or {}).items():
                m.setenv(name, value)
            try:
                main()
                code = 0
            except SystemExit as done:
                code = int(done.code or 0)
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return running


def have_litestream() -> bool:
    from backchannel.actions.replica import litestream

    try:
        litestream()
    except ActionError:
        return False
    return True


needs_litestream = pytest.mark.skipif(
    not have_litestream(), reason="Litestream (the team extra) is not installed"
)


def every_table(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table of a database file, each row, in order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                " 'CREATE VIRTUAL%' ORDER BY name"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def wait_for(check: Callable[[], bool], what: str, seconds: float = 20) -> None:
    """Poll until ``check`` holds (Litestream syncs every second)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_merge_both_ways_from_the_shell(tmp_path: Path, run: Callable[..., Ran]) -> None:
    ana, bo = tmp_path / "ana.db", tmp_path / "bo.db"
    assert run("init", str(ana)).returncode == 0
    assert run("add", "The first", "--db", str(ana)).returncode == 0
    bo.write_bytes(ana.read_bytes())
    assert run("add", "Ana's", "--db", str(ana), env={"BACKCHANNEL_AS": "ana"}).returncode == 0
    assert run("add", "Bo's", "--db", str(bo), env={"BACKCHANNEL_AS": "bo"}).returncode == 0
    done = run("merge", str(bo), "--both", "--db", str(ana))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "From bo.db to ana.db: 1 change (bo 1): 1 statement added",
        "From ana.db to bo.db: 1 change (ana 1): 1 statement added",
        "No conflicts wait.",
    ]
    again = run("merge", str(bo), "--both", "--db", str(ana))
    assert "From bo.db to ana.db: nothing new" in again.stdout
    for path in (ana, bo):
        desk = open_desk(path)
        assert desk.statements.count() == 3
        desk.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["merge", "missing.db"], "missing.db: no such desk"),
        (["merge", "desk.db"], "is this desk itself"),
        (["compact", "desk.db", "--before", "soon"], "give a date or a time"),
        (["compact", "desk.db", "--before", "2999-01-01"], "is in the future"),
        (["compact", "missing.db"], "missing.db: no such desk"),
        (["restore", "rep", "desk.db"], "already exists"),
    ],
)
def test_bad_input_is_one_line_and_nothing_written(
    tmp_path: Path, args: list[str], words: str, run: Callable[..., Ran]
) -> None:
    desk = tmp_path / "desk.db"
    assert run("init", str(desk)).returncode == 0
    before = desk.read_bytes()
    full = [str(tmp_path / a) if a.endswith(".db") or a == "rep" else a for a in args]
    if args[0] == "merge":
        full += ["--db", str(desk)]
    done = run(*full)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and words in done.stderr, done.stderr
    assert desk.read_bytes() == before


def test_compact_says_what_it_removed(tmp_path: Path, run: Callable[..., Ran]) -> None:
    desk_path = tmp_path / "desk.db"
    desk = open_desk(desk_path)
    gone = desk.statements.add("Words to forget")
    desk.statements.add("Words to keep")
    from backchannel.db.trash import trash

    trash(desk, "statement", gone)
    desk.close()
    done = run("compact", str(desk_path))
    assert done.returncode == 0, done.stderr
    assert "Emptied the trash (1 statement); dropped the history of 3 changes" in done.stdout
    assert b"Words to forget" not in desk_path.read_bytes()
    assert b"Words to keep" in desk_path.read_bytes()


@needs_litestream
def test_written_while_replicating_restored_whole_and_private(
    tmp_path: Path, run: Callable[..., Ran]
) -> None:
    desk_path, replica = tmp_path / "desk.db", tmp_path / "replica"
    desk = open_desk(desk_path)
    desk.statements.add("Before replicating", topics=["one"])
    streaming = subprocess.Popen(
        [sys.executable, "-m", "backchannel", "replicate", str(desk_path), str(replica)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        for i in range(40):
            desk.statements.add(f"While replicating {i}", topics=[f"topic {i % 3}"])
        desk.links.link(1, 2, "contradicts")
        desk.close()
        restored = tmp_path / "restored.db"

        def caught_up() -> bool:
            restored.unlink(missing_ok=True)
            if run("restore", str(replica), str(restored)).returncode != 0:
                return False
            return every_table(restored) == every_table(desk_path)

        wait_for(caught_up, "the replica to hold every change")
    finally:
        streaming.send_signal(signal.SIGINT)
        streaming.wait(timeout=20)
    assert restored.stat().st_mode & 0o777 == 0o600
    assert replica.stat().st_mode & 0o777 == 0o700
    assert not list(tmp_path.glob(".restore-*"))
    again = run("restore", str(replica), str(restored))
    assert again.returncode == 2 and "already exists" in again.stderr
    import grp

    group = grp.getgrgid(os.getgid()).gr_name  # a group of ours: shared, 0660
    shared = tmp_path / "shared.db"
    done = run("restore", str(replica), str(shared), "--group", group)
    assert done.returncode == 0, done.stderr
    assert shared.stat().st_mode & 0o777 == 0o660 and shared.stat().st_gid == os.getgid()


WRITER = """
import sys
from backchannel.db import open_desk
desk = open_desk(sys.argv[1])
for i in range(100_000):
    desk.statements.add(f"Statement {i}", topics=[f"t{i % 5}"])
    print(i, flush=True)
"""


@needs_litestream
def test_a_writer_killed_mid_stream_loses_nothing_it_committed(
    tmp_path: Path, run: Callable[..., Ran]
) -> None:
    desk_path, replica = tmp_path / "desk.db", tmp_path / "replica"
    open_desk(desk_path).close()
    streaming = subprocess.Popen(
        [sys.executable, "-m", "backchannel", "replicate", str(desk_path), str(replica)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(desk_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parent.parent,
        )
        assert writer.stdout is not None
        written = 0
        for line in writer.stdout:  # kill it in the middle of its stream of writes
            written = int(line) + 1
            if written >= 150:
                break
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        desk = open_desk(desk_path)  # what the writer committed, as SQLite recovers it
        committed = desk.statements.count()
        desk.close()
        assert committed >= written
        restored = tmp_path / "restored.db"

        def caught_up() -> bool:
            restored.unlink(missing_ok=True)
            if run("restore", str(replica), str(restored)).returncode != 0:
                return False
            return every_table(restored) == every_table(desk_path)

        wait_for(caught_up, "the replica to hold every committed change")
    finally:
        streaming.send_signal(signal.SIGINT)
        streaming.wait(timeout=20)
    check = sqlite3.connect(restored)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert check.execute("SELECT count(*) FROM statements").fetchone() == (committed,)
    check.close()


def test_without_the_extra_replication_says_how_to_get_it(
    tmp_path: Path, run: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sysconfig

    desk = tmp_path / "desk.db"
    open_desk(desk).close()
    monkeypatch.setattr(sysconfig, "get_path", lambda name: str(tmp_path))
    monkeypatch.setenv("PATH", str(tmp_path))
    for args in (["replicate", str(desk), str(tmp_path / "rep")],
                 ["restore", str(tmp_path / "rep"), str(tmp_path / "new.db")]):  # fmt: skip
        done = run(*args)
        assert done.returncode == 2 and "uv sync --extra team" in done.stderr, done.stderr
    assert not (tmp_path / "new.db").exists() and not list(tmp_path.glob(".restore-*"))
