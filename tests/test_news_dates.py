"""News date phrases to EDTF, against fixed reference days."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backchannel.db import DateError, parse_edtf
from backchannel.extract.dates import parse_date

WED_9_APRIL = date(2025, 4, 9)


@pytest.mark.parametrize(
    ("phrase", "edtf"),
    [
        ("15 March", "2025-03-15"),
        ("on 15 March", "2025-03-15"),
        ("March 15", "2025-03-15"),
        ("the 15th of March", "2025-03-15"),
        ("9 April", "2025-04-09"),  # the reference day itself
        ("10 April", "2024-04-10"),  # not after the reference: last year's
        ("4 April 2025", "2025-04-04"),
        ("April 4, 2025", "2025-04-04"),
        ("on Tuesday", "2025-04-08"),
        # said on a Wednesday, 'last Tuesday' is not yesterday: that is 'on Tuesday'
        ("last Tuesday", "2025-04-01"),
        ("Wednesday", "2025-04-09"),
        ("last Wednesday", "2025-04-02"),
        ("early March", "2025-03-01/2025-03-10"),
        ("mid-March", "2025-03-11/2025-03-20"),
        ("late March", "2025-03-21/2025-03-31"),
        ("late February 2024", "2024-02-21/2024-02-29"),
        ("early next month", "2025-05-01/2025-05-10"),
        ("mid-last month", "2025-03-11/2025-03-20"),
        ("late this month", "2025-04-21/2025-04-30"),
        ("early May", "2024-05-01/2024-05-10"),
        ("March 2025", "2025-03"),
        ("March", "2025-03"),
        ("May", "2024-05"),
        ("two weeks ago", "2025-03-26~"),
        ("3 days ago", "2025-04-06"),
        ("two months ago", "2025-02"),
        ("last month", "2025-03"),
        ("last week", "2025-03-31/2025-04-06"),
        ("last year", "2024"),
        ("next week", "2025-04-14/2025-04-20"),
        ("next month", "2025-05"),
        ("last November", "2024-11"),
        ("last April", "2024-04"),
        ("next March", "2026-03"),
        ("this June", "2025-06"),
        ("19–20 May", "2024-05-19/2024-05-20"),
        ("from 23 to 27 March", "2025-03-23/2025-03-27"),
        ("between 3 and 4 March", "2025-03-03/2025-03-04"),
        ("March 17-20", "2025-03-17/2025-03-20"),
        ("Feb. 11 to Feb. 16", "2025-02-11/2025-02-16"),
        # across a month's end, and a year's
        ("Oct. 30 to Nov. 8", "2024-10-30/2024-11-08"),
        ("between 30 December and 3 January", "2024-12-30/2025-01-03"),
        ("March 30-April 4", "2025-03-30/2025-04-04"),
        ("by the end of the month", "2025-04-21/2025-04-30"),
        ("in late July last year", "2024-07-21/2024-07-31"),
        # a day in words, as speech has it
        ("on the fourth", "2025-04-04"),
        ("on the twenty-first of March", "2025-03-21"),
        ("in the first half of 2027", "2027-01/2027-06"),
        ("at the start of next month", "2025-05-01/2025-05-10"),
        # each day told with its weekday
        ("from Friday 4 April to Sunday 6 April", "2025-04-04/2025-04-06"),
        ("Friday, April 4 to Sunday, April 6", "2025-04-04/2025-04-06"),
        ("Friday 4 to Sunday 6 April", "2025-04-04/2025-04-06"),
        ("in recent weeks", "2025-03-12~/2025-04-09"),
        ("over the past few weeks", "2025-03-12~/2025-04-09"),
        ("yesterday", "2025-04-08"),
        ("2023", "2023"),
        ("2025-03-15", "2025-03-15"),
        ("2025-04~", "2025-04~"),
        ("15.03.2025", "2025-03-15"),
    ],
)
def test_phrases(phrase: str, edtf: str) -> None:
    assert parse_date(phrase, WED_9_APRIL) == edtf


@pytest.mark.parametrize(
    ("phrase", "reference", "edtf"),
    [
        ("15 December", date(2025, 1, 10), "2024-12-15"),
        ("early December", date(2025, 1, 10), "2024-12-01/2024-12-10"),
        ("December", date(2025, 1, 10), "2024-12"),
        ("last month", date(2025, 1, 10), "2024-12"),
        ("2 January", date(2025, 1, 1), "2024-01-02"),
        ("last week", date(2025, 1, 1), "2024-12-23/2024-12-29"),
        ("29 February", date(2025, 3, 1), "2024-02-29"),
    ],
)
def test_year_boundaries(phrase: str, reference: date, edtf: str) -> None:
    assert parse_date(phrase, reference) == edtf


@pytest.mark.parametrize(
    ("phrase", "edtf"),
    [
        ("2 April", "2025-04-02"),
        ("mid-April", "2025-04-11/2025-04-20"),
        ("19–20 May", "2025-05-19/2025-05-20"),
        ("next month", "2025-04"),
        ("March", "2025-03"),
        ("February", "2026-02"),
        ("on Friday", "2025-03-14"),  # the reference day is a Friday
        ("Monday", "2025-03-17"),
        ("next Friday", "2025-03-21"),
    ],
)
def test_what_is_due_points_forward(phrase: str, edtf: str) -> None:
    assert parse_date(phrase, date(2025, 3, 14), future=True) == edtf


@pytest.mark.parametrize(
    ("phrase", "future", "edtf"),
    [
        ("by the end of the year", True, "2025-12"),
        # told in the past, in a year not yet ended: a year gone by
        ("by the end of the year", False, "2024-12"),
        ("by year-end", True, "2025-12"),
        ("by the end of next year", False, "2026-12"),
        ("at the start of this year", False, "2025-01"),
        ("the middle of next year", True, "2026-06/2026-07"),
    ],
)
def test_parts_of_the_year_said_of(phrase: str, future: bool, edtf: str) -> None:
    assert parse_date(phrase, date(2025, 10, 8), future=future) == edtf


@pytest.mark.parametrize(
    ("phrase", "reference", "edtf"),
    [
        # the weekend before a Wednesday, and before a Sunday
        ("over the weekend", WED_9_APRIL, "2025-04-05/2025-04-06"),
        ("last weekend", date(2025, 4, 13), "2025-04-05/2025-04-06"),
        ("overnight", WED_9_APRIL, "2025-04-08/2025-04-09"),
        ("at the end of March", WED_9_APRIL, "2025-03-21/2025-03-31"),
        ("in the middle of March", WED_9_APRIL, "2025-03-11/2025-03-20"),
        ("on the 14th", WED_9_APRIL, "2025-03-14"),  # no 14 April yet
        ("the 2nd", WED_9_APRIL, "2025-04-02"),
        # seasons (EDTF 21 spring … 24 winter, a winter from its December)
        ("in the spring", date(2025, 7, 1), "2025-03/2025-05"),
        ("last spring", WED_9_APRIL, "2024-03/2024-05"),  # this one is not over
        ("last winter", date(2025, 7, 1), "2024-12/2025-02"),
        ("this winter", date(2025, 1, 10), "2024-12/2025-02"),
        ("the summer of 2023", WED_9_APRIL, "2023-06/2023-08"),
        # part of a year, read narrowly: its last month, its first, its middle two
        ("by the end of 2027", WED_9_APRIL, "2027-12"),
        ("at the start of 2024", WED_9_APRIL, "2024-01"),
        ("the middle of 2023", WED_9_APRIL, "2023-06/2023-07"),
        # quarters: of a year named, else this year's last one begun
        ("in the first quarter of 2026", WED_9_APRIL, "2026-01/2026-03"),
        ("Q3 2025", WED_9_APRIL, "2025-07/2025-09"),
        ("in the third quarter", WED_9_APRIL, "2024-07/2024-09"),
        ("tomorrow", WED_9_APRIL, "2025-04-10"),
    ],
)
def test_spoken_dates(phrase: str, reference: date, edtf: str) -> None:
    assert parse_date(phrase, reference) == edtf
    assert parse_edtf(edtf)  # the desk can store it


def test_spoken_dates_ahead() -> None:
    assert parse_date("the weekend", WED_9_APRIL, future=True) == "2025-04-12/2025-04-13"
    assert parse_date("on the 14th", WED_9_APRIL, future=True) == "2025-04-14"
    assert parse_date("by the end of May", WED_9_APRIL, future=True) == "2025-05-21/2025-05-31"
    assert parse_date("next spring", WED_9_APRIL, future=True) == "2026-03/2026-05"
    assert parse_date("in the third quarter", WED_9_APRIL, future=True) == "2025-07/2025-09"
    assert parse_date("in the first quarter", WED_9_APRIL, future=True) == "2026-01/2026-03"


@pytest.mark.parametrize(
    "phrase", ["he may go", "may", "soon", "Febtember 3", "31 February 2025", "after the vote", ""]
)
def test_what_is_not_a_date_is_refused_by_name(phrase: str) -> None:
    with pytest.raises(DateError) as error:
        parse_date(phrase, WED_9_APRIL)
    if phrase:
        assert repr(phrase) in str(error.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_crashes_and_answers_are_edtf(text: str) -> None:
    try:
        edtf = parse_date(text, WED_9_APRIL)
    except DateError:
        return
    parse_edtf(edtf)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(1, 28))
def test_day_month_is_never_after_the_reference(reference: date, day: int) -> None:
    month = reference.strftime("%B")
    found = parse_edtf(parse_date(f"{day} {month}", reference))
    assert found.earliest <= reference.isoformat()


@pytest.mark.parametrize(
    ("phrase", "future", "edtf"),
    [
        # the weekday picks the year: 16 February 2026 is a Monday, 16 February 2025 not
        ("Monday, 16 February", False, "2026-02-16"),
        ("on Monday 16 February", True, "2026-02-16"),
        ("Sunday, 16 February", True, "2025-02-16"),
        ("Tuesday, Feb. 17, 2026", False, "2026-02-17"),
        ("Friday 5 March", False, "2025-03-05"),  # on no Friday near: the tense's year
        # a weekday of a week named from today (a Thursday)
        ("Friday of next week", False, "2026-02-20"),
        ("Friday next week", True, "2026-02-20"),
        ("Tuesday last week", False, "2026-02-03"),
        ("Monday this week", False, "2026-02-09"),
    ],
)
def test_a_date_told_with_its_weekday(phrase: str, future: bool, edtf: str) -> None:
    assert parse_date(phrase, date(2026, 2, 12), future=future) == edtf


@pytest.mark.parametrize(
    ("phrase", "future", "edtf"),
    [
        # halves of a month (1st-15th, 16th-end) and of a year
        ("in the first half of October", True, "2026-10-01/2026-10-15"),
        ("the second half of February", False, "2025-02-16/2025-02-28"),
        ("in the second half of 2028", True, "2028-07/2028-12"),
        ("the first half of next year", True, "2027-01/2027-06"),
        # months from one to another
        ("from September to November last year", False, "2025-09/2025-11"),
        ("between March and May 2025", False, "2025-03/2025-05"),
        ("from November to February", False, "2025-11/2026-02"),
    ],
)
def test_halves_and_spans_of_months(phrase: str, future: bool, edtf: str) -> None:
    assert parse_date(phrase, date(2026, 1, 20), future=future) == edtf


def test_next_weekday_points_forward_even_in_a_past_reading() -> None:
    assert parse_date("next Tuesday", WED_9_APRIL) == "2025-04-15"


@pytest.mark.parametrize(
    ("phrase", "edtf"),
    [
        # a third of a year: January to April, May to August, September on
        ("early 2024", "2024-01/2024-04"),
        ("mid-2023", "2023-05/2023-08"),
        ("late 2024", "2024-09/2024-12"),
        # 'this Sunday' said on a Thursday: this week's, ahead or behind
        ("this Sunday", "2026-10-18"),
        ("this Monday", "2026-10-12"),
        ("tonight", "2026-10-15"),
        ("for the end of March", "2026-03-21/2026-03-31"),
    ],
)
def test_thirds_of_a_year_this_weekday_and_tonight(phrase: str, edtf: str) -> None:
    assert parse_date(phrase, date(2026, 10, 15)) == edtf
