"""Behaviour at the keyboard, at 80x24, checked against what the desk holds."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input

from backchannel.db import open_desk
from backchannel.filter_line import parse_filter
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.detail import DetailScreen
from backchannel.tui.screens.help import HelpScreen
from backchannel.tui.widgets.detail_view import DetailView
from backchannel.tui.widgets.paged_table import PagedTable

from .conftest import HOSTILE

SIZE = (80, 24)


async def settle(pilot) -> None:
    """Let workers finish, keys the app holds reach their place, the pages
    read land in the panes, and the screen be ready for keys (the main
    screen's bars mounted)."""
    for _ in range(3):
        for _ in range(500):
            app = pilot.app
            # (a worker not started yet is not running, but not finished either)
            busy = any(not w.is_finished for w in app.workers) or app.holding_keys
            busy = busy or app.frames.held  # (a burst is drawn once it is read)
            if not busy and not getattr(app.screen, "keys_wait", False):
                break
            await asyncio.sleep(0.01)
        await pilot.pause()


async def paste(pilot, text: str) -> None:
    """Paste ``text`` into what has focus, as a terminal delivers a paste: one
    event, so a long line is not typed key by key (each would filter the pane)."""
    target = pilot.app.focused or pilot.app.screen
    target.post_message(events.Paste(text))
    await settle(pilot)


def stance_of(path: Path, statement_id: int) -> str | None:
    desk = open_desk(path)
    try:
        return desk.statements.get(statement_id).stance
    finally:
        desk.close()


def cell_text(pane: PagedTable, row: int) -> list[str]:
    return [cell.plain for cell in pane.get_row_at(row)]


async def test_opens_on_the_demo_with_three_panes(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.statements.has_focus
        assert screen.sources.row_count == 3
        assert screen.statements.row_count == 9
        assert screen.timeline.row_count == 12
        assert screen.statements.border_title == "2 Statements · 9"
        assert "PRIVATE ASSURANCE" in str(screen.query_one(DetailView).text)


async def test_p_and_a_tag_at_once_and_again_clears(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("j", "j", "j")  # UK officials: "Specific guarantees ... remain unclear"
        statement = pane.current
        assert statement.stance is None
        await pilot.press("p")
        await settle(pilot)  # the write runs on the app's worker
        assert stance_of(demo_path, statement.id) == "public"
        assert cell_text(pane, 3)[0] == "PUB"
        await pilot.press("p")
        await settle(pilot)
        assert stance_of(demo_path, statement.id) is None
        assert cell_text(pane, 3)[0] == "·"
        await pilot.press("a")
        await settle(pilot)
        assert stance_of(demo_path, statement.id) == "private"
        assert cell_text(pane, 3)[0] == "PRIV"
        await settle(pilot)
        assert "PRIVATE ASSURANCE" in str(app.screen.query_one(DetailView).text)
        timeline = app.screen.timeline
        row = timeline.get_row_index(f"statement:{statement.id}")
        assert cell_text(timeline, row)[1] == "    A"  # the private lane
    app.desk.close()
    # survives quitting and reopening
    reopened = BackchannelApp(open_desk(demo_path))
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert cell_text(reopened.screen.statements, 3)[0] == "PRIV"


async def test_tagging_from_the_timeline(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        timeline = app.screen.timeline
        assert timeline.has_focus and timeline.current.kind == "event"
        await pilot.press("p")  # not a statement: nothing happens
        await settle(pilot)  # (a write would run on the app's worker)
        assert app.desk.query("SELECT count(*) n FROM history WHERE label LIKE 'Tag%'")[0]["n"] == 0
        await pilot.press("j", "j", "j")  # Bloomberg, untagged
        await settle(pilot)
        entry = timeline.current
        assert entry.kind == "statement" and entry.stance is None
        await pilot.press("a")
        await settle(pilot)  # the write runs on the app's worker
        assert stance_of(demo_path, entry.id) == "private"


async def test_number_keys_and_tab_move_between_panes(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("1")
        assert screen.sources.has_focus
        await pilot.press("3")
        assert screen.timeline.has_focus
        await pilot.press("2")
        assert screen.statements.has_focus
        await pilot.press("tab")
        assert screen.timeline.has_focus
        await pilot.press("tab")
        assert screen.sources.has_focus


async def test_moving_and_jumping(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("j", "down")
        assert pane.cursor_row == 2
        await pilot.press("k")
        assert pane.cursor_row == 1
        await pilot.press("G")
        assert pane.cursor_row == 8 and pane.current.speaker_name == "The Telegraph"
        await pilot.press("g")
        assert pane.cursor_row == 0


async def test_enter_on_a_source_narrows_and_escape_widens(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("1", "j")  # Bloomberg: no statements read in it
        await pilot.press("enter")
        await settle(pilot)
        assert screen.statements.has_focus
        assert screen.statements.row_count == 0
        assert "from Bloomberg" in screen.statements.border_title
        await pilot.press("escape")
        await settle(pilot)
        assert screen.statements.row_count == 9
        assert "from" not in screen.statements.border_title
        await pilot.press("1", "k", "enter")  # Ukrainska Pravda: all nine
        await settle(pilot)
        assert screen.statements.row_count == 9
        assert "from Ukrainska Pravda" in screen.statements.border_title


async def test_enter_opens_the_whole_statement(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "j", "enter")  # Trump: no said date, reported April
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        shown = app.screen.text.plain
        assert "Trump has repeatedly rejected" in shown
        assert "Donald Trump (United States)" in shown
        assert "Ukrainska Pravda" in shown
        assert "Said: undated" in shown and "Reported: Apr 2025" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, DetailScreen)


async def test_slash_filters_the_focused_pane(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("slash", *"negotiators", "enter")
        await settle(pilot)
        assert pane.has_focus
        # words are matched by their stem: "negotiators" finds "negotiating" too
        assert pane.row_count == 2 and pane.current.speaker_name == "American negotiators"
        assert "“negotiators”" in pane.border_title
        await pilot.press("escape")
        await settle(pilot)
        assert pane.row_count == 9
        # on the timeline, escape in the search line clears it at once
        await pilot.press("3", "slash", *"kyiv")
        await settle(pilot)
        assert app.screen.timeline.row_count == 1
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.timeline.row_count == 12 and app.screen.timeline.has_focus


async def test_a_search_s_rows_come_with_their_detail(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detail of the row the cursor lands on is read with the page: it is
    on screen with the rows, with no read of its own after them."""
    from backchannel.tui.widgets.detail_view import DetailView

    read_alone: list[tuple[str, int]] = []
    load = DetailView._load

    def counted(self, token, kind, item_id):  # type: ignore[no-untyped-def]
        read_alone.append((kind, item_id))
        return load(self, token, kind, item_id)

    monkeypatch.setattr(DetailView, "_load", counted)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane, detail = app.screen.statements, app.screen.detail
        await pilot.press("slash", *"negotiators", "enter")
        await settle(pilot)
        first = pane.current
        assert first.speaker_name == "American negotiators"
        assert detail.item == ("statement", first.id)
        assert first.text[:40] in detail.text.plain
        assert ("statement", first.id) not in read_alone
        # Moving on reads the next row's detail in a thread, as before.
        await pilot.press("j")
        await settle(pilot)
        assert read_alone[-1] == ("statement", pane.current.id)
        assert pane.current.text[:40] in detail.text.plain


async def test_a_new_filter_stops_the_count_of_the_last(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A count still running when the filter changes is of no use: it stops at
    once, instead of holding a core while the next rows are read."""
    import threading
    import time

    from textual.worker import get_current_worker

    from backchannel.tui.widgets.statements_pane import StatementsPane

    counting = threading.Event()
    stopped: list[str] = []
    count = StatementsPane.count

    def slow_count(self):  # type: ignore[no-untyped-def]
        line = self.filter.line
        if line != "negotiators":
            return count(self)
        counting.set()
        worker = get_current_worker()
        deadline = time.monotonic() + 10
        while not worker.is_cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        stopped.append(line if worker.is_cancelled else "ran out")
        return 0

    monkeypatch.setattr(StatementsPane, "count", slow_count)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        pane.filter = parse_filter(app.desk, "negotiators")
        for _ in range(500):
            if counting.is_set():
                break
            await asyncio.sleep(0.01)
        assert counting.is_set()
        pane.filter = parse_filter(app.desk, "trump")
        # Stopped as the filter changes, not once the new rows are placed.
        counts = [w for w in app.workers if w.node is pane and w.group == "count"]
        assert counts and all(w.is_cancelled for w in counts)
        await settle(pilot)
        assert stopped == ["negotiators"]
        assert pane.total is not None and pane.row_count == pane.total


async def test_keys_typed_as_the_desk_opens_wait_for_the_bars(demo_path: Path) -> None:
    """The filter line and the capture bar are mounted after the first rows:
    "/word" typed before then waits for the line and types into it."""
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        assert not app.screen.query("FilterLine")  # not in the first frame
        await pilot.press("slash", *"negotiators", "enter")
        await settle(pilot)
        pane = app.screen.statements
        assert pane.has_focus and pane.row_count == 2
        await pilot.press("c", *"words")
        await settle(pilot)
        assert app.screen.query_one("#capture-input", Input).value == "words"


async def test_the_pane_under_the_filter_line_keeps_its_look(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line acts on the current pane: it keeps the look of focus (and
    none of its rows is drawn again) while the line is open."""
    drawn: list[int] = []
    draw_row = DataTable._render_line_in_row

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(1)
        return draw_row(self, *args, **kwargs)

    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        assert pane.styles.border_top[0] == "heavy"
        monkeypatch.setattr(DataTable, "_render_line_in_row", counted)
        await pilot.press("slash")
        await settle(pilot)
        assert not pane.has_focus and pane.styles.border_top[0] == "heavy"
        await pilot.press("escape")
        await settle(pilot)
        assert pane.has_focus and not drawn
        await pilot.press("3")  # another pane: this one loses the look
        await settle(pilot)
        assert pane.styles.border_top[0] != "heavy"
        assert app.screen.timeline.styles.border_top[0] == "heavy"


async def test_help_lists_every_key_and_q_quits(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        groups = dict(app.screen.groups)
        described = {b.description for bindings in groups.values() for b in bindings}
        assert {
            "Public",
            "Private",
            "Filter",
            "Quit",
            "Top",
            "Bottom",
            "Sources",
            "Compare",
            "Link",
        } <= described
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_an_empty_desk_says_how_to_start(desk_path: Path) -> None:
    app = BackchannelApp(open_desk(desk_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        body = str(app.screen.query_one(DetailView).text)
        assert "This desk is empty" in body and "backchannel demo" in body
        await pilot.press("p", "a", "j", "G", "enter")  # nothing to act on; nothing breaks
        await settle(pilot)
        assert app.desk.query("SELECT count(*) n FROM history")[0]["n"] == 0


async def test_hostile_text_shows_literally(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    evil = " ".join(HOSTILE)
    desk.statements.add(evil, said="2025-01-01")
    huge = desk.statements.add("y" * 1_000_000, said="2025-01-02")
    app = BackchannelApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        text = cell_text(pane, 0)[3]
        assert "[bold red]x[/]" in text and "[link=http://e.vil]y[/link]" in text
        assert "\x1b" not in text and "\x00" not in text and "\x07" not in text
        assert "␛[2J" in text and "␛]52;c;" in text and "␀" in text
        body = str(app.screen.query_one(DetailView).text)
        assert "[bold red]x[/]" in body and "\x1b" not in body
        screenshot = app.export_screenshot()
        assert "\x1b[2J" not in screenshot and "\x1b]52" not in screenshot
        await pilot.press("j")
        await settle(pilot)
        assert pane.current.id == huge and len(pane.current.text) < 1_000
        assert "more characters" in str(app.screen.query_one(DetailView).text)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("escape", "k", "p")
        await settle(pilot)
        assert desk.statements.get(huge - 1).stance == "public"


async def test_a_large_desk_pages_as_the_cursor_moves(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    with desk.change("seed") as change:
        for i in range(1_000):
            desk.statements.add(f"statement {i:04d}", said="2020-01-01", change=change)
    app = BackchannelApp(desk)
    # A tall terminal, so that pagedown travels far in few keys.
    async with app.run_test(size=(80, 90)) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        assert pane.row_count == PagedTable.FIRST_PAGE
        while pane.current.text < "statement 0400":
            await pilot.press("pagedown")
            await settle(pilot)
            assert pane.row_count <= PagedTable.WINDOW
        assert not pane.at_start  # the window slid: early rows were let go
        await pilot.press("G")
        await settle(pilot)
        assert pane.current.text == "statement 0999"
        assert pane.row_count <= PagedTable.PAGE
        for _ in range(30):
            await pilot.press("k")
        await settle(pilot)
        assert pane.current.text == "statement 0969"
        while pane.current.text > "statement 0700":
            await pilot.press("pageup")
            await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        marked = pane.current.text
        row = desk.query("SELECT stance FROM statements WHERE text = ?", [marked])
        assert row[0]["stance"] == "public"
        await pilot.press("g")
        await settle(pilot)
        assert pane.current.text == "statement 0000"


async def test_the_wheel_pages_through_the_whole_desk(desk_path: Path) -> None:
    desk = open_desk(desk_path)
    with desk.change("seed") as change:
        for i in range(200):
            desk.statements.add(f"statement {i:04d}", said="2020-01-01", change=change)
    app = BackchannelApp(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        seen: set[str] = set()
        for step in range(150):  # the wheel, as the terminal reports it
            pane.post_message(events.MouseScrollDown(pane, 1, 1, 0, 1, 0, False, False, False))
            await (settle(pilot) if step % 5 == 0 else pilot.pause())
            seen |= {item.text for item in pane.items}
            if pane.at_end and pane.scroll_y >= pane.max_scroll_y:
                break
        await settle(pilot)
        seen |= {item.text for item in pane.items}
        assert "statement 0199" in seen and len(seen) == 200
    desk.close()


async def test_a_key_right_after_a_pane_key_goes_to_the_new_pane(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.action_focus_pane("sources")
        # no pause: a fast typist's next key must already find the sources pane
        assert app.screen.focused is app.screen.sources


def test_a_source_with_no_outlet_is_named_once_by_its_title(memory_desk) -> None:
    from backchannel.tui.widgets.detail_view import citation

    pasted = memory_desk.sources.add("Harbour board split over cruise terminal")
    named = memory_desk.sources.add("Harbour board split", outlet="Harwich Gazette")
    assert citation(memory_desk, pasted).plain == "Harbour board split over cruise terminal"
    assert citation(memory_desk, named).plain == "Harwich Gazette — Harbour board split"
