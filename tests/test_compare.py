"""Filters, links, the comparison's counts and the Markdown brief, on the demo desk."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from backchannel.db import PageRequest, open_desk
from backchannel.filter_line import FilterError, parse_filter

TODAY = date(2026, 11, 23)


def speakers(desk, line: str) -> list[str]:
    f = parse_filter(desk, line, TODAY)
    return [s.speaker_name for s in desk.statements.page(filter=f)]


def test_by_takes_in_everyone_affiliated(demo_desk) -> None:
    assert speakers(demo_desk, 'by:"United States"') == [
        "United States",
        "American negotiators",
        "Donald Trump",  # reported April 2025: after those said from March
    ]
    assert speakers(demo_desk, "by:Trump") == ["Donald Trump"]  # an alias, no affiliates
    assert speakers(demo_desk, "by:us") == speakers(demo_desk, 'by:"United States"')
    f = parse_filter(demo_desk, ["by:United States"])  # one shell word, unquoted
    assert f.speaker_label == "United States" and len(f.speaker_ids) == 3


def test_filters_combine_with_and(demo_desk) -> None:
    line = 'by:"United Kingdom" topic:"security guarantees" stance:none'
    assert speakers(demo_desk, line) == ["UK officials", "UK officials"]
    # Trump has no said date: his source's (April 2025) places him, before Starmer
    assert speakers(demo_desk, "stance:public") == ["Donald Trump", "Keir Starmer"]
    assert speakers(demo_desk, "kind:block stance:private") == ["The Telegraph"]
    assert speakers(demo_desk, "guarantees by:Starmer") == []
    assert len(speakers(demo_desk, "topic:security-guarantees")) == 7  # capture's spelling
    # a source takes in the sources relaying it: Ukrainska Pravda cites The Telegraph
    assert len(speakers(demo_desk, "source:Telegraph")) == 9
    assert speakers(demo_desk, "source:Bloomberg") == []  # cited, but nothing read in it


def test_dates_place_statements_by_their_earliest_day(demo_desk) -> None:
    # "Mar–Apr 2025" begins in March: since April leaves it out, until March keeps it
    april = speakers(demo_desk, "since:2025-04")
    assert "United States" not in april and "Keir Starmer" in april
    assert "Donald Trump" in april  # placed by when it was reported: April 2025
    undated = demo_desk.statements.add(
        "no date at all", speaker_id=demo_desk.actors.find("Starmer")[0].id
    )
    assert len(speakers(demo_desk, "since:2025-04")) == len(april)  # undated never passes
    assert demo_desk.statements.get(undated).day == "9999-12-31"
    march = speakers(demo_desk, 'until:"March 2025"')
    assert march == ["United States", "American negotiators", "Bloomberg"]
    # phrases go through the shared date parser, relative to the desk's own time
    # (its latest day, April 2025), not the machine's clock
    assert parse_filter(demo_desk, 'since:"15 March"', TODAY).since == "2025-03-15"
    events = demo_desk.timeline.events(filter=parse_filter(demo_desk, "since:2025-03-10"))
    assert [e.date for e in events] == ["2025-03-15", "2025-04-04"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("colour:red", "unknown filter “colour:”"),
        ("by:Nobody", "no actor named “Nobody”"),
        ("by:Sta", "no actor named “Sta” (did you mean Starmer"),
        ("topic:weather", "no topic named “weather”"),
        ("stance:maybe", "stance:maybe is not a stance"),
        ("kind:rumour", "kind:rumour is not a kind"),
        ("since:someday", "since: cannot read date"),
        ("since:2025-05 until:2025-04", "is after until"),
        ("stance:public stance:private", "“stance:” is given twice"),
        ("source:Nowhere", "no source titled or published by “Nowhere”"),
        ("by:", "“by:” needs a value"),
    ],
)
def test_filter_errors_say_what_is_wrong(demo_desk, line: str, message: str) -> None:
    with pytest.raises(FilterError, match=re.escape(message)):
        parse_filter(demo_desk, line, TODAY)


def test_a_url_is_a_word_not_a_key(demo_desk) -> None:
    f = parse_filter(demo_desk, "https://example.org/x")
    assert f.text == "https://example.org/x" and f.speaker_ids is None


def test_every_pane_reads_the_same_filter(demo_desk) -> None:
    f = parse_filter(demo_desk, 'topic:"coalition of the willing"')
    assert demo_desk.statements.count(filter=f) == 3
    # the timeline adds the events on that topic; stance: leaves events out
    assert demo_desk.timeline.count(filter=f) == 6
    assert demo_desk.timeline.count(filter=f.with_stance("none")) == 2
    assert demo_desk.sources.count(filter=f) == 1  # the one holding such statements


def test_links_are_one_per_pair_and_undoable(demo_desk) -> None:
    trump = speakers_ids(demo_desk, "by:Trump")[0]
    ready = speakers_ids(demo_desk, 'by:"American negotiators"')[0]
    starmer = speakers_ids(demo_desk, "by:Starmer")[0]
    # the demo links Trump's rejection to the negotiators' readiness
    (link,) = demo_desk.links.of([trump])[trump]
    assert (link.relation, link.outgoing, link.other_id) == ("contradicts", True, ready)
    assert demo_desk.links.of([ready])[ready][0].words == "contradicted by"
    demo_desk.links.link(starmer, trump, "responds")
    demo_desk.links.link(trump, starmer, "confirms")  # replaces the pair's link
    (back,) = [x for x in demo_desk.links.of([starmer])[starmer]]
    assert (back.relation, back.words) == ("confirms", "confirmed by")
    assert demo_desk.undo() == "Link statement: confirms"
    assert demo_desk.links.of([starmer])[starmer][0].words == "responds to"
    with pytest.raises(ValueError, match="itself"):
        demo_desk.links.link(trump, trump, "confirms")


def test_event_statements_are_those_linked_or_said_there_by_its_actors(demo_desk) -> None:
    kyiv = demo_desk.timeline.events(filter=parse_filter(demo_desk, "kyiv"))[0]
    assert demo_desk.statements.count(event_id=kyiv.id) == 0
    starmer = speakers_ids(demo_desk, "by:Starmer")[0]
    demo_desk.links.link_event(starmer, kyiv.id)
    assert [s.id for s in demo_desk.statements.page(event_id=kyiv.id)] == [starmer]
    # the London meeting (early March) had the UK among its actors
    london = demo_desk.timeline.events(filter=parse_filter(demo_desk, "London meets"))[0]
    demo_desk.statements.update(
        starmer, "In London.", speaker_id=demo_desk.actors.find("Starmer")[0].id,
        source_id=None, said="2025-03-05", kind="direct", relayed_by_id=None, stance="public",
        note=None, topics=[],
    )  # fmt: skip
    assert starmer in [s.id for s in demo_desk.statements.page(event_id=london.id)]


def speakers_ids(desk, line: str) -> list[int]:
    return [s.id for s in desk.statements.page(filter=parse_filter(desk, line))]


def test_tally_and_weekly_strip(demo_desk) -> None:
    f = parse_filter(demo_desk, 'by:"United States"')
    tally = demo_desk.compare.tally(f)
    assert (tally.public, tally.private, tally.untagged) == (1, 2, 0)
    weekly = demo_desk.compare.weekly(parse_filter(demo_desk, "topic:security-guarantees"))
    # Mar–Apr 2025 begins Saturday 1 March: the week of Monday 24 February
    assert weekly.first_week == "2025-02-24"
    assert sum(weekly.private) == 3 and sum(weekly.public) == 2  # Trump: reported April
    assert len(weekly.public) == len(weekly.private) == 6


def test_saved_filters_are_named_replaced_and_undone(demo_desk) -> None:
    demo_desk.saved_filters.save("US guarantees", 'by:US topic:"security guarantees"')
    demo_desk.saved_filters.save("us GUARANTEES", "by:US")  # same name, any case
    assert [(s.name, s.query) for s in demo_desk.saved_filters.all()] == [
        ("us GUARANTEES", "by:US")
    ]
    demo_desk.saved_filters.delete("US guarantees")
    assert demo_desk.saved_filters.all() == []
    demo_desk.undo()
    assert [s.query for s in demo_desk.saved_filters.all()] == ["by:US"]


# -- the brief ----------------------------------------------------------------------


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backchannel", *args],
        capture_output=True, text=True, cwd=cwd, env={**os.environ, "COLUMNS": "100"},
    )  # fmt: skip


def test_brief_of_the_seed_story(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "us.md"
    done = run(
        "brief", "--db", str(demo_path), 'by:United States', "topic:security guarantees",
        "--out", str(out),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote a brief of 3 statements to {out}"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    brief = out.read_text()
    assert brief.startswith("# Brief: United States on security guarantees\n")
    assert "3 statements: 1 public stance, 2 private assurances, 0 not tagged." in brief
    table = [line for line in brief.splitlines() if line.startswith("|")]
    assert table[0] == "| Said | Public stance | Private assurance |"
    assert "| Mar–Apr 2025 |  | United States: “The United States has expressed" in table[2]
    assert table[-2].startswith(
        "| reported Apr 2025 | Donald Trump: “Trump has repeatedly rejected"
    )
    assert table[-1] == "| |  | ≠ contradicts American negotiators (Mar–Apr 2025) |"
    # every statement with speaker, date, stance, kind and its citation and relay chain
    assert "3\\. **Donald Trump** · reported Apr 2025 · public stance · indirect" in brief
    assert "- Source: Ukrainska Pravda, citing The Telegraph — “The Telegraph: US" in brief
    assert "- Contradicts American negotiators (Mar–Apr 2025): “American negotiators" in brief
    assert brief.rstrip().endswith("## Events\n\nNo events match.")


def test_brief_of_one_stance_says_so(demo_path: Path) -> None:
    done = run("brief", "--db", str(demo_path), "stance:none")
    assert done.returncode == 0, done.stderr
    assert (
        "9 statements: 2 public stances, 3 private assurances, 4 not tagged"
        " (this brief lists the untagged statements only)." in done.stdout
    )
    assert "No statement here is tagged public stance or private assurance yet." in done.stdout
    assert done.stdout.count(" · not tagged · ") == 4
    assert "## Events\n\nNo events match." in done.stdout  # events have no stance


def test_brief_lists_events_in_order_and_goes_to_stdout(demo_path: Path) -> None:
    done = run("brief", "--db", str(demo_path), "topic:coalition of the willing")
    assert done.returncode == 0, done.stderr
    events = done.stdout.split("## Events\n\n")[1].splitlines()
    assert [e.split("**")[1] for e in events] == ["early Mar 2025", "15 Mar 2025", "4 Apr 2025"]
    assert "(visit); France, Ukraine, United Kingdom. Source: Ukrainska Pravda" in events[2]


def test_brief_refuses_bad_input_and_writes_nothing(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.md"
    done = run("brief", "--db", str(demo_path), "by:Nobody", "--out", str(out))
    assert done.returncode == 2
    assert done.stderr.strip() == "backchannel: no actor named “Nobody”"
    assert not out.exists() and not list(tmp_path.glob(".b.md*"))  # no temporary left
    out.write_text("mine")
    done = run("brief", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 2 and "already exists; add --force" in done.stderr
    assert out.read_text() == "mine"
    done = run("brief", "--db", str(tmp_path / "none.db"))
    assert done.returncode == 2 and "no such desk" in done.stderr
    assert not (tmp_path / "none.db").exists()


def test_brief_text_is_inert_markdown(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "d.db")
    desk.statements.add(
        "# Not a heading [click](http://e.vil) <script>x</script> | cell\x1b[2J",
        stance="public",
        speaker_id=desk.actors.add("*Bold* Person"),
    )
    desk.close()
    done = run("brief", "--db", str(tmp_path / "d.db"))
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "\x1b" not in text and "␛\\[2J" in text
    assert (
        "> \\# Not a heading \\[click\\](http&#58;//e\\.vil)"
        " &lt;script\\>x&lt;/script\\> &#124; cell" in text
    )
    assert "**\\*Bold\\* Person**" in text
    row = next(line for line in text.splitlines() if line.startswith("| undated"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 4  # the | in the text cannot open a cell


def test_brief_pages_through_a_large_desk(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "d.db")
    with desk.change("many") as change:
        for n in range(1203):
            desk.statements.add(f"statement {n}", said=f"2025-01-{n % 28 + 1:02d}", change=change)
    desk.close()
    done = run("brief", "--db", str(tmp_path / "d.db"))
    numbers = re.findall(r"^(\d+)\\\. ", done.stdout, re.M)
    assert numbers == [str(n) for n in range(1, 1204)]
    first = open_desk(tmp_path / "d.db").statements.page(PageRequest(limit=1))[0]
    assert f"> {first.text}" in done.stdout.split("2\\.")[0]
