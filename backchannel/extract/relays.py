"""Relays: a statement someone passes on, named by 'according to X' (French
'selon X', 'd'après X', German 'laut X', 'X zufolge') before or after it, or by a
newsletter's closing '…, per X.'"""

from __future__ import annotations

import re

from .names import ORG_WORDS, looks_like_person, person_before_of, person_name
from .passed_on import ASSURER
from .phrases import OBJECT_PRONOUNS
from .speakers import People
from .stance import ANONYMOUS
from .text import words_in
from .verbs import REPORT

#: A relay: 'according to X, …', French 'selon X, …', German 'laut X, …',
_ACCORDING = re.compile(
    # and Ukrainian and Russian 'за словами X, …', 'по словам X, …'
    r"(?:according to|selon|d['’]après|laut|zufolge|за словами|по словам|за даними|по данным)\s+"
    r"(?P<who>[^,]{2,150}),\s*(?P<text>.+)$",
    re.I,
)
#: A relay's clause of its own, after it: 'which the Kurier has been able to view, ',
#: 'who spoke on condition of anonymity because …, '
_ITS_CLAUSE = re.compile(r"(?:which|who)\s+[^,;“”\"„]{2,150}?,\s+")
#: Several of a kind who acted, opening a relay's words: 'at least two governments pushed'
_GROUP_ACTED = re.compile(
    r"(?P<who>(?:at\s+least\s+)?(?:two|three|four|five|several|some|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:governments|countries|states|members|ministers|delegations|capitals|allies))\s+"
    r"(?:had\s+)?(?:pushed|pressed|argued|demanded|offered|proposed|urged|insisted|warned|"
    r"objected|refused|asked)\b"
)
#: The words the relay patterns below are built on, in lower case.
_RELAY_WORDS = (
    "according to", "selon", "après", "laut", "zufolge", "словам", "даними", "данным", ", per ",
    " view", " opinion", "pour ",
)  # fmt: skip
#: A view given as someone's, opening the sentence: 'In her view, …'
_IN_THEIR_VIEW = re.compile(
    r"^\s*In\s+(?P<who>his|her|their)\s+(?:view|opinion),\s*(?P<text>.+)$", re.I
)
#: A French view given as someone's, opening the sentence: 'Pour l'économiste Mathilde
#: Roux, spécialiste …, la stratégie du gouvernement est transparente' (a role, then a
#: name: not 'Pour la première fois, …')
_POUR = re.compile(
    r"^\s*Pour\s+(?:l['’]|les?\s+|la\s+)(?:[a-zéèêàâçîôû-]+\s+){0,2}[a-zéèêàâçîôû-]+\s+"
    r"(?P<who>[A-ZÉÈ][\w'’-]+(?:\s+[A-ZÉÈ][\w'’-]+){1,2})(?:,\s+[^,]{2,120})?,\s+(?P<text>.{10,})$"
)
_LAUT = re.compile(
    r"^\s*Laut\s+(?:dem|der|den|des|einem|einer|eines)?\s*"
    # 'Laut einem hochrangigen Beamten im Kanzleramt will …': adjectives before the noun
    r"(?P<who>(?:[a-zäöüß]+(?:en|em|er|es|e)\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:für\s+|der\s+|des\s+|im\s+|vom\s+|von\s+)?[A-ZÄÖÜ][\w-]*){0,3})"
    r"\s+(?P<text>[a-zäöüß]\S*\s.{10,})$"
)
RELAY_WORD = re.compile(
    r"ccording|[Ss]elon|après|[Ll]aut\b|zufolge|словам|даними|данным|, per\s|"
    r"^\s*In (?:his|her|their) (?:view|opinion),|^\s*Pour "
)  # a cheap first look


def may_relay(text: str) -> bool:
    """Does the text hold a relay word ('according to', 'selon', 'laut')? Looked for
    as plain strings first (much faster than the pattern): most sentences have none."""
    return (
        "ccording" in text
        or "elon" in text
        or "après" in text
        or "aut" in text
        or "zufolge" in text
        or "словам" in text
        or "даними" in text
        or "данным" in text
        or ", per " in text
        or " view," in text
        or " opinion," in text
        or "Pour " in text
    ) and RELAY_WORD.search(text) is not None


#: 'Ferguson had two murders in 2014, according to the FBI.'; a newsletter's 'The
#: Pentagon is weighing a new package, per two senators.' (after a comma: 'per cent')
_ACCORDING_AFTER = re.compile(
    r"^(?P<text>[^;]{15,}?)(?:,?\s+(?:according to|selon|laut)|,\s+per)\s+(?P<who>[^,;]{2,80}?)"
    # ('according to the Rights Forum, a lobby', 'according to the Central Ground Water
    # Board, whose latest assessment, published in March, classifies …')
    r"(?:,\s+(?:an?|the)\s+[^,;]{2,60}|,\s+(?:whose|which)\s+[^;]{2,200})?"
    # ('…, according to two officials – an offer the minister publicly denied making': a
    # remark of the writer's after a dash)
    r"(?:\s+[–—]\s+[^;–—]{2,200})?[.]?$",
    re.I,
)
#: Who acted in private, opening what a relay passes on: 'German officials have privately
#: lobbied …', 'Lind quietly offered …'
_ACTED_IN_PRIVATE = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}(?:[A-Z][\w'’.-]*|officials|diplomats|negotiators|"
    r"ministers|aides|executives))\s+(?:has\s+|had\s+|have\s+)?(?:privately|quietly|secretly)\s+"
    r"[a-z]{3,}ed\b"
)
#: Things that 'suggest' or 'show' without being who speaks: 'the chamber's questions
#: suggested …' (a lawyer's reading of them)
NOT_SOURCES = re.compile(
    r"^(?:the )?(?:[\w'’-]+['’]s\s+)?(?:plans?|data|figures|estimates|polls?|rules?|questions|"
    r"answers)\b"
    # (what records or counts show, however described: 'according to city figures',
    # 'according to preliminary figures released after the meeting', 'federal records')
    # (in lower case: not 'Baltic Data Link', nor a body's: 'Federal Election Commission
    # records'; and 'senior figures' are people; the first word may be in capitals:
    # 'according to County figures')
    r"|^(?:the )?(?-i:(?!(?i:senior|leading|top|key|party|political|public|prominent|"
    r"several|two|three|four|some|many|other)\s)[A-Za-z][\w-]*\s+"
    r"(?:(?!(?:senior|leading|top|key|prominent)\s)[a-z][\w-]*\s+){0,2}"
    r"(?:data|figures|records|statistics))\b"
    # (not a body named for them: 'the statistics office')
    r"(?!\s+(?:office|bureau|agency|authority|department|board|institute|service|unit|"
    r"centre|center|commission|division)\b)",
    re.I,
)
#: 'According to X, “…”' and '“…,” according to X.'
#: Who passes a statement on, anywhere in its words: '…, according to one of the people'.
RELAY_SOURCE = re.compile(
    r"(?:according to|selon|laut|(?:^|,)\s*per) (?P<who>[^,.;“”\"„]{2,60})", re.I
)
RELAY_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|[Ss]elon|[Ll]aut)\s+(?P<who>[^,;“”\"«»]{2,90}?),?\s*$"
)
RELAY_AFTER = re.compile(
    r"^[\s,]*(?:according to|selon|laut|per)\s+"
    # a title's full stop is not the sentence's: 'according to Mr. Rhodes.'
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s+)?[^,;.“”\"«»]{2,100})"
)


#: One's own papers or reckoning a relay names: 'ses calculs', 'his figures', 'her data'
_THEIR_OWN = re.compile(
    r"(his|her|ses|son|sa|seinen|seiner|ihren|ihrer)\s+(?:own\s+)?(?:calculations?|calculs|"
    r"figures|estimates?|estimations?|data|données|analysis|analyse|Berechnungen|Angaben|"
    r"Schätzungen?)$",
    re.I,
)


def relay_speaker(phrase: str, people: People) -> str | None:
    """Who a relay names: 'Ana Lind of the Harbour Trust' is Ana Lind; 'a filing by
    state attorney Ana Lind' is Ana Lind; else the phrase, as people.who() reads it."""
    name = person_before_of(phrase)
    if name:
        return people.fullest(name)
    name = person_name(phrase)
    if name and looks_like_person(name) and not ORG_WORDS.search(phrase):
        return people.fullest(name)
    return people.who(phrase)


def relayed(clause: str, spans: list[tuple[int, int]], people: People) -> tuple[str, str] | None:
    """(text, source) if the clause is relayed ('According to officials, the plan …',
    '… two murders in 2014, according to the FBI'); ``spans``: its quotations."""
    low = clause.lower()  # every pattern below needs one of these words: look first
    if not any(word in low for word in _RELAY_WORDS):
        return None
    m = _ACCORDING.search(clause)
    # ('According to a presentation dated 14 August, which the paper has seen, the
    # company plans …': past the relay's own clause)
    own_clause = _ITS_CLAUSE.match(m["text"]) if m else None
    if (
        m
        and (not NOT_SOURCES.match(m["who"]) or RELEASED_BY.search(m["who"]))
        and not any(a < m.start("text") for a, _ in spans)  # not inside a quotation
        and (own_clause or not re.match(r"(?:who|which|whose|where)\b", m["text"]))
    ):
        text = m["text"][own_clause.end() if own_clause else 0 :].strip().rstrip(".")
        before = clause[: m.start()].rstrip()
        if before.endswith(",") and words_in(before) >= 3:
            # 'It reshuffled its diplomats and, according to officials, adopted …':
            # the relay speaks for the whole clause
            text = f"{before.rstrip(',')} {text}"
        # 'Un conseiller … aurait indiqué, selon le quotidien X, que …', 'Selon un compte
        # rendu …, le directeur de cabinet, Xavier Delorme, aurait précisé que …': the
        # one who said it speaks; the paper or the minutes only pass it on
        actor = _ACTOR.match(text)
        who = _actor(actor, people) if actor else None
        who = who or bound_by(m["who"], text, people)
        # ('According to three people …, Telvia chairman Ignacio Barrenechea gave the
        # prime minister's chief of staff private assurances …': as after its words, below;
        # insiders only: what a paper reports is the paper's word)
        insiders = not who and ANONYMOUS.search(m["who"])
        assurer = ASSURER.match(text) if insiders else None
        who = who or (people.who(assurer["who"]) if assurer else None)
        # ('According to two officers …, at least two governments pushed during a closed
        # session for …': the ones who pushed speak)
        group = _GROUP_ACTED.match(text) if insiders and not who else None
        who = who or (group["who"] if group else None)
        acted = _ACTED_IN_PRIVATE.match(text) if not who and "ly " in text else None
        if acted:
            # 'According to the Observer, German officials have privately lobbied Tokyo
            # …': the ones who acted in private speak; the paper passes it on
            who = people.who(acted["who"]) or acted["who"]
        released = RELEASED_BY.search(m["who"]) if not who else None
        if released:
            # 'According to figures released by the Directorate General of Health
            # Services on Wednesday, …': the body's word
            who = _relay_source(released["body"], people)
        plans = _BODY_PLANS.match(text) if not who and _A_PAPER_SOURCE.match(m["who"]) else None
        if plans:
            # 'According to a presentation to the board …, the company plans to …': a paper
            # records what its body plans; the body speaks
            who = people.who(plans["who"])
        who = who or _relay_source(m["who"], people)
        # '…, according to the Forum, an advocacy group.' is no statement
        if who and words_in(text) >= 5:
            return text, who
    m = _IN_THEIR_VIEW.match(clause) if "view" in low or "opinion" in low else None
    if m and words_in(m["text"]) >= 5:
        # 'In her view, the shortage was the result of two poor harvests …': hers
        who = people.who(_POSSESSIVE_PRONOUN[m["who"].lower()])
        if who:
            return m["text"].strip().rstrip("."), who
    m = _POUR.match(clause) if clause.lstrip()[:4] == "Pour" else None
    if m and words_in(m["text"]) >= 5:
        return m["text"].strip().rstrip("."), people.who(m["who"]) or m["who"]
    m = _LAUT.match(clause) if clause.lstrip()[:1] == "L" else None
    if m:  # 'Laut dem Ministerium werden die Truppen …': German puts the verb next, no comma
        return m["text"].strip().rstrip("."), m["who"]
    m = _ACCORDING_AFTER.match(clause.strip())
    if m and not NOT_SOURCES.match(m["who"]) and (not spans or spans[-1][1] <= m.end("text")):
        # 'Turkey gave Kyiv private assurances…, according to three officials': the
        # one who assured is the speaker; the officials only relay it
        assurer = ASSURER.match(m["text"].strip())
        if assurer is None and _A_PAPER_SOURCE.match(m["who"]):
            # 'BNG's legal department flagged it as “…”, according to an internal note':
            # a paper only records what its subject did
            assurer = _OWNER_DID.match(m["text"].strip())
        who = people.who(assurer["who"]) if assurer else _relay_source(m["who"], people)
        if who:
            return m["text"].strip(), who
    return None


#: A paper and the body that put it out: 'figures released by the Directorate General of
#: Health Services on Wednesday', 'data published by the statistics office'
RELEASED_BY = re.compile(
    r"\b(?:released|published|issued|compiled|provided)\s+by\s+(?P<body>(?:the\s+)?[^,;]{2,80}?)"
    r"(?:\s+(?:on|last|this|in|earlier|late|early)\b[^,;]*)?$"
)
#: A paper that records what was said or done: 'an internal note', 'the minutes'
_A_PAPER_SOURCE = re.compile(
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:note|memo|minutes|records?|documents?|e-?mails?|"
    r"messages?|filing|filings|presentation|slides)\b"
)
#: A body, and what it means to do: 'the company plans', 'the ministry intends'
_BODY_PLANS = re.compile(
    r"(?P<who>[Tt]he\s+(?:company|firm|group|ministry|government|department|board|council|"
    r"bank|club|agency))\s+(?:plans|intends|expects|aims|wants|is\s+planning|would|will)\b"
)
#: A body or a person, named, and what they did in the past: 'BNG's legal department
#: flagged', 'Ana Lind wrote'
_OWNER_DID = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*|department|office|"
    r"ministry|board|team|unit|committee|secretariat))\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"
)
#: Who said what a relay passes on, opening its words: a French conditional
#: ('aurait indiqué') or past ('a assuré'), the subject and its apposition before it
_ACTOR = re.compile(
    r"^(?P<who>(?:[Uu]ne?|[Ll]es?|[Ll]a|[Ll]['’])\s*[^,]{2,60}?|(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*)(?:,\s+(?P<name>[^,]{2,60}),)?\s+(?:aurait|a)\s+(?:toutefois\s+|aussi\s+|"
    r"également\s+|déjà\s+)?(?:indiqué|assuré|précisé|promis|déclaré|affirmé|confié|expliqué|"
    r"demandé|proposé|garanti)\b"
)


#: A paper that records what someone agreed: a draft, a letter, minutes …
_DOCUMENT = re.compile(
    r"\b(?:draft|letter|memo|memorandum|minutes|record|summary|note|agreement|contract|"
    r"transcript|cable|document|readout)s?\b",
    re.I,
)
#: What the paper binds someone to, opening its words: 'the government commits to …',
#: 'Thailand's state power utility has committed to buying …'
_BOUND = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w'’-]*\s+){0,3}?[\w'’-]+)\s+"
    r"(?:has\s+|have\s+|had\s+|would\s+|will\s+)?(?:[a-z]+ly\s+)?(?:commits?|committed|agrees?|"
    r"agreed|pledges?|pledged|promises?|promised|offers?|offered|undertakes?|undertook)\b"
)


#: ... or who spoke in what it records: 'According to a readout released by Seoul's
#: foreign ministry, Foreign Minister Yoon Dae-hyun "expressed serious concern" …'
_SPOKE_IN = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+[“\"]?(?:[a-z]+ly\s+)?"
    r"(?:expressed|said|told|stressed|urged|emphasi[sz]ed|underlined|warned|raised|noted|"
    r"reiterated|assured|called for|asked|proposed)\b"
)


#: ... or a name alone, its words quoted next: 'According to the readout, Yoon “expressed …”'
_NAME_ALONE = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)")


def bound_by(source: str, text: str, people: People) -> str | None:
    """'According to a draft … seen by Meridian, the government commits to …': who is
    bound by the paper relayed (``source``), or who spoke in the minutes, transcript or
    readout it is (not the paper, nor whoever saw it)."""
    if not _DOCUMENT.search(source):
        return None
    bound = _BOUND.match(text) or _SPOKE_IN.match(text) or _NAME_ALONE.fullmatch(text.strip())
    return people.who(bound["who"]) if bound else None


def _actor(m: re.Match[str], people: People) -> str | None:
    """The speaker _ACTOR found: the name in apposition, else the subject."""
    named = m["name"] and person_name(m["name"])
    if named and looks_like_person(named):
        return people.fullest(named)
    return people.who(m["who"]) or m["who"].strip()


#: ... and as an owner ('in her view')
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


#: A body's paper: 'the port authority's daily bulletin', 'the company's annual report'
_OWNERS_PAPER = re.compile(
    r"(?:the\s+)?(?P<owner>[^,;“”\"]{2,60}?)['’]s?\s+(?:[a-z-]+\s+){0,2}(?:bulletin|report|"
    r"statement|filing|website|records|accounts|statistics|survey|estimates?|notice|readout|"
    r"figures|data|release|newsletter|tally|count)"
)


def _relay_source(phrase: str, people: People) -> str | None:
    """Who a relay names: anyone people.who() knows, or any short noun phrase
    ('according to company documents', 'according to reports in the media')."""
    pronoun = OBJECT_PRONOUNS.get(phrase.strip().lower())
    if pronoun:
        return people.who(pronoun)  # 'According to him, …': whom 'he' means
    own = _THEIR_OWN.match(phrase.strip()) if " " in phrase.strip() else None
    if own:
        # 'according to his figures', 'Selon ses calculs': whom 'his' or 'her' means (the
        # French owner's sex is not told: the last one spoken of)
        pronoun = _POSSESSIVE_PRONOUN.get(own[1].lower())
        return people.who(pronoun) if pronoun else people.last_subject or people.last_person
    owned = _OWNERS_PAPER.fullmatch(phrase.strip()) if "s " in phrase else None
    if owned:
        # 'according to the port authority's daily bulletin': the authority's word
        return _relay_source(owned["owner"], people)
    who = people.who(phrase)
    if who or words_in(phrase) > 16 or not phrase.strip()[:1].islower():
        return who
    return re.sub(r"^the\s+", "", phrase.strip().rstrip("."))


#: Where what was said begins after its verb: 'said that …', 'accused X of …'.
_COMPLEMENT = re.compile(r"\s(?:that|of)\s")
#: A venue put last, after a comma: ', in a memo to staff'
_VENUE_LAST = re.compile(r",\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their|its)\s[^,;]*$")
#: A clause's subject right after its verb: 'said she …', 'says the minutes …'
_SUBJECT_FIRST = re.compile(
    r"\s(?=(?:he|she|they|it|we|I|the|his|her|its|their|[A-Z][\w'’-]+)\s+(?!said\b)[a-z]+)"
)


def before_topic(clause: str, who: str | None) -> str | None:
    """The clause up to what its speech verb reports, when that is about others ('Ochs
    accused the mayor' of 'accused the mayor of negotiating behind closed doors'); None
    when there is no such part, or the speaker acts in it ('officials said Lind had
    privately told them that …': Lind's, passed on)."""
    verb = REPORT.search(clause)
    complement = _COMPLEMENT.search(clause, verb.end(), verb.end() + 120) if verb else None
    if complement is None and verb and verb.group(0) in ("said", "says"):
        # ('Espinoza said she could not support the deal because the figures given
        # commissioners in private …': a clause with no 'that', its subject first; not
        # 'said privately', 'said in a closed meeting')
        complement = _SUBJECT_FIRST.match(clause, verb.end())
        # (its venue may come last: '… said the port would reopen, in a memo to staff')
        last = _VENUE_LAST.search(clause, complement.end()) if complement else None
        if complement and last:
            return clause[: complement.start()] + last.group(0)
    if complement is None:
        return None
    # (a phrase may come first: 'said that at a meeting … closed to the press, Camila
    # Ortúzar offered …')
    inner = clause[complement.end() : complement.end() + 140]
    if who and (
        any(word in inner for word in who.split() if word[:1].isupper())
        # ('… said that port authority officials had told First Nations leaders in a
        # private meeting that …': an unnamed speaker, acting in it)
        or inner.lower().startswith(who.lower())
    ):
        return None
    return clause[: complement.start()]
