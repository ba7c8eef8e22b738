"""Sources as CSL-JSON (Zotero, citeproc, pandoc) and statements as
schema.org ClaimReview JSON-LD (for fact-checkers).

CSL-JSON: one item per source the selected statements were read in, and per
source those relay, each once: type, title, outlet (container-title),
author, URL, published (``issued``: EDTF said as CSL date-parts, with
``circa`` for ~ ? %, a range for an interval, a season, a literal for an
open end) and, in ``custom``, the desk's id, uuid, reliability grade and the
relay chain. Sources are found a page at a time by id from the statements'
own index, so nothing grows with the desk but the set of relayed sources.

ClaimReview: one object per statement, itemReviewed a Claim with its author
(and the body the author belongs to), its appearance in the source (a
NewsArticle based on the article it relays, down the chain), when it was
said, its topics, its stance and kind, who relayed it and the statements it
links to. No rating is given: Backchannel records claims; a reviewer rates.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import IO, Any

from backchannel.db import Desk, Source, humanize
from backchannel.db.bulk import live_conditions, source_id_pages
from backchannel.db.dates import DateError, EdtfPart, edtf_parts
from backchannel.db.filters import Filter
from backchannel.vocabulary import KIND_PHRASES, STANCE_WORDS

from .records import Citations, Cited, Record, Redact, protected, records
from .tabular import json_array

PAGE = 500
_ARTICLES = 60_000
_STANCE = STANCE_WORDS
_KIND = KIND_PHRASES


# -- CSL-JSON ------------------------------------------------------------------------


def _parts(part: EdtfPart) -> list[int] | None:
    """CSL date-parts for one EDTF date, to its known precision; None when a
    year digit is unspecified (156X) and no one year can be given."""
    year = part.exact_year
    if year is None:
        return None
    first, final = part.face or (part.first, part.last)
    if part.precision in ("year", "season"):
        return [year]
    if part.precision == "month" or first.day != final.day:
        return [year] if first.month != final.month else [year, first.month]
    return [year, first.month, first.day]


def csl_date(edtf: str | None) -> dict[str, Any] | None:
    """An EDTF date as a CSL date: date-parts, a range for an interval,
    ``circa`` when qualified, a season; a literal where CSL has no form."""
    if not edtf:
        return None
    try:
        start, end, interval = edtf_parts(edtf)
    except DateError:
        return {"literal": edtf}
    if start is None or end is None:  # an open or unknown end: say it
        return {"literal": humanize(edtf)}
    first = _parts(start)
    final = _parts(end)
    if first is None or final is None:
        return {"literal": humanize(edtf)}
    date: dict[str, Any] = {"date-parts": [first] if not interval else [first, final]}
    if start.season and not interval:
        date["season"] = start.season - 20
    if start.qualifier or end.qualifier:
        date["circa"] = True
    return date


def csl_item(cited: Cited) -> dict[str, Any]:
    """One source as a CSL item."""
    source = cited.source
    kind = "article-newspaper" if source.outlet else "webpage" if source.url else "document"
    item: dict[str, Any] = {"id": source.uuid, "type": kind, "title": source.title}
    if source.outlet:
        item["container-title"] = source.outlet
    if source.author:
        item["author"] = [{"literal": source.author}]
    if source.url:
        item["URL"] = source.url
    issued = csl_date(source.published)
    if issued:
        item["issued"] = issued
    if cited.relays:
        item["note"] = "Citing " + ", citing ".join(cited.chain_names()[1:])
    item["custom"] = {
        "backchannel_id": source.id,
        "reliability": source.reliability,
        "relays": cited.relays[0].uuid if cited.relays else None,
        "relay_chain": cited.chain_names(),
    }
    return item


def cited_sources(desk: Desk, f: Filter) -> Iterator[Cited]:
    """Each live source a statement matching ``f`` was read in, by id, then the
    sources those relay that no matching statement was read in; each once."""
    clauses, params = live_conditions(desk, f)
    where = " AND ".join(f"({c})" for c in clauses)
    citations = Citations(desk)
    relayed: set[int] = set()
    for ids in source_id_pages(desk, f, page_size=PAGE):
        citations.prepare(ids)
        for source_id in ids:
            cited = citations.cited(source_id)
            if cited is not None:
                yield cited
                relayed.update(s.id for s in cited.relays)
    pending = sorted(relayed)
    for start in range(0, len(pending), PAGE):
        chunk = pending[start : start + PAGE]
        marks = ", ".join("?" for _ in chunk)
        direct = {
            r["id"]
            for r in desk.query(
                f"SELECT DISTINCT s.source_id AS id FROM statements s WHERE {where}"
                f" AND s.source_id IN ({marks})",
                [*params, *chunk],
            )
        }
        citations.prepare(chunk)
        for source_id in chunk:
            if source_id not in direct and (cited := citations.cited(source_id)) is not None:
                yield cited


def write_csl(desk: Desk, f: Filter, redact: Redact, out: IO[str]) -> int:
    """The cited sources as a CSL-JSON array; returns how many."""
    items = (csl_item(c) for c in cited_sources(desk, protected(desk, f, redact).filter))
    return json_array(items, out)


# -- ClaimReview ---------------------------------------------------------------------


@functools.lru_cache(maxsize=16_384)
def _iso(edtf: str | None) -> str | None:
    """An EDTF date schema.org's Date or DateTime takes as it is (a plain
    year, month, day or date-time), else None."""
    if not edtf:
        return None
    try:
        start, _, interval = edtf_parts(edtf)
    except DateError:
        return None
    if start is None or interval or start.qualifier or start.unspecified:
        return None
    return edtf if start.precision != "season" and start.face is None else None


def _party(name: str, kind: str | None = None) -> dict[str, Any]:
    return {"@type": "Person" if kind == "person" else "Organization", "name": name}


def _article(chain: tuple[Source, ...]) -> dict[str, Any]:
    """A source as a NewsArticle, based on the one it relays (down the chain)."""
    source = chain[0]
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": source.title}
    if source.url:
        article["url"] = source.url
    if source.outlet:
        article["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.author:
        article["author"] = {"@type": "Person", "name": source.author}
    if source.published:
        iso = _iso(source.published)
        article["datePublished" if iso else "temporalCoverage"] = iso or source.published
    if len(chain) > 1:
        article["isBasedOn"] = _article(chain[1:])
    return article


def claim_review(r: Record, articles: dict[int, dict[str, Any]] | None = None) -> dict[str, Any]:
    """One statement as a ClaimReview whose itemReviewed is the Claim;
    ``articles``: the sources already made NewsArticles, by id (shared by the
    items that cite them: the JSON is written, never changed)."""
    s = r.statement
    claim: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"urn:uuid:{s.uuid}",
        "identifier": str(s.id),
        "text": s.text,
        "genre": f"{_STANCE.get(s.stance, s.stance)}, {_KIND.get(s.kind, s.kind)}",
    }
    if s.speaker_name:
        claim["author"] = _party(s.speaker_name, r.speaker_kind)
        if r.affiliation:
            claim["author"]["memberOf"] = _party(r.affiliation)
    if s.said:
        claim["temporalCoverage"] = s.said
        iso = _iso(s.said)
        if iso:
            claim["dateCreated"] = iso
    if s.topics:
        claim["keywords"] = ", ".join(s.topics)
    if s.relayed_by_name:
        claim["contributor"] = _party(s.relayed_by_name)
    if r.cited:
        known = None if articles is None else articles.get(r.cited.source.id)
        if known is None:
            known = _article(r.cited.chain)
            if articles is not None:
                if len(articles) > _ARTICLES:
                    articles.clear()
                articles[r.cited.source.id] = known
        claim["appearance"] = [known]
    if r.links:
        claim["citation"] = [
            {"@type": "Claim", "identifier": str(link.other_id), "description": link.words}
            for link in r.links
        ]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": s.text,
        "itemReviewed": claim,
    }


def write_claimreview(desk: Desk, f: Filter, redact: Redact, out: IO[str]) -> int:
    """The statements as a JSON array of ClaimReview objects; returns how many."""
    articles: dict[int, dict[str, Any]] = {}
    return json_array((claim_review(r, articles) for r in records(desk, f, redact)), out)
