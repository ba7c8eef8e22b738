"""The titles people are named with ('Sen. Ana Lind', 'harbour master Ana Lind', 'Ana
Lind, the pollster,'): whom 'the senator' means further on, and who holds an office."""

from __future__ import annotations

import re
from collections.abc import Callable

from .roles import (
    ABBREVIATED,
    ADDRESS,
    APPOSITION,
    APPOSITION_BEFORE,
    OFFICE,
    PERSON_ROLE,
    THE_ROLE,
    lower_words_before,
)

#: Words that make a title another office: 'vice president', 'deputy minister'.
_OTHER_OFFICE = frozenset({"vice", "deputy", "assistant", "under", "prime", "chief"})
_NOT_TITLES = frozenset({"the", "a", "an", "of", "for", "and", "former", "then"}) | ADDRESS


#: An office by its initials, as the press of some countries writes it: 'the CS said'
_SHORT_OFFICES = {
    "the cs": "the cabinet secretary", "the ps": "the principal secretary",
    "the vc": "the vice chancellor", "the dg": "the director general",
    "the md": "the managing director", "the ceo": "the chief executive",
}  # fmt: skip


class Titles:
    """(title words, full name) as people are named with a title, in order."""

    def __init__(self, fullest: Callable[[str], str]) -> None:
        self._named: list[tuple[frozenset[str], str]] = []
        self._fullest = fullest  # 'Hale' -> 'Martin Hale' (People.fullest)

    def note(self, text: str, run: re.Match[str], name: str) -> None:
        """``name`` is first named by ``run`` in ``text``: the titles around it, before
        the name, in an apposition after it, or in one before it."""
        words = run.group(0)[: run.group(0).rfind(name)] + " " + lower_words_before(text, run)
        after = APPOSITION.match(text, run.end())
        if after:
            words += " " + (after.group(1) or after.group(2))
        before = APPOSITION_BEFORE.search(text, max(0, run.start() - 60), run.start())
        if before:  # 'La ministre des Transports, Claire Dumesnil': her title
            words += " " + before.group(1)
        found = {ABBREVIATED.get(w, w) for w in re.findall(r"[a-z]+", words.lower())}
        found -= _NOT_TITLES
        if found:
            self._named.append((frozenset(found), name))

    def person(self, phrase: str) -> str | None:
        """'the senator' -> the last person named with that title, or None."""
        phrase = _SHORT_OFFICES.get(phrase, phrase)  # ('the CS': the Cabinet Secretary)
        m = THE_ROLE.fullmatch(phrase)
        if m is None or not PERSON_ROLE.fullmatch(m.group(1)):
            return None
        wanted = set(re.findall(r"[a-z]+", phrase)) - {"the", "former", "then"}
        role_only = None
        for titles, name in reversed(self._named[-50:]):
            if (titles & _OTHER_OFFICE) - wanted or (wanted & _OTHER_OFFICE) - titles:
                # 'the president' is not the vice president, nor a deputy; 'the prime
                # minister' is not the finance minister
                continue
            if wanted <= titles:
                return self._fullest(name)  # 'the Vermont senator': all its words
            if role_only is None and m.group(1) in titles:
                role_only = name
        return self._fullest(role_only) if role_only else None

    def holds_office(self, name: str) -> bool:
        """Was ``name`` named with a title of office ('Interior Minister Jan Wierzbicki',
        'Helen Carew, the business secretary')? Hosts, actors and authors are not."""
        full = self._fullest(name)
        return any(
            titled == full and OFFICE.search(" ".join(titles)) for titles, titled in self._named
        )

    def may_be(self, name: str, phrase: str) -> bool:
        """Could 'the envoy' be this person? Not if the article gave them other titles."""
        titles = [t for t, n in self._named[-50:] if n == name]
        wanted = set(re.findall(r"[a-z]+", phrase))
        return not titles or any(
            # ('the chief minister' is not Labour Minister Hegde)
            wanted & t and not (wanted & _OTHER_OFFICE) - t and not (t & _OTHER_OFFICE) - wanted
            for t in titles
        )
