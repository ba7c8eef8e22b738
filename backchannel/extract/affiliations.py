"""Whom a group or an official speaks for: "American negotiators" belong to
the United States, "UK officials" to the United Kingdom, "the Chinese foreign
ministry" to China, "a Kremlin spokesman" to Russia.

Countries, their demonyms, other spellings and capitals come from countryinfo
(a kept dataset, not a list of ours). Seats of government named for their
country ("the Kremlin", "the White House") are the one thing it lacks; the
few in everyday news are listed here.
"""

from __future__ import annotations

import functools
import re

#: Buildings and places that stand for a government in news copy.
SEATS = {
    "Kremlin": "Russia",
    "White House": "United States",
    "Pentagon": "United States",
    "Downing Street": "United Kingdom",
    "Whitehall": "United Kingdom",
    "Élysée": "France",
    "Elysee": "France",
    "Quai d'Orsay": "France",
    "Chancellery": "Germany",
    "Zhongnanhai": "China",
    "Bankova": "Ukraine",
}

#: Short codes worth reading in a speaker's name; other two-letter codes
#: ("IT", "IN", "AS") are ordinary words too often.
_CODES = {"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK"}


def _pattern(names: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:'s|s)?(?![\w-])")


Table = tuple[re.Pattern[str], dict[str, str]]


@functools.cache
def _names() -> tuple[Table, Table, Table]:
    """Demonyms and short codes ("American", "UK"); countries' names; capitals
    and seats of government."""
    from countryinfo import all_countries

    countries = [c.info() for c in all_countries()]
    # Where two share a word ("Indian"), the more populous country has it.
    countries.sort(key=lambda info: -(info.get("population") or 0))
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    places: dict[str, str] = dict(SEATS)
    for info in countries:
        name = info.get("name")
        if not name or not info.get("ISO"):
            continue  # territories without codes of their own
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym.strip():
            adjectives.setdefault(demonym.strip(), name)
        for form in [name, *info.get("altSpellings", [])]:
            if form in _CODES:
                adjectives.setdefault(form, name)
            elif isinstance(form, str) and len(form) > 3:
                names.setdefault(form.strip(), name)
        capital = info.get("capital")
        if isinstance(capital, str) and capital.strip():
            places.setdefault(capital.strip(), name)
    adjectives["American"] = "United States"  # countryinfo gives it to two countries
    return (
        (_pattern(adjectives), adjectives),
        (_pattern(names), names),
        (_pattern(places), places),
    )


def affiliation_of(speaker: str) -> str | None:
    """The country a group or official's name says they speak for, if it says one;
    None for a name that is itself a country, or says none.

    A person's name ("French President Emmanuel Macron") is read for demonyms
    and codes only; a country's name, a capital or a seat of government counts
    in a group's ("Moscow officials", "a Kremlin spokesman") — never in the
    people "Ana Lima" or "Jordan Peterson"."""
    adjectives, names, places = _names()
    group = any(word[:1].islower() for word in speaker.split())
    for pattern, table in (adjectives, names, places) if group else (adjectives,):
        match = pattern.search(speaker)
        if match is None:
            continue
        found = match.group(0)
        country = table.get(found) or table.get(re.sub(r"(?:'s|s)$", "", found))
        if country is None or speaker.strip().lower() in (country.lower(), found.lower()):
            return None
        return country
    return None


@functools.cache
def _place_names() -> frozenset[str]:
    _, (_, names), (_, places) = _names()
    return frozenset(names) | frozenset(names.values()) | frozenset(places)


def is_place(name: str) -> bool:
    """Is ``name`` a country ("Norway", "the United States"), a capital or a seat
    of government ("Kremlin"): a speaker that is never a person?"""
    name = name.strip()
    bare = name[4:] if name[:4].lower() == "the " else name
    return bare in _place_names()
