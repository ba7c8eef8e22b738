"""The clauses of a sentence that dates a happening: a sentence with two dates is
cut where each clause with a date of its own starts ('Talks resumed in January, and a
delegation visited Washington on 24 February'), and an inner clause or an aside is
told with its sentence ('the trade agreement, which was politically concluded in
2019, …')."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .event_time import MOVED_TO

#: Where a sentence's second happening starts: 'Talks resumed in January, and a
#: delegation visited Washington on 24 February.'
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?=[a-zA-Z])")
#: Where a happening of its own, told inside the sentence of another, starts: 'the trade
#: agreement, which was politically concluded in 2019', 'the second round this year after
#: a five-day strike in January'. Its clause dates it; its text is the whole sentence,
#: which a clause opening 'which' or 'after' needs to be understood.
_INNER_CLAUSE = re.compile(
    # (every cut starts at a comma or a space: a first look spares the rest at each word)
    r"(?=[\s,])(?:"
    # (a contrast too: '… told Kyiv on Monday …, even as he said publicly on Tuesday …';
    # and what comes next: 'must agree by Friday, ahead of the summit in late June')
    # (each run of spaces tried from its start only: a blanked quotation is a long one)
    # (and a day told again: 'on 15 September and again on 2 October')
    r"(?:,\s+|(?<!\s)\s+)(?=(?:which|whose|after|before|when|until|even as|whereas|ahead of|"
    # ('… travel to Aberlour on Wednesday night, then host Portsoy on Saturday 21 March')
    r"and again|then|"
    r"following|due (?:in|on|by|before)|that (?:took|came|entered) (?:effect|into force))\s)"
    r"|,\s+(?=(?:days|weeks|hours|months|a day|a week|a month) (?:before|after)\s)"
    # what an act sets up for a day of its own: '… agreed on Wednesday to fast-track the
    # lawsuit, setting a five-day trial for Jan. 12', '…, setting up a test vote on Friday'
    r"|,\s+(?=(?:setting|scheduling)\s)"
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
    r"went|gave|met|overturned|set)\s))"
)


_YEAR = re.compile(r"\d{4}")
#: A cut before another act of the sentence's subject: 'and expired', ', held'
_ANOTHER_ACT = re.compile(r"(?:,\s+|\s+and\s+(?:was\s+|were\s+|then\s+|later\s+)?)[a-z]{3,}ed\s")
_TO_COME = re.compile(r"\b(?:he|she|they|it|we|I)\s+(?:will|would)\s")
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


class Clause(NamedTuple):
    """Where a clause's date and tense are read (start…end, less the aside at
    hole…hole_end), and the words that tell it (text…text_end)."""

    start: int
    end: int
    text: int
    text_end: int
    hole: int = 0
    hole_end: int = 0


def date_clauses(
    bare: str, spans: tuple[tuple[int, int], ...], dates: list[int], phrases: list[str]
) -> list[Clause]:
    """The clauses of each sentence that holds a date; a sentence with two dates, at
    its clauses, each with a date of its own (a clause without one stays with the
    clause before it). A coordinate clause is its own text; an inner one (see
    _INNER_CLAUSE) and an aside (see _ASIDE) are told with their sentence."""
    out: list[Clause] = []
    for start, end in spans:
        k = bisect_left(dates, start)
        if k == len(dates) or dates[k] >= end:
            continue
        if k + 1 == len(dates) or dates[k + 1] >= end:
            out.append(Clause(start, end, start, end))  # one date: the whole sentence
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
                out.append(Clause(start, end, start, end, aside.start(), aside.end()))
                out.append(Clause(aside.start() + 1, aside.end() - 1, start, end))
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
                            # ('… before starting to ease in June this year': a date told
                            # from today stands alone)
                            and not _FROM_TODAY.search(phrases[inner_date])
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
        out += [Clause(a, b, c, d) for a, b, c, d in pieces]
    return out
