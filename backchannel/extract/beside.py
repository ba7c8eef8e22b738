"""Reported speech beside a quotation's tag, in the quotation's sentence: before
it ('Pence said it takes time but added, “…”') or after it ('“…,” Carson said,
but he said he is being asked …')."""

from __future__ import annotations

import re

from .clause_split import CLAUSE_SPLIT, GOING_ON
from .phrases import CONTRAST_SPLIT
from .reported import reported
from .speakers import People
from .text import plain, words_at_least, words_in
from .verbs import REPORT

_GOING_ON = re.compile(
    # (or first, after a comma inside the closing mark: '… a “ridiculous proposition,”
    # adding that …')
    r"(?:,\s+|^\s*)(?=(?:adding|saying|noting|arguing|insisting|warning|explaining|stressing)"
    r"\s+(?:that\s+)?\S)"
)
_VERB_FIRST = re.compile(
    r"^[\s,]*(?:[a-z]\w*ly\s+)?(?:said|says|told|argued|added|insisted|warned)\s"
)
_NAME_FIRST = re.compile(r"^[\s,]*[A-Z]")
#: (and after a comma inside a closing mark: '… was “finished,” adding, “…”')
_SEPARATOR = re.compile(r",\s+|;\s+|\s+(?:but|and|then)\s+|(?<=,[”\"’])\s+")


def reported_beside(
    segment: str, people: People, sentence_subject: str, *, lead: bool, speaker: str | None = None
) -> list[tuple[str, str]]:
    """Reported speech in a quotation's sentence beside its tag: before it
    ('Pence said it takes time but added, “…”') or after it ('“…,” Carson said,
    but he said he is being asked …'). ``lead``: the segment leads into the
    quotation, so its last clause is the quotation's tag and is left out."""
    if not REPORT.search(plain(segment)):
        return []
    if lead:
        end = len(segment.rstrip())
        if segment[end - 1 : end] not in (",", ":"):
            # '… privately told Kyiv it is ready …, two officials said, even as the
            # minister told parliament the ban would remain “…”': the clause before the
            # contrast is a statement of its own
            contrast = list(CONTRAST_SPLIT.finditer(segment))
            clauses = [segment[: contrast[-1].start()]] if contrast else []
        else:
            seps = [m for m in _SEPARATOR.finditer(segment, max(0, end - 120)) if m.end() < end]
            clauses = [segment[: seps[-1].start()]] if seps else []
    else:
        clauses = CLAUSE_SPLIT.split(segment)[1:]
        if not clauses and speaker is None and sentence_subject and _VERB_FIRST.match(segment):
            # 'Ana Lind, citing “…,” said the vote …': the sentence's subject speaks
            who = people.who(sentence_subject)
            found = reported(f"{sentence_subject} {segment.strip()}", people, sentence_subject)
            if who and found and words_in(found[0]) >= 6:
                return [(segment.strip().rstrip("."), who)]
        if not clauses and speaker is None and _NAME_FIRST.match(segment):
            # 'On Fox's “Sunday Futures,” Ana Lind said …': a quotation that was no
            # statement of anyone's leaves the sentence to be read as reported speech
            clauses = [segment]
        going_on = _GOING_ON.search(segment)
        if going_on and not clauses:
            # '“…,” Ana Lind said, adding that …': what she said next; 'Trump delivered a
            # defense of “New York values,” saying …': what the sentence's subject said
            who = speaker or (people.who(sentence_subject) if sentence_subject else None)
            if who:
                return [(segment[going_on.end() :].strip().rstrip("."), who)]
    out = []
    for clause in clauses:
        # ', adding that …' split off after a tag: what the tag's speaker said next
        subject = speaker if speaker and GOING_ON.match(clause) else sentence_subject
        found = reported(clause, people, subject) if words_at_least(clause, 6) else None
        if found and words_in(found[0]) >= 5:
            out.append(found)
    return out
