"""The stance of a statement reported in a sentence: the venue its own tag or clause
names, else what was passed on by whom, the paragraph's cue, the statement before
it, and last who speaks (see stance.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import ProposedQuote
from .clause_split import ANOTHER_DAY, CONTRAST, GOING_ON
from .exchanges import a_papers_stance, relayed_by
from .names import opens_on_name
from .passed_on import GIVEN_BY
from .polls import is_poll
from .press import SPEAKS_FOR_A_BODY, TOLD_OUTLET, to_the_press
from .relays import before_topic
from .speakers import People
from .speaking import FirstCue, by_speaker
from .stance import ANONYMOUS, stance_of
from .text import plain

#: What someone was told, passed on: 'had been told in a telephone call …'
_WAS_TOLD = re.compile(
    # (not what should have been: 'lawmakers should have been told about any talks')
    r"(?<!should )(?<!would )(?<!could )(?<!must )(?<!might )"
    r"\b(?:had been|has been|have been|was|were)\s+(?:privately\s+)?(?:told|assured|promised|"
    r"given to understand)\b"
)

#: One who passes on what another said: 'Two aides said', '… told Reuters that'
_RELAYER_SAID = re.compile(r"\b(?:said|says|say|told|tells?)\b")

#: A first look for an exchange passed on: 'had assured her', 'told them'
_EXCHANGED = re.compile(r"\b(?:told|assured|promised|reassured|pledged|warned|indicated)\b")

#: The writer's remark after a tag, after a dash or as a noun for what was said: '…,
#: four officials said, a commitment ministers have avoided making in public'
_WRITERS_REMARK = re.compile(
    r"(?:\s[–—]\s|,\s+an?\s+(?:commitment|offer|promise|pledge|move|concession|shift|"
    r"assurance|position|stance|step)\b).*$",
    re.S,
)


#: The words up to a statement's 'that', where how it was said is told: 'its top
#: officials continue to maintain in public that'
_TOLD_HOW = re.compile(
    r"[^“”\"]{0,100}?\b(?:publicly|in public|on the record)\b[^“”\"]{0,30}?\sthat\s"
)
#: A venue a sentence opens on: 'In a series of WhatsApp messages exchanged …, '
_FRONTED_VENUE = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+)?(?i:in|through|during|at|over)\s+(?:a|an|the|one|two|several|"
    r"a series of|his|her|their)\s"
)
#: Their account, the last speaker's: 'According to him, …', 'Selon elle, …'
_BY_THEIR_ACCOUNT = re.compile(
    r"\s*(?:According to|Selon|Laut)\s+(?:him|her|them|lui|elle|ihm|ihr)\b"
)
#: More from the one who spoke last: 'She also said …'
_ALSO = re.compile(r"(?:He|She|They|It|[A-Z][\w'’-]+)\s+(?:also|further)\s+(?:said|told)\b")


@dataclass
class Told:
    """A statement found in a clause of a sentence: its words, its speaker, the clause
    and the sentence (as written and with its quotations blanked), how many clauses the
    sentence was split into, whether this is the first, and the words the split took
    before it."""

    words: str
    who: str | None
    clause: str
    sentence: str
    bare_sentence: str
    clauses: int
    first: bool
    gap: str = ""


def reported_stance(
    told: Told,
    people: People,
    found: list[ProposedQuote],
    paragraph_cue: FirstCue,
    s_end: int,
    before: ProposedQuote | None,
) -> tuple[str | None, str | None]:
    """(stance, cue) of a reported statement. ``found``: the statements so far;
    ``paragraph_cue``: the paragraph's first cue, up to ``s_end`` (where the sentence
    ends); ``before``: the statement of the clause before, if any."""
    words, who, clause = told.words, told.who, told.clause
    sentence, bare_sentence = told.sentence, told.bare_sentence
    # A clause of a split sentence does not borrow its neighbour's cue
    # ("X privately told…, even as Y insisted publicly…").
    # a closing tag's venue outranks a cue inside what was said ('…was
    # privately assured …, his lawyer told the court': said in court)
    w_at = clause.find(words)
    tag = clause[w_at + len(words) :] if w_at >= 0 else ""
    if " – " in tag or " — " in tag or ", a" in tag:
        # ('…, according to two officials – an offer the minister publicly denied',
        # '…, four officials said, a commitment ministers have avoided making in
        # public': the writer's remark is no venue of theirs)
        tag = _WRITERS_REMARK.sub("", tag)
    # (a participle's clause was said on the sentence's occasion: 'X responded
    # on Twitter, calling it “…”')
    whole = told.clauses == 1 or GOING_ON.match(clause)
    onlooker = people.voices.is_onlooker(who, clause)
    said_of = before_topic(bare_sentence if whole else clause, who)
    if onlooker:
        # an analyst's words are commentary: where they said it counts, not what
        # they talked of ('scholars said … what it tells lawmakers in private')
        stance, cue = stance_of(plain(tag), plain(clause.replace(words, " ")))
    elif said_of is not None:
        # a cue in what was said about others is its topic, not where it was said
        # ('accused the mayor of negotiating behind closed doors')
        stance, cue = stance_of(plain(tag), plain(said_of))
    else:
        stance, cue = stance_of(plain(tag), plain(clause), bare_sentence if whole else "")
    lead = _FRONTED_VENUE.match(sentence) if stance is None and not whole else None
    if lead and not onlooker and (at := sentence.find(clause)) > 0:
        # 'In a series of WhatsApp messages exchanged … between the negotiator, K.
        # Lalitha Devi, and a TJP official, Ms. Devi wrote that …': the venue the
        # sentence opened on, past an apposition's commas, is the main clause's
        # (read on into the clause: 'In an email sent … to pharmacists, and seen by
        # Meridian, the director, Graham Oduya, wrote that …': the paper, then its leak)
        stance, cue = stance_of(plain(sentence[: at + len(clause)]))
    told_how = (
        _TOLD_HOW.match(words)
        if stance == "private" and (CONTRAST.match(clause) or CONTRAST.search(told.gap))
        else None
    )
    if told_how:
        # '…, even as its top officials continue to maintain in public that …, according
        # to four people who attended a closed-door meeting': how the contrast's own verb
        # was said outranks the relay's room
        stance, cue = stance_of(plain(told_how.group(0)))
    stance, cue = to_the_press(who, words, stance, cue)  # ('A spokesperson told us …')
    if stance == "public" and opens_on_name(words) and _EXCHANGED.search(words, 0, 120):
        # 'Senator Tully told reporters that Ms Castellano had assured her during a
        # meeting …': the venue is the one passing it on; the assurance was private
        relay = relayed_by(who, words, clause, people)
        if relay:
            stance, cue = "private", relay
    # (in its own words: not 'Three senators told the Post that Ocampo assured …')
    outlet = TOLD_OUTLET.search(words, 0, 120) if stance is None and "told " in words else None
    if outlet and who and not ANONYMOUS.search(who):
        # 'But he told The Capitol Wire on Tuesday that …': one named, to a paper,
        # on the record (whatever the sentence before said of him: '…, who attended
        # the meeting, would not discuss …')
        stance, cue = "public", outlet.group(0)
    relayer = clause[:w_at] if stance != "private" and w_at > 0 else ""
    if (
        who
        and ANONYMOUS.search(relayer)
        and _RELAYER_SAID.search(relayer)
        and who not in relayer
        and not stance_of(plain(words))[0]
    ):
        # 'Two aides said at least six members … had told Okonjo in a caucus meeting
        # that …': what others said or promised, passed on by unnamed insiders, was
        # private (wherever the insiders said it: '… told Reuters that …')
        stance, cue = "private", relayer.strip()
    if (
        stance is None
        and (told.clauses == 1 or told.first)
        and not onlooker
        # (a spokesperson or a body speaks on the record, whatever the sentence
        # before told: 'Cabinet deliberations are kept confidential. A spokesman
        # said …')
        and not (who and SPEAKS_FOR_A_BODY.search(who))
    ):
        # (the sentence's own cue only where it is no topic: see said_of; and the first
        # of its clauses only to its own end: 'Zambia's mines minister said on Tuesday …,
        # even as two mining executives said he had privately promised …')
        until = s_end if said_of is None else s_end - len(bare_sentence)
        if said_of is None and told.clauses > 1 and (at := sentence.find(clause)) >= 0:
            until = s_end - len(sentence) + at + len(clause)
        stance, cue = paragraph_cue.before(until, going_on=who)
    # (not a contrast: '… privately told regulators …, even as its management continues to
    # assure passengers …' is no more of the same occasion)
    if (
        stance is None
        and before is not None
        and before.speaker == who
        and not CONTRAST.match(clause)
        # (nor what was said on another day: '… privately told consultants …, days
        # before he assured the public …')
        and not ANOTHER_DAY.match(told.gap)
    ):
        # 'X said …, calling it “…”': said on the same occasion
        stance, cue = before.stance, before.cue
    if stance is None and before is not None and clause.startswith("that "):
        # '… said the president had asked … and that Alemu had replied that …':
        # passed on by the same one as the clause before
        stance, cue = before.stance, before.cue
    # (the last statement, if the sentence before in the paragraph gave it)
    said_here = paragraph_cue.said[-1][2] if paragraph_cue.said else set()
    last = found[-1] if found and found[-1].speaker in said_here else None
    if stance is None and last and last.speaker == who and _ALSO.match(clause):
        # 'she told employees at an all-hands meeting that …. She also said …': more
        # of what she said there
        stance, cue = last.stance, last.cue
    if stance is None and found and found[-1].speaker == who and _BY_THEIR_ACCOUNT.match(clause):
        # '“…,” Kovalchuk said.' then 'According to him, in March alone …': more of it
        stance, cue = found[-1].stance, found[-1].cue
    if stance is None:
        stance, cue = by_speaker(who, words, clause, people)
    given = GIVEN_BY.search(words, 0, 200) if stance != "private" else None
    if given and stance_of(plain(words))[0] != "public":
        # 'was given a private assurance by Lind at a meeting …': an assurance given,
        # told by its recipient, was private
        stance, cue = "private", given.group(0)
    was_told = _WAS_TOLD.search(words, 0, 160) if stance != "private" else None
    if (
        was_told
        and stance_of(plain(words))[0] != "public"
        # (with no stance yet, only when it says by whom: 'The mayor was told last
        # week that …' may have been told by anyone, anywhere)
        and (stance or words.startswith(" by ", was_told.end()))
    ):
        # 'told a press conference that the channel had been told in a telephone
        # call from an official …', 'Farmers were assured by Ana Lind that …': what
        # they were told, passed on, was private
        stance, cue = "private", was_told.group(0)
    stance, cue = a_papers_stance(words, sentence, stance, cue)  # 'The letter adds …'
    if is_poll(who):
        stance, cue = None, None  # a finding is reportage
    return stance, cue
