"""Stance cues: the words that suggest a public stance or a private assurance."""

from __future__ import annotations

import re

PRIVATE_CUES = [
    "privately", "in private", "behind closed doors", "closed-door", "private call",
    "private talks", "private conversations", "private assurances", "private meeting",
    "in a letter", "a letter", "letter dated", "the letter", "memo", "minutes",
    "confidential", "in the room", "told the group", "told the ministers",
    "on condition of anonymity", "asked not to be named", "speaking anonymously",
]  # fmt: skip
PUBLIC_CUES = [
    "publicly", "in public", "told reporters", "to reporters", "press conference",
    "press briefing", "in an interview", "interview", "in a statement", "written statement",
    "statement", "posted", "wrote on x", "on linkedin", "in parliament", "parliament",
    "speech", "radio", "television", "talk show", "told delegates", "business forum",
    "plenary", "debate", "podium", "asked about", "asked whether", "on the record",
]  # fmt: skip


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


_CUES = [("private", _cue_pattern(PRIVATE_CUES)), ("public", _cue_pattern(PUBLIC_CUES))]


def stance_of(*contexts: str) -> tuple[str | None, str | None]:
    """(stance, cue) from the first context that holds a cue; (None, None) if none do.
    Within a context the cue that comes first decides."""
    for context in contexts:
        low = context.lower()
        hits = [(m.start(), m.group(0), side) for side, rx in _CUES if (m := rx.search(low))]
        if hits:
            _, cue, side = min(hits)
            return side, cue
    return None, None
