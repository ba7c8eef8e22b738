"""Speech verbs that report nothing of their own where they stand: an infinitive
after another verb, a second thing reported, a deed or a request passed on, a noun
or an adjective that looks like a verb, whom something was told, a negation."""

from __future__ import annotations

import re

from .phrases import SENT_WORD_TO

_AND_THAT = re.compile(r"\band that\s+[^,;“”\"]{1,80}$")
_TOLD_WHOM_BEFORE = re.compile(
    r"\b(?:told|tells|assured|assures|reassured|warned|warns|briefed|urged|promised|informed)"
    r"\s+(?:[\w'’-]+\s+){0,2}$"
)
#: Speech verbs that are plural nouns or adjectives too ('news reports that …', 'the
#: campaign's continued wariness'), and the words before that make them so (lower
#: case: 'Fox News reports that …' is a verb)
_PLURAL_NOUNS = frozenset(
    {"reports", "claims", "comments", "remarks", "notes", "tweets", "posts", "promises",
     "pledges", "vows"}
)  # fmt: skip
_ALSO_NOUNS = _PLURAL_NOUNS | {
    "continued", "added", "noted", "stated", "reported", "promised", "announced",
}  # fmt: skip
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|such|news|media|press|recent|earlier|new|unconfirmed|"
    r"conflicting|local|amid|of|that|many|several|two|three|his|her|their|its|whose|our|any|all|"
    # ('came over reports that …', 'fell after reports that …')
    r"without|with|in|from|by|over|about|after|despite|following)|['’]s|"
    # (or one that opens the text: 'The notes record her saying …')
    r"^(?:The|These|Those|His|Her|Their|Its|Our|Such|Recent|Earlier|New))\s+$"
)
#: A clause right after 'made clear': 'that …', 'to X that …', 'he would …'
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:privately|publicly|repeatedly|again|also)\s+)?(?:that\b|to\s+[^,;]{2,60}?\s+that\b"
    r"|(?:he|she|they|it|we|I)\s)"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")
_NOT_TO_BE_NAMED = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity)\b")
#: What someone is yet to say: 'has not decided what they will say to friends …'
_WHAT_ONE_WILL = re.compile(
    r"\bwhat\s+(?:he|she|they|we|I|you|it)\s+(?:will|would|might|should|could|can|is going "
    r"to|are going to)\s+$"
)
_WHAT_ONE = re.compile(r"\bwhat\s+(?:he|she|they|we|I|it|[A-Z][\w'’-]+)\s+$")
_IS_AFTER = re.compile(r"\s+(?:was|were|is|are|had been|has been)\b")
#: A verb before a plural that is a noun: 'rejected claims that …', 'denied reports'
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:[a-z]+\s+)?$")  # ('rejected opposition claims')
#: 'asked her to …', 'asked Ms. Lind to …', 'had asked to join': a request
_ASKED_TO = re.compile(
    r"\s+(?:(?:him|her|them|me|us|anyone|anybody|everyone|someone|staff|officials|"
    r"(?:[A-Z][\w'’.-]*\s+){1,3})\s*)?to\s"
)
_NEGATED = re.compile(
    r"\b(?:not|never|cannot|can't|can’t|declined to|refused to|whether)\s+(?:\w+\s+){0,2}$"
)
#: A verb right after: 'states' is a noun, its subject ('the coastal states remained …')
_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]{2,}ed|are|were|have|had|will|would|could|should|must|can|may|might|"
    r"remain|agree|want|need|say|said|do|did|face)\b"
)
#: A thing right before a verb in the past, and where or when it was done after it: the
#: verb says what was done to the thing ('a ring-fence agreed over the cheese course')
_THING_BEFORE = re.compile(r"\b(?:a|an|the|any)\s+[a-z][a-z-]+\s+$")
_PLACE_OR_TIME_AFTER = re.compile(r"\s+[“\"‘]?(?:over|in|at|on|during|last|earlier|with|behind)\s")
#: A sitting 'estimates' names: 'a Senate estimates hearing', 'budget estimates committee'
_SITTING_AFTER = re.compile(r"\s+(?:hearings?|committees?|sessions?|week|process|round)\b")
#: Views that are a writer's own: 'The views expressed are her own' (a column's footer)
_VIEWS_EXPRESSED = re.compile(r"\b(?:views|opinions)\s+$", re.I)


def _may_be_negated(tail: str) -> bool:
    """Could _NEGATED match? Its words as plain strings first."""
    return (
        "not" in tail
        or "never" in tail
        or "can't" in tail
        or "can’t" in tail
        or "declined" in tail
        or "refused" in tail
        or "whether" in tail
    )


#: A message right before 'posted': the participle of the thing posted.
_MESSAGE_RIGHT_BEFORE = re.compile(
    r"\b(?:statement|message|video|letter|notice|photo|photograph|picture|note|update|"
    r"comment|link|clip)s?\s+$"
)


#: 'tell a different story', 'tells the same story': what papers show, said of them
_A_STORY = re.compile(r"\s+(?:a|another|the same|a very)\s+(?:[a-z]+\s+)?story\b")


def a_noun(text: str, verb: re.Match[str]) -> bool:
    """Is the speech verb (a match of verbs.REPORT in ``text``) a noun or an adjective
    where it stands? 'amid news reports that question his past', 'The notes quote him',
    'the campaign's continued wariness'."""
    start = verb.start()
    return verb["verb"].lower() in _ALSO_NOUNS and bool(
        _NOUN_BEFORE.search(text, max(0, start - 30), start)
    )


def reports_nothing(clause: str, verb: re.Match[str], first: bool) -> bool:
    """Does this speech verb (a match of verbs.REPORT, ``first`` in its clause or not)
    report nothing of its own where it stands?"""
    start = verb.start()
    word = verb["verb"].lower()
    if not first:
        if clause.endswith("to ", 0, start) and not SENT_WORD_TO.search(
            # ('wrote to the fund's director on 28 October to say …': why one wrote)
            clause[max(0, start - 160) : start - 1]
        ):
            # 'Trump tweeted that Obama had too little to say …': an infinitive is
            # no saying of its own; the speech verb before it reports
            return True
        if _AND_THAT.search(clause, max(0, start - 100), start):
            # 'warned that the contracts expire and that seafarers had asked to …': the
            # second thing the verb before reports, no saying of its own
            return True
        if (
            word.endswith("ed")
            and _THING_BEFORE.search(clause, max(0, start - 40), start)
            and _PLACE_OR_TIME_AFTER.match(clause, verb.end())
            # (not one who said something there: 'the minister announced on Monday that')
            and " that " not in clause[verb.end() : verb.end() + 80]
        ):
            # '… tweeted that a ring-fence agreed over the cheese course would be …': a
            # thing and what was done to it, no saying of its own
            return True
        if word in ("agreed", "agrees") and clause.startswith(" to ", verb.end()):
            return True  # 'told the council that the developer had agreed to cover …': a deed
        if word in ("asked", "asks") and _ASKED_TO.match(clause, verb.end()):
            # 'said … that CNN asked her to pose a question', 'said Astana had asked to
            # join': a request passed on, no saying of its own
            return True
    if word in ("asked", "asking", "requested") and _NOT_TO_BE_NAMED.match(clause, verb.end()):
        return True  # '…, who asked not to be named because …': why a source is unnamed
    if _WHAT_ONE_WILL.search(clause, max(0, start - 40), start):
        return True  # 'has not decided what they will say to friends': nothing said yet
    if (
        word in ("said", "says")
        and _WHAT_ONE.search(clause, max(0, start - 30), start)
        and _IS_AFTER.match(clause, verb.end())
    ):
        # 'read out what he said was an email from an official': what the thing is, as he
        # put it; the email's words, if any, are its own
        return True
    if word in _PLURAL_NOUNS and _VERB_BEFORE.search(clause, max(0, start - 30), start):
        return True  # 'Oluoch rejected claims that …': what was rejected, a noun
    if a_noun(clause, verb):
        return True
    if word in ("estimated", "reported", "alleged") and _ARTICLE_BEFORE.search(
        clause, max(0, start - 6), start
    ):
        return True  # 'taken by an estimated 1.2 million children', 'the alleged bribe'
    if word.endswith("ing") and _ARTICLE_BEFORE.search(clause, max(0, start - 6), start):
        return True  # '… read as a warning', 'the briefing': a noun, no one speaking
    if word == "expressed" and _VIEWS_EXPRESSED.search(clause, max(0, start - 20), start):
        return True  # 'The views expressed are her own': what views, no saying
    if word == "posted" and _MESSAGE_RIGHT_BEFORE.search(clause, max(0, start - 30), start):
        return True  # 'In a statement posted to its website, it confirmed …': what was posted
    if word == "states" and (
        _TOLD_WHOM_BEFORE.search(clause, max(0, start - 40), start)
        or _VERB_AFTER.match(clause, verb.end())
    ):
        # 'had told island states that …': whom it was told; 'the positions of the coastal
        # states remained “very far apart”': the states' own verb after; no saying
        return True
    if word == "estimates" and _SITTING_AFTER.match(clause, verb.end()):
        return True  # 'told a Senate estimates hearing that …': a hearing, no saying
    if word.endswith("made clear") and not _CLAUSE_AFTER.match(clause, verb.end()):
        return True  # 'The report made clear the scale of the problem': a thing shown
    if word in ("tell", "tells", "told") and _A_STORY.match(clause, verb.end()):
        # 'WhatsApp messages … tell a different story': the writer's framing, no saying
        return True
    tail = clause[max(0, start - 100) : start]
    return _may_be_negated(tail) and _NEGATED.search(tail) is not None
