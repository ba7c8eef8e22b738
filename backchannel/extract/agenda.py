"""An entry of a box the article keeps beside its prose: a timeline ('2019: The
Department of Finance first warns …') or an agenda of what is ahead ('- Wed 26 Nov:
Budget day.', 'Late October: Hartwell interim results.'). Its date opens it, then a
colon or a dash, then what happens; it is a happening whatever its tense."""

from __future__ import annotations

import re
from datetime import date

from backchannel.db.dates import DateError

from .calendar_words import WEEKDAY_CUT
from .date_phrases import MONTH
from .dates import parse_date
from .event_time import nearer

#: A timeline's entry: the date has its year ('February 12, 2026: The committee
#: approves the bill')
_TIMELINE_ENTRY = re.compile(
    rf"(?P<date>(?:\d{{1,2}} {MONTH},? |{MONTH} (?:\d{{1,2}}, )?)?(?:19|20)\d\d)"
    r"\s*(?::|\s[–—-])\s+(?=[A-Z])"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: An agenda's entry, its date with no year, a bullet before it: '- Tue 25 Nov:',
#: '- By May 14:', 'Mid-June:', '- 31 August – Deadline for …'
_AGENDA_ENTRY = re.compile(
    r"(?:[-•*–]\s*)?(?:(?:By|From|Until)\s+)?"
    rf"(?:{WEEKDAY_CUT},?\s+)?"
    rf"(?P<date>{_DAY}\s+{MONTH}|{MONTH}\s+{_DAY}|(?:Early|Mid|Late)[- ]{MONTH}|{MONTH})"
    r"\s*(?::|\s[–—-])\s+(?=[A-Z\d])"
)


def box_entry(text: str, reference: date, ahead: date) -> tuple[str, str] | None:
    """(EDTF, its words) if the paragraph ``text`` is an entry of a timeline or an
    agenda: a timeline's date has its year; an agenda's month is its nearest one to
    ``reference``, either way (it lists what is ahead as often as what was)."""
    if not text[:1].isalnum() and text[:1] not in "-•*–":
        return None
    entry = _TIMELINE_ENTRY.match(text)
    try:
        if entry:
            return parse_date(entry["date"], reference), entry["date"]
        agenda = _AGENDA_ENTRY.match(text)
        if agenda:
            phrase = agenda["date"]
            past = parse_date(phrase, reference)
            return nearer(past, parse_date(phrase, ahead, future=True), reference), phrase
    except DateError:
        return None
    return None
