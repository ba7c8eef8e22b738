"""The desk's schema, built and upgraded only through ``sqlite_utils.Migrations``.

Tables carry the names people see in Datasette: ``sources``, ``actors``,
``statements``, ``events``, ``topics``, with join tables beside them. Every
entity row has a stable ``uuid`` next to its integer key, so desks can be
merged later; join rows are identified by the uuids of the rows they join.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from .conflicts import create_conflicts
from .counts import create_live_counts
from .names import ODD_ALIASES, ODD_NAME
from .search import create_day_index
from .statements import STATEMENT_DAY
from .steps import MIGRATION_SET, MIGRATIONS_TABLE, STEPS

# The day key as the first migrations spelled it (said only); m007 moved it on.
_SAID_DAY = "coalesce(said_earliest, '9999-12-31')"

migrations = Migrations(MIGRATION_SET)
assert migrations.migrations_table == MIGRATIONS_TABLE


_TIMESTAMPS = {"created_at": str, "updated_at": str, "deleted_at": str}


@migrations()
def m001_core_tables(db: Database) -> None:
    db.table("sources").create(
        {
            "id": int,
            "uuid": str,
            "title": str,
            "outlet": str,
            "url": str,
            "author": str,
            "published": str,
            "published_earliest": str,
            "published_latest": str,
            "reliability": str,
            "relays_id": int,
            "note": str,
            **_TIMESTAMPS,
        },
        pk="id",
        not_null={"uuid", "title", "created_at", "updated_at"},
        foreign_keys=[("relays_id", "sources", "id")],
    )
    db.table("actors").create(
        {
            "id": int,
            "uuid": str,
            "name": str,
            "kind": str,
            "aliases": str,  # JSON array of strings
            "affiliation_id": int,
            "note": str,
            **_TIMESTAMPS,
        },
        pk="id",
        not_null={"uuid", "name", "aliases", "created_at", "updated_at"},
        defaults={"aliases": "[]"},
        foreign_keys=[("affiliation_id", "actors", "id")],
    )
    # CHECK constraints are not expressible through table.create(), so the
    # statements table is plain SQL; it is the one whose values matter most.
    db.execute(
        """
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES actors(id),
            source_id INTEGER REFERENCES sources(id),
            said TEXT,
            said_earliest TEXT,
            said_latest TEXT,
            kind TEXT NOT NULL DEFAULT 'direct'
                CHECK (kind IN ('direct', 'indirect', 'block')),
            relayed_by_id INTEGER REFERENCES actors(id),
            stance TEXT CHECK (stance IN ('public', 'private')),
            note TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.table("events").create(
        {
            "id": int,
            "uuid": str,
            "title": str,
            "happened": str,
            "earliest": str,
            "latest": str,
            "kind": str,
            "source_id": int,
            "note": str,
            **_TIMESTAMPS,
        },
        pk="id",
        not_null={"uuid", "title", "happened", "earliest", "latest", "created_at", "updated_at"},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db.table("topics").create(
        {"id": int, "uuid": str, "name": str, "created_at": str},
        pk="id",
        not_null={"uuid", "name", "created_at"},
    )
    db.execute("CREATE UNIQUE INDEX idx_topics_name ON topics(name COLLATE NOCASE)")

    join_tables = {
        "statement_topics": ("statement_id", "statements", "topic_id", "topics"),
        "event_topics": ("event_id", "events", "topic_id", "topics"),
        "event_actors": ("event_id", "events", "actor_id", "actors"),
        "statement_events": ("statement_id", "statements", "event_id", "events"),
    }
    for name, (left, left_table, right, right_table) in join_tables.items():
        db.table(name).create(
            {left: int, right: int},
            pk=(left, right),
            foreign_keys=[(left, left_table, "id"), (right, right_table, "id")],
        )
        db.table(name).create_index([right, left])

    db.table("history").create(
        {
            "id": int,
            "change_id": str,  # one user action may touch several rows
            "at": str,
            "label": str,  # what the user did, in words: "Tag statement public"
            "action": str,  # insert | update | delete
            "table_name": str,
            "row_id": int,
            "row_uuid": str,
            "before": str,  # JSON of the whole row, NULL for an insert
            "after": str,  # JSON of the whole row, NULL for a delete
        },
        pk="id",
        not_null={"change_id", "at", "label", "action", "table_name"},
    )
    db.table("history").create_index(["change_id"])
    db.table("history").create_index(["table_name", "row_id"])

    for table in ("sources", "actors", "statements", "events", "topics"):
        db.table(table).create_index(["uuid"], unique=True)
    db.table("actors").create_index(["name"])
    db.table("actors").create_index(["affiliation_id"])
    db.table("sources").create_index(["relays_id"])
    db.table("events").create_index(["earliest", "id"])
    db.table("events").create_index(["source_id"])
    # Pages of statements are read by key: (day, id), overall and per source.
    db.execute(f"CREATE INDEX idx_statements_day ON statements({_SAID_DAY}, id)")
    db.execute(f"CREATE INDEX idx_statements_source_day ON statements(source_id, {_SAID_DAY}, id)")
    db.execute("CREATE INDEX idx_statements_said ON statements(said_earliest, id)")
    db.execute("CREATE INDEX idx_statements_speaker ON statements(speaker_id)")
    db.execute("CREATE INDEX idx_statements_relayed_by ON statements(relayed_by_id)")
    db.execute("CREATE INDEX idx_statements_stance ON statements(stance)")


@migrations()
def m002_full_text_search(db: Database) -> None:
    db.table("statements").enable_fts(["text", "note"], create_triggers=True)
    db.table("sources").enable_fts(["title", "outlet", "author", "note"], create_triggers=True)
    db.table("events").enable_fts(["title", "note"], create_triggers=True)
    db.table("actors").enable_fts(["name", "aliases"], create_triggers=True)


@migrations()
def m003_changes(db: Database) -> None:
    # One row per change a person made (and per undo and redo of one), so
    # undo and redo find their target without reading the whole history.
    db.table("changes").create(
        {
            "id": int,
            "change_id": str,
            "at": str,
            "label": str,
            "kind": str,  # do | undo | redo
            "target": str,  # for undo/redo: the change_id undone or redone
            "undone": int,  # for do: 1 while it stands undone
            "redoable": int,  # for do, when undone: 0 once a new change follows
        },
        pk="id",
        not_null={"change_id", "at", "label", "kind", "undone", "redoable"},
        defaults={"undone": 0, "redoable": 1},
    )
    db.table("changes").create_index(["change_id"], unique=True)
    db.table("changes").create_index(["kind", "undone", "redoable", "id"])
    # The trash is read newest first; few rows are ever in it.
    for table in ("sources", "actors", "statements", "events"):
        db.execute(
            f"CREATE INDEX idx_{table}_trash ON {table}(deleted_at) WHERE deleted_at IS NOT NULL"
        )
    # Names are matched ignoring case when capturing ("@starmer", "^telegraph").
    db.execute("CREATE INDEX idx_actors_name_nocase ON actors(name COLLATE NOCASE)")
    db.execute("CREATE INDEX idx_sources_outlet_nocase ON sources(outlet COLLATE NOCASE, id)")
    db.execute("CREATE INDEX idx_sources_title_nocase ON sources(title COLLATE NOCASE, id)")
    # Changes recorded before this table existed stand as done.
    db.execute(
        "INSERT INTO changes (change_id, at, label, kind)"
        " SELECT change_id, min(at), min(label), 'do' FROM history"
        " GROUP BY change_id ORDER BY min(id)"
    )


@migrations()
def m004_intake(db: Database) -> None:
    # An imported article keeps its text (searchable) and a digest of it, so
    # importing the same text twice is noticed.
    db.table("sources").add_column("body", str)
    db.table("sources").add_column("body_sha256", str)
    db.table("sources").create_index(["body_sha256"])
    db.table("sources").enable_fts(
        ["title", "outlet", "author", "note", "body"], create_triggers=True, replace=True
    )
    # What an article proposes waits here until a person accepts or rejects it.
    db.execute(
        """
        CREATE TABLE candidates (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('statement', 'event')),
            text TEXT NOT NULL,
            speaker TEXT,
            stance TEXT CHECK (stance IN ('public', 'private')),
            quote_kind TEXT CHECK (quote_kind IN ('direct', 'indirect', 'block')),
            cue TEXT,
            context TEXT,
            date TEXT,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'accepted', 'rejected')),
            result_id INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX idx_candidates_uuid ON candidates(uuid)")
    db.execute("CREATE INDEX idx_candidates_queue ON candidates(state, source_id, position)")


@migrations()
def m005_compare(db: Database) -> None:
    # Links between statements: "A contradicts B". One row per pair, whichever
    # way round it was made; read from either end.
    db.execute(
        """
        CREATE TABLE statement_links (
            statement_id INTEGER NOT NULL REFERENCES statements(id),
            other_id INTEGER NOT NULL REFERENCES statements(id),
            relation TEXT NOT NULL CHECK (relation IN ('contradicts', 'confirms', 'responds')),
            PRIMARY KEY (statement_id, other_id),
            CHECK (statement_id != other_id)
        )
        """
    )
    db.execute("CREATE INDEX idx_statement_links_other ON statement_links(other_id, statement_id)")
    # Named filters, offered in the command palette.
    db.table("saved_filters").create(
        {"id": int, "uuid": str, "name": str, "query": str, "created_at": str, "updated_at": str},
        pk="id",
        not_null={"uuid", "name", "query", "created_at", "updated_at"},
    )
    db.execute("CREATE UNIQUE INDEX idx_saved_filters_name ON saved_filters(name COLLATE NOCASE)")
    db.execute("CREATE UNIQUE INDEX idx_saved_filters_uuid ON saved_filters(uuid)")
    # Filtered panes and the divergence view page by date within a speaker
    # or a stance; these replace the single-column indexes.
    db.execute("DROP INDEX idx_statements_speaker")
    db.execute(
        f"CREATE INDEX idx_statements_speaker_day ON statements(speaker_id, {_SAID_DAY}, id)"
    )
    db.execute("DROP INDEX idx_statements_stance")
    db.execute(f"CREATE INDEX idx_statements_stance_day ON statements(stance, {_SAID_DAY}, id)")
    db.execute("CREATE INDEX idx_sources_published ON sources(published_earliest, id)")


@migrations()
def m006_authors(db: Database) -> None:
    # Each change says who made it; undo takes back only the author's own.
    # Changes made before authors were kept were the desk owner's.
    from .desk import default_author

    db.table("changes").add_column("author", str)
    db.execute("UPDATE changes SET author = ?", [default_author()])
    db.execute("CREATE INDEX idx_changes_author ON changes(author, kind, undone, redoable, id)")


def _reindex_words_on_change(db: Database) -> None:
    """A statement's words are re-indexed when they change, not on every tag."""
    db.execute(
        """CREATE TRIGGER statements_au AFTER UPDATE OF text, note ON statements BEGIN
               INSERT INTO statements_fts (statements_fts, rowid, text, note)
                   VALUES ('delete', old.rowid, old.text, old.note);
               INSERT INTO statements_fts (rowid, text, note)
                   VALUES (new.rowid, new.text, new.note);
           END"""
    )


@migrations()
def m007_three_clocks(db: Database) -> None:
    # The reported clock: each statement carries its source's published date,
    # kept by triggers (derived, like the full-text index: never in history),
    # so statements sort and filter by said, else reported, through one index.
    for column in ("reported", "reported_earliest", "reported_latest"):
        db.table("statements").add_column(column, str)
    db.execute(
        """UPDATE statements SET (reported, reported_earliest, reported_latest) =
               (SELECT published, published_earliest, published_latest
                FROM sources WHERE sources.id = statements.source_id)
           WHERE source_id IS NOT NULL"""
    )
    copy = """UPDATE statements SET (reported, reported_earliest, reported_latest) =
                  (SELECT published, published_earliest, published_latest
                   FROM sources WHERE sources.id = new.source_id)
              WHERE id = new.id;"""
    db.execute(f"CREATE TRIGGER statements_reported_ai AFTER INSERT ON statements BEGIN {copy} END")
    db.execute(
        f"CREATE TRIGGER statements_reported_au AFTER UPDATE OF source_id ON statements"
        f" BEGIN {copy} END"
    )
    db.execute(
        """CREATE TRIGGER sources_published_au
           AFTER UPDATE OF published, published_earliest, published_latest ON sources BEGIN
               UPDATE statements SET reported = new.published,
                   reported_earliest = new.published_earliest,
                   reported_latest = new.published_latest
               WHERE source_id = new.id;
           END"""
    )
    # The words are re-indexed when they change, not on every tag.
    db.execute("DROP TRIGGER statements_au")
    _reindex_words_on_change(db)
    for name, columns in (
        ("idx_statements_day", ""),
        ("idx_statements_source_day", "source_id, "),
        ("idx_statements_speaker_day", "speaker_id, "),
        ("idx_statements_stance_day", "stance, "),
    ):
        db.execute(f"DROP INDEX {name}")
        db.execute(f"CREATE INDEX {name} ON statements({columns}{STATEMENT_DAY}, id)")
    # What import proposes beyond words and speaker: topics and an affiliation.
    db.table("candidates").add_column("topics", str)  # JSON list of names
    db.table("candidates").add_column("affiliation", str)  # proposed for a new speaker
    db.table("candidates").add_column("date_cue", str)  # the words that dated it
    db.table("candidates").add_column("aliases", str)  # JSON: other names the article used
    # A statement whose sentence names one of the article's events: that event's
    # place in the queue, so accepting both links them.
    db.table("candidates").add_column("event_position", int)


@migrations()
def m008_stemming(db: Database) -> None:
    # Search finds a word's other forms ("guarantee" finds "guarantees") in the
    # app and in Datasette or sqlite-utils alike: one tokenizer for the desk.
    for table, columns in (
        ("statements", ["text", "note"]),
        ("sources", ["title", "outlet", "author", "note", "body"]),
        ("events", ["title", "note"]),
        ("actors", ["name", "aliases"]),
    ):
        for trigger in ("ai", "ad", "au"):
            db.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
        db.table(table).enable_fts(
            columns, create_triggers=True, replace=True, tokenize="porter unicode61"
        )
        db.table(table).rebuild_fts()
    # enable_fts made statements_au fire on every update again; as m007 had it,
    # the words are re-indexed only when they change.
    db.execute("DROP TRIGGER statements_au")
    _reindex_words_on_change(db)


@migrations()
def m009_day_ordered_search(db: Database) -> None:
    # Search reads words in date order and titles read kept counts, so
    # neither sorts nor counts a million rows (db/search.py, db/counts.py).
    create_day_index(db)
    create_live_counts(db)


@migrations()
def m010_conflicts(db: Database) -> None:
    # Two copies of a desk that changed the same field of the same item
    # differently: merge keeps this desk's value and queues the other's here
    # until someone decides. Values are JSON, with a reference to another row
    # given as that row's uuid, so the same conflict reads alike on both copies
    # (and has the same uuid there: see db/merge.py).
    create_conflicts(db)


@migrations()
def m011_live_speaker_index(db: Database) -> None:
    # A speaker's live statements in date order, trashed ones left out of the
    # index itself: `by:` an actor and the bodies it speaks for reads each
    # speaker's page, and counts them, without looking up every row to see
    # whether it is trashed (at 1M, a count for 40 speakers 15 ms to 1 ms, a
    # page 10 ms to 7 ms).
    db.execute(
        "CREATE INDEX idx_statements_live_speaker_day ON statements"
        f"(speaker_id, {STATEMENT_DAY}, id) WHERE deleted_at IS NULL"
    )


@migrations()
def m012_odd_name_indexes(db: Database) -> None:
    # The actors whose name or aliases may not be plain, indexed apart: finding
    # a name ("by:", capture's @name) keys them whatever it looks for, and
    # read every actor to pick them out (17 ms among 5,000 with aliases). The
    # names' index holds the name, so SQLite takes it over the whole name index.
    db.execute(f"CREATE INDEX idx_actors_odd_name ON actors(name) WHERE {ODD_NAME}")
    db.execute(f"CREATE INDEX idx_actors_odd_aliases ON actors(id) WHERE {ODD_ALIASES}")


def known_migrations() -> list[str]:
    """Names of every migration this version of Backchannel knows, in order."""
    # Everything is pending on an empty database: the public way to list them.
    return [m.name for m in migrations.pending(Database(memory=True))]


if tuple(known_migrations()) != STEPS:
    raise RuntimeError("db/steps.py must list every migration in schema.py, in order")
