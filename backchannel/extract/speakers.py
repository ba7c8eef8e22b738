"""Speakers: the people an article names (names.py says what a name is), the fullest
name for a surname, and who he, she and it are. How each of them has spoken (off the
record, in private messages, as an onlooker) is voices.Voices'."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Set

from . import naming
from .affiliations import is_place
from .bodies import bodies_named
from .documents import names_a_document
from .interviews import interviewee_named
from .name_book import NameBook
from .names import (
    NAME_RUN,
    ORG_WORDS,
    POSSESSIVE,
    person_name,
    run_reading,
    without_portfolio,
    without_possessive,
)
from .persons import a_surname, person_or_surname
from .phrases import PRONOUNS_ALONE
from .polls import poll_named
from .relatives import named_relative
from .roles import (
    BODY_BEFORE,
    GROUP_OF_PEOPLE,
    OUTLET_NAMES,
    PLACE_NOUN_AFTER,
    body_in_head,
    introduced_as_analyst,
    office_named_last,
    one_unnamed,
)
from .sentence_subject import main_subject
from .sexes import Sexes
from .text import plain
from .titles import Titles
from .unnamed import off_record_source, on_record_act, unnamed_actor, unnamed_group
from .voices import Voices

#: A sentence's subject 'he' or 'she', first or past a participle's phrase put first:
#: 'She told …', 'Responding to a question from Ola Kvamme, she said'
_PRONOUN_OPENS = re.compile(
    r"(?:(?:Responding|Replying|Asked|Pressed|Questioned|Speaking)\b[^,;.]{0,120},\s+)?"
    r"(?P<pronoun>He|he|She|she)\s"
)
#: An age after a name: 'Yousif, 52,', 'Mariam, 17,'
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
_AT_THE = ("at the ", "outside the ", "inside the ", "near the ")  # a place one is at


class People:
    """Who the article has named so far: fullest names, and who he, she and it are."""

    def __init__(self) -> None:
        #: the people named in full, and whom a surname or a first name stands for
        self.names = NameBook()
        #: 'Hale' -> 'Martin Hale' when the article named him so (NameBook's, read often)
        self.fullest = self.names.fullest
        #: how each person named has spoken: off the record, in private, as an onlooker
        self.voices = Voices()
        self.last_person: str | None = None
        #: the last unnamed single speaker ('a senior official'): 'the official' again
        self.unnamed: str | None = None
        self._last_org: str | None = None
        #: the opening words of each text scanned since the last organisation was looked
        #: for: 'it' is rare, so the organisation opening a sentence is found only then
        self._heads: list[str] = []
        #: the starts of the last texts scanned: who opened the sentences just read
        self._openers: deque[str] = deque(maxlen=6)
        #: the last texts scanned: an office holder named in them, no name given ('I spoke
        #: to the Union Health Minister'), is whom 'he' may mean
        self._texts: deque[str] = deque(maxlen=3)
        #: who speaks as 'I' in the words being read (a transcript's turn): never 'he'
        self.speaking: str | None = None
        #: the titles people are named with: 'the senator' is hers
        self.titles = Titles(self.names.fullest)
        #: 'm' or 'f' as the article shows it ('Carmela Reyes … said she …', 'Mrs. Lind')
        self.gender = Sexes()
        #: the people named last, the latest last: whom 'she' means when the last
        #: person named is a 'he' ('Reyes said she would call Villanueva. “…,” she said')
        self._recent: list[str] = []
        #: the last paper, agency or broadcaster named: whom 'the paper reported' means
        self.last_outlet: str | None = None
        #: the last poll named ('a Washington Post-ABC News survey'): what 'the poll' is
        self.last_poll: str | None = None
        #: the person the last sentence without a quotation was about (its subject)
        self.last_subject: str | None = None
        #: how often each person has been named: whom an interview is with
        self.mentions: dict[str, int] = {}
        #: the one a Q&A interview answers for, fixed at its first answer
        self.interviewee: str | None = None
        #: the last person said to have spoken to the paper ('X, who led …, spoke to
        #: our editor', 'We spoke to Health Minister Y'): whom an interview is with
        self.spoke_to_us: str | None = None
        #: the body that spoke last ('the Bureau confirmed …'): whose 'a spokesperson'
        self.last_body: str | None = None
        #: the bodies named in full, the latest last: whom 'the ministry' means
        self.bodies: deque[str] = deque(maxlen=12)
        #: what the last unnamed group to speak were ('officials'): 'one of them' is one
        self.group: str | None = None
        #: the last such group to give a statement, as the article named them ('Two
        #: members of the works council'): 'one of them' is one of those
        self.group_named: str | None = None
        #: the group of people that gave the last statement: whom 'they' means next
        self.last_group: str | None = None
        #: the body (no person, no group) that gave the last statement: whom 'it' means next
        self.last_thing: str | None = None

    def note_titles(self, text: str) -> None:
        """The titles of the people ``text`` (quotations blanked) names first, before it is
        scanned: 'a meeting between Energy Minister Mathieu Declercq and … said the minister
        had assured …' has 'the minister' mean him in the same sentence."""
        for run in NAME_RUN.finditer(text):
            reading = run_reading(run.group(0))
            if reading and reading[1] and not self.names.knows(reading[0], reading[2]):
                self.titles.note(text, run, reading[0])

    def scan(self, text: str, bare: bool = False) -> None:
        """Note the people named in ``text`` (quotations left out), in order;
        ``bare``: its quotations are blanked already."""
        text = text if bare else plain(text)
        opening = _PRONOUN_OPENS.match(text) if text[:1] in "HSRAPQ" else None
        if opening:
            # 'She told the Lobby Line the committee would write to the Home Secretary …',
            # 'Responding to a question from Ola Kvamme, she said': whom she is was settled
            # before the names her sentence goes on to
            self.last_subject = self.pronoun(opening["pronoun"].lower()) or self.last_subject
        if "(" in text:
            self.names.note_short_names(text)  # ('the Health Service Executive (HSE)')
        self.bodies.extend(bodies_named(text))
        group = unnamed_group(text)
        if group:
            self.group = group  # 'Two officials there tell …': 'one of them' next
            if self.group_named and self.group_named not in text:
                self.group_named = None  # (another group of them, not the one that spoke)
        acting = unnamed_actor(text)
        if acting:
            # 'A company spokeswoman declined to comment …. “…,” she said': her
            self.last_person = self.unnamed = self.last_subject = acting
        relative = None
        if "'s " in text or "’s " in text:
            # 'Tulloch's father, Robbie, was skipper then': Robbie Tulloch, named whole
            text, relative = named_relative(text)
        names = self.names
        person_end = -1  # where the last person named ends: 'Colin MacIsaac| of Nova Scotia'
        for run in NAME_RUN.finditer(text):
            reading = run_reading(run.group(0))
            if reading is None or (person_end >= 0 and text[person_end : run.start()] == " of "):
                continue  # (not a person: the place or body one named is of)
            name, person, last = reading
            if (
                not person
                and text[run.end() : run.end() + 1] == ","
                and " " not in name
                and _AGE_AFTER.match(text, run.end())
            ):
                # 'Yousif, 52, a community leader, …': one name and an age, a person
                person = not ORG_WORDS.search(name) and not is_place(name)
            if person:
                name = without_portfolio(name, text, run.start())
            if person and " " not in name and names.has_key(last):
                person = False  # 'Mr. Trump' after 'Donald J. Trump': he, named again
            if (
                person
                and not names.knows(name, last)  # (a person already: no body)
                and (
                    BODY_BEFORE.search(text, max(0, run.start() - 50), run.start())
                    or text.endswith(_AT_THE, 0, run.start())  # ('at the Casa Rosada')
                    or (
                        PLACE_NOUN_AFTER.match(text, run.end())
                        and not run.group(0).endswith(POSSESSIVE)  # ('Ryan’s office')
                    )
                )
            ):
                # 'the broadcaster Raadio Kesk': a body; 'the bank's São Paulo office': a
                # place; neither is 'he' or 'she'
                continue
            if person:
                name = name if names.knows(name, last) else names.same_as(name)
                if not names.knows(name, last):
                    self.titles.note(text, run, name)  # titles come where one is first named
                    # a role is given where a person is first named
                    if introduced_as_analyst(text, run.start(), run.end()):
                        self.voices.analysts.add(name)
                    names.add(name, last, owner=run.group(0).endswith(POSSESSIVE))
                self._seen(name, text, run)
                person_end = run.end()
            elif " " not in name and names.has_key(last := without_possessive(last)):
                # a surname or a first name alone, or its owner ('Carvalhal's public
                # comments'): the person it stands for, if named ('Mr. Clinton': Bill)
                full = self.titled(without_possessive(name), run.group(0).split()[0])
                if full != name:
                    self._seen(full, text, run)
            elif not OUTLET_NAMES.isdisjoint(name.split()):
                self.last_outlet = name  # 'According to the Financial Courier, …'
        if relative:
            names.step_back(relative)
        if "poll" in text or "survey" in text:
            self.last_poll = poll_named(text, self.last_poll) or self.last_poll
        self._heads.append(text[:80])
        self._openers.append(text.lstrip()[:60])
        self._texts.append(text)
        if "spoke " in text or "talked " in text or "sat down " in text or "received " in text:
            self.spoke_to_us = interviewee_named(text, self) or self.spoke_to_us
        if names_a_document(text):
            self.voices.note_sender(text, self.fullest, self.titles.person)

    def _seen(self, name: str, text: str, run: re.Match[str]) -> None:
        """``name`` was just named (by ``run`` in ``text``): the last person, and their
        gender if the words show it."""
        self.last_person = name
        self.mentions[name] = self.mentions.get(name, 0) + 1
        recent = self._recent
        if name in recent:
            recent.remove(name)
        recent.append(name)
        if len(recent) > 8:
            del recent[0]
        self.gender.learn(name, text, run)

    def note_subject(self, person: str | None) -> None:
        """The person the sentence just read (no quotation in it) was about, or None:
        whom 'she' may mean next (see pronoun)."""
        name = person_name(person) if person else None
        self.last_subject = self.fullest(name) if name else None

    def pronoun(self, word: str) -> str | None:
        """Whom 'he' or 'she' means: the last speaker or the subject of the sentence
        before, unless the article shows them as the other sex; else the last person
        named, unless shown as the other; then the latest named who is shown as this one."""
        last = self.last_person
        want = "m" if word == "he" else "f"
        subject = self.last_subject

        def fits(name: str) -> bool:  # (not the one speaking as 'I' in a transcript's turn)
            return name != self.speaking and self.gender.get(name, want) == want

        if (
            last is not None
            and subject
            and subject != last
            and fits(subject)
            and (subject in self._recent[-3:] or subject == self.unnamed)
        ):
            # 'Astrid Kjærgaard … has said she will not back … Mikkel Bro. “…,” she told':
            # the subject of the sentence before, not the man named after her; 'Rubio
            # said … of Trump, whom he called a “con artist.” He said …': Rubio
            return subject
        if last is None or fits(last):
            return last
        for name in reversed(self._recent):
            if self.gender.get(name) == want and name != self.speaking:
                return name
        # 'Menon (she) … I spoke to the Union Health Minister by phone. He assured me …':
        # an office holder just named, not the one of the other sex
        return office_named_last(self._texts) or last

    def opened_lately(self, name: str) -> bool:
        """Did one of the sentences just read open on ``name`` ('Tom Geraghty has had …'),
        its full name or its surname?"""
        surname = name.rsplit(" ", 1)[-1]
        return any(
            o.startswith((name, surname, f"Mr {surname}", f"Ms {surname}")) for o in self._openers
        )

    @property
    def last_org(self) -> str | None:
        """The organisation that last opened a text scanned ('The ministry said …')."""
        self._read_heads()
        return self._last_org

    def it(self) -> str | None:
        """Whom 'it' means: an organisation a text scanned since the last look opened on
        ('We asked the Department of Health …. It said …'), else the body that gave the
        last statement ('the office of the prime minister said …. It said …'), else the
        organisation that last opened a text."""
        return self._read_heads() or self.last_thing or self._last_org

    def _read_heads(self) -> str | None:
        """The organisation the texts scanned since the last look opened on, if any (and
        so the last one to: see last_org)."""
        found = None
        for head in reversed(self._heads):
            found = body_in_head(head)
            if found:
                self._last_org = found
                break
        self._heads.clear()
        return found

    def group_spoke(self, who: str, private_cue: str | None = None) -> None:
        """An unnamed group (``who``, as the article names it) spoke, or passed on
        another's words: 'one of them' next is one of them; and if what they passed on
        was private (``private_cue``), what one of them says later recounts it."""
        group = unnamed_group(who)
        if group:
            self.group, self.group_named = group, who
            if private_cue:
                self.voices.insiders[group] = private_cue

    def spoke(self, speaker: str | None, cue: str | None = None, stance: str | None = None) -> None:
        """A statement was just given to ``speaker``: an unnamed single speaker
        ('a senior official') is who 'he' or 'she' means next; a document its ``cue``
        names ('in a statement') is theirs; how they spoke (its ``stance`` and cue) is
        heard by voices."""
        # ('Analysts at Halvorsen wrote that …. “…,” they wrote.': 'they' next is them)
        self.last_group = speaker if speaker and GROUP_OF_PEOPLE.match(speaker.lower()) else None
        if speaker:
            self.group_spoke(speaker, cue if stance == "private" else None)
        self.last_thing = None
        if not speaker:
            self.voices.hushed()
            return
        person = person_or_surname(speaker)
        self.voices.heard(speaker, cue, stance, person)
        if cue in _PASSED_ON_BY_PRONOUN:
            # ('Krogh, she said, replied …': 'she' next is still the one passing it on)
            return
        # ('the Prime Minister’s official spokesman said …. He said …': one person)
        unnamed = one_unnamed(speaker) or speaker.endswith(_SPOKESPERSON)
        if (
            not person
            and not unnamed
            and not self.last_group
            and speaker.lower() not in PRONOUNS_ALONE
        ) or self.voices.paper is not None:
            # 'the office of the Ethiopian prime minister said …. It said …': the body;
            # '“…,” the memo says. Further down, it adds …': the memo, its sender's
            self.last_thing = speaker
            if cue:
                self._heads.clear()  # (a body that opened a text before is not 'it' now)
        # 'The Bureau confirmed …. A spokesperson said …': the body's spokesperson
        self.last_body = speaker if ORG_WORDS.search(speaker) else None
        # 'he' next is more likely the speaker than an earlier sentence's subject
        self.last_subject = self.fullest(speaker) if person else speaker if unnamed else None
        if unnamed:
            self.last_person = self.unnamed = speaker
        elif a_surname(speaker):
            self.last_person = speaker  # '“…,” Carson said.' then 'he said …': Carson

    def note_off_record(self, sentence: str) -> None:
        """'But an opposition councillor, who asked not to be named …, said that at a
        closed meeting X had indicated …': whatever the source passes on, what they say
        next is off the record, and 'the councillor' next is them (``sentence``: its
        quotations blanked)."""
        source = off_record_source(sentence)
        if source:
            who, cue = source
            self.voices.off_record[who] = cue
            # ('the delegate': as the statements read it, 'delegate')
            self.voices.off_record[self.who(who) or who] = cue
            self.last_person = self.unnamed = who

    def note_on_record(self, sentence: str) -> None:
        """'Dr Ana Lind, a consultant surgeon, agreed to speak on the record': her words
        are on the record from here on (``sentence``: its quotations blanked)."""
        act = on_record_act(sentence)
        who = self.who(main_subject(sentence[: act.start()])) if act else None
        if who:
            self.voices.on_record.add(who)

    def named_in_full(self, speaker: str, speakers: Set[str] = frozenset()) -> str:
        """'Governor Echeverría' -> 'Governor Martín Echeverría' (see NameBook); never
        'Mrs. Trump' -> 'Donald Trump'."""
        full = self.names.named_in_full(speaker, speakers)
        return speaker if self.gender.belies(speaker.split(" ", 1)[0], full) else full

    def titled(self, surname: str, title: str) -> str:
        """'Mr. Clinton': Bill Clinton, not Hillary (see Sexes.titled)."""
        return self.gender.titled(self.names, surname, title)

    def who(self, phrase: str) -> str | None:
        """The speaker a noun phrase names: a person's fullest name, or the phrase (see
        naming.who)."""
        return naming.who(self, phrase)


_SPOKESPERSON = (" spokesman", " spokeswoman", " spokesperson")
#: A statement's cue when a pronoun's speaker passes it on: see by_speaker
_PASSED_ON_BY_PRONOUN = frozenset(
    f"{who} {verb}"
    for who in ("he", "she", "they")
    for verb in ("said", "says", "recalled", "recalls")
)
