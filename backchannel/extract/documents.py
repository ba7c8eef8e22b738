"""Who a document speaks for: its sender or its author, named where it is first
mentioned ('In a letter to the minister, Mayor Ana Lind asks …', 'an email Mr Pellow
sent to the chair', 'The staff report, signed by Ahmed Rahal, …'), so that 'The letter
says …' or 'It says …' further on is theirs; the document a body spoke in, put before
its 'it' ('In a statement posted to its website, it confirmed …'); and who issued the
paper a block is read from ('the order issued by NERC … reads:', 'The union published
an open letter …. It reads in part:'; see blocks.lead_in_source)."""

from __future__ import annotations

import re

#: A document and its sender, put first: 'In a letter to the minister, Mayor Ana Lind asks'
_IN_A_DOCUMENT = re.compile(
    r"In (?:a|an|his|her|their) (?:[\w-]+ ){0,2}?(?P<doc>letter|statement|memo|email)\b"
    # ('In an email sent on 14 May, which the Chronicle has seen, the trust’s chief
    # operating officer, Martin Greaves, instructed …': past asides in lower case)
    r"[^,;“”\"]{0,100},(?:\s+[a-z][^,;“”\"]{0,100},){0,2}"
    r"\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*),?\s+[a-z]"
)
#: A sender's name: 'Mr Pellow', 'Dr Alasdair Kerr', 'Secretary-General Bae Kwang-il'
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*"
_SENDER = rf"(?P<who>{_NAME})"
#: A document and who sent it: 'an email Mr Pellow sent to the chair'
_DOCUMENT_THEN_SENDER = re.compile(
    # ('a WhatsApp message Pickles sent her', 'a handwritten note, dated 9 February 2022,
    # that Ms Rahman made after the meeting')
    rf"\b(?P<doc>email|letter|memo|message|note)s?(?:,\s+dated\s+[^,;“”\"]{{2,30}},)?\s+"
    rf"(?:that\s+)?{_SENDER}\s+(?:had\s+)?(?:sent|wrote|made|posted|drafted)\b"
)
#: ... or sent by them: 'A second email, sent by Ms Kwok to two directors,'
_DOCUMENT_SENT_BY = re.compile(
    # ('a letter dated Nov. 28 and signed by Wijesekera', 'The memo, dated 9 December and
    # sent by', 'an email sent last week by')
    rf"\b(?P<doc>email|letter|memo|note|circular|message)(?:,?\s+dated\s+[^,;“”\"]{{2,30}}?"
    rf"(?:\s+and)?)?,?\s+(?:sent|written|signed|prepared|drafted|compiled)"
    rf"(?:\s+(?:last|this|on|in)\s+[\w.]+(?:\s+[\w.]+)?)?\s+by\s+(?:the\s+)?"
    # (one named after an office: 'sent by the council's director of environment, Graham
    # Oakes, and seen by …')
    rf"(?:(?:[^,;“”\"]{{2,100}}?,\s+(?={_NAME},))?"
    # (or their office first, in lower case: 'sent by chief executive Laura Penhaligon')
    # (not whom it went to: 'sent by lawyers to Ana Lind')
    rf"(?:(?!(?:an?|to|for|on|in|at|with|and|of|from)\s)[a-z][\w'’-]*\s+){{0,3}}?{_SENDER}"
    # (or one named by office: 'signed by the governor')
    rf"|(?P<office>(?<=the )[a-z]+(?:\s+[a-z]+)?\b)"
    # (or one not named: 'An email sent by a senior ministry official to Solheim')
    rf"|(?P<unnamed>(?<=by )an?\s+(?:[\w-]+\s+){{0,3}}?(?:official|adviser|aide|executive|"
    rf"director|manager|officer|civil servant|staffer|member|councillor)))\b"
)
#: ... or said to be theirs: 'The message, sent on Friday evening to a group chat of about
#: 40 lawmakers, was attributed to Secretary-General Bae Kwang-il.'
_DOCUMENT_ATTRIBUTED = re.compile(
    rf"\b(?P<doc>email|letter|memo|note|message)\b[^.;“”\"]{{0,160}}?\b(?:was|is|were|are)\s+"
    rf"attributed\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?{_SENDER}"
)
#: A document's author put first: 'Dated 2 September and written by', 'Signed by'
_AUTHOR_FIRST = (
    r"(?:Dated\s+[^,;“”\"]{2,30}?\s+and\s+)?(?:Sent|Written|Signed|Prepared|Drafted|written|"
    r"signed|prepared|drafted)\s+by\s+"
)
#: ... and who, then the document or 'it': 'Dated 2 September and written by chair Graham
#: Pellow, it tells directors …', 'Signed by Ana Lind, the letter asks …'
_BY_FIRST = re.compile(
    rf"\W*{_AUTHOR_FIRST}(?:the\s+)?(?:[a-z]+\s+){{0,3}}?{_SENDER},\s+"
    r"(?:it|the\s+(?:[\w-]+\s+)?(?P<doc>letter|memo|email|note|circular))\b"
)
#: ... or only its date: 'Dated 1 August, it projects …' (the document just named)
_DATED_IT = re.compile(r"\W*Dated\s+[^,;“”\"]{2,30},\s+it\b")
BY_FIRST_WORDS = ("Dated", "Sent by", "Written", "Signed", "Prepared", "Drafted")
#: A document from a body or a person, in running text: 'An internal memo from the
#: agriculture secretariat, dated July 30, …'
_DOCUMENT_FROM = re.compile(
    r"\b(?P<doc>email|letter|memo|note)\s+from\s+(?P<who>(?:the\s+)?[^,;.“”\"]{2,60}?)"
    r"(?=,|\s+(?:dated|seen|sent|to|on|says|said|warns|shows|instructs|tells)\b)"
)
#: ... and as a speaker's whole phrase: 'An internal note from the district surveillance
#: unit', 'a letter by Ana Lind'
_DOCUMENT_FROM_PHRASE = re.compile(
    r"(?:an?|the|one|another)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:note|memo|memorandum|letter|email|e-mail|message|statement|briefing|submission|cable|"
    # (not the paper that saw it: 'dated Feb. 3 and seen by Meridian')
    r"circular)s?(?:\s+dated\s+(?:(?!seen|obtained|reviewed|viewed)[^,;“”\"]){2,30}?(?:\s+and)?)?"
    r"\s+(?:from|by|sent by|written by|signed by|issued by|prepared by|drafted by|compiled by)\s+"
    r"(?P<who>\S.*)",
    re.I,
)
#: ... or its owner's name before it: 'An internal GCPL memo to field supervisors', 'a
#: confidential Halvorsen presentation'
_OWNER_THEN_PAPER = re.compile(
    r"(?i:an?|the)\s+(?:(?i:internal|confidential|leaked|private|draft|secret)\s+)*"
    r"(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
    # ('An internal ministry memo': the body by the word the article knows it by)
    r"|ministry|department|company|government|council|party|union|agency|board|bank|cabinet|"
    r"treasury|club|league|university|hospital|commission|regulator)\s+"
    r"(?P<doc>memo|memorandum|letter|email|e-mail|note|presentation|document|circular|"
    r"briefing)s?\b"
)
#: Where a sender's words end and whom or when it was sent begin: 'a senior ministry
#: official | to Solheim on 1 August'
_SENT_TO = re.compile(
    r"\s+(?:to\s+(?=[A-Z]|the\s)|last\s+(?=week|month)|on\s+(?=\d|[A-Z][a-z]+day\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))"
)
_PAPER_WORDS = ("memo", "letter", "mail", "note", "presentation", "document", "circular", "brief")
#: A sender who sent it: 'Mabry, president of the council, sent a text message to several
#: lawmakers', 'Oh Sang-cheol went further in a series of text messages to supervisors'
_SENDER_SENT = re.compile(
    rf"^\W*(?:The\s+[^,;“”\"]{{2,60}},\s+)?{_SENDER}(?:,[^,;“”\"]{{2,120}},)?\s+"
    r"(?:(?:sent|wrote|fired off)\s+(?:a|an|two|three|several)\s+(?:[\w-]+\s+)?"
    r"|[^.;“”\"]{0,40}?\bin\s+(?:a|an|a series of|two|several)\s+(?:[\w-]+\s+)?)"
    r"(?:text\s+)?(?P<doc>email|letter|memo|message)s?\b"
)
#: ... the name right before the verb, where what opens the sentence is no name
_NAMED_SENDER_SENT = re.compile(
    r"(?<![\w'’.-])(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+"
    r"(?:[a-z]+ly\s+)?(?:warned|wrote|said|told|argued|cautioned|instructed|urged|asked)\s+"
    r"(?:[^.;“”\"]{0,40}?\s)?in\s+an?\s+(?:[\w-]+\s+)?(?P<doc>email|letter|memo|message)\b"
)
#: A document its author is named with, opening a text: 'The staff report, signed by
#: Ahmed Rahal,', 'The engineering assessment, prepared by Kessler Structural and dated …'
_DOCUMENT_BY = re.compile(
    r"^\W*(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:assessment|report|review|study|"
    r"audit|survey|analysis|memo|letter|document|email|submission|evaluation)\s*,\s+"
    r"(?:prepared|signed|written|commissioned|drafted|produced|compiled|sent|carried out)\s+"
    r"by\s+(?P<by>[^,;“”\"]{2,80}?)(?:\s+and\s+[a-z]+\s|,)"
)
_NAME_LAST = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
#: A document a body spoke in, put before its 'it': 'In a statement posted to its website, it'
IT_IN_A_DOCUMENT = re.compile(
    r"\s*(?:(?:In|Through) (?:a|an|its) (?:[a-z]+ )?(?:statement|letter|post|release|note|"
    r"notice|filing|message|update)\b[^,;“”\"]{0,60}"
    # ... or one its author put first: 'Dated 2 September and written by Graham Pellow, it'
    rf"|{_AUTHOR_FIRST}[^,;“”\"]{{2,80}}"
    # ... or only its date: 'An internal ministry memo …. Dated 1 August, it projects …'
    r"|Dated\s+[^,;“”\"]{2,30}),\s+it\s*$"
)


def names_a_document(text: str) -> bool:
    """Could the text name a document and its sender? A first look, as plain strings:
    most texts name none."""
    return (
        "letter" in text
        or "mail" in text
        or "memo" in text
        or "statement" in text
        or "message" in text
        or "note" in text
        or "circular" in text
        or text.lstrip().startswith(BY_FIRST_WORDS)
    )


def dated_it(text: str) -> bool:
    """Does the text open on a document's date, then 'it' ('Dated 1 August, it projects
    …'): the document just named, its sender unsaid here?"""
    return text.lstrip().startswith("Dated") and _DATED_IT.match(text) is not None


def sender_of(text: str) -> tuple[str, str] | None:
    """(document, the words that name its sender) if the text names a document with
    the one who sent it ('email', 'Mr Pellow'), else None."""
    first = _BY_FIRST.match(text) if text.lstrip().startswith(BY_FIRST_WORDS) else None
    if first:
        # ('it' is the document, whose words are theirs: 'It goes on to recommend …')
        return first["doc"] or "it", first["who"]
    m = (
        _IN_A_DOCUMENT.match(text)
        or _DOCUMENT_THEN_SENDER.search(text)
        or _DOCUMENT_SENT_BY.search(text)
        or (_DOCUMENT_ATTRIBUTED.search(text) if "attributed" in text else None)
        # ('The offer is set out in a letter from Nordvind': the sender after 'from', not
        # the sentence's first word)
        or _DOCUMENT_FROM.search(text)
        or _SENDER_SENT.match(text)
        # ('Office of Management and Budget Director Gordon Pryce warned in a memo …': the
        # name right before its verb, past the office's small words)
        or (_NAMED_SENDER_SENT.search(text) if " in a" in text else None)
        # ('An internal ministry memo dated Feb. 3 … describes …' then 'The memo says …')
        or _OWNER_THEN_PAPER.search(text)
    )
    if m is None:
        return None
    office, unnamed = m.groupdict().get("office"), m.groupdict().get("unnamed")
    return m["doc"], (f"the {office}" if office else unnamed or m["who"])


def document_sender(phrase: str) -> str | None:
    """Who sent the document a speaker's phrase names ('the district surveillance unit'
    of 'An internal note from the district surveillance unit', 'GCPL' of 'An internal
    GCPL memo to field supervisors'), or None."""
    if " from " in phrase or " by " in phrase:
        m = _DOCUMENT_FROM_PHRASE.fullmatch(phrase)
        if m:
            # (not whom it went to, or when: 'An email sent by a senior ministry official
            # to Solheim on 1 August')
            return _SENT_TO.split(m["who"], maxsplit=1)[0]
    owned = (
        _OWNER_THEN_PAPER.match(phrase)
        if phrase[:1] in "AaTt" and any(paper in phrase for paper in _PAPER_WORDS)
        else None
    )
    if owned is None:
        return None
    # ('An internal council memo': 'the council', as the article would say it)
    return f"the {owned['who']}" if owned["who"][:1].islower() else owned["who"]


def author_of(head: str) -> str | None:
    """The author of the document a text opens on, if it names one: 'Kessler Structural'
    of 'The engineering assessment, prepared by Kessler Structural and dated Sept. 2,
    found …', 'Ahmed Rahal' of 'signed by director of community services Ahmed Rahal'."""
    by = _DOCUMENT_BY.match(head) if " by " in head else None
    if by is None:
        return None
    named = _NAME_LAST.search(by["by"])
    return named.group(0) if named else by["by"]


#: Who issued the paper a lead-in reads from: 'the order issued by the Nigerian Electricity
#: Regulatory Commission (NERC) on 1 July reads:'
_ISSUED_BY = re.compile(
    r"\b(?:issued|published|sent|signed|written|released|adopted|drafted) by "
    r"(?P<who>(?:the )?[A-Z][^,.;:()]{1,80}?)(?=\s*\(|\s+(?:on|in|last|this|dated|reads?|"
    r"says?|states?)\b|[,.;:]|$)"
)
#: A lead-in whose subject is a paper: 'It reads in part:', 'The memo says:'
_PAPER_SUBJECT = re.compile(
    r"(?:It|(?:From\s+)?(?:The|the|Its|its|Their|their|This|One|one|A|a)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:letter|memo|order|report|statement|memoir|diary|book|"
    r"note|document|passage|conclusions|text|decision|ruling|judgment|circular|minutes|email|"
    r"message|resolution|communiqué))\b"
)
#: The body a paper is of, before it ('An internal ministry memo'), or who put it out
#: ('the union published an open letter')
_BODY_PAPER = re.compile(
    r"\b(?P<body>ministry|department|agency|commission|council|company|union|board|"
    r"government|regulator|party|army|police|court|committee|federation|association)['’]?s?"
    r"\s+(?:(?:internal|confidential|open|official|own)\s+)?(?:memo|letter|note|report|"
    r"document|e-?mail|circular|order|statement)\b"
)
_IN_A_PAPER = re.compile(
    r"\b[Ii]n (?:an?|his|her|their) (?:[\w'’-]+ ){0,2}(?:memo|letter|e-?mail|note|message|memoir|"
    r"diary|book)\b"
)
_PUT_OUT = re.compile(
    r"^(?P<who>.{2,80}?)\s+(?:has\s+|had\s+)?(?:published|released|issued|sent|wrote|put out|"
    r"signed)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:letter|memo|statement|report|note|order)\b"
)


#: A paper, then who put it out: 'a note the presidency circulated to heads of delegation'
_PAPER_THEN_SENDER = re.compile(
    r"\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}(?:letter|memo|note|report|document|e-?mail|"
    r"circular|order)\s+(?:that\s+)?(?P<who>the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:had\s+)?(?:circulated|sent|issued|wrote|drafted|"
    r"prepared|distributed|signed)\b"
)


def issued_by(text: str) -> str | None:
    """Who the text says issued a paper: 'the order issued by the Nigerian Electricity
    Regulatory Commission (NERC) on 1 July reads:' -> 'the Nigerian Electricity …'."""
    m = _ISSUED_BY.search(text) if " by " in text else None
    return m["who"] if m else None


def reads_a_paper(text: str) -> bool:
    """Does the text open on a paper it reads from ('It reads in part:', 'The memo
    says:', 'From the letter:')?"""
    return _PAPER_SUBJECT.match(text) is not None


def paper_sender(sentence: str) -> str | None:
    """Who a sentence says put out a paper ('the union published an open letter': 'the
    union'; 'An internal ministry memo …': 'ministry'); '' when it names a paper of its
    subject's ('Dr Sultana set out her concerns in a memo to …'); None when it names none."""
    put_out = _PUT_OUT.match(sentence)
    if put_out:
        return put_out["who"].split(", ")[-1]
    body = _BODY_PAPER.search(sentence)
    if body:
        return body["body"]
    sent = _PAPER_THEN_SENDER.search(sentence)
    if sent:
        return sent["who"]
    return "" if _IN_A_PAPER.search(sentence) else None
