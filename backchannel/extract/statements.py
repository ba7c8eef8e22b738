"""Which quotations of a paragraph are statements: more than a scare quote and not a
title, or attributed by a tag right beside them; and the short sentences quoted right
after one of them, which go on with it."""

from __future__ import annotations

import re

from .standing import said_after, said_before
from .text import is_statement_quote, words_at_least
from .verbs import REPORT

_LETTER = re.compile(r"[A-Za-z]")
#: A title, not a statement: 'his new book, “Trump and Me,”', 'the show “Morning Joe,”'.
_TITLE_BEFORE = re.compile(
    r"\b(?:book|film|movie|show|program|programme|series|album|song|play|musical|documentary|"
    r"titled|entitled|headlined|slogan|hashtag|so-called|known as|dubbed|named)[^\w.!?]{0,3}$"
)


def statement_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the quotations in ``text`` (at ``spans``) that are statements."""
    statements = [
        (a, b)
        for a, b in spans
        if (is_statement_quote(text[a:b]) and not _TITLE_BEFORE.search(text, max(0, a - 40), a))
        or said_after(text, a, b)
        or said_before(text, a)
    ]
    return _with_short_parts(text, spans, statements)


def _with_short_parts(
    text: str, spans: list[tuple[int, int]], statements: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The statements, and the short sentences quoted right after one of them:
    '“This is a farce,” she said. “Blacklisted?”' is one statement in two parts."""
    if not statements or len(spans) == len(statements):
        return statements
    chosen = set(statements)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if (a, b) in chosen:
            out.append((a, b))
            continue
        between = text[out[-1][1] : a] if out else ""
        if (
            out
            and _SHORT_PART_END.search(text, a, b)
            and not words_at_least(between, 7)
            and (REPORT.search(between) or not _LETTER.search(between))
            and _SENTENCE_BEFORE.search(between)
        ):
            out.append((a, b))
    return out


#: A quoted sentence of its own: it ends on its own stop inside the marks.
_SHORT_PART_END = re.compile(r"[.!?][”\"»’']+$")
#: The tag before it ended its sentence ('she said. “…”'), or nothing stands between.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?])\s*$")
