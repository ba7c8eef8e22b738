"""Reported speech: a clause whose subject does a speech verb ("said that",
"told X that", "assured", "made it clear that", "according to X")."""

from __future__ import annotations

import re

from .antecedents import (
    antecedent,
    body_antecedent,
    named_before,
    own_subject,
    person_named_last,
    role_in_group,
    tagged,
)
from .auxiliaries import aux_before
from .claims import claimed, may_claim
from .clause_split import CONTRAST_IT
from .clause_tags import OBJECT_RELATIVE, PASSIVE_BEFORE, tag_in_clause, without_closing_tag
from .complements import (
    DENIED,
    THAT,
    WHEN_OR_WHERE_ONLY,
    clause_follows,
    taken_as,
    that_follows,
)
from .documents import IT_IN_A_DOCUMENT
from .german import german_reported, may_be_german
from .idle_verbs import reports_nothing
from .names import JOINED_ARTICLE, ORG_WORDS
from .participles import OPENING_PARTICIPLE, participle_speaker, written_first
from .passed_on import assurer_tagged, given_by, passed_on_act
from .phrases import CONTRAST_FIRST, PARTY_TAG, PRONOUN_ENDS
from .relays import NOT_SOURCES, may_relay, relayed
from .roles import GROUP_OF_PEOPLE, PERSON_ROLE
from .said_span import said_span
from .speakers import People
from .stance import stance_of
from .subjects import subject_of
from .text import plain, quote_spans
from .verbs import REPORT, SPEECH, STANCE_VERBS

_NAMED = re.compile(
    r"\b[A-Z]\w+\s+[A-Z][\w'’-]+$"
)  # ends in a first and last name ('Siân Morgan-Rees')
_BY_AGENT = re.compile(
    # ('was accused by prosecutors of hiding …': the agent ends before what it charged)
    r"(?:\s+[a-z]+ly)?\s+(?:by|"
    # ... or the one met or called: 'had been told in a meeting with Commission officials
    # last month that …', 'told in a telephone call from an RTÜK official'
    r"(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|conversation|"
    r"gathering|briefing|dinner|visit)\s+(?:with|from)"
    r")\s+(?P<who>[^,;.“”\"]{2,60}?)(?=\s+(?:that|in|on|at|last|this|of|to|a|an|not)\b|[,;.])"
)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|these|those)\s")
_BY_THEN_THAT = re.compile(r"\s+by\s+[^,;.“”\"]{2,80}?\s+that\s")
_TOLD_PASSIVE = frozenset({"told", "assured", "reassured", "informed", "warned", "briefed"})
_MARKS = '“”"«»„'


def _no_marks(text: str) -> str:
    """The text without its quotation marks (replace is many times faster than translate)."""
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text


_WORD_NEXT = re.compile(r"^\s+\w")
_ASKED_WHETHER = re.compile(r"\b(asked|whether)\b", re.I)
_LOWER_SUBJECT = re.compile(
    r"(?:the|a|an|one|two|three|four|several|some|senior|he|she|they|both|those|most|many|other"
    # ('…, and her department told a Senate committee …': one's own body or people)
    r"|(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:department|ministry|office|government|party|"
    r"campaign|lawyers?|spokes(?:man|woman|person)|team|aides|staff|union))\b"
    rf"|{JOINED_ARTICLE}[A-Z]"  # 'al-Rawahi assured …': a name, its article first
)
#: One of a body's or a country's people by office: 'its energy minister', 'their leader'
_OWNED_ROLE = re.compile(r"(?:its|their)\s+(?:[a-z-]+\s+){0,2}([a-z]+)")
_BE_LAST = re.compile(r"\b(?:is|are|was|were|been)\s+$")
#: Time spent doing it, right before a participle: 'has spent the week insisting that …'
_SPENT_TIME = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?spent\s+(?:(?:much|most|part)\s+of\s+)?(?:the|this|last|"
    r"weeks|months|days|years|two|three|several)\b(?:\s+[a-z]+){0,2}\s+$"
)


_IT = ("it", "its ")  # a body, or its people ('its management')
_WHICH = ("which", " that")  # a relative pronoun a body's clause opens on
#: Pronouns that name nobody the article has named: the statement is still one.
#: What follows a charge's quotation, the writer's: '” yesterday after he declined …'
_PAST_THE_CHARGE = re.compile(
    r"(?<=[”\"])\s+(?:(?:yesterday|today|on\s+[A-Z][a-z]+day|last\s+[a-z]+)\s+)?"
    r"(?:after|when|as|because|following|before)\s"
)
_PRONOUN_FIRST = re.compile(r"(?:he|she|they|we|i|it)\b", re.I)
_AND_BEFORE = re.compile(r"(?:^|\s)(?:and|but)\s*$")  # (a clause split off: "and has …")
_UNRESOLVED = {"they", "we", "i", "you"}


def may_report(sentence: str, has_verb: bool) -> bool:
    """Could reported() find anything in the sentence? A cheap first look: most
    sentences of an article have no speech verb, relay, 'that' or quotation."""
    return (
        has_verb
        or " that " in sentence
        or may_relay(sentence)
        or _ANY_MARK.search(sentence) is not None
        or "''" in sentence
        or bool(OPENING_PARTICIPLE.match(sentence))
        or may_claim(sentence)
        or may_be_german(sentence)
    )


_ANY_MARK = re.compile('[“”"«»„]')  # one class: the search skips plain text fast


#: A subject that is a speech verb, whom it was told and a pronoun: 'Graham assured his
#: audience he (would tell)'
_TOLD_THEN_PRONOUN = re.compile(rf"(?<![\w-])(?:{SPEECH})\s+\S.*\s(?:he|she|they|we|I)$")


_WHOM_THEN_PRONOUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:he|she|they|we|I)")


_DASHES = ("–", "—", "--")
#: A foreign verb, then the dash that opens its gloss: 'versicherte – assured –'.
_GLOSSED = re.compile(r"\s+[^\W\d_]{3,}\s+(?:--|[–—])\s*$")
_GLOSS_END = re.compile(r"^\s*(?:--|[–—])")


#: The one told is the other sex: 'she told him', 'he assured her'.
_TOLD_THE_OTHER = {
    "she": re.compile(r"\s+(?:privately\s+)?him\b"),
    "he": re.compile(r"\s+(?:privately\s+)?her\b"),
}


def reported(
    clause: str, people: People, sentence_subject: str, verbs_from: int = 0
) -> tuple[str, str] | None:
    """(text, speaker) if the clause reports what someone said.

    ``verbs_from``: where its first speech verb can be, if the caller knows (past the
    clause's end: it has none)."""
    opening = written_first(clause, people)
    if opening:
        return opening  # 'Writing on Facebook that…, Olga Rask thanked…'
    if may_be_german(clause):
        german = german_reported(clause, people)
        if german:  # 'Das Kanzleramt hat den Ländern zugesichert, …'
            return german[0], german[1] or ""
    given = given_by(clause, people)
    if given:
        return given  # '… had been given a private assurance by Castell that …'
    # found once, read by every rule below
    verbs = list(REPORT.finditer(clause, verbs_from)) if verbs_from <= len(clause) else []
    if not verbs and not may_relay(clause):
        return claimed(clause, people, sentence_subject)
    spans = quote_spans(clause)
    found = tag_in_clause(clause, verbs, spans, people)
    if found:  # 'Vilnius, she added, was prepared to pay…'
        return found
    candidates: list[tuple[str, str]] = []
    attribution: tuple[str, str] | None = None
    # The last speech verb that reports something wins: read from the end, stop there.
    # (a clause of news has a few speech verbs: past a dozen, a pasted list's, not read)
    for verb in reversed(verbs[-12:]):
        if candidates:
            break
        if any(a <= verb.start() < b for a, b in spans):
            continue
        if reports_nothing(clause, verb, verb is verbs[0]):
            continue
        word = verb["verb"].lower()
        relative = False  # (the verb's subject is a relative 'who')
        # the subject is near its verb: look back a few hundred characters only
        head = clause[max(0, verb.start() - 300) : verb.start()]
        rest = clause[verb.end() : verb.end() + 300]
        if head.rstrip().endswith(_DASHES) and rest.lstrip().startswith(_DASHES):
            gloss = _GLOSSED.search(head)
            if gloss:
                # 'Vollmer versicherte – assured – her counterpart that …': the English
                # gloss of the verb before it; her name is the subject
                head = head[: gloss.start()]
                rest = _GLOSS_END.sub("", rest, count=1)
        # 'said his staff “did the wrong thing”': a clause is one with its quotation marks
        words = _no_marks(rest)
        tail = head[-100:]  # patterns anchored at the end: look at the end only
        # 'was privately assured by prosecutors that …': the subject was told, not telling
        passive = (word.endswith("ed") or word == "told") and PASSIVE_BEFORE.search(
            tail, max(0, len(tail) - 30)
        )  # (at the end only: its words are right before the verb)
        has_that = that_follows(word, rest, verb is verbs[0]) or bool(
            # ('had been told by government figures in November that …': by whom, then what)
            passive and word in _TOLD_PASSIVE and _BY_THEN_THAT.match(rest)
        )
        # a lead-in, its words after it: 'One passage describes the final morning:'
        lead_in = not has_that and rest.rstrip().endswith(":")
        if lead_in and rest.count(":") == 1:
            continue
        if not rest.strip(" .,") or (
            not has_that
            and WHEN_OR_WHERE_ONLY.match(rest)
            # ('he had insisted on his innocence': what he insisted on, no tag's venue)
            and not (word.startswith("insist") and rest.startswith(" on "))
        ):
            # "…, three officials said." "…, Brenn said on Friday." "…, she told reporters."
            # ('… told the Senate at 10:30:': its words are the next paragraph's; nor a noun
            # in -ing that ends it: 'issued its second profit warning.')
            if lead_in or word.endswith("ing"):
                continue
            if (not passive or word in _TOLD_PASSIVE) and not OBJECT_RELATIVE.search(tail):
                # ('…, a day before the recall was announced': no tag; '…, MPs have been
                # told' is one; nor '… the route that officials had recommended.')
                attribution = attribution or (clause[: verb.start()], head)
            continue
        denial = word in STANCE_VERBS and DENIED.match(rest)
        if denial:
            # 'Oluoch rejected suggestions that the response had been slow': a denial,
            # what is denied its words
            has_that = True
        elif word in STANCE_VERBS:
            # ('offered' only in private: 'privately offered to pay', not 'the news
            # conference offered a contrast')
            if (
                stance_of(plain(clause))[0] in (None, "public" if word == "offered" else None)
                # ('told a rally that management had offered a bonus during a closed-door
                # meeting': the offer's own venue, after it)
                and not (word == "offered" and stance_of(plain(rest))[0] == "private")
                # ('dismisses the claims as the usual noise': what he takes them for)
                and not (word.startswith("dismiss") and has_that)
                # ('rejected the offer as hostile', not 'rejected that motion on Friday')
                and not (word.startswith("reject") and taken_as(rest))
            ):
                continue
            has_that = has_that or bool(_WORD_NEXT.match(rest))
        if not clause_follows(word, rest, words, has_that):
            continue
        aux = aux_before(tail)
        subject_text = head[: len(head) - len(tail) + aux.start()] if aux else head
        spent = _SPENT_TIME.search(head, max(0, len(head) - 50)) if "spent" in tail else None
        if spent and head.endswith((" who", " which", " that"), 0, spent.start()):
            spent = None  # ('two men who had spent the day telling journalists … sat down')
        if spent:
            # 'Henrik Dalsgaard has spent the week insisting there is …': his act
            subject_text = head[: spent.start()]
        if (
            # ('calling for' too; not 'is calling on', 'was telling customers that': a verb
            # with its subject)
            not spent and word.split(" ", 1)[0].endswith("ing") and not _BE_LAST.search(head[-12:])
        ):
            spoke = participle_speaker(clause, verb.start(), subject_text, people, sentence_subject)
            if isinstance(spoke, tuple):
                candidates.append(spoke)
            if not isinstance(spoke, str):
                continue
            subject = spoke
        elif _AND_BEFORE.search(subject_text) and sentence_subject:
            # 'Ms. Cole rejected the idea that … and said that …': the sentence's subject
            subject = sentence_subject
        else:
            subject = subject_of(subject_text).strip(' ,;:“”"«»')  # not a closing mark
            # 'even as the country's shipping minister publicly warned that …': the
            # contrast's word opens the clause, it is no part of its subject
            subject = CONTRAST_FIRST.sub("", subject)
            relative = subject.lower() == "who"
            if relative:
                # 'said Scott Reed, the group's strategist, who added that …': the
                # person the relative clause hangs on
                subject = antecedent(subject_text, people) or subject
                if subject.lower() == "who" and subject_text.strip() == "who" and sentence_subject:
                    # '…, according to a European diplomat, who said …' split off: the
                    # one the clause before named
                    subject = sentence_subject
            body = body_antecedent(subject_text) if subject.endswith(_WHICH) else None
            if body:
                # 'Parcelo, which says it has about 140 million customers, published …',
                # 'the Alliance, a Brussels-based group that says it represents …': the
                # body's words, to the relative clause's end
                rest_of = clause[verb.end() :]
                close = rest_of.find(", ")  # (not a number's: 'around 9,000')
                said = THAT.sub("", (rest_of[:close] if close > 0 else rest_of).strip(), 1)
                who = people.who(body)
                if who and said:
                    candidates.append((said.rstrip(" ."), who))
                continue
        # (one told by someone named need be no one known: 'the union had been told by
        # government figures that …' is theirs)
        agent = _BY_AGENT.match(rest) if passive else None
        if agent is None and (
            not subject
            or _ASKED_WHETHER.search(subject)
            or (
                subject[:1].islower()
                and not _LOWER_SUBJECT.match(subject)
                # 'In a statement posted to its website, it confirmed …': the body's
                and not (subject == "it" and IT_IN_A_DOCUMENT.match(head))
                # ('…, even as it publicly insisted …': the body that just spoke)
                and not (subject.startswith(_IT) and CONTRAST_IT.match(clause))
                and not GROUP_OF_PEOPLE.match(subject)
                and not (
                    (owned := _OWNED_ROLE.fullmatch(subject)) and PERSON_ROLE.fullmatch(owned[1])
                )
                # 'former President Bill Clinton', 'chair Sen. Ana Lind (D-Minn.)'
                and not _NAMED.search(PARTY_TAG.sub("", subject) if "(" in subject else subject)
            )
        ):
            if re.search(r"\b(?:but|and)\s*$", head.strip()) or not head.strip():
                subject = sentence_subject
            else:
                continue
        if NOT_SOURCES.match(subject) or len(subject) > 200:
            continue  # (nor a sentence's worth of words: no one's name)
        if verb is not verbs[0] and (
            # (looked for only where a pronoun ends the subject: its search is slow)
            (subject.endswith(PRONOUN_ENDS) and _TOLD_THEN_PRONOUN.search(subject))
            # 'The heads of both firms told AP they concluded …': whom they told, then
            # 'they', is no subject; the verb before reports
            or _WHOM_THEN_PRONOUN.fullmatch(subject)
        ):
            # 'Graham assured his audience he would tell …': 'he' is told, not telling;
            # the verb before reports
            continue
        pronoun = subject.lower() in ("he", "she")
        if pronoun and _TOLD_THE_OTHER[subject.lower()].match(rest):
            # 'Rusu says that … she told him privately that …': she is not the one who
            # tells of it, whom 'him' means; the pronoun's own person
            near, pronoun = None, False
        else:
            near = named_before(head, people) if pronoun else None
            if near is None and pronoun and " the " in head:
                # ('Allies of the Chancellor said she')
                near = role_in_group(head, people, "m" if subject.lower() == "he" else "f")
        if near is None and pronoun and sentence_subject:
            # '…, Carson criticized the media, though he added …' split off: the
            # sentence's own subject, if the article has not shown them the other sex
            near = own_subject(sentence_subject, clause, subject.lower(), people)
        # 'Although Weiner admitted …, he claimed …': he is the name just before
        who = near or people.who(subject)
        if who is None and subject.lower() in ("he", "she") and sentence_subject:
            # 'Gov. Ana Lind vetoed it because she said …': she is the sentence's subject;
            # not a group ('Jurors … heard a recording in which he …': the man named before)
            named = GROUP_OF_PEOPLE.match(sentence_subject.lower()) and person_named_last(head)
            who = (named and people.fullest(named)) or people.who(sentence_subject)
        if who is None and subject.lower() == "they" and sentence_subject.endswith("s"):
            # 'Residents say …, and they argue that …': the group the sentence opened on
            who = people.who(sentence_subject)
        if (
            subject.startswith(_IT)
            and CONTRAST_IT.match(clause)
            and ORG_WORDS.search(sentence_subject)
        ):
            # '…, even as it publicly insisted …' split off: the body that just spoke
            who = people.who(sentence_subject)
        if who is None and subject.lower() in _UNRESOLVED and not spans:
            who = ""  # 'they say he will…': a statement whose speaker triage names
        by_agent = people.who(agent["who"]) if agent else None
        if who is None and not by_agent:
            continue  # (one told need not be known where the words say by whom)
        if agent and REPORT.search(subject):
            # 'told the Times the union had been told by …': the one told is the last
            # phrase before its verb, not the teller's words before it
            last = list(_DETERMINER.finditer(subject))
            subject = subject[last[-1].start() :] if last else subject
        said = said_span(clause, subject, verb, relative, near is not None)
        if word.startswith("accus") and (past := _PAST_THE_CHARGE.search(said)):
            # 'was accused by MPs of “putting shareholders before swimmers” yesterday
            # after he declined to say …': the charge ends with its quotation
            said = said[: past.start()]
        if passive:
            # who told them, if the words say so; else triage names the speaker
            who = by_agent or ""
            if not who and word.startswith(("accus", "ask")):
                continue  # 'who are accused of …', 'she was asked whether …': no one's words
            if not who and verb is not verbs[0]:
                # 'Lyle told them that the money would be announced …': what is to be
                # announced is what the verb before reports
                continue
            finding = claimed(clause, people, sentence_subject) if not who else None
            if finding and finding[1]:
                # 'An internal memo signed by Hernán Ríos … shows officials were instructed
                # to …': what the memo shows, its signer's
                candidates.append(finding)
                continue
        candidates.append((said, who or ""))
    by_tag = tagged(attribution, spans, people) if attribution else None
    if by_tag and (not candidates or _PRONOUN_FIRST.match(candidates[-1][0])):
        found = by_tag  # '…, he promised to …, Frankel said.': the tag speaks for all
    elif candidates:
        text, who = max(candidates[-1:], key=lambda c: c[1] != "")
        # ('Another said Ould Cheikh had pressed for a written guarantee': his)
        found = passed_on_act(text, who, people) or without_closing_tag(text, who, people)
    else:
        return relayed(clause, spans, people) or claimed(clause, people, sentence_subject)
    # ('X privately promised …, four sources said': what the insiders pass on is X's)
    return found[0], assurer_tagged(*found, people) or found[1]
