"""The people an article has named in full, and whom a surname or a first name alone
stands for further on ('Hale' is Martin Hale). speakers.People keeps one."""

from __future__ import annotations

import re
from collections.abc import Set

from .name_words import TITLES
from .names import NAME_RUN, run_reading
from .roles import HONORIFICS, PLACE_NOUN_AFTER

#: A body named in full, then its short name: 'the Irish Nurses and Midwives Federation
#: (INMF)', 'Health Service Executive (HSE)'
_SHORT_NAME = re.compile(
    r"(?P<full>[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|on|the|&)\s+)*[A-Z][\w'’-]*){1,8})"
    r"\s+\((?P<short>[A-Z][A-Z&]{1,9})\)"
)


class NameBook:
    """Full names in the order named, indexed by surname and by first name."""

    def __init__(self) -> None:
        self.full: list[str] = []
        self._by_last: dict[str, list[str]] = {}  # surname -> full names, for fullest()
        #: first name -> full names: 'Hillary shot back' is Hillary Clinton when she is
        #: the only Hillary named
        self._by_first: dict[str, list[str]] = {}
        self._owners: set[str] = set()  # names met first as an owner ('Eva Moss’s plan')
        #: a body's short name -> its full name: 'INMF' is the Irish Nurses and Midwives
        #: Federation once named so
        self.short_names: dict[str, str] = {}

    def note_short_names(self, text: str) -> None:
        """Note the bodies ``text`` names in full with their short names after them."""
        for m in _SHORT_NAME.finditer(text):
            full = m["full"].removeprefix("The ")
            if full[:1] == m["short"][:1] and " " in full:
                self.short_names.setdefault(m["short"], full)

    def knows(self, name: str, last: str) -> bool:
        """Was ``name`` (surname ``last``, lower case) named before?"""
        return name in self._by_last.get(last, ())

    def has_key(self, word: str) -> bool:
        """Is ``word`` (lower case) the surname or the first name of someone named?"""
        return word in self._by_last or word in self._by_first

    def add(self, name: str, last: str, owner: bool = False) -> None:
        """``name`` is named in full for the first time; ``owner``: as an owner ('Bill
        Clinton’s campaign'), and so gives way to one named outright ('Hillary Clinton
        said') as whom 'Clinton' means."""
        self.full.append(name)
        parts = name.split()
        keys = [(self._by_last, last), (self._by_first, parts[0].lower())]
        if len(parts) == 3 and parts[1][:1].isupper() and parts[1][-1:] != ".":
            # 'Héctor Salazar Quispe' is 'Salazar' further on, as Spanish names a person
            # by the first of two surnames (after any named so)
            keys.append((self._by_last, parts[1].lower()))
        for index, key in keys:
            names = index.setdefault(key, [])
            at = len(names)
            if not owner:
                at = next((i for i, n in enumerate(names) if n in self._owners), at)
            names.insert(at, name)
        if owner:
            self._owners.add(name)

    def learn(self, text: str) -> None:
        """The people named in full in words set apart (a block read out, a memoir's
        passage): whom their surnames stand for from here on, though none of them is
        the last person named."""
        for run in NAME_RUN.finditer(text):
            reading = run_reading(run.group(0))
            if (
                reading
                and reading[1]
                and " " in reading[0]
                and not self.knows(*reading[::2])
                # ('Shoppers at a Karoo Fresh store': a body's, no one's name)
                and not PLACE_NOUN_AFTER.match(text, run.end())
            ):
                self.add(reading[0], reading[2])

    def with_surname(self, surname: str) -> list[str]:
        """The full names named with ``surname``, in the order 'Clinton' alone means them."""
        return [name for name in self._by_last.get(surname.lower(), ()) if " " in name]

    def step_back(self, relative: str) -> None:
        """A relative named by the family's name ('Barden's son, Daniel, was killed'):
        the surname alone is still whom the article named before ('Barden says …' is the
        father)."""
        names = self._by_last.get(relative.rsplit(" ", 1)[1].lower(), [])
        if relative in names and len(names) > 1:
            names.remove(relative)
            names.append(relative)
            self._owners.add(relative)

    def fullest(self, name: str) -> str:
        """'Hale' -> 'Martin Hale' when the article named him so."""
        if not name.split():
            return name
        words = name.split()
        last = words[-1].lower()
        # (a name given in full before the surname alone: 'Mr. Putin' is Vladimir Putin)
        for full in sorted(self._by_last.get(last, ()), key=lambda f: " " not in f):
            # 'Hale' -> 'Martin Hale', never 'Eric Trump' -> 'Donald Trump'
            # ('Van Oordt' opening a sentence is Willem van Oordt)
            if len(full) >= len(name) and (
                len(words) == 1 or words[0] in full.split() or words[0].lower() in full.split()
            ):
                return full
        if " " not in name:
            firsts = self._by_first.get(last, ())
            if len(firsts) == 1 and name[:1].isupper():
                return firsts[0]
        return name

    def same_as(self, name: str) -> str:
        """The full name named before that ``name`` is a form of ('Van Oordt', opening a
        sentence, is Willem van Oordt), else ``name``."""
        full = self.fullest(name)
        return full if full != name and full.lower().endswith(name.lower()) else name

    def named_in_full(self, speaker: str, speakers: Set[str] = frozenset()) -> str:
        """'Governor Echeverría', met before the article named him in full, is the one
        person it later named so ('Governor Martín Echeverría'): a surname, after a title
        or honorific or alone (a headline's 'Obama says …'), and one full name with that
        surname (of several, the one of ``speakers``, who speak in the article); 'Stavros
        K.', a first name and an initial, is the one Stavros named with a surname so."""
        words = speaker.split()
        if len(words) == 2 and len(words[1].rstrip(".")) == 1 and words[1][:1].isupper():
            # 'Stavros K.' in a chat's export: the one Stavros named whose surname is a K…
            fulls = {
                f
                for f in self.full
                if f.startswith(words[0] + " ") and f.split()[-1][:1] == words[1][0]
            }
            return fulls.pop() if len(fulls) == 1 else speaker
        if (
            not 0 < len(words) <= 3
            or words[-1].lower() not in self._by_last
            or not all(
                w.lower().rstrip(".") in TITLES or w.lower().rstrip(".") in HONORIFICS
                for w in words[:-1]
            )
        ):
            return speaker
        fulls = set(self.with_surname(words[-1]))
        if len(fulls) > 1:
            # 'Obama says …' over a story in which Barack Obama speaks and Michelle is
            # named: the one who speaks
            fulls &= speakers
        return fulls.pop() if len(fulls) == 1 else speaker
