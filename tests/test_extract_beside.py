"""Reported speech that shares a sentence with a quotation or a relay, complement
clauses holding a quotation, and who a relative 'who' or a participle means."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes


def test_a_clause_after_said_may_hold_a_quotation_without_that() -> None:
    [q] = quotes("Mira Holt said her team “made a mistake” by reading the files.")
    assert q.speaker == "Mira Holt"
    assert q.kind == "indirect"
    assert "“made a mistake”" in q.text


def test_a_message_sent_speaks_for_its_sender() -> None:
    [q] = quotes(
        "On Monday, the Harbour Guild issued a statement saying it left the talks "
        "“because the terms were never on the table.”"
    )
    assert q.speaker == "Harbour Guild"
    assert q.text.startswith("saying it left the talks")


def test_who_after_a_name_is_that_person() -> None:
    [q] = quotes("The vote drew Tomas Brandt, a ferry pilot, who said the crossing was unsafe.")
    assert q.speaker == "Tomas Brandt"


def test_reported_speech_before_a_quotation_tag_is_a_statement_of_its_own() -> None:
    found = quotes(
        "Outside the town hall, Ilse Varga said it was too early to call the vote "
        "but added, “We know which way the wind blows.”"
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("indirect", "Ilse Varga"),
        ("direct", "Ilse Varga"),
    ]
    assert found[0].text.endswith("too early to call the vote")


def test_reported_speech_after_a_quotation_tag_is_a_statement_of_its_own() -> None:
    found = quotes(
        "“Checks are one thing,” Varga said on the radio, but she said she was being "
        "asked about letters written twenty years ago."
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("direct", "Varga"),
        ("indirect", "Varga"),
    ]


def test_a_relay_in_mid_clause_speaks_for_all_of_it() -> None:
    [q] = quotes(
        "The strike has worried the port board so much that it moved two managers "
        "and, according to dock workers, hired a new mediator."
    )
    assert q.speaker == "dock workers"
    assert q.text.startswith("The strike has worried")


def test_a_relay_may_name_documents() -> None:
    [q] = quotes(
        "The ferry line has more than 900 crew, most of them seasonal, according to court filings."
    )
    assert q.speaker == "court filings"


def test_a_possessive_does_not_make_a_name() -> None:
    found = quotes(
        "“Rules are rules,” Brandt said on Channel's Morning Desk, but he said the fines "
        "were far too high for small boats."
    )
    assert [q.speaker for q in found] == ["Brandt", "Brandt"]


def test_a_relay_before_or_after_a_quotation_names_its_speaker() -> None:
    found = quotes(
        "According to Lena Sperr of the Harbour Trust, “the port has moved cargo at night "
        "for years without telling anyone.”\n\n"
        "“The records cannot show who signed the orders,” according to a filing by port "
        "lawyer Dave Arnott."
    )
    assert [q.speaker for q in found] == ["Lena Sperr", "Dave Arnott"]


def test_a_newsletters_closing_per_is_a_relay() -> None:
    """'…, per two senators.' passes on what insiders said, in private; 'per cent' and a
    named outlet's relay are no private word."""
    found = quotes(
        "The ministry is weighing a new ferry subsidy, per two senators briefed on the "
        "plan.\n\n“We are not there yet,” per a senior aide.\n\n"
        "Fares rose 3 per cent last year, per the statistics office.\n\n"
        "Lena Sperr said, per a translator, that the port was never told."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("two senators briefed on the plan", "private"),
        ("a senior aide", "private"),
        ("statistics office", None),
        ("Lena Sperr", "public"),
    ]
    assert found[0].text == "The ministry is weighing a new ferry subsidy"


def test_more_from_a_source_names_the_source() -> None:
    [q] = quotes("More from the audit: “Numerous vendors weigh their samples by other measures.”")
    assert q.speaker == "audit"


def test_a_role_or_a_possessive_before_a_name_after_a_quotation() -> None:
    found = quotes(
        "“Imagine her going up against both of them on one stage,” mused harbour "
        "pilot Stu Berg.\n\n"
        "He had “wanted to sail since he was five, and nothing else,” his oldest friend "
        "told the local paper."
    )
    assert [q.speaker for q in found] == ["Stu Berg", "his oldest friend"]


def test_a_quotation_with_no_tag_after_a_sentence_about_a_person_is_theirs() -> None:
    found = quotes(
        "Nina Vos, 24, works at the ferry office.\n\n"
        "Vos backs the new timetable. “I have a degree, and loans, and no second job.”\n\n"
        "Karl Ekholm is upbeat about the plan, in part because he sees it as a fix.\n\n"
        "“Not only can the plan pass in May, it is the one with the best chance.”"
    )
    assert [q.speaker for q in found] == ["Nina Vos", "Karl Ekholm"]


def test_a_quotation_after_a_sentence_about_a_group_stays_unattributed() -> None:
    [q] = quotes(
        "The harbour board met on Friday to discuss the plan.\n\n"
        "“Not only can the plan pass in May, it is the one with the best chance.”"
    )
    assert q.speaker is None


def test_what_a_speaker_adds_after_a_quotation_is_a_statement_too() -> None:
    found = quotes(
        "“As the threat has changed, so has our work in this area,” the Ferry Board said in "
        "a statement, adding that it “condemns the use of the pier for smuggling.”"
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("direct", "Ferry Board"),
        ("indirect", "Ferry Board"),
    ]
    assert found[1].text.startswith("adding that it")


def test_she_after_because_is_the_sentence_subject() -> None:
    [q] = quotes("Gov. Ana Lind vetoed the bill because she said it was plainly unlawful.")
    assert q.speaker == "Ana Lind"


def test_a_quotation_in_an_aside_leaves_the_sentence_to_its_subject() -> None:
    found = quotes(
        "Mr. Eklund, citing “the odd magic of the harbour,” said the ferry could win "
        "over the island within a single season."
    )
    assert found[-1].speaker == "Eklund"
    assert found[-1].text.startswith("said the ferry could win")


def test_a_quotation_after_said_is_speech_however_short() -> None:
    [q] = quotes("Asked whether he would sign, Per Holm said, “Probably.”")
    assert (q.text, q.speaker) == ("Probably.", "Per Holm")


def test_a_name_that_says_a_clause_after_a_quotation_does_not_take_the_quotation() -> None:
    found = quotes(
        "In the radio hour “Ask the harbour anything,” Ana Lind said the ferry plan and the "
        "bridge plan are both in question because of the cost."
    )
    assert [(q.speaker, q.kind) for q in found] == [(None, "direct"), ("Ana Lind", "indirect")]
    assert found[1].text.startswith("Ana Lind said the ferry plan")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Later, the port union released a statement saying it was calling off the strike.",
         "port union"),
        ("At a rally in Umea, Vasterbotten, on Sunday, Ana Lind tried to explain her plan, "
         "saying that the ferry should run all winter.", "Ana Lind"),
        ("The Lind campaign sent an email Wednesday saying that the results show a two-way "
         "race.", "Lind campaign"),
    ],
)  # fmt: skip
def test_a_fronted_phrase_or_a_day_is_never_the_speaker(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_what_someone_called_something_and_then_said_are_two_statements() -> None:
    found = quotes(
        "Ana Lind called both the board and the union “reckless” and said the port would "
        "pay for it in the winter.\n\n"
        "Karl Dahl has also called the harbour master ''the best in a generation'' in speeches."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Lind", "both the board and the union “reckless”"),
        ("Ana Lind", "said the port would pay for it in the winter"),
        ("Karl Dahl", "the harbour master ''the best in a generation''"),
    ]


def test_a_belief_is_a_claim_of_whoever_holds_it() -> None:
    found = quotes(
        "Privately, some harbour officials think the mayor is at risk of losing the vote.\n\n"
        "Ana Lind believes the ferry plan will fail within a year.\n\n"
        "“I think we will win the vote,” Lind said."
    )
    assert [(q.speaker, q.kind) for q in found] == [
        ("some harbour officials", "indirect"),
        ("Ana Lind", "indirect"),
        ("Ana Lind", "direct"),
    ]
    assert found[0].stance == "private"
    assert found[1].text == "the ferry plan will fail within a year"


def test_a_relay_may_name_a_long_source() -> None:
    [q] = quotes(
        "According to early results of exit polls conducted for the harbour board and two "
        "local papers, ferry users make up about a fifth of the island's voters."
    )
    assert q.speaker.startswith("early results of exit polls")


@pytest.mark.parametrize(
    ("text", "speaker", "first", "then"),
    [
        # the comma inside the closing mark: ', adding that …' still goes on
        ("Communications director Jennifer Palmieri called the idea a “ridiculous "
         "proposition,” adding that the person who “needs to turn the narrative around "
         "is Donald Trump.”", "Jennifer Palmieri", "ridiculous proposition",
         "adding that the person who"),
        # a quotation no one is tagged for, then ', saying …': the subject's, both
        ("Donald Trump has delivered an impassioned defense of “New York values,” saying "
         "the city embodied the “bravery, heart and soul of America.”", "Donald Trump",
         "New York values", "saying the city embodied"),
    ],
)  # fmt: skip
def test_going_on_after_a_quotation_that_took_the_comma(
    text: str, speaker: str, first: str, then: str
) -> None:
    a, b = quotes(text)
    assert (a.speaker, b.speaker) == (speaker, speaker)
    assert first in a.text and then in b.text and first not in b.text


def test_a_participle_after_a_scare_quote_keeps_the_sentence_subject() -> None:
    [q] = quotes("Kerpen mocked the “reporter,” saying, “A reporter who Tweets on request!”")
    assert (q.speaker, q.text) == ("Kerpen", "A reporter who Tweets on request!")


def test_adding_with_a_colon_after_a_quotation_is_a_statement_of_its_own() -> None:
    a, b = quotes(
        "Okonjo said he would “happily sit down with any colleague who has ideas to improve "
        "it”, adding: “Improve it, yes. Gut it, no.”"
    )
    assert (a.speaker, b.speaker) == ("Okonjo", "Okonjo")
    assert "Gut it, no." in b.text and "Gut it" not in a.text
