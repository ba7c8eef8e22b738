"""The command line, run as a person runs it: a subprocess."""

from __future__ import annotations

import json
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


def test_add_captures_from_the_shell(demo_path: Path) -> None:
    result = run(
        "add",
        "--db",
        str(demo_path),
        "“I have been clear” @Starmer !public #security-guarantees ^Telegraph ~'4 April'",
    )
    assert result.returncode == 0, result.stderr
    assert "[PUBLIC] Keir Starmer" in result.stdout and "I have been clear" in result.stdout
    result = run(
        "add", "--db", str(demo_path), "we are ready", "--by", "American negotiators",
        "--private", "--topic", "security guarantees", "--said", "2025-03-20", "--json",
    )  # fmt: skip
    stored = json.loads(result.stdout)
    assert stored["speaker_name"] == "American negotiators" and stored["stance"] == "private"
    assert stored["said"] == "2025-03-20" and stored["topics"] == ["security guarantees"]
    from backchannel.db import open_desk

    desk = open_desk(demo_path)
    assert desk.statements.get(stored["id"]).text == "we are ready"
    desk.close()


def test_add_reads_stdin_verbatim(desk_path: Path) -> None:
    clip = "We will #not be moved.\n@nobody said otherwise\x1b[2J"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "backchannel",
            "add",
            "-",
            "--by",
            "Starmer",
            "--db",
            str(desk_path),
        ],
        input=clip,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "␛[2J" in result.stdout  # never raw to the terminal
    from backchannel.db import open_desk

    desk = open_desk(desk_path)
    assert desk.statements.page()[0].text == clip
    desk.close()


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["words", "--public", "--private"], "--public and --private"),
        (["words", "--bogus"], "No such option"),
        (["words ~blursday"], "blursday"),
        (["words", "--said", "31 February 2025"], "no such day"),
        (["words @A", "--by", "B"], "two values for speaker"),
        ([], "no statement"),
        (["words", "--kind", "rumour"], "rumour"),
    ],
)
def test_add_refuses_bad_input_in_one_line_and_writes_nothing(
    desk_path: Path, args: list[str], complaint: str
) -> None:
    result = run("add", "--db", str(desk_path), *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and complaint in lines[0], result.stderr
    if desk_path.exists():
        with sqlite3.connect(desk_path) as conn:
            assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 0
        conn.close()


def test_the_app_without_a_terminal_says_so_instead_of_waiting(tmp_path: Path) -> None:
    result = run("demo", "--db", str(tmp_path / "demo.db"))  # stdin is not a terminal
    assert result.returncode == 2 and "needs a terminal" in result.stderr
    assert not (tmp_path / "demo.db").exists()
    result = run("--db", str(tmp_path / "desk.db"))
    assert result.returncode == 2 and "needs a terminal" in result.stderr


def test_serve_refuses_in_one_line_before_serving_anything(tmp_path) -> None:
    # Without the web extra it says how to get it; with it, a desk that cannot
    # be opened is said before any server starts.
    result = run("serve", "--db", str(tmp_path / "no" / "such" / "d.db"))
    assert result.returncode == 2
    assert "uv sync --extra web" in result.stderr or "does not exist" in result.stderr
