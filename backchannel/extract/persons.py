"""Whether a speaker the article names is a person, not a body or a place."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .affiliations import is_place
from .names import CAPITAL, JOINED_ARTICLE, ORG_WORDS, PARTICLE, looks_like_person

if TYPE_CHECKING:  # (speakers.py reads this module: People for the annotation only)
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


@lru_cache(maxsize=1024)
def a_surname(speaker: str) -> bool:
    """One capitalised word that is no body or place ('Norway has promised …')."""
    return (
        bool(_SURNAME.fullmatch(speaker))
        and not ORG_WORDS.search(speaker)
        and not is_place(speaker)
    )


@lru_cache(maxsize=1024)
def person_or_surname(speaker: str) -> bool:
    """Is the speaker a person's name, or a surname alone?"""
    return looks_like_person(speaker) or a_surname(speaker)


_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
