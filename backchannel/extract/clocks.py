"""When a statement was said, from its own sentence: "said on Tuesday", "told
reporters last week", "in recent weeks", "on 4 April" — read against the day
the piece was published, never the machine's clock.

Only words outside the quotation count: "we met on Monday" inside the quote
is what was said, not when. A sentence with no such phrase gives None, and
the statement is placed by when it was reported instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from backchannel.db.dates import DateError

from .dates import parse_date

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"

#: Time phrases that say when something was said, most specific first.
SAID_PHRASE = re.compile(
    "|".join(
        [
            rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? \d{{4}})?",
            # (not 'February 2024': a month and its year, no day)
            rf"\b{_MONTH} \d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,? \d{{4}})?",
            rf"\b(?:early|mid|late)[- ]{_MONTH}(?:,? \d{{4}})?",
            rf"\b(?:last |this past )?{_DAYNAME}\b",
            rf"\b{_COUNT} (?:day|week|month|year)s? ago\b",
            r"\bin recent (?:days|weeks|months)\b",
            r"\b(?:over|in|during) the (?:past|last) (?:few |several )?(?:days|weeks|months)\b",
            r"\b(?:earlier |late |)(?:last|this) (?:week|month)\b",
            rf"(?<=\bin ){_MONTH}(?:,? \d{{4}})?",
            r"\b(?:today|yesterday|this (?:morning|afternoon|evening))\b",
        ]
    ),
    re.IGNORECASE,
)

_HALF_YEAR = timedelta(days=183)
_RECENT = re.compile(
    r"^(?:over|in|during) the (?:past|last) (?:few |several )?(days|weeks|months)$", re.I
)

_QUOTED = re.compile(r"[\"“”«»„‘’](?:[^\"“”«»„]{1,2000})[\"“”«»„’]")


def said_when(sentence: str, quote: str, reference: date) -> tuple[str, str] | None:
    """(EDTF, the phrase) for when ``quote`` was said, from ``sentence`` read
    against ``reference`` (the published day); None if the sentence does not say."""
    around = sentence.replace(quote, " ") if quote else sentence
    around = _QUOTED.sub(" ", around)
    for match in SAID_PHRASE.finditer(around):
        phrase = match.group(0)
        # "over the past few weeks" is what "in recent weeks" says
        plain = _RECENT.sub(r"in recent \1", phrase)
        try:
            when = parse_date(plain, reference)
        except DateError:
            continue
        if when[:4].isdigit() and when[:10] > reference.isoformat():
            continue  # a day after the piece came out is not when it was said
        if not re.search(r"\d{4}", phrase) and when[:10] < (reference - _HALF_YEAR).isoformat():
            continue  # "on 20 April" in a piece of 10 April is ahead, not a year back
        return when, phrase
    return None
