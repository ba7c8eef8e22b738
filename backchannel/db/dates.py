"""EDTF dates: the text a desk keeps, the days it can mean, and how to say it.

A desk stores every date as an EDTF string beside the earliest and latest ISO
day it can mean, so that "early March" sorts before "15 March" and a filter on
March finds both. This module handles the subset of EDTF (ISO 8601-2) that
news needs: a year, month or day; unspecified digits (``201X``); the
qualifiers ``?`` (uncertain), ``~`` (approximate) and ``%`` (both); and
intervals ``A/B`` with open ends (``../2025-03``). Phrases such as "early
March" are turned into EDTF by ``extract.dates``; this module never guesses.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = ["DateError", "DateSpan", "parse_edtf", "humanize"]

_MONTHS = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
]  # fmt: skip

_SINGLE = re.compile(
    r"^(?P<year>[0-9X]{4})(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?)?(?P<q>[?~%])?$"
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
class _Part:
    first: date
    last: date
    precision: str  # "year" | "month" | "day"
    qualifier: str  # "" | "?" | "~" | "%"


def _digits_range(text: str, low: int, high: int) -> tuple[int, int]:
    """Smallest and largest number a field with X-digits can stand for."""
    lo = int(text.replace("X", "0"))
    hi = int(text.replace("X", "9"))
    return max(lo, low), min(hi, high)


def _parse_single(text: str, whole: str) -> _Part:
    m = _SINGLE.match(text)
    if not m:
        raise DateError(f"cannot read date {whole!r}: expected EDTF such as 2025-03-15 or 2025-03")
    year_lo, year_hi = _digits_range(m["year"], 1, 9999)
    if year_lo > year_hi:
        raise DateError(f"cannot read date {whole!r}: no such year")
    qualifier = m["q"] or ""
    if m["month"] is None:
        return _Part(date(year_lo, 1, 1), date(year_hi, 12, 31), "year", qualifier)
    month_lo, month_hi = _digits_range(m["month"], 1, 12)
    if month_lo > month_hi or not (1 <= int(m["month"].replace("X", "1")) <= 12):
        raise DateError(f"cannot read date {whole!r}: month must be 01-12")
    if m["day"] is None:
        last_day = calendar.monthrange(year_hi, month_hi)[1]
        return _Part(
            date(year_lo, month_lo, 1), date(year_hi, month_hi, last_day), "month", qualifier
        )
    if "X" in m["month"] and "X" not in m["day"]:
        raise DateError(f"cannot read date {whole!r}: a day needs a known month")
    days_in_month = calendar.monthrange(year_hi, month_hi)[1]
    day_lo, day_hi = _digits_range(m["day"], 1, days_in_month)
    try:
        first = date(year_lo, month_lo, day_lo)
        last = date(year_hi, month_hi, day_hi)
    except ValueError:
        raise DateError(f"cannot read date {whole!r}: no such day") from None
    if "X" not in m["day"] and int(m["day"]) > calendar.monthrange(year_lo, month_lo)[1]:
        raise DateError(f"cannot read date {whole!r}: no such day")
    return _Part(first, last, "day", qualifier)


def _parts(edtf: str) -> tuple[_Part | None, _Part | None, bool]:
    """Split an EDTF string into (start, end, is_interval); open ends are None."""
    text = edtf.strip()
    if not text:
        raise DateError("cannot read an empty date")
    if "/" not in text:
        part = _parse_single(text, edtf)
        return part, part, False
    left, _, right = text.partition("/")
    start = None if left in ("", "..") else _parse_single(left, edtf)
    end = None if right in ("", "..") else _parse_single(right, edtf)
    if start is None and end is None:
        raise DateError(f"cannot read date {edtf!r}: an interval needs at least one end")
    if start and end and start.first > end.last:
        raise DateError(f"cannot read date {edtf!r}: the interval ends before it starts")
    return start, end, True


def parse_edtf(edtf: str) -> DateSpan:
    """Read an EDTF string; return it (trimmed) with its earliest and latest day.

    Raises DateError naming the text if it is not EDTF this desk understands.
    """
    start, end, _ = _parts(edtf)
    earliest = start.first if start else date.min
    latest = end.last if end else date.max
    return DateSpan(edtf.strip(), earliest.isoformat(), latest.isoformat())


def _month_name(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.year}"


def _month_span(first: date, last: date) -> str:
    """'Mar–Apr 2025', or 'Dec 2024 – Jan 2025' across a year."""
    if first.year == last.year:
        return f"{_MONTHS[first.month - 1]}–{_month_name(last)}"
    return f"{_month_name(first)} – {_month_name(last)}"


def _say_part(part: _Part) -> str:
    if part.precision == "year":
        if part.first.year != part.last.year:
            return f"{part.first.year}–{part.last.year}"
        return str(part.first.year)
    if part.precision == "month":
        if (part.first.year, part.first.month) != (part.last.year, part.last.month):
            return _month_span(part.first, part.last)
        return _month_name(part.first)
    if part.first != part.last:
        return f"{part.first.day}–{part.last.day} {_month_name(part.first)}"
    return f"{part.first.day} {_month_name(part.first)}"


def _say_qualified(part: _Part) -> str:
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


def humanize(edtf: str | None) -> str:
    """Say an EDTF date the way a reader would: '15 Mar 2025', 'early Mar 2025'.

    Unreadable text is returned as it is, so a bad value is shown, not hidden.
    """
    if not edtf:
        return "undated"
    try:
        start, end, interval = _parts(edtf)
    except DateError:
        return edtf
    if not interval:
        assert start is not None
        return _say_qualified(start)
    if start is None:
        assert end is not None
        return f"until {_say_qualified(end)}"
    if end is None:
        return f"from {_say_qualified(start)}"
    if not start.qualifier and not end.qualifier and start.precision == end.precision == "day":
        third = _third_of_month(start.first, end.last)
        if third:
            return third
        if start.first == end.last:
            return _say_part(start)
        if (start.first.year, start.first.month) == (end.last.year, end.last.month):
            return f"{start.first.day}–{end.last.day} {_month_name(start.first)}"
    plain = not start.qualifier and not end.qualifier
    if plain and start.precision == end.precision == "month":
        return _month_span(start.first, end.last)
    if plain and start.precision == end.precision == "year":
        return f"{start.first.year}–{end.last.year}"
    return f"{_say_qualified(start)} – {_say_qualified(end)}"
