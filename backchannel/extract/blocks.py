"""Statements an article gives in shapes other than running prose: a headline
that puts words in a person's mouth ('Lynch: No outside influence'), the turns
of a transcript or interview, and quoted blocks ('Quote: “…”')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article, Paragraph
from .documents import issued_by, names_a_document, paper_sender, reads_a_paper
from .interviews import answering, is_answer, is_question, pleasantry, transcript_turn
from .names import in_title_case, looks_like_person, person_name
from .sentence_subject import main_subject
from .speakers import People
from .stance import ANONYMOUS, speaker_stance, stance_of
from .text import inner, plain, sentences


@dataclass
class ProposedQuote:
    """A statement the article proposes."""

    text: str
    speaker: str | None
    stance: str | None
    kind: str  # direct | indirect | block
    cue: str | None
    sentence: str = ""  # the words around it, for triage


#: A kicker before the headline: 'EXCLUSIVE – Roger Stone: …', '[INTERVIEW] “…”: …'
_KICKER = re.compile(r"^(?:[A-Z]{3,}\s*[–—:-]|\[[A-Z][A-Z ]{2,20}\])\s*")


#: A headline that quotes, then says who: '“…”: Uzbekistan's chief WTO negotiator on …'
_QUOTE_THEN_WHO = re.compile(
    r"[“\"](?P<words>[^“”\"]{8,300})[”\"]\s*[:—–]\s*(?P<who>(?:[\w'’.-]+\s+){0,5}?[a-z]+)"
    r"(?=\s+(?:on|in|at|about|over|says|tells|explains)\b|\s*$)"
)


def headline_statement(
    title: str, people: People, interviewee: str | None = None
) -> ProposedQuote | None:
    """'Lynch: No outside influence on the inquiry': a headline that puts words in
    a person's mouth (read last, so that a surname finds the body's full name).
    ``interviewee``: who answers, if the article is an interview."""
    title = _KICKER.sub("", title.strip())
    described = _QUOTE_THEN_WHO.match(title) if title[:1] in '“"' else None
    if described:
        # '“We will not buy membership at any price”: Uzbekistan's chief WTO negotiator
        # on the final stretch': the one the article names with that office, or whom
        # it interviews, on the record
        role = " ".join(described["who"].lower().split()[-3:])
        who = people.titles.person(f"the {role}") or interviewee
        words = described["words"].strip(" ,")
        return ProposedQuote(words, who, "public", "direct", None, title[:300]) if who else None
    turn = transcript_turn(title)
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
    if pleasantry(words):
        return  # 'Thank you, Faisal.': no statement
    # 'LIND:' is Lind
    name = in_title_case(label) if label.isupper() and len(label) > 1 else label
    who = answering(people) if is_answer(label) else people.who(name)
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


def block_statement(
    paragraph: Paragraph, article: Article, people: People, lead: str = "", led: bool = False
) -> ProposedQuote:
    """A quoted block ('Quote: “…”') and the line that names who said it, or the
    ``lead`` paragraph that leads into it ('In its conclusions, the audit office is
    blunt:'; ``led``: its speaker was found as it was read, and stands unless the
    lead-in reads from a paper)."""
    attribution = paragraph.attribution
    speaker = None
    if attribution:
        speaker = people.who(re.split(r"\s+quoted by\s+|,", attribution)[0])
    speaker = speaker or article.source_line or None
    text = " ".join(inner(paragraph.text).split())
    if speaker is None and lead.endswith(":"):
        speaker = lead_in_source(lead, people, papers_only=led)
        if speaker:
            stance, cue = stance_of(plain(lead))
            written = people.voices.wrote_privately.get(speaker)
            if stance is None and written and names_a_document(lead):
                # 'The email reads:' after 'In an email sent … to divisional managers,
                # Martin Greaves instructed …': more of what he wrote in private
                stance, cue = "private", written
            # (an analyst's note to clients is commentary: no stance)
            if (
                stance is None
                and not ANONYMOUS.search(speaker)
                and not people.voices.is_onlooker(speaker)
            ):
                # a body's or a person's own paper, read out: on the record
                a, b = sentences(lead)[-1]
                stance, cue = "public", lead[a:b].strip()[:60]
            return ProposedQuote(text, speaker, stance, "block", cue, paragraph.text[:300])
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
            if statement.stance is None and statement.speaker == who and looks_like_person(who):
                # '“…”' signed '— LETICIA ARRIAGA, housekeeper': a person's own words, on
                # the record
                statement.stance, statement.cue = "public", phrase


def lead_in_source(lead: str, people: People, papers_only: bool = False) -> str | None:
    """Whose words a block set under ``lead`` are: who issued the paper it reads from
    ('the order issued by NERC … reads:', 'The union published an open letter …. It
    reads in part:', 'An internal ministry memo … It says:'), or (unless
    ``papers_only``) the subject of the lead-in ('the audit office is blunt:')."""
    said = [lead[a:b] for a, b in sentences(lead)]
    last = said[-1].strip() if said else lead
    issuer = issued_by(last)
    if issuer:
        return people.who(issuer)
    if reads_a_paper(last):
        issued = people.voices.issued
        paper = next((doc for doc in issued if doc in last.lower()), None)
        if paper:
            return issued[paper]  # ('In a letter dated …, Mayor Kerrigan asks …. It reads:')
        sender = people.voices.read_from() if last.startswith("It ") else None
        if sender:
            return sender  # ('… a text message sent by …, Ian Gallagher, to a colleague. It read:')
        for sentence in reversed(said[:-1]):
            sender = paper_sender(sentence.strip())
            if sender is not None:
                # ('A fortnight later, Dr Sultana set out her concerns in a memo to …': the
                # sentence's subject, when the paper is only said to be one of theirs)
                return people.who(sender or main_subject(sentence.strip()))
        return None
    if papers_only:
        return None
    subject = main_subject(last)
    return people.who(subject) if subject else None
