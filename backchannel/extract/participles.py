"""Who speaks in a participle of speech: '…, saying that …', 'despite insisting that
…', 'Minutes record Bongani Shezi telling …', 'a letter from the distributor
explaining …'. The participle has no subject of its own: it is found before it."""

from __future__ import annotations

import re

from .complements import THAT
from .leadins import QUOTES_AS_SAYING, recorded_subject
from .name_words import NOT_NAMES
from .names import NAME_RUN
from .phrases import OBJECT_PRONOUNS
from .sentence_subject import participle_subject
from .speakers import People

_QUOTED_AS = re.compile(
    r"\s+(?:is|was|were|are|has been|had been)\s+(?:[a-z]+ly\s+)?quoted\s+as\s*$"
)
#: Who a participle after 'with' is of: ', with one delegate (saying)'
_WITH_SOMEONE = re.compile(
    r"(?:^|,)\s*with\s+(?P<who>(?:(?:the|one|a|an|two|three|several|some)\s+)?[^,;“”\"]{2,60}?)\s*$"
)
_SUBORDINATE = re.compile(r"\b(?:despite|while|after|before|by|when)\s*$")
#: A preposition before a name: the name is its object ('write to Okonjo asking …').
_SAYING_THAT = re.compile(r"^saying(?:\s+that)?\s+")
_OBJECT_BEFORE = re.compile(r"\b(?:to|from|for|at)\s+(?:the\s+)?$")
_NAME_AT_END = re.compile(rf"({NAME_RUN.pattern})\s*$")
#: '“…,” Lind said, adding that …': the tag's speaker goes on
_TAG_AT_END = re.compile(rf"({NAME_RUN.pattern})\s+(?:said|says|told \w+)\s*,\s*$")
_MESSAGE_BEFORE = re.compile(
    r"\b(?:statement|letter|e-?mail|tweet|post|memo|message|video|ad|release|note|op-ed|"
    r"column|interview|speech|remarks|appearance|petition|report)s?"
    r"(?:\s+(?:on|to|from|in|at|with|for|of)\s+[^,.;“”\"]{1,60}?)?(?:\s+\w+day)?\s*$"
)
#: Who sent the message a participle hangs on: 'a photocopied letter from the gas
#: distributor (explaining)'.
_SENT_FROM = re.compile(
    r"\b(?:statement|letter|e-?mail|message|note|notice|memo|circular|release)s?\s+from\s+"
    r"(?P<who>(?:the\s+)?[^,.;“”\"]{2,60}?)"
    # (and when it was sent: 'WhatsApp messages from a customs supervisor, sent on Sunday
    # night, telling them to …')
    r"(?:,\s+sent\s+[^,.;“”\"]{2,40},)?\s*$"
)


def participle_speaker(
    clause: str, at: int, before: str, people: People, sentence_subject: str
) -> tuple[str, str] | str | None:
    """Who does the participle at ``at`` in ``clause``, ``before`` being the words before
    it (its auxiliaries gone): (the words from it on, the speaker) when they are found
    here; a name just before it, to be read as any verb's subject is ('record Wolters
    telling …': 'Wolters'); None when it reports nothing."""
    words = clause[at:].strip().rstrip(" .")
    if before.endswith(("as ", "as")):
        quoted = QUOTES_AS_SAYING.search(clause, max(0, at - 120))
        if quoted and quoted.end() > at:
            # 'Xinhua quoted Foreign Minister Lu Zhenhai as saying that …': his words
            whom = quoted["who"]
            who = people.who(OBJECT_PRONOUNS.get(whom.lower(), whom))
            # (what was said, not the paper's 'saying that')
            said = _SAYING_THAT.sub("", words, count=1)
            return (said, who) if who and said else None
        # 'Ana Lind is quoted as warning that …': she warned
        before = _QUOTED_AS.sub("", before)
    shown = recorded_subject(before) if "ecord" in before else None
    # ('The notes record her saying that …': whom 'her' means)
    who = people.who(OBJECT_PRONOUNS.get(shown.lower(), shown)) if shown else None
    if who:
        # 'Minutes … record the deputy director-general, Bongani Shezi, telling …'
        return words, who
    along = _WITH_SOMEONE.search(before, max(0, len(before) - 80)) if " with " in before else None
    if along:
        # '…, with one delegate saying privately that …', 'with union leaders saying …'
        who = people.who(along["who"])
        return (words, who) if who else None
    # 'despite insisting publicly that…': the sentence's subject speaks;
    # 'record Wolters telling his partners that…': the name just before.
    named = _NAME_AT_END.search(before) or _TAG_AT_END.search(before)
    if named and named.group(1).split()[-1].lower() in NOT_NAMES:
        named = None  # 'sent an email Wednesday saying …': a day, not a name
    if named and named.re is _TAG_AT_END:
        who = people.who(named.group(1))
        return (words, who) if who else None
    if named:
        if _OBJECT_BEFORE.search(before, max(0, named.start() - 10), named.start()):
            # 'he would write to Okonjo asking her to …': whom he writes to does not
            # ask; the verb before reports it all
            return None
        return named.group(1)
    if (
        not before.strip()  # a clause split off at ', telling them that'
        or _SUBORDINATE.search(before)
        or before.rstrip().endswith(",")
        # 'Trump issued a statement saying that …': the message's sender
        or _MESSAGE_BEFORE.search(before[-120:])
    ):
        # 'The crowd cheered, as Brenn echoed the criticism, saying …': the subject
        # of the clause the participle hangs on, not the sentence's
        own = participle_subject(before) if before.strip() else ""
        sender = _SENT_FROM.search(before[-120:])
        if sender:
            own = sender["who"]  # 'a letter from the gas distributor explaining': its
        who = (own and people.who(own)) or people.who(sentence_subject)
        return (words, who) if who else None
    return None


#: A participle of speech opening a sentence, its 'that' next: 'Writing on Facebook that'
OPENING_PARTICIPLE = re.compile(
    r"\s*(?:Writing|Saying|Telling|Speaking|Adding|Noting|Arguing|Insisting|Warning|"
    r"Explaining|Posting)\b[^,;]{0,60}?(?=\s+that\b|\s+(?:que|dass)\b)"
)
_AFTER_PARTICIPLE = re.compile(
    # '…, the mayor of Ventspils, Aivis Landzmanis, urged …': a title, then the name
    r",\s+(?:the\s+[^,“”\"]{2,60},\s+)?"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|he|she|they)(?:,[^,“”\"]{2,60},|,)?\s+"
    r"(?:[a-z]\w*ly\s+)?"
    r"[a-z]{3,}(?:ed|s)\b"
)


def written_first(clause: str, people: People) -> tuple[str, str] | None:
    """(text, speaker) when the clause opens on a participle of speech and its 'that'
    ('Writing on Facebook that …, Olga Rask thanked …'): the main clause's subject."""
    m = OPENING_PARTICIPLE.match(clause)
    if m is None or not THAT.match(clause[m.end() :]):
        return None
    main = _AFTER_PARTICIPLE.search(clause, m.end())
    who = people.who(main["who"]) if main else None
    return (clause[m.end() : main.start()].strip(), who) if who and main else None
