"""The subject just before a verb in news prose: who does it, past appositions
('Claire Favre, an economist at Geneva,'), relative clauses ('Ana Lind, whose boat
sank …,') and asides ('The judge -- who … -- said'). A sentence's own subject, past
its fronted phrases, is sentence_subject.py's."""

from __future__ import annotations

import re
from functools import lru_cache

# (read as a module: sentence_subject.py reads this one too)
from . import sentence_subject
from .names import (
    BODY_OF_AND,
    looks_like_person,
    person_name,
    without_portfolio,
)
from .phrases import SENT_WORD_TO
from .subject_clauses import PREPOSITION_WHICH, SAYING, SUBJECT_SPLIT

#: Two names joined by 'and' that end the words before a verb, after nothing or a
#: word that opens a clause: 'Germany and Italy', 'after France and Spain'.
_PAIR_AT_END = re.compile(
    r"(?:^|,\s+|\b(?:after|as|when|while|because|since|before|though|although)\s+)"
    r"(?P<pair>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
    r"[A-Z][\w'’-]*(?:\s+(?:privately|publicly|quietly|also|have|has|had))*)\s*$"
)
#: (a spaced hyphen is a dash: 'The senator - a former prosecutor - said')
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–|-)\s+[^—–]{2,200}?(?:\s*(?:--|—|–)|\s+-)$")


#: An aside that says where people are from: 'from federations in Central America'
_WHERE_FROM = re.compile(r"(?:from|in|across|representing)\s(?!which|whom)")
#: What someone is, in lower case before their name, if anything: 'nurse ', 'retired bus
#: driver '
_ROLE_THEN_NAME = re.compile(
    # (after a place, or an adjective at the sentence's start: 'Moss Lane resident', 'Local
    # resident')
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){1,3}|(?:[a-z][\w-]*\s+){0,3}"
)
#: A closing aside between a subject and its verb: ', for example,', ', in turn,'.
_ASIDE_LAST = re.compile(
    r",\s*(?:for example|for instance|however|meanwhile|in turn|in contrast|though|too|"
    r"for (?:his|her|their|its) part|in (?:a|an) (?:statement|interview)|"
    r"(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*,$"
)
#: What may follow a name before its verb: an age, a home town, where or when they spoke
#: ('Cory Dahl, 22, of Flint, Mich.,', 'Clinton, during a town hall in Columbus, Ohio,').
_AGE_OR_PLACE = re.compile(r"\d{1,3}\b|of\s+[A-Z]|(?:during|at|in|on|speaking|from)\s")
#: What is left of a verb after its subject: adverbs ('The president also'), auxiliaries
#: ('Brafman had basically', 'Mr. Ryan has long'), 'went on to' (not a noun in -ly: 'a
#: close ally', 'his family').
_TRAILING_ADVERB = re.compile(
    r"(?:\s+(?:also|then|later|again|still|too|once|long|has|have|had|is|was|were|are|would|"
    r"will|could|may|might|must|should|can|did|does|(?:went|goes|go) on to|"
    r"(?!(?:ally|family|rally|assembly|supply|reply|bully|folly|monopoly|anomaly)\b)"
    r"[a-z]\w*ly|sometimes|often|always|never|even|since|now|just|already|soon|further|who))+$"
)
#: 'A poll released on Tuesday', 'A court document filed': the thing, not its participle.
_PARTICIPLE_TAIL = re.compile(
    r"\s+(?:released|filed|published|conducted)(?:\s+(?:on\s+|last\s+|this\s+)?\w+day)?$"
)
#: A word that turns from the sentence before: 'However, …', 'But …'
_TURN_FIRST = r"(?:(?:However|Meanwhile|But|Yet|Still|Separately|Indeed|Instead),?\s+)?"
#: One described, then an aside that opens on a participle, up to the verb's comma
_PARTICIPLE_ASIDE = re.compile(
    # ('However, an executive with one of the companies, speaking on condition of …,';
    # 'Wirth, asked about the meeting as she left the governor's office, (said)')
    _TURN_FIRST
    + r"(?P<who>(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s[^,;“”\"]{2,80}|[A-Z][^,;“”\"]{2,80}),\s+"
    r"(?:speaking|talking|citing|writing|asked|pressed|questioned|reached)\b[^;“”\"]*,$"
)
#: A place named alone, and one of a place before it: 'ministers in Oslo and London'
_PLACE_ALONE = re.compile(r"[A-Z][\w'’.-]*")
_OF_A_PLACE = re.compile(r"\s(?:in|from|of|at)\s+[A-Z][\w'’.-]*$")
#: A place, then its region, ending the words before a verb: 'in Maravilla, Cebu,'
_PLACE_THEN_REGION = re.compile(r"(\s(?:in|near|at)\s+[A-Z][\w'’.-]*),\s+([A-Z][\w'’-]*),$")
_SAID_BEFORE = re.compile(rf"\b(?:{SAYING})\s*$")
#: A body's short name after its full one: '(INMF)'; a letter cited: '(Letters, Nov 5)'
_SHORT_NAME_LAST = re.compile(r"\s*\((?:[A-Z][A-Z&]{1,9}|Letters?, [^()]{2,30})\)$")
#: A company's listing after its name: '(Oslo: SKARV)', '(NYSE: ABC)'
_TICKER = re.compile(r"\s*\([A-Z][\w.-]*:\s*[A-Z][A-Z0-9.&]{0,9}\)")
_AND_LAST = re.compile(r"\s+(?:and|then|and then)(?:\s+intended to)?$")

#: A phrase of place or time put before a sentence's subject: 'In Berlin, …'.
_PUT_FIRST = re.compile(
    r"(?:In|On|At|By|From|After|During|For|With|Under|Over|Since|Before|Across|Outside|"
    r"Inside|Within|Throughout|Earlier|Later|Elsewhere|Meanwhile)\b"
)


#: A day or a time of day put first: 'The following day,', 'That evening,'
_WHEN_FIRST = (
    r"(?:(?:The|That|This|Later that|Earlier that)\s+(?:following\s+|next\s+|same\s+|"
    r"previous\s+)?(?:day|morning|afternoon|evening|night|week|weekend)"
    # ('Last night, retired station manager Brian Ashworth, 67, who served …,')
    r"|Last\s+(?:night|week|month)|Yesterday|Today|Tonight)"
)
_NAME_THEN_WHO = re.compile(
    # (past a phrase put first: 'On Monday, a spokesman for the ministry, who …,'; not
    # that phrase: 'In Berlin, a spokeswoman for the ministry, Ana Lind,')
    rf"(?:(?:{_PUT_FIRST.pattern}[^,“”\"]{{0,40}}|{_WHEN_FIRST}),\s+)?"
    rf"(?!{_PUT_FIRST.pattern}\s|{_WHEN_FIRST},)"
    # ('But a senior official …, who spoke on condition of anonymity because he …,')
    + _TURN_FIRST
    # (what they are, in lower case, before: 'retired station manager Brian Ashworth')
    + r"(?:(?<=,\s)(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*"
    # 'A former employee, who asked not to be named because she …, said': one described
    r"|(?:[Aa]n?|[Tt]he|One|Two|Three|Four|Several)\s[^,“”\"]{2,80}),"
    # ('Hiroshi Takeda, President of the Association, who chaired …,': a title between)
    r"(?:\s+[A-Z][^,“”\"]{0,40}\s(?:of|for|at)\s[^,“”\"]{2,60},(?=\s+who\s))?"
    # ('Ana Okafor, 19, who signed …,': an age between)
    r"(?:\s+\d{1,3},(?=\s+who\s))?"
    # 'Jason Sorens, the founder of a project that …, said': an apposition too
    r"\s+(?:who|whose|whom|which|the|an?)\s[^“”\"]{2,200},$"
)


_CONJUNCTION_FIRST = re.compile(r"^(?:and|but|while|whereas|as|though|although)\s+(?=[A-Z])")


#: A clause of time or reason with no comma after it, then the pronoun that is the
#: subject: 'as they walked back to her car she (told him)'.
_CLAUSE_THEN_PRONOUN = re.compile(
    # (not past a dash: 'although use of force is not new - he wrote', an aside)
    r"(?:as|when|while|after|before|because|once|since|until|though|although)\s"
    r"(?:(?!\s-\s)[^–—;:])+\s(he|she|they|we|I)$"
    # a phrase of place or time put first, no comma: 'At his press conference last
    # Thursday he'
    r"|(?:At|In|On|During|After|Before)\s(?:his|her|their|the|a|an|its)\s[^–—;:,]{2,60}?\s"
    r"(he|she|they|we|I)$"
)


#: An office in capitals: 'Managing Director', 'Chief Financial Officer', 'CEO'
_OFFICE = (
    r"(?:(?:Managing|Chief|Executive|Financial|Operating|Technology|Commercial|Deputy|Vice|"
    r"Senior|Acting|Interim|General|Non-Executive|Group|Country|Regional)\s+)*"
    r"(?:Director|Officer|President|Chair(?:man|woman|person)?|Secretary|Manager|Head|Partner|"
    r"Counsel|Founder|CEO|CFO|COO|CTO)"
)
#: A name, then its offices in capitals: 'Dr. Meera Raghavan, Managing Director and Chief
#: Executive Officer,'
_NAME_THEN_TITLE = re.compile(
    r"(?:^|,\s+)(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*),\s+"
    rf"{_OFFICE}(?:\s+(?:and|&)\s+{_OFFICE})?(?:\s+(?:of|at)\s+[^,]{{2,60}})?,$"
)
#: One who acts, described: 'the government', 'the finance minister', 'two officials'
_AN_ACTOR = re.compile(
    r"(?:the|a|an|two|three|several)\s+(?:[\w'’-]+\s+){0,2}(?:government|ministry|minister|"
    r"president|company|firm|council|board|commission|agency|regulator|union|bank|officials?|"
    r"diplomats?|negotiators?|delegation|side|authorities|prosecutors?|police|court|"
    r"secretary|chancellor|governor|ambassador|envoy|premier|mayor|association|federation|"
    r"coalition|party|campaign|club|airline|operator|group)\b(?:\s+(?:had|has|have|been|was|were))*$"
)
#: Someone described, not named: 'One of the recipients', 'A spokesman for the firm'
_DESCRIBED = re.compile(r"(?:One|Two|Three|Several|Some|An?|The|Its|His|Her|Their)\s+[a-z]")


def _titled_person(phrase: str) -> bool:
    """Is the phrase a title in lower case and a person's name: 'deputy director Stoyan
    Marinov', 'the Swiss lawyer Dr. Beatrice Kuhn'?"""
    described = phrase.startswith("the ")  # (then a name may follow a capital: 'Swiss')
    phrase = phrase.removeprefix("the ")
    name = person_name(phrase) if described or phrase[:1].islower() else None
    return bool(name and " " in name and phrase.endswith(name) and looks_like_person(name))


_ADVERB_LAST = re.compile(r",\s+(?:once|also|later|then|again|still|never|already|[a-z]+ly)$")


# the same words come back for several rules (a sentence, a tag's head)
@lru_cache(maxsize=32)
def subject_of(text: str) -> str:
    """The subject just before a verb: after the last comma clause or 'that'.

    'Claire Favre, an economist at Geneva,' is Claire Favre: a closed
    apposition gives way to the name before it."""
    # ('Her predecessor, Lars Bakke, once (described …)': past the adverb, to the apposition)
    text = _ADVERB_LAST.sub(",", text.strip())
    if ":" in text and "(" in text:
        text = _TICKER.sub("", text)  # 'Skarv Battery Systems ASA (Oslo: SKARV), a …'
    if text.endswith(")"):
        # 'The Irish Nurses and Midwives Federation (INMF)': the body, its short name left
        text = _SHORT_NAME_LAST.sub("", text)
    sent_word = SENT_WORD_TO.search(text) if text.endswith(" to") else None
    if sent_word:
        # 'Kenji Morita wrote to the fund's director on 28 October to (say …)': the writer
        return subject_of(text[: sent_word.start()])
    if text.endswith(" but") and "," in text:
        # "ANED's executive director, Emeka Nwosu, declined to comment on the letter but
        # (told …)": the one who declined goes on
        own = sentence_subject.main_subject(text[:-4])
        if own and looks_like_person(own):
            return own
    sent = _SENT_BY.match(text) if text.endswith(",") and " by " in text else None
    if sent:
        # 'An email seen by the Herald, sent by a senior engineer to the council on 2
        # December, warned …': the words are the sender's
        return sent["who"]
    # ('The judge -- who has been feuding with him -- said': slow to look for, so a dash first)
    if "—" in text or "–" in text or "--" in text or " - " in text:
        text = _DASH_ASIDE.sub("", text)
    # looked for only at the end: a subject's words may be many
    aside = _ASIDE_LAST.search(text, max(0, len(text) - 40)) if text.endswith(",") else None
    if aside and aside.start() > 0:
        # 'Brian Moss, the board's chairman, for example, said': past the aside
        text = text[: aside.start() + 1]
    titled = _NAME_THEN_TITLE.search(text) if text.endswith(",") else None
    if titled and looks_like_person(person_name(titled["name"]) or ""):
        # 'Dr. Meera Raghavan, Managing Director and Chief Executive Officer,': the name,
        # not the title in capitals after it
        return titled["name"]
    aside = _PARTICIPLE_ASIDE.match(text) if text.endswith(",") else None
    if aside:
        # 'A Philippine security official, speaking on condition of anonymity because he
        # was not authorized to …,': the one described before the aside, not its 'he'
        return aside["who"]
    relative = _NAME_THEN_WHO.match(text) if text.endswith(",") else None
    if relative:
        # 'Ana Lind, whose boat sank off Visby, Gotland, in 2012, said': the name
        return relative["name"]
    joined = text.rfind(" and ", max(0, len(text) - 80))
    body = (
        BODY_OF_AND.search(text, max(0, joined - 80))
        if joined >= 0 and (" of " in text or " for " in text)
        else None
    )
    if body:
        # "South Sudan's Ministry of Water Resources and Irrigation said": one body
        return _TRAILING_ADVERB.sub("", body["body"])
    pair = (
        _PAIR_AT_END.search(text, max(0, len(text) - 80))
        if text[joined + 5 : joined + 6].isupper() and joined >= 0
        else None
    )
    if pair:
        # 'after Germany and Italy privately warned': both speak, not the second alone
        return _TRAILING_ADVERB.sub("", pair["pair"])
    place = _PLACE_THEN_REGION.search(text) if text.endswith(",") else None
    if place:
        # '…, the developer of a terminal in Maravilla, Cebu,': the region is no clause
        text = f"{text[: place.end(1)]} {place[2]},"
    which = PREPOSITION_WHICH.search(text) if " which " in text or " whom " in text else None
    if which:
        # 'a letter …, in which the Director-General (wrote …)': the writer, not the letter
        text = text[which.end() :]
    parts = [p for p in SUBJECT_SPLIT.split(text) if p]
    if not parts:
        return ""
    subject = parts[-1].strip()
    if (
        len(parts) > 1
        and _PLACE_ALONE.fullmatch(subject)
        and text.endswith(f" and {parts[-1]}")
        and _OF_A_PLACE.search(parts[-2])
    ):
        subject = f"{parts[-2].strip()} and {subject}"  # 'ministers in Oslo and London'
    if subject.startswith(("said ", "says ")) and _AN_ACTOR.match(subject[5:]):
        # '…, speaking on condition of anonymity, said the government (had privately
        # assured …)': the split took the comma, the speech verb is no part of who acts
        subject = subject[5:]
    inner = _CLAUSE_THEN_PRONOUN.match(subject)
    if inner:
        return inner[1] or inner[2]  # 'as they walked back to her car she': she
    subject = without_portfolio(subject, text, text.rfind(subject))
    if subject.startswith("that "):
        subject = subject[5:]  # 'said privately, however, that she': she
    # ('…, while Mike Huckabee, the former governor,': the name after the conjunction)
    before = _CONJUNCTION_FIRST.sub("", parts[-2].strip()) if len(parts) >= 2 else ""
    if (
        text.endswith(",")
        # ('the Extraordinary Secretariat for COP30, linked to …,': a body's name too)
        and (before[:1].isupper() or before.startswith("the ") and before[4:5].isupper())
        # (not a phrase put first: 'In Berlin, a spokeswoman for the ministry, … said')
        and not _PUT_FIRST.match(before)
        # (an apposition: 'an economist', 'the head of …', 'Nordbank’s director')
        and re.match(r"(?:an?|the|\w+ (?:of|at|for))\b|[a-z]|[\w.-]+['’]s\s", subject)
        # (but a description, then the person by title and name: 'One of the recipients,
        # deputy director Stoyan Marinov,' is Marinov)
        and not (_DESCRIBED.match(before) and _titled_person(subject))
    ):
        subject = before
    if (
        len(parts) >= 2
        and not text.endswith(",")
        and subject.startswith(("a ", "an "))
        and _NAMED_ALONE.fullmatch(named := before.lstrip('”"’ '))
        and looks_like_person(person_name(named.split(" (", 1)[0]) or "")
    ):
        # 'Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton’s bid told …':
        # an apposition the writer never closed; the name before it is the subject
        subject = named
    if text.endswith(",") and len(parts) >= 3 and subject[:1].islower():
        # 'Sen. Chuck Grassley, facing a challenge in Iowa, a swing state,': the name
        # before the asides, each in lower case
        for part in reversed(parts[:-1]):
            part = part.strip()
            if part[:1].isupper():
                name = person_name(part)
                if name and part.endswith(name) and looks_like_person(name):
                    subject = part
                break
    if text.endswith(",") and len(parts) >= 2:
        # 'Cory Dahl, 22, of Flint, Mich.,': a name, then an age and a place ('Ana Lind,
        # 19,': or an age alone)
        # ('At a packed stop, nurse Priya Raman, 34,': a name after what they do)
        for i, part in enumerate(p.strip() for p in parts[:-1]):
            name = person_name(part) if _AGE_OR_PLACE.match(parts[i + 1]) else None
            if (
                name
                and part.endswith(name)
                and _ROLE_THEN_NAME.fullmatch(part[: -len(name)])
                and all(_AGE_OR_PLACE.match(p) or len(p.split()) <= 2 for p in parts[i + 1 :])
            ):
                subject = part
                break
    if text.endswith(",") and len(parts) >= 3 and parts[-1][:1].isupper():
        # 'Three presidents, from federations in Central America, West Africa and
        # South-East Asia,': the ones a list of places describes, not its last
        at = next((i for i, p in enumerate(parts) if i and _WHERE_FROM.match(p.strip())), 0)
        listed: list[str] = parts[at + 1 :] if at else []
        if len(listed) >= 2 and all(
            len(p.split()) <= 4 and p.strip()[:1].isupper() for p in listed
        ):
            subject = parts[at - 1].strip()
    subject = _TRAILING_ADVERB.sub("", subject)  # 'The president also told…'
    if subject.endswith(("ed", "day")):
        subject = _PARTICIPLE_TAIL.sub("", subject)
    if (
        (subject.endswith((" and", " then")) or " and intended to" in subject)
        and (
            subject[:1].isupper()
            # ('a sitting minister called me at home and said': one described)
            or subject.startswith(("he ", "she ", "they ", "a ", "an ", "the ", "one "))
        )
        and not _SAID_BEFORE.search(text, 0, max(0, text.rfind(subject)))
    ):
        # 'Ola Berg shook her head and said': the first verb's subject says it too
        # (not in what someone said: 'Lind said Dahl is to blame and accused him')
        own = sentence_subject.main_subject(_AND_LAST.sub("", subject))
        if own and own != subject:
            return _OPENING_WORD.sub("", own)
    if " who " in subject:
        # 'an official who spoke on condition of anonymity said': the official
        subject = _WHO_AFTER.split(subject, 1)[0]
    if " from " in subject:
        # 'driver Serhiy Bondar from Rivne region told': where a person is from is no
        # part of their name (a body's is: 'the team from the ministry')
        name, _, _ = subject.partition(" from ")
        person = person_name(name)
        if (
            person
            and name.endswith(person)
            and looks_like_person(person)
            # (a role in lower case before the name, no more: not 'activists clamoring
            # to block Donald Trump from …')
            and _LOWER_ROLE.fullmatch(name[: len(name) - len(person)])
        ):
            subject = name
    acted = _ACTED_THEN_IT.match(subject) if subject.endswith((" it", " they")) else None
    if acted:
        # 'the agency suspended some 300 permits it said had been issued …': 'it' is the
        # one that acted, named before its verb
        subject = acted["who"]
    return _OPENING_WORD.sub("", subject)


#: A clause whose object a relative 'it said' qualifies: '<who> <verb>ed <object> it'
_ACTED_THEN_IT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s+(?:also\s+)?[a-z]{3,}ed\s+"
    r"(?:[\w'’,-]+\s+){1,8}(?:it|they)$"
)


#: A message, then who sent it: 'An email seen by the Herald, sent by a senior engineer
#: to the council on 2 December,'
_SENT_BY = re.compile(
    r"(?:An?|The)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|letter|memo|message|note|text)\b[^,]{0,60},"
    r"\s+(?:sent|written|signed)\s+by\s+(?P<who>[^,]+?)"
    r"(?:\s+(?:to|on|in|at|last|this)\s[^,]*)?,$"
)
#: A name alone, a title and a party tag allowed: 'Sen. Kristen Gillibrand (D-NY)'
_NAMED_ALONE = re.compile(
    r"(?:(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+"
    r"(?:\s+\([^)]{1,20}\))?"
)
_LOWER_ROLE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")  # 'driver ', 'a local '
_WHO_AFTER = re.compile(r"(?<=\w)\s+who\s+")


_OPENING_WORD = re.compile(
    r"^(?:however|meanwhile|but|and|then|also|publicly|privately|even though|although|"
    r"though|because|whereas|while|since|where|when|after|before|until|once|"
    # 'Later she said', 'Now he says': a time word before a pronoun
    r"(?:later|earlier|now|still|yet|so|instead|again|today|then)(?=\s+(?:he|she|they|we|I|the)\b))\s+",
    re.I,
)
