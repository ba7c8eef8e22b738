"""The command line, run as a person runs it: a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backchannel import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backchannel", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def assert_refused(result: subprocess.CompletedProcess[str], path: Path, words: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and words in lines[0]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello, not a database")
    assert_refused(run("--db", str(path)), path, "not a SQLite database")
    assert path.read_bytes() == b"hello, not a database"


def test_a_newer_desk_is_refused(tmp_path: Path) -> None:
    from backchannel.db import open_desk

    path = tmp_path / "future.db"
    open_desk(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('backchannel', 'm999_future', 'x')"
        )
    conn.close()
    assert_refused(run("--db", str(path)), path, "newer Backchannel")


def test_a_place_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "desk.db"
    assert_refused(run("--db", str(path)), path, "does not exist")
    assert not (tmp_path / "no").exists()


def test_backchannel_db_names_the_desk(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not sqlite")
    assert_refused(run(env={"BACKCHANNEL_DB": str(path)}), path, "not a SQLite database")


def test_demo_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "precious.db"
    path.write_bytes(b"my work")
    assert_refused(run("demo", "--db", str(path)), path, "already exists")
    assert path.read_bytes() == b"my work"


@pytest.mark.parametrize(
    "module", ["backchannel.tui.cli", "backchannel.db", "backchannel.fixtures"]
)
def test_the_shell_path_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
