"""The words that put a sentence's happening ahead: a modal or a plan ('will', 'is
due', 'hopes to'), and a schedule in the present ('the window closes on Monday', 'the
board meets on Thursday', 'takes effect on July 1'). event_time.py reads a date
forward where they stand."""

from __future__ import annotations

import re

from .date_phrases import DAYNAME

#: A word that looks ahead from the sentence it is in: a modal, a plan or a schedule.
FUTURE = re.compile(
    # 'would' too: what someone said would happen ('said Chisinau would host … on 3 March')
    # (case by hand and a first look: a case-blind pattern is slow, and 'would' is common)
    # ("We'll hold a special meeting on Monday": 'will', contracted)
    r"(?<=\w)['’]ll\b|"
    r"\b(?=[nNdDsSwWeEuUiIaAhHmkgtbocr])([Nn]ext|[Dd]ue|[Ss]cheduled|[Ww]ill|[Ww]ould|[Ee]xpect(?:s|ed(?=\s+(?:to|on|in|by|before|within|at|next|later|this|soon|shortly)\b))?\b|"
    r"should(?!\s+have\b)|"
    r"must|"
    r"[Uu]pcoming|(?:[Ii]s|[Aa]re) to|[Hh]opes? to|[Hh]oped to|"
    # what one wants done: 'I want the contract signed in March'
    r"(?<![Dd]o not )(?<![Dd]on['’]t )[Ww]ants?(?=\s+(?:the|a|an|it|them|this|that|to)\b)"
    # a schedule in the present: 'the safeguard expires on June 30'
    r"|expires|ends|begins|starts|opens|closes|runs out|kicks off|gets under way|"
    # ('The levy takes effect on July 1', 'Swedes go to the polls on September 13')
    r"takes effect|come into force|comes into force|goes? to the polls|"
    # a day aimed at: 'our target is 17 August'
    r"target is|target date|"
    # what an act sets up: '…, setting a five-day trial for Jan. 12'
    r"setting up|setting an?|scheduling an?)\b"
)


def may_be_ahead(bare: str) -> bool:
    """Could FUTURE match? Plain string tests on the lower-cased sentence first: a
    case-blind pattern is slow, and most sentences have none of its words."""
    low = bare.lower()
    return (
        "next" in low
        or "due" in low
        or "scheduled" in low
        or "will" in low
        or "would" in low
        or "'ll " in low
        or "’ll " in low
        or "expect" in low
        or "upcoming" in low
        or "is to" in low
        or "are to" in low
        or "hope" in low
        or "want" in low
        or "expires" in low
        or "ends " in low
        or "begins" in low
        or "starts" in low
        or "opens" in low
        or "closes" in low
        or "runs out" in low
        or "kicks off" in low
        or "effect" in low
        or "into force" in low
        or "to the polls" in low
        or "under way" in low
        or "target" in low
        or "setting" in low
        or "scheduling" in low
        or "must" in low
        or "should" in low
    )


#: What opens or closes for entries: 'Nominations close on 1 August', 'Public submissions on
#: the draft close on 20 March'
FOR_ENTRIES = (
    r"\b(?:[Nn]ominations|[Aa]pplications|[Rr]egistrations?|[Ee]ntries|[Bb]ids|[Ss]ubmissions|"
    r"[Cc]omments|[Vv]oting|[Pp]olls|[Tt]enders)\s+(?:on\s+[^,;.]{1,40}?\s+)?(?:close|open)\b"
)
#: A schedule in the present, said of who or what keeps it: 'the Sejm votes', 'the
#: consultation closes', 'the hearing continues'
SCHEDULED_NOW = re.compile(
    r"\b[A-Z][\w'’-]+\s+((?:votes|meets|convenes|elects|publishes|debates|decides|"
    # an agenda's: 'Commissioner Dalsgaard visits …', 'The Commission presents its review'
    r"visits|presents|unveils|travels|launches|testifies|gives\s+evidence)\b"
    # a fixture: 'City host Blackmoor Rovers on Saturday', 'Lyon face PSG on Sunday'
    # ('Rovers travel to Aberlour United on Wednesday night')
    r"|(?:hosts?|faces?|plays?|travel\s+to)(?=\s+[A-Z]))"
    # (a body in lower case meets too: 'Our executive meets on Thursday'; not 'votes')
    r"|(?:(?<=executive )|(?<=committee )|(?<=board )|(?<=council )|(?<=cabinet )|"
    r"(?<=panel )|(?<=assembly )|(?<=federation )|(?<=parliament )|(?<=bill )|"
    # ("The council's plenary meets on Tuesday")
    r"(?<=plenary )|(?<=commission )|(?<=senate )|(?<=tribunal ))"
    # ('The federation elects a president on Saturday', 'The bill returns to the plenary')
    r"(?=(meets|convenes|elects|debates|decides|returns to)\b)"
    # ('SADC heads of state meet for their annual summit in August': many who meet)
    r"|\b(?:leaders|ministers|heads of state|heads of government|delegates|members|"
    r"presidents|governors|negotiators)\s+((?:meet|convene|gather|hold)\b)"
    # ('schools reopen on Monday', 'talks resume on Friday': what many do again, ahead)
    r"|\b[A-Za-z]{3,}s\s+((?:reopen|resume)\b)"
    # ('Testimony resumes on Wednesday', 'the school … reopens on Monday', 'the Folketing
    # sits for the last time')
    r"|\b(?:resumes|reopens|reconvenes)\b|\b[A-Z][\w'’-]+\s+(?:sits|rises)\b"
    # ('The hearing continues Friday')
    r"|\b(?:hearing|trial|inquiry|testimony|session|talks|debate|strike|summit|walkout|"
    r"stoppage|blockade|closure|shutdown|curfew|suspension)\s+continues\b"
    # ('The listening session is Thursday at 6:30 p.m.': a day a happening is on)
    rf"|\b(?:session|meeting|hearing|vote|debate|rally|launch|summit|sitting|final|match|game)"
    rf"\s+is\s+(?:on\s+)?(?:this\s+|next\s+)?{DAYNAME}"
    # (past an aside: 'The supervisory board, chaired by the mayor, meets on Thursday')
    r"|\b(?:executive|committee|board|council|cabinet|panel|assembly),[^,;]{1,80},\s+"
    r"(?:meets|convenes)\b"
    # what opens or closes on its day: 'The transfer window closes at 7pm on Monday'
    r"|\b(?:window|polls|deadline|consultation|registration|offer|exhibition|season)\s+"
    r"(?:closes|opens|starts|begins|ends|expires)\b"
    # (in a clause of its own: '…, at the budget session, which begins on Monday')
    r"|\b(?:which|that)\s+(?:begins|starts|opens|closes|ends|expires|runs|sits|meets)\b"
    # (what many open: 'Advance polls open Saturday at seven locations')
    r"|\b(?:polls|stations|schools|shops|offices|markets)\s+(?:open|close|reopen)\b"
    # (and what is open for entries: 'Public submissions on the draft close on 20 March')
    rf"|{FOR_ENTRIES}"
)
#: The words of SCHEDULED_NOW, as plain strings: a first look
SCHEDULE_WORDS = (
    "votes", "meets", "convenes", " host", " face", " play", "closes", "opens", "starts",
    "begins", "ends ", "expires", "elects", "publishes", "debates", "decides", "returns to",
    "reopen ", "resume ", " meet ", " convene ", " gather ", "visits", "presents", "unveils",
    "travels", "s open", "s close", "s reopen", "resumes", "reopens", "reconvenes", " sits",
    " rises", " is ", " hold ", " travel to", " continues", "launches", "testifies",
    "gives evidence", " close ", " open ",
)  # fmt: skip
