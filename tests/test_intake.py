"""Importing articles and triaging what they propose."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from textual.widgets import TextArea

from backchannel.actions.intake import import_article
from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp
from backchannel.tui.screens.intake_forms import CandidateForm, ImportForm
from backchannel.tui.screens.triage import TriageScreen

from .test_app import settle
from .test_extract import NEWSLETTER

# The seed story's article, kept in the repository: tests never read outside it.
SEED = Path(__file__).with_name("data") / "seed-security-guarantees.txt"
SHORT = (
    "Ministers split on guarantees\n\n"
    "BERLIN, May 2 (Wire) - Finance Minister Ana Lima privately told allies that the money "
    "was there, two officials said. “We will not pay for anything,” Lima told reporters. "
    "The cabinet met on Wednesday."
)


def test_import_queues_candidates_in_one_change_and_notices_a_second_import(desk_path) -> None:
    desk = open_desk(desk_path)
    done = import_article(desk, SHORT, outlet="Wire", today=date(2025, 6, 1))
    assert (done.statements, done.events, done.duplicate) == (2, 1, False)
    source = desk.sources.get(done.source_id)
    assert (source.title, source.outlet, source.published) == (
        "Ministers split on guarantees",
        "Wire",
        "2025-05-02",  # from the dateline, read against the day of import
    )
    assert desk.sources.count(search="cabinet") == 1  # the article's text is searchable
    assert [c.speaker for c in desk.candidates.queue(done.source_id)] == [
        "Ana Lima",
        "Ana Lima",
        None,
    ]
    assert len({c.change_id for c in desk.history(20) if c.label == "Import article"}) == 1
    again = import_article(desk, SHORT.replace("\n\n", "\n \n"))
    assert again.duplicate and again.source_id == done.source_id
    assert desk.candidates.pending_count() == 3
    assert desk.undo() == "Import article"
    assert desk.sources.count() == 0 and desk.candidates.pending_count() == 0


def test_an_article_with_no_headline_is_titled_by_its_first_line(desk_path) -> None:
    desk = open_desk(desk_path)
    text = (
        "Obama says Trump modeling policies on Putin.\n\nWASHINGTON (AP) — President Barack "
        "Obama on Tuesday accused Donald Trump of modeling his policies on Vladimir Putin's."
    )
    done = import_article(desk, text, published="2016-10-18")
    assert desk.sources.get(done.source_id).title == "Obama says Trump modeling policies on Putin."
    long = "A first line that runs on " + "and on " * 12 + "to its end.\n\nThe body, said Ana Lima."
    done = import_article(desk, long, published="2016-10-18")
    title = desk.sources.get(done.source_id).title
    assert title.startswith("A first line that runs on and on") and title.endswith(" and…")
    assert len(title) <= 80


def test_a_newsletter_s_masthead_titles_it_but_gives_no_topics(desk_path) -> None:
    desk = open_desk(desk_path)
    done = import_article(desk, NEWSLETTER, today=date(2026, 6, 30))
    source = desk.sources.get(done.source_id)
    assert (source.title, source.published) == ("ROND-POINT BRUSSELS", "2026-06-18")
    [statement] = desk.candidates.queue(done.source_id)[:1]
    assert statement.speaker == "Henrik Dalsgaard"
    assert not statement.topics


def test_accepting_creates_the_actor_or_uses_the_one_there(demo_desk) -> None:
    done = import_article(demo_desk, SHORT)
    first, second, event = demo_desk.candidates.queue(done.source_id)
    statement_id = demo_desk.candidates.accept(first.id, "private")
    s = demo_desk.statements.get(statement_id)
    assert (s.speaker_name, s.stance, s.kind, s.source_id) == (
        "Ana Lima", "private", "indirect", done.source_id,
    )  # fmt: skip
    assert demo_desk.actors.find("Ana Lima")  # a new speaker became an actor
    demo_desk.candidates.edit(second.id, speaker="Starmer", text=second.text, date=None)
    s2 = demo_desk.statements.get(demo_desk.candidates.accept(second.id, "public"))
    assert s2.speaker_name == "Keir Starmer"  # picked an existing actor: no new person
    demo_desk.candidates.reject(event.id)
    assert [c.state for c in demo_desk.candidates.queue(done.source_id)] == [
        "accepted", "accepted", "rejected",
    ]  # fmt: skip
    assert demo_desk.undo() == "Reject event"
    assert demo_desk.undo() == "Accept statement as public"
    assert demo_desk.candidates.get(second.id).state == "pending"
    assert demo_desk.statements.count(search="pay for anything") == 0


def test_import_from_the_shell(desk_path) -> None:
    run = [sys.executable, "-m", "backchannel", "import", str(SEED), "--published", "2025-04",
           "--outlet", "Ukrainska Pravda", "--url", "https://www.pravda.com.ua/x",
           "--author", "Olha Hlushchenko", "--db", str(desk_path)]  # fmt: skip
    first = subprocess.run(run, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "10 statements and 3 events" in first.stdout
    desk = open_desk(desk_path)
    cited = desk.query("SELECT author, url FROM sources WHERE outlet = 'Ukrainska Pravda'")
    desk.close()
    assert cited == [{"author": "Olha Hlushchenko", "url": "https://www.pravda.com.ua/x"}]
    second = subprocess.run(run, capture_output=True, text=True)
    assert second.returncode == 0 and "Already imported" in second.stdout
    bad = subprocess.run(run[:-4] + ["--published", "soon", "--db", str(desk_path)],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 2 and "soon" in bad.stderr


async def test_triage_the_seed_article_by_keys(desk_path) -> None:
    desk = open_desk(desk_path)
    done = import_article(desk, SEED.read_text(encoding="utf-8"), outlet="Ukrainska Pravda",
                          published="2025-04")  # fmt: skip
    app = BackchannelApp(desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, TriageScreen)
        assert app.screen.sub_title == "1 of 13"
        # US willingness: private; UK officials: untagged; Trump: public;
        # American negotiators: private;
        # the Telegraph's first block: private; UK officials: untagged; Starmer: public;
        # the second block: untagged; "UK plans": reject; Bloomberg: untagged; 3 events.
        keys = ["a", "enter", "p", "a", "a", "enter", "p", "enter", "x", "enter"]
        keys += ["enter", "enter", "enter"]
        await pilot.press(*keys)
        await settle(pilot)  # (keys behind an enter wait for its binding: see keys.py)
        assert app.screen.title == "Triage · 13 of 13 decided"
        await pilot.press("u")  # the last event back in the queue…
        await settle(pilot)
        assert app.screen.title == "Triage · 12 of 13 decided"
        await pilot.press("enter")  # …and accepted again
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TriageScreen)
        assert app.screen.statements.row_count == 9
    rows = desk.query(
        "SELECT a.name, s.stance FROM statements s"
        " JOIN actors a ON a.id = s.speaker_id ORDER BY s.id"
    )
    assert [(r["name"], r["stance"]) for r in rows] == [
        ("United States", "private"),
        ("UK officials", None),
        ("Trump", "public"),  # the article names no more of him; on the demo desk, an alias
        ("American negotiators", "private"),
        ("The Telegraph", "private"),
        ("UK officials", None),
        ("Keir Starmer", "public"),
        ("The Telegraph", None),
        ("Bloomberg", None),
    ]
    events = desk.query("SELECT happened FROM events ORDER BY earliest")
    assert [e["happened"] for e in events] == ["2025-03-01/2025-03-10", "2025-03-15", "2025-04-04"]
    source = desk.sources.get(done.source_id)
    assert [s.outlet for s in desk.sources.chain(source.id)] == [
        "Ukrainska Pravda",
        "The Telegraph",
    ]


async def test_import_screen_then_edit_a_proposal(desk_path) -> None:
    desk = open_desk(desk_path)
    desk.actors.add("Ana Lima", aliases=["Lima"])
    app = BackchannelApp(desk)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ImportForm)
        form.query_one("#field-text", TextArea).text = SHORT
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TriageScreen)
        await pilot.press("e")
        await pilot.pause()
        edit = app.screen
        assert isinstance(edit, CandidateForm)
        edit.query_one("#field-text", TextArea).text = "the money was there"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        s = desk.statements.page()[0]
        assert (s.text, s.speaker_name, s.stance) == ("the money was there", "Ana Lima", "private")
        assert len(desk.actors.find("Lima")) == 1
