"""Desks that merge, and compacting: store tests on two copies of one desk."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from backchannel.actions.team import merge as merge_desks
from backchannel.db import Desk, open_desk
from backchannel.db.compact import compact
from backchannel.db.conflicts import ConflictStore
from backchannel.db.merge import MergeError, content, pull, waiting
from backchannel.db.trash import trash
from backchannel.fixtures import load_demo

TABLES = ("sources", "actors", "statements", "events", "topics")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo desk, written once for the module's tests to copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    desk = open_desk(path)
    load_demo(desk)
    desk.close()
    return path


@pytest.fixture
def pair(tmp_path: Path, demo_file: Path) -> Iterator[tuple[Desk, Desk]]:
    """Two copies of the demo desk, forked: ana's and bo's."""
    first = tmp_path / "ana.db"
    shutil.copy(demo_file, first)
    shutil.copy(demo_file, tmp_path / "bo.db")
    ana, bo = open_desk(first, author="ana"), open_desk(tmp_path / "bo.db", author="bo")
    yield ana, bo
    ana.close()
    bo.close()


def first_statement(desk: Desk) -> int:
    return int(desk.query("SELECT min(id) AS id FROM statements")[0]["id"])


def test_both_add_statements_and_nothing_is_lost_to_an_id_clash(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    a = ana.statements.add("Ana's new statement", topics=["sanctions"])
    b = bo.statements.add("Bo's new statement", topics=["sanctions", "ceasefire"])
    assert a == b  # the same integer id on both copies
    merge_desks(ana, bo, both=True)
    for desk in (ana, bo):
        texts = {r["text"] for r in desk.query("SELECT text FROM statements")}
        assert {"Ana's new statement", "Bo's new statement"} <= texts
    assert content(ana) == content(bo)
    # Bo's statement is tagged on Ana's desk with both its topics, by name.
    row = ana.query(
        "SELECT group_concat(t.name) AS names FROM statements s"
        " JOIN statement_topics st ON st.statement_id = s.id JOIN topics t ON t.id = st.topic_id"
        " WHERE s.text = ?",
        ["Bo's new statement"],
    )[0]
    assert sorted(row["names"].split(",")) == ["ceasefire", "sanctions"]


def test_each_change_keeps_its_author_and_time_and_merging_twice_adds_nothing(
    pair: tuple[Desk, Desk],
) -> None:
    ana, bo = pair
    s = first_statement(bo)
    with bo.change("Note on statement") as w:
        w.update("statements", s, {"note": "seen by Bo"})
    theirs = bo.query("SELECT * FROM changes ORDER BY id DESC LIMIT 1")[0]
    tally = pull(ana, bo)
    assert tally.changes == 1 and tally.authors == {"bo": 1}
    mine = ana.query("SELECT * FROM changes WHERE change_id = ?", [theirs["change_id"]])[0]
    assert (mine["author"], mine["at"], mine["label"]) == ("bo", theirs["at"], theirs["label"])
    before = content(ana), ana.query("SELECT count(*) AS n FROM history")[0]["n"]
    assert pull(ana, bo).changes == 0
    merge_desks(ana, bo, both=True)
    merge_desks(ana, bo, both=True)
    assert (content(ana), ana.query("SELECT count(*) AS n FROM history")[0]["n"]) == before
    # Ana's u does not take back Bo's change.
    assert ana.undo() is None


def test_edits_of_different_fields_merge_and_deletes_are_honoured(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    ana.statements.set_stance(s, "public")
    with bo.change("Note") as w:
        w.update("statements", s, {"note": "checked"})
    victim = first_statement(bo) + 1
    trash(bo, "statement", victim)
    merge_desks(ana, bo, both=True)
    for desk in (ana, bo):
        row = desk.query("SELECT stance, note FROM statements WHERE id = ?", [s])[0]
        assert row == {"stance": "public", "note": "checked"}
        gone = desk.query("SELECT deleted_at FROM statements WHERE id = ?", [victim])[0]
        assert gone["deleted_at"] is not None
    assert waiting(ana) == waiting(bo) == 0
    assert content(ana) == content(bo)


def test_a_disagreeing_edit_waits_as_a_conflict_and_a_decision_travels(
    pair: tuple[Desk, Desk],
) -> None:
    ana, bo = pair
    s = first_statement(ana)
    with ana.change("Edit") as w:
        w.update("statements", s, {"text": "Ana's words"})
    with bo.change("Edit") as w:
        w.update("statements", s, {"text": "Bo's words"})
    report = merge_desks(ana, bo, both=True)
    assert report.waiting == 1
    # Nothing overwritten: each keeps its own words until someone decides.
    assert ana.statements.get(s).text == "Ana's words"
    assert bo.statements.get(s).text == "Bo's words"
    [on_ana] = ConflictStore(ana).pending()
    [on_bo] = ConflictStore(bo).pending()
    assert (on_ana.mine, on_ana.theirs, on_ana.their_author) == ("Ana's words", "Bo's words", "bo")
    assert (on_bo.mine, on_bo.theirs) == ("Bo's words", "Ana's words")
    assert ConflictStore(ana).of_item("statements", s) == [on_ana]
    # Ana keeps hers; the next merge brings her decision to Bo.
    ConflictStore(ana).decide(on_ana.id, "mine")
    merge_desks(ana, bo, both=True)
    assert bo.statements.get(s).text == "Ana's words"
    assert waiting(ana) == waiting(bo) == 0
    assert content(ana) == content(bo)


def test_a_date_conflict_is_one_field_and_an_edit_decides_it(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    for desk, said in ((ana, "2025-03-01"), (bo, "2025-03-02")):
        with desk.change("Date") as w:
            w.update("statements", s, {"said": said, "said_earliest": said, "said_latest": said})
    merge_desks(ana, bo, both=True)
    [conflict] = ConflictStore(ana).pending()
    assert conflict.field == "said"
    ConflictStore(ana).decide(conflict.id, "edited", "2025-03")
    row = ana.query("SELECT said, said_earliest, said_latest FROM statements WHERE id = ?", [s])
    assert row[0] == {"said": "2025-03", "said_earliest": "2025-03-01", "said_latest": "2025-03-31"}
    ana.undo()  # a decision is a change of Ana's: u takes it back
    assert waiting(ana) == 1


def test_a_reference_conflict_is_kept_by_uuid(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    a = ana.actors.add("Speaker A")
    b = bo.actors.add("Speaker B")
    for desk, actor in ((ana, a), (bo, b)):
        with desk.change("Speaker") as w:
            w.update("statements", s, {"speaker_id": actor})
    merge_desks(ana, bo, both=True)
    [conflict] = ConflictStore(ana).pending()
    store = ConflictStore(ana)
    assert (store.shown(conflict, conflict.mine), store.shown(conflict, conflict.theirs)) == (
        "Speaker A",
        "Speaker B",
    )
    store.decide(conflict.id, "theirs")
    merge_desks(ana, bo, both=True)
    for desk in (ana, bo):
        assert desk.statements.get(s).speaker_name == "Speaker B"
    assert content(ana) == content(bo)


def test_merge_refuses_itself_and_a_copy_compacted_past_it(
    pair: tuple[Desk, Desk], tmp_path: Path
) -> None:
    ana, bo = pair
    with pytest.raises(MergeError, match="itself"):
        pull(ana, ana)
    bo.statements.add("Said after the fork")
    compact(bo, "9999")
    with pytest.raises(MergeError, match="compacted past 1 change"):
        pull(ana, bo)


def test_compact_drops_old_history_and_the_trash_and_merge_goes_on(
    pair: tuple[Desk, Desk],
) -> None:
    ana, bo = pair
    secret = ana.statements.add("A source's name nobody should keep")
    trash(ana, "statement", secret)
    merge_desks(ana, bo, both=True)
    done = compact(ana, "9999")
    assert done.purged == {"statements": 1} and done.history_rows > 0 and done.changes > 0
    words = ana.query(
        "SELECT count(*) AS n FROM history WHERE coalesce(before, '') || coalesce(after, '')"
        " LIKE '%nobody should keep%'"
    )
    assert words[0]["n"] == 0
    assert ana.path is not None and b"nobody should keep" not in ana.path.read_bytes()
    # Both copies go on merging from the point Ana kept; the purge reaches Bo.
    s = first_statement(ana)
    with ana.change("Note on statement") as w:
        w.update("statements", s, {"note": "after the point"})
    bo.statements.add("Bo, after the compaction")
    merge_desks(ana, bo, both=True)
    assert not bo.query("SELECT 1 FROM statements WHERE id = ?", [secret])
    assert content(ana) == content(bo)
    assert ana.undo() is not None  # the tag, made after the point


def test_undo_on_one_copy_travels(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    note = ana.statements.get(s).note
    with ana.change("Note") as w:
        w.update("statements", s, {"note": "first thoughts"})
    added = bo.statements.add("Said in haste", topics=["haste"])
    merge_desks(ana, bo, both=True)
    assert ana.query("SELECT 1 FROM statements WHERE text = 'Said in haste'")
    assert ana.undo() is not None and bo.undo() is not None
    merge_desks(ana, bo, both=True)
    assert not ana.query("SELECT 1 FROM statements WHERE text = 'Said in haste'")
    assert not bo.query("SELECT 1 FROM statements WHERE id = ?", [added])
    assert bo.query("SELECT note FROM statements WHERE id = ?", [s])[0]["note"] == note
    assert content(ana) == content(bo)


def test_yours_is_what_the_item_holds_now(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    for desk, words in ((ana, "Ana's words"), (bo, "Bo's words")):
        with desk.change("Edit") as w:
            w.update("statements", s, {"text": words})
    merge_desks(ana, bo)
    with ana.change("Edit again") as w:
        w.update("statements", s, {"text": "Ana's second thoughts"})
    [conflict] = ConflictStore(ana).pending()
    assert conflict.mine == "Ana's second thoughts"
    ConflictStore(ana).decide(conflict.id, "mine")
    assert ana.statements.get(s).text == "Ana's second thoughts"


def test_an_item_deleted_on_both_copies_is_no_conflict(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana)
    trash(ana, "statement", s)
    trash(bo, "statement", s)
    merge_desks(ana, bo, both=True)
    assert waiting(ana) == waiting(bo) == 0
    assert content(ana) == content(bo)


def test_the_same_tag_on_both_copies_agrees_to_the_millisecond(pair: tuple[Desk, Desk]) -> None:
    ana, bo = pair
    s = first_statement(ana) + 2
    for desk in (ana, bo):
        desk.statements.set_stance(s, "public" if desk.statements.get(s).stance else "private")
    merge_desks(ana, bo, both=True)
    assert content(ana) == content(bo)


def test_an_id_freed_by_an_undo_and_given_again_keeps_its_rows_apart(
    pair: tuple[Desk, Desk],
) -> None:
    ana, bo = pair
    first = bo.statements.add("Taken back", topics=["first"])
    assert bo.undo() is not None
    again = bo.statements.add("Kept", topics=["second"])
    assert again == first  # SQLite gave the freed id again
    merge_desks(ana, bo, both=True)
    rows = ana.query(
        "SELECT s.text, t.name FROM statements s JOIN statement_topics st ON st.statement_id = s.id"
        " JOIN topics t ON t.id = st.topic_id WHERE s.text IN ('Taken back', 'Kept')"
    )
    assert rows == [{"text": "Kept", "name": "second"}]
    assert content(ana) == content(bo)


def test_a_link_made_differently_on_both_copies_overwrites_neither(
    pair: tuple[Desk, Desk],
) -> None:
    ana, bo = pair
    a = first_statement(ana)
    ana.links.link(a, a + 1, "contradicts")
    merge_desks(ana, bo, both=True)
    ana.links.link(a, a + 1, "responds")
    bo.links.link(a, a + 1, "confirms")
    merge_desks(ana, bo, both=True)
    for desk, relation in ((ana, "responds"), (bo, "confirms")):
        rows = desk.query("SELECT relation FROM statement_links WHERE statement_id = ?", [a])
        assert rows == [{"relation": relation}]
