"""Relatives named by a first name alone after the family's name: 'Tulloch's father,
Robbie, was skipper then' names Robbie Tulloch."""

from __future__ import annotations

import re

#: A relative named by a first name alone, after the family's: 'Tulloch's father, Robbie,'
_KIN = re.compile(
    r"\b(?P<family>[A-Z][a-z][\w-]*)['’]s\s+(?:father|mother|son|daughter|brother|sister|"
    r"wife|husband|uncle|aunt|grandfather|grandmother|cousin|nephew|niece),\s+"
    r"(?P<given>[A-Z][a-z]+)(?=,)"
)


def named_relative(text: str) -> tuple[str, str | None]:
    """``text`` with a relative named by a first name after the family's named whole
    ('Tulloch's father, Robbie Tulloch, was …'), and that name; or ``text`` and None."""
    kin = _KIN.search(text)
    if kin is None:
        return text, None
    return (
        f"{text[: kin.end()]} {kin['family']}{text[kin.end() :]}",
        f"{kin['given']} {kin['family']}",
    )
