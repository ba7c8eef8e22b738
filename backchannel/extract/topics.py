"""Topics for what an article proposes: the desk's own topics found in a
statement's words, and the article's key phrases.

An article's key phrases are the phrases of its headline that its body keeps
returning to ("security guarantees" in a piece headlined "US privately agrees
to provide security guarantees…" that says it six times). Pure: the desk's
topics are handed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: A word, and an abbreviation with its stops as one ('U.S.', not 'U' and 'S').
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’-]*", re.UNICODE)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "into",
        "over",
        "after",
        "before",
        "about",
        "against",
        "between",
        "under",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
        "no",
        "new",
        "says",
        "said",
        "say",
        "us",
        "our",
        "their",
        "his",
        "her",
        "they",
        "them",
        "he",
        "she",
        "we",
        "you",
        "i",
        "after",
        "amid",
        "why",
        "how",
        "what",
        "when",
        "who",
        "which",
        "while",
        "agrees",
        "agree",
        "agreed",
        "wants",
        "want",
        "plans",
        "plan",
        "set",
        "sets",
    ]
)

#: Words a topic may hold inside it: "coalition of the willing".
_JOINING = frozenset({"of", "the", "and", "for", "on"})


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text)]


def key_phrases(title: str, body: str, limit: int = 2) -> list[str]:
    """Phrases of one to three words from ``title`` that ``body`` uses at least
    twice, longest and most used first: the article's own topics."""
    words = _words(title)
    text = " ".join(_words(body))
    counts: dict[str, int] = {}
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = words[i : i + size]
            if gram[0] in _STOP or gram[-1] in _STOP or (size == 1 and len(gram[0]) < 5):
                continue
            if any(w in _STOP and w not in _JOINING for w in gram[1:-1]):
                continue  # "batteries will stay" is a clause, not a topic
            phrase = " ".join(gram)
            count = len(re.findall(rf"\b{re.escape(phrase)}\b", text))
            if count >= 2 and _as_written(phrase, title) is not None:
                counts[phrase] = count
    # Of a phrase and a longer one holding it, keep the longer only when the
    # body never uses the shorter alone ("provide security guarantees" loses
    # to "security guarantees", said more often).
    kept = {
        p
        for p in counts
        if not any(p != q and p in q and counts[q] >= counts[p] for q in counts)
        and not any(p != q and " " in q and q in p and counts[q] > counts[p] for q in counts)
    }
    # A phrase of words names a topic better than a word alone does.
    ranked = sorted(kept, key=lambda p: (-counts[p] * len(p.split()) ** 2, -len(p)))
    return [_as_written(p, title) or p for p in ranked[:limit]]


#: A quotation mark between two words: the headline quotes part of the phrase.
_MARK_BETWEEN = re.compile(r"\s['‘’\"“”«»]|['‘’\"“”«»]\s")


def _as_written(phrase: str, title: str) -> str | None:
    """The phrase as the headline spells it ("Ukraine", "security guarantees"); None
    when the headline quotes part of it ("Starmer 'privately reassured' Macron" has
    no topic "Starmer 'privately reassured")."""
    pattern = r"[\s\W]+".join(re.escape(w) for w in phrase.split())
    found = re.search(pattern, title, re.IGNORECASE)
    if not found:
        return phrase
    return None if _MARK_BETWEEN.search(found.group(0)) else " ".join(found.group(0).split())


def topics_in(text: str, known: Iterable[tuple[str, Sequence[str]]]) -> list[str]:
    """The names of ``known`` topics (name, aliases) that ``text`` mentions;
    "security guarantees" is found by "security guarantee" and "guarantees"
    is not found by "guaranteed"."""
    said = " ".join(_words(text))
    found = []
    for name, aliases in known:
        for form in (name, *aliases):
            words = " ".join(_words(form))
            if not words:
                continue
            stem = words[:-1] if words.endswith("s") and len(words) > 4 else words
            if re.search(rf"\b{re.escape(stem)}s?\b", said):
                found.append(name)
                break
    return found
