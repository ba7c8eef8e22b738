"""Statements and events as a TimelineJS3 timeline (its JSON format).

Each dated statement is a slide in the group of its stance, each event a
slide in "Events". A fuzzy date is said honestly: the slide starts on the
first day it can mean, to the precision it has (a month stays a month),
ends on the last when that is later (early March: the 1st to the 10th; a
season; 156X), and shows the desk's own words for it ("early Mar 2025") as
its display date. An open end is left open: the known end alone, said
"until Mar 2025". Statements with no date cannot be placed, so they are
left off and the title says how many.

Slide text is HTML in TimelineJS, so news text is HTML-escaped, and
``autolink`` is off: a URL in the news is not made a link; only a source's
own http(s) URL is.
"""

from __future__ import annotations

import json
from html import escape
from typing import IO, Any

from backchannel.db import Desk, humanize
from backchannel.db.dates import DateError, EdtfPart, edtf_parts
from backchannel.db.filters import Filter
from backchannel.vocabulary import KIND_PHRASES, STANCE_WORDS

from .records import Cited, Record, Recorder, Redact, events
from .tabular import dumps

GROUPS = {stance: word.capitalize() for stance, word in STANCE_WORDS.items()}
_KIND = KIND_PHRASES


def _point(part: EdtfPart, *, last: bool) -> dict[str, Any]:
    """One end of a slide, to the precision the date has."""
    day = part.last if last else part.first
    face = part.face[1 if last else 0] if part.face else day
    year = part.exact_year if part.exact_year is not None else day.year
    point: dict[str, Any] = {"year": year}
    if part.precision == "year" and not part.unspecified:
        return point
    point["month"] = face.month
    if part.precision in ("month", "season"):
        return point
    point["day"] = face.day
    if part.precision == "time" and part.time:
        hour, minute, second = (int(x) for x in part.time.split(":"))
        point.update(hour=hour, minute=minute, second=second)
    return point


def dates(edtf: str) -> dict[str, Any] | None:
    """start_date, end_date (when later) and display_date for an EDTF date;
    None when it cannot be read."""
    try:
        start, end, interval = edtf_parts(edtf)
    except DateError:
        return None
    said = humanize(edtf)
    if start is None or end is None:  # one open or unknown end: the known one
        known = start or end
        assert known is not None
        return {"start_date": {**_point(known, last=start is None), "display_date": said},
                "display_date": said}  # fmt: skip
    first = _point(start, last=False)
    final = _point(end, last=True)
    slide: dict[str, Any] = {"start_date": {**first, "display_date": said}, "display_date": said}
    spans = interval or start.precision == "season" or start.unspecified
    if spans and final != first:
        slide["end_date"] = final
    return slide


def _url(url: str | None) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f' <a href="{escape(url, quote=True)}">{escape(url)}</a>'
    return f" {escape(url)}" if url else ""


def _citation(cited: Cited) -> str:
    source = cited.source
    names = ", citing ".join(escape(n) for n in cited.chain_names())
    words = f"{names}: “{escape(source.title)}”"
    if source.author:
        words += f" by {escape(source.author)}"
    if source.published:
        words += f", published {escape(humanize(source.published))}"
    return f"<p>Source: {words}.{_url(source.url)}</p>"


class Pieces:
    """The parts of slides that repeat, made once each: a date's start, end
    and words, a speaker's headline, a source's citation, a list of topics, a
    stance and kind (on a desk of a million, most of what a slide costs).
    Each kind is kept in a dict emptied when it grows past a bound (one
    above the sources a big desk cites: a citation made again costs more
    than the rest of its slide)."""

    LIMIT = 60_000

    def __init__(self) -> None:
        self.dates: dict[str, dict[str, Any] | None] = {}
        self.headlines: dict[tuple[str | None, str | None], str] = {}
        self.citations: dict[int, str] = {}
        self.topics: dict[tuple[str, ...], str] = {}
        self.relayers: dict[str, str] = {}
        self.kinds: dict[tuple[str | None, str], str] = {}

    def date(self, said: str) -> dict[str, Any] | None:
        """``dates(said)``, shared: a slide copies it, never changes it."""
        if said in self.dates:
            return self.dates[said]
        if len(self.dates) > self.LIMIT:
            self.dates.clear()
        found = self.dates[said] = dates(said)
        return found

    def headline(self, name: str | None, affiliation: str | None) -> str:
        if (found := self.headlines.get((name, affiliation))) is None:
            if len(self.headlines) > self.LIMIT:
                self.headlines.clear()
            who = escape(name or "Unknown speaker")
            if affiliation:
                who += f" ({escape(affiliation)})"
            found = self.headlines[name, affiliation] = who
        return found

    def citation(self, cited: Cited) -> str:
        if (found := self.citations.get(cited.source.id)) is None:
            if len(self.citations) > self.LIMIT:
                self.citations.clear()
            found = self.citations[cited.source.id] = _citation(cited)
        return found

    def topic_list(self, topics: tuple[str, ...]) -> str:
        if (found := self.topics.get(topics)) is None:
            if len(self.topics) > self.LIMIT:
                self.topics.clear()
            found = self.topics[topics] = f"<p>Topics: {escape(', '.join(topics))}.</p>"
        return found

    def relayer(self, name: str) -> str:
        if (found := self.relayers.get(name)) is None:
            if len(self.relayers) > self.LIMIT:
                self.relayers.clear()
            found = self.relayers[name] = f"<p>Relayed by {escape(name)}.</p>"
        return found

    def kind(self, stance: str | None, kind: str) -> str:
        if (found := self.kinds.get((stance, kind))) is None:
            group = escape(GROUPS.get(stance, str(stance)))
            found = self.kinds[stance, kind] = f"<p>{group}, {_KIND.get(kind, kind)}.</p>"
        return found


def statement_slide(r: Record, pieces: Pieces | None = None) -> dict[str, Any] | None:
    """One statement as a slide, or None when it has no date; ``pieces``:
    the parts already made for earlier slides (one export shares them)."""
    s = r.statement
    if pieces is None:
        pieces = Pieces()
    when = pieces.date(s.said) if s.said else None
    if when is None:
        return None
    who = pieces.headline(s.speaker_name, r.affiliation)
    text = "".join(f"<p>{escape(line)}</p>" for line in s.text.splitlines() or [""])
    body = f"<blockquote>{text}</blockquote>{pieces.kind(s.stance, s.kind)}"
    if r.cited:
        body += pieces.citation(r.cited)
    if s.relayed_by_name:
        body += pieces.relayer(s.relayed_by_name)
    if s.topics:
        body += pieces.topic_list(s.topics)
    for link in r.links:
        body += f"<p>{escape(link.words.capitalize())} statement {link.other_id}.</p>"
    return {
        **when,
        "text": {"headline": who, "text": body},
        "group": GROUPS.get(s.stance, str(s.stance)),
        "unique_id": f"statement-{s.id}",
        "autolink": False,
    }


def write_timeline(desk: Desk, f: Filter, redact: Redact, out: IO[str]) -> int:
    """The timeline as TimelineJS3 JSON; returns how many slides it holds."""
    count = undated = 0
    out.write('{"scale": "human", "events": [')

    def slide(item: dict[str, Any]) -> None:
        nonlocal count
        out.write(",\n" if count else "\n")
        out.write(dumps(item))
        count += 1

    recorder = Recorder(desk, f, redact)  # protection worked out once, sources cached
    pieces = Pieces()
    for r in recorder.records():
        item = statement_slide(r, pieces)
        if item is None:
            undated += 1
        else:
            slide(item)
    hidden = recorder.protection.hidden_names
    for entry in events(desk, f):
        event = desk.events.get(entry.id)
        when = dates(event.happened)
        if when is None:
            continue
        body = ""
        actors = [a for a in event.actors if a not in hidden]
        if actors:
            body += f"<p>{escape(', '.join(actors))}</p>"
        if event.topics:
            body += f"<p>Topics: {escape(', '.join(event.topics))}.</p>"
        cited = recorder.citations.cited(event.source_id)
        if cited is not None:
            body += _citation(cited)
        headline = escape(event.title) + (f" ({escape(event.kind)})" if event.kind else "")
        slide({**when, "text": {"headline": headline, "text": body}, "group": "Events",
               "unique_id": f"event-{event.id}", "autolink": False})  # fmt: skip
    note = ""
    if undated:
        said = "1 undated statement is" if undated == 1 else f"{undated:,} undated statements are"
        note = f"{said} left off: a timeline needs a date."
    title = {"text": {"headline": "Backchannel timeline", "text": f"<p>{escape(note)}</p>"}}
    out.write("\n], " if count else "], ")
    out.write(f'"title": {json.dumps(title, ensure_ascii=False)}}}\n')
    return count
