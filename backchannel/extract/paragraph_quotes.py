"""One paragraph's statements: its quotations with their tags, the sentences that
report speech, and what it hands the next paragraph (a lead-in speaker, a quotation
still going)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .attribution import SAYS_MORE, attribution_of, clause_before
from .blocks import (
    ProposedQuote,
)
from .exchanges import a_paper_speaks, asked_whom
from .heads import (
    called_object,
    head_of,
    joined,
    run_to_stop,
    run_to_tag,
    verb_object,
)
from .leadins import lead_speaker
from .persons import a_person
from .phrases import CONTRAST_SPLIT
from .reported import may_report
from .reported_sentences import reported_in_sentence
from .roles import OFFICES
from .sentence_subject import main_subject
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
from .standing import standing_count, tag_after
from .statements import statement_spans
from .text import (
    CLOSERS,
    RUN_ON,
    inner,
    plain,
    quote_spans,
    words_at_least,
)
from .verbs import REPORT

#: A verb in the past, then a person named with a title or in full: the sentence's
#: subject acted on someone ('attacked Chief Minister Ajay Mahato', 'thanked Ana Lind')
_ACTS_ON_SOMEONE = re.compile(
    r"\b[a-z]{3,}ed\s+(?:(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\b"
)
#: A subject, an aside about them, then their verb: 'Club chairman Declan Murphy, who was
#: appointed by Kessler in 2024, struck …'
_SUBJECT_ASIDE = re.compile(
    r"\s*[A-Z][^,;“”\"]{2,60},\s+(?:who|whose|a|an|the)\s[^;“”\"]{2,160}?,\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:and|but|or|who|which|said|says)\b)[a-z]{3,}\b"
)
_LETTER = re.compile(r"[A-Za-z]")
_AS_FOR = re.compile(r"As for (?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),")
_PRONOUN_WORDS = frozenset({"He", "She", "They", "It", "We", "I"})


_CONNECTIVE = re.compile(
    r"\s*(?:But|And|Instead|Still|Yet|Then|Also|However|So|Now|Later|Meanwhile),?\s*", re.I
)
_LEAD_TAG = re.compile(r"\b[a-z]{3,}(?:ed|s)\b[^.;“”\"]{0,30}[,:]\s*$|\b(?:said|told|wrote)\b")
_ADDING = re.compile(r"\b(?:adding|added|adds|continuing|continued|went on)\s*[,:]\s*$")


#: A participle's clause after a tag: ', mentioning the album is', ', saying it was'.
_CLAUSE_AFTER_TAG = re.compile(r",\s+[a-z]{3,}ing\s+(?:\S+\s+){1,8}?(?:is|are|was|were)\s*$")
_OPEN_END = re.compile(r"(?:[,?!…]|\.\.\.)$")


@dataclass
class Carry:
    """What a paragraph hands the next: a lead-in speaker, or a quotation still going."""

    speaker: str | None
    context: str
    quote: ProposedQuote | None = None
    #: the statement that ended the paragraph, for a paragraph of quotation alone
    last: ProposedQuote | None = None
    #: the last sentence, when it held no quotation: its subject may speak next, or
    #: the speaker of what it reported ('Cole said the plan is dead. “…”')
    subject: str = ""
    said_by: str | None = None


#: 'the minister', 'the governor': an office a person named in the same sentence may hold
_THE_OFFICE = re.compile(
    r" the (?:"
    + "|".join(OFFICES)
    + r"|senator|prime minister|judge|prosecutor|chairman|chairwoman|chair)\b"
)


def read_paragraph(
    text: str,
    reading: tuple[str, tuple[tuple[int, int], ...]],
    people: People,
    found: list[ProposedQuote],
    carry: Carry | None,
) -> Carry | None:
    spans = quote_spans(text)
    statements = statement_spans(text, spans)
    last = carry.quote if carry else None
    # Read once (a paragraph can be a whole paste); it speaks for a statement only
    # when it comes before the statement's sentence ends, never from a later one.
    bare, sentence_spans = reading  # its quotations blanked, and its sentences
    paragraph_cue = FirstCue(bare)  # looked for only when a statement needs it
    # (the statements' starts, not a scare quote's in a tag: 'X, wearing “Ted Cruz” pins, said')
    span_starts = [a for a, _ in statements]
    alone = not _LETTER.search(bare)  # the paragraph is quotation and nothing else
    next_statement = 0
    told = carry.subject if carry else ""  # the last sentence about someone, no quotation
    told_by = carry.said_by if carry else None  # who spoke in it, reported
    noted = (0, 0, len(found))  # the sentence before: its span, and found's length then
    paragraph_start = len(found)  # the paragraph's own statements are found from here
    for s_start, s_end in sentence_spans:
        if len(found) > noted[2]:
            paragraph_cue.note(noted[0], noted[1], {q.speaker for q in found[noted[2] :]})
        noted = (s_start, s_end, len(found))
        sentence = text[s_start:s_end]
        bare_sentence = bare[s_start:s_end]
        while next_statement < len(statements) and statements[next_statement][0] < s_start:
            next_statement += 1
        local = []
        while next_statement < len(statements) and statements[next_statement][0] < s_end:
            local.append(statements[next_statement])
            next_statement += 1
        # only reported speech reads it: no speech verb, no need
        first_verb = REPORT.search(bare_sentence)
        has_verb = first_verb is not None
        as_for = _AS_FOR.match(bare_sentence) if bare_sentence.startswith("As for ") else None
        if as_for:
            # 'As for Trump, he said he's not worried': the one the sentence turns to
            people.scan(as_for[0], bare=True)
            people.note_subject(a_person(people.who(as_for["who"]), people))
        sentence_subject = (
            main_subject(bare_sentence) if has_verb or "calling" in bare_sentence else ""
        )
        if has_verb:
            people.note_off_record(bare_sentence)  # ('A source, who asked not to be named,')
        if "on the record" in bare_sentence:
            people.note_on_record(bare_sentence)  # ('Dr Lind agreed to speak on the record')
        standing = standing_count(sentence, [(a - s_start, b) for a, b in local]) if local else 0
        if standing:
            # '“…,” X said, adding that it “…”': the quotations before reported speech
            # are direct; the rest is read beside them, after the last one's tag
            local = local[:standing]
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
                # a tag that ends its sentence may be long ('…,” Lind said at a rally
                # in Binghamton, N.Y. “…”'); one that runs on is kept short
                ends = between.rstrip()[-1:] == "."
                attribution_only = (
                    not words_at_least(between, 16 if ends else 9)
                    and not _CLAUSE_AFTER_TAG.search(between)
                ) and (
                    REPORT.search(between)
                    or not _LETTER.search(between)
                    # '“…,” Ana Berg said. Instead, “he just…”': still hers
                    or bool(_CONNECTIVE.fullmatch(between))
                )
                # '“…,” she said, “but…”': a lower-case part after a short tag, in the
                # same sentence as the part before it
                continues = (
                    inner(text[q_start:q_end])[:1].islower()
                    and prev_end > s_start
                    and not words_at_least(between, 17)
                    and (REPORT.search(between) or not _LETTER.search(between))
                    # ('…,” Kiedis said, mentioning the album is “in the home stretch.”':
                    # a clause of its own after the tag, the quotation finishing it)
                    and not _CLAUSE_AFTER_TAG.search(between)
                )
                if last is not None and continues:
                    merge(last, words, people)  # "…,” she said, “but…”
                    prev_end = q_end
                    continue
                both = joined(last, opened, between, text[q_start:q_end]) if opened else None
                if both and last and attribution_of("", after, people)[0] in (None, last.speaker):
                    # 'Dahl says “…” because “…”': one statement, the words between too
                    last.text, last.kind = both, "indirect"
                    prev_end = q_end
                    continue
                fresh_lead = q_start == 0 and carry is not None and carry.quote is None
                if (
                    last is not None
                    and attribution_only
                    and (q_start > 0 or carry is not None)
                    and not fresh_lead
                    # 'She continued: “…”', 'But he added, “…”': a tag of its own, in a
                    # sentence of its own, starts a statement of its own
                    and not (prev_end == s_start and s_start > 0 and _LEAD_TAG.search(between))
                    # '“…,” she said, adding: “…”': what she added is a statement of its own
                    and not _ADDING.search(between)
                    # a new paragraph's lead-in starts a new statement, even a short one
                    and (carry is None or last is not carry.quote or not _LETTER.search(between))
                    # 'Eva Moss replied: “…”' after Karl Dahl's words is Eva Moss's
                    and attribution_of(between, "", people)[0] in (None, last.speaker)
                    # '“…,” the mayor said' after it: a statement with a tag of its own
                    and not (_OPEN_END.search(words) and attribution_of("", after, people)[0])
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
                    if carry.last is not None and alone:
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
                        spoken = [q for q in found[paragraph_start:] if q.speaker]
                        who = a_person(spoken[-1].speaker, people) if spoken else None
                        went_on = spoken[-1] if who else None
                if who is None and q_start > s_start and not tag_after(bare, q_end, s_end):
                    # 'Paul then interjected, calling the credit “a welfare payment.”':
                    # a quotation in a sentence about a person, with no tag, is theirs
                    # (not an aside's: 'Lind, citing “…,” said the plan …')
                    who = person_subject(bare[s_start:q_start], people) or appealed_by(
                        bare[s_start:q_start], people
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
                # (the statement's own clause first: '… privately told Kyiv …, even as the
                # minister told parliament the ban would remain “…”' was said in parliament)
                own = CONTRAST_SPLIT.split(between)[-1] if kind != "direct" else between
                stance, cue = stance_of(plain(own + " " + context), bare_sentence)
                if stance is None and went_on is not None:
                    stance, cue = went_on.stance, went_on.cue  # said on the same occasion
                if stance is None:
                    stance, cue = paragraph_cue.before(s_end, who)
                if stance is None:
                    people.scan(context)
                    stance, cue = by_speaker(
                        who, words, between + " " + context, people, direct=kind == "direct"
                    )
                paper = (
                    a_paper_speaks(context, bare_sentence)
                    if who and kind == "direct" and stance != "private"
                    else None
                )
                if paper and (cue is None or REPORT.fullmatch(cue.lower())):
                    stance, cue = "private", paper  # '“…,” the letter concludes.'
                last = ProposedQuote(words, who, stance, kind, cue, sentence.strip())
                opened = quoted
                people.spoke(who, cue, stance)
                found.append(last)
                prev_end = q_end
            people.scan(bare[prev_end:s_end], bare=True)
            told, told_by = "", None
            beside(
                text[prev_end:s_end], people, sentence_subject, found, lead=False,
                speaker=last.speaker if last else None,
            )  # fmt: skip
            continue
        if " the " in bare_sentence and _THE_OFFICE.search(bare_sentence):
            people.note_titles(bare_sentence)  # ('… Minister X … said the minister had …')
        told_by = (
            reported_in_sentence(
                sentence,
                bare_sentence,
                first_verb,
                sentence_subject,
                people,
                found,
                paragraph_cue,
                s_end,
            )
            if may_report(sentence, has_verb)  # a first look: most sentences report nothing
            else None
        )
        people.scan(bare_sentence, bare=True)
        if not (
            # '“…?” Trump went on, as if he didn’t hear her. “…”': a sentence that is
            # only the last quotation's tag leaves it open for the next one
            last is not None
            and last.speaker
            and s_start > 0
            and not _LETTER.search(bare[max(0, s_start - 3) : s_start])
            and not words_at_least(sentence, 12)
            and attribution_of("", bare_sentence, people, True)[0] == last.speaker
        ):
            last = None
        told = bare_sentence
        asked = asked_whom(bare_sentence, people)
        if asked:
            people.note_subject(asked)  # ('Todd asked Pence whether …': Pence answers next)
        elif len(found) == noted[2] or people.last_subject is None:
            # (a sentence that reported something has its speaker noted already: its
            # subject read again now might take a name said after it for 'the premier')
            subject = sentence_subject
            if not subject and (
                _ACTS_ON_SOMEONE.search(bare_sentence)
                # 'Club chairman Declan Murphy, who was appointed by Kessler in 2024, struck a
                # more cautious tone.' then '“…,” he told reporters': the chairman, not the
                # one his aside names last
                or (", " in bare_sentence and _SUBJECT_ASIDE.match(bare_sentence) is not None)
            ):
                # 'Speaking in Hindi …, Tirkey attacked Chief Minister Ajay Mahato by name.'
                # then '“…,” he said': the one who acted, not the one acted on, named last
                subject = main_subject(bare_sentence)
            people.note_subject(a_person(people.who(subject), people) if subject else None)
    stripped = text.rstrip()
    if stripped.endswith(":") and not statements:
        who = lead_speaker(stripped, people)
        return Carry(who, text) if who else None
    if statements and last is not None and statements[-1][1] >= len(stripped) - 1:
        if stripped.rstrip(".,;")[-1:] not in CLOSERS and not stripped.endswith("''"):
            # no closing mark: the quotation goes on in the next paragraph
            return Carry(last.speaker, last.sentence, last)
        if alone and carry is not None and carry.speaker and not (carry.last or carry.quote):
            # 'Key lines:' then a quotation closed in a paragraph of its own, then
            # another: each is a statement of the lead-in's speaker
            return Carry(carry.speaker, carry.context)
        return Carry(last.speaker, last.sentence, last=last)
    if last is not None and last.speaker:
        # '“…,” Bozell notes.' then a paragraph of quotation alone: still Bozell
        return Carry(last.speaker, last.sentence, last=last)
    if not statements and told:
        return Carry(None, "", subject=told, said_by=told_by)
    return None
