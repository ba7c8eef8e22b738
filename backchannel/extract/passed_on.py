"""Acts passed on: what an unnamed insider, or one named who says the room was
private, tells that someone named offered, raised, asked for, told or assured
('Another said Lind had pressed for a written guarantee'): the actor's statement, not
theirs. reported.py asks it of each reported statement; relays.py reads 'according
to X'."""

from __future__ import annotations

import re

from .names import JOINED_ARTICLE
from .roles import PERSON_ROLE
from .speakers import People
from .stance import ANONYMOUS, OUTLETS, stance_of

#: 'the Commission', 'Lind', 'al-Rawahi'
_NAMED = rf"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:[A-Z]|{JOINED_ARTICLE}[A-Z])[\w'’.-]*"
#: The people of a body, or a land, who act as one: '(US) officials', '(ministry) aides'
_GROUP = r"(?:officials|diplomats|negotiators|executives|ministers|aides)"
#: A party to talks, by its side: 'the U.S. side', 'Ansari's team'
_SIDE = r"\s+(?:side|team|delegation|camp)"
#: A body that acts as one: 'the regulator', 'the finance ministry'
_BODY = (
    r"(?:government|ministry|company|council|board|management|regulator|commission|agency|club|"
    r"fund|investor|shareholder)"
)
#: What an insider passes on of someone's own offer or request: '… said Amaral had
#: raised the Selic at a lunch with Vasconcelos', '… said he had offered to put the
#: pledge in writing', '… said the Commission's legal service had raised concerns'
_ACT_PASSED_ON = re.compile(
    r"\b(?:said|says|say|saying|(?:told|tells?)\s+[\w'’ ]{2,40}?)\s+(?:privately\s+)?(?:that\s+)?"
    # ('… tell the Post that at a private meeting last Thursday, Benedetti promised …')
    r"(?:(?:at|during|in|on|after|before)\s+[^,“”\"]{2,60},\s+)?"
    rf"(?P<text>(?P<who>{_NAMED}(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|\s+{_GROUP}|{_SIDE})?|he|she"
    # ('… said the regulator had also asked …', '… said a large domestic mutual fund had
    # asked …')
    rf"|(?:the|an?)\s+(?:[a-z]+\s+){{0,3}}?{_BODY}"
    # ('… said the governor's chief negotiator, Budget Secretary Alana Wirth, had signaled')
    rf"|(?:the\s+)?[\w.-]+['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s+(?P<name>{_NAMED}),"
    # ('… said labor ministry officials pressed …')
    rf"|(?:[a-z]+\s+){{1,2}}{_GROUP}"
    # ('… said the mayor had been "very clear …"', 'the chief executive had framed it as')
    rf"|the\s+(?:[a-z]+\s+)?(?:{PERSON_ROLE.pattern}))"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:himself\s+|herself\s+)?"  # ('Raghunathan herself asked')
    # ('… that Holmgaard phoned party leader Sofie Brandt on Sunday evening and promised …')
    r"(?:[a-z]{3,}ed\s+[^,;“”\"]{2,60}?\s+and\s+)?"
    r"(?:already\s+|also\s+|privately\s+|repeatedly\s+|personally\s+)?"
    # ('… said Castellane gave the undertaking at a dinner')
    r"(?:gave\s+(?:the|an?|his|her|its|their)\s+(?:[a-z]+\s+)?(?:undertaking|assurance|"
    r"guarantee|pledge|promise|commitment)s?|"
    r"offered|raised|pressed|repeated|asked|urged|signalled|signaled|indicated|suggested|"
    r"proposed|demanded|threatened|floated|sought|promised|pledged|guaranteed|argued|"
    # ('… said Bae had also telephoned several district chairs to make the same point')
    r"telephoned|phoned|"
    # ('… said the U.S. side had called the offer “a starting point at best.”')
    r"called\s+(?:the|its|his|her|their|that|this)\s+[a-z]+\s+[“\"]|"
    # ('… said she had described the delay as “a matter of paperwork”', '… said the chief
    # executive had framed it as a reward')
    r"(?:described|framed)\s+[^,;“”\"]{2,60}?\s+as|"
    # ('… said Prime Minister Bilal Chaudhry had personally signed off on the pledge')
    r"signed off|"
    # ('… said Pell delivered the same message in person at a meeting …')
    r"delivered\s+(?:the|a|an|his|her|its|their)\s+(?:[a-z]+\s+)?(?:message|warning|"
    r"assurance|ultimatum)|"
    # ('… said the mayor had been "very clear that he had the votes"')
    r"made it clear|made clear|been\s+[“\"]?(?:very\s+)?clear)\b.*)$"
)
#: Who an insider says told or assured others: 'Lind', 'Norway's trade minister, Eirik
#: Haugland,', 'the chancellor's foreign policy adviser', 'the Polish ambassador', 'at
#: least six members from the party's rural wing', 'a delegation from the Asian
#: Development Bank'
_WHO_TOLD = (
    rf"(?:[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s+(?P<name>{_NAMED}),"
    # ('U.S. negotiators', 'Russian officials': a land's or a body's people)
    rf"|{_NAMED}\s+{_GROUP}"
    rf"|(?:(?:a|the)\s+(?:delegation|team)\s+(?:from|of)\s+)?{_NAMED}(?:\s+of\s+[A-Z][\w.-]*)?"
    # ('the EU's chief negotiator Henrik Aalto')
    r"|(?:the\s+)?[\w.-]+['’]s\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)?"
    rf"|(?:the|a)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{PERSON_ROLE.pattern})"
    # ('… said the government had given the mission written assurances that …')
    rf"|the\s+(?:[a-z]+\s+)?{_BODY}"
    # ('Four founders who attended say she assured them …': whom 'she' means)
    r"|he|she"
    r"|(?:at\s+least\s+)?(?:[a-z]+\s+){0,2}(?:managers|officials|executives|ministers|aides|"
    r"negotiators|diplomats|senators|members|lawmakers|directors|leaders)"
    r"(?:\s+(?:from|of|in)\s+[^,;“”\"]{2,50}?)?)"
)
#: What an insider passes on of what someone told others: '… said managers told crew in
#: a closed briefing that …', '… said Lind had assured the ministers that …'
_TOLD_PASSED_ON = re.compile(
    # ('… tell us that at a closed-door huddle …, the EU's chief negotiator Henrik Aalto
    # told counterparts the bloc could …')
    r"\b(?:said|says|say|(?:told|tells?)\s+(?:us|reporters|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}"
    r"|the\s+[A-Z][\w'’ ]{1,30}?))\s+"
    r"(?:privately\s+)?(?:that\s+)?(?:(?:at|during|in|on|after|before)\s+[^,“”\"]{2,80},\s+)?"
    rf"(?P<text>(?P<who>{_WHO_TOLD})"
    r"(?:,\s+[a-z][^,;“”\"]{2,60},)?"  # (', meeting Nepali officials in Manila last week,')
    r"\s+(?:[a-z][^,;“”\"]{2,60}?\s+and\s+)?"  # ('spent the morning calling rebels and')
    r"(?:had\s+|have\s+|has\s+)?(?:privately\s+|personally\s+|also\s+|already\s+)?"
    # ('… told us Kessler acknowledged in a closed caucus meeting … that …')
    r"(?:(?:told|assured|reassured|promised|warned|acknowledged|conceded|admitted)\s+"
    r"[^,;“”\"]{2,120}?"
    r"\s+(?:that\b|(?:the\s+[a-z]+|he|she|they|it)\s+(?:could|would|will|was|were|had|is|are)\b)"
    # ('… say she assured them at least 30 per cent would be reserved …')
    r"|(?:assured|reassured|promised)\s+(?:them|him|her|us)\s"
    # ('… gave verbal assurances that …', '… had made it very clear that …')
    r"|(?:gave|given)\s+(?:(?:the|an?|his|her|its|their)\s+[a-z]+\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:assurances?|guarantees?|undertakings?)\s+(?:to\s+[^,;“”\"]{2,60}?\s+)?that\b"
    r"|made\s+(?:it\s+)?(?:very\s+)?clear\s+(?:to\s+[^,;“”\"]{2,60}?\s+)?that\b).*)$"
)
_WHOSE = re.compile(
    r"\s(?:from|of)\s+(?:the\s+|an?\s+)?[\w'’-]+|['’]s\s"
    # ('US officials', 'labor ministry officials': a land's or a body's)
    rf"|^(?:[A-Z][\w.-]*|[a-z]+\s+(?:ministry|department|government|party|union|company))\s+{_GROUP}$"
)
_ONE_MORE = re.compile(r"^(?:another|one|an?)\b", re.I)  # ("a captain": someone unnamed)
#: Words one of stance.PRIVATE_CUES near always holds ('closed to the press', 'privately')
_PRIVATE_FIRST_LOOK = ("closed", "privat", "secret", "confiden")
_ACT_STEMS = (
    "offered", "raised", "pressed", "repeated", "asked", "urged", "signal", "indicated",
    "suggested", "proposed", "demanded", "threatened", "floated", "sought",
    "told", "assured", "promised", "warned", "pledged", "guaranteed", "argued", "clear",
    "signed off", "gave", "given", "phoned", "described", "called", "delivered",
    "acknowledged", "conceded", "admitted", "framed",
)  # fmt: skip


def passed_on_act(text: str, who: str, people: People) -> tuple[str, str] | None:
    """(text, actor) when an unnamed insider (``who``) tells what someone named offered,
    raised or asked for in private, or one named tells of it at a meeting they say was
    private: it is the actor's statement, passed on, not theirs."""
    if not any(verb in text for verb in _ACT_STEMS):
        return None  # a first look: most statements pass on no act
    insider = ANONYMOUS.search(who) or _ONE_MORE.match(who)
    if OUTLETS.search(who) or not (insider or any(w in text for w in _PRIVATE_FIRST_LOOK)):
        return None  # (one named passes on only what was private: a first look)
    m = _ACT_PASSED_ON.search(text) or _TOLD_PASSED_ON.search(text)
    if m is None:
        return None
    if not insider and (
        # one named passes on what another offered where the press was not: 'Saavedra said
        # that at a meeting … that was closed to the press, Camila Ortúzar offered …'
        stance_of(text[: m.start("text")])[0] != "private"
    ):
        return None
    if (
        m["who"] in ("he", "she")
        and not ANONYMOUS.search(who)
        and who.split()[0].lower() in ("a", "an")
    ):
        return None  # ('a former speechwriter said she demanded …': what she was like)
    named = m.groupdict().get("name") or m["who"]
    actor = people.who(named)
    if actor is None and named[:1].islower() and named not in ("he", "she"):
        actor = named  # 'managers', 'senior officials': a group no one names
    if not actor or actor == who or (ANONYMOUS.search(actor) and not _WHOSE.search(actor)):
        # (one unnamed may act if the article says whose: 'at least six members from
        # the party's rural wing', 'members of the Central team', 'the chancellor's
        # foreign policy adviser')
        return None
    return m["text"].strip().rstrip("."), actor


#: An assurance someone was given, and by whom: 'was given a private assurance by Lind
#: at a meeting last week that …', 'had been promised a meeting before the end of the
#: month by Baillie'. (What is in the object has no verb: not 'had been promised the
#: road would be fixed by the council'.)
GIVEN_BY = re.compile(
    r"\b(?:was|were|been)\s+(?:privately\s+)?(?:given|offered|promised)\s+"
    r"(?:an?|the|his|her|their|its)\s+"
    r"(?:(?!(?:would|will|could|should|can|had|has|have|was|were|is|are|be|been|that)\b)"
    r"[\w'’“”\"-]+\s+){0,8}?by\s+"  # ('promised a meeting “before the end of the month” by')
    # ('by the Taoiseach's office')
    r"(?P<who>(?:the\s+)?[A-Z][\w.-]*['’]s\s+(?:office|staff|team|aides|department|ministry)"
    rf"|(?:the\s+)?(?:{PERSON_ROLE.pattern})|{_NAMED})(?=[\s,.;])"
)
#: Where the words of one who passes it on end: 'Brennan said she had been …'
_PASSED_ON_FROM = re.compile(r"^.*\b(?:said|says|told\s+[^,]{2,40}?)\s+(?:that\s+)?")


def given_by(clause: str, people: People) -> tuple[str, str] | None:
    """(text, who gave it) when the clause tells of an assurance or promise someone was
    given by one it names: the giver's statement, told by its recipient or another."""
    if " by " not in clause:
        return None  # a first look
    m = GIVEN_BY.search(clause)
    who = people.who(m["who"]) if m else None
    if m is None or not who:
        return None
    told = _PASSED_ON_FROM.match(clause, 0, m.start())
    return clause[told.end() if told else 0 :].strip().rstrip("."), who


#: Who gave or offered what an insider passes on, opening its words: 'The Home
#: Secretary, Helen Marsh, privately offered …', 'Hanseong privately promised …'
ASSURER = re.compile(
    # ('The Home Secretary, Helen Marsh, privately offered …': the title before, an
    # apposition after)
    r"(?:(?:But|And|Yet)\s+)?(?:(?:Privately|Separately|Behind the scenes),\s+(?:however,\s+)?)?"
    r"(?:[Tt]he\s+[^,“”\"]{2,40},\s+)?"
    # ('All told, …' is a sum, no telling)
    # ('Health Minister Jennifer Carroll MacNeill', 'Ireland's health minister')
    r"(?!All\s+told\b)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*|he|she|they"
    # (a description ends on an office or a body, an adverb is no part of it: not 'The
    # plan gave …', 'the minister privately')
    r"|(?:[Tt]he|[A-Z][\w-]*['’]s)\s+(?:(?![a-z]+ly\b)[a-z][\w-]*\s+){0,2}"
    rf"(?:{PERSON_ROLE.pattern}|official|ministry|government|department|embassy|"
    r"administration|cabinet|palace|commission|agency|side|team|delegation|camp)s?"
    # ('South Korean battery maker Hanseong Energy Solutions'): what it is, then its name
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+){1,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)"
    r"(?:,[^,“”\"]{2,60},)?,?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:privately|quietly|secretly)\s+[a-z]{3,}ed|(?:[a-z]\w*ly\s+)?(?:gave|given|give|"
    r"offered|assured|promised|told|pledged|briefed|warned|urged|pressed|floated|proposed))\b"
)


def assurer_tagged(text: str, who: str, people: People) -> str | None:
    """Who gave the assurance an unnamed insider's closing tag passes on ('Hanseong
    privately promised Chilean officials it would build …, four sources said'): the
    assurer, if the words open on one; else None."""
    m = ASSURER.match(text) if ANONYMOUS.search(who) else None
    actor = people.who(m["who"]) if m and m["who"] not in ("he", "she", "they") else None
    return actor if actor and not ANONYMOUS.search(actor) else None
