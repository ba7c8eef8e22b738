"""The desk in Datasette, with the metadata Backchannel writes: live views
leave the trash out of rows, search and facets; internal tables are hidden."""

from __future__ import annotations

import json
from pathlib import Path

from datasette.app import Datasette

from backchannel.db import open_desk
from backchannel.db.trash import trash
from backchannel.export.datasette import create_views, metadata
from backchannel.fixtures import load_demo
from tests.test_export import run


async def test_datasette_reads_live_rows_only(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    desk = open_desk(path)
    load_demo(desk)
    trashed = desk.statements.add("Guarantees we never gave.", stance="private")
    trash(desk, "statement", trashed)
    assert create_views(desk) == ["live_statements", "live_sources", "live_actors", "live_events"]
    assert create_views(desk) == []  # idempotent
    desk.close()
    ds = Datasette([str(path)], metadata=metadata("desk"))
    base = await ds.client.get("/desk/statements.json?_shape=array&_size=max")
    live = await ds.client.get("/desk/live_statements.json?_shape=array&_size=max")
    assert base.status_code == live.status_code == 200
    assert len(base.json()) == len(live.json()) + 1
    assert trashed not in {row["id"] for row in live.json()}
    found = await ds.client.get("/desk/live_statements.json?_search=guarantees&_shape=array")
    assert found.status_code == 200, found.text
    texts = [row["text"] for row in found.json()]
    assert texts and "Guarantees we never gave." not in texts
    faceted = await ds.client.get("/desk/live_statements.json?_facet=stance")
    stances = {f["value"]: f["count"] for f in faceted.json()["facet_results"]["stance"]["results"]}
    assert stances["private"] == 3  # the demo's three, not the trashed fourth
    shown = (await ds.client.get("/desk.json")).json()
    hidden = {t["name"] for t in shown["tables"] if t["hidden"]}
    assert {"history", "changes", "candidates", "saved_filters", "_sqlite_migrations"} <= hidden
    assert {"statements", "sources", "actors", "events", "topics"}.isdisjoint(hidden)
    assert {v["name"] for v in shown["views"]} >= {"live_statements", "live_events"}


def test_datasette_metadata_command(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "meta.json"
    done = run("datasette-metadata", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "views made: live_statements" in done.stdout
    meta = json.loads(out.read_text())
    assert meta["databases"]["desk"]["tables"]["history"] == {"hidden": True}
    again = run("datasette-metadata", "--db", str(demo_path))
    assert json.loads(again.stdout) == meta


async def test_datasette_lists_the_peoples_tables_and_no_machinery(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    open_desk(path).close()
    ds = Datasette([str(path)], metadata=metadata("desk"))
    listed = (await ds.client.get("/desk.json")).json()["tables"]
    shown = {t["name"] for t in listed if not t["hidden"]}
    assert shown <= {
        "sources", "actors", "statements", "events", "topics",
        "statement_topics", "event_topics", "event_actors", "statement_events",
        "statement_links",
    }, shown  # fmt: skip
