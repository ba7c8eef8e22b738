"""Voices: how each speaker has spoken so far in an article (off the record, on it, in
private messages, or as an onlooker), and so the stance their next words take before any
cue in those words is read. Who is who is speakers.People's; this is how each spoke."""

from __future__ import annotations

import re
from collections.abc import Callable

from .documents import dated_it, sender_of
from .names import ORG_WORDS, looks_like_person, person_name
from .phrases import DOCUMENTS
from .roles import ANALYST_IN, introduced_as_analyst, outlet_named_before
from .unnamed import OFF_RECORD

#: The cues of a statement read from a paper: '“…,” the memo says'
_PAPER_CUES = frozenset({"memo", "letter", "note", "email", "report", "document", "minutes"})
#: 'it' going on with the paper just read: 'Further down, it adds: “…”'
_IT_GOES_ON = re.compile(
    r"\bit\s+(?:also\s+)?(?:adds|added|says|said|continues|continued|goes on|went on|"
    r"states|stated|reads|notes|noted|concludes|concluded)\b"
)
#: A private message's cue (not a letter's: 'in the letter' may be one released since)
_MESSAGE = re.compile(r"\b(?:e-?mails?|messages?|memo|texts?)\b")
#: The paper's own copy of what was written: 'has obtained an internal email'
_OBTAINED = frozenset({"has obtained", "have obtained", "obtained a copy", "obtained by"})
#: More of what someone wrote: '“We will not be announcing this,” Okafor wrote.'
_WROTE = re.compile(r"\b(?:wrote|writes|added)\b")


#: One of a group named before: 'one of the executives', 'a second official', 'another of
#: the presidents'
_ONE_OF = re.compile(r"(?:one|a second|a third|another)\b", re.I)


#: A body named in one to four capitalised words: 'Nordvind', 'Manitoba Wildfire Service'
_ONE_NAME = re.compile(
    r"(?!(?:The|A|An|This|That|It|He|She|They)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
)


#: A sentence about a paper, which opens on it: 'The email, sent on 12 June by …'
_PAPER_FIRST = re.compile(
    r"\W*(?:The|A|An|This|That)\s+(?:[\w-]+\s+){0,2}?(?:email|e-mail|letter|memo|note|message|circular)\b"
)


class Voices:
    """How each speaker has spoken: what stance they carry into their next words."""

    def __init__(self) -> None:
        #: speakers who spoke on condition of anonymity, and the words that said so:
        #: what they say next is off the record too ('“…,” he said.')
        self.off_record: dict[str, str] = {}
        #: who agreed to speak on the record ('Dr Ana Lind, a consultant, agreed to speak
        #: on the record'): what they say is, even if they were introduced as an expert
        self.on_record: set[str] = set()
        #: who wrote in private, and the cue that said so ('in an email … to the company's
        #: regional directors, Okafor wrote that …'): what they write next is private too
        self.wrote_privately: dict[str, str] = {}
        #: the private message just read: a reply to it is private too
        self.thread: str | None = None
        #: the last one written to in private ('Olivier wrote to Davids: “…”'): what they
        #: reply is private too
        self.addressed: str | None = None
        #: who issued the document the last statement came in ('said in a statement'):
        #: what 'the statement' read next is theirs
        self.issued: dict[str, str] = {}
        #: the sentence that named the document ``issued`` holds with its sender ('The
        #: email, sent on 12 June by …, was leaked'): when what is read from it was written
        self.issued_in = ""
        #: people introduced as commentators, not actors ('Paul Beck, a professor at …')
        self.analysts: set[str] = set()
        #: speakers introduced as a paper or broadcaster ('the German newspaper Die Welt')
        self.outlets: set[str] = set()
        #: unnamed groups that passed on a private exchange, and its cue ('Three senators
        #: told the Post that Ocampo assured them over dinner …'): what one of them says
        #: next, or later, recounts it, in private too (see People.group_spoke)
        self.insiders: dict[str, str] = {}
        #: the paper the last statement was read from ('“…,” the memo says') and its
        #: speaker, stance and cue: 'Further down, it adds: “…”' is more of it
        self.paper: tuple[str, str | None, str] | None = None

    def heard(self, speaker: str, cue: str | None, stance: str | None, person: bool) -> None:
        """A statement was just given to ``speaker`` (``person``: a person's name) with
        ``cue`` and ``stance``: a private message makes what they write next private, and
        a source who asked not to be named stays off the record."""
        # only the last statement's document, and only its venue ('in a statement'): 'the
        # statement' further on may be another's, or one only talked about
        document = cue.split()[-1].lower() if cue and cue.startswith("in ") else ""
        if document in DOCUMENTS:
            self.issued, self.issued_in = {document: speaker}, ""
        elif speaker not in self.issued.values():
            # (the sender's own words from it keep it theirs: 'In it, he tells Gurung that
            # …. “…,” the letter concludes.')
            self.issued, self.issued_in = {}, ""
        self.paper = (speaker, stance, cue) if cue and cue.lower() in _PAPER_CUES else None
        message = bool(stance == "private" and cue and _MESSAGE.search(cue))
        if cue and (message or (stance == "private" and cue in _OBTAINED)):
            # ('The Ledger has obtained an internal email … in which Greg Tamsin told …'
            # then '“…,” Tamsin wrote.': more of what he wrote in private)
            self.wrote_privately[speaker] = cue
        self.thread = cue if message else None
        if cue in OFF_RECORD and not person:
            # 'A senior organiser, who asked not to be named' (not 'one employee,
            # speaking on condition of anonymity, said Gates described …': Gates's words)
            self.off_record[speaker] = cue

    def read_from(self) -> str | None:
        """Who sent the paper 'it' reads from ('It read: “…”', '“…,” it reads.'): the one
        the sentence before opened on, or the only one just named with its sender."""
        if "it" in self.issued:
            return self.issued["it"]
        return next(iter(self.issued.values())) if len(self.issued) == 1 else None

    def hushed(self) -> None:
        """A statement with no speaker: no private message is being answered, and no
        document issued."""
        self.thread = self.paper = None
        self.issued, self.issued_in = {}, ""

    def note_sender(
        self,
        text: str,
        fullest: Callable[[str], str],
        titled: Callable[[str], str | None] | None = None,
    ) -> None:
        """'In a letter to the minister dated Oct. 1, Mayor Doug Kerrigan asks …': the
        letter is his, and 'The letter says …' further on is his word (``fullest``: a
        name as the article gave it in full; ``titled``: who 'the governor' is)."""
        if dated_it(text):
            if len(self.issued) == 1:
                # ('An internal ministry memo …. Dated 1 August, it projects …': its sender's)
                self.issued["it"] = next(iter(self.issued.values()))
            return
        sent = sender_of(text)
        name = person_name(sent[1]) if sent else None
        if titled and sent and not name and sent[1].startswith("the ") and sent[1][4:5].islower():
            # 'a circular dated 21 November and signed by the governor': the one named so
            name = titled(sent[1])
        if sent and name and looks_like_person(fullest(name)):
            self.issued = {sent[0]: fullest(name)}
        elif sent and sent[1].startswith(("a ", "an ")):
            # 'An email sent by a senior ministry official …': whoever it was
            self.issued = {sent[0]: sent[1]}
        elif sent and (ORG_WORDS.search(sent[1].title()) or _ONE_NAME.fullmatch(sent[1])):
            # 'An internal memo from the agriculture secretariat', 'a letter from
            # Nordvind': the body's word
            self.issued = {sent[0]: re.sub(r"^the\s+", "", sent[1])}
        else:
            return
        # (a sentence, not a run of text with no full stops to end it)
        self.issued_in = text.strip() if len(text) < 600 else ""
        if sent[0] in self.issued and _PAPER_FIRST.match(text) and sent[0] in text[:30]:
            # the document the sentence is about, so 'it' next: 'The email, sent on 12 June
            # by …, Gemma Tolhurst, …, was leaked. “…,” it reads.'
            self.issued["it"] = self.issued[sent[0]]

    def carried(self, who: str | None, context: str, group: str | None) -> tuple[str, str] | None:
        """The stance and cue ``who`` carries from how they spoke before (``context``: the
        words that report them; ``group``: the unnamed group that spoke last), if any."""
        if who in self.off_record:
            return "private", self.off_record[who]  # the source asked not to be named
        if who and who.startswith("one of the ") and group:
            # 'Two members of the commission, who spoke on condition of anonymity, said ….
            # One of them said …': one of that group, off the record too
            for source, cue in self.off_record.items():
                if group in source:
                    return "private", cue
        if who and group in self.insiders and group in who and _ONE_OF.match(who):
            # '“We heard this in 2023 …,” one of the executives said.' after 'Three
            # executives … told Meridian that the minister assured them …': one of the
            # insiders, recounting it, in private
            return "private", self.insiders[group]
        if who in self.wrote_privately and _WROTE.search(context):
            # '“We will not be announcing this,” Okafor wrote.' after her email to the
            # regional directors: more of what she wrote in private
            return "private", self.wrote_privately[who]
        paper = self.paper
        if paper and paper[1] and who == paper[0] and _IT_GOES_ON.search(context):
            return paper[1], paper[2]  # ('“…,” the memo says. Further down, it adds: “…”')
        if who in self.on_record:
            return "public", "on the record"  # (an expert who agreed to be quoted by name)
        return None

    def is_onlooker(self, speaker: str | None, context: str = "") -> bool:
        """Was the speaker introduced as an analyst, an economist or the like, or as
        a newspaper or broadcaster (before, or in ``context``, the words that name
        them): commentary and reportage, no stance of their own?"""
        if not speaker:
            return False
        if speaker in self.analysts or speaker in self.outlets or ANALYST_IN.search(speaker):
            return True
        at = context.find(speaker)
        if at < 0:
            return False
        if outlet_named_before(context, at):
            self.outlets.add(speaker)  # and when it speaks again: 'Die Welt said …'
            return True
        if introduced_as_analyst(context, at, at + len(speaker)):
            # introduced as one in the very sentence that reports them: 'Paul Beck, a
            # professor at Ohio State, said …' (before the sentence is scanned)
            self.analysts.add(speaker)
            return True
        return False
