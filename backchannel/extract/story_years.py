"""The year a date told without one belongs to in a story: the year of a day of the
same month just told with its year ('on July 14, 2025, … three days earlier, on July
11'), or the year just told ('in December that year'). event_time.py reads the rest."""

from __future__ import annotations

import calendar
import re

from .calendar_words import month_of
from .date_phrases import MONTH, MONTH_OF_PHRASE, THAT_YEAR

#: A day of a month with its year: 'on July 14, 2025', '14 July 2025'.
_DAY_AND_YEAR = re.compile(
    rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? |\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? )(\d{{4}})\b"
)
#: A day of a month told alone: 'on July 11', '11 July'.
_DAY_ALONE = re.compile(
    rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {MONTH})\W*$"
)


def story_year(phrase: str, edtf: str, told: tuple[int, str] | None) -> str:
    """A day of a month told without its year, in a story that has just told a day of
    the same month with one ('on July 14, 2025, …. The fire had started three days
    earlier, on July 11'): that year's, not the one the day of writing would give.
    ``told``: (month, year) of the last day told with its year (see day_and_year)."""
    if told is None or not _DAY_ALONE.fullmatch(phrase.strip()) or len(edtf) != 10:
        return edtf
    month = MONTH_OF_PHRASE.search(phrase)
    if month and month_of(month.group(0)) == told[0] and edtf[:4] != told[1]:
        return told[1] + edtf[4:]
    return edtf


#: A date told as that of the year just told: 'in December that year', 'later that year'
_THAT_YEAR = re.compile(r"\s*(?:of\s+)?(?:that|the same) year\b")
#: A year told in a date phrase: 'in March 2019', 'the drought of 2022'
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: 'Later that year', 'earlier the same year': a happening in the year just told
THAT_YEAR_ALONE = re.compile(THAT_YEAR)


def year_in(phrase: str) -> str | None:
    """The year a date phrase tells outright, if any ('in March 2019': '2019')."""
    m = _A_YEAR.search(phrase) if any(c.isdigit() for c in phrase) else None
    return m.group(0) if m else None


def in_that_year(edtf: str, text: str, until: int, year: str | None) -> str:
    """``edtf`` read from a phrase ending at ``until`` in ``text``: when the words after
    it say 'that year' ('By December that year, it had been sold'), the same date in
    ``year``, the last year the story told, not the one the day of writing gives."""
    if not year or not _THAT_YEAR.match(text, until) or year_in(edtf[:4]) is None:
        return edtf
    parts = edtf.split("/")
    if len({part[:4] for part in parts}) != 1:
        return edtf  # (across a year's end: told with its own years)
    return "/".join(_in_year(part, int(year)) for part in parts)


def _in_year(part: str, year: int) -> str:
    """An EDTF day or month moved to ``year``, its day kept inside that year's month ('the
    end of February that year' of a year with no 29 February ends on the 28th)."""
    if len(part) == 10 and part[4] == "-" and part[7] == "-":
        month, day = int(part[5:7]), int(part[8:10])
        day = min(day, calendar.monthrange(year, month)[1])
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}{part[4:]}"


def day_and_year(phrase: str) -> tuple[int, str] | None:
    """(month, year) of a date phrase that tells a day with its year ('July 14, 2025')."""
    m = _DAY_AND_YEAR.search(phrase) if phrase[-4:].isdigit() else None
    month = MONTH_OF_PHRASE.search(m.group(0)) if m else None
    return (month_of(month.group(0)), m.group(m.lastindex or 0)) if m and month else None
