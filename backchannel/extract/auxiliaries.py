"""The auxiliaries and adverbs right before a speech verb ('has privately', 'would also',
'continues to'): where the verb's subject ends."""

from __future__ import annotations

import re

_AUX = re.compile(
    r"((?:\s(?:has|have|had|was|were|is|are|would|will|also|repeatedly|privately|publicly|"
    r"quietly|secretly|openly|firmly|flatly|bluntly|explicitly|personally|directly|formally|"
    # ('appeared to tell a towing company owner that …': a leak's reading of it)
    r"already|only|continues? to|continued to|appears? to|appeared to|seems? to|seemed to|"
    r"in public|in private|reportedly|earlier|today|"
    r"yesterday|tonight))*)\s*$"
)
#: The last words of _AUX's words ('continues to', 'in private').
_AUX_LAST = frozenset({
    "has", "have", "had", "was", "were", "is", "are", "would", "will", "also", "repeatedly",
    "privately", "publicly", "quietly", "secretly", "openly", "firmly", "flatly", "bluntly",
    "explicitly", "personally", "directly", "formally", "already", "only", "to", "public",
    "private", "reportedly", "earlier", "today", "yesterday", "tonight",
})  # fmt: skip
_END = re.compile(r"\s*$")
#: An auxiliary or adverb of _AUX ending right where a text ends.
_AUX_WORD_AT_END = re.compile(_AUX.pattern[4 : _AUX.pattern.index(")*)")] + "$")


def aux_before(tail: str) -> re.Match[str]:
    """_AUX.search(tail), read from near the end first: the auxiliaries before a verb
    are a few words, and a search from the start tries every place of a long head."""
    window = max(0, len(tail) - 40)
    stripped = tail.rstrip()
    if stripped[stripped.rfind(" ") + 1 :] not in _AUX_LAST:
        # a first look: most verbs follow no auxiliary (the words end on none of them)
        return _END.search(tail, max(len(stripped), window))  # type: ignore[return-value]
    m = _AUX.search(tail, window)
    at = m.start() if m else 0
    if m is None or (at > 0 and _AUX_WORD_AT_END.search(tail, max(0, at - 20), at)):
        m = _AUX.search(tail)  # the words may run on to before the window: read it all
    assert m is not None  # the pattern matches empty at the end
    return m
