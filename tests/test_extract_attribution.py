"""Who said a quotation: verbs outside the usual list, lead-ins, paragraphs that go on."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract(text, "2025-06-10", today=TODAY).quotes


@pytest.mark.parametrize(
    "text",
    [
        "“The numbers will not hold past the summer,” Lina Berg notes.",
        "“The numbers will not hold past the summer,” Lina Berg points out.",
        "“The numbers will not hold past the summer,” retorted Lina Berg.",
        "Lina Berg continued:\n\n“The numbers will not hold past the summer.”",
        "Hours later, Lina Berg thanked the crowd, telling them: “The numbers will not hold.”",
    ],
)
def test_any_verb_right_after_a_quotation_or_before_a_colon(text: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert q.speaker == "Lina Berg"


def test_a_paragraph_of_quotation_alone_goes_on_with_the_last_speakers_statement() -> None:
    text = (
        "Headline\n\n“We waited a long time for this,” Lina Berg says.\n\n"
        "“Nobody in this town expected the vote to go our way.”"
    )
    [q] = quotes(text)
    assert q.speaker == "Lina Berg"
    assert q.text.endswith("expected the vote to go our way.")


def test_a_new_paragraphs_lead_in_is_not_merged_into_the_last_quotation() -> None:
    text = (
        "Headline\n\nKarl Dahl said: “We will appeal the ruling.”\n\n"
        "Then Eva Moss added, “The court has spoken and we accept it.”"
    )
    found = quotes(text)
    assert [(q.speaker, q.text[:6]) for q in found] == [
        ("Karl Dahl", "We wil"),
        ("Eva Moss", "The co"),
    ]


def test_a_one_word_lead_in_names_nobody() -> None:
    [q] = quotes("Headline\n\nWait, it gets better:\n\n“The budget was never approved by anyone.”")
    assert q.speaker is None


def test_a_closed_quotation_does_not_run_on_into_the_next_paragraph() -> None:
    text = (
        "Headline\n\n“Will you cut the budget this year?” Ola Berg asked the minister.\n\n"
        "“We will not cut anything before the election,” Maria Lund said."
    )
    found = quotes(text)
    assert [(q.speaker, q.text[:7]) for q in found] == [
        ("Ola Berg", "Will yo"),
        ("Maria Lund", "We will"),
    ]


def test_a_new_speakers_quotation_is_not_merged_into_the_last_one() -> None:
    text = (
        "Headline\n\n“We will not sign this year,” Karl Dahl said. "
        "Eva Moss replied: “Then we will sign without you.”"
    )
    assert [q.speaker for q in quotes(text)] == ["Karl Dahl", "Eva Moss"]


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("Olga Rask accused the agency of hiding the report for a year.", "Olga Rask", "of hiding"),
        ("Olga Rask threatened to close the border if talks failed.", "Olga Rask", "to close"),
        ("Olga Rask spoke after the vote, telling reporters that the border would stay open.",
         "Olga Rask", "that the border"),
        ("Writing on Facebook that the border would stay open, Olga Rask thanked her voters.",
         "Olga Rask", "that the border"),
        ("Olga Rask met the envoy. At that meeting, she told him the border would stay open.",
         "Olga Rask", "the border would"),
        # a closing tag with when, where or to whom it was said
        ("The border will stay open until the summer, Olga Rask said on Friday.",
         "Olga Rask", "The border will"),
        ("The border will stay open until the summer, Olga Rask told journalists in Riga.",
         "Olga Rask", "The border will"),
    ],
)  # fmt: skip
def test_reported_speech_beyond_said_that(text: str, speaker: str, start: str) -> None:
    [q] = [q for q in quotes("Headline\n\n" + text) if q.kind == "indirect"]
    assert q.speaker == speaker and start in q.text


def test_he_after_an_unnamed_speaker_is_that_speaker() -> None:
    text = (
        "Headline\n\nOlga Rask met the envoy on Monday. A senior official, speaking on "
        "condition of anonymity, said the envoy had asked for more time. "
        "“They told us to wait,” he said."
    )
    assert [q.speaker for q in quotes(text)][-1] == "A senior official"


def test_who_assured_is_the_speaker_not_who_relays_it() -> None:
    text = (
        "Headline\n\nTurkey gave Kyiv private assurances last week that its navy would "
        "escort the convoys, according to three officials briefed on the talks."
    )
    [q] = quotes(text)
    assert (q.speaker, q.stance) == ("Turkey", "private")


@pytest.mark.parametrize(
    "text",
    [
        "“Will he be the next minister?” a senior staffer in the room wondered.",
        "“We need a new start,” Lina Berg, the party's candidate in the northern region, said.",
        '“I fundamentally disagree with the plan" said Lina Berg.',
        "Lina Berg has since apologized for the remarks: “I was wrong and I am sorry.”",
        "Lina Berg said she was “looking forward to it” because “these are matches you play for.”",
    ],
)
def test_speakers_with_a_tail_a_lead_or_a_sentence_verb(text: str) -> None:
    found = quotes("Headline\n\n" + text)
    assert found and all(q.speaker for q in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "words", "stance"),
    [
        # a belief is no statement made anywhere: no stance
        ("Olga Rask believes that the border should stay open all winter.", "Olga Rask",
         "that the border should stay open all winter", None),
        # a name she put on the plan, in her own words: on the record (four blind sets
        # label it so)
        ("Olga Rask called the plan “a disaster for every family in the region”.", "Olga Rask",
         "the plan “a disaster for every family in the region”", "public"),
        ("Olga Rask called the plan “a disaster”.", "Olga Rask", "the plan “a disaster”",
         "public"),
    ],
)  # fmt: skip
def test_claims_beyond_speech_verbs(text: str, speaker: str, words: str, stance: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.text, q.stance) == (speaker, words, stance)


def test_what_a_report_means_is_not_a_claim() -> None:
    assert quotes("Headline\n\nThe rule means that the border stays open.") == []


def test_a_lower_case_quotation_in_the_next_sentence_is_its_own() -> None:
    text = (
        "Headline\n\n“Our response has grown a great deal since June,” said Ana Gil, a fellow "
        "at the institute. She added that the company has also “been very aggressive on this "
        "issue, as much as anyone could expect.”"
    )
    found = quotes(text)
    assert found[0].text == "Our response has grown a great deal since June,"


@pytest.mark.parametrize(
    "text",
    [
        "Olga Rask took a heckler in stride, saying the man would “not get beat up” here.",
        "Olga Rask attacked the mayor, calling him “a danger to this city”.",
    ],
)
def test_participles_put_words_in_the_sentence_subjects_mouth(text: str) -> None:
    found = quotes("Headline\n\n" + text)
    assert [q.speaker for q in found] == ["Olga Rask"]


@pytest.mark.parametrize(
    "text",
    [
        "“This is fantastic!” beamed Lina Berg of Bergen, who had waited all night.",
        "“We want a tough fight tonight,” Lina Berg shot back.",
        "Lina Berg went even further: “This government is finished.”",
        "As Lina Berg put it, “Nobody here will forget this winter.”",
    ],
)
def test_more_ways_of_naming_who_spoke(text: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert q.speaker == "Lina Berg"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Lina Berg said the goal was not to “make the town rich” but to “make it whole again.”",
         "the goal was not"),
        ("Lina Berg said “there is hope” in the valley after the flood.", "“there is hope”"),
        ("Party leader Lina Berg called the agreement “a historic step forward”.", "the agreement"),
    ],
)  # fmt: skip
def test_partial_quotations_inside_what_was_said(text: str, start: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert q.speaker == "Lina Berg" and start in q.text and q.kind == "indirect"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("After a long week of talks, former President Olav Lund told staff on Thursday that "
         "the fund would close.", "Olav Lund"),
        ("After two small rises, the budget office said, deficits will grow sharply after 2028.",
         "budget office"),
    ],
)  # fmt: skip
def test_reported_speech_with_a_titled_subject_or_a_tag_inside(text: str, speaker: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert q.speaker == speaker and q.kind == "indirect"


def test_a_tag_inside_with_its_day_leaves_the_writers_aside_after_it() -> None:
    [q] = quotes(
        "Headline\n\nAcme will cut 400 jobs and close its plant, the company announced on "
        "Tuesday, in one of the largest restructurings in the sector this year."
    )
    assert (q.speaker, q.text) == ("Acme", "Acme will cut 400 jobs and close its plant")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kessler Antriebstechnik will cut 400 jobs, the supplier said.",
         "Kessler Antriebstechnik"),
        ("Unite will ballot its members next week, the union said.", "Unite"),
        # (not one named by a first name, nor a quotation's own words)
        ("Ana Lind will step down in May, the company said.", "company"),
        ("“Our members will not return,” the group said.", "group"),
    ],
)  # fmt: skip
def test_a_body_a_tag_does_not_name_is_the_one_the_words_open_on(text: str, speaker: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert q.speaker == speaker


def test_a_tag_never_runs_on_into_the_next_sentence() -> None:
    found = extract(
        "Headline\n\nOla Grimm spoke first.\n\n"
        "“Whoever shuts the harbour has no place pretending here!” wrote a man calling "
        "himself Per Paulsen. Another user, Rolf Dahl, said it was over.\n\n"
        "“The delay costs us a week or more,” said harbour boss Ida Brenne, though she "
        "added that it would pass.\n\n"
        "“It was never on the table,” said Sen. Ana Lind, D-Mass., on Tuesday.",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [q.speaker for q in found if q.kind == "direct"] == [
        "Per Paulsen",
        "Ida Brenne",
        "Ana Lind",
    ]


def test_a_lead_in_after_fronted_phrases_and_a_leading_said_name_the_speaker() -> None:
    found = extract(
        "Headline\n\nAs the man was led out, raising both fists to the crowd in defiance, "
        "Mr. Brandt shouted, “Out, out, out!”\n\n"
        "It was a grave error. Said Eklund, “The thought that our error led to this is very "
        "painful to all of us.”",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [q.speaker for q in found] == ["Brandt", "Eklund"]


def test_a_tag_of_its_own_in_a_sentence_of_its_own_starts_a_new_statement() -> None:
    found = extract(
        "Headline\n\n“All the island felt our loss, and we felt theirs,” Ana Lind wrote. "
        "She continued: “The harbour board has children too. Does it need to ask why?”",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [q.speaker for q in found] == ["Ana Lind", "Ana Lind"]
    assert found[1].text.startswith("The harbour board has children too.")


def test_a_quotation_running_into_a_clause_takes_the_tag_after_it() -> None:
    [q] = extract(
        "Headline\n\n“Many would call that a defeat for the board” if it did not win by more, "
        "said Ida Brenne, a harbour pilot.",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert q.speaker == "Ida Brenne"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quotation inside a sentence about a person, with no tag of its own
        ("Ana Lind went further on Tuesday, endorsing eight harbour candidates "
         "“who embody the spirit of the island.”", "Ana Lind"),
        # 'as X, an apposition, put it'
        ("As Ana Lind, the harbour master, put it: “The ferry will sail when the sea allows.”",
         "Ana Lind"),
        # a description, then the name it describes
        ("“We are anxious about the crossing tonight,” said another ferry passenger, Ola Berg.",
         "Ola Berg"),
        # the clause the quotation runs into, then a tag in the usual order
        ("Ana Lind met the crew. “The evidence is strong that the crew was right” more than "
         "ever, Lind said.", "Ana Lind"),
    ],
)  # fmt: skip
def test_speakers_found_beyond_a_plain_tag(text: str, speaker: str) -> None:
    found = quotes("Headline\n\n" + text)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a tag in the present tense, verb first
        ("“The ferry will not sail past the summer,” writes Ola Berg. “The sea is too rough.”",
         "Ola Berg"),
        # an outlet's possessive before the name in 'as X puts it'
        ("As The Courier’s Ana Lind puts it, “The ferry will sail when the sea allows.”",
         "Ana Lind"),
    ],
)  # fmt: skip
def test_present_tense_inverted_tags_and_a_possessive_before_the_name(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes("Headline\n\n" + text)] == [speaker]


def test_a_quotation_signed_on_the_next_line_is_the_signers() -> None:
    found = quotes(
        "Headline\n\nIda Brenne spoke at the harbour.\n\n"
        "“The ferry will sail when the sea allows, and not a day before.”\n\n"
        "- Ola Berg, harbour pilot.\n\n"
        "“Nobody asked the island what it wanted from the board.”\n\n"
        "– An islander herself –."
    )
    # signed, the statement ends: the next quotation is not the signer's going on
    assert [q.speaker for q in found] == ["Ola Berg", None]


def test_a_quotation_after_reported_speech_is_the_reporters_not_the_subjects() -> None:
    found = quotes(
        "Headline\n\nThe ferry is late again. Yet the board is also “a lifeline,” Ola Berg "
        "said. “That is exactly what the island wants from it right now.”"
    )
    assert [q.speaker for q in found] == ["Ola Berg", "Ola Berg"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # more verbs of an inverted tag
        ("“I am a voter before I am anything else,” declares Ida Brenne, 27, a harbour pilot.",
         "Ida Brenne"),
        # a person's name right before the colon, whatever the words before it
        ("The ferry’s troubles do not surprise harbour pilot Ola Berg: “The boats are old, "
         "and the sea is rough.”", "Ola Berg"),
        # but not the one a speech verb addresses
        ("Ana Lind told Harbour Weekly: “The boats are old, and the sea is rough.”", "Ana Lind"),
        # a relative clause between a subject and its verb
        ("A harbour official who spoke on condition of anonymity said Tuesday, “The boats "
         "are old, and the sea is rough.”", "A harbour official"),
    ],
)  # fmt: skip
def test_inverted_tags_names_before_a_colon_and_relative_clauses(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes("Headline\n\n" + text)] == [speaker]


def test_a_group_that_its_own_verb_leads_in_is_the_speaker() -> None:
    [q] = quotes(
        "Headline\n\nAs the mayor spoke, the protesters chanted, “Sink the fares, not the ferry!”"
    )
    assert q.speaker == "protesters"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle after the subject's own clause, an apposition naming the subject
        ("Berg’s right-hand woman rallied the crew, saying: “We have to be ready for it.”",
         "Berg’s right-hand woman"),
        ("The ferry board’s chairwoman, Eva Dahl, rallied the crew, saying: “We are ready.”",
         "Eva Dahl"),
        # whose account a sentence opens with, the quotation later in it
        ("According to Berg, she was once on the board, but is now “the worst thing that "
         "ever happened to it.”", "Lina Berg"),
        ("In Berg’s words, “the island is the most stubborn place on the planet.”",
         "Lina Berg"),
        # shown speaking, and going on
        ("Here’s Berg in December 1992: “Our new direction must rest on the new realities.”",
         "Lina Berg"),
        ("Berg called the report “not good.” Adding, “Like all scandals, it is never that bad.”",
         "Lina Berg"),
        ("The vote went well. Here’s Berg in 1992: “Our direction must rest on new realities.”",
         "Lina Berg"),
        ("“It is a failure of the whole board and the council” from the port on, in Berg’s view.",
         "Lina Berg"),
        # a participle's subject is the clause's it hangs on, not the sentence's
        ("The crowd cheered, as Berg echoed the criticism, saying the board “is not in it "
         "for the island.”", "Lina Berg"),
        # a tag with a long apposition
        ("“Fares rose faster than wages,” Eva Dahl, an adviser to the ferry union and former "
         "director of the island's budget office, said.", "Eva Dahl"),
    ],
)  # fmt: skip
def test_speakers_of_relays_participles_and_sentences_that_go_on(text: str, speaker: str) -> None:
    found = quotes("Headline\n\nMayor Lina Berg spoke at the harbour.\n\n" + text)
    assert found and {q.speaker for q in found} == {speaker}


def test_a_tag_past_an_aside_holding_a_short_quotation() -> None:
    [q] = quotes(
        "“We’ve had more successful conventions than this one,” Texas delegate Bill "
        "Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said."
    )
    assert (q.speaker, q.kind) == ("Bill Eastland", "direct")


def test_a_colon_brings_in_the_quotation_itself_after_the_verb_s_object() -> None:
    [q] = quotes(
        "On Thursday Mateo Ferraz posted a photograph of himself on Instagram with the "
        'caption: "Always grateful. Always honest."'
    )
    assert (q.speaker, q.kind, q.text) == (
        "Mateo Ferraz",
        "direct",
        "Always grateful. Always honest.",
    )
