"""Where a quotation stands: a statement or a scare quote, on its own or inside
reported speech ('Clinton said the goal was not to “…”')."""

from __future__ import annotations

import re
from bisect import bisect_right

from .text import words_in
from .verbs import REPORT, SPEECH


def quotes_stand_alone(sentence: str, quoted: list[tuple[int, int]]) -> bool:
    """True when the sentence's quotations are direct speech, not words inside reported speech."""
    return standing_count(sentence, quoted) == len(quoted)


def standing_count(sentence: str, quoted: list[tuple[int, int]]) -> int:
    """How many of the sentence's quotations, from the first, are direct speech:
    '“…,” X said, adding that it “…”' has one, then reported speech."""
    verb_ends: list[int] | None = None  # the speech verbs, found once for all quotations
    verbs: list[re.Match[str]] = []
    for n, (start, _) in enumerate(quoted):
        head = sentence[max(0, start - 200) : start]
        # patterns anchored at the end look at the end only: a sentence may hold
        # thousands of quotations, each read against the words before it
        end = len(head)
        has_that = "that" in head
        if (has_that and _THAT_BEFORE.search(head)) or _COPULA_BEFORE.search(head, end - 12):
            return n
        tag_end = TAG_END.search(head, end - 8)
        # 'said on Sunday that the island would win, but not until the board “…”'
        that = _THAT_AFTER_VERB.search(head) if has_that and " that " in head else None
        if that and not tag_end and not REPORT.search(head, that.end()):
            return n
        if tag_end:
            continue  # 'She said: “…”' and 'she said, “…”' stand alone
        if verb_ends is None:
            verbs = list(REPORT.finditer(sentence, max(0, start - 200), quoted[-1][0]))
            verb_ends = [m.end() for m in verbs]
        k = bisect_right(verb_ends, start) - 1  # the last verb before the quotation
        verb = verbs[k] if k >= 0 and verbs[k].start() >= start - 200 else None
        # 'Clinton said the goal was not to “make America great again”': the quotation
        # is inside what she said
        if verb and _CLAUSE_THEN.match(sentence, verb.end(), start):
            return n
    return len(quoted)


_THAT_BEFORE = re.compile(r"\bthat\b[^,:;]*$")
_THAT_AFTER_VERB = re.compile(rf"\b(?:{SPEECH})\s+(?:[^.;:“”\"]{{0,40}}?\s)?that\s[^;:]*$")
_COPULA_BEFORE = re.compile(r"\b(?:as|was|were|be|called)\s*$")
#: A clause after a speech verb ('said the goal was …'), not a place or time ('said at
#: a rally in Binghamton, N.Y. “…”' leaves the quotation standing).
_CLAUSE_THEN = re.compile(
    r"\s+(?!(?:at|in|on|during|after|before|from|to)\s)"
    r"(?:the|he|she|they|it|his|her|their|its|a|an|[A-Z])\w*\s+\w+"
)
TAG_END = re.compile(r"[:,–—]\s*$")
_SIGNED_AFTER = re.compile(r"\s*(?:[—–]|--)\s*[A-Z]")  # '“…” — JOHN SMITH
#: A speaker tag right after a quotation: 'said Ola Grimm', 'Risch told', 'the mayor said'.
_TAG_RIGHT_AFTER = re.compile(
    # ('said another Twitter user, Ana Berg', 'wrote a supporter who runs …')
    r"\s+(?:(?:said|says|added|asked|replied|wrote)\s+(?:[A-Z]|(?:an?|another|one)\s)|(?:he|she|they|"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(?:said|says|added|asked|told|tells|replied|wrote|explained|noted|insisted)\b)"
)
_SAID_AFTER = re.compile(rf",\s*[–—-]?\s*(?:[\w.'’-]+\s+){{0,3}}?(?:{SPEECH})\b")


_SAID_BEFORE = re.compile(rf"\b(?:{SPEECH})\s*[,:]\s*$")


def said_before(text: str, start: int) -> bool:
    """A quotation right after 'said,' is speech however short: 'Ola Berg said, “Probably.”'"""
    return bool(_SAID_BEFORE.search(text, max(0, start - 40), start))


def said_after(text: str, start: int, end: int) -> bool:
    """A short quotation with its speech verb right after it is speech, not a scare
    quote: '«Ми не закриємо кордон», – сказала вона', with the comma outside, and
    '“Safety,” said Ola Grimm' or '“It’s doable,” Risch told…', with it inside (of
    two marks too: '''Sadly,'' she said', '“’Ferry Tales,’” she said')."""
    n = words_in(text[start:end])
    if n >= 3 and (
        _SAID_AFTER.match(text, end, end + 80) or _SIGNED_AFTER.match(text, end, end + 80)
    ):
        return True
    before = text[max(0, start - 3) : start].strip()
    return (
        n >= 1
        and (not before or before[-1] in ".!?:”\"'")  # it opens its sentence
        and text[max(start, end - 4) : end].rstrip("”\"’'»")[-1:] in (",", "?", "!")
        and bool(_TAG_RIGHT_AFTER.match(text, end, end + 80))
    )


def tag_after(bare: str, start: int, end: int) -> bool:
    """Is there a speech verb after the quotation with a subject of its own? '…,
    declaring it “…” and said …' goes on with the sentence's subject: no tag."""
    verb = REPORT.search(bare, start, end)
    return (
        verb is not None
        and not _AND_VERB.search(bare, max(start, verb.start() - 20), verb.start())
        # ('… a defense of “New York values,” saying …': the sentence's subject goes on)
        and not (verb.group(0).endswith("ing") and not bare[start : verb.start()].strip(" ,"))
    )


_AND_VERB = re.compile(r"\b(?:and|but|then)\s+(?:also\s+|later\s+)?$")
