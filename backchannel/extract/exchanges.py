"""Words passed between a few people, not said to the public: told to an official or
a few ('told Wierzbicki that …', 'assured the businessman'), written to one person
and the reply ('wrote to Davids', 'Davids replied'), a question put to someone, and
what insiders pass on of such talk ('…, two people present said', 'Pike said Hartley
had told a meeting that …'). What is found here makes a statement private."""

from __future__ import annotations

import re

from .names import opens_on_name
from .persons import a_person
from .relays import RELAY_SOURCE, RELEASED_BY
from .roles import OFFICE, PERSON_ROLE
from .speakers import People
from .stance import ANONYMOUS, MADE_PUBLIC_IN, OUTLETS
from .verbs import REPORT

#: A closing tag that passes on what someone else said: '…, two people present said.'
#: Words said to someone in particular, not to the press: 'told their counterparts'.
_EXCHANGE = re.compile(
    r"\b(?:told|assured|promised|reassured|signalled|signaled)\s+(?!reporters\b|journalists\b"
    r"|the press\b|a (?:news|press)\b|the (?:media|public)\b)(?:\w+\s+){0,3}?that\b"
)
#: Words that tell what someone else said: 'Rivadeneira said the band …', 'The minister
#: was very clear that …', 'The Ugandan side said they …'
_RECOUNTED = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w'’-]*\s+)?(?:[A-Z][\w'’.-]*|side|"
    # (an office: 'The general said the air force would stand down …')
    rf"delegation|(?:{PERSON_ROLE.pattern}))\s+(?:had\s+|has\s+)?"
    r"(?:said|told|assured|promised|insisted|warned|was\s+(?:very\s+)?clear|made\s+it\s+clear)\b"
    # (or what those in the room were told: 'We were told it was non-negotiable')
    r"|(?:We|I)\s+(?:were|was)\s+(?:told|assured|promised|given)\b"
)
#: A private scene described: 'described the meeting as friendly', 'the exchange as icy'
_SCENE_DESCRIBED = re.compile(
    r"\b(?:described|characteri[sz]ed|called)\s+(?:the|that)\s+(?:[a-z-]+\s+)?(?:meeting|exchange|"
    r"call|offer|talks|session|conversation|discussion|dinner|lunch|encounter)\s+as\b"
)
#: An insider telling what someone did or how they were in the room: 'He drew a line on
#: the napkin', 'Morimoto looked at the calendar and said …', 'The minister was angry',
#: 'They are not talking about whether' (not a view of things: 'The plan is a mess')
_SOMEONE_DID = re.compile(
    r"(?:(?:He|She|They)\s+(?:[a-z]+\s+){0,2}?|(?:The\s+(?:minister|president|governor|"
    r"chancellor|envoy|ambassador|delegation|chairman|chairwoman|chair|premier)|(?:Mr|Mrs|Ms|"
    r"Dr)\.?\s+[A-Z][\w'’-]+|(?!(?:It|This|That|There|What|These|Those|We|You)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[a-z]+ly\s+)?)"
    r"(?:[a-z]{2,}ed|was|were|are|drew|said|told|made|put|gave|took|came|went|wanted|knew|"
    r"kept|left|sat|stood|spoke|got|threw|wrote|looked|asked|promised)\b"
)
#: 'the assurance had been given in writing': a private undertaking told of
_ASSURANCE_GIVEN = re.compile(
    r"\b(?:assurances?|promises?|pledges?|undertakings?|guarantees?)\s+(?:had|has|have|was|"
    r"were)\s+(?:been\s+)?(?:given|made|offered|conveyed)\b"
)
_RELAY_TAG = re.compile(
    # (after a quotation its comma is inside the marks: '“…,” one of the officials said')
    r"(?:,[”\"’]?\s+|(?<![\w,])\s*(?=(?:one|two|three|four|several|some|an?|the)\s))"
    r"(?P<who>[^,.;“”\"]{2,60}?)\s+(?:said|say|says|added)\.?\s*$"
)


def _passed_on_by_insiders(who: str) -> bool:
    # (not figures a body released: 'according to figures released by the Directorate')
    return bool(ANONYMOUS.search(who)) and not OUTLETS.search(who) and not RELEASED_BY.search(who)


#: A body that speaks for itself: 'the company', 'Stadtwerke Hallstedt GmbH', 'the Board'
_A_BODY = re.compile(
    r"\b(?:[Cc]ompany|[Mm]inistry|[Dd]epartment|[Gg]overnment|[Aa]gency|[Bb]oard|[Cc]ouncil|"
    r"[Pp]olice|[Oo]ffice|[Cc]ommission|[Aa]uthority|[Ss]ecretariat|GmbH|AG|Inc|Ltd|plc|SA|"
    r"[Ss]tadtwerke|[Uu]nion|[Aa]ssociation)\b"
)


#: ... not its papers: 'Federal Election Commission filings', 'documents he submitted to
#: the government', 'an analysis of … data'
_PAPERS_OF = re.compile(
    r"\b(?:filings?|records?|data|documents?|analysis|report|figures|statistics|survey|poll|"
    r"study|estimates?|tally|count)\b",
    re.I,
)


#: Words said to someone in particular: a person named, or officials, counterparts
_TOLD_WHOM = re.compile(
    # ('told a small group of European delegates, on the sidelines, that …')
    # ('wrote to two fellow board members on Nov. 9 that …')
    r"\b(?:told|assured|reassured|promised|warned|wrote\s+to)\s+(?:(?:colleagues|counterparts)\b|"
    r"(?:his|her|their|its|the|"
    r"a\s+(?:small\s+)?(?:group|handful)\s+of|(?:(?:two|three|four|several)\s+)?fellow|"
    r"[A-Z]\w+(?:['’]s)?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:counterparts?|colleagues|officials|ministers|board\s+members|"
    r"ambassadors|diplomats|negotiators|envoys|hosts|guests|allies|"
    # (a few in a room: 'told the rectors', 'told union negotiators', 'assured the
    # businessman', 'told provincial governors')
    r"rectors|executives|bosses|chairman|chairwoman|businessman|businessmen|governors|"
    r"chief executive|managing director|"
    r"delegates|donors|bankers|lenders|directors|managers|supervisors|"
    # (one close to them: 'told his deputy that the contract was already decided')
    r"deputy|deputies|assistant|wife|husband|partner)|"
    r"(?:union|company|party)\s+(?:negotiators|leaders|officials|executives)|"
    r"(?:him|her)\b(?!\s+(?:own|"
    r"supporters|audience|followers|readers|viewers|listeners|constituents))|"
    # ('told board Vice President Lorraine Pettit', 'told fellow minister Ana Lind')
    r"(?:(?:board|fellow|party|council|committee|cabinet)\s+(?:member\s+)?)?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*))\b"
)


#: A question put to someone named: 'Hannity asked Trump how high the wall would be'
_ASKED_WHOM = re.compile(
    r"\basked\s+(?P<whom>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:[A-Z]?[a-z]+day\s+)?"
    r"(?:whether|if|how|what|why|when|where|who|which|about)\b"
)


def asked_whom(sentence: str, people: People) -> str | None:
    """The person a sentence puts a question to, if any: the answer that follows with
    no tag is theirs ('Todd asked Pence whether … “Well, we’ll see.”')."""
    m = _ASKED_WHOM.search(sentence) if "asked " in sentence else None
    return a_person(people.who(m["whom"]), people) if m else None


#: A message to one person: 'wrote to Davids', 'texted Ana Lind', 'emailed Mr Berg'
_WROTE_TO = re.compile(
    # ('“…,” wrote Jared Bernstein' is a tag: 'wrote' needs its 'to')
    r"\b(?:(?:wrote|writes)\s+(?:back\s+)?to|(?:texted|texts|messaged|emailed|e-mailed)"
    r"(?:\s+to)?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    # (a person, not their office: 'wrote to Sanders’ Senate office')
    # (a word or an initial each: not 'Sullivan. He', a sentence's end)
    r"(?P<name>(?:(?:[A-Z]\.|[A-Z][\w-]*(?:['’][A-Za-z]+)?)\s+){0,2}[A-Z][\w-]*)(?![\w'’])"
)
_WRITING = re.compile(r"wr[io]te|texted|messaged|e-?mailed")  # (a first look)
#: Words back to a message: 'Davids replied', 'answered', 'wrote back'
_REPLIED = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds|wrote back)\b")


def _wrote_to(context: str, people: People) -> tuple[str, str] | None:
    """('wrote to Davids', 'Marcus Davids'): the words and the person, if the context
    writes to one person the article names (not to a paper or a body: 'wrote to the
    Times', 'wrote to Ofcom')."""
    m = _WROTE_TO.search(context) if _WRITING.search(context) else None
    if m is None:
        return None
    person = a_person(people.who(m["name"]), people)
    if person is None or OUTLETS.search(m["name"]):
        return None
    return m.group(0), person


def told_someone(context: str, people: People) -> str | None:
    """'told Wierzbicki', 'warned Greek officials': the words, if the context's speech
    verb names whom it was said to, and that is a person or a few officials (not a
    paper, a broadcaster or a chamber: 'told Reuters', 'told Congress' are on the record)."""
    if (
        "told" not in context
        and "assured" not in context
        and "promised" not in context
        and "warned" not in context
        and "wrote to" not in context
    ):
        return None  # a cheap first look
    m = _TOLD_WHOM.search(context)
    if m is None:
        return None
    name = m["name"]
    if name and not OFFICE.search(name.lower()) and not people.titles.holds_office(name):
        # a name: only an official's ('told Wierzbicki', the interior minister); told a
        # host, a paper or a chamber ('told Megyn Kelly', 'told Congress') is on the record
        return None
    return m.group(0)


#: Who passes a statement on, and the verb they pass it on with, before it
_RELAY_LEAD = re.compile(
    # ('Two Labour MPs who attended a meeting with the chief whip in her Commons office on
    # Monday said she had told them …': a long one)
    r"^\W*(?:(?:However|But|Yet|And),?\s+)?(?P<who>(?:(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Gen|Prof)\.\s+)?"
    r"[A-Z][^.;:“”\"]{1,180}?|[Tt]he\s[^.;:“”\"]{1,60}?"
    # ('two people who were at the meeting told …')
    r"|(?:two|three|four|five|several|some)\s[^.;:“”\"]{1,80}?)\s+"
    r"(?:also\s+)?(?:said|say|says|told|tell|tells|added|"
    # ('claimed in a radio interview Monday that White House aides had privately told him …')
    r"claimed|claims|insisted|recalled|recalls|revealed|alleged|testified|wrote)\b"
)


def relayed_by(who: str | None, words: str, context: str, people: People) -> str | None:
    """The words that pass on ``words`` when another speaker's verb leads into them
    ('The officials said Sarmento had described …'), else None: a statement reported
    by someone else, not said on the record."""
    if not who or not (opens_on_name(words) or words.startswith(("the ", "he ", "she "))):
        # only a statement that opens with its own speaker ('the president had …', 'he
        # had offered …' too)
        return None
    at = context.find(words)
    if at < 0 and " " in words:
        # (its words tidied: 'the chair, Els de Vries, had told' is 'Els de Vries had told')
        at = context.find(" ".join(words.split(" ", 2)[:2]))
    lead = _RELAY_LEAD.match(context, 0, at) if at > 0 else None
    if lead is None or lead.end() > at:
        return None
    if not _EXCHANGE_VERB.match(words) and not (
        (_ACT_VERB.match(words) or _PROMISED_THAT.match(words))
        and (_passed_on_by_insiders(lead["who"]) or _ONE_MORE.fullmatch(lead["who"].strip()))
    ):
        return None
    # ('One of the former site managers, who ran a farm in Nordland, said …': past the aside)
    relay = people.who(re.split(r",?\s+(?:who|whose)\s", lead["who"])[0])
    if relay is None or relay == who:
        return None
    if who in relay and not _passed_on_by_insiders(lead["who"]):
        return None  # ('Lind's office said Lind had …': hers; not 'Sources in Lind's office')
    return context[lead.start("who") : lead.end()].strip()


#: A speaker's words passed on by a tag inside them: 'Krogh, she said, replied that …'
_RELAYED_INSIDE = re.compile(
    r"\W*(?P<who>[A-Z][^,]{1,60}),\s+(?P<tag>(?:he|she|they|one of them|[A-Z][\w'’ -]{1,40}?)\s+"
    r"(?:said|says|recalled|recalls)),\s+(?:had\s+)?(?:replied|told|said|warned|assured|"
    r"promised|answered|insisted)\b"
)
#: A speaker's verb of a private exchange: 'X had told a meeting', 'X assured them'
_EXCHANGE_VERB = re.compile(
    r"[^;]{0,90}?\b(?:had\s+|has\s+|have\s+)?(?:(?:told|assured|promised|reassured|pledged)"
    # (to someone: 'promised as candidates to …' is a pledge to all)
    r"\s+(?!to\b|that\b|as\b|in\b|on\b)[a-zA-Z]|(?:indicated|described|called|signalled|signaled|"
    r"conceded|warned)\b)"
)
#: A promise passed on by insiders: 'The second official said Ruiz-Tagle had also
#: promised that …'
_PROMISED_THAT = re.compile(
    r"[^;]{0,90}?\b(?:had\s+|has\s+)?(?:also\s+)?(?:promised|pledged|assured)\s+that\b"
)
#: One more of the insiders named before: 'Another said …', 'A second said …'
_ONE_MORE = re.compile(r"(?:[Aa]nother|[Oo]ne|[Aa] second|[Aa] third)(?:\s+(?:of them|official))?")
#: An offer or a request of the speaker's, passed on by insiders only ('One of the
#: officials said he had offered …'; not a spokeswoman's 'Astana had asked to join')
_ACT_VERB = re.compile(
    r"[^;]{0,90}?\b(?:had\s+|has\s+|have\s+)?(?:offered|raised|pressed|repeated|asked|urged|"
    r"suggested|proposed|demanded|threatened|floated|sought)\b"
)


def private_exchange(
    who: str | None, words: str, context: str, people: People, direct: bool
) -> tuple[str | None, str | None] | None:
    """(stance, cue) when the context tells of a private exchange, or of a relay that
    settles the stance ((None, None): a paper's relay of words to no one in private);
    None when it tells of neither. ``direct``: the words are quoted."""
    voices = people.voices
    # (the statement's own verb, in reported speech: a quotation's sentence may tell of
    # other talk)
    told = told_someone(words[:160], people) if who and not direct else None
    low = context.lower()
    according = "according to" in low or "selon " in low or low.startswith("laut ")
    if according or ", per " in low or low.lstrip(' ,”"’').startswith("per "):
        # a relay: the speaker did not say it to us; passed on by an unnamed insider
        # ('“…,” Store told ministers, according to one of the people', '“…,” per a
        # senior aide'), it was private
        relay = RELAY_SOURCE.search(context)
        if relay and _passed_on_by_insiders(relay["who"]):
            return "private", relay.group(0)
        if according:
            # (what a paper reports of words to officials is still private: 'According
            # to the daily …, X told Brazilian officials in a phone call that …')
            if told:
                return "private", told
            if (
                relay
                and who
                and _A_BODY.search(who)
                and not OUTLETS.search(who)
                and not _PAPERS_OF.search(who)
            ):
                # 'according to the company, customers will …': a body's own word, on
                # the record (not a paper's, nor a document's)
                return "public", relay.group(0)
            return None, None
        # ('Guccifer said, per a translator, that …' is still his, on the record)
    # (looked for only where the words end on a verb of saying: a first look)
    ends = context.rstrip(" .")[-5:]
    tag = (
        _RELAY_TAG.search(context, max(0, len(context) - 90))
        if ends.endswith(("said", " say", "says", "added"))
        else None
    )
    unnamed = bool(who and ANONYMOUS.search(who))
    recount = (_SOMEONE_DID.match(words) or _RECOUNTED.match(words)) if unnamed else None
    if (
        tag
        and who
        and (not unnamed or _EXCHANGE.search(words) or recount or _ASSURANCE_GIVEN.search(words))
        # ('“…,” the official said', the official an insider named before)
        and (_passed_on_by_insiders(tag["who"]) or _passed_on_by_insiders(who))
    ):
        # '… the minister assured his counterpart that …, two people present said';
        # 'Turkish officials have told their Swedish counterparts that …, two people
        # familiar with the talks said'
        if recount:
            # ('“He gave them a number …,” the person said': what the insider recounts)
            return "private", recount.group(0)
        return "private", tag.group(0).strip(' ,.”"’')
    insider = bool(who and _passed_on_by_insiders(who))
    given = _ASSURANCE_GIVEN.search(words) if insider else None
    given = given or (_SCENE_DESCRIBED.search(words, 0, 120) if insider else None)
    if given:
        # ('One of them described the meeting as friendly': how the room was, told by
        # one who was in it)
        # 'a Senegalese official who took part in the talks said the assurance had been
        # given in writing': an insider telling of a private undertaking
        return "private", given.group(0)
    if told:
        # 'Hollmann told Wierzbicki that …', 'had warned Greek officials in a video call
        # that …': words to an official or a few, not to the press: private
        return "private", told
    inside = _RELAYED_INSIDE.match(context) if who and ", " in context[:70] else None
    if inside and people.who(inside["who"].strip()) == who:
        # 'Krogh, she said, replied that …': his words in an exchange she passes on
        return "private", inside["tag"]
    relayed = relayed_by(who, words, context, people)
    if relayed:
        # 'Three diplomats tell the Brief that … Vandermeer assured them that …', 'Pike
        # said Hartley had told a meeting that …': what one said, passed on by others
        return "private", relayed
    written = _wrote_to(context if direct else words[:160], people) if who else None
    if written:
        # 'Olivier wrote to Davids: “…”', 'texted Davids that …': a message to one person,
        # whose reply is private too
        voices.addressed = written[1]
        return "private", written[0]
    replied = (
        _REPLIED.search(context) if who and (who == voices.addressed or voices.thread) else None
    )
    if replied:
        # 'Davids replied: “…”' to what was written to him in private, or a reply to the
        # private message just read ('The following day, Ian Barraclough replied that …'):
        # private too
        return "private", replied.group(0)
    return None


#: A letter or an email told of before, that speaks: 'The letter adds that …', '“…,”
#: the letter concludes.' (not 'A letter from Ana Lind, the mayor, says …': her word)
_A_PAPER = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:e-?mail|"
    r"letter|memo|message|circular|note|cable)s?\b"
)


#: A meeting's notes that record someone speaking, past an aside about them
_NOTES_RECORD = re.compile(
    r"\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<paper>notes?|minutes|memo|transcripts?|readout)\b(?:,[^;“”\"]{1,200}?,)?\s+"
    r"(?P<verb>records?|recorded)\s"
)


def a_papers_stance(
    words: str, sentence: str, stance: str | None, cue: str | None
) -> tuple[str | None, str | None]:
    """(stance, cue), private if ``words`` open on a letter, email or memo ('The letter
    adds that …', a tag's 'the letter concludes') and no venue but a speech verb decided
    them, unless the sentence says it was made public: what a paper says went to those
    it was sent to, not to the public."""
    # (nor when the one it is from is named: '“…,” the message reads.' after 'The
    # message … was attributed to Bae Kwang-il' is his, in the message)
    if stance == "private" or not (cue in (None, "quoted") or REPORT.fullmatch(cue.lower())):
        return stance, cue
    paper = _A_PAPER.match(words.lstrip(' ,”"’'))
    if paper and not MADE_PUBLIC_IN.search(sentence):
        return "private", paper.group(0)
    notes = _NOTES_RECORD.match(sentence) if "record" in sentence else None
    if notes and not MADE_PUBLIC_IN.search(sentence):
        # 'The notes, taken by an official … on 28 May, record Pellow telling the group
        # that …': what a meeting's notes record was said in the meeting
        return "private", f"{notes['paper']} {notes['verb']}"
    return stance, cue
