"""Who wrote a piece and where it lives: the byline ("By Ana Lima and Tom
Cole") and the URL a pasted article often carries near its top."""

from __future__ import annotations

import re

_HEAD_LINES = 12
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(
    rf"^\s*(?:By|Written by|Words by|Par|Von)\s+(?P<who>{_NAME}(?:(?:,| and| &) {_NAME})*)"
    r"\s*(?:[,|–—-].*)?$"
)
_URL = re.compile(r"\bhttps?://[^\s<>\"“”'’)]+", re.IGNORECASE)


def byline(text: str) -> str | None:
    """The author(s) a byline near the top names, as written; None if none."""
    for line in text.strip().splitlines()[:_HEAD_LINES]:
        found = _BYLINE.match(line)
        if found:
            return found["who"].strip()
    return None


def url(text: str) -> str | None:
    """The first web address near the top of a pasted article, if any."""
    for line in text.strip().splitlines()[:_HEAD_LINES]:
        found = _URL.search(line)
        if found:
            return found.group(0).rstrip(".,;:")
    return None


_HEADLINE_CREDIT = re.compile(r"^(?P<outlet>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}): \S")


def relayed_outlet(title: str, text: str) -> str | None:
    """The outlet a piece relays when its headline credits it ("The Telegraph:
    US privately agrees…") and the body cites it as reporting ("The Telegraph
    reported", "told The Telegraph"); None otherwise."""
    found = _HEADLINE_CREDIT.match(title.strip())
    if not found:
        return None
    name = re.escape(found["outlet"])
    body = text.replace(title, " ", 1)
    cited = re.search(
        rf"\b{name} (?:reported|reports|wrote|writes|revealed|learned)\b"
        rf"|\b(?:according to|citing|told|reported by|interview with) {name}\b",
        body,
    )
    return found["outlet"] if cited else None
