"""The capture line, and capturing into a desk in one change."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.actions.capture import merge, save_capture
from backchannel.extract.capture import Capture, CaptureError, parse_capture

STARMER = (
    "“There are ongoing discussions and he’s said a number of times that he’d have our back”"
    ' @Starmer !public #security-guarantees ^Telegraph ~"4 April"'
)


def test_reads_every_token_in_any_order() -> None:
    c = parse_capture(
        'via:"UK officials" #a-b ~2025-03-15 "the words" !a ^"The Times" @"Keir Starmer" #c'
    )
    assert c == Capture(
        text="the words",
        speaker="Keir Starmer",
        stance="private",
        topics=["a b", "c"],
        source="The Times",
        said="2025-03-15",
        via="UK officials",
    )


def test_unquoted_text_is_every_word_that_is_not_a_token() -> None:
    c = parse_capture("@Trump we will not give guarantees !p")
    assert (c.text, c.speaker, c.stance) == ("we will not give guarantees", "Trump", "public")
    assert parse_capture("write to me@example.com #1").text == "write to me@example.com"


def test_line_breaks_from_a_paste_are_kept() -> None:
    assert parse_capture("first line⏎second line @X").text == "first line\nsecond line"
    assert parse_capture('"a\nb" @X').text == "a\nb"


@pytest.mark.parametrize(
    ("line", "complaint"),
    [
        ("@X !public", "no statement"),
        ("words !maybe", "!maybe"),
        ("words !p !a", "choose one"),
        ('words @"unclosed', "never closed"),
        ("words @A @B", "two speakers"),
        ("words kind:rumour", "kind"),
    ],
)
def test_what_cannot_be_understood_is_said(line: str, complaint: str) -> None:
    with pytest.raises(CaptureError, match=complaint):
        parse_capture(line)


def test_flags_and_tokens_merge_and_clash() -> None:
    merged = merge(parse_capture("words @X #a"), Capture(stance="public", topics=["b"]))
    assert (merged.speaker, merged.stance, merged.topics) == ("X", "public", ["a", "b"])
    with pytest.raises(CaptureError, match="speaker"):
        merge(parse_capture("words @X"), Capture(speaker="Y"))


def test_capturing_the_starmer_quote_on_the_demo_desk(demo_desk) -> None:
    before = demo_desk.statements.count()
    telegraph = demo_desk.sources.match("Telegraph")
    assert telegraph is not None and telegraph.outlet == "The Telegraph"
    captured = save_capture(demo_desk, parse_capture(STARMER), today=date(2026, 1, 1))
    s = demo_desk.statements.get(captured.statement_id)
    assert s.speaker_name == "Keir Starmer" and s.stance == "public"
    assert s.topics == ("security guarantees",)
    assert s.source_id == telegraph.id
    assert s.said == "2025-04-04"  # read against the source's date (April 2025), not today
    assert captured.created == []
    assert demo_desk.statements.count() == before + 1
    assert demo_desk.history(1)[0].label == "Capture statement"


def test_a_capture_creates_what_it_names_in_one_undoable_change(memory_desk) -> None:
    captured = save_capture(
        memory_desk,
        parse_capture("words @Newcomer ^Wire via:Newcomer #new-topic"),
        today=date(2025, 5, 1),
    )
    assert captured.created == ["actor Newcomer", "source Wire"]
    s = memory_desk.statements.get(captured.statement_id)
    assert s.relayed_by_name == "Newcomer" and s.speaker_id == s.relayed_by_id
    assert memory_desk.undo() == "Capture statement"
    for table in ("statements", "actors", "sources", "topics", "statement_topics"):
        assert memory_desk.query(f"SELECT count(*) n FROM {table}")[0]["n"] == 0


def test_an_ambiguous_speaker_or_bad_date_writes_nothing(demo_desk) -> None:
    demo_desk.actors.add("Trump Tower Press Office", aliases=["Trump"])
    rows = demo_desk.query("SELECT count(*) n FROM history")[0]["n"]
    with pytest.raises(CaptureError, match="could mean"):
        save_capture(demo_desk, parse_capture("words @Trump ^Newsource"))
    with pytest.raises(CaptureError, match="blursday"):
        save_capture(demo_desk, parse_capture("words @Newperson ~blursday"))
    assert demo_desk.query("SELECT count(*) n FROM history")[0]["n"] == rows
    assert demo_desk.actors.find("Newperson") == []
