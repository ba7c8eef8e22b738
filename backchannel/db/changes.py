"""The one way rows change: inside a ChangeWriter, which records every row's
before and after in ``history`` as it writes, within one transaction."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .desk import Desk

#: Tables whose rows carry a uuid and created/updated times.
ENTITY_TABLES = (
    "sources", "actors", "statements", "events", "topics", "candidates", "saved_filters",
)  # fmt: skip


class NotFound(LookupError):
    """No live row with that id."""


def now() -> str:
    """The current time as an ISO 8601 UTC timestamp (milliseconds)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def rows_as_dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Rows of a cursor as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class ChangeWriter:
    """Writes rows inside one transaction, logging each row's before and after."""

    def __init__(self, desk: Desk, label: str, kind: str = "do", target: str | None = None) -> None:
        self.desk = desk
        self.conn = desk.conn
        self.label = label
        self.kind = kind
        """do: a person's change; undo or redo: the undoing or redoing of ``target``."""
        self.target = target
        self.change_id = uuid.uuid4().hex
        self.at = now()
        self.rows_written = 0
        self.author = desk.author
        """Who the change is recorded as made by."""
        self.depth = 0
        """How many changes opened inside this one have joined it (see Desk.change)."""

    def relabel(self, label: str) -> None:
        """Say better what the change did, once it knows; a change that another
        has joined keeps the outer one's words ("Accept every proposal")."""
        if self.depth == 0:
            self.label = label

    def row(self, table: str, where: str, params: Sequence[Any]) -> dict[str, Any] | None:
        rows = rows_as_dicts(self.conn.execute(f'SELECT * FROM "{table}" WHERE {where}', params))
        return rows[0] if rows else None

    def live(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        """The row, if it is on the desk (not in the trash); else NotFound("no <what> <id>")."""
        row = self.row(table, "id = ? AND deleted_at IS NULL", [row_id])
        if row is None:
            raise NotFound(f"no {what} {row_id}")
        return row

    def _log(
        self,
        action: str,
        table: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        row = after or before or {}
        self.rows_written += 1
        self.conn.execute(
            "INSERT INTO history (change_id, at, label, action, table_name, row_id, row_uuid,"
            " before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.change_id,
                self.at,
                self.label,
                action,
                table,
                row.get("id"),
                row.get("uuid"),
                None if before is None else json.dumps(before, ensure_ascii=False),
                None if after is None else json.dumps(after, ensure_ascii=False),
            ),
        )

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert an entity row (uuid and times filled in); return its id."""
        values = dict(values)
        if table in ENTITY_TABLES:
            values.setdefault("uuid", str(uuid.uuid4()))
            values.setdefault("created_at", self.at)
            if table != "topics":
                values.setdefault("updated_at", self.at)
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(values.values())
        )
        row_id = cursor.lastrowid
        assert row_id is not None
        self._log("insert", table, None, self.row(table, "rowid = ?", [row_id]))
        return row_id

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> dict[str, Any]:
        """Change columns of one row; return the row as it now is."""
        before = self.row(table, "id = ?", [row_id])
        if before is None:
            raise NotFound(f"no {table} row {row_id}")
        if all(before.get(k) == v for k, v in values.items()):
            return before
        if "updated_at" in before and "updated_at" not in values:
            values = {**values, "updated_at": self.at}
        assignments = ", ".join(f'"{c}" = ?' for c in values)
        self.conn.execute(
            f'UPDATE "{table}" SET {assignments} WHERE id = ?', [*values.values(), row_id]
        )
        after = self.row(table, "id = ?", [row_id])
        self._log("update", table, before, after)
        assert after is not None
        return after

    def delete(self, table: str, where: dict[str, Any]) -> None:
        """Remove one row for good (join rows; undoing an insert). Entities go to
        the trash instead: ``update(..., {"deleted_at": ...})``."""
        clause = " AND ".join(f'"{c}" = ?' for c in where)
        before = self.row(table, clause, list(where.values()))
        if before is None:
            raise NotFound(f"no {table} row {where}")
        self.conn.execute(f'DELETE FROM "{table}" WHERE {clause}', list(where.values()))
        self._log("delete", table, before, None)

    def purge(self, table: str, row_id: int) -> None:
        """Remove an entity row for good, logging only its id and uuid, so the
        history keeps no trace of its words (emptying the trash when compacting)."""
        before = self.row(table, "id = ?", [row_id])
        if before is None:
            raise NotFound(f"no {table} row {row_id}")
        self.conn.execute(f'DELETE FROM "{table}" WHERE id = ?', [row_id])
        self._log("delete", table, {"id": row_id, "uuid": before.get("uuid")}, None)

    def unlink(self, table: str, **ids: int) -> None:
        """Remove a row from a join table, if it is there."""
        clause = " AND ".join(f'"{c}" = ?' for c in ids)
        if self.row(table, clause, list(ids.values())) is not None:
            self.delete(table, ids)

    def finish(self) -> None:
        """Record the change itself, if it changed anything (inside the transaction)."""
        if not self.rows_written:
            return
        author = self.author
        if self.kind == "do":
            # A new change ends the chance to redo what its author undid before it.
            self.conn.execute(
                "UPDATE changes SET redoable = 0 WHERE author = ? AND undone = 1 AND redoable = 1",
                [author],
            )
        self.conn.execute(
            "INSERT INTO changes (change_id, at, label, kind, target, author)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (self.change_id, self.at, self.label, self.kind, self.target, author),
        )

    def link(self, table: str, **ids: int) -> None:
        """Add a row to a join table, if it is not there already."""
        where = " AND ".join(f'"{c}" = ?' for c in ids)
        if self.row(table, where, list(ids.values())) is not None:
            return
        columns = ", ".join(f'"{c}"' for c in ids)
        marks = ", ".join("?" for _ in ids)
        self.conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(ids.values()))
        self._log("insert", table, None, dict(ids))
