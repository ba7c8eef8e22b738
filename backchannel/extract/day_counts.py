"""Days counted from a day told: 'The following day', 'a week later', 'two days after
the 7 December election', '…on Tuesday, a week after talks in Riyadh'. events.py reads
them against the day each counts from."""

from __future__ import annotations

import re

from .calendar_words import count

#: A count of days or weeks: 'a day', 'a week', 'two days', 'nine days', '3 weeks'
_COUNT = (
    r"(?:[Aa] (?P<unit>day|week)|(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
    r"[Nn]ine|[Tt]en|\d{1,2}) (?P<units>days|weeks))"
)
#: Days after the one just told: 'The following day, …', 'A day later', 'two days later',
#: 'a week later', 'nine days later'; or before it: 'a week earlier'
DAYS_LATER = re.compile(
    r"\b(?:[Tt]he (?:following|next) day\b(?!\s+(?:the|that|his|her|its|their)\b)|"
    # ('… went further in a series of text messages the following week')
    r"[Tt]he following (?P<a_week>week)\b|"
    # ('at a closed-door meeting … the same evening, the governor struck …')
    r"(?:[Tt]he|[Tt]hat) same (?P<same>day|evening|night|morning|afternoon)\b|"
    rf"{_COUNT} (?P<when>later|earlier))\b"
    # (not where the day is told next: 'Three days earlier, on 28 February, …')
    r"(?!,?\s+on\s+\d)"
)


#: Days from a day told with it: 'two days after the 7 December election', 'a week
#: before the 3 May vote', 'the night before Friday's vote'
DAYS_FROM = re.compile(
    rf"\b(?:{_COUNT}|(?:[Tt]he|[Tt]hat) (?:night|day|evening|morning)) (?P<dir>after|before) "
    r"(?:the )?$"
)


#: A happening some days from the day just told: '…on Tuesday, a week after talks in
#: Riyadh', '…, two days before the summit'
DAYS_AROUND = re.compile(rf",\s+{_COUNT} (?P<dir>after|before)\s+(?:the\s+)?")


def days_counted(m: re.Match[str]) -> int:
    """How many days a match of DAYS_LATER, DAYS_FROM or DAYS_AROUND counts (less than
    none for DAYS_LATER's 'a week earlier')."""
    if m.groupdict().get("same"):
        return 0
    if m["n"]:
        n = count(m["n"])
        n = n * 7 if m["units"] == "weeks" else n
    else:
        n = 7 if m["unit"] == "week" or m.groupdict().get("a_week") else 1
    return -n if m.groupdict().get("when") == "earlier" else n


A_DAY = re.compile(r"\d{4}-\d\d-\d\d")
