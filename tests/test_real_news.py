"""Real news in, a usable desk out: the three clocks, topics, speakers who are
found rather than duplicated, affiliations, triage that shows and decides."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from backchannel.actions import ActionError, intake
from backchannel.actions.capture import CaptureError, save_capture
from backchannel.db import open_desk
from backchannel.extract.affiliations import affiliation_of
from backchannel.extract.capture import parse_capture
from backchannel.extract.clocks import said_when
from backchannel.extract.topics import key_phrases
from backchannel.filter_line import parse_filter
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.dialogs import ChoiceScreen, PromptScreen
from backchannel.tui.screens.triage import TriageScreen

from .test_app import settle

SEED = Path(__file__).with_name("data") / "seed-security-guarantees.txt"
PIECE = (
    "Ministers split over port guarantees\n\n"
    "BERLIN, May 2 (Wire) - Finance Minister Ana Lima told reporters on Tuesday that the port "
    "guarantees were affordable. “We will not pay for anything else,” Lima said. Chinese "
    "diplomats privately told allies the port guarantees would hold, two officials said."
)


def test_said_comes_from_the_sentence_never_from_inside_the_quote() -> None:
    day = date(2025, 4, 10)
    assert said_when("He told reporters on Tuesday “we met on Monday”.", "we met on Monday",
                     day) == ("2025-04-08", "Tuesday")  # fmt: skip
    assert said_when("In recent weeks, negotiators have made it clear they would help.", "",
                     day)[1] == "In recent weeks"  # fmt: skip
    assert said_when("He said it again.", "", day) is None
    assert said_when("It will be decided on 20 April, she said.", "", day) is None  # future


def test_topics_are_the_headline_phrases_the_body_returns_to() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert key_phrases(text.splitlines()[0], text)[0] == "security guarantees"
    assert key_phrases("Ministers split over port guarantees", PIECE) == ["port guarantees"]
    # an abbreviation is one word, its letters no phrase of two ('U.S.' was 'U.S')
    body = "The U.S. will keep troops in Poland, U.S. officials said. Poland asked twice."
    assert key_phrases("Poland sought U.S. guarantee", body) == ["Poland"]
    # no topic runs across a quotation mark the headline opens ("Starmer 'privately")
    body = "Starmer privately reassured Macron. Starmer wrote to Macron. Macron said yes."
    topics = key_phrases("Starmer 'privately reassured' Macron", body)
    assert topics and not any("'" in t or "privately" in t and "Starmer" in t for t in topics)


def test_groups_and_officials_belong_to_their_country_people_do_not() -> None:
    assert affiliation_of("American negotiators") == "United States"
    assert affiliation_of("UK officials") == "United Kingdom"
    assert affiliation_of("a Kremlin spokesman") == "Russia"
    assert affiliation_of("the Chinese foreign ministry") == "China"
    assert affiliation_of("Ana Lima") is None and affiliation_of("Jordan Peterson") is None
    assert affiliation_of("United States") is None  # a country is no one's member


def test_an_undated_article_is_refused_and_nothing_is_written(memory_desk) -> None:
    with pytest.raises(ActionError, match="when it was published") as refused:
        intake.import_article(memory_desk, "No date here\n\n“We are ready,” the minister said.")
    assert refused.value.field == "published"
    assert memory_desk.is_empty()


def test_an_imported_desk_is_dated_topiced_and_affiliated(memory_desk) -> None:
    done = intake.import_article(memory_desk, PIECE, today=date(2025, 6, 1))
    queue = memory_desk.candidates.queue(done.source_id)
    lima = next(c for c in queue if c.text.startswith("Finance Minister Ana Lima told"))
    assert (lima.date, lima.date_cue) == ("2025-04-29", "Tuesday")  # before 2 May
    assert lima.topics == ("port guarantees",) and lima.aliases == ("Lima",)
    chinese = next(c for c in queue if c.speaker == "Chinese diplomats")
    assert chinese.affiliation == "China"
    memory_desk.candidates.accept(chinese.id, "private")
    memory_desk.candidates.accept(lima.id, "public")
    diplomats = memory_desk.actors.find("Chinese diplomats")[0]
    assert diplomats.affiliation_name == "China"
    assert memory_desk.actors.find("China")[0].kind == "country"
    assert memory_desk.actors.find("Lima")[0].name == "Ana Lima"  # kept as an alias
    statements = memory_desk.statements.page()
    assert all(s.topics == ("port guarantees",) for s in statements)
    assert all(s.clock in ("said", "reported") for s in statements)
    by_china = parse_filter(memory_desk, "by:China")
    assert [s.speaker_name for s in memory_desk.statements.page(filter=by_china)] == [
        "Chinese diplomats"
    ]


def test_surnames_find_people_and_near_names_are_offered(demo_desk) -> None:
    done = save_capture(demo_desk, parse_capture("“words” @starmer"))
    assert done.created == [] and "Keir Starmer" in done.summary
    with pytest.raises(CaptureError, match="did you mean “UK officials”"):
        save_capture(demo_desk, parse_capture("“words” @officials"))
    assert not demo_desk.actors.find("officials")


def test_year_less_phrases_are_read_against_the_desk_not_the_clock(demo_desk) -> None:
    # The README's own example, whatever year the machine says it is.
    f = parse_filter(demo_desk, 'since:"early March" until:2025-04', today=date(2031, 1, 5))
    assert (f.since, f.until) == ("2025-03-01", "2025-04-30")
    said = save_capture(demo_desk, parse_capture('“x” @Starmer ~"4 April"'))
    assert demo_desk.statements.get(said.statement_id).said == "2025-04-04"


def test_the_shell_refuses_an_undated_article_naming_the_flag(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("No date\n\n“We are ready,” the minister said.\n")
    run = subprocess.run(
        [sys.executable, "-m", "backchannel", "import", str(article),
         "--db", str(tmp_path / "d.db")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 2 and "--published" in run.stderr


async def test_triage_shows_who_and_when_corrects_by_key_and_accepts_all(demo_path) -> None:
    desk = open_desk(demo_path)
    done = intake.import_article(
        desk, SEED.read_text(encoding="utf-8"), published="2025-04", outlet="Ukrainska Pravda"
    )
    app = BackchannelApp(desk)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TriageScreen)
        shown = str(screen.query_one("#triage-head").content)
        assert "Speaker: United States → United States (on the desk)" in shown
        assert "from “over the past few weeks”" in shown  # said: from its own words
        assert "Topics: security guarantees" in shown
        await pilot.press("j", "j")  # "Trump": found by surname
        shown = str(screen.query_one("#triage-head").content)
        assert "Trump → Donald Trump (on the desk)" in shown
        assert "reported Apr 2025" in shown  # its words say no date: the article's
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"4 April", "enter")
        await settle(pilot)
        trump = desk.candidates.queue(done.source_id)[2]
        assert trump.date == "2025-04-04" and trump.date_cue is None
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("y")
        await settle(pilot)
        assert screen.title == "Triage · 13 of 13 decided"
        assert str(screen.query_one("#triage-queue").get_cell_at((2, 0))) == "✓PUB"
        await pilot.press("u")  # one step takes them all back
        await settle(pilot)
        assert screen.title == "Triage · 0 of 13 decided"
    desk.close()


async def test_actors_screen_merges_and_splits_at_the_keyboard(demo_path) -> None:
    desk = open_desk(demo_path)
    save_capture(desk, parse_capture("“we will see” @Lima"))  # a new, lone actor
    app = BackchannelApp(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        from backchannel.tui.screens.actors import ActorsScreen

        screen = app.screen
        assert isinstance(screen, ActorsScreen)
        names = [r.actor.name for r in screen.table.items]
        await pilot.press(*"j" * names.index("Lima"), "m")
        await pilot.pause()
        await pilot.press(*"Keir Starmer", "enter")
        await settle(pilot)
        starmer = desk.actors.find("Keir Starmer")[0]
        assert "Lima" in starmer.aliases and desk.actors.find("lima")[0].id == starmer.id
        assert desk.statements.count(search="we will see") == 1
        rows = [r.actor.name for r in screen.table.items]
        assert "Lima" not in rows
        await pilot.press("g", *"j" * rows.index("Keir Starmer"), "s")
        await pilot.pause()
        choices = app.screen.choices
        await pilot.press(next(key for key, alias, _ in choices if alias == "Lima"))
        await settle(pilot)
        assert "Lima" not in desk.actors.find("Keir Starmer")[0].aliases
        assert desk.actors.find("Lima")[0].name == "Lima"
        await pilot.press("u", "u")  # the split, then the merge, taken back
        await settle(pilot)
        assert desk.statements.page(filter=parse_filter(desk, "by:Lima"))[0].text == "we will see"
    desk.close()


def test_a_person_named_longer_or_shorter_is_one_actor(memory_desk) -> None:
    from backchannel.db.names import resolve_actor

    baert = memory_desk.actors.add("Shipping analyst Joris Baert of Maritime Insight")
    amrani = memory_desk.actors.add("Yasmina El Amrani")
    assert resolve_actor(memory_desk, "Joris Baert") == (baert, None)
    assert resolve_actor(memory_desk, "El Amrani") == (amrani, None)
    assert resolve_actor(memory_desk, "port officials") == (None, "port officials")


def test_a_statement_made_at_an_event_of_the_article_is_linked_to_it(memory_desk) -> None:
    text = (
        "Ministers meet\n\nBERLIN, May 2 (Wire) - Ministers met in Berlin on 28 April to discuss "
        "the port guarantees. “We will pay,” Finance Minister Ana Lima told the meeting on 28 "
        "April. The cabinet will vote on the port guarantees next month."
    )
    done = intake.import_article(memory_desk, text, today=date(2025, 6, 1))
    queue = memory_desk.candidates.queue(done.source_id)
    quote = next(c for c in queue if c.kind == "statement" and c.speaker == "Ana Lima")
    event = next(c for c in queue if c.kind == "event" and "met in Berlin" in c.text)
    assert quote.event_position == event.position
    statement = memory_desk.candidates.accept(quote.id, "public")  # before the event…
    accepted = memory_desk.candidates.accept(event.id)  # …then the event: linked
    assert [e["id"] for e in memory_desk.links.events_of(statement)] == [accepted]


def test_a_headline_that_credits_an_outlet_cited_in_the_body_relays_it() -> None:
    from backchannel.extract.byline import byline, relayed_outlet, url

    text = SEED.read_text(encoding="utf-8")
    assert relayed_outlet(text.splitlines()[0], text) == "The Telegraph"
    assert relayed_outlet("Ministers: split", "Ministers: split\n\nMinisters said so.") is None
    head = "Talks stall\nBy Ana Lima and Tom Cole | Wire\nhttps://wire.example/talks-stall\n\nText."
    assert (
        byline(head) == "Ana Lima and Tom Cole" and url(head) == "https://wire.example/talks-stall"
    )


def test_words_read_from_a_paper_are_dated_when_the_paper_was_sent(memory_desk) -> None:
    text = (
        "Port row\n\nHARWICH, Oct 23 (Wire) - The email, sent on 12 June by the port's head "
        "of pricing, Gemma Tolland, to its regional managers, was leaked to the committee "
        'last month. "Get the price walk done before July," it reads.'
    )
    done = intake.import_article(memory_desk, text, today=date(2025, 11, 1))
    queue = memory_desk.candidates.queue(done.source_id)
    quote = next(c for c in queue if c.kind == "statement" and c.text.startswith("Get the"))
    assert (quote.speaker, quote.stance) == ("Gemma Tolland", "private")
    assert (quote.date, quote.date_cue) == ("2025-06-12", "12 June")
    sent = next(c for c in queue if c.kind == "event" and c.date == "2025-06-12")
    assert quote.event_position == sent.position  # (and the sending is its event)
