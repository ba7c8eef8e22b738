"""What a reported clause said: from its subject to its end, with the asides
between the subject and its verb left out, and a relative clause cut from the
sentence it sits in."""

from __future__ import annotations

import re

#: A paper opening the clause, then an aside about it right before the verb
_PAPER_ASIDE = re.compile(
    r"\W*(?P<paper>(?:The|A|An|Its|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:letter|e-?mail|memo|"
    r"note|report|assessment|review|document|submission|filing|circular|presentation)),\s+"
    # (an aside of how it was made or sent, not where it says it: 'on p. 42 of the annex')
    r"(?:dated|signed|sent|written|prepared|addressed|seen|obtained|drafted|compiled|leaked|"
    r"circulated|copied)\b[^“”\"]{0,200}?,\s+$"
)
_PRONOUN_AT = {p: re.compile(rf"\b{p}\b", re.I) for p in ("he", "she", "they", "it")}
#: An aside between a name and its verb: 'Ana Lind, whose boat sank in 2012,', 'Ola Berg,
#: an economist at Nordbank,', 'Ola Berg, chief economist at Nordbank,' — but not where or
#: when she spoke, nor how the sentence turns ('Berg, in an interview on Monday,', 'Berg,
#: however,', 'Berg, speaking privately,'), which say something about the statement
_NOT_A_ROLE = (
    r"in|on|at|during|after|before|along|by|for|from|like|with|without|as|of|to|under|over|"
    r"despite|unlike|via|however|meanwhile|though|too|also|then|yet|still|now|later|once|"
    r"instead|again|even|only"
)
_ROLE_OPENS = rf"(?!(?:{_NOT_A_ROLE})\b|\w+(?:ing|ed|ly)\b)[a-z]"
_RELATIVE_AFTER = re.compile(
    # ('Kirsty Macleod, 16, who takes the ferry …, says': an age first)
    # ('Dr Ciara Doolan, of the Centre for Health Policy, said': where one is from)
    rf",\s+(?:\d{{1,3}},\s+)?(?:(?:who|whose|whom|the|an?|of\s+the|from\s+the)\s|{_ROLE_OPENS})"
    r"[^“”\"]{2,200},\s*$"
)
#: How or where one spoke, in an aside between the name and the verb: ', speaking to Korean
#: reporters at Haneda airport,', ', in an interview on Monday,' (the clause keeps it for
#: the stance; the words said do not)
_HOW_AFTER = re.compile(
    r",\s+(?:speaking|talking|writing|responding|replying|asked|in\s+(?:an?\s+)?(?:interview|"
    r"statement|emailed\s+statement|email|post|letter|speech)|however|meanwhile)\b"
    r"[^“”\"]{0,200},\s*$"
)
#: The name's closing comma, then only an auxiliary and an adverb before the verb.
_COMMA_THEN_AUX = re.compile(
    r",\s+(?:(?:had|has|have|was|were|is|would|will|appears\s+to|appeared\s+to)\s+)?"
    r"(?:[a-z]+ly\s+)?"
)
#: The main clause after a relative one, at the sentence's last comma: '…, faces questions'
_MAIN_AFTER_RELATIVE = re.compile(
    r",\s+(?:is|was|has|had|does|did|remains|[a-z]{3,}s)\s+"
    r"(?!that\b)[^,]*$"
)


#: The paper one told, then the pronoun that opens what they told it: '(told) the Post he'
TOLD_PAPER_PRONOUN = re.compile(r"the\s+(?:[A-Z][\w'’.-]*\s+){1,3}(he|she|they)")


def said_span(clause: str, subject: str, verb: re.Match[str], relative: bool, near: bool) -> str:
    """The words said, for a ``subject`` found before the speech ``verb``; ``relative``
    if the subject is a relative 'who', ``near`` if a pronoun was resolved to the name
    just before (the subject then runs from the pronoun to the verb)."""
    paper = _PAPER_ASIDE.match(clause, 0, verb.start())
    if paper and paper.end() == verb.start():
        # 'The letter, dated June 13 and signed by Priya Ramanathan, asks …': the paper and
        # what it says, without the aside that names its signer
        return f"{paper['paper']} {clause[verb.start() :].strip().rstrip(' .')}"
    start = clause.find(subject) if subject in clause else verb.start()
    told_paper = TOLD_PAPER_PRONOUN.fullmatch(subject) if subject.endswith(("he", "they")) else None
    if told_paper:
        # '… told the Post he had described …': what he did, not the paper told
        start, subject = start + told_paper.start(1), told_paper[1]
    if subject.lower() in _PRONOUN_AT:
        # a pronoun's last mention before its verb: 'he', not the 'he' of 'the'
        ats = [m.start() for m in _PRONOUN_AT[subject.lower()].finditer(clause, 0, verb.start())]
        # (none as a word of its own: 'it' of 'monitoring' is no subject; the verb's)
        start = ats[-1] if ats else verb.start()
    if near:
        subject = clause[start : verb.start()].strip() or subject
    said = clause[start:].strip().rstrip(" .")
    if (
        _RELATIVE_AFTER.match(clause, start + len(subject), verb.start())
        or _HOW_AFTER.match(clause, start + len(subject), verb.start())
    ) or (
        # 'The exporter, Nordfisk AS, said …': the name's closing comma is no part of it
        clause[start + len(subject) : verb.start()].strip() == ","
    ):
        # 'Ana Lind, whose boat sank in 2012, said that …': the name and what she said
        said = f"{subject} {clause[verb.start() :].strip().rstrip(' .')}"
    elif _COMMA_THEN_AUX.fullmatch(clause, start + len(subject), verb.start()):
        # 'the chair, Els de Vries, had privately told …': the name's closing comma
        # is no part of it, the auxiliary and adverb after it are
        said = f"{subject} {clause[start + len(subject) + 1 :].strip().rstrip(' .')}"
    if relative and clause.startswith(", who", start + len(subject)):
        # 'Al-Mahroos, who told the council that VAT would not rise, faces questions
        # …': what the relative clause said, not the sentence it sits in
        main = _MAIN_AFTER_RELATIVE.search(said, verb.end() - start)
        said = said[: main.start()] if main else said
    return said
