"""What a noun phrase in a tag or lead-in names: the speaker People.who gives for
'the senator', 'an angry Hollande', 'a spokesperson', 'he' — a person's fullest name,
an unnamed source as described, a body, or None for words that name no one."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from .affiliations import is_place
from .bodies import body_of_kind
from .clause_openings import FRONTED
from .documents import document_sender
from .names import (
    BODY_OF_AND,
    NAME_RUN,
    ORG_WORDS,
    TITLE_FIRST,
    TITLED_SURNAME,
    in_title_case,
    looks_like_person,
    opens_on_name,
    person_before_of,
    person_name,
)
from .phrases import (
    A_CLAUSE,
    A_CLAUSE_OR_NOT,
    ADVERBS_AT_END,
    AGENT_OF,
    DOCUMENTS,
    END_ABBREV,
    FUNCTION_WORDS,
    LEADING_CONJ,
    LETTER,
    LOWER_OPENING,
    PARTY_TAG,
    PRONOUN_ENDS,
    PRONOUNS_ALONE,
    TIME_TAIL,
    WHETHER,
)
from .roles import (
    ABBREVIATED,
    FOREIGN_THE,
    HONORIFICS,
    OUTLET_KIND_WORDS,
    PEOPLE_IN_GROUPS,
    THE_TITLE,
    one_unnamed,
)
from .said_span import TOLD_PAPER_PRONOUN
from .text import words_at_least

if TYPE_CHECKING:
    from .speakers import People

#: Words that open a tag and name no one.
NON_SPEAKERS = {
    "it", "this", "that", "which", "who", "there", "what", "these", "those", "you",
    "its", "their", "his", "our", "your",  # an owner alone ('Its stated purpose is …')
    "i'm", "i’m", "we're", "we’re",  # a clause's start ('I'm old enough to remember …')
    "numbers", "the numbers",  # an idiom, no source: 'the numbers tell us we need it soon'
    # words quoted, not speakers ('said the phrase “constructive supervision” described …')
    "the phrase", "phrase", "the word", "the term", "the words", "the expression",
}  # fmt: skip
PRONOUNS = {"he", "she", "they", "him", "her"}
#: Words that make a phrase in lower case a group or body that speaks ('party officials').
GROUP_WORDS = re.compile(
    r"\b(officials?|sources?|diplomats?|spokes(?:person|man|woman)|ministry|department|"
    r"negotiators|governments?|analysts?|economists?|bankers?|members?|MP|envoy|"
    r"authority|office|delegation|commission|union|association|federation|party|leaders?|"
    r"minister|chief|governor|president|agency|publication|newspaper|weekly|"
    rf"{PEOPLE_IN_GROUPS})\b",
    re.I,
)
_THE_PAPER = frozenset(f"the {kind}" for kind in OUTLET_KIND_WORDS)


def _same_words(words: list[str], phrase: str) -> bool:
    """Is each of ``words`` one of the phrase's, or its start ('Beamte', 'Beamten')?"""
    theirs = phrase.lower().split()
    return all(any(t.startswith(w) for t in theirs) for w in words)


#: 'a spokesperson' after a body spoke: the body's ('The Bureau confirmed … A spokesperson')
_A_SPOKESPERSON = frozenset(
    f"{a} {noun}" for a in ("a", "the") for noun in ("spokesperson", "spokesman", "spokeswoman")
)
#: 'an angry Hollande': a description's words, then the surname (no preposition)
_DESCRIBED_NAME = re.compile(
    r"(?:an?|the)\s+(?:(?!(?:of|for|on|in|at|by|from|to|with)\s)[a-z][\w'’-]*\s+){1,2}"
    r"[A-Z][a-z][\w'’-]*"
)
#: Where a long description of an unnamed source goes on to say more of them.
_THAT_CLAUSE = re.compile(r"\s+(?:that|who|which|whose)\s")
#: A time that opens a subject's words with no comma: 'In August the ministry told …'.
_TIME_FIRST_WORDS = frozenset({
    "In", "On", "During", "Since", "Last", "This", "Early", "Late", "Until", "After", "At",
    "Around", "Also", "Today", "Yesterday", "Soon",
})  # fmt: skip
_TIME_FIRST = re.compile(
    rf"(?:{'|'.join(sorted(_TIME_FIRST_WORDS))})\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?:{'|'.join((*calendar.month_name[1:], *calendar.day_name))}|\d{{4}}|week|month|year)"
    r"\s+(?=\S)"
)
#: A country that owns a body's name: 'Portugal’s Supreme Administrative Court'.
_PLACE_OWNER = re.compile(r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=[A-Z])")
_ARTICLE = re.compile(r"^(?:the|le|la|les|der|die|das)\s+", re.I)


#: An answer, whose words are the body's that sent it.
_THE_REPLY = frozenset({"the reply", "the response", "the written reply", "the written response"})


#: Many of something, more often things than people: 'a host of', 'a raft of'.
_MANY_OF = re.compile(
    r"a (?:host|range|series|slew|raft|variety|string|flurry|wave|stream|spate|litany|list|"
    r"set) of\s"
)
#: A phrase put first, no comma, then the pronoun that is the subject: 'In public they'
_FRONTED_PRONOUN = re.compile(
    r"(?:In|At|On|For|By|After|Before|Since|During|Privately|Publicly|Now|Then|This time|"
    r"Last time|Next time|Today|Yesterday)\b[^,]{0,50}?\s"
    r"(he|she|they|we|I|you)$"
)
#: A pronoun that acts, then 'and' before the speech verb: '… he went on the radio and'
_PRONOUN_THEN_ACT = re.compile(r"(?:^|\s)(he|she|they|we|I)\s+[a-z]+\b[^,;“”\"]{0,60}\s+and$")
#: A thing and its relative pronoun: 'a chatbot that', 'the system which'
_THING_THAT = re.compile(r"(?:an?|the)\s+[a-z]+\s+(?:that|which)")
#: A pronoun and a modal inside a phrase: 'A promise you cannot'
_PRONOUN_MODAL = re.compile(
    r"\s(?:you|we|I|they)\s+(?:cannot|can|could|will|would|must|should|may|might)$"
)
_THE_AGED = re.compile(r"the \d{1,3}-year-old\b")
_HER_DOCUMENT = re.compile(r"(her|his)\s+(?:[a-z-]+\s+)?([a-zé]+)")
#: A paper sent for someone: 'A statement sent on his behalf by a London PR firm'
_ON_BEHALF = re.compile(r".{0,60}\bon\s+(her|his)\s+behalf\b.*")
_A_DOCUMENT = re.compile(r"(?:the|an?|one|another|a second|the second|the first)\s+[a-z]+")


#: A name of several words, with its small words: 'International Council for the
#: Exploration of the Sea'
_LONG_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|for|and|on)\s+)*[A-Z][\w'’.-]*)+")


_FRENCH_PRONOUNS = {"il": "he", "elle": "she"}


def who(people: People, phrase: str) -> str | None:
    """The speaker a noun phrase names: a person's fullest name, or the phrase."""
    phrase = LEADING_CONJ.sub("", phrase.strip(' ,;:–—-“”"«»'))
    if phrase.split(" ", 1)[0] in _TIME_FIRST_WORDS and _TIME_FIRST.match(phrase):
        phrase = _TIME_FIRST.sub("", phrase)  # 'In August the state attorney's office'
    if ": " in phrase:  # 'This week: Paris': a heading's words are no part of it
        phrase = phrase.rsplit(": ", 1)[1]
    if ". " in phrase:
        # 'No. In public they': a sentence's end is no part of it (not 'Mr. Obama')
        head, _, tail = phrase.rpartition(". ")
        last = head.rsplit(" ", 1)[-1]
        if tail[:1].isupper() and (last in ("No", "Yes") or last[:1].islower()):
            phrase = tail
    fronted = (
        (_FRONTED_PRONOUN.match(phrase) or TOLD_PAPER_PRONOUN.fullmatch(phrase))
        if phrase.endswith(PRONOUN_ENDS)
        else None
    )
    if fronted:
        # 'In public they', 'At the meeting he', '(told) the Post he': the pronoun
        phrase = fronted[1]
    acted = _PRONOUN_THEN_ACT.search(phrase) if phrase.endswith(" and") else None
    if acted:
        # 'four days later he went on the radio and said …': the one who went on to say it
        phrase = acted[1]
    if phrase.endswith(".") and not END_ABBREV.search(phrase):
        phrase = phrase[:-1]  # the sentence's full stop
    # 'Sen. Rand Paul (R-Ky.)': a party tag is not part of the name; 'The board today'
    phrase = PARTY_TAG.sub("", phrase) if "(" in phrase else phrase
    if phrase.endswith(("day", "tonight", "week", "month", "year", "earlier", "later", "again")):
        phrase = TIME_TAIL.sub("", phrase)
    # ('Brandt herself, asked on the call …, said': the one named)
    phrase = phrase.strip().removesuffix(" herself").removesuffix(" himself")
    if phrase.isupper() and len(phrase) > 4:
        phrase = in_title_case(phrase)  # 'JOHN SMITH said', a transcript's 'TRUMP:'
    if not phrase:
        return None
    short = phrase.removeprefix("the ").removeprefix("The ")
    if short.isupper() and short in people.names.short_names:
        return people.names.short_names[short]  # 'the INMF': the federation named in full
    low = _FRENCH_PRONOUNS.get(phrase.lower(), phrase.lower())  # ('Il a toutefois confirmé')
    if low.endswith((" he", " she")) and "," not in low and FRONTED.match(low):
        # 'Near the end of the hour she (noted …)': a fronted phrase with no comma, then
        # the pronoun that is the subject
        low = low.rsplit(" ", 1)[1]
    if low in ("he", "she"):
        return people.pronoun(low)
    if low == "they" and people.last_group:
        return people.last_group  # '“…,” they wrote.' after the analysts' note
    if _PRONOUN_MODAL.search(phrase):
        return None  # 'A promise you cannot (say …)': half a clause of someone's, no one
    if low.endswith((" that", " which")) and _THING_THAT.fullmatch(low):
        return None  # 'A chatbot that answers …': a relative clause's verb, no speaker
    if low in ("one of them", "one of those") and people.group:
        # 'Two officials … One of them said …'; 'Two members of the works council said
        # …. One of them said …': one of the two members of the works council
        named = people.group_named
        if named and people.group in named:
            return f"one of the {named[0].lower()}{named[1:]}"
        return f"one of the {people.group}"
    if low in _THE_PAPER and people.last_outlet:
        return people.last_outlet  # 'Other capitals, the paper reported, nodded along
    if low == "it":
        # (a document put as 'it' after its author: 'Written by Ana Lind, it asks …')
        return people.voices.issued.get("it") or people.it()
    if low.startswith("dated ") and "it" in people.voices.issued:
        # 'Dated 1 August, it projects …, and warns that …': the sentence's subject read
        # as far as the comma; the document's, so its sender's
        return people.voices.issued["it"]
    sender = document_sender(phrase)
    if sender:
        # 'An internal note from the district surveillance unit', 'a letter by Ana Lind':
        # the words of who wrote it
        # ('An internal memo signed by Hernán Ríos, head of …, dated …': the name)
        return who(people, sender) or who(people, sender.split(",")[0])
    if low in ("the poll", "the survey") and people.last_poll:
        return people.last_poll  # 'A CNN/ORC poll …. The poll showed …'
    document = low.rsplit(" ", 1)[-1]
    if document in people.voices.issued and _A_DOCUMENT.fullmatch(low):
        # '“…,” the statement read': the words of whoever issued it, just named ('A second
        # email, sent by Ms Kwok, says': hers)
        return people.voices.issued[document]
    owned = _HER_DOCUMENT.fullmatch(low) if low.startswith(("her ", "his ")) else None
    behalf = _ON_BEHALF.fullmatch(low) if " behalf" in low else None
    if behalf and _A_DOCUMENT.match(low) and low.split()[1] in DOCUMENTS:
        owned = behalf  # 'A statement sent on his behalf by a London PR firm': his
    if owned and (owned is behalf or owned[2] in DOCUMENTS):
        # 'Her letter, posted on X within minutes, said …': the words of whom 'her' means
        return people.pronoun("she" if owned[1] == "her" else "he")
    if low in _THE_REPLY:
        # 'He has written to the ministry …. The reply says …': the body written to
        return people.last_org
    if low in _A_SPOKESPERSON and people.last_body:
        return f"{people.last_body} {low.split()[1]}"
    if low.startswith("the ") and (of_kind := body_of_kind(people.bodies, low)):
        return of_kind  # 'the ministry' after 'the Ministry of Foreign Affairs': that one
    if low in NON_SPEAKERS or low in PRONOUNS or WHETHER.search(low):
        return None
    if low.rstrip(",") in FUNCTION_WORDS or low.rstrip(".") in HONORIFICS:
        return None  # 'For months, …' or 'When asked, …': a sentence's first word

    foreign = FOREIGN_THE.match(low) if low[:3] in ("le ", "la ", "der", "die") else None
    if foreign and foreign[2] in ABBREVIATED:
        # 'la ministre' is 'the minister', 'der Kanzler' 'the chancellor'
        low = f"the {foreign[1]}{ABBREVIATED[foreign[2]]}"
    if (
        _THE_AGED.match(low)
        and people.last_person
        and " " in people.last_person
        and people.opened_lately(people.last_person)
    ):
        # 'Tom Geraghty has had his hip replacement cancelled. “…,” said the 67-year-old
        # retired bus driver from Ennis': an age describes the one just named
        return people.last_person
    # 'a senior EU diplomat said …' then '“…,” the diplomat said'; 'sagte der Beamte'
    words = low.split()
    the = words[0] in ("the", "der", "die", "le", "la") and len(words) > 1
    unnamed = people.last_person if people.last_person == people.unnamed else None
    if words[:2] == ["the", "same"] and len(words) > 2:
        # 'The same person said …': the one described last, though another spoke since
        words, unnamed = ["the", *words[2:]], people.unnamed
    if (
        unnamed
        and (the or (len(words) == 1 and one_unnamed(low)))
        and _same_words(words[the:], unnamed)
    ):
        # (before an office holder named long ago: 'A NOAA spokesperson said …. The
        # spokesperson said …' is the one just described)
        return unnamed
    titled = people.titles.person(low) if low.startswith("the ") else None
    if titled:
        return titled

    if (
        people.last_person
        and THE_TITLE.fullmatch(low)
        # (one described is not 'the prime minister': 'a second official said …')
        and people.last_person != people.unnamed
        and people.titles.may_be(people.last_person, low)
    ):
        return people.last_person  # 'the prime minister said', after naming him
    # 'an aide to Risch', 'a lawyer for Ana Lind': the aide speaks, not Risch
    agent = (" to " in phrase or " for " in phrase or " of " in phrase) and AGENT_OF.match(
        phrase
    )  # a first look: most phrases hold neither
    if not phrase[:1].isupper() and opens_on_name(phrase) and people.fullest(phrase) != phrase:
        return people.fullest(phrase)  # 'al-Rawahi': Said bin Hamad al-Rawahi, named before
    # 'The Department for Environment, Food and Rural Affairs': one body, no person
    # named by its last words
    body = " and " in phrase and len(phrase) < 200 and BODY_OF_AND.search(phrase)
    name = None if agent or body else person_name(phrase)
    if " of " in phrase and not agent and (name or phrase[:1].isupper()):
        # 'Prosecutor Anca Rusu of the National Anticorruption Directorate', 'Farida
        # Nasser of Horizon Aero Consulting', 'Energy expert Sabine Kröger of the consumer
        # advice centre': the person, not the body she is of
        # ('Karali of the Progressive Alliance': a surname named in full before)
        surname = person_name(phrase.partition(" of ")[0]) or ""
        named_before = " " not in surname and people.fullest(surname) != surname
        name = person_before_of(phrase) or (people.fullest(surname) if named_before else name)
    if name and " " not in name and TITLE_FIRST.match(phrase):
        # 'Mr. Obama' (Barack Obama, named before, else Obama); 'Mr. Clinton': Bill
        return people.titled(name, phrase.split(" ", 1)[0])
    if name and looks_like_person(name):
        return people.fullest(name)
    if name and len(name.split()) == 1 and people.fullest(name) != name:
        return people.fullest(name)
    if name and TITLED_SURNAME.fullmatch(name) and TITLE_FIRST.match(phrase):
        return name  # 'Mr. Obama', never named in full: Obama
    if name and " " not in name and _DESCRIBED_NAME.fullmatch(phrase) and not is_place(name):
        return name  # 'an angry Hollande': the surname a description leads to
    if words_at_least(phrase, 11) and one_unnamed(phrase):
        # 'A senior official at one of the associations that received a grant': the
        # one described, without the clause that says more of them
        phrase = _THAT_CLAUSE.split(phrase, 1)[0]
    # (a body's long name counts as one word: 'scientists at the International Council for
    # the Exploration of the Sea')
    # (and one unnamed may be described at more length: 'A senior diplomat from one of the
    # so-called frugal member states')
    long = (
        words_at_least(phrase, 11)
        and words_at_least(_LONG_NAME.sub("X", phrase), 11)
        and (words_at_least(phrase, 15) or not one_unnamed(phrase))
    )
    if long or not LETTER.search(phrase):
        return None
    negated = "n’t" in phrase or "n't" in phrase
    clause = (A_CLAUSE_OR_NOT if negated else A_CLAUSE).search(phrase)
    if clause:
        # half a clause: its subject, if it opens it ('Police had last month',
        # 'Weaver didn’t seem', 'He’s', 'Nehlen responded Friday to'), else no one
        head = ""
        if clause["pronoun"]:
            head = clause["pronoun"]  # 'He’s predicting …': he
        elif clause["verb"] and phrase[: clause.start()].rstrip().endswith(" who"):
            # 'two people who have seen it': the ones the relative clause describes, named
            # with it, if the words before 'who' name anyone
            described = phrase[: clause.start()].rstrip().removesuffix(" who")
            return _ARTICLE.sub("", phrase) if who(people, described) else None
        elif clause["verb"]:
            head = ADVERBS_AT_END.sub("", phrase[: clause.start()])  # 'Ryan also did'
            head = "" if head.lower() in PRONOUNS_ALONE else head  # (a clause inside)
        elif clause["to"]:
            # 'Nehlen responded Friday to …': a person named first
            run = NAME_RUN.match(phrase)
            name = person_name(run.group(0)) if run else None
            if name and (looks_like_person(name) or people.fullest(name) != name):
                head = name
        return who(people, head) if head and not words_at_least(head, 6) else None
    if phrase[:1].islower() and not LOWER_OPENING.match(phrase) and not GROUP_WORDS.search(phrase):
        return None
    many = _MANY_OF.match(low) if low.startswith("a ") else None
    if many and not GROUP_WORDS.search(low, many.end()):
        return None  # 'a host of new songs': what there are many of, and no one
    owner = _PLACE_OWNER.match(phrase)
    if owner and is_place(owner["place"]) and ORG_WORDS.search(phrase, owner.end()):
        return phrase[owner.end() :]  # 'Portugal’s Supreme Administrative Court': the court
    kind = _KIND_THEN_NAME.match(phrase) if " " in phrase else None
    if kind:
        # 'Embattled domestic carrier SkyBridge Airways', 'South Korean battery maker
        # Hanseong Energy Solutions': the body, not what the writer calls it first
        return kind["name"]
    return _ARTICLE.sub("", phrase)


#: What a body is, then its name, opening a sentence: 'Listed residential developer
#: Harbourline Group'
_KIND_THEN_NAME = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,3}(?:carrier|airline|developer|maker|"
    r"manufacturer|company|firm|group|operator|lender|bank|insurer|retailer|miner|producer|"
    r"supplier|utility|giant|conglomerate|startup|start-up|chain|builder|exporter|importer)\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
