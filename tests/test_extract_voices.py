"""How each speaker has spoken (voices.Voices): the stance they carry into their next
words, before any cue in those words is read."""

from __future__ import annotations

from backchannel.extract.voices import Voices


def test_an_anonymous_source_stays_off_the_record() -> None:
    voices = Voices()
    voices.heard("a senior organiser", "asked not to be named", "private", person=False)
    assert voices.carried("a senior organiser", "he said", None) == (
        "private",
        "asked not to be named",
    )
    # (a named person's words passed on by an anonymous one are not theirs to carry)
    voices.heard("Bill Gates", "asked not to be named", "private", person=True)
    assert voices.carried("Bill Gates", "he said", None) is None


def test_one_of_a_group_that_spoke_off_the_record() -> None:
    voices = Voices()
    voices.heard("two commission members", "on condition of anonymity", "private", person=False)
    assert voices.carried("one of the commission members", "said", "commission members") == (
        "private",
        "on condition of anonymity",
    )
    assert voices.carried("one of the lawyers", "said", "lawyers") is None


def test_what_a_private_letter_writer_writes_next() -> None:
    voices = Voices()
    voices.heard("Ada Okafor", "in an email to the regional directors", "private", True)
    assert voices.thread == "in an email to the regional directors"
    assert voices.carried("Ada Okafor", "Okafor wrote.", None) == (
        "private",
        "in an email to the regional directors",
    )
    # what she says aloud is not what she wrote
    assert voices.carried("Ada Okafor", "Okafor told reporters.", None) is None
    # the next statement with no message in it ends the thread
    voices.heard("Ian Barr", "told reporters", "public", True)
    assert voices.thread is None


def test_a_document_is_its_issuers_until_the_next_statement() -> None:
    voices = Voices()
    voices.heard("the ministry", "in a statement", "public", person=False)
    assert voices.issued == {"statement": "the ministry"}
    voices.hushed()
    assert voices.issued == {}
    voices.note_sender("An internal memo from the agriculture secretariat says", str)
    # (a sentence that opens on the memo: 'it' next is the memo too)
    assert voices.issued == {"memo": "agriculture secretariat", "it": "agriculture secretariat"}
    voices.note_sender("In a letter dated Oct. 1, Mayor Doug Kerrigan asks", lambda n: n)
    assert voices.issued == {"letter": "Doug Kerrigan"}


def test_onlookers_are_remembered() -> None:
    voices = Voices()
    context = "Paul Beck, a professor of politics at Ohio State, said the count was close."
    assert voices.is_onlooker("Paul Beck", context)
    assert voices.is_onlooker("Paul Beck")  # and when he speaks again
    assert not voices.is_onlooker("Ana Lind", "Ana Lind, the minister, said so.")
    voices.on_record.add("Paul Beck")
    assert voices.carried("Paul Beck", "said", None) == ("public", "on the record")


def test_a_letter_from_a_body_named_in_one_word_is_its_word() -> None:
    voices = Voices()
    voices.note_sender("The offer is set out in a letter from Nordvind dated 29 August.", str)
    assert voices.issued == {"letter": "Nordvind"}


def test_a_paper_s_sender_named_after_their_office_or_before_their_verb_speaks_for_it() -> None:
    from backchannel.extract import extract

    def said(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.stance) for q in extract(f"Headline\n\n{text}", "2025-11-14").quotes]

    # the office in lower case before the name, and the paper shared with the press
    assert said(
        "An email sent by chief executive Laura Penhaligon to the chairman on 6 November, "
        "which has been shared with the Gazette, warns that the club's cash position would "
        "become critical by January. The email also says the club has delayed payments to "
        "two smaller creditors."
    ) == [("Laura Penhaligon", "private"), ("Laura Penhaligon", "private")]
    # the name right before its verb, past the office's small words
    assert said(
        "Office of Management and Budget Director Gordon Pryce warned in a memo to agency "
        "heads that departments should review their plans. The memo, obtained by the Ledger, "
        "also instructed agencies to list staff who would work without pay."
    ) == [("Gordon Pryce", "private"), ("Gordon Pryce", "private")]


def test_whom_a_paper_was_sent_to_is_not_its_sender() -> None:
    from backchannel.extract.documents import sender_of

    assert (
        sender_of("A letter sent by lawyers to Ana Lind on Monday warns that it is void.") is None
    )
    assert sender_of("An email sent by chief executive Laura Penhaligon to the chair warns.") == (
        "email",
        "Laura Penhaligon",
    )


def test_a_body_s_own_paper_named_in_lower_case_speaks_for_it() -> None:
    from backchannel.extract import extract

    [q] = extract(
        "Headline\n\nAn internal council memo seen by the Herald says the Kelso Road scheme is "
        "now 14 months behind schedule.",
        "2026-03-06",
    ).quotes
    assert (q.speaker, q.stance) == ("council", "private")
