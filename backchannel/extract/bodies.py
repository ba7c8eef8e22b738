"""Bodies named in full, and the body a bare word of their kind stands for further on:
'the ministry' after 'the Ministry of Health', 'the union' after 'the Kenya Universities
Staff Union'. speakers.People keeps the names; naming.who reads 'the ministry'."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The word a body is named with, as the bare word that stands for it
_KINDS = (
    "Ministry", "Union", "Council", "Authority", "Commission", "Department", "Association",
    "Agency", "Bank", "Board", "Trust", "Alliance", "Federation", "Fund", "Committee",
    "Institute", "University", "Party", "Tribunal", "Court", "Regulator", "Service",
    "Foundation", "Directorate", "Inspectorate", "Secretariat",
)  # fmt: skip
#: 'the ministry', 'the union' (and plain 'ministry', as naming.who reads it without 'the')
_BARE = {kind.lower(): kind for kind in _KINDS}
_WORD = r"(?!The\b)[A-Z][\w'’&.-]*"
#: A body's name with its kind: 'Kenya Universities Staff Union', 'Ministry of Foreign
#: Affairs', 'Bank of Ghana', 'Nairobi County Council'
_NAMED = re.compile(
    rf"(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,5}}\b(?P<kind>{'|'.join(_KINDS)})\b"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+|&\s+)?{_WORD}){{0,4}})?"
)


def bodies_named(text: str) -> list[str]:
    """The bodies ``text`` names in full, with their kind's word, in order (not the kind
    alone: 'the Ministry said')."""
    if not any(kind in text for kind in _KINDS):
        return []  # a first look: most sentences name none
    return [m.group(0) for m in _NAMED.finditer(text) if m.group(0) != m["kind"]]


def body_of_kind(bodies: Iterable[str], phrase: str) -> str | None:
    """The body last named of the kind ``phrase`` names bare ('the ministry', 'union'),
    or None. ``bodies``: those named so far, the latest last."""
    kind = _BARE.get(phrase.lower().removeprefix("the "))
    if kind is None:
        return None
    return next((body for body in reversed(list(bodies)) if kind in body.split()), None)
