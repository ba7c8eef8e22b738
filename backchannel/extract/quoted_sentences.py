"""A sentence that holds quotations: each quotation's speaker (its tag, the sentence's
subject, the paragraph before), its words as a statement (a clause it ends, what it
runs on with, what was called so), whether it goes on an earlier one, and its stance.
paragraph_quotes reads the paragraph around it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution import SAYS_MORE, attribution_of, clause_before
from .blocks import ProposedQuote, lead_in_source
from .exchanges import a_papers_stance
from .heads import called_object, head_of, joined, run_to_stop, run_to_tag, verb_object
from .persons import a_person
from .phrases import CONTRAST_SPLIT
from .press import to_the_press
from .speakers import People
from .speaking import (
    FirstCue,
    appealed_by,
    beside,
    by_speaker,
    merge,
    person_subject,
    sentence_speaker,
)
from .stance import stance_of
from .standing import tag_after
from .text import RUN_ON, inner, plain, words_at_least
from .verbs import REPORT

if TYPE_CHECKING:
    from .paragraph_quotes import Carry

_LETTER = re.compile(r"[A-Za-z]")
_PRONOUN_WORDS = frozenset({"He", "She", "They", "It", "We", "I"})
_CONNECTIVE = re.compile(
    r"\s*(?:But|And|Instead|Still|Yet|Then|Also|However|So|Now|Later|Meanwhile),?\s*", re.I
)
_LEAD_TAG = re.compile(r"\b[a-z]{3,}(?:ed|s)\b[^.;“”\"]{0,30}[,:]\s*$|\b(?:said|told|wrote)\b")
_ADDING = re.compile(r"\b(?:adding|added|adds|continuing|continued|went on)\s*[,:]\s*$")
#: A participle's clause after a tag: ', mentioning the album is', ', saying it was'.
_CLAUSE_AFTER_TAG = re.compile(r",\s+[a-z]{3,}ing\s+(?:\S+\s+){1,8}?(?:is|are|was|were)\s*$")
_OPEN_END = re.compile(r"(?:[,?!…]|\.\.\.)$")
#: A reply, or more of a correspondence: 'replied within minutes', 'in a follow-up message'
_A_REPLY = re.compile(
    r"\b(?:replied|responded|wrote back)\b|\bfollow-up (?:message|email|e-mail|text|note)\b"
    r"|^\s*In another\b"
)
#: Words that ask for what they say to be kept quiet: 'Between us, …', 'I would ask
#: everyone to treat this as confidential', 'keep it off the phone'
_IN_PRIVATE = re.compile(
    r"\b[Bb]etween (?:us|ourselves|you and me)\b"
    r"|\b(?:keep|treat)(?:s|ing)?\s+(?:this|it|these|that|them|the\s+(?:contents|list|figures?|"
    r"numbers?|details?)(?:\s+of\s+this\s+\w+)?)\s+(?:as\s+)?(?:strictly\s+)?(?:confidential|"
    r"private|quiet|between us|to yourselves|under wraps|off the phone)\b"
    r"|\b(?:are|is|be)\s+treated\s+as\s+(?:strictly\s+)?confidential\b"
    r"|\bnot for (?:circulation|publication|distribution)\b"
    # ... or that tell of a room the words were said in: 'He looked us in the eye and said
    # …', 'Nobody in that room misunderstood her'
    r"|\blook(?:ed|ing) (?:us|me|them|him|her) (?:straight )?in the eye\b"
    r"|\b(?:[Nn]obody|[Ee]verybody|[Ee]veryone|[Nn]o one|[Aa]nyone)(?: who was)? in that room\b"
)


#: A paper read from: 'It read:', '“…,” it reads.', '“…,” the memo added.'
_READ_FROM_A_PAPER = re.compile(
    r"\b(?:[Ii]t|the\s+(?:[\w-]+\s+)?(?:e-?mail|memo|letter|note|message|text))\s+(?:reads|read|"
    r"says|said|adds|added|continues|concludes|goes on)\b"
)


@dataclass
class Reading:
    """A paragraph as it is being read, sentence by sentence."""

    text: str
    bare: str  # its quotations blanked
    people: People
    found: list[ProposedQuote]  # the article's statements so far
    carry: Carry | None  # what the paragraph before handed this one
    paragraph_cue: FirstCue  # a stance the paragraph's words give
    span_starts: list[int]  # its statements' starts
    alone: bool  # the paragraph is quotation and nothing else
    paragraph_start: int  # its own statements are found from here
    #: the last statement: a quotation may go on it
    last: ProposedQuote | None = None
    #: the last sentence about someone, no quotation, and who spoke in it, reported
    told: str = ""
    told_by: str | None = None


def read_quoted_sentence(
    r: Reading, s_start: int, s_end: int, local: list[tuple[int, int]], sentence_subject: str
) -> None:
    """The statements of a sentence that holds quotations (``local``, the spans of those
    that stand as quotations of their own: see standing.standing_count)."""
    text, bare, people, found, carry = r.text, r.bare, r.people, r.found, r.carry
    sentence, bare_sentence = text[s_start:s_end], bare[s_start:s_end]
    last, told, told_by = r.last, r.told, r.told_by
    span_starts = r.span_starts
    prev_end = s_start
    opened = ""  # the quotation the sentence's last statement ends on
    if (
        sentence_subject[:1].isupper()
        and sentence_subject not in _PRONOUN_WORDS
        and (" he " in bare_sentence or " she " in bare_sentence)
    ):
        # 'Joe Biden weighed in, telling Mic, “…,” he said': the sentence's own
        # subject is whom its 'he' means, not the last speaker before it
        person = a_person(people.who(sentence_subject), people)
        if person:
            people.note_subject(person)
    for q_start, q_end in local:
        people.scan(bare[prev_end:q_start], bare=True)
        between = text[prev_end:q_start]
        if prev_end == s_start:
            beside(between, people, sentence_subject, found, lead=True)
        k = bisect_right(span_starts, q_start)
        nxt = span_starts[k] if k < len(span_starts) else s_end
        after = text[q_end : min(max(nxt, q_end), q_end + 400)]
        if s_end < q_end + len(after) and text[max(q_start, q_end - 4) : q_end].rstrip(
            "”\"’'» "
        ).endswith("."):
            # '… called him “a failed mayor.” She also said …': a quotation that
            # ends its sentence on a stop takes no tag from the next one
            after = after[: max(0, s_end - q_end)]
        words = " ".join(inner(text[q_start:q_end]).split())
        if last is not None and _finishes_it(
            inner(text[q_start:q_end]), between, prev_end > s_start
        ):
            merge(last, words, people)  # "…,” she said, “but…”
            prev_end = q_end
            continue
        both = joined(last, opened, between, text[q_start:q_end]) if opened else None
        if both and last and attribution_of("", after, people)[0] in (None, last.speaker):
            # 'Dahl says “…” because “…”': one statement, the words between too
            last.text, last.kind = both, "indirect"
            prev_end = q_end
            continue
        if last is not None and _goes_on(
            r, last, between, after, words, q_start, own_sentence=prev_end == s_start > 0
        ):
            merge(last, words, people)
            prev_end = q_end
            continue
        quoted = text[q_start:q_end].strip()
        went_on: ProposedQuote | None = None  # the paragraph's statement it goes on
        ends_open = words[-1:] in (",", "?", "!", "…") or words.endswith("...")
        who, context = attribution_of(between, after, people, ends_open)
        if who and context is after and SAYS_MORE.match(after):
            # 'On Fox's “Sunday Futures,” Ana Lind said the plan …': she says
            # what follows, not the quotation before her name
            who, context = None, ""
        kind = "direct"
        head = (
            head_of(between, quoted, tag_after=context is after)
            if who is not None and prev_end == s_start
            else None
        )
        if head is not None:
            words, kind = head
        run = run_to_tag(after) if who and context is after else None
        if run:
            # '“I want to wait” before discussing it, he said': the words the
            # quotation runs on with, up to its tag, whose speaker is past them
            words = f"{words if kind != 'direct' else quoted} {run}"
            kind = "indirect"
            tag = after[after.index(run) + len(run) :]
            who = attribution_of(between, tag, people, True)[0] or who
        if who is None and q_start > s_start:
            # 'Murray said he’s “looking forward to it” because “these are…”':
            # the sentence's speaker, when a speech verb before names one
            who, context = sentence_speaker(bare[s_start:q_start], people)
        opens = clause_before(between) if who and kind == "direct" else None
        if opens is not None:
            # 'Lind said the plan is “dead in the water”': the quotation ends
            # the clause its speaker said, and that clause is the statement
            words, kind = (
                f"{between[opens:].strip()} {quoted}",
                "indirect",
            )
            run_on = RUN_ON.match(after) if words[-2:-1].isalpha() else None
            if run_on:
                # 'Lind said it was “a step forward” in the talks on climate': to
                # the end of the clause the quotation sits in
                words = f"{words} {run_on.group(0).strip()}"
        if who is None and carry is not None and q_start == 0:
            if carry.last is not None and r.alone:
                # a paragraph of quotation alone after a speaker's words goes on
                # with them: one statement, as the '“…,” she said. “…”' of a
                # paragraph is one
                merge(carry.last, words, people)
                last = carry.last
                prev_end = q_end
                continue
            who, context = carry.speaker, carry.context
        if who is None and q_start == s_start and told:
            # 'Ana Lind backed the plan. “It is time.”': a quotation with no
            # tag after a sentence about a person is that person's
            # ('Cole said the plan is dead. “…”': the speaker of what it reported)
            who = told_by or person_subject(told, people)
            context = told if who else context
            if who is None:
                # '“…,” said Freddy Ortega. But the billboards have not hurt
                # interest. “It's had a marvelous result.”': the paragraph's last
                # speaker goes on, when the sentence between is about no one
                spoken = [q for q in found[r.paragraph_start :] if q.speaker]
                who = a_person(spoken[-1].speaker, people) if spoken else None
                went_on = spoken[-1] if who else None
        if who is None and q_start > s_start and not tag_after(bare, q_end, s_end):
            # 'Paul then interjected, calling the credit “a welfare payment.”':
            # a quotation in a sentence about a person, with no tag, is theirs
            # (not an aside's: 'Lind, citing “…,” said the plan …')
            who = (
                person_subject(bare[s_start:q_start], people)
                or appealed_by(bare[s_start:q_start], people)
                # ('… a text message sent by …, Ian Gallagher, to a colleague. It read: “…”':
                # who sent the paper it reads from)
                or lead_in_source(bare[s_start:q_start], people, papers_only=True)
            )
            context = bare[s_start:q_start] if who else context
        called = called_object(between) if who and kind == "direct" else None
        if not called and kind == "direct" and s_start == prev_end < q_start:
            called = verb_object(between)
        if called:
            # 'Berg called the board “rotten to the core.”': what the board was
            # called, with the board; 'Lind blamed the ban on “…”': what she blamed
            words, kind = f"{called} {quoted}", "indirect"
        run = run_to_stop(words, after) if kind == "direct" and s_start < q_start else None
        if run and who:
            # 'Dahl said, “We have three weeks to go” until the vote.': to its stop
            words, kind = f"{quoted} {run}", "indirect"
        # A quotation nobody can be found for is still proposed, speaker
        # empty: triage decides, and a dropped quote is never seen.
        stance, cue = _stance(
            r, Said(who, words, kind, between, context), bare_sentence, s_end, went_on
        )
        last = ProposedQuote(words, who, stance, kind, cue, sentence.strip())
        if (
            who
            and who in people.voices.issued.values()
            # (the tag or lead-in right around the quotation: a long sentence is read once)
            and _READ_FROM_A_PAPER.search(f"{between[-40:]} {after[:40]}")
        ):
            # '“…,” it reads.' after 'The email, sent on 12 June by …, Gemma Tolhurst, …':
            # the words around it are the paper's too, and say when it was written
            last.sentence = f"{people.voices.issued_in} {last.sentence}".strip()
        opened = quoted
        people.spoke(who, cue, stance)
        found.append(last)
        prev_end = q_end
    people.scan(bare[prev_end:s_end], bare=True)
    beside(
        text[prev_end:s_end], people, sentence_subject, found, lead=False,
        speaker=last.speaker if last else None,
    )  # fmt: skip
    r.last = last


@dataclass
class Said:
    """A quotation as its sentence attributes it: who, its words as a statement, their
    kind, and the words before it and around its tag."""

    who: str | None
    words: str
    kind: str
    between: str
    context: str


def _stance(
    r: Reading, said: Said, bare_sentence: str, s_end: int, went_on: ProposedQuote | None
) -> tuple[str | None, str | None]:
    """(stance, cue) of a quotation: its own clause's venue, else the statement it goes on
    (``went_on``), else the paragraph's cue before its sentence's end, else how its speaker
    speaks; a paper's words read out are private."""
    people, who, context = r.people, said.who, said.context
    # (the statement's own clause first: '… privately told Kyiv …, even as the minister
    # told parliament the ban would remain “…”' was said in parliament; '…, according to
    # leaked documents, while its chief executive publicly credited “…”' in public)
    own = CONTRAST_SPLIT.split(said.between)[-1]
    stance, cue = stance_of(plain(own + " " + context), bare_sentence)
    if stance is None and went_on is not None:
        stance, cue = went_on.stance, went_on.cue  # said on the same occasion
    if stance is None:
        stance, cue = r.paragraph_cue.before(s_end, who)
    if stance is None and r.found and r.found[-1].stance == "private":
        # (the sentence before only where it gave no statement of its own: 'Kowalczyk
        # replied the same evening.', not 'Barra replied that …')
        told = r.told if r.told_by is None else ""
        reply = _A_REPLY.search(f"{told} {said.between} {context}")
        # (not an answer given in public: 'Hollis was asked in the House …. He replied:')
        if reply and stance_of(plain(r.told))[0] != "public":
            # 'Kowalczyk replied the same evening. “Agreed,” he wrote.' after an email
            # read out: a reply goes on in the private exchange it answers
            stance, cue = "private", reply.group(0)
    if stance is None:
        people.scan(context)
        direct = said.kind == "direct"
        stance, cue = by_speaker(who, said.words, said.between + " " + context, people, direct)
    if who and said.kind == "direct":  # ('“…,” the letter concludes.')
        stance, cue = a_papers_stance(context, bare_sentence, stance, cue)
    quiet = _IN_PRIVATE.search(said.words) if stance != "private" else None
    if quiet:
        # '“Between us, the list is 14 programs,” Whitacre wrote': words meant to stay
        # in the room; '“He looked us in the eye and said …,” she said': words from it,
        # whoever passes them on
        stance, cue = "private", quiet.group(0)
    # ('A Lumora spokesperson told us the memo “reflects …”')
    return to_the_press(who, said.between + " " + context, stance, cue)


def _finishes_it(quoted: str, between: str, after_one: bool) -> bool:
    """'“…,” she said, “but…”': does the quotation (its words, ``between`` it and the one
    before in its sentence, ``after_one``: there is one before) finish the one before,
    a lower-case part after a short tag?"""
    return (
        quoted[:1].islower()
        and after_one
        and not words_at_least(between, 17)
        and bool(REPORT.search(between) or not _LETTER.search(between))
        # ('…,” Kiedis said, mentioning the album is “in the home stretch.”': a clause of
        # its own after the tag, the quotation finishing it)
        and not _CLAUSE_AFTER_TAG.search(between)
    )


def _goes_on(
    r: Reading,
    last: ProposedQuote,
    between: str,
    after: str,
    words: str,
    q_start: int,
    own_sentence: bool,
) -> bool:
    """Is the quotation more of ``last``, only its tag or nothing before it ('“…,” Ana
    Berg said. “…”')? ``own_sentence``: it opens a sentence of its own, past the first."""
    people, carry = r.people, r.carry
    # a tag that ends its sentence may be long ('…,” Lind said at a rally in Binghamton,
    # N.Y. “…”'); one that runs on is kept short
    ends = between.rstrip()[-1:] == "."
    attribution_only = (
        not words_at_least(between, 16 if ends else 9) and not _CLAUSE_AFTER_TAG.search(between)
    ) and (
        REPORT.search(between)
        or not _LETTER.search(between)
        # '“…,” Ana Berg said. Instead, “he just…”': still hers
        or bool(_CONNECTIVE.fullmatch(between))
    )
    fresh_lead = q_start == 0 and carry is not None and carry.quote is None
    return bool(
        attribution_only
        and (q_start > 0 or carry is not None)
        and not fresh_lead
        # 'She continued: “…”', 'But he added, “…”': a tag of its own, in a sentence of
        # its own, starts a statement of its own
        and not (own_sentence and _LEAD_TAG.search(between))
        # '“…,” she said, adding: “…”': what she added is a statement of its own
        and not _ADDING.search(between)
        # a new paragraph's lead-in starts a new statement, even a short one
        and (carry is None or last is not carry.quote or not _LETTER.search(between))
        # 'Eva Moss replied: “…”' after Karl Dahl's words is Eva Moss's
        and attribution_of(between, "", people)[0] in (None, last.speaker)
        # '“…,” the mayor said' after it: a statement with a tag of its own
        # (its comma may stand after the mark: '„…“, Kranich said', as German and much
        # European English sets it)
        and not (
            (_OPEN_END.search(words) or after[:1] == ",") and attribution_of("", after, people)[0]
        )
    )
