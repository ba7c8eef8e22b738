"""Reported speech beyond 'X said that …': groups, asides, inverted tags, pronouns."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("And, even after a ruling, experts said first-time offenders rarely go to jail.",
         "experts"),
        ("The judge -- who has feuded with the mayor for days -- said she regretted her words.",
         "judge"),
        ("Restoring the bridge is well within the council's budget, said several members "
         "who back the plan.", "several members who back the plan"),
        ("By a wide margin, those surveyed say the city should build the bridge by 2030.",
         "those surveyed"),
    ],
)  # fmt: skip
def test_unnamed_groups_and_asides_are_speakers(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics argue that the bridge will never pay for itself.", "Critics"),
        ("Harbour officials warn the toll will have to double.", "Harbour officials"),
        ("Residents insist that nobody asked them.", "Residents"),
        ("Both unions predict that the strike will last into July.", "Both unions"),
        ("The councillors are quick to point out that the plan is not theirs.", "councillors"),
        ("Judge Ana Lind reminded jurors that they must not discuss the case.", "Ana Lind"),
        ("Manager Kai Moss was adamant that the striker was going nowhere.", "Kai Moss"),
        ("Counsel Ola Berg put it to her that the dinner had been an ordinary meal.",
         "Ola Berg"),
    ],
)  # fmt: skip
def test_a_plurals_present_and_other_speech_verbs_report_what_follows(
    text: str, speaker: str
) -> None:
    """'Critics argue that …': the present of a plural subject is a speech verb too."""
    [q] = quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Lind wrote a letter to the council on Monday.", None),
        ("Ana Lind wrote the book on ferries.", None),
        ("Ana Lind wrote a letter to the council asking it to delay the vote.", "Ana Lind"),
        ("Ana Lind wrote the council had never asked her.", "Ana Lind"),
        # what a host of things is not a speaker; a host of critics is
        ("Speaking on the radio, Ana Lind said her band and her producer, Ola Berg, wrote a "
         "host of new songs for the album.", "Ana Lind"),
        ("The season was long, wrote a host of critics.", "a host of critics"),
    ],
)  # fmt: skip
def test_writing_something_is_no_statement_unless_it_says_something(
    text: str, speaker: str | None
) -> None:
    assert [q.speaker for q in quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        "Ola Brenn's claim that the bridge is safe was repeated on Friday.",
        "The case for caution is that the bridge is old.",
    ],
)
def test_the_noun_of_a_speech_verb_reports_nothing(text: str) -> None:
    """'claim', 'stress' and 'caution' are nouns as often: no plural's present."""
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A ministry spokesman said no such understanding existed.", "A ministry spokesman"),
        ("The competition authority has confirmed it received the notification.",
         "competition authority"),
    ],
)  # fmt: skip
def test_a_clause_without_that_or_an_auxiliary_is_reported(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.text) == (speaker, text.rstrip("."))


@pytest.mark.parametrize(
    "text", ["The firm confirmed it on Monday.", "Asked about the offer, the minister said no."]
)
def test_what_a_verb_takes_as_its_object_is_no_statement(text: str) -> None:
    assert quotes(text) == []


def test_a_pronoun_nobody_was_named_for_still_gives_a_statement() -> None:
    [q] = quotes("They say the new ferry will have to win over the island first.")
    assert q.speaker is None
    assert q.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Said Dora Poyn, who grew up near the harbour, “We were all so proud of the crew.”",
        "The hall went quiet. Dora Poyn interjected, “Ladies and gentlemen, the ferry has left.”",
        "Harbour historian Dora Poyn: “At long last the crossings have started again this week.”",
    ],
)
def test_the_person_leading_into_a_quotation_speaks_it_whatever_the_verb(text: str) -> None:
    [q] = quotes(text)
    assert q.speaker == "Dora Poyn"


def test_a_closing_speaker_tag_speaks_for_a_sentence_opening_with_a_pronoun() -> None:
    text = (
        "Kai Moss met Ivo Lind on Monday. "
        "He promised to beat Lind at the polls thanks to the family name, Moss said."
    )
    [q] = quotes(text)
    assert q.speaker == "Kai Moss"


def test_a_second_verb_after_and_has_the_sentences_subject() -> None:
    [q] = quotes(
        "Ms. Cole rejected the idea that the changes amounted to a purge and said "
        "that Mr. Holt was not being sidelined."
    )
    assert q.speaker and q.speaker.endswith("Cole")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The vote was close. “Worried,” said Ola Grimm, a harbour pilot. “Worried for "
         "the whole island.”", "Ola Grimm"),
        ("“It’s doable,” Ola Grimm told the island paper on Monday.", "Ola Grimm"),
        ("Ben Moss spoke first. Moss did not name any rivals, but told his supporters, "
         "“our island is in trouble and we must act.”", "Ben Moss"),
        ("Ben Moss spoke first. Moss shot back in a statement, saying he had “made money "
         "in bad markets.”", "Ben Moss"),
        ("The Harbour Party released a statement on Wednesday, saying the remarks were "
         "“another example of divisive tactics.”", "Harbour Party"),
    ],
)  # fmt: skip
def test_short_quotations_and_shared_subjects_name_their_speaker(text: str, speaker: str) -> None:
    found = quotes(text)
    assert found
    assert all(q.speaker == speaker for q in found)


def test_a_headline_that_puts_words_in_a_persons_mouth_is_a_statement() -> None:
    text = (
        "EXCLUSIVE – Moss: No outside influence on the harbour inquiry\n\n"
        "Harbour master Ben Moss spoke to the island paper on Monday about the inquiry."
    )
    found = extract(text, "2025-06-10", today=TODAY).quotes
    assert [(q.speaker, q.text) for q in found][:1] == [
        ("Ben Moss", "No outside influence on the harbour inquiry")
    ]


def test_a_headline_label_that_is_no_person_is_no_statement() -> None:
    text = "Poll: the ferry wins the island vote\n\nA poll by the island paper found support."
    assert extract(text, "2025-06-10", today=TODAY).quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr. Holm, the pollster, said Ms. Berg had planned a campaign built on regional "
         "quirks.", "Holm"),
        ("In Tromsø, half of the party's voters said they were angry.",
         "half of the party's voters"),
        ("Aides said more than a million donors gave to the campaign.", "Aides"),
        ("The clip came from a rally, where the harbour master said she was “not only here "
         "to do my job” but also to back her candidate.", "harbour master"),
    ],
)  # fmt: skip
def test_reported_speech_after_titles_quantities_and_where(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Cory Dahl, 22, of Tromsø, Norway, said he had not given up hope for the ferry.",
         "Cory Dahl"),
        ("Harbour master Ana Lind rarely spoke. The harbour master also told the island "
         "radio that the ferry would run.", "Ana Lind"),
        ("The following day, the company's property director, Ian Barra, replied that "
         "landlords had been approached.", "Ian Barra"),
    ],
)  # fmt: skip
def test_an_age_a_place_a_day_or_an_adverb_is_not_the_speaker(text: str, speaker: str) -> None:
    found = quotes(text)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Ana Lind met Kai Moss on Monday. The senator told the island radio that the "
         "ferry would run.", "Ana Lind"),
        ("Vermont Sen. Ana Lind and Ohio Sen. Kai Moss met. Later, the Vermont senator told "
         "the radio that the ferry would run.", "Ana Lind"),
        ("Harbour master Ana Lind met Kai Moss, the pollster, on Monday. The pollster said "
         "the ferry would lose money.", "Kai Moss"),
    ],
)  # fmt: skip
def test_the_title_a_person_was_named_with_points_back_to_them(text: str, speaker: str) -> None:
    found = quotes(text)
    assert [q.speaker for q in found] == [speaker]


def test_a_department_is_not_resolved_to_a_person() -> None:
    found = quotes("Secretary Ana Lind spoke. The department said the ferry would run.")
    assert [q.speaker for q in found] == ["department"]


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("The campaign pays “dozens” of canvassers to go door to door, according to "
         "campaign manager Ana Berg.", "Ana Berg", "The campaign pays"),
        ("Berg has raised $2 million from island donors, while Moss has raised $6 million, "
         "according to the Island Herald.", "Island Herald", "Berg has raised"),
        ("Attempts to close the ferry have grown in recent years, according to the Harbour "
         "Forum, an advocacy group.", "Harbour Forum", "Attempts to close"),
    ],
)  # fmt: skip
def test_a_closing_relay_speaks_for_the_whole_sentence(text: str, speaker: str, start: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.text[: len(start)]) == (speaker, start)


def test_a_long_titled_name_opening_the_sentence_speaks_its_participle() -> None:
    [q] = quotes(
        "U.S. District Judge Ana C. Berg imposed a 52-month sentence, saying a tough "
        "penalty was needed to deter future hacking."
    )
    assert q.speaker == "Ana C. Berg"


def test_what_someone_asked_or_urged_others_to_do_is_theirs_however_long_the_object() -> None:
    [q] = quotes(
        "The Harbour Guild has asked the campaign of the ferry line's new owner to “cease "
        "and desist” from using its emblem."
    )
    assert q.speaker == "Harbour Guild"
    assert q.kind == "indirect"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind asked whether the ferry would run in the winter months.",
        "Ana Lind asked reporters why the council had closed the harbour.",
        "Ana Lind questioned whether the council could pay for the new pier.",
    ],
)
def test_what_someone_asked_is_their_statement(text: str) -> None:
    [q] = quotes(text)
    assert q.speaker == "Ana Lind" and q.kind == "indirect"


def test_asking_for_something_is_no_statement() -> None:
    assert quotes("Ana Lind asked the harbour master for a new timetable.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Brian Moss, the chairman of the harbour board, for example, said the ferry "
        "continued to hurt the island.",
        "Brian Moss, on Tuesday, said the ferry would run again before the winter.",
    ],
)
def test_an_aside_between_the_subject_and_its_verb_is_passed_over(text: str) -> None:
    [q] = quotes(text)
    assert q.speaker == "Brian Moss" and q.kind == "indirect"


def test_where_a_speaker_spoke_between_name_and_verb_is_no_speaker() -> None:
    [q] = quotes(
        "Ana Lind, during a town hall meeting in Columbus, Ohio, said she was going to "
        "close the harbour."
    )
    assert q.speaker == "Ana Lind"
    [q] = quotes("Sen. Ana Lind (I-Vt.) told them: “We will not close the harbour this winter.”")
    assert q.speaker == "Ana Lind"


def test_adding_things_is_not_adding_words() -> None:
    [q] = quotes(
        "In the harbour, organizers added 160 security officers along the route, "
        "the Island Courier reported."
    )
    assert q.speaker == "Island Courier"
    [q] = quotes("Ana Lind added the ferry would run again in April.")
    assert q.speaker == "Ana Lind"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("A new poll by Harbour College shows that most voters in the port towns oppose "
         "the new fees.", "new poll by Harbour College", "most voters in the port towns"),
        ("The study found the crossing fees had doubled since 2019 for small boats.",
         "study", "the crossing fees had doubled"),
        ("A ferry union poll last month showed Mr. Brenn leading the race, 45 percent to 18.",
         "ferry union poll last month", "Mr. Brenn leading the race"),
    ],
)  # fmt: skip
def test_what_a_poll_or_study_finds_is_attributed_to_it(text: str, speaker: str, said: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.kind, q.stance) == (speaker, "indirect", None)
    assert q.text.startswith(said)


def test_things_that_show_up_or_are_found_somewhere_are_no_findings() -> None:
    assert (
        quotes("The boats showed up in the harbour on Tuesday, after the storm had passed.") == []
    )
    assert quotes("Divers found the anchor in the mud near the old pier on Sunday morning.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("Harbour economists believe this gives owners a reason to sell their boats.",
         "Harbour economists", "this gives owners"),
        ("U.S. port officials believe the ferry company has cut its fares since the spring.",
         "U.S. port officials", "the ferry company"),
    ],
)  # fmt: skip
def test_what_a_group_believes_is_their_statement(text: str, speaker: str, said: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.kind) == (speaker, "indirect")
    assert q.text.startswith(said)


def test_hoping_to_do_something_is_no_belief() -> None:
    assert quotes("Ola Brenn hopes to win the race. Lina Berg expects more from the board.") == []


def test_telling_them_that_is_a_statement_of_its_own() -> None:
    text = (
        "Harbour Minister Ola Brenn told reporters on Tuesday the board had “no plans” to "
        "raise fees, telling them that talks with the crews were routine."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Ola Brenn", "Ola Brenn"]
    assert found[1].text.startswith("telling them that talks")


def test_writing_that_before_a_titled_name_is_the_names() -> None:
    text = (
        "Writing on Facebook that the ferries were “a lifeline, not a luxury”, the mayor of "
        "Ventspils, Aivis Landzmanis, urged both governments to publish the agreement."
    )
    [q] = quotes(text)
    assert q.speaker == "Aivis Landzmanis"
    assert q.text.startswith("that the ferries were")


def test_a_relative_clause_with_commas_after_the_name_is_passed_over() -> None:
    text = (
        "Ola Brenn, whose boat sank off Visby, Gotland, in July 2012, said that the board "
        "had treated the crews unfairly during the inquiry."
    )
    [q] = quotes(text)
    assert q.speaker == "Ola Brenn"
    assert (
        q.text == "Ola Brenn said that the board had treated the crews unfairly during the inquiry"
    )


def test_a_role_or_a_venue_between_name_and_verb_is_left_out_but_the_venue_is_heard() -> None:
    [q] = quotes("Ola Berg, chief economist at Nordbank, said the fees were fair.")
    assert (q.speaker, q.text) == ("Ola Berg", "Ola Berg said the fees were fair")
    # (labelled statements never hold the aside; the stance still reads it)
    [q] = quotes("Ola Berg, in an interview on Monday, said the fees were fair.")
    assert (q.text, q.stance) == ("Ola Berg said the fees were fair", "public")


def test_a_trailing_tag_leaves_the_quotations_closing_mark() -> None:
    [q] = quotes("Lind said the pier was “a step,” Berg said.")
    assert q.text == "Lind said the pier was “a step”"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The board chose what Lina Berg called “the worst possible option” for the port.",
         "Lina Berg", "“the worst possible option”"),
        ("The fund put the pier at $2 million, which Ola Brenn called ''a disgrace,'' on Monday.",
         "Ola Brenn", "''a disgrace,''"),
    ],
)  # fmt: skip
def test_what_someone_called_a_thing_is_their_words(text: str, speaker: str, said: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.text) == (speaker, said)


def test_he_after_a_name_in_the_same_sentence_is_that_name() -> None:
    text = (
        "Ola Brenn and Lina Berg married in 2010.\n\nAlthough Brenn admitted to the paper that "
        "he and the woman had “been friends for some time,” he claimed they had never met."
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [(q.speaker, q.text) for q in found] == [("Ola Brenn", "he claimed they had never met")]


def test_a_number_alone_is_a_group_that_speaks() -> None:
    [q] = quotes("Several said they would rather the board hand out the funds to the towns.")
    assert q.speaker == "Several"


def test_adding_that_after_a_tag_is_the_tags_speaker() -> None:
    text = (
        "The board will play the “tourist card,” Brenn said, adding that the way to answer it "
        "“is to count the boats.”"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Brenn", "Brenn"]
    assert found[-1].text.startswith("adding that the way")


def test_she_after_the_opening_clause_is_the_name_that_opens_the_sentence() -> None:
    text = (
        "Lina Berg on Monday hit Ola Brenn on fees, she hit him on wages, and she claimed "
        "that there is a “growing level of anxiety” in his camp."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Lina Berg"]


def test_an_apposition_after_the_name_is_left_out_of_the_statement() -> None:
    text = (
        "Jason Sorens, the founder of a project that brings sailors to the port, said he "
        "had seen “some loss of the crews’ support over fees.”"
    )
    [q] = quotes(text)
    assert q.speaker == "Jason Sorens"
    assert q.text.startswith("Jason Sorens said he had seen")


def test_a_title_then_a_relative_clause_after_the_name() -> None:
    text = (
        "Hiroshi Takeda, President of the Japan Canoe Slalom Association, who chaired the "
        "consultation group, said the proposals had received “overwhelming support”."
    )
    [q] = quotes(text)
    assert q.speaker == "Hiroshi Takeda"


def test_a_clause_after_a_comma_inside_the_closing_mark_is_split_off() -> None:
    text = (
        "The union said it would “back the deal” but “not sign it this year,” and Rep. Ola "
        "Brenn suggested they would only offer conditional support."
    )
    assert [q.speaker for q in quotes(text)] == ["union", "Ola Brenn"]


def test_adding_that_after_an_inverted_tag_is_the_tags_speaker() -> None:
    text = (
        "“It is not new on the coast,” said Rep. Ola Brenn at the time, adding that “we have "
        "been electing fishermen to the council for a long time.”"
    )
    found = quotes(text)
    assert [(q.speaker, q.kind) for q in found] == [
        ("Ola Brenn", "direct"),
        ("Ola Brenn", "indirect"),
    ]


def test_however_opens_no_subject_and_a_day_may_stand_before_called() -> None:
    text = (
        "Lina Berg spoke in Visby. However, she held her fire on Ola Brenn, calling him a "
        "“decent man” and left the board alone.\n\nKarl Dahl, the union's chairman, on Tuesday "
        "called the new fees “a tax on the small boats,” an unusual rebuke."
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [q.speaker for q in found] == ["Lina Berg", "Karl Dahl"]


def test_the_narrators_i_is_still_proposed() -> None:
    [q] = quotes("I told the board last month that its “plan” for the pier was a mistake.")
    assert q.kind == "indirect"


def test_a_name_said_again_in_a_relative_clause_keeps_the_first_statement() -> None:
    text = (
        "Ola Brenn said last week that he plans to bring his own bill on the harbour debt, "
        "which Brenn said would make “a bad situation better.”"
    )
    [q] = quotes(text)
    assert q.text.startswith("Ola Brenn said last week that he plans")


def test_a_publication_that_has_been_outspoken_argues() -> None:
    text = (
        "The harbour weekly has been outspoken in its opposition to the fees, arguing they "
        "are “a tax on the small boats that the port cannot afford.”"
    )
    [q] = quotes(text)
    assert q.speaker == "harbour weekly"


def test_a_surname_said_twice_keeps_the_first_statement() -> None:
    text = (
        "Ola Brenn spoke on Monday. Brenn said last week that he plans to bring his own bill "
        "on the harbour debt, which Brenn said would make “a bad situation better.”"
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert found[-1].text.startswith("Brenn said last week that he plans")


def test_a_clause_holding_a_quotation_after_a_verb_that_wants_that_is_reported() -> None:
    [q] = extract(
        "Headline\n\nAna Lind insists the harbour board is mounting a “phony attack” on her.",
        "2025-06-10",
    ).quotes
    assert q.speaker == "Ana Lind"
    assert "“phony attack”" in q.text
    # without a quotation, a short subject and its auxiliary make the clause
    [q] = extract(
        "Headline\n\nAna Lind insists the harbour board is right about the fares.", "2025-06-10"
    ).quotes
    assert q.text == "Ana Lind insists the harbour board is right about the fares"


def test_a_word_starting_with_a_is_no_article_opening_a_clause() -> None:
    found = extract(
        "Headline\n\nOla Berg, asked about the audit at a briefing in Visby, declined to "
        "comment on “letters between the negotiating teams”.",
        "2025-06-10",
    ).quotes
    assert [q.text for q in found if q.kind == "indirect"] == []


def test_there_and_its_verb_open_a_clause_without_that() -> None:
    found = extract(
        "Headline\n\nSpeaking to the BBC, Foreign Secretary Ola Lind insisted there had been "
        "‘no secret deal’ with the Gulf states.",
        "2025-06-10",
    ).quotes
    assert [(q.speaker, q.kind) for q in found] == [("Ola Lind", "indirect")]


def test_a_participle_with_a_quotation_of_its_own_is_a_second_statement() -> None:
    text = (
        "Ola Brenn told the council that the harbour plan was “finished,” adding, “We will "
        "build it anyway.”\n\nLina Berg said she respects the mayor and calls her “a very "
        "stubborn person.”\n\nKarl Dahl said on the radio that the port would reopen on "
        "Friday, calling the delay “a disgrace for the island.”"
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [(q.speaker, q.text) for q in found] == [
        ("Ola Brenn", "Ola Brenn told the council that the harbour plan was “finished,”"),
        ("Ola Brenn", "We will build it anyway."),
        ("Lina Berg", "Lina Berg said she respects the mayor"),
        ("Lina Berg", "her “a very stubborn person.”"),
        ("Karl Dahl", "Karl Dahl said on the radio that the port would reopen on Friday"),
        ("Karl Dahl", "the delay “a disgrace for the island.”"),
    ]
    # said on the same occasion: the radio is the second statement's venue too
    assert [q.stance for q in found[4:]] == ["public", "public"]


def test_a_clause_going_on_after_a_closing_mark_joins_with_no_second_comma() -> None:
    [q] = quotes(
        "Ola Brenn said the ferry has been “a lifeline for the island,” and the council "
        "would need to “pay for it” for years."
    )
    assert ",”," not in q.text
    assert q.text.endswith("island,” and the council would need to “pay for it” for years")


def test_a_sentence_reporting_a_clause_after_a_closed_quotation_is_its_own() -> None:
    text = (
        "Union leader Karin Lind came out of the ministry. “We heard a lot of words and not "
        "one signature,” she told the cameras. “The strike goes on.” She said the union would "
        "hold an assembly at the gates tomorrow.\n\n“Will you sign?” Ola Brenn asked."
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [(q.kind, q.speaker) for q in found] == [
        ("direct", "Karin Lind"),
        ("indirect", "Karin Lind"),
        ("direct", "Ola Brenn"),
    ]
    assert found[1].text == "She said the union would hold an assembly at the gates tomorrow"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Ola Brenn, for his part, insists nothing has been agreed.",
         "Ola Brenn, for his part, insists nothing has been agreed"),
        ("The harbour master warned the pier was at risk.",
         "The harbour master warned the pier was at risk"),
        ("The mayor has been very clear in public that the ferry will stay.",
         "The mayor has been very clear in public that the ferry will stay"),
    ],
)  # fmt: skip
def test_a_short_clause_with_no_that_and_being_clear_report(text: str, said: str) -> None:
    [q] = quotes(text)
    assert q.text == said


def test_warning_someone_is_no_report() -> None:
    assert quotes("The harbour master warned the town about the storm.") == []


def test_a_wire_lede_and_its_contrast_are_two_statements() -> None:
    text = (
        "VISBY, May 3 (Wire) — Gotland has quietly told its neighbours that it will not "
        "block the fee, three officials said Tuesday, even as the island's harbour master "
        "publicly warned that the fee could drive ferries away.\n\nGovernment lawyers told "
        "the court on Monday that the levy is in force, days after officials privately "
        "assured the petitioners that no penalties would be imposed, according to lawyers "
        "involved in the case."
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Gotland", "private"),
        ("island's harbour master", "public"),
        ("Government lawyers", "public"),
        ("officials", "private"),
    ]
    assert found[0].text == "Gotland has quietly told its neighbours that it will not block the fee"
    assert found[3].text.startswith("officials privately assured")


def test_a_lede_before_a_contrast_with_a_quotation_is_kept() -> None:
    text = (
        "VISBY, May 3 (Wire) - Gotland has privately told the operator it is ready to drop "
        "the fee once a new scheme is running, two officials said, even as the harbour "
        "master told the council the fee would remain “for as long as it takes”."
    )
    found = extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Gotland", "private"),
        ("harbour master", "public"),
    ]
    assert found[1].text.startswith("the harbour master told the council")


def test_what_a_relative_clause_said_is_a_statement_of_its_own() -> None:
    text = (
        "The harbour master, Karin Lind, spoke on Monday. Lind, who told the council last "
        "month that the fees would not rise again before 2027, faces questions over the debt."
    )
    [q] = [q for q in quotes(text) if "fees" in q.text]
    assert q.speaker == "Karin Lind"
    assert q.text.startswith("Lind, who told the council")
    assert q.text.endswith("before 2027")
    # a relative clause that said nothing leaves the main clause's words whole
    [q] = quotes("Ola Brenn, who has run the port for a decade, has said the fees are fair.")
    assert q.text.endswith("the fees are fair")


def test_its_minister_is_a_speaker() -> None:
    [q] = quotes(
        "The fees went up in May, even as its finance minister told lawmakers the port "
        'would "charge whatever the market will bear".'
    )
    assert q.speaker == "its finance minister"


def test_a_clause_with_a_negated_auxiliary_and_a_quotation_is_reported() -> None:
    [q] = quotes(
        "Ola Brenn spoke on Monday. Brenn has denounced the attacks, saying his campaign "
        "doesn’t want “that crap.”"
    )
    assert (q.speaker, q.kind, q.text) == (
        "Ola Brenn",
        "indirect",
        "saying his campaign doesn’t want “that crap.”",
    )


def test_a_participles_clause_after_a_tag_is_a_statement_not_the_quotation_going_on() -> None:
    found = quotes(
        "“We had written two dozen songs,” Kiedis said, mentioning the long-awaited album is "
        "“in the home stretch.”"
    )
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "We had written two dozen songs,"),
        ("indirect", "mentioning the long-awaited album is “in the home stretch.”"),
    ]


def test_a_names_closing_comma_before_its_auxiliary_is_no_part_of_the_statement() -> None:
    [q] = quotes(
        "Two people present said the association's chair, Els de Vries, had privately told "
        "union officials that a further 1 per cent could be found."
    )
    assert (q.speaker, q.stance, q.text) == (
        "Els de Vries",
        "private",
        "Els de Vries had privately told union officials that a further 1 per cent could be found",
    )


def test_a_tag_that_reports_a_clause_after_a_closed_quotation_opens_its_own_sentence() -> None:
    found = quotes(
        "Astrid Holm spoke. “We talk to everybody.” She added that nothing is decided until "
        "everything is decided."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Astrid Holm", "We talk to everybody."),
        ("Astrid Holm", "She added that nothing is decided until everything is decided"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ("The court ruled that the licence was unlawful.", "court", "the licence was unlawful"),
        (
            "In a 64-page judgment, the court found that the agency had relied on old data.",
            "court",
            "the agency had relied on old data",
        ),
        (
            "Portugal’s Supreme Administrative Court on Tuesday annulled the licence, ruling that "
            "the government had approved it without a lawful assessment.",
            "Supreme Administrative Court",
            "the government had approved it without a lawful assessment",
        ),
        (
            "Students were not refunded, even after a federal judge found that the school "
            "misled them.",
            "federal judge",
            "the school misled them",
        ),
    ],
)
def test_what_a_court_rules_or_finds_is_its_statement_on_the_record(
    text: str, speaker: str, said: str
) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.text, q.stance) == (speaker, said, "public")


def test_what_a_relays_source_said_next_is_theirs() -> None:
    found = quotes(
        "Talks on a second batch began in September, according to a European diplomat, who "
        "said Paris had been careful to keep the file quiet."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("a European diplomat", "Talks on a second batch began in September"),
        ("a European diplomat", "said Paris had been careful to keep the file quiet"),
    ]


def test_what_someone_called_a_thing_passed_on_by_another_is_theirs_and_private() -> None:
    [q] = quotes(
        "Margarethe Lindqvist chairs the talks. One delegate said Lindqvist called the threat "
        "of sanctions “a drawer we would rather keep closed”."
    )
    assert (q.speaker, q.stance, q.text) == (
        "Margarethe Lindqvist",
        "private",
        "Lindqvist called the threat of sanctions “a drawer we would rather keep closed”",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Jim Doyle spoke. The contrast with Trump, said Doyle and others, would be clear "
            "since Trump has no former presidents by his side.",
            "Jim Doyle",
            "The contrast with Trump would be clear since Trump has no former presidents by "
            "his side",
        ),
        (
            "Louise Sunshine spoke. And Trump, said Sunshine, who remains friendly with him, "
            "doesn't forgive or forget.",
            "Louise Sunshine",
            "Trump doesn't forgive or forget",
        ),
    ],
)
def test_an_inverted_tag_inside_the_clause_it_tags(text: str, speaker: str, said: str) -> None:
    assert (quotes(text)[-1].speaker, quotes(text)[-1].text) == (speaker, said)


def test_what_someone_hailed_or_branded_something_as_is_their_statement() -> None:
    [q] = quotes(
        "Defence Minister Pawel Zielinski hailed it as the biggest step towards a Polish tank "
        "industry since the 1970s."
    )
    assert (q.speaker, q.kind) == ("Pawel Zielinski", "indirect")
    # praising someone for something is no statement of what is
    assert quotes("The minister praised the workers for their efforts.") == []


def test_whom_they_told_then_they_is_no_subject() -> None:
    [q] = quotes(
        "The heads of both lobbying firms told AP they concluded there was no obligation to "
        "disclose their activities."
    )
    assert q.speaker == "heads of both lobbying firms"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a release's formal voice
        ("The Bank wishes to state clearly that no such assurance was given.", "Bank"),
        ("The ministry would like to make clear that no such promise was made.", "ministry"),
        # a closing tag, then what came of it
        (
            "Rents will rise by up to 28 percent from January, the housing company confirmed "
            "on Monday, prompting angry scenes at a public meeting.",
            "housing company",
        ),
    ],
)
def test_formal_voices_and_a_tag_followed_by_its_consequence(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker and q.kind == "indirect"
    assert "prompting" not in q.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an audience, then a clause with no 'that' and an adverb before its verb
        ("Calder Ridge’s regional director, Simon Thwaite, told councillors the scheme now "
         "included 30 per cent affordable housing.", "Simon Thwaite"),
        # an age after the name, alone or before a relative clause
        ("Ana Lind, 19, said she had barely slept.", "Ana Lind"),
        ("Okafor, 19, who signed his first professional contract only in February, said he "
         "had barely slept the night before.", "Okafor"),
    ],
)  # fmt: skip
def test_an_audience_then_a_bare_clause_and_a_name_with_an_age(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.kind) == (speaker, "indirect")


def test_an_as_clause_with_its_own_that_is_a_statement() -> None:
    [q] = quotes(
        "Downing Street is preparing to offer rebels a legal “lock” on green belt land, as 43 "
        "of the party’s MPs warned privately that they were ready to vote against the bill."
    )
    assert (q.speaker, q.stance) == ("43 of the party’s MPs", "private")
    assert q.text.startswith("43 of the party’s MPs warned")


def test_an_age_and_an_aside_before_the_verb_are_left_out_of_the_words() -> None:
    [q] = quotes(
        "Kirsty Macleod, 16, who takes the ferry every Monday to board at the high school in "
        "Oban, says she has got used to the uncertainty."
    )
    assert q.text == "Kirsty Macleod says she has got used to the uncertainty"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The political response has been slow, islanders say, and sometimes contradictory.",
         "islanders"),
        ("Doctors warned that the wards were full.", "Doctors"),
    ],
)  # fmt: skip
def test_people_of_a_place_or_a_trade_speak_as_a_group(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_a_constituency_and_a_members_title_before_a_name_are_no_part_of_it() -> None:
    found = quotes(
        "Met Éireann says gusts of up to 110km/h are still possible.\n\n"
        "Dublin Bay South TD Jane Smith says she will raise the email next Tuesday.\n\n"
        "“This was a warning, and it was ignored,” she told the Herald."
    )
    assert [q.speaker for q in found] == ["Met Éireann", "Jane Smith", "Jane Smith"]


def test_a_street_is_nobody_and_she_stays_the_woman_named_before_it() -> None:
    found = quotes(
        "“The barriers would hold,” said Máire Ní Fhlatharta, who has lived on Fairhill Road "
        "for 31 years. Her kitchen was under water by midday.\n\n"
        "“Nobody came today,” she said."
    )
    assert [q.speaker for q in found] == ["Máire Ní Fhlatharta", "Máire Ní Fhlatharta"]


def test_a_sentence_end_or_a_phrase_put_first_is_no_part_of_the_speaker() -> None:
    """'No. In public they say …' is not said by 'No. In public they'."""
    found = quotes("Ana Lind met the mayor. No. In public she says every option is open.")
    assert [q.speaker for q in found] == ["Ana Lind"]


def test_an_apposition_left_open_is_not_the_subject() -> None:
    """'Sen. Ana Lind (D-VT), a supporter of Kai Moss’s bid told …': the comma that
    would close the apposition is missing; the senator speaks, not Kai Moss."""
    [q] = quotes(
        "Friday on “New Day,” Sen. Ana Lind (D-VT), a supporter of Kai Moss’s 2016 bid for "
        "the presidency told the host she believed that Moss would release the transcripts."
    )
    assert q.speaker == "Ana Lind"


def test_what_a_fronted_phrase_was_is_not_the_subject_the_name_after_it_is() -> None:
    found = quotes(
        "Ana Lind spoke on Monday.\n\n"
        "In her 2004 speech, a testimonial to Kai Moss, the party's nominee that year, Ms. Lind "
        "decried the “spin masters who embrace the politics of anything goes.”"
    )
    assert [q.speaker for q in found] == ["Ana Lind"]


def test_a_reported_clause_is_never_split_inside_the_words_it_quotes() -> None:
    [q] = quotes(
        'A spokeswoman for the port said in a statement that "the terminal did not, at any '
        "time, treat the ship differently. All precautions were in place, and continued to "
        'be so, throughout the call."'
    )
    assert q.text.endswith('throughout the call."')
    assert q.speaker == "A spokeswoman for the port"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator - a former prosecutor - said the bill was flawed.", "senator"),
        ("Turnout was low - 60 percent of voters said the race did not interest them.",
         "60 percent of voters"),
        ("Turnout was low — 60 percent of voters said the race did not interest them.",
         "60 percent of voters"),
    ],
)  # fmt: skip
def test_a_spaced_hyphen_is_a_dash_before_a_subject(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_reported_speech_after_a_quotation_closed_on_a_stop_is_a_statement_of_its_own() -> None:
    found = quotes(
        "“We have bought a port,” Paolo Ferrante told Greek television. “Every worker will "
        "stay.” He said the company planned to invest €120 million in a new terminal."
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("direct", "Paolo Ferrante"),
        ("indirect", "Paolo Ferrante"),
    ]
    assert found[1].text.startswith("He said the company planned")


def test_according_to_before_a_writers_remark_after_a_dash_still_relays() -> None:
    [q] = quotes(
        "Austria has privately promised Bosnia around 20 million euros for a new facility, "
        "according to two Bosnian officials – an offer that the interior minister publicly "
        "denied making on Monday."
    )
    assert (q.speaker, q.stance) == ("Austria", "private")
    assert q.text.endswith("for a new facility")


def test_whom_someone_told_and_where_may_run_long_before_that() -> None:
    found = quotes(
        "Hafizuddin Rahman told parliament on 2 September that licensing was not "
        "negotiable.\n\n"
        "According to two people present, Hafizuddin told executives of three American "
        "technology companies at a closed-door meeting in Putrajaya on 19 August that "
        "enforcement would be ‘phased in gently’."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Hafizuddin Rahman", "public"),
        ("Hafizuddin Rahman", "private"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The trial of Carla Antunes and Rui Mendonça, who are accused of corruption and "
         "abuse of power, resumed on Tuesday.", []),
        ("Lind was accused by prosecutors of hiding the payments.", ["prosecutors"]),
    ],
)  # fmt: skip
def test_a_charge_with_no_one_who_makes_it_is_no_statement(text: str, found: list[str]) -> None:
    assert [q.speaker for q in quotes(text)] == found


def test_the_papers_own_correspondent_reports_no_statement_another_papers_does() -> None:
    found = quotes(
        "Our correspondent in Nakuru reports that the county hospital is running only "
        "emergency services.\n\n"
        "A correspondent for the BBC reported that the hospital was closed."
    )
    assert [q.speaker for q in found] == ["A correspondent for the BBC"]


@pytest.mark.parametrize(
    ("text", "statement", "speaker"),
    [
        ("According to a Westport Courier-Ipsos survey, 51 percent of respondents said they "
         "would vote for the mayor.", "51 percent of respondents said",
         "Westport Courier-Ipsos survey"),
        ("The vast majority of farmers say they prefer lower prices, according to a Harbour "
         "Institute poll released Thursday.", "The vast majority", "Harbour Institute poll"),
        ("In a September Nordbank poll, 75 percent of traders said the bank cannot be trusted.",
         "75 percent of traders", "Nordbank poll"),
        # 'the poll' again is the one named before
        ("A Nordbank poll in June found little change. The poll showed that a majority of "
         "traders still expect a cut.", "a majority of traders", "Nordbank poll"),
        ("A Nordbank poll in June found little change. Nearly three in four say rates will "
         "fall, according to the survey.", "Nearly three in four", "Nordbank poll"),
    ],
)  # fmt: skip
def test_a_share_of_those_asked_is_the_poll_s_finding(
    text: str, statement: str, speaker: str
) -> None:
    [q] = [q for q in quotes(text) if statement in q.text]
    assert (q.speaker, q.stance) == (speaker, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Most economists said the cut was due.", "Most economists"),
        ("The majority leader said the bill would pass, according to a Nordbank poll.",
         "majority leader"),
    ],
)  # fmt: skip
def test_a_subject_that_is_no_share_of_those_asked_keeps_its_name(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_a_sentence_may_open_on_a_number() -> None:
    found = quotes(
        "The mayor said the plan was popular. 42% of residents say they have not heard of it. "
        "The report, on p. 42 of the annex, said the plan had failed."
    )
    assert [q.text for q in found] == [
        "The mayor said the plan was popular",
        "42% of residents say they have not heard of it",
        "The report, on p. 42 of the annex, said the plan had failed",
    ]


def test_according_to_him_is_whom_he_means() -> None:
    found = extract(
        "Headline\n\nMahinda Wickramasinghe heads the growers association.\n\nAccording to "
        "him, nothing in the gazette notice published on Friday reflects that promise.",
        "2025-07-20",
    ).quotes
    assert [q.speaker for q in found] == ["Mahinda Wickramasinghe"]


def test_a_closing_tag_then_what_it_came_after_and_a_view_given_as_hers() -> None:
    found = extract(
        "Headline\n\nMinister Nilanthi Samarakoon spoke.\n\nThe government will ban exports of "
        "fresh coconuts for three months from 1 August, Trade Minister Nilanthi Samarakoon "
        "announced on Tuesday, after retail prices of a single nut climbed above Rs. 200.\n\n"
        "In her view, the shortage was the result of two poor harvests and a surge in demand.",
        "2025-07-16",
    ).quotes
    assert [(q.speaker, q.text[:24]) for q in found] == [
        ("Nilanthi Samarakoon", "The government will ban "),
        ("Nilanthi Samarakoon", "the shortage was the res"),
    ]


def test_british_marks_open_what_a_verb_reports_as_curly_doubles_do() -> None:
    # 'urged allies to ‘…’': the British single marks are a quotation as “…” is
    for opening, closing in (("‘", "’"), ("“", "”")):
        found = extract(
            f"Headline\n\nSobczak urged allies to {opening}buy faster, and buy together"
            f"{closing} at the summit in Warsaw.",
            "2026-11-01",
        ).quotes
        assert [(q.speaker, q.kind, q.text[:24]) for q in found] == [
            ("Sobczak", "indirect", "Sobczak urged allies to ")
        ]


def test_how_an_assurance_was_given_is_no_statement_unless_it_tells_who_said_what() -> None:
    framed = extract(
        "Headline\n\nThe assurance was given at a dinner in Vilnius on Monday, the officials said.",
        "2026-02-12",
    ).quotes
    assert framed == []
    [q] = extract(
        "Headline\n\nThe assurances were given at a closed-door meeting in Brussels on Monday, "
        "where Deputy Energy Minister Aliya Bekova told Commission officials that tanker "
        "capacity had already been booked, the sources said.",
        "2026-02-12",
    ).quotes
    assert (q.speaker, q.stance, q.text[:30]) == (
        "Aliya Bekova",
        "private",
        "Deputy Energy Minister Aliya B",
    )


def test_and_that_another_had_replied_is_a_second_statement_passed_on_the_same_way() -> None:
    found = extract(
        "Headline\n\nPresident Abdirahman Sheikh Nur met Prime Minister Dawit Alemu on "
        "Sunday.\n\nOne of the diplomats said Sheikh Nur had asked for the assurance to be put "
        'in writing and that Alemu had replied that "a letter can be arranged after the '
        'January deployment".',
        "2025-11-10",
    ).quotes
    assert [(q.speaker, q.stance, q.text[:26]) for q in found] == [
        ("Abdirahman Sheikh Nur", "private", "Sheikh Nur had asked for t"),
        ("Dawit Alemu", "private", 'Alemu had replied that "a '),
    ]


def test_both_governments_after_a_fronted_phrase_speak() -> None:
    [q] = extract(
        "Headline\n\nIn public, both governments insist nothing has changed.", "2025-06-15"
    ).quotes
    assert (q.speaker, q.stance) == ("both governments", "public")


@pytest.mark.parametrize(
    "sentence",
    [
        "Oluoch rejected suggestions that the response had been slow.",
        "Oluoch rejected claims that the response had been slow.",
    ],
)
def test_a_denial_is_its_speaker_s_and_claims_after_a_verb_are_a_noun(sentence: str) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-03-14").quotes
    assert (q.speaker, q.text) == ("Oluoch", sentence.rstrip("."))


def test_and_that_a_firm_had_agreed_to_something_stays_in_the_statement() -> None:
    [q] = extract(
        "Headline\n\nPark said the two sides had met twice and that Acme Corp had agreed to "
        "a 5 percent rise.",
        "2025-10-08",
    ).quotes
    assert (q.speaker, q.text) == (
        "Park",
        "Park said the two sides had met twice and that Acme Corp had agreed to a 5 percent rise",
    )


def test_they_after_a_group_is_the_group() -> None:
    found = extract(
        "Headline\n\nResidents say the council ignored the warnings, and they argue that the "
        "flooding was avoidable.",
        "2025-10-08",
    ).quotes
    assert [q.speaker for q in found] == ["Residents", "Residents"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "opening"),
    [
        ("The mayor called on Tuesday for the whole board to resign.", "mayor", "The mayor called"),
        ("The union is calling on the company to return to the table.", "union", "The union is"),
        (
            "The ministry issued a statement on Monday calling for the contract to be "
            "suspended immediately.",
            "ministry",
            "calling for the",
        ),
        (
            "Ali insisted the agreement did not amount to joining Western sanctions.",
            "Ali",
            "Ali insisted the",
        ),
    ],
)
def test_a_demand_and_a_short_clause_without_that_are_statements(
    sentence: str, speaker: str, opening: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-10-08").quotes
    assert (q.speaker, q.text[: len(opening)]) == (speaker, opening)


def test_calling_for_backup_says_nothing() -> None:
    assert extract("Headline\n\nPolice called for backup at 9pm.", "2025-10-08").quotes == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Marinov, who resigned on 26 June, two days after the raids, has denied wrongdoing.",
            "Marinov",
            "Marinov has denied wrongdoing",
        ),
        (
            "The circular asks banks to report back by 15 January.",
            "circular",
            "The circular asks banks to report back by 15 January",
        ),
        (
            "The minister instructed her staff to prepare a paper.",
            "minister",
            "The minister instructed her staff to prepare a paper",
        ),
    ],
)
def test_a_denial_of_wrongdoing_and_an_instruction_are_statements(
    sentence: str, speaker: str, text: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-10-08").quotes
    assert (q.speaker, q.text) == (speaker, text)


def test_he_was_denied_entry_says_nothing() -> None:
    assert extract("Headline\n\nHe was denied entry at the border.", "2025-10-08").quotes == []


def test_it_found_after_a_body_released_its_report_is_the_body_s_finding() -> None:
    found = extract(
        "Headline\n\nOn Tuesday, the Aviation and Railway Accident Investigation Board (ARAIB) "
        "released its preliminary report. It found that the aircraft touched down about 900 "
        "metres beyond the runway threshold.",
        "2025-10-08",
    ).quotes
    assert [(q.speaker, q.text[:22]) for q in found] == [
        ("Aviation and Railway Accident Investigation Board", "the aircraft touched d")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "His government had been told in a meeting with Commission officials last month "
            "that technical assistance would come.",
            "Commission officials",
        ),
        (
            "The channel had been told in a telephone call from an RTÜK official last week "
            "that the penalty could be reduced.",
            "an RTÜK official",
        ),
        (
            "Ana said she had been told informally by a commissioner, a week after the "
            "interviews, that she should withdraw.",
            "a commissioner",
        ),
    ],
)
def test_words_told_to_someone_are_whoever_the_meeting_or_call_was_with(
    sentence: str, speaker: str
) -> None:
    found = extract("Headline\n\n" + sentence, "2025-10-08").quotes
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Sought, the Secretariat of Public Works informed, by means of its press office, "
            "that «it does not comment on internal meetings».",
            "Secretariat of Public Works",
        ),
        (
            "In a note, the Extraordinary Secretariat for COP30, linked to the Presidency of "
            "the Republic, stated that it «follows the situation with attention».",
            "Extraordinary Secretariat for COP30",
        ),
        (
            "The body evaluated that the stoppage «does not compromise the conference».",
            "body",
        ),
    ],
)
def test_translated_reporting_verbs_and_a_body_s_name_before_its_apposition(
    sentence: str, speaker: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-09-24").quotes
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "sentence", ["She said it twice.", "She said it more than once.", "She said it again."]
)
def test_saying_it_again_says_nothing_new(sentence: str) -> None:
    found = extract("Headline\n\nAna Lind spoke on Monday. " + sentence, "2025-03-18").quotes
    assert found == []


def test_saying_it_was_over_says_something() -> None:
    [q] = extract("Headline\n\nAna Lind spoke. She said it was over.", "2025-03-18").quotes
    assert q.text == "She said it was over"


def test_what_they_will_say_is_not_yet_said() -> None:
    found = extract(
        "Headline\n\nNeither of them has decided what they will say to friends back home who "
        "are weighing whether to enter the next ballot.",
        "2025-03-18",
    ).quotes
    assert found == []


def test_a_body_offering_in_private_even_as_it_insists_in_public_says_two_things() -> None:
    found = extract(
        "Headline\n\nDockers extended their strike on Tuesday, with union leaders saying the "
        "Labour Ministry had privately offered to fast-track a pension bill even as it "
        "publicly insisted it would not take sides in the dispute.",
        "2025-10-14",
    ).quotes
    assert [(q.text, q.speaker, q.stance) for q in found] == [
        (
            "the Labour Ministry had privately offered to fast-track a pension bill",
            "Labour Ministry",
            "private",
        ),
        (
            "it publicly insisted it would not take sides in the dispute",
            "Labour Ministry",
            "public",
        ),
    ]


def test_one_named_passing_on_an_offer_made_where_the_press_was_not() -> None:
    [q] = extract(
        "Headline\n\nSaavedra said that at a meeting on Sunday evening that was closed to the "
        "press, Labour Undersecretary Camila Ortúzar offered to send the bill to Congress "
        "within two weeks.",
        "2025-10-14",
    ).quotes
    assert (q.speaker, q.stance, q.cue) == ("Camila Ortúzar", "private", "closed to the press")
    assert q.text.startswith("Labour Undersecretary Camila Ortúzar offered")


def test_one_named_passing_on_an_offer_made_in_the_open_is_still_theirs() -> None:
    [q] = extract(
        "Headline\n\nLind said that at the summit Dahl offered to pay.", "2025-10-14"
    ).quotes
    assert q.speaker == "Lind"


def test_what_a_committee_has_found_and_recommended_is_its_word_on_the_record() -> None:
    found = extract(
        "Headline\n\nA Senate committee has found that $480 million in grants for the hub was "
        "approved on a rushed basis, and has recommended that the Auditor-General conduct a "
        "performance audit of the program.",
        "2025-08-22",
    ).quotes
    assert [(q.text, q.stance) for q in found] == [
        ("$480 million in grants for the hub was approved on a rushed basis", "public"),
        (
            "recommended that the Auditor-General conduct a performance audit of the program",
            "public",
        ),
    ]
    assert all("committee" in (q.speaker or "") for q in found)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The inquiry found that the minister had misled parliament.", "inquiry"),
        ("The jury found that the officers had acted lawfully.", "jury"),
        ("The panel held that the complaint had no merit.", "panel"),
    ],
)
def test_a_finding_of_an_inquiry_a_jury_or_a_panel(sentence: str, speaker: str) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-08-22").quotes
    assert (q.speaker, q.stance) == (speaker, "public")


@pytest.mark.parametrize("when", ["hours before", "days after", "two weeks before"])
def test_when_the_writer_tells_it_happened_is_no_part_of_what_was_said(when: str) -> None:
    [q] = extract(
        "Headline\n\nAna Lind said on Monday that she had done nothing wrong in the affair, "
        f"{when} the audit was published.",
        "2025-12-16",
    ).quotes
    assert q.text == "Ana Lind said on Monday that she had done nothing wrong in the affair"


@pytest.mark.parametrize(
    "sentence",
    [
        "But a government cannot tell the public one thing and the industry another.",
        "The views expressed are her own.",
        "The opinions expressed in this column are the author's own.",
    ],
)
def test_what_cannot_be_told_and_a_column_s_footer_say_nothing(sentence: str) -> None:
    assert extract("Headline\n\n" + sentence, "2025-12-16").quotes == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Xinhua's readout quoted Foreign Minister Lu Zhenhai as saying that the "
            "installations were normal.",
            "Lu Zhenhai",
        ),
        ("The newspaper quoted Ana Lind as saying that the plan was dead.", "Ana Lind"),
        ("Ola Berg spoke on Monday. Xinhua quoted him as saying the talks were over.", "Ola Berg"),
    ],
)
def test_one_a_paper_quotes_as_saying_is_the_speaker(text: str, speaker: str) -> None:
    [q] = extract("Headline\n\n" + text, "2025-11-20").quotes
    assert q.speaker == speaker


def test_one_a_readout_records_speaking_is_the_speaker_not_the_readout() -> None:
    [q] = extract(
        "Headline\n\nAccording to a readout released by Seoul's foreign ministry late "
        'Wednesday, Foreign Minister Yoon Dae-hyun "expressed serious concern" over the '
        "structures.",
        "2025-11-20",
    ).quotes
    assert q.speaker == "Yoon Dae-hyun"


def test_with_an_insider_saying_privately_what_a_country_argued_it_is_the_country_s() -> None:
    [q] = extract(
        "Headline\n\nOil prices rose on Tuesday, with one delegate saying privately that Saudi "
        "Arabia had argued against adding more barrels before the winter.",
        "2025-09-02",
    ).quotes
    assert (q.speaker, q.stance) == ("Saudi Arabia", "private")
    assert q.text == "Saudi Arabia had argued against adding more barrels before the winter"


def test_with_a_named_group_saying_it_is_the_group_s() -> None:
    [q] = extract(
        "Headline\n\nShares fell, with analysts at Nordbank saying that the rally was over.",
        "2025-09-02",
    ).quotes
    assert q.speaker == "analysts at Nordbank"


def test_they_after_a_group_s_statement_is_that_group() -> None:
    found = extract(
        "Headline\n\nAnalysts at Halvorsen Securities wrote in a note on Monday that a pause "
        'was likely.\n\n"The market is oversupplied on paper," they wrote.',
        "2025-09-02",
    ).quotes
    assert [q.speaker for q in found] == ["Analysts at Halvorsen Securities"] * 2


@pytest.mark.parametrize(
    "sentence, speaker, text",
    [
        (
            "Parcelo, which says it has about 140 million active customers in the EU, "
            "published a rebuttal on its blog.",
            "Parcelo",
            "it has about 140 million active customers in the EU",
        ),
        (
            "The case began with a complaint by the European Online Sellers Alliance, a "
            "Brussels-based group that says it represents around 9,000 small merchants.",
            "European Online Sellers Alliance",
            "it represents around 9,000 small merchants",
        ),
    ],
)
def test_what_a_body_says_in_a_relative_clause_about_it(
    sentence: str, speaker: str, text: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-10-01").quotes
    assert (q.speaker, q.text) == (speaker, text)


def test_a_source_asking_not_to_be_named_says_nothing_of_their_own() -> None:
    [q] = extract(
        'Headline\n\nParcelo offered last month to open its "Fast Delivery" badge to rival '
        "carriers, according to a person familiar with the discussions, who asked not to be "
        "named because the talks were confidential.",
        "2025-10-01",
    ).quotes
    assert q.speaker == "Parcelo"


def test_a_name_inside_a_quotation_is_no_relative_clause_s_antecedent() -> None:
    found = extract(
        'Headline\n\nThe carrier joined the "Fast Delivery" scheme, who said that it was fair.',
        "2025-10-01",
    ).quotes
    assert all(q.speaker != "Fast Delivery" for q in found)


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "More than 40 vessels were waiting at anchor on Tuesday morning, according to the "
            "port authority's daily bulletin.",
            "port authority",
        ),
        (
            "Sales rose 4% in the year to March, according to the company's annual report.",
            "company",
        ),
    ],
)
def test_a_relay_of_a_body_s_paper_is_the_body_s_word(sentence: str, speaker: str) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-10-14").quotes
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "sentence, speaker, stance",
    [
        ("Ankara has signalled it wants a new, broader energy deal.", "Ankara", "public"),
        (
            "The High Court in Pretoria on Tuesday set aside a R1.4-billion contract for the "
            "supply of medical oxygen to public hospitals, finding that the health department "
            "changed its criteria after bids had closed.",
            "High Court",
            "public",
        ),
        (
            "According to figures released by the Directorate General of Health Services on "
            "Wednesday, the north of the city accounted for nearly a third of the patients.",
            "Directorate General of Health Services",
            "public",
        ),
    ],
)
def test_a_stance_signalled_a_court_s_finding_and_a_body_s_figures(
    sentence: str, speaker: str, stance: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-08-01").quotes
    assert (q.speaker, q.stance) == (speaker, stance)


def test_it_after_a_body_s_statement_is_that_body() -> None:
    found = extract(
        "Headline\n\nIn a written response, the office of the Ethiopian prime minister said "
        'Ethiopia "will never be party to any arrangement that limits its rights". It said the '
        'government "welcomes all friendly efforts to build trust".',
        "2025-06-01",
    ).quotes
    assert [q.speaker for q in found] == ["office of the Ethiopian prime minister"] * 2


@pytest.mark.parametrize(
    "sentence",
    ["Her office said she was travelling.", "Her office said on Sunday she had nothing to add."],
)
def test_why_someone_says_nothing_is_no_statement(sentence: str) -> None:
    assert extract("Headline\n\n" + sentence, "2025-03-20").quotes == []


def test_travelling_somewhere_to_do_something_is_still_said() -> None:
    [q] = extract(
        "Headline\n\nLind said she was travelling to Paris to sign the deal that would end the "
        "strike next week.",
        "2025-03-20",
    ).quotes
    assert q.speaker == "Lind"


def test_what_an_association_was_told_by_the_minister_is_hers_and_he_goes_on() -> None:
    found = extract(
        "Headline\n\nTrade Minister Nilanthi Samarakoon announced the ban on Monday.\n\n"
        "The exporters' association says its members have contracts worth $40 million. Its "
        "chairman, Mahinda Wickramasinghe, said the association had been told at a meeting with "
        "the minister on Thursday that contracts signed before 1 July would be honoured in full. "
        'He described the assurance as "clear and unconditional".',
        "2025-07-15",
    ).quotes
    assert [(q.speaker, q.stance) for q in found[1:]] == [
        ("Nilanthi Samarakoon", "private"),
        ("Mahinda Wickramasinghe", "public"),
    ]


def test_what_insiders_say_the_government_privately_assured_is_the_government_s() -> None:
    [q] = extract(
        "Headline\n\nTwo officials at the finance ministry, speaking on condition of anonymity "
        "because they were not authorised to discuss the talks, said the government had "
        "privately assured the IMF in a letter sent in December that it would not reintroduce "
        "a federal support price for wheat.",
        "2025-03-01",
    ).quotes
    assert (q.speaker, q.stance) == ("government", "private")
    assert q.text.startswith("the government had privately assured the IMF")


def test_and_that_with_no_verb_of_its_own_is_more_of_what_was_told() -> None:
    [q] = extract(
        "Headline\n\nAt a meeting in mid-December, Han told the executives that the inspection "
        "would concentrate on documentation, and that the ministry did not want to “disrupt the "
        "Lunar New Year peak”, according to two people who were present.",
        "2025-01-10",
    ).quotes
    assert q.speaker == "Han"
    assert q.text.endswith(
        "and that the ministry did not want to “disrupt the Lunar New Year peak”"
    )


def test_what_a_paper_quoted_someone_as_saying_is_their_words_alone() -> None:
    [q] = extract(
        "Headline\n\nXinhua quoted Foreign Minister Lu Zhenhai as saying that the installations "
        "were normal.",
        "2025-11-20",
    ).quotes
    assert (q.speaker, q.text) == ("Lu Zhenhai", "the installations were normal")


def test_what_he_said_was_a_thing_reports_nothing_of_his() -> None:
    found = quotes(
        "Kettering then read out what he said was an email from a senior Treasury official, "
        "dated 28 January, which referred to contingency arrangements for a loan."
    )
    assert found == []


@pytest.mark.parametrize("when", ["on Nov. 9", "on Sept. 30", "in the U.S. capital"])
def test_an_abbreviation_s_stop_between_the_verb_and_that_keeps_the_clause(when: str) -> None:
    [q] = quotes(f"Ana Lind told reporters {when} that the opposition was a noisy minority.")
    assert q.speaker == "Ana Lind" and q.text.endswith("the opposition was a noisy minority")


def test_confirmed_a_count_and_a_memo_telling_crews_to_are_statements() -> None:
    found = quotes(
        "Governor Caroline Whitfield spoke in Tallahassee. She confirmed two deaths: a man "
        "killed by a falling tree and a woman whose car was swept off a road.\n\n"
        "An internal GCPL memo to field supervisors, seen by broadcaster WFLN, tells crews to "
        "“prepare for a 10-to-14-day restoration” in Franklin County.\n\n"
        "Survivors were told to wait. Some were among those told not to come back."
    )
    assert [(q.speaker, q.stance, q.text[:22]) for q in found] == [
        ("Caroline Whitfield", "public", "She confirmed two deat"),
        ("GCPL", "private", "An internal GCPL memo "),
    ]


@pytest.mark.parametrize("after", ["days after a heated phone call", "shortly before the vote"])
def test_a_closing_tag_then_when_it_came_keeps_the_statement(after: str) -> None:
    [q] = quotes(
        "Kuwait's fund has pulled out of a bid for a stake in the airport, four people "
        f"familiar with the matter said, {after}."
    )
    assert q.speaker == "four people familiar with the matter"
    assert q.text == "Kuwait's fund has pulled out of a bid for a stake in the airport"


@pytest.mark.parametrize(
    "verb", ["emphasised", "revealed", "highlighted", "underscored", "disclosed", "hinted"]
)
def test_more_verbs_report_a_clause(verb: str) -> None:
    [q] = quotes(f"Ana Lind {verb} that the fund would not be renewed next year.")
    assert (q.speaker, q.cue) == ("Ana Lind", verb)


def test_remarks_and_comments_are_nouns_not_verbs() -> None:
    assert quotes("His remarks that the fund was safe drew criticism from the opposition.") == []


def test_asked_to_do_something_oneself_is_a_request_no_words_of_theirs() -> None:
    assert quotes("Tendai Mushonga asked to see him alone after dinner at the hotel.") == []
    [q] = quotes("Tendai Mushonga asked the envoy to see him alone after dinner at the hotel.")
    assert q.speaker == "Tendai Mushonga"


@pytest.mark.parametrize(
    ("verb", "clause"),
    [("insisted", "Ferraz had trained normally this week"), ("warned", "Moscow would respond")],
)
def test_a_name_and_its_auxiliary_open_a_clause_with_no_that(verb: str, clause: str) -> None:
    [q] = quotes(f"Speaking this morning, manager Steve Rourke {verb} {clause}.")
    assert q.speaker == "Steve Rourke" and q.text.endswith(clause)


def test_a_plea_denied_in_court_and_a_reminder_to_jurors_are_statements() -> None:
    found = quotes(
        "Mr Neil Garside, of Bolton, denies gross negligence manslaughter. Judge Michael "
        "Harrow reminded jurors not to research the case online."
    )
    assert [(q.speaker, q.cue) for q in found] == [
        ("Neil Garside", "denies"),
        ("Michael Harrow", "reminded"),
    ]


def test_an_appeal_to_people_described_at_length_to_do_something() -> None:
    [q] = quotes(
        "Dr Costas Michael urged people who rely on electrical medical equipment at home to "
        "register with the ministry."
    )
    assert q.speaker == "Costas Michael" and q.text.endswith("to register with the ministry")


def test_a_body_s_chief_executive_in_a_clause_of_its_own_speaks_on_the_record() -> None:
    [q] = quotes(
        "Pomeranian Offshore Energy swung to a loss after writing down its wind farm, and its "
        "chief executive said the project could not go ahead at the current price."
    )
    assert (q.speaker, q.stance) == ("its chief executive", "public")
    assert q.text == "its chief executive said the project could not go ahead at the current price"


def test_reports_after_a_preposition_are_a_noun_and_no_one_speaks() -> None:
    assert quotes("The sharpest exchanges came over reports that hotels would be spared.") == []
    assert quotes("Shares fell after reports that the bank would be sold.") == []
    [q] = quotes("Fox News reports that the bank would be sold.")
    assert q.speaker == "Fox News"


def test_one_named_by_role_goes_on_calling_it_something() -> None:
    found = quotes(
        "Hillary Clinton spoke in Iowa. The Democratic presidential candidate blasted the "
        'plan for a "deportation force" on Wednesday, calling it "absurd."'
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Democratic presidential candidate", 'it "absurd."')
    ]


def test_a_relay_closes_its_statement_before_the_writer_s_but() -> None:
    [q] = quotes(
        "Recording of the session was disabled, according to two people who attended, but at "
        "least one staffer captured audio on a separate device."
    )
    assert (q.speaker, q.text) == (
        "two people who attended",
        "Recording of the session was disabled",
    )


def test_a_count_someone_gives_is_their_statement_after_a_semicolon_too() -> None:
    found = quotes("Organisers said 8,000 people took part; police put the figure at about 3,000.")
    assert [(q.speaker, q.text) for q in found] == [
        ("Organisers", "Organisers said 8,000 people took part"),
        ("police", "police put the figure at about 3,000"),
    ]


def test_a_charge_ends_with_its_quotation_not_the_writer_s_after() -> None:
    [q] = quotes(
        "The chief executive was accused by MPs of “putting shareholders before swimmers” "
        "yesterday after he repeatedly declined to say whether he had deserved a bonus."
    )
    assert q.speaker == "MPs"
    assert (
        q.text == "The chief executive was accused by MPs of “putting shareholders before swimmers”"
    )


def test_that_pointing_back_to_a_thing_opens_no_clause() -> None:
    found = quotes(
        "Infarmed rejects that argument. Giorgos Papadakis repeated that line on Tuesday. "
        "Ana Lind said that argument was flawed."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ana Lind", "Ana Lind said that argument was flawed")
    ]


def test_what_one_insisted_on_is_no_tag_for_the_words_before_it() -> None:
    found = quotes(
        "Judge Dan-Mihai Stoenescu told Hellenic Sport Today by telephone that he was calm.\n\n"
        "Stoenescu did not speak after the verdict. In his last word to the court in May, he "
        "had insisted on his innocence."
    )
    assert all(not q.text.startswith("In his last word") for q in found)


def test_one_who_wrote_to_someone_to_say_it_said_it() -> None:
    found = quotes(
        "According to the Observer, Kenji Morita wrote to the fund's executive director on "
        "28 October to say Tokyo was ready to announce a bigger pledge.\n\n"
        "Lind phoned Ana Berg to say she would resign."
    )
    assert [q.speaker for q in found] == ["Kenji Morita", "Lind"]
    assert found[0].text.startswith("Kenji Morita wrote to")


def test_ones_who_acted_in_private_speak_in_a_relay_not_the_paper() -> None:
    found = quotes(
        "According to the Observer, German officials have privately lobbied Tokyo to announce "
        "its figure before the summit.\n\n"
        "According to Asia Metals Wire, at least two of those groups have lobbied Jakarta in "
        "recent weeks to keep the ban intact."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("German officials", "private"),
        ("Asia Metals Wire", None),
    ]


def test_a_body_s_own_survey_is_its_finding_past_an_aside() -> None:
    found = quotes(
        "The Irish Nurses and Midwives Federation (INMF) said on Monday it would ballot "
        "members. The INMF’s own survey, published last week, found that 72 per cent of "
        "members had worked unpaid overtime in the previous month."
    )
    assert [(q.speaker, q.text) for q in found][1] == (
        "Irish Nurses and Midwives Federation",
        "72 per cent of members had worked unpaid overtime in the previous month",
    )


def test_a_group_saying_what_a_thing_does_in_a_relative_clause_says_it() -> None:
    [q] = quotes(
        "The dispute centres on the recruitment controls, introduced last year, which unions "
        "say have left more than 1,100 approved nursing posts unfilled."
    )
    assert (q.speaker, q.text) == (
        "unions",
        "unions say have left more than 1,100 approved nursing posts unfilled",
    )


def test_a_question_put_to_someone_is_no_statement() -> None:
    found = quotes(
        "Dr Ruth Pennington said she did not discuss caucus conversations.\n\n"
        "Earlier, on RNZ’s Morning Report yesterday, she was asked directly whether Kaimaru "
        "would get its new hospital. “Kaimaru will get a new hospital,” she said."
    )
    assert [q.text for q in found][1:] == ["Kaimaru will get a new hospital,"]


def test_what_a_report_found_as_background_to_a_date_is_no_statement() -> None:
    assert not quotes(
        "The rebuild was first announced in 2022, after a report found parts of the main "
        "ward block were earthquake-prone."
    )


def test_what_one_dismisses_something_as_is_their_statement() -> None:
    found = quotes(
        "Etxeberria dismisses the claims as the usual noise before a congress.\n\n"
        "The court dismissed the case as the judge saw no merit in it."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Etxeberria", "Etxeberria dismisses the claims as the usual noise before a congress")
    ]


def test_an_undertaking_from_someone_told_by_who_got_it_is_theirs() -> None:
    found = quotes(
        "The move comes despite what union sources describe as a private commitment from the "
        "Minister for Health, Orla Brennan, that the hiring cap would be lifted before summer.\n\n"
        "Kyiv has obtained assurances from Washington that air defence deliveries will "
        "continue.\n\n"
        "Farmers secured a pledge from Agriculture Minister Tom Reilly that the scheme would "
        "be extended.\n\n"
        "He took comfort from the fact that the vote was close."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Orla Brennan", "private"),
        ("Washington", "private"),
        ("Tom Reilly", None),
    ]
    assert found[0].text.startswith("a private commitment from the Minister")


def test_a_thing_called_by_a_name_without_quotation_marks_is_a_statement() -> None:
    found = quotes(
        "Loopline, the short-video app with 9.4 million users, called the deadline "
        "unrealistic.\n\n"
        "Opposition critic Tom Lindgren called the announcement a press release, not a plan.\n\n"
        "Trump called Senate Majority Leader Mitch McConnell a liar.\n\n"
        "Ana Lind called the union official on Tuesday. Ana Lind called the minister an hour "
        "later. Ana Lind called the police and waited. The president called a meeting."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Loopline", "Loopline, the short-video app with 9.4 million users, called the "
         "deadline unrealistic"),
        ("Tom Lindgren", "Tom Lindgren called the announcement a press release, not a plan"),
        ("Trump", "Trump called Senate Majority Leader Mitch McConnell a liar"),
    ]  # fmt: skip


def test_what_one_demanded_is_a_statement_but_not_a_wish_to_know() -> None:
    found = quotes(
        "The union demanded an apology from the company.\n\n"
        "Ana Lind demanded to know why the plant had closed. The job is demanding."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("union", "The union demanded an apology from the company")
    ]


def test_states_before_their_own_verb_are_a_noun_not_a_speech_verb() -> None:
    found = quotes(
        "Magnus Lie spoke. Lie told a press conference that the positions of the coastal "
        'states remained "very far apart". The report states that the plan failed.'
    )
    assert [q.speaker for q in found] == ["Magnus Lie", "report"]


def test_what_one_told_the_press_without_that_in_the_present_is_a_statement() -> None:
    found = quotes(
        "Ana Lind told reporters the plan remains on track.\n\n"
        "Ana Lind told us the memo reflects an options discussion.\n\n"
        "Ana Lind told staff the company's plans for the year."
    )
    assert [q.text for q in found] == [
        "Ana Lind told reporters the plan remains on track",
        "Ana Lind told us the memo reflects an options discussion",
    ]


def test_a_surname_not_yet_given_in_full_says_he_himself_and_testifies_inside_a_clause() -> None:
    found = quotes(
        "Court is back from lunch. Osei is taking Nadeau through a board meeting.\n\n"
        "Nadeau said he had warned directors in writing that rebates were distorting margins. "
        "The warning, he testified, was removed from the final board pack.\n\n"
        "Reuters said he had resigned."
    )
    assert [q.speaker for q in found][:2] == ["Nadeau", "Nadeau"]
    assert found[1].text.startswith("The warning, he testified")


def test_what_one_advised_is_a_statement() -> None:
    found = quotes(
        "Scientists at the fisheries council have advised for five straight years that catches "
        "be cut.\n\nThe ministry advised residents to stay indoors.\n\n"
        "She was advised by her lawyers not to comment."
    )
    assert [q.speaker for q in found] == [
        "Scientists at the fisheries council",
        "ministry",
        "her lawyers",
    ]


def test_what_a_group_now_privately_expects_is_their_belief() -> None:
    [q] = quotes(
        "Several officials now privately expect a three-way arrangement to be announced "
        "before the end of the year."
    )
    assert (q.speaker, q.stance) == ("Several officials", "private")


def test_a_thing_and_what_was_done_to_it_is_no_one_speaking() -> None:
    found = quotes(
        "Greens co-chair Lotte Verbruggen tweeted that a ring-fence agreed “over the cheese "
        "course” would be “the end of the green architecture as we know it.”\n\n"
        "Ana Lind said the minister announced on Monday that the plan was dead."
    )
    assert [q.speaker for q in found] == ["Lotte Verbruggen", "minister"]


def test_a_writers_clause_after_a_tag_holds_no_that_of_the_tags() -> None:
    [q] = quotes(
        "Park Min-seok told the minister during a video call on Aug. 21 that the plant would "
        "be approved, two of the sources said, as the company competed for quotas that the "
        "agency is due to award later this month."
    )
    assert (q.speaker, q.stance) == ("Park Min-seok", "private")


def test_where_one_is_from_is_no_part_of_what_they_said_and_a_note_is_private() -> None:
    found = quotes(
        "Dr Ciara Doolan, of the Centre for Health Policy at Trinity College Dublin, said she "
        "was not surprised.\n\n"
        "Magnus Lie spoke. Lie, according to the note, told Hansen that Oslo could sell more."
    )
    assert found[0].text == "Dr Ciara Doolan said she was not surprised"
    assert (found[1].speaker, found[1].stance) == ("Magnus Lie", "private")


def test_a_clause_without_that_may_open_on_a_day_or_a_verb_without_ed() -> None:
    found = quotes(
        "Alan Whitcombe spoke. Whitcombe told reporters he stood by his testimony.\n\n"
        "A spokesman for the minister said yesterday she meets regularly with industry."
    )
    assert [q.text for q in found] == [
        "Whitcombe told reporters he stood by his testimony",
        "A spokesman for the minister said yesterday she meets regularly with industry",
    ]


def test_an_estimated_number_is_no_one_estimating() -> None:
    [q] = quotes(
        "Brightwater Pharmaceuticals CEO Dr. Alan Whitcombe testified before the Senate Health, "
        "Education, Labor and Pensions Committee that supplies of Luvextra, an extended-release "
        'stimulant taken by an estimated 1.2 million U.S. children, were "recovering week by '
        'week."'
    )
    assert q.speaker == "Alan Whitcombe"


def test_a_paper_and_what_it_says_leave_out_the_aside_that_names_its_signer() -> None:
    found = quotes(
        "The letter, dated June 13 and signed by chief financial officer Priya Ramanathan, "
        "asks the group's four lenders to waive an interest cover covenant.\n\n"
        "The staff report, signed by Ahmed Rahal, says the plan is sound."
    )
    assert [(q.speaker, q.stance, q.text) for q in found] == [
        ("Priya Ramanathan", "private", "The letter asks the group's four lenders to waive an "
         "interest cover covenant"),
        ("Ahmed Rahal", "public", "The staff report says the plan is sound"),
    ]  # fmt: skip


def test_one_who_was_telling_others_is_the_subject_not_whom_they_told() -> None:
    found = quotes(
        "The water company privately warned council leaders that bills would rise, while its "
        "chief executive was telling customers and Senedd members that any increase would be "
        "“modest and manageable”."
    )
    assert found[-1].speaker == "its chief executive"
    assert found[-1].text.startswith("its chief executive was telling customers")


def test_one_who_spent_a_time_insisting_is_the_one_who_insists() -> None:
    [q] = quotes(
        "Agriculture Commissioner Henrik Dalsgaard has spent the week insisting there is no "
        "hidden envelope for farmers in the draft budget."
    )
    assert q.speaker == "Henrik Dalsgaard"
    assert q.text.endswith("insisting there is no hidden envelope for farmers in the draft budget")


def test_those_who_had_spent_a_day_telling_journalists_are_no_speakers_of_it() -> None:
    text = (
        "Two men who had spent the day telling journalists they had nothing to say to each "
        "other sat down to dinner in a fish restaurant near the harbour."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Caja Litoral has rejected the offer as hostile and inadequate.", "Caja Litoral"),
        ("Union boss Karen Doyle blasted the revelations as an absolute disgrace.", "Karen Doyle"),
        ("The minister denounced the leak as an act of sabotage.", "minister"),
    ],
)
def test_what_one_takes_a_thing_as_in_rejecting_it_is_a_statement(text: str, who: str) -> None:
    [q] = quotes(text)
    assert q.speaker == who


@pytest.mark.parametrize(
    "text",
    [
        "U.S. District Judge Patricia Almeida rejected that motion on Friday.",
        "He slammed the door as he left.",
        "The minister condemned the attack.",
    ],
)
def test_a_thing_rejected_or_condemned_with_no_as_is_no_statement(text: str) -> None:
    assert quotes(text) == []


def test_whom_one_assured_then_a_body_by_name_opens_the_clause() -> None:
    [q] = quotes(
        "American officials privately assured Warsaw the US Export-Import Bank would cover any "
        "financing gap."
    )
    assert (q.speaker, q.stance) == ("American officials", "private")


def test_what_insiders_say_a_named_leader_personally_signed_off_on_is_his() -> None:
    [q] = quotes(
        "Two officials in the prime minister's office said Prime Minister Bilal Chaudhry had "
        "personally signed off on the pledge at a meeting with the central bank governor."
    )
    assert q.speaker == "Bilal Chaudhry"
    assert q.text.startswith("Prime Minister Bilal Chaudhry had personally signed off")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two officials familiar with the call said the president's security adviser assured "
         "Danish counterparts during a meeting on the sidelines of the Nordic Council session "
         "last week that Washington would move quickly.", "president's security adviser"),
        ("But two people with knowledge of the talks told Reuters that a delegation from the "
         "Asian Development Bank, meeting Nepali officials in Manila last week, gave verbal "
         "assurances that the loan would be extended to 2034.", "Asian Development Bank"),
        ("A Labour whip tells us Chief Whip Rosa Lindqvist spent the morning calling rebels "
         "and assured at least five of them that she would bring the amendment back.",
         "Rosa Lindqvist"),
        ("Two aides said at least six members from the party's rural wing had told Okonjo in "
         "a caucus meeting on Tuesday that they would vote against the bill.",
         "six members from the party's rural wing"),
        ("A European diplomat, speaking on condition of anonymity, said Norway's trade "
         "minister, Eirik Haugland, had told Chinese officials in May that no market would "
         "be closed to them.", "Eirik Haugland"),
        ("But a state official said the governor's staff had privately told the company's "
         "executives last month that the state would extend the credit.", "governor's staff"),
        ("One of the diplomats said the Polish ambassador had made it very clear that Warsaw "
         "would abstain.", "Polish ambassador"),
    ],
)  # fmt: skip
def test_what_insiders_say_someone_told_or_assured_others_is_theirs(
    text: str, speaker: str
) -> None:
    [q] = quotes(text)
    assert speaker in q.speaker
    assert q.stance == "private"


@pytest.mark.parametrize(
    ("text", "speaker", "opens"),
    [
        ("The players' union was given a private assurance by Lindgren at a meeting in Perth "
         "last week that salaries would be protected.", "Lindgren", "The players' union was"),
        ("Councillor Ama Boateng said she had been given a private assurance by Health "
         "Minister Rhys Pemberton only three weeks ago that the clinic would stay open.",
         "Rhys Pemberton", "she had been given"),
        ("Sinéad Walsh said she had been promised a meeting \"before the end of the month\" by "
         "Harcourt in a phone call on Friday night.", "Harcourt", "she had been promised"),
    ],
)  # fmt: skip
def test_an_assurance_given_by_someone_is_theirs_told_by_whom_it_was_given(
    text: str, speaker: str, opens: str
) -> None:
    [q] = quotes(
        "Rhys Pemberton is the health minister. Lindgren chairs the league. Harcourt owns the "
        "club.\n\n" + text
    )
    assert speaker in q.speaker
    assert q.text.startswith(opens)
    assert q.stance == "private"


def test_what_was_promised_to_be_done_by_others_is_no_assurance_of_theirs() -> None:
    [q] = quotes(
        "The mayor said residents had been promised the road would be fixed by the council."
    )
    assert q.speaker == "mayor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A hearing on the plant is due to begin on January 20, and objectors have said they "
         "will seek a judicial review of any approval.", "objectors"),
        ("The Senate votes on the motion on November 4, and crossbench senators have signalled "
         "they are inclined to support it.", "crossbench senators"),
        ("The bank cut its rate on Tuesday, and investors said the move came too late.",
         "investors"),
    ],
)  # fmt: skip
def test_an_unnamed_group_speaks_in_a_clause_after_and(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_what_one_has_made_clear_is_said_and_a_thing_made_clear_is_not() -> None:
    [q] = quotes(
        "The ministers meet again on March 5, and Mr Dörfler has made clear that every euro "
        "spent on Ukraine will have to be found somewhere next year."
    )
    assert q.speaker == "Mr Dörfler"
    assert q.text.endswith("found somewhere next year")
    [q] = quotes("Ana Lind made clear to the unions that the offer was final.")
    assert q.speaker == "Ana Lind"
    assert quotes("The report made clear the scale of the problem.") == []


def test_a_second_statement_hours_after_the_first_with_no_that() -> None:
    first, second = quotes(
        "The trade minister insisted on Tuesday that dairy quotas would not be part of the "
        "review, hours after the top U.S. trade official suggested Canadian negotiators had "
        "signalled flexibility."
    )
    assert (first.speaker, first.stance) == ("trade minister", "public")
    assert second.speaker == "top U.S. trade official"
    assert second.text.endswith("Canadian negotiators had signalled flexibility")


def test_ones_own_body_speaks_in_a_clause_after_and() -> None:
    [q] = quotes(
        "Ana Lind spoke on Monday, and her department told a Senate committee it was on track."
    )
    assert q.speaker == "her department"
    assert q.text.startswith("her department told a Senate committee")


def test_a_days_that_opens_no_clause_after_a_closing_tag() -> None:
    [q] = quotes(
        "Nurses at the three hospitals will walk off the job May 1 unless a deal is reached, "
        "the union said Tuesday, after a 14-hour bargaining session with a federal mediator "
        "ended without agreement early that morning."
    )
    assert q.speaker == "union"
    assert (
        q.text
        == "Nurses at the three hospitals will walk off the job May 1 unless a deal is reached"
    )


def test_what_a_closing_tag_of_insiders_passes_on_is_the_assurers() -> None:
    [q] = quotes(
        "Danish battery maker Nordvolt Energy Systems privately promised Chilean officials it "
        "would build a $600 million plant in Antofagasta, four sources with knowledge of the "
        "talks said."
    )
    assert (q.speaker, q.stance) == ("Nordvolt Energy Systems", "private")
    # (one who spoke on the record is theirs still: not the words they open on)
    [q] = quotes("The plant will open in June, four sources with knowledge of the talks said.")
    assert q.speaker == "four sources with knowledge of the talks"


def test_an_act_passed_on_after_another_verb_and_an_undertaking_given() -> None:
    first, second = quotes(
        "Two senior figures in the Centre party tell us that Holm phoned party leader Sofie "
        "Brandt on Sunday evening and promised her the finance ministry if the coalition is "
        "returned. “It was a clear offer,” one of them said."
    )
    assert (first.speaker, first.stance) == ("Holm", "private")
    assert second.speaker == "one of the two senior figures in the Centre party"
    [q] = quotes(
        "The source said Castell gave the undertaking at a dinner with bankers in Mayfair."
    )
    assert (q.speaker, q.stance) == ("Castell", "private")


def test_one_of_the_insiders_who_passed_on_what_another_told() -> None:
    first, second = quotes(
        "Two people present at the meeting, who asked not to be named, said Ms Gallagher had "
        "also told consultants that she expected the review to be published before the "
        "summer.\n\n“There was no ambiguity at all,” one of them said."
    )
    assert first.speaker == "Gallagher"
    assert second.speaker == "one of the two people present at the meeting"


def test_an_assurance_given_by_an_office() -> None:
    [q] = quotes(
        "Séamus Kerr said he had been given a personal assurance by the Taoiseach's office in "
        "November that the process would be completely open."
    )
    assert (q.speaker, q.stance) == ("Taoiseach's office", "private")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Park, speaking to Korean reporters at Haneda airport before flying back to Seoul, "
         "said he was neither optimistic nor pessimistic.",
         "Park said he was neither optimistic nor pessimistic"),
        ("Ana Lind, in an interview on Monday, said the port would stay in public hands.",
         "Ana Lind said the port would stay in public hands"),
    ],
)  # fmt: skip
def test_how_or_where_one_spoke_is_no_part_of_the_words(text: str, said: str) -> None:
    [q] = quotes(text)
    assert q.text == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In the recording, Salazar appeared to tell a towing company owner that contracts "
         "went to the people who take care of you.",
         "Salazar appeared to tell a towing company owner that contracts went to the people "
         "who take care of you"),
        ("In them, the board member, Katrin Seeliger, appears to tell a senior negotiator "
         "that the company can live with 35 hours by 2029.",
         "Katrin Seeliger appears to tell a senior negotiator that the company can live with "
         "35 hours by 2029"),
    ],
)  # fmt: skip
def test_what_a_leak_shows_one_appears_to_tell(text: str, said: str) -> None:
    [q] = quotes(text)
    assert q.text == said


def test_he_in_a_sentence_about_a_group_is_the_man_it_names() -> None:
    [q] = quotes(
        "Jurors in the bribery trial of former harbour chairman Victor Salazar heard a "
        "recording on Monday in which he appeared to tell a towing company owner that "
        "contracts went to the people who take care of you."
    )
    assert q.speaker == "Victor Salazar"


def test_a_pronoun_and_its_verb_in_one_word_open_a_clause() -> None:
    [q] = quotes("Pryce's team insists there's no contradiction.")
    assert (q.speaker, q.text) == ("Pryce's team", "Pryce's team insists there's no contradiction")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name after a place and what they are, then their age
        (
            "Harbour Road resident Nadia Fenn, 68, said she had not seen a bin lorry in a "
            "fortnight.",
            "Nadia Fenn",
        ),
        (
            "Local resident Nadia Fenn, 68, said she had not seen a bin lorry in weeks.",
            "Nadia Fenn",
        ),
        # a retort
        ("Kowal shot back that the question was not about him.", "Kowal"),
        ("The minister hit back that the figures were a year out of date.", "minister"),
    ],
)
def test_more_ways_to_name_and_to_say(text: str, speaker: str) -> None:
    assert [(q.speaker, q.kind) for q in quotes(text)] == [(speaker, "indirect")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's people, passed on by insiders
        (
            "Two people familiar with the talks said transport ministry officials had "
            "privately told the operator's directors in March that the subsidy would end.",
            "transport ministry officials",
        ),
        # a body's assurance, given
        (
            "Two treasury officials, speaking on condition of anonymity, said the "
            "government had given the lenders written assurances that it would cut "
            "spending by June.",
            "government",
        ),
        # a call made in private
        (
            "Two councillors who were on the call said Brannock had also telephoned "
            "several ward chairs over the weekend to press the same point.",
            "Brannock",
        ),
        # a land's people, after an abbreviation's stop ('said U.S.' is no closing tag)
        (
            "A State Department official, speaking on condition of anonymity, said U.S. "
            "negotiators had warned both delegations at a private meeting on Monday that "
            "the administration would push for sanctions.",
            "U.S. negotiators",
        ),
        # a body, and a side at the table
        (
            "A person familiar with the matter said the regulator had also asked the "
            "bidder's adviser for a list of staff who knew of the terms in advance.",
            "regulator",
        ),
        (
            "The diplomat, who asked not to be identified, said the U.S. side had called the "
            'offer "a starting point at best."',
            "U.S. side",
        ),
        # a side's act, told first, and the insider's tag after it
        (
            "Privately, however, Ansari's team floated a proposal to cap enrichment at 20 "
            "percent, the Western diplomat said.",
            "Ansari's team",
        ),
        # the relay first, past its own clause, then the ones who acted
        (
            "According to two naval officers, who spoke on condition of anonymity because "
            "they were not authorised to speak, at least two governments pushed during a "
            "closed-door planning session for rules that would allow strikes on shore.",
            "at least two governments",
        ),
        # the relay first, then who assured
        (
            "According to three people with knowledge of the talks, Telvia chairman Ignacio "
            "Barrenechea gave the prime minister's chief of staff private assurances that "
            "the job cuts would be small.",
            "Ignacio Barrenechea",
        ),
    ],
)
def test_insiders_pass_on_what_a_body_s_people_gave_or_a_caller_said(
    text: str, speaker: str
) -> None:
    assert [(q.speaker, q.stance) for q in quotes(text)] == [(speaker, "private")]


def test_a_relative_clause_ending_on_a_speech_verb_is_no_closing_tag() -> None:
    text = (
        "Councillors voted 11-7 on Monday night to send the scheme back for a redesign, "
        "rather than approving the route that officials had recommended."
    )
    assert quotes(text) == []
    # (a closing tag still is: '…, the ministry has confirmed')
    [q] = quotes("The sale of the port to the Danish group will go ahead, officials have said.")
    assert q.speaker == "officials"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'she', passed on by those in the room: what she described, and what she assured
        (
            "Greta Holm, the deputy governor, has said in public that no cut is planned. Two "
            "fund managers who attended a closed-door lunch with Holm in May told Reuters "
            'she had described a June cut as "the base case".',
            "Greta Holm",
        ),
        (
            "Minister Ana Rask spoke in Oslo on Monday. Three founders who attended a private "
            "roundtable with Rask told Nordic Tech Weekly that she assured them a third of the "
            "capacity would be kept for local firms.",
            "Ana Rask",
        ),
    ],
)
def test_insiders_pass_on_what_she_described_or_assured(text: str, speaker: str) -> None:
    assert [(q.speaker, q.stance) for q in quotes(text)][-1] == (speaker, "private")


def test_the_paper_told_is_no_part_of_whom_the_pronoun_after_it_means() -> None:
    text = (
        "Ola Brenn, the chair, backed the plan in public on Monday. Two aides who attended a "
        'closed meeting told the Post he had described the plan as "dead on arrival".'
    )
    q = quotes(text)[-1]
    assert (q.speaker, q.text) == ("Ola Brenn", 'he had described the plan as "dead on arrival"')


@pytest.mark.parametrize(
    "text",
    [
        "Did the minister tell parliament that the deal was done? Nobody knows.",
        "SENATOR HALE: Has anyone told your board the freeze would pay for itself?",
    ],
)
def test_a_yes_or_no_question_reports_no_statement(text: str) -> None:
    assert [q for q in quotes(f"Hearing\n\n{text}") if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        # a relative clause between the subject and its verb, with a speech verb in it
        (
            "A spokesperson for the Housing Data Office, who is not permitted to comment on "
            "politics, confirmed the figures and said the office does not count starts.",
            "A spokesperson for the Housing Data Office",
            "said the office does not count starts",
        ),
        # what follows 'said the' may be a clause, no speaker
        (
            "Lianne Comeau, an economist at Fundy University who studies housing markets, "
            "said the distinction mattered.",
            "Lianne Comeau",
            "Lianne Comeau said the distinction mattered",
        ),
    ],
)
def test_a_subject_past_its_relative_clause_and_no_speaker_in_said_the_clause(
    text: str, speaker: str, start: str
) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker and q.text.startswith(start)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a view held, with its clause
        ("Kim Hye-jin reckons the market is treating the strike as a bargaining tactic.",
         "Kim Hye-jin"),
        ("Analysts doubt a timetable alone can do the job.", "Analysts"),
    ],
)  # fmt: skip
def test_a_view_held_with_its_clause_is_reported(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor left no doubt about where he stands on the lease.",
        "Jurors were shown a handwritten note, dated 9 February, that she made after the meeting.",
    ],
)
def test_the_nouns_doubt_and_note_report_nothing(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 7% of the city's homes are registered as short-term rentals, according to "
        "city figures.",
        "Takeda was reappointed with 58.3% of votes cast, according to preliminary figures "
        "released after the meeting.",
        "Its owner has given more than $40,000 to the senator's campaigns since 2018, "
        "according to federal records.",
        "Rents have risen about 30 percent since 2020, according to County figures.",
    ],
)
def test_what_records_or_counts_show_is_no_one_s_statement(text: str) -> None:
    assert quotes(text) == []


def test_senior_figures_and_a_firm_with_data_in_its_name_still_speak() -> None:
    [q] = quotes(
        "According to two senior figures in the Liberal Centre, Holmgaard phoned the party "
        "leader on Sunday and promised her the finance ministry."
    )
    assert q.speaker
    [q] = quotes(
        "According to Conservative senior figures, Holmgaard phoned the leader on Sunday and "
        "promised her the finance ministry."
    )
    assert q.speaker
    [q] = quotes(
        "According to Baltic Data Link, traffic had been rerouted through other connections "
        "and customers had seen only minor disruption."
    )
    assert q.speaker == "Baltic Data Link"


def test_a_call_for_a_thing_is_a_statement_as_a_demand_is() -> None:
    [q] = quotes("Local MP Sarah Lyle has called for an urgent review of flood defences.")
    assert q.speaker == "Sarah Lyle"
    assert quotes("Police called for backup.") == []
    # ('asked for' a thing too, though not the paper's request for an answer)
    [q] = quotes("Navy chief Nikos Adamidis asked for a minimum of five vessels.")
    assert q.speaker == "Nikos Adamidis"
    assert quotes("The Herald asked for a response from the ministry.") == []


def test_what_one_disputed_is_their_statement() -> None:
    [q] = quotes("Pell's office on Wednesday disputed that any deal had been struck.")
    assert q.speaker == "Pell's office"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Assembly Speaker Ron Kessler has said little.\n\nTwo Republican members, who would "
         "only speak anonymously, told us Kessler acknowledged in a closed caucus meeting "
         "last Thursday that he expected to get to yes on the money by March.", "Ron Kessler"),
        ("A senior union official, speaking on condition of anonymity because the talks are "
         "private, said regional directors had told leadership at a closed-door meeting last "
         "month that members were split.", "regional directors"),
        ("According to two people familiar with the matter, investors are restless. One of "
         "the people said a large domestic mutual fund had asked the board to appoint an "
         "interim chief executive within a month.", "a large domestic mutual fund"),
        ("Two of those people said the governor's chief negotiator, Budget Secretary Alana "
         "Wirth, had signaled interest before the leader rejected the offer.", "Alana Wirth"),
        ("Two of the people familiar with the talks said Senator Arthur Pell delivered the "
         "same message in person at a meeting in his office last Thursday.", "Arthur Pell"),
    ],
)  # fmt: skip
def test_insiders_pass_on_what_one_acknowledged_told_asked_signaled_or_delivered(
    text: str, speaker: str
) -> None:
    said = quotes(text)[-1]
    assert (said.speaker, said.stance) == (speaker, "private")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one named by two words of office, who framed a thing as another
        ("Coralstone chief executive Graham Whitlock hosted the dinner. One attendee, who "
         "asked not to be named, said the chief executive had framed it as a reward for "
         "loyal investors.", "Graham Whitlock"),
    ],
)  # fmt: skip
def test_insiders_pass_on_how_one_framed_a_thing(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_a_noun_in_ing_that_ends_a_clause_is_no_closing_tag() -> None:
    assert (
        quotes(
            "The mood among members has shifted sharply since February, when the processor "
            "issued its second profit warning."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Former minister Wee Ka Siong, however, questioned the timing of the review, "
         "claiming it would disrupt students.", "Wee Ka Siong"),
        # (a Malaysian honorific is no part of the name)
        ("Datuk Seri Wee Ka Siong said the review was badly timed.", "Wee Ka Siong"),
    ],
)  # fmt: skip
def test_a_claim_as_one_goes_on_is_a_statement(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_a_reporter_s_question_put_to_a_minister_is_no_one_s_statement() -> None:
    said = quotes(
        "A reporter from the Examiner put it to the minister that her department had "
        "privately offered the union a 4 per cent deal. She declined to confirm the figure "
        "but said talks were constructive."
    )
    # (what she said is hers; the question is no private offer of her department's)
    assert [q.text for q in said if "offered" in q.text] == []
    assert all(q.stance != "private" for q in said)
