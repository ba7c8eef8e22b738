"""The subject of a sentence's main clause, past fronted phrases ('At the vote, Olga
Rask spoke…', 'Later, Trump's campaign released …'), and who does a participle at its
end ('Hours later, Trump thanked Adelson, telling …'). The subject just before a verb,
past appositions and asides, is subjects.py's."""

from __future__ import annotations

import re
from functools import lru_cache

# (the two modules read each other: a sentence's subject may be the name before a
# verb's apposition, and a verb's subject may be a sentence's: imported as a module)
from . import subjects
from .clause_openings import BEFORE_VERB, FRONTED, FRONTED_PAST, MAIN_SUBJECT, PAST, fronted
from .names import BODY_OF_AND, ORG_WORDS, PARTICLES, looks_like_person
from .roles import PERSON_ROLE
from .verbs import REPORT

#: A clause's first verb in the past: where its subject ends.
_FIRST_PAST = re.compile(rf"{BEFORE_VERB}(?:[a-z]{{3,}}ed|{PAST})\b")


def first_verbs_subject(head: str) -> str:
    """The subject of the first verb in the past of ``head``, past fronted phrases
    and with an apposition's name: 'The board's chairwoman, Eva Dahl, rallied
    supporters, saying' -> 'Eva Dahl'; 'Brenn's right-hand woman rallied' ->
    "Brenn's right-hand woman". Empty when there is no such verb."""
    m = _FIRST_PAST.search(head)
    return subjects.subject_of(head[: m.start()]) if m and m.start() > 0 else ""


#: The last clause before a participle, opened by a subordinator: ', as Brenn echoed it,'.
_INNER_CLAUSE = re.compile(
    r"(?:^|,)\s*(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince)\s+"
    r"(?P<clause>[^,;“”\"]{4,150}),\s*$"
)


def participle_subject(head: str) -> str:
    """Who does a participle at the end of ``head`` ('…, saying'): the subject of the
    clause it hangs on ('The crowd cheered, as Brenn echoed the criticism, saying' ->
    'Brenn'), else of the sentence ('Hours later, Trump thanked Adelson, telling')."""
    inner = _INNER_CLAUSE.search(head[-200:])
    own = first_verbs_subject(inner["clause"]) if inner else ""
    if own:
        return own
    m = MAIN_SUBJECT.match(head.strip())
    if m:
        return m["who"]
    if "," in head and fronted(head.strip()):
        # 'Shortly after Murphy's call ended, Rubio's campaign sent out a release,
        # saying': the main clause's subject, past the fronted one's
        own = first_verbs_subject(head.partition(",")[2])
        if own:
            return own
    return first_verbs_subject(head)


#: 'The chairman of the consortium, Dirk van der Merwe, sat …': a description, then the
#: name, then the verb
_DESCRIBED_THEN_NAMED = re.compile(
    # (or an owner's: "Khangai Copper's chief executive, Stefan Lindgren, rejected …")
    r"(?:The|A|An|Its|His|Her|Their|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s)\s[^,“”\"]{2,80},\s+"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:van|von|de|der|da|"
    r"del|di|la|le)\s+){0,2}){1,3}[A-Z][\w'’-]*),\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|t|d)\b"
)


#: A name and an age opening a sentence, after what they are or where they are, if any:
#: 'Her daughter, Mariam, 17, …', 'Yousif, 52, …', 'In Block 14, Yousif, 52, …'
_NAME_AND_AGE = re.compile(
    r"(?:[^,“”\"]{2,60},\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*\d{1,3},\s"
)


# the same words come back for several rules (a sentence, a tag's head)
@lru_cache(maxsize=32)
def main_subject(sentence: str) -> str:
    """The subject of a sentence's main clause ('At the vote, Olga Rask spoke…' ->
    'Olga Rask'), else the words before its first comma or verb."""
    # ('But Universities Academic Staff Union secretary-general Constantine Wasonga dismissed
    # …': a conjunction, then the subject, no fronted phrase)
    sentence = _OPENING_CONJUNCTION.sub("", sentence)
    aged = _NAME_AND_AGE.match(sentence.strip()) if ", " in sentence[:80] else None
    if aged:
        # 'Her daughter, Mariam, 17, was blunter.', 'In Block 14, Yousif, 52, a community
        # leader, showed …': the one named with their age
        return aged["name"]
    m = MAIN_SUBJECT.match(sentence.strip())
    if m and m.start("who") > 0 and " and " in m["who"]:
        # 'The Department for Environment, Food and Rural Affairs said …': one body, its
        # name's comma no fronted phrase's
        body = BODY_OF_AND.search(sentence.strip()[: m.end("who")])
        if body and body.start() < m.start("who"):
            return body["body"]
    group = _GROUP_AFTER.match(sentence.strip(), m.end("who")) if m else None
    if m and group:
        # 'Syrian hackers backing Assad hijacked …', 'Syrian officials said': a people's
        # adjective, then who they are (not a verb, for all its -s)
        return sentence.strip()[m.start("who") : group.end()]
    if m and m.start("who") > 0 and m["who"] in ("he", "she", "they"):
        # 'Ana Lind on Monday hit the board on fees, she hit …': the name that opens
        # the sentence, not the pronoun after its first comma
        lead = LEADING_NAME.match(sentence.strip())
        if (
            lead
            and not FRONTED.match(lead.group(0).lower())
            and not _DETERMINER.match(lead[0])
            # ('Pressed on the email, he said …': a participle, no name)
            and not FRONTED_PAST.match(sentence)
        ):
            return lead.group(0)
    if m and m.start("who") > 0 and m["who"].startswith(("a ", "an ", "the ")):
        # 'Lars Ekdahl, a former governor who now teaches …, has seen this before': the
        # name before its apposition, not the apposition's own clause
        named_lead = sentence.strip()[: m.start("who")].rstrip(", ")
        if looks_like_person(named_lead) and all(
            t[:1].isupper() or t in PARTICLES for t in named_lead.split()
        ):
            return named_lead
    if m:
        return m["who"]
    # 'Moss shot back in a statement, …'; 'Opposition leader Ola Berg, telling …, said'
    m = LEADING_NAME.match(sentence.strip())
    if (
        m
        and any(
            PERSON_ROLE.fullmatch(word.split("-", 1)[0])  # ('secretary-general')
            for word in sentence.strip()[m.end() :].lstrip(", ").split(" ", 3)[:3]
        )
    ):
        # 'Trump senior communications adviser Jason Miller said': the name after the
        # title, not the capitals before it
        m = _TITLED_NAME.match(sentence.strip()) or m
    if m and (m.group(0).endswith(("'s", "’s")) or m.group(0) in ("Its", "His", "Her", "Their")):
        # "Khangai Copper's chief executive, Stefan Lindgren, rejected …": the name
        named_first = _DESCRIBED_THEN_NAMED.match(sentence.strip())
        if named_first and looks_like_person(named_first["name"]):
            return named_first["name"]
    if m and _DETERMINER.fullmatch(m.group(0)):
        # 'A spokesman for the mayor defended …': the phrase up to its verb
        m = _ANY_SUBJECT.match(sentence.strip())
        if m:
            return m["who"]
        # 'The chairman of the consortium, Dirk van der Merwe, sat in this office …': the
        # name in the apposition, its verb right after
        named_first = _DESCRIBED_THEN_NAMED.match(sentence.strip())
        if named_first and looks_like_person(named_first["name"]):
            return named_first["name"]
        # 'The former secretary-general, Lee Mei Ling, who left …, rejected …': the name
        # in the apposition before the speech verb
        verb = REPORT.search(sentence) if "," in sentence else None
        named = subjects.subject_of(sentence[: verb.start()]) if verb else ""
        return named if named and looks_like_person(named) else ""
    if (
        m
        and not fronted(sentence.strip())
        and not FRONTED_PAST.match(sentence.strip())
        # ('Speaking at a town hall in Salem, Trump went after Bush': no name)
        and not _PARTICIPLE_LEAD.match(sentence.strip())
    ):
        of = _BODY_OF.match(sentence.strip(), m.end()) if ORG_WORDS.search(m.group(0)) else None
        # "South Sudan's Ministry of Water Resources and Irrigation said": the whole body
        return m.group(0) + of.group(0) if of else m.group(0)
    rest = sentence.strip()
    # 'Later, Trump's campaign released …', 'On Thursday, the board …': past the
    # fronted phrases to the clause's own subject
    for _ in range(4):
        head, comma, tail = rest.partition(",")
        opens = (
            fronted(head)
            or _TIME_WORD.fullmatch(head)
            or _PARTICIPLE.match(head)
            or FRONTED_PAST.match(head)
        )
        # 'In Ames, Iowa, on Sunday, …': the state after a fronted place is fronted too
        place = rest != sentence.strip() and _PLACE.fullmatch(head)
        if not (comma and tail.strip() and (opens or place)):
            break
        rest = tail.strip()
    if rest != sentence.strip():
        # 'In his 2004 convention speech, a testimonial to John Kerry, the Democratic
        # nominee that year, Mr. Obama decried …': what the fronted phrase was, then the
        # name that acts
        apposed = _APPOSED_THEN_NAME.match(rest) if rest.startswith(("a ", "an ")) else None
        if apposed:
            return apposed["who"]
        m = MAIN_SUBJECT.match(rest) or _ANY_SUBJECT.match(rest)
        if m:
            return m["who"]
    pronoun = _PRONOUN_ACTS.match(rest)
    if pronoun:
        # '…, he sat with us in the fish market office, with the door closed, and …': he
        return pronoun[1]
    cut = _FIRST_BREAK.search(rest)  # not a split of the whole: a sentence may be long
    return rest[: cut.start()] if cut else rest


#: The rest of a body's name after its head word: ' of Water Resources and Irrigation'
_BODY_OF = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){0,4}?(?:and\s+)?[A-Z][\w'’-]*"
    r"(?=\s+(?!and\b)[a-z])"
)
#: A pronoun, then a verb of its own: 'he sat with us', 'she then went'
_PRONOUN_ACTS = re.compile(r"(he|she|they|He|She|They)\s+(?:[a-z]+ly\s+|then\s+)?[a-z]{2,}\b")


_APPOSED_THEN_NAME = re.compile(
    r"(?:(?:an?|the)\s[^,“”\"]{2,60},\s+){1,2}(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|s)\b"
)
_FIRST_BREAK = re.compile(r",|\s{3,}|\s+(?:has|had|was|is|said|told)\b")  # (or a quotation blanked)
_PARTICIPLE = re.compile(r"\s*[A-Za-z]+ing\s")  # 'raising both fists to the crowd, …'
_PARTICIPLE_LEAD = re.compile(
    r"[A-Z][a-z]+ing\s+(?:at|in|on|to|with|before|after|from|about|during|for|outside|"
    r"alongside|the|a|an|his|her|their|its)\s"
)
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?")
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Later|"
    r"Earlier|Meanwhile|Still|Instead|Separately)"
)
#: Any short noun phrase before a verb in the past: 'Trump's campaign released'.
_ANY_SUBJECT = re.compile(
    # one space between words: a blanked quotation is a run of them, and no subject
    r"^(?P<who>(?:[\w'’.-]+\s){0,12}?[\w'’.-]+)"
    # (past a relative clause: 'A spokesperson for the office, who is not permitted to
    # comment, confirmed …')
    r"(?:,\s+(?:who|which)\s+[^,;“”\"]{2,120},)?"
    r"\s+(?:has\s+|had\s+)?(?:[a-z]\w*ly\s+)?"
    # 'The publication has been outspoken …': a state, not only an action
    rf"(?:[a-z]{{3,}}ed|{PAST}|says|tells|been)\b"
)
#: Who a people's adjective ('Syrian', 'Democratic') may be of: 'Syrian hackers'.
_GROUP_AFTER = re.compile(
    r"\s+(?:officials|lawmakers|senators|hackers|diplomats|leaders|voters|troops|forces|"
    r"authorities|negotiators|ministers|activists|protesters|officers|sources|analysts|"
    r"prosecutors|investigators|workers|students|militants|rebels|soldiers|delegates)\b"
)
_DETERMINER = re.compile(r"(?:The|A|An|One|Some|Several|Two|Three)")
#: A conjunction opening a sentence before a name: 'But Universities …', 'And Lind …'
_OPENING_CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet)\s+(?=[A-Z])")


#: A name after a title in lower case, before a lower-case word: 'Opposition leader
#: Ola Berg, telling …', 'Labour chairman Tom Berg told …'.
_TITLED_NAME = re.compile(
    # ('Universities Academic Staff Union secretary-general Constantine Wasonga dismissed')
    rf"^(?:[A-Z][\w'’.-]*\s+){{1,5}}(?:\([^()]{{1,20}}\)\s+)?(?:[a-z]+\s+){{0,2}}"
    rf"(?:{PERSON_ROLE.pattern})(?:-[a-z]+)?\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]*(?=,?\s+[a-z])"
)
#: A sentence opening with a name and a lower-case word: 'Moss shot back …'.
LEADING_NAME = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w'’.-]*\s+){0,7}[A-Z][\w'’-]*"
    r"(?:\s+\([^)]{1,20}\))?(?=,?\s+[a-z])"
)
