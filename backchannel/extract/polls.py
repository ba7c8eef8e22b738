"""Polls and what they find: '51 percent of respondents said …, according to a
Washington Post-ABC News survey' is the survey's finding, not a speaker's.

A share of the people asked ('51 percent of respondents', 'Nearly three in four',
'the vast majority of Americans') is no one an analyst can follow; the poll that
asked them is. A finding is reportage: it takes no stance."""

from __future__ import annotations

import re

#: A share of people as a subject: '51 percent of voters', '42% of Ohioans', 'Six in 10
#: Republicans', 'Nearly three in four', 'the vast majority of Americans', 'Nearly half'.
SHARE = re.compile(
    r"(?:(?:the|a|some|nearly|almost|about|around|roughly|only|just|over|under|more than|"
    r"fewer than|less than|at least|barely)\s+)*"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten|four|"
    r"five|three)\b"
    r"|(?:vast\s+|slim\s+|narrow\s+|clear\s+|large\s+)?(?:majority|minority|plurality)\b"
    r"|half\b|a\s+third\b|two[- ]thirds\b|a\s+quarter\b|three[- ]quarters\b)",
    re.I,
)
#: A poll named: 'a Washington Post-ABC News survey', 'an Associated Press-GfK poll', 'A
#: recent Bloomberg poll', 'the poll'; its article and the words that date it left out.
POLL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
    r"(?P<name>(?:(?:new|recent|latest|national|fresh|separate|statewide|nationwide|"
    r"[A-Z][\w/&.'’-]*)\s+){0,6}(?:poll|survey|opinion poll))\b"
)
_DATING = re.compile(
    r"^(?:(?:new|recent|latest|fresh|separate|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)+"
)


def poll_named(text: str, last_poll: str | None) -> str | None:
    """The poll ``text`` names ('Washington Post-ABC News survey'), or the last one
    named before when it says only 'the poll'."""
    found = None
    for m in POLL.finditer(text):
        found = m  # the last: 'A Bloomberg poll …, a CNN poll showed …' is the CNN one's
    if found is None:
        return None
    name = _DATING.sub("", found["name"])
    if name in ("poll", "survey", "opinion poll"):
        return last_poll or name
    return name


def is_share(speaker: str) -> bool:
    """Is ``speaker`` a share of people ('51 percent of respondents', 'Six in 10
    Republicans', 'Nearly half'), not someone ('the majority leader')?"""
    m = SHARE.match(speaker)
    if m is None:
        return False
    rest = speaker[m.end() :].split()
    return not rest or rest[0] == "of" or (len(rest) <= 3 and rest[-1].endswith("s"))


def is_poll(speaker: str | None) -> bool:
    """Is ``speaker`` a poll, whose findings take no stance?"""
    return speaker is not None and speaker.endswith(("poll", "survey", "polls", "surveys"))
