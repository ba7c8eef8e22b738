"""One statement's speaker and stance where its own tag does not settle them:
the speaker of the sentence's speech verb, the stance who speaks suggests, the
parts of a quotation joined, and reported speech beside a quotation's tag."""

from __future__ import annotations

import re

from .beside import reported_beside
from .blocks import ProposedQuote
from .claims import CALLING, CALLING_STEMS, called_after, caller
from .names import (
    CAPITAL,
    JOINED_ARTICLE,
    NAME_RUN,
    PARTICLE,
    looks_like_person,
    opens_on_name,
    run_reading,
)
from .relays import RELAY_SOURCE
from .roles import OFFICE
from .speakers import People
from .stance import ANONYMOUS, OUTLETS, first_cue, speaker_stance, stance_of
from .subjects import LEADING_NAME, main_subject, subject_of
from .text import plain, words_in
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
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w'’-]*\s+)?(?:[A-Z][\w'’.-]*|minister|side|"
    r"president|chancellor|secretary|envoy|governor|delegation)\s+(?:had\s+|has\s+)?"
    r"(?:said|told|assured|promised|insisted|warned|was\s+(?:very\s+)?clear|made\s+it\s+clear)\b"
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
    return bool(ANONYMOUS.search(who)) and not OUTLETS.search(who)


_LEAD_VERB = re.compile(r"\b[a-z]{3,}(?:ed|s)\b(?=[^.]{0,30}[,:]\s*$)|:(?=\s*$)")
_PARTICIPLE_FIRST = re.compile(r"[A-Z][a-z]+ing\s")
#: A name put on a thing: 'called the ruling “…”', 'described the rules as “…”'
_CHARACTERISED = re.compile(rf"\b{CALLING}\b")
#: A short sentence of what someone did, before their quotation: 'Saito pressed on.'
_SHORT_ACT = re.compile(
    r"\s*[^.,;]{2,40}?\s(?P<verb>(?:[a-z]{3,}ed|shot|hit|fired)(?:\s+(?:on|back))?)\.\s*$"
)
#: How someone spoke, said of them before a quotation with no tag of its own
_MANNER = re.compile(
    r"\b(?:was|were|is|are)\s+(?:more\s+|less\s+|even\s+)?(?:unequivocal|blunt|blunter|"
    r"emphatic|adamant|categorical|defiant|direct|frank|candid|clear|forthright|combative|"
    r"scathing|dismissive|upbeat|optimistic|cautious|measured)\b"
)
_SHARED_SUBJECT = re.compile(r"(?:,|\b(?:but|and|then))\s*$")
_BLANKED_LAST = re.compile(r"\S {3,}$")  # a quotation blanked, last before a verb


def by_speaker(
    who: str | None, words: str, context: str, people: People, direct: bool = False
) -> tuple[str | None, str | None]:
    """The stance who speaks suggests, when no venue is named (see stance.py).

    ``direct``: the words are quoted, so the verb that leads into them is a speech
    verb whatever it is ('Lena Berg interjected, “…”', 'Lena Berg: “…”')."""
    voices = people.voices
    # (the statement's own verb, in reported speech: a quotation's sentence may tell of
    # other talk)
    told = _told_someone(words[:160], people) if who and not direct else None
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
    given = _ASSURANCE_GIVEN.search(words) if who and _passed_on_by_insiders(who) else None
    if given:
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
    carried = voices.carried(who, context, people.group)
    if carried:
        # an anonymous source, a private letter writer, an expert quoted on the record
        return carried
    verb = REPORT.search(plain(context))
    said = verb.group(0) if verb else ""
    if not said and direct:
        lead = _LEAD_VERB.search(plain(context))
        said = lead.group(0).strip() if lead else ""
        manner = (
            _MANNER.search(context) or _SHORT_ACT.match(context)
            if not said and who and looks_like_person(who)
            else None
        )
        if manner:
            # 'Njeri Wambugu … was unequivocal when she appeared before MPs.' then '“…”':
            # a named person's words, in the manner the sentence before gives
            said = manner.groupdict().get("verb") or manner.group(0)
    if not said and (called := _CHARACTERISED.search(plain(context))):
        # 'Antezana called the ruling “a political execution …”': a name put on a thing
        # in the speaker's own words, as said
        said = called.group(0)
    named = who is not None and not ANONYMOUS.search(who)
    return speaker_stance(who, words, said, named=named, onlooker=voices.is_onlooker(who, context))


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
    r"\b(?:told|assured|reassured|promised|warned)\s+(?:(?:his|her|their|its|the|"
    r"a\s+(?:small\s+)?(?:group|handful)\s+of|[A-Z]\w+(?:['’]s)?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:counterparts?|colleagues|officials|ministers|"
    r"ambassadors|diplomats|negotiators|envoys|hosts|guests|allies|"
    # (a few in a room: 'told the rectors', 'told union negotiators', 'assured the
    # businessman', 'told provincial governors')
    r"rectors|executives|bosses|chairman|chairwoman|businessman|businessmen|governors|"
    r"chief executive|managing director|"
    r"delegates|donors|bankers|lenders|directors|managers|supervisors)|"
    r"(?:union|company|party)\s+(?:negotiators|leaders|officials|executives)|"
    r"(?:him|her)\b(?!\s+(?:own|"
    r"supporters|audience|followers|readers|viewers|listeners|constituents))|"
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


def _told_someone(context: str, people: People) -> str | None:
    """'told Wierzbicki', 'warned Greek officials': the words, if the context's speech
    verb names whom it was said to, and that is a person or a few officials (not a
    paper, a broadcaster or a chamber: 'told Reuters', 'told Congress' are on the record)."""
    if (
        "told" not in context
        and "assured" not in context
        and "promised" not in context
        and "warned" not in context
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
    r"^\W*(?:(?:However|But|Yet|And),?\s+)?(?P<who>[A-Z][^.;:“”\"]{1,180}?|[Tt]he\s[^.;:“”\"]{1,60}?"
    # ('two people who were at the meeting told …')
    r"|(?:two|three|four|five|several|some)\s[^.;:“”\"]{1,80}?)\s+"
    r"(?:also\s+)?(?:said|say|says|told|tell|tells|added)\b"
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
    if relay is None or relay == who or who in relay:
        return None
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


def sentence_speaker(head: str, people: People) -> tuple[str | None, str]:
    """The speaker of the last speech verb in the words before a quotation."""
    verbs = list(REPORT.finditer(head))
    finite = [v for v in verbs if not head.endswith("to ", 0, v.start())]
    if finite and len(finite) < len(verbs):
        # 'One of the officials said the minister instructed the agency not to say …': a
        # verb put as an infinitive is what someone was told or wants, not who speaks
        verbs = finite
    if not verbs or (
        any(stem in head for stem in CALLING_STEMS) and called_after(head, verbs[-1].end())
    ):
        # 'Olga Rask called the plan “…”' (and after another verb: '…, everyone agrees,
        # is a livestream in which Lepik called the leadership “…”')
        who = caller(head, people)
        if who or not verbs:
            return (who, head) if who else (None, "")
    before = re.split(r"[.!?]", head[max(0, verbs[-1].start() - 160) : verbs[-1].start()])[-1]
    if _SHARED_SUBJECT.search(before) or (
        # 'Kerpen mocked the “reporter,” saying, “…”': the quotation blanked took the comma
        verbs[-1].group(0).endswith("ing") and _BLANKED_LAST.search(before)
    ):
        # 'Moss did not name anyone, but told his supporters, “…”', 'Moss shot back in
        # a statement, saying he’s “…”': the sentence's subject speaks
        before = before.strip()
        if _PARTICIPLE_FIRST.match(before) and ", " in before:
            # 'Appearing before supporters, Suu Kyi said … but added, “…”'
            before = before.split(", ", 1)[1]
        lead = LEADING_NAME.match(before)
        who = people.who(lead.group(0) if lead else main_subject(before))
        if who and words_in(who) <= 5:
            return who, head
    who = people.who(subject_of(before))
    if who and words_in(who) > 5:
        return None, ""  # a clause, not a name: 'Clinton says she respects … but'
    return (who, head) if who else (None, "")


#: A person's name: capitals ('Mats Åkerlund') and particles ('Said bin Hamad al-Rawahi')
_NAME_WORDS = re.compile(
    rf"[{CAPITAL}][\w'’.-]*(?:\s+(?:[{CAPITAL}][\w'’.-]*|{JOINED_ARTICLE}[{CAPITAL}][\w'’.-]*|"
    rf"{PARTICLE}))*"
)


def person_subject(sentence: str, people: People) -> str | None:
    """The person a sentence is about (its subject), or None if not a person."""
    who = people.who(main_subject(sentence.strip()))
    unnamed = people.unnamed
    if who and unnamed and (who == unnamed or unnamed.startswith(who + " ")):
        # 'One chief executive who attended, speaking on condition of anonymity, described
        # the understanding in detail.': the one unnamed person who acts
        return unnamed
    return a_person(who, people) or _one_named(sentence, people)


def _one_named(sentence: str, people: People) -> str | None:
    """The one person a sentence names, when it names just one and opens on them
    ('Cabinet Secretary Njeri Wambugu, who steered the Bill …, was unequivocal when she
    appeared before MPs'), else None."""
    named = {
        people.fullest(reading[0])
        for run in NAME_RUN.finditer(sentence)
        if (reading := run_reading(run.group(0))) and reading[1]
    }
    if len(named) != 1:
        return None
    (name,) = named
    opening = sentence.split(",", 1)[0]
    surname = name.rsplit(" ", 1)[-1]
    return name if re.search(rf"\b{re.escape(surname)}\b", opening) else None


#: A call or an appeal right before a quotation: 'had called for a “…”', 'It urged both
#: member states “to refrain …”'
_APPEAL_BEFORE = re.compile(
    r"\b(?:called for|urged|demanded|pledged|vowed|promised|appealed for|pressed for|"
    r"proposed)\b[^.;“”\"]{0,60}$"
)


def appealed_by(head: str, people: People) -> str | None:
    """Who calls for or urges what a quotation with no tag says: the subject of the
    sentence ``head`` opens, a body or a group too ('The Forum leaders had called for a
    “…”'), when a verb of appeal leads into it."""
    if not _APPEAL_BEFORE.search(head, max(0, len(head) - 80)):
        return None
    # ('It urged both member states “…”': the body named last)
    who = people.who("it" if head.lstrip().startswith("It ") else main_subject(head.strip()))
    return re.sub(r"^The\s+", "", who) if who else None


def a_person(who: str | None, people: People) -> str | None:
    """``who`` if it names a person the article knows, else None."""
    if not who or not _NAME_WORDS.fullmatch(who):
        return None  # 'the harbour board met …': a body, not a person
    return who if looks_like_person(who) or who == people.last_person else None


def merge(last: ProposedQuote, words: str, people: People) -> None:
    """Add the next part of a quotation; what it says may settle an open stance."""
    text = last.text.rstrip()
    if text.endswith((",", ",'", ",’")) and words[:1].isupper():
        # '“… in the Baltic,” said Lund. “Our members …”': the comma stood for a full stop
        # (inside an inner quotation too: '… go back,' This is' is '… go back.' This is')
        comma = text.rindex(",")
        text = text[:comma] + "." + text[comma + 1 :]
    last.text = f"{text} {words}"
    if last.stance is None:
        last.stance, last.cue = by_speaker(last.speaker, last.text, "", people)


def beside(
    segment: str,
    people: People,
    subject: str,
    found: list[ProposedQuote],
    *,
    lead: bool,
    speaker: str | None = None,
) -> None:
    """Reported speech beside a quotation's tag, in its sentence: a statement of its own."""
    for words, who in reported_beside(segment, people, subject, lead=lead, speaker=speaker):
        stance, cue = stance_of(plain(segment))
        if stance is None:
            stance, cue = by_speaker(who or None, words, segment, people)
        found.append(ProposedQuote(words, who or None, stance, "indirect", cue, segment.strip()))


class FirstCue:
    """The paragraph's first stance cue, found on first use: most paragraphs need none."""

    def __init__(self, bare: str) -> None:
        self.bare = bare
        self.found: tuple[str | None, str | None, int] | None = None
        #: (start, end, speakers) of the sentences read so far that gave statements
        self.said: list[tuple[int, int, set[str | None]]] = []

    def note(self, start: int, end: int, speakers: set[str | None]) -> None:
        """The sentence from ``start`` to ``end`` gave statements of ``speakers``."""
        if speakers:
            self.said.append((start, end, speakers))

    def before(
        self, end: int, speaker: str | None = None, going_on: str | None = None
    ) -> tuple[str | None, str | None]:
        """The cue, if it comes before ``end`` (never from a later sentence), and not
        from a sentence that gave someone else's statement ('Ferrante assured them at
        a private meeting …' is no venue for what his spokesman said next), nor past one
        (``going_on``: the speaker, where only a statement of theirs between keeps the
        scene)."""
        if self.found is None:
            self.found = first_cue(self.bare)
        stance, cue, at = self.found
        if not 0 <= at < end:
            return None, None
        for start, stop, speakers in self.said:
            if start <= at < stop and speaker not in speakers:
                return None, None
            if start > at and (going_on or speaker) not in speakers:
                # ('Behind the scenes, she's been counting votes. Staffers tell us Kowalski
                # told a closed caucus …. Kowalski's office said …': others' statements
                # came between the cue and this one, which is no longer its scene)
                return None, None
        return stance, cue
