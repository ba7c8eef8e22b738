"""The app and the desk it shares: one ordered worker for changes, other
writers seen within a second, undo that is yours alone, errors inline."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from backchannel.actions.capture import save_capture
from backchannel.db import open_desk
from backchannel.extract.capture import Capture
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.item_forms import StatementForm

from .test_app import SIZE, settle


async def wait_until(pilot, condition, seconds: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (it polls the desk once a second)."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never showed it")


async def test_a_capture_by_another_program_appears_in_the_panes(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path, author="ana"))
    other = open_desk(demo_path, author="ben")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        pane.move_cursor(row=2)
        before = pane.current
        assert pane.row_count == 9
        save_capture(other, Capture(text="written elsewhere", speaker="Zed"))
        await wait_until(pilot, lambda: pane.row_count == 10)
        await settle(pilot)
        assert pane.current == before  # the cursor stays on the same statement
        # u is ana's, and ana has done nothing: ben's capture stays
        await pilot.press("u")
        await settle(pilot)
        assert pane.row_count == 10
        assert other.query("SELECT count(*) AS n FROM statements WHERE text = ?",
                           ["written elsewhere"])[0]["n"] == 1  # fmt: skip
    other.close()
    app.desk.close()


async def test_undo_while_another_program_holds_the_desk_says_so(demo_path, monkeypatch) -> None:
    import sqlite3

    monkeypatch.setattr("backchannel.db.desk.BUSY_TRIES", 1)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "p")
        await settle(pilot)
        app.desk.conn.execute("PRAGMA busy_timeout = 100")
        holder = sqlite3.connect(demo_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        await pilot.press("u")
        await settle(pilot)
        said = [n.message for n in app._notifications]
        assert any("busy" in m and "nothing was changed" in m for m in said), said
        holder.execute("ROLLBACK")
        holder.close()
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.statements.current.stance is None
    app.desk.close()


async def test_actions_run_in_the_order_they_were_asked_for(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "p", "a", "p", "u")  # one burst
        await settle(pilot)
        statement = app.screen.statements.current
        assert app.desk.statements.get(statement.id).stance == "private"
        labels = [c["label"] for c in app.desk.query(
            "SELECT label FROM changes WHERE kind != 'do' OR undone = 0 ORDER BY id DESC LIMIT 4"
        )]  # fmt: skip
        assert labels[0] == "Undo: Tag statement public"
    app.desk.close()


async def test_stored_text_reaches_a_form_made_visible_and_is_kept_if_untouched(
    desk_path: Path,
) -> None:
    desk = open_desk(desk_path)
    evil = "said \x1b]52;c;aGVsbG8=\x07 this \u202e"
    sid = save_capture(desk, Capture(text="words", speaker=evil)).statement_id
    app = BackchannelApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(StatementForm(desk, sid))
        await pilot.pause()
        field = app.screen.query_one("#field-speaker", Input)
        assert "\x1b" not in field.value and "\u202e" not in field.value
        assert "␛" in field.value
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert desk.statements.get(sid).speaker_name == " ".join(evil.split())
    desk.close()
