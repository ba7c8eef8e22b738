"""Who a document speaks for: its sender or its author, named where it is first
mentioned ('In a letter to the minister, Mayor Ana Lind asks …', 'an email Mr Pellow
sent to the chair', 'The staff report, signed by Ahmed Rahal, …'), so that 'The letter
says …' or 'It says …' further on is theirs; and the document a body spoke in, put
before its 'it' ('In a statement posted to its website, it confirmed …')."""

from __future__ import annotations

import re

#: A document and its sender, put first: 'In a letter to the minister, Mayor Ana Lind asks'
_IN_A_DOCUMENT = re.compile(
    r"In (?:a|an|his|her|their) (?:[\w-]+ ){0,2}?(?P<doc>letter|statement|memo|email)\b"
    r"[^,;“”\"]{0,100},\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)\s+[a-z]"
)
_SENDER = r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
#: A document and who sent it: 'an email Mr Pellow sent to the chair'
_DOCUMENT_THEN_SENDER = re.compile(
    rf"\b(?P<doc>email|letter|memo)s?\s+(?:that\s+)?{_SENDER}\s+(?:had\s+)?(?:sent|wrote)\b"
)
#: ... or sent by them: 'A second email, sent by Ms Kwok to two directors,'
_DOCUMENT_SENT_BY = re.compile(
    rf"\b(?P<doc>email|letter|memo),?\s+(?:sent|written|signed)\s+by\s+{_SENDER}"
)
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
    r"(?:note|memo|memorandum|letter|email|e-mail|message|statement|briefing|submission|cable)s?"
    r"\s+(?:from|by|sent by|written by|signed by|issued by)\s+(?P<who>\S.*)",
    re.I,
)
#: A sender who sent it: 'Mabry, president of the council, sent a text message to several
#: lawmakers', 'Oh Sang-cheol went further in a series of text messages to supervisors'
_SENDER_SENT = re.compile(
    rf"^\W*(?:The\s+[^,;“”\"]{{2,60}},\s+)?{_SENDER}(?:,[^,;“”\"]{{2,120}},)?\s+"
    r"(?:(?:sent|wrote|fired off)\s+(?:a|an|two|three|several)\s+(?:[\w-]+\s+)?"
    r"|[^.;“”\"]{0,40}?\bin\s+(?:a|an|a series of|two|several)\s+(?:[\w-]+\s+)?)"
    r"(?:text\s+)?(?P<doc>email|letter|memo|message)s?\b"
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
    r"\s*(?:In|Through) (?:a|an|its) (?:[a-z]+ )?(?:statement|letter|post|release|note|"
    r"notice|filing|message|update)\b[^,;“”\"]{0,60},\s+it\s*$"
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
    )


def sender_of(text: str) -> tuple[str, str] | None:
    """(document, the words that name its sender) if the text names a document with
    the one who sent it ('email', 'Mr Pellow'), else None."""
    m = (
        _IN_A_DOCUMENT.match(text)
        or _DOCUMENT_THEN_SENDER.search(text)
        or _DOCUMENT_SENT_BY.search(text)
        # ('The offer is set out in a letter from Nordvind': the sender after 'from', not
        # the sentence's first word)
        or _DOCUMENT_FROM.search(text)
        or _SENDER_SENT.match(text)
    )
    return (m["doc"], m["who"]) if m else None


def document_sender(phrase: str) -> str | None:
    """Who sent the document a speaker's phrase names ('the district surveillance unit'
    of 'An internal note from the district surveillance unit'), or None."""
    if " from " not in phrase and " by " not in phrase:
        return None  # (a first look: most phrases name no document)
    m = _DOCUMENT_FROM_PHRASE.fullmatch(phrase)
    return m["who"] if m else None


def author_of(head: str) -> str | None:
    """The author of the document a text opens on, if it names one: 'Kessler Structural'
    of 'The engineering assessment, prepared by Kessler Structural and dated Sept. 2,
    found …', 'Ahmed Rahal' of 'signed by director of community services Ahmed Rahal'."""
    by = _DOCUMENT_BY.match(head) if " by " in head else None
    if by is None:
        return None
    named = _NAME_LAST.search(by["by"])
    return named.group(0) if named else by["by"]
