"""Reported speech in a sentence that holds no statement of its own quoted: the
sentence split at its clauses ('…, even as …', '…; …', '…, telling them that …'),
each read for who said what, and its stance."""

from __future__ import annotations

import re

from .blocks import ProposedQuote
from .clause_split import CLAUSE_SPLIT, CONTRAST, CONTRAST_IT, DASH_SPLIT, GOING_ON
from .clause_tags import without_closing_tag
from .exchanges import asked_whom
from .heads import without_aside, without_relative, writers_clause
from .leadins import recorded_subject
from .persons import a_person
from .polls import is_share, poll_named
from .reported import reported
from .reported_stance import Told, reported_stance
from .speakers import People
from .speaking import FirstCue
from .text import plain, quote_spans, words_in
from .verbs import REPORT

#: The press putting a question: 'A reporter from the Examiner put it to the minister that …'
_PRESS_PUT_IT = re.compile(
    r"\b(?:reporter|journalist|correspondent|interviewer)s?\b[^.;]{0,80}?\bput it to\b"
)
#: A clause of the writer's own, in contrast: 'but one staffer captured audio'
_CONTRAST_FIRST = re.compile(r"(?:but|while|whereas|although|though|yet)\s")
_RELAY_LAST = re.compile(r",\s+according to\s+[^,;]{2,80}(?:,\s+(?:an?|the)\s+[^,;]{2,60})?\.?\s*$")
_ACCORDING_WHO = re.compile(
    r",\s+according to\s+[^,;“”\"]{2,80},\s+(?P<who>who\s+(?:said|says|told|added|noted|warned|"
    r"argued|insisted)\s)"
)
_ANONYMITY = re.compile(
    r"[^,;]{0,60}?\b(?:asked|requested|spoke|speaking|declined)\s+(?:not\s+to\s+be\s+(?:named|"
    r"identified)|on\s+condition\s+of\s+anonymity|to\s+be\s+(?:named|identified))"
)
#: Why someone says nothing, said for them: '(Her office said) she was travelling', '…
#: had nothing to add'
_NOTHING_SAID = re.compile(
    r"(?:^|\b(?:said|says)\s+(?:that\s+)?)(?:he|she|they|the minister)\s+(?:was|were|is|are)\s+"
    r"(?:travelling|traveling|unavailable|not available|abroad|on leave)\b"
    r"|\b(?:had|has|have)\s+nothing\s+(?:further\s+|more\s+)?to\s+add\b"
)
#: The paper's own: 'Our correspondent in Nakuru', 'our reporter at the scene'
_OUR_REPORTER = re.compile(
    r"(?:[Oo]ur|[Tt]his (?:paper|newspaper)['’]s) (?:correspondents?|reporters?)\b"
)
#: A question one may answer yes or no, a transcript's speaker before it or not: 'Did
#: anyone tell your board …?', 'SENATOR FARRANT: Has the minister said …?'
_YES_NO_QUESTION = re.compile(
    r"\W*(?:[A-Z][A-Z.' -]+:\s*)?(?:Did|Does|Do|Has|Have|Had|Will|Would|Is|Are|Was|Were|Can|"
    r"Could|Should|Shall|Must|May|Might)\s"
)
#: A sentence that tells how a statement already given was made: 'The assurance was given
#: at a dinner in Vilnius …, the officials said' adds no words of anyone's
_FRAME = re.compile(
    r"\s*(?:The|This|That|Their|His|Her|Its)\s+(?:assurance|commitment|pledge|promise|offer|"
    r"undertaking|guarantee|message|warning)s?\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?:given|made|delivered|conveyed|relayed|offered|issued|passed\s+on)\b"
    # (but a clause after it may tell who said what there: '…, where the deputy minister
    # told officials that …')
    r"(?![^.;]*?,\s+(?:where|at which)\s+[^,;]{2,80}?\s(?:told|assured|promised|said)\s)"
)


#: A clause after 'that' whose subject may go on to a verb of the next clause: 'that
#: Hallgrímsson had come to her office in early April 2023'
_THAT_SUBJECT = re.compile(
    # ('that Sen. Marsh's chief of staff, Kyle Denning, had called her': the name)
    r"\bthat\s+(?P<clause>(?:[^,;“”\"]{2,60},\s+)?(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’-]*)),?\s+had\s+[a-z]+\b[^,;“”\"]{0,120}$"
)
#: A clause that opens on a name and its verb: 'Mrs. Clinton aims to build on …'
_NAME_THEN_VERB = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+[a-z]+\b"
)
#: Where it was said, after the quotation that ends what was said
_VENUE_AFTER_QUOTE = re.compile(
    r"(?<=[”\"’']),?\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:interview|statement|speech|op-ed|post|tweet)|"
    r"at\s+an?\s+(?:[\w-]+\s+)?(?:rally|news conference|press conference|town hall|event|debate)|"
    r"during\s+an?\s+(?:[\w-]+\s+)?(?:interview|speech|rally|debate|appearance))\b[^“”\"]{0,80}$"
)
#: A call to the one passing it on, after _THAT_SUBJECT's name: '(that Sen. Marsh's chief
#: of staff, Kyle Denning,) had called her last week'
_CALLED_ONE = re.compile(
    r",?\s+had\s+(?P<act>(?:\w+ly\s+)?(?:called|phoned|rung|rang|met|visited|approached|"
    r"texted|messaged|emailed|contacted)\s+(?:her|him|them|me|us))\b"
)
#: ... and that verb: words to one person ('and told her that'), or said ('had called her
#: last week and said …')
_AND_TOLD_ONE = re.compile(
    r"(?:and|but)\s+(?:then\s+)?(?:(?:told|assured|promised|warned|asked)\s+(?:her|him|them|me|"
    r"us)|said)\b"
)
#: A piece split off that is no clause: 'but unavoidable, he said' of 'The increase was
#: „painful, but unavoidable“, he said.'
_NO_CLAUSE = re.compile(
    r"(?:but|and)\s+(?!(?:I|he|she|they|we|you|it)\b)[\w'’-]+(?:\s+[\w'’-]+)?[“”\"«»„]?(?:,|$)"
)


#: Unnamed insiders counted, opening a clause: 'Two people present at the meeting, …'
_INSIDERS_FIRST = re.compile(
    r"(?P<who>(?:Two|Three|Four|Five|Several|Some)\s+[A-Za-z][^,;“”\"]{2,100}?)"
    r"(?:,|\s+(?:said|say|says|told|tell|tells)\b)"
)


def _short_ones_joined(sentence: str, clauses: list[str]) -> list[str]:
    """The clauses, a piece of one or two words after 'but' or 'and' joined to the
    clause before it (its words are that clause's, not a clause of their own)."""
    out: list[str] = []
    at = 0
    starts: list[int] = []
    for clause in clauses:
        start = sentence.find(clause, at)
        at = start + len(clause)
        if out and _NO_CLAUSE.match(clause):
            out[-1] = sentence[starts[-1] : at]
            continue
        out.append(clause)
        starts.append(start)
    return out


def _clauses(sentence: str, bare_sentence: str) -> list[str]:
    """The sentence split at its clauses, never inside a quotation: in 'said that "…
    were in place, and continued to be so, throughout …"' the words quoted are one."""
    if bare_sentence == sentence:
        return CLAUSE_SPLIT.split(sentence)
    spans = quote_spans(sentence)
    pieces, at = [], 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        if not any(a < m.start() < b for a, b in spans):
            pieces.append(sentence[at : m.start()])
            at = m.end()
    pieces.append(sentence[at:])
    return pieces


def reported_in_sentence(
    sentence: str,
    bare_sentence: str,
    first_verb: re.Match[str] | None,
    sentence_subject: str,
    people: People,
    found: list[ProposedQuote],
    paragraph_cue: FirstCue,
    s_end: int,
) -> str | None:
    """Append the sentence's reported statements to ``found`` (the caller has looked
    first: may_report) and return who spoke in it, a person, for a quotation with no
    tag after it. ``bare_sentence``: the sentence with its quotations blanked;
    ``first_verb``: its first speech verb; ``s_end``: where it ends in the paragraph,
    whose first cue before then (``paragraph_cue``) may speak for a sentence of one
    clause."""
    if _FRAME.match(bare_sentence) or (
        bare_sentence.rstrip().endswith("?") and _YES_NO_QUESTION.match(bare_sentence)
    ):
        return None  # (nor a question: 'Did anyone tell your board the freeze would …?')
    has_verb = first_verb is not None
    # '…, while Y has raised $6 million, according to the filings': the relay
    # speaks for the whole sentence
    # (not where a speech verb of its own speaks for the first clause: 'X told
    # analysts that …, even as Y …, according to insiders')
    relay_last = "according to" in sentence and not has_verb and _RELAY_LAST.search(sentence)
    if relay_last:
        clauses = [sentence]
    elif (
        "," in sentence
        or ";" in sentence
        or "and" in sentence
        or "but" in sentence
        or "even as" in sentence
    ):
        clauses = _clauses(sentence, bare_sentence)
        if "--" in sentence or "—" in sentence or "–" in sentence:
            clauses = [part for clause in clauses for part in DASH_SPLIT.split(clause)]
    else:
        clauses = [sentence]  # nothing to split at: a comma, a semicolon, 'and', 'but'
    if len(clauses) > 1:
        clauses = _short_ones_joined(sentence, clauses)
    relay_who = _ACCORDING_WHO.search(sentence) if "according to" in sentence else None
    if relay_who:
        # '…, according to a European diplomat, who said Paris had been careful …': what
        # the relay's source said next is a statement of its own, theirs
        clauses = [
            *CLAUSE_SPLIT.split(sentence[: relay_who.start("who")].rstrip(" ,")),
            *CLAUSE_SPLIT.split(sentence[relay_who.start("who") :]),
        ]
    said: ProposedQuote | None = None
    told_by = None
    # With no quotation in the sentence, its speech verbs are known from the first
    # one on: each clause is searched from there (or not at all), not from its start.
    unquoted = bare_sentence == sentence
    at = 0
    previous = ""  # the clause before
    for clause in clauses:
        gap = at  # the words the split took: ', ', '; ' or a space ('… and calls …')
        at = sentence.find(clause, at)
        gap_words = sentence[gap:at]
        verbs_from = 0
        if unquoted:
            verbs_from = max(0, first_verb.start() - at) if first_verb else len(clause) + 1
        at += len(clause)
        # (the call to the one passing it on that the clause goes on from, and where its
        # clause starts)
        called, call_from = None, 0
        # ', adding that …' split off: its subject is the last clause's speaker
        subject = (
            said.speaker
            if said
            and said.speaker
            and (
                GOING_ON.match(clause)
                or clause.startswith("who ")
                # '… had privately offered …, even as it publicly insisted …': the body
                # that just spoke is 'it'
                or CONTRAST_IT.match(clause)
            )
            else ""
        )
        if (
            (not subject or "," not in gap_words)
            and _AND_TOLD_ONE.match(clause)
            and "that " in previous
        ):
            # 'told the court that Hallgrímsson had come to her office … and told her that
            # …': the one who came goes on to tell, not the sentence's subject ('… that
            # Kyle Denning had called her last week and said …': Denning said it, on a call)
            inner = _THAT_SUBJECT.search(previous)
            subject = inner["who"] if inner else subject
            called = _CALLED_ONE.match(previous, inner.end("clause")) if inner else None
            call_from = inner.start("clause") if inner else 0
        if not subject and "ecord" in previous and (shown := recorded_subject(previous + ", ")):
            # 'Minutes … record the trust’s medical director, Dr Samuel Okoro, | warning
            # colleagues that …': the one the record shows, not the record
            subject = shown
        relayed_before = previous  # (the clause before, for a relay it closed)
        previous = clause
        # '… told the executives that …, and that the ministry did not want to “…”,
        # according to two people who were present': more of what was told, its relay
        # no statement of its own
        more_told = (
            said is not None
            and bool(said.speaker)
            and clause.startswith("and that ")
            and not REPORT.search(plain(clause))
        )
        found_reported = (
            None
            # ('A reporter from the Examiner put it to the minister that her department had
            # privately offered …': the press's question, no one's statement)
            if more_told or (" put it to " in clause and _PRESS_PUT_IT.search(clause))
            else reported(clause, people, subject or sentence_subject, verbs_from)
        )
        if said is not None and (
            more_told
            or (
                not found_reported
                and (verbs_from > len(clause) or not REPORT.search(plain(clause), verbs_from))
                and not writers_clause(said.text, clause)
                # (nor after a relay that closed it: 'Recording was disabled, according
                # to two people who attended, | but one staffer captured audio')
                and not (_CONTRAST_FIRST.match(clause) and _RELAY_LAST.search(relayed_before))
                # (not a contrast with a subject of its own: '…, even as two members …')
                and not CONTRAST.match(clause)
                # (nor the writer's next clause after a semicolon: '… single-payer health care
                # system; Mrs. Clinton aims to build on …')
                and not (";" in gap_words and _NAME_THEN_VERB.match(clause))
            )
        ):
            # '… said the city would win, but not until the council “admits …”':
            # a clause with no speaker of its own goes on with what was said (not
            # the writer's after a quotation: '… “good gains,” but he pressed …')
            words = clause.strip().rstrip(".")
            if more_told:
                words = without_closing_tag(words, said.speaker or "", people)[0]
            joint = ", " if gap_words.strip() else " "
            said.text = f"{said.text}{joint}{without_aside(words)}"
            continue
        before, said = said, None
        if found_reported and (
            _ANONYMITY.match(found_reported[0])
            or _OUR_REPORTER.match(found_reported[1] or "")
            or (words_in(found_reported[0]) <= 14 and _NOTHING_SAID.search(found_reported[0]))
        ):
            # 'They asked not to be named because the talks were not public': why a source
            # is unnamed, no statement of theirs; 'Our correspondent in Nakuru reports that
            # …': the paper's own reporting
            found_reported = None
        if found_reported:
            words, named = found_reported
            words = without_relative(without_aside(words))
            who = named or None  # 'they said …': proposed, speaker left to triage
            # '51 percent of respondents said …, according to a Washington Post-ABC News
            # survey': the survey's finding
            poll = poll_named(sentence, people.last_poll) if who and is_share(who) else None
            who = poll or who
            told = Told(
                words,
                who,
                clause,
                sentence,
                bare_sentence,
                len(clauses),
                clause is clauses[0],
                gap_words,
            )
            stance, cue = reported_stance(told, people, found, paragraph_cue, s_end, before)
            if called and before is not None and before.speaker != who and before is found[-1]:
                # 'Ms. Espinoza told the paper that Kyle Denning had called her last week and
                # said the senator “would not forget” …': what he said on the call, passed
                # on, is his statement, in private (not hers that he called)
                found.pop()
                words = f"{relayed_before[call_from:].strip()} and {words}"
                stance, cue = "private", called["act"]
            if "”" in words or '"' in words or "’" in words:  # (a first look)
                # 'doesn’t want “that crap,” in an interview with CNN on Sunday': where it
                # was said is the tag's, not the statement's
                words = _VENUE_AFTER_QUOTE.sub("", words)
            said = ProposedQuote(words, who, stance, "indirect", cue, sentence.strip())
            found.append(said)
            people.spoke(who, cue, stance)
            insiders = _INSIDERS_FIRST.match(clause) if who and clause[:1] in "TFS" else None
            if insiders and insiders["who"] not in (who or ""):
                # 'Two people present at the meeting … said Ms Gallagher had also told …'
                # then '“…,” one of them said': one of those who passed it on
                people.group_spoke(insiders["who"], cue if stance == "private" else None)
            relayer = (
                a_person(people.who(sentence_subject), people)
                # (a first look: most words open on their own speaker)
                if sentence_subject and who and sentence_subject not in words
                else None
            )
            if relayer and relayer != who and relayer not in words:
                # 'Wickramasinghe said the association had been told by the minister …':
                # the one passing it on goes on speaking; 'he' next is him
                people.note_subject(relayer)
            told_by = asked_whom(clause, people) or a_person(who, people) or told_by
    return told_by
