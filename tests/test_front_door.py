"""The front door: one change at a time, names found once, authors, bad desks."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from backchannel.actions import ActionError, items, statements
from backchannel.actions import desk as desk_actions
from backchannel.actions.capture import CaptureError, save_capture
from backchannel.actions.intake import import_article
from backchannel.db import open_desk
from backchannel.db.desk import DeskBusy
from backchannel.db.names import ODD_ALIASES, ODD_NAME, name_key, name_key_sql, register
from backchannel.db.undo import UndoConflict
from backchannel.extract.capture import Capture, parse_capture

from .test_cli import run as cli

ARTICLE = (
    "Ministers split on guarantees\n\n"
    "BERLIN, May 2 (Wire) - Finance Minister Ana Lima privately told allies that the money "
    "was there, two officials said. “We will not pay for anything,” Lima told reporters."
)


def test_names_compare_without_case_accents_spacing_or_invisible_characters() -> None:
    assert name_key("Keir  Starmer") == name_key("keir starmer") == name_key("KEIR\u00a0Starmer")
    assert name_key("Ze\u200bd") == name_key("zed")
    assert name_key("Šefčovič") == name_key("Sefcovic")
    assert name_key("Zed") != name_key("Zeb")


def test_a_name_typed_differently_finds_the_same_actor(memory_desk) -> None:
    first = save_capture(memory_desk, parse_capture("one @Zed"))
    again = save_capture(memory_desk, parse_capture("two @\u200bzed"))
    assert first.created == ["actor Zed"] and again.created == []
    rows = memory_desk.query("SELECT count(*) AS n FROM actors")
    assert rows[0]["n"] == 1


def test_lookups_inside_a_change_see_the_change(desk_path: Path) -> None:
    # On a file desk reads normally come from another connection; inside a
    # change they must see what the change wrote, or "Zed Person, zed person"
    # becomes two actors.
    desk = open_desk(desk_path)
    outcome = items.save_event(
        desk, None, "Talks", "2025-03-15", source=None, actors=["Zed Person", "zed  person"]
    )
    assert outcome.created == ("actor Zed Person",)
    assert desk.query("SELECT count(*) AS n FROM actors")[0]["n"] == 1
    desk.close()


def test_undo_takes_back_only_your_own_changes(desk_path: Path) -> None:
    ana = open_desk(desk_path, author="ana")
    ben = open_desk(desk_path, author="ben")
    mine = save_capture(ana, Capture(text="mine", speaker="Zed")).statement_id
    theirs = save_capture(ben, Capture(text="theirs")).statement_id
    assert desk_actions.undo(ana).label == "Undone: Capture statement"
    assert ben.statements.get(theirs).text == "theirs"
    assert desk_actions.undo(ana).changed is False  # nothing more of ana's
    assert desk_actions.redo(ana).label == "Redone: Capture statement"
    # ben tags ana's statement; ana's undo of her capture would overwrite it
    statements.tag(ben, mine, "public")
    with pytest.raises(UndoConflict, match="ben changed this statement"):
        desk_actions.undo(ana)
    assert ana.statements.get(mine).stance == "public"
    authors = {r["author"] for r in ana.query("SELECT author FROM changes")}
    assert authors == {"ana", "ben"}
    ana.close()
    ben.close()


def test_a_second_writer_waits_instead_of_failing(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    sid = desk.statements.add("words")
    other = sqlite3.connect(desk_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE statements SET note = 'theirs' WHERE id = ?", [sid])

    import threading

    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    statements.tag(desk, sid, "private")  # waits for the other writer, then writes
    timer.join()
    got = desk.statements.get(sid)
    assert (got.stance, got.note) == ("private", "theirs")
    other.close()
    desk.close()


def test_a_desk_held_too_long_is_busy_in_one_line(desk_path: Path, monkeypatch) -> None:
    desk = open_desk(desk_path)
    sid = desk.statements.add("words")
    monkeypatch.setattr("backchannel.db.desk.BUSY_TRIES", 1)
    desk.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(desk_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(DeskBusy, match="nothing was changed"):
        statements.tag(desk, sid, "public")
    other.execute("ROLLBACK")
    assert desk.statements.get(sid).stance is None
    other.close()
    desk.close()


def test_an_import_seen_before_adds_nothing_even_inside_the_change(memory_desk) -> None:
    first = import_article(memory_desk, ARTICLE)
    again = import_article(memory_desk, ARTICLE.replace("\n\n", "\n  \n"))
    assert again.duplicate and again.source_id == first.source_id
    assert again.outcome().changed is False


def test_merging_actors_moves_everything_in_one_undo_step(memory_desk) -> None:
    keep = memory_desk.actors.add("Keir Starmer")
    other = memory_desk.actors.add("Starmer", aliases=["the PM"])
    member = memory_desk.actors.add("No 10 aide", affiliation_id=other)
    sid = memory_desk.statements.add("words", speaker_id=other, relayed_by_id=other)
    items.merge_actors(memory_desk, keep, other)
    assert memory_desk.statements.get(sid).speaker_id == keep
    assert memory_desk.actors.get(member).affiliation_id == keep
    assert memory_desk.actors.get(keep).aliases == ("Starmer", "the PM")
    assert [a.id for a in memory_desk.actors.find("the pm")] == [keep]
    desk_actions.undo(memory_desk)
    assert memory_desk.statements.get(sid).speaker_id == other
    with pytest.raises(ActionError):
        items.merge_actors(memory_desk, keep, keep)


def test_restoring_a_source_brings_back_its_statements(memory_desk) -> None:
    source = memory_desk.sources.add("Piece", outlet="Wire")
    sid = memory_desk.statements.add("words", source_id=source)
    items.to_trash(memory_desk, "source", source, "trash")
    outcome = items.from_trash(memory_desk, "source", source)
    assert "with its 1 statement" in outcome.label
    assert memory_desk.statements.get(sid).source_id == source


def test_an_ambiguous_speaker_is_refused_and_nothing_is_written(memory_desk) -> None:
    memory_desk.actors.add("Lima", aliases=["AL"])
    memory_desk.actors.add("Ana Lima", aliases=["AL"])
    with pytest.raises(CaptureError, match="could mean"):
        save_capture(memory_desk, Capture(text="x", speaker="al", source="New paper"))
    assert memory_desk.query("SELECT count(*) AS n FROM sources")[0]["n"] == 0


# -- bad desks: one line, exit 2, the file untouched ---------------------------------------


def damaged(path: Path) -> Path:
    desk = open_desk(path)
    for n in range(200):
        desk.statements.add(f"statement {n} " + "words " * 40)
    desk.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\xff" * (3 * page)  # trample some pages
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_text("notes\n"), "not a SQLite database"),
        (lambda p: p.touch(), "is an empty file"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: p.symlink_to(p.with_name("gone.db")), "which does not exist"),
        (damaged, "damaged"),
    ],
    ids=["not-sqlite", "empty", "folder", "dangling-link", "corrupt"],
)
def test_bad_desks_are_one_line_and_untouched(tmp_path: Path, make, said: str) -> None:
    path = tmp_path / "desk.db"
    make(path)
    before = path.read_bytes() if path.is_file() else None
    result = cli("add", "--db", str(path), "words")
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    if before is not None:
        assert path.read_bytes() == before


def test_a_locked_desk_is_one_line(desk_path: Path) -> None:
    open_desk(desk_path).close()
    holder = sqlite3.connect(desk_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    result = cli("add", "--db", str(desk_path), "words", env={"BACKCHANNEL_BUSY_MS": "100"})
    holder.execute("ROLLBACK")
    holder.close()
    assert result.returncode == 2
    assert "busy" in result.stderr or "locked" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_makes_a_private_desk_or_one_a_group_shares(tmp_path: Path) -> None:
    private = tmp_path / "mine.db"
    assert cli("init", str(private)).returncode == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    import grp

    group = grp.getgrgid(os.getgid()).gr_name
    shared = tmp_path / "team.db"
    done = cli("init", str(shared), "--group", group)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(shared.stat().st_mode) == 0o660
    assert shared.stat().st_gid == os.getgid()
    again = cli("init", str(shared))
    assert again.returncode == 2 and "already exists" in again.stderr
    nobody = cli("init", str(tmp_path / "x.db"), "--group", "no-such-group-here")
    assert nobody.returncode == 2 and "no group" in nobody.stderr
    assert not (tmp_path / "x.db").exists()


def test_json_to_a_terminal_escapes_c1_controls_and_bidi_overrides() -> None:
    from backchannel.tui.cli import _JSON_ESCAPES

    shown = '"a\u009b31m b\u202e c"'.translate(_JSON_ESCAPES)
    assert "\u009b" not in shown and "\u202e" not in shown
    assert "\\u009b" in shown and "\\u202e" in shown


NAMES = [
    "Keir Starmer", "keir starmer", "KEIR STARMER", " Keir Starmer", "Keir Starmer ",
    "Keir  Starmer", "Keir\tStarmer", "Keir\nStarmer", "Keir\u200bStarmer", "Šefčovič",
    "Sefcovic", "Ｋｅｉｒ", "O'Neil-Smith (R-Ky.)", "a~b", "", "\u00a0Keir",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_the_sql_name_key_is_name_key(name: str) -> None:
    # name_key_sql lets SQLite key plain names itself: it must agree with name_key.
    conn = sqlite3.connect(":memory:")
    register(conn)
    (keyed,) = conn.execute(f"SELECT {name_key_sql('?1')}", [name]).fetchone()
    assert keyed == name_key(name)


def test_finding_a_name_matches_keying_every_name(tmp_path: Path) -> None:
    # find() keys only candidates; it must find what keying every name and
    # alias finds, however another program wrote them.
    desk = open_desk(tmp_path / "d.db")
    written = [
        ("Keir Starmer", "[]"),
        (" Keir Starmer", "[]"),  # untidy, as sqlite-utils may write it
        ("Šefčovič", "[]"),
        ("Maroš", '["Sefcovic"]'),
        ("Volodymyr", '["Zelénskyy"]'),  # an alias that is not ASCII
        ("Zed", '["Zel\\u00e9nskyy"]'),  # the same, written with JSON escapes
        ("Ana", '["Keir  Starmer"]'),  # an alias with a double space
        ("Bo", '["Keir Starmer "]'),  # and one with a space at its end
        ("Cy", '["x", "KEIR STARMER"]'),
        ("Di", '["Keir Starmers"]'),  # not him
        ("Ed", '["O\'Brien"]'),  # punctuation between the words
        ("Fi", '["Dr. No", "say \\"hi\\""]'),  # a full stop; quotation marks
        ("!!!", "[]"),  # no words at all
    ]
    with desk.change("seed") as change:
        for name, _ in written:
            desk.actors.add(name, change=change)
    with desk.lock, desk.conn:  # as another program writes: no tidying
        for i, (name, aliases) in enumerate(written, start=1):
            desk.conn.execute(
                "UPDATE actors SET name = ?, aliases = ? WHERE id = ?", [name, aliases, i]
            )

    def everyone(typed: str) -> list[int]:
        rows = desk.query("SELECT id, name, aliases FROM actors ORDER BY id")
        return [
            r["id"]
            for r in rows
            if name_key(r["name"]) == name_key(typed)
            or any(name_key(a) == name_key(typed) for a in json.loads(r["aliases"]))
        ]

    typed_names = ["keir starmer", "Sefcovic", "ŠEFČOVIČ", "zelenskyy", "Zed", "Keir Starmers"]
    typed_names += ["o'brien", "O Brien", "dr. no", "Dr No", 'say "hi"', "!!!", "nobody"]
    for typed in typed_names:
        assert [a.id for a in desk.actors.find(typed)] == everyone(typed), typed
    assert [a.id for a in desk.actors.find("Keir Starmer")] == [1, 2, 7, 8, 9]
    assert [a.id for a in desk.actors.find("O'Brien")] == [11]
    assert [a.id for a in desk.actors.find('SAY "HI"')] == [12]
    # The candidates come from indexes, not from reading every actor (m012).
    for odd in (ODD_NAME, ODD_ALIASES):
        plan = desk.query(f"EXPLAIN QUERY PLAN SELECT id FROM actors WHERE {odd}")
        assert "idx_actors_odd_" in plan[0]["detail"], plan
    desk.close()
