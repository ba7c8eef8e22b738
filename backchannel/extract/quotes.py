"""Statements in an article: direct quotes, quoted blocks and reported speech,
each with its speaker and, where the words around it say so, its stance.

General rules, not rules for particular articles:
- a quotation is a statement when it is attributed (a speech verb and a
  speaker next to it, or a line ending in ":" before it) and is more than a
  scare quote (a few words without punctuation of their own);
- the parts of a quotation split around its speaker tag, and quotations
  continued over paragraphs, are one statement;
- reported speech is a clause whose subject does a speech verb ("said that",
  "told X that", "assured", "made it clear that", "according to X");
- he/she point back to the last person named; a surname alone is the
  fullest name the article gives that person;
- a stance is suggested only on evidence: the cue words are returned with it.
"""

from __future__ import annotations

import re

from .article import Article
from .blocks import (
    ProposedQuote,
    block_statement,
    headline_statement,
    signed_statements,
    transcript_statement,
)
from .conventions import dash_dialogue
from .first_names import SEX_OF_FIRST_NAME
from .interviews import (
    a_transcript,
    answering,
    caps_interview,
    dotted_interview,
    interviewing,
    named_by_initials,
    only_asks,
    plain_interview,
    press_label,
    transcript_turn,
)
from .paragraph_quotes import Carry, read_paragraph
from .speakers import People
from .stance import stance_of
from .text import (
    Readings,
    plain,
    quote_spans,
)
from .verbs import REPORT


def find_quotes(article: Article, read: Readings | None = None) -> list[ProposedQuote]:
    """Every statement the article proposes, in reading order (``read``: the
    paragraphs' readings, shared with the events' pass)."""
    read = read or Readings()
    people = People()
    people.scan(article.title)
    people.names.learn(article.captions)  # ('Image: … former Wayne County Executive Marcus Bell')
    found: list[ProposedQuote] = []
    carry: Carry | None = None
    turns = [transcript_turn(p.text) if p.label != "quote" else None for p in article.paragraphs]
    # ('WHAT DID HE SAY?' then plain paragraphs: an interview with its questions in capitals,
    # or plain questions after words that say it is an interview)
    texts = [p.text for p in article.paragraphs]
    caps = (
        None
        if any(turns)
        else dotted_interview(texts) or caps_interview(texts) or plain_interview(texts)
    )
    turns = caps or turns
    if any(turns):
        # ('JS:' and 'HV:' for the Jonas Sund and Helena Varga the intro names)
        first_turn = next(i for i, turn in enumerate(turns) if turn)
        turns = named_by_initials(turns, " ".join([article.title, *texts[:first_turn]]))
    is_transcript = a_transcript(turns, texts)
    answer: ProposedQuote | None = None  # the answer a paragraph after it may go on
    # the publication asking ('Black Sea Monitor: Minister, how …?'), named at the top, or
    # the one the intro says was spoken to ('spoke to the Review's Sarah Whitfield')
    asking = _asking(article, turns) if is_transcript else set()
    if is_transcript:
        # the press's labels, by their role where first given ('LAYLA HADDAD (HOST):')
        asking |= {label for p in article.paragraphs if (label := press_label(p.text))}
    lead = ""  # the paragraph before: a lead-in ending in ':' names a block's speaker
    for paragraph, turn in zip(article.paragraphs, turns, strict=True):
        lead, before_this = paragraph.text, lead
        if paragraph.label == "chat":
            # a message in a chat's export set in the article: its sender's, in private
            # ('Capt. Volkov', 'Stavros K.' as written: named in full later, see below)
            people.scan(paragraph.attribution)
            who = people.fullest(paragraph.attribution)
            # ('Stavros K. wrote on 11 June 2024: …': when it was said, as its day says)
            when = f" {paragraph.said_on}" if paragraph.said_on else ""
            sent = f"{paragraph.attribution} wrote{when}: {paragraph.text}"
            found.append(ProposedQuote(paragraph.text, who, "private", "block", "chat", sent))
            carry = None
            continue
        if paragraph.label == "quote":
            people.names.learn(paragraph.text)  # ('the Zambian negotiator, Mwila Chisanga')
            # (a lead-in's speaker found as it was read, below, unless it reads a paper)
            led = bool(carry is not None and carry.speaker and not carry.quote)
            block = block_statement(paragraph, article, people, before_this, led)
            if block.speaker is None and carry is not None and carry.speaker and not carry.quote:
                # '• A fund manager who holds the bonds was blunter:' then 'Quote: “…”': the
                # lead-in's speaker, and its venue ('In a letter … seen by the Brief')
                block.speaker = carry.speaker
                if block.stance is None:
                    block.stance, block.cue = stance_of(plain(carry.context))
            found.append(block)
            carry = None
            continue
        if is_transcript and (turn or paragraph.text.rstrip().endswith("?")):
            # a turn, or the interviewer's question between turns (no one's statement)
            said_by = None  # the turn's speaker, when the turn is a statement
            if turn and (turn[0].lower() in asking or (caps and turn[0] == "Q")):
                people.scan(turn[1])  # 'Black Sea Monitor: Minister, how serious …?'
                answer = None
            elif caps and answer is not None and turn:
                answer.text = f"{answer.text} {turn[1]}"  # an answer's next paragraph
                said_by = answer.speaker
            elif turn:
                before = len(found)
                transcript_statement(turn, people, found)
                answer = found[-1] if caps and len(found) > before else None
                said_by = found[-1].speaker if len(found) > before else None
            if turn and (REPORT.search(turn[1]) or quote_spans(turn[1])):
                # 'A: … the state attorney's office told us in a meeting that …': what
                # others said, told inside a turn or a question, is theirs too (and what
                # a correspondent tells of: 'He said, “They told us the data is gone.”')
                words = turn[1]
                if turn[0].lower() in asking or only_asks(words):
                    # 'Minister, an internal note … says': the question's own words ('Mr.
                    # Salas, you have said publicly that …': what the one asked said)
                    addressed = _VOCATIVE.match(words)
                    words = words[addressed.end() :] if addressed else words
                    if addressed and _YOU_SAID.match(words):
                        words = _YOU_SAID.sub(f"{addressed[0].rstrip(', ')} has said", words, 1)
                    words = words[:1].upper() + words[1:]
                _nested_statements(words, read, people, found, said_by)
            carry = None
            continue
        text = dash_dialogue(paragraph.text) or paragraph.text
        before = len(found)
        if paragraph.label == "claim":
            carry = None  # a fact-check's claim: no quotation going on from before
        going = carry.quote if carry else None  # a quotation still open from before
        carry = read_paragraph(text, read(text), people, found, carry)
        if paragraph.attribution:
            # one quotation, no tag of its own: the signature outranks a guess from before
            whole = quote_spans(text) == [(0, len(text))]
            # (a quotation over two lines ends here: the signature is the whole one's)
            signed = found[before:] or ([going] if going is not None else [])
            signed_statements(paragraph.attribution, signed, people, whole)
            if paragraph.label == "claim":
                for statement in signed:
                    if statement.stance is None:  # what a fact-check checks was said openly
                        statement.stance, statement.cue = "public", "claim"
            carry = None  # signed: the next quotation is not this one going on
    speakers = {q.speaker for q in found if q.speaker}
    for q in found:
        if q.speaker and q.speaker.count(" ") < 3:
            # ('Governor Echeverría says …' before 'Governor Martín Echeverría' is named)
            q.speaker = people.named_in_full(q.speaker, speakers)
    for q in found:
        opens = (
            _BODY_OPENS.match(q.text) if q.speaker in _BODY_NOUNS and q.kind == "indirect" else None
        )
        if opens and opens["name"].split()[0] not in SEX_OF_FIRST_NAME:
            # 'Acme will cut 400 jobs, the company said': the body the words open on
            q.speaker = opens["name"]
    standfirsts = [p.text for p in article.paragraphs if p.standfirst]
    summed_up = (
        [q for q in found if q.sentence and any(q.sentence.strip() in t for t in standfirsts)]
        if standfirsts
        else []
    )
    if summed_up:
        # the standfirst's statement that a body statement quotes again ('Council cabinet
        # member says she was ‘clumsy’ …' over 'Cllr Marsh said … had been ‘clumsy’'):
        # its summary, not a second statement
        body = [q for q in found if q not in summed_up]
        found = [q for q in found if q not in summed_up or not _told_again(q, body)]
    # a heading's pull quote, no one's and with no stop of its own ('10.40am — ‘This deal
    # is closer than it looks’', '‘We were told to send people back’' over the section):
    # the words of the section under it, told there
    found = [q for q in found if not (q.speaker is None and _PULL_QUOTE.fullmatch(q.sentence))]
    headline = headline_statement(
        article.title, people, answering(people) if is_transcript else None
    )
    if headline and any(_same_words(headline.text, q.text) for q in found):
        headline = None  # the headline's quotation is one the body gives in full
    return [headline, *found] if headline else found


def _same_words(part: str, whole: str) -> bool:
    """Are the words of ``part`` in ``whole``, marks and case aside?"""
    words = _WORDS.findall(part.lower())
    return len(words) >= 4 and " ".join(words) in " ".join(_WORDS.findall(whole.lower()))


_WORDS = re.compile(r"\w+")
#: What a tag calls a body it does not name: '…, the company said', '…, the supplier
#: announced'
_BODY_NOUNS = frozenset(
    {"company", "firm", "group", "supplier", "carmaker", "automaker", "bank", "airline",
     "miner", "insurer", "lender", "retailer", "utility", "operator", "developer",
     "manufacturer", "maker", "producer", "chain", "conglomerate", "union", "club"}
)  # fmt: skip
#: A body's name opening the words, then its verb: 'Kessler Antriebstechnik will …'
_BODY_OPENS = re.compile(
    r"(?P<name>(?!(?:The|A|An|It|Its|This|That|These|Those|We|They|Our|My|His|Her|Their)\b)"
    r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:will|would|has|had|have|is|was|plans|expects|"
    r"[a-z]{2,}(?:s|ed))\b"
)
#: A heading that ends on a quotation with no stop: 'Minister: ‘not a party to this dispute’'
_PULL_QUOTE = re.compile(r"[^.!?]{0,40}[‘“\"][^’”\"]{2,80}[\w)][’”\"]")
#: A quotation's words: ‘clumsy’, “at least twice”, "weaker than Dubai"
_QUOTED_WORDS = re.compile(r"[‘“\"]([^’”\"]{2,200})[’”\"]")


def _told_again(summary: ProposedQuote, body: list[ProposedQuote]) -> bool:
    """Does the body quote again every quotation of the ``summary`` statement (one in
    the writer's words alone, 'Energy minister denies promising hotels an exemption',
    sums up what the body reports)?"""
    quoted = [w.lower() for w in _QUOTED_WORDS.findall(summary.text)]
    return bool(body) and all(any(w in q.text.lower() for q in body) for w in quoted)


def _nested_statements(
    words: str, read: Readings, people: People, found: list[ProposedQuote], said_by: str | None
) -> None:
    """The statements of others a transcript's turn tells of (not the turn's speaker's
    own words again: the turn is their statement already)."""
    nested: list[ProposedQuote] = []
    people.speaking = said_by  # ('I spoke to the minister. He assured me …': not 'I')
    read_paragraph(words, read(words), people, nested, None)
    people.speaking = None
    for q in nested:
        if not q.speaker and q.text.startswith("they "):
            # 'When I met the Commission's negotiators …, they assured us that …': the
            # group the turn named last before it
            q.speaker = _they_mean(words[: max(0, words.find(q.text))], people)
        if not q.speaker or q.speaker == said_by or q.text == words or _NO_ONE.match(q.speaker):
            continue  # ('I said …', 'Nobody has asked me …': the turn's own, or no one's)
        told = _TOLD_THE_SPEAKER.search(q.sentence or q.text)
        if told:
            # 'the state attorney's office told us in a meeting …': words to the one
            # speaking (not to the paper), so in private
            q.stance, q.cue = "private", told.group(0)
        found.append(q)


#: A group 'they' may mean: 'the Commission's negotiators', 'the American delegation'
_A_GROUP = re.compile(
    r"\b(?:the|our|their)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z-]+\s+)?(?:negotiators|delegation|"
    r"officials|ministers|diplomats|government|commission|authorities|regulators|lenders|"
    r"partners|creditors|investors|banks)\b"
)


def _they_mean(before: str, people: People) -> str | None:
    """The group a turn named last in ``before``, whom 'they' means, or None."""
    groups = list(_A_GROUP.finditer(before[-600:]))
    return people.who(groups[-1].group(0)) if groups else None


#: Whom a question is put to, opening it: 'Minister, …', 'Dr Nair, …', 'Mr President, …'
_VOCATIVE = re.compile(
    # (an office or a name: 'Minister, …', 'Dr Nair, …', 'Mr President, …')
    r"^(?:(?:Mr|Mrs|Ms|Madam|Madame|Dr)\.?\s+)?(?:Prime\s+)?[A-Z][\w'’-]+,\s+(?=\S)"
)
#: What a question puts to the one asked: 'you have said', 'you've said', 'you said'
_YOU_SAID = re.compile(r"you(?:['’]ve| have)? said\b")
#: Speakers a turn names that are no one to credit: its own speaker, or nobody.
_NO_ONE = re.compile(
    r"(?:I|We|You|Nobody|No one|Whoever|Everyone|Everybody|Someone|Somebody|Anyone)$"
    r"|(?:My|Our|Your|I)\s|(?:.*\s)?I['’]m$",  # ('RAMAN: No. I'm saying we need …')
    re.I,
)
_TOLD_THE_SPEAKER = re.compile(
    # ('a sitting minister called me at home and said …': a call to the one speaking)
    r"\b(?:told|assured|promised|warned|offered|called|rang|phoned|texted|emailed)\s+(?:me|us)\b"
)


def _asking(article: Article, turns: list[tuple[str, str] | None]) -> set[str]:
    """The labels of a transcript that interview (see conventions.interviewing)."""
    first_turn = next((i for i, turn in enumerate(turns) if turn), len(turns))
    return interviewing(
        # (a line each: 'NDR:' is the initials of 'NUSANTARA DIGITAL REVIEW', its masthead)
        f"{article.masthead}\n{article.title}\n{article.source_line}",
        # (a programme's credits first: 'Presenter: Akosua Frimpong')
        article.credits + " ".join(p.text for p in article.paragraphs[:first_turn]),
        turns,
    )
