"""Speaker tags that stand inside a reported clause or close it: 'Vilnius, she added,
was prepared to pay', '…, the budget office said, they will', and the closing tag or
relay a reported statement's words are read without ('…, three officials said Tuesday',
'…, according to The Times'). reported.py finds the clause and its speech verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_phrases import DAYNAME
from .names import looks_like_person
from .roles import OUTLET_KIND_WORDS
from .verbs import MORE_SPEECH, SPEECH, SPEECH_WORDS

if TYPE_CHECKING:
    from .speakers import People

#: A passive's auxiliary right before a verb: 'was privately assured', 'has been agreed'.
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")

#: 'It has attracted a loyal following, said Ms. Gil.'
_INVERTED_REPORT = re.compile(
    r"^(?P<text>[^“”\"«»]{15,}?),\s+(?:said|says|added|adds|noted|wrote|explained)\s+"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    # (not a clause: '…, said the distinction mattered.')
    r"[A-Z][\w'’.-]*|the\s+[a-z]+(?:\s+(?![a-z]+ed\b)[a-z]+)?"
    # 'said several members who back the plan', 'said a spokesman for the council'
    r"|(?:a|an|one|two|three|four|several|some|many|other|most)\s+(?:[\w'’-]+\s+){0,2}"
    r"[a-z][\w'’-]*(?:\s+(?:who|of|at|for|in|with)\s[^,.;“”\"]{2,60})?)"
    # a title's full stop is not the sentence's: 'said Ms. Berg envisioned …'
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    # (an abbreviation's stop is no end: 'said U.S. negotiators had warned …')
    r"(?=\s*(?:[,;]|\.(?=\s|$)(?!\s*[a-z])|$))"
)

#: ", the budget office said, they will …": a tag between two halves of the clause
_MID_TAG = re.compile(
    # ('…, islanders say, and …': a group in the plural)
    r",\s+(?P<who>(?:the|federal|senior|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?|[a-z]{3,}s)\s+"
    r"(?:said|says|say|added|adds|noted|insisted|argued|wrote|announced|confirmed)"
    # (its day too: '…, the supplier announced on Tuesday, in one of …')
    rf"(?:\s+(?:on\s+)?{DAYNAME})?\s*,\s+(?=\w)"
)
#: What the writer adds after a tag in the middle: 'in one of the largest …', 'amid …',
#: 'prompting angry scenes …'
_WRITERS_AFTER_TAG = re.compile(r"(?:in|amid|as|after|a|an|with|the latest|[a-z]{3,}ing)\s")
#: What a name after the tag did next: 'Krogh, she said, replied that …'
_ACTED = re.compile(
    r"(?:had\s+)?(?:replied|told|said|warned|assured|promised|answered|insisted|added)\b"
)
#: "Vilnius, she added, was prepared …": a tag after the first words, the rest after it
_PARENTHETICAL = re.compile(
    r"^(?P<a>[^,]{2,200}),\s+(?P<who>he|she|they|[A-Z][\w'’. -]{1,60}?|"
    rf"the\s+(?:{'|'.join(OUTLET_KIND_WORDS)})"
    # ('The real fight, one senior Government figure conceded privately, will be …')
    r"|one\s+(?!of\b)(?:senior\s+|other\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+"
    # ('His priority, he told local radio, was …': whom it was told too)
    r"(?:added|said|says|adds|insisted|insists|noted|reported|reports|wrote|writes|explains|"
    r"explained|argues|argued|recalls|recalled|conceded|concedes|admitted|admits|"
    r"acknowledged|acknowledges|testified|testifies|claimed|claims|warned|warns|insisted|"
    r"told\s+[\w'’ -]{2,30}?)(?:\s+(?:privately|publicly))?\s*,\s+"
    r"(?P<b>.{5,})$"
    # inverted: 'The contrast with Trump, said Doyle and others, would be clear'; 'And
    # Trump, said Sunshine, who remains friendly with him, doesn't forgive'
    r"|^(?P<a2>[^,]{2,200}),\s+(?:said|says|added|adds|noted|wrote|writes)\s+"
    r"(?P<who2>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+and\s+others)?)"
    # ('said Michael Kofman, an expert on Russia at …, would read'; 'says Carl Anthony,
    # historian at the National First Ladies Library, is that …')
    r"(?:,\s+(?:who\s|an?\s|the\s|[a-z][\w'’-]*\s+(?:at|of|for|with|in)\s)[^,]{2,120})?\s*,\s+(?P<b2>(?:would|will|is|are|was|were|has|have|had|does|"
    r"doesn['’]t|did|didn['’]t|can|could|cannot|can['’]t|should|may|might|must|won['’]t)\b.{5,})$"
)

#: ', three officials said'; '“a step,” Berg said' keeps its closing mark
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_TRAILING_TAG_DAY = re.compile(
    r",(?P<mark>[”\"»’]?)\s*(?:[A-Za-z][\w'’.-]*\s+){1,6}?(?:said|says|told reporters)\s+"
    rf"(?:on\s+)?(?:{'|'.join(_DAYS)})$"
)
_TRAILING_TAG = re.compile(
    # (doubled marks: '…,'' Mr. Lind said', and '…,''' after an inner quotation)
    rf",(?P<mark>[”\"»’]?|'''?)\s*[^,']{{2,80}}\s+(?P<verb>{SPEECH})$"
)
#: ', according to The Times': who passed it on, not part of what was said
_TRAILING_RELAY = re.compile(
    r",?\s+according to\s+[^,;“”\"]{2,80}(?:,\s+(?:an?|the)\s+[^,;]{2,60})?$"
)


def _comma_before(text: str, at: int) -> bool:
    """Does ``text`` end in a comma before ``at``, spaces aside (without copying it)?"""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


_ENDS_IN_VERB = re.compile(rf"\b(?:{SPEECH})$")
#: What a text must end with for _ENDS_IN_VERB to match (str.endswith looks first).
_VERB_ENDINGS = tuple(sorted(SPEECH_WORDS | MORE_SPEECH))

_COMMA_NEXT = re.compile(r"\s*,")

_SAID_THEN = re.compile(r"\bsaid\s+")
#: 'said Lindqvist called the threat …': a name and a verb of naming after 'said'
_NAME_CALLED = re.compile(
    r"(?:that\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:had\s+)?"
    r"(?:called|described|dubbed|labelled|labeled|branded)\s"
)


def tag_in_clause(
    clause: str, verbs: list[re.Match[str]], spans: list[tuple[int, int]], people: People
) -> tuple[str, str] | None:
    """(text, speaker) when the clause's tag stands inside it or opens it inverted
    ('Vilnius, she added, was prepared …', 'The contrast, said Doyle, would be clear',
    '…, the budget office said, they will …', 'It has a loyal following, said Ms. Gil.')."""
    # the tag rules below need a verb with a comma after it or before it: look first
    comma_after = any(_COMMA_NEXT.match(clause, v.end()) for v in verbs)
    comma_before = any(_comma_before(clause, v.start()) for v in verbs)
    m = (
        _PARENTHETICAL.match(clause.strip())
        if comma_after or comma_before or " told " in clause or "ly, " in clause
        else None
    )
    off = len(clause) - len(clause.lstrip())
    if (
        m
        and m["who2"]
        # (a quotation may stand in either half, not in the tag: 'Any “cleareyed”
        # reading, said Michael Kofman, an expert …, would …')
        and not any(a < m.start("b2") + off and b > m.end("a2") + off for a, b in spans)
    ):  # 'The contrast, said Doyle, would be clear'
        who = people.who(re.sub(r"\s+and\s+others$", "", m["who2"]))
        if who:
            head = re.sub(r"^(?:And|But|Yet|So)\s+", "", m["a2"].strip())
            return f"{head} {m['b2'].strip().rstrip('.')}", who
    elif m and all(a >= m.start("b") + off for a, _ in spans):
        # 'Vilnius, she added, was prepared to pay…' (a quotation after the tag only: 'The
        # government, he said, had “no idea” how …')
        acted = _ACTED.match(m["b"]) if m["a"][:1].isupper() else None
        named = people.who(m["a"].strip()) if acted else None
        named = named if named and looks_like_person(people.fullest(named)) else None
        if named and named != people.who(m["who"]):
            # 'Krogh, she said, replied that …': Krogh's reply, which she passes on
            return f"{m['a'].strip()} {m['b'].strip().rstrip('.')}", named
        who = people.who(m["who"])
        if who:
            return clause.strip().rstrip("."), who
    m = _MID_TAG.search(clause) if comma_after or any(day in clause for day in _DAYS) else None
    if m and not spans and m.start() > 10:  # '…, the budget office said, they will…'
        who = people.who(m["who"])
        if who and _WRITERS_AFTER_TAG.match(clause, m.end()):
            # ('…, the supplier announced on Tuesday, in one of the largest …': the rest is
            # the writer's)
            return clause[: m.start()].strip(), who
        if who:
            return (clause[: m.start()] + ", " + clause[m.end() :]).strip().rstrip("."), who
    m = _INVERTED_REPORT.match(clause.strip()) if comma_before else None
    if m and not spans:
        who = people.who(m["who"])
        if who:
            return m["text"].strip(), who
    return None


#: A relative clause whose verb ends it, its object the noun before: '… the route that
#: officials had recommended.'
OBJECT_RELATIVE = re.compile(
    r"[^,\s]\s+(?:that|which)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}"
    r"(?:had|has|have)\s+$"
)


def without_closing_tag(text: str, who: str, people: People) -> tuple[str, str]:
    """(text, speaker) of a reported statement, its closing tag ('…, three officials
    said Tuesday') and relay ('…, according to The Times') left out; or what a name
    after 'said' called something, passed on ('One delegate said Lindqvist called …')."""
    said_at = _SAID_THEN.search(text) if "said " in text else None
    called = _NAME_CALLED.match(text, said_at.end()) if said_at else None
    if called and looks_like_person(people.fullest(called["who"])):
        # 'One delegate said Lindqvist called the threat “a drawer …”': what Lindqvist
        # called it, passed on by the delegate
        return text[called.start() :].strip(), people.fullest(called["who"])
    # a cheap first look: the text ends in a speech verb's letters
    if text.endswith(_VERB_ENDINGS) and _ENDS_IN_VERB.search(text, max(0, len(text) - 40)):
        tag = _TRAILING_TAG.search(text)
        # (not a passive: '…, insists nothing has been agreed' is no closing tag)
        if tag and not PASSIVE_BEFORE.search(tag.group(0), 0, tag.start("verb") - tag.start()):
            text = text[: tag.start()] + tag["mark"]
    elif text.endswith(_DAYS):
        # '…, three EU diplomats said Tuesday': a closing tag with its day
        tag = _TRAILING_TAG_DAY.search(text, max(0, len(text) - 120))
        if tag:
            text = text[: tag.start()] + tag["mark"]
    if "according to" in text:  # a cheap first look
        text = _TRAILING_RELAY.sub("", text)
    return text, who
