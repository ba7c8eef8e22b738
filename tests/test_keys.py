"""Keys sent in one burst, as SSH and text expanders deliver them, land where
the person meant: in the bar or prompt the first key opened, in order."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual import events
from textual.keys import _character_to_key
from textual.widgets import Input

from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.actors import ActorsScreen
from backchannel.tui.screens.compare import DivergenceScreen
from backchannel.tui.screens.dialogs import PromptScreen

from .test_app import SIZE, settle


def burst(app: BackchannelApp, keys: str) -> None:
    """Every key posted at once, before the app has handled the first, named as
    the terminal driver names them ("/" is "slash", a space "space")."""
    for character in keys:
        app.post_message(events.Key(_character_to_key(character), character))


async def test_a_word_typed_with_f_goes_into_the_filter_line(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.desk.query("SELECT count(*) AS n FROM changes")[0]["n"]
        burst(app, "ftrump")
        await settle(pilot)
        assert app.screen.query_one("#filter-input", Input).value == "trump"
        # nothing leaked to the pane: no tag (p), no undo (u), no jump (t)
        assert app.desk.query("SELECT count(*) AS n FROM changes")[0]["n"] == before
    app.desk.close()


async def test_a_quote_typed_with_c_goes_into_the_capture_bar(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "cwe are ready @Starmer")
        await settle(pilot)
        assert app.screen.query_one("#capture-input", Input).value == "we are ready @Starmer"
    app.desk.close()


async def test_keys_after_one_that_opens_a_screen_reach_its_prompt(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "A/trump")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "trump"
        app.post_message(events.Key("enter", "\r"))
        await settle(pilot)
        assert isinstance(app.screen, ActorsScreen) and app.screen.table.search == "trump"
    app.desk.close()


async def test_every_screen_explains_itself_and_q_goes_back(demo_path: Path) -> None:
    from backchannel.tui.screens.compare import DivergenceScreen
    from backchannel.tui.screens.help import HelpScreen

    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, DivergenceScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "in public beside what it assures in private" in app.screen.about
        keys = [b.description for _, group in app.screen.groups for b in group]
        assert "Tag untagged" in keys and "Brief" in keys
        await pilot.press("escape", "q")  # q leaves the comparison, not the app
        await settle(pilot)
        assert not isinstance(app.screen, DivergenceScreen) and app.is_running
        await pilot.press("T", "q")  # and the trash
        await settle(pilot)
        assert len(app.screen_stack) == 1 and app.is_running
    app.desk.close()


async def test_y_copies_a_statement_with_its_citation(demo_path: Path, monkeypatch) -> None:
    import webbrowser

    def no_browser(*_args: object) -> None:
        raise webbrowser.Error("no browser on this machine")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjjjjj", "y")  # Keir Starmer's statement
        copied = app.clipboard
        assert copied.startswith("“There are ongoing discussions") and "— Keir Starmer" in copied
        assert "Ukrainska Pravda: “The Telegraph: US privately agrees" in copied
        assert "citing The Telegraph" in copied
        await pilot.press("1", "o")  # a source's URL: no browser here, so copied
        source = app.screen.sources.current
        if source.url:
            assert app.clipboard == source.url
    app.desk.close()


def test_the_focused_pane_reads_clearly_in_every_built_in_theme() -> None:
    """Its border and title are $text-primary (app.tcss): at least 4.5:1 against
    the background in every theme that sets its own colours (the ansi ones take
    the terminal's)."""
    from textual.app import App
    from textual.color import Color

    css = (Path(__file__).parents[1] / "backchannel" / "tui" / "app.tcss").read_text()
    focus = css[css.index("PagedTable:focus {") :].split("}")[0]
    assert "$text-primary" in focus and "$accent" not in focus

    def luminance(c: Color) -> float:
        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)

    app = App()
    for name in app.available_themes:
        if name.startswith("ansi"):
            continue
        app.theme = name
        colours = app.get_css_variables()
        lit = sorted([luminance(Color.parse(colours[k])) for k in ("text-primary", "background")])
        assert (lit[1] + 0.05) / (lit[0] + 0.05) >= 4.5, name


async def test_a_completion_never_shows_over_what_was_typed(demo_path: Path) -> None:
    # The ghost text is what a suggestion adds after the typed value: by:Kei
    # shows "r Starmer", and taking it makes by:"Keir Starmer".
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "fby:Kei")
        await settle(pilot)
        line = app.screen.query_one("#filter-input", Input)
        assert line.value == "by:Kei"
        assert line._suggestion == "by:Keir Starmer"
        app.post_message(events.Key("right", None))
        await settle(pilot)
        assert line.value == 'by:"Keir Starmer"'
        line.value = ""
        burst(app, 'by:"Kei')
        await settle(pilot)
        assert line._suggestion == 'by:"Keir Starmer"'
    app.desk.close()


async def test_keys_typed_with_a_wait_for_the_actors_first_page(
    demo_path: Path, monkeypatch
) -> None:
    # A then jj in one burst: the list's first page is still being read when
    # the j's arrive; they wait for it and move over its rows.
    from backchannel.tui.widgets.actors_table import ActorsTable

    gate = threading.Event()
    fetch = ActorsTable.fetch

    def slow_fetch(self, request):
        gate.wait(5)
        return fetch(self, request)

    monkeypatch.setattr(ActorsTable, "fetch", slow_fetch)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "Ajj")
        await pilot.pause(0.1)
        gate.set()
        await settle(pilot)
        assert isinstance(app.screen, ActorsScreen)
        assert app.screen.table.cursor_row == 2
    app.desk.close()


async def test_a_click_into_another_pane_picks_the_row_under_the_pointer(
    demo_path: Path,
) -> None:
    # At 80x24 the timeline is small until focused; it grows as the press
    # focuses it, and the click must still pick the row that was pressed.
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        timeline = app.screen.query_one("#timeline")
        assert not timeline.has_focus
        await pilot.click(timeline, offset=(5, 3))  # the third row under its title
        await settle(pilot)
        assert timeline.has_focus
        assert timeline.cursor_row == 2
    app.desk.close()


async def test_keys_after_the_key_that_closes_a_field_go_where_it_leaves_the_focus(
    demo_path: Path,
) -> None:
    # Over SSH "esc" and "/word" (or enter and "/word") arrive in one read. The
    # key that closes the filter line is handled by its input a moment later
    # than the app reads the next keys: they must wait for it, not type into
    # the line that is closing.
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = app.screen.query_one("#filter-input", Input)
        for closing in ("escape", "enter"):
            burst(app, "/trump")
            await settle(pilot)
            assert line.value == "trump"
            app.post_message(events.Key(closing, None))
            burst(app, "/guarantee")
            await settle(pilot)
            # (the line opens holding the pane's filter, and typing adds to it)
            expected = "guarantee" if closing == "escape" else "trumpguarantee"
            assert line.value == expected, closing
            assert line.has_focus
            statements = app.screen.query_one("#statements")
            # and what the line says is what the pane shows
            assert statements.filter.line == line.value, closing
            app.post_message(events.Key("escape", None))
            await settle(pilot)
    app.desk.close()


async def test_enter_in_the_same_burst_as_a_name_keeps_the_filter_it_names(
    demo_path: Path,
) -> None:
    # "fby:UK" and enter in one read: enter comes before the line's reading
    # (a name lookup, in a worker) is back. It waits for that reading and keeps
    # it; the pane shows the UK's statements and the line is closed.
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        statements = app.screen.query_one("#statements")
        burst(app, "fby:UK")
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        line = app.screen.query_one("#filter")
        assert not line.is_open and statements.has_focus
        assert statements.filter.line == "by:UK"
        speakers = {statements.get_row_at(i)[2].plain for i in range(statements.row_count)}
        assert speakers == {"Keir Starmer", "UK officials"}
        # a name that is no one's: the line stays open and says so
        app.post_message(events.Key("escape", None))  # (the pane's filter cleared)
        await settle(pilot)
        burst(app, "fby:Nobody")
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert line.is_open and line.error == "no actor named “Nobody”"
        assert line.input.value == "by:Nobody" and statements.filter.is_empty
    app.desk.close()


async def test_a_key_that_acts_at_once_waits_for_the_moves_typed_before_it(
    demo_path: Path,
) -> None:
    # D runs the moment it is read (an eager binding); "jjjjD" in one read
    # compared the statement the cursor was on before the four j.
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "jjjjD")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DivergenceScreen)
        assert screen.selection.line == 'by:"United States" topic:"security guarantees"'
    app.desk.close()


async def test_a_quick_line_is_read_with_no_reading_thread(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A line of words (and stance:, kind:) needs nothing from the desk, and a
    # name found at once is one index search: both are read as typed, and the
    # pane's query starts without a hand-over to a reading thread. A lookup
    # that takes longer is left to one, and still filters the pane.
    from backchannel.db import Desk, ReadCancelled
    from backchannel.tui.widgets.filter_line import FilterLine

    handed_over: list[str | None] = []
    read_next = FilterLine._read_next

    def counted(self: FilterLine) -> None:
        handed_over.append(self._wanted)
        read_next(self)

    monkeypatch.setattr(FilterLine, "_read_next", counted)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "/guarantees stance:private")
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        statements = app.screen.query_one("#statements")
        assert statements.filter.line == "guarantees stance:private"
        assert statements.filter.stance == "private" and statements.row_count > 0
        burst(app, "/ by:Trump")
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert statements.filter.line == "guarantees stance:private by:Trump"
        assert handed_over == []

        def slow(self: Desk, seconds: float) -> None:
            raise ReadCancelled()  # (as a lookup that outran its time does)

        monkeypatch.setattr(Desk, "reads_within", slow)
        app.post_message(events.Key("escape", None))
        await settle(pilot)
        burst(app, '/by:"United Kingdom"')
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        assert statements.filter.line == 'by:"United Kingdom"' and statements.row_count > 0
        assert handed_over and handed_over[0] is not None
    app.desk.close()


async def test_a_burst_is_read_once_or_twice_not_once_per_key(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Twenty keys in one read each change the line. Readings (name lookups)
    # and completions run one at a time on the newest line: not twenty of each
    # side by side, holding the cores the last one needs.
    from backchannel.tui.widgets import filter_line, suggest

    lines: list[str] = []
    looked_up: list[str] = []
    parse = filter_line.parse_filter
    complete = suggest.FilterSuggester.suggest

    def counted_parse(desk, line):  # type: ignore[no-untyped-def]
        lines.append(line)
        return parse(desk, line)

    def counted_suggest(self, value):  # type: ignore[no-untyped-def]
        looked_up.append(value)
        return complete(self, value)

    from backchannel.tui.widgets.line_input import LineInput

    asked: list[str] = []
    ask = LineInput._suggest

    def counted_ask(self):  # type: ignore[no-untyped-def]
        asked.append(self.value)
        return ask(self)

    monkeypatch.setattr(filter_line, "parse_filter", counted_parse)
    monkeypatch.setattr(suggest.FilterSuggester, "suggest", counted_suggest)
    monkeypatch.setattr(LineInput, "_suggest", counted_ask)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, 'fby:"United Kingdom"')
        app.post_message(events.Key("enter", None))
        await settle(pilot)
        statements = app.screen.query_one("#statements")
        assert statements.filter.line == 'by:"United Kingdom"'
        # Lines typed over before they were read ("b", "by", ...) are not read
        # at all.
        assert 1 <= len(lines) <= 2 and lines[-1] == 'by:"United Kingdom"'
        assert all(filter_line.reads_desk(line) for line in lines)
        assert len(looked_up) <= 1
        # One suggestion asked for the burst (Input alone asks at every key).
        assert 1 <= len(asked) <= 2 and asked[-1] == 'by:"United Kingdom"'
    app.desk.close()


async def test_a_burst_is_drawn_once_it_is_read(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "/word" and enter in one read: no frame shows the line opening and
    # closing again; the first frame drawn has the line closed and the rows it
    # asked for. The screen is drawn again by itself, once the burst is read,
    # with no further key or message to wake it. A line opened alone shows.
    import asyncio

    from backchannel.tui import frames as frame_hold
    from backchannel.tui.screens.main import MainScreen

    frames: list[tuple[bool, str]] = []  # (line shown, pane's filter) as each frame is drawn
    draw = MainScreen._compositor_refresh

    def counted(self: MainScreen) -> None:
        lines = self.query("#filter")
        if lines and not self.app._batch_count:
            frames.append((lines.first().visible, self.statements.filter.line))
        draw(self)

    async def drawn_by_itself(expected: tuple[bool, str]) -> None:
        for _ in range(100):  # (no pilot.pause: it would send the screen a message)
            if frames and frames[-1] == expected and not app.frames.held:
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"not drawn: {frames[-3:]}, held: {app.frames.held}")

    monkeypatch.setattr(MainScreen, "_compositor_refresh", counted)
    # Long enough for everything the burst sets off to be done inside the
    # hold, which then runs out with nothing on its way to the screen.
    monkeypatch.setattr(frame_hold, "GRACE", 0.2)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        frames.clear()
        burst(app, "/zqxjvwk")
        app.post_message(events.Key("enter", None))
        await drawn_by_itself((False, "zqxjvwk"))
        assert frames and all(not shown for shown, _ in frames)
        assert app.screen.statements.row_count == 0
        frames.clear()
        app.screen.filter_line.input.cursor_blink = False  # (its timer would wake the screen)
        burst(app, "/")
        await drawn_by_itself((True, "zqxjvwk"))
        assert app.screen.filter_line.input.has_focus
    app.desk.close()


async def test_keys_read_right_behind_ctrl_u_are_typed_after_it_has_cleared_the_line(
    demo_path: Path,
) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", "t", *"someday")
        await settle(pilot)
        # ctrl+u acts through a binding, once it has bubbled up from the field: the
        # characters read with it must not reach the field first
        app.post_message(events.Key("ctrl+u", None))
        burst(app, "4 April 2025")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "4 April 2025"
    app.desk.close()
