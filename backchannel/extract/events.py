"""Dated events in an article: a sentence that names a happening and a date.

What counts as a happening is happenings.py; the date phrases are date_phrases.py,
and when one means (the year a date with none means) is event_time.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta

from backchannel.db.dates import DateError

from .agenda import box_entry
from .article import Article
from .date_phrases import DATE_PHRASE
from .day_counts import A_DAY, DAYS_AROUND, DAYS_FROM, DAYS_LATER, days_counted
from .event_clauses import Clause, date_clauses
from .event_time import CLOCK, FIXTURES, MOVED_TO, date_of
from .foreign_dates import FOREIGN_DATE, english, may_be_foreign
from .happenings import names_happening
from .story_years import THAT_YEAR_ALONE, day_and_year, in_that_year, story_year, year_in
from .text import Readings

#: A condition opening the sentence: 'If the Assembly passes it this year, …'
_IF_FIRST = re.compile(r"(?:^|:\s+)If\s[^,]*$")


@dataclass
class ProposedEvent:
    """A dated happening the article proposes."""

    text: str
    date: str  # EDTF
    phrase: str  # the words the date was read from


#: The day something was said, right before it: 'said Wednesday', 'says on Monday'
_SAID_ON = re.compile(r"\b(?:said|says)\s+(?:on\s+)?$")
#: Figures for a period, before it: 'its results for', 'a loss for'
_FIGURES_FOR = re.compile(
    r"\b(?:results|earnings|figures|numbers|loss|losses|profits?|revenues?|sales|accounts|"
    r"outlook|guidance|forecast)\s+(?:for\s+)?$"
)
_RELATIVE_WORD = re.compile(r"\b(?:who|which|whose)\s")
#: A year before what it names: 'the 2018 law', 'the 1982 medal-winning violin'
_OF_A_YEAR = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:19|20)\d\d [a-z]")


def _in_a_relative(bare: str, start: int, at: int) -> bool:
    """Is the date at ``at`` in a relative clause of an aside, its comma the last before
    it: ', a Nebraska Republican who took over the committee last year,'? (Read back
    from the date a little way only: a text without stops has long clauses.)"""
    comma = bare.rfind(",", max(start, at - 200), at)
    return (
        comma >= 0
        and ";" not in bare[comma:at]
        and _RELATIVE_WORD.search(bare, comma, at) is not None
    )


#: 'today’s' as the present day's ('today’s patient numbers'), not a fixture's ('today’s
#: vote')
_PRESENT_DAYS = re.compile(rf"['’]s\s+(?!(?:[\w-]+\s+){{0,2}}?{FIXTURES}\b)")


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
        """The event, unless its sentence told that day already, or it is dated by the
        article's own year alone ('clashed repeatedly this year': no when at all)."""
        key = (edtf, sentence[:60])
        if key in seen or edtf == str(reference.year):
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
        entry = box_entry(text, reference, ahead)
        if entry:
            propose(text, *entry)
            continue
        # Most sentences hold no date: find the dates of the whole paragraph in one
        # pass (quotations blanked) and read only the sentences that hold one.
        paragraph_bare, spans = read(text)
        matches = [
            (
                # ('postponed until March': read from the month, its lead-in before it)
                m.start("for_month")
                if m["for_month"]
                else (m.start("since_month") if m["since_month"] else m.start()),
                m.end(),
                m["in_month"]
                or m["for_month"]
                # (the month a span began is behind: 'since August, when …' is last August)
                or (m["since_month"] and f"last {m['since_month']}")
                or m["year"]
                or m["the_month"]
                or m["of_year"]
                or m["a_year"]
                or m.group(0),
            )
            for m in DATE_PHRASE.finditer(paragraph_bare)
            # ('today’s patient numbers': the present day's, no date; 'today's vote' is one)
            if not (m.group(0).endswith("oday") and _PRESENT_DAYS.match(paragraph_bare, m.end()))
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
            date_clauses(paragraph_bare, spans, dates, [phrase for _, _, phrase in matches])
            if len(dates) > 1
            else [Clause(a, b, a, b) for a, b in spans]
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
                    # ('said Wednesday she would ask the committee … at its hearing on Aug.
                    # 26': the day it was said is the tag's, the hearing's is the happening's)
                    or _SAID_ON.search(paragraph_bare, max(0, dates[k] - 12), dates[k]) is not None
                    # ('Whitcomb, a Republican who took over the committee last year, made
                    # the remarks … on Saturday': the aside's day is no happening's)
                    # (not a year told outright, which a yearless day after it is in: 'The
                    # ferry, which was sold in May 2019, sank in June')
                    or (
                        _in_a_relative(paragraph_bare, start, dates[k])
                        and "," in paragraph_bare[matches[k][1] : dates[k + 1]]
                        and not year_in(matches[k][2])
                    )
                    # ('will publish its results for the fourth quarter of 2025 on 12
                    # February': the period figures cover, then the day of the happening)
                    or _FIGURES_FOR.search(paragraph_bare, max(0, dates[k] - 30), dates[k])
                    is not None
                    # ('passed extensions of the 2018 law in November 2023', 'The 1973
                    # pipeline agreement expires in July': a year that names what it is
                    # of, when the happening has a date of its own)
                    or _OF_A_YEAR.match(paragraph_bare, dates[k]) is not None
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
                    # 'Five weeks later, on March 19, …': the day told, after days counted
                    # from no day this paragraph or the one before told
                    or (dates[k] in later and not (day_before or day_told))
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
