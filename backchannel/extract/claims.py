"""Claims beyond speech verbs: 'X believes that …', 'X announced that …',
'X called the plan “a disaster”'. Whoever is said to hold or make a claim is
its speaker; no stance is suggested from the verb (see stance.py)."""

from __future__ import annotations

import re

from .complements import THAT_THING
from .documents import document_sender
from .names import person_before_of
from .naming import GROUP_WORDS
from .phrases import LEADING_CONJ
from .polls import poll_named
from .roles import PERSON_ROLE
from .speakers import People
from .text import RUN_ON

#: Verbs before 'that' that do not put a claim in someone's mouth.
_NOT_CLAIMS = {
    "means", "meant", "ensures", "ensured", "requires", "required", "provides", "provided",
    "mandates", "stipulates", "so", "such", "given", "assumes", "assumed", "implies",
    "implied", "happens", "happened", "seems", "seemed", "appears", "appeared", "is", "was",
    "has", "had", "does", "did", "needs", "needed", "helps", "helped", "proves",
}  # fmt: skip
_SUBJECT = (
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"(?:\s+\([^)]{1,20}\))?|[Hh]e|[Ss]he|[Tt]he\s+(?:[\w'’-]+\s+){0,2}[a-z][\w'’-]*"
    # 'One Berg spokesman has called …', 'one lawmaker called …'
    r"|(?:[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|"
    r"official|lawmaker|senator|strategist|critic|supporter|analyst|member|delegate|voter))"
)
_THAT_CLAIM = re.compile(
    rf"(?:^|,\s+|\s+(?:and|but)\s+){_SUBJECT}\s+(?:has\s+|have\s+|had\s+|also\s+|long\s+)?"
    rf"(?:[a-z]\w*ly\s+)?(?P<verb>[a-z]{{3,}}(?:ed|s))\s+(?P<text>that\s+.{{10,}})$"
)
#: A quotation in “…”, "…" or ''…'' (as some wires and archives print it)
_QUOTED = r"(?:[“\"][^”\"]+[”\"]|''(?:(?!'').){1,300}'')"
#: 'called the plan “pathetic” and “dangerous”': the words it was called, all of them
_MORE_QUOTED = rf"(?:,?\s+(?:and|or)\s+(?:an?\s+)?{_QUOTED})*"
#: Who calls a thing something, and an apposition after them: 'The bill's sponsor, Darnell
#: Okafor,'; then the auxiliaries and adverb before the verb
#: A name, then 'of' and where they are of, before a caller's subject: 'Senate Minority
#: Leader Evelyn Strand of Michigan called …' is the person, not her state
_OF_FIRST = r"(?:(?P<of>(?:[A-Z][\w'’.-]*\s+){2,5})of\s+)?"
_CALLER_HEAD = (
    rf"(?:^|(?<=[\s,])){_OF_FIRST}{_SUBJECT}"
    r"(?:,(?P<aside>[^,“”\"]{2,80}),)?\s+"
)
_CALLER_AUX = r"(?:(?:has|had|have|also)\s+){0,2}(?:[a-z]\w*ly\s+)?"
_CALLED = re.compile(
    # 'Paul Ryan, the Speaker, on Tuesday called the remarks “racist”': an apposition
    # and a day may stand between the subject and its verb
    rf"{_CALLER_HEAD}(?:on\s+[A-Z][a-z]+day\s+)?{_CALLER_AUX}"
    rf"(?:called|dubbed|labeled|labelled|branded|deemed)\s+(?P<text>[^“”\"]{{1,100}}?{_QUOTED}"
    rf"{_MORE_QUOTED})"
)


#: An undertaking someone gave, told by whoever got it: 'a private commitment from the
#: Minister, Orla Brennan, that the cap would be lifted', 'assurances from Washington that …'
_UNDERTAKING_FROM = re.compile(
    r"(?P<text>(?:\b(?:an?|the|their|his|her|its|fresh|new|repeated|further)\s+)?"
    r"(?:(?:private|written|verbal|firm|personal|public|explicit|clear|fresh|new|repeated|"
    r"informal|further)\s+){0,2}(?:assurances?|commitments?|pledges?|promises?|guarantees?|"
    r"undertakings?)\s+from\s+(?P<who>[^;:“”\"]{2,80}?),?\s+that\s+\S.{10,})$"
)

#: What a thing is called without quotation marks: an object, then the name put on it
#: ('called the deadline unrealistic', 'called the ruling a self-inflicted wound',
#: 'calling Senate Majority Leader Mitch McConnell a liar', 'called himself pro-choice');
#: an adjective by its ending or as a common judgement, not a noun of a person ('called
#: the union official'), nor a time ('called the minister an hour later')
_JUDGED = (
    r"(?:(?:very|too|so|deeply|utterly|completely|totally|wholly|highly|entirely|simply|"
    r"plainly|fundamentally)\s+)?"
    r"(?:[a-z]+(?:ic|ical|ous|able|ible|ful|less|ish)|un[a-z]+|il[a-z]+(?:al|ate)|ir[a-z]+|"
    r"im[a-z]+(?:al|ate|ent|ive)|in[a-z]+(?:ent|ate|ive)|absurd|premature|false|dead|wrong|"
    r"unfair|naive|naïve|silly|stupid|crazy|insane|right|fair|safe|clear|moot|hollow|cheap|"
    r"weak|bad|good|great|misleading|disappointing|worrying|alarming|shocking|appalling|"
    r"outrageous|excessive|aggressive|offensive|divisive|constructive|positive|negative|"
    r"decisive|illegal|immoral|irrational|unconstitutional|critical|crucial|essential|vital|"
    r"brutal|fatal|controversial|inadequate|insufficient|irrelevant|arbitrary|"
    r"reckless|pointless|baseless|groundless|meaningless|worthless|useless|shameful|"
    r"disgraceful|unacceptable)"
)
_NOT_A_NAME = r"(?!(?:hour|day|week|month|year|few|couple|second|third|number|time|while)\b)"
_CALLED_PLAIN = re.compile(
    rf"{_CALLER_HEAD}{_CALLER_AUX}(?:called|branded|labell?ed|deemed)\s+"
    r"(?P<text>(?:(?:the|this|that|these|those|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+|him|her|them|it|himself|herself|themselves|itself|(?:[A-Z][\w'’.-]*\s+){0,4}"
    r"[A-Z][\w'’-]*)\s+(?:(?:an?|the|his|her|their|its)\s+"
    rf"{_NOT_A_NAME}(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+|{_JUDGED})"
    # to the end of its clause: 'a press release, not a plan'
    r"(?:,\s+not\s+(?:an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?)"
    r"(?=\s*(?:$|[,;.]|\s(?:and|but|because)\b))"
)


#: a cheap first look for a belief
BELIEF_WORD = re.compile(r"\b(?=[tbfhewrd])(?:think|believe|fear|hope|expect|worr|reckon|doubt)")
_BELIEF = re.compile(
    rf"(?:^|,\s+|\s+(?:and|but)\s+)(?:(?P<group>(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|"
    r"[Tt]hree|\d+)\s+)?(?:[\w.'’-]+\s+){0,2}(?:officials|economists|analysts|experts|advisers|"
    r"aides|supporters|voters|critics|strategists|observers|leaders|members|lawmakers|"
    r"Republicans|Democrats|conservatives|liberals|investors|residents|scientists|historians)"
    rf"|(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]wo|[Tt]hree|\d+)\s+(?:[\w'’-]+\s+){{0,2}}[a-z]+s)"
    rf"|{_SUBJECT})\s+(?:also\s+|still\s+|now\s+)?(?:[a-z]\w*ly\s+)?"
    r"(?P<verb>think|thinks|thought|believe|believes|believed|fear|fears|feared|hope|hopes|"
    r"hoped|expect|expects|worry|worries|worried|reckon|reckons|reckoned|doubt|doubts)\s+"
    # a clause, not 'hope to …' or 'expect more from …'
    r"(?P<text>(?!(?:to|in|on|at|for|by|with|from|of|about|so|more|less|nothing|it\s+to)\b)"
    r"(?:that\s+)?[\w“\"][\w'’.-]*\s+[\w'’-]+.{10,})$"
)
#: 'A new poll by the college shows that …', 'The study found …': what a poll, a
#: study or a report finds is attributed to it, as the press attributes it.
_FINDING = re.compile(
    r"(?:^|,\s+|\s+(?:and|but)\s+)(?P<who>(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Aa]nother|[Tt]hose|[Tt]hese)\s+)?(?:[\w'’./-]+\s+){0,5}?(?:[Pp]olls?|[Ss]urveys?|"
    r"[Ss]tud(?:y|ies)|[Rr]eports?|[Aa]nalysis|[Dd]ata|[Ff]igures|[Rr]esearch|[Rr]ecords|[Aa]udit|"
    r"[Cc]ensus|[Ee]stimates|[Pp]rojections|[Pp]olling|[Ff]ilings|[Dd]ocuments|[Rr]esults|"
    r"[Ee]-?mails|[Vv]ideo|[Ff]ootage|[Mm]emo|[Mm]inutes)(?:\s+(?:released|published|conducted|by|"
    r"of|from|for|in|on|last)\s+[^,;“”\"]{1,60}?"
    # ('An internal memo signed by Hernán Ríos, head of …, dated 19 December and seen by
    # the Andean Report, shows …')
    r"|\s+(?:signed|sent|written)\s+by\s+[^;“”\"]{1,160}?"
    # ('The INMF’s own survey, published last week, found …')
    r"|,\s+(?:released|published|conducted|commissioned)\b[^,;“”\"]{1,60},"
    r")?)\s+(?:also\s+|now\s+|clearly\s+)?"
    r"(?P<verb>shows?|showed|found|finds|suggests?|suggested|indicates?|indicated)\s+"
    # what follows is a clause or what it shows, not 'showed up', 'found in …'
    r"(?P<text>(?!(?:up|off|out|in|on|at|to|for|by|with|from|of|how|no|it)\b)(?:that\s+)?"
    r"[\w“\"$][\w'’%.-]*\s+[\w'’-]+.{10,})$"
)
#: What a finding is told after, as background: '…, after a report found …'
_BACKGROUND = re.compile(r"(?:after|before|since|until|once|because|when)\s", re.I)
#: A body's own paper that finds: 'the INMF’s own survey' (relays.py reads a body's paper
#: it relays, a list of its own: 'according to the Herald's analysis' stays the analysis)
_OWNERS_FINDING = re.compile(
    r"(?P<owner>(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)['’]s\s+(?:own\s+|latest\s+|annual\s+)?"
    r"(?:survey|report|figures|data|analysis|research|study|audit|estimates|records)$"
)
#: A paper, as 'it', that finds: 'It found that the aircraft touched down …'
_IT_FINDS = re.compile(
    r"It\s+(?:also\s+)?(?:found|finds|concluded|concludes)\s+(?P<text>that\s+\S.{10,})$"
)
_WHAT_CALLED = re.compile(
    rf"\b(?:what|which|whom)\s+{_SUBJECT}\s+(?:has\s+|had\s+|once\s+)?(?:[a-z]\w*ly\s+)?"
    rf"(?:called|calls|described as|describes as|dubbed|termed|labeled|labelled)\s+"
    rf"(?:an?\s+)?(?P<text>{_QUOTED})"
)
_CALLING = re.compile(
    # (or opening a clause split off the sentence: 'and calls her “…”', 'calling it “…”')
    rf"(?:,\s+|^(?:(?:and|but)\s+(?=call))?)(?:calling|calls|called|dubbing|labeling|labelling|"
    rf"branding)\s+(?P<text>[^“”\"]{{1,100}}?{_QUOTED}"
    rf"{_MORE_QUOTED})"
)


def claimed(clause: str, people: People, sentence_subject: str = "") -> tuple[str, str] | None:
    """(text, speaker) of a claim someone is said to make or hold, or None.

    ``sentence_subject`` speaks for a participle: '…, calling him a “loser”'."""
    if " that " in clause:
        m = _THAT_CLAIM.search(clause)
        # (not 'rejects that argument': a thing told of before, no clause)
        if m and m["verb"] not in _NOT_CLAIMS and not THAT_THING.match(" " + m["text"]):
            who = _actor(m["who"], people)
            if who:
                return m["text"].strip().rstrip("."), who
        m = _UNDERTAKING_FROM.search(clause) if " from " in clause else None
        if m:
            # ('the Minister for Health, Orla Brennan': the name in apposition)
            named = m["who"].rsplit(", ", 1)[-1]
            who = _actor(named, people) or _actor(m["who"], people)
            if who:
                return m["text"].strip().rstrip("."), who
    m = _BELIEF.search(clause) if _has_belief(clause) else None
    if m:  # 'some officials think the mayor is at risk': a belief is a claim too
        who = m["group"] or _actor(m["who"], people)
        if who:
            return m["text"].strip().rstrip("."), who
    m = _RULING.search(clause) if _has_ruling(clause) else None
    if m:
        # 'The court ruled that …', '…, ruling that …', 'the court found that …': what a
        # court or judge rules, on the record
        court = _SUBORDINATE_FIRST.sub("", m["who"].strip())  # 'even after a judge found'
        court = _ARTICLE.sub("", LEADING_CONJ.sub("", court))
        text = m["text"].strip().rstrip(".")
        return (text[5:] if text.startswith("that ") else text), people.who(court) or court
    m = _FINDING.search(clause) if _has_finding(clause) else None
    if m and not _BACKGROUND.match(m["who"]):  # ('…, after a report found …': background)
        # ('But early ratings data show …', '… where polls show …': no conjunction)
        who = _ARTICLE.sub("", LEADING_CONJ.sub("", m["who"].strip()))
        who = who.split(",", 1)[0]  # (not its aside: ', published last week,')
        owner = _OWNERS_FINDING.match(who)
        if owner:
            # 'The INMF’s own survey found …': the body that made it finds it
            who = people.who(owner["owner"]) or owner["owner"]
        if document_sender(m["who"].strip()):  # (a memo its sender signed: his words)
            who = people.who(m["who"].strip()) or who
        # ('The poll showed …' after 'a CNN/ORC poll' named: that poll)
        if who in ("poll", "survey"):
            who = poll_named(m["who"], people.last_poll) or who
        text = m["text"].strip().rstrip(".")
        return (text[5:] if text.startswith("that ") else text), who
    m = _IT_FINDS.match(clause) if clause.startswith("It ") else None
    if m and people.last_org:
        # 'The board released its preliminary report. It found that …': the finding of
        # the body whose paper it is
        text = m["text"].strip().rstrip(".")
        return (text[5:] if text.startswith("that ") else text), people.last_org
    if "“" in clause or '"' in clause or "''" in clause:
        named = "call" in clause or "describ" in clause or "dubbed" in clause or "label" in clause
        what = "what" in clause or "which" in clause or "whom" in clause
        m = _WHAT_CALLED.search(clause) if what and (named or "termed" in clause) else None
        if m:  # 'at what Lind called “the worst option”': her words, however few
            who = _actor(m["who"], people)
            if who:
                return m["text"].strip().rstrip(","), who
        m = (
            _CALLED.search(clause)
            if named or "branded" in clause or "deemed" in clause  # a cheap first look
            else None
        )
        if m:
            who = _caller(m, people)
            # 'called it “a step forward” in the talks': to the end of its clause
            run_on = RUN_ON.match(clause, m.end()) if m["text"][-2:-1].isalpha() else None
            if who:
                return (m["text"] + (run_on.group(0) if run_on else "")).strip(), who
        m = _CALLING.search(clause)
        if m and sentence_subject:
            who = _actor(sentence_subject, people)
            if who:
                return m["text"].strip(), who
    elif _may_call_plainly(clause):
        m = _CALLED_PLAIN.search(clause)
        if m:
            who = _caller(m, people)
            if who:  # (as 'X said that …' is told: from who called it so)
                return clause[m.start("who") : m.end()].strip(), who
    return None


#: A court's ruling or finding: 'The court ruled that …', 'the court found that …',
#: 'the Supreme Court on Tuesday annulled the licence, ruling that …'
_RULING = re.compile(
    r"(?:^|,\s+|\s+(?:and|but)\s+)(?P<who>(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:[\w'’.-]+\s+){0,5}?"
    r"(?:[Cc]ourt|[Jj]udges?|[Tt]ribunal|[Jj]ustices|[Jj]ury|[Aa]rbitrators?|"
    # ... or a body that inquires: 'A Senate committee has found that …'
    r"[Cc]ommittee|[Ii]nquiry|[Pp]anel|[Ii]nvestigation|[Ww]atchdog|[Oo]mbudsman|"
    r"[Aa]uditor(?:-[Gg]eneral)?|[Ii]nspectorate))"
    r"(?:\s+(?:on|last)\s+\w+)?(?:\s+[^,;“”\"]{1,80},)?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?P<verb>ruled|rules|found|finds|held|"
    r"holds|concluded|concludes)\s+|[^,;]{0,160},\s+(?:ruling|finding|holding)\s+)"
    r"(?P<text>that\s+.{10,})$"
)
_SUBORDINATE_FIRST = re.compile(
    r"^(?:\w+\s+)*?(?:after|before|when|while|because|since|although|though|if|until|as)\s+"
)
_FINDING_VERB = re.compile(r"\b(?=[sfi])(?:show|found|finds|suggest|indicat)")
_FINDING_NOUN = re.compile(
    r"(?i:poll|survey|stud|report|analys|data|figure|research|record|audit|census|estimate|"
    r"projection|filing|document|result|mail|video|footage)"
)


def may_claim(sentence: str) -> bool:
    """Could claimed() find anything? A cheap first look: a belief, a finding verb
    with a poll, study or report to make it, or a court's ruling."""
    return (
        _has_belief(sentence)
        or bool(_has_finding(sentence) and _FINDING_NOUN.search(sentence))
        or _has_ruling(sentence)
        or (sentence.startswith("It ") and _IT_FINDS.match(sentence) is not None)
        or (_may_call_plainly(sentence) and _CALLED_PLAIN.search(sentence) is not None)
    )


def _may_call_plainly(text: str) -> bool:
    """Could _CALLED_PLAIN match? Its verbs as plain strings first."""
    return "called " in text or "branded " in text or "deemed " in text or "labe" in text


def _caller(m: re.Match[str], people: People) -> str | None:
    """Who calls a thing something (_CALLED, _CALLED_PLAIN), or the name in the
    apposition after them ('The bill's sponsor, Darnell Okafor, called …')."""
    return (
        _person_of(m["of"], people)
        or _actor(m["who"], people)
        or (_actor(m["aside"].strip(), people) if m["aside"] else None)
    )


_RULING_BODIES = (
    "ourt", "udge", "ribunal", "ustices", "ury", "rbitrator", "ommittee", "nquiry", "anel",
    "nvestigation", "atchdog", "mbudsman", "uditor", "nspectorate",
)  # fmt: skip


def _has_ruling(text: str) -> bool:
    return (
        "rul" in text
        or "found" in text
        or "finds" in text
        or "finding" in text
        or "held" in text
        or "holding" in text
        or "conclud" in text
    ) and any(body in text for body in _RULING_BODIES)


# Plain string tests first: much faster than the patterns, and most sentences fail them.
def _has_belief(text: str) -> bool:
    return (
        "think" in text
        or "believe" in text
        or "fear" in text
        or "hope" in text
        or "expect" in text
        or "worr" in text
        or "reckon" in text
        or "doubt" in text
    ) and BELIEF_WORD.search(text) is not None


def _has_finding(text: str) -> bool:
    return (
        "show" in text
        or "found" in text
        or "finds" in text
        or "suggest" in text
        or "indicat" in text
    ) and _FINDING_VERB.search(text) is not None


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _actor(phrase: str, people: People) -> str | None:
    """The speaker a subject names, if it names an actor: a person, a body, 'he'."""
    low = phrase.lower()
    if (
        low.startswith("the ")
        and not GROUP_WORDS.search(low)
        # ('The Democratic presidential candidate … , calling it “absurd.”': one by role)
        and not PERSON_ROLE.fullmatch(low.rsplit(" ", 1)[-1])
    ):
        return None  # 'the report', 'the fact': not someone
    if low in ("he", "she"):
        return people.pronoun(low)
    return people.who(phrase)


#: The verbs that put a name on a thing: 'called the plan “…”', 'described it as “…”'
CALLING = (
    r"(?:called|calls|dubbed|dubs|labeled|labelled|labels|branded|brands|deemed|described|"
    r"describes)"
)
#: Words a head must hold for CALLING to be in it: a first look
CALLING_STEMS = ("call", "dub", "label", "brand", "deem", "describ")
_CALLER = re.compile(
    rf"(?:{_OF_FIRST}{_SUBJECT}|"
    # ('…, whose current president, Nenad Popović, called him “…”': a name in apposition)
    # ('The bill's sponsor, state Sen. Darnell Okafor, called …': a word of the title first)
    r"(?<=, )(?:(?:state|former|then|fellow|party)\s+)?(?P<named>(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"[A-Z][\w'’-]*),)"
    rf"\s+(?:has\s+|had\s+|also\s+)?(?:[a-z]\w*ly\s+)?{CALLING}\b[^.!?;]{{0,80}}$"
)


def called_after(head: str, at: int) -> bool:
    """Does the one who calls something by a name in ``head`` come after ``at`` (its last
    speech verb): '…, everyone agrees, is a livestream in which Lepik called …'?"""
    m = _CALLER.search(head[-200:])
    return m is not None and len(head) - len(head[-200:]) + m.start() >= at


def caller(head: str, people: People) -> str | None:
    """Who 'called' something what the quotation after ``head`` says, or None."""
    m = _CALLER.search(head[-200:])
    if m is None:
        return None
    return _person_of(m["of"], people) or _actor(m["who"] or m["named"], people)


def _person_of(words: str | None, people: People) -> str | None:
    """The person ``words`` name before an 'of' ('Senate Minority Leader Evelyn Strand'
    of '… Strand of Michigan'): the one who speaks, not the place they are of."""
    named = person_before_of(f"{words.strip()} of it") if words else None
    return people.who(named) if named else None
