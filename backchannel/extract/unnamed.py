"""Sources the article does not name: a group ('two officials'), one person who opens a
sentence ('A company spokeswoman declined …'), one who asked not to be named. People
(speakers.py) keeps who they were; these read them from the words."""

from __future__ import annotations

import re

from .roles import one_unnamed

#: The cues (stance.PRIVATE_CUES) that say a speaker is not to be named.
OFF_RECORD = frozenset({
    "on condition of anonymity", "asked not to be named", "asking not to be named",
    "speaking anonymously", "declined to be named", "off the record", "on background",
    "granted anonymity", "did not want to be named", "requested anonymity",
    "not authorised to speak", "not authorized to speak",
})  # fmt: skip


_OFF_RECORD = re.compile("|".join(sorted(OFF_RECORD, key=len, reverse=True)))


def off_record_cue(text: str) -> str | None:
    """The words in ``text`` that say its source asked not to be named, if any."""
    m = _OFF_RECORD.search(text)
    return m.group(0) if m else None


#: One unnamed source and an aside opening a sentence: 'But an opposition councillor, who'
_UNNAMED_OPENING = re.compile(
    r"\s*(?:(?:But|And|However|Yet),?\s+)?(?P<who>(?:[Aa]n?|[Oo]ne)\s+[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}),\s+"
)
_OPENING_FIRST = frozenset("ABOHYS ")
#: ... or a participle that says so, then the source: 'Speaking on condition of anonymity
#: because the discussions were private, the delegate said'
_SPEAKING_OFF = re.compile(
    r"Speaking\s+(?P<cue>on condition of anonymity|anonymously|on background|off the record)"
    r"[^,;“”\"]{0,100},\s+(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|added)\b"
)


#: A group no one names, and what they are: 'Two Gulf officials', 'three people briefed'
_UNNAMED_GROUP = re.compile(
    r"(?:According to\s+)?(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Aa] few|\d+)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    # (people, not a span of time: 'Two years later it's still …')
    r"(?!(?:years|months|weeks|days|hours|minutes|decades|times)\b)"
    r"(?P<noun>[a-z]{3,}s|people|men|women)\b"
)
#: One unnamed person opening a sentence, then their act: 'A company spokeswoman declined'
_UNNAMED_ACTS = re.compile(
    # ('One chief executive who attended, speaking …, described': the relative is theirs)
    r"(?P<who>(?:An?|One)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+(?:\s+who\s+[a-z]{3,}ed)?)"
    # ('One union president, speaking on condition of anonymity, was blunter still')
    r"(?:,[^,“”\"]{3,80},)?\s+(?:[a-z]{3,}ed|was|went|put)\b"
)
_GROUP_FIRST = frozenset("TFSA123456789 ")  # (a first look: a group opens a sentence)


def unnamed_group(text: str) -> str | None:
    """What the group no one names that opens ``text`` are ('officials'), if one does."""
    group = _UNNAMED_GROUP.match(text.lstrip()) if text[:1] in _GROUP_FIRST else None
    return group["noun"] if group else None


def unnamed_actor(text: str) -> str | None:
    """The one unnamed person whose act opens ``text``: 'A company spokeswoman declined'."""
    acting = _UNNAMED_ACTS.match(text) if text[:2] in ("A ", "An", "On") else None
    return acting["who"] if acting and one_unnamed(acting["who"]) else None


def off_record_source(sentence: str) -> tuple[str, str] | None:
    """(who, the words that say so) when the sentence opens on one unnamed source who
    asked not to be named: 'But an opposition councillor, who asked not to be named, …',
    'Speaking on condition of anonymity because …, the delegate said …'."""
    if sentence[:1] not in _OPENING_FIRST:
        return None  # (a first look: 'A', 'An', 'One', 'But', 'And', 'However', 'Yet', 'S')
    speaking = _SPEAKING_OFF.match(sentence) if sentence.startswith("Speaking ") else None
    if speaking and one_unnamed(speaking["who"]):
        return speaking["who"], speaking["cue"]
    opening = _UNNAMED_OPENING.match(sentence)
    if opening and one_unnamed(opening["who"]):
        off = off_record_cue(sentence[opening.end() : opening.end() + 120])
        if off:
            return opening["who"], off
    return None


#: 'agreed to speak on the record', 'spoke on the record' (not 'declined to speak on the
#: record', 'would not go on the record')
_ON_RECORD = re.compile(
    r"\b(?:agreed|was willing|is willing|were willing|chose|decided)\s+to\s+"
    r"(?:speak|talk|be quoted|go)\s+on\s+the\s+record"
    r"|\b(?:spoke|speaks|talked|talks|speaking)\s+on\s+the\s+record"
)


def on_record_act(sentence: str) -> re.Match[str] | None:
    """Where the sentence says its subject agreed to speak on the record, if it does."""
    return _ON_RECORD.search(sentence) if "on the record" in sentence else None
