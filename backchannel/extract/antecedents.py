"""Who a pronoun, a relative 'who' or a closing tag points to in reported speech:
the name before 'who', the speaker of a closing '…, he said', the name that opens
a sentence before its 'he'."""

from __future__ import annotations

import re

from .affiliations import is_place
from .names import NAME_RUN, ORG_WORDS, looks_like_person, owner_name, person_name
from .phrases import PRONOUNS_ALONE
from .roles import PERSON_ROLE
from .speakers import People
from .stance import ANONYMOUS, OUTLETS
from .subjects import subject_of
from .text import plain, words_in

_WHO_END = re.compile(r",?\s*who\s*$", re.I)


def antecedent(text: str, people: People) -> str | None:
    """The last person named before a closing 'who' ('Scott Reed, an aide, who'; a
    surname alone when the article has named them: 'Al-Mahroos, who')."""
    m = _WHO_END.search(text)
    if m is None:
        return None
    text = plain(text)  # (no name inside a quotation: 'its “Fast Delivery” badge')
    names = []
    for run in NAME_RUN.finditer(text, max(0, m.start() - 150), m.start()):
        name = person_name(run.group(0))
        # (a surname alone only right before 'who': not 'Obama's listeners, who')
        if name and (
            looks_like_person(name) or (run.end() == m.start() and people.fullest(name) != name)
        ):
            names.append(name)
    return names[-1] if names else None


#: A body, then the relative pronoun of a clause about it: 'Parcelo, which', 'the European
#: Online Sellers Alliance, a Brussels-based group that'
_BODY_THEN_WHICH = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’.-]*|[Tt]he\s+[a-z]+),\s+"
    r"(?:which|(?:an?|the)\s+[^,;“”\"]{2,60}?\s+(?:that|which))\s*$"
)


def body_antecedent(text: str) -> str | None:
    """The body a relative 'which' or 'that' at the end of ``text`` is about: 'Parcelo,
    which' and 'the European Online Sellers Alliance, a Brussels-based group that' are
    Parcelo and the Alliance."""
    m = _BODY_THEN_WHICH.search(text, max(0, len(text) - 150))
    return m["name"] if m else None


def tagged(
    attribution: tuple[str, str], spans: list[tuple[int, int]], people: People
) -> tuple[str, str] | None:
    """'…, he said.', and '… is seen as “a bully,” Mr. Dahl said.' (a mixed quotation):
    the words before a closing speaker tag, and its speaker."""
    text, _ = attribution
    if spans and spans[-1][1] > len(text):
        return None
    parts = text.rsplit(",", 1)
    end = close = spans[-1][1] if spans else 0
    while close > 0 and text[close - 1] in _CLOSING:
        close -= 1  # '…,”', and the doubled marks '…,''' and '…,'''' (an inner quotation)
    if spans and text[close - 1 : close] == ",":
        parts = [text[: close - 1] + text[close:end], text[end:]]
    if len(parts) == 2 and words_in(parts[0]) >= 5:
        who = people.who(subject_of(parts[1]))
        inner = _INNER_TAG.search(parts[0]) if who and ANONYMOUS.search(who) else None
        given = " by " in parts[0] and who and ANONYMOUS.search(who)  # a first look
        inner = inner or (_GIVEN_BY.search(parts[0]) if given else None)
        if inner:
            # '…, the minister told his cabinet on Monday, two people present said': the
            # minister said it; the people present pass it on ('The assurance was given
            # by Christopher Landau …, two officials said': Landau gave it)
            who = people.who(inner["who"]) or who
        if who:
            return parts[0].strip(), who
    return None


_CLOSING = frozenset("”\"'’»")
_INNER_TAG = re.compile(
    # at the sentence's start too: 'Norway has quietly promised Kyiv …, officials said',
    # and after a subordinator: '… only after Washington privately promised …'
    rf"(?:^|,\s+|\b(?:after|when|before|because|since|once|until)\s+)"
    rf"(?P<who>{NAME_RUN.pattern})\s+(?:has\s+|had\s+)?"
    # ('She has privately argued for …': what anyone did in private is theirs)
    r"(?:(?:privately|quietly|secretly)\s+(?:[a-z]{3,}ed|told)|"
    r"told|assured|promised|pledged|warned|pressed|urged|reassured)\s"
    r"[^,;“”\"]{0,160}$"
)


#: A passive assurance and who gave it: 'The assurance was given by Christopher Landau'.
_GIVEN_BY = re.compile(
    r"\b(?:was|were|had been|has been)\s+(?:[a-z]+ly\s+)?(?:given|made|offered|conveyed|"
    r"delivered|relayed)\s+by\s+(?P<who>[^,;“”\"]{2,120}?)(?=\s+(?:in|on|at|during|to|with|"
    r"before|after)\s|[,;]|(?<![A-Z])\.(?:\s|$)|$)"
)


def named_before(head: str, people: People) -> str | None:
    """The person who opens the sentence before a pronoun ('Although Weiner admitted …,
    he claimed'): the subject of its first clause, not whoever was named last."""
    m = _OPENING_NAME.match(plain(head))
    name = owner_name(m.group(1)) if m else None  # ('Sanders's role …, but he has said')
    if name and (looks_like_person(name) or people.fullest(name) != name):
        return people.fullest(name)
    said_pronoun = bool(name and m and _SAID_PRONOUN.match(head, m.end()))
    if (
        name
        and said_pronoun
        and " " not in name
        and not _a_body_or_place(name)
        and name.lower() not in PRONOUNS_ALONE  # ('She said she had asked …': no name)
    ):
        # 'Nadeau said he had warned …': the one who says 'he' did, named by a surname
        # the article has not yet given in full (a live blog's newest post first)
        return name
    return None


def _a_body_or_place(name: str) -> bool:
    return bool(ORG_WORDS.search(name) or OUTLETS.search(name)) or is_place(name)


#: The speech verb right after a name, then 'he' or 'she': 'Nadeau said he'
_SAID_PRONOUN = re.compile(
    r"\s+(?:said|says|told\s+\w+|testified|insisted)\s+(?:that\s+)?(?:he|she)\b"
)


_OPENING_NAME = re.compile(
    # (past a fronted phrase: 'In his Sunday interviews, Carson criticized …, though he …')
    rf"\s*(?:(?:In|On|At|During|After|Later|Earlier|Asked|Speaking)\b[^,“”\"]{{0,60}},\s+)?"
    rf"(?:(?:Although|Though|While|When|After|Before|Because|Since|As|If|Once)\s+)?"
    rf"({NAME_RUN.pattern})"
)


def role_in_group(head: str, people: People, pronoun: str | None = None) -> str | None:
    """The one office a group's sentence names before its 'she' ('Allies of the
    Chancellor said she had told …', 'Two MPs who met the chief whip in her office said
    she …', 'When I spoke to the mission chief, she told me …'): a group (or 'I') is no
    'she', so the office is; the person who holds it when the article named them with it."""
    opens = _GROUP_OPENS.match(head)
    if not opens:
        return None
    roles = list(_THE_ROLE.finditer(head))
    if not roles:
        return None
    # ('When I asked the spokesman whether the minister had signed, he said': the one
    # 'I' spoke to, the first; after a group, the last)
    role = (roles[0] if opens["i"] else roles[-1]).group(0)
    person = people.titles.person(role.lower())
    if person and pronoun and people.gender.get(person, pronoun) != pronoun:
        return None  # ('she' is not the minister the article showed to be a man)
    return person or role


#: A group opening a sentence: 'Allies of …', 'Two Labour MPs', 'Several aides'
_GROUP_OPENS = re.compile(
    r"\s*(?:(?:Two|Three|Four|Five|Several|Some|Many|Both|\d+)\s|[A-Z][a-z]+(?:ies|s)\s+of\s"
    # ... or the one speaking, who met the office: 'When I spoke to the mission chief on
    # Sunday, she told me …'
    r"|(?:When|After)\s+(?P<i>I|we)\s)"
)
#: An office with its article: 'the Chancellor', 'the chief whip'
_THE_ROLE = re.compile(
    rf"\bthe\s+(?:[a-z]+\s+)?(?:{PERSON_ROLE.pattern}|whip)\b(?![\w'’])", re.IGNORECASE
)


def own_subject(sentence_subject: str, clause: str, pronoun: str, people: People) -> str | None:
    """The sentence's subject for a pronoun in a clause split off from it, when it is a
    person whom the pronoun may mean; else None."""
    if sentence_subject in clause or sentence_subject.lower() in ("he", "she", "they"):
        return None
    run = NAME_RUN.match(sentence_subject)  # ('Carson again': the name, not the adverb)
    name = owner_name(run.group(0)) if run else None  # ('Sanders's role …, but he has said')
    if not name or not (looks_like_person(name) or people.fullest(name) != name):
        return None
    full = people.fullest(name)
    want = "m" if pronoun == "he" else "f"
    return full if people.gender.get(full, want) == want else None


def person_named_last(head: str) -> str | None:
    """The last person ``head`` names in full ('Jurors in the trial of … Victor Salazar
    heard a recording in which he …': Victor Salazar), or None."""
    for run in reversed(NAME_RUN.findall(plain(head))):
        name = owner_name(run)
        if name and " " in name and looks_like_person(name) and not _a_body_or_place(name):
            return name
    return None
