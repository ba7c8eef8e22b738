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
#: What an insider passes on of someone's own offer or request: '… said Amaral had
#: raised the Selic at a lunch with Vasconcelos', '… said he had offered to put the
#: pledge in writing', '… said the Commission's legal service had raised concerns'
_ACT_PASSED_ON = re.compile(
    r"\b(?:said|says|say|saying|(?:told|tells?)\s+[\w'’ ]{2,40}?)\s+(?:privately\s+)?(?:that\s+)?"
    # ('… tell the Post that at a private meeting last Thursday, Benedetti promised …')
    r"(?:(?:at|during|in|on|after|before)\s+[^,“”\"]{2,60},\s+)?"
    rf"(?P<text>(?P<who>{_NAMED}(?:['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?|he|she"
    rf"|the\s+(?:{PERSON_ROLE.pattern}))"  # ('… said the mayor had been "very clear …"')
    r"\s+(?:had\s+|has\s+|have\s+)?(?:himself\s+|herself\s+)?"  # ('Raghunathan herself asked')
    r"(?:already\s+|also\s+|privately\s+|repeatedly\s+|personally\s+)?"
    r"(?:offered|raised|pressed|repeated|asked|urged|signalled|signaled|indicated|suggested|"
    r"proposed|demanded|threatened|floated|sought|promised|pledged|guaranteed|argued|"
    # ('… said Prime Minister Bilal Chaudhry had personally signed off on the pledge')
    r"signed off|"
    # ('… said the mayor had been "very clear that he had the votes"')
    r"made it clear|made clear|been\s+[“\"]?(?:very\s+)?clear)\b.*)$"
)
#: What an insider passes on of what someone told others: '… said managers told crew in
#: a closed briefing that …', '… said Lind had assured the ministers that …'
_TOLD_PASSED_ON = re.compile(
    # ('… tell us that at a closed-door huddle …, the EU's chief negotiator Henrik Aalto
    # told counterparts the bloc could …')
    r"\b(?:said|says|say|(?:told|tells?)\s+(?:us|reporters|the\s+[A-Z][\w'’ ]{1,30}?))\s+"
    r"(?:privately\s+)?(?:that\s+)?(?:(?:at|during|in|on|after|before)\s+[^,“”\"]{2,80},\s+)?"
    rf"(?P<text>(?P<who>{_NAMED}"
    r"|(?:the\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w'’.-]*\s+){0,2}"
    r"[A-Z][\w'’.-]*"
    r"|(?:[a-z]+\s+)?(?:managers|officials|executives|ministers|aides|negotiators|diplomats))"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:privately\s+|personally\s+)?"
    r"(?:told|assured|reassured|promised|warned)\s+[^,;“”\"]{2,60}?"
    r"\s+(?:that\b|(?:the\s+[a-z]+|he|she|they|it)\s+(?:could|would|will|was|were|had|is|are)\b).*)$"
)
_ONE_MORE = re.compile(r"^(?:another|one|an?)\b", re.I)  # ("a captain": someone unnamed)
#: Words one of stance.PRIVATE_CUES near always holds ('closed to the press', 'privately')
_PRIVATE_FIRST_LOOK = ("closed", "privat", "secret", "confiden")
_ACT_STEMS = (
    "offered", "raised", "pressed", "repeated", "asked", "urged", "signal", "indicated",
    "suggested", "proposed", "demanded", "threatened", "floated", "sought",
    "told", "assured", "promised", "warned", "pledged", "guaranteed", "argued", "clear",
    "signed off",
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
    actor = people.who(m["who"])
    if actor is None and m["who"][:1].islower() and m["who"] not in ("he", "she"):
        actor = m["who"]  # 'managers', 'senior officials': a group no one names
    if not actor or actor == who or ANONYMOUS.search(actor):
        return None
    return m["text"].strip().rstrip("."), actor
