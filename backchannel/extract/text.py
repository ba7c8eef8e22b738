"""Quotation marks and sentences in news text: where quotations run, where
sentences end, and which quotations are statements rather than scare quotes."""

from __future__ import annotations

import re
from bisect import bisect_right

from .article import QUOTE_PAIRS

_ABBREV = re.compile(r"\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Jr|Sr|vs|e\.g|i\.e)\.$")


_QUOTE_MARK = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, marks included."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _QUOTE_MARK.search(text, i)
        if m is None:
            return spans
        start, ch = m.start(), m.group(0)
        if ch == '"' and start > 0 and text[start - 1].isalnum():
            i = start + 1  # a closing straight quote or an inch mark, not an opening
            continue
        close = text.find(QUOTE_PAIRS[ch], start + 1)
        if close == -1:
            spans.append((start, len(text)))
            return spans
        spans.append((start, close + 1))
        i = close + 1


#: No sentence is read as longer than this: a paste without full stops (or a
#: quotation left open) is cut into pieces this long, so that everything done
#: per sentence stays bounded and the whole reading stays linear in the text.
MAX_SENTENCE = 1500

_BOUNDARY = re.compile(r"[.!?](?:[”\"»’)]*)\s+(?=[A-Z“\"«(])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never splitting inside a quotation
    (unless the sentence would run past MAX_SENTENCE)."""
    spans = quote_spans(text)
    starts = [a for a, _ in spans]
    bounds, start = [], 0
    for m in _BOUNDARY.finditer(text):
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < spans[i][1] - 1 and at - start < MAX_SENTENCE:
            continue
        if _ABBREV.search(text, max(0, at - 4), at + 1):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        while b - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut + 1 if cut > a else a + MAX_SENTENCE
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return [(a, b) for a, b in out if text[a:b].strip()]


def inner(quoted: str) -> str:
    text = quoted.strip()
    if text[:1] in QUOTE_PAIRS:
        text = text[1:]
    if text[-1:] in QUOTE_PAIRS.values():
        text = text[:-1]
    return text.strip()


def words_in(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def is_statement_quote(text: str) -> bool:
    """More than a scare quote: several words, or a sentence of its own."""
    body = inner(text)
    n = words_in(body)
    return n >= 6 or (n >= 3 and body[-1:] in ".,!?;:")


def plain(text: str) -> str:
    """The text with its quotations blanked out (their words are not the setting)."""
    out = list(text)
    for start, end in quote_spans(text):
        out[start:end] = " " * (end - start)
    return "".join(out)
