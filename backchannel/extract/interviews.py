"""Transcripts and interviews: turns of speech ("NAME: …", "Q: … A: …"), questions set
in capitals or asked in plain paragraphs, who asks and who answers, and whom the intro
says the paper spoke to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import NAME_RUN, PARTICLE, looks_like_person, person_name, run_reading

if TYPE_CHECKING:  # (speakers.py reads this module: People for the annotation only)
    from .speakers import People

#: Labels that end in ":" and are not speakers.
_NOT_SPEAKERS = {
    "source", "details", "quote", "background", "context", "note", "update", "editor's note",
    "photo", "read more", "watch", "related", "contact", "media contact", "tags", "topics",
    "correction", "disclaimer", "published", "updated", "posted", "by", "title", "subject",
    "from", "to", "date", "sent", "cc", "re", "summary", "analysis", "comment", "opinion",
    "video", "audio", "image", "caption", "credit", "warning", "breaking", "live", "exclusive",
    "more details", "key points", "what we know", "why it matters", "the bottom line", "also",
    "location", "where", "when", "time", "price", "tickets", "email", "phone", "web", "website",
}  # fmt: skip
_TURN = re.compile(
    r"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[A-Z][A-Z .&'’-]{1,40}"
    # (a parliament's record: 'The Minister for Transport (Tom Hale):', an office and then
    # who holds it)
    r"|The\s+[A-Z][\w'’-]*(?:\s+(?:for|of|and|the|[A-Z][\w'’-]*)){1,6}(?=\s+\([A-Z]))"
    # ('Simon Achterberg, chief executive:', 'Tom Whitcombe, Castlegate Securities:': a
    # call's speakers with their role or firm, a few words and no verb)
    # ('MAULIDI HASSANI [recording]:': a clip's speaker, the clip marked)
    # ('Sarah Pike (Argyll East) (Lab):': a member's seat and party)
    r"(?P<role>(?:\s+\([^)]{1,60}\)){1,2}|\s+\[[^\]]{1,30}\]|,(?:\s+(?!(?:had|has|have|was|is|said|says|told|asked|did|"
    r"does|would|will)\b)[\w&'’.-]+){1,4})?:\s+(?P<words>\S.{9,})$"
)
#: Who asks on a programme, as its credits and intro name them (read case-blind)
HOST_ROLE = r"(?:presenter|host|anchor|interviewer|moderator)"
HOSTED_BY = r"(?:presented|hosted|moderated) by"
#: The press in a transcript, by label or role: 'MODERATOR:', 'REPORTER (The Hindu
#: Chronicle):', 'LAYLA HADDAD (HOST):', 'OMAR SIDDIQUI (SECURITY CORRESPONDENT):'
_PRESS = re.compile(
    # (and a call's operator, who hands the line on: 'Operator: Our first question …')
    rf"\b(?:{HOST_ROLE}|co-host|correspondent|reporter|journalist|narrator|editor|producer|"
    r"operator)s?\b",
    re.I,
)


def press_label(text: str) -> str | None:
    """The label of a transcript's turn that is the press asking, hosting or telling
    what it found ('REPORTER (NDTV): …', 'LAYLA HADDAD (HOST): …'), lower-cased: its
    turns are reportage and questions, no one's statement; None for anyone else's."""
    m = _TURN.match(text) if ":" in text else None
    if m is None or not (_PRESS.search(m["who"]) or (m["role"] and _PRESS.search(m["role"]))):
        return None
    return m["who"].strip().lower()


_QUESTION = {"q", "question", "interviewer"}
_ANSWER = {"a", "answer"}


#: A turn that only thanks or greets: 'Thank you, Faisal.', 'Thanks for having me.'
_PLEASANTRY = re.compile(
    r"(?:(?:Thank you|Thanks)(?: (?:very|so) much)?(?: for (?:having|inviting) (?:me|us))?"
    r"(?: again)?|(?:Good|Good to be here|My pleasure|A pleasure|Pleasure)"
    r"(?: (?:morning|afternoon|evening))?)(?:,? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?[.!]?"
)


def pleasantry(words: str) -> bool:
    """Does a turn only thank or greet ('Thank you, Faisal.')? It states nothing."""
    return len(words) < 60 and _PLEASANTRY.fullmatch(words.strip()) is not None


#: A sentence's end in a turn, and a turn's sentence that only leads to its question: an
#: address ('Madam Secretary, one last question.') or what was said, put to the one asked
#: ('Mr. Salas, you have said publicly that …')
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z“\"])")
_PUT_TO_THEM = re.compile(
    r"(?:[A-Z][\w.'’ -]{0,40},\s+)?you(?:['’]ve| have)?\s+(?:said|heard|told)\b"
)


def only_asks(words: str) -> bool:
    """Does a turn only ask: it ends on a question, and its other sentences are questions,
    a few words of address, or what it puts to the one asked?"""
    if not words.rstrip().endswith("?"):
        return False
    return all(
        part.endswith("?") or len(part.split()) <= 6 or _PUT_TO_THEM.match(part) is not None
        for part in _SENTENCE_END.split(words.strip())
    )


def transcript_turn(text: str) -> tuple[str, str] | None:
    """('TRUMP', 'We are going to win.') from 'TRUMP: We are going to win.', or None.

    'Q' and 'A' (and 'Question', 'Answer') come back as they are, for the
    caller to read as interviewer and interviewee."""
    m = _TURN.match(text) if ":" in text else None  # a turn has its colon: look first
    if not m:
        return None
    who = m["who"].strip()
    if who.startswith("The ") and m["role"]:
        who = m["role"].strip()[1:].split(")")[0]  # 'The Minister for Transport (Tom Hale)'
    low = who.lower()
    if low in _NOT_SPEAKERS or (" " in low and low.split()[0] in ("the", "a", "an", "in", "on")):
        return None
    if low not in _QUESTION | _ANSWER and len(who) < 2:
        return None
    words = m["words"].strip()
    first_line = words.split("\n", 1)[0]
    if first_line.isupper() and who.isupper():
        return None  # 'MERCOSUR: THE LOUD NO': a newsletter's heading, nobody's turn
    return who, words


def named_by_initials(
    turns: list[tuple[str, str] | None], intro: str
) -> list[tuple[str, str] | None]:
    """The turns with labels of initials ('JS:', 'HV:') given the names of the people the
    ``intro`` names with them ('The Ledger's Jonas Sund spoke to Trade Minister Helena
    Varga'), as a transcript names its speakers in full."""
    initials: dict[str, str] = {}
    roles: dict[str, str] = {}
    for run in NAME_RUN.finditer(intro):
        name = person_name(run.group(0))
        if name and " " in name and looks_like_person(name):
            initials.setdefault("".join(word[0] for word in name.split()).upper(), name)
            # ('Stéphane Dujardin, Spokesperson for the Secretary-General' then
            # 'Spokesperson:': the one the intro names with that role)
            role = _ROLE_AFTER.match(intro, run.end())
            if role:
                roles.setdefault(role[1].lower(), name)

    def named(label: str) -> str:
        full = initials.get(label) if 2 <= len(label) <= 3 else None
        return (full.upper() if full else None) or roles.get(label.lower()) or label

    return [(named(turn[0]), turn[1]) if turn else None for turn in turns]


#: A role right after a name, as a label may give it alone: ', Spokesperson for …'
_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+)?([A-Za-z][a-z]+(?:\s+(?!(?:for|of|to|at|in|on|and|the)\b)[A-Za-z][a-z]+)?)\b"
)


def caps_interview(texts: list[str]) -> list[tuple[str, str] | None] | None:
    """The turns of an interview whose questions are set in capitals and whose answers
    are plain paragraphs after them ('WHAT DID HE SAY?' then 'At a meeting …'): ('Q', …)
    for each question, ('A', …) for each paragraph of an answer, None before the first
    question; None when the article is not one (three questions at least, two of them
    asking)."""
    # (a first look: a paragraph with a lower-case letter near its start asks nothing)
    asks = [
        not any(c.islower() for c in text[:40]) and _CAPS_QUESTION.fullmatch(text) is not None
        for text in texts
    ]
    asking = sum(text.rstrip().endswith("?") for text, q in zip(texts, asks, strict=True) if q)
    if sum(asks) < 3 or asking < 2:
        return None
    first = asks.index(True)
    return _turns(texts, asks, first)


def dotted_interview(texts: list[str]) -> list[tuple[str, str] | None] | None:
    """The turns of an interview set as 'Q. Why now?' and 'A. Because …' (a stop where a
    transcript has a colon): ('Q', …) and ('A', …), None for the paragraphs between; None
    when the article is not one (two questions and two answers at least, so that 'A.
    Lind said …' alone is an initial)."""
    qs = [text.startswith("Q. ") for text in texts]
    answers = [text.startswith("A. ") for text in texts]
    if sum(qs) < 2 or sum(answers) < 2:
        return None
    return [
        ("Q", text[3:]) if q else ("A", text[3:]) if a else None
        for text, q, a in zip(texts, qs, answers, strict=True)
    ]


def _turns(texts: list[str], asks: list[bool], first: int) -> list[tuple[str, str] | None]:
    """('Q', …) for each question from the ``first``, ('A', …) for each paragraph of an
    answer, None before the first question and after the interview's end: a rule of its
    own ('–', '* * *'), an editor's note after it."""
    last = next(
        (i for i in range(first, len(texts)) if not any(c.isalnum() for c in texts[i])),
        len(texts),
    )
    return [
        None if not first <= i < last else ("Q", text) if asked else ("A", text)
        for i, (text, asked) in enumerate(zip(texts, asks, strict=True))
    ]


def plain_interview(texts: list[str]) -> list[tuple[str, str] | None] | None:
    """The turns of an interview whose questions are plain paragraphs that ask ('Scaldis
    has not signed anything yet. Is the extension in trouble?') and whose answers are
    the paragraphs after them, as caps_interview gives them; None when the article is
    not one: three questions at least, each answered, after words that say it is an
    interview ('The interview has been edited for length')."""
    asks = [len(text) <= 400 and text.rstrip().endswith("?") for text in texts]
    if sum(asks) < 3:
        return None  # (most articles: a first look)
    first = asks.index(True)
    if not any(_AN_INTERVIEW.search(text) for text in texts[:first]):
        return None
    answered = sum(1 for i in range(first, len(texts) - 1) if asks[i] and not asks[i + 1])
    if answered < 3 or answered < sum(asks[first:]) * 2 // 3:
        return None
    return _turns(texts, asks, first)


#: Words that say what follows is an interview: 'The interview has been edited for length'
_AN_INTERVIEW = re.compile(
    r"\b(?:[Ii]nterview (?:has been|was|is)\b|edited for (?:length|clarity|brevity)|condensed|"
    r"Q&A|lightly edited)"
)


#: A question in capitals: four words at least, no lower-case letter
_CAPS_QUESTION = re.compile(r"[^a-z]*?[A-Z][^a-z]*(?:\s[^a-z\s]+){3,}[^a-z]*")


def a_transcript(turns: list[tuple[str, str] | None], texts: list[str]) -> bool:
    """Are the paragraphs (``texts``), read as turns (None where not one), a transcript?
    It has turns, and its speakers take more than one: a 'Poll: …' line is a headline,
    and 'Iowa: …', 'New Hampshire: …' a list."""
    # (by surname: 'Tom Whitcombe, Castlegate Securities:' is 'Whitcombe:' after)
    labels = [t[0].lower().rsplit(" ", 1)[-1] for t in turns if t]
    if not labels:
        return False  # most articles: no turn at all
    if len(labels) >= 3 and len(set(labels)) < len(labels):
        return True
    # or an interviewer's question answered by name: 'Q: …' then 'KLINGBEIL: …' once,
    # or questions of their own ('Has anyone asked you to …?') twice (once may be the
    # writer's: '… what's next? President Kardashian?' then 'Grandkids: It was …')
    answers = [
        bool(asked and is_question(asked[0]))
        for asked, answer, before in zip(turns, turns[1:], texts, strict=False)
        if answer
        and not is_question(answer[0])
        and ((asked and is_question(asked[0])) or (not asked and before.endswith("?")))
    ]
    return any(answers) or len(answers) >= 2


def is_question(who: str) -> bool:
    """Is the turn's label the interviewer's ('Q', 'Question')?"""
    return who.lower() in _QUESTION


def is_answer(who: str) -> bool:
    """Is the turn's label the interviewee's ('A', 'Answer')?"""
    return who.lower() in _ANSWER


def interviewing(masthead: str, intro: str, turns: list[tuple[str, str] | None]) -> set[str]:
    """The labels of a transcript that interview: mostly questions, and the publication
    (named in the ``masthead``: its masthead, title and source line) or the one the
    ``intro`` (the words before the first turn) says was spoken to. A host whose
    questions the intro does not name as an interview ('TAPPER:') still speaks."""
    # ('SCR:' for the Sahel & Coast Review: the publication's initials)
    initials = {
        "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", part)).lower()
        for part in re.split(r"\s+[—–|›»·•/>-]\s+|\n", masthead)
    }
    masthead, intro = masthead.lower(), intro.lower()
    asked = _asked(turns)
    hosting = {turn[0].lower() for turn in turns if turn and _HOSTING.search(turn[1])}
    return {
        who
        for who, questions in asked.items()
        # (a host, by how they run the programme: 'The minister joins me now.')
        if (any(questions) and (who in hosting or who.rsplit(" ", 1)[-1] in hosting))
        # (mostly questions; a third of them, if the intro names who asks: 'She sat
        # down with our sports editor, Namal Perera' and half his turns are statements)
        or (
            sum(questions) * 2 > len(questions)
            and (who in masthead or (len(who) >= 2 and who in initials))
        )
        or (
            sum(questions) * 3 >= len(questions)
            and any(
                _SPOKEN_TO.search(intro, max(0, m.start() - 60), m.start())
                or _HOST.search(intro, max(0, m.start() - 30), m.start())
                or _ASKS.match(intro, m.end())
                for m in re.finditer(rf"\b{re.escape(who)}\b", intro)
            )
        )
    }


#: A host's words, running the programme: 'The minister joins me now.', 'After that
#: interview we spoke to …', 'We asked National Water Services for a response', 'Coming
#: up after the news'
_HOSTING = re.compile(
    r"\b(?:joins? (?:me|us)|joining (?:me|us)|welcome (?:back )?to the (?:programme|program|"
    r"show)|you(?:['’]re| are) listening to|thanks? (?:you )?for (?:joining|being with) "
    r"(?:me|us)|after (?:that|the) (?:interview|break)|coming up (?:after|next|later)|"
    r"we (?:asked|contacted|approached) [A-Z])"
)


#: The intro's words for whom a subject spoke to: 'spoke to the Review's Sarah Whitfield'
_SPOKEN_TO = re.compile(
    r"\b(?:spoke|talked|speaking|talking) (?:to|with)\b|\binterview(?:ed)? (?:by|with)\b"
    r"|\bin conversation with\b|\bsat down with\b|\basked by\b"
)
#: The intro's word for the one who asks, before their name: 'Presenter Aoife Brennan',
#: 'hosted by Ola Brenn', 'the programme's host, Ola Brenn'
_HOST = re.compile(rf"\b(?:{HOST_ROLE}|{HOSTED_BY})[,:]?\s+(?:[\w'’.-]+\s+){{0,2}}$")
#: ... or their act after it: 'Aoife Brennan spoke first to Declan Moriarty'
_ASKS = re.compile(
    r"\s+(?:first\s+)?(?:spoke|talked|speaks|talks)\s+(?:first\s+)?(?:to|with)\b"
    r"|\s+(?:asked|interviewed|interviews|questioned)\s"
)


def _asked(turns: list[tuple[str, str] | None]) -> dict[str, list[bool]]:
    """Each label's turns, whether each is a question: a label that asks has most of
    them questions ('Black Sea Monitor: Minister, how serious is …?'), as 'Q:' has."""
    asked: dict[str, list[bool]] = {}
    for turn in turns:
        if turn:
            asked.setdefault(turn[0].lower(), []).append(turn[1].rstrip().endswith("?"))
    # 'AOIFE BRENNAN:' first, 'BRENNAN:' after: one person's turns, counted together
    for label in [label for label in asked if " " in label]:
        surname = label.rsplit(" ", 1)[1]
        if surname in asked:
            asked[label] = asked[surname] = asked[label] + asked[surname]
    return asked


_SPOKE_TO = re.compile(r"\b(?:(?:spoke|talked|sat down) (?:to|with)|received) ")
#: 'Advocate Ana Lind SC, who led the forum's legal team, spoke to our editor'
_SPOKE_TO_US = re.compile(
    # (or the one just named: 'Helena Nangolo has been minister …. She spoke to the Journal')
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*|\b[Ss]?[Hh]e)(?:,[^;“”\"]{2,200}?,)?\s+"
    # ('Declercq, a Liberal, received the Ledger in his office')
    # ('… spoke to The Observer about the line's future')
    r"(?:(?:spoke|talked)\s+(?:to|with)|received)\s+(?:us\b|our\s|this\s|[Tt]he\s+[A-Z])"
)
#: 'We spoke to Health Minister Ana Lind', 'Our editor sat down with Ana Lind'
_WE_SPOKE_TO = re.compile(
    r"(?:\b[Ww]e|\b[Oo]ur\s+[\w ]{2,40}?)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
    # (a surname alone, with its particles too: 'We spoke to de la Fuente at his office')
    rf"(?P<who>(?:(?:[A-Z][\w'’.-]*|{PARTICLE})\s+){{0,4}}"
    r"[A-Z][\w'’.-]*"
    # ('We spoke to the minister in his office': the one named with that title)
    r"|the (?:[a-z]+ ){0,2}(?:minister|president|governor|mayor|secretary|ambassador|"
    r"chancellor|premier|commissioner|envoy|chairman|chairwoman|chair|director|"
    r"chief executive|senator|judge|general))\b"
)


def spoke_to_paper(text: str) -> str | None:
    """Who the text says spoke to the paper, as written ('X SC, who led …, spoke to our
    editor', 'We spoke to Health Minister Y'): whom an interview is with."""
    if not _SPOKE_TO.search(text):
        return None  # (a first look: 'spoke at a rally' names no interview)
    m = _SPOKE_TO_US.search(text) or _WE_SPOKE_TO.search(text)
    return m["who"] if m else None


def interviewee_named(text: str, people: People) -> str | None:
    """The person the text says spoke to the paper, named in full (an interview's
    subject), or None."""
    said = spoke_to_paper(text)
    if said and said.lower() in ("he", "she"):
        # 'Helena Nangolo has been minister …. She spoke to the Journal': the person
        # named last before 'she', in these words or before them
        before = text[: text.find(" spoke")] if " spoke" in text else text
        named = [r for r in map(run_reading, NAME_RUN.findall(before)) if r and r[1]]
        said = people.fullest(named[-1][0]) if named else people.pronoun(said.lower())
    name = person_name(said) if said else None
    if said and not name and said.lower().startswith("the "):
        # 'We spoke to the minister in his office': the one named with that title
        name = people.who(said.lower())
    return people.fullest(name) if name and looks_like_person(people.fullest(name)) else None


def answering(people: People) -> str | None:
    """Who answers an interview's 'A:': the person its introduction named most (first
    named, on a tie), the same for every answer."""
    if people.interviewee is None and people.spoke_to_us:
        people.interviewee = people.spoke_to_us
    if people.interviewee is None and people.mentions:
        mentions = people.mentions
        people.interviewee = max(people.names.full, key=lambda name: mentions.get(name, 0))
    return people.interviewee or people.last_person
