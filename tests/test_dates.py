"""EDTF dates: the days a date can mean, and how the panes say it."""

from __future__ import annotations

import pytest

from backchannel.db import DateError, humanize, parse_edtf


@pytest.mark.parametrize(
    ("edtf", "earliest", "latest"),
    [
        ("2025-03-15", "2025-03-15", "2025-03-15"),
        ("2025-03", "2025-03-01", "2025-03-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025", "2025-01-01", "2025-12-31"),
        ("2025-04~", "2025-04-01", "2025-04-30"),
        ("2025-03-01/2025-03-10", "2025-03-01", "2025-03-10"),
        ("2025-03/2025-04", "2025-03-01", "2025-04-30"),
        ("../2025-03", "0001-01-01", "2025-03-31"),
        ("2025-03-15/..", "2025-03-15", "9999-12-31"),
        ("201X", "2010-01-01", "2019-12-31"),
    ],
)
def test_days_a_date_can_mean(edtf: str, earliest: str, latest: str) -> None:
    span = parse_edtf(edtf)
    assert (span.earliest, span.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("edtf", "said"),
    [
        ("2025-03-15", "15 Mar 2025"),
        ("2025-04", "Apr 2025"),
        ("2025", "2025"),
        ("2025-03-01/2025-03-10", "early Mar 2025"),
        ("2025-03-11/2025-03-20", "mid Mar 2025"),
        ("2025-02-21/2025-02-28", "late Feb 2025"),
        ("2025-03-03/2025-03-07", "3–7 Mar 2025"),
        ("2025-03/2025-04", "Mar–Apr 2025"),
        ("2024-12/2025-01", "Dec 2024 – Jan 2025"),
        ("2025-04~", "c. Apr 2025"),
        ("2025-04?", "Apr 2025?"),
        ("../2025-03", "until Mar 2025"),
        (None, "undated"),
    ],
)
def test_dates_are_said_honestly(edtf: str | None, said: str) -> None:
    assert humanize(edtf) == said


@pytest.mark.parametrize("bad", ["", "March", "2025-13", "2025-02-30", "2025-04/2025-03", "../.."])
def test_unreadable_dates_name_the_text(bad: str) -> None:
    with pytest.raises(DateError) as error:
        parse_edtf(bad)
    if bad:
        assert repr(bad) in str(error.value)


# -- every form of EDTF Levels 0 and 1 ----------------------------------------------


@pytest.mark.parametrize(
    ("edtf", "earliest", "latest", "said"),
    [
        ("2025-03-15T10:30:00", "2025-03-15", "2025-03-15", "15 Mar 2025, 10:30"),
        ("2025-03-15T10:30:00Z", "2025-03-15", "2025-03-15", "15 Mar 2025, 10:30 UTC"),
        ("2025-03-15T10:30:15+01:00", "2025-03-15", "2025-03-15", "15 Mar 2025, 10:30:15 +01:00"),
        ("2025-21", "2025-03-01", "2025-05-31", "Spring 2025"),
        ("2025-22", "2025-06-01", "2025-08-31", "Summer 2025"),
        ("2025-23?", "2025-09-01", "2025-11-30", "Autumn 2025?"),
        ("2023-24", "2023-12-01", "2024-02-29", "Winter 2023"),
        ("156X-12-25", "1560-12-25", "1569-12-25", "25 Dec, 1560s"),
        ("201X", "2010-01-01", "2019-12-31", "2010s"),
        ("20XX", "2000-01-01", "2099-12-31", "2000–2099"),
        ("2004-XX", "2004-01-01", "2004-12-31", "2004 (month unknown)"),
        ("1985-04-XX", "1985-04-01", "1985-04-30", "Apr 1985 (day unknown)"),
        ("1985-XX-XX", "1985-01-01", "1985-12-31", "1985 (month and day unknown)"),
        ("2025-04%", "2025-04-01", "2025-04-30", "c. Apr 2025?"),
        ("2004-06~/2004-08?", "2004-06-01", "2004-08-31", "c. Jun 2004 – Aug 2004?"),
        ("-0044-03-15", "0001-01-01", "0001-01-01", "15 Mar, 45 BC"),
        ("0000", "0001-01-01", "0001-01-01", "1 BC"),
        ("Y170000002", "9999-12-31", "9999-12-31", "year 170000002"),
        ("Y-170000002", "0001-01-01", "0001-01-01", "170000003 BC"),
        ("2025/..", "2025-01-01", "9999-12-31", "from 2025"),
        ("../2025-03", "0001-01-01", "2025-03-31", "until Mar 2025"),
        ("2025/", "2025-01-01", "9999-12-31", "2025 – ?"),
        ("/2025-03", "0001-01-01", "2025-03-31", "? – Mar 2025"),
    ],
)
def test_every_level_0_and_1_form(edtf: str, earliest: str, latest: str, said: str) -> None:
    span = parse_edtf(edtf)
    assert (span.earliest, span.latest, humanize(edtf)) == (earliest, latest, said)


@pytest.mark.parametrize(
    "bad", ["2025-25", "2025-21-01", "2025-03-15T25:00:00", "2025-03T10:00:00", "1/2/3"]
)
def test_forms_outside_levels_0_and_1_are_refused(bad: str) -> None:
    with pytest.raises(DateError):
        parse_edtf(bad)


def test_edtf_is_taken_as_given_on_input() -> None:
    from datetime import date

    from backchannel.extract.dates import parse_date

    for edtf in ("2025-21", "2025-03-15T10:30:00Z", "156X-12-25", "../2025", "2025/", "-0044"):
        assert parse_date(edtf, date(2025, 5, 1)) == edtf
