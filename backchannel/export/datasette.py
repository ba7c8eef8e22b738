"""The desk as Datasette shows it: live views, labels, internal tables hidden.

``datasette desk.db -m metadata.json`` with the metadata this module writes
shows the people's tables with their labels and descriptions, hides the
machinery (history, changes, the triage queue, saved filters, migrations),
and adds four views of live rows only: ``live_statements``,
``live_sources``, ``live_actors`` and ``live_events``. Trashed rows stay in
the tables (undo needs them) but never appear in the views, their search or
their facets. The views are created in the desk idempotently
(``CREATE VIEW`` when missing, replaced when their text changed); they are
not a migration, hold no data, and change no table.

Search in a view uses the table's own full-text index (``fts_table``), so
results are limited to live rows by the view itself.
"""

from __future__ import annotations

from typing import Any

from backchannel import __version__
from backchannel.db import Desk

LIVE = "deleted_at IS NULL"

VIEWS: dict[str, str] = {
    "live_statements": f"""
        SELECT s.id, s.text, sp.name AS speaker, af.name AS affiliation, s.stance, s.kind,
               s.said, s.said_earliest, s.said_latest,
               (SELECT group_concat(t.name, ', ') FROM statement_topics st
                  JOIN topics t ON t.id = st.topic_id WHERE st.statement_id = s.id) AS topics,
               so.title AS source_title, so.outlet AS source_outlet, so.url AS source_url,
               rb.name AS relayed_by, s.note, s.speaker_id, s.source_id, s.uuid,
               s.created_at, s.updated_at
        FROM statements s
        LEFT JOIN actors sp ON sp.id = s.speaker_id
        LEFT JOIN actors af ON af.id = sp.affiliation_id
        LEFT JOIN sources so ON so.id = s.source_id
        LEFT JOIN actors rb ON rb.id = s.relayed_by_id
        WHERE s.{LIVE}""",
    "live_sources": f"""
        SELECT s.id, s.title, s.outlet, s.author, s.url, s.published, s.published_earliest,
               s.reliability, r.title AS relays, s.note, s.relays_id, s.uuid,
               s.created_at, s.updated_at
        FROM sources s LEFT JOIN sources r ON r.id = s.relays_id
        WHERE s.{LIVE}""",
    "live_actors": f"""
        SELECT a.id, a.name, a.kind, a.aliases, p.name AS affiliation, a.note,
               a.affiliation_id, a.uuid, a.created_at, a.updated_at
        FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id
        WHERE a.{LIVE}""",
    "live_events": f"""
        SELECT e.id, e.title, e.happened, e.earliest, e.latest, e.kind,
               so.title AS source_title, e.note, e.source_id, e.uuid, e.created_at, e.updated_at
        FROM events e LEFT JOIN sources so ON so.id = e.source_id
        WHERE e.{LIVE}""",
}

HIDDEN = (
    "history",
    "changes",
    "candidates",
    "saved_filters",
    "conflicts",
    "statements_day_keys",
    "live_counts",
    "_sqlite_migrations",
)
"""Tables the app keeps for itself (undo, the triage queue, saved filters, merge
conflicts, where each statement stands in the date-ordered word index, kept counts).
Datasette hides full-text tables of itself."""

_TABLES: dict[str, dict[str, Any]] = {
    "statements": {
        "label_column": "text",
        "description": "Everything said, trashed rows included (see live_statements).",
    },
    "sources": {"label_column": "title", "description": "Pieces of reporting, trashed included."},
    "actors": {"label_column": "name", "description": "Who speaks or acts, trashed included."},
    "events": {"label_column": "title", "description": "Dated happenings, trashed included."},
    "topics": {"label_column": "name", "description": "Tags on statements and events."},
    "statement_topics": {"description": "Which topics each statement is on."},
    "event_topics": {"description": "Which topics each event is on."},
    "event_actors": {"description": "Who took part in each event."},
    "statement_events": {"description": "Statements said at or about an event."},
    "statement_links": {"description": "A statement contradicts, confirms or responds to another."},
    "live_statements": {
        "description": (
            "Statements not in the trash, with speaker, affiliation, source and topics. Stance:"
            " public (public stance) or private (private assurance). said_earliest and"
            " said_latest are the days an EDTF date can mean."
        ),
        "fts_table": "statements_fts",
        "fts_pk": "id",
        "facets": ["stance", "kind", "speaker", "source_outlet"],
        "sort": "said_earliest",
    },
    "live_sources": {
        "description": "Sources not in the trash; relays: the source each one cites.",
        "fts_table": "sources_fts",
        "fts_pk": "id",
        "facets": ["outlet", "reliability"],
        "sort_desc": "id",
    },
    "live_actors": {
        "description": "Actors not in the trash, with the body each belongs to.",
        "fts_table": "actors_fts",
        "fts_pk": "id",
        "facets": ["kind", "affiliation"],
    },
    "live_events": {
        "description": "Events not in the trash.",
        "fts_table": "events_fts",
        "fts_pk": "id",
        "facets": ["kind"],
        "sort": "earliest",
    },
}


def create_views(desk: Desk) -> list[str]:
    """Create (or bring up to date) the live views; return the names changed."""
    changed = []
    with desk.lock:
        for name, sql in VIEWS.items():
            body = " ".join(sql.split())
            row = desk.conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]
            ).fetchone()
            wanted = f"CREATE VIEW {name} AS {body}"
            if row is not None and row[0] == wanted:
                continue
            with desk.conn:
                desk.conn.execute(f"DROP VIEW IF EXISTS {name}")
                desk.conn.execute(wanted)
            changed.append(name)
    return changed


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a desk that Datasette names ``database``."""
    tables = {name: dict(settings) for name, settings in _TABLES.items()}
    for name in HIDDEN:
        tables[name] = {"hidden": True}
    return {
        "title": "Backchannel desk",
        "description": (
            "Who said what, where, when, and whether in public or in private. "
            "The live_ views leave out what is in the trash."
        ),
        "about": f"Backchannel {__version__}",
        "databases": {database: {"tables": tables}},
    }
