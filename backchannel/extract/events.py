"""Dated events in an article: a sentence that names a happening and a date.

What counts as a happening is here; when it happened (the date phrases, and the
year a date with none means) is event_time.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from backchannel.db.dates import DateError

from .article import Article
from .event_time import (
    CLOCK,
    DATE_PHRASE,
    PAST_ACTION,
    PLANNED,
    date_of,
    day_and_year,
    story_year,
)
from .foreign_dates import FOREIGN_DATE, english, may_be_foreign
from .text import Readings, alternation, first_letters
from .verbs import REPORT

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
    "proposed", "seminar", "become final", "becomes final", "became final", "judgment",
    "judgement", "sentencing", "votes", "lunch", "luncheon", "dispute", "email", "e-mail",
    "parliamentary committee", "committee hearing", "convene", "convenes", "closes", "opens",
    "agreed", "inspection", "inspections", "audit", "resume", "resumes", "told reporters",
    "told journalists", "funeral", "ceremony", "recall", "circular", "summon", "summons",
    "summoned", "cabinet", "concluded", "floated", "complaint", "urgent question",
    "in the Commons", "presented", "will present", "tabled", "will table", "filed", "will file",
    "drought", "famine", "coup", "hurricane", "cyclone", "typhoon", "stoppage", "walkout",
    "blockade", "clashes", "patrol", "patrols", "marched", "takes up", "take up", "took up",
    "appear before", "appears before", "appeared before", "step down", "steps down",
    "stepped down", "hearings", "testify", "testified", "testifies",
    "march", "marches", "vigil", "sit-in", "run until", "runs until", "Questions",
    "question time", "agenda", "arrive", "arrives", "arrival", "pandemic", "heatwave",
    "wildfire", "wildfires", "riots", "uprising", "massacre", "bombing", "elections",
    "tournament", "repairs", "renovation", "restructure", "restructuring", "departure",
    "departures", "inaugural", "maiden", "leaves", "departs", "departed", "go live",
    "goes live", "went live", "registration", "cross-examination", "closing submissions",
    "closing arguments", "Cross-examination", "ticket sales", "Ticket sales", "on sale",
    "register with", "register by", "apply by", "evacuation", "evacuations",
    "information evening", "open day", "notification",
    # words given through a channel on a day: 'rejected the allegations in a statement on
    # Monday', 'posted on X on Tuesday', 'told analysts on an earnings call'
    "in a statement", "in a written statement", "issued a statement", "earnings call",
    "posted on", "wrote on",
    # an answer to charges: 'Chinook rejected the allegations on Monday'
    "rejected the allegations", "denied the allegations", "rejected the claims",
    "denied the claims", "rejected the accusations", "denied the accusations",
    # a rate cut made, a budget cut announced (not one priced in: 'a cut in April')
    "cut its main", "cut its key", "cut its benchmark", "cut interest rates", "cut rates",
    "budget cut",
    # a fixture and a letter to come: 'their final game at home to Morland on 3 May', 'would
    # be writing to the referees' body on Monday'
    "final game", "next game", "home game", "away game", "the match", "a match", "next match",
    "fixture", "writing to", "write to",
    # a company's results, an offer turned down, a firm gone under, a storm's and a river's
    # day: 'in its full-year results on Thursday', 'an opening offer rejected on 12 August'
    "results", "rejected", "went into administration", "entered administration",
    "made landfall", "overtopped",
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
    r"|\b(?:was|were|had been|has been|have been|will be|would be)\s+(?:[a-z]\w*ly\s+|first\s+|"
    r"then\s+|later\s+|also\s+|again\s+)?[a-z]{3,}ed\b"
    # what is planned: 'scheduled to close', 'due to present'
    rf"|{PLANNED.pattern}"
    # what is fixed for a day: 'a debate …, which is scheduled for 4 March'
    r"|\b(?:scheduled|slated|pencilled in|penciled in) for\b"
    # what is due: 'the flash estimate is due on 30 April', 'the advice due on 30 September'
    r"|\b(?:is|are|was|were|be) due\b|\bdue (?:on|by|in|before)\b"
    # what is awaited on a day: 'the first joint patrols are expected in early August'
    r"|\b(?:(?:is|are) )?expected (?:in|on|by|from|before|after) "
    # an act someone will do: 'would notify the aid package to Brussels before the end of
    # February', 'will open the first training programme in September' (not any verb: 'would
    # raise 600 million a year by 2028', 'will leave our live coverage for today')
    r"|\b(?:will|would|shall)\s+(?:also\s+|then\s+|formally\s+|first\s+)?(?:open|introduce|"
    r"notify|submit|publish|award|hold|host|deliver|unveil|release|sign|hear|order|install|"
    r"reopen|start|begin|close|decide|rule|announce)\b"
    # what must be done by a day: 'must deliver its recommendation on Monday'
    r"|\bmust (?!be\b|have\b|not\b)[a-z]+\b"
    # words to a body or a gathering: 'told the Dutch parliament on Tuesday', 'told an
    # investors' conference in Nairobi'
    r"|\b(?:told|addressed) (?:the |an? )?(?:[A-Z]\w+ |[a-z]+['’] |local |state |national |"
    r"public )?(?:parliament|lawmakers|"
    r"conference|summit|assembly|rally|crowd|committee|forum|hearing|inquiry|commission|"
    r"tribunal|court|legislators|senators|MPs|radio|television|broadcaster|TV)\b"
    # a letter to a body or a person, a trip to one: 'wrote to the HSE in December', 'We
    # are going to the Workplace Relations Commission this afternoon'
    r"|\bwrote to (?:the )?[A-Z]|\b(?:am|is|are) (?:going|heading|travelling|traveling|"
    r"flying) to (?:the )?[A-Z]"
    # (or will: 'it will go to the National Assembly in June')
    r"|\b(?:will|would|to) (?:then )?go to (?:the )?(?:[A-Z]|[a-z]+ committee\b)"
    r"|\bgoes to the [A-Z]"
    # a side's fixture, a candidate's race: 'Castleton, meanwhile, host Pelham Vale next
    # Saturday', 'will face Democrat Ryan Greene in November' (not 'radio host Hugh Hewitt')
    r"|\b(?:will|to|meanwhile,)\s+(?:host|play|face)\s+[A-Z][a-z]"
    r"|\bfaces\s+[A-Z][a-z]"
    # a stay somewhere: 'I was in Berlin in March'
    r"|\b(?:was|were) in (?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][a-z]+\b"
    # what opens or closes for entries: 'Nominations close on 1 August'
    r"|\b(?:[Nn]ominations|[Aa]pplications|[Rr]egistrations?|[Ee]ntries|[Bb]ids|[Ss]ubmissions|"
    r"[Vv]oting|[Pp]olls|[Tt]enders) (?:close|open)\b"
    # a parliament by its name: 'told the Storting in October', 'told the Senate'
    r"|\b(?:told|addressed) the (?:Senate|Storting|Bundestag|Knesset|Duma|Sejm|Commons|House|"
    r"Congress|Assembly|Riksdag|Folketing|Oireachtas|Dáil|Seimas|Saeima|Riigikogu|Eduskunta)\b"
)  # case-sensitive: these words are lower case in running text, and it is faster
_PRIVATE_EXCHANGE = re.compile(
    r"\b(?:privately|quietly|behind closed doors)\s+(?:\w+\s+){0,2}?(?:told|assured|promised|"
    r"warned|signalled|signaled|offered|pledged|urged|pressed)\b"
    # 'told me privately', 'assured the mayors privately'
    r"|\b(?:told|assured|promised|warned)\s+(?:\w+\s+){1,2}?(?:privately|quietly)\b"
)
#: German happenings are compounds: 'Haushaltsberatungen', 'Ministerpräsidentenkonferenz'
_GERMAN_COMPOUND = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+(?:beratungen|beratung|sitzung|konferenz|gipfel|streik|treffen|"
    r"kundgebung|wahl|abstimmung|verhandlungen|befragung|gespräche)\b"
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
    if bare.startswith("There ") or (bare.startswith("It ") and not _IT_ACTED.match(bare)):
        return False
    for m in PAST_ACTION.finditer(bare):
        word = m.group(0)
        if word not in _NOT_ACTIONS and not REPORT.fullmatch(word):
            return True
    return False


#: 'It carried 1.9 million passengers in 2024': a body that acted, not the weather ('It
#: rained', 'It was', 'It emerged that …')
_IT_ACTED = re.compile(
    r"It\s+(?:also\s+)?(?:carried|sold|bought|signed|opened|closed|built|hired|cut|raised|"
    r"paid|filed|launched|announced|acquired|won|lost|fired|sent|received|approved|rejected|"
    r"delivered|produced|exported|imported|invested|borrowed|issued|published|reported)\b"
)


#: Where a sentence's second happening starts: 'Talks resumed in January, and a
#: delegation visited Washington on 24 February.'
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?=[a-zA-Z])")
#: Where a happening of its own, told inside the sentence of another, starts: 'the trade
#: agreement, which was politically concluded in 2019', 'the second round this year after
#: a five-day strike in January'. Its clause dates it; its text is the whole sentence,
#: which a clause opening 'which' or 'after' needs to be understood.
_INNER_CLAUSE = re.compile(
    # (a contrast too: '… told Kyiv on Monday …, even as he said publicly on Tuesday …';
    # and what comes next: 'must agree by Friday, ahead of the summit in late June')
    # (each run of spaces tried from its start only: a blanked quotation is a long one)
    r"(?:,\s+|(?<!\s)\s+)(?=(?:which|whose|after|before|when|until|even as|whereas|ahead of|"
    r"following|due (?:in|on|by|before)|that (?:took|came|entered) (?:effect|into force))\s)"
    r"|,\s+(?=(?:days|weeks|hours|months|a day|a week|a month) (?:before|after)\s)"
    # what is expected of a thing dated before: 'the heatwave that has gripped Greece
    # since last Friday is expected to peak on Sunday'
    r"|(?<!\s)\s+(?=(?:is|are) (?:expected|due|scheduled|set) to\s)"
    r"|,\s+(?=with\s[^,;]{2,60}\b(?:scheduled|due|set|expected|planned) (?:for|on|in|to)\s)"
    # a second verb in the past, its subject the first's: 'The licence was first granted
    # in 2021 and upheld by a lower court in November 2024'
    # what was promised, told of in the sentence of the promise: 'promised this afternoon
    # that army engineers would be in Kroměříž by Wednesday morning'
    r"|(?:(?<=\bpromised)|(?<=\bpledged)|(?<=\bvowed)|(?<=\bwarned)|(?<=\bannounced)|"
    r"(?<=\bconfirmed)|(?<=\bsaid)|(?<=\bassured)|(?<=\binsisted))\s+(?=that\s)"
    r"|(?<!\s)\s+(?=and\s+(?:was\s+|were\s+|then\s+|later\s+)?(?:(?:re-)?[a-z]{3,}ed|upheld|held|sold|won|"
    r"lost|took|began|sent|struck|fell|rose|left|led|made|paid|brought|bought|built|broke|came|"
    r"went|gave|met|overturned)\s)"
)


def _OPENS_ON_HAPPENING(bare: str) -> bool:  # noqa: N802 (read as the pattern it wraps)
    """Does the sentence open on a happening of several words or in the plural?"""
    m = EVENT_WORDS.match(bare[:1].lower() + bare[1:40])
    return m is not None and (" " in m.group(0) or m.group(0).endswith("s"))


_YEAR = re.compile(r"\d{4}")
#: A date told from the day of writing: 'last month', 'on Tuesday', 'next week'.
_FROM_TODAY = re.compile(
    r"\b(?:last|next|this|ago|yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b",
    re.I,
)
#: An aside that dates its own happening: 'The duties, which were first applied in
#: August, would become final on 1 December.'
_ASIDE = re.compile(
    r",\s+(?:(?:which|who|whose)\b|(?:built|founded|opened|established|set up|created|born|"
    r"elected|appointed) in (?=\d))[^,;]*,"
)


class _Clause(NamedTuple):
    """Where a clause's date and tense are read (start…end, less the aside at
    hole…hole_end), and the words that tell it (text…text_end)."""

    start: int
    end: int
    text: int
    text_end: int
    hole: int = 0
    hole_end: int = 0


def _clauses(
    bare: str, spans: tuple[tuple[int, int], ...], dates: list[int], phrases: list[str]
) -> list[_Clause]:
    """The clauses of each sentence that holds a date; a sentence with two dates, at
    its clauses, each with a date of its own (a clause without one stays with the
    clause before it). A coordinate clause is its own text; an inner one (see
    _INNER_CLAUSE) and an aside (see _ASIDE) are told with their sentence."""
    out: list[_Clause] = []
    for start, end in spans:
        k = bisect_left(dates, start)
        if k == len(dates) or dates[k] >= end:
            continue
        if k + 1 == len(dates) or dates[k + 1] >= end:
            out.append(_Clause(start, end, start, end))  # one date: the whole sentence
            continue
        aside = _ASIDE.search(bare, start, end)
        if aside and aside.start() < dates[k] < aside.end():
            after = bisect_left(dates, aside.end())
            if (
                after < len(dates)
                and dates[after] < end
                and (
                    _YEAR.search(phrases[after])
                    or not _YEAR.search(phrases[k])
                    # 'Ashdown, who bought City in 2011, agreed a deal last month': a date
                    # told from today stands alone
                    or _FROM_TODAY.search(phrases[after])
                )
            ):
                # the sentence, dated past its aside, and the aside, dated by its own
                out.append(_Clause(start, end, start, end, aside.start(), aside.end()))
                out.append(_Clause(aside.start() + 1, aside.end() - 1, start, end))
                continue
        pieces = [[start, end, start, end]]
        cuts = sorted(
            [(m.start(), m.end(), False) for m in _NEXT_CLAUSE.finditer(bare, start, end)]
            + [
                (m.start(), m.end(), True)
                for m in _INNER_CLAUSE.finditer(bare, start, end)
                # ('was postponed until 12 May': the day it moved to, no clause of its own)
                if not (
                    bare.startswith("until", m.end())
                    and _MOVED_TO.search(bare, max(start, m.start() - 30), m.end() + 6)
                )
            ]
        )
        for i, (cut_at, cut_end, inner) in enumerate(cuts):
            upto = cuts[i + 1][0] if i + 1 < len(cuts) else end
            # a clause is its own only if the words before it hold a date of their own,
            # and an inner one only if it holds one too, one that stands alone: in 'The
            # ferry sank in 2019, after it was sold in May', May is 2019's
            first, inner_date = bisect_left(dates, start), bisect_left(dates, cut_end)
            if (
                cut_at > pieces[-1][0]
                and bisect_left(dates, pieces[-1][0]) < bisect_left(dates, cut_at)
                and not (
                    inner
                    and (
                        inner_date == bisect_left(dates, upto)
                        or (
                            not _YEAR.search(phrases[inner_date])
                            and any(_YEAR.search(p) for p in phrases[first:inner_date])
                        )
                    )
                )
            ):
                whole = pieces[-1][2:] if inner or pieces[-1][2:] != pieces[-1][:2] else None
                pieces[-1][1] = cut_at
                if whole is None:
                    pieces[-1][3] = cut_at
                pieces.append([cut_end, end, *(whole or (cut_end, end))])
        if len(pieces) > 1 and bisect_left(dates, pieces[-1][0]) == bisect_left(dates, end):
            # the last clause has no date: it stays with the one before
            last = pieces.pop()
            pieces[-1][1] = last[1]
            pieces[-1][3] = max(pieces[-1][3], last[3])
        out += [_Clause(a, b, c, d) for a, b, c, d in pieces]
    return out


#: A month named with no year and no 'last', 'next' or 'this' ('on 19 March', 'in June')
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
    told: tuple[int, str] | None = None  # the last day told with its year: its month, year
    day_before: str | None = None  # the day the last paragraph's last event told
    for paragraph in article.paragraphs:
        if paragraph.label == "quote":
            continue
        day_told, day_before = day_before, None
        text = paragraph.text
        # Most sentences hold no date: find the dates of the whole paragraph in one
        # pass (quotations blanked) and read only the sentences that hold one.
        paragraph_bare, spans = read(text)
        matches = [
            (
                m.start(),
                m.end(),
                m["in_month"]
                or m["year"]
                or m["the_month"]
                or m["of_year"]
                or m["a_year"]
                or m.group(0),
            )
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
        # 'In an email sent on 14 April …. The following day, Barraclough replied …', '…
        # early on 23 February. Two days later a team boarded …': days after the day told
        # last, in this paragraph or the one before (read when their clause comes)
        found_later = list(_DAYS_LATER.finditer(paragraph_bare)) if " day" in paragraph_bare else []
        later = {m.start(): _DAYS.get(m["n"].lower(), 1) if m["n"] else 1 for m in found_later}
        if later:
            matches = sorted([*matches, *((m.start(), m.end(), "") for m in found_later)])
        if not matches:
            continue
        # the day with its year a story goes on from ('on July 14, 2025'), told before
        # (in this paragraph too, if it tells one: read up to each date)
        told_before = told
        told_here = [
            (a, told_day)
            for a, b, _ in matches
            if paragraph_bare[b - 1].isdigit() and (told_day := day_and_year(paragraph_bare[a:b]))
        ]
        told_at = [at for at, _ in told_here]
        if told_here:
            told = told_here[-1][1]
        dates = [start for start, _, _ in matches]
        # a paragraph of one date has no sentence of two (most paragraphs)
        clauses = (
            _clauses(paragraph_bare, spans, dates, [phrase for _, _, phrase in matches])
            if len(dates) > 1
            else [_Clause(a, b, a, b) for a, b in spans]
        )
        for start, end, text_start, text_end, hole, hole_end in clauses:
            k = bisect_left(dates, start)
            if hole:
                k = bisect_left(dates, hole_end)  # (an aside held the first)
            if k == len(dates) or dates[k] >= end:
                continue  # no date in it
            sentence = text[text_start:text_end].strip()
            if sentence.endswith("?"):
                continue  # a question asks whether it happens: 'Are you meeting them today?'
            clause = paragraph_bare[start:end]
            if hole:
                clause = (
                    clause[: hole - start] + " " * (hole_end - hole) + clause[hole_end - start :]
                )
            bare = clause.strip()
            if (
                not EVENT_WORDS.search(bare)
                # (a happening that opens its sentence: 'Closing arguments could come …',
                # 'Talks resumed'; not a word before a noun: 'Election scholars caution')
                and not (bare[:1].isupper() and _OPENS_ON_HAPPENING(bare))
                and not _did_something(bare)
                and not (may_be_foreign(bare) and _GERMAN_COMPOUND.search(bare))
                # 'privately told the Slovak delegation on Wednesday that …': a private
                # exchange is a happening, as a meeting is
                and not (("rivately" in bare or "behind closed" in bare or "quietly" in bare)
                         and _PRIVATE_EXCHANGE.search(bare))
            ):  # fmt: skip
                continue
            if (
                k + 1 < len(dates)
                and dates[k + 1] < end
                and (
                    paragraph_bare.endswith("since ", 0, dates[k])
                    or paragraph_bare.startswith(("since ", "Since "), dates[k])
                    # (a clock time is the day's only where no day is told: 'at 9:30 on Friday')
                    or CLOCK.match(matches[k][2]) is not None
                    # 'originally scheduled for 22 April, has been pushed back to 12 May':
                    # the day it moved to
                    or _MOVED_TO.search(paragraph_bare, matches[k][1], dates[k + 1]) is not None
                )
            ):
                # '… an audit of all contracts signed since 2016 would be published in
                # July': a span's start dates no happening when another date follows
                k += 1
            # the sentence's first date, where the stripped sentence has it
            phrase_at, phrase_end, phrase = matches[k]
            shift = start + len(clause) - len(clause.lstrip())
            at, until = phrase_at - shift, phrase_end - shift
            if phrase_at in later:
                base = day_before or day_told
                if not base or not _A_DAY.fullmatch(base):
                    continue  # (never after a paragraph that told no day)
                edtf = (date.fromisoformat(base) + timedelta(days=later[phrase_at])).isoformat()
                phrase = paragraph_bare[phrase_at:phrase_end]
            else:
                try:
                    edtf = date_of(phrase, bare, at, until, reference, ahead)
                    edtf = story_year(
                        phrase,
                        edtf,
                        # (the last told before this date, in this paragraph or before it)
                        told_here[n - 1][1]
                        if (n := bisect_left(told_at, phrase_at))
                        else told_before,
                    )
                except DateError:
                    continue
            key = (edtf, sentence[:60])
            if key in seen:
                continue
            seen.add(key)
            found.append(ProposedEvent(" ".join(sentence.split()), edtf, phrase))
            day_before = edtf
    return found


#: The words before the day a happening moved to: 'pushed back to', 'postponed until'
_MOVED_TO = re.compile(
    r"\b(?:pushed|put|moved|brought)\s+(?:back|forward|up)\s+(?:to|until|till)\s+(?:the\s+)?$|"
    r"\b(?:postponed|delayed|deferred|moved|rescheduled|adjourned)\s+(?:to|until|till|for)\s+"
    r"(?:the\s+)?$"
)
#: Days after the one just told: 'The following day, …', 'A day later', 'two days later'
_DAYS_LATER = re.compile(
    r"\b(?:[Tt]he (?:following|next) day|[Aa] day later|"
    r"(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d) days later)\b"
    r"(?!\s+(?:the|that|his|her|its|their)\b)"
)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, **{str(n): n for n in range(2, 10)}}
_A_DAY = re.compile(r"\d{4}-\d\d-\d\d")
