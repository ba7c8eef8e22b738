"""The published date an article's top lines give: a date line ('Thursday 27 November
2025'), a section with its date ('COURTS | Wednesday 25 February 2026'), 'Published: …
| Updated: …', a byline with its date ('Yannis Katsaros | 22.01.2025, 08:30'), an
outlet's or a place's ('The Han River Review, Saturday 17 January 2026', 'Mexico City,
13 August 2025'), a broadcast's ('Broadcast: Tuesday, 11 February 2025, 07:30-08:15
GMT'), and a chat message's day in figures, in words. article.py reads the lines; this
says what date one gives, if any."""

from __future__ import annotations

import calendar
import re
from datetime import date

from backchannel.db.dates import DateError

from .calendar_words import WEEKDAY_CUT
from .date_phrases import MONTH as _MONTH_NAME
from .dates import parse_date
from .foreign_dates import foreign_day

DATE_IN_LINE = re.compile(
    # 'Thursday 27 November 2025', and cut short: 'Thu 27 Nov 2025', 'Tues., Nov. 25, 2025'
    rf"(?:{WEEKDAY_CUT},?\s+)?"
    # '18 June 2026', and the American 'November 3, 2025' or 'Sept. 18, 2025'
    rf"(?P<date>\d{{1,2}} {_MONTH_NAME} \d{{4}}|{_MONTH_NAME} \d{{1,2}},? \d{{4}})"
)
#: A month and year alone on a line of the top: 'The Interview | August 2025'.
_MONTH_IN_LINE = re.compile(rf"(?<![\d,] )(?P<date>{_MONTH_NAME} \d{{4}})\b")
#: A time of day after a date: ', 14:02 CEST', ' · 2:02 PM', ' at 14:02 GMT'.
CLOCK_AFTER = re.compile(
    r"(?:,|\s+at|\s*[·|•-])?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    # (or a broadcast's slot: ', 07:30-08:15 GMT')
    r"(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s+[A-Z]{2,5})?"
    # (a zone or an update in brackets: '14:10 (ULAT)', '06:30 (updated 09:15)')
    r"(?:\s*\((?:[A-Z]{2,5}|updated[^)]{0,20})\))?\s*$"
)
#: The parts of a line of the top: 'Published … | Updated …', '5.3.2026 · Issue #88'
# (a spaced dash too: 'TOKYO — Tuesday, January 20, 2026', 'Belém, 25/09/2025 – 07h40')
# (or nothing but the next label: 'Published : Nov. 20, 2025 - 19:30 Updated : …')
_PARTS = re.compile(r"\s*[|·•]\s*|\s+(?:--|–|—)\s+|\s+(?=(?:Updated|Last updated)\b)")
#: What a part may open with before its date: 'Published:', 'Updated on', 'Broadcast:'
_DATE_LABEL = re.compile(
    r"^(?:Published|Updated|Posted|Released|Broadcast|First broadcast|First published|Aired|"
    r"Last updated)(?:\s+on)?\s*:?\s+",  # ('Published : …', as some Korean sites set it)
    re.I,
)
#: Who or where a date is of, before it: 'The Han River Review, ', 'Mexico City, '
_OF_BEFORE = re.compile(r"^(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*,\s+")
#: A day, month and year in figures with dots, as much of Europe writes them: '5.3.2026'
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")
#: Day, month and year with slashes: '25/09/2025' (the month first only where the day
#: cannot be: '09/25/2025')
_SLASHED = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)")
#: The year first, as East Asian sites print it: '2025.03.18', '2025/03/18'
_YEAR_FIRST = re.compile(r"(?P<y>(?:19|20)\d\d)[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})")
_WEEKDAY_FIRST = re.compile(rf"{WEEKDAY_CUT},?\s+")


def date_from(text: str, reference: date | None) -> str | None:
    """The date ``text`` is, a time of day after it left off, or None."""
    try:
        return parse_date(text, reference)
    except DateError:
        # 'Published: 9 June 2025, 14:02 CEST', '… · 2:02 PM', '… at 14:02': the day
        day = CLOCK_AFTER.sub("", text)
        if day == text:
            return None
        try:
            return parse_date(day, reference)
        except DateError:
            return None


def top_date(line: str, today: date | None) -> str | None:
    """The date a line of the article's top gives anywhere in it ('COURTS | Wednesday 25
    February 2026', 'The Interview | August 2025')."""
    found = DATE_IN_LINE.search(line) or _MONTH_IN_LINE.search(line)
    return date_from(found["date"], today) if found else None


def date_line(line: str, today: date | None) -> str | None:
    """The date a line says when it says nothing else, part by part ('Published: 9 June
    2025, 14:02 | Updated: 11:15', 'Yannis Katsaros | 22.01.2025, 08:30', 'Monday 16 March
    2026 · Issue #88', 'The Han River Review, Saturday 17 January 2026'); None for a line
    that says more (a sentence that mentions a date is no date line)."""
    if not any(c.isdigit() for c in line):
        return None  # (a first look: most lines hold no figure)
    parts = _PARTS.split(line.strip())
    if len(parts) > 1 and any(len(part.split()) > 8 for part in parts):
        return None  # ('Kyiv, 14 February 2025 — Ana Lind said …': a dateline and its story)
    for part in parts:
        part = _DATE_LABEL.sub("", part).strip(" ,.")
        when = _whole_date(part, today)
        of = _OF_BEFORE.match(part) if when is None else None
        if of:
            when = _whole_date(part[of.end() :], today)
        if when:
            return when
    return None


def _whole_date(part: str, today: date | None) -> str | None:
    """The date ``part`` is, all of it (a weekday before it and a time after it aside)."""
    day = CLOCK_AFTER.sub("", part).strip(" ,.")
    if _DOTTED.fullmatch(day):
        return date_from(day, today)  # (parse_date reads '5.3.2026' as day, month, year)
    numeric = _SLASHED.fullmatch(day) or _YEAR_FIRST.fullmatch(day)
    if numeric:
        d, m = int(numeric["d"]), int(numeric["m"])
        if numeric.re is _SLASHED and d <= 12 < m:
            d, m = m, d  # ('09/25/2025': the month first, where the day cannot be)
        # (no such day, '2025/13/40', is no date: date_from says None)
        return date_from(f"{numeric['y']}-{m:02}-{d:02}", today)
    found = DATE_IN_LINE.fullmatch(day)
    if found is None and _WEEKDAY_FIRST.match(day) is None:
        found = _MONTH_IN_LINE.fullmatch(day)
    if found:
        return date_from(found["date"], today)
    # 'Mittwoch, 19. November 2025, 06:30 Uhr', 'jeudi 5 mars 2026 à 07h15'
    foreign = foreign_day(part.strip(" ,.")) if part[:1].isalnum() else None
    return date_from(foreign, today) if foreign else None


def day_in_words(day: str) -> str:
    """'11/06/2024' (or '11/06/24') in words: 'on 11 June 2024', read as dates.parse_date
    reads a day in figures (the day first, as chat apps in most of the world write it);
    '' for no day or none that is one."""
    try:
        edtf = parse_date(_SHORT_YEAR.sub(r"20\1", day), None) if day else ""
    except DateError:
        return ""
    sent = date.fromisoformat(edtf) if len(edtf) == 10 else None
    return f"on {sent.day} {calendar.month_name[sent.month]} {sent.year}" if sent else ""


_SHORT_YEAR = re.compile(r"(?<=[/.-])(\d{2})$")
