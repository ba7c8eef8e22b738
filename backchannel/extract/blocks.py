"""Statements an article gives in shapes other than running prose: a headline
that puts words in a person's mouth ('Lynch: No outside influence'), the turns
of a transcript or interview, and quoted blocks ('Quote: “…”')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article, Paragraph
from .interviews import is_answer, is_question, transcript_turn
from .names import in_title_case, looks_like_person, person_name
from .speakers import People
from .stance import ANONYMOUS, speaker_stance, stance_of
from .text import inner


@dataclass
class ProposedQuote:
    """A statement the article proposes."""

    text: str
    speaker: str | None
    stance: str | None
    kind: str  # direct | indirect | block
    cue: str | None
    sentence: str = ""  # the words around it, for triage


_KICKER = re.compile(r"^[A-Z]{3,}\s*[–—:-]\s*")  # 'EXCLUSIVE – Roger Stone: …'


def headline_statement(title: str, people: People) -> ProposedQuote | None:
    """'Lynch: No outside influence on the inquiry': a headline that puts words in
    a person's mouth (read last, so that a surname finds the body's full name)."""
    turn = transcript_turn(_KICKER.sub("", title.strip()))
    if turn is None or is_question(turn[0]) or is_answer(turn[0]):
        return None
    label, words = turn
    name = person_name(label)
    if not name or not (looks_like_person(name) or people.fullest(name) != name):
        return None
    return ProposedQuote(words, people.fullest(name), None, "indirect", None, title[:300])


def transcript_statement(turn: tuple[str, str], people: People, found: list[ProposedQuote]) -> None:
    """A turn of a transcript or interview: on the record, in the speaker's words."""
    label, words = turn
    if is_question(label):
        people.scan(words)
        return  # the interviewer's question
    # 'LIND:' is Lind
    name = in_title_case(label) if label.isupper() and len(label) > 1 else label
    who = people.answering() if is_answer(label) else people.who(name)
    if who is None:
        if is_answer(label):  # an answer nobody was named for: still proposed
            found.append(
                ProposedQuote(words, None, None, "direct", None, f"{label}: {words}"[:300])
            )
        return
    if not is_answer(label):
        people.scan(name)
    stance, cue = speaker_stance(
        who,
        words,
        f"{label}:",
        named=not ANONYMOUS.search(who),
        onlooker=people.voices.is_onlooker(who),
    )
    found.append(ProposedQuote(words, who, stance, "direct", cue, f"{label}: {words}"[:300]))


def block_statement(paragraph: Paragraph, article: Article, people: People) -> ProposedQuote:
    """A quoted block ('Quote: “…”') and the line that names who said it."""
    attribution = paragraph.attribution
    speaker = None
    if attribution:
        speaker = people.who(re.split(r"\s+quoted by\s+|,", attribution)[0])
    speaker = speaker or article.source_line or None
    text = " ".join(inner(paragraph.text).split())
    stance, cue = stance_of(attribution)
    if (
        stance is None
        and speaker
        and "quoted by" not in attribution
        and looks_like_person(speaker)
        # (the name's part: 'MARIAM AL-QATTAN, CHIEF EXECUTIVE, …' names her, no 'executive')
        and not ANONYMOUS.search(attribution.split(",")[0])
        # (an analyst's clip is commentary: '… who tracks ransomware groups at …')
        and not people.voices.is_onlooker(speaker)
    ):
        # '- Dr. Ana Lind, Chair of the Review' under a release's 'Quote:': on the record,
        # when the signature names a person (not 'a diplomat', not a paper)
        stance, cue = "public", attribution.split(",")[0].strip()
    return ProposedQuote(text, speaker, stance, "block", cue, paragraph.text[:300])


def signed_statements(
    signature: str, statements: list[ProposedQuote], people: People, whole: bool
) -> None:
    """'“…”' then '- Bernie Sanders.': the signed name speaks the paragraph's
    statements that have no speaker of their own (``whole``: all of them)."""
    phrase = signature.split(",")[0].strip()
    who = people.who(phrase) if person_name(phrase) else None
    if who:
        people.scan(phrase)
        for statement in statements:
            statement.speaker = who if whole else statement.speaker or who
