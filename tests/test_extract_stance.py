"""Stance without a venue word, and quotations nobody can be found for."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract(text, "2025-06-10", today=TODAY).quotes


@pytest.mark.parametrize(
    ("text", "speaker", "stance", "cue"),
    [
        # a named official quoted with a plain verb is on the record
        ("“We will keep the border open all winter,” Interior Minister Olga Rask said.",
         "Olga Rask", "public", "said"),
        # an insider recounting a private exchange is private
        ("“He gave them a number and told them to keep it quiet,” the person said.",
         "person", "private", "He gave"),
        # ... and one who was in the room describing the meeting
        ("One of the people described the exchange as polite but icy.", "One of the people",
         "private", "described the exchange as"),
        # ... and one of a delegation telling what they were told
        ("“We were told it was non-negotiable,” the delegate said.",
         "delegate", "private", "We were told"),
        # ... and so is one recounting what an office-holder said
        ("“The general said the air force would stand down,” one of the officials said.",
         "one of the officials", "private", "The general said"),
        # an unnamed source with no sign of a private exchange is neither
        ("“The numbers do not add up for anyone,” one official said.", "one official", None, None),
        # an analyst comments; she takes no stance of her own
        ("“Markets have priced this in already,” said Lea Horn, an economist at Nordbank.",
         "Lea Horn", None, None),
        # a newspaper relaying a report is reportage
        ("According to the Evening Courier, the mayor had promised a new bridge by spring.",
         "Evening Courier", None, None),
        # a paper introduced as one, whatever its name
        ("The German newspaper Die Welt reported that Berlin had asked for more land.",
         "Die Welt", None, None),
        # (a paper mill makes no one a newspaper)
        ("Ola Brenn, who runs a paper mill, said on Friday that the fees would stay.",
         "Ola Brenn", "public", "said"),
    ],
)  # fmt: skip
def test_who_speaks_suggests_a_stance_when_no_venue_is_named(
    text: str, speaker: str, stance: str | None, cue: str | None
) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.stance, q.cue) == (speaker, stance, cue)


def test_a_venue_word_outside_the_sentence_after_it_is_not_taken() -> None:
    text = "“We have no plan to raise taxes,” Tom Vik said. Later he met donors behind closed doors"
    [q] = quotes(text)
    assert (q.stance, q.cue) == ("public", "said")


def test_a_topic_is_not_a_venue() -> None:
    [q] = quotes("“Nobody has seen the letter,” Tom Vik said, asked whether the letter existed.")
    assert (q.stance, q.cue) == ("public", "asked whether")


def test_what_is_denied_is_a_topic_not_a_venue() -> None:
    found = quotes(
        "A spokesman for the ministry, Tom Vik, said there had been no private assurances to "
        "the union. Ana Lind said no closed-door talks had taken place."
    )
    assert [(q.speaker, q.stance) for q in found] == [("Tom Vik", "public"), ("Ana Lind", "public")]


def test_a_quotation_nobody_can_be_found_for_is_proposed_without_a_speaker() -> None:
    [q] = quotes("The crowd sang. “No more cuts to the hospitals in this city, not one.”")
    assert q.speaker is None and q.kind == "direct"


def test_a_statement_without_a_speaker_can_be_imported_and_accepted(desk_path) -> None:
    from backchannel.actions.intake import import_article
    from backchannel.db import open_desk

    desk = open_desk(desk_path)
    text = "Crowds\n\nThe crowd sang. “No more cuts to the hospitals in this city, not one.”"
    done = import_article(desk, text, outlet="Wire", published="2025-06", today=TODAY)
    [candidate] = desk.candidates.queue(done.source_id)
    assert candidate.speaker is None
    statement_id = desk.candidates.accept(candidate.id)
    assert desk.statements.get(statement_id).speaker_name is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The hall went quiet. Mayor Olga Rask interjected, “The ferry will run all winter.”",
            "interjected",
        ),
        ("Interior Minister Olga Rask: “The ferry will run all winter, whatever it costs.”", ":"),
    ],
)
def test_a_named_official_quoted_after_any_lead_in_is_on_the_record(text: str, cue: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.stance, q.cue) == ("Olga Rask", "public", cue)


def test_an_assurance_relayed_by_others_is_the_assurers_and_private() -> None:
    found = extract(
        "Headline\n\nFinance Minister Ana Lind backed the plan.\n\n"
        "Two officials who attended the meeting said the minister privately promised "
        "to back the deal.",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [("Ana Lind", "private")]


def test_a_role_is_not_given_to_someone_the_article_titled_otherwise() -> None:
    found = extract(
        "Headline\n\n“There is no deal yet,” said Karl Dahl, the ministry spokesman.\n\n"
        "The envoy wrote on Telegram that the ceasefire would hold.",
        "2025-06-10",
        today=date(2025, 6, 30),
    ).quotes
    assert [q.speaker for q in found] == ["Karl Dahl", "envoy"]
    assert found[1].stance == "public"


@pytest.mark.parametrize(
    ("text", "stance", "cue"),
    [
        ("Ana Lind said the plan would build on her statement from last year.", "public", "said"),
        ("Ana Lind said she had discussed the memo with the board.", "public", "said"),
        ("Karl Dahl said the port would reopen, in a memo to staff.", "private", "memo"),
        ("Karl Dahl told a press conference that the port would reopen.", "public",
         "press conference"),
        ("Ana Lind said on the radio that the port would reopen.", "public", "radio"),
    ],
)  # fmt: skip
def test_a_thing_talked_about_is_no_venue(text: str, stance: str, cue: str) -> None:
    [q] = extract("Headline\n\n" + text, "2025-06-10", today=date(2025, 6, 30)).quotes
    assert (q.stance, q.cue) == (stance, cue)


def test_an_officials_words_passed_on_by_an_unnamed_insider_are_private() -> None:
    text = (
        "Headline\n\n“We can live with a ceiling if it is short,” Harbour Minister Ola Brenn "
        "told the meeting, according to one of the people present."
    )
    [q] = quotes(text)
    assert (q.speaker, q.stance, q.cue) == (
        "Ola Brenn",
        "private",
        "according to one of the people present",
    )


def test_an_insider_recounting_what_he_said_is_private() -> None:
    text = "Headline\n\n“He said it plainly: you will lose the ships,” the diplomat said."
    [q] = quotes(text)
    assert (q.speaker, q.stance) == ("diplomat", "private")


def test_what_an_official_told_a_closed_meeting_is_theirs_not_the_insiders() -> None:
    text = (
        "Headline\n\nThe port is ready to accept a cap on fees for small boats, Harbour "
        "Minister Ola Brenn told the cabinet at a closed-door session on Monday, two people "
        "present said."
    )
    [q] = quotes(text)
    assert (q.speaker, q.stance) == ("Ola Brenn", "private")


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        # a name of five words, its title first
        ("Health Minister Jennifer Carroll MacNeill", "Jennifer Carroll MacNeill"),
        # an office not named yet, a country's or 'the'
        ("Ireland's health minister", "Ireland's health minister"),
        ("The finance ministry quietly", "finance ministry"),
    ],
)
def test_who_promised_in_private_is_the_speaker_not_who_relays_it(
    subject: str, speaker: str
) -> None:
    [q] = quotes(
        f"Headline\n\n{subject} {'offered' if 'quietly' in subject else 'privately promised'} "
        "hospital chiefs extra funding at a meeting, according to two people who attended."
    )
    assert (q.speaker, q.stance) == (speaker, "private")


def test_what_a_plan_gave_is_still_the_relay_s() -> None:
    [q] = quotes("Headline\n\nThe plan gave farmers six months, according to officials.")
    assert q.speaker == "officials"


def test_a_private_phone_call_is_private() -> None:
    text = (
        "Headline\n\nA senior official said Ola Brenn had told Lina Berg in a private phone "
        "call last week that the port would pay for the safety check."
    )
    [q] = quotes(text)
    assert (q.speaker, q.stance, q.cue) == ("Ola Brenn", "private", "private phone call")


def test_an_outlets_name_before_a_headline_is_no_speaker() -> None:
    text = "Alpine Report: Bern and Rome trade blame over closed tunnel\n\nThe tunnel is shut."
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # 'quietly' with a verb of promising is a private assurance; insiders pass it on
        ("Norway has quietly promised Ukraine a third air-defence battery, officials said.",
         "Norway", "quietly promised"),
        ("Norway has privately promised Ukraine a third air-defence battery, officials said.",
         "Norway", "privately"),
        # a long assurance passed on by one insider is still the assurer's
        ("Ola Brenn privately reassured the Danish prime minister that Norway would fund a "
         "new detention centre in the north, a government source has told the Wire.",
         "Ola Brenn", "privately"),
        # after a subordinator: what Oslo promised is Oslo's
        ("Riga dropped its veto only after Oslo privately promised to keep its ships in the "
         "Baltic, three officials told the Wire.", "Oslo", "privately"),
        # a named speaker's words passed on by people who were there
        ("The minister assured his counterpart that the battery would come, two people "
         "present said.", "minister", "two people present said"),
        # the insiders' tag right after a quoted fragment's closing mark
        ('In the call, the minister told his counterpart that the battery "will come," one '
         "of the people said.", "minister", "one of the people said"),
    ],
)  # fmt: skip
def test_an_assurance_passed_on_by_insiders_is_private(text: str, speaker: str, cue: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.stance, q.cue) == (speaker, "private", cue)


def test_a_named_speakers_words_passed_on_by_a_paper_are_not_made_private() -> None:
    text = "The minister said the battery would come in spring, the newspaper said."
    [q] = quotes("Headline\n\n" + text)
    assert q.stance != "private"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“The number could move,” one of the executives said, asking not to be named.",
         "asking not to be named"),
        ("At a closed meeting with executives on Thursday, the deputy minister Ola Berg said "
         "the rate was “open to a transition”.", "closed meeting"),
        # what was done out of sight, and what a leaked document says
        ("Poland has asked Germany behind the scenes to keep the batteries, officials said.",
         "behind the scenes"),
        # (the relay's own sign comes first: it says how the words came out)
        ("Poland has asked Germany behind the scenes to keep the batteries, according to a "
         "note seen by the Wire.", "note seen by"),
        ("In the note, dated 9 January, the ambassador wrote that Warsaw “would regard an early "
         "withdrawal as a signal”.", "in the note"),
    ],
)  # fmt: skip
def test_more_signs_of_a_private_exchange(text: str, cue: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.stance, q.cue) == ("private", cue)


def test_a_conjunction_is_no_part_of_a_speaker() -> None:
    text = (
        "The minister insisted that the royalty would stay, even as officials in her "
        "ministry have told miners that the rate could be phased in."
    )
    assert [q.speaker for q in quotes("Headline\n\n" + text)] == [
        "minister",
        "officials in her ministry",
    ]


def test_parliament_talked_about_is_no_venue() -> None:
    # Officials telling their counterparts something, passed on by insiders, is a
    # private exchange; 'parliament' in what they said is its topic, not a venue.
    text = (
        "Turkish officials have told their Swedish counterparts that parliament could "
        "ratify the protocol before the recess, two people familiar with the talks said."
    )
    [q] = quotes("Headline\n\n" + text)
    assert (q.stance, q.cue) == ("private", "two people familiar with the talks said")
    [q] = quotes("Headline\n\nThe prime minister told parliament that the protocol would pass.")
    assert (q.stance, q.cue) == ("public", "parliament")


@pytest.mark.parametrize(
    ("text", "speaker", "stance", "cue"),
    [
        # a closing tag's venue outranks a cue inside what was said
        ("The ferry company had privately agreed to waive the harbour fees, Ola Brenn told "
         "the court on Tuesday.", "Ola Brenn", "public", "told the court"),
        # told, not telling: who assured is the one named after 'by'
        ("Ola Brenn was quietly assured by two ministers in 2022 that she would not be "
         "charged, her lawyer said.", "two ministers", "private", "quietly assured"),
        # no one named: triage names the speaker, never the one who was told
        ("The mayor was told last week that the port would close.", None, None, None),
        # a text message to a colleague is private correspondence
        ('In a text message to a colleague, Ola Brenn wrote that she had been "promised a '
         'clean slate."', "Ola Brenn", "private", "text message"),
        # a company's own venues: the earnings call is public, the board room is not
        ('"We see no reason to change the timetable," Ola Brenn said on the earnings call.',
         "Ola Brenn", "public", "earnings call"),
        ('Ola Brenn told the board she would "not go back to the banks," the person added.',
         "Ola Brenn", "private", "told the board"),
        ('Ola Brenn insisted in a video address that she had "promised nothing" to anyone.',
         "Ola Brenn", "public", "video address"),
        # a cue in what was said with no 'that' is its topic; not one right after the verb
        ("Ola Brenn said she could not support the deal because the figures the company had "
         "given commissioners in private did not match its filings.", "Ola Brenn", "public",
         "said"),
        ("Ola Brenn said privately the deal was dead.", "Ola Brenn", "private", "privately"),
        # one's own people, told: directors, the cabinet, colleagues, the squad
        ("Chief executive Ola Brenn told directors that the league expected binding offers "
         "before the end of the year.", "Ola Brenn", "private", "told directors"),
        ("Ola Brenn tells cabinet members that the closures are not decisive.", "Ola Brenn",
         "private", "tells cabinet"),
        ("Ola Brenn personally assured the squad in the dressing room that salaries would be "
         "paid on time.", "Ola Brenn", "private", "assured the squad"),
        # a media briefing; counsel's submission to a court
        ('"We can now see the climate system change gear," lead author Dr Ola Brenn of the '
         'University of Grenoble told a media briefing in Paris on Monday.',
         "Ola Brenn", "public", "media briefing"),
        ('Appearing for Veridian, Senior Advocate Ola Brenn submitted that the rival had '
         '"already stocked the shelves".', "Ola Brenn", "public", "submitted that"),
        # Westminster's venues
        ("Ola Brenn told MPs in the Commons on Tuesday that the talks were going well.",
         "Ola Brenn", "public", "told mps"),
        ("‘There is no agreement on funding,’ Ola Brenn told the lobby briefing on Monday.",
         "Ola Brenn", "public", "told the lobby"),
    ],
)  # fmt: skip
def test_who_told_whom_and_where(
    text: str, speaker: str | None, stance: str | None, cue: str | None
) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.stance, q.cue) == (speaker, stance, cue)


def test_a_names_closing_comma_is_no_part_of_the_statement() -> None:
    [q] = quotes("Headline\n\nThe exporter, Nordfisk AS, said in a statement that it would help.")
    assert q.text == "Nordfisk AS said in a statement that it would help"


def test_a_contrast_passed_on_by_insiders_is_theirs_not_the_first_clauses() -> None:
    text = (
        'Headline\n\nOla Brenn told analysts on Thursday that the project was "fully on '
        'track," even as two board members privately pressed her to delay it, according to '
        "people familiar with the discussions."
    )
    first, second = quotes(text)
    assert (first.speaker, first.stance, first.cue) == ("Ola Brenn", "public", "told analysts")
    assert first.text.endswith('"fully on track,"')
    assert (second.stance, second.cue) == ("private", "privately")
    assert "board members privately pressed her" in second.text


def test_a_paper_introduced_as_one_stays_one() -> None:
    text = (
        "Headline\n\nThe denial came after the German newspaper Die Welt reported that Berlin "
        "had asked for more land.\n\nDie Welt said on Friday that Berlin wants more land."
    )
    assert [(q.speaker, q.stance) for q in quotes(text)] == [("Die Welt", None)] * 2


def test_a_letter_made_public_is_on_the_record() -> None:
    text = (
        "Headline\n\nIn a letter to council colleagues released on Monday, Ola Brenn "
        "criticised the ferry contract, arguing that the deal favours the operator."
    )
    [q] = quotes(text)
    assert (q.speaker, q.stance) == ("Ola Brenn", "public")
    assert q.cue is not None and q.cue.startswith("in a letter") and q.cue.endswith("released")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Three diplomats tell the Brief that at a lunch on 29 January, Ola Brenn assured them "
         "that the fund would be written into the law.", "Ola Brenn"),
        ("Karin Lind, head of the dockers' union, said Ola Brenn had told a meeting in Visby on "
         "11 March that the council would cover the costs.", "Ola Brenn"),
        ("The officials said Ola Brenn had described the island's public opposition as a "
         "negotiating position.", "Ola Brenn"),
        # (passed on with another verb, in an interview, by one with a title)
        ("Rep. Karin Lind, R-Iowa, claimed in a radio interview Monday that Ola Brenn had "
         "privately told him in September that the aid would be ready.", "Ola Brenn"),
    ],
)  # fmt: skip
def test_what_one_told_others_passed_on_by_someone_else_is_private(text: str, speaker: str) -> None:
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.stance) == (speaker, "private")
    assert q.text.startswith("Ola Brenn")


def test_a_pledge_to_everyone_passed_on_is_not_made_private() -> None:
    text = "Headline\n\nKarin Lind said both she and Ola Brenn promised as candidates to cut fees."
    assert all(q.stance != "private" for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # words to an official, or to officials, are private; to a host, on the record
        ("Interior Minister Jan Wierzbicki met Ola Brenn in Visby. Brenn told Wierzbicki that "
         "the police would leave the checkpoints by January.", "private"),
        ("According to the business daily Hamnbladet, Ola Brenn told Danish officials in a "
         "phone call that the port would reopen.", "private"),
        ("Ola Brenn, the talk-show host, interviewed Karin Lind. Karin Lind told Brenn that "
         "she would run again.", "public"),
        # a paper seen by a paper is a leak; 'seen by many' is not
        ("According to a summary of the meeting seen by Hamnbladet, Ola Brenn said the port "
         "would reopen.", "private"),
        ("Ola Brenn, who is seen by many as a reformer, said the port would reopen.", "public"),
        # both, so neither: the speaker's own standing decides
        ("Ola Brenn said no promise was made, in private or in public, to the dockers.",
         "public"),
        # a chief executive telling analysts is no analyst
        ("Chief executive Ola Brenn, telling analysts on the earnings call that the outlook "
         "stood, said the port would reopen.", "public"),
    ],
)  # fmt: skip
def test_whom_words_were_said_to_and_where_they_were_seen(text: str, stance: str) -> None:
    q = quotes("Headline\n\n" + text)[-1]
    assert q.stance == stance


def test_french_tags_with_the_pronoun_after_the_verb() -> None:
    text = (
        "Headline\n\nLa ministre des Transports, Claire Dumesnil, a reçu les syndicats.\n\n"
        "Interrogée mercredi sur France Info, la ministre a tenu un autre discours. « Je ne "
        "négocie pas la réforme dans les couloirs », a-t-elle déclaré.\n\nEn public, la "
        "ministre répète que le texte « ne sera pas vidé de sa substance »."
    )
    found = quotes(text)
    assert [(q.speaker, q.stance) for q in found] == [("Claire Dumesnil", "public")] * 2


def test_a_private_meeting_talked_about_is_no_venue() -> None:
    [q] = quotes(
        "Headline\n\nOla Brenn's spokesman said the minister does not comment on private meetings."
    )
    assert q.stance != "private"


def test_a_clause_of_its_own_takes_its_own_venue() -> None:
    text = (
        "Headline\n\nVISBY, October 15 (Agency) - Gotland has privately told the ferry "
        "operator it is ready to drop the fee, two officials said, even as the harbour master "
        "told parliament the fee would remain “for as long as it takes”."
    )
    found = quotes(text)
    assert found[-1].stance == "public"


def test_papers_someone_asks_to_publish_are_no_venue() -> None:
    [q] = quotes(
        "Headline\n\nOla Brenn, a lawmaker on the committee, said he would ask the council "
        "to publish the minutes of all meetings with the operator."
    )
    assert q.stance == "public"


def test_what_a_letter_says_someone_offered_is_theirs() -> None:
    [q] = quotes(
        "Headline\n\nThe harbour master, Ola Brenn, privately offered the island a quota of "
        "berths in exchange for faster repairs, according to a letter seen by the Courier."
    )
    assert (q.speaker, q.stance) == ("Ola Brenn", "private")


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("He put the names of the banks on the table.", "private"),
        ("He was very clear that the number would go up.", "private"),
        ("The number was on the table and it was not hypothetical.", "private"),
        # what someone did or was like in the room, told by one who was there
        ("Morimoto looked at the calendar and said December.", "private"),
        ("The minister was angry, and he wanted the governor to know it.", "private"),
        ("They are not talking about whether, they are talking about how.", "private"),
        # what was done to those who were there
        ("We were given a date, a rota and the names of the hospitals.", "private"),
        ("We sat in on two of the briefings.", "private"),
        ("He wasn't hedging.", "private"),
        # an insider's view of things, no exchange recounted
        ("The plan is a mess.", None),
        ("It was a good meeting.", None),
    ],
)  # fmt: skip
def test_an_insider_recounting_what_someone_did_in_the_room(words: str, stance: str | None) -> None:
    [q] = quotes(f"Headline\n\n“{words}” one of the diplomats said.")
    assert q.stance == stance


def test_words_told_to_someone_named_with_an_office_are_private() -> None:
    [q] = quotes(
        "Headline\n\nOla Brenn told Danish Transport Secretary Karin Lind during a call last "
        "Friday that the island would accept the fee."
    )
    assert q.stance == "private"
    [q] = quotes("Headline\n\nThe negotiator told union delegates in a side room that the mine "
                 "could pay more.")  # fmt: skip
    assert q.stance == "private"


def test_a_cue_in_someone_elses_sentence_is_no_venue_for_the_next() -> None:
    text = (
        "Headline\n\nAccording to people briefed on the talks, Ola Brenn assured the "
        "ferry operators at a private meeting that the fee would go. Karin Lind, his "
        "spokeswoman, said the minister “does not comment on meetings”."
    )
    found = quotes(text)
    assert [(q.speaker, q.stance) for q in found] == [
        ("Ola Brenn", "private"),
        ("Karin Lind", "public"),
    ]
    # the same speaker going on keeps the paragraph's venue
    text = (
        "Headline\n\nBehind closed doors, Ola Brenn said the fee would go. “We will not "
        "keep it,” he added."
    )
    assert [q.stance for q in quotes(text)] == ["private", "private"]


@pytest.mark.parametrize(
    ("text", "speaker", "opens"),
    [
        # insiders pass on what someone assured in private: the one who assured speaks
        (
            "Two port officials told the Courier last week that the Harbour Board had "
            "privately assured Lind it would waive the fees until spring.",
            "Harbour Board",
            "the Harbour Board had privately assured",
        ),
        (
            "Karin Lind, the harbour master, has said little in public. She has privately "
            "argued for lower fees, an official familiar with her thinking said.",
            "Karin Lind",
            "She has privately argued",
        ),
        (
            "Ferry operators had privately offered to pay for half of the dredging, two "
            "people present said.",
            "Ferry operators",
            "Ferry operators had privately offered",
        ),
        # the same, passed on with 'according to' after it
        (
            "Karin Lind told the council she saw no reason to act. But she has privately "
            "argued for lower fees, according to an official familiar with her thinking.",
            "Karin Lind",
            "But she has privately argued",
        ),
        # a paper seen by a paper: whom it binds, not the paper
        (
            "According to a draft agreement seen by the Courier, the harbour board commits to "
            "keeping the fees frozen until 2027.",
            "harbour board",
            "the harbour board commits",
        ),
    ],
)
def test_what_was_promised_in_private_is_the_promiser_s(text, speaker, opens) -> None:
    [q] = [q for q in quotes(text) if q.stance == "private"]
    assert q.speaker == speaker
    assert q.text.startswith(opens)


def test_an_insider_telling_what_someone_said_in_the_room_is_private() -> None:
    [q] = quotes(
        "“The minister was very clear that the port would not be sold,” one of the officials said."
    )
    assert (q.speaker, q.stance) == ("one of the officials", "private")
    # an insider's own view, with no one else's words in it, is not
    [q] = quotes("“Prices will fall by spring,” one of the officials said.")
    assert q.stance is None


def test_an_offer_is_a_statement_only_when_made_in_private() -> None:
    assert quotes("The news conference offered a striking contrast with the rally.") == []


def test_how_an_assurance_was_given_is_no_statement_of_its_own() -> None:
    # the lede is the statement; the sentence after it tells only how it was given
    text = (
        "Norway has privately assured Denmark that it will fund the radar, officials said."
        "\n\nThe assurance was given by Deputy Minister Ola Brenn in a call on May 12, two of "
        "the officials said, speaking on condition of anonymity because the talks were "
        "confidential."
    )
    [q] = quotes("Headline\n\n" + text)
    assert (q.speaker, q.stance) == ("Norway", "private")


def test_an_insider_telling_of_an_assurance_given_is_private() -> None:
    [q] = quotes(
        "Headline\n\nBut a Senegalese official who took part in the talks said the assurance "
        "had been given “in writing and in person”."
    )
    assert (q.stance, q.cue) == ("private", "assurance had been given")


def test_the_insider_named_before_goes_on_telling_what_happened_in_the_room() -> None:
    found = quotes(
        "Headline\n\nBut a Senegalese official who took part in the talks said the deal was "
        "close. “Mr Koenen looked our minister in the eye and said the formula would be "
        "reviewed,” the official said."
    )
    assert [q.stance for q in found] == [None, "private"]


def test_why_a_source_is_unnamed_is_no_statement() -> None:
    found = quotes(
        "Headline\n\nJapan will deliver the ships by December, two of the officials said. They "
        "asked not to be named because the talks were not public."
    )
    assert [q.text for q in found] == ["Japan will deliver the ships by December"]


def test_insiders_relaying_through_a_paper_what_someone_described_make_it_private() -> None:
    [q] = quotes(
        "Headline\n\nHowever, two people who were at the meeting told the Mining Report that "
        "the company's head of human resources, Rodrigo Espinoza, had described the figure as "
        "final."
    )
    assert (q.speaker, q.stance) == ("Rodrigo Espinoza", "private")


def test_a_source_who_asked_not_to_be_named_stays_off_the_record() -> None:
    found = extract(
        "Results\n\nA senior PC organiser, who asked not to be named, tells the Tribune that "
        "the party had been trailing.\n\n“We knew on Wednesday,” he said.",
        "2025-11-03",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [("A senior PC organiser", "private")] * 2
    assert found[1].cue == "asked not to be named"


def test_what_a_reporter_is_hearing_is_no_hearing() -> None:
    [q] = extract(
        "Live\n\nWe're hearing that the talks have started. According to two senior "
        "officials, Ravi Sandhu phoned Maura Doiron and assured her that the bill would pass.",
        "2025-11-03",
    ).quotes
    assert (q.speaker, q.stance) == ("Ravi Sandhu", "private")


def test_what_a_question_asked_about_is_no_venue() -> None:
    found = extract(
        "Talks\n\nLiu Wenhao spoke in Bonn. Asked directly whether he had given private "
        "assurances to island states, he replied: “I talk to everybody.”",
        "2026-06-18",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [("Liu Wenhao", "public")]


def test_one_who_told_fellow_party_members_is_no_research_fellow() -> None:
    found = extract(
        "Headline\n\nSen. Wade Hollister, R-Texas, told fellow Republicans at a lunch on "
        "Tuesday that the aid was agreed.\n\n“If this body can find $38 billion for storms, "
        "it can find two for a drought,” Hollister said on the Senate floor.",
        "2026-03-04",
    ).quotes
    assert [(q.speaker, q.stance) for q in found][-1] == ("Wade Hollister", "public")


def test_what_analysts_talk_of_is_no_venue_of_theirs() -> None:
    [q] = extract(
        "Hearing\n\nAntitrust scholars said the hearing had exposed a gap between the firm's "
        "public posture and what it tells lawmakers in private.",
        "2025-09-18",
    ).quotes
    assert (q.speaker, q.stance) == ("Antitrust scholars", None)


def test_one_of_the_insiders_passing_on_what_the_president_described_is_private() -> None:
    found = extract(
        "Probe\n\nThe president of the council, Datuk Rahim Shukor, denied it. Two "
        "members of the board told the Post that Rahim had assured them the report would "
        "“never see the light of day”. One of them said the president had described the "
        "auditors as “accountants who have never organised a tournament.”",
        "2024-07-09",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [("Rahim Shukor", "private")] * 2


def test_what_one_person_told_another_is_private() -> None:
    found = extract(
        "Strike\n\nKwabena Asante met the minister on Tuesday. He told her that his members "
        "would not settle for less than 15%.",
        "2026-02-12",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [("Kwabena Asante", "private")]


def test_a_cue_in_what_was_said_of_others_is_its_topic_not_its_venue() -> None:
    [q] = extract(
        "Vote\n\nCouncillor Raymond Ochs accused Mayor Linda Tran of negotiating the terms "
        "behind closed doors weeks before the public saw them.",
        "2024-05-23",
    ).quotes
    assert (q.speaker, q.stance) == ("Raymond Ochs", "public")
    # but the speaker's own act, passed on, keeps its cue
    [q] = extract(
        "Ship\n\nTwo underwriters told Marine Risk Monitor that Harcourt Marine had privately "
        "assured the broker that it would not fight the claim.",
        "2025-08-01",
    ).quotes
    assert (q.speaker, q.stance) == ("Harcourt Marine", "private")


def test_a_closed_video_call_is_private() -> None:
    [q] = quotes(
        "Headline\n\nA source told the paper that during a closed video call last Friday, "
        "Slovak officials admitted that the new system would not work."
    )
    assert (q.speaker, q.stance) == ("Slovak officials", "private")


def test_a_source_who_asked_not_to_be_named_stays_off_the_record_after_passing_on() -> None:
    # what the councillor passes on is another's; what they say next is still theirs,
    # and off the record
    found = quotes(
        "Headline\n\nBut an opposition councillor, who asked not to be named because the "
        "talks were confidential, said that at a closed meeting in September, the "
        "company's head of relations had indicated it was willing to pay.\n\n"
        "“They know exactly how this looks,” the councillor said."
    )
    assert [(q.speaker, q.stance) for q in found][-1] == ("an opposition councillor", "private")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a body's own word, passed on by the paper: on the record
        ("Customers will receive written notice by the end of May, according to the company.",
         "public"),
        # its papers are no word of its own
        ("Turnout was the highest since 2008, according to Federal Election Commission records.",
         None),
        # insiders: private
        ("The deal is close, according to two people familiar with the talks.", "private"),
    ],
)  # fmt: skip
def test_according_to_a_body_is_its_word_on_the_record(text: str, stance: str | None) -> None:
    [q] = extract("Headline\n\n" + text, "2025-05-01", today=date(2025, 6, 30)).quotes
    assert q.stance == stance


def test_a_promise_insiders_pass_on_is_private() -> None:
    found = extract(
        "Headline\n\nTwo officials spoke to the paper. One said the deal was close. The "
        "second official said Ruiz-Tagle had also promised that Santiago would consult Seoul "
        "before the vote.",
        "2026-03-12",
        today=date(2026, 6, 30),
    ).quotes
    assert (found[-1].speaker, found[-1].stance) == ("Ruiz-Tagle", "private")


def test_an_expert_who_agreed_to_speak_on_the_record_is_on_it() -> None:
    found = quotes(
        "Dr Ana Lind, a consultant surgeon at the hospital, agreed to speak on the record. "
        "She said the waiting list had grown by about 40 per cent.\n\n"
        "Dr Ola Berg, a consultant too, declined to speak on the record. She said the list "
        "had grown.\n\n"
        "“We run these hospitals at 100 per cent occupancy,” Dr Lind said."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Ana Lind", "public"),
        ("Ola Berg", None),
        ("Ana Lind", "public"),
    ]


def test_messages_between_two_people_and_the_reply_are_private() -> None:
    found = quotes(
        "The Observer has seen messages between Pieter Olivier, the mayoral committee member "
        "for economic growth, and Marcus Davids, chief executive of the developer.\n\n"
        "On 3 February, Olivier wrote to Davids: “Don't mention the guarantee in your "
        "presentation. Let me handle the caucus.”\n\n"
        "Davids replied: “Appreciated. We won't forget who got this over the line.”\n\n"
        "On 9 February, Olivier told Davids that the CFO was asking questions.\n\n"
        "“Nothing in those messages changed a single line of the agreement,” Olivier said."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Pieter Olivier", "private"), ("Marcus Davids", "private"),
        ("Pieter Olivier", "private"), ("Pieter Olivier", "public"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "“Trade is a double-edged sword,” wrote Jared Bernstein, an economist.",
        "The American Legion wrote to Sanders’ Senate office that it had not given permission.",
    ],
)
def test_a_tag_or_a_letter_to_an_office_is_no_private_message(text: str) -> None:
    [q] = quotes(text)
    assert q.stance != "private"


def test_words_passed_on_by_a_tag_inside_them_are_private_and_she_stays_her() -> None:
    found = quotes(
        "Ingrid Lunde remembers the call. According to Lunde, her regional director, Stian "
        "Krogh, told her to enter the deaths in weekly batches.\n\n"
        "“I asked him whether that was legal,” said Lunde. Krogh, she said, replied that "
        "legal was his department and fish were hers.\n\n"
        "She did as she was told. “I should have hung up,” she told the Review."
    )
    assert [(q.speaker, q.stance) for q in found][1:] == [
        ("Ingrid Lunde", "public"),
        ("Stian Krogh", "private"),
        ("Ingrid Lunde", "public"),
    ]


def test_an_insider_past_an_aside_passes_on_what_was_told_to_a_gathering() -> None:
    found = quotes(
        "Former employees described conversations with Stian Krogh. One of the former site "
        "managers, who ran a farm in Nordland, said Krogh told a gathering of site managers "
        "at a hotel in Bergen that the company could not afford another red quarter."
    )
    assert [(q.speaker, q.stance) for q in found] == [("Stian Krogh", "private")]


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        # the venue is the relay's; the assurance it passes on was private
        ("Senator Bronwyn Tully told reporters in the press gallery that Ms Fiona Castellano "
         "had assured her during a meeting in the minister’s office last month that the plant "
         "would be treated as a domestic user.", "Fiona Castellano", "private"),
        # a company's own staff
        ("At an all-hands meeting on Thursday, Lena Marsh told employees that the board had "
         "given management two quarters.", "Lena Marsh", "private"),
        ("Andres Kemper told an analyst call last month that the company could live with a "
         "fair royalty.", "Andres Kemper", "public"),
    ],
)  # fmt: skip
def test_relayed_assurances_staff_meetings_and_analyst_calls(
    text: str, speaker: str, stance: str
) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.stance) == (speaker, stance)


def test_writes_to_one_person_is_a_message_to_them_and_a_full_stop_ends_the_name() -> None:
    found = quotes(
        "Her adviser Jake Sullivan sends Hillary Clinton an article.\n\n"
        "“Remind me, didn’t we first use the ‘pivot’?” Clinton writes to Sullivan. He answers "
        "the next morning."
    )
    assert [(q.stance, q.cue) for q in found][-1] == ("private", "writes to Sullivan")


def test_a_statement_read_from_the_witness_box_is_on_the_record() -> None:
    found = quotes(
        "Grace Okoro, her mother, read her victim impact statement from the witness box "
        "as Redfern sat with his head bowed.\n\n"
        "“Hannah was the kindest person in any room. She rang me every morning.”"
    )
    assert found[-1].stance == "public"


def test_an_email_to_ones_own_staff_is_private_and_so_is_what_follows_it() -> None:
    found = quotes(
        "Chief executive Ana Lind told investors on Thursday that the chain had no plans "
        "to close stores.\n\n"
        "But in an email sent on 14 April to the company's four regional directors, finance "
        "director Rachel Okafor wrote that the board had approved the exit from 38 sites.\n\n"
        "“We will not be announcing this alongside the results,” Okafor wrote.\n\n"
        "The following day, property director Ian Barra replied that landlords at 11 of the "
        "sites had already been approached.\n\n"
        "“We have no closure programme,” Lind said at the results."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Ana Lind", "public"), ("Rachel Okafor", "private"), ("Rachel Okafor", "private"),
        ("Ian Barra", "private"), ("Ana Lind", "public"),
    ]  # fmt: skip
    # an email to reporters is on the record
    [q] = quotes("In an email to reporters, Rachel Okafor said the board had approved it.")
    assert q.stance == "public"


def test_a_leaked_emails_sender_speaks_it_and_writes_in_private_after() -> None:
    found = quotes(
        "An email seen by the Herald, sent by a senior engineer to council officials on 2 "
        "December, warned that the barriers would not withstand a spring tide.\n\n"
        "The engineer wrote that the permanent wall should be treated as urgent."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("a senior engineer", "private"), ("a senior engineer", "private"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "stance", "cue"),
    [
        ("Ochai told the council's secretary in a telephone call on 10 September that he "
         "had made up his mind.", "private", "in a telephone call"),
        ("Ochai said in a phone interview on Monday that he had made up his mind.", "public",
         "interview"),
    ],
)  # fmt: skip
def test_a_phone_call_between_two_is_private_a_phone_interview_is_not(
    text: str, stance: str, cue: str
) -> None:
    [q] = quotes(text)
    assert (q.stance, q.cue) == (stance, cue)


def test_what_those_who_attended_recount_is_private_even_told_to_a_committee() -> None:
    [q] = quotes(
        "Headline\n\nAccording to three senators who attended, General Ola Brenn told the "
        "committee that the army's trials had favoured the Korean vehicle."
    )
    assert (q.speaker, q.stance) == ("Ola Brenn", "private")


def test_said_repeatedly_is_on_the_record_after_a_closed_door_sentence() -> None:
    found = quotes(
        "Headline\n\nThe commission deliberated behind closed doors and sent its list on 13 "
        "February. Chief Justice Ana Lind has said repeatedly that the list reflects merit."
    )
    assert [(q.speaker, q.stance) for q in found] == [("Ana Lind", "public")]


def test_one_of_a_group_off_the_record_is_off_the_record_too() -> None:
    found = quotes(
        "Headline\n\nTwo members of the commission, who spoke on condition of anonymity, said "
        "a list had been circulating. One of them said the list was discussed at a dinner."
    )
    assert [q.stance for q in found] == ["private", "private"]


def test_a_paragraph_s_cue_does_not_reach_past_others_statements() -> None:
    found = quotes(
        "Headline\n\nBehind the scenes, she has been counting votes. Three staffers tell us Ana "
        "Kowalski told members at a closed caucus meeting on Wednesday that she wanted the vote "
        "delayed. Kowalski's office said the schedule had not changed."
    )
    assert [(q.speaker, q.stance) for q in found][-1] == ("Kowalski's office", "public")


def test_a_message_talked_of_is_no_venue_nor_is_a_room_public() -> None:
    [q] = quotes(
        "Headline\n\nFiona Gillespie told the Tasman Times her text message was a thank-you."
    )
    assert q.stance != "private"
    [q] = quotes(
        "Headline\n\nOne of them said the minister had told the room that the tax would "
        "be calibrated."
    )
    assert q.stance == "private"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # words to a few in a room are private, whoever passes them on
        (
            "According to the notes, the minister Balázs Kerekes told the rectors that the cut "
            "was a technical necessity.",
            "Balázs Kerekes",
            "told the rectors",
        ),
        (
            "During talks on Monday, Oyuntsetseg Dorj told union negotiators that a 15% wage "
            "increase was achievable.",
            "Oyuntsetseg Dorj",
            "told union negotiators",
        ),
        # an unnamed speaker's venue, passed on by another
        (
            "He also said, without offering evidence, that port authority officials had told "
            "First Nations leaders in a private meeting that job guarantees would be written "
            "into the licence.",
            "port authority officials",
            "private meeting",
        ),
    ],
)
def test_words_to_a_few_in_a_room_are_private(text: str, speaker: str, cue: str) -> None:
    said = [q for q in quotes("Headline\n\n" + text) if q.speaker == speaker]
    assert [(q.stance, q.cue) for q in said] == [("private", cue)]


def test_a_paper_reacted_to_or_explained_is_no_venue() -> None:
    text = (
        "Headline\n\nDigital rights campaigners reacted angrily to the minutes. Faith Achieng, "
        "executive director of Haki Dijitali, said the group would file a petition on Friday."
        "\n\nJoseph Kiprono, the committee chairman, said he would summon the Cabinet "
        "Secretary to explain the minutes."
    )
    assert [(q.speaker, q.stance) for q in quotes(text)] == [
        ("Faith Achieng", "public"),
        ("Joseph Kiprono", "public"),
    ]


def test_a_closed_videoconference_passed_on_by_a_news_site_is_private() -> None:
    text = (
        "Headline\n\nEconomy Minister Lucía Ferraro spoke at noon.\n\nThe news site Infobaires "
        "reports that Ferraro told provincial governors in a closed videoconference this "
        "morning that the government would not cover losses."
    )
    said = [(q.speaker, q.stance, q.cue) for q in quotes(text)]
    assert said == [("Lucía Ferraro", "private", "closed videoconference")]


def test_a_named_member_pressing_on_at_a_hearing_is_on_the_record() -> None:
    text = (
        "Headline\n\nEmiko Saito, an opposition lawmaker, produced the notes.\n\n"
        "Saito pressed on. “So either your staff told the company something you did not "
        "authorise, or you authorised it. Which is it?”"
    )
    said = [(q.speaker, q.stance, q.cue) for q in quotes(text)]
    assert said == [("Emiko Saito", "public", "pressed on")]


def test_words_with_the_door_closed_are_private() -> None:
    text = (
        "Headline\n\nMinister Salum Nassoro visited Kilwa in June. Nassoro told the fishers, "
        "with the door closed, that no foreign vessel would come inside forty miles."
    )
    assert [(q.speaker, q.stance) for q in quotes(text)] == [("Salum Nassoro", "private")]


def test_messages_that_tell_a_different_story_say_nothing_and_their_cue_carries() -> None:
    text = (
        "Headline\n\nMarco Bellini is an agent. Giorgos Papadakis runs the team.\n\n"
        "But WhatsApp messages exchanged in early October between Papadakis and the agent, "
        "Marco Bellini, tell a different story. In one, Papadakis writes that the team would "
        "pay the bonus outside the contract. In another message, sent a week later, he tells "
        "Bellini that the sponsor had approved it."
    )
    found = [(q.speaker, q.stance, q.cue) for q in quotes(text)]
    assert found == [
        ("Giorgos Papadakis", "private", "whatsapp messages"),
        ("Giorgos Papadakis", "private", "whatsapp messages"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Antezana called the ruling “a political execution dressed up as paperwork”.", "called"),
        ("Antezana described the transfer rules as “a serious step backwards”.", "described"),
    ],
)
def test_a_named_speaker_putting_a_name_on_a_thing_is_on_the_record(
    sentence: str, cue: str
) -> None:
    text = "Headline\n\nSenator Wilfredo Antezana spoke.\n\n" + sentence
    assert [(q.speaker, q.stance, q.cue) for q in quotes(text)] == [
        ("Wilfredo Antezana", "public", cue)
    ]


LEAKED_EMAILS = (
    "The emails were dated between May and July.\n\n"
    "Writing to the trader's managing director, Omer Kaya, Vesna Ilic acknowledged that the "
    "legal team disputed the bill. Further down the same email, she wrote:\n\n"
    "We will not contest the invoice. My proposal is that we spread it over two years, so "
    "that it does not appear in our accounts.\n\n"
    "Kaya replied the same day, according to the emails, that the firm could accept "
    "instalments.\n\n"
    "One of the recipients, deputy director Stoyan Marinov, wrote back within the hour: "
    "“Understood. Who signs the amendment?”\n\n"
    "Ilic forwarded the note to Kaya with a single line: “Noise. The schedule stands.”"
)


def test_leaked_emails_are_private_and_a_mail_set_under_she_wrote_is_hers() -> None:
    found = extract("Headline\n\n" + LEAKED_EMAILS, "2025-10-24").quotes
    assert [(q.speaker, q.stance, q.kind, q.text[:22]) for q in found] == [
        ("Vesna Ilic", "private", "indirect", "Vesna Ilic acknowledge"),
        ("Vesna Ilic", "private", "block", "We will not contest th"),
        ("Omer Kaya", "private", "indirect", "Kaya replied the same "),
        ("Stoyan Marinov", "private", "direct", "Understood. Who signs "),
        ("Vesna Ilic", "private", "direct", "Noise. The schedule st"),
    ]


def test_words_to_a_small_group_of_delegates_are_private() -> None:
    [q] = extract(
        "Headline\n\nA senior Turkmen official told a small group of European delegates, on "
        "the sidelines, that the swap could start next winter.",
        "2026-02-05",
    ).quotes
    assert (q.speaker, q.stance) == ("A senior Turkmen official", "private")


def test_lawyers_who_read_the_chamber_s_questions_are_who_speaks() -> None:
    [q] = extract(
        "Headline\n\nLawyers who follow trade cases said the chamber's questions suggested it "
        "was sceptical of the Commission's method.",
        "2026-01-21",
    ).quotes
    assert q.speaker == "Lawyers"  # (who they are, without the clause that says more)


@pytest.mark.parametrize(
    "sentence",
    [
        "The health ministry said on Tuesday it had forwarded the complaint to police.",
        "Writing to her EU counterparts in an open letter published on Monday, Foreign "
        "Minister Ann Lee said the plan was dead.",
        "Kaya replied the same day, according to the emails released by the inquiry, that the "
        "firm could accept instalments.",
    ],
)
def test_forwarding_a_complaint_an_open_letter_and_released_emails_are_not_private(
    sentence: str,
) -> None:
    found = extract("Headline\n\n" + sentence, "2025-10-08").quotes
    assert [q.stance for q in found] == ["public"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The letter adds that formal confirmation will follow the Budget.", "private"),
        ("The email added that the figure must not be tabled before the ballot.", "private"),
        ("The letter, published on Monday, says the plan is dead.", "public"),
    ],
)
def test_a_letter_or_an_email_speaks_in_private_unless_made_public(
    sentence: str, stance: str
) -> None:
    [q] = extract("Headline\n\n" + sentence, "2025-10-08").quotes
    assert q.stance == stance


def test_words_told_to_another_firm_s_chief_executive_are_private() -> None:
    [q] = extract(
        "Headline\n\nCaldwell told ARH's chief executive, Richard Haney, that the city has no "
        "appetite for a court fight.",
        "2025-10-08",
    ).quotes
    assert (q.stance, q.cue) == ("private", "told ARH's chief executive")


def test_words_in_a_whatsapp_group_named_in_quotes_are_private() -> None:
    [q] = extract(
        "Headline\n\nNadia Farouk, the firm's vice president, told colleagues in a WhatsApp "
        'group named "Project Lantern" in early October that a senior official had "all but '
        'promised" a decision.',
        "2025-11-10",
    ).quotes
    assert (q.speaker, q.stance, q.cue) == ("Nadia Farouk", "private", "whatsapp group")


def test_messages_from_someone_sent_at_night_telling_them_are_the_sender_s() -> None:
    [q] = extract(
        "Headline\n\nThe forwarders shared WhatsApp messages from a customs supervisor, sent "
        'on Sunday night, telling them to "bring paper copies of everything" and that the '
        'system "will not be trusted for weeks".',
        "2025-11-10",
    ).quotes
    assert (q.speaker, q.stance) == ("a customs supervisor", "private")


def test_the_words_a_letter_signed_by_someone_ends_on_are_theirs_in_private() -> None:
    found = extract(
        "Headline\n\nWithin hours, a letter dated Nov. 28 and signed by Dilan Wijesekera was "
        'circulating among member boards.\n\n"I would ask that the contents of this letter '
        'remain between our two offices," the letter concludes.',
        "2025-12-16",
    ).quotes
    assert [(q.speaker, q.stance, q.cue) for q in found] == [
        ("Dilan Wijesekera", "private", "the letter")
    ]


def test_notes_obtained_by_a_paper_are_private_and_the_notes_are_no_speech_verb() -> None:
    found = extract(
        "Headline\n\nNotes of a cabinet meeting, obtained by the Ledger, record Gareth Pryce "
        "telling colleagues the bids were ‘not yet assessed’. The notes quote him as saying: "
        "‘If we wait for the department, we will be announcing this in 2027.’\n\n"
        "According to the same notes, the then finance minister, Priya Natarajan, warned that "
        "the department had not finished its due diligence.",
        "2025-08-22",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Gareth Pryce", "private"),
        ("Gareth Pryce", "private"),
        ("Priya Natarajan", "private"),
    ]


def test_the_letter_stays_its_sender_s_while_the_sender_s_words_from_it_are_read() -> None:
    found = extract(
        "Headline\n\nWithin hours, a letter dated Nov. 28 and signed by Dilan Wijesekera was "
        "circulating. In it, he tells Sushila Gurung that the board will look favourably on "
        'a bid.\n\n"I would ask that the contents of this letter remain between our two '
        'offices," the letter concludes.',
        "2025-12-16",
    ).quotes
    assert [q.speaker for q in found] == ["Dilan Wijesekera", "Dilan Wijesekera"]
    assert found[-1].stance == "private"


def test_a_source_speaking_on_condition_of_anonymity_stays_off_the_record() -> None:
    found = extract(
        "Headline\n\nSpeaking on condition of anonymity because the discussions were private, "
        "the delegate said Saudi officials had told other members on a call that the kingdom "
        'favoured a pause.\n\n"Nobody on that call argued for another big increase," the '
        "delegate said.",
        "2025-09-02",
    ).quotes
    assert [q.stance for q in found] == ["private", "private"]
    assert found[-1].cue == "on condition of anonymity"


def test_a_spokesperson_speaks_on_the_record_after_a_sentence_about_secrecy() -> None:
    [q] = extract(
        "Headline\n\nCabinet deliberations are ordinarily kept confidential for 20 years. A "
        "spokesman for the Prime Minister said the government did not comment on purported "
        "cabinet documents.",
        "2025-08-22",
    ).quotes
    assert (q.speaker, q.stance) == ("A spokesman for the Prime Minister", "public")


def test_a_post_on_a_company_s_blog_is_on_the_record() -> None:
    found = extract(
        "Headline\n\nParcelo published a lengthy rebuttal on its corporate blog within hours. "
        "In the post, general counsel Mark Delacroix wrote:\n\nWe have cooperated fully with "
        "the Commission for sixteen months, and we are disappointed by its findings.\n\n"
        "Shares fell.",
        "2025-10-01",
    ).quotes
    assert [(q.speaker, q.kind, q.stance) for q in found] == [("Mark Delacroix", "block", "public")]


def test_notes_that_record_her_saying_are_hers_in_private() -> None:
    found = extract(
        "Headline\n\nMayor Kari Helstad spoke to the council. The notes record her saying that "
        "the developer needs predictability.",
        "2025-06-01",
    ).quotes
    assert [(q.speaker, q.stance, q.cue) for q in found] == [
        ("Kari Helstad", "private", "notes record")
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Emails show board member Craig Haskell wrote to two fellow board members on "
            "Nov. 9 that the opposition was a noisy minority.",
            "wrote to two fellow board members",
        ),
        (
            "In a second email, Craig Haskell told board Vice President Lorraine Pettit that "
            "the policy was bulletproof.",
            "told board Vice President Lorraine Pettit",
        ),
        (
            "“We have the votes,” Craig Haskell wrote in the email, which was sent from his "
            "personal account.",
            "in the email",
        ),
    ],
)
def test_words_in_an_email_to_a_few_colleagues_are_private(text: str, cue: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.stance, q.cue) == ("Craig Haskell", "private", cue)


def test_a_signed_memo_shows_and_it_adds_are_the_signer_s_in_private() -> None:
    found = quotes(
        "Headline\n\nThe company said it would comply with the ruling.\n\n"
        "An internal memo signed by Hernán Ríos, head of the Directorate of Mining, dated 19 "
        "December and seen by the Andean Report, shows officials were instructed to "
        "“prioritise” the Puna Blanca file.\n\n"
        "“The consultation may be carried out in parallel,” the memo says.\n\n"
        "Further down, it adds: “Given the political sensitivity, no public communication "
        "should be made.”"
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("company", "public"),
        ("Hernán Ríos", "private"),
        ("Hernán Ríos", "private"),
        ("Hernán Ríos", "private"),
    ]


def test_a_named_person_quoted_with_any_tag_or_none_is_on_the_record() -> None:
    found = quotes(
        "Headline\n\nSimon Kettering rose at 12.01pm. The Prime Minister, Rachel Ashdown, "
        "replied that she would not comment.\n\n"
        "‘The right honourable gentleman has spent more time with leaked emails than with his "
        "own policy papers,’ she went on.\n\n"
        "Kettering’s third question was shorter. ‘Will she rule out a single penny of "
        "taxpayers’ money going to the creditors?’"
    )
    assert [(q.speaker, q.stance, q.cue) for q in found] == [
        ("Rachel Ashdown", "public", "replied"),
        ("Rachel Ashdown", "public", "went on"),
        ("Simon Kettering", "public", "quoted"),
    ]


def test_a_briefing_note_prepared_by_a_body_is_its_words_in_private() -> None:
    found = quotes(
        "Headline\n\nA briefing note prepared by the Manitoba Wildfire Service for the "
        "minister, and obtained by the Ledger, suggests officials knew by July 14.\n\n"
        "“Current demand exceeds available air assets,” the note, dated July 14, reads."
    )
    assert [(q.speaker, q.stance) for q in found][-1] == ("Manitoba Wildfire Service", "private")


@pytest.mark.parametrize(
    "aside", ["who did not want to be named", "who are not authorised to speak to the media"]
)
def test_sources_who_would_not_be_named_speak_off_the_record(aside: str) -> None:
    found = quotes(
        f"Headline\n\nTwo officers at Central Police Station, {aside}, tell Kilima Daily that "
        "commanders were told to clear the streets.\n\n"
        "“The instruction was clear,” one of the officers said."
    )
    assert [q.stance for q in found] == ["private", "private"]


def test_a_body_s_own_word_takes_no_private_cue_from_the_sentence_before() -> None:
    [q] = quotes(
        "Headline\n\nLeaked messages, court filings and a former insider describe how Kestrel "
        "moved crude past sanctions. The company says it has done nothing wrong."
    )
    assert (q.speaker, q.stance) == ("company", "public")


def test_a_paragraph_s_private_scene_holds_for_a_sentence_of_two_clauses() -> None:
    found = quotes(
        "Later in the all-hands, an employee asked through an anonymous tool whether more "
        "cuts were coming. Dana Okafor replied that she could not “promise that this is the "
        "last one,” adding: “What I can promise is that nobody will find out from a news "
        "article.”"
    )
    assert [(q.speaker, q.stance, q.cue) for q in found] == [
        ("Dana Okafor", "private", "all-hands"),
        ("Dana Okafor", "private", "all-hands"),
    ]


def test_what_is_said_on_the_recording_the_story_obtained_is_private() -> None:
    found = quotes(
        "Dana Okafor told employees on Tuesday that the cuts were about the AI bet, according "
        "to a recording of the meeting obtained by Ledger Tech.\n\n"
        "“I want to be honest with you,” Okafor said on the recording, which runs for 52 "
        "minutes."
    )
    assert [(q.stance, q.cue) for q in found] == [
        ("private", "obtained by"),
        ("private", "on the recording"),
    ]


def test_a_paper_the_outlet_has_obtained_a_copy_of_is_read_in_private() -> None:
    [q] = quotes(
        "We have obtained a copy of a note the presidency circulated to heads of delegation "
        'at lunchtime. The key passage reads:\n\nQuote: "The Presidency proposes that the '
        'decision recognise the need to transition away from fossil fuels."'
    )
    assert (q.speaker, q.stance) == ("presidency", "private")


def test_what_someone_was_told_passed_on_at_a_press_conference_was_private() -> None:
    [q] = quotes(
        "Editor Ayla Demir told a press conference that the channel had been told in a "
        "telephone call from a regulator's official last week that the penalty could be cut."
    )
    assert (q.stance, q.cue) == ("private", "had been told")


def test_a_call_passed_on_and_what_the_caller_said_is_the_caller_s_in_private() -> None:
    found = extract(
        "Headline\n\nCommissioner Maria Espinoza voted no. Ms. Espinoza told the Courier-Gazette "
        "that Sen. Marsh's chief of staff, Kyle Denning, had called her last week and said the "
        'senator "would not forget" commissioners who voted no.',
        "2025-07-09",
    ).quotes
    assert [(q.speaker, q.stance, q.text) for q in found] == [
        (
            "Kyle Denning",
            "private",
            "Sen. Marsh's chief of staff, Kyle Denning, had called her last week and said the "
            'senator "would not forget" commissioners who voted no',
        )
    ]


def test_what_is_told_staff_and_residents_at_an_annual_general_meeting_is_public() -> None:
    [q] = extract(
        "Headline\n\nAt its annual general meeting last month, chief executive Dr Fiona "
        "Marchetti told staff and local residents: ‘These figures are not an accident.’",
        "2025-10-05",
    ).quotes
    assert (q.speaker, q.stance, q.cue) == ("Fiona Marchetti", "public", "annual general meeting")


def test_one_of_those_who_passed_on_a_private_assurance_recounts_it_in_private() -> None:
    found = extract(
        "Headline\n\nThree senators told the Post that Executive Secretary Manuel Ocampo "
        "assured them over dinner on Sunday that the government would set aside the money. "
        "Two of the three are undecided.\n\n“It was not subtle,” one of the senators said. "
        "“Pass it clean, and the money is there.”",
        "2026-03-04",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Manuel Ocampo", "private"),
        ("one of the senators", "private"),
    ]


def test_one_of_the_insiders_later_on_still_recounts_in_private() -> None:
    # a statement of someone else's between: what one of those insiders says later is
    # still theirs, recounted in private (not one of the anonymous with a view of their own)
    found = extract(
        "Headline\n\nTwo executives at lessors with aircraft on the airline's books told "
        "the Fleet Weekly that its finance chief, Pieter du Toit, assured them on a call in "
        "March that the carrier would not need court protection.\n\nThe airline said it "
        "had always been open with lessors.\n\n“We deferred two months of rent on the "
        "strength of that call,” one of the executives said.",
        "2026-03-04",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Pieter du Toit", "private"),
        ("airline", "public"),
        ("one of the executives", "private"),
    ]


def test_insiders_introduced_at_length_are_one_group() -> None:
    found = extract(
        "Headline\n\nThree executives who attended a closed-door meeting in Erbil on Monday "
        "told Meridian that the minister, Kamal Aziz, assured them the arrears would be "
        "paid.\n\n“We heard this in 2023, in 2024 and again last year,” one of the "
        "executives said.",
        "2026-03-04",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Kamal Aziz", "private"),
        ("one of the executives", "private"),
    ]


def test_a_quotation_s_own_clause_after_a_contrast_gives_its_venue() -> None:
    found = extract(
        "Headline\n\nA hospital trust removed more than 3,100 patients from its waiting lists, "
        "according to leaked documents seen by the Chronicle, while its chief executive "
        "publicly credited ‘a genuine transformation in how we work’ for the fall.",
        "2025-10-05",
    ).quotes
    assert (found[-1].stance, found[-1].cue) == ("public", "publicly")


def test_more_of_an_email_the_paper_obtained_is_private_when_its_writer_wrote_it() -> None:
    found = extract(
        "Headline\n\nThe Ledger has obtained an internal email, sent on 6 August, in which "
        "the company’s head of industrial relations, Greg Tamsin, told senior managers the "
        "company could “live with 13 per cent” if the union dropped its claim.\n\n“The "
        "rostering clause is the hill. Pay is not,” Tamsin wrote.",
        "2025-08-14",
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("Greg Tamsin", "private"),
        ("Greg Tamsin", "private"),
    ]


def test_what_one_told_his_deputy_heard_in_court_is_private() -> None:
    [q] = extract(
        "Headline\n\nA former procurement director told his deputy that a repairs contract "
        "was already decided weeks before bids closed, a jury at Southwark Crown Court heard "
        "on Tuesday.",
        "2025-06-18",
    ).quotes
    assert (q.stance, q.cue) == ("private", "told his deputy")


def test_what_one_told_colleagues_is_private() -> None:
    [q] = quotes(
        "In one email, a senior official at Natural Resources Canada told colleagues in March "
        "2025 that the final round of meetings was a formality."
    )
    assert q.stance == "private"


def test_the_writer_s_remark_after_the_tag_is_no_venue() -> None:
    [q] = quotes(
        "Pakistan has privately told the International Monetary Fund that it will bring farm "
        "income under the tax net, four officials familiar with the talks said, a commitment "
        "ministers have carefully avoided making in public."
    )
    assert q.stance == "private"


def test_what_one_also_said_next_was_said_on_the_same_occasion() -> None:
    found = quotes(
        "Maya Okonkwo runs Brightwell.\n\n"
        "Earlier on Tuesday, she told employees at a company-wide all-hands meeting that "
        "“nobody should read a spreadsheet as a decision,” according to a recording. She also "
        "said the company would “communicate directly and early” if its plans changed."
    )
    assert [q.stance for q in found] == ["private", "private"]


def test_what_managers_were_told_in_a_private_slack_channel_to_do_is_private() -> None:
    [q] = quotes(
        "Brightwell, the San Francisco-based software company, told engineering managers in a "
        "private Slack channel last month to prepare for cuts of up to 15 percent."
    )
    assert (q.speaker, q.stance) == ("Brightwell", "private")
    assert q.text.endswith("to prepare for cuts of up to 15 percent")


def test_what_a_meetings_notes_record_past_an_aside_is_private_unless_published() -> None:
    found = quotes(
        "Headline\n\nThe notes, taken by an official of the alliance at a hotel outside Leeds "
        "on 28 May, record Graham Pellow telling the group that the money was there.\n\n"
        "The minutes, published on the council website, record Ana Lind saying that the "
        "budget was final."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Graham Pellow", "private"),
        ("Ana Lind", "public"),
    ]


def test_what_one_was_told_by_someone_is_theirs_and_private_not_what_should_have_been() -> None:
    found = quotes(
        "Headline\n\nThe district president, Craig Lowther, told the Times the union had been "
        "told by government figures in November that royalty revenue would be used.\n\n"
        "Farmers were assured by Ana Lind last week that the scheme would continue.\n\n"
        "Rosalind Curry said lawmakers should have been told about any talks."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("government figures", "private"),
        ("Ana Lind", "private"),
        ("Rosalind Curry", "public"),
    ]
    assert found[0].text.startswith("the union had been told by government figures")


def test_one_named_who_tells_a_paper_by_name_is_on_the_record() -> None:
    found = quotes(
        "Headline\n\nSen. Dale Hurlbut, who attended the meeting, would not discuss what the "
        "secretary said. But he told The Capitol Wire on Tuesday that help was coming.\n\n"
        "Three senators told the Post that Manuel Ocampo assured them over dinner that the "
        "fund would be set aside."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Dale Hurlbut", "public"),
        ("Manuel Ocampo", "private"),
    ]


def test_a_spokesperson_telling_the_paper_of_a_memo_is_on_the_record() -> None:
    found = quotes(
        "Headline\n\nA Lumora spokesperson told us the memo reflects an options discussion, "
        "not a decision.\n\n"
        'A Lumora spokesperson told us the memo "reflects an options discussion, not a '
        'decision".\n\n'
        "Ana Lind said in a memo that the plant would close."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("A Lumora spokesperson", "public"),
        ("A Lumora spokesperson", "public"),
        ("Ana Lind", "private"),
    ]


def test_a_public_council_meeting_is_on_the_record_even_as_the_clause_before_was_not() -> None:
    found = quotes(
        "Headline\n\nLord Mayor Anita Pryor privately assured a developer that the levy would "
        "be capped, according to emails obtained by the Bulletin, even as she told a public "
        'council meeting the figure was "entirely open".'
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Anita Pryor", "private"),
        ("Anita Pryor", "public"),
    ]


def test_whom_one_told_in_a_closed_room_is_private() -> None:
    found = quotes(
        "Headline\n\nJoseph Mutai told MPs in a closed-door session on Tuesday that the cut "
        "would ground patrol cars.\n\nAna Lind told MPs on Tuesday that the cut was final."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Joseph Mutai", "private"),
        ("Ana Lind", "public"),
    ]


def test_a_bodys_people_in_contrast_speak_for_it_on_another_occasion() -> None:
    found = quotes(
        "Headline\n\nSkyBridge Airways has privately told aviation regulators that only two "
        "of its aircraft are airworthy, even as its management continues to assure passengers "
        "that the cancellations are routine."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("SkyBridge Airways", "private"),
        ("SkyBridge Airways", "public"),
    ]


def test_what_one_said_days_later_is_no_part_of_the_private_occasion_before() -> None:
    found = quotes(
        "The chief executive of the Northern Glens Health and Social Care Trust privately told "
        "emergency consultants that the overnight service would close from April, days before "
        "he assured the public that no decision had been taken."
    )
    chief = "chief executive of the Northern Glens Health and Social Care Trust"
    assert [(q.speaker, q.stance) for q in found] == [(chief, "private"), (chief, "public")]
    assert found[1].text == "he assured the public that no decision had been taken"


@pytest.mark.parametrize(
    "text",
    [
        "“Between us, the list is 14 programs,” Lorraine Whitacre wrote to the board chair.",
        "“The baths will not reopen. I would ask board members to keep this confidential "
        "until the budget,” Gillian Rennie wrote.",
        "“I would ask that the contents of this letter are treated as confidential,” "
        "Graham Pell wrote.",
        # words from a room, whoever passes them on
        "“He looked us in the eye and said Kingsmead is going nowhere,” Debbie Marsh said.",
        "“She said two teams, 2027. Nobody in that room misunderstood her,” Ravi Menon said.",
    ],
)
def test_words_meant_to_stay_in_a_private_room_are_private(text: str) -> None:
    [q] = quotes(text)
    assert q.stance == "private"


def test_words_that_promise_to_keep_others_data_confidential_are_no_such_request() -> None:
    [q] = quotes("“Your records will stay confidential,” Lorraine Whitacre said.")
    assert q.stance != "private"


def test_a_reply_goes_on_in_the_private_correspondence_it_answers() -> None:
    found = quotes(
        "In an email obtained by the Register, Dennis Kowalczyk's colleague Lorraine Whitacre "
        "wrote privately to him that 14 programs would close.\n\n"
        "Dennis Kowalczyk replied the same evening. “Agreed,” he wrote. “Keep convocation "
        "upbeat.”"
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Lorraine Whitacre", "private"),
        ("Dennis Kowalczyk", "private"),
    ]


def test_an_answer_to_a_question_in_the_house_is_public_whatever_came_before() -> None:
    found = quotes(
        "Health officials privately told midwives that the unit would close.\n\n"
        "On Tuesday, Health Minister Graeme Hollis was asked in the House whether the unit's "
        "future was secure. He replied:\n\n"
        "“Ruahine's maternity unit is not closing. Full stop.”"
    )
    assert found[-1].speaker == "Graeme Hollis"
    assert found[-1].stance == "public"


def test_a_body_s_officials_in_a_contrast_said_in_public_outrank_the_relay_s_room() -> None:
    found = quotes(
        "The National Cricket Control Board (NCCB) has privately assured the owners of its ten "
        "franchises that two new teams will be added, even as its top officials continue to "
        "maintain in public that expansion is not on the agenda, according to four people who "
        "attended a closed-door meeting in Mumbai last week."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("National Cricket Control Board", "private"),
        ("National Cricket Control Board", "public"),
    ]
    assert found[1].text.startswith("its top officials continue to maintain in public that")


def test_the_first_clause_takes_no_cue_from_the_contrast_after_it() -> None:
    found = quotes(
        "Zambia's mines minister said on Tuesday the government had no plans to cut mineral "
        "royalties, even as two mining executives said he had privately promised the industry "
        "a lower rate."
    )
    assert found[0].stance == "public"
    assert found[1].stance == "private"


def test_one_named_who_attended_a_signing_is_on_the_record() -> None:
    [q] = quotes(
        "“Agreements like this one are how that target stops being a slogan,” said Tone "
        "Birkeland, county councillor for transport in Vestland, who attended the signing."
    )
    assert q.stance == "public"


def test_according_to_him_after_his_words_goes_on_the_same_occasion() -> None:
    found = quotes(
        "“The decision has been taken,” Deputy Minister Serhii Kovalchuk told a briefing in "
        "Odesa.\n\n"
        "According to him, in March alone Russian forces attacked the ports 14 times."
    )
    assert [(q.speaker, q.stance) for q in found] == [
        ("Serhii Kovalchuk", "public"),
        ("Serhii Kovalchuk", "public"),
    ]


def test_a_message_read_from_stays_private_when_its_sender_is_named() -> None:
    text = (
        "The message, sent late on Friday to a group of about 30 councillors, was "
        'attributed to party whip Dora Stenning. "Vote with the leadership on this one," '
        "the message reads."
    )
    (q,) = [q for q in quotes(text) if q.kind == "direct"]
    assert (q.speaker, q.stance) == ("Dora Stenning", "private")


@pytest.mark.parametrize(
    "text",
    [
        (  # the venue the sentence opens on, past an apposition's commas
            "In a string of text messages sent on Sunday between the union's negotiator, "
            'Mark Ellery, and a council officer, Mr Ellery wrote that the offer was "nearly '
            'there".'
        ),
        (  # the message the story is about
            "A message from the aide to an MP has surfaced. In the message, sent on Friday, "
            "the aide wrote that the ministry would look kindly on the request."
        ),
        (  # an email to the sender's own members
            "In an email to members last week, forwarded to the Gazette, club secretary Ann "
            "Bole wrote that the board had agreed to sell the ground."
        ),
    ],
)
def test_a_message_the_sentence_opens_on_is_private(text: str) -> None:
    assert [q.stance for q in quotes(text)][-1:] == ["private"]


def test_a_private_letter_is_a_private_venue() -> None:
    text = (
        "Senior doctors at Kelby General Hospital told health bosses in a private letter last "
        "month that the maternity unit could no longer be staffed safely."
    )
    assert [(q.stance, q.cue) for q in quotes(text)] == [("private", "private letter")]


def test_a_paper_seen_by_the_paper_after_a_long_aside_is_a_leak() -> None:
    text = (
        "In an email sent last Thursday to chief pharmacists at more than 40 hospital "
        "trusts, and seen by the Courier, the agency's director of supply, Gareth Lyle, "
        'wrote that "national stock is likely to run out in February".'
    )
    assert [(q.speaker, q.stance) for q in quotes(text)] == [("Gareth Lyle", "private")]


def test_a_paper_relayed_past_its_own_clause_gives_its_body_s_plan_in_private() -> None:
    # (the relay's own clause, 'which the paper has been able to view', and the body whose
    # plan the paper records: a presentation to the board is no public word)
    text = (
        "Hallberg Antriebstechnik GmbH makes gearbox housings in Saxony.\n\n"
        "According to a 38-page presentation to the management board dated 14 August, which "
        "the Elbtal-Kurier has been able to view, the company plans to wind down production "
        "at the Saxon site in stages."
    )
    [q] = extract(text, "2025-09-05", today=date(2026, 12, 1)).quotes
    assert (q.speaker, q.stance, q.text) == (
        "company",
        "private",
        "the company plans to wind down production at the Saxon site in stages",
    )


def test_an_unnamed_minister_who_asked_not_to_be_named_stays_off_the_record() -> None:
    found = extract(
        "Headline\n\nOne cabinet minister, who asked not to be named because the talks are "
        'confidential, said the finance ministry had lost the room. "Nobody believes the '
        'numbers any more," the minister said.',
        "2026-03-06",
        today=date(2026, 12, 1),
    ).quotes
    assert [(q.speaker, q.stance) for q in found] == [
        ("One cabinet minister", "private"),
        ("One cabinet minister", "private"),
    ]
