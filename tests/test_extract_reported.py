"""Reported speech beyond 'X said that …': groups, asides, inverted tags, pronouns."""

from __future__ import annotations

from datetime import date

import pytest

from backchannel.extract import extract

TODAY = date(2025, 6, 30)


def quotes(text: str):
    return extract("Headline\n\n" + text, "2025-06-10", today=TODAY).quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("And, even after a ruling, experts said first-time offenders rarely go to jail.",
         "experts"),
        ("The judge -- who has feuded with the mayor for days -- said she regretted her words.",
         "judge"),
        ("Restoring the bridge is well within the council's budget, said several members "
         "who back the plan.", "several members who back the plan"),
        ("By a wide margin, those surveyed say the city should build the bridge by 2030.",
         "those surveyed"),
    ],
)  # fmt: skip
def test_unnamed_groups_and_asides_are_speakers(text: str, speaker: str) -> None:
    [q] = quotes(text)
    assert q.speaker == speaker


def test_a_pronoun_nobody_was_named_for_still_gives_a_statement() -> None:
    [q] = quotes("They say the new ferry will have to win over the island first.")
    assert q.speaker is None
    assert q.kind == "indirect"
