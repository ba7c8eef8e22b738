"""News date phrases to EDTF: "15 March", "early March", "last Tuesday", "two weeks ago".

Every phrase is read relative to a reference day: the source's published
date, else today. Dates in the news point back in time, so "15 March" is the
most recent 15 March not after the reference, and "Tuesday" the most recent
Tuesday. Text that is not a date raises DateError naming the phrase; nothing
is ever silently turned into a wrong date ("he may go" is not May).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from backchannel.db.dates import DateError, parse_edtf

from .calendar_words import (
    MONTHS,
    NUMBERS,
    ORDINAL_DAYS,
    ORDINAL_WORD,
    QUARTERS,
    WEEKDAY_NAME,
    WEEKDAYS,
    count,
    day_of,
    iso,
    month_of,
    next_year,
    recent_year,
)
from .spoken_dates import from_range, from_spoken

__all__ = ["DateError", "parse_date"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
_YEAR = r"(?P<year>\d{4})"
_NUMBER = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"
#: Between the days of a range: '19–20', '23 to 27', '23 and 27' (after 'between').
_TO = r"(?:\s*[–-]\s*|\s+(?:to|and|until|through|till)\s+)"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
#: A weekday before a range's day: 'Friday 17 April to Sunday 26 April' (only told)
_WD = rf"(?:{WEEKDAY_NAME},? )?"

_PHRASES: list[tuple[str, str]] = [
    ("day_month_year", rf"(?:the )?{_DAY}(?: of)? {_MONTH},? {_YEAR}"),
    ("month_day_year", rf"{_MONTH} {_DAY},? {_YEAR}"),
    # '29 October last year', 'March 3 next year'
    ("day_month_which", rf"(?:the )?{_DAY}(?: of)? {_MONTH},? (?P<which>last|this|next) year"),
    ("day_month_which", rf"{_MONTH} {_DAY},? (?P<which>last|this|next) year"),
    ("day_month", rf"(?:the )?{_DAY}(?: of)? {_MONTH}"),
    ("month_day", rf"{_MONTH} {_DAY}"),
    ("third", rf"(?P<third>early|mid|late)[- ]{_MONTH}(?:,? {_YEAR})?"),
    # 'in late July last year'
    ("third_which", rf"(?P<third>early|mid|late)[- ]{_MONTH},? (?P<which>last|this|next) year"),
    ("year_third", rf"(?P<third>early|mid|late)[- ]{_YEAR}"),  # 'late 2024': its last third
    ("third_of_month", r"(?P<third>early|mid|late)[- ](?P<which>next|last|this) month"),
    # 'early next year', 'later this year'
    ("third_of_a_year", r"(?P<third>early|mid|late|later|earlier)[- ]"
                        r"(?P<which>next|last|this) year"),
    ("month_year", rf"{_MONTH},? {_YEAR}"),
    ("month_named", rf"(?P<which>last|next|this) {_MONTH}"),
    ("month_of_year", rf"{_MONTH},? (?P<which>last|next|this) year"),
    ("month", rf"{_MONTH}"),
    ("year", rf"{_YEAR}"),
    ("relative_day", r"(?P<rel>today|tonight|yesterday|tomorrow|last night)"),
    ("quarter", r"(?:(?:in |by |during |for )?the )?(?P<nth>first|second|third|fourth|final|last) "
                rf"quarter(?: of {_YEAR})?"),
    ("quarter", rf"(?P<nth>Q[1-4]),? {_YEAR}"),
    # 'Friday of next week', 'Tuesday last week', 'Monday this week'
    ("weekday_of_week", r"(?P<weekday>[a-z]+day)(?: of)? (?P<which>last|next|this) week"),
    ("weekday_week", r"(?P<weekday>[a-z]+day) week"),  # 'Monday week'
    ("weekday", r"(?P<last>last |this past |next |this coming |this )?"
                r"(?P<weekday>[a-z]+day|[a-z]{3})"),
    ("ago", rf"{_NUMBER} {_UNIT} ago"),
    ("last_unit", r"(?:last|past|previous) (?P<unit>week|month|year)"),
    ("next_unit", r"(?:next|the coming|the following) (?P<unit>week|month|year)"),
    ("this_unit", r"(?:this|earlier this|later this) (?P<unit>week|month|year)"),
    # '19–20 May', 'from 23 to 27 March', 'between 23 and 27 March', 'March 23-27'
    ("day_range", rf"(?:between )?{_WD}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO}{_WD}"
                  rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}(?:,? {_YEAR})?"),
    ("day_range", rf"(?:between )?{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO}"
                  rf"(?:(?P=month)\.? )?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {_YEAR})?"),
    # across a month's end: 'Oct. 30 to Nov. 8', '30 October to 8 November 2025'
    # (each day may be told with its weekday: 'from Friday 17 April to Sunday 26 April')
    ("month_range", rf"(?:between )?{_WD}{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_TO}"
                    rf"{_WD}{_MONTH2} (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {_YEAR})?"),
    ("month_range", rf"(?:between )?{_WD}(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH}{_TO}"
                    rf"{_WD}(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH2}(?:,? {_YEAR})?"),
    ("recent", r"(?:in|over|during) (?:the )?(?:recent|past|last)(?: few| several)? "
               r"(?P<unit>day|week|month)s"),
    ("third_of", rf"(?:at |by |in |before |for )?the (?P<part>end|start|beginning|middle) "
                 rf"of {_MONTH}(?:,? {_YEAR})?"),
    ("third_of_year", rf"(?:at |by |in |before |for )?the (?P<part>end|start|beginning|middle) "
                      rf"of {_YEAR}"),
    # 'by the end of the year', 'at the start of next year', 'by year-end'
    # 'by the end of the month', 'at the start of next month': the month of writing's
    ("third_of_this_month", r"(?:at |by |in |before |toward |towards )?the (?P<part>end|start|"
                            r"beginning|middle) of (?P<which>the|this|next) month"),
    ("third_of_this_year", r"(?:at |by |in |before |toward |towards )?the (?P<part>end|start|"
                           r"beginning|middle) of (?P<which>the|this|next) year"),
    ("third_of_this_year", r"(?:by |at |before )?(?:the )?(?P<part>end)[- ]of[- ]year|"
                           r"(?:by |at |before )?(?:the )?year[’'-]?s? ?(?P<part2>end)"),
    # 'in the first half of October', 'the second half of 2028', 'the first half of next year'
    ("half_of", rf"(?:in |by |during )?the (?P<half>first|second) half of {_MONTH}(?:,? {_YEAR})?"),
    ("half_of", rf"(?:in |by |during )?the (?P<half>first|second) half of (?:{_YEAR}|"
                r"(?P<which>the|this|next) year)"),
    # years from one to another: 'between 2021 and 2024'
    ("year_span", rf"(?:between |from ){_YEAR}(?: and | to |–|-)(?P<year2>\d{{4}})"),
    # months from one to another: 'from September to November last year'
    ("month_span", rf"(?:between |from ){_MONTH}{_TO}{_MONTH2}(?:,? {_YEAR}|"
                   r" (?P<which>last|this|next) year)?"),
    ("weekend", r"(?:(?:over|during|at|on) )?(?P<which>the|this|last|next) weekend"),
    ("overnight", r"overnight"),
    ("ordinal_day", r"(?:the )?(?P<day>\d{1,2})(?:st|nd|rd|th)"),
    ("season", r"(?:(?P<which>the|last|next|this) )?(?P<season>spring|summer|autumn|fall|winter)"
               rf"(?:,? (?:of )?{_YEAR})?"),  # ('the spring of 2026', 'spring 2026')
]  # fmt: skip


#: A day of the month in words after 'the': 'the fourteenth', 'the twenty-first'
_SPOKEN_DAY = re.compile(
    rf"\bthe ({ORDINAL_WORD})\b"
    # (a day only: not 'the first half of 2027', 'the third quarter')
    r"(?=\s*$|\s*[,.;:!?]|\s+of\s+(?-i:[A-Z]))",
    re.I,
)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The phrases compiled, on first use: the app starts without them."""
    return [
        (
            name,
            re.compile(
                rf"^(?:on |in |since |from |by )?{_ON_WEEKDAY if name in _DATED else ''}{pattern}$",
                re.IGNORECASE,
            ),
        )
        for name, pattern in _PHRASES
    ]


#: A date may open on its weekday: 'Monday, 16 February', 'Tuesday, Feb. 17, 2026'. The
#: date is read; the weekday only tells it.
_ON_WEEKDAY = rf"(?:(?P<dayname>{WEEKDAY_NAME}),? )?"
_DATED = frozenset({"day_month_year", "month_day_year", "day_month", "month_day"})


def _from_match(
    name: str, m: re.Match[str], reference: date, phrase: str, future: bool = False
) -> str:
    g = m.groupdict()
    pick_year = next_year if future else recent_year
    if name in ("day_month_year", "month_day_year"):
        return iso(day_of(int(g["year"]), month_of(g["month"]), int(g["day"]), phrase))
    if name == "day_month_which":
        step = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        return iso(day_of(reference.year + step, month_of(g["month"]), int(g["day"]), phrase))
    if name in ("day_month", "month_day"):
        month, day = month_of(g["month"]), int(g["day"])
        year = pick_year(month, min(day, 28) if month == 2 and day == 29 else day, reference)
        if g.get("dayname"):
            # 'Monday, 16 February': the year whose 16 February is a Monday, of the one
            # the tense picks, the one beyond it and the one before
            named = WEEKDAYS[g["dayname"].lower()]
            step = 1 if future else -1
            for other in (year, year + step, year - step):
                try:
                    if date(other, month, day).weekday() == named:
                        year = other
                        break
                except ValueError:
                    pass
        if month == 2 and day == 29 and not calendar.isleap(year):
            year = next(y for y in range(year, year - 8, -1) if calendar.isleap(y))
        return iso(day_of(year, month, day, phrase))
    if name == "month_year":
        return f"{int(g['year']):04d}-{month_of(g['month']):02d}"
    if name == "month_named":
        # 'last November': the latest November before this month; 'next March' the
        # first after it; 'this June' this year's
        month, which = month_of(g["month"]), g["which"].lower()
        year = reference.year
        if which == "last" and month >= reference.month:
            year -= 1
        elif which == "next" and month <= reference.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    if name == "month_of_year":  # 'April last year', 'in January this year'
        year = reference.year + {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        return f"{year:04d}-{month_of(g['month']):02d}"
    if name == "month":
        if g["month"].lower() == "may" and not g["month"][0].isupper():
            raise DateError(f"cannot read date {phrase!r}: 'may' is not a month here")
        month = month_of(g["month"])
        end = calendar.monthrange(reference.year, month)[1]
        year = next_year(month, end, reference) if future else recent_year(month, 1, reference)
        return f"{year:04d}-{month:02d}"
    if name == "year":
        return f"{int(g['year']):04d}"
    weekday = _weekday(g, phrase) if name.startswith("weekday") else 0
    if name == "weekday":
        word = (g["last"] or "").strip().lower()
        if future or word in ("next", "this coming"):
            # 'scheduled to close on Friday': the coming Friday, not the last one
            ahead = (weekday - reference.weekday()) % 7
            if ahead == 0 and word == "next":
                ahead = 7
            return iso(reference + timedelta(days=ahead))
        if word == "this":
            # 'a public meeting … this Sunday', said on a Thursday: this week's Sunday,
            # ahead or behind (Monday to Sunday)
            return iso(reference + timedelta(days=weekday - reference.weekday()))
        back = (reference.weekday() - weekday) % 7
        if back in (0, 1) and word == "last":
            # "last Tuesday" said on a Tuesday is a week ago, and said on a Wednesday too:
            # yesterday would be 'on Tuesday' or 'yesterday'
            back += 7
        elif back == 0 and word == "this past":
            back = 7
        return iso(reference - timedelta(days=back))
    if name == "weekday_of_week":  # 'Friday of next week': that week's Friday
        step = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        monday = reference - timedelta(days=reference.weekday()) + timedelta(weeks=step)
        return iso(monday + timedelta(days=weekday))
    if name == "weekday_week":  # 'on Monday week': a week after the coming Monday
        ahead_by = (weekday - reference.weekday() - 1) % 7 + 1
        return iso(reference + timedelta(days=ahead_by + 7))
    if name == "ago":
        n, unit = count(g["n"]), g["unit"].lower()
        if unit == "day":
            return iso(reference - timedelta(days=n))
        if unit == "week":
            return f"{iso(reference - timedelta(weeks=n))}~"
        if unit == "month":
            d = reference - relativedelta(months=n)
            return f"{d.year:04d}-{d.month:02d}"
        return f"{reference.year - n:04d}"
    if name == "last_unit":
        unit = g["unit"].lower()
        if unit == "week":
            monday = reference - timedelta(days=reference.weekday() + 7)
            return f"{iso(monday)}/{iso(monday + timedelta(days=6))}"
        if unit == "month":
            d = reference - relativedelta(months=1)
            return f"{d.year:04d}-{d.month:02d}"
        return f"{reference.year - 1:04d}"
    if name == "next_unit":
        unit = g["unit"].lower()
        if unit == "week":
            monday = reference + timedelta(days=7 - reference.weekday())
            return f"{iso(monday)}/{iso(monday + timedelta(days=6))}"
        if unit == "month":
            d = reference + relativedelta(months=1)
            return f"{d.year:04d}-{d.month:02d}"
        return f"{reference.year + 1:04d}"
    if name == "this_unit":
        unit = g["unit"].lower()
        if unit == "week":
            monday = reference - timedelta(days=reference.weekday())
            return f"{iso(monday)}/{iso(monday + timedelta(days=6))}"
        if unit == "month":
            return f"{reference.year:04d}-{reference.month:02d}"
        return f"{reference.year:04d}"
    if name == "year_span":
        if int(g["year2"]) <= int(g["year"]):
            raise DateError(f"cannot read date {phrase!r}")  # ('2024 to 2021': no span)
        return f"{g['year']}/{g['year2']}"
    if name in ("day_range", "month_range"):
        return from_range(name, g, reference, phrase, future)
    if name == "recent":
        span = {"day": timedelta(days=7), "week": timedelta(weeks=4), "month": timedelta(days=90)}
        start = reference - span[g["unit"].lower()]
        return f"{iso(start)}~/{iso(reference)}"
    if name in (
        "third_of",
        "third_of_year",
        "third_of_this_year",
        "third_of_this_month",
        "third",
        "third_which",
        "year_third",
        "third_of_month",
        "third_of_a_year",
        "weekend",
        "overnight",
        "ordinal_day",
        "season",
        "half_of",
        "month_span",
    ):
        return from_spoken(name, g, reference, phrase, future)
    if name == "relative_day":
        shift = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}[
            g["rel"].lower()
        ]
        return iso(reference + timedelta(days=shift))
    if name == "quarter":
        nth = QUARTERS[g["nth"].lower()]
        if g["year"]:
            year = int(g["year"])
        else:  # 'in the third quarter': this year's, or the coming one's if ahead
            year = reference.year
            if future and nth * 3 < reference.month:
                year += 1
            elif not future and (nth - 1) * 3 + 1 > reference.month:
                year -= 1
        return f"{year:04d}-{nth * 3 - 2:02d}/{year:04d}-{nth * 3:02d}"
    raise AssertionError(name)


def _dateutil(phrase: str) -> str | None:
    """Numeric and other full dates dateutil reads unambiguously ('2025/03/15')."""
    if not re.search(r"\d{4}", phrase) or not re.fullmatch(r"[\w\s,./-]+", phrase):
        return None
    from dateutil import parser as dateutil_parser  # 45 ms to import: only when needed

    sentinel_a, sentinel_b = datetime(1, 1, 1), datetime(2, 2, 2)
    try:
        a = dateutil_parser.parse(phrase, default=sentinel_a, dayfirst=True)
        b = dateutil_parser.parse(phrase, default=sentinel_b, dayfirst=True)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year:
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return a.date().isoformat()


_EDTF_START = re.compile(r"[\dX]{4}(?![^-/~?%])|Y|\.\.|/|-[\dX]")


def _weekday(g: dict[str, str], phrase: str) -> int:
    """The weekday a match names (Monday 0), or DateError for a word that names none."""
    weekday = WEEKDAYS.get(g["weekday"].lower())
    if weekday is None:
        raise DateError(f"cannot read date {phrase!r}")
    return weekday


#: A weekday told from today, then the date it is: 'next Thursday, 23 April'
_WEEKDAY_THEN_DATE = re.compile(rf"(?:next|last|this)\s+({WEEKDAY_NAME},?\s+\d)", re.I)


def parse_date(phrase: str, reference: date | None = None, *, future: bool = False) -> str:
    """Turn a date phrase from the news into EDTF, relative to ``reference``.

    Accepts EDTF itself ("2025-03-15", "2025-03~"). Dates point back in time
    unless ``future`` (a sentence about what is due or scheduled): then "2
    April" is the next 2 April. Raises DateError naming the phrase when it is
    not a date this parser can read with confidence.
    """
    if reference is None:
        return _parse_date(phrase, date.today(), future)
    return _parse_date(phrase, reference, future)


@lru_cache(maxsize=256)  # the same phrases come back: 'Tuesday', 'last week', a year
def _parse_date(phrase: str, reference: date, future: bool) -> str:
    # EDTF as given first: "../2025" is an open start, not punctuation to trim.
    for text in (" ".join(phrase.split()), " ".join(phrase.strip().strip(".,;").split())):
        if not text:
            raise DateError("cannot read an empty date")
        if not _EDTF_START.match(text):
            continue  # words ('last Friday') are never EDTF: spare the exception
        try:
            return parse_edtf(text).edtf
        except DateError:
            pass
    if text[:1] in "nlt" and (named := _WEEKDAY_THEN_DATE.match(text)):
        text = text[named.start(1) :]  # 'next Thursday, 23 April': the date it names
    if "the " in text and (spoken := _SPOKEN_DAY.search(text)):
        # 'on the fourteenth', 'the second of September': the day in figures
        number = ORDINAL_DAYS[spoken[1].lower()]
        text = f"{text[: spoken.start(1)]}{number}th{text[spoken.end(1) :]}"
    for name, pattern in _patterns():
        m = pattern.match(text)
        if m:
            edtf = _from_match(name, m, reference, phrase, future)
            parse_edtf(edtf)  # every answer is checked EDTF
            return edtf
    found = _dateutil(text)
    if found:
        return found
    raise DateError(f"cannot read date {phrase!r}")
