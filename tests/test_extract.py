"""The extractor on short texts of our own, one pattern family at a time."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def dated(text: str, published: str, today: date = TODAY) -> list[tuple[str, str]]:
    """(date, text) of each event of an article of one paragraph."""
    return [(e.date, e.text) for e in extract(f"Headline\n\n{text}", published, today=today).events]


def quotes(text: str, published: str | None = "2025-06-10"):
    return extract(text, published, today=TODAY).quotes


def one(text: str, published: str | None = "2025-06-10"):
    found = quotes(text, published)
    assert len(found) == 1, found
    return found[0]


def test_wire_dateline_gives_the_published_date() -> None:
    p = extract("Headline here\n\nVILNIUS, June 3 (Wire) - Talks went on.", today=TODAY)
    assert p.published == "2025-06-03"
    p = extract("Headline here\n\nBERLIN/PARIS, June 3 (Wire) - Talks went on.", today=TODAY)
    assert p.published == "2025-06-03"
    assert p.article.title == "Headline here"


def test_a_line_of_the_date_alone_under_the_byline_is_the_published_date() -> None:
    p = extract(
        "Baht line holds\n\nBy Niran Chaiyaporn\n21 August 2025\n\nThe bank held rates.",
        today=TODAY,
    )
    assert (p.article.title, p.published) == ("Baht line holds", "2025-08-21")


def test_a_headline_between_the_masthead_and_its_date_line() -> None:
    p = extract(
        "THE MAJLIS BRIEFING - Episode 147\nLocked out: inside the port hack\nGulf Monitor "
        "Podcasts | Released Tuesday 19 August 2025 | Transcript\n\n[Transcripts are lightly "
        "edited.]\n\nANA BERG (HOST): Welcome back. The port went dark.",
        today=date(2025, 12, 1),
    )
    assert (p.article.title, p.published) == ("Locked out: inside the port hack", "2025-08-19")


@pytest.mark.parametrize(
    "line",
    [
        "Thu 27 Nov 2025 07.00 GMT",
        "Thurs., Nov. 27, 2025",
        "Thursday 27 November 2025",
        # the other shapes a top's date comes in
        "Published: 27 November 2025, 14:10 (ULAT)",
        "Thursday 27 November 2025, 06:30 (updated 09:15)",
        "27.11.2025 at 06:30 | Updated 27.11.2025 at 09:15",
        "Yannis Katsaros | 27.11.2025, 08:30",
        "The Han River Review, Thursday 27 November 2025",
        "Dublin, 27 November 2025",
        "Published November 27, 2025 5:30 AM | Updated November 27, 2025 11:05 AM",
        "Broadcast: Thursday, 27 November 2025, 07:30-08:15 GMT",
        "Thursday 27 November 2025 · Issue #88",
    ],
)
def test_a_date_line_with_its_weekday_cut_short_is_the_published_date(line: str) -> None:
    p = extract(
        f"Port deal collapses\n\nAnna Holt in Dublin\n{line}\n\nThe minister said it was over.",
        today=date(2025, 12, 1),
    )
    assert (p.article.title, p.published) == ("Port deal collapses", "2025-11-27")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a masthead over its section, a headline, a standfirst, the byline and the date
        (
            "PORT CALDER COURIER\nLocal News\n\nCouncil approves fire station sale\n\n"
            "Recording from a closed session shows the mayor told colleagues the deal was done\n\n"
            "By Ben Castellano, Courier staff writer\nThursday, May 23, 2024\n\nThe council voted.",
            "2024-05-23",
        ),
        # the paper's name, a breadcrumb of sections
        (
            "The Wessex Chronicle\n\nNews › Environment\n\nCouncil approves fire station sale\n\n"
            "By Tom Heseltine\nFriday 7 February 2025\n\nThe council voted.",
            "2025-02-07",
        ),
        (
            "PACIFIC HORIZON\nThe Interview | August 2025\n\nCouncil approves fire station sale\n\n"
            "The council voted.",
            "2025-08",
        ),
        # a section's label in one word over the headline; a standfirst over a byline
        # that runs on to the time it was posted
        (
            "Politics\n\nCouncil approves fire station sale\n\nThe mayor privately backed "
            "it, sources say, while publicly calling it a last resort\n\nKristen Ahn · Island "
            "News · Posted: Jan 21, 2026 4:00 AM ET | Last Updated: January 21\n\nThe "
            "council voted.",
            "2026-01-21",
        ),
    ],
)
def test_a_section_under_the_masthead_and_a_standfirst_are_no_headline(
    text: str, published: str
) -> None:
    p = extract(text, today=date(2026, 11, 25))
    assert (p.article.title, p.published) == ("Council approves fire station sale", published)


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        # a live blog's line under its headline, the date in the American way
        (
            "Election night: Liberals edge ahead\n\nIsland Tribune live desk | Monday, "
            "November 3, 2025 | last updated 11:58 p.m. AST\n\n11:58 p.m.\nThe count is done.",
            "Election night: Liberals edge ahead",
            "2025-11-03",
        ),
        (
            "Senators grill Vantor\n\nBy Marisol Ortega\nSept. 18, 2025\n\nThe hearing ran long.",
            "Senators grill Vantor",
            "2025-09-18",
        ),
        # a section's line and its date under the masthead, the headline after it
        (
            "CLIMATE POLICY MONITOR\n\nBonn talks | Thursday 18 June 2026\n\nChina quietly "
            "tells island states it won't block a roadmap\n\nBeijing's line is unchanged.",
            "China quietly tells island states it won't block a roadmap",
            "2026-06-18",
        ),
        # a broadcaster's transcript: its date with the time of the segment
        (
            "Radio Andina | English transcript\nWednesday 3 June 2026, 7:10 a.m. segment\n\n"
            "Senator on the runoff\n\nSen. Ana Lind spoke.\n\nHOST: Good morning.",
            "Senator on the runoff",
            "2026-06-03",
        ),
    ],
)
def test_a_line_of_where_and_when_among_the_top_lines_dates_the_article(
    text: str, title: str, published: str
) -> None:
    p = extract(text, today=date(2026, 11, 25))
    assert (p.article.title, p.published) == (title, published)
    assert not [e for e in p.events if "live desk" in e.text or "Bonn talks" in e.text]


@pytest.mark.parametrize(
    ("top", "masthead"),
    [
        ("THE ASIA LEDGER | Defence & Diplomacy\nWednesday, 8 October 2025", "THE ASIA LEDGER"),
        ("Iberia Business Post - English edition\nCOURTS | Wednesday 8 October 2025", "Iberia"),
        ("ASIAN MONEY WEEKLY - Central Banks", "ASIAN MONEY WEEKLY"),
    ],
)
def test_the_lines_above_a_headline_that_say_where_and_when_are_no_headline(
    top: str, masthead: str
) -> None:
    p = extract(f"{top}\n\nTokyo promises Manila ships\n\nTalks went on.", today=TODAY)
    assert p.article.title == "Tokyo promises Manila ships"
    assert p.article.masthead.startswith(masthead)
    if "2025" in top:
        assert p.published == "2025-10-08"
    # a newsletter's greeting after them is no headline: the block keeps its line
    p = extract(f"{top}\n\nHello from Warsaw. In this issue: tanks.", today=TODAY)
    assert p.article.title != "Hello from Warsaw. In this issue: tanks."


@pytest.mark.parametrize(
    "dateline",
    ["PRAGUE — ", "LISBON -- ", "KYIV, Ukraine -- ", "LONDON (Wire) - ", "BERLIN/PARIS (Wire) - "],
)
def test_a_dateline_without_a_date_is_no_part_of_the_speaker(dateline: str) -> None:
    text = f"A headline\n\n{dateline}Paulo Rangel said on Tuesday that the port would stay shut."
    q = one(text)
    assert q.speaker == "Paulo Rangel"
    assert q.text.startswith("Paulo Rangel said")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Kyiv, 14 February 2025 — ", "2025-02-14"),
        ("Chisinau, Moldova, March 3, 2025 -- ", "2025-03-03"),
        # a place in lower case and no whole date: a sentence, not a dateline
        ("Berlin, Germany — ", None),
    ],
)
def test_a_dateline_in_lower_case_with_a_whole_date(line: str, published: str | None) -> None:
    text = f"A headline\n\n{line}Ana Lind said on Friday that the port would stay shut."
    p = extract(text, today=TODAY)
    assert p.published == published
    assert [q.speaker for q in p.quotes] == ["Ana Lind"]


@pytest.mark.parametrize(
    "line",
    [
        "Published: 9 June 2025, 14:02 CEST",
        "Updated June 9, 2025 · 2:02 PM",
        "Posted 9 June 2025 at 14:02 GMT",
    ],
)
def test_a_published_line_with_its_time_of_day(line: str) -> None:
    text = f"A headline\n\n{line}\n\nAna Lind said on Friday that the port would stay shut."
    assert extract(text, today=TODAY).published == "2025-06-09"


def test_capitals_and_a_dash_later_in_the_body_are_kept() -> None:
    text = "A headline\n\nThe talks went on.\n\nSMITH — I said the port would stay shut."
    assert "SMITH" in extract(text, today=TODAY).article.paragraphs[-1].text


def test_published_line_and_byline() -> None:
    text = "A headline\n\nBy Ana Costa\nPublished 14 March 2025\n\nPRAGUE — The bank met."
    p = extract(text, today=TODAY)
    assert p.published == "2025-03-14"


@pytest.mark.parametrize(
    "text",
    [
        '"We will not move from this position," Jane Doe said at a press conference.',
        "“We will not move from this position,” said Jane Doe at a press conference.",
        'Jane Doe said at a press conference: "We will not move from this position."',
        "«We will not move from this position», Jane Doe said at a press conference.",
    ],
)
def test_direct_quotes_with_speaker_before_or_after(text: str) -> None:
    q = one(text)
    assert q.kind == "direct" and q.speaker == "Jane Doe"
    assert q.text.startswith("We will not move from this position")
    assert (q.stance, q.cue) == ("public", "press conference")


def test_a_quote_split_around_its_speaker_is_one_statement() -> None:
    text = (
        "Karl Berg spoke after the vote. “The first part stands,” he said, "
        "“but the second part needs work.”"
    )
    q = one(text)
    assert q.speaker == "Karl Berg"
    assert "first part stands" in q.text and "second part needs work" in q.text


def test_a_quote_over_several_paragraphs_after_a_lead() -> None:
    text = (
        "Headline\n\nMinister Lena Ruud was asked in parliament about the port. She said:\n\n"
        "“The right to strike is not up for discussion here.\n\n"
        "“What I will not do is legislate over their heads.”"
    )
    q = one(text)
    assert q.speaker == "Lena Ruud" and q.stance == "public"
    assert "right to strike" in q.text and "legislate over their heads" in q.text


def test_quotations_closed_each_in_its_own_paragraph_after_a_lead_are_each_a_statement() -> None:
    text = (
        "Headline\n\n14:00\nChairman Khalid Al-Mannai has just finished the press "
        "conference. Key lines:\n\n"
        "“This is a merger of equals, and I mean both words.”\n\n"
        "“We have made no promises to any government beyond the agreement.”"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Khalid Al-Mannai", "Khalid Al-Mannai"]
    assert found[0].text.startswith("This is a merger") and found[1].text.startswith("We have")


def test_pronouns_and_surnames_point_to_the_fullest_name() -> None:
    text = (
        "Maria Silva, the finance minister, met bankers on Monday. "
        "Silva told them privately that rates would fall. "
        "“Nobody should expect miracles this year,” she told reporters later."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Maria Silva", "Maria Silva"]
    assert [q.stance for q in found] == ["private", "public"]
    assert found[0].kind == "indirect" and found[0].cue == "privately"


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        ("Two officials familiar with the talks said that the plan was dead.",
         "Two officials familiar with the talks", None),
        ("According to the Daily Courier, the envoy had promised help within a week.",
         "Daily Courier", None),
        ("Negotiators have made it clear behind closed doors that they are ready to sign.",
         "Negotiators", "private"),
        ("The ministry insisted publicly that no deal had been struck.", "ministry", "public"),
        ("Ana Lima has repeatedly rejected the idea of new taxes in public.", "Ana Lima", "public"),
    ],
)  # fmt: skip
def test_reported_speech(text: str, speaker: str, stance: str | None) -> None:
    q = one(text)
    assert q.kind == "indirect" and q.speaker == speaker and q.stance == stance


def test_stance_verbs_need_a_cue() -> None:
    assert quotes("The ministry denied any such linkage.") == []
    assert quotes("Ana Lima rejected the offer.") == []


def test_scare_quotes_are_not_statements() -> None:
    assert quotes('The so-called "tripwire" model is outdated, and the "buckets" remain.') == []


def test_stance_needs_evidence() -> None:
    q = one("“Prices will keep rising,” said Jonas Berg, an economist at the Nord Institute.")
    assert q.speaker == "Jonas Berg" and q.stance is None and q.cue is None


def test_a_quoted_block_and_its_attribution_line() -> None:
    text = (
        "Headline\nSource: The Weekly, citing two diplomats\n"
        "Quote: “The letter does not commit anyone to anything.\n"
        "But it is the first time the words appear on paper.”\n"
        "– a Brussels-based diplomat quoted by The Weekly"
    )
    q = one(text)
    assert q.kind == "block" and q.speaker == "a Brussels-based diplomat"
    assert "first time the words appear on paper" in q.text


def test_a_press_release_block_under_its_own_label_line_signed_with_a_hyphen() -> None:
    text = (
        "Federation adopts reforms\n\nThe Executive Board said it accepted the findings in "
        "full.\n\nQuote:\n“The Review found no evidence of personal enrichment.\n"
        "The reforms separate those functions.”\n"
        "- Dr. Annemarie Loosli, Chair of the Independent Governance Review\n\n"
        "Consultation with member federations"
    )
    board, block = quotes(text)
    assert (board.speaker, board.stance) == ("Executive Board", "public")
    assert (block.kind, block.speaker, block.stance) == ("block", "Annemarie Loosli", "public")
    assert block.text.endswith("separate those functions.")


def test_a_block_without_attribution_belongs_to_the_source() -> None:
    text = "Headline\nSource: The Weekly\nQuote: “One option discussed is intelligence sharing.”"
    assert one(text).speaker == "The Weekly"


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("On 4 April, the chiefs of staff visited Kyiv.", "2025-04-10", "2025-04-04"),
        ("The coalition met in London in early March.", "2025-04", "2025-03-01/2025-03-10"),
        ("The board next meets on 2 April.", "2025-03-14", "2025-04-02"),
        ("Ministers will gather in Brussels next month.", "2025-06-03", "2025-07"),
        ("The drone crashed near Rezekne in mid-May.", "2025-06-03", "2025-05-11/2025-05-20"),
        ("The batteries were first sent in 2023.", "2025-06-03", "2023"),
        # a month and its year told in words
        (
            "The port has used the new fees since April last year, when the board introduced them.",
            "2025-02-12",
            "2024-04",
        ),
        ("The consultation formally ended in July last year.", "2025-06-10", "2024-07"),
        # a verb in the past right before a month keeps it past, however near the next one
        ("The harbour levy took effect in July, and it is working.", "2025-06-10", "2024-07"),
        # a deadline is not what was done ('was reached by'), and a plan looks ahead
        (
            "Talks will end if no agreement was reached by the end of July.",
            "2025-06-10",
            "2025-07-21/2025-07-31",
        ),
        # what must be done by a day looks ahead; what someone said must be does not
        ("The committee must deliver its recommendation on Monday.", "2025-06-10", "2025-06-16"),
        ("The minister was careful at a seminar on Saturday.", "2025-06-10", "2025-06-07"),
        # the verb in the past right before its day is the day's own, whatever comes ahead
        (
            "Oslo will widen the band, even as the minister told a news conference on Tuesday "
            "it would not.",
            "2025-06-12",
            "2025-06-10",
        ),
        ("Lind said at a meeting on Monday that the plant will close.", "2025-06-12", "2025-06-09"),
        # a verb in the past with its object before a month keeps it past, a hyphened
        # word in the object too
        (
            "Fenwick, who signed a new three-year contract in July, did not hide from it.",
            "2025-03-14",
            "2024-07",
        ),
        # the verb in the past right after its day is the day's own, whatever is ahead
        (
            "The High Court on Tuesday reserved its order on the plea to stop the launch "
            "before the patent expires.",
            "2025-06-12",
            "2025-06-10",
        ),
        # a fixture travelled to, a hearing that continues: a schedule in the present
        ("Rovers travel to Aberlour United on Wednesday night.", "2025-06-12", "2025-06-18"),
        ("The hearing continues Friday.", "2025-06-10", "2025-06-13"),
        # a court that heard a case, a season that begins, a line in service, a filing, a
        # word in the House
        ("The court heard the case over four days in May.", "2025-06-12", "2025-05"),
        ("The new season begins on June 14.", "2025-06-10", "2025-06-14"),
        ("The company expects the line to be in service by 2028.", "2025-06-10", "2028"),
        (
            "Corvant told investors in a securities filing in May that it set money aside.",
            "2025-06-12",
            "2025-05",
        ),
        (
            "She will ask the minister about it in the House on Thursday.",
            "2025-06-10",
            "2025-06-12",
        ),
        # the day in a relative clause of an aside is no happening's when the sentence
        # goes on to one
        (
            "Sen. Dale Whitcomb, a Republican who took over the committee last year, made the "
            "remarks at a closed-door dinner in Palm Beach on Saturday.",
            "2025-06-12",
            "2025-06-07",
        ),
        # a part of a year told by its place: its third, or the months after or before
        # this one
        ("The commission is expected to vote early next year.", "2025-06-10", "2026-01/2026-04"),
        ("The bill stalled in Congress late last year.", "2025-06-10", "2024-09/2024-12"),
        ("Rivals are expected to file later this year.", "2025-06-10", "2025-07/2025-12"),
        ("The plant opened earlier this year.", "2025-06-10", "2025-01/2025-05"),
        # a year or a quarter a happening is planned for (not any year after 'for')
        ("First nuclear concrete is planned for 2028.", "2025-06-10", "2028"),
        (
            "First deliveries are planned for the third quarter of 2026.",
            "2025-06-10",
            "2026-07/2026-09",
        ),
        # a verb ahead after 'and' is a clause of its own, whatever the past before it
        (
            "The audit office said it was aware of the reports and would decide in December "
            "whether to open an examination.",
            "2025-06-10",
            "2025-12",
        ),
        # a case opened, a manifesto launched, a year that starts, a petition to be handed
        (
            "Opening the case on Monday, the prosecutor told jurors the claim was “built "
            "backwards – starting with the figure they wanted”.",
            "2025-06-11",
            "2025-06-09",
        ),
        (
            "The Unity Party launches its manifesto in Odense on Thursday.",
            "2025-06-10",
            "2025-06-12",
        ),
        ("The new quota year starts on 1 January.", "2025-06-10", "2026-01-01"),
        (
            "She said the trust would hand a petition to the regulator on Monday.",
            "2025-06-11",
            "2025-06-16",
        ),
        # a happening named by its year
        ("Albania imported power, most recently during the drought of 2022.", "2025-06-10", "2022"),
        # what is due, what a house votes on
        ("The flash inflation estimate is due on 30 April.", "2025-04-10", "2025-04-30"),
        ("The lower house votes on the bill on 1 July.", "2025-06-10", "2025-07-01"),
        # a passive ahead is ahead
        ("The vote will be held on Friday.", "2025-06-12", "2025-06-13"),
        # the year's end, ahead; a year before its happening; a lunch, an email
        ("Five vessels will be delivered by the end of the year.", "2025-06-10", "2025-12"),
        # words to a broadcaster by name, in a brief statement, a call by phone
        (
            "Mr Kerrigan told Lakeland Radio on Thursday evening that he would reconsider.",
            "2025-06-13",
            "2025-06-12",
        ),
        (
            "His office, in a brief statement on Sunday evening, said the position stands.",
            "2025-06-13",
            "2025-06-08",
        ),
        (
            "The Secretary had spoken to the Energy Secretary by phone last week.",
            "2025-06-13",
            "2025-06-02/2025-06-08",
        ),
        # words to the press or on video, on a day
        (
            "Speaking to journalists in Mombasa on Wednesday, Mr Otieno said the money was short.",
            "2025-06-13",
            "2025-06-11",
        ),
        (
            "In a video message to staff on Tuesday, the chief executive said sorry.",
            "2025-06-13",
            "2025-06-10",
        ),
        (
            "In a note to clients on Friday morning, he wrote that investors would be watching.",
            "2025-06-13",
            "2025-06-13",
        ),
        # words to a house or its members, a breakfast spoken at, a house's return
        (
            "He told MEPs on the agriculture committee on Monday morning.",
            "2025-06-13",
            "2025-06-09",
        ),
        ("Asked in the National Assembly on Monday, he said no.", "2025-06-13", "2025-06-09"),
        ("Ana Lind spoke at a Dublin business breakfast on Wednesday.", "2025-06-13", "2025-06-11"),
        (
            "His party would move for an inquiry when Parliament returns on June 24.",
            "2025-06-13",
            "2025-06-24",
        ),
        # what one expected of others is no time ahead; what many open on a day is
        (
            "Speaking on a radio phone-in on Wednesday morning, she said the government "
            "expected absolute transparency from water companies.",
            "2025-06-13",
            "2025-06-11",
        ),
        (
            "Advance polls open Saturday at seven locations across the city.",
            "2025-06-12",
            "2025-06-14",
        ),
        # an appearance, a walkout, a drive, a groundbreaking, an investor day; what one
        # said should be, after the day's own clause, is no time ahead
        (
            "Appearing before the Senedd committee on Tuesday, chief executive Siân "
            "Morgan-Rees said customers should not fear a shock on the doormat.",
            "2025-06-13",
            "2025-06-10",
        ),
        (
            "From July 21, if nothing changes, our members will withdraw their services.",
            "2025-06-13",
            "2025-07-21",
        ),
        ("The last major recruitment drive, in 2023, added 10,000 officers.", "2025-06-13", "2023"),
        ("Groundbreaking is tentatively set for late July.", "2025-06-13", "2025-07-21/2025-07-31"),
        ("It was unlike Harbourline's investor day on June 5.", "2025-06-13", "2025-06-05"),
        # a day told after days counted from none; a filing to an exchange
        (
            "Five weeks later, on June 9, the regulator published a statement on its website "
            "saying it had reviewed reports.",
            "2025-06-13",
            "2025-06-09",
        ),
        (
            "In a filing to the Singapore Exchange on Wednesday evening, KDI said it does not "
            "intend to revise the offer.",
            "2025-06-13",
            "2025-06-11",
        ),
        # what many expect, in the present, is ahead
        ("Officials expect a deal before the end of the year.", "2025-07-07", "2025-12"),
        ("A 2019 dispute over canola shipments cut exports for three years.", "2025-06-10", "2019"),
        (
            "At a lunch with the board in mid-May, the governor named a level.",
            "2025-06-10",
            "2025-05-11/2025-05-20",
        ),
        (
            "Gouveia wrote in an email on Monday that the licence would come back.",
            "2025-06-12",
            "2025-06-09",
        ),
        # an adjective in the past is no past action; a schedule in the present is ahead
        (
            "The parliament is scheduled to debate an amended budget on Feb. 18.",
            "2025-02-04",
            "2025-02-18",
        ),
        ("The Sejm votes on the draft budget on Wednesday.", "2025-06-12", "2025-06-18"),
        ("The mediation service would convene both sides on Friday.", "2025-06-10", "2025-06-13"),
        ("Radars will be delivered before the end of 2026.", "2025-06-10", "2026-12"),
        ("France first agreed to supply three radars in October 2023.", "2025-06-10", "2023-10"),
        # a range, however written; a count after a day is no range's end
        ("The poll was conducted Oct. 30 to Nov. 8 online.", "2025-01-12", "2024-10-30/2024-11-08"),
        ("The talks will run from 23 to 27 March.", "2025-02-12", "2025-03-23/2025-03-27"),
        (
            "Lind rose from 40 percent on June 4 to 42 percent in the poll.",
            "2025-06-12",
            "2025-06-04",
        ),
    ],
)
def test_events_are_dated_against_the_published_date(
    sentence: str, published: str, edtf: str
) -> None:
    assert dated(sentence, published) == [(edtf, sentence)]


def test_a_happening_told_inside_another_sentence_is_dated_by_its_own_clause() -> None:
    sentence = (
        "Member states are due to vote on the regulation on Friday, before signing the trade "
        "agreement, which was politically concluded in 2019."
    )
    # each dated by its clause, each told with the whole sentence it needs
    assert dated(sentence, "2025-06-10") == [("2025-06-13", sentence), ("2019", sentence)]
    # a clause with no date of its own dates nothing: the second half keeps its own text
    text = "Duties were imposed in 2024 after a long probe; a new one was launched in May."
    assert dated(text, "2025-06-10") == [
        ("2024", "Duties were imposed in 2024 after a long probe"),
        ("2025-05", "a new one was launched in May."),
    ]


def test_a_second_verb_in_the_past_with_a_date_of_its_own_is_its_own_event() -> None:
    sentence = "The licence was first granted in 2021 and upheld by a lower court in November 2024."
    assert dated(sentence, "2025-06-10") == [("2021", sentence), ("2024-11", sentence)]


def test_what_comes_next_in_a_sentence_is_dated_by_its_own_date() -> None:
    sentence = "Ministers met on Monday, ahead of the next summit in late June."
    # (late June of an article of 10 June is this June's, the nearest and the next)
    assert [d for d, _ in dated(sentence, "2025-06-10")] == ["2025-06-09", "2025-06-21/2025-06-30"]
    assert [d for d, _ in dated(sentence, "2025-01-10")] == ["2025-01-06", "2025-06-21/2025-06-30"]


def test_an_aside_dates_its_own_happening_and_the_sentence_its_own() -> None:
    sentence = (
        "She said the duties, which were first applied in April, would become final on "
        "1 December as planned."
    )
    assert dated(sentence, "2025-06-20") == [("2025-12-01", sentence), ("2025-04", sentence)]
    # a yearless date after an aside's year is the year's: one event, as before
    sentence = "The ferry, which was sold in May 2019, sank in June."
    assert dated(sentence, "2025-06-20") == [("2019-05", sentence)]


def test_sentences_without_a_date_or_a_happening_are_not_events() -> None:
    # (nor a question: it asks whether something happens)
    text = "Headline\n\nInflation is high. It rained on Monday. Are you meeting them today?"
    assert extract(text, "2025-06-10", today=TODAY).events == []


def test_extract_json_is_the_eval_format(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Headline\n\n“We are ready to sign tonight,” union leader Els Maes told reporters. "
        "The strike began on Saturday.",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "backchannel", "extract", str(article), "--published",
         "2025-09-29", "--json"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"quotes", "events"}
    assert data["quotes"] == [
        {
            "text": "We are ready to sign tonight,",
            "speaker": "Els Maes",
            "stance": "public",
            "kind": "direct",
            "cue": "told reporters",
        }
    ]
    assert data["events"] == [{"text": "The strike began on Saturday.", "date": "2025-09-27"}]


def test_extract_refuses_what_it_cannot_read(tmp_path) -> None:
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    result = subprocess.run(
        [sys.executable, "-m", "backchannel", "extract", str(binary)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2 and "not UTF-8" in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "backchannel", "extract", str(binary) + "x"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 2 and "cannot be read" in result.stderr


def test_a_clause_does_not_borrow_its_neighbours_cue() -> None:
    text = (
        "Norway has privately told Brussels that quotas could rise, even as Fisheries "
        "Minister Ingrid Solberg insisted on Monday that the numbers were fixed."
    )
    found = quotes(text)
    assert [(q.speaker, q.stance) for q in found] == [
        ("Norway", "private"),
        ("Ingrid Solberg", "public"),  # titles dropped; a named minister is on the record
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("The tanker was boarded in late January.", "2025-03-02", "2025-01-21/2025-01-31"),
        ("The central bank last intervened in 2024.", "2025-03-02", "2024"),
        ("The dispute dates back to 2019, when the plant was nationalised.", "2025-03-02", "2019"),
        ("The market is scheduled to close on Friday.", "2025-03-12", "2025-03-14"),
        ("The talks were set to close on Friday.", "2025-03-12", "2025-03-14"),
        ("The next round is due on 3–4 May.", "2025-05", "2025-05-03/2025-05-04"),
        # a sentence may open with its date; a month and year is never a day
        ("In 2023, the river commission adopted new pilotage rules.", "2025-03-02", "2023"),
        ("In March 2023, the commission adopted new pilotage rules.", "2025-03-02", "2023-03"),
        ("Since 2020, the plant has been closed twice.", "2025-03-02", "2020"),
        ("The plant reopened after March 2023, when the strike ended.", "2025-03-02", "2023-03"),
        # a month named as the last or next one; a sentence opening with its date
        ("The leaders met in Brdo last November.", "2025-03-02", "2024-11"),
        ("Last November, the leaders met in Brdo.", "2025-03-02", "2024-11"),
        ("A week ago, the commission approved the money.", "2025-03-02", "2025-02-23~"),
        ("Early March saw the first strike at the port.", "2025-03-20", "2025-03-01/2025-03-10"),
        # circulars, summonses, what cabinet is to get, what a body concluded
        (
            "The club rejected that position in a circular to its members on 4 August.",
            "2025-08-20",
            "2025-08-04",
        ),
        (
            "Congress would summon the minister next week, a congressman said.",
            "2025-05-14",
            "2025-05-19/2025-05-25",
        ),
        (
            "The agency concluded in November that the therapy was not cost-effective.",
            "2025-03-10",
            "2024-11",
        ),
        # what will be presented or filed, questions in the Commons
        (
            "The ministry has said it will present a national electricity plan early next month.",
            "2025-01-30",
            "2025-02-01/2025-02-10",
        ),
        (
            "Ochs said he would file a complaint with the ethics commission next week.",
            "2025-05-14",
            "2025-05-19/2025-05-25",
        ),
        # words to a parliament or a conference on a day
        (
            "Mr. Vreeswijk told the Dutch parliament on Tuesday that he would never sign.",
            "2025-05-14",
            "2025-05-13",
        ),
        (  # a parliament by its name, a broadcaster
            "“Our share reflects where the fish are,” Ola Berg told the Storting in October.",
            "2025-06-14",
            "2024-10",  # told: the October before, however near the coming one is
        ),
        # a body's words ('the budget committee', 'the Dewan Rakyat'); a body's schedule
        # in the present; an opinion column; a day of action
        (
            "“There was no deal,” she told the budget committee last Wednesday.",
            "2025-06-11",
            "2025-06-04",
        ),
        (
            "Licensing is not negotiable, Hafizuddin Rahman told the Dewan Rakyat on 2 September.",
            "2025-06-11",
            "2024-09-02",
        ),
        (
            "The European Commission publishes its opinion on the draft plan next week.",
            "2025-06-11",
            "2025-06-16/2025-06-22",
        ),
        (
            "The rent-cap bill returns to the plenary in early December.",
            "2025-06-11",
            "2025-12-01/2025-12-10",
        ),
        ("Peru's football federation elects a president on Saturday.", "2025-06-11", "2025-06-14"),
        (
            "Ignacio Bustos wrote in an opinion column on Monday that the increase was a risk.",
            "2025-06-11",
            "2025-06-09",
        ),
        (
            "Breen said the first day of action, on 19 June, would go ahead.",
            "2025-06-11",
            "2025-06-19",
        ),
        # a verb in the past, its object, then its month: the month before
        (
            "Norway submitted its updated climate target to the UN in October, pledging cuts.",
            "2025-06-14",
            "2024-10",
        ),
        ("“The settings stand,” Ana Lind told ABC radio on Tuesday.", "2025-06-25", "2025-06-24"),
        # stepping down and testifying are happenings
        ("He would step down on 31 October, he added.", "2025-10-08", "2025-10-31"),
        ("Lisa Marchand is scheduled to testify on Monday.", "2025-06-18", "2025-06-23"),
        # inspections and what resumes are happenings; 'early next month' its first days
        (
            "The agency said it would carry out an inspection of the plant next month.",
            "2024-02-16",
            "2024-03",
        ),
        ("Counting in the two ridings will resume at 9 a.m. tomorrow.", "2025-05-05", "2025-05-06"),
        (
            "The Commission is expected to table a legal proposal early next month.",
            "2025-04-24",
            "2025-05-01/2025-05-10",
        ),
        # irregular verbs in the past are actions too
        ("Divers found a leak near the border crossing this month.", "2025-03-20", "2025-03"),
        # what is awaited on a day; a fixture in the present looks ahead
        (
            "The first joint patrols are expected in early August.",
            "2025-07-09",
            "2025-08-01/2025-08-10",
        ),
        (
            "City host Blackmoor Rovers on Saturday, when fans plan a protest.",
            "2025-06-13",
            "2025-06-14",
        ),
        ("The Senate takes up the health budget next week.", "2025-06-11", "2025-06-16/2025-06-22"),
        # a body in lower case meets ahead; a letter sent, a trip made, a passive ahead
        ("MORIARTY: Our executive meets on Thursday.", "2025-02-11", "2025-02-13"),
        ("KEHOE: I wrote to the HSE in December asking for help.", "2025-02-11", "2024-12"),
        ("We are going to the Labour Court this afternoon.", "2025-02-11", "2025-02-11"),
        (
            "It said the recruitment pause would be reviewed at the end of March.",
            "2025-02-11",
            "2025-03-21/2025-03-31",
        ),
        # a date told with its weekday; a weekday of a week; what is fixed for a day; a march
        ("The hearing opens on Monday, 17 February.", "2025-02-13", "2025-02-17"),
        ("The minister will visit on Friday of next week.", "2025-02-13", "2025-02-21"),
        ("The group would hold a march on Saturday, 1 March.", "2025-02-13", "2025-03-01"),
        (
            "Asked at First Minister's Questions last month, he said it was for the board.",
            "2025-02-13",
            "2025-01",
        ),
    ],
)
def test_events_beyond_the_usual_words_and_what_is_due(
    sentence: str, published: str, edtf: str
) -> None:
    assert [d for d, _ in dated(sentence, published)] == [edtf]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("The ferry ran aground on 12 March near the island.", "2025-03-12"),
        ("Protesters blocked the bridge on Tuesday.", "2025-03-18"),
        ("The company filed for bankruptcy in early February.", "2025-02-01/2025-02-10"),
        ("The two leaders spoke by phone on 3 March.", "2025-03-03"),
    ],
)
def test_any_past_action_with_a_date_is_an_event(sentence: str, edtf: str) -> None:
    proposals = extract("Headline\n\n" + sentence, "2025-03-20", today=date(2025, 6, 30))
    assert [e.date for e in proposals.events] == [edtf]


def test_the_following_day_is_the_day_after_the_one_just_told() -> None:
    text = (
        "Headline\n\nIn an email sent on 14 April, Ana Lind wrote that the board had approved "
        "the exit.\n\nThe following day, Ian Barra replied that landlords had been approached."
        "\n\nThe union met.\n\nA day later, the board met again."
    )
    events = extract(text, "2025-05-08", today=date(2025, 6, 1)).events
    assert [(e.date, e.phrase) for e in events] == [
        ("2025-04-14", "14 April"),
        ("2025-04-15", "The following day"),
    ]  # (not after a paragraph that told no day)


def test_days_later_count_from_the_day_told_in_the_same_paragraph_too() -> None:
    text = (
        "Headline\n\nThe operator detected a loss of capacity on the cable early on 23 "
        "February. Coast guard vessels were sent, and two days later a special forces team "
        "boarded the carrier.\n\nThree days later, the crew was released."
    )
    events = extract(text, "2025-03-20", today=date(2025, 6, 1)).events
    assert [(e.date, e.phrase.rstrip(".")) for e in events] == [
        ("2025-02-23", "23 February"),
        ("2025-02-25", "two days later"),
        ("2025-02-28", "Three days later"),
    ]


def test_a_week_later_and_nine_days_later_count_from_the_day_told() -> None:
    text = (
        "Headline\n\nThe governor was impeached by the county assembly on 9 September; the "
        "Senate upheld his removal a week later. Nine days later the party chose a candidate."
        "\n\nTwo weeks later, talks resumed."
    )
    events = extract(text, "2025-11-20", today=date(2025, 12, 1)).events
    assert [(e.date, e.phrase.rstrip(".")) for e in events] == [
        ("2025-09-09", "9 September"),
        ("2025-09-16", "a week later"),
        ("2025-09-25", "Nine days later"),
        ("2025-10-09", "Two weeks later"),
    ]


def test_a_happening_told_again_on_a_second_day_is_two_events() -> None:
    text = (
        "Headline\n\nCounsel told the court that the council had written to the governor "
        "twice, on 15 September and again on 2 October, asking him to reverse it."
    )
    events = extract(text, "2025-11-25", today=date(2025, 12, 1)).events
    assert [e.date for e in events] == ["2025-09-15", "2025-10-02"]


def test_yesterday_opening_a_sentence_dates_it_and_set_for_thursday_is_its_own() -> None:
    text = (
        "Headline\n\nYesterday the labour court ordered both sides into talks and set a "
        "full hearing for Thursday.\n\nToday the union voted to strike."
    )
    events = extract(text, "2025-10-21", today=date(2025, 11, 1)).events
    assert [e.date for e in events] == ["2025-10-20", "2025-10-23", "2025-10-21"]


def test_what_a_day_or_month_is_planned_for_is_ahead_and_a_happening_of_its_own() -> None:
    text = (
        "Headline\n\nAccording to two people present on Monday, the federation chairman "
        "told the minister it would call off a national demonstration planned for Saturday."
        "\n\nFirst oil is planned for July, and we will manage it within our total."
    )
    events = extract(text, "2026-02-12", today=date(2026, 3, 1)).events
    assert [e.date for e in events] == ["2026-02-09", "2026-02-14", "2026-07"]


def test_days_after_a_day_told_with_its_happening_date_both() -> None:
    text = (
        "Headline\n\nThe original declaration, made two days after the 7 December election, "
        "gave her a margin of 74.\n\nHe resigned a week before the 3 May vote."
    )
    events = extract(text, "2025-06-09", today=date(2025, 7, 1)).events
    assert [e.date for e in events] == ["2024-12-07", "2024-12-09", "2025-05-03", "2025-04-26"]


def test_a_happening_some_days_from_the_day_told_is_dated_by_the_count() -> None:
    text = (
        "Headline\n\nHe spoke to the Monitor in Astana on Tuesday, a week after talks in "
        "Riyadh with Saudi officials.\n\nThe ministers met in Vienna on 3 March, two days "
        "before the summit in Geneva."
    )
    events = extract(text, "2025-06-12", today=date(2025, 7, 1)).events
    assert [e.date for e in events] == ["2025-06-10", "2025-06-03", "2025-03-03", "2025-03-05"]


def test_two_happenings_of_one_sentence_are_two_events() -> None:
    text = (
        "Headline\n\nTalks resumed in January, and a delegation visited the port on 24 "
        "February.\n\nThe ferry sank in 2019, after it was sold to a new owner in May."
    )
    events = extract(text, "2025-03-12", today=date(2025, 6, 1)).events
    assert [(e.date, e.text) for e in events] == [
        ("2025-01", "Talks resumed in January"),
        ("2025-02-24", "a delegation visited the port on 24 February."),
        # what 'after' dates is the same happening's background: one event
        ("2019", "The ferry sank in 2019, after it was sold to a new owner in May."),
    ]


def test_a_consultation_that_opens_and_runs_until_a_day_is_two_events() -> None:
    text = (
        "Headline\n\nThe consultation opens on Monday, 16 February, and will run until 10 April."
        "\n\nLloyd told her last Friday that nothing would change before a Senedd debate, "
        "which is scheduled for 4 March."
    )
    events = extract(text, "2026-02-12", today=date(2026, 6, 1)).events
    assert [(e.date, e.text[:40]) for e in events] == [
        ("2026-02-16", "The consultation opens on Monday, 16 Feb"),
        ("2026-04-10", "will run until 10 April."),
        ("2026-02-06", "Lloyd told her last Friday that nothing "),
        # what is fixed for a day is a happening: the debate, in its sentence
        ("2026-03-04", "Lloyd told her last Friday that nothing "),
    ]


def test_a_release_schedule_and_what_was_promised_are_events_of_their_own() -> None:
    text = (
        "Headline\n\n- Construction to begin in the second quarter of 2026; first commercial "
        "production expected in the second half of 2028\n\nThe plant received its licence on 9 "
        "January, following a public consultation that ran from September to November last "
        "year. The ministry said it would notify the aid package to Brussels before the end of "
        "February. The centre will open the first training programme in September. He expects "
        "the advice due on 30 September to recommend a cut. Her group wants the matter on the "
        "agenda of the economy committee next Wednesday. Mayor Jan Holm, who was re-elected in "
        "the municipal election on 18 November, took office in January 2022.\n\nDuring a video "
        "conference this afternoon, the minister promised that engineers would arrive in the "
        "town by Wednesday."
    )
    events = extract(text, "2026-01-20", today=date(2026, 6, 1)).events
    assert [e.date for e in events] == [
        "2026-04/2026-06",
        "2028-07/2028-12",
        "2026-01-09",
        "2025-09/2025-11",
        "2026-02-21/2026-02-28",
        "2026-09",
        "2026-09-30",
        "2026-01-21",  # said on a Tuesday: tomorrow
        "2022-01",  # (an aside is told after its sentence)
        "2025-11-18",
        "2026-01-20",
        "2026-01-21",
    ]


def test_a_date_told_from_today_after_an_aside_dated_by_a_year_is_an_event_of_its_own() -> None:
    text = (
        "Headline\n\nThe owner, Sir Malcolm Ashdown, who bought the club out of administration "
        "in 2011, agreed an exclusivity period with Pelita last month.\n\nThe strike began on "
        "Monday, after a one-day stoppage in late November."
    )
    events = extract(text, "2026-01-27", today=date(2026, 6, 1)).events
    assert sorted(e.date for e in events) == [
        "2011",
        "2025-11-21/2025-11-30",
        "2025-12",
        "2026-01-26",
    ]


def test_would_looks_ahead_from_before_its_date_only() -> None:
    text = (
        "Headline\n\nSandu told reporters that Chisinau would host a donor conference on 3 "
        "March.\n\nOn Monday, Lind signed a deal under which Oslo would send the battery."
    )
    events = extract(text, "2025-02-14", today=date(2025, 6, 1)).events
    assert [e.date for e in events] == ["2025-03-03", "2025-02-10"]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Farmers plan to protest outside the ministry on 28 May.", "2025-05-28"),
        ("Dockers vow to strike at the port on 2 June.", "2025-06-02"),
        # the noun, and an intention after its date: the date is the past one
        ("In April, the board blocked the company's plans to open a plant.", "2025-04"),
        ("On 2 May, Lind made clear that she intends to run.", "2025-05-02"),
    ],
)
def test_an_intention_looks_ahead_from_before_its_date(sentence: str, edtf: str) -> None:
    [event] = extract(f"Headline\n\n{sentence}", "2025-05-22", today=TODAY).events
    assert event.date == edtf


def test_a_plan_for_the_date_itself_looks_ahead() -> None:
    text = "Headline\n\nThe judge adjourned the hearing until Dec. 2, when two witnesses are due."
    [event] = extract(text, "2025-11-18", today=date(2026, 6, 1)).events
    assert event.date == "2025-12-02"


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Over the weekend, protesters blocked the bridge.", "2025-06-21/2025-06-22"),
        ("Drones struck the refinery overnight.", "2025-06-24/2025-06-25"),
        ("The ferry sank at the end of May.", "2025-05-21/2025-05-31"),
        ("The new barracks are due to be completed by the end of 2027.", "2027-12"),
        ("The union will hold an assembly at the plant gates tomorrow.", "2025-06-26"),
        ("The auction will be held in the first quarter of 2026.", "2026-01/2026-03"),
        ("The row flared again at the June summit in Brussels.", "2025-06"),
        ("The bridge project was first proposed in 2024.", "2024"),
        ("The reform should take effect on 1 January 2027.", "2027-01-01"),
        ("The board proposed the new fee for ferries on 4 June.", "2025-06-04"),
        # a private exchange is a happening, as a meeting is
        (
            "Lind's team privately told the Slovak delegation on Monday that a window could be "
            "added.",
            "2025-06-23",
        ),
        ("The talks collapsed on the 14th.", "2025-06-14"),
        # a day told with its year's place
        ("The floods of 3 March last year killed 220 people.", "2024-03-03"),
        ("The floods killed 220 people on 3 March.", "2025-03-03"),
        # a sitting agreed to is ahead; a deal agreed to is the agreeing
        (
            "The government has agreed to an emergency session of parliament on Friday.",
            "2025-06-27",
        ),
        ("The two sides agreed to a deal on Friday.", "2025-06-20"),
        # words given through a channel on a day
        ("Fjordlaks rejected the allegations in a statement on Monday.", "2025-06-23"),
        ("Ankrah posted on X on Tuesday that the decision was wrong.", "2025-06-24"),
        # a fixture, a letter to come
        ("Castleton, meanwhile, host Pelham Vale next Saturday.", "2025-06-28"),
        ("Their final game is at home to Morland on 3 July.", "2025-07-03"),
        ("He said he would be writing to the referees’ body on Monday.", "2025-06-30"),
        # a span's start dates no happening when another date follows it
        (
            "An outside audit of all contracts signed since 2016 will be published in July.",
            "2025-07",
        ),
        # ... nor the period figures cover
        (
            "The company will publish its results for the fourth quarter of 2024 on 12 July.",
            "2025-07-12",
        ),
        # a month a happening is set for; last night
        ("A first review of the ceilings is scheduled for July.", "2025-07"),
        ("Its launch is planned for September, the agency said.", "2025-09"),
        ("Thousands marched through the city centre last night in protest.", "2025-06-24"),
        # an address to a crowd, an appearance in a chamber, a letter to an office, a
        # deadline, a moratorium of a year
        ("Addressing miners in Katowice last Thursday, he said the plan was dead.", "2025-06-19"),
        (
            "From fisheries critic Rick Dalton, speaking in the House of Commons on Monday:",
            "2025-06-23",
        ),
        ("The mayor wrote to the minister on 16 June.", "2025-06-16"),
        ("Licence holders have until 30 September to file the new declarations.", "2025-09-30"),
        (
            "The framework was built after the collapse of the stock forced the moratorium of "
            "1992.",
            "1992",
        ),
        # what is done again or looked at next: schools reopen, a committee will consider,
        # a minister travels, an agency will inspect, reactors should restart
        ("Schools reopen on Monday after the strike.", "2025-06-30"),
        # a house by its full name, a gathering by its name, an event
        (
            "Petra Zorman told the National Assembly last Thursday that Koper was ready.",
            "2025-06-19",
        ),
        (
            "The ports will be in the spotlight at the Adriatic Shipping Summit on 3 July.",
            "2025-07-03",
        ),
        (
            "Speaking after a union event at the Trade Union House on Monday, she was calm.",
            "2025-06-23",
        ),
        # one thing done again, a house's sitting, a session on its day, ministers' meeting
        ("Testimony in the trial resumes on Monday.", "2025-06-30"),
        ("The elementary school reopens on Monday with staff asked to stay home.", "2025-06-30"),
        ("Monday: the Folketing sits for the last time before the election.", "2025-06-30"),
        ("The listening session is Monday at 6:30 p.m. in the high school.", "2025-06-30"),
        ("OPEC+ ministers hold an online meeting on Monday to review policy.", "2025-06-30"),
        (
            "The budget committee will consider the supplementary estimates next week.",
            "2025-06-30/2025-07-06",
        ),
        (
            "Ferreyra travels to Washington next week for the annual meetings.",
            "2025-06-30/2025-07-06",
        ),
        ("The safety agency will inspect both units in early July.", "2025-07-01/2025-07-10"),
        ("If everything goes to plan, they should restart in November.", "2025-11"),
        # a clock time, about: the day told of
        ("The deal was signed at about 18:30 by the union and the commission.", "2025-06-25"),
        # a past told in a clause after the date's own is not its past
        (
            "The federation elects a president on Saturday, and the contest has turned into an "
            "argument about what was promised.",
            "2025-06-28",
        ),
        # a happening moved is dated by the day it moved to
        (
            "A fourth trilogue, originally scheduled for 22 May, has been pushed back to 12 June.",
            "2025-06-12",
        ),
        ("The hearing set for 3 March was postponed until 17 March.", "2025-03-17"),
        ("The talks held on 3 March ran until 5 March.", "2025-03-03"),
        # a happening opening its sentence; what a party expects to do
        ("Closing arguments could come as early as next week.", "2025-06-30/2025-07-06"),
        (
            "Whitcomb told the judge the government expects to rest its case by Friday.",
            "2025-06-27",
        ),
        # a deadline is ahead; an answer to charges is a happening
        ("The party had privately set a deadline of Friday for an agreement.", "2025-06-27"),
        (
            "The union has set a strike deadline of 11:59 p.m. on Friday if talks fail.",
            "2025-06-27",
        ),
        # what one is asked or urged to do on a day is ahead (not the asking on a day)
        ("The premier had asked Ana Lind to meet union leaders on Friday.", "2025-06-27"),
        ("On Friday, the minister urged both sides to return to talks.", "2025-06-20"),
        # 'today’s' as the present day's is no date; 'today's meeting' is
        ("Members will decide at today's meeting whether to strike.", "2025-06-25"),
        # a body set up, a letter written to someone
        ("The Global Pandemic Preparedness Fund was set up in 2022.", "2022"),
        ("Osei emailed Okonkwo on Monday asking for a full picture.", "2025-06-23"),
        (
            "In a scrum with reporters on Monday, Kowalchuk would not commit to a date.",
            "2025-06-23",
        ),
        # an agenda's present looks ahead
        ("Commissioner Dalsgaard visits a dairy cooperative in Friesland on Friday.", "2025-06-27"),
        ("The Commission presents its mid-term review on Thursday.", "2025-06-26"),
        # the day it was said is the tag's; the hearing's day is the happening's
        (
            "Maestas said Wednesday she would ask the committee to review the deal at its "
            "hearing on July 9.",
            "2025-07-09",
        ),
        ("Dalgleish said he had written to Ms Strachan on Monday demanding a seat.", "2025-06-23"),
        ("Chinook rejected the allegations on Monday.", "2025-06-23"),
        # a company's results, an offer turned down, a firm gone under, a storm's landfall
        ("The retailer reported a 31% fall in profit in its results on Thursday.", "2025-06-19"),
        ("Rheinhafen had seen an opening offer of £4.8m rejected on 12 May.", "2025-05-12"),
        ("Pennine Medical Supplies went into administration in 2022.", "2022"),
        ("Storm Orla made landfall on the Clare coast on Friday.", "2025-06-20"),
        ("The Corrib overtopped the quay wall on Friday.", "2025-06-20"),
        # a past in the clause before 'and that' is not the date's own
        (
            "She said 1,140 people had been evacuated, and that the government would decide "
            "whether to extend the alert into Friday.",
            "2025-06-27",
        ),
        # a clock time alone is the day told of; with a day, the day's
        ("AEMET raised the alert for Ribera and Safor to red at 07:00.", "2025-06-25"),
        ("The meeting began on Friday at 09:30.", "2025-06-20"),
        # a body's sitting past an aside, and what closes on its day, are ahead
        (
            "The hospital's supervisory board, chaired by the mayor, meets on Thursday.",
            "2025-06-26",
        ),
        ("The transfer window closes at 7pm on Monday.", "2025-06-30"),
        (
            "The central bank cut its main interest rate by 25 basis points on Wednesday.",
            "2025-06-25",
        ),
        # a season as its months, a winter into the next year
        ("Last winter, the port froze for a month.", "2024-12/2025-02"),
        ("The plant opened in the summer of 2020.", "2020-06/2020-08"),
        # a thing named for its season is no date
        ("The cuts appear in the spring memorandum, published in April.", "2025-04"),
    ],
)
def test_spoken_dates_date_events(sentence: str, edtf: str) -> None:
    [event] = extract(f"Headline\n\n{sentence}", "2025-06-25", today=TODAY).events
    assert event.date == edtf


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # six weeks on, not eleven months back; twelve days on, not a year back
        ("The summit on 19–20 March is pencilled in for the budget.", "2026-02-05",
         "2026-03-19/2026-03-20"),
        ("The union has called a tractor protest in Paris on 15 December.", "2025-12-03",
         "2025-12-15"),
        ("The consultation on the job cuts ends on 31 March.", "2025-03-21", "2025-03-31"),
        # the past is favoured: two weeks back, or half a year either way
        ("The consultation on the job cuts ended on 28 May.", "2025-06-10", "2025-05-28"),
        ("The protest in Paris on 2 January drew thousands.", "2025-07-01", "2025-01-02"),
        # a schedule in the present tense looks ahead
        ("The EU's safeguard on steel imports expires on June 30.", "2026-01-16", "2026-06-30"),
        # (every schedule word: 'closes', 'begins', 'opens', past words between)
        ("The regulator's consultation on its proposed rules closes on 6 March.",
         "2026-02-12", "2026-03-06"),
        # a sentence about what is ahead still names a month just past, if far nearer
        ("The unions will suspend the protests called after the strike in late October.",
         "2025-12-03", "2025-10-21/2025-10-31"),
    ],
)  # fmt: skip
def test_a_month_with_no_year_is_its_nearest(sentence: str, published: str, edtf: str) -> None:
    [event] = extract(f"Headline\n\n{sentence}", published, today=date(2026, 12, 1)).events
    assert event.date == edtf


def test_what_was_said_on_a_day_is_no_event() -> None:
    proposals = extract(
        "Headline\n\nThe minister said on Tuesday that the plan would go ahead.",
        "2025-03-20",
        today=date(2025, 6, 30),
    )
    assert proposals.events == []


def test_a_plan_after_a_past_event_does_not_move_its_date_ahead() -> None:
    text = "Headline\n\nThe strike entered its second week on Monday, with no talks scheduled."
    [event] = extract(text, "2025-03-12", today=date(2025, 6, 1)).events
    assert event.date == "2025-03-10"


def test_a_quotation_split_by_its_tag_reads_as_it_was_said() -> None:
    # The comma before a tag stands for a full stop when the words go on with a
    # new sentence, and stays when they go on with the same one.
    q = one('"This is a turning point for the port," said Mette Lund. "We start in June."')
    assert q.text == "This is a turning point for the port. We start in June."
    q = one('"This is a turning point," said Mette Lund, "for the port and for us."')
    assert q.text == "This is a turning point, for the port and for us."


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("La fédération maintient son appel à la grève dans les ports le 29 janvier.",
         "2026-01-15", "2026-01-29"),
        ("Le projet de loi a été présenté en conseil des ministres à la mi-décembre.",
         "2026-01-15", "2025-12-11/2025-12-20"),
        ("Une réunion à huis clos s'est tenue au ministère mardi dernier.", "2026-01-15",
         "2026-01-13"),
        ("Die Konferenz der Ministerpräsidenten soll im Juni stattfinden.", "2025-05-08",
         "2025-06"),
        ("In einem Vermerk von Ende April warnen Beamte vor der Aufstockung.", "2025-05-08",
         "2025-04-21/2025-04-30"),
        ("Bei einem Treffen am vergangenen Dienstag sagte das Kanzleramt Geld zu.",
         "2025-05-08", "2025-05-06"),
        ("Die Reform wurde im Jahr 2024 vom Bundestag beschlossen.", "2025-05-08", "2024"),
        ("Spätestens bei den Haushaltsberatungen im Juni zeigt sich, ob das Geld da ist.",
         "2026-04-17", "2026-06"),
        ("Interrogé jeudi sur France Info, le ministre a tenu un autre discours.", "2026-05-22",
         "2026-05-21"),
        ("La précédente réforme, entrée en vigueur en 2023, a réduit la durée.", "2026-05-22",
         "2023"),
    ],
)  # fmt: skip
def test_french_and_german_dates_date_events(sentence: str, published: str, edtf: str) -> None:
    [event] = extract(f"Titel\n\n{sentence}", published, today=date(2026, 12, 1)).events
    assert event.date == edtf


def test_german_hier_is_here_not_yesterday() -> None:
    text = "Titel\n\nDie Sitzung der Länder und des Bundes findet hier statt, sagte er."
    assert extract(text, "2025-05-08", today=date(2026, 12, 1)).events == []


def test_what_someone_said_must_be_is_no_plan() -> None:
    events = extract(
        "Headline\n\nThe port must be dredged first, the minister said on Monday at a rally.",
        "2025-06-10",
        today=TODAY,
    ).events
    assert [e.date for e in events] == ["2025-06-09"]


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # 'last Monday' said on a Tuesday is not yesterday but the Monday before
        ("The summit opened in Antalya last Monday.", "2026-11-17", "2026-11-09"),
        ("The summit opened in Antalya last Friday.", "2026-11-17", "2026-11-13"),
        # a happening named by its year
        ("He wants to avoid a repeat of the clashes of 2022.", "2026-09-10", "2022"),
    ],
)
def test_last_weekday_and_happenings_of_a_year(sentence: str, published: str, edtf: str) -> None:
    events = extract("Headline\n\n" + sentence, published, today=date(2026, 11, 25)).events
    assert [e.date for e in events] == [edtf]


@pytest.mark.parametrize(
    ("sentence", "published", "edtfs"),
    [
        # a year before what it dates: 'the', 'its' and 'their' too (not a year that only
        # names what it is of: 'the 2026 budget')
        ("The 2018 fire at Mati killed more than a hundred people.", "2025-07-24", ["2018"]),
        (
            "The state parliament is scheduled to adopt the 2026 budget in mid-December.",
            "2025-11-20",
            ["2025-12-11/2025-12-20"],
        ),
        # thirds of a year, and a month named by a body's meeting
        ("Residents moved into the 28-storey tower in late 2024.", "2025-12-04",
         ["2024-09/2024-12"]),
        ("Pellow asked her to wait until the board's December meeting.", "2025-12-20",
         ["2025-12"]),
        # a stay, a trip to a body, a private word, a departure, a date set aside
        ("I was in Berlin in March.", "2026-05-12", ["2026-03"]),
        ("Cabinet approved the final draft on 28 April, and it will go to the National "
         "Assembly in June.", "2026-05-12", ["2026-04-28", "2026-06"]),
        ("The chairman sat in this office last month and told me privately that they will "
         "close this year.", "2026-05-12", ["2026-04"]),
        ("The inaugural departure leaves Vienna Hauptbahnhof on Thursday 12 June 2025.",
         "2025-03-18", ["2025-06-12"]),
        ("Elizondo told local radio on Friday that he was calm.", "2025-06-23",
         ["2025-06-20"]),
        ("The register would go live on 1 September.", "2026-02-05", ["2026-09-01"]),
        ("Justice Holloway has set aside 19 December for closing submissions.", "2025-12-04",
         ["2025-12-19"]),
        # what is called for a weekday is ahead; 'this Sunday' is this week's
        ("The union has called an assembly for Friday to decide on action.", "2026-09-03",
         ["2026-09-04"]),
        # the day a live blog tells of: hours ago, at lunchtime (days ago stay days ago)
        ("Aalto was uncompromising at his press conference a couple of hours ago.",
         "2025-11-21", ["2025-11-21"]),
        ("We have a copy of a note the presidency circulated to heads of delegation at "
         "lunchtime.", "2025-11-21", ["2025-11-21"]),
        ("The minister resigned two days ago.", "2025-11-21", ["2025-11-19"]),
        ("Restrepo said at a side event on the Amazon this afternoon that the forest was at "
         "risk.", "2025-11-21", ["2025-11-21"]),
        # a post on a platform on its day
        ("Ferraz has said nothing in public, though on Thursday he posted a photograph on "
         "Instagram.", "2025-08-29", ["2025-08-28"]),
        # ... and so is what is for a day's fixture, not its attack
        ("His agent warned that he had left and would refuse to be selected for Saturday's "
         "home game against Harlow Town.", "2025-08-29", ["2025-08-30"]),
        ("He was jailed for Monday's attack on the embassy.", "2025-08-29", ["2025-08-25"]),
        # ... or what leads up to it, or sees it near
        ("With Wednesday’s debate approaching, the campaign has struggled to stay on "
         "message.", "2016-10-18", ["2016-10-19"]),
        ("Ahead of Sunday's vote, the party held rallies in every district.", "2016-10-18",
         ["2016-10-23"]),
        ("Polls ahead of last Sunday's vote showed him trailing.", "2016-10-18",
         ["2016-10-16"]),
        # a call to the paper that went unanswered is no happening; the rest may tell one
        ("Mr. Baxter did not return a call seeking comment Tuesday.", "2025-07-09", []),
        ("The board met on Monday but did not respond to the offer.", "2025-07-09",
         ["2025-07-07"]),
        # a post on a platform, named as such
        ("In a Facebook post late Tuesday, he wrote: “If the Palace has the money, so do we.”",
         "2026-03-04", ["2026-03-03"]),
        # a bound is no date: 'more than 15 years ago'
        ("Mackerel began shifting north more than 15 years ago as the sea warmed.",
         "2025-02-12", []),
        # a company's figures reported on a day
        ("The developer reported the loss on Wednesday, against a profit a year earlier.",
         "2025-11-06", ["2025-11-05"]),
        # a clause of its own ahead after one in the past
        ("The 48-hour stoppage began at 4am, and no trams will run until 4am on Saturday.",
         "2025-08-14", ["2025-08-16"]),
        # a month's short name is a whole word: not the 'Mar' of 'in Marrakech'
        ("The election will be held at the congress in Marrakech on 22 November.",
         "2025-09-13", ["2025-11-22"]),
        ("The club has organized a public meeting at the Legion hall this Sunday.",
         "2026-10-15", ["2026-10-18"]),
        # inner happenings with dates of their own
        ("She spoke to the Journal on Friday, days before she leaves for the World Hydrogen "
         "Summit in Rotterdam next week.", "2026-05-12", ["2026-05-08", "2026-05-18/2026-05-24"]),
        ("Vik told colleagues at a closed-door meeting in early January that the curbs were "
         "the price of support for the budget revision due in May.", "2026-01-14",
         ["2026-01-01/2026-01-10", "2026-05"]),
        ("The carmaker said on 14 May it was calm, citing the tariff on imported vehicles "
         "that took effect in April.", "2025-06-23", ["2025-05-14", "2025-04"]),
        ("The minister's office said Wednesday that the town could apply to the fund, whose "
         "next intake closes Nov. 30.", "2026-10-15", ["2026-11-30"]),
        ("The bill would go to committee in late February, with report and final stages "
         "scheduled for the end of March.", "2026-02-05", ["2026-03-21/2026-03-31"]),
        ("The arena, built in 1958 by volunteers as a memorial, last had major roof repairs "
         "in 2011.", "2026-10-15", ["2011", "1958"]),
        # sales, registration, cross-examination; a committee; what is expected of a thing
        # dated before
        ("Ticket sales open at 10:00 CET on Tuesday 1 April 2025.", "2025-03-18",
         ["2025-04-01"]),
        ("Please register with the press office by 16 May.", "2025-03-18", ["2025-05-16"]),
        ("Cross-examination of Ms Tan will continue on Monday.", "2025-12-04", ["2025-12-08"]),
        ("The bill would then go to the housing committee in late February.", "2026-02-05",
         ["2026-02-21/2026-02-28"]),
        # a happening planned is ahead; what opens or closes for entries; 'until 2032'
        ("The group plans a rally on the courthouse square on Saturday.", "2025-12-11",
         ["2025-12-13"]),
        ("Nominations close on 1 August.", "2025-06-17", ["2025-08-01"]),
        # a body's act told with 'It' (not the weather: 'It rained on Monday')
        ("It carried 1.9 million passengers in 2024.", "2025-03-18", ["2024"]),
        ("It rained in Vienna on Monday.", "2025-03-18", []),
        ("Under the deals, which run until 2032, the royalty is passed on.", "2026-03-12",
         ["2032"]),
        ("The utility plans a citizens' information evening in the town hall on 6 May.",
         "2026-04-22", ["2026-05-06"]),
        ("The forecaster says the heatwave that has gripped Greece since last Friday is "
         "expected to peak on Sunday.", "2025-07-24", ["2025-07-18", "2025-07-27"]),
    ],
)  # fmt: skip
def test_more_happenings_and_the_dates_of_their_clauses(
    sentence: str, published: str, edtfs: list[str]
) -> None:
    events = extract("Headline\n\n" + sentence, published, today=date(2026, 11, 25)).events
    assert [e.date for e in events] == edtfs


def test_a_day_alone_takes_the_year_of_the_day_of_its_month_told_before() -> None:
    text = (
        "Headline\n\nThe fire chief said the deputy minister phoned him on July 14, 2025, as "
        "the fire approached.\n\nThe fire had started three days earlier, on July 11, from a "
        "lightning strike in the hills."
    )
    events = extract(text, "2026-11-18", today=date(2026, 11, 25)).events
    assert [e.date for e in events] == ["2025-07-14", "2025-07-11"]


def test_a_day_the_words_put_ahead_is_not_in_the_year_of_a_story_told_before() -> None:
    text = (
        "Headline\n\nThe pipeline was halted on 25 March 2023, after an arbitration ruling."
        "\n\nThree dates are worth watching. OPEC+ ministers meet on 3 March, and any restart "
        "would have to fit within the quota."
    )
    events = extract(text, "2025-02-27", today=date(2026, 11, 25)).events
    assert [e.date for e in events] == ["2023-03-25", "2025-03-03"]


def test_a_day_before_the_year_told_later_in_its_paragraph_keeps_its_own_year() -> None:
    text = (
        "Headline\n\nThe bill, which the government sent to Congress on Jan. 12, would raise "
        "the royalty. If it clears the Senate the new rates would take effect on Jan. 1, 2027."
    )
    events = extract(text, "2026-03-12", today=date(2026, 11, 25)).events
    assert [e.date for e in events] == ["2026-01-12", "2027-01-01"]


def test_an_editions_masthead_is_no_headline() -> None:
    from backchannel.extract.article import read_article

    article = read_article(
        "La Voz del Litoral — English edition\n\nSanta Fe will take the toll to court\n\n"
        "Governor Echeverría says the government broke a promise.\n\nBy Lucía Barrionuevo\n\n"
        "The province will go to court next week, the governor said on Wednesday.",
        date(2026, 9, 3),
    )
    assert article.masthead == "La Voz del Litoral — English edition"
    assert article.title == "Santa Fe will take the toll to court"


def test_a_verb_in_the_past_keeps_its_month_past_past_a_place_between() -> None:
    # said in late November: the January just ahead is nearer, but she resigned
    [event] = extract(
        "Headline\n\nLunde resigned from the company in January.",
        "2025-11-27",
        today=date(2025, 12, 1),
    ).events
    assert event.date == "2025-01"


@pytest.mark.parametrize(
    ("sentence", "published", "edtfs"),
    [
        # a list of acts, each with its day
        ("The commission published its shortlist on 12 January, held interviews from 2 to 6 "
         "February and sent its list to the president on 13 February.", "2026-03-14",
         ["2026-01-12", "2026-02-02/2026-02-06", "2026-02-13"]),
        # a happening since which another is told
        ("Figures published late last month showed the boards heading for their largest "
         "overspend since they were created in July 2022.", "2026-03-14",
         ["2026-02-21/2026-02-28", "2022-07"]),
        # a second act with a day of its own, no year
        ("The agreement was signed in December 2022 and expired on 30 November.", "2025-12-05",
         ["2022-12", "2025-11-30"]),
        # what was said on a day, of a happening to come
        ("Park Seong-min said on Friday that his committee would vote on the bill later this "
         "month.", "2026-03-14", ["2026-03"]),
        # a condition's date is no happening's
        ("If the Assembly passes it this year, the first designations would take effect in "
         "July 2026.", "2025-11-01", ["2026-07"]),
        # a year that owns a thing is no date
        ("Joint teams began this year's flow readings at Farakka on 1 January.", "2026-01-12",
         ["2026-01-01"]),
        # what kicks off or applies from a day is ahead
        ("The Pacific Nations Cup kicks off in late August.", "2026-03-14",
         ["2026-08-21/2026-08-31"]),
        ("The EU Pact on Migration and Asylum will apply from 12 June 2026.", "2026-03-14",
         ["2026-06-12"]),
        ("“The reforms are not optional,” he said in a video statement on Tuesday.", "2026-03-14",
         ["2026-03-10"]),
        # what one hopes or plans to do
        ("The government hopes to sign a contract in late May, ahead of the NATO summit in "
         "Ankara in July.", "2026-03-14", ["2026-05-21/2026-05-31", "2026-07"]),
        ("The ministry plans to send the bill to parliament in early May.", "2026-03-14",
         ["2026-05-01/2026-05-10"]),
        ("The two sides want to conclude a deal by the end of the year.", "2025-09-10",
         ["2025-12"]),
        ("The mediator said he hoped to hand a final text to both delegations by Friday.",
         "2025-12-03", ["2025-12-05"]),
        # a day told from today after a year is no day of that year's
        ("Versions of the bill stalled in 2023 and again last year amid opposition.",
         "2026-02-17", ["2023", "2025"]),
        # a happening after it, what befell one named, another's act to come
        ("The next decision is scheduled for 18 December, with a further meeting in late "
         "January.", "2025-11-13", ["2025-12-18", "2026-01-21/2026-01-31"]),
        ("Three cases are confirmed, among them a 34-year-old man who died on 9 September.",
         "2025-09-18", ["2025-09-09"]),
        ("Collation at ward level will begin tonight and state collation will open at 10:00 "
         "tomorrow.", "2026-08-22", ["2026-08-22", "2026-08-23"]),
        # many who meet, in the present, and a day aimed at: ahead
        ("SADC heads of state meet for their annual summit in August.", "2026-03",
         ["2026-08"]),
        ("So our target is 17 August.", "2026-03", ["2026-08-17"]),
        # a state declared
        ("Chile declared a water scarcity emergency across the Antofagasta region in 2024.",
         "2026-03", ["2024"]),
        # a month to come after a year told in an aside
        ("Marcus Bell, who has opposed the board since it was created in 2021, told us he "
         "would introduce a bill in January.", "2025-10-10", ["2021", "2026-01"]),
        ("The ferry sank in 2019, after it was sold in May.", "2025-10-10", ["2019"]),
        # the night before a day told
        ("The move was agreed at a dinner in Colombo the night before Friday's vote.",
         "2025-12-16", ["2025-12-12", "2025-12-11"]),
        # years from one to another
        ("The trial was held in 24 neighbourhoods between 2021 and 2024.", "2025-06-12",
         ["2021/2024"]),
        # a meeting in the present before its day, after a day told in the past
        ("Oil prices rose on Tuesday on signs that OPEC+ will pause when eight of its members "
         "meet on Sunday, with one delegate saying that Saudi Arabia had argued against it.",
         "2025-09-02", ["2025-09-02", "2025-09-07"]),
    ],
)  # fmt: skip
def test_happenings_of_a_sentence_each_with_its_own_date(
    sentence: str, published: str, edtfs: list[str]
) -> None:
    events = extract(f"Headline\n\n{sentence}", published, today=date(2026, 12, 1)).events
    assert [e.date for e in events] == edtfs


def test_days_counted_back_from_the_day_told_paragraphs_before() -> None:
    text = (
        "Headline\n\nAnna Lind told the finance committee on Tuesday that rates would hold.\n\n"
        "“Patience is a policy,” she told MPs.\n\n"
        "Yet at a meeting with the finance minister a week earlier, Lind said a cut was near.\n\n"
        "Three days earlier, on 28 October, the board had met in Uppsala."
    )
    events = extract(text, "2025-11-13", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2025-11-11", "2025-11-04", "2025-10-28"]


def test_the_following_week_counts_a_week_on_from_the_day_told() -> None:
    text = (
        "Headline\n\nAn internal memo dated 5 January instructs managers to prioritise records."
        "\n\nOh Sang-cheol went further in a series of text messages to supervisors the "
        "following week."
    )
    events = extract(text, "2026-02-10", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2026-01-05", "2026-01-12"]


def test_a_range_told_with_weekdays_is_one_span() -> None:
    text = "Headline\n\nThe talks will be held from Friday 17 April to Sunday 26 April in Rabat."
    events = extract(text, "2026-03-01", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2026-04-17/2026-04-26"]


def test_that_year_is_the_year_the_story_told_last() -> None:
    text = (
        "Headline\n\nThe plant was closed in March 2019. By December that year, it had been "
        "sold.\n\nLater that year, the owners were arrested in Lagos.\n\n"
        "The deal was signed in October. Earlier that year, talks collapsed."
    )
    events = extract(text, "2026-03-01", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2019-03", "2019-12", "2019", "2025-10", "2025"]
    # with no year told before it, 'later that year' dates nothing
    alone = extract("Headline\n\nLater that year, talks collapsed.", "2026-03-01").events
    assert alone == []


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Prosecutors charged Milovanovic and four officials in March 2019.", "2019-03"),
        ("The committee will reconvene on 14 February.", "2026-02-14"),
        ("The winner takes office on 6 December.", "2025-12-06"),
        # a year that only names what it is of: the squad's, not the day's
        ("The team will present its 2025 squad in Athens on 31 January.", "2026-01-31"),
        ("Parliament approved the 2025 state budget last Friday.", "2025-10-24"),
        # a body's plenary in the present is ahead
        ("The council's plenary meets on Tuesday.", "2025-10-28"),
    ],
)
def test_courts_offices_and_a_squad_s_year(sentence: str, edtf: str) -> None:
    events = extract("Headline\n\n" + sentence, "2025-10-26", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == [edtf]


def test_a_month_s_end_a_year_before_an_interview_and_a_second_act_to_come() -> None:
    text = (
        "Headline\n\nHe said a fact-finding team would submit its report by the end of the "
        "month.\n\nHe told the sports daily Sportski Glas in a 2012 interview that he would "
        "stay.\n\nShe said the port authority expected to begin construction in April next "
        "year and to open the first berth in 2029.\n\nThe contract, signed in late January, "
        "covers vaccines for a national campaign due to start in October."
    )
    events = extract(text, "2026-02-10", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == [
        "2026-02-21/2026-02-28",
        "2012",
        "2027-04",
        "2029",
        "2026-01-21/2026-01-31",
        "2026-10",
    ]


def test_the_same_evening_and_a_third_of_a_month_last_year() -> None:
    text = (
        "Headline\n\nThe governor said on Wednesday the fire was under control.\n\n"
        "But at a closed-door meeting with village heads the same evening, the governor "
        "struck a more cautious note.\n\nThe blaze is the largest since a fire in late July "
        "last year burned about 1,200 hectares near Ula."
    )
    events = extract(text, "2025-08-07", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2025-08-06", "2025-08-06", "2024-07-21/2024-07-31"]


def test_a_day_in_words_as_a_transcript_says_it() -> None:
    text = (
        "Headline\n\nOn the fourteenth, the board met and voted to pause the trial.\n\n"
        "The board meets again on the second of September.\n\n"
        "The office is on the second floor, and the talks were held on Monday."
    )
    events = extract(text, "2025-08-21", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2025-08-14", "2025-09-02", "2025-08-18"]


def test_a_happening_since_which_another_is_told_is_its_own() -> None:
    text = (
        "Headline\n\nBellido, a civil engineer who joined the ministry in 2019, has overseen "
        "the port works since the project's first phase opened in December 2023."
    )
    events = extract(text, "2025-10-10", today=date(2026, 12, 1)).events
    assert [e.date for e in events] == ["2019", "2023-12"]


def test_a_hard_wrapped_top_still_gives_its_date_line() -> None:
    text = (
        "DELTA DISPATCH -- South Asia water and diplomacy, plain-text edition\n"
        "Monday, 12 January 2026\n"
        "INDIA PRIVATELY SIGNALS GANGES TREATY ROLLOVER\n\n"
        + "The commission met in Dhaka on Friday and agreed to meet again before the\n"
        "monsoon, officials from both countries said after the two days of talks.\n" * 4
    )
    assert extract(text, today=date(2026, 12, 1)).published == "2026-01-12"
    # a sentence that mentions a date is no date line
    said = "Port deal collapses\n\nThe talks ended on 12 May 2025.\n\nThe minister said so."
    assert extract(said, today=date(2026, 12, 1)).published is None


def test_review_fixes_in_dates() -> None:
    # a dash paragraph does not hide the date line the top gives
    text = (
        "News › Politics\n5.3.2026 at 06:30 | Updated 09:15\n\nHeadline of the story\n\n"
        "- a point made in a list\n\nThe minister said the plan was dead."
    )
    assert extract(text, today=date(2026, 12, 1)).published == "2026-03-05"
    # 'due to attend' looks ahead; 'due to the …' is a cause
    ahead = extract("Headline\n\nThe minister is due to attend the summit in June.", "2024-07-20")
    assert [e.date for e in ahead.events] == ["2025-06"]
    # the end of February in a year with no 29 February
    leap = extract(
        "Headline\n\nThe plant was closed in March 2019. By the end of February that year, "
        "it had been sold.",
        "2024-07-20",
    )
    assert [e.date for e in leap.events] == ["2019-03", "2019-02-21/2019-02-28"]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Survey work will begin in spring 2026 with the national authorities.", "2026-03/2026-05"),
        ("In autumn 2024, the plant closed for good.", "2024-09/2024-11"),
        ("An investor presentation will take place in London on 14 October.", "2025-10-14"),
        ("It follows the completion in July of a feasibility study.", "2025-07"),
    ],
)
def test_a_season_with_its_year_a_presentation_and_a_completion_are_dated(
    sentence: str, edtf: str
) -> None:
    events = extract("Headline\n\n" + sentence, "2025-09-30", today=date(2026, 11, 25)).events
    assert [e.date for e in events] == [edtf]


@pytest.mark.parametrize(
    "sentence",
    [
        "The department will publish updated rules in June.",
        "The department is expected to publish updated rules for advanced AI chips in June.",
    ],
)
def test_an_adjective_in_ed_does_not_make_a_month_ahead_a_past_one(sentence: str) -> None:
    assert [d for d, _ in dated(sentence, "2025-04-23")] == ["2025-06"]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("The appeal was heard in Lausanne in mid-November.", "2024-11-11/2024-11-20"),
        ("The painting was stolen from the museum on 3 March.", "2025-03-03"),
    ],
)
def test_an_irregular_passive_past_tells_a_happening(sentence: str, edtf: str) -> None:
    assert [d for d, _ in dated(sentence, "2025-04-23")] == [edtf]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("In a livestream on 4 May, Lepik called the leadership cowards.", "2025-05-04"),
        ("On her podcast on 11 May, Sepp called the board cowards.", "2025-05-11"),
        ("At a roundtable in Baku on 29 January, Hasanli demanded signatures.", "2025-01-29"),
        (
            "Kestrel, a company founded in 2022 that now manages 19 tankers, kept oil flowing.",
            "2022",
        ),
    ],
)
def test_more_happenings_in_general(sentence: str, edtf: str) -> None:
    assert [d for d, _ in dated(sentence, "2025-06-10")] == [edtf]


def test_a_timeline_box_dates_each_entry_by_the_date_it_opens_on() -> None:
    found = extract(
        "Pension vote looms\n\nThe Senate votes on Monday.\n\nTimeline\n"
        "• 2019: The Department of Finance first warns that pensions are unsustainable.\n"
        "• November 2025: The House passes its version of the bill, 212-31.\n"
        "• February 12, 2026: The Senate finance committee approves the bill with amendments.",
        "2026-03-04",
    ).events
    assert [(e.date, e.text[:30]) for e in found][-3:] == [
        ("2019", "2019: The Department of Financ"),
        ("2025-11", "November 2025: The House passe"),
        ("2026-02-12", "February 12, 2026: The Senate "),
    ]


def test_captions_and_editors_notes_are_the_pages_not_happenings() -> None:
    found = extract(
        "Strike vote\n\nThe strike began on Monday.\n\n"
        "Photo: Local 412 members line up to vote at the union hall on Sunday.\n\n"
        "[PHOTO: Former President Curtis Maddox arrives at the courthouse on Tuesday.]\n\n"
        "This article was updated at 15:05 UTC to include comment from the union.\n\n"
        "Correction, Nov. 27, 16:30: An earlier version of this article misstated the rate.\n\n"
        "Update: The minister resigned on Tuesday.",
        "2025-12-03",
    ).events
    assert [(e.date, e.text) for e in found] == [
        ("2025-12-01", "The strike began on Monday."),
        ("2025-12-02", "Update: The minister resigned on Tuesday."),
    ]


def test_an_agenda_box_dates_each_entry_by_its_nearest_day() -> None:
    # no year, whatever the tense, a bare noun too; the nearest such day either way
    found = extract(
        "Budget week\n\nThe Treasury is saying nothing.\n\nThe week ahead\n"
        "- Mon 24 Nov: Ashdown gives evidence to the housing select committee, 2.30pm.\n"
        "- Wed 26 Nov: Budget day.\n"
        "- By May 14: Governor's revision of the budget.\n"
        "- Late October: Hartwell interim results.\n"
        "- 31 August – Deadline for the refinery agreement.",
        "2025-11-20",
    ).events
    assert [(e.date, e.text[:16]) for e in found] == [
        ("2025-11-24", "Mon 24 Nov: Ashd"),
        ("2025-11-26", "Wed 26 Nov: Budg"),
        ("2026-05-14", "By May 14: Gover"),
        ("2025-10-21/2025-10-31", "Late October: Ha"),
        ("2025-08-31", "31 August – Dead"),
    ]


def test_a_standfirst_over_a_byline_posted_at_a_time_proposes_nothing() -> None:
    found = extract(
        "Politics\n\nCouncil approves fire station sale\n\nThe mayor privately backed it, "
        "sources say, while publicly calling it a last resort\n\nKristen Ahn · Island News · "
        "Posted: Jan 21, 2026 4:00 AM ET | Last Updated: January 21\n\nThe council voted on "
        "Tuesday. The mayor said it was a last resort.",
        today=date(2026, 11, 25),
    ).quotes
    assert [q.text for q in found] == ["The mayor said it was a last resort"]


def test_a_masthead_over_a_one_word_section_is_no_headline() -> None:
    text = (
        "The Waikato Record\nHealth\n\n"
        "Kaimaru Hospital rebuild shelved – but Minister privately told MPs it would return\n\n"
        "Hemi Walker\nHealth reporter\nWednesday 15 July 2026, 5:00am\n\n"
        "The rebuild of Kaimaru Hospital has been pushed back, documents show.\n\n"
        "“It is a timing thing,” one MP said."
    )
    result = extract(text, "2026-07-15", today=date(2026, 7, 20))
    assert result.article.title.startswith("Kaimaru Hospital rebuild shelved")
    assert [q.text for q in result.quotes] == ["It is a timing thing,"]


def test_a_date_line_with_pipes_marks_the_standfirst_above_it() -> None:
    text = (
        "Football regulator hearing on Thamesmead Athletic takeover – live\n\n"
        "Independent Football Regulator questions Blackridge Capital over funding as fans "
        "protest outside; club faces 30 June licence deadline\n\n"
        "The Northern Post | Sport | Thu 21 May 2026 | Last updated 17:42 BST\n\n"
        "The hearing resumes at 10am tomorrow, the panel's chair said."
    )
    result = extract(text, "2026-05-21", today=date(2026, 5, 30))
    first, *rest = result.article.paragraphs
    assert first.standfirst
    assert [p.text for p in rest] == [
        "The hearing resumes at 10am tomorrow, the panel's chair said."
    ]


def test_a_note_on_where_the_report_first_ran_is_no_event() -> None:
    text = (
        "Court quashes pipeline approval\n\n"
        "The Federal Court of Appeal on Wednesday quashed the approval, the court said.\n\n"
        "This report by The Dominion Newswire was first published Aug. 27, 2026."
    )
    result = extract(text, "2026-08-27", today=date(2026, 9, 1))
    assert all("first published" not in e.text for e in result.events)
    assert all("first published" not in p.text for p in result.article.paragraphs)


def test_today_s_as_the_present_day_s_dates_nothing() -> None:
    text = (
        "Headline\n\nStaff have since worked around leaking roofs and an emergency department "
        "designed for a fraction of today’s patient numbers."
    )
    assert not extract(text, "2025-06-25", today=TODAY).events


#: A newsletter with no headline: a masthead, a byline with its date, a bar of links
NEWSLETTER = (
    "ROND-POINT BRUSSELS\n"
    "By CAMILLE VERHOEVEN | Thursday 18 June 2026\n"
    "Send tips here | Subscribe for free | View in your browser\n\n"
    "Good morning and welcome to Rond-Point. The budget fight is about to get ugly.\n\n"
    "“The numbers are on the table,” Henrik Dalsgaard told MEPs on Monday."
)


def test_a_newsletter_s_byline_and_bar_of_links_are_no_headline() -> None:
    result = extract(NEWSLETTER, "", today=date(2026, 6, 30))
    assert result.article.title == ""
    assert result.published == "2026-06-18"


def test_a_school_closed_on_a_day_that_reopens_on_another_is_ahead_past_its_aside() -> None:
    text = "Headline\n\nThe school, which closed on June 6, reopens on Monday with staff at home."
    dates = [e.date for e in extract(text, "2025-06-25").events]
    assert "2025-06-30" in dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people told Sunday Highveld that Radebe met Mabuza over lunch on Tuesday.",
        "The Sunday Times reported that Radebe met Mabuza over lunch on Tuesday.",
    ],
)
def test_a_paper_named_for_a_day_is_no_date(sentence: str) -> None:
    dates = [e.date for e in extract("Headline\n\n" + sentence, "2025-08-24").events]
    assert dates == ["2025-08-19"]


def test_a_fixture_then_another_are_two_happenings() -> None:
    sentence = (
        "Rovers travel to Aberlour United on Wednesday night, then host Portsoy Academicals on "
        "Saturday 21 June before the break."
    )
    assert dated(sentence, "2025-06-14") == [("2025-06-18", sentence), ("2025-06-21", sentence)]


def test_a_year_after_for_dates_only_what_is_planned_for_it() -> None:
    assert dated("The budget for 2027 was cut by the council.", "2025-06-10") == []
    assert dated("The fund paid for 2024 audits out of reserves.", "2025-06-10") == []


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # a rule's start in the present: the coming one, not last year's
        ("The surcharge, worth about £40 a household, takes effect on July 1.", "2026-02-10",
         "2026-07-01"),
        ("The new code comes into force on 1 September.", "2026-03-20", "2026-09-01"),
        # a schedule in a clause of its own, after a past
        ("Its fate was meant to be settled at the council's budget session, which begins on "
         "Monday.", "2025-08-28", "2025-09-01"),
        # what is expected, after a clause of its own: not a verb in the past
        ("The deal clears the way for a payout once the board signs off, expected in March.",
         "2026-01-20", "2026-03"),
        # a past before 'would', or after its day, is no past of the day's own
        ("Nina Grewal, who founded the campaign after her son was born at the unit, said the "
         "group would hold a march on Saturday and was seeking legal advice.", "2026-04-15",
         "2026-04-18"),
    ],
)  # fmt: skip
def test_a_start_in_the_present_or_a_day_expected_looks_ahead(
    sentence: str, published: str, edtf: str
) -> None:
    [event] = extract(f"Headline\n\n{sentence}", published, today=date(2026, 12, 1)).events
    assert event.date == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("The trust's board will vote next Thursday, 23 April, on the proposals.", "2026-04-23"),
        ("The board met last Monday, 6 April, to discuss the unit.", "2026-04-06"),
        # a walkout that goes on until a day: ahead
        ("The walkout continues until 7am on Friday.", "2026-04-17"),
    ],
)
def test_a_weekday_told_from_today_then_its_date_and_a_walkout_s_end(
    sentence: str, edtf: str
) -> None:
    [event] = extract(f"Headline\n\n{sentence}", "2026-04-15", today=date(2026, 12, 1)).events
    assert event.date == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # the end of a time one has, or of a warning, runs on ahead
        ("The Commission now has 90 working days, until 30 July, to decide whether to clear "
         "the deal.",
         "2026-07-30"),
        ("The Met Office has extended its amber wind warning until 6am on Sunday.",
         "2026-03-22"),
        # ... unless the clause is told in the past
        ("The border crossing was closed until Sunday.", "2026-03-15"),
        ("Protesters occupied the square until Sunday.", "2026-03-15"),
        # 'will', contracted
        ("We'll hold a special meeting on Monday to accept the grant.", "2026-03-23"),
        # a week after the coming Monday
        ("The council holds a special meeting on Monday week to accept the grant.",
         "2026-03-30"),
    ],
)  # fmt: skip
def test_a_time_one_has_until_a_day_a_contracted_will_and_monday_week_look_ahead(
    sentence: str, edtf: str
) -> None:
    [event] = extract(f"Headline\n\n{sentence}", "2026-03-19", today=date(2026, 12, 1)).events
    assert event.date == edtf


def test_what_an_act_sets_up_for_a_day_of_its_own_is_a_happening_ahead() -> None:
    def days(text: str, published: str) -> list[str]:
        events = extract(f"Headline\n\n{text}", published, today=date(2026, 12, 1)).events
        return [e.date for e in events]

    assert days(
        "A Delaware judge on Wednesday agreed to fast-track the lawsuit, setting a five-day "
        "trial for Jan. 12 and rejecting a request for a longer schedule.",
        "2025-10-23",
    ) == ["2025-10-22", "2026-01-12"]
    assert days(
        "Majority Leader Warren Pike has filed cloture on the House bill, setting up a test "
        "vote on Friday.",
        "2025-09-24",
    ) == ["2025-09-26"]


def test_a_term_that_ends_on_its_day_is_a_happening() -> None:
    [event] = extract(
        "Headline\n\nThe Legislature's final general-business floor period ends on March 19.",
        "2026-03-12",
        today=date(2026, 12, 1),
    ).events
    assert event.date == "2026-03-19"


def test_a_side_named_by_its_club_word_hosting_another_is_a_fixture() -> None:
    [event] = extract(
        "Headline\n\nHarbury Town host Millbrook Rovers at Mill Lane on Saturday, 3pm kick-off.",
        "2025-11-13",
        today=date(2026, 12, 1),
    ).events
    assert event.date == "2025-11-15"
    # any side's, its day right after its opponent
    [event] = extract(
        "Headline\n\nAshby host Dunmore on Tuesday night.", "2025-11-13", today=date(2026, 12, 1)
    ).events
    assert event.date == "2025-11-18"


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        ("He expects any challenge to go before the sports arbitration board, which could "
         "hear the case in late May.", "2026-04-09", "2026-05-21/2026-05-31"),
        ("The council set the farmgate price at 4,720 cedis per bag, effective from the start "
         "of the season on Oct. 1.", "2025-09-20", "2025-10-01"),
    ],
)  # fmt: skip
def test_a_case_heard_and_a_price_effective_from_a_day_are_happenings(
    sentence: str, published: str, edtf: str
) -> None:
    [event] = extract(f"Headline\n\n{sentence}", published, today=date(2026, 12, 1)).events
    assert event.date == edtf


def test_a_happening_dated_by_the_article_s_own_year_alone_is_no_event() -> None:
    def days(text: str) -> list[str]:
        found = extract(f"Headline\n\n{text}", "2025-09-10", today=date(2026, 12, 1)).events
        return [e.date for e in found]

    assert days("The two sides have clashed repeatedly this year.") == []
    assert days("The two sides clashed repeatedly in 2024.") == ["2024"]


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("In June the union walked out over pay.", "2025-06"),
        ("We agreed on tariffs in March, and in June they came back with new demands.",
         "2025-06"),
        # (ahead, as its verb says)
        ("In June the union will walk out over pay.", "2026-06"),
    ],
)  # fmt: skip
def test_a_month_put_first_then_a_verb_in_the_past_is_the_last_one(
    sentence: str, edtf: str
) -> None:
    found = extract(f"Headline\n\n{sentence}", "2026-03-09", today=date(2026, 12, 1)).events
    assert found[-1].date == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("The mood among directors has shifted since February, when the airline issued "
         "its second profit warning.", "2026-02"),
        # (behind, however near the coming August is)
        ("The bill has been stuck in the upper house since August, when the opposition "
         "voted to send it back to committee.", "2025-08"),
    ],
)  # fmt: skip
def test_the_month_a_span_began_is_dated_by_what_happened_then(sentence: str, edtf: str) -> None:
    [(day, _)] = dated(sentence, "2026-04-15", date(2026, 12, 1))
    assert day == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # evidence given to a committee, ahead as a schedule in the present
        ("- Thursday: Ms Pryce gives evidence to the Treasury select committee.",
         "2025-11-20"),
        ("Parliament rises for the year on December 4.", "2025-12-04"),
        ("Stainforth are at home to Low Fell Harriers next Saturday.", "2025-11-15"),
        ("Wednesday's publication of new grid-connection rules by the regulator belongs "
         "in that category.", "2025-11-12"),
        ("Steel for the first hull was cut at the yard in Gdansk on Monday.", "2025-11-10"),
        # what is open for entries closes ahead, whatever stands between
        ("Public submissions on the draft close on 20 March.", "2026-03-20"),
        # a clause of its own tells what happened, though its sentence tells a state
        ("It had been stuck in the upper house since August, when the opposition combined "
         "with two independents.", "2025-08"),
    ],
)  # fmt: skip
def test_evidence_a_recess_a_fixture_and_a_publication_are_happenings(
    sentence: str, edtf: str
) -> None:
    [(day, _)] = dated(sentence, "2025-11-14", date(2026, 12, 1))
    assert day == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        # awaited by a day is ahead, told in the past or not
        ("The ministry said results from tests on nearby herds were expected by Monday.",
         "2026-06-01"),
        # a fixture a day is set for, named before it
        ("The commission has listed the dispute for an urgent hearing at 10am on Friday.",
         "2026-05-29"),
        # (not a day told in the past with nothing awaited: the test ran last Monday)
        ("The ministry said tests on nearby herds were carried out on Monday.", "2026-05-25"),
        # a fixture one is called to
        ("The defence committee has called the minister to a closed hearing on Monday.",
         "2026-06-01"),
        ("The minister went to a closed hearing on Monday.", "2026-05-25"),
    ],
)  # fmt: skip
def test_what_is_awaited_by_a_day_or_listed_for_one_is_ahead(sentence: str, edtf: str) -> None:
    [(day, _)] = dated(sentence, "2026-05-28", date(2026, 12, 1))
    assert day == edtf


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("Congress passed one-year extensions of the 2018 law in November 2023.", "2023-11"),
        ("The museum, to which he donated the 1982 medal-winning violin in 2015, said it "
         "would mount a retrospective.", "2015"),
        ("The 1973 pipeline agreement expires in July.", "2026-07"),
    ],
)  # fmt: skip
def test_a_year_that_names_what_it_is_of_gives_way_to_the_happening_s_date(
    sentence: str, edtf: str
) -> None:
    assert dated(sentence, "2026-03-09", date(2026, 12, 1))[0][0] == edtf
