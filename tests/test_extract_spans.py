"""Where a statement starts and ends: a sentence after a closing quotation is not
part of it, the parts around a speaker tag are one statement, a partial
quotation takes the clause it sits in."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes


def test_a_sentence_after_a_closing_quotation_is_not_part_of_the_statement() -> None:
    [q] = quotes(
        "Asked about the audit, Nora Field said the new rules did not amount to "
        "“a blank cheque.” She did not say how the permits would be granted."
    )
    assert q.speaker == "Nora Field"
    assert q.text.endswith("“a blank cheque.”")


def test_an_abbreviation_s_stops_do_not_end_the_clause_after_a_quotation() -> None:
    found = quotes(
        "Hillary Clinton spoke on Monday. She also called for more “flexibility” for U.S. "
        "military advisers in Iraq to assist local forces."
    )
    assert found[-1].text.endswith("for U.S. military advisers in Iraq to assist local forces")


def test_a_pronoun_in_capitals_after_a_quotation_s_full_stop_opens_a_new_statement() -> None:
    found = quotes(
        "Economy Minister Lucía Ferraro spoke on Monday. “The state will not rescue the "
        "shareholders.” She said payouts from the deposit guarantee fund would begin next week."
    )
    assert [(q.speaker, q.kind, q.text[:22]) for q in found] == [
        ("Lucía Ferraro", "direct", "The state will not res"),
        ("Lucía Ferraro", "indirect", "She said payouts from "),
    ]


def test_a_speaker_tag_after_a_closing_question_mark_stays_with_it() -> None:
    [q] = quotes("“Will the ferry run in winter?” Ola Berg asked the harbour master.")
    assert q.speaker == "Ola Berg"


def test_a_trailing_speaker_tag_after_a_partial_quotation_gives_the_clause() -> None:
    [q] = quotes("In Tromsø the mayor is seen as “a bully who despises critics,” Per Dahl said.")
    assert q.speaker and q.speaker.endswith("Dahl")
    assert q.text.startswith("In Tromsø the mayor is seen as “a bully")


def test_a_clause_with_no_speaker_of_its_own_goes_on_with_what_was_said() -> None:
    [q] = quotes(
        "Ana Berg said on Sunday that the island would win its case, but not until "
        "the ferry board “admits this is a problem.”"
    )
    assert q.speaker == "Ana Berg"
    assert q.text.endswith("“admits this is a problem.”")


def test_a_quotation_with_a_tag_of_its_own_is_a_statement_of_its_own() -> None:
    found = quotes(
        "“A deal would be in the island's interest,” Berg told the radio. “I don't know "
        "one fisherman who doesn't want a deal, a good deal,” the mayor said."
    )
    assert len(found) == 2
    assert found[1].text.startswith("I don't know one fisherman")


def test_a_paragraph_closed_by_two_apostrophes_does_not_go_on() -> None:
    found = quotes(
        "Ms. Turner said: ''The tunnel will be finished by the spring.''\n\n"
        "''The island is an open community,'' the ferry company said in a statement."
    )
    assert [q.speaker for q in found][1:] == ["ferry company"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ola Grimm spoke last. ''Sadly,'' she said, ''it is part of life on the island.''",
            "Sadly, it is part of life on the island.",
        ),
        (
            "Ana Lind named her favourite. “’Ferry Tales,’” she said, “although I have not "
            "seen the last season!”",
            "’Ferry Tales,’ although I have not seen the last season!",
        ),
    ],
)
def test_a_short_first_part_whose_comma_stands_inside_more_marks_is_part_of_it(
    text: str, words: str
) -> None:
    [q] = quotes(text)
    assert q.text == words


def test_a_quotation_finishing_a_clause_before_its_tag_takes_the_clause() -> None:
    [q] = quotes("The harbour board is ''not a club for friends,'' Per Dahl said.")
    assert q.speaker == "Per Dahl"
    assert q.text.startswith("The harbour board is ''not a club")
    # a scare quote may stand in the clause
    [q] = quotes(
        "Ferries are “the ultimate island lifeline” and “keep our children in school,” "
        "Per Dahl said."
    )
    assert q.text == "Ferries are “the ultimate island lifeline” and “keep our children in school,”"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ola Berg spoke last. If Lind is elected, he said, “We will lose the ferry.”",
            "If Lind is elected, “We will lose the ferry.”",
        ),
        # not a participle's phrase: 'When asked about …'
        (
            "Ola Berg spoke last. When asked about the ferry, he said, “We will keep it.”",
            "We will keep it.",
        ),
    ],
)
def test_the_condition_a_quotation_is_said_on_is_part_of_it(text: str, words: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.text) == ("Ola Berg", words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "If the ferry law passes, “I think the island will finally feel whole,” Ana Lind said.",
            "If the ferry law passes, “I think the island will finally feel whole,”",
        ),
        (
            "Based on the mayor's record, “I don't see how anyone can trust him,” Per Dahl said.",
            "Based on the mayor's record, “I don't see how anyone can trust him,”",
        ),
        # a topic named, or a lone connective, is no part of it
        (
            "As for the mayor's latest plans, “I kind of write them off,” said Per Dahl.",
            "I kind of write them off,",
        ),
        ("Yet, “it is hard to link the two,” added Per Dahl.", "it is hard to link the two,"),
    ],
)
def test_a_lead_phrase_before_a_quotation_tagged_after_it_is_part_of_it(
    text: str, words: str
) -> None:
    [q] = quotes(text)
    assert q.speaker in ("Ana Lind", "Per Dahl")
    assert q.text == words


def test_a_quotation_opening_its_sentence_is_only_its_words() -> None:
    [q] = quotes("“We will not sign this year,” Per Dahl said.")
    assert (q.kind, q.text) == ("direct", "We will not sign this year,")


def test_a_clause_around_a_speaker_tag_goes_with_the_quotation_it_ends_in() -> None:
    [q] = quotes("Ana Berg spoke. The ferry trade, she said, is ''doing better than ever.''")
    assert q.speaker == "Ana Berg"
    assert q.text == "The ferry trade is ''doing better than ever.''"


def test_a_fronted_phrase_before_a_tag_is_not_part_of_the_quotation() -> None:
    [q] = quotes("At the rally, Ana Berg said, “The ferry will run all winter.”")
    assert (q.kind, q.text) == ("direct", "The ferry will run all winter.")


def test_a_quotation_after_a_connective_goes_on_with_the_last_speaker() -> None:
    [q] = quotes(
        "“She was meant to cheer the island on,” Ana Berg said of the mayor. "
        "Instead, “she just acts like a defeated woman.”"
    )
    assert q.speaker == "Ana Berg"
    assert q.text.endswith("she just acts like a defeated woman.")


def test_a_reported_statement_never_opens_on_a_closing_quotation_mark() -> None:
    found = quotes(
        "Ana Berg spoke. “Savage,” she said, meaning that he is “radical enough and does "
        "not care what people think.”"
    )
    assert found
    assert all(not q.text.startswith("”") for q in found)


def test_a_title_is_not_a_statement() -> None:
    found = extract(
        "Headline\n\nKarl Dahl will sign copies of his new book, “Ferries and Me: A Life,” on "
        "Friday at the harbour library.",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [q.kind for q in found if q.kind == "direct"] == []


def test_a_quotation_finishing_the_clause_its_speaker_said_takes_that_clause() -> None:
    [q] = quotes(
        "The ferry company said its new boats had already cut delays, "
        "“including on the night crossings to the island.”"
    )
    assert q.kind == "indirect" and q.speaker == "ferry company"
    assert q.text.startswith("The ferry company said its new boats")
    [q] = quotes(
        "By contrast, Ana Lind said that once the council goes on recess, "
        "“I intend to sail every day of the week.”"
    )
    assert q.text.startswith("Ana Lind said that once") and q.speaker == "Ana Lind"
    # a place or time before its 'that' is no lead-in either
    [q] = quotes(
        "Later, Ola Berg said on his radio show that he meant the mayor's ferry "
        "decisions, “not the mayor himself.”"
    )
    assert q.text.startswith("Ola Berg said on his radio show that he meant")
    # nor is a short clause of its own, 'she was thinking,'
    [q] = quotes("Ana Lind said she was thinking, “Oh my God, this cannot be happening.”")
    assert q.text.startswith("Ana Lind said she was thinking, “Oh my God")


def test_a_verb_leading_straight_into_a_quotation_leaves_it_direct() -> None:
    for lead in ("Ana Lind said on Tuesday,", "Ana Lind told reporters:", "Ana Lind said,"):
        [q] = quotes(f"{lead} “The timetable will not survive the winter storms.”")
        assert q.kind == "direct" and q.text == "The timetable will not survive the winter storms."


def test_a_short_quoted_sentence_after_the_tag_is_the_same_statement() -> None:
    [q] = quotes("“There was carnage on the road,” the driver said. “Bodies everywhere.”")
    assert q.speaker == "driver" and q.text.endswith("Bodies everywhere.")
    # a short quotation inside a sentence of its own is no part of it
    [q] = quotes("“There was carnage on the road,” the driver said of the “rescue.”")
    assert "rescue" not in q.text


def test_what_a_speaker_added_after_a_lead_in_is_a_statement_of_its_own() -> None:
    found = quotes(
        "“The ferry will not run this winter,” Ana Lind said, adding: "
        "“Nobody should expect it before April.”"
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Lind", "The ferry will not run this winter,"),
        ("Ana Lind", "Nobody should expect it before April."),
    ]
    # a quotation going on after its tag, with no lead-in of its own, is one statement
    [q] = quotes(
        "“The ferry will not run this winter,” Ana Lind said, "
        "“and nobody should expect it before April.”"
    )
    assert q.text.endswith("and nobody should expect it before April.")


def test_a_relay_at_the_end_is_not_part_of_what_was_said() -> None:
    [q] = quotes(
        "Ana Lind said the ferry would not run before April, according to the Island Courier."
    )
    assert q.speaker == "Ana Lind" and q.text.endswith("before April")


def test_a_partial_quotation_takes_the_rest_of_its_clause() -> None:
    [q] = quotes("Lina Berg called the agreement “a historic step forward” for the island.")
    assert q.text == "the agreement “a historic step forward” for the island"
    # not into a new clause
    [q] = quotes("Lina Berg called the agreement “a historic step forward” and left the hall.")
    assert q.text.endswith("forward”")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Per Dahl said, “We have three weeks to go” until the island votes.",
            "“We have three weeks to go” until the island votes",
        ),
        (
            "Per Dahl told the radio: “I have not heard that concern” from the ferry crews.",
            "“I have not heard that concern” from the ferry crews",
        ),
        # not past a comma into a clause of its own
        (
            "Per Dahl said, “We have three weeks to go” until the vote, and the crews agreed.",
            "We have three weeks to go",
        ),
    ],
)
def test_a_quotation_without_a_stop_runs_on_to_the_end_of_its_sentence(
    text: str, words: str
) -> None:
    assert quotes(text)[0].text == words


def test_a_tag_ending_in_a_title_word_does_not_make_the_next_quotation_a_title() -> None:
    [q] = quotes(
        "“The ferry will run, and we know it,” Ana Lind told the island's weekly radio "
        "program. “Nobody should expect it before April.”"
    )
    assert q.text.endswith("Nobody should expect it before April.")


def test_a_quotation_saying_what_something_was_called_takes_the_thing_called() -> None:
    [q] = quotes("Ola Berg took the stage and called the ferry board “rotten to the core.”")
    assert q.speaker == "Ola Berg"
    assert q.text == "the ferry board “rotten to the core.”"
    [q] = quotes("Ola Berg attacked the mayor, calling him “a man who never listens.”")
    assert q.text == "him “a man who never listens.”"
    # a scare quote may stand in it; a later verb takes its own
    [q] = quotes(
        "Ola Berg, hoping to win the vote, called the mayor a “petulant child” who is acting "
        "“as if he is a king of the island.”"
    )
    assert q.text.startswith("the mayor a “petulant child” who is acting “as if")
    # ('called on' is a demand of its own: two statements)
    first, second = quotes(
        "Ola Berg called the plan “shameful” and called on the board “not to feed that dark "
        "impulse in all of us.”"
    )
    assert first.text == "the plan “shameful”"
    assert second.text.startswith("called on the board “not to feed")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # what the speaker's verb took, with the quotation that finishes it
        (
            "Karl Holm blamed the fishing ban on “knuckleheaded harbour politicians.”",
            "the fishing ban on “knuckleheaded harbour politicians.”",
        ),
        # scare quotes before it are part of it
        (
            "Ola Berg called the mayor's remarks a “new low” and a “bizarre attempt to "
            "rewrite history.”",
            "the mayor's remarks a “new low” and a “bizarre attempt to rewrite history.”",
        ),
        (
            "Ana Lind casts herself as a “ferry warrior” who “saved the harbour from ruin.”",
            "herself as a “ferry warrior” who “saved the harbour from ruin.”",
        ),
        # the clause it takes, past whom it was said to
        (
            "Ana Lind vented to her husband, Per Lind, that it would be “incredibly ugly,” "
            "“a huge shock” and “a fight from start to finish.”",
            "that it would be “incredibly ugly,” “a huge shock” and “a fight from start to "
            "finish.”",
        ),
        # a thing named before a colon; the thing talked about, not 'about'
        (
            "Ana Lind delivered a sharp retort: “Nobody is tearing this up. We go on.”",
            "a sharp retort: “Nobody is tearing this up. We go on.”",
        ),
        (
            "Per Dahl talks about how his crews must be ready “to sail tonight.”",
            "how his crews must be ready “to sail tonight.”",
        ),
        # the last verb's: a participle after a comma, a verb after 'and'
        (
            "Ana Lind spoke in Visby with supporters, declaring it “another good day for us.”",
            "it “another good day for us.”",
        ),
        (
            "Karl Holm called the merger “a bad deal” and ranked Lind among the worst mayors "
            "“in the history of the island.”",
            "Lind among the worst mayors “in the history of the island.”",
        ),
        # not a participle taking the quotation itself, nor a lead-in on a colon
        (
            "Per Dahl issued a statement on Monday condemning “what looks like a cowardly "
            "attack on the harbour.”",
            "what looks like a cowardly attack on the harbour.",
        ),
        (
            "Per Dahl was irritated: “It is a public statement! Just send it.”",
            "It is a public statement! Just send it.",
        ),
    ],
)
def test_a_quotation_finishing_what_the_subjects_verb_takes_takes_it_too(
    text: str, words: str
) -> None:
    [q] = quotes(text)
    assert q.speaker == " ".join(text.split()[:2])
    assert q.text == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The island's paper mocked Dahl for calling himself the “king of the harbour and "
            "the ferries.”",
            "Dahl for calling himself the “king of the harbour and the ferries.”",
        ),
        (
            "As they made their way down Harbour Street, the marchers chanted “save our ferry” "
            "and “no cuts, no peace.”",
            "“save our ferry” and “no cuts, no peace.”",
        ),
    ],
)
def test_what_the_verb_takes_is_part_of_it_when_its_subject_is_no_person_too(
    text: str, words: str
) -> None:
    [q] = quotes(text)
    assert q.text == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Per Dahl called the mayor's plan “pathetic” and “dangerous.”",
            "the mayor's plan “pathetic” and “dangerous.”",
        ),
        (
            "Per Dahl called the harbour protesters “illegals” and “thugs” without proof.",
            "the harbour protesters “illegals” and “thugs” without proof",
        ),
        (
            "Ola Berg spoke. He attacked the mayor, calling him a “bully” and a “coward.”",
            "him a “bully” and a “coward.”",
        ),
    ],
)
def test_all_the_words_something_was_called_are_one_statement(text: str, words: str) -> None:
    [q] = quotes(text)
    assert q.text == words


def test_a_dash_before_but_starts_a_clause_of_its_own() -> None:
    found = quotes(
        "Ana Dahl chairs the board.\n\n"
        "Dahl credits the polls to the weather -- but she said the new ferry "
        "“is going to help us all.”"
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Dahl", "she said the new ferry “is going to help us all.”")
    ]


def test_a_quotation_after_a_tag_in_mid_sentence_takes_the_sentences_head() -> None:
    [q] = quotes("The truth is, Ana Dahl added, “there are no easy votes on ferries.”")
    assert q.speaker == "Ana Dahl"
    assert q.text == "The truth is “there are no easy votes on ferries.”"
    # a fronted phrase is no part of what was said
    [q] = quotes("In other words, Ana Dahl added, “there are no easy votes on ferries.”")
    assert q.text == "there are no easy votes on ferries."


def test_a_pronoun_s_tag_inside_the_clause_before_a_partial_quotation() -> None:
    found = quotes(
        'Tom Lindgren called the plan "a press release." The government, he said, had "no '
        'idea" how it would enforce the rules against companies with no offices in Canada.'
    )
    assert (found[-1].speaker, found[-1].text) == (
        "Tom Lindgren",
        'The government, he said, had "no idea" how it would enforce the rules against '
        "companies with no offices in Canada",
    )


def test_where_it_was_said_after_the_quotation_is_the_tag_s() -> None:
    found = quotes(
        "Bernie Sanders has denounced supporters that level sexist attacks, saying his "
        "campaign doesn’t want “that crap,” in an interview with CNN on Sunday."
    )
    assert found[-1].text == "saying his campaign doesn’t want “that crap,”"


def test_the_writers_next_clause_after_a_semicolon_is_not_part_of_it() -> None:
    found = quotes(
        "Senator Bernie Sanders advocates tax increases. He calls for a ''Medicare for all'' "
        "single-payer health care system; Mrs. Clinton aims to build on the Affordable Care Act."
    )
    assert found[-1].text.endswith("single-payer health care system")


def test_the_writers_comment_after_reported_speech_is_not_part_of_it() -> None:
    [q] = quotes(
        "Ana Lind said the ferry would “never run in winter,” a swipe at the harbour board."
    )
    assert q.text.endswith("“never run in winter,”")
    [q] = quotes(
        "Ana Lind said she would “not stand in the way” of the ferry plan, before changing "
        "her mind a week later."
    )
    assert q.text.endswith("of the ferry plan")


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # a clause of the writer's after the quotation: a new subject, a contrast
        (
            "Ana Berg said there had been some “good gains” in the talks, but she pressed "
            "Dahl to do more.",
            "“good gains” in the talks",
        ),
        (
            "Ana Berg said the ferry was “a terrible mistake,” although she supports keeping it.",
            "“a terrible mistake,”",
        ),
        # a participle or a relative clause of the writer's, after the quotation
        (
            "Ana Berg said she “would certainly build” a new pier in the harbour, drawing "
            "fresh criticism from the fishermen.",
            "“would certainly build” a new pier in the harbour",
        ),
        (
            "Ana Berg said there are “a lot of very good” ideas in the plan approved by the "
            "board, which includes two of her rivals.",
            "ideas in the plan approved by the board",
        ),
        # the speaker's next verb, a few words on, or in a clause of its own
        (
            "Ana Berg said it would be “very hard” for Dahl to attend, but downplayed the issue.",
            "“very hard” for Dahl to attend",
        ),
        (
            "Ana Berg said she would offer “a prayer” for the eventual Labour nominee but did "
            "not say who it would be.",
            "“a prayer” for the eventual Labour nominee",
        ),
        # a dash of the writer's after the quotation of a clause that goes on
        (
            "Ana Berg added that the race cannot just be about the ferry, and that 2016 “is "
            "going to be a harbour election” — an issue Labour has struggled with.",
            "“is going to be a harbour election”",
        ),
        # more of what was said, or a clause inside a quotation still open
        (
            "Ana Berg said the board had “lost control of the dispute” and called for an "
            "independent inquiry into the restructure.",
            "and called for an independent inquiry into the restructure",
        ),
        (
            "Ana Berg said the ferry was “a terrible mistake,” and that the board should resign.",
            "and that the board should resign",
        ),
        (
            "Ana Berg said the board “cannot vet every request, and it knows that.”",
            "and it knows that.”",
        ),
    ],
)
def test_reported_speech_with_a_quotation_ends_where_the_writers_clause_starts(
    text: str, end: str
) -> None:
    [q] = quotes(text)
    assert q.speaker == "Ana Berg"
    assert q.text.endswith(end)


def test_words_a_quotation_runs_on_with_before_its_tag_are_part_of_it() -> None:
    [q] = quotes("“I want to wait until I meet the board” before signing anything, Ola Dahl said.")
    assert q.speaker == "Ola Dahl"
    assert q.text == "“I want to wait until I meet the board” before signing anything"
    [q] = quotes(
        "“The ferry is a lifeline for the island,” since most people have no car, said Ana Lind."
    )
    assert q.speaker == "Ana Lind"
    # an apposition before the name is no part of it
    [q] = quotes("“The ferry is a lifeline for the island,” another captain, Per Moss, said.")
    assert q.text == "The ferry is a lifeline for the island,"


def test_whom_it_was_told_to_is_a_lead_in_however_long() -> None:
    found = quotes("Ola Dahl told the editor of the island's weekly paper, “The ferry will run.”")
    assert ("Ola Dahl", "The ferry will run.") in [(q.speaker, q.text) for q in found]


def test_a_speaker_who_says_more_says_it_when_her_clause_runs_into_a_quotation() -> None:
    found = quotes(
        "Sunday on Island Radio's “Harbour Hour,” Ana Lind said the mayor's “judgment” "
        "and “honesty” are in question."
    )
    assert [(q.speaker, q.text) for q in found if q.speaker] == [
        ("Ana Lind", "Ana Lind said the mayor's “judgment” and “honesty” are in question")
    ]


def test_a_quotation_ending_its_sentence_takes_no_tag_from_the_next_one() -> None:
    found = quotes(
        "The fares came up in a debate in May, when Ana Lind called the mayor “the "
        "harbour's worst enemy.” She also said, without evidence, that “the ferry "
        "company pays his bills.”"
    )
    assert (found[0].speaker, found[0].text) == (
        "Ana Lind",
        "the mayor “the harbour's worst enemy.”",
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Per Dahl says “the whole league has gone soft” because “the country has gone soft.”",
            "“the whole league has gone soft” because “the country has gone soft.”",
        ),
        (
            "Ola Berg spoke next. He called it a “fundamental mistake,” made by some “respected "
            "voices on the island,” who are “just flatly wrong about the ferry.”",
            "it a “fundamental mistake,” made by some “respected voices on the island,” who "
            "are “just flatly wrong about the ferry.”",
        ),
    ],
)
def test_quotations_joined_by_words_that_are_no_tag_are_one_statement(
    text: str, words: str
) -> None:
    found = quotes(text)
    assert [(q.speaker, q.text) for q in found] == [(" ".join(text.split()[:2]), words)]


def test_quotations_joined_by_a_clause_of_its_own_are_two_statements() -> None:
    found = quotes(
        "Holding signs calling Lind “the harbour's worst enemy,” the protesters chanted “Lind "
        "out, ferry in, now and forever.”"
    )
    assert len(found) == 2


def test_a_clause_with_a_quoted_fragment_in_it_is_one_statement_with_the_quotation() -> None:
    [q] = quotes(
        "Ana Lind said she is “looking forward to it” because “these are the votes you run for.”"
    )
    assert q.speaker == "Ana Lind"
    assert q.text.startswith("Ana Lind said she is “looking forward to it” because")


def test_the_stop_of_a_title_does_not_end_the_clause_a_quotation_finishes() -> None:
    [q] = quotes(
        "Ana Lind said the group might run ads against Mr. Dahl or Dr. Berg, “depending on "
        "how the ferry vote goes in the spring.”"
    )
    assert q.speaker == "Ana Lind"
    assert q.text.startswith("Ana Lind said the group might run ads against Mr. Dahl")


def test_reported_speech_stops_at_its_quotation_before_a_second_verb_or_a_comment() -> None:
    [q] = quotes(
        "Ana Lind said she would offer “a prayer” for the new mayor but did not say who "
        "she hoped it would be."
    )
    assert q.text.endswith("“a prayer” for the new mayor")
    [q] = quotes("Ana Lind said the report is a “distortion,” describing the crew as heroes.")
    assert q.text.endswith("“distortion,”")
    # a gerund the quotation's verb takes is part of it
    [q] = quotes("Ana Lind said she would “look into” changing the ferry timetable.")
    assert q.text.endswith("changing the ferry timetable")


def test_a_connective_or_fronted_phrase_is_not_part_of_the_clause_a_quotation_finishes() -> None:
    [q] = quotes("Behind the scenes, Mr. Berg is “activating his own network,” said Ana Lind.")
    assert (q.speaker, q.text) == ("Ana Lind", "Mr. Berg is “activating his own network,”")
    [q] = quotes("But Ola Berg, the mayor, is “a man of the people,” said Ana Lind.")
    assert q.text == "Ola Berg, the mayor, is “a man of the people,”"


def test_as_someone_puts_it_the_clause_after_the_tag_is_what_was_said() -> None:
    [q] = quotes(
        "As the harbour master, Ana Lind, puts it, the mayor is trying to make the board "
        "“an offer they cannot refuse.”"
    )
    assert (q.speaker, q.text) == (
        "Ana Lind",
        "the mayor is trying to make the board “an offer they cannot refuse.”",
    )


def test_a_quotation_after_a_long_tag_with_a_place_goes_on_with_the_first() -> None:
    [q] = quotes(
        "“The ferry plan is not a good record,” Ana Lind said at a rally in Visby, "
        "Gotland. “The board worked to sell it to the whole island.”"
    )
    assert q.speaker == "Ana Lind"
    assert q.text.endswith("The board worked to sell it to the whole island.")
