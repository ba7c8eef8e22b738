"""The date phrases news writes: '19 March', 'early June', 'last Tuesday', 'the
following week', 'in 2024', 'by the end of the year', 'at 07:00', 'the drought of 2022'.
What each means is event_time.py."""

from __future__ import annotations

import re

from .calendar_words import ORDINAL_WORD

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    # (a whole word: not the 'Mar' of 'in Marrakech', nor the 'May' of 'in Maynooth')
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?"
)
#: Between the days of a range: '19–20', '23 to 27', '23 and 27' (after 'between').
_TO = r"(?:\s*[–-]\s*|\s+(?:to|and|until|through|till)\s+)"
#: A range's last day: a day of a month, not a count ('to 42 percent', 'to 3 points').
_DAY2 = (
    r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?![\d.,]\d)(?!\s*(?:percent|per cent|%|points?|"
    r"seats?|votes?|delegates?))\b"
)
MONTH_OF_PHRASE = re.compile(MONTH)
DAYNAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: 'Later that year', 'earlier the same year': a happening in the year just told
THAT_YEAR = r"(?:[Ll]ater|[Ee]arlier) (?:that|the same) year"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
_UNIT = r"\s+(?:few\s+)?(?:day|week|month|year)"  # after a count: 'two weeks', 'a few days'
DATE_PHRASE = re.compile(
    # A cheap first look at each word start (a letter a date phrase can begin with,
    # then the word, by its first letter) spares the alternatives below at most
    # positions. Common words ('a', 'in', 'this', 'The') pass only with what must
    # follow them: a month or a weekday, a count and a unit, a year.
    r"\b(?=[\dJFMASONDTWIBLUEYaemlntoftsibdyu])(?="
    # one branch a letter, the commonest first letters first: a word that is no date's
    # start ('the', 'and', 'of') is turned away after a few one-letter tests
    r"t(?:wo\s+hours|hree\s+hours|his\s+(?:past|coming|week|month|year|morning|afternoon|evening|"
    r"lunchtime|[MTWFS]|spring|summer|"
    rf"autumn|fall|winter)|wo{_UNIT}|hree{_UNIT}|en{_UNIT}|o(?:day|morrow)|he\s+(?:Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec|[a-zO]+\s+of\s+[12]|(?:19|20)\d\d\s)|onight|heir\s+(?:19|20)\d\d\s|hrough\s+\d)"
    rf"|a(?:n?{_UNIT}|\s+couple\s+of\s+hours|\s+few\s+(?:hours|minutes)|n\s+hour\s+ago|"
    r"t\s+lunchtime|n?\s+(?:19|20)\d\d\s|t\s+the\s+(?:end|start|beginning|weekend)|t\s+(?:about\s+|around\s+)?"
    r"[012]?\d[:.][0-5]\d\b)"
    rf"|o(?:ne{_UNIT}|ver(?:night|\s+the\s+weekend)|n\s+the\s+(?:\d|{ORDINAL_WORD}))"
    r"|i(?:ts\s+(?:19|20)\d\d\s|n\s+(?:[JFMASOND\d]|(?:spring|summer|autumn|fall|winter),?\s\d|"
    r"the\s+(?:middle|spring|summer|autumn|fall|winter|first|second|"
    r"third|fourth|final|last)))"
    rf"|s(?:ix{_UNIT}|even{_UNIT}|everal{_UNIT}|everal\s+hours|ince\s+[\dJFMASOND])|until\s+[\dJFMASOND]"
    r"|b(?:y\s+(?:\d|the\s+(?:end|first|second)|year|end|[JFMASOND])|ack\s+to\s+\d|"
    r"etween\s+[\dJFMASOND]|"
    r"efore\s+the\s+end)"
    rf"|f(?:our{_UNIT}|ive{_UNIT}|rom\s+[\dJFMASOND]|or\s+the\s+(?:end|start|beginning|middle)\s|"
    r"or\s+[JFMASOND]|or\s+(?:19|20)\d\d|or\s+the\s+(?:first|second|third|fourth|final|last)\s)"
    r"|during\s+(?:\d|the\s+(?:weekend|first|second))"
    rf"|e(?:arly|ight{_UNIT}|arlier\s+th)|mid|la(?:te|st)|n(?:ext|ine{_UNIT})|yesterday"
    # a sentence may open with one: 'A week ago, …', 'Last November, …', 'Next week'
    # (not 'This week: …', a newsletter's heading as often as a date)
    rf"|T(?:ue|hu|he\s+(?:19|20)\d\d\s|wo{_UNIT}|hree{_UNIT}|his\s+(?:weekend|spring|summer|autumn|fall|winter)"
    r"|omorrow|oday|onight)|Q[1-4],?\s+\d"
    rf"|A(?:pr|ug|n?{_UNIT}|t\s+the\s+(?:end|start|beginning|weekend)|n?\s+(?:19|20)\d\d\s)"
    r"|S(?:ep|at|un|ince\s+[\dJFMASOND])|In\s+(?:[JFMASOND\d]|(?:spring|summer|autumn|fall|winter),?\s\d|"
    r"the\s+(?:middle|first|second|third|"
    r"fourth|final|last|spring|summer|autumn|fall|winter))|O(?:ct|ver(?:night|\s+the\s+weekend)|"
    rf"n\s+the\s+{ORDINAL_WORD})|M(?:a[ry]|on|id)|N(?:ov|ext\s)"
    r"|F(?:eb|ri|rom\s+[\dJFMASOND])|J(?:an|u[nl])|D(?:ec|uring\s+(?:\d|the\s+(?:weekend|first|"
    r"second)))"
    r"|B(?:y\s+(?:\d|the\s+end|[JFMASOND])|ack\s+to\s+\d)|L(?:ate|ast|ater)\s|Early\s|Earlier\s"
    r"|Wed|Yesterday|"
    r"Until\s+[\dJFMASOND]|\d"
    r")(?:"
    + "|".join(
        [
            # '30 October to 8 November', 'Oct. 30 to Nov. 8': a range across months
            rf"\b(?:between )?\d{{1,2}}(?:st|nd|rd|th)? {MONTH}{_TO}{_DAY2} {MONTH}"
            r"(?:,? \d{4})?",
            rf"\b(?:between )?{MONTH} \d{{1,2}}(?:st|nd|rd|th)?{_TO}{MONTH} {_DAY2}"
            r"(?:,? \d{4})?",
            # ('29 October last year': the year told by its place)
            rf"\b(?:between )?\d{{1,2}}(?:st|nd|rd|th)?(?:{_TO}{_DAY2})? {MONTH}"
            r"(?:,? \d{4}|,? (?:last|this|next) year\b)?",
            # 'March 23-27' (not 'rose from 40 percent on July 14 to 42 percent')
            rf"\b(?:between )?{MONTH} \d{{1,2}}(?:st|nd|rd|th)?{_TO}{_DAY2}(?:,? \d{{4}})?",
            # (not 'March 20' out of 'March 2023')
            rf"\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?!\d)"
            r"(?:,? \d{4}|,? (?:last|this|next) year\b)?",
            # 'early March', 'late 2024', 'mid-next month'
            rf"\b(?:[Ee]arly|[Mm]id|[Ll]ate)[- ](?:{MONTH}"
            r"(?:,? \d{4}|,? (?:last|this|next) year\b)?"
            r"|(?:19|20)\d{2}\b"
            r"(?![-–/]\d)|(?:next|last|this) (?:month|year)\b)",
            rf"\b(?:[Ll]ast|[Nn]ext|this) {MONTH}\b(?!,? \d)",
            # a range told with weekdays: 'Friday 17 April to Sunday 26 April', 'Friday,
            # April 17 to Sunday, April 26', 'Friday 17 to Sunday 19 April'
            rf"\b{DAYNAME},? \d{{1,2}}(?:st|nd|rd|th)?(?: {MONTH})?{_TO}{DAYNAME},? {_DAY2} "
            rf"{MONTH}(?:,? \d{{4}})?",
            rf"\b{DAYNAME},? {MONTH} \d{{1,2}}(?:st|nd|rd|th)?{_TO}{DAYNAME},? {MONTH} {_DAY2}"
            r"(?:,? \d{4})?",
            # a date told with its weekday: 'Monday, 16 February', 'Tuesday, Feb. 17'
            # (told from today too: 'next Thursday, 23 April')
            rf"\b(?:(?:[Nn]ext|[Ll]ast|[Tt]his) )?{DAYNAME},? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?"
            rf"(?: of)? {MONTH}(?:,? \d{{4}})?",
            rf"\b{DAYNAME},? {MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,? \d{{4}})?",
            rf"\b{DAYNAME}(?: of)? (?:next|last|this) week\b",  # 'Friday of next week'
            rf"\b{DAYNAME} week\b",  # 'on Monday week': a week after the coming Monday
            # (not a paper's name: 'The Sunday Times', 'told Sunday Highveld')
            rf"\b(?:last |this past |next |this coming |this )?(?:(?<!\bthe )(?<!\bThe )"
            rf"(?<!\btold )(?<!\bto )|(?={DAYNAME}\b(?! (?!{MONTH})[A-Z][a-z]))){DAYNAME}\b",
            # (not a bound: 'more than 15 years ago' says no when)
            rf"\b(?<!more than )(?<!over )(?<!at least )(?:{_COUNT}|An?|Two|Three) "
            r"(?:day|week|month|year)s? ago\b",
            # (not one that owns a thing: 'this year's flow readings', 'last week's vote')
            r"\b(?:[Ll]ast|[Nn]ext|this) (?:week|month|year)\b(?!['’]s\b)",
            # a sentence may open with it: 'In March 2023, …', 'Since 2020, …'
            rf"\b[Ii]n (?P<in_month>{MONTH}(?:,? \d{{4}}| (?:last|this|next) year)?)",
            rf"\b{MONTH},? (?:last|this|next) year\b",  # 'since April last year'
            # the month a span began, told with what happened then: 'has shifted since
            # February, when the carrier issued its second profit warning'
            rf"\b[Ss]ince (?P<since_month>{MONTH})(?=,? when\b)",
            rf"\b{MONTH},? \d{{4}}\b",
            # a bare year after a preposition of time ('last intervened in 2024',
            # 'dates back to 2022'): alone, a number may be anything. Captured
            # rather than looked behind for: lookbehinds at every position are slow.
            # years from one to another: 'between 2021 and 2024', 'from 2019 to 2022'
            r"\b(?:[Bb]etween|[Ff]rom) (?:19|20)\d{2}(?: and | to |–|-)(?:19|20)\d{2}\b|"
            r"\b(?:[Ii]n|[Ss]ince|[Bb]ack to|[Bb]y|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]hrough|"
            # ('First nuclear concrete is planned for 2028')
            r"(?:(?<=planned )|(?<=scheduled )|(?<=slated )|(?<=due )|(?<=set ))for) "
            r"(?P<year>(?:19|20)\d{2})\b"
            r"(?![-–/]\d)",
            r"\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|this (?:morning|afternoon|evening)|"
            r"[Ll]ast night)\b",
            # the day the story is told on, as a live blog tells it: 'a couple of hours
            # ago', 'at lunchtime'
            rf"\b(?:(?:a couple of|a few|several|{_COUNT}|[Tt]wo|[Tt]hree) hours|an hour|"
            r"(?:a few|\d+) minutes) ago\b|\b(?:at|this) lunchtime\b",
            # a month a happening is set for: 'is scheduled for July', 'postponed until June'
            rf"\b(?:[Ff]or|[Uu]ntil|[Bb]y) (?P<for_month>{MONTH})(?![a-z])(?!\.?,? ?\d)",
            # a clock time alone: the day the article tells of ('raised the alert to red at
            # 07:00'), where no other date is told with it (see find_events)
            r"\bat (?:about |around )?(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\s*(?:per|%|[ap]\.?m))",
            # a happening named by its year: 'during the drought of 2022', 'the election of
            # 2016' (not 'a total of 2000'), and a season: 'by the spring of 2026'
            r"\bthe (?:spring|summer|autumn|fall|winter) of \d{4}\b|"
            r"\b[Ii]n (?:spring|summer|autumn|fall|winter),? \d{4}\b|\bthe (?:drought|floods?|"
            r"elections?|crisis|war|crash|summit|strikes?|protests|revolution|uprising|invasion|"
            r"pandemic|referendum|earthquake|recession|coup|riots|hurricane|storm|wildfires?|"
            r"famine|heatwave|default|bailout|devaluation|shutdown|lockdown|outbreak|Olympics|"
            r"games|attacks?|bombings?|massacre|collapse|clashes|fighting|violence|unrest|"
            r"crackdown|blockade|fires|killings|shooting|standoff|moratorium) of "
            r"(?P<of_year>(?:19|20)\d{2})\b"
            r"(?![-–/]\d)",
            # 'later that year': the year the story told last (see find_events)
            rf"\b{THAT_YEAR}\b",
            # ('is expected to file for approval later this year')
            r"\b(?:[Ll]ater|[Ee]arlier) this year\b",
            # 'by the end of the year', 'at the start of next year', 'by year-end'
            r"\b(?:[Aa]t|[Bb]y|[Bb]efore|[Ii]n|[Tt]owards?) the (?:end|start|beginning|middle) of "
            r"(?:the|this|next) (?:year|month)\b|\b(?:by|at|before) (?:the )?(?:end[- ]of[- ]year|"
            r"year[’'-]?s? ?end)\b",
            # a year before the happening it dates: 'A 2019 dispute', 'the 2016 election'
            # (not a year that only names what it is of: 'the 2026 budget', 'its 2023
            # financial year', 'the 2030 target')
            # ('the 2025 state budget': a word may stand between)
            r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?P<a_year>(?:19|20)\d{2}) (?=[a-z])"
            r"(?!(?:[a-z]+ )?(?:"
            r"budgets?|financial|fiscal|deficit|targets?|tax|season|accounts|figures|data|census|"
            r"plan|model|"
            r"version|edition|levels?|rate|prices?|average|total|forecast|estimate|guidance|"
            r"outlook|results|spending|limit|cap|quota|goals?|crop|harvest|calendar|schedule|"
            r"timetable|report|annual|squad|team|roster|line-?up|intake|cohort)\b)",
            # 'in the first half of October', 'the second half of 2028'
            rf"\b(?:[Ii]n|[Bb]y|[Dd]uring) the (?:first|second) half of (?:{MONTH}(?:,? \d{{4}})?"
            r"|\d{4}\b|(?:the|this|next) year\b)",
            # months from one to another: 'from September to November last year'
            # (not 'between January and June 30': a span of days)
            rf"\b(?:[Ff]rom|[Bb]etween) {MONTH}{_TO}{MONTH}(?![a-z])(?:,? \d{{4}}\b| "
            r"(?:last|this|next) year\b)?(?!,? \d)",
            # 'in the first quarter of 2026', 'Q3 2025'
            r"\b(?:[Ii]n|[Bb]y|[Dd]uring|for) the (?:first|second|third|fourth|final|last) quarter"
            r"(?: of \d{4})?\b|\bQ[1-4],? \d{4}\b",
            # 'at the December summit': a month before the happening it dates (not May)
            # (or a body's: "the board's December meeting", 'its March session')
            rf"(?:\bthe |(?=[JFMASOND])(?:(?<=['’]s )|(?<=\bits )|(?<=\btheir )))"
            rf"(?P<the_month>(?!May){MONTH}) "
            r"(?=[a-z])",
            r"\b(?:(?:[Oo]ver|[Dd]uring|[Aa]t) the|[Tt]his|[Ll]ast|[Nn]ext) weekend\b"
            r"|\bovernight\b",
            rf"\b(?:[Aa]t|[Bb]y|[Ii]n|[Bb]efore|for) the (?:end|start|beginning|middle) of "
            rf"(?:{MONTH}(?:,? \d{{4}})?|\d{{4}}\b)",
            r"\bon the \d{1,2}(?:st|nd|rd|th)\b",
            # a day in words, as speech has it: 'On the fourteenth, …', 'on the second of
            # September' (not 'on the second floor')
            rf"\b[Oo]n the {ORDINAL_WORD}(?:\s+of\s+{MONTH}|(?=[,.;:!?]))",
            r"\b(?:[Ii]n the|[Ll]ast|[Tt]his|[Nn]ext) (?:spring|summer|autumn|fall|winter)"
            # (not a thing named for its season: 'the spring memorandum', 'summer offensive')
            r"(?: of \d{4}\b|\b(?!\s+(?!(?:of|when|and|or|to|as|after|before|that|the|in|on|at|"
            r"with|for|by|but|while|because|he|she|they|it|we)\b)[a-z]))",
        ]
    )
    + ")"
)
