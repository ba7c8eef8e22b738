"""One paragraph's statements: its quotations with their tags, the sentences that
report speech, and what it hands the next paragraph (a lead-in speaker, a quotation
still going)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import attribution_of
from .blocks import ProposedQuote
from .documents import names_a_document
from .exchanges import asked_whom
from .german import goes_on_in_konjunktiv
from .leadins import lead_speaker
from .persons import a_person
from .quoted_sentences import Reading, read_quoted_sentence
from .reported import may_report
from .reported_sentences import reported_in_sentence
from .roles import OFFICES
from .sentence_subject import main_subject
from .speakers import People
from .speaking import FirstCue, by_speaker
from .stance import stance_of
from .standing import standing_count
from .statements import statement_spans
from .text import CLOSERS, plain, quote_spans, words_at_least
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
#: A translated tag after the words it tags: 'This was stated by Deputy Minister Serhii
#: Kovalchuk at a briefing in Odesa on Wednesday.'
_THIS_WAS_STATED = re.compile(
    r"This was (?:stated|said|announced|reported|noted|emphasi[sz]ed|declared) by\s+"
    r"(?P<who>[^,;.]{2,120}?)(?:\s+(?:at|in|on|during|to|via)\b|[,.]|\s*$)"
)
_AS_FOR = re.compile(r"As for (?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),")


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
    """Add the statements of the paragraph ``text`` to ``found``, sentence by sentence
    (``reading``: its quotations blanked, and its sentences' spans): a sentence with
    quotations is quoted_sentences', one without may report speech. What it hands the
    next paragraph is returned."""
    spans = quote_spans(text)
    statements = statement_spans(text, spans)
    # Read once (a paragraph can be a whole paste); it speaks for a statement only
    # when it comes before the statement's sentence ends, never from a later one.
    bare, sentence_spans = reading  # its quotations blanked, and its sentences
    paragraph_cue = FirstCue(bare)  # looked for only when a statement needs it
    # (the statements' starts, not a scare quote's in a tag: 'X, wearing “Ted Cruz” pins, said')
    r = Reading(
        text, bare, people, found, carry, paragraph_cue,
        span_starts=[a for a, _ in statements],
        alone=not _LETTER.search(bare),
        paragraph_start=len(found),
        last=carry.quote if carry else None,
        told=carry.subject if carry else "",
        told_by=carry.said_by if carry else None,
    )  # fmt: skip
    next_statement = 0
    noted = (0, 0, len(found))  # the sentence before: its span, and found's length then
    for s_start, s_end in sentence_spans:
        said_before = len(found) > noted[2]  # (the sentence before gave a statement)
        if said_before:
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
            read_quoted_sentence(r, s_start, s_end, local[:standing], sentence_subject)
            r.told, r.told_by = "", None
            continue
        stated = (
            _THIS_WAS_STATED.match(bare_sentence) if bare_sentence.startswith("This was") else None
        )
        if stated and r.told and r.told_by is None and len(found) == noted[2]:
            # 'Ukraine expects … before the harvest. This was stated by Deputy Minister Serhii
            # Kovalchuk at a briefing in Odesa on Wednesday.': the sentence before is his
            named = people.who(stated["who"])
            who = a_person(named, people) or named
            if who:
                told = " ".join(r.told.split()).rstrip(".")
                stance, cue = stance_of(plain(bare_sentence))
                if stance is None:
                    stance, cue = by_speaker(who, told, bare_sentence, people)
                found.append(ProposedQuote(told, who, stance, "indirect", cue, told))
                people.spoke(who, cue, stance)
                people.scan(bare_sentence, bare=True)
                r.told, r.told_by = "", who
                continue
        if " the " in bare_sentence and _THE_OFFICE.search(bare_sentence):
            people.note_titles(bare_sentence)  # ('… Minister X … said the minister had …')
        if names_a_document(bare_sentence):
            # ('Written by Ana Lind, the memo asks …', 'An email sent by a senior official
            # …, seen by the Post, described …': theirs, in this very sentence)
            people.voices.note_sender(bare_sentence, people.fullest, people.titles.person)
        r.told_by = (
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
        if (
            said_before
            and len(found) == noted[2]
            and not has_verb
            and found[-1].speaker
            and goes_on_in_konjunktiv(bare_sentence)
        ):
            # 'Ein Sprecher erklärte auf Anfrage, man kommentiere … nicht.' then 'Zusagen
            # über die geltende Beschlusslage hinaus gebe es nicht.': more of his words
            last = found[-1]
            words = " ".join(sentence.split()).rstrip(".")
            found.append(
                ProposedQuote(words, last.speaker, last.stance, "indirect", last.cue, words)
            )
        people.scan(bare_sentence, bare=True)
        if not (
            # '“…?” Trump went on, as if he didn’t hear her. “…”': a sentence that is
            # only the last quotation's tag leaves it open for the next one
            r.last is not None
            and r.last.speaker
            and s_start > 0
            and not _LETTER.search(bare[max(0, s_start - 3) : s_start])
            and not words_at_least(sentence, 12)
            and attribution_of("", bare_sentence, people, True)[0] == r.last.speaker
        ):
            r.last = None
        r.told = bare_sentence
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
    if statements and r.last is not None and statements[-1][1] >= len(stripped) - 1:
        if stripped.rstrip(".,;")[-1:] not in CLOSERS and not stripped.endswith("''"):
            # no closing mark: the quotation goes on in the next paragraph
            return Carry(r.last.speaker, r.last.sentence, r.last)
        if r.alone and carry is not None and carry.speaker and not (carry.last or carry.quote):
            # 'Key lines:' then a quotation closed in a paragraph of its own, then
            # another: each is a statement of the lead-in's speaker
            return Carry(carry.speaker, carry.context)
        return Carry(r.last.speaker, r.last.sentence, last=r.last)
    if r.last is not None and r.last.speaker:
        # '“…,” Bozell notes.' then a paragraph of quotation alone: still Bozell
        return Carry(r.last.speaker, r.last.sentence, last=r.last)
    if not statements and r.told:
        return Carry(None, "", subject=r.told, said_by=r.told_by)
    return None
