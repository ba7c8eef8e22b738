"""Who the words that lead into a quotation name: the subject of their last speech
verb ('Trade Minister Ratna Widjaja told delegates:'), a lead-in ending in ':'
('Here’s Clinton in 1992:', 'with Karl Rask yelling:'), and the subject of a
lead-in's own verb ('Silverman interjected, “…”')."""

from __future__ import annotations

import re
from functools import lru_cache

from .clause_openings import FRONTED, FRONTED_PAST, MAIN_SUBJECT, NP
from .names import looks_like_person, person_name
from .phrases import OBJECT_PRONOUNS
from .sentence_subject import main_subject, participle_subject
from .speakers import People
from .subjects import subject_of
from .text import ABBREV
from .verbs import IRREGULAR, REPORT

_LEAD_ANY = re.compile(
    # (not an owner's word: 'at his own hastily arranged press conference:')
    rf"(?:^|[,.;!?]\s+|\s)(?!(?:his|her|their|its|our|my)\s)(?P<who>{NP})\s+"
    r"(?:has |have |had |was |is )?(?:[a-z]\w*ly\s+)?"
    rf"(?:since\s+|also\s+|then\s+|even\s+)?"
    # (a span of time is no verb: 'on regional television a few minutes ago:')
    rf"(?!(?:minutes|hours|days|weeks|months|years|seconds|times)\b)"
    rf"(?:[a-z]{{3,}}(?:ed|s)|{IRREGULAR})\b"
    rf"[^,:;.!?“”\"«»]{{0,100}}:\s*$"
)
#: The sentence's subject going on to speak, after a comma: ', then leaned in and boomed:'
_GOES_ON = re.compile(
    r",\s+(?:then\s+|and\s+(?:then\s+)?)(?:[a-z]+ly\s+)?[a-z]{3,}ed\b[^,:;.!?“”\"]{0,60}:\s*$"
)
#: A sentence's stop or a quotation mark (a title's stop is none: see _after_last_stop).
_SENTENCE_OR_MARK = re.compile(r"[.!?](?=\s)|[“”\"«»]")
#: A closing tag that ends the words before a participle: '…, Nefzi said,'.
_TAG_LAST = re.compile(r",\s+(?P<who>[^,]{2,60}?)\s+(?:said|says|told)\s*,\s*$")
_AUX_BEFORE = re.compile(
    r"(?:\s+(?:has|had|is|was))?(?:\s+[a-z]\w*ly)?"
    r"(?:\s+(?:once|later|then|also|again|earlier|never|even|still))?\s*$"
)


_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:[a-z]+ly\s+)?$")


# the same words come back for several rules (a sentence, a tag's head)
@lru_cache(maxsize=32)
def speaker_before(text: str) -> str | None:
    """The words before the last speech verb of a lead-in that runs up to a quotation
    ('Trade Minister Ratna Widjaja told delegates:' -> 'Trade Minister Ratna Widjaja')."""
    # (not a passive: 'Lyle told them that the money would be announced “…”')
    verbs = [  # (the passive's words are right before the verb: look there only)
        v
        for v in REPORT.finditer(text)
        if not _PASSIVE.search(text, max(0, v.start() - 40), v.start())
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    if re.search(r"[.!?“”\"«»]", text[verb.end() :]):
        return None
    quoted_as = (
        QUOTES_AS_SAYING.search(text, max(0, verb.start() - 120))
        if verb[0].endswith("ing") and "as " in text
        else None
    )
    if quoted_as and quoted_as.end() >= verb.end():
        # 'The cable quotes a senior official as saying:': the one quoted, not the cable
        return OBJECT_PRONOUNS.get(quoted_as["who"].lower(), quoted_as["who"])
    inverted = (
        _NAME_AFTER_VERB.match(text, verb.end())
        if verb["verb"] in _INVERTS and text[: verb.start()].rstrip().endswith(",")
        else None
    )
    if inverted:
        return inverted["who"]  # '…, explained Ola Rosenberg, “…”': the name after it
    head = text[max(0, verb.start() - 160) : verb.start()]
    # a stop inside '(I-Vt.)' ends no sentence: only one before a space does
    head = _after_last_stop(head)
    opened = head.rfind("(")
    if opened >= 0 and ")" not in head[opened:]:
        head = head[opened + 1 :]  # '… is old (Raphael Lemkin, who …, once said, “…”)'
    head = head[: _AUX_BEFORE.search(head).start()]  # type: ignore[union-attr]
    if verb.group(0).endswith("ing"):
        tag = _TAG_LAST.search(head)
        if tag:
            # '… were finished, Nefzi said, adding, “…”': the tag's speaker goes on
            return tag["who"]
        # 'Hours later, Trump thanked Adelson, telling Reuters:': the clause's subject
        return participle_subject(head) or None
    return head if head.strip() else None


#: A passage of someone's words a lead-in brings: 'the key passage from the Treasurer’s
#: speech on energy relief:'
_PASSAGE_FROM = re.compile(
    r"\b(?:passages?|lines?|excerpts?|extracts?|section)\s+from\s+"
    r"(?P<owner>(?:the\s+)?[^:,;“”\"]{2,60}?)['’]s?\s+(?:speech|statement|address|letter|"
    r"remarks|testimony|op-ed|post|interview|evidence|submission)\b[^:]{0,60}:$"
)
_NAME_COLON = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*:\s*$")


def _after_last_stop(head: str) -> str:
    """The words after the last sentence's stop or quotation mark in ``head``, not
    after a title's or an initial's stop ('asked about … under Mr. Putin, had said')."""
    for m in reversed(list(_SENTENCE_OR_MARK.finditer(head))):
        if m[0] == "." and ABBREV.search(head, max(0, m.start() - 5), m.end()):
            continue
        return head[m.end() :]
    return head


#: A lead-in that lists what was said, naming nobody: 'Key lines:', 'Highlights:'.
_LISTED = ("lines", "points", "quotes", "remarks", "passages", "line", "point", "quote")
_LIST_HEADS = ("Highlights", "Excerpts", "Extracts")
_LIST_LEAD = re.compile(
    rf"(?:^|(?<=[.!?\n])\s*)(?:(?:The\s+)?(?:[Kk]ey|[Mm]ain|[Bb]est)\s+(?:{'|'.join(_LISTED)})"
    rf"|{'|'.join(_LIST_HEADS)})\s*:$"
)
_LIST_ENDS = tuple(f"{word}:" for word in _LISTED + _LIST_HEADS)  # (a first look)


_TEXT_OF = re.compile(r"\b(?:version|headline|title|translation)\s*:?\s*$", re.I)


#: A record that shows someone speaking: 'record Stoenescu telling Tătaru', 'quotes the
#: minister as saying', 'captures Fuenzalida telling a closed-door meeting'
_RECORD_VERBS = r"(?:records?|recorded|shows?|showed|captures?|captured)"
_RECORDS_SAYING = re.compile(
    rf"\b(?:{_RECORD_VERBS}|quotes?|quoted)\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|the\s+[a-z]+(?:\s+[a-z]+)?|him|her)\s+"
    r"(?:as\s+)?(?:telling|saying|writing|promising|assuring|warning)\b[^.:]*:\s*$"
)


#: ... and the words before a participle it shows them speaking with: 'Minutes of that
#: meeting … record the then deputy director-general, Bongani Shezi,' (telling …)
_RECORDS_WHOM = re.compile(rf"\b{_RECORD_VERBS}\s+(?P<who>[^.;:“”\"]{{2,120}}?),?\s*$")


def recorded_subject(head: str) -> str | None:
    """Whom a record shows in the words before a participle ('Minutes … record the
    deputy director-general, Bongani Shezi,' -> 'Bongani Shezi'), or None."""
    shown = _RECORDS_WHOM.search(head, max(0, len(head) - 160))
    return subject_of(shown["who"] + ", ") if shown else None


def recorded_speaker(lead: str, people: People) -> str | None:
    """Whom a record shows speaking in a lead-in ending in ':' ('Transcripts of
    intercepted calls … record Stoenescu telling Tătaru in one conversation:')."""
    tail = lead[-160:]
    recorded = _RECORDS_SAYING.search(tail) if "ing" in tail else None
    if recorded is None:
        return None
    # ('The minutes record him as saying:': whom 'he' means)
    return people.who(OBJECT_PRONOUNS.get(recorded["who"], recorded["who"]))


def lead_speaker(lead: str, people: People) -> str | None:
    """The speaker named by a lead-in ending in ':' ('From opposition leader X, speaking…:')."""
    if _TEXT_OF.search(lead[-40:]):
        return None  # 'Original German version:', 'The headline:': a text's, no one's words
    # 'Polls got the caucus right - HuffPollster:': a digest's headline, then its source
    lead = _DIGEST_DASH.split(lead)[-1]
    recorded = recorded_speaker(lead, people)
    if recorded:
        return recorded
    lead = lead.rstrip()  # ('The key line: ', a quotation after it)
    listed = _LIST_LEAD.search(lead[-40:]) if lead.endswith(_LIST_ENDS) else None
    if listed:
        # 'Al-Mannai has just finished the press conference. Key lines:': the sentence
        # before says whose lines they are
        before = lead[: len(lead) - len(listed.group(0))].strip()
        last = re.split(r"(?<=[.!?])\s+|\n", before)[-1] if before else ""
        # ('… has just finished her statement in the Commons. The key line: “…”': a
        # sentence of its own, whose the sentence before said)
        return (
            people.who(main_subject(last)) if last else (people.last_subject or people.last_person)
        )
    found = speaker_before(lead)
    if found:
        who = people.who(subject_of(found))
        if who:
            return who
    passage = _PASSAGE_FROM.search(lead[-160:]) if " from " in lead[-160:] else None
    if passage:
        # 'Here’s the key passage from the Treasurer’s speech on energy relief:': his
        who = people.who(passage["owner"])
        if who:
            return who
    answer = (
        _THEIR_ANSWER.search(lead[-60:])
        if "His " in lead or "Her " in lead or "s " in lead[-40:]
        else None
    )
    if answer:
        # 'We asked Agnieszka Dudek whether … Her answer: “…”': whose answer it is
        owner = answer[1]
        if owner.endswith(("'s", "’s")):
            return people.who(owner[:-2])
        return people.who({"his": "he", "her": "she"}.get(owner.lower(), "they"))
    # (not after a speech verb: 'Cruz told Breitbart London:' names who was told)
    m = _NAME_COLON.search(lead[-80:]) if not REPORT.search(lead) else None
    name = person_name(m["name"]) if m else None
    if name and (looks_like_person(name) or people.fullest(name) != name):
        # '… doesn’t surprise Republican pollster Ann Lee: “…”': a person's name
        # right before the colon speaks, whatever the words before it
        return people.fullest(name)
    m = _LEAD_ANY.search(lead[-200:].rstrip())
    if m and m["who"].rsplit(None, 1)[-1].lower() in _PREPOSITIONS:
        m = None  # 'a simple message for staffers:': a plural noun is no verb
    if m:
        who = people.who(m["who"])
        if who:
            return who
    end = lead[-120:]
    goes_on = _GOES_ON.search(end) if ", " in end else None
    if goes_on:
        # 'Trump gestured as if to stop the ruckus, then leaned in and boomed:': the
        # sentence's subject, who went on to say it
        last = re.split(r"(?<=[.!?])\s+|\n", lead[: len(lead) - len(end) + goes_on.start()])
        who = people.who(main_subject(last[-1])) if last and last[-1] else None
        if who:
            return who
    m = _HERE_IS.search(lead[-200:]) if "Here" in lead or "This is" in lead else None
    if m:
        name = person_name(m["who"])
        if name and (looks_like_person(name) or people.fullest(name) != name):
            return people.fullest(name)
    lead = re.sub(r"^(?:More from|From|By)\s+", "", lead.strip().rstrip(":"))
    if FRONTED_PAST.match(lead) and "," in lead:
        # 'Asked to designate directly, the Illinois board was conclusive:': past it
        lead = lead.partition(",")[2].strip()
    cut = _LEAD_BREAK.search(lead)
    head = lead[: cut.start()] if cut else lead
    if " " not in head.strip() and people.fullest(head.strip()) == head.strip():
        return None  # one word that is nobody named: 'Wait, it gets better:'
    m = _WITH_DOING.search(lead[-120:]) if "with " in lead else None
    if m:
        # 'The hall grew loud, with Karl Rask yelling:': who does the participle
        return people.who(m["who"])
    if FRONTED.match(head.strip()):
        rest = lead[len(head) :].lstrip(", ")
        if cut and cut.group(0) == "," and _NAME_FIRST.match(rest):
            # 'Ever since she endorsed Clinton, Ms. Warren has had a message:': past it
            who = lead_speaker(rest + ":", people)
            name = person_name(who) if who else None
            if name and name == who and (looks_like_person(name) or " " not in name):
                return who
        return None  # 'Back in 1999, …:', 'In a September debate, …:' name nobody
    if not re.fullmatch(r"[\w'’.()-]+(?:\s+[\w'’.()-]+){0,7}", head.strip()):
        return None
    whole = head.strip()
    name = person_name(whole)
    if name and whole.endswith(name) and looks_like_person(name):
        # 'Falcon Coast chief executive Salim Al-Harthy, on regional television …:' the
        # name its titles lead to
        return people.who(name)
    subject = main_subject(head)
    name = person_name(subject) if subject != head.strip() else None
    if name and (looks_like_person(name) or people.fullest(name) != name):
        # 'Ola Berg waved at the crowd, then boomed:': the person, not her clause
        return people.who(name)
    clause = MAIN_SUBJECT.match(head.strip())
    if clause and " that " in head:
        # 'The president noted that he taught law, and added:': the subject, not its clause
        return people.who(clause["who"])
    return people.who(head)  # a plain noun phrase


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+[A-Z]")
_WITH_DOING = re.compile(
    r"\bwith\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing"
    r"[^,:;.!?“”\"«»]{0,40}:?\s*$"
)
#: 'Here’s Clinton in December 1992: “…”': the one shown speaking.
_HERE_IS = re.compile(
    r"(?:^|[.!?]\s+)(?:Here['’]s|Here is|Here was|This is)\s+"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
)
_DIGEST_DASH = re.compile(r"\s[-–—]\s")
_LEAD_BREAK = re.compile(r",|\s+(?:was|is|were|are|has|had|spoke|speaking|when|who)\b")
_LEAD_END = re.compile(r"[,:]\s*$")
_SAID_FIRST = re.compile(r"^\s*(?:Said|Says|Added|Asked|Wrote)\s+(?P<who>[^,“\"«]{2,80})")
_THEIR_ANSWER = re.compile(
    # (or a name's: "Vogel's reply: “…”")
    r"(?:^|[.!?]\s+)(His|Her|[A-Z][\w-]+['’]s)\s+(?:answer|reply|response|verdict|view|take|"
    r"advice|message|"
    r"warning|conclusion)\s*:\s*$"
)
QUOTES_AS_SAYING = re.compile(
    # ('The readout … records the minister as saying that …': a record's too)
    r"\b(?:quotes?|quoted|quoting|cites?|cited|citing|records?|recorded|recording)\s+"
    r"(?P<who>[^,;:“”\"]{2,80}?)\s+as\s+"
    r"(?:saying|having said|telling(?:\s+[a-z]+){1,2}|warning|arguing|insisting|stating)\b"
)
_NAME_AFTER_VERB = re.compile(
    # ('explained CBS moderator Nancy Cordes:': a title in lower case before the name)
    r",?\s+(?:[A-Z]{2,}\s+)?(?:(?!(?:of|to|about|for|with|on|in|at|from|by)\b)[a-z]+\s+){0,2}"
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
    # (and where they are from: 'said Daniel Okafor of Regional Macro Partners,')
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)?[,:]\s*$"
)
_INVERTS = frozenset({
    "said", "says", "explained", "explains", "added", "adds", "wrote", "writes", "noted",
    "notes", "recalled", "recalls", "argued", "argues",
})  # fmt: skip
_PREPOSITIONS = frozenset({"for", "of", "to", "in", "on", "at", "with", "by", "from", "about"})
_NAME_FIRST = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?[A-Z][a-z]")
_PERSON_SUBJECT = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
#: 'the protesters', 'many of his supporters': a group named by its people.
_GROUP_SUBJECT = re.compile(
    r"(?:the|some|many|several|hundreds of|thousands of|dozens of)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:protesters|demonstrators|supporters|attendees|crowd|audience|delegates|voters|fans|"
    r"residents|activists|critics|opponents|officials|members)"
)
#: The subject's own verb right before the comma or colon: 'chanted,', 'shouted:'.
_VERB_LEADS_IN = re.compile(r"\b[a-z]{3,}ed[,:]\s*$")


def lead_in_subject(between: str, people: People) -> tuple[str | None, str]:
    """'Silverman interjected, “…”', 'Said Dora Poyn, who grew up there, “…”',
    'Michael McDonald: “…”': a person who is the subject of the words that lead
    into the quotation, whatever the verb."""
    if not _LEAD_END.search(between) or len(between) > 300:
        return None, ""
    m = _SAID_FIRST.match(between)
    subject = m["who"] if m else main_subject(between)
    subject = subject.strip().rstrip(":,")
    if _GROUP_SUBJECT.fullmatch(subject) and _VERB_LEADS_IN.search(between):
        # 'As Trump spoke, the protesters chanted, “…”': a group that a verb leads in
        return people.who(subject), between
    if not _PERSON_SUBJECT.match(subject):
        return None, ""
    name = person_name(subject)
    # 'Said Comey, “…”': a name after a leading 'Said' is a speaker, a surname too
    honorific = _HONORIFIC.match(subject)  # 'Mr. Trump yelled, “…”'
    if name and (looks_like_person(name) or people.fullest(name) != name or m or honorific):
        return people.fullest(name), between
    return None, ""
