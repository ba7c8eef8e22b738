"""Quotation marks and sentences in news text: where quotations run, where
sentences end, and which quotations are statements rather than scare quotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from .article import QUOTE_PAIRS
from .foreign_dates import DE_MONTHS

#: A stop that ends an abbreviation, not a sentence: 'Mr.', 'U.S.', 'Sept.', an initial.
ABBREV = re.compile(
    r"\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|Rev|"
    r"Hon|Jr|Sr|vs|e\.g|i\.e|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\.$"
)


#: Two apostrophes for a quotation mark: ''…'', as some wires and archives print it.
_DOUBLED = "''"
# one character class, so that the search skips plain text fast; a lone ' is let go
_QUOTE_MARK = re.compile("['" + re.escape("".join(QUOTE_PAIRS)) + "”]")
_CLOSER = {opener: re.compile(re.escape(closer)) for opener, closer in QUOTE_PAIRS.items()} | {
    "„": re.compile("[“”]"),  # German „…“, and „…” elsewhere in central Europe
    # pasted text mixes curly and straight marks, and web copy closes with an opening
    # mark after the words' own stop ('“It's unusual,“ said Larry Noble')
    "“": re.compile('[”"]|(?<=[,.?!])“(?=\\s+[a-z])'),
    '"': re.compile('["”]'),
    # ’ inside a word is an apostrophe (don’t), and after a plural before a noun (the
    # farmers’ union)
    "‘": re.compile(r"(?<!s)’(?!\w)|s’(?!\w)(?!\s[a-z])"),
    # ('…,''' said Mr. Regalado': an inner quotation closing with the outer one)
    _DOUBLED: re.compile("'''?"),
    # Finnish and Swedish ”…”: one mark opens and closes (see _OPENS_AFTER)
    "”": re.compile("”"),
}
#: Marks that open a quotation only before a word and after a space: » closes
#: French « … » and ‘ may start ’90s.
_ONLY_BEFORE_A_WORD = {"»", "‘", "‹"}
#: What a Finnish or Swedish ”…” opens after: a space, a line's start, a bracket.
_OPENS_AFTER = frozenset(" \n\t(")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, marks included."""
    return list(_quote_spans(text))


# A paragraph is read several times over (its statements, its sentences, its
# events): each reading is done once. Small: the same text comes back soon or never.
@lru_cache(maxsize=64)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _QUOTE_MARK.search(text, i)
        if m is None:
            return tuple(spans)
        start, ch = m.start(), m.group(0)
        if ch == "'":
            if text[start + 1 : start + 2] != "'":
                i = start + 1  # an apostrophe, not two of them for a quotation mark
                continue
            ch = _DOUBLED
        before = text[start - 1] if start > 0 else " "
        if ch == '"' and before.isalnum():
            i = start + 1  # a closing straight quote or an inch mark, not an opening
            continue
        if ch in _ONLY_BEFORE_A_WORD and (
            before.isalnum() or not text[start + 1 : start + 2].strip()
        ):
            i = start + 1
            continue
        if ch == "”" and (before not in _OPENS_AFTER or not text[start + 1 : start + 2].isalnum()):
            i = start + 1  # a closing mark left over, not a Finnish ”…” opening
            continue
        close = _CLOSER[ch].search(text, start + 1)
        if close is None:
            if ch in _ONLY_BEFORE_A_WORD and start > 0:
                # never closed: not a quotation mark after all (one that opens the text
                # is: a quotation that goes on in the next paragraph, ‘… as “… does)
                i = start + 1
                continue
            spans.append((start, len(text)))
            return tuple(spans)
        spans.append((start, close.end()))
        i = close.end()


#: No sentence is read as longer than this: a paste without full stops (or a
#: quotation left open) is cut into pieces this long, so that everything done
#: per sentence stays bounded and the whole reading stays linear in the text.
MAX_SENTENCE = 1500

#: A German day of the month and its month: 'am 4. Dezember', 'bis 31. März'
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}\.$")
_GERMAN_MONTH = re.compile(rf"(?:{'|'.join(DE_MONTHS)})\b")
#: Names spelt with an exclamation mark, which ends no sentence after them.
_BANG_NAMES = ("Yahoo", "Jeopardy")
_BOUNDARY = re.compile(
    r"[.!?](?P<closers>[”\"»«“’›)']*)\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ“\"«„»‘(—–-]|''|”\w"
    # a sentence may open on a number: '… doing well. 42% of Ohioans say …'
    r"|\d[\d,.]*(?:%|\s+(?:percent|per cent|in \d|of)\b))"
)
#: Abbreviations a number follows ('p. 42', 'para. 3', 'Art. 5'): no sentence's end.
_BEFORE_A_NUMBER = re.compile(r"\b(?:p|pp|para|paras|art|arts|fig|figs|vol|ch|sec|nos?)\.$", re.I)


#: A speaker tag: up to five words, then a speech verb ('Ola Berg asked', 'he said').
_TAG_NEXT = re.compile(
    r"(?:[\w.'’-]+\s+){0,5}?(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|"
    r"continued|explained|noted|argued|insisted|recalled|according)\b"
    # 'Murphy, the head of the fund, tweeted', 'Lind quipped': a name, then any past tense
    r"|(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:,[^,.“”\"]{1,80},)?"
    r"\s+(?:[a-z]\w*ly\s+)?(?:[a-z]{3,}ed|said|says|told|writes|tweets|wrote)\b"
    r"|(?:writes|wrote|tweeted|concluded|declared|countered|quipped)\s"
)


_SAID_A_CLAUSE = re.compile(
    # ('She added that “nothing is decided …”': 'that' opens a clause whatever follows)
    r"\s+(?:that\s|(?:he|she|they|it|we|(?:the|a|an|his|her|their|its|[A-Z]\w+)"
    r"(?:\s+[\w'’-]+){0,3}?)\s+(?:would|will|was|were|is|are|had|has|could|should|"
    # ('“…” He said the company planned to invest …': a verb in the past of its own)
    r"[a-z]{3,}ed)\b)"
)


def _clause_after_stop(text: str, stop: re.Match[str], tag_end: int) -> bool:
    """'“… on paper.” She said the union would hold …': after a quotation closed on a
    full stop, a speech verb that reports a clause of its own opens a new sentence (not
    '“Will you?” Ola Berg asked', nor '“… paper.” she said')."""
    return text[stop.start()] == "." and (
        bool(_SAID_A_CLAUSE.match(text, tag_end))
        # ('“… the managers.” She said payouts from the fund would begin …': a pronoun in
        # capitals after a full stop opens a sentence; a tag would be 'she said')
        or text.startswith(("He ", "She ", "They ", "We ", "I "), stop.end())
    )


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, never splitting inside a quotation
    (unless the sentence would run past MAX_SENTENCE)."""
    spans = _quote_spans(text)
    starts = [a for a, _ in spans]
    bounds, start = [], 0
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < spans[i][1] and at - start < MAX_SENTENCE:
            # inside a quotation, unless it closes right after the stop and what
            # follows is no speaker tag for it: '… “amnesty.” He did not …' ends a
            # sentence, '“Will you?” Ola Berg asked' does not
            closes = spans[i][1] <= m.end("closers")
            tag = _TAG_NEXT.match(text, m.end()) if closes and spans[i][0] <= start else None
            if not closes or (tag and not _clause_after_stop(text, m, tag.end())):
                continue
        if ABBREV.search(text, max(0, at - 5), at + 1):
            continue
        if text[m.end()].isdigit() and _BEFORE_A_NUMBER.search(text, max(0, at - 6), at + 1):
            continue
        if (
            text[at - 1 : at].isdigit()
            and _GERMAN_MONTH.match(text, m.end())
            and _DAY_NUMBER.search(text, max(0, at - 3), at + 1)
        ):
            continue  # 'Am 4. Dezember': a German day's stop
        if text[at] == "!" and text.endswith(_BANG_NAMES, 0, at):
            continue  # 'told Yahoo! News that …'
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    out = bounds
    if any(b - a > MAX_SENTENCE for a, b in bounds):
        out = []
        for a, b in bounds:
            while b - a > MAX_SENTENCE:
                cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
                cut = cut + 1 if cut > a else a + MAX_SENTENCE
                out.append((a, cut))
                a = cut
            out.append((a, b))
    return tuple([(a, b) for a, b in out if a < b and not text[a:b].isspace()])


#: The rest of a clause after a quotation inside it: lower case, up to a stop or a comma,
#: not a tag or a new clause ('“a step” in the talks', not '“a step,” she said'); the
#: stops of an abbreviation are none ('“flexibility” for U.S. military advisers').
RUN_ON = re.compile(
    r"\s+(?!(?:and|but|or|as|while|who|which|because|said|says|told|added|according)\b)"
    r"[a-z](?:[^.;:!?“”\"«»,]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s+[a-z])){0,120}(?=[.;:!?,]|$)"
)


@lru_cache(maxsize=64)  # a quotation is read by several rules: a statement? its words?
def inner(quoted: str) -> str:
    """The words of a quotation without its marks."""
    text = quoted.strip()
    if text.startswith(_DOUBLED):
        text = text[2:]
    if text.endswith(_DOUBLED):
        text = text[:-2]
    if text[:1] in QUOTE_PAIRS or text[:1] == "”":  # (Finnish ”…” opens with its closer)
        text = text[1:]
    if text[-1:] in CLOSERS:
        text = text[:-1]
    return text.strip()


#: Every closing quotation mark.
CLOSERS = frozenset(QUOTE_PAIRS.values())


def words_in(text: str) -> int:
    """How many words the text has."""
    return len(_WORD.findall(text))


_WORD = re.compile(r"[\w'’-]+")
_AT_LEAST: dict[int, re.Pattern[str]] = {}


def words_at_least(text: str, n: int) -> bool:
    """Has the text ``n`` words or more? Read no further than the n-th word (faster
    than counting them all); the same words as words_in."""
    pattern = _AT_LEAST.get(n)
    if pattern is None:
        # possessive: a word is never split in two to make up the number
        pattern = _AT_LEAST[n] = re.compile(rf"(?:[^\w'’-]*+[\w'’-]++){{{n}}}")
    return pattern.match(text) is not None


def is_statement_quote(text: str) -> bool:
    """More than a scare quote: several words, or a sentence of its own."""
    body = inner(text)
    return words_at_least(body, 6) or (body[-1:] in ".,!?;:" and words_at_least(body, 3))


@lru_cache(maxsize=64)
def plain(text: str) -> str:
    """The text with its quotations blanked out (their words are not the setting)."""
    spans = _quote_spans(text)
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by shared prefixes.

    Python's re tries a plain alternation one word at a time at every
    position; a prefix tree tries each letter once, several times faster for
    the long verb and cue lists. Longer words win over their prefixes."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return build(trie)


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the letters ``words`` start with: put after a pattern's
    opening ``\\b``, it turns most word starts away before the alternation is tried."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])"


class Readings:
    """Each paragraph's text with its quotations blanked, and its sentences: read
    once for an article's events and used again for its statements (the caches
    above are too small to hold an article's paragraphs from one pass to the next)."""

    def __init__(self) -> None:
        self._read: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}

    def __call__(self, text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
        read = self._read.get(text)
        if read is None:
            read = self._read[text] = (plain(text), sentences(text))
        return read
