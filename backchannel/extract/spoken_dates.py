"""Date phrases of speech rather than of the calendar ('at the end of May', 'early
March', 'later this year', 'over the weekend', 'on the 14th', 'last spring') and spans
of days ('from 23 to 27 March')."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from backchannel.db.dates import DateError

from .calendar_words import (
    PART_OF_YEAR,
    SEASONS,
    THIRD_WORDS,
    THIRDS,
    day_of,
    iso,
    month_of,
    next_year,
    recent_year,
)


def from_range(name: str, g: dict[str, str], reference: date, phrase: str, future: bool) -> str:
    """A span of days: '19–20 May', 'from 23 to 27 March', 'Oct. 30 to Nov. 8'."""
    pick_year = next_year if future else recent_year
    if name == "day_range":
        month = month_of(g["month"])
        day, day2 = sorted((int(g["day"]), int(g["day2"])))
        year = int(g["year"]) if g["year"] else pick_year(month, day2 if future else day, reference)
        return f"{iso(day_of(year, month, day, phrase))}/{iso(day_of(year, month, day2, phrase))}"
    # 'Oct. 30 to Nov. 8': across a month's end
    month, month2 = month_of(g["month"]), month_of(g["month2"])
    day, day2 = int(g["day"]), int(g["day2"])
    across = 1 if month2 < month else 0  # 'Dec. 28 to Jan. 3': into the next year
    if g["year"] or future:
        year2 = int(g["year"]) if g["year"] else pick_year(month2, day2, reference)
        year = year2 - across
    else:
        year = pick_year(month, day, reference)
        year2 = year + across
    begins, ends = day_of(year, month, day, phrase), day_of(year2, month2, day2, phrase)
    if ends <= begins:
        raise DateError(f"cannot read date {phrase!r}: it ends before it starts")
    return f"{iso(begins)}/{iso(ends)}"


#: The year or month 'last', 'this' or 'next' is, from the reference's
_WHICH = {"last": -1, "this": 0, "next": 1}
#: The first month of a year's early, mid or late third: January, May, September
_THIRD_MONTH = {"early": 1, "mid": 5, "late": 9}


def _days_of(year: int, month: int, first: int, last: int) -> str:
    """The days ``first`` to ``last`` of a month, as an EDTF interval (the last day
    no later than the month's own)."""
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{iso(date(year, month, first))}/{iso(date(year, month, last))}"


def from_spoken(name: str, g: dict[str, str], reference: date, phrase: str, future: bool) -> str:
    """The phrases of speech rather than of the calendar: 'at the end of May', 'early
    March', 'early next year', 'over the weekend', 'overnight', 'on the 14th', 'last
    spring'."""
    pick_year = next_year if future else recent_year
    if name == "third_of":
        month = month_of(g["month"])
        first, last = THIRDS[THIRD_WORDS[g["part"].lower()]]
        year = int(g["year"]) if g["year"] else pick_year(month, last if future else 1, reference)
        return _days_of(year, month, first, last)
    if name == "third_of_year":
        first, last = PART_OF_YEAR[g["part"].lower()]
        if first == last:
            return f"{g['year']}-{first:02d}"
        return f"{g['year']}-{first:02d}/{g['year']}-{last:02d}"
    if name == "third_of_this_month":
        # the month said of is the reference's, or the next ('by the end of next month')
        month_start = date(reference.year, reference.month, 1)
        if g["which"].lower() == "next":
            month_start += relativedelta(months=1)
        first, last = THIRDS[THIRD_WORDS[g["part"].lower()]]
        return _days_of(month_start.year, month_start.month, first, last)
    if name == "third_of_this_year":
        # the year said of is the reference's, or the next ('by the end of next year')
        which = (g.get("which") or "the").lower()
        part = (g["part"] or g.get("part2") or "end").lower()
        year = reference.year + (which == "next")
        if not future and which == "the" and part == "end" and reference.month < 12:
            # 'By the end of the year, he had climbed to 35 percent', said in June: a year
            # gone by, the one the story tells of
            year -= 1
        first, last = PART_OF_YEAR[part]
        if first == last:
            return f"{year}-{first:02d}"
        return f"{year}-{first:02d}/{year}-{last:02d}"
    if name == "third":
        month = month_of(g["month"])
        first, last = THIRDS[g["third"].lower()]
        year = int(g["year"]) if g["year"] else pick_year(month, last if future else 1, reference)
        return _days_of(year, month, first, last)
    if name == "third_which":  # 'late July last year': its year told by its place
        year = reference.year + _WHICH[g["which"].lower()]
        return _days_of(year, month_of(g["month"]), *THIRDS[g["third"].lower()])
    if name == "year_third":  # 'early 2024': January to April; 'late 2024' September on
        first_month = _THIRD_MONTH[g["third"].lower()]
        return f"{int(g['year']):04d}-{first_month:02d}/{int(g['year']):04d}-{first_month + 3:02d}"
    if name == "third_of_month":  # 'early next month': its first ten days
        step = _WHICH[g["which"].lower()]
        year, month = divmod(reference.year * 12 + reference.month - 1 + step, 12)
        return _days_of(year, month + 1, *THIRDS[g["third"].lower()])
    if name == "third_of_a_year":
        # 'early next year': its January to April, 'late last year' September on;
        # 'later this year' the months after this one, 'earlier this year' those before
        year = reference.year + _WHICH[g["which"].lower()]
        third = g["third"].lower()
        if third == "later":
            first, last = min(reference.month + 1, 12), 12
        elif third == "earlier":
            first, last = 1, max(reference.month - 1, 1)
        else:
            first = _THIRD_MONTH[third]
            last = first + 3
        return f"{year}-{first:02d}/{year}-{last:02d}" if first < last else f"{year}-{first:02d}"
    if name == "half_of":
        return _half_of(g, reference, future)
    if name == "month_span":
        return _month_span(g, reference, future)
    if name == "weekend":
        which = g["which"].lower()
        if which == "next" or (future and which != "last"):
            saturday = reference + timedelta(days=(5 - reference.weekday()) % 7)
            if which == "next" and saturday == reference:
                saturday += timedelta(days=7)
        else:
            saturday = reference - timedelta(days=(reference.weekday() - 5) % 7)
            if which == "last" and saturday >= reference - timedelta(days=1):
                saturday -= timedelta(days=7)  # 'last weekend' said on a Sunday
        return f"{iso(saturday)}/{iso(saturday + timedelta(days=1))}"
    if name == "overnight":
        return f"{iso(reference - timedelta(days=1))}/{iso(reference)}"
    if name == "ordinal_day":
        day = int(g["day"])
        month_start = reference.replace(day=1)
        if future:
            start = month_start if day >= reference.day else month_start + relativedelta(months=1)
        else:
            start = month_start if day <= reference.day else month_start - relativedelta(months=1)
        return iso(day_of(start.year, start.month, day, phrase))
    _, starts = SEASONS[g["season"].lower()]
    which = (g["which"] or "the").lower()
    if g["year"]:
        return _season_months(int(g["year"]), starts)
    # the latest year whose season began on or before the reference
    began = (
        reference.year if (reference.month, reference.day) >= (starts, 1) else reference.year - 1
    )
    if which == "this":
        # this calendar year's (a winter in January or February began the year before)
        year = reference.year - (starts == 12 and reference.month <= 2)
    elif which == "next" or (future and which != "last"):
        year = began + 1
    elif which == "last" and reference <= season_end(began, starts):
        year = began - 1  # 'last spring' said in April: the spring before this one
    else:
        year = began
    return _season_months(year, starts)


def _season_months(year: int, starts: int) -> str:
    """A season as its months, an EDTF interval a timeline sorts and compares ('spring
    2024' is 2024-03/2024-05; a winter runs into the next year), not the EDTF season
    code 2024-21, which says no more and most readers of an export cannot read."""
    last = season_end(year, starts)
    return f"{year:04d}-{starts:02d}/{last.year:04d}-{last.month:02d}"


def season_end(year: int, starts: int) -> date:
    """About the last day of the season of ``year`` that begins in month ``starts``."""
    return date(year + (starts == 12), (starts + 2) % 12 or 12, 28)


def _half_of(g: dict[str, str], reference: date, future: bool) -> str:
    """'the first half of October' (its 1st to 15th), 'the second half of 2028' (July to
    December), 'the first half of next year'."""
    first = g["half"].lower() == "first"
    if g.get("month"):
        month = month_of(g["month"])
        pick_year = next_year if future else recent_year
        year = int(g["year"]) if g["year"] else pick_year(month, 15 if first else 28, reference)
        last = calendar.monthrange(year, month)[1]
        begins, ends = (1, 15) if first else (16, last)
        return f"{iso(date(year, month, begins))}/{iso(date(year, month, ends))}"
    which = (g.get("which") or "").lower()
    year = int(g["year"]) if g["year"] else reference.year + (which == "next")
    return f"{year}-01/{year}-06" if first else f"{year}-07/{year}-12"


def _month_span(g: dict[str, str], reference: date, future: bool) -> str:
    """'from September to November last year', 'between March and May 2025': the months
    from the first to the last; with no year, the latest such span begun (or, ahead, the
    next)."""
    month, month2 = month_of(g["month"]), month_of(g["month2"])
    across = 1 if month2 < month else 0  # 'from November to February': into the next year
    which = (g.get("which") or "").lower()
    if g["year"] or which:
        year2 = (
            int(g["year"])
            if g["year"]
            else reference.year + {"last": -1, "this": 0, "next": 1}[which]
        )
        year = year2 - across
    else:
        year = (next_year if future else recent_year)(month, 1, reference)
        year2 = year + across
    return f"{year:04d}-{month:02d}/{year2:04d}-{month2:02d}"
