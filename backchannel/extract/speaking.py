"""One statement's speaker and stance where its own tag does not settle them:
the speaker of the sentence's speech verb, the stance who speaks suggests, the
parts of a quotation joined, and reported speech beside a quotation's tag. Signs of
a private exchange are read in exchanges.py."""

from __future__ import annotations

import re

from .beside import reported_beside
from .blocks import ProposedQuote
from .claims import CALLING, CALLING_STEMS, called_after, caller
from .exchanges import private_exchange
from .idle_verbs import a_noun
from .names import (
    NAME_RUN,
    looks_like_person,
    run_reading,
)
from .persons import a_person, person_or_surname
from .sentence_subject import LEADING_NAME, main_subject
from .speakers import People
from .stance import ANONYMOUS, first_cue, speaker_stance, stance_of
from .subjects import subject_of
from .text import plain, words_in
from .verbs import IRREGULAR, REPORT

_LEAD_VERB = re.compile(r"\b[a-z]{3,}(?:ed|s)\b(?=[^.]{0,30}[,:]\s*$)|:(?=\s*$)")
#: Someone's words named by their owner: 'Kettering’s third question', 'Her reply'
_OWNERS_WORDS = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s\s+(?:[a-z]+\s+){0,2}"
    r"(?:question|questions|reply|answer|response|retort|message|warning|verdict|advice)\b"
)
#: A tag after the quotation with any verb of its own: 'she went on', 'the Leader of the
#: Opposition began'
_TAG_AFTER = re.compile(
    r"^[\s,’”\"']*(?:he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+(?:[\w'’-]+\s+)"
    rf"{{0,4}}?[\w'’-]+)\s+(?:[a-z]+ly\s+)?(?P<verb>{IRREGULAR}|[a-z]{{3,}}ed)\b"
)
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
    exchange = private_exchange(who, words, context, people, direct)
    if exchange:
        return exchange
    carried = voices.carried(who, context, people.group)
    if carried:
        # an anonymous source, a private letter writer, an expert quoted on the record
        return carried
    bare = plain(context)
    # (not a noun: 'The notes quote him as saying: “…”')
    verb = next((v for v in REPORT.finditer(bare) if not a_noun(bare, v)), None)
    said = verb.group(0) if verb else ""
    if not said and direct:
        lead = _LEAD_VERB.search(bare)
        said = lead.group(0).strip() if lead else ""
        manner = (
            _MANNER.search(context) or _SHORT_ACT.match(context)
            # ('Mariam, 17, was blunter.': one named by a first name, just named)
            if not said and who and (looks_like_person(who) or who == people.last_person)
            else None
        )
        if manner:
            # 'Njeri Wambugu … was unequivocal when she appeared before MPs.' then '“…”':
            # a named person's words, in the manner the sentence before gives
            said = manner.groupdict().get("verb") or manner.group(0)
        tag = _TAG_AFTER.match(bare) if not said else None
        said = tag["verb"] if tag else said  # '“…,” she went on.', '“…,” the leader began'
    if not said and (called := _CHARACTERISED.search(bare)):
        # 'Antezana called the ruling “a political execution …”': a name put on a thing
        # in the speaker's own words, as said
        said = called.group(0)
    named = who is not None and not ANONYMOUS.search(who)
    if not said and direct and named and who and person_or_surname(who):
        said = "quoted"  # a person named, quoted in their own words: on the record
    return speaker_stance(who, words, said, named=named, onlooker=voices.is_onlooker(who, context))


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
        if lead and lead.group(0).endswith(("'s", "’s")):
            lead = None  # "ANED's executive director, Emeka Nwosu, declined …": the name
        who = people.who(lead.group(0) if lead else main_subject(before))
        if who and words_in(who) <= 5:
            return who, head
    who = people.who(subject_of(before))
    if who and words_in(who) > 5:
        return None, ""  # a clause, not a name: 'Clinton says she respects … but'
    return (who, head) if who else (None, "")


def person_subject(sentence: str, people: People) -> str | None:
    """The person a sentence is about (its subject), or None if not a person."""
    subject = main_subject(sentence.strip())
    owner = _OWNERS_WORDS.match(sentence.strip()) if subject.endswith(("’s", "'s")) else None
    if owner:
        # 'Kettering’s third question was shorter. “Will she …?”': the owner's words
        return a_person(people.who(owner["who"]), people)
    who = people.who(subject)
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
