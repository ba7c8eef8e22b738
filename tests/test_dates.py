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
