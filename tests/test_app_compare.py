"""Filtering, linking, jumping and comparing at the keyboard, checked against the desk."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from textual.command import CommandList
from textual.content import Content
from textual.widgets import Input

from backchannel.actions import statements as statement_actions
from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp
from backchannel.tui.runner import runner_of
from backchannel.tui.screens.compare import DivergenceScreen
from backchannel.tui.screens.dialogs import ChoiceScreen, PromptScreen
from backchannel.tui.screens.link import LinkScreen
from backchannel.tui.widgets.detail_view import DetailView
from backchannel.tui.widgets.filter_line import FilterLine

from .test_app import SIZE, cell_text, paste, settle
from .test_keys import burst


def shown(widget) -> str:
    return str(widget.render())


def title(widget) -> str:
    """The border title as it shows (the getter answers it as markup)."""
    return Content.from_markup(widget.border_title).plain


async def test_filter_line_narrows_the_focused_pane_and_says_what_is_wrong(
    demo_path: Path,
) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("f")
        await paste(pilot, "by:US stance:private")
        await pilot.press("enter")
        await settle(pilot)
        assert pane.has_focus
        assert [pane.get_row_at(i)[2].plain for i in range(pane.row_count)] == [
            "United States",
            "American negotiators",
        ]
        assert "“by:US stance:private”" in pane.border_title
        # unreadable: said under the line, the pane keeps its rows
        await pilot.press("f", "ctrl+u")
        await paste(pilot, "by:Nobody")
        await pilot.press("enter")
        await settle(pilot)
        line = app.screen.query_one(FilterLine)
        assert line.is_open and line.error == "no actor named “Nobody”"
        assert "no actor named “Nobody”" in shown(line.query_one("#filter-error"))
        assert pane.row_count == 2
        await pilot.press("escape")  # clears the filter and closes the line
        await settle(pilot)
        assert not line.is_open and pane.row_count == 9 and pane.has_focus
        # the timeline reads the same filter: events on a topic, in their lane
        await pilot.press("3", "slash")
        await paste(pilot, 'topic:"coalition of the willing"')
        await pilot.press("enter")
        await settle(pilot)
        timeline = app.screen.timeline
        marks = [cell_text(timeline, i)[1] for i in range(timeline.row_count)]
        assert marks.count("◆") == 3 and len(marks) == 6


async def test_filter_line_completes_keys_names_and_values(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"to")
        await pilot.pause(0.2)
        await pilot.press("right", *"secu")
        await pilot.pause(0.2)
        await pilot.press("right", *" by:Kei")
        await pilot.pause(0.2)
        await pilot.press("right", *" st")
        await pilot.pause(0.2)
        await pilot.press("right", *"pu")
        await pilot.pause(0.2)
        await pilot.press("right")
        line = app.screen.query_one(FilterLine)
        assert line.input.value == 'topic:"security guarantees" by:"Keir Starmer" stance:public'
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.statements.row_count == 1


async def test_timeline_lists_undated_last_and_jumps_to_a_date(demo_path: Path) -> None:
    desk = open_desk(demo_path)
    desk.statements.add("no source, no date", speaker_id=desk.actors.find("Trump")[0].id)
    app = BackchannelApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        timeline = app.screen.timeline
        last = cell_text(timeline, timeline.row_count - 1)
        assert last[0] == "undated" and last[2].startswith("Donald Trump: no source")
        # said nothing of when, but reported in April 2025: placed there, and says so
        rows = [cell_text(timeline, r) for r in range(timeline.row_count)]
        trump = next(r for r in rows if r[2].startswith("Donald Trump: Trump has"))
        assert trump[0] == "rep. Apr 2025"
        await pilot.press("t", *"someday", "enter")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        assert "cannot read date 'someday'" in shown(prompt.query_one("#prompt-error"))
        await pilot.press("ctrl+u", *"4 April 2025", "enter")
        await settle(pilot)
        assert timeline.has_focus
        assert timeline.current.label == "French and UK chiefs of general staff visit Kyiv"
        await pilot.press("t", *"2025-03-12", "enter")  # no row that day: the next one
        await settle(pilot)
        assert timeline.current.date == "2025-03-15"


async def test_a_jump_on_its_way_survives_another_programs_write(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        timeline = app.screen.timeline
        first = timeline.current.label
        # the jump's rows are still being read when the desk is seen to change
        timeline.reload_at(("2025-04-04", 0, 0))
        app.screen.changed()
        await settle(pilot)
        assert timeline.current.label == "French and UK chiefs of general staff visit Kyiv"
        assert timeline.current.label != first


async def test_link_a_statement_and_see_it_from_the_event(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("j", "j", "j", "j", "j", "j", "j")
        starmer = pane.current
        assert starmer.speaker_name == "Keir Starmer"
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LinkScreen)
        await pilot.press(*" by:Trump")
        await settle(pilot)
        await pilot.press("enter")  # Trump's is the one match: enter takes it
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("r")  # responds to
        await settle(pilot)
        desk = open_desk(demo_path)
        (link,) = desk.links.of([starmer.id])[starmer.id]
        assert (link.relation, link.other_speaker, link.outgoing) == (
            "responds", "Donald Trump", True,
        )  # fmt: skip
        assert "Responds to: Donald Trump" in str(app.screen.detail.text)
        # and to an event: then enter on the event shows the statement
        await pilot.press("l", "ctrl+u", *"kyiv")
        await settle(pilot)
        await pilot.press("enter")  # the one match: enter takes it
        await settle(pilot)
        assert [e["title"] for e in desk.links.events_of(starmer.id)] == [
            "French and UK chiefs of general staff visit Kyiv"
        ]
        desk.close()
        await pilot.press("3", "t", *"2025-04-04", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert pane.has_focus and "at or about “French and UK chiefs" in pane.border_title
        assert [pane.get_row_at(i)[2].plain for i in range(pane.row_count)] == ["Keir Starmer"]
        await pilot.press("escape")
        await settle(pilot)
        assert pane.row_count == 9


async def test_divergence_view_for_the_seed_story(demo_path: Path, tmp_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjj", "D")  # Trump's statement: the United States, on guarantees
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DivergenceScreen)
        head = shown(screen.query_one("#compare-head"))
        assert "United States on security guarantees" in head
        assert "1 public · 2 private · 0 untagged" in head
        table = screen.table
        rows = [[c.plain for c in table.get_row_at(i)] for i in range(table.row_count)]
        said, public, private = rows[-1]
        assert said.startswith("rep. Apr 2025") and "≠ contradicts" in said
        assert public.startswith("Donald Trump · Ukrainska Pravda\nTrump has repeatedly")
        assert private.startswith("≠ contradicts American negotiators (Mar–Apr 2025)")
        assert rows[1][1].startswith("≠ contradicted by Donald Trump")  # beside the other side
        assert rows[0][1] == "" and rows[0][2].startswith("United States")
        strips = shown(screen.query_one("#strips")).splitlines()
        # six weeks, on one scale: two private from March, one public reported in April
        assert strips[:2] == ["public  ·····▄", "private █·····"]
        # untag Trump here: the row leaves, the head counts it untagged
        await pilot.press("G", "p")
        await settle(pilot)
        assert table.row_count == 2
        assert "0 public · 2 private · 1 untagged  (U: tag them)" in shown(
            screen.query_one("#compare-head")
        )
        await pilot.press("u")  # undone here too: Trump is back, in public
        await settle(pilot)
        assert table.row_count == 3
        assert "1 public · 2 private · 0 untagged" in shown(screen.query_one("#compare-head"))
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert table.row_count == 2
        # U: back to the statements pane, showing what is left to tag
        await pilot.press("U")
        await settle(pilot)
        pane = app.screen.statements
        assert (
            pane.has_focus and pane.row_count == 1 and pane.current.speaker_name == "Donald Trump"
        )
        assert pane.filter.line.endswith("stance:none") and "“by:" in pane.border_title


async def test_divergence_asks_whom_refines_and_writes_the_brief(
    demo_path: Path, tmp_path: Path
) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "D")  # a source is focused: ask
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"Nobody", "enter")
        assert "no actor named “Nobody”" in shown(app.screen.query_one("#prompt-error"))
        await pilot.press("ctrl+u", *"by:UK", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DivergenceScreen)
        assert "United Kingdom" in shown(screen.query_one("#compare-head"))
        assert screen.table.row_count == 1  # Starmer, in public; UK officials untagged
        await pilot.press("f", "ctrl+u")
        await paste(pilot, 'by:US topic:"security guarantees"')
        await pilot.press("enter")
        await settle(pilot)
        assert screen.table.row_count == 3 and screen.table.has_focus
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        out = tmp_path / "us.md"
        # The path is pasted, not typed key by key: a temporary path is long.
        app.screen.query_one(Input).value = str(out)
        await pilot.press("enter")
        await settle(pilot)
        assert out.read_text().startswith("# Brief: United States on security guarantees")
        await pilot.press("b")
        await pilot.pause()
        app.screen.query_one(Input).value = str(out)
        await pilot.press("enter")  # exists: asks first
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("n")
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, DivergenceScreen)


async def test_saved_filters_from_the_palette(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.screen.statements
        await pilot.press("f", *"by:UK", "enter")
        await settle(pilot)
        await pilot.press("ctrl+p", *"Save filter")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await paste(pilot, "British voices")
        await pilot.press("enter")
        await settle(pilot)
        assert [(s.name, s.query) for s in app.desk.saved_filters.all()] == [
            ("British voices", "by:UK")
        ]
        await pilot.press("escape")
        await settle(pilot)
        assert pane.row_count == 9
        await pilot.press("ctrl+p", *"Filter: British")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot)
        assert pane.row_count == 3 and "“by:UK”" in pane.border_title


async def test_hostile_names_show_literally_in_titles_and_the_comparison(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "h.db")
    evil = "[link=http://e.vil]Evil[/link]"
    speaker = desk.actors.add(evil)
    source = desk.sources.add("[bold]Source[/bold] \x1b[2J")
    for n, stance in enumerate(("public", "private")):
        desk.statements.add(
            f"[red]words {n}[/red] \x1b]52;c;aGVsbG8=\x07", speaker_id=speaker,
            source_id=source, said=f"2025-03-0{n + 1}", stance=stance, topics=["[i]t[/i]"],
        )  # fmt: skip
    app = BackchannelApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "enter")  # narrowed to the source: its title in the pane's
        await settle(pilot)
        pane = app.screen.statements
        assert "from [bold]Source[/bold] ␛[2J" in title(pane)
        await pilot.press("escape", "f", *f'by:"{evil}"', "enter")
        await settle(pilot)
        assert pane.row_count == 2 and evil in title(pane)
        await pilot.press("D")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DivergenceScreen)
        assert f"{evil} on [i]t[/i]" in shown(screen.query_one("#compare-head"))
        assert evil in title(screen.table)
        rows = [[c.plain for c in screen.table.get_row_at(i)] for i in range(2)]
        assert rows[0][1].startswith(f"{evil} · [bold]Source[/bold] ␛[2J\n[red]words 0[/red]")
        assert "\x1b" not in app.export_screenshot()
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LinkScreen)
        assert "[red]words" in shown(app.screen.query_one("#link-statement"))


async def test_a_saved_filter_naming_hostile_text_shows_literally_in_the_palette(
    tmp_path: Path,
) -> None:
    desk = open_desk(tmp_path / "h.db")
    evil = "[link=http://e.vil]Evil[/link]"
    desk.statements.add("words", speaker_id=desk.actors.add(evil))
    desk.saved_filters.save("[b]mine[/b]", f'by:"{evil}"')
    app = BackchannelApp(desk)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Filter: ")
        await pilot.pause(0.5)
        commands = app.screen.query_one(CommandList)
        prompts = [
            str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)
        ]
        assert any("Filter: [b]mine[/b]" in p and evil in p for p in prompts)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.statements.row_count == 1 and evil in title(app.screen.statements)


async def test_u_from_a_comparison_that_asks_for_a_stance(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjj", "D", "f", *" stance:private", "enter")
        await settle(pilot)
        assert app.screen.table.row_count == 2
        await pilot.press("U")
        await settle(pilot)
        pane = app.screen.statements
        assert pane.filter.line == 'by:"United States" topic:"security guarantees" stance:none'
        assert pane.row_count == 0  # every US statement on it is tagged


async def test_the_divergence_view_is_built_once_and_shows_only_each_new_comparison(
    demo_path: Path,
) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjj", "D")  # Trump: the United States on guarantees
        await settle(pilot)
        first = app.screen
        assert isinstance(first, DivergenceScreen) and first.table.row_count == 3
        await pilot.press("escape", "j", "j", "D")  # Starmer: the United Kingdom
        await settle(pilot)
        screen = app.screen
        assert screen is first  # the same screen, given the new selection
        head = shown(screen.query_one("#compare-head"))
        assert "United Kingdom" in head and "United States" not in head
        assert "1 public · 0 private · 2 untagged" in head
        table = screen.table
        rows = [[c.plain for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert len(rows) == 1 and rows[0][1].startswith("Keir Starmer")
        assert table.has_focus and "Keir Starmer" in str(screen.query_one(DetailView).text)
        # the desk changes under a screen on top of it: back on top, it shows the change
        await pilot.press("enter")  # the statement's own screen
        await settle(pilot)
        assert not isinstance(app.screen, DivergenceScreen)
        starmer = table.current.statement.id
        # (tagged from elsewhere: the detail screen itself has no tag keys)
        runner_of(app.screen).run(
            "tag", partial(statement_actions.tag, app.desk, starmer, "private")
        )
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is first
        rows = [[c.plain for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows[0][1] == "" and rows[0][2].startswith("Keir Starmer")
        assert "0 public · 1 private · 2 untagged" in shown(screen.query_one("#compare-head"))
    app.desk.close()


async def test_a_kept_comparison_is_shown_with_its_rows_detail_and_counts(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second D reads the new comparison before showing the kept screen:
    its first frame has the rows, the detail and the counts (not an empty
    screen, then the rows). A key typed right after D waits, and moves in it."""
    app = BackchannelApp(open_desk(demo_path))
    seen: list[tuple[int, str, str]] = []
    push = app.push_screen

    def pushed(screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(screen, DivergenceScreen) and screen.is_mounted:  # (kept)
            head = shown(screen.query_one("#compare-head"))
            seen.append((screen.table.row_count, head, str(screen.query_one(DetailView).text)))
        return push(screen, *args, **kwargs)

    monkeypatch.setattr(app, "push_screen", pushed)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjj", "D")  # the United States on guarantees: built
        await settle(pilot)
        first = app.screen
        assert isinstance(first, DivergenceScreen)
        await pilot.press("escape", "j", "j")
        await settle(pilot)
        burst(app, "Dj")  # Starmer: the United Kingdom, read before it is shown
        await settle(pilot)
        assert app.screen is first
        rows, head, detail = seen[-1]
        assert rows == 1 and "United Kingdom" in head and "1 public · 0 private" in head
        assert "Keir Starmer" in detail
        assert first.table.has_focus and first.table.cursor_row == 0  # (one row: j stays)
    app.desk.close()


async def test_a_tag_in_the_divergence_view_shows_in_the_panes_on_return(
    demo_path: Path,
) -> None:
    """What is tagged in the view reaches the panes as it is written; closing
    the view reads nothing again."""
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"jjjj", "D")  # Trump's public statement
        await settle(pilot)
        await pilot.press("G", "p")  # untagged here
        await settle(pilot)
        pane = app.screen_stack[0].statements
        loads = pane._token
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.statements is pane and pane._token == loads
        assert pane.current.speaker_name == "Donald Trump" and pane.current.stance is None
        assert cell_text(pane, pane.cursor_row)[0] == "·"
