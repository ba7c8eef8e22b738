"""The words of the domain, in one place: stances, quote kinds, filter keys,
and how each is said on screen, in the shell and in a brief.

Everything else (the store's CHECK constraints aside, which a migration
fixes for good) takes these from here. Pure: no imports from the project.
"""

from __future__ import annotations

STANCES: tuple[str, ...] = ("public", "private")
"""A statement's stance: on the record, or assured in private (or None: not tagged)."""

STANCE_WORDS: dict[str | None, str] = {
    "public": "public stance",
    "private": "private assurance",
    None: "not tagged",
}
"""A stance in words: "public stance"."""

STANCE_MARKS: dict[str | None, str] = {"public": "PUB", "private": "PRIV", None: "·"}
"""A stance in a column a few characters wide."""

STANCE_LANES: dict[str | None, str] = {"public": "P", "private": "A", None: "·"}
"""A stance as the timeline's one-letter lane: P public, A (private) assurance."""

KINDS: tuple[str, ...] = ("direct", "indirect", "block")
"""How a statement is quoted."""

KIND_WORDS: dict[str, str] = {
    "direct": "direct quote",
    "indirect": "indirect",
    "block": "quoted block",
}
"""A quote kind in words."""

KIND_PHRASES: dict[str, str] = {
    "direct": "direct quote",
    "indirect": "indirect quote",
    "block": "quoted block",
}
"""A quote kind as a citation says it, standing alone ("indirect quote")."""

FILTER_KEYS: tuple[str, ...] = ("by", "topic", "stance", "source", "since", "until", "kind")
"""The keys of the filter line, in the order the help lists them."""

FILTER_STANCES: tuple[str, ...] = (*STANCES, "none")
"""What ``stance:`` takes: a stance, or none for untagged."""


def stance_word(stance: str | None) -> str:
    """ "public stance", "private assurance" or "not tagged"."""
    return STANCE_WORDS.get(stance, STANCE_WORDS[None])


def stance_mark(stance: str | None) -> str:
    """ "PUB", "PRIV" or "·"."""
    return STANCE_MARKS.get(stance, STANCE_MARKS[None])
