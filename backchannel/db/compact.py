"""A desk that stays private when copied: compacting drops old history and the trash.

History keeps every row's before and after, so words removed long ago are
still in the file. ``compact`` empties the trash for good (what pointed to
those items stops pointing to them), drops the history of every change made
before a chosen point, and VACUUMs, so the file no longer holds them.

The changes themselves stay listed (id, author, time; no words) as
``compacted``: a copy that already has them merges as before, and undo
stops at them. A copy that never saw them cannot get them from this desk
any more, and merge says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .changes import ChangeWriter
from .replay import JOIN_KEYS, REFERENCES

if TYPE_CHECKING:
    from .desk import Desk

#: The trash, emptied statements first (they point to the others).
TRASH_TABLES = ("statements", "events", "sources", "actors")
_FTS = ("statements_fts", "statements_day_fts", "sources_fts", "events_fts", "actors_fts")


@dataclass
class Compacted:
    """What compacting removed."""

    purged: Counter[str] = field(default_factory=Counter)
    """Items taken out of the trash for good, by table."""
    history_rows: int = 0
    changes: int = 0
    """Changes whose history was dropped (they stay listed, without words)."""
    bytes_before: int = 0
    bytes_after: int = 0


def purge_row(w: ChangeWriter, table: str, row_id: int, *, keep_words: bool = True) -> None:
    """Remove an item for good: its tags and links go, rows pointing to it stop
    pointing (a proposal goes with its article). ``keep_words``: history keeps the
    row as it was (a merge replaying an undone insert); else only its uuid."""
    for join, key in JOIN_KEYS.items():
        for column in key:
            if REFERENCES[join][column] != table:
                continue
            rows = w.conn.execute(
                f'SELECT {", ".join(key)} FROM "{join}" WHERE "{column}" = ?', [row_id]
            ).fetchall()
            for found in rows:
                w.delete(join, dict(zip(key, found, strict=True)))
    for other, references in REFERENCES.items():
        if other in JOIN_KEYS:
            continue
        for column, target in references.items():
            if other == "candidates" and column == "result_id":
                if table not in ("statements", "events"):
                    continue
                sql = "SELECT id FROM candidates WHERE result_id = ? AND kind = ?"
                params: list[object] = [row_id, table[:-1]]
            elif target == table:
                sql = f'SELECT id FROM "{other}" WHERE "{column}" = ? AND id != ?'
                params = [row_id, row_id if other == table else -1]
            else:
                continue
            for (pointing,) in w.conn.execute(sql, params).fetchall():
                if (other, column) == ("candidates", "source_id"):
                    purge_row(w, "candidates", pointing, keep_words=keep_words)
                else:
                    w.update(other, pointing, {column: None})
    if keep_words:
        w.delete(table, {"id": row_id})
    else:
        w.purge(table, row_id)


def compact(desk: Desk, before: str) -> Compacted:
    """Empty the trash and drop the history of changes made before ``before``
    (an ISO 8601 UTC time, compared with each change's time); then VACUUM."""
    done = Compacted()
    if desk.path is not None:
        done.bytes_before = _size(desk)
    with desk.change("Compact: empty the trash", kind="compact") as w:
        gone: list[str] = []
        for table in TRASH_TABLES:
            trashed = w.conn.execute(
                f"SELECT id, uuid FROM {table} WHERE deleted_at IS NOT NULL"
            ).fetchall()
            for row_id, row_uuid in trashed:
                if w.row(table, "id = ?", [row_id]) is None:
                    continue  # went with something purged before it
                purge_row(w, table, row_id, keep_words=False)
                done.purged[table] += 1
                gone.append(row_uuid)
        # Their words, wherever history still has them (the purge itself keeps
        # only uuids); and conflicts about them wait for nothing.
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            cursor = w.conn.execute(
                f"DELETE FROM history WHERE row_uuid IN ({marks}) AND change_id != ?",
                [*chunk, w.change_id],
            )
            done.history_rows += cursor.rowcount
            w.conn.execute(f"DELETE FROM conflicts WHERE row_uuid IN ({marks})", chunk)
        old = "SELECT change_id FROM changes WHERE at < ? AND kind != 'compacted'"
        cursor = w.conn.execute(f"DELETE FROM history WHERE change_id IN ({old})", [before])
        done.history_rows += cursor.rowcount
        cursor = w.conn.execute(
            "UPDATE changes SET kind = 'compacted', label = '', target = NULL"
            " WHERE at < ? AND kind != 'compacted'",
            [before],
        )
        done.changes = cursor.rowcount
        for fts in _FTS:  # the index's segments hold removed words until merged
            w.conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")
    with desk.lock:
        desk.conn.execute("VACUUM")
        if desk.path is not None:
            desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            done.bytes_after = _size(desk)
    return done


def _size(desk: Desk) -> int:
    assert desk.path is not None
    total = 0
    for suffix in ("", "-wal"):
        path = desk.path.with_name(desk.path.name + suffix)
        if path.exists():
            total += path.stat().st_size
    return total
