"""Undo, redo and the trash, on the desk."""

from __future__ import annotations

from pathlib import Path

import pytest

from backchannel.db import NotFound, open_desk, trash
from backchannel.db.undo import UndoConflict
from backchannel.fixtures import DEMO_AUTHOR


def test_undo_and_redo_walk_back_and_forth(demo_desk) -> None:
    s = demo_desk.statements.page()[3]
    demo_desk.statements.toggle_stance(s.id, "public")
    demo_desk.statements.toggle_stance(s.id, "private")
    assert demo_desk.undo() == "Tag statement private"
    assert demo_desk.statements.get(s.id).stance == "public"
    assert demo_desk.undo() == "Tag statement public"
    assert demo_desk.statements.get(s.id).stance is None
    assert demo_desk.redo() == "Tag statement public"
    assert demo_desk.statements.get(s.id).stance == "public"
    # a new change ends the chance to redo
    demo_desk.statements.toggle_stance(s.id, "public")
    assert demo_desk.redo() is None
    labels = [c.label for c in demo_desk.history(4)]
    assert "Undo: Tag statement private" in labels and "Redo: Tag statement public" in labels


def test_undo_outlives_the_app(demo_path: Path) -> None:
    desk = open_desk(demo_path)
    s = desk.statements.page()[3]
    desk.statements.toggle_stance(s.id, "private")
    desk.close()
    desk = open_desk(demo_path)
    assert desk.undo() == "Tag statement private"
    assert desk.statements.get(s.id).stance is None


def test_undo_everything_empties_the_desk_and_nothing_more(demo_desk, demo_path) -> None:
    assert demo_desk.undo() is None  # the demo is not yours to take away
    demo = open_desk(demo_path, author=DEMO_AUTHOR)  # but its loader may
    while demo.undo():
        pass
    assert demo_desk.is_empty()
    assert demo.undo() is None
    assert demo.redo() == "Load demo desk"
    assert demo_desk.statements.count() == 9
    demo.close()


def test_undo_refuses_to_overwrite_a_row_changed_outside(demo_desk) -> None:
    s = demo_desk.statements.page()[3]
    demo_desk.statements.toggle_stance(s.id, "public")
    demo_desk.conn.execute("UPDATE statements SET note = 'edited by hand' WHERE id = ?", [s.id])
    demo_desk.conn.commit()
    with pytest.raises(UndoConflict):
        demo_desk.undo()
    assert demo_desk.statements.get(s.id).stance == "public"


def test_deleting_a_statement_moves_it_to_the_trash(demo_desk) -> None:
    s = demo_desk.statements.page()[0]
    trash.trash(demo_desk, "statement", s.id)
    assert demo_desk.statements.count() == 8
    with pytest.raises(NotFound):
        demo_desk.statements.get(s.id)
    assert [(i.kind, i.id) for i in trash.items(demo_desk)] == [("statement", s.id)]
    trash.restore(demo_desk, "statement", s.id)
    assert demo_desk.statements.count() == 9 and trash.items(demo_desk) == []


def test_deleting_a_source_asks_about_its_statements(demo_desk) -> None:
    up = demo_desk.sources.page(search="Ukrainska")[0]
    assert trash.dependents(demo_desk, "source", up.id) == 9
    said = trash.trash(demo_desk, "source", up.id, statements="keep")
    assert "9 statements kept" in said
    assert demo_desk.statements.count() == 9
    assert demo_desk.query("SELECT count(*) n FROM statements WHERE source_id IS NULL")[0]["n"] == 9
    demo_desk.undo()
    assert demo_desk.statements.count(source_id=up.id) == 9
    trash.trash(demo_desk, "source", up.id, statements="trash")
    assert demo_desk.statements.count() == 0
    assert len(trash.items(demo_desk)) == 10


def test_deleting_an_actor_keeps_or_trashes_their_statements(demo_desk) -> None:
    trump = demo_desk.actors.find("Trump")[0]
    us = demo_desk.actors.find("United States")[0]
    trash.trash(demo_desk, "actor", us.id, statements="keep")
    assert demo_desk.actors.get(trump.id).affiliation_id is None  # no dangling affiliation
    demo_desk.undo()
    assert demo_desk.actors.get(trump.id).affiliation_name == "United States"
    trash.trash(demo_desk, "actor", trump.id, statements="trash")
    assert demo_desk.statements.count(search="repeatedly") == 0
    assert demo_desk.actors.find("Trump") == []
