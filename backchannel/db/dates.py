"""EDTF dates: the text a desk keeps, the days it can mean, and how to say it.

A desk stores every date as an EDTF string beside the earliest and latest ISO
day it can mean, so that "early March" sorts before "15 March" and a filter on
March finds both. Every form of EDTF (ISO 8601-2) Levels 0 and 1 is read:

- Level 0: a year, month or day (``2025``, ``2025-03``, ``2025-03-15``), a
  date and time (``2025-03-15T10:30:00``, with ``Z`` or ``+01:00``), and an
  interval ``A/B``;
- Level 1: years before 1 or past 9999 (``-0044``, ``Y170000002``), seasons
  (``2025-21`` spring … ``2025-24`` winter), unspecified digits (``201X``,
  ``2004-XX``, ``1985-04-XX``; also ``156X-12-25``), the qualifiers ``?``
  (uncertain), ``~`` (approximate) and ``%`` (both), and interval ends that
  are open (``..``) or unknown (empty).

Days outside 0001-9999 cannot be ISO days here; such a date keeps its text
and its bounds are the first or last day the desk can store. A season is
read as the northern meteorological one (spring March-May; winter from
December into February). Phrases such as "early March" are turned into EDTF
by ``extract.dates``; this module never guesses.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["DateError", "DateSpan", "EdtfPart", "edtf_parts", "parse_edtf", "humanize"]

_MONTHS = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]  # fmt: skip
SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}

_SINGLE = re.compile(
    r"^(?P<year>Y-?\d{5,}|-?[0-9X]{4})"
    r"(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2})"
    r"(?:T(?P<time>\d{2}:\d{2}:\d{2})(?P<zone>Z|[+-]\d{2}(?::\d{2})?)?)?)?)?"
    r"(?P<q>[?~%])?$"
)


class DateError(ValueError):
    """An EDTF string this desk cannot read; the message names the text."""


@dataclass(frozen=True)
class DateSpan:
    """An EDTF string and the first and last ISO day it can mean."""

    edtf: str
    earliest: str
    latest: str


@dataclass(frozen=True)
class EdtfPart:
    """One date of an EDTF string (an interval has two), as read."""

    first: date
    """The first day it can mean (clamped to 0001-01-01)."""
    last: date
    """The last day it can mean (clamped to 9999-12-31)."""
    precision: str
    """"year", "season", "month", "day" or "time"."""
    qualifier: str = ""
    """"", "?" (uncertain), "~" (approximate) or "%" (both)."""
    year: str = ""
    """The year as written: "2025", "156X", "-0044", "Y170000002"."""
    season: int | None = None
    time: str | None = None
    zone: str | None = None
    unspecified: bool = False
    """True when a digit is left unspecified (an X)."""
    face: tuple[date, date] | None = None
    """For a year outside 1-9999: its month and day, read on a stand-in year."""

    @property
    def exact_year(self) -> int | None:
        """The year as a number, when it is one year (even outside 1-9999)."""
        if "X" in self.year:
            return None
        return int(self.year.lstrip("Y"))


def _digits_range(text: str, low: int, high: int) -> tuple[int, int]:
    """Smallest and largest number a field with X-digits can stand for."""
    lo = int(text.replace("X", "0"))
    hi = int(text.replace("X", "9"))
    return max(lo, low), min(hi, high)


def _year_bounds(text: str) -> tuple[int, int, bool]:
    """First and last year (clamped to 1-9999) and whether it was clamped."""
    lo, hi = _digits_range(text.lstrip("Y"), -(10**9), 10**9)
    clamped = lo < 1 or hi > 9999
    lo, hi = max(lo, 1), min(hi, 9999)
    if lo > hi:  # entirely before year 1 or after 9999
        return (1, 1, True) if hi < 1 else (9999, 9999, True)
    return lo, hi, clamped


def _parse_single(text: str, whole: str) -> EdtfPart:
    m = _SINGLE.match(text)
    if not m:
        raise DateError(f"cannot read date {whole!r}: expected EDTF such as 2025-03-15 or 2025-03")
    year_text = m["year"]
    q = m["q"] or ""
    year_lo, year_hi, clamped = _year_bounds(year_text)
    out_of_range = clamped and "X" not in year_text
    before = out_of_range and int(year_text.lstrip("Y")) < 1
    if out_of_range:  # checked on a leap year in range, then clamped
        year_lo = year_hi = 4 if before else 9996
    part = _parse_parts(m, whole, year_text, year_lo, year_hi)
    if out_of_range:
        bound = date.min if before else date.max
        face = (part.first, part.last)
        return EdtfPart(
            bound, bound, part.precision, q, year_text, part.season, part.time, part.zone, face=face
        )
    return part


def _parse_parts(
    m: re.Match[str], whole: str, year_text: str, year_lo: int, year_hi: int
) -> EdtfPart:
    q = m["q"] or ""
    x = "X" in (year_text + (m["month"] or "") + (m["day"] or ""))
    if m["month"] is None:
        return EdtfPart(
            date(year_lo, 1, 1), date(year_hi, 12, 31), "year", q, year_text, unspecified=x
        )
    month_text = m["month"]
    if "X" not in month_text and 21 <= int(month_text) <= 24:
        if m["day"] is not None:
            raise DateError(f"cannot read date {whole!r}: a season has no day")
        season = int(month_text)
        start, end = _SEASON_MONTHS[season]
        end_year = year_hi + 1 if end < start and year_hi < 9999 else year_hi
        end = end if end_year != year_hi or end >= start else 12
        last = date(end_year, end, calendar.monthrange(end_year, end)[1])
        return EdtfPart(
            date(year_lo, start, 1), last, "season", q, year_text, season, unspecified=x
        )
    month_lo, month_hi = _digits_range(month_text, 1, 12)
    if month_lo > month_hi or not (1 <= int(month_text.replace("X", "1")) <= 12):
        raise DateError(f"cannot read date {whole!r}: month must be 01-12 (or 21-24, a season)")
    if m["day"] is None:
        last_day = calendar.monthrange(year_hi, month_hi)[1]
        first, last = date(year_lo, month_lo, 1), date(year_hi, month_hi, last_day)
        return EdtfPart(first, last, "month", q, year_text, unspecified=x)
    day_text = m["day"]
    if "X" in month_text and "X" not in day_text:
        raise DateError(f"cannot read date {whole!r}: a day needs a known month")
    days_in_month = calendar.monthrange(year_hi, month_hi)[1]
    day_lo, day_hi = _digits_range(day_text, 1, days_in_month)
    try:
        first = date(year_lo, month_lo, day_lo)
        last = date(year_hi, month_hi, day_hi)
    except ValueError:
        raise DateError(f"cannot read date {whole!r}: no such day") from None
    if "X" not in day_text:
        if not 1 <= int(day_text) <= 31:
            raise DateError(f"cannot read date {whole!r}: no such day")
        if (
            "X" not in year_text + month_text
            and int(day_text) > calendar.monthrange(year_lo, month_lo)[1]
        ):
            raise DateError(f"cannot read date {whole!r}: no such day")
    if m["time"] is None:
        return EdtfPart(first, last, "day", q, year_text, unspecified=x)
    if "X" in year_text + month_text + day_text:
        raise DateError(f"cannot read date {whole!r}: a time needs a whole date")
    hour, minute, second = (int(x) for x in m["time"].split(":"))
    if hour > 23 or minute > 59 or second > 59:
        raise DateError(f"cannot read date {whole!r}: no such time")
    return EdtfPart(first, last, "time", q, year_text, None, m["time"], m["zone"])


@functools.lru_cache(maxsize=16_384)
def edtf_parts(edtf: str) -> tuple[EdtfPart | None, EdtfPart | None, bool]:
    """Split an EDTF string into (start, end, is_interval); an open or unknown
    end is None (``open_ends`` tells which). Kept for the last few thousand
    strings: a desk holds few distinct dates, and an export reads each often."""
    text = edtf.strip()
    if not text:
        raise DateError("cannot read an empty date")
    if "/" not in text:
        part = _parse_single(text, edtf)
        return part, part, False
    left, _, right = text.partition("/")
    if "/" in right:
        raise DateError(f"cannot read date {edtf!r}: an interval has two ends")
    start = None if left in ("", "..") else _parse_single(left, edtf)
    end = None if right in ("", "..") else _parse_single(right, edtf)
    if start is None and end is None:
        raise DateError(f"cannot read date {edtf!r}: an interval needs at least one end")
    if start and end and start.first > end.last:
        raise DateError(f"cannot read date {edtf!r}: the interval ends before it starts")
    return start, end, True


def open_ends(edtf: str) -> tuple[str, str]:
    """How each end of an interval is given: "date", "open" (..) or "unknown" ("")."""
    left, _, right = edtf.strip().partition("/")

    def kind(side: str) -> str:
        return "open" if side == ".." else "unknown" if side == "" else "date"

    return kind(left), kind(right)


def parse_edtf(edtf: str) -> DateSpan:
    """Read an EDTF string; return it (trimmed) with its earliest and latest day.

    Raises DateError naming the text if it is not EDTF this desk understands.
    """
    start, end, _ = edtf_parts(edtf)
    earliest = start.first if start else date.min
    latest = end.last if end else date.max
    return DateSpan(edtf.strip(), earliest.isoformat(), latest.isoformat())


# -- saying a date -----------------------------------------------------------------


def _month_name(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.year}"


def _month_span(first: date, last: date) -> str:
    """'Mar–Apr 2025', or 'Dec 2024 – Jan 2025' across a year."""
    if first.year == last.year:
        return f"{_MONTHS[first.month - 1]}–{_month_name(last)}"
    return f"{_month_name(first)} – {_month_name(last)}"


def _say_year(text: str) -> str:
    """'2025', '1560s' (156X), '1500s' (15XX), '45 BC' (-0044), 'year 170000002'."""
    digits = text.lstrip("Y")
    if digits.endswith("X") and digits.count("X") == 1:
        return digits.replace("X", "0") + "s"
    if "X" in digits:
        return f"{digits.replace('X', '0')}–{digits.replace('X', '9')}"
    number = int(digits)
    if number < 1:
        return f"{1 - number} BC"
    return f"year {number}" if text.startswith("Y") else str(number)


def _say_part(part: EdtfPart) -> str:
    year = _say_year(part.year)
    first, last = part.face or (part.first, part.last)
    if part.precision == "year":
        return year
    if part.precision == "season":
        return f"{SEASONS[part.season or 21]} {year}"
    known_year = "X" not in part.year and 1 <= int(part.year.lstrip("Y")) <= 9999
    if part.precision == "month":
        if first.month != last.month:
            return f"{year} (month unknown)"
        return f"{_MONTHS[first.month - 1]} {year}"
    if first.month != last.month:
        return f"{year} (month and day unknown)"
    month = _MONTHS[first.month - 1]
    if first.day != last.day:
        return f"{month} {year} (day unknown)"
    said = f"{first.day} {month} {year}" if known_year else f"{first.day} {month}, {year}"
    if part.precision == "time" and part.time:
        zone = {"Z": " UTC", None: ""}.get(part.zone, f" {part.zone}")
        said += f", {part.time[:5] if part.time.endswith(':00') else part.time}{zone}"
    return said


def _say_qualified(part: EdtfPart) -> str:
    said = _say_part(part)
    if part.qualifier in ("~", "%"):
        said = f"c. {said}"
    if part.qualifier in ("?", "%"):
        said = f"{said}?"
    return said


def _third_of_month(first: date, last: date) -> str | None:
    """'early Mar 2025' for days 1-10, 'mid' 11-20, 'late' 21-end, else None."""
    if (first.year, first.month) != (last.year, last.month):
        return None
    end_of_month = calendar.monthrange(first.year, first.month)[1]
    thirds = {(1, 10): "early", (11, 20): "mid", (21, end_of_month): "late"}
    word = thirds.get((first.day, last.day))
    return f"{word} {_month_name(first)}" if word else None


def _plain(part: EdtfPart) -> bool:
    return not part.qualifier and not part.unspecified and part.exact_year is not None


@functools.lru_cache(maxsize=16_384)
def humanize(edtf: str | None) -> str:
    """Say an EDTF date the way a reader would: '15 Mar 2025', 'early Mar 2025'.

    Unreadable text is returned as it is, so a bad value is shown, not hidden.
    """
    if not edtf:
        return "undated"
    try:
        start, end, interval = edtf_parts(edtf)
    except DateError:
        return edtf
    if not interval:
        assert start is not None
        return _say_qualified(start)
    left, right = open_ends(edtf)
    if start is None:
        assert end is not None
        return f"until {_say_qualified(end)}" if left == "open" else f"? – {_say_qualified(end)}"
    if end is None:
        return (
            f"from {_say_qualified(start)}" if right == "open" else f"{_say_qualified(start)} – ?"
        )
    plain = _plain(start) and _plain(end)
    if plain and start.precision == end.precision == "day":
        third = _third_of_month(start.first, end.last)
        if third:
            return third
        if start.first == end.last:
            return _say_part(start)
        if (start.first.year, start.first.month) == (end.last.year, end.last.month):
            return f"{start.first.day}–{end.last.day} {_month_name(start.first)}"
    if plain and start.precision == end.precision == "month":
        return _month_span(start.first, end.last)
    if plain and start.precision == end.precision == "year":
        return f"{start.first.year}–{end.last.year}"
    return f"{_say_qualified(start)} – {_say_qualified(end)}"
