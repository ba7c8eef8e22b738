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
from dataclasses import dataclass

from .article import QUOTE_PAIRS, Article, Paragraph

SPEECH = (
    r"said|says|say|told|tells|tell|added|adds|wrote|writes|replied|insisted|insists|"
    r"stressed|stresses|warned|warns|acknowledged|acknowledges|acknowledge|assured|assures|"
    r"promised|argued|argues|explained|declared|noted|cautioned|conceded|admitted|"
    r"confirmed|denied|posted|signalled|signaled|indicated|claimed|expressed|"
    r"made it clear|has made it clear|have made it clear|described|describes|"
    r"limited (?:himself|herself) to saying|telling|saying|insisting|warning|assuring"
)
REPORT = re.compile(rf"\b(?P<verb>{SPEECH})\b")  # verbs are lower case in running text

PRIVATE_CUES = [
    "privately", "in private", "behind closed doors", "closed-door", "private call",
    "private talks", "private conversations", "private assurances", "private meeting",
    "in a letter", "a letter", "letter dated", "the letter", "memo", "minutes",
    "confidential", "in the room", "told the group", "told the ministers",
    "on condition of anonymity", "asked not to be named", "speaking anonymously",
]  # fmt: skip
PUBLIC_CUES = [
    "publicly", "in public", "told reporters", "to reporters", "press conference",
    "press briefing", "in an interview", "interview", "in a statement", "written statement",
    "statement", "posted", "wrote on x", "on linkedin", "in parliament", "parliament",
    "speech", "radio", "television", "talk show", "told delegates", "business forum",
    "plenary", "debate", "podium", "asked about", "asked whether", "on the record",
]  # fmt: skip
NON_SPEAKERS = {"it", "this", "that", "which", "who", "there", "what", "these", "those"}
PRONOUNS = {"he", "she", "they", "him", "her"}
GROUP_WORDS = re.compile(
    r"\b(officials?|sources?|diplomats?|spokes(?:person|man|woman)|ministry|department|"
    r"people|negotiators|government|analysts?|economists?|bankers?|members?|MP|envoy|"
    r"authority|office|delegation|commission|union|association|party|leaders?|"
    r"minister|chief|governor|president|agency|publication|newspaper|weekly)\b",
    re.I,
)
_NAME = r"(?:[A-Z][\w'’.-]*|(?:van|von|de|der|den|del|da|di|le|la|al)\b)"
NAME_RUN = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_NAME})*")
TITLES = {
    "minister", "deputy", "trade", "finance", "defence", "defense", "foreign", "prime",
    "president", "governor", "secretary", "state", "chief", "leader", "negotiator",
    "chair", "chairman", "spokesman", "spokeswoman", "spokesperson", "envoy", "special",
    "general", "labour", "labor", "energy", "for", "of", "the", "mr", "mrs", "ms", "dr",
    "opposition", "executive", "economist", "analyst", "shipping", "u.s.", "us", "uk",
    "uk pm", "pm", "commission", "social", "democrat", "party", "farmers'", "sto",
}  # fmt: skip


@dataclass
class ProposedQuote:
    """A statement the article proposes."""

    text: str
    speaker: str | None
    stance: str | None
    kind: str  # direct | indirect | block
    cue: str | None
    sentence: str = ""  # the words around it, for triage


# -- sentences and quotation marks ---------------------------------------------------

_ABBREV = re.compile(r"\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Jr|Sr|vs|e\.g|i\.e)\.$")


_QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, marks included."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _QUOTE_MARK.search(text, i)
        if m is None:
            return spans
        start, ch = m.start(), m.group(0)
        if ch == '"' and start > 0 and text[start - 1].isalnum():
            i = start + 1  # a closing straight quote or an inch mark, not an opening
            continue
        close = text.find(QUOTE_PAIRS[ch], start + 1)
        if close == -1:
            spans.append((start, len(text)))
            return spans
        spans.append((start, close + 1))
        i = close + 1


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never splitting inside a quotation."""
    spans = quote_spans(text)
    bounds, start = [], 0
    for m in re.finditer(r"[.!?](?:[”\"»’)]*)\s+(?=[A-Z“\"«(])", text):
        at = m.start()
        if any(a <= at < b - 1 for a, b in spans):
            continue
        if _ABBREV.search(text, max(0, at - 4), at + 1):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


def inner(quoted: str) -> str:
    text = quoted.strip()
    if text[:1] in QUOTE_PAIRS:
        text = text[1:]
    if text[-1:] in QUOTE_PAIRS.values():
        text = text[:-1]
    return text.strip()


def _words(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def is_statement_quote(text: str) -> bool:
    """More than a scare quote: several words, or a sentence of its own."""
    body = inner(text)
    n = _words(body)
    return n >= 6 or (n >= 3 and body[-1:] in ".,!?;:")


# -- speakers -------------------------------------------------------------------------

ORG_WORDS = re.compile(
    r"\b(University|Ministry|Department|Bank|Capital|Review|Dagblad|Courier|Insider|Agency|"
    r"News|Desk|Europe|Times|Post|Daily|Wire|Insight|Zakenkrant|Commission|Council|Party|"
    r"Union|Association|Group|Centre|Center|Institute|Office|Parliament|Government|Operators|"
    r"Authority|State|States|Kingdom|Republic|Street|Square|Sea|Ocean|Article|NATO|EU|UN)\b"
)
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "asked", "speaking", "according", "but", "and",
    "however", "meanwhile", "publicly", "privately", "behind", "from", "after", "before",
    "he", "she", "it", "they", "we", "i", "this", "that", "there", "his", "her", "their",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "good", "two", "three", "one", "several",
}  # fmt: skip


def looks_like_person(name: str) -> bool:
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or ORG_WORDS.search(name):
        return False
    return tokens[0].lower() not in NOT_NAMES and not any(
        t.isupper() and len(t) > 1 for t in tokens
    )


def _plain(text: str) -> str:
    """The text with its quotations blanked out (their words are not the setting)."""
    out = list(text)
    for start, end in quote_spans(text):
        out[start:end] = " " * (end - start)
    return "".join(out)


class People:
    """Who the article has named so far: fullest names, and who he, she and it are."""

    def __init__(self) -> None:
        self.full: list[str] = []
        self.last_person: str | None = None
        self.last_org: str | None = None

    def scan(self, text: str) -> None:
        """Note the people named in ``text`` (quotations left out), in order."""
        plain = _plain(text)
        for run in NAME_RUN.finditer(plain):
            name = person_name(run.group(0))
            if not name:
                continue
            if looks_like_person(name):
                if name not in self.full:
                    self.full.append(name)
                self.last_person = name
            elif len(name.split()) == 1:
                full = self.fullest(name)
                if full != name:
                    self.last_person = full
        first = re.match(r"^\W*((?:[A-Z][\w'’.-]*\s+)*?[\w'’.-]*\s*(?:ministry|office|department|"
                         r"authority|government|commission|operators|bank|party|union)\b)",
                         plain[:80], re.I)  # fmt: skip
        if first:
            self.last_org = first.group(1).strip()

    def fullest(self, name: str) -> str:
        """'Hale' -> 'Martin Hale' when the article named him so."""
        last = name.split()[-1].lower()
        for full in self.full:
            if full.split()[-1].lower() == last and len(full) >= len(name):
                return full
        return name

    def who(self, phrase: str) -> str | None:
        """The speaker a noun phrase names: a person's fullest name, or the phrase."""
        phrase = phrase.strip(' ,;:–—-“”"«»')
        phrase = re.sub(r"^(?:and|but|as|while|when|then|so)\s+", "", phrase, flags=re.I)
        if not phrase:
            return None
        low = phrase.lower()
        if low in ("he", "she"):
            return self.last_person
        if low == "it":
            return self.last_org
        if low in NON_SPEAKERS or low in PRONOUNS or re.search(r"\b(whether|if)\b", low):
            return None
        if self.last_person and re.fullmatch(
            r"the (?:\w+ )?(?:minister|governor|president|chancellor|premier|envoy|mayor|"
            r"secretary|ambassador|leader|chief)",
            low,
        ):
            return self.last_person  # 'the prime minister said', after naming him
        name = person_name(phrase)
        if name and looks_like_person(name):
            return self.fullest(name)
        if name and len(name.split()) == 1 and self.fullest(name) != name:
            return self.fullest(name)
        if _words(phrase) > 10 or not _LETTER.search(phrase):
            return None
        if phrase[:1].islower() and not re.match(
            r"(?:the|a|an|one|two|three|four|several|some|many|senior|other)\b", phrase
        ):
            return None
        return re.sub(r"^(?:the)\s+", "", phrase, flags=re.I)


def person_name(phrase: str) -> str | None:
    """The name at the end of a noun phrase ('Trade Minister Ratna Widjaja')."""
    runs = list(NAME_RUN.finditer(phrase))
    if not runs:
        return None
    tail = phrase[runs[-1].end() :].strip()
    if tail and tail[0].isalpha():
        return None  # 'Scheldt Terminal Operators (STO)' and 'Italy's energy ministry' stay whole
    tokens = runs[-1].group(0).split()
    while tokens and tokens[0].lower().rstrip(",") in TITLES:
        tokens.pop(0)
    while len(tokens) > 3 and tokens[0][0].isupper():
        tokens.pop(0)  # 'Latvian Defence Minister Edgars Ozolins' -> 'Edgars Ozolins'
    return " ".join(tokens) or None


# -- stance ----------------------------------------------------------------------------------


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


_CUES = [("private", _cue_pattern(PRIVATE_CUES)), ("public", _cue_pattern(PUBLIC_CUES))]


def stance_of(*contexts: str) -> tuple[str | None, str | None]:
    """(stance, cue) from the first context that holds a cue; (None, None) if none do.
    Within a context the cue that comes first decides."""
    for context in contexts:
        low = context.lower()
        hits = [(m.start(), m.group(0), side) for side, rx in _CUES if (m := rx.search(low))]
        if hits:
            _, cue, side = min(hits)
            return side, cue
    return None, None


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
    if m and _words(m["who"]) <= 12 and " that " not in f" {m['who']} ":
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

_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?=(?:even as|while|whereas|but|and|despite)\s+[A-Za-z])")
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
    for verb in REPORT.finditer(clause):
        if any(a <= verb.start() < b for a, b in spans):
            continue
        word = verb["verb"].lower()
        head, rest = clause[: verb.start()], clause[verb.end() :]
        tail = head[-100:]  # patterns anchored at the end: look at the end only
        if _NEGATED.search(tail):
            continue
        has_that = _THAT.match(rest)
        if word.startswith("describ"):
            has_that = has_that or _AS.match(rest)
        if not rest.strip(" .,"):
            attribution = (clause[: verb.start()], head)  # "…, three officials said."
            continue
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
        if len(parts) == 2 and _words(parts[0]) >= 5:
            who = people.who(_subject(parts[1]))
            if who:
                return parts[0].strip(), who
    return None


def _quotes_stand_alone(sentence: str, quoted: list[tuple[int, int]]) -> bool:
    """True when the sentence's quotations are direct speech, not words inside reported speech."""
    for start, _ in quoted:
        head = sentence[:start]
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
    paragraph_plain = _plain(text)
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        local = [(a, b) for a, b in statements if s_start <= a < s_end]
        sentence_subject = re.split(
            r",|\s+(?:has|had|was|is|said|told)\b", _plain(sentence).strip()
        )[0]
        if local and _quotes_stand_alone(sentence, [(a - s_start, b) for a, b in local]):
            prev_end = s_start
            for q_start, q_end in local:
                people.scan(text[prev_end:q_start])
                between = text[prev_end:q_start]
                nxt = min((a for a, _ in spans if a > q_start), default=s_end)
                after = text[q_end : max(nxt, q_end)]
                words = " ".join(inner(text[q_start:q_end]).split())
                attribution_only = _words(between) <= 8 and (
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
                stance, cue = stance_of(
                    _plain(between + " " + context), _plain(sentence), paragraph_plain
                )
                last = ProposedQuote(words, who, stance, "direct", cue, sentence.strip())
                found.append(last)
                prev_end = q_end
            people.scan(text[prev_end:s_end])
            continue
        for clause in _CLAUSE_SPLIT.split(sentence):
            reported = _reported(clause, people, sentence_subject)
            if reported:
                words, who = reported
                stance, cue = stance_of(_plain(clause), _plain(sentence), paragraph_plain)
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
