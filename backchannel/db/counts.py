"""Kept counts: how many live rows each table holds, for titles that must not
count a million rows to say "Statements · 1,000,000".

Triggers keep one row per table in ``live_counts``: a row added live, trashed,
restored or deleted moves its table's number. Like the full-text indexes it is
derived, never in history; a desk built before it is counted once, when the
migration runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .desk import Desk

COUNTED = ("statements", "sources", "events")


def create_live_counts(db: Database) -> None:
    """The table and its triggers (m009)."""
    db.execute("CREATE TABLE live_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL)")
    for table in COUNTED:
        db.execute(
            f"INSERT INTO live_counts (name, n)"
            f" SELECT '{table}', count(*) FROM {table} WHERE deleted_at IS NULL"
        )

        def move(by: str, table: str = table) -> str:
            return f"UPDATE live_counts SET n = n {by} WHERE name = '{table}';"

        db.execute(
            f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table}"
            f" WHEN new.deleted_at IS NULL BEGIN {move('+ 1')} END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table}"
            f" WHEN old.deleted_at IS NULL BEGIN {move('- 1')} END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_count_au AFTER UPDATE OF deleted_at ON {table}"
            f" WHEN (old.deleted_at IS NULL) != (new.deleted_at IS NULL) BEGIN"
            f" {move('+ (CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END)')} END"
        )


def live_count(desk: Desk, table: str) -> int:
    """How many live rows ``table`` holds, read from the kept count."""
    if table not in COUNTED:
        raise ValueError(f"no kept count for {table}")
    rows = desk.query("SELECT n FROM live_counts WHERE name = ?", [table])
    return int(rows[0]["n"]) if rows else 0
