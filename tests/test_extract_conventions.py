"""Other conventions: quotation marks of other languages, dash dialogue,
transcripts and interviews, hard-wrapped text, French and German verbs."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract
from backchannel.extract.article import read_article

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes


@pytest.mark.parametrize(
    "text",
    [
        "„Wir werden diese Grenze nicht schließen“, sagte Anna Weber am Montag.",
        "»Wir werden diese Grenze nicht schließen«, sagte Anna Weber am Montag.",
        "« Nous ne fermerons pas cette frontière », a déclaré Anna Weber lundi.",
        "«Ми не закриємо цей кордон», – сказала Anna Weber.",
        "‘We will not close this border,’ Anna Weber said on Monday.",
        "— We will not close this border, — Anna Weber said. — Not this year.",
        "”We will not close this border,” Anna Weber said on Monday.",  # Finnish, Swedish
    ],
)
def test_quotation_marks_and_dialogue_of_other_conventions(text: str) -> None:
    [q] = quotes(text)
    assert q.speaker == "Anna Weber" and q.kind == "direct"
    assert "«" not in q.text and "„" not in q.text and not q.text.startswith("—")


def test_dash_dialogue_with_its_tag_after_a_comma_and_no_dash_before_it() -> None:
    found = quotes(
        "– We have had no heating since January, says Maria Ciobanu, 71, pulling a coat "
        "around her. – The children are fine.\n\n"
        "– In progress since when? she asks. – I am seventy-one.\n\n"
        "– The pipe is fifty years old, the spokesman, Andrei Lupu, said. – We are "
        "repairing a museum.\n\n"
        "– He said it twice, one of the councillors told the paper, asking not to be "
        "named. – He said: the money is there."
    )
    assert [q.speaker for q in found] == [
        "Maria Ciobanu",
        "Maria Ciobanu",
        "Andrei Lupu",
        "one of the councillors",
    ]
    assert found[0].text == "We have had no heating since January. The children are fine."
    assert found[3].stance == "private"


def test_a_british_apostrophe_does_not_end_a_quotation() -> None:
    [q] = quotes("‘We don’t expect a deal before the summer,’ Tom Reed said.")
    assert q.text.startswith("We don’t expect a deal before the summer")


def test_a_transcript_gives_each_speaker_their_turns() -> None:
    text = (
        "TAPPER: Senator, will you support the bill as it stands today?\n\n"
        "COLLINS: I will not support it unless the funding is restored.\n\n"
        "TAPPER: And if it is not restored by Friday?\n\n"
        "COLLINS: Then I will vote against it, and so will others."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Tapper", "Collins", "Tapper", "Collins"]
    assert all(q.stance == "public" for q in found)


def test_the_interviewer_the_intro_names_asks_and_makes_no_statements() -> None:
    text = (
        "Mayor Marta Kowalska spoke to the Courier's Ola Brenn at city hall on Monday.\n\n"
        "BRENN: What will you change first in the budget?\n\n"
        "KOWALSKA: The bus lines. Nobody here can get to work on time.\n\n"
        "BRENN: Businesses ask whether a new tax is coming.\n\n"
        "KOWALSKA: Not this year, and not next year either.\n\n"
        "BRENN: And the schools?\n\n"
        "KOWALSKA: The schools come second, but not by much."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Marta Kowalska"] * 3


def test_the_presenter_the_intro_names_asks_and_what_they_pass_on_is_others() -> None:
    text = (
        "Presenter Aoife Brennan spoke first to Ola Brenn, head of the nurses' union.\n\n"
        "AOIFE BRENNAN: Good morning. The hospital group said last night that 36 operations "
        "have been postponed. Is that a price worth paying?\n\n"
        "OLA BRENN: Nobody wanted to be standing at a gate in February.\n\n"
        "BRENNAN: The group says it has hired 31 nurses since September.\n\n"
        "BRENN: And it has lost 44. Those are the group's own figures.\n\n"
        "BRENNAN: What would end this strike today?\n\n"
        "BRENN: A written commitment, with dates on it.\n\n"
        "BRENNAN: Will there be further strike days?\n\n"
        "BRENN: Our executive meets on Thursday.\n\n"
        "BRENNAN: Ola Brenn, thank you. We asked the Department of Health for an interview. "
        "It said in a statement that the pause would be reviewed."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == [
        "hospital group",
        "Ola Brenn",
        "group",
        "Ola Brenn",
        "Ola Brenn",
        "Ola Brenn",
        "the Department of Health",
    ]


def test_the_presenter_a_programme_credits_above_the_transcript_asks() -> None:
    text = (
        "VOLTA FM 98.3 | THE MORNING DIALOGUE\n\n"
        "TRANSCRIPT: Who owns the Densu?\n\n"
        "Broadcast: Tuesday, 11 February 2025, 07:30-08:15 GMT\n"
        "Presenter: Akosua Frimpong\n"
        "This transcript has been edited for length and clarity.\n\n"
        "AKOSUA FRIMPONG: Good morning. Last Friday the Commission suspended fourteen permits. "
        "Madam Alhassan, what has the suspension meant for your members?\n\n"
        "MARIAM ALHASSAN: It has meant pepper and tomatoes dying in the field.\n\n"
        "FRIMPONG: Deputy Minister, why were the farmers not consulted?\n\n"
        "KWABENA ADJEI-MENSAH: Drinking water for three million people comes first.\n\n"
        "FRIMPONG: Within thirty days. A last word?"
    )
    found = extract(text, "2025-02-11", today=TODAY).quotes
    assert [q.speaker for q in found] == ["Mariam Alhassan", "Kwabena Adjei-Mensah"]


def test_a_host_no_credit_names_is_known_by_how_they_run_the_programme() -> None:
    # (half her turns are no questions, and nothing above the transcript names her: her
    # "joins me now" and "We asked … for a response" make her the host; what she passes
    # on is the body's own, and "it" is the body she asked)
    text = (
        "MIDLAND TALK 104 | THE MORNING ROUND\n\n"
        "Transcript: Minister Declan Furlong on the wastewater plant\n\n"
        "NIAMH CARRAGHER: It's ten past eight. 640 homes cannot be built. The minister "
        "joins me now. Good morning, Minister.\n\n"
        "DECLAN FURLONG: Good morning, Niamh.\n\n"
        "NIAMH CARRAGHER: Which is it, 2026 or 2028?\n\n"
        "DECLAN FURLONG: What I said at committee was based on the latest programme I had.\n\n"
        "NIAMH CARRAGHER: People were told two years ago this would be sorted.\n\n"
        "DECLAN FURLONG: I understand the frustration. The funding is there.\n\n"
        "NIAMH CARRAGHER: We asked National Water Services for a response this morning. In "
        'a statement, it said it "continues to work towards commissioning in late 2026".'
    )
    found = [(q.speaker, q.kind, q.text[:30]) for q in quotes(text)]
    assert found == [
        ("Declan Furlong", "direct", "What I said at committee was b"),
        ("Declan Furlong", "direct", "I understand the frustration. "),
        ("National Water Services", "indirect", 'it said it "continues to work '),
    ]


def test_a_podcast_s_host_and_correspondent_tell_and_its_clips_speak() -> None:
    text = (
        "[00:00]\n"
        "ANA BERG (HOST): Welcome back. Twelve days ago the port went dark. Tom, take us back."
        "\n\n[00:41]\n"
        "TOM LIND (SECURITY CORRESPONDENT): The attack hit on 7 August. Two officials who were "
        "in the room told me that the delegation had lost eighteen months of manifests.\n\n"
        "ANA BERG: And what did the government say?\n\n"
        "TOM LIND: The cyber centre held a press conference. Here is its director.\n\n"
        "[CLIP - KARIM HADDAD, DIRECTOR-GENERAL, NATIONAL CYBER CENTRE]\n"
        "The incident has been contained. There is no evidence that personal data was taken."
        "\n\n"
        "TOM LIND: I also spoke to Sara Naji, who tracks ransomware groups at the Gulf "
        "Cyber Institute.\n\n"
        "[CLIP - SARA NAJI]\n"
        "The tooling looks criminal, the targeting looks strategic.\n\n"
        "ANA BERG: Tom, thank you."
    )
    found = [(q.speaker, q.stance, q.kind, q.text[:30]) for q in quotes(text)]
    assert found == [
        ("Two officials", "private", "indirect", "Two officials who were in the "),
        ("Karim Haddad", "public", "block", "The incident has been containe"),
        ("Sara Naji", None, "block", "The tooling looks criminal, th"),
    ]


def test_a_press_briefing_s_reporters_ask_and_what_they_pass_on_is_others() -> None:
    text = (
        "The following is an edited transcript of Thursday's briefing.\n\n"
        "MODERATOR: Good afternoon. The minister will make a short statement.\n\n"
        "ANA BERG: As of this morning we have three confirmed cases, and the outbreak is "
        "contained.\n\n"
        "REPORTER (Valley Post): Minister, an internal note from the district surveillance "
        "unit says contact tracing was incomplete for four days. Is that true?\n\n"
        "ANA BERG: I have seen the note. There were gaps in the first days.\n\n"
        "REPORTER (City Radio): Has the capital agreed to send antibodies?\n\n"
        "ANA BERG: I spoke to the Union Health Minister by phone last night. He assured me "
        "that whatever we need will be made available.\n\n"
        "MODERATOR: Thank you all."
    )
    found = [(q.speaker, q.stance, q.text[:30]) for q in quotes(text)]
    assert found == [
        ("Ana Berg", "public", "As of this morning we have thr"),
        ("district surveillance unit", "private", "An internal note from the dist"),
        ("Ana Berg", "public", "I have seen the note. There we"),
        ("Ana Berg", "public", "I spoke to the Union Health Mi"),
        ("Union Health Minister", "private", "He assured me that whatever we"),
    ]


def test_the_publication_asks_by_its_initials_and_what_it_asks_is_no_statement() -> None:
    text = (
        "NUSANTARA DIGITAL REVIEW\nINTERVIEW | Tuesday, 10 February 2026\n\n"
        "Deputy Minister Dewi Hapsari on Indonesia's AI rules\n\n"
        "We spoke to Hapsari in her office in Jakarta on Friday.\n\n"
        "NDR: At the meeting with companies on 27 January you reportedly told them chatbots "
        "would be exempt. Which version should they believe?\n\n"
        "Hapsari: The regulation should be about risk. A chatbot that answers homework "
        "questions is not the same as a system that approves mortgages.\n\n"
        "NDR: So the draft will change?\n\n"
        "Hapsari: Every draft changes. That is why we consult.\n\n"
        "NDR: When will the regulation be signed?\n\n"
        "Hapsari: Before Independence Day, if we do our work properly."
    )
    found = extract(text, "2026-02-10", today=TODAY).quotes
    assert [(q.speaker, q.text[:24]) for q in found] == [
        ("Dewi Hapsari", "The regulation should be"),
        ("Dewi Hapsari", "Every draft changes. Tha"),
        ("Dewi Hapsari", "Before Independence Day,"),
    ]


def test_the_initials_of_a_masthead_with_its_section_after_a_breadcrumb_ask() -> None:
    text = (
        "ANDES ECONOMIC JOURNAL › Interviews\n\n"
        "Peru's central bank general manager on rates\n\n"
        "We spoke to Alejandra Huamán in her office on Friday.\n\n"
        "AEJ: You mean the pension withdrawal?\n\n"
        "Huamán: I mean all of it. The withdrawal is a demand shock.\n\n"
        "AEJ: Has the executive told you it will challenge the law?\n\n"
        "Huamán: I spoke to the minister last Thursday."
    )
    found = extract(text, "2025-10-06", today=TODAY).quotes
    assert [q.speaker for q in found] == ["Alejandra Huamán", "Alejandra Huamán"]


def test_finnish_quotation_marks_open_a_sentence_of_their_own() -> None:
    found = quotes(
        "Joonas Lahtinen told Pohjola Post that the decision had not been easy. ”We have been "
        "with Finnish hockey for fifteen years,” he said. ”But not at any price.”"
    )
    assert [(q.kind, q.text[:20]) for q in found] == [
        ("indirect", "Joonas Lahtinen told"),
        ("direct", "We have been with Fi"),
    ]
    assert "”" not in found[1].text


def test_an_interview_answer_belongs_to_the_person_interviewed() -> None:
    text = (
        "We spoke to Marta Kowalska, the new mayor of the city.\n\n"
        "Q: What will you change first in the budget?\n\n"
        "A: The bus lines. Nobody here can get to work on time.\n\n"
        "Q: And the schools?\n\n"
        "A: The schools come second, but not by much."
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Marta Kowalska", "Marta Kowalska"]


def test_an_interview_of_plain_questions_and_answers_is_the_interviewees() -> None:
    """No 'Q:' and 'A:': questions are paragraphs that ask, answers the paragraphs after
    them, once the intro says it is an interview; 'received the Ledger' names whom."""
    text = (
        "Scaldis Power said on Thursday it had not yet received the guarantees that Energy "
        "Minister Mathieu Declercq offered.\n\n"
        "Declercq, a Liberal, received the Ledger in his office. The interview has been "
        "edited for length.\n\n"
        "Scaldis has not signed anything yet. Is the extension in trouble?\n\n"
        "No. We have a bill, we have a timetable and we have a company.\n\n"
        "Did you promise Scaldis that the state would cover cost overruns?\n\n"
        "I am not going to negotiate in a newspaper.\n\n"
        "What about safety?\n\n"
        "Safety is not negotiable and it is not my decision."
    )
    found = quotes(text)
    assert [q.speaker for q in found][-3:] == ["Mathieu Declercq"] * 3
    assert found[-1].text == "Safety is not negotiable and it is not my decision."


def test_a_few_questions_in_an_article_that_is_no_interview_are_no_turns() -> None:
    text = (
        "Ana Lind said in an interview on Monday that the plan was dead.\n\n"
        "Is it?\n\n"
        "Nobody at the ministry would say.\n\n"
        "What next?\n\n"
        "The board meets in June.\n\n"
        "Who pays?\n\n"
        "Taxpayers, as ever."
    )
    assert [q.speaker for q in quotes(text)] == ["Ana Lind"]


def test_an_interview_is_with_the_surname_named_with_its_particles() -> None:
    """'We spoke to de la Fuente': a surname alone, its particles first, and a full name
    of five words ('José Ignacio de la Fuente') is one person, not the place named most."""
    text = (
        "Chile's mining minister, José Ignacio de la Fuente, says the tender for the "
        "Salar de Maricunga closed with five bids. Bidders for Maricunga and the Salar de "
        "Maricunga's neighbours wait. We spoke to de la Fuente at his office.\n\n"
        "Q: Is the freeze true?\n\n"
        "A: No. Nobody in this government has promised a freeze.\n\n"
        "Q: And the contracts?\n\n"
        "A: They go to the Comptroller General next week."
    )
    found = quotes(text)
    assert [q.speaker for q in found][-2:] == ["José Ignacio de la Fuente"] * 2


def test_one_label_line_is_not_a_transcript() -> None:
    text = "Poll: Most voters want the plan dropped before the autumn session."
    assert quotes(text) == []


def test_hard_wrapped_text_is_read_as_paragraphs() -> None:
    text = (
        "The finance minister spoke to reporters after the cabinet met on\n"
        "Tuesday. “We are not going to raise the pension age, not in this\n"
        "term and not in the next one,” Lena Ruud said, adding that the\n"
        "budget would be balanced by cuts to defence procurement instead.\n"
        "\n"
        "The opposition was not convinced by the numbers she presented to\n"
        "the press. “These figures do not add up and everybody in the room\n"
        "knew it,” said Per Holm, the party's spokesman on the economy.\n"
    )
    found = quotes(text)
    # what she added after her quotation ('adding that the budget …') is hers too
    assert [q.speaker for q in found] == ["Lena Ruud", "Lena Ruud", "Per Holm"]
    assert found[0].text.startswith("We are not going to raise the pension age, not in this term")
    assert found[1].text.startswith("adding that the budget would be balanced")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Selon le ministère de la Défense, les troupes resteront jusqu'en mars.",
         "ministère de la Défense"),
        ("Anna Weber a déclaré que les troupes resteront jusqu'en mars.", "Anna Weber"),
        ("Anna Weber sagte, dass die Truppen bis März bleiben werden.", "Anna Weber"),
    ],
)  # fmt: skip
def test_french_and_german_reported_speech(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.kind == "indirect" and q.speaker == speaker


def test_two_apostrophes_as_quotation_marks() -> None:
    [q] = quotes("''We are not in a bubble, whatever they say,'' Ms. Ana Gil said on Monday.")
    assert q.speaker == "Ana Gil" and q.text.startswith("We are not in a bubble")


def test_according_to_after_the_words() -> None:
    [q] = quotes("The town had two murders in 2014, according to the state police.")
    assert q.kind == "indirect" and q.speaker == "state police"
    assert q.text == "The town had two murders in 2014"


def test_two_apostrophes_open_a_sentence() -> None:
    text = "''We will win,'' Ms. Ana Gil said in a long interview. ''Nobody doubts it.''"
    [q] = quotes(text)
    assert q.text == "We will win. Nobody doubts it."


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        ('"We are not going anywhere," West Virginia Gov. Jim Justice said on Friday.',
         "Jim Justice", "public"),
        ("''It is over,'' said Gov. Terry E. Branstad of Iowa, a Republican.", "Terry E. Branstad",
         "public"),
        ("Un responsable a déclaré : « Et si demain matin les troupes partaient, nous serions "
         "prêts. »", "Un responsable", None),
    ],
)  # fmt: skip
def test_abbreviations_do_not_end_a_sentence_and_unnamed_is_unnamed(
    text: str, speaker: str, stance: str | None
) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.stance) == (speaker, stance)


def test_a_press_release() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nNordwind to build a wind park\n\n"
        "OSLO, Norway, May 12, 2025 /PRNewswire/ -- Nordwind Energy today announced a final "
        "investment decision on the Skarv wind park.\n\n"
        '"This is the largest investment in our history," said Kari Nordmann, Chief Executive '
        'Officer of Nordwind Energy. "We expect first power in 2028."\n\n'
        "Construction is scheduled to begin in September.\n\n###"
    )
    p = extract(text, today=TODAY)
    assert p.published == "2025-05-12"
    assert [(q.speaker, q.stance) for q in p.quotes] == [("Kari Nordmann", "public")]
    assert "2025-09" in [e.date for e in p.events]


def test_a_signature_after_a_dash() -> None:
    [q] = quotes("“The border stays closed” — JOHN SMITH, interior minister.")
    assert q.speaker == "John Smith"


def test_a_french_lead_in_that_names_nobody() -> None:
    text = "Et si demain matin tout changeait :\n\n« Nous serons prêts à partir dans la nuit. »"
    [q] = quotes(text)
    assert q.speaker is None


def test_a_list_of_labels_is_not_a_transcript() -> None:
    text = (
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.\n\n"
        "New Hampshire: Ann Berg, Tom Dahl, Per Holm and Eva Moss.\n\n"
        "Nevada: Lena Ruud, Karl Dahl, Ola Berg and Maria Lund."
    )
    assert quotes(text) == []


def test_an_interview_answer_with_nobody_named_is_still_proposed() -> None:
    found = quotes(
        "Q: What will you do now?\n\n"
        "A: We will keep the port open all winter, whatever it costs.\n\n"
        "Q: And the strike?\n\n"
        "A: It ends when the talks end, and not a day before."
    )
    assert [(q.speaker, q.kind) for q in found] == [(None, "direct"), (None, "direct")]


def test_a_transcript_in_capitals_names_people_as_they_are_written() -> None:
    found = quotes(
        "LIND: We will keep the port open all winter.\n\n"
        "DAHL: That is a promise you cannot keep.\n\n"
        "LIND: Watch me keep it, then."
    )
    assert [q.speaker for q in found] == ["Lind", "Dahl", "Lind"]


def test_cyrillic_names_and_german_relays_without_a_comma() -> None:
    found = quotes(
        "— Мы не уступим, — сказал Иван Петров.\n\n"
        "Laut dem Ministerium werden die Truppen bis März bleiben."
    )
    assert [q.speaker for q in found] == ["Иван Петров", "Ministerium"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Weber sagte am Montag: „Wir werden diese Grenze nicht schließen, auch nicht im "
        "Winter.“",
        "Anna Weber erklärte, »die Grenze bleibt offen, solange ich hier Ministerin bin«.",
        "Anna Weber a déclaré lundi : « Nous ne fermerons pas cette frontière cet hiver. »",
        "« Nous ne fermerons pas cette frontière cet hiver », selon Anna Weber.",
        "— Nous ne fermerons pas cette frontière, — a déclaré Anna Weber. — Pas cette année.",
    ],
)
def test_a_speaker_before_or_after_other_languages_quotation_marks(text: str) -> None:
    [q] = quotes(text)
    assert q.speaker == "Anna Weber" and q.kind == "direct"
    assert not any(mark in q.text for mark in "„“»«—")


def test_a_transcript_with_a_label_in_plain_case() -> None:
    text = (
        "WEBER: We will not close this border this winter.\n\n"
        "Mayor: And next spring?\n\n"
        "WEBER: Not next spring either, and not the year after."
    )
    assert [q.speaker for q in quotes(text)] == ["Weber", "Mayor", "Weber"]
    # the press asks: a reporter's question is no statement
    found = quotes(text.replace("Mayor:", "Reporter:"))
    assert [q.speaker for q in found] == ["Weber", "Weber"]


def test_a_calls_speakers_with_their_role_then_their_surname_alone() -> None:
    text = (
        "On a call with analysts, the chief executive defended the estate. An excerpt:\n\n"
        "Tom Dahl, Castlegate Securities: Are there any stores you would close?\n\n"
        "Ana Lind, chief executive: No. We have no closure programme and no plans for one.\n\n"
        "Dahl: So there is no number we should be modelling?\n\n"
        "Lind: The number you should be modelling is 214."
    )
    found = quotes(text)
    assert [(q.speaker, q.text) for q in found if q.kind == "direct"] == [
        ("Tom Dahl", "Are there any stores you would close?"),
        ("Ana Lind", "No. We have no closure programme and no plans for one."),
        ("Tom Dahl", "So there is no number we should be modelling?"),
        ("Ana Lind", "The number you should be modelling is 214."),
    ]
    # a sentence with a comma before its colon is no turn
    assert quotes("Asked about it, Lind had one reply: the plan is dead and buried now.") == []


def test_a_few_wrapped_lines_run_on_into_each_other() -> None:
    text = (
        "The minister spoke after the cabinet met. Anna Weber said the\n"
        'plan for the border was "not something we can\n'
        'afford this winter," and left.'
    )
    [q] = quotes(text)
    assert q.speaker == "Anna Weber"
    assert '"not something we can afford this winter,"' in q.text
    # a line that ends its sentence is a paragraph of its own
    text = "Headline\n\nAnna Weber spoke first.\nthe others kept quiet."
    paragraphs = [p.text for p in extract(text, "2025-06", today=TODAY).article.paragraphs]
    assert paragraphs == ["Anna Weber spoke first.", "the others kept quiet."]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir werden die Gebühren nicht senken“, sagte Senatorin Anna Weber am Montag.",
         "Anna Weber"),
        ("« La porte reste ouverte aux syndicats », a affirmé le directeur, Paul Lefèvre.",
         "Paul Lefèvre"),
        ("«Ми не закриємо порт, поки є черга», – сказала голова адміністрації Олена Коваль.",
         "Олена Коваль"),
    ],
)  # fmt: skip
def test_titles_before_a_name_in_other_languages(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Verbandschef Klaus Brandt erklärte, man sei »zu Gesprächen jederzeit bereit«.",
         "Klaus Brandt"),
        ("За словами джерела в міністерстві, ремонт причалу триватиме щонайменше два тижні.",
         "джерела в міністерстві"),
    ],
)  # fmt: skip
def test_german_reports_after_a_comma_and_ukrainian_relays(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.kind) == (speaker, "indirect")


def test_a_press_releases_today_is_not_part_of_the_speaker() -> None:
    text = "The Harbour Board today announced that work on the new pier will begin in September."
    [q] = quotes(text)
    assert q.speaker == "Harbour Board"


@pytest.mark.parametrize(
    "text",
    [
        "Lina Berg announced Sunday she will resign her post after the harbour vote.",
        "Lina Berg warned they would walk out if the fees went up again this year.",
    ],
)
def test_a_pronoun_and_its_verb_open_a_clause_without_that(text: str) -> None:
    [q] = quotes(text)
    assert (q.speaker, q.kind) == ("Lina Berg", "indirect")


def test_short_one_sentence_paragraphs_on_single_lines_are_not_hard_wrapped() -> None:
    lines = [
        "Harbour Desk: dockers' strike enters second week",
        "The strike at the port entered its second week on Monday.",
        "The union walked out on 3 March after the board froze wages.",
        "Port director Marek Nowak resigned on Thursday, citing his health.",
        "The board fired two shift managers last week over safety.",
        "Police detained six protesters outside the gates on Saturday.",
        "Talks are due to resume on 20 March in the capital.",
    ]
    found = extract("\n".join(lines), "2025-03-12", today=TODAY).events
    assert len(found) == 6
    assert not found[0].text.startswith("Harbour Desk")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« Le port restera fermé », a déclaré un porte-parole de la mairie lundi.",
         "un porte-parole de la mairie"),
        ("« Le port restera fermé », a affirmé le directeur du port lundi.", "directeur du port"),
    ],
)  # fmt: skip
def test_an_unnamed_speaker_after_a_french_verb(text: str, speaker: str) -> None:
    # Before: the first went to whoever spoke last, or to nobody.
    found = quotes("« Nous verrons ce que la mairie propose », a déclaré Anna Weber.\n\n" + text)
    assert [q.speaker for q in found] == ["Anna Weber", speaker]


def test_a_question_answered_by_name_is_an_interview() -> None:
    text = (
        "Q: Will the port open before the winter?\n\n"
        "LINDQVIST: Not before March. The cranes are still being repaired."
    )
    [q] = quotes(text)
    assert (q.speaker, q.text) == (
        "Lindqvist",
        "Not before March. The cranes are still being repaired.",
    )


def test_a_german_article_dateline_titles_and_relays() -> None:
    text = (
        "Berlin prüft die Verlängerung\n\n"
        "BERLIN, 16. Januar (Wire) - „Wir stehen fest an der Seite unserer Freunde“, sagte "
        "Verteidigungsminister Boris Weber am Donnerstag.\n\n"
        "Laut einem hochrangigen Beamten im Kanzleramt will Berlin die Kosten teilen."
    )
    p = extract(text, None, today=TODAY)
    assert p.published == "2025-01-16"
    assert [q.speaker for q in p.quotes] == ["Boris Weber", "hochrangigen Beamten im Kanzleramt"]


def test_a_newsletters_dashes_are_bullets_not_dialogue() -> None:
    text = (
        "Playbook: the quiet deal\n\n"
        "DRIVING THE DAY — Senate leader Ola Brenn has privately told colleagues she will "
        "bring the ferry bill to the floor, two senators said.\n\n"
        "— “She was very clear with us. It's happening,” one senator told Playbook, granted "
        "anonymity to describe a private lunch.\n\n"
        "— The Harbour Authority briefed senators behind closed doors on July 14, according to a "
        "person familiar with the briefing."
    )
    p = extract(text, "2025-07-17", today=TODAY)
    assert [(q.speaker, q.stance, q.cue, q.kind) for q in p.quotes] == [
        ("Ola Brenn", "private", "privately", "indirect"),
        ("one senator", "private", "granted anonymity", "direct"),
        ("Harbour Authority", "private", "behind closed doors", "indirect"),
    ]
    assert p.quotes[0].text.startswith("Senate leader Ola Brenn")  # no kicker
    assert p.events[-1].text.startswith("The Harbour Authority briefed")  # no dash


def test_an_interview_in_markdown_bold_is_its_answers() -> None:
    text = (
        "Interview: the harbour master on the strike\n\n"
        "Ola Brenn spoke to our correspondent in Visby on Friday.\n\n"
        "**You have said publicly that the port will not close. Has anyone asked you to "
        "change that?**\n\n"
        "**Brenn:** Nobody has asked us anything. What was said behind closed doors stays "
        "there.\n\n"
        "**There are reports that you privately promised the union a deal. Did you?**\n\n"
        "**Brenn:** That is simply not true, and I have said so in public."
    )
    found = extract(text, "2025-06-13", today=TODAY).quotes
    # the interviewer's questions are no one's statements; the answers are Brenn's
    assert [(q.speaker, q.kind) for q in found] == [("Ola Brenn", "direct")] * 2
    assert "**" not in found[0].text


_UKRAINIAN = (
    "Коваль: партнери пообіцяли нові системи\n\n"
    "Одеса, 3 березня 2025 — Міністр інфраструктури України Олена Коваль заявила у "
    "понеділок, що порт відкриють до кінця весни.\n\n"
    "«Ми отримали конкретні зобов'язання. Назвати країни я поки не можу», – сказала "
    "Коваль на брифінгу в Одесі.\n\n"
    "За словами джерела в міністерстві, домовленості було досягнуто під час закритої "
    "зустрічі минулого тижня."
)
_FRENCH = (
    "Paris aurait promis des navires en privé\n\n"
    "PARIS, 12 mars 2025 (Agence) - La ministre Claire Roux a assuré en privé à son "
    "homologue que la France livrerait deux navires avant l'été, selon deux diplomates.\n\n"
    "« Nous ne commentons pas les échanges confidentiels », a déclaré mardi un "
    "porte-parole du ministère, Paul Lefèvre.\n\n"
    "Interrogé lors d'une conférence de presse, le ministre des Armées Luc Vidal a "
    "affirmé que « toutes les options restent sur la table »."
)


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        (_UKRAINIAN, "2025-03-03", [
            ("Олена Коваль", "public", "заявила"),
            ("Олена Коваль", "public", "на брифінгу"),
            ("джерела в міністерстві", "private", "закритої зустрічі"),
        ]),
        # venues, a relay by 'selon', the day before the speaker, a ministry as a title
        (_FRENCH, "2025-03-12", [
            ("Claire Roux", "private", "en privé"),
            ("Paul Lefèvre", "public", "a déclaré"),
            ("Luc Vidal", "public", "interrogé"),  # asked, at a press conference
        ]),
    ],
)  # fmt: skip
def test_ukrainian_and_french_datelines_titles_venues_and_relays(
    text: str, published: str, found: list[tuple[str, str, str]]
) -> None:
    p = extract(text, None, today=TODAY)
    assert p.published == published
    assert [(q.speaker, q.stance, q.cue) for q in p.quotes] == found


def test_british_straight_single_quotes_are_quotations() -> None:
    """'…,' he told MPs: an article that quotes in straight single quotes, as British
    papers do; its apostrophes (don't, the farmers' union) are no quotation marks, and
    what it quotes is no venue ('… in private and another in public')."""
    found = quotes(
        "'We will not be ready in January and everybody here knows it,' Daniel Marsh told "
        "the group, the leaked note records.\n\n"
        "In public, Mr Marsh has insisted the timetable stands. 'The checks will start as "
        "planned,' he told MPs last week.\n\n"
        "A spokesperson said: 'We don't comment on leaks. The farmers' union was told.'\n\n"
        "Priya Nair said the government was 'saying one thing in private and another in "
        "public'."
    )
    assert [(q.speaker, q.kind, q.stance) for q in found] == [
        ("Daniel Marsh", "direct", "private"),
        ("Daniel Marsh", "direct", "public"),
        ("A spokesperson", "direct", "public"),
        ("Priya Nair", "indirect", "public"),
    ]
    assert found[2].text == "We don't comment on leaks. The farmers' union was told."


def test_british_single_quotes_hold_double_ones_inside() -> None:
    """'The minister calls it a "system of approvals",' she said: the British way, double
    marks only inside single ones. The single ones are still the quotations."""
    found = quotes(
        "'There is no freeze. There is a system of approvals,' Ann Kerr told TDs.\n\n"
        "'I will not have the public misled,' she said, 'on a matter this serious.'\n\n"
        "'She calls it a \"system of approvals\". We call it a freeze,' Rory Dunne said."
    )
    assert [(q.speaker, q.kind) for q in found] == [
        ("Ann Kerr", "direct"),
        ("Ann Kerr", "direct"),
        ("Rory Dunne", "direct"),
    ]
    assert found[2].text == 'She calls it a "system of approvals". We call it a freeze,'


def test_straight_single_quotes_stay_apostrophes_beside_double_quotes() -> None:
    [q] = quotes("“We don't know,” Ola Brenn said of the farmers' plan, 'for now'.")
    assert (q.speaker, q.text) == ("Ola Brenn", "We don't know,")


def test_a_german_insiders_relay_is_private_and_they_speak_again() -> None:
    """'Laut einem hochrangigen Beamten …' passes on an insider's word, in private, as
    'according to a senior official' does; 'sagte der Beamte' is the same source; a
    Baltic name ('Dovilė Šakalienė') is a name, its title left out."""
    found = quotes(
        "Laut einem hochrangigen Beamten im Kanzleramt will die Regierung die Summe erst "
        "nach der Haushaltswoche öffentlich machen. „Das bleibt bis dahin unter uns“, sagte "
        "der Beamte.\n\n"
        "Die litauische Verteidigungsministerin Dovilė Šakalienė erklärte, man habe „keine "
        "offizielle Mitteilung“ erhalten."
    )
    assert [(q.speaker, q.stance) for q in found[:2]] == [
        ("hochrangigen Beamten im Kanzleramt", "private"),
        ("hochrangigen Beamten im Kanzleramt", None),
    ]
    assert found[2].speaker == "Dovilė Šakalienė"


def test_an_interviewer_named_for_the_outlet_asks_and_says_nothing() -> None:
    text = (
        "HARBOUR WEEKLY | Interview\n\nOla Brenn has run the port for a year.\n\n"
        "Harbour Weekly: Minister, how serious is the silting?\n\n"
        "Ola Brenn: Serious enough that I no longer sleep well.\n\n"
        "Harbour Weekly: The council's public line sounds different.\n\n"
        "Brenn: I have read that statement. I will not tell the council one thing and do "
        "another.\n\nHarbour Weekly: What will you do?\n\nBrenn: We will dredge in March."
    )
    found = extract(text, "2025-12-05", today=date(2026, 1, 1)).quotes
    assert [q.speaker for q in found] == ["Ola Brenn"] * 3


def test_a_newsletters_headings_are_no_turns() -> None:
    text = (
        "The Harbour Brief | No. 8\n\nHello from Visby.\n\nFERRIES: THE LOUD NO\nOla Brenn "
        "did not mince words. “We will not sign,” she said.\n\nFERRIES: THE QUIET MAYBE\n"
        "Behind closed doors it is murkier.\n\nFARES: THE JUNE CLIFF\nThe cap expires in June."
    )
    found = extract(text, "2026-01-16", today=date(2026, 2, 1)).quotes
    assert [(q.speaker, q.text) for q in found] == [("Ola Brenn", "We will not sign,")]


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        # the subject first, the participle last, then what was assured
        ("Das Hafenamt hat den Fährleuten nach Informationen dieser Zeitung zugesichert, "
         "die Gebühren um zehn Prozent zu senken.", "Das Hafenamt", "private"),
        # the subject after the verb
        ("Nach Angaben aus Teilnehmerkreisen hatte die Bürgermeisterin Karin Lind in der "
         "Sitzung angekündigt, ihr Land werde nicht zustimmen.", "Karin Lind", "private"),
        ("In einem Vermerk des Hafenamts, der dieser Zeitung vorliegt, warnen Beamte, eine "
         "Senkung sei nicht finanziert.", "Beamte", "private"),
    ],
)  # fmt: skip
def test_german_reported_speech(text: str, speaker: str, stance: str) -> None:
    [q] = extract("Titel\n\n" + text, "2025-05-08", today=TODAY).quotes
    assert (q.speaker, q.stance, q.kind) == (speaker, stance, "indirect")


def test_a_german_tag_after_the_words() -> None:
    text = (
        "Titel\n\nÖffentlich klingt das anders. Ministerin Karin Lind sagte im Bundestag: "
        "„Es gibt keinen zusätzlichen Cent.“ Die Reform sei ausfinanziert, fügte sie hinzu."
    )
    found = extract(text, "2025-05-08", today=TODAY).quotes
    assert [(q.speaker, q.stance) for q in found] == [("Karin Lind", "public")] * 2
    assert found[1].text == "Die Reform sei ausfinanziert, fügte sie hinzu"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Un conseiller du maire aurait toutefois indiqué lors d'un déjeuner à huis clos, "
         "selon le quotidien Le Port, que la décision serait rendue fin juin.",
         "Un conseiller du maire"),
        ("Selon un compte rendu de la réunion consulté par Le Port, le directeur de cabinet "
         "du maire, Xavier Delorme, aurait précisé que l'économie attendue serait modeste.",
         "Xavier Delorme"),
    ],
)  # fmt: skip
def test_a_french_relay_passes_on_someones_words(text: str, speaker: str) -> None:
    [q] = extract("Titre\n\n" + text, "2026-05-22", today=TODAY).quotes
    assert (q.speaker, q.stance) == (speaker, "private")


def test_every_answer_of_a_q_and_a_is_the_one_the_introduction_is_about() -> None:
    text = (
        "Immigration debate hits home for actress Diane Guerrero\n\n"
        "Actress Diane Guerrero has become a familiar figure. In a memoir published Tuesday by "
        "Henry Holt and Company, Guerrero tackles the immigration debate.\n\n"
        "Q: What did you find when you came home?\n\n"
        "A: My parents were gone, and a neighbour told me they had been taken away.\n\n"
        "Q: Did anyone talk to Senator Marco Rubio about it?\n\n"
        "A: No one did. No one checked up on me."
    )
    found = extract(text, "2016-05-06").quotes
    # (what the neighbour told her is the neighbour's, told inside the answer)
    assert [q.speaker for q in found] == ["Diane Guerrero", "a neighbour", "Diane Guerrero"]


@pytest.mark.parametrize(
    "intro",
    [
        "On Wednesday the Supreme Court set aside the licence granted to Kwena Coal. Water "
        "Minister Sipho Mahlangu said the ministry would study it. Advocate Thandi Mokoena SC, "
        "who led the forum's legal team, spoke to our legal editor, Gareth Pillay, on Thursday.",
        "On Wednesday the Supreme Court set aside the licence granted to Kwena Coal, and Water "
        "Minister Sipho Mahlangu said the ministry would study it. We spoke to Advocate Thandi "
        "Mokoena, who led the forum's legal team, on Thursday.",
    ],
)
def test_a_q_and_a_answers_for_the_one_who_spoke_to_the_paper(intro: str) -> None:
    text = (
        "Counsel on the ruling\n\n"
        f"{intro}\n\n"
        "Q: What did the court decide?\n\n"
        "A: That consultation is a constitutional duty, not a courtesy.\n\n"
        "Q: Will the company appeal?\n\n"
        "A: There is no appeal from that court."
    )
    found = [
        q
        for q in extract(text, "2025-10-03", today=TODAY).quotes
        if q.text.startswith(("That", "There"))
    ]
    assert [q.speaker for q in found] == ["Thandi Mokoena", "Thandi Mokoena"]


def test_what_others_said_inside_an_answer_is_theirs_too() -> None:
    text = (
        "Counsel on the ruling\n\n"
        "Advocate Thandi Mokoena, who led the forum's legal team, spoke to our legal editor.\n\n"
        "Q: Was there ever a chance of settling?\n\n"
        "A: There was an approach. In August the state attorney's office told us in a meeting "
        "that the department would withdraw the licence. We asked for that in writing.\n\n"
        "Q: Kwena Coal has said the ruling puts 1,200 jobs at risk.\n\n"
        "A: Those jobs do not exist yet. I said so to the court."
    )
    found = extract(text, "2025-10-03", today=TODAY).quotes
    assert [(q.speaker, q.stance, q.kind) for q in found] == [
        ("Thandi Mokoena", "public", "direct"),
        ("state attorney's office", "private", "indirect"),
        ("Kwena Coal", "public", "indirect"),
        ("Thandi Mokoena", "public", "direct"),
    ]


def test_an_interviewer_named_by_the_publications_initials_asks_and_says_nothing() -> None:
    text = (
        "Sahel & Coast Review — Interviews\n\nWhy I resigned\n\n"
        "Isatou Ceesay resigned from the commission on 2 May.\n\n"
        "SAHEL & COAST REVIEW: You left the commission early. Why now?\n\n"
        "CEESAY: Because I ran out of ways to raise the problem inside.\n\n"
        "SCR: Mr Sowe says there was never any disagreement. Is he wrong?\n\n"
        "CEESAY: He is entitled to say that. My letter is dated."
    )
    found = extract(text, "2026-06-20", today=TODAY).quotes
    assert {q.speaker for q in found} <= {"Isatou Ceesay", "Sowe", "Mr Sowe"}
    assert [q.speaker for q in found if q.kind == "direct"] == ["Isatou Ceesay"] * 2


def test_a_release_block_signed_by_title_and_name_on_the_line_under_it() -> None:
    text = (
        "BANK OF NAMIBIA\n\nRate unchanged\n\nThe Committee kept the rate at 6.5 percent.\n\n"
        "Quote:\n“The Committee weighed the case for a cut carefully. We will be guided by "
        "the data.”\nGovernor Dr Tangeni Shikongo\n\nMore follows on the outlook."
    )
    [q] = extract(text, "2025-04-23", today=TODAY).quotes
    assert (q.speaker, q.stance, q.kind) == ("Tangeni Shikongo", "public", "block")
    assert q.text.endswith("guided by the data.")


def test_dialogue_in_the_spanish_way_has_its_tag_between_glued_dashes() -> None:
    text = (
        "Headline\n\nTransport Secretary Federico Albarracín defended the increase.\n\n"
        "—This is not a tax, it is an adjustment —Albarracín said—. If the provinces want a "
        "deeper river, someone has to pay for the dredgers.\n\n"
        "—Every time something goes up, it is the worker who pays —Hugo Benítez told this "
        "newspaper at the union hall—. If there is no answer, we will stop the ports."
    )
    found = extract(text, "2026-09-03", today=date(2026, 11, 25)).quotes
    assert [(q.speaker, q.kind) for q in found] == [
        ("Federico Albarracín", "direct"),
        ("Hugo Benítez", "direct"),
    ]
    assert found[0].text.startswith("This is not a tax") and "dredgers" in found[0].text
    assert "Albarracín said" not in found[0].text


def test_the_interviewer_the_intro_names_asks_though_half_his_turns_are_statements() -> None:
    text = (
        "THE BIG INTERVIEW\n\nDilani Jayasuriya leads the council. She sat down with our "
        "sports editor, Namal Perera, on Saturday.\n\n"
        "NAMAL PERERA: You took over a suspended board. Is the crisis over?\n\n"
        "DILANI JAYASURIYA: The suspension is over. The crisis of trust is not.\n\n"
        "PERERA: The women's league was supposed to start this year.\n\n"
        "JAYASURIYA: It will start in January, with six teams.\n\n"
        "PERERA: Players have complained about their match fees.\n\n"
        "JAYASURIYA: They are right, and the fees will be equal from next season.\n\n"
        "PERERA: Last one. What would make your term a success?\n\n"
        "JAYASURIYA: Elections held on time, and a full stadium for the women's final."
    )
    found = extract(text, "2025-06-17", today=date(2025, 6, 30)).quotes
    assert {q.speaker for q in found} == {"Dilani Jayasuriya"}
    assert len(found) == 4


def test_an_interview_with_its_questions_in_capitals() -> None:
    found = quotes(
        "Annelise Kjær steps down at the end of this month after eight years running the "
        "broadcaster.\n\n"
        "YOU LEAVE JUST AS PARLIAMENT NEGOTIATES A NEW MEDIA AGREEMENT. WHAT SHOULD IT SAY?\n\n"
        "It should say how much money we get for five years. That's the whole trick.\n\n"
        "THE CUT IS 12 PER CENT OVER FOUR YEARS. CAN YOU ABSORB IT?\n\n"
        "No. We can absorb perhaps half of it.\n\n"
        "The other half means fewer programmes.\n\n"
        "WHY NOT MAKE IT PUBLIC AT THE TIME?\n\n"
        "I was afraid.\n\n"
        "A sitting minister called me at home and said that there would be "
        "consequences for our budget.\n\n"
        "–\n\n"
        "Morten Aagaard takes over as director-general on 1 February."
    )
    answers = [q for q in found if q.speaker == "Annelise Kjær"]
    assert [q.text for q in answers] == [
        "It should say how much money we get for five years. That's the whole trick.",
        "No. We can absorb perhaps half of it. The other half means fewer programmes.",
        "I was afraid. A sitting minister called me at home and said that there would be "
        "consequences for our budget.",
    ]
    assert {q.stance for q in answers} == {"public"}
    [called] = [q for q in found if q.speaker == "A sitting minister"]
    assert called.stance == "private"
    assert not any("WHAT" in q.text or "Aagaard" in q.text for q in found)


def test_a_translations_original_title_and_an_answers_own_i_name_no_one() -> None:
    found = quotes(
        "Automatic translation, edited by the newsroom. Original German version: "
        "„Kreißsaal Bad Lauterfeld: Was die Ministerin schriftlich zusagt“"
    )
    assert [q.speaker for q in found] == [None]
    turns = quotes(
        "MORGAN: Will you raise bills again next year?\n\n"
        "RAMAN: No. I'm saying we need a decision, and the numbers tell us we need it soon.\n\n"
        "MORGAN: And the hosepipe ban?\n\n"
        "RAMAN: It stays until the reservoirs recover."
    )
    assert {q.speaker for q in turns} == {"Morgan", "Raman"}  # (no intro names who asks)


def test_a_quote_block_after_a_lead_in_with_a_colon_is_the_lead_ins_speakers() -> None:
    found = quotes(
        "In a letter to the minister dated 29 September, seen by the Brief, the Ad Hoc "
        "Bondholder Group said it would oppose any deep loss. The letter goes on:\n\n"
        "Quote: “The Group remains willing to engage constructively.”\n\n"
        "• A New York-based fund manager who holds the bonds was blunter:\n\n"
        "Quote: “Everybody on the buy side has done this dance before.”"
    )
    blocks = [(q.speaker, q.stance) for q in found if q.kind == "block"]
    assert blocks == [
        ("Ad Hoc Bondholder Group", "private"),
        ("A New York-based fund manager", None),
    ]


def test_a_block_set_in_under_a_lead_in_is_its_source_s_statement() -> None:
    text = (
        "Headline\n\nIn its conclusions, the audit office is blunt:\n\n"
        "    The correspondence of 2 June 2025 created, in the assessment of\n"
        "    NIK, a reasonable expectation on the part of one bidder.\n\n"
        "Last Wednesday, the union published an open letter to the prime minister. It reads "
        "in part:\n\n"
        "    We do not ask for charity. We ask that the people who dig the\n"
        "    copper are paid enough to live on it.\n\n"
        "    For three years our wages have fallen.\n\n"
        "A fortnight later, Dr Nasreen Sultana set out her concerns in a memo to the director "
        "general. The memo, dated 2 June and obtained by the Review, reads in part:\n\n"
        "    Padma Biologics has no prequalified storage facility of its own.\n\n"
        "The relevant passage of the order issued by the Nigerian Electricity Regulatory "
        "Commission (NERC) on 1 July reads:\n\n"
        "\tThe Commission has approved a cost-reflective tariff.\n\n"
        "The minister did not reply."
    )
    found = [(q.speaker, q.stance, q.kind, q.text[:24]) for q in quotes(text)]
    assert found == [
        ("audit office", "public", "block", "The correspondence of 2 "),
        ("union", "public", "block", "We do not ask for charit"),
        ("Nasreen Sultana", "private", "block", "Padma Biologics has no p"),
        (
            "Nigerian Electricity Regulatory Commission",
            "public",
            "block",
            "The Commission has appro",
        ),
    ]
    assert quotes(text)[1].text.endswith("For three years our wages have fallen.")


def test_lines_set_in_without_a_lead_in_are_no_block() -> None:
    text = "Headline\n\nThe budget was passed.\n\n    Spending: 4.2bn\n    Revenue: 3.9bn"
    assert quotes(text) == []


def test_a_podcast_s_recorded_clip_and_its_episode_title() -> None:
    text = (
        "THE DAR CHRONICLE | Podcasts\n"
        "Blue Economy Hour, Episode 47: Who gets the tuna?\n"
        "Released 14 August 2025 · 41 min\n\n"
        "HOST: Karibu, and welcome to Blue Economy Hour. I'm Zawadi Mrema. What did you hear?"
        "\n\nAMINA SALIM: I heard the same thing we heard in June. Nobody listened to us.\n\n"
        "HOST: Before we go on, we recorded this in Kilwa last week.\n\n"
        "MAULIDI HASSANI [recording]: We go out at four in the morning and come back at noon."
    )
    found = extract(text, "2025-08-14", today=TODAY).quotes
    assert [q.speaker for q in found] == ["Amina Salim", "Maulidi Hassani"]


def test_a_wire_that_sets_in_each_paragraph_s_first_line_has_paragraphs() -> None:
    text = (
        "Headline\n\n"
        "   KIGALI, Nov 4 (Wire) - A source who asked not to be named said the\n"
        "talks had failed over the weekend and that the regulator would not\n"
        "move before the inspection was complete.\n"
        "   The mayor, Emmanuel Nsengiyumva, said the district supported the\n"
        "suspension but was worried about the people who depend on the mine\n"
        'for work. "We want the company to fix its problems," he said.\n'
        "   A union official, Odette Mukamana, said the union had warned the\n"
        "company in writing in October about the walls of the pit and had\n"
        "received no reply from anyone at the company.\n"
        "   The regulator is expected to publish its findings by the end of the\n"
        "year, officials said on Monday in a statement sent to reporters.\n"
    )
    paragraphs = [p.text[:12] for p in read_article(text).paragraphs]
    assert paragraphs == ["A source who", "The mayor, E", "A union offi", "The regulato"]
    found = quotes(text)
    mayor = [q for q in found if q.speaker == "Emmanuel Nsengiyumva"]
    # its own paragraph: the source's anonymity does not carry to the mayor
    assert mayor and all(q.stance == "public" for q in mayor)


FACT_CHECK = (
    "Three claims from the mayoral debate, checked\n\n"
    "The candidates met on Sunday night on the city's public channel. "
    "“Rents are flat,” said Ola Brenn, a housing economist, “whatever you hear.”\n\n"
    "CLAIM 1: “Our buses carry twice as many riders as they did in 2019.”\n"
    "Who said it: Mayor Tomas Lindqvist, Civic List\n"
    "Verdict: FALSE\n\n"
    "Ridership is 8% above its 2019 level, the transit authority's figures show.\n\n"
    'Claim 2: "The council has sold off a third of its housing."\n'
    "Said by: Councillor Maja Ek, Green Party\n"
    "Rating: MISLEADING\n"
)


def test_a_fact_check_s_claim_is_whoever_the_card_says_made_it_on_the_record() -> None:
    found = quotes(FACT_CHECK)
    assert [(q.speaker, q.stance, q.text[:20]) for q in found] == [
        ("Ola Brenn", "public", "Rents are flat, what"),
        ("Tomas Lindqvist", "public", "Our buses carry twic"),
        ("Maja Ek", "public", "The council has sold"),
    ]
    # (the verdict is the checker's rating, no one's words)
    assert not any(q.text.startswith(("FALSE", "MISLEADING")) for q in found)


def test_a_paragraph_under_she_wrote_is_a_block_only_when_it_speaks_for_itself() -> None:
    lead = "The earliest email is dated 12 August. Further down, Vesna Ilic wrote:\n\n"
    [block] = quotes(lead + "We will not contest the invoice. I would ask you to keep this quiet.")
    assert (block.kind, block.speaker) == ("block", "Vesna Ilic")
    # (the writer's own account after the lead-in, in the third person, is no block)
    assert all(q.kind != "block" for q in quotes(lead + "The invoice was never contested."))


def test_a_post_of_several_lines_under_she_posted_on_instagram_is_one_block() -> None:
    [block] = quotes(
        "Shortly after the ruling was published, Larissa Montenegro posted on Instagram:\n\n"
        "Eighteen months. Not four years. And not a cheat.\n"
        "I never took anything to go faster.\n"
        "See you in Los Angeles\n\n"
        "The post had drawn more than 180,000 likes by Friday morning."
    )
    assert (block.kind, block.speaker, block.stance) == ("block", "Larissa Montenegro", "public")
    assert block.text == (
        "Eighteen months. Not four years. And not a cheat. I never took anything to go "
        "faster. See you in Los Angeles"
    )


QA_INTERVIEW = (
    "TRADE REVIEW — June 2025 issue\n\n"
    "INTERVIEW\n\n"
    '"We will not buy membership at any price": the chief negotiator on the final stretch\n\n'
    "Dilnoza Rakhimova, deputy minister of trade, spoke to Farrukh Ismoilov.\n\n"
    "Trade Review: How close are you?\n\n"
    "Dilnoza Rakhimova: Closer than at any point in the last twenty-five years. We have "
    "signed protocols with 29 members.\n\n"
    "Trade Review: And Brussels?\n\n"
    "Dilnoza Rakhimova: When I met the Commission's negotiators in Brussels in February, "
    "they assured us that our preferences would continue through the accession period."
)


def test_an_interview_s_headline_quote_is_the_interviewee_s_and_they_is_the_group_named() -> None:
    found = extract(QA_INTERVIEW, "2025-06", today=TODAY).quotes
    assert [(q.speaker, q.stance, q.text[:24]) for q in found] == [
        ("Dilnoza Rakhimova", "public", "We will not buy membersh"),
        ("Dilnoza Rakhimova", "public", "Closer than at any point"),
        ("Dilnoza Rakhimova", "public", "When I met the Commissio"),
        ("Commission's negotiators", "private", "they assured us that our"),
    ]


def test_a_post_pasted_from_a_platform_is_its_poster_s_on_the_record() -> None:
    found = quotes(
        "The group's claim first appeared late on Sunday in a channel. The post read:\n\n"
        "KRAKEN-GH (Telegram, 5 Oct, 23:14)\n"
        "We have 2.3 million records. You have until Friday.\n\n"
        "Health Minister Dr Kwabena Asante-Mensah replied on Monday evening:\n\n"
        "Dr Kwabena Asante-Mensah @KAsanteMensah · Oct 6\n"
        "Let me be clear: the government will not pay a single pesewa to criminals."
    )
    assert [(q.speaker, q.stance, q.kind, q.text[:20]) for q in found] == [
        ("KRAKEN-GH", "public", "block", "We have 2.3 million "),
        ("Kwabena Asante-Mensah", "public", "block", "Let me be clear: the"),
    ]


def test_a_turn_that_only_thanks_is_no_statement() -> None:
    found = quotes(
        "Presenter Faisal Mirza spoke to Finance Minister Sadia Qureshi.\n\n"
        "MIRZA: Minister, will the strike go ahead on Thursday?\n\n"
        "QURESHI: I expect it will be called off on Wednesday night.\n\n"
        "MIRZA: Minister, thank you.\n\n"
        "QURESHI: Thank you, Faisal."
    )
    assert [q.text for q in found] == ["I expect it will be called off on Wednesday night."]


def test_minutes_that_record_an_official_telling_a_committee_are_the_official_s() -> None:
    [q] = quotes(
        "Minutes of that meeting, attached to the court papers, record the then deputy "
        "director-general for hospital services, Bongani Shezi, telling committee members "
        'that the department "cannot afford another supplier failure".'
    )
    assert (q.speaker, q.stance) == ("Bongani Shezi", "private")


def test_the_same_official_is_the_one_described_though_another_spoke_since() -> None:
    found = quotes(
        "A senior official said the talks had stalled. Minister Ana Lind told reporters the "
        "talks were going well. The same official said the minister had been briefed."
    )
    assert [q.speaker for q in found] == ["A senior official", "Ana Lind", "A senior official"]


@pytest.mark.parametrize(
    "furniture",
    [
        "By Ann Lee @annlee_news",
        "Share · Facebook · X · Email",
        "Protesters outside parliament. Photograph: @annlee_photo",
        "Follow Ann Lee on X @annlee_news",
    ],
)
def test_a_page_s_furniture_with_a_handle_is_no_post(furniture: str) -> None:
    found = quotes(furniture + "\nThe minister resigned on Monday, saying the plan had failed.")
    assert all(q.kind != "block" for q in found)


def test_a_post_runs_to_the_blank_line_and_a_read_lead_in_is_no_writer() -> None:
    [post] = quotes(
        "Dr Kwabena Asante-Mensah @KAsanteMensah · Oct 6\n"
        "Let me be clear: we will not pay\na single pesewa to criminals.\n\n"
        "The agency's website was down on Monday."
    )
    assert post.text == "Let me be clear: we will not pay a single pesewa to criminals."
    found = quotes(
        "Worth a read:\n\nOur correspondent spent a week in the camp. We found the food "
        "had run out by Tuesday."
    )
    assert all(q.kind != "block" for q in found)


def test_a_name_with_a_hyphen_in_capitals_is_written_as_a_name() -> None:
    found = quotes(
        "MODERATOR: Minister, will you sign the agreement?\n\n"
        "JEAN-LUC MOREAU: We will not sign this agreement before the election in March.\n\n"
        "MODERATOR: And after it?\n\n"
        "JEAN-LUC MOREAU: After it, the new parliament decides what we sign."
    )
    assert [q.speaker for q in found] == ["Jean-Luc Moreau", "Jean-Luc Moreau"]


DOTTED_QA = (
    '[INTERVIEW] "The algorithm is our boss": Seoul riders\' leader on AI dispatch\n\n'
    "Kim Soo-jin leads Platform Riders' Solidarity. Kim Soo-jin sat down with us.\n\n"
    "Q. Why now? Riders have been protesting for years.\n\n"
    "A. Because in early February, the app changed its algorithm and nobody told us.\n\n"
    "Q. The company says earnings have gone up.\n\n"
    "A. Average earnings for whom? If you work 14 hours, maybe."
)


def test_an_interview_set_as_q_dot_and_a_dot_is_the_interviewee_s() -> None:
    found = extract(DOTTED_QA, "2025-03-18", today=TODAY).quotes
    assert [(q.speaker, q.text[:20]) for q in found] == [
        ("Kim Soo-jin", "The algorithm is our"),
        ("Kim Soo-jin", "Because in early Feb"),
        # (what a question passes on is the company's)
        ("company", "The company says ear"),
        ("Kim Soo-jin", "Average earnings for"),
    ]


def test_a_paragraph_opening_on_an_initial_is_no_answer() -> None:
    found = quotes("A. Lind said the plan was dead.\n\nQ. Marsh said nothing at all.")
    assert [q.speaker for q in found] == ["A. Lind"]


def test_a_pull_quote_signed_by_a_person_is_theirs_on_the_record() -> None:
    found = quotes(
        "IN THEIR WORDS\n\n"
        '"I used to clean 14 rooms. Now the app gives me 17 and a red light at lunch."\n'
        "— LETICIA ARRIAGA, housekeeper, Bellwether Grand, 19 years\n\n"
        "Meridian says the app is a scheduling tool."
    )
    assert [(q.speaker, q.stance) for q in found[:1]] == [("Leticia Arriaga", "public")]
    # (the hotel in the signature is no person)
    assert all(q.speaker != "Bellwether Grand" for q in found)


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("Korea Work Review\nPosted 2025.03.18 10:05 | Interview by Lee Da-eun", "2025-03-18"),
        (
            "Tokyo Daily Report\nStaff writer Haruka Ishida\nTOKYO — Tuesday, January 20, 2026",
            "2026-01-20",
        ),
        ("Diário do Grão-Pará – English edition\nBelém, 25/09/2025 – 07h40", "2025-09-25"),
        # a space before the label's colon, the next label after the time
        (
            "By Choi Ha-neul\nPublished : Nov. 20, 2025 - 19:30   Updated : Nov. 20, 2025 - 21:05",
            "2025-11-20",
        ),
    ],
)
def test_a_date_line_with_the_year_first_a_place_and_a_dash_or_slashes(
    top: str, published: str
) -> None:
    article = read_article(
        f"Workers cross arms over late wages\n\n{top}\n\nAbout 1,200 workers stopped work on "
        "Monday and said they would not return until they were paid.",
        today=TODAY,
    )
    assert article.published == published


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("‘", "’")])
def test_a_lead_in_then_a_quotation_over_two_paragraphs(opening: str, closing: str) -> None:
    text = (
        "Headline\n\nCommittee chair and Liberal senator Fiona Marsh, tabling the report, told "
        f"the Senate:\n\n{opening}Australians were promised a hydrogen industry. What they got "
        f"was a grants program.\n\n{opening}The committee does not say that any of these "
        f"projects is without merit.{closing}\n\nLater it rained."
    )
    [q] = extract(text, "2025-08-22").quotes
    assert (q.speaker, q.kind) == ("Fiona Marsh", "direct")
    assert q.text == (
        "Australians were promised a hydrogen industry. What they got was a grants program. "
        "The committee does not say that any of these projects is without merit."
    )


@pytest.mark.parametrize("spoken", ["quote,", "his words,", "in his words,", "quote-unquote,"])
def test_a_quotation_announced_aloud_goes_on_the_clause_before_it(spoken: str) -> None:
    [q] = extract(
        "Headline\n\nMIRZA: Their president, Haji Arshad Baig, said yesterday that the "
        f'government was, {spoken} "declaring war on the small shopkeeper."',
        "2025-06-01",
    ).quotes
    assert q.speaker == "Haji Arshad Baig"
    assert q.text.endswith('the government was "declaring war on the small shopkeeper."')


@pytest.mark.parametrize("link", ["Read more:", "READ MORE:", "Related:", "See also |"])
def test_a_link_to_another_story_is_no_statement(link: str) -> None:
    found = extract(
        "Headline\n\nThe club owes €1.9 million, the court heard.\n\n"
        f"{link} ‘It’s a crisis, not a blip’: inside the finances of the league\n\n"
        "“We will pay,” the chairman said.",
        "2025-03-20",
    ).quotes
    assert all("crisis" not in q.text for q in found)


@pytest.mark.parametrize(
    "link",
    [
        "Interactive: Check sewage spills at your local beach",
        "Watch: Ana Lind says rates will fall",
    ],
)
def test_a_link_to_the_page_s_media_is_no_statement(link: str) -> None:
    found = extract(
        f"Headline\n\nThe club owes €1.9 million, the court heard.\n\n{link}\n\n"
        "“We will pay,” the chairman said.",
        "2025-03-20",
    ).quotes
    assert [q.text for q in found] == ["We will pay,"]


@pytest.mark.parametrize(
    "line",
    [
        "[11/06/2024, 02:14] {who}: Switch off the box until you clear Kythira.",
        "[02:14] {who}: Switch off the box until you clear Kythira.",
        "11/06/2024, 02:14 - {who}: Switch off the box until you clear Kythira.",
    ],
)
def test_a_chat_export_set_in_the_article_is_its_senders_in_private(line: str) -> None:
    found = quotes(
        "Just after two in the morning, the operations director sent a message:\n\n"
        + line.format(who="Stavros K.")
        + "\n"
        + line.format(who="Capt. Volkov").replace("Switch off the box until you clear", "Same as")
        + "\n\n“Stavros K.” is Stavros Kalogeropoulos, the company's operations director. "
        "“Capt. Volkov” is Andrei Volkov, then master of the tanker."
    )
    sent = [q for q in found if q.kind == "block"]
    assert [(q.text, q.speaker, q.stance) for q in sent] == [
        ("Switch off the box until you clear Kythira.", "Stavros Kalogeropoulos", "private"),
        ("Same as Kythira.", "Andrei Volkov", "private"),
    ]


def test_a_letter_s_passage_and_an_analyst_s_note_read_out_under_a_colon_are_blocks() -> None:
    found = quotes(
        "In a four-page letter sent Tuesday to the chief executive, Sen. Margaret Ellison wrote "
        "that reports indicated the chips were “reaching end users.” The letter's central "
        "passage reads:\n\n"
        "It has not told Congress, or as far as I can determine the Department of Commerce, "
        "who is buying these chips.\n\n"
        "In a note to clients on Wednesday, Halden Research semiconductor analyst Priya "
        "Natarajan wrote that the letter was unlikely to dent sales. The note continued:\n\n"
        "The letter itself is not the event. Any of those would slow shipments, which we "
        "estimate at 18% of revenue."
    )
    assert [(q.speaker, q.stance, q.kind, q.text[:20]) for q in found] == [
        ("Margaret Ellison", "public", "indirect", "Sen. Margaret Elliso"),
        ("Margaret Ellison", "public", "block", "It has not told Cong"),
        ("Priya Natarajan", None, "indirect", "Halden Research semi"),
        ("Priya Natarajan", None, "block", "The letter itself is"),
    ]


def test_a_headline_quotation_the_body_gives_in_full_is_not_proposed_twice() -> None:
    found = extract(
        "Zsófia Kertész: “I would rather be accused of being slow than of being political”\n\n"
        "Hungary's central bank governor, Zsófia Kertész, spoke to us on Monday.\n\n"
        "“It doesn't, and it mustn't. I would rather be accused of being slow than of being "
        "political,” Kertész said.",
        "2026-02",
        today=TODAY,
    ).quotes
    assert [q.text[:20] for q in found] == ["It doesn't, and it m"]


def test_a_passage_of_a_memoir_set_in_is_its_writer_s_and_van_oordt_is_willem_van_oordt() -> None:
    found = quotes(
        "Willem van Oordt remembers the night well.\n\n"
        "Van Oordt wrote about those weeks in his memoir, published in 2019. One passage "
        "describes the final morning in Livingstone:\n\n"
        "    At seven o'clock the Zambian chief negotiator found me in the corridor. We "
        "rewrote four clauses before breakfast.\n\n"
        "He writes that The Hague “wanted a success more than it wanted a treaty”.\n\n"
        "Historian Grace Mwale said the story was simpler than that."
    )
    assert [(q.speaker, q.kind, q.text[:12]) for q in found] == [
        ("Willem van Oordt", "block", "At seven o'c"),
        ("Willem van Oordt", "indirect", "He writes th"),
        ("Grace Mwale", "indirect", "Historian Gr"),
    ]


def test_a_record_s_turns_with_a_long_role_and_a_rejection_of_claims_with_their_owner() -> None:
    found = quotes(
        "Premier Dana Kowalchuk on Tuesday rejected opposition claims that her government "
        "ignored warnings.\n\n"
        "Mr. Marc Thibodeau (Leader of the Official Opposition): Madam Speaker, why did it "
        "take three days to order an evacuation?\n\n"
        "Hon. Dana Kowalchuk (Premier): Madam Speaker, evacuation orders are issued on the "
        "advice of fire professionals.\n\n"
        "Mr. Thibodeau: Will the Premier table every briefing she received?\n\n"
        "Hon. Ms. Kowalchuk: We have already handed over 4,000 pages to the inquiry."
    )
    assert [(q.speaker, q.text[:20]) for q in found] == [
        ("Dana Kowalchuk", "Premier Dana Kowalch"),
        ("Marc Thibodeau", "Madam Speaker, why d"),
        ("Dana Kowalchuk", "Madam Speaker, evacu"),
        ("Marc Thibodeau", "Will the Premier tab"),
        ("Dana Kowalchuk", "We have already hand"),
    ]


def test_a_handle_set_after_a_name_leaves_the_name_to_speak() -> None:
    [q] = quotes(
        "Activist Wanjiru Kamau (@wanjiru_speaks), one of the most prominent voices behind "
        "the protests, has just posted on X:\n\n“Tear gas inside the mosque compound.”"
    )
    assert (q.speaker, q.stance) == ("Wanjiru Kamau", "public")


def test_a_block_set_in_that_ends_on_a_signature_is_the_signer_s() -> None:
    [block] = quotes(
        "The retraction notice, published on Monday, reads:\n\n"
        "    This article has been retracted at the request of the Editor-in-Chief.\n"
        "    — Harriet Okonjo-Blake, Editor-in-Chief\n\n"
        "Brandt did not respond to a request for comment."
    )
    assert (block.kind, block.speaker, block.text) == (
        "block",
        "Harriet Okonjo-Blake",
        "This article has been retracted at the request of the Editor-in-Chief.",
    )


def test_a_masthead_over_a_date_and_a_reading_time_is_no_headline() -> None:
    article = read_article(
        "BELLWETHER INVESTIGATIONS\nMarch 2026 · 14-minute read\n\n"
        "Going dark: inside the shipping company that taught its tankers to disappear\n\n"
        "By Nadia Farrant\n\nJust after two in the morning, a message was sent.",
        TODAY,
    )
    assert article.title.startswith("Going dark")
    assert article.published == "2026-03"


def test_a_chat_message_is_said_on_the_day_its_line_gives() -> None:
    from backchannel.extract.clocks import said_when

    found = quotes(
        "The operations director sent a message:\n\n"
        "[11/06/2024, 02:14] Stavros K.: Switch off the box until you clear Kythira.\n"
        "06/25/2024, 09:10 - Stavros K.: Same as always.\n\n"
        "“Stavros K.” is Stavros Kalogeropoulos."
    )
    sent = [said_when(q.sentence, q.text, TODAY) for q in found if q.kind == "block"]
    assert [s[0] if s else None for s in sent] == ["2024-06-11", "2024-06-25"]


def test_a_month_and_its_year_is_no_day_of_that_month() -> None:
    from backchannel.extract.clocks import said_when

    said = said_when("He told managers at a meeting in February 2024 to use phones.", "", TODAY)
    assert said == ("2024-02", "February 2024")


def test_a_passage_read_from_a_note_is_the_words_of_whoever_circulated_it() -> None:
    [q] = extract(
        "Headline\n\nWe have a copy of a note the presidency circulated to heads of "
        "delegation at lunchtime. It sets out what it calls a landing zone. The key passage "
        'reads:\n\nQuote: "The Presidency proposes that the decision recognise the need to '
        'transition away from fossil fuels."',
        "2025-11-21",
    ).quotes
    assert (q.speaker, q.kind) == ("presidency", "block")


def test_a_standfirst_statement_the_body_quotes_again_is_its_summary_not_a_second() -> None:
    found = extract(
        "Wyvern Vale Gazette\nNews › Local Politics\n\n"
        "Leaked email reveals councillor’s plan to keep pool closure quiet\n\n"
        "Council cabinet member says she was ‘clumsy’ but denies misleading residents as "
        "campaigners demand an inquiry\n\n"
        "By Tom Ashworth, Local Democracy Reporter\nFriday, 7 March 2025, 6:00 am\n\n"
        "Speaking at Wednesday’s full council meeting, Cllr Helen Marsh said she accepted her "
        "wording had been ‘clumsy’.",
        "2025-03-12",
    ).quotes
    assert [q.speaker for q in found] == ["Cllr Helen Marsh"]


def test_an_email_s_passage_set_under_its_lead_in_is_its_sender_s_in_private() -> None:
    found = extract(
        "Headline\n\nIn an email sent on 14 May to divisional managers, which the Chronicle "
        "has seen, the trust’s chief operating officer, Martin Greaves, instructed staff to "
        "close every pathway.\n\nThe email, headed ‘Inspection readiness — waiting lists’, "
        "goes on:\n\nWe are being judged on one number. I do not want to walk the "
        "inspectors past a single patient who has waited more than a year.\n\nGreaves did "
        "not respond.",
        "2025-10-05",
    ).quotes
    assert [(q.speaker, q.kind, q.stance) for q in found] == [
        ("Martin Greaves", "indirect", "private"),
        ("Martin Greaves", "block", "private"),
    ]
    assert found[1].text.startswith("We are being judged on one number.")


def test_a_heading_s_pull_quote_is_the_section_s_words_told_under_it() -> None:
    found = extract(
        "Tram strike live: no trams until Saturday\n\nThe Southern Ledger | Live | Thursday "
        "14 August 2025 | Updated 5.48pm AEST\n\n5.48pm\nThat's where we'll leave our live "
        "coverage for today.\n\n10.40am — ‘This deal is closer than it looks’\nDr Mei Lin Cho, "
        "who researches industrial relations, says the gap is smaller than the rhetoric "
        "suggests.\n\n“Once you strip out the rostering clause, they are a point and a half "
        "apart,” she told the Ledger.\n\n‘We were told to send people back’\n\nA senior "
        "consultant said: ‘We were told to discharge people back to their GPs.’",
        "2025-08-14",
    ).quotes
    assert [q.speaker for q in found] == ["Mei Lin Cho", "Mei Lin Cho", "A senior consultant"]
    # an unattributed quotation in a sentence of its own is still proposed
    [q] = extract("Headline\n\n“We will not move,” a sign read.", "2025-08-14").quotes
    assert q.text.startswith("We will not move")


def test_a_standfirst_in_the_writers_words_sums_up_the_body() -> None:
    found = extract(
        "Island Courier\n\nRolling power cuts to continue through the weekend, officials say "
        "at tense heatwave briefing\n\nEnergy minister denies promising hotels an exemption; "
        "emergency cabinet meeting on Friday\n\n"
        "By Stella Ioannou | 24 July 2025\n\n"
        "NICOSIA - Power cuts will continue until Sunday, Energy Minister Andreas Theodorou "
        "said on Wednesday. He denied that hotels had been promised an exemption.",
        "2025-07-24",
    ).quotes
    assert [q.speaker for q in found] == ["Andreas Theodorou", "Andreas Theodorou"]


def test_a_key_point_the_body_quotes_again_is_a_summary_not_a_second_statement() -> None:
    found = extract(
        "Climate summit live: talks run into overtime\n\n"
        "Greenline Daily | Live | Friday 21 November 2025\n\n"
        "Key points\n"
        '• EU says it will not accept a text "weaker than Dubai"\n'
        "• Small island states threaten to block any deal\n\n"
        "21:40\n"
        '"We will not sign a text that is weaker than Dubai," Henrik Aalto told reporters.',
        "2025-11-21",
    ).quotes
    assert [q.speaker for q in found] == ["Henrik Aalto"]


def test_a_quotation_signed_after_a_dash_on_its_line_is_the_signer_s() -> None:
    found = quotes(
        "Irish Finance Minister Ciarán Dolan spoke in Dublin.\n\n"
        "QUOTE OF THE DAY: “Farmers can count. So can finance ministers.” — Irish Finance "
        "Minister Ciarán Dolan, at a Dublin business breakfast on Wednesday."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ciarán Dolan", "Farmers can count. So can finance ministers.")
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a subject, then a verb in the past, then the words in the Konjunktiv
        (
            "Ein Sprecher des Ministeriums erklärte auf Anfrage, man kommentiere vertrauliche "
            "Gespräche grundsätzlich nicht.",
            "Ein Sprecher des Ministeriums",
        ),
        # ... the name in an apposition
        (
            "Der Vorstandsvorsitzende der Ruhrstahl AG, Thomas Brückner, betonte am Dienstag, "
            "ohne verlässliche Rahmenbedingungen sei der Umbau nicht zu stemmen.",
            "Thomas Brückner",
        ),
        # the words first, then the tag and to whom
        (
            "Das Land stehe zu seiner Zusage über 350 Millionen Euro, sagte Markus Heller dem "
            "Westdeutschen Rundfunk.",
            "Markus Heller",
        ),
        # a phrase put first, the verb in the past, then its subject
        (
            "Nach Informationen dieser Zeitung versicherte Katrin Vollmer dem Gesamtbetriebsrat "
            "bei einem vertraulichen Treffen, der Bund werde eine Bürgschaft prüfen.",
            "Katrin Vollmer",
        ),
    ],
)
def test_german_reported_speech_in_the_past_and_its_tags(text: str, who: str) -> None:
    [q] = quotes(text)
    assert q.speaker == who


def test_a_french_tag_with_a_deputy_of_a_place_before_his_name() -> None:
    [q] = quotes(
        "« On ne peut pas dire non au Sénat le mardi et oui aux syndicats le vendredi », a "
        "lancé le député écologiste du Finistère Yannick Le Bihan."
    )
    assert q.speaker == "Yannick Le Bihan"


@pytest.mark.parametrize(
    "relay",
    ["Selon ses calculs, la marge", "According to her figures, the margin"],
)
def test_a_relay_to_one_s_own_reckoning_is_theirs(relay: str) -> None:
    found = quotes(
        "Economist Mathilde Roux studies the dairy trade. « Le gouvernement gagne du temps », "
        f"estime-t-elle. {relay} brute des éleveurs a reculé de 18 % en un an."
    )
    assert found[-1].speaker == "Mathilde Roux"


def test_what_a_hearing_s_question_puts_to_the_one_asked_is_theirs() -> None:
    found = quotes(
        "Below is an edited transcript of the exchanges between Sen. Ellen Walsh, Sen. Tom "
        "Hartley and Roberto Salas.\n\n"
        "SEN. WALSH: Madam Secretary, how many repair ships are under contract today?\n\n"
        "WHITFIELD: Today we have one vessel under a long-term agreement.\n\n"
        "SEN. HARTLEY: Mr. Salas, you have said publicly that your company would build new "
        "ships if it had a guaranteed contract. What does guaranteed mean?\n\n"
        "SALAS: It means ten years, Senator.\n\n"
        "SEN. WALSH: And if two cables are cut on the same day?"
    )
    assert [(q.speaker, q.text) for q in found if q.speaker != "Ellen Walsh"] == [
        ("Whitfield", "Today we have one vessel under a long-term agreement."),
        (
            "Tom Hartley",
            "Mr. Salas, you have said publicly that your company would build new ships if it "
            "had a guaranteed contract. What does guaranteed mean?",
        ),
        (
            "Roberto Salas",
            "Mr. Salas has said publicly that your company would build new ships if it had a "
            "guaranteed contract",
        ),
        ("Roberto Salas", "It means ten years, Senator."),
    ]


def test_a_translated_tag_after_the_words_it_tags() -> None:
    found = quotes(
        "Ukraine expects to receive additional air defence systems before the harvest. This "
        "was stated by Deputy Minister Serhii Kovalchuk at a briefing in Odesa on Wednesday."
    )
    assert [(q.speaker, q.stance, q.text) for q in found] == [
        (
            "Serhii Kovalchuk",
            "public",
            "Ukraine expects to receive additional air defence systems before the harvest",
        )
    ]


def test_the_key_line_in_a_sentence_of_its_own_is_whose_the_sentence_before_said() -> None:
    [q] = quotes(
        "Environment Secretary Rachel Dunmore has just finished her statement in the Commons. "
        "The key line: “Not a single penny of taxpayers' money will be used to bail out the "
        "shareholders.”"
    )
    assert q.speaker == "Rachel Dunmore"


def test_a_passage_from_someone_s_speech_brought_in_by_a_lead_in_is_theirs() -> None:
    found = quotes(
        "Treasurer Daniel Whitford hands down his third budget tonight.\n\n"
        "Here's the key passage from the Treasurer's speech on energy relief:\n\n"
        "“This is a budget for the households who have done the heavy lifting.”"
    )
    assert [q.speaker for q in found] == ["Daniel Whitford"]


def test_a_lead_in_naming_someone_at_their_own_press_conference_is_theirs() -> None:
    [q] = quotes(
        "Opposition leader Henrik Damsgaard of the Civic Party, at his own hastily arranged "
        "press conference in Aarhus:\n\n"
        "“Four years ago this government promised stability.”"
    )
    assert q.speaker == "Henrik Damsgaard"


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("Rheinische Wirtschaftszeitung | Mittwoch, 19. November 2025, 06:30 Uhr", "2025-11-19"),
        ("Le Journal de la Terre – jeudi 5 mars 2026 à 07h15", "2026-03-05"),
    ],
)
def test_a_german_or_french_date_line_is_the_published_date(top: str, published: str) -> None:
    article = read_article(
        f"Ministerin schließt neue Hilfen aus\n\n{top}\n\nDie Ministerin hat am Dienstag jede "
        "weitere Staatshilfe ausgeschlossen.",
        today=TODAY,
    )
    assert article.published == published


def test_a_german_sentence_in_konjunktiv_goes_on_with_the_speaker_before() -> None:
    found = quotes(
        "Ein Sprecher des Verkehrsministeriums erklärte auf Anfrage, man kommentiere interne "
        "Gespräche grundsätzlich nicht. Zusagen über den geltenden Haushalt hinaus gebe es "
        "nicht. Die Brücke wurde 1968 eröffnet."
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Ein Sprecher des Verkehrsministeriums",
         "Ein Sprecher des Verkehrsministeriums erklärte auf Anfrage, man kommentiere interne "
         "Gespräche grundsätzlich nicht"),
        ("Ein Sprecher des Verkehrsministeriums",
         "Zusagen über den geltenden Haushalt hinaus gebe es nicht"),
    ]  # fmt: skip
    # (English is not German: 'The Rhine here has the same name')
    assert len(quotes("Ana Lind said the bridge was safe. The town has a new mayor.")) == 1


def test_french_views_given_as_someones_adverbs_between_and_pronouns() -> None:
    found = quotes(
        "Le président de la FNB, Bruno Lefort, s’est montré prudent. « Nous jugerons sur "
        "les actes et pas sur les promesses », a-t-il affirmé jeudi. Il a toutefois "
        "confirmé que son syndicat "
        "maintenait l’appel à manifester le 12 mars.\n\nPour l’économiste Mathilde Roux, "
        "spécialiste des filières agricoles à l’université de Rennes, la stratégie du "
        "gouvernement est transparente.\n\nPour la première fois, le prix du lait a baissé "
        "de dix pour cent en un an."
    )
    assert [(q.speaker, q.text) for q in found[1:]] == [
        ("Bruno Lefort", "Il a toutefois confirmé que son syndicat maintenait l’appel à "
         "manifester le 12 mars"),
        ("Mathilde Roux", "la stratégie du gouvernement est transparente"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "published", "edtf"),
    [
        # a German day of the month ends no sentence
        ("Die IG Metall protestierte. Für den 4. Dezember ruft die Gewerkschaft zu einer "
         "Kundgebung vor dem Werkstor auf.", "2025-11-19", "2025-12-04"),
        # a gathering in the genitive, a board that will decide, a call to demonstrate
        ("Vollmer sagte das am Dienstag am Rande des Industriegipfels im Kanzleramt.",
         "2025-11-19", "2025-11-18"),
        ("Über die Zukunft des Hochofens will der Aufsichtsrat Mitte Januar entscheiden.",
         "2025-11-19", "2026-01-11/2026-01-20"),
        ("Le syndicat maintient l’appel à manifester le 12 mars devant les préfectures.",
         "2026-03-05", "2026-03-12"),
    ],
)  # fmt: skip
def test_german_and_french_happenings(sentence: str, published: str, edtf: str) -> None:
    events = extract(f"Schlagzeile\n\n{sentence}", published, today=date(2026, 6, 1)).events
    assert [e.date for e in events] == [edtf]


def test_an_interview_with_one_who_spoke_to_the_paper_by_its_capitalised_name() -> None:
    found = quotes(
        "Gov. Takeshi Arai has been less neutral. “A railway is a promise,” Arai said.\n\n"
        "In an interview at its Hiroshima headquarters, West Chugoku President Masahiro Oda "
        "spoke to The Observer about the line's future.\n\n"
        "Q: Has the company already decided to abandon the line?\n\n"
        "A: No. I understand why people feel that way, and the company will respect the "
        "process.\n\n"
        "Q: How difficult are the figures?\n\n"
        "A: Even before the typhoon, we lost about ¥600 million a year on this line."
    )
    assert [q.speaker for q in found] == ["Takeshi Arai", "Masahiro Oda", "Masahiro Oda"]


def test_what_a_paper_says_one_asked_for_is_theirs() -> None:
    [q] = quotes(
        "Selon le quotidien économique L’Informateur, Matignon aurait demandé au ministère de "
        "l’Agriculture de ne rien annoncer avant l’adoption du projet de loi de finances."
    )
    assert q.speaker == "Matignon"


def test_a_quotation_with_its_comma_after_the_mark_and_a_tag_is_a_statement_of_its_own() -> None:
    # (German and much European English set the comma after the closing mark: the words
    # after 'spoke of' are one statement, the tagged quotation after them another)
    text = (
        "Works council chairman Uwe Kranich spoke of a „breach of trust of historic "
        "proportions“. „Our colleagues gave up their Christmas bonus to save this plant“, "
        "Kranich said. „And now we learn about our future from the newspaper.“"
    )
    found = [(q.speaker, q.kind, q.text[:20]) for q in quotes(text)]
    assert found == [
        ("Uwe Kranich", "indirect", "a „breach of trust o"),
        ("Uwe Kranich", "direct", "Our colleagues gave "),
    ]
    assert quotes(text)[-1].text.endswith("from the newspaper.")


def test_a_roundup_s_later_datelines_with_a_wire_s_name_are_no_part_of_the_story() -> None:
    text = (
        "NAIROBI (Newswire) — Mediators said on Monday that talks would resume next week.\n\n"
        "ROTTERDAM (Newswire) — Dock workers began a 48-hour strike at the port early on "
        "Friday, the FNV union said."
    )
    found = extract(f"World briefing\n\n{text}", "2026-03-06", today=TODAY).quotes
    assert [q.text[:12] for q in found] == ["Mediators sa", "Dock workers"]


def test_a_transcript_s_initials_are_the_people_its_intro_names() -> None:
    # ('JS:' asks for the paper, 'HV:' answers: the intro names them both)
    text = (
        "The Ledger's Jonas Sund spoke to Trade Minister Helena Varga on Monday.\n\n"
        "JS: Minister, why is there still no deal?\n\n"
        "HV: Because the other side keeps moving the goalposts.\n\n"
        "JS: When is the next round?\n\n"
        "HV: In Geneva on 14 April. I will lead the delegation myself."
    )
    assert [(q.speaker, q.text[:20]) for q in quotes(text)] == [
        ("Helena Varga", "Because the other si"),
        ("Helena Varga", "In Geneva on 14 Apri"),
    ]


def test_a_call_s_operator_hands_the_line_on_and_makes_no_statement() -> None:
    text = (
        "Operator: Good morning, and welcome to the results call. I will now hand over to "
        "chief executive Sara Lind.\n\n"
        "Sara Lind, chief executive: Thank you. Sales rose 4% in the quarter.\n\n"
        "Operator: Our first question comes from Tom Park at Halden Securities.\n\n"
        "Sara Lind, chief executive: Margins will be under pressure from freight costs."
    )
    assert [q.speaker for q in quotes(text)] == ["Sara Lind", "Sara Lind"]


def test_a_parliament_s_record_names_each_member_and_the_minister_by_name() -> None:
    text = (
        "Sarah Pike (Argyll East) (Lab): The ferry contract is two years late. Will the "
        "minister publish the full cost report?\n\n"
        "The Minister for Transport (Tom Hale): I will publish it as soon as the audit is "
        "complete.\n\n"
        "Sarah Pike: That is not an answer."
    )
    assert [q.speaker for q in quotes(text)] == ["Sarah Pike", "Tom Hale", "Sarah Pike"]


def test_a_briefing_s_role_label_is_the_one_the_intro_names_with_that_role() -> None:
    text = (
        "The following is a transcript of today's briefing by Stéphane Dujardin, "
        "Spokesperson for the Secretary-General.\n\n"
        "Spokesperson: Good afternoon. Our envoy met the army chief on Monday.\n\n"
        "Question: Has the Secretary-General spoken to him?\n\n"
        "Spokesperson: He has not spoken to him this week."
    )
    assert {q.speaker for q in quotes(text)} == {"Stéphane Dujardin"}


def test_a_recording_s_time_stamp_on_a_turn_is_no_chat_message() -> None:
    # (a chat's export has a day in its stamp and a sender in plain case)
    text = (
        "Host Nina Berg talks to port director Ali Khan about the strike.\n\n"
        "[00:00:12] NINA BERG: Welcome to the show. Ali, how long can the port stay shut?\n\n"
        "[00:00:20] ALI KHAN: About ten days before the shelves start to empty.\n\n"
        "[00:01:05] NINA BERG: And have they answered?\n\n"
        "[00:01:09] ALI KHAN: Not yet. I expect an answer by Friday."
    )
    found = quotes(text)
    assert [(q.speaker, q.kind, q.stance) for q in found] == [
        ("Ali Khan", "direct", "public"),
        ("Ali Khan", "direct", "public"),
    ]
