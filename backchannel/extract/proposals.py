"""An article's proposals: its statements and its dated events."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from backchannel.db.dates import parse_edtf

from .article import Article, read_article
from .blocks import ProposedQuote
from .events import ProposedEvent, find_events
from .quotes import find_quotes
from .text import Readings


@dataclass
class Proposals:
    """What an article proposes."""

    article: Article
    published: str | None
    quotes: list[ProposedQuote] = field(default_factory=list)
    events: list[ProposedEvent] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The shape `backchannel extract --json` prints (see shared/eval/README.md)."""
        return {
            "quotes": [
                {k: v for k, v in asdict(q).items() if k != "sentence"} for q in self.quotes
            ],
            "events": [{"text": e.text, "date": e.date} for e in self.events],
        }


def extract(text: str, published: str | None = None, today: date | None = None) -> Proposals:
    """Propose the statements and events of a pasted article.

    Dates are read against ``published`` (EDTF), else the article's own
    dateline or "Published" line, else ``today``.
    """
    today = today or date.today()
    article = read_article(text, today)
    published = published or article.published
    reference = ahead = today
    if published:
        interval = parse_edtf(published)
        reference = min(date.fromisoformat(interval.latest), today)
        ahead = min(date.fromisoformat(interval.earliest), today)
    read = Readings()  # each paragraph read once for both passes
    events = find_events(article, reference, ahead, read)
    return Proposals(article, published, find_quotes(article, read), events)
