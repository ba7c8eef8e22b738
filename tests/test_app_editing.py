"""Changing the desk at the keyboard: capture, forms, delete and trash, notes,
undo and redo. Every test checks what the desk holds afterwards."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, Static, TextArea

from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.dialogs import ChoiceScreen
from backchannel.tui.screens.item_forms import (
    ActorForm,
    EventForm,
    NoteForm,
    SourceForm,
    StatementForm,
)
from backchannel.tui.screens.trash import TrashScreen

from .test_app import SIZE, settle

STARMER = "“There are ongoing discussions and he’s said a number of times that he’d have our back”"


def count(app: BackchannelApp, sql: str, *params: object) -> int:
    return app.desk.query(f"SELECT count(*) AS n FROM ({sql})", list(params))[0]["n"]


async def type_in(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def test_capture_the_starmer_quote_in_one_line(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        bar_input = app.screen.query_one("#capture-input", Input)
        assert bar_input.has_focus
        bar_input.insert_text_at_cursor(STARMER)  # pasted
        await type_in(pilot, " @Sta")
        await pilot.pause()
        await pilot.press("right")  # take the suggestion: @Starmer
        await type_in(pilot, " !p #secu")
        await pilot.pause()
        await pilot.press("right")  # #security-guarantees
        await type_in(pilot, " ^Tele")
        await pilot.pause()
        await pilot.press("right")  # ^Telegraph
        assert bar_input.value.endswith("@Starmer !p #security-guarantees ^Telegraph")
        await pilot.press("enter")
        await settle(pilot)
        s = app.desk.statements.page(search="ongoing discussions number times")[-1]
        assert s.text == STARMER.strip("“”")
        assert (s.speaker_name, s.stance, s.topics) == (
            "Keir Starmer",
            "public",
            ("security guarantees",),
        )
        assert s.source_outlet == "The Telegraph"
        pane = app.screen.statements
        assert pane.has_focus and pane.current.id == s.id  # shown, focused
        assert not app.screen.query_one("#capture").is_open


async def test_a_capture_that_cannot_be_read_says_why_and_saves_nothing(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        before = app.desk.statements.count()
        await pilot.press("c")
        await type_in(pilot, 'we will see @Trump ~"blursday"')
        await pilot.press("enter")
        await pilot.pause()
        hint = str(app.screen.query_one("#capture-hint", Static).content)
        assert "blursday" in hint and app.screen.query_one("#capture").has_class("-invalid")
        assert app.desk.statements.count() == before
        bar_input = app.screen.query_one("#capture-input", Input)
        bar_input.value = bar_input.value.replace('~"blursday"', "~2025-03-02")
        await pilot.press("enter")
        await settle(pilot)
        assert app.desk.statements.count() == before + 1
        await pilot.press("c")
        await type_in(pilot, "never mind")
        await pilot.press("escape")
        assert app.desk.statements.count() == before + 1
        assert not app.screen.query_one("#capture").is_open


async def test_a_multi_line_paste_keeps_its_line_breaks(desk_path: Path) -> None:
    app = BackchannelApp(open_desk(desk_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        bar_input = app.screen.query_one("#capture-input", Input)
        bar_input.post_message(events.Paste("First paragraph.\nSecond paragraph."))
        await pilot.pause()
        assert "⏎" in bar_input.value
        await type_in(pilot, " @Someone")
        await pilot.press("enter")
        await settle(pilot)
        assert app.desk.statements.page()[0].text == "First paragraph.\nSecond paragraph."


async def test_new_and_edit_statement_forms(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StatementForm)
        await pilot.press("ctrl+s")  # empty: refused in place
        await pilot.pause()
        assert app.screen is form
        assert "words" in str(form.query_one("#error-text", Static).content)
        form.query_one("#field-text", TextArea).text = "We are ready to help."
        form.query_one("#field-speaker", Input).value = "American negotiators"
        form.query_one("#field-said", Input).value = "early March 2025"
        form.query_one("#field-topics", Input).value = "security guarantees, new topic"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not form
        s = app.desk.statements.get(form.saved_id)
        assert s.speaker_name == "American negotiators" and s.said == "2025-03-01/2025-03-10"
        assert s.topics == ("new topic", "security guarantees")
        assert app.screen.statements.current.id == s.id
        await pilot.press("e")
        await pilot.pause()
        edit = app.screen
        assert isinstance(edit, StatementForm)
        assert edit.query_one("#field-speaker", Input).value == "American negotiators"
        edit.query_one("#field-said", Input).value = "not a date"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "not a date" in str(edit.query_one("#error-said", Static).content)
        edit.query_one("#field-said", Input).value = "15 March 2025"
        edit.query_one("#field-topics", Input).value = "security guarantees"
        await pilot.press("ctrl+s")
        await settle(pilot)
        s = app.desk.statements.get(s.id)
        assert s.said == "2025-03-15" and s.topics == ("security guarantees",)
        assert app.desk.history(1)[0].label == "Edit statement"


async def test_escape_asks_before_throwing_away_edits(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, SourceForm)
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert not isinstance(app.screen, SourceForm)
        await pilot.press("n")
        await pilot.pause()
        await type_in(pilot, "Draft title")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, SourceForm)
        await pilot.press("escape", "y")
        await pilot.pause()
        assert not isinstance(app.screen, (SourceForm, ChoiceScreen))
        assert count(app, "SELECT 1 FROM sources WHERE title = 'Draft title'") == 0


async def test_source_event_and_actor_forms(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "n")
        await pilot.pause()
        form = app.screen
        await type_in(pilot, "Allies weigh air policing")
        form.query_one("#field-outlet", Input).value = "Reuters"
        form.query_one("#field-published", Input).value = "2025-04-10"
        form.query_one("#field-relays", Input).value = "no such source"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "no source matches" in str(form.query_one("#error-relays", Static).content)
        form.query_one("#field-relays", Input).value = "Telegraph"
        await pilot.press("ctrl+s")
        await settle(pilot)
        source = app.desk.sources.get(form.saved_id)
        assert (source.outlet, source.published, source.relays_title) == (
            "Reuters",
            "2025-04-10",
            "US privately agrees to provide security guarantees for allies' troops in Ukraine",
        )
        await pilot.press("3", "n")
        await pilot.pause()
        event_form = app.screen
        assert isinstance(event_form, EventForm)
        await type_in(pilot, "Summit in Paris")
        event_form.query_one("#field-happened", Input).value = "late March 2025"
        event_form.query_one("#field-actors", Input).value = "France, New Actor"
        await pilot.press("ctrl+s")
        await settle(pilot)
        event = app.desk.events.get(event_form.saved_id)
        assert event.happened == "2025-03-21/2025-03-31"
        assert event.actors == ("France", "New Actor")
        app.screen.action_new_actor()
        await pilot.pause()
        actor_form = app.screen
        assert isinstance(actor_form, ActorForm)
        await type_in(pilot, "JD Vance")
        actor_form.query_one("#field-aliases", Input).value = "Vance, US Vice President"
        actor_form.query_one("#field-affiliation", Input).value = "United States"
        await pilot.press("ctrl+s")
        await settle(pilot)
        vance = app.desk.actors.find("Vance")[0]
        assert vance.affiliation_name == "United States"
        assert vance.aliases == ("Vance", "US Vice President")


async def test_delete_goes_to_the_trash_and_comes_back(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        first = app.screen.statements.current
        await pilot.press("d")
        await settle(pilot)
        assert count(app, "SELECT 1 FROM statements WHERE deleted_at IS NOT NULL") == 1
        assert app.screen.statements.current.id != first.id
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TrashScreen)
        await pilot.press("enter")
        await settle(pilot)  # the restore is a worker's: wait for it, not a frame
        assert count(app, "SELECT 1 FROM statements WHERE deleted_at IS NOT NULL") == 0
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.statements.row_count == 9


async def test_deleting_a_source_asks_what_becomes_of_its_statements(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1", "d")  # Ukrainska Pravda: nine statements read in it
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")  # cancel: nothing happens
        await pilot.pause()
        assert count(app, "SELECT 1 FROM sources WHERE deleted_at IS NOT NULL") == 0
        await pilot.press("d", "k")
        await settle(pilot)
        assert count(app, "SELECT 1 FROM sources WHERE deleted_at IS NOT NULL") == 1
        assert count(app, "SELECT 1 FROM statements WHERE source_id IS NULL") == 9
        assert count(app, "SELECT 1 FROM statements WHERE deleted_at IS NULL") == 9
        await pilot.press("u")
        await settle(pilot)
        assert count(app, "SELECT 1 FROM statements WHERE source_id IS NULL") == 0
        await pilot.press("g", "d", "t")  # back to Ukrainska Pravda, and this time trash all
        await settle(pilot)
        assert count(app, "SELECT 1 FROM statements WHERE deleted_at IS NULL") == 0


async def test_undo_and_redo_keys(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        target = app.screen.statements.items[3]
        await pilot.press("j", "j", "j", "p")
        await settle(pilot)  # (the tag is written by the runner's worker)
        assert app.desk.statements.get(target.id).stance == "public"
        await pilot.press("u")
        await settle(pilot)
        assert app.desk.statements.get(target.id).stance is None
        assert app.screen.statements.items[3].stance is None
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.desk.statements.get(target.id).stance == "public"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.desk.statements.get(target.id).stance is None
    app.desk.close()
    # undo lasts across quitting: redo, quit, reopen, undo
    desk = open_desk(demo_path)
    desk.redo()
    desk.close()
    reopened = BackchannelApp(open_desk(demo_path))
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert reopened.desk.statements.get(target.id).stance is None


async def test_a_note_on_any_item_is_searchable(demo_path: Path) -> None:
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        item = app.screen.statements.current
        await pilot.press("N")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NoteForm)
        form.query_one("#field-note", TextArea).text = "check against the Bloomberg count"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.desk.statements.get(item.id).note == "check against the Bloomberg count"
        assert [s.id for s in app.desk.statements.page(search="Bloomberg count")] == [item.id]
        await pilot.press("1", "N")
        await pilot.pause()
        app.screen.query_one("#field-note", TextArea).text = "graded from the original"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.desk.sources.count(search="original") == 1
