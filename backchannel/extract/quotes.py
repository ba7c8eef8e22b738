"""Statements in an article: direct quotes, quoted blocks and reported speech,
each with its speaker and, where the words around it say so, its stance.

General rules, not rules for particular articles:
- a quotation is a statement when it is attributed (a speech verb and a
  speaker next to it, or a line ending in ":" before it) and is more than a
  scare quote (a few words without punctuation of their own);
- the parts of a quotation split around its speaker tag, and quotations
  continued over paragraphs, are one statement;
- reported speech is a clause whose subject does a speech verb ("said that",
  "told X that", "assured", "made it clear that", "according to X");
- he/she point back to the last person named; a surname alone is the
  fullest name the article gives that person;
- a stance is suggested only on evidence: the cue words are returned with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .article import Article, Paragraph
from .speakers import NAME_RUN, People
from .stance import stance_of
from .text import inner, is_statement_quote, plain, quote_spans, sentences, words_in

SPEECH = (
    r"said|says|say|told|tells|tell|added|adds|wrote|writes|replied|insisted|insists|"
    r"stressed|stresses|warned|warns|acknowledged|acknowledges|acknowledge|assured|assures|"
    r"promised|argued|argues|explained|declared|noted|cautioned|conceded|admitted|"
    r"confirmed|denied|posted|signalled|signaled|indicated|claimed|expressed|"
    r"made it clear|has made it clear|have made it clear|described|describes|"
    r"limited (?:himself|herself) to saying|telling|saying|insisting|warning|assuring|"
    r"rejected|rejects|ruled out|rules out|dismissed|dismisses"
)
#: Verbs of stance rather than speech: a statement only where the clause says
#: how it was taken (publicly, in private…), never on their own.
STANCE_VERBS = {"rejected", "rejects", "ruled out", "rules out", "dismissed", "dismisses"}
REPORT = re.compile(rf"\b(?P<verb>{SPEECH})\b")  # verbs are lower case in running text


@dataclass
class ProposedQuote:
    """A statement the article proposes."""

    text: str
    speaker: str | None
    stance: str | None
    kind: str  # direct | indirect | block
    cue: str | None
    sentence: str = ""  # the words around it, for triage


# -- who said the quotation -----------------------------------------------------------------

_VERB = rf"(?:has |had |is |was )?(?:\w+ly )?(?P<verb>{SPEECH})\b"
_AFTER = re.compile(rf"^[\s,.]*(?P<who>[^.!?“”\"«»]{{1,120}}?)\s+{_VERB}", re.I)
_AFTER_INVERTED = re.compile(
    r"^[\s,]*(?P<verb>said|says|added|wrote|replied)\s+(?P<who>[^,.;“\"«]{2,120})", re.I
)
_AUX_BEFORE = re.compile(r"(?:\s+(?:has|had|is|was))?(?:\s+\w+ly)?\s*$")


def _before(text: str) -> str | None:
    """The words before the last speech verb of a lead-in that runs up to a quotation
    ('Trade Minister Ratna Widjaja told delegates:' -> 'Trade Minister Ratna Widjaja')."""
    verbs = list(REPORT.finditer(text))
    if not verbs:
        return None
    verb = verbs[-1]
    if re.search(r"[.!?“”\"«»]", text[verb.end() :]):
        return None
    head = text[max(0, verb.start() - 160) : verb.start()]
    head = re.split(r"[.!?“”\"«»]", head)[-1]
    head = head[: _AUX_BEFORE.search(head).start()]  # type: ignore[union-attr]
    return head if head.strip() else None


def _subject(text: str) -> str:
    """The subject just before a verb: after the last comma clause or 'that'.

    'Claire Favre, an economist at Geneva,' is Claire Favre: a closed
    apposition gives way to the name before it."""
    text = text.strip()
    parts = [p for p in re.split(r",\s*|\s+that\s+|\s+(?:and|but|while|as)\s+(?=[A-Z])", text) if p]
    if not parts:
        return ""
    subject = parts[-1].strip()
    if text.endswith(",") and len(parts) >= 2 and parts[-2][:1].isupper():
        subject = parts[-2].strip()
    return re.sub(
        r"^(?:however|meanwhile|but|and|then|also|publicly|privately|even though|although|"
        r"though|because|whereas|while|since)\s+",
        "",
        subject,
        flags=re.I,
    )


def _lead_speaker(lead: str, people: People) -> str | None:
    """The speaker named by a lead-in ending in ':' ('From opposition leader X, speaking…:')."""
    found = _before(lead)
    if found:
        who = people.who(_subject(found))
        if who:
            return who
    if re.search(r"\b(?:him|her)\s+as\s+saying\b", lead):
        return people.last_person  # 'the minutes quote him as saying:'
    lead = re.sub(r"^(?:From|By)\s+", "", lead.strip().rstrip(":"))
    head = re.split(r",|\s+(?:was|is|were|are|has|had|spoke|speaking|when|who)\b", lead)[0]
    return people.who(head)


def _attribution(between: str, after: str, people: People) -> tuple[str | None, str]:
    """The speaker of a quotation from the words around it, and those words."""
    m = _AFTER.match(after)
    if m and words_in(m["who"]) <= 12 and " that " not in f" {m['who']} ":
        who = people.who(_subject(m["who"]))
        if who:
            return who, after
    m = _AFTER_INVERTED.match(after)
    if m:
        phrase = re.split(r"\s+(?:at|in|on|during|after|to|from|while|when|who|as)\s+", m["who"])[0]
        who = people.who(phrase)
        if who:
            return who, after
    found = _before(between)
    if found:
        who = people.who(_subject(found))
        if who:
            return who, between
    if between.rstrip().endswith(":"):
        who = _lead_speaker(between, people)
        if who:
            return who, between
    return None, ""


# -- reported speech ---------------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(
    r";\s+|,\s+(?=(?:even as|even though|although|though|while|whereas|but|and|despite)\s+[A-Za-z])"
)
_AUX = re.compile(
    r"((?:\s(?:has|have|had|was|were|is|are|would|will|also|repeatedly|privately|publicly|"
    r"already|only|continues? to|continued to|in public|in private|reportedly|earlier))*)\s*$"
)
_NEEDS_THAT = {"insisted", "insists", "stressed", "stresses", "warned", "warns", "acknowledged",
               "acknowledges", "acknowledge", "assured", "assures", "promised", "argued", "argues",
               "explained", "declared", "noted", "cautioned", "conceded", "admitted", "confirmed",
               "denied", "signalled", "signaled", "indicated", "claimed", "posted", "described",
               "made it clear", "has made it clear", "have made it clear"}  # fmt: skip
NOT_SOURCES = re.compile(r"^(?:the )?(?:plans?|data|figures|estimates|polls?|rules?)\b", re.I)


_PARENTHETICAL = re.compile(
    r"^(?P<a>[^,]{2,80}),\s+(?P<who>he|she|they|[A-Z][\w'’. -]{1,60}?)\s+"
    r"(?:added|said|says|adds|insisted|noted)\s*,\s+(?P<b>.{5,})$"
)
_NEGATED = re.compile(r"\b(?:not|never|declined to|refused to|whether)\s+(?:\w+\s+){0,2}$")
_FINITE = re.compile(
    r"^\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|was|were|had|has|have|would|will|could|should|"
    r"did|does|do|can|may|might|must|saw|remained?|needs?)\b"
)


_THAT = re.compile(r"^\s*(?:[^.;“\"«]{0,90}?\s)?that\b")
_AS = re.compile(r"^\s+[^.;]{0,60}?\bas\b")
_CLAUSE_START = re.compile(r"^\s+(?:the|he|she|they|it|its|a|an|there|\d|[A-Z])")
_SUBORDINATE = re.compile(r"\b(?:despite|while|after|before|by|when)\s*$")
_LETTER = re.compile(r"[A-Za-z]")
_NAME_AT_END = re.compile(rf"({NAME_RUN.pattern})\s*$")


def _reported(clause: str, people: People, sentence_subject: str) -> tuple[str, str] | None:
    """(text, speaker) if the clause reports what someone said."""
    if not REPORT.search(clause) and "ccording to" not in clause:
        return None
    spans = quote_spans(clause)
    m = _PARENTHETICAL.match(clause.strip())
    if m and not spans:  # 'Vilnius, she added, was prepared to pay…'
        who = people.who(m["who"])
        if who:
            return clause.strip().rstrip("."), who
    candidates: list[tuple[str, str]] = []
    attribution: tuple[str, str] | None = None
    # The last speech verb that reports something wins: read from the end, stop there.
    for verb in reversed(list(REPORT.finditer(clause))):
        if candidates:
            break
        if any(a <= verb.start() < b for a, b in spans):
            continue
        word = verb["verb"].lower()
        # the subject is near its verb: look back a few hundred characters only
        head = clause[max(0, verb.start() - 300) : verb.start()]
        rest = clause[verb.end() : verb.end() + 300]
        tail = head[-100:]  # patterns anchored at the end: look at the end only
        if _NEGATED.search(tail):
            continue
        has_that = _THAT.match(rest)
        if word.startswith("describ"):
            has_that = has_that or _AS.match(rest)
        if not rest.strip(" .,"):
            # "…, three officials said."
            attribution = attribution or (clause[: verb.start()], head)
            continue
        if word in STANCE_VERBS:
            if stance_of(plain(clause))[0] is None:
                continue
            has_that = has_that or re.match(r"^\s+\w", rest)
        if (word in _NEEDS_THAT or word.endswith("ing")) and not has_that:
            continue
        if not has_that and not (_CLAUSE_START.match(rest) or _FINITE.match(rest)):
            continue
        aux = _AUX.search(tail)
        subject_text = head[: len(head) - len(tail) + aux.start()] if aux else head
        if word.endswith("ing"):
            # 'despite insisting publicly that…': the sentence's subject speaks;
            # 'record Wolters telling his partners that…': the name just before.
            named = _NAME_AT_END.search(subject_text)
            if named:
                subject = named.group(1)
            elif _SUBORDINATE.search(subject_text):
                who = people.who(sentence_subject)
                if who:
                    candidates.append((clause[verb.start() :].strip().rstrip(" ."), who))
                continue
            else:
                continue
        else:
            subject = _subject(subject_text)
        if (
            not subject
            or re.search(r"\b(asked|whether)\b", subject, re.I)
            or (
                subject[:1].islower()
                and not re.match(r"(?:the|a|an|one|two|three|four|several|some|senior)\b", subject)
            )
        ):
            if re.search(r"\b(?:but|and)\s*$", head.strip()) or not head.strip():
                subject = sentence_subject
            else:
                continue
        if NOT_SOURCES.match(subject):
            continue
        who = people.who(subject)
        if who is None:
            continue
        start = clause.find(subject) if subject in clause else verb.start()
        candidates.append((clause[start:].strip().rstrip(" ."), who))
    if candidates:
        text, who = candidates[-1]
        text = re.sub(rf",\s*[^,]{{2,80}}\s+(?:{SPEECH})$", "", text)
        return text, who
    m = re.search(r"according to (?P<who>[^,]{2,80}),\s*(?P<text>.+)$", clause, re.I)
    if (
        m
        and not NOT_SOURCES.match(m["who"])
        and not spans
        and not re.match(r"(?:who|which|whose|where)\b", m["text"])
    ):
        who = people.who(m["who"])
        if who:
            return m["text"].strip().rstrip("."), who
    if attribution and not spans:
        text, head = attribution
        parts = text.rsplit(",", 1)
        if len(parts) == 2 and words_in(parts[0]) >= 5:
            who = people.who(_subject(parts[1]))
            if who:
                return parts[0].strip(), who
    return None


def _quotes_stand_alone(sentence: str, quoted: list[tuple[int, int]]) -> bool:
    """True when the sentence's quotations are direct speech, not words inside reported speech."""
    for start, _ in quoted:
        head = sentence[max(0, start - 200) : start]
        if re.search(r"\bthat\b[^,:;]*$", head) or re.search(
            r"\b(?:as|was|were|be|called)\s*$", head
        ):
            return False
    return True


# -- the reading ---------------------------------------------------------------------------


@dataclass
class _Carry:
    """What a paragraph hands the next: a lead-in speaker, or a quotation still going."""

    speaker: str | None
    context: str
    quote: ProposedQuote | None = None


def find_quotes(article: Article) -> list[ProposedQuote]:
    """Every statement the article proposes, in reading order."""
    people = People()
    people.scan(article.title)
    found: list[ProposedQuote] = []
    carry: _Carry | None = None
    for paragraph in article.paragraphs:
        if paragraph.label == "quote":
            found.append(_block(paragraph, article, people))
            carry = None
            continue
        carry = _read_paragraph(paragraph.text, people, found, carry)
    return found


def _block(paragraph: Paragraph, article: Article, people: People) -> ProposedQuote:
    attribution = paragraph.attribution
    speaker = None
    if attribution:
        speaker = people.who(re.split(r"\s+quoted by\s+|,", attribution)[0])
    speaker = speaker or article.source_line or None
    text = " ".join(inner(paragraph.text).split())
    stance, cue = stance_of(attribution)
    return ProposedQuote(text, speaker, stance, "block", cue, paragraph.text[:300])


def _read_paragraph(
    text: str, people: People, found: list[ProposedQuote], carry: _Carry | None
) -> _Carry | None:
    spans = quote_spans(text)
    statements = [s for s in spans if is_statement_quote(text[s[0] : s[1]])]
    last = carry.quote if carry else None
    paragraph_cue = stance_of(plain(text))  # once: a paragraph can be a whole paste
    span_starts = [a for a, _ in spans]
    next_statement = 0
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        while next_statement < len(statements) and statements[next_statement][0] < s_start:
            next_statement += 1
        local = []
        while next_statement < len(statements) and statements[next_statement][0] < s_end:
            local.append(statements[next_statement])
            next_statement += 1
        sentence_subject = re.split(
            r",|\s+(?:has|had|was|is|said|told)\b", plain(sentence).strip()
        )[0]
        if local and _quotes_stand_alone(sentence, [(a - s_start, b) for a, b in local]):
            prev_end = s_start
            for q_start, q_end in local:
                people.scan(text[prev_end:q_start])
                between = text[prev_end:q_start]
                k = bisect_right(span_starts, q_start)
                nxt = span_starts[k] if k < len(span_starts) else s_end
                after = text[q_end : min(max(nxt, q_end), q_end + 400)]
                words = " ".join(inner(text[q_start:q_end]).split())
                attribution_only = words_in(between) <= 8 and (
                    REPORT.search(between) or not _LETTER.search(between)
                )
                continues = inner(text[q_start:q_end])[:1].islower() and q_start > s_start
                if last is not None and continues:
                    last.text = f"{last.text.rstrip()} {words}"  # "…,” she said, “but…”
                    prev_end = q_end
                    continue
                fresh_lead = q_start == 0 and carry is not None and carry.quote is None
                if (
                    last is not None
                    and attribution_only
                    and (q_start > 0 or carry is not None)
                    and not fresh_lead
                ):
                    last.text = f"{last.text.rstrip()} {words}"
                    prev_end = q_end
                    continue
                who, context = _attribution(between, after, people)
                if who is None and carry is not None and q_start == 0:
                    who, context = carry.speaker, carry.context
                if who is None:
                    prev_end = q_end
                    continue
                stance, cue = stance_of(plain(between + " " + context), plain(sentence))
                if stance is None:
                    stance, cue = paragraph_cue
                last = ProposedQuote(words, who, stance, "direct", cue, sentence.strip())
                found.append(last)
                prev_end = q_end
            people.scan(text[prev_end:s_end])
            continue
        clauses = _CLAUSE_SPLIT.split(sentence)
        for clause in clauses:
            reported = _reported(clause, people, sentence_subject)
            if reported:
                words, who = reported
                # A clause of a split sentence does not borrow its neighbour's cue
                # ("X privately told…, even as Y insisted publicly…").
                stance, cue = stance_of(plain(clause), plain(sentence) if len(clauses) == 1 else "")
                if stance is None and len(clauses) == 1:
                    stance, cue = paragraph_cue
                found.append(ProposedQuote(words, who, stance, "indirect", cue, sentence.strip()))
        people.scan(sentence)
        last = None
    stripped = text.rstrip()
    if stripped.endswith(":") and not statements:
        who = _lead_speaker(stripped, people)
        return _Carry(who, text) if who else None
    if statements and last is not None and statements[-1][1] >= len(stripped) - 1:
        return _Carry(last.speaker, last.sentence, last)
    return None
