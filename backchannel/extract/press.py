"""Words to the press: on the record whatever they talk of. A paper told by its name
('told The Capitol Wire'), and a spokesperson telling reporters of a memo ('A Lumora
spokesperson told us the memo reflects …'). stance.py finds the cues; this overrules
one where the press was told."""

from __future__ import annotations

import re

from .roles import OUTLET_NAMES

#: A paper told, by its name: 'told The Capitol Wire', 'told the Irish Times'
TOLD_OUTLET = re.compile(
    r"\btold\s+(?:the\s+|The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,3}"
    rf"(?:{'|'.join(sorted(OUTLET_NAMES))})\b"
)


#: One who speaks for a body, and the body itself: on the record (and a body's own word:
#: 'Leaked messages … describe how …. The company says it has done nothing wrong.')
SPEAKS_FOR_A_BODY = re.compile(
    r"\bspokes(?:man|woman|person|people)\b|^(?:company|ministry|government|department)$",
    re.I,
)
#: A spokesperson's words to the paper: 'told us', 'told reporters', 'told this newspaper'
_TOLD_THE_PRESS = re.compile(
    r"\b(?:told|telling)\s+(?:us|reporters|journalists|the paper|this (?:paper|newspaper))\b"
)


def to_the_press(
    who: str | None, words: str, stance: str | None, cue: str | None
) -> tuple[str | None, str | None]:
    """(stance, cue): public if a spokesperson tells the press (``words``, up to what they
    said) what a cue in their words made private: 'A Lumora spokesperson told us the memo
    reflects …' speaks of the memo, on the record."""
    press = _TOLD_THE_PRESS.search(words, 0, 80) if stance == "private" else None
    if press and who and SPEAKS_FOR_A_BODY.search(who):
        return "public", press.group(0)
    return stance, cue
