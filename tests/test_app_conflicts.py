"""The conflicts queue at the keyboard: one key per decision, like triage."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from backchannel.actions.team import merge
from backchannel.db import Desk, open_desk
from backchannel.db.merge import waiting
from backchannel.fixtures import load_demo
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.conflicts import ConflictsScreen
from backchannel.tui.screens.dialogs import PromptScreen
from backchannel.tui.widgets.detail_view import detail_text

from .conftest import HOSTILE
from .test_app import settle


async def prompt_up(pilot) -> PromptScreen:  # type: ignore[no-untyped-def]
    """The prompt e opens, once it is up: e waits while the list is read
    again, and a loaded machine takes its time (at most five seconds)."""
    for _ in range(500):
        await settle(pilot)
        screen = pilot.app.screen
        if isinstance(screen, PromptScreen) and screen.is_mounted:
            return screen
        await asyncio.sleep(0.01)
    raise AssertionError(f"e opened no prompt: {pilot.app.screen!r}")


def forked(tmp_path: Path) -> tuple[Desk, Desk, list[int]]:
    """Ana's and Bo's copies, each having changed the words of three statements."""
    first = tmp_path / "ana.db"
    desk = open_desk(first)
    load_demo(desk)
    desk.close()
    shutil.copy(first, tmp_path / "bo.db")
    ana, bo = open_desk(first, author="ana"), open_desk(tmp_path / "bo.db", author="bo")
    ids = [r["id"] for r in ana.query("SELECT id FROM statements ORDER BY id LIMIT 3")]
    for desk, who in ((ana, "Ana"), (bo, "Bo")):
        for n, statement_id in enumerate(ids):
            words = f"{who}'s words {n} {HOSTILE[n]}"
            with desk.change("Edit statement") as w:
                w.update("statements", statement_id, {"text": words})
    merge(ana, bo)
    bo.close()
    return ana, open_desk(tmp_path / "bo.db", author="bo"), ids


async def test_decide_conflicts_by_keys(tmp_path: Path) -> None:
    ana, bo, ids = forked(tmp_path)
    assert waiting(ana) == 3
    # Until decided, the item's detail shows both.
    shown = detail_text(ana, "statement", ids[0]).plain
    assert "CONFLICT on its text" in shown and "Ana's words 0" in shown and "Bo's words 0" in shown
    app = BackchannelApp(ana)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        assert screen.sub_title == "1 of 3"
        card = str(screen.query_one("#conflict-card").render())
        assert "Ana's words 0" in card and "Bo's words 0" in card and "\x1b" not in card
        await pilot.press("m", "t")  # keep yours, keep theirs
        await pilot.press("e")
        field = (await prompt_up(pilot)).query_one("#prompt-input")
        field.value = "Agreed words"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        assert screen.title == "Conflicts · 3 of 3 decided"
        await pilot.press("u")  # the edit taken back: that conflict waits again
        await settle(pilot)
        assert screen.title == "Conflicts · 2 of 3 decided"
        await pilot.press("e")
        field = (await prompt_up(pilot)).query_one("#prompt-input")
        field.value = "Agreed words"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictsScreen)
    texts = [ana.statements.get(i).text for i in ids]
    assert texts[0].startswith("Ana's words 0") and texts[1].startswith("Bo's words 1")
    assert texts[2] == "Agreed words"
    assert waiting(ana) == 0
    # The decisions travel: Bo's copy ends with the same words.
    merge(ana, bo, both=True)
    assert [bo.statements.get(i).text for i in ids] == texts
    assert waiting(bo) == 0
    bo.close()


async def test_a_highlight_the_cursor_has_moved_on_from_is_ignored(tmp_path: Path) -> None:
    # "m t e" in one read: each decision moves the queue on. The highlight of
    # the first move, reaching the screen after the second, took the queue back
    # to the conflict just decided, and e then said "Already decided".
    from textual.widgets import DataTable

    ana, bo, ids = forked(tmp_path)
    bo.close()
    app = BackchannelApp(ana)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictsScreen)
        table = screen.query_one(DataTable)
        await pilot.press("j", "j")
        await settle(pilot)
        assert screen.index == 2 and table.cursor_row == 2
        stale = DataTable.RowHighlighted(table, 1, table.coordinate_to_cell_key((1, 0)).row_key)
        screen.post_message(stale)
        await settle(pilot)
        assert screen.index == 2 and screen.sub_title == "3 of 3"
        await pilot.press("e")
        assert isinstance(await prompt_up(pilot), PromptScreen)
