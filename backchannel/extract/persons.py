"""Whether a speaker the article names is a person, not a body or a place."""

from __future__ import annotations

import re

from .names import CAPITAL, JOINED_ARTICLE, PARTICLE, looks_like_person
from .speakers import People

#: A person's name: capitals ('Mats Åkerlund') and particles ('Said bin Hamad al-Rawahi')
_NAME_WORDS = re.compile(
    rf"[{CAPITAL}][\w'’.-]*(?:\s+(?:[{CAPITAL}][\w'’.-]*|{JOINED_ARTICLE}[{CAPITAL}][\w'’.-]*|"
    rf"{PARTICLE}))*"
)


def a_person(who: str | None, people: People) -> str | None:
    """``who`` if it names a person the article knows, else None."""
    if not who or not _NAME_WORDS.fullmatch(who):
        return None  # 'the harbour board met …': a body, not a person
    return who if looks_like_person(who) or who == people.last_person else None
