"""Dated events in an article: a sentence that names a happening and a date.

The date phrase is read by the shared date parser against the published
date; a sentence about what is due, scheduled or expected reads it forward.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from backchannel.db.dates import DateError, parse_edtf

from .article import Article
from .dates import parse_date
from .foreign_dates import FOREIGN_DATE, english, may_be_foreign
from .text import Readings, alternation, first_letters
from .verbs import REPORT

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
_UNIT = r"\s+(?:few\s+)?(?:day|week|month|year)"  # after a count: 'two weeks', 'a few days'
DATE_PHRASE = re.compile(
    # A cheap first look at each word start (a letter a date phrase can begin with,
    # then the word, by its first letter) spares the alternatives below at most
    # positions. Common words ('a', 'in', 'this', 'The') pass only with what must
    # follow them: a month or a weekday, a count and a unit, a year.
    r"\b(?=[\dJFMASONDTWIBLEaemlntoftsibdy])(?="
    # one branch a letter, the commonest first letters first: a word that is no date's
    # start ('the', 'and', 'of') is turned away after a few one-letter tests
    r"t(?:his\s+(?:past|coming|week|month|year|morning|afternoon|evening|[MTWFS]|spring|summer|"
    rf"autumn|fall|winter)|wo{_UNIT}|hree{_UNIT}|en{_UNIT}|o(?:day|morrow)|he\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
    rf"|a(?:n?{_UNIT}|t\s+the\s+(?:end|start|beginning|weekend))"
    rf"|o(?:ne{_UNIT}|ver(?:night|\s+the\s+weekend)|n\s+the\s+\d)"
    r"|in\s+(?:[JFMASOND\d]|the\s+(?:middle|spring|summer|autumn|fall|winter|first|second|"
    r"third|fourth|final|last))"
    rf"|s(?:ix{_UNIT}|even{_UNIT}|everal{_UNIT}|ince\s+\d)"
    r"|b(?:y\s+(?:\d|the\s+end)|ack\s+to\s+\d)"
    rf"|f(?:our{_UNIT}|ive{_UNIT}|rom\s+\d)"
    r"|during\s+(?:\d|the\s+weekend)"
    rf"|e(?:arly|ight{_UNIT})|mid|la(?:te|st)|n(?:ext|ine{_UNIT})|yesterday"
    # a sentence may open with one: 'A week ago, …', 'Last November, …', 'Next week'
    # (not 'This week: …', a newsletter's heading as often as a date)
    rf"|T(?:ue|hu|wo{_UNIT}|hree{_UNIT}|his\s+(?:weekend|spring|summer|autumn|fall|winter)"
    r"|omorrow)|Q[1-4],?\s+\d"
    rf"|A(?:pr|ug|n?{_UNIT}|t\s+the\s+(?:end|start|beginning|weekend))"
    r"|S(?:ep|at|un|ince\s+\d)|In\s+(?:[JFMASOND\d]|the\s+(?:middle|spring|summer|autumn|fall|"
    r"winter))|O(?:ct|ver(?:night|\s+the\s+weekend))|M(?:a[ry]|on|id)|N(?:ov|ext\s)"
    r"|F(?:eb|ri|rom\s+\d)|J(?:an|u[nl])|D(?:ec|uring\s+(?:\d|the\s+weekend))"
    r"|B(?:y\s+(?:\d|the\s+end)|ack\s+to\s+\d)|L(?:ate|ast)\s|Early\s|Wed|\d"
    r")(?:"
    + "|".join(
        [
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–-]\s*\d{{1,2}})? {_MONTH}(?:,? \d{{4}})?",
            # (not 'March 20' out of 'March 2023')
            rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,? \d{{4}})?",
            rf"\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]{_MONTH}(?:,? \d{{4}})?",
            rf"\b(?:[Ll]ast|[Nn]ext|this) {_MONTH}\b(?!,? \d)",
            rf"\b(?:last |this past |next |this coming )?{_DAYNAME}\b",
            rf"\b(?:{_COUNT}|An?|Two|Three) (?:day|week|month|year)s? ago\b",
            r"\b(?:[Ll]ast|[Nn]ext|this) (?:week|month|year)\b",
            # a sentence may open with it: 'In March 2023, …', 'Since 2020, …'
            rf"\b[Ii]n (?P<in_month>{_MONTH}(?:,? \d{{4}})?)",
            rf"\b{_MONTH},? \d{{4}}\b",
            # a bare year after a preposition of time ('last intervened in 2024',
            # 'dates back to 2022'): alone, a number may be anything. Captured
            # rather than looked behind for: lookbehinds at every position are slow.
            r"\b(?:[Ii]n|[Ss]ince|[Bb]ack to|[Bb]y|[Ff]rom|[Dd]uring) (?P<year>(?:19|20)\d{2})\b"
            r"(?![-–/]\d)",
            r"\b(?:today|yesterday|tomorrow|this (?:morning|afternoon|evening))\b",
            # 'in the first quarter of 2026', 'Q3 2025'
            r"\b(?:[Ii]n|[Bb]y|[Dd]uring) the (?:first|second|third|fourth|final|last) quarter"
            r"(?: of \d{4})?\b|\bQ[1-4],? \d{4}\b",
            # 'at the December summit': a month before the happening it dates (not May)
            rf"\bthe (?P<the_month>(?!May){_MONTH}) (?=[a-z])",
            r"\b(?:(?:[Oo]ver|[Dd]uring|[Aa]t) the|[Tt]his|[Ll]ast|[Nn]ext) weekend\b"
            r"|\bovernight\b",
            rf"\b(?:[Aa]t|[Bb]y|[Ii]n) the (?:end|start|beginning|middle) of (?:{_MONTH}"
            r"(?:,? \d{4})?|\d{4}\b)",
            r"\bon the \d{1,2}(?:st|nd|rd|th)\b",
            r"\b(?:[Ii]n the|[Ll]ast|[Tt]his|[Nn]ext) (?:spring|summer|autumn|fall|winter)"
            # (not a thing named for its season: 'the spring memorandum', 'summer offensive')
            r"(?: of \d{4}\b|\b(?!\s+(?!(?:of|when|and|or|to|as|after|before|that|the|in|on|at|"
            r"with|for|by|but|while|because|he|she|they|it|we)\b)[a-z]))",
        ]
    )
    + ")"
)
#: Words that name a happening: this story's kinds, and happenings in general.
_EVENT_WORDS = [
    "met", "meet", "meets", "meeting", "gather", "gathers", "visit", "visited", "visits",
    "travel", "trip", "call", "letter", "memo", "summit", "talks", "round", "vote", "voted",
    "ballot", "strike", "began", "begin", "resumed", "crash", "crashed", "sent", "signed",
    "launched", "announced", "conference", "forum", "session", "review", "memorandum",
    "revision", "pilot", "election", "hearing", "dinner", "workshop", "debate", "agreement",
    "deal", "test", "scrambled", "walk out", "attack", "attacked", "raid", "raided",
    "invasion", "invaded", "protest", "protests", "rally", "ceasefire", "truce", "referendum",
    "inauguration", "inaugurated", "deadline", "ruling", "ruled", "verdict", "trial",
    "resigned", "resignation", "appointed", "elected", "approved", "passed", "adopted",
    "boarded", "seized", "arrested", "released", "killed", "died", "intervened", "opened",
    "closed", "published", "issued", "introduced", "unveiled", "imposed", "lifted",
    "suspended", "cancelled", "canceled", "postponed", "collapsed", "hiked", "raised",
    "struck", "fired", "launch", "offensive", "exercise", "exercises", "drill", "drills",
    "sanctions", "ban", "banned", "treaty", "accord", "negotiations", "consultations",
    "briefing", "press conference", "speech", "address", "interview", "tour", "outbreak",
    "explosion", "fire", "flood", "earthquake", "took place", "held", "hosted", "convened",
    "signing", "talk", "phone call", "video call", "decision", "decided", "huddle",
    "gathering", "consultation", "congress", "assembly", "take effect", "takes effect",
    "took effect", "come into force", "comes into force", "came into force", "enter into force",
    "enters into force", "entered into force", "expire", "expires", "expired", "auction",
    "proposed",
    # French and German happenings
    "réunion", "grève", "sommet", "vote", "conseil", "manifestation", "accord", "négociations",
    "rencontre", "visite", "conférence", "élection", "annoncé", "présenté", "signé", "adopté",
    "examiné", "mobilisation", "entretien", "déplacement", "débat", "audience", "procès",
    "interrogée", "interrogé", "Treffen", "Sitzung", "Konferenz", "Gipfel", "Streik",
    "Warnstreik", "Abstimmung", "Wahl", "Gespräch", "Gespräche", "Verhandlungen", "Besuch",
    "beschlossen", "unterzeichnet", "angekündigt", "vorgestellt", "verabschiedet", "Vermerk",
    "Demonstration", "Anhörung", "Prozess", "Urteil", "Kundgebung", "Interrogé", "Interrogée",
    "entrée en vigueur", "entré en vigueur", "entre en vigueur", "in Kraft", "séance",
    "concertation", "Regierungsbefragung",
]  # fmt: skip
EVENT_WORDS = re.compile(
    rf"\b{first_letters(_EVENT_WORDS)}(?:{alternation(_EVENT_WORDS)})\b"
    # a passive past: 'was boarded', 'were arrested'
    r"|\b(?:was|were|had been|has been|have been|will be)\s+(?:[a-z]\w*ly\s+|first\s+|"
    r"then\s+|later\s+|also\s+|again\s+)?[a-z]{3,}ed\b"
    # what is planned: 'scheduled to close', 'due to present'
    r"|\b(?:scheduled|due|set|expected|planned|poised) to [a-z]+\b"
)  # case-sensitive: these words are lower case in running text, and it is faster
FUTURE = re.compile(
    # 'would' too: what someone said would happen ('said Chisinau would host … on 3 March')
    # (case by hand and a first look: a case-blind pattern is slow, and 'would' is common)
    r"\b(?=[nNdDsSwWeEuUiIaAhH])([Nn]ext|[Dd]ue|[Ss]cheduled|[Ww]ill|[Ww]ould|[Ee]xpect(?:ed|s)|"
    r"[Uu]pcoming|(?:[Ii]s|[Aa]re) to|[Hh]opes? to"
    # a schedule in the present: 'the safeguard expires on June 30'
    r"|expires|ends|begins|starts|opens|closes|runs out)\b"
)


_PRIVATE_EXCHANGE = re.compile(
    r"\b(?:privately|quietly|behind closed doors)\s+(?:\w+\s+){0,2}?(?:told|assured|promised|"
    r"warned|signalled|signaled|offered|pledged|urged|pressed)\b"
)
#: German happenings are compounds: 'Haushaltsberatungen', 'Ministerpräsidentenkonferenz'
_GERMAN_COMPOUND = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:beratungen|beratung|sitzung|konferenz|gipfel|streik|treffen|"
    r"kundgebung|wahl|abstimmung|verhandlungen|befragung|gespräche)\b"
)


def _may_be_ahead(bare: str) -> bool:
    """Could FUTURE match? Plain string tests on the lower-cased sentence first: a
    case-blind pattern is slow, and most sentences have none of its words."""
    low = bare.lower()
    return (
        "next" in low
        or "due" in low
        or "scheduled" in low
        or "will" in low
        or "would" in low
        or "expect" in low
        or "upcoming" in low
        or "is to" in low
        or "are to" in low
        or "hope" in low
        or "expires" in low
        or "ends " in low
        or "begins" in low
        or "starts" in low
        or "opens" in low
        or "closes" in low
        or "runs out" in low
    )


_WHEN_AFTER = re.compile(r",?\s+(?:when|at which|by which time|on which)\b")
PLANNED = re.compile(r"\b(?:scheduled|due|set|expected|planned|poised) to [a-z]+\b")
_MAY_INTEND = re.compile(r"intend|aim|prepar|vow|plan")  # a first look for _INTENDS
#: An intention, which looks ahead only from before its date ('Farmers plan to protest on
#: 28 May'; not 'made clear on Tuesday that he intends to use it', nor the noun: 'Ford's
#: plans to open', 'discussed plans to deploy').
_INTENDS = re.compile(
    r"\b(?:intends?|aims?|prepares?|preparing|vows?|(?<!['’]s )(?<!['’] )(?<!\bthe )(?<!\btheir )"
    r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bour )(?<!\bnew )(?<!\bany )(?<!\bno )(?<!\bof )"
    r"(?<!\bdiscuss )(?<!\bdiscussed )plans?) to [a-z]+\b"
)
PAST = re.compile(
    r"\b(met|visited|crashed|began|voted|resumed|sent|signed|held|took place|was|were|had|did)\b"
)
RELATIVE_TODAY = re.compile(r"^(?:today|this (?:morning|afternoon|evening))$", re.I)


#: Any past action is a happening, not only the listed kinds: 'ran aground on 12 March',
#: 'blocked the bridge on Tuesday', 'filed for bankruptcy in early February'.
_PAST = re.compile(
    r"\b(?:[a-z]{3,}ed|ran|spoke|met|began|took|went|came|fell|rose|won|lost|left|flew|drove|"
    r"broke|built|caught|chose|drew|fought|froze|gave|grew|hit|kept|led|made|paid|quit|sank|"
    r"shot|shut|split|spent|stood|stole|swept|threw|tore|underwent|withdrew|bought|brought|"
    r"sold|sought|struck|overturned|found|held|sent|saw|fled|hung|hid|lay|laid|lent|rode|rang|"
    r"shook|slid|spread|stuck|taught|woke|dug|fed|overtook|overcame|rebuilt|swam|swung)\b"
)
#: Past forms that say nothing happened: speech, states, plans, names.
_NOT_ACTIONS = frozenset({
    "expected", "based", "called", "named", "aged", "used", "alleged", "related", "concerned",
    "interested", "supposed", "armed", "united", "limited", "detailed", "needed", "wanted",
    "seemed", "appeared", "tried", "planned", "scheduled", "reported", "claimed", "described",
    "noted", "stressed", "insisted", "warned", "argued", "added", "explained", "asked",
    "answered", "replied", "suggested", "believed", "hoped", "feared", "remained", "continued",
    "estimated", "considered", "proposed", "required", "allowed", "followed", "included",
    "involved", "owned", "advised", "red", "bed", "need", "feed", "seed", "speed",
})  # fmt: skip


def _did_something(bare: str) -> bool:
    """Does the sentence tell of a past action (a verb in the past, not a speech verb)?
    Not weather or a state of things: 'It rained on Monday' has no one who acted."""
    if bare.startswith(("It ", "There ")):
        return False
    for m in _PAST.finditer(bare):
        word = m.group(0)
        if word not in _NOT_ACTIONS and not REPORT.fullmatch(word):
            return True
    return False


#: Where a sentence's second happening starts: 'Talks resumed in January, and a
#: delegation visited Washington on 24 February.'
#: (Not 'after' or 'when': what follows them dates the same happening's background.)
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?=[a-zA-Z])")


def _clauses(
    bare: str, spans: tuple[tuple[int, int], ...], dates: list[int]
) -> list[tuple[int, int]]:
    """(start, end) of each sentence that holds a date; a sentence with two dates, at
    its clauses, each with a date of its own (a clause without one stays with the
    clause before it)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        k = bisect_left(dates, start)
        if k == len(dates) or dates[k] >= end:
            continue
        if k + 1 == len(dates) or dates[k + 1] >= end:
            out.append((start, end))  # one date: the whole sentence (most sentences)
            continue
        pieces = [[start, end]]
        for cut in _NEXT_CLAUSE.finditer(bare, start, end):
            # a clause is its own only if the words before it hold a date of their own
            if bisect_left(dates, pieces[-1][0]) < bisect_left(dates, cut.start()):
                pieces[-1][1] = cut.start()
                pieces.append([cut.end(), end])
        if len(pieces) > 1 and bisect_left(dates, pieces[-1][0]) == bisect_left(dates, end):
            # the last clause has no date: it stays with the one before
            last = pieces.pop()
            pieces[-1][1] = last[1]
        out += [(a, b) for a, b in pieces]
    return out


#: A month named with no year and no 'last', 'next' or 'this' ('on 19 March', 'in June')
_YEARLESS_MONTH = re.compile(
    rf"^(?!.*\b(?:\d{{4}}|[Ll]ast|[Nn]ext|[Tt]his)\b).*\b{_MONTH}(?![a-z])"
)


def _nearer(past: str, coming: str, reference: date, favour_past: bool = False) -> str:
    """A month named with no year is its nearest one, the tense's favoured: 'on 19
    March' in an article of 5 February is next month's (six weeks on), not last
    year's (eleven months back); 'on 28 May' in one of 10 June is last month's; 'will
    suspend the strikes called after the walkout in late October', in December, is
    this October's. Past is ``past``, ahead ``coming``; the one not favoured must be
    less than half as far."""
    if past == coming:
        return past
    back = (reference - date.fromisoformat(parse_edtf(past).latest)).days
    on = (date.fromisoformat(parse_edtf(coming).earliest) - reference).days
    if favour_past:
        return coming if on >= 0 and on * 2 < back else past
    return past if back >= 0 and back * 2 < on else coming


@dataclass
class ProposedEvent:
    """A dated happening the article proposes."""

    text: str
    date: str  # EDTF
    phrase: str  # the words the date was read from


def find_events(
    article: Article, reference: date, ahead: date | None = None, read: Readings | None = None
) -> list[ProposedEvent]:
    """Every sentence with an event word and a readable date, in reading order.

    Dates point back from ``reference``; what is due or scheduled points
    forward from ``ahead`` (the earliest day the article can have been
    published: "19–20 May" in an article of May 2025 is this May's). ``read``: the
    paragraphs' readings, shared with the statements' pass."""
    ahead = ahead or reference
    read = read or Readings()
    found: list[ProposedEvent] = []
    seen: set[tuple[str, str]] = set()
    for paragraph in article.paragraphs:
        if paragraph.label == "quote":
            continue
        text = paragraph.text
        # Most sentences hold no date: find the dates of the whole paragraph in one
        # pass (quotations blanked) and read only the sentences that hold one.
        paragraph_bare, spans = read(text)
        matches = [
            (m.start(), m.end(), m["in_month"] or m["year"] or m["the_month"] or m.group(0))
            for m in DATE_PHRASE.finditer(paragraph_bare)
        ]
        if may_be_foreign(paragraph_bare):
            # 'le 29 janvier', 'Ende April': said again in English, in reading order
            german = " der " in paragraph_bare or " und " in paragraph_bare
            matches = sorted(
                matches
                + [
                    (m.start(), m.end(), english(m))
                    for m in FOREIGN_DATE.finditer(paragraph_bare)
                    if not (german and m["rel"] == "hier")  # German 'hier' is 'here'
                ]
            )
        if not matches:
            continue
        dates = [start for start, _, _ in matches]
        # a paragraph of one date has no sentence of two (most paragraphs)
        for start, end in _clauses(paragraph_bare, spans, dates) if len(dates) > 1 else spans:
            k = bisect_left(dates, start)
            if k == len(dates) or dates[k] >= end:
                continue  # no date in it
            sentence = text[start:end].strip()
            bare = paragraph_bare[start:end].strip()
            if (
                not EVENT_WORDS.search(bare)
                and not _did_something(bare)
                and not (may_be_foreign(bare) and _GERMAN_COMPOUND.search(bare))
                # 'privately told the Slovak delegation on Wednesday that …': a private
                # exchange is a happening, as a meeting is
                and not (("rivately" in bare or "behind closed" in bare or "quietly" in bare)
                         and _PRIVATE_EXCHANGE.search(bare))
            ):  # fmt: skip
                continue
            # the sentence's first date, where the stripped sentence has it
            phrase_at, phrase_end, phrase = matches[k]
            shift = start + len(paragraph_bare[start:end]) - len(paragraph_bare[start:end].lstrip())
            at, until = phrase_at - shift, phrase_end - shift
            # 'was scheduled to close on Friday': planned, so ahead, whatever the tense
            ahead_word = FUTURE.search(bare) if _may_be_ahead(bare) else None
            if ahead_word and ahead_word[1].lower() == "would" and ahead_word.start() > at:
                # 'On Monday, Lind assured him Oslo would …': 'would' looks ahead only
                # from before its date ('said Chisinau would host a conference on 3 March')
                ahead_word = None
            planned = " to " in bare and (  # a first look
                PLANNED.search(bare) is not None
                or (
                    _MAY_INTEND.search(bare, 0, at) is not None
                    and _INTENDS.search(bare, 0, at) is not None
                )
            )
            future = planned or (bool(ahead_word) and not PAST.search(bare))
            ahead_word = ahead_word if future else None
            if (
                ahead_word
                and ahead_word.start() > until
                and _PAST.search(bare, 0, at)
                # 'adjourned until Dec. 2, when they are expected to testify': the plan
                # is the date's own
                and not _WHEN_AFTER.match(bare, until)
            ):
                # 'entered its second week on Monday, with no talks scheduled': done
                # before the date; what is planned comes after it, about something else
                future = False
            try:
                if RELATIVE_TODAY.match(phrase):
                    edtf = reference.isoformat()
                else:
                    edtf = parse_date(phrase, ahead if future else reference, future=future)
                    if _YEARLESS_MONTH.search(phrase):
                        other = parse_date(
                            phrase, reference if future else ahead, future=not future
                        )
                        edtf = (
                            _nearer(other, edtf, reference)
                            if future
                            else _nearer(edtf, other, reference, favour_past=True)
                        )
            except DateError:
                continue
            key = (edtf, sentence[:60])
            if key in seen:
                continue
            seen.add(key)
            found.append(ProposedEvent(" ".join(sentence.split()), edtf, phrase))
    return found
