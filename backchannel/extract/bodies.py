"""Bodies named in full, and the body a bare word of their kind stands for further on:
'the ministry' after 'the Ministry of Health', 'the union' after 'the Kenya Universities
Staff Union'. speakers.People keeps the names; naming.who reads 'the ministry'."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import alternation, first_letters

#: The word a body is named with, as the bare word that stands for it
_KINDS = (
    "Ministry", "Union", "Council", "Authority", "Commission", "Department", "Association",
    "Agency", "Bank", "Board", "Trust", "Alliance", "Federation", "Fund", "Committee",
    "Institute", "University", "Party", "Tribunal", "Court", "Regulator", "Service",
    "Foundation", "Directorate", "Inspectorate", "Secretariat",
)  # fmt: skip
#: The kind's word by the bare word that stands for it: 'ministry' → 'Ministry'
_BARE = {kind.lower(): kind for kind in _KINDS}
_KIND = re.compile(rf"\b{first_letters(_KINDS)}(?:{alternation(_KINDS)})\b")
_WORD = r"[A-Z][\w'’&.-]*"
#: What may follow the kind's word in a body's name: ' of Foreign Affairs', ' of Ghana'
_OF_WHAT = re.compile(
    rf"\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+|&\s+)?{_WORD}){{0,4}}"
)


def bodies_named(text: str) -> list[str]:
    """The bodies ``text`` names in full with their kind's word, in order: 'Kenya
    Universities Staff Union', 'Ministry of Foreign Affairs', 'Bank of Ghana' (not the
    kind alone: 'the Ministry said')."""
    named: list[str] = []
    for kind in _KIND.finditer(text):
        # the capitalised words right before the kind's, back to the first that is not
        words = text[max(0, kind.start() - 80) : kind.start()].split()
        before: list[str] = []
        for word in reversed(words):
            if not word[:1].isupper() or word == "The" or word[-1] in ",.;:":
                break
            before.insert(0, word)
        rest = _OF_WHAT.match(text, kind.end())
        if before or rest:
            named.append(" ".join([*before[-5:], kind.group(0)]) + (rest.group(0) if rest else ""))
    return named


def body_of_kind(bodies: Iterable[str], phrase: str) -> str | None:
    """The body last named of the kind ``phrase`` names bare ('the ministry', 'union'),
    or None. ``bodies``: those named so far, the latest last."""
    kind = _BARE.get(phrase.lower().removeprefix("the "))
    if kind is None:
        return None
    return next((body for body in reversed(list(bodies)) if kind in body.split()), None)
