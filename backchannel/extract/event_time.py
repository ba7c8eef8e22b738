"""When an event happened: which date a sentence's date phrase (date_phrases.py)
means, and which year a date with none means, from the sentence's tense.

A phrase points back from the published date; a sentence about what is due,
scheduled, intended or said to come reads it forward. A month named with no year
is its nearest one, leaning to the tense (see nearer).
"""

from __future__ import annotations

import re
from datetime import date

from backchannel.db.dates import parse_edtf

from .ahead import FUTURE, SCHEDULE_WORDS, SCHEDULED_NOW, may_be_ahead
from .date_phrases import DAYNAME, MONTH
from .dates import parse_date
from .verbs import REPORT

#: The words before the day a happening moved to: 'pushed back to', 'postponed until'
MOVED_TO = re.compile(
    r"\b(?:pushed|put|moved|brought)\s+(?:back|forward|up)\s+(?:to|until|till)\s+(?:the\s+)?$|"
    r"\b(?:postponed|delayed|deferred|moved|rescheduled|adjourned)\s+(?:to|until|till|for)\s+"
    r"(?:the\s+)?$"
)
#: A verb ahead after 'and', opening a clause of its own: 'and would decide …'
_AND_AHEAD = re.compile(r" and (?:would|will|could|should|must|is to|are to|plans to)\b")
#: Where the clause after a date's own starts: ', and …', ', but …', '; …'
_CLAUSE_AFTER = re.compile(r", and |, but |; ")
#: What a day or month is set for: 'is planned for July', 'scheduled for 3 March'
_SET_FOR = re.compile(
    r"\b(?:planned|scheduled|slated|pencilled in|penciled in) for (?:early |mid-?|late )?$"
)
#: A day something can be called or set for: 'for Friday', 'for 19 December'.
_FIXED_FOR = re.compile(rf"(?:{DAYNAME}|\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d)")
_OWNED = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b")
#: Fixtures and sittings a day may own
FIXTURES = (
    r"(?:game|match|fixture|final|derby|race|vote|meeting|summit|session|hearing|debate|"
    r"election|sitting)"
)
#: A fixture or a sitting a day owns: 'selected for Saturday's home game' (not 'jailed
#: for Monday's attack')
OWNED_FIXTURE = re.compile(
    rf"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\w-]+\s+){{0,2}}?{FIXTURES}\b"
)
#: A fixture a day is set for, or one is called to, named before it: 'listed the dispute
#: for an urgent hearing at 10am on Friday', 'has called Brekke to a closed hearing on
#: Thursday'
_FOR_A_FIXTURE = re.compile(
    r"(?:\bfor|\b(?:has|have) (?:called|summoned|invited) (?:[\w'’.-]+ ){1,4}?to) "
    rf"(?:an?|the|its) (?:[\w-]+ ){{0,2}}?{FIXTURES} (?:at \d{{1,2}}(?:[:.]\d\d)?\s*"
    r"(?:[ap]\.?m\.?)? )?(?:on )?$"
)
#: What leads up to a day's fixture: 'ahead of Wednesday's debate'
_AHEAD_OF = re.compile(r"\b(?:[Aa]head of|[Ii]n the (?:run|lead)-up to|[Ii]n advance of)\s+$")
#: A fixture still to come: '(Wednesday's debate) approaching', '… is looming'
_NEARING = re.compile(
    r"\s+(?:(?:is|are)\s+)?(?:fast\s+)?(?:approaching|looming|nearing|drawing near)\b"
)
_WAS_BEFORE = re.compile(r"\b(?:was|were|had been|had)\s+$")
_WHEN_AFTER = re.compile(r",?\s+(?:when|at which|by which time|on which)\b")
PLANNED = re.compile(r"\b(?:scheduled|due|set|expected|expects|expect|planned|poised) to [a-z]+\b")
#: What is awaited by a day, right before it: 'were expected by Monday'
_EXPECTED_BY = re.compile(r"\bexpected\s+(?:by|before|within)\s+$")
_DEADLINE_OF = re.compile(
    r"\bdeadline (?:of|on|for|is|set for)\s+"
    # (a time of day may come first: 'a strike deadline of 11:59 p.m. on Friday')
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?$"
)
#: 'will', and as it is contracted ("We'll hold …"): FUTURE's word, as matched
_WILL = ("will", "'ll", "’ll")
#: The end of a time one has, or a warning's: 'has 90 working days, until 30 July',
#: 'extended its amber warning until 6am on Sunday', 'had until 1 December'
_UNTIL = re.compile(
    r"\b(?P<had>had\s+)?until\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?$"
)
#: A request, its infinitive right before the date, in one clause: 'urged both sides to
#: return to talks (on Friday)', 'was asked to appear before the committee (on Thursday)'
_ASKED_TO = re.compile(
    r"\b(?:asked|urged|invited|called on|summoned|ordered)\s+(?:[\w'’.-]+\s+){0,5}?to\s+"
    r"[a-z]+\b[^,;.]*$"
)
#: A sitting agreed to: 'agreed to an emergency session', 'agreed to hold talks'
_AGREED_SITTING = re.compile(
    r"\bagreed to (?:hold\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:session|sitting|meeting|"
    r"vote|debate|hearing|summit|talks|referendum|inquiry)\b"
)
#: A happening planned: 'The group plans a rally', 'is planning a march'
_PLANS_A = re.compile(r"\b(?:plans?|planning|is organi[sz]ing|are organi[sz]ing) (?:a|an|the)\s")
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
    # (not a passive ahead: 'will be held', 'is to be signed')
    r"\b(?<!\bbe )(met|visited|crashed|began|voted|resumed|sent|signed|held|took place|was|were|"
    r"had|did)\b"
)
_CLOCK = r"at (?:about |around )?\d{1,2}[:.]\d\d"
RELATIVE_TODAY = re.compile(
    rf"^(?:today|tonight|this (?:morning|afternoon|evening)|{_CLOCK}|"
    # ('a couple of hours ago', 'at lunchtime': a live blog's day)
    r".* (?:hours?|minutes) ago|(?:at|this) lunchtime)$",
    re.I,
)
#: A clock time alone: 'at 07:00'
CLOCK = re.compile(rf"{_CLOCK}$")


#: Any past action is a happening, not only the listed kinds: 'ran aground on 12 March',
#: 'blocked the bridge on Tuesday', 'filed for bankruptcy in early February'.
PAST_ACTION = re.compile(
    r"\b(?:[a-z]{3,}ed|ran|spoke|met|began|took|went|came|fell|rose|won|lost|left|flew|drove|"
    r"broke|built|caught|chose|drew|fought|froze|gave|grew|hit|kept|led|made|paid|quit|sank|"
    r"shot|shut|split|spent|stood|stole|swept|threw|tore|underwent|withdrew|bought|brought|"
    r"sold|sought|struck|overturned|found|held|sent|saw|fled|hung|hid|lay|laid|lent|rode|rang|"
    r"shook|slid|spread|stuck|taught|woke|dug|fed|overtook|overcame|rebuilt|swam|swung|upheld|"
    # speech is an act in the past too, though no happening of its own (see happenings.py)
    r"said|told|wrote)\b"
)
#: 'due to' a cause, not due to happen: 'never given due to the massacre'
_DUE_TO_A_CAUSE = re.compile(r" to (?:(?:the|a|an|his|her|their|its|this|that)\b|[A-Z])")


#: A verb in the past right after its day: 'on Tuesday reserved its order'
_PAST_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{PAST_ACTION.pattern})")
#: A month put first in its clause ('In June …', '…, and in June …') and a verb in the past
#: a few words after it, its subject between
_MONTH_FIRST = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+)?|\b(?:and|but)\s+)$")
_PAST_SOON_AFTER = re.compile(
    rf",?\s+(?:[\w'’-]+\s+){{1,4}}?(?:[a-z]+ly\s+)?(?:{PAST_ACTION.pattern})(?!\s+(?:by|to)\b)"
)


#: A verb in the past, then its month: 'took effect in', 'ended in', 'was boarded in'
#: (not 'is pencilled in for', 'was reached by': a plan, a deadline)
_DONE_IN = re.compile(
    # (not an adjective after its article: 'to debate an amended budget on Feb. 18')
    # (nor after a preposition: 'rules for advanced AI chips in June')
    rf"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bhave )(?<!\ban )(?<!\ba )(?<!\bthe )(?<!\bfor )"
    rf"(?<!\bof )(?<!\bwith )(?<!\bfrom )"
    rf"(?:{PAST_ACTION.pattern})"
    # (its object between, a preposition's 'to' too: 'submitted its updated climate target
    # to the UN in February'; not an infinitive's: 'agreed to meet in March')
    r"(?:\s+(?!(?:for|by|until|before|after|in|on)\b)(?!to\s+(?![A-Z]|the\b|an?\b))"
    # (and a hyphened word: 'signed a new three-year contract in July')
    r"(?:[a-z][a-z-]*|[A-Z][\w'’-]*)){0,5}"
    r"(?:\s+(?:in|on|during|since))?\s+(?:early\s+|mid-?\s*|late\s+)?$"
)


_YEARLESS_MONTH = re.compile(rf"^(?!.*\b(?:\d{{4}}|[Ll]ast|[Nn]ext|[Tt]his)\b).*\b{MONTH}(?![a-z])")


def nearer(past: str, coming: str, reference: date, favour_past: bool = False) -> str:
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


def _set_aside(phrase: str, bare: str, at: int, until: int) -> bool:
    """Is the day (``phrase``, at ``at``…``until`` in ``bare``) one a happening is set
    for, and so ahead? 'The union has called an assembly for Friday' (not 'jailed for
    Monday's attack'); a fixture it owns, set for, led up to or near: 'selected for
    Saturday's home game', 'ahead of Sunday's vote', 'with Wednesday's debate approaching'."""
    if not _FIXED_FOR.match(phrase):
        return False
    fixture = OWNED_FIXTURE.match(bare, until)
    if bare.endswith(" for ", 0, at):
        return fixture is not None or not _OWNED.match(bare, until)
    return fixture is not None and bool(
        _AHEAD_OF.search(bare, max(0, at - 25), at) or _NEARING.match(bare, fixture.end())
    )


def _said_to_be(modal: re.Match[str], bare: str, at: int, until: int) -> bool:
    """Is the word of FUTURE (``modal``) in ``bare`` what someone said must, should, will
    or would be, not a look ahead from the date at ``at``…``until``?"""
    word = modal[0].lower()
    if word == "must":
        # 'The committee must deliver its report on Monday' looks ahead; not what someone
        # said must be ('Kyiv must be protected, she said on Monday')
        return modal.start() > at or REPORT.search(bare) is not None
    if word == "should" or word in _WILL:
        # 'Appearing before the committee on Tuesday, Morgan-Rees said customers should not
        # fear …': what someone said should be, after the day's own clause
        return modal.start() > until and REPORT.search(bare, until, modal.start()) is not None
    # 'On Monday, Lind assured him Oslo would …': 'would' looks ahead only from before its
    # date ('said Chisinau would host a conference on 3 March')
    return word == "would" and modal.start() > at


def date_of(phrase: str, bare: str, at: int, until: int, reference: date, ahead: date) -> str:
    """The EDTF date the phrase (at ``at``…``until`` of the sentence ``bare``, its
    quotations blanked) means; DateError if it cannot be read. ``reference``: the day
    the article came out; ``ahead``: the earliest it can have (see find_events)."""
    if RELATIVE_TODAY.match(phrase):
        return reference.isoformat()
    # 'was scheduled to close on Friday': planned, so ahead, whatever the tense
    looks_ahead = may_be_ahead(bare)
    ahead_word = FUTURE.search(bare) if looks_ahead else None
    schedule = any(word in bare for word in SCHEDULE_WORDS)  # (a first look, read twice)
    if ahead_word is None and schedule:
        # a body's schedule in the present: 'the Sejm votes on Wednesday' (not the noun:
        # 'cast votes last Saturday', 'won the most votes')
        ahead_word = SCHEDULED_NOW.search(bare)
    if ahead_word and _said_to_be(ahead_word, bare, at, until):
        ahead_word = None
    planned = (" plan" in bare and _PLANS_A.search(bare, 0, at) is not None) or (
        " to " in bare  # a first look
        and (
            PLANNED.search(bare) is not None
            or (
                _MAY_INTEND.search(bare, 0, at) is not None
                and _INTENDS.search(bare, 0, at) is not None
            )
        )
    )
    if not planned and "expected " in bare:
        # 'said results were expected by Monday': awaited, so ahead, whatever the tense
        planned = _EXPECTED_BY.search(bare, max(0, at - 20), at) is not None
    if not planned and "deadline" in bare:
        # 'had privately set a deadline of Wednesday': a deadline is ahead
        planned = _DEADLINE_OF.search(bare, max(0, at - 40), at) is not None
    if not planned and "until" in bare:
        # 'The Commission now has 90 working days, until 30 July, to decide': a time one
        # has runs on ahead, unless the clause is told in the past ('had until' is a
        # deadline, told: 'conceded that the team had until 1 December')
        until_ = _UNTIL.search(bare, max(0, at - 30), at)
        if until_ is not None:
            start = max(0, bare.rfind(", ", 0, until_.start()), bare.rfind(" and ", 0, at))
            told = any(
                not bare.endswith(("has ", "have "), 0, m.start())  # ('has extended')
                for m in PAST_ACTION.finditer(bare, start, until_.start())
            )
            planned = bool(until_["had"]) or not (told or PAST.search(bare, start, at))
    if not planned and " to " in bare:
        # 'had asked Mr. Hegde to meet union leaders on Wednesday': what one is asked to do
        planned = _ASKED_TO.search(bare, max(0, at - 120), at) is not None
    if not planned and "agreed to " in bare:
        # 'has agreed to an emergency session of the parliament on Friday': a sitting agreed
        # to is ahead (not 'agreed to a deal on Friday': the deal is the agreeing)
        planned = _AGREED_SITTING.search(bare, 0, at) is not None
    # (a past told in a clause before the date's own is not its past: 'said 1,140 people
    # had been evacuated, and that the government would decide whether to extend the alert
    # into Wednesday')
    # (nor one told in a clause of its own before: 'The stoppage began at 4am, and no trams
    # will run until 4am on Saturday')
    own_from = max(0, bare.rfind(" and that ", 0, at), bare.rfind(", and ", 0, at))
    if " and " in bare:
        # (nor one before 'and' and a verb ahead: 'said it was “aware of the reports” and
        # would decide in December')
        for and_modal in _AND_AHEAD.finditer(bare, own_from, at):
            own_from = and_modal.start()
    # (nor one told in a clause after it: 'The federation elects a president on Saturday,
    # and the contest has turned into an argument about what was promised')
    clause_after = _CLAUSE_AFTER.search(bare, until)
    own_to = clause_after.start() if clause_after else len(bare)
    if (
        ahead_word
        and ahead_word.start() < at
        and (ahead_word[0] == "would" or ahead_word[0] in _WILL)
    ):
        # ('…, who founded it after her daughter was born there, said the group would hold a
        # march on Saturday and was seeking …': only a past between the modal and its day)
        own_from, own_to = max(own_from, ahead_word.end()), at
    future = planned or (bool(ahead_word) and not PAST.search(bare, own_from, own_to))
    # 'First oil is planned for July': what a day or month is set for is ahead
    # ('has called Brekke to a closed hearing on Thursday': a fixture one is called to)
    set_for = (
        _SET_FOR.search(bare, max(0, at - 30), at) is not None
        or _FOR_A_FIXTURE.search(bare, max(0, at - 60), at) is not None
    )
    future = future or set_for
    if not future and schedule:
        # 'Oil prices rose on Tuesday … when eight of its members meet on Sunday': a
        # schedule in the present right before its day is ahead, whatever the sentence
        # told in the past before it
        future = SCHEDULED_NOW.search(bare, max(0, at - 50), at) is not None
    future = future or _set_aside(phrase, bare, at, until)
    ahead_word = ahead_word if future else None
    if (
        ahead_word
        and not set_for
        and ahead_word.start() > until
        # (or right after it: 'The court on Tuesday reserved its order … before the
        # patent expires')
        and (PAST_ACTION.search(bare, 0, at) or _PAST_RIGHT_AFTER.match(bare, until))
        # 'adjourned until Dec. 2, when they are expected to testify': the plan
        # is the date's own
        and not _WHEN_AFTER.match(bare, until)
    ):
        # 'entered its second week on Monday, with no talks scheduled': done
        # before the date; what is planned comes after it, about something else
        future = False
    if (
        future
        and not set_for
        and (done := _DONE_IN.search(bare, max(0, at - 60), at))
        and not FUTURE.search(done.group(0))
        # (read in the sentence: 'expected in March' looks ahead by the word after it)
        and not FUTURE.match(bare, done.start())
        # ('will publish updated rules in June': an adjective after the verb ahead)
        and not FUTURE.search(bare, max(0, done.start() - 30), done.start())
    ):
        # 'assured the Fund it will widen the band, even as the minister told reporters
        # on Tuesday …': the verb in the past right before the date is the date's own
        future = False
    edtf = parse_date(phrase, ahead if future else reference, future=future)
    near_ahead = FUTURE.search(bare, max(0, at - 40), at) if future and looks_ahead else None
    if (
        near_ahead
        and not PAST_ACTION.search(bare, near_ahead.end(), at)
        # (not 'were due to file by March 15', nor 'never given due to the massacre')
        and not _WAS_BEFORE.search(bare, max(0, near_ahead.start() - 12), near_ahead.start())
        and not _DUE_TO_A_CAUSE.match(bare, near_ahead.end())
    ):
        # 'ahead of the next summit in late June', 'will meet in June': the word that
        # looks ahead is the month's own, so it is the coming one, however near the last
        return edtf
    if _YEARLESS_MONTH.search(phrase) and (
        # 'took effect in January': a verb in the past right before its
        # month keeps it past, however near the coming one is
        future
        or bare.startswith(("by ", "By ", "until "), at)  # (a deadline)
        or not (
            _DONE_IN.search(bare, max(0, at - 60), at)
            # ... and so does one right after a month put first: 'In June the union
            # walked out', 'in June they came back with new demands'
            or (
                bare.startswith(("In ", "in "), at)
                and _MONTH_FIRST.search(bare, max(0, at - 12), at)
                and _PAST_SOON_AFTER.match(bare, until)
            )
        )
    ):
        other = parse_date(phrase, reference if future else ahead, future=not future)
        edtf = (
            nearer(other, edtf, reference)
            if future
            else nearer(edtf, other, reference, favour_past=True)
        )
    return edtf
