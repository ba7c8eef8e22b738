"""Dated events in an article: a sentence that names a happening and a date.

What counts as a happening is happenings.py; the date phrases are date_phrases.py,
and when one means (the year a date with none means) is event_time.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from backchannel.db.dates import DateError

from .article import Article
from .date_phrases import DATE_PHRASE
from .day_counts import A_DAY, DAYS_AROUND, DAYS_FROM, DAYS_LATER, days_counted
from .event_time import (
    CLOCK,
    MOVED_TO,
    THAT_YEAR_ALONE,
    date_of,
    day_and_year,
    in_that_year,
    story_year,
    year_in,
)
from .foreign_dates import FOREIGN_DATE, english, may_be_foreign
from .happenings import names_happening
from .text import Readings

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
    # (and a day told again: 'on 15 September and again on 2 October')
    r"(?:,\s+|(?<!\s)\s+)(?=(?:which|whose|after|before|when|until|even as|whereas|ahead of|"
    r"and again|"
    r"following|due (?:in|on|by|before)|that (?:took|came|entered) (?:effect|into force))\s)"
    r"|,\s+(?=(?:days|weeks|hours|months|a day|a week|a month) (?:before|after)\s)"
    # what is expected of a thing dated before: 'the heatwave that has gripped Greece
    # since last Friday is expected to peak on Sunday'
    r"|(?<!\s)\s+(?=(?:is|are) (?:expected|due|scheduled|set) to\s)"
    # ('covers vaccines for a national campaign due to start in October', '… to begin
    # construction in April next year and to open the first berth in 2029')
    r"|(?<!\s)\s+(?=due to (?!the\b|a\b)[a-z]+\s|and to [a-z]+\s)"
    # a happening planned for a day of its own: '… would call off a national demonstration
    # planned for Saturday'
    r"|(?<!\s)\s+(?=(?:planned|scheduled|slated) for\s)"
    r"|,\s+(?=with\s[^,;]{2,60}\b(?:scheduled|due|set|expected|planned) (?:for|on|in|to)\s)"
    # a second verb in the past, its subject the first's: 'The licence was first granted
    # in 2021 and upheld by a lower court in November 2024'
    # what was promised, told of in the sentence of the promise: 'promised this afternoon
    # that army engineers would be in Kroměříž by Wednesday morning'
    r"|(?:(?<=\bpromised)|(?<=\bpledged)|(?<=\bvowed)|(?<=\bwarned)|(?<=\bannounced)|"
    r"(?<=\bconfirmed)|(?<=\bsaid)|(?<=\bassured)|(?<=\binsisted))\s+(?=that\s)"
    # ... or said on a day of its own: 'said on Friday that his committee would vote on the
    # bill later this month'
    r"|(?<=day)\s+(?=that\s)"
    # a happening since which another is told: '… their largest overspend since they were
    # created in July 2022'
    r"|(?<!\s)\s+(?=since\s+(?:it|they|he|she|we|the\s+\w+)\s+(?:was|were|had\s+been|first)\s"
    # ('… since the project's first phase opened in December 2023')
    r"|since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]{3,}ed\s+(?:in|on)\s)"
    # a happening after it: '… scheduled for 18 December, with a further meeting in late
    # January'
    r"|,\s+(?=with\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:meeting|vote|summit|hearing|"
    r"session|round|decision|election|review)s?\s+(?:in|on|by)\s)"
    # what befell one named: 'the index patient, a 34-year-old man who died on 9 September'
    r"|(?<!\s)\s+(?=who\s+(?:was\s+|were\s+)?[a-z]{2,}ed\s)"
    # another subject's act to come: '… will begin tonight and state collation will open at
    # 10:00 tomorrow'
    r"|(?<!\s)\s+(?=and\s+(?:[a-z]+\s+){1,3}will\s)"
    # one of a list of acts: 'published its shortlist on 12 January, held interviews from 2
    # to 6 February and …' (not a participle's 'backed by')
    r"|,\s+(?=(?:held|met|sent|told|[a-z]{3,}ed)\s+(?!by\b)[a-z])"
    r"|(?<!\s)\s+(?=and\s+(?:was\s+|were\s+|then\s+|later\s+)?(?:(?:re-)?[a-z]{3,}ed|upheld|held|sold|won|"
    r"lost|took|began|sent|struck|fell|rose|left|led|made|paid|brought|bought|built|broke|came|"
    r"went|gave|met|overturned|set)\s)"
)


_YEAR = re.compile(r"\d{4}")
#: A cut before another act of the sentence's subject: 'and expired', ', held'
_ANOTHER_ACT = re.compile(r"(?:,\s+|\s+and\s+(?:was\s+|were\s+|then\s+|later\s+)?)[a-z]{3,}ed\s")
_TO_COME = re.compile(r"\b(?:he|she|they|it|we|I)\s+(?:will|would)\s")
#: A condition opening the sentence: 'If the Assembly passes it this year, …'
_IF_FIRST = re.compile(r"(?:^|:\s+)If\s[^,]*$")
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
    r"elected|appointed|signed|agreed|adopted|passed|introduced|launched|approved) in (?=\d))"
    r"[^,;]*,"
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
                    and MOVED_TO.search(bare, max(start, m.start() - 30), m.end() + 6)
                )
            ]
        )
        for i, (cut_at, cut_end, inner) in enumerate(cuts):
            upto = cuts[i + 1][0] if i + 1 < len(cuts) else end
            # a clause is its own only if the words before it hold a date of their own,
            # and an inner one only if it holds one too, one that stands alone: in 'The
            # ferry sank in 2019, after it was sold in May', May is 2019's
            first, inner_date = bisect_left(dates, start), bisect_left(dates, cut_end)
            # (an act of its own, told with its day: '… was signed in December 2022 and
            # expired on 30 November' is this November's)
            act = _ANOTHER_ACT.match(bare, cut_at) is not None
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
                            and not (act and any(c.isdigit() for c in phrases[inner_date]))
                            # ('…, told us he would introduce a bill in January': a month
                            # to come is no month of the year before)
                            and not _TO_COME.search(bare, cut_end, upto)
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

    def propose(sentence: str, edtf: str, phrase: str) -> bool:
        """The event, unless its sentence told that day already."""
        key = (edtf, sentence[:60])
        if key in seen:
            return False
        seen.add(key)
        found.append(ProposedEvent(" ".join(sentence.split()), edtf, phrase))
        return True

    told: tuple[int, str] | None = None  # the last day told with its year: its month, year
    year_told: str | None = None  # the last year told or dated to: 'that year' is it
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
                # ('postponed until March': read from the month, its lead-in before it)
                m.start("for_month") if m["for_month"] else m.start(),
                m.end(),
                m["in_month"]
                or m["for_month"]
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
        found_later = (
            list(DAYS_LATER.finditer(paragraph_bare))
            if " day" in paragraph_bare or " week" in paragraph_bare or " same " in paragraph_bare
            else []
        )
        later = {m.start(): days_counted(m) for m in found_later}
        if later:
            matches = sorted([*matches, *((m.start(), m.end(), "") for m in found_later)])
        if not matches:
            if paragraph_bare != text and len(paragraph_bare.split()) <= 12:
                # a quotation and its tag go on with the day told before: '… on Tuesday.'
                # then '“…,” she told MPs.', then 'at a meeting … a week earlier' (not a
                # happening of no day: 'The union met.')
                day_before = day_told
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
        # (likewise the years told outright or dated to, for 'in December that year')
        year_before = year_told
        years_here = [(a, y) for a, _, phrase in matches if (y := year_in(phrase))]
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
            if not names_happening(
                # ('… written to him on 15 September and again on 2 October': the
                # happening told again is the sentence's)
                paragraph_bare[text_start:text_end] if bare.startswith("and again ") else bare
            ):
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
                    or MOVED_TO.search(paragraph_bare, matches[k][1], dates[k + 1]) is not None
                    # 'If the Assembly passes it this year, the designations would take
                    # effect in July 2026': the condition's date is no happening's
                    or (
                        "If" in paragraph_bare[start : dates[k]]
                        and _IF_FIRST.search(paragraph_bare, start, dates[k]) is not None
                        and "," in paragraph_bare[dates[k] : dates[k + 1]]
                    )
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
                if not base or not A_DAY.fullmatch(base):
                    continue  # (never after a paragraph that told no day)
                edtf = _days_on(base, later[phrase_at], True)
                phrase = paragraph_bare[phrase_at:phrase_end]
            else:
                # the year told last before this date, in this paragraph or before it
                n = bisect_left(years_here, (phrase_at, ""))
                year = years_here[n - 1][1] if n else year_before
                if THAT_YEAR_ALONE.fullmatch(phrase):
                    if not year:
                        continue  # ('later that year' of no year told)
                    edtf = year
                else:
                    try:
                        edtf = date_of(phrase, bare, at, until, reference, ahead)
                        if edtf <= reference.isoformat():
                            # (not a day the words put ahead: 'OPEC+ ministers meet on 3
                            # March', after a story told of 25 March 2023)
                            edtf = story_year(
                                phrase,
                                edtf,
                                # (the last told before this date, in this paragraph or
                                # before it)
                                told_here[n - 1][1]
                                if (n := bisect_left(told_at, phrase_at))
                                else told_before,
                            )
                    except DateError:
                        continue
                    edtf = in_that_year(edtf, paragraph_bare, phrase_end, year)
                offset = (
                    DAYS_FROM.search(paragraph_bare, max(0, phrase_at - 30), phrase_at)
                    if A_DAY.fullmatch(edtf) and (" after " in bare or " before " in bare)
                    else None
                )
                if offset:
                    # 'made two days after the 7 December election': the day it was made,
                    # and the election's, each a happening of the sentence
                    propose(sentence, edtf, phrase)
                    edtf = _days_on(edtf, days_counted(offset), offset["dir"] == "after")
            if not propose(sentence, edtf, phrase):
                continue
            if edtf[:4].isdigit():
                insort(years_here, (phrase_at, edtf[:4]))
            day_before = edtf
            around = (
                DAYS_AROUND.search(paragraph_bare, phrase_end, end)
                if A_DAY.fullmatch(edtf) and ("after " in clause or "before " in clause)
                else None
            )
            if (
                around
                and bisect_left(dates, around.end()) == bisect_left(dates, end)
                and names_happening(paragraph_bare[around.end() : around.end() + 60])
            ):
                # 'He spoke to the Monitor on Tuesday, a week after talks in Riyadh': the
                # talks were a week before that Tuesday (and a summit two days before one
                # is two days after it)
                propose(
                    sentence,
                    _days_on(edtf, days_counted(around), around["dir"] == "before"),
                    phrase,
                )
        if years_here:
            year_told = years_here[-1][1]
    return found


def _days_on(day: str, days: int, later: bool) -> str:
    """The EDTF day ``days`` after ``day`` (before it, if not ``later``)."""
    return (date.fromisoformat(day) + timedelta(days=days if later else -days)).isoformat()
