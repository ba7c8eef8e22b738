"""Whether the article shows a person as a man or a woman ('said she', 'Mrs.', a first
name news prose gives one sex): whom 'he' and 'she' may mean, and which of two people
sharing a surname 'Mr. Clinton' is. speakers.People keeps one."""

from __future__ import annotations

import re

from .first_names import SEX_OF_FIRST_NAME
from .name_book import NameBook
from .roles import GENDERED_TITLES, PRONOUN_AFTER


class Sexes(dict[str, str]):
    """name -> 'm' or 'f', as the article has shown it."""

    def learn(self, name: str, text: str, run: re.Match[str]) -> None:
        """``name`` was just named (by ``run`` in ``text``): its sex, if the words show it."""
        end = run.end()
        # (a first look: 'he ' is in 'she ' too)
        said = PRONOUN_AFTER.match(text, end) if text.find("he ", end, end + 120) >= 0 else None
        known = SEX_OF_FIRST_NAME.get(name.split(" ", 1)[0]) if " " in name else None
        told = ("m" if said["p"] == "he" else "f") if said else None
        if told and known and told != known:
            # 'Her husband, Martin Clarke, says she broke the news': 'she' is his wife, not
            # Martin; the name's sex stands
            self.setdefault(name, known)
        elif told:  # 'Carmela Reyes, who chairs …, said she would …'
            self[name] = told
        else:
            title = run.group(0).split(maxsplit=1)[0].rstrip(".").lower()
            if title in GENDERED_TITLES:
                self[name] = GENDERED_TITLES[title]
            elif name not in self and " " in name:
                # 'Claire Vasseur': a first name news prose gives one sex
                sex = SEX_OF_FIRST_NAME.get(name.split(" ", 1)[0])
                if sex:
                    self[name] = sex

    def of(self, name: str) -> str | None:
        """'m' or 'f' as the article showed it, else as the first name tells, else None."""
        if name in self or " " not in name:
            return self.get(name)
        return SEX_OF_FIRST_NAME.get(name.split(" ", 1)[0])

    def belies(self, title: str, name: str) -> bool:
        """Does ``title`` ('Mrs.') name the other sex than ``name``'s?"""
        sex = GENDERED_TITLES.get(title.rstrip(".").lower())
        return sex is not None and self.of(name) not in (None, sex)

    def titled(self, names: NameBook, surname: str, title: str) -> str:
        """Whom a surname after ``title`` means: 'Mr. Clinton', when the article named
        Hillary Clinton and then Bill Clinton, is Bill, as 'Mrs. Clinton' is Hillary;
        'Mrs. Trump', when no woman named Trump was named in full, is no one named
        before, and so 'Mrs. Trump', never Donald Trump."""
        full = names.fullest(surname)
        if " " in surname or not self.belies(title, full):
            return full
        same = [f for f in names.with_surname(surname) if not self.belies(title, f)]
        return same[0] if same else f"{title} {surname}"
