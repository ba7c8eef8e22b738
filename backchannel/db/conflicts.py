"""Conflicts: what two copies of a desk changed differently, waiting for a person.

Merge (``db/replay.py``) keeps this desk's value and queues the other's here.
Deciding is an ordinary change (its author's, undoable): keep mine, keep
theirs, or a value typed anew; the item takes it and the conflict says what
was decided, which the next merge carries to the other copy.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .changes import NotFound
from .dates import parse_edtf
from .replay import GROUPS, _points_to, put_field

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .changes import ChangeWriter
    from .desk import Desk

#: What a reference shows as: the name or title of the row it points to.
_LABELS = {
    "actors": "name", "sources": "title", "statements": "text", "events": "title",
    "topics": "name",
}  # fmt: skip
KINDS = {"statements": "statement", "sources": "source", "actors": "actor", "events": "event",
         "topics": "topic", "candidates": "proposal", "saved_filters": "saved filter"}  # fmt: skip


@dataclass(frozen=True)
class Conflict:
    """One field of one item, changed differently here and on another copy."""

    id: int
    table_name: str
    field: str
    mine: Any
    """This desk's value (kept until decided); a reference as the uuid it points to."""
    theirs: Any
    their_author: str | None
    their_at: str | None
    state: str
    item_id: int | None
    """The item's id on this desk; None if it is no longer here."""
    item_label: str
    """The item in a few words: its text, title or name."""

    @property
    def kind(self) -> str:
        return KINDS.get(self.table_name, self.table_name)

    @property
    def is_reference(self) -> bool:
        """True for a field that points to another item (a speaker, a source)."""
        return _points_to(self.table_name, self.field, {"kind": "statement"}) is not None


class ConflictStore:
    """Reads the conflicts of a desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _rows(self, where: str, params: list[Any]) -> list[Conflict]:
        rows = self.desk.query(f"SELECT * FROM conflicts WHERE {where} ORDER BY id", params)
        return [self._conflict(r) for r in rows]

    def _conflict(self, row: dict[str, Any]) -> Conflict:
        table = row["table_name"]
        label_column = _LABELS.get(table, "uuid")
        found = self.desk.query(
            f'SELECT *, "{label_column}" AS bc_label FROM "{table}" WHERE uuid = ?',
            [row["row_uuid"]],
        )
        mine = json.loads(row["mine"]) if row["mine"] is not None else None
        if found and row["state"] == "pending":  # yours as it is now, if edited since
            mine = self._portable(table, row["field"], found[0])
        return Conflict(
            id=row["id"],
            table_name=table,
            field=row["field"],
            mine=mine,
            theirs=json.loads(row["theirs"]) if row["theirs"] is not None else None,
            their_author=row["their_author"],
            their_at=row["their_at"],
            state=row["state"],
            item_id=found[0]["id"] if found else None,
            item_label=str(found[0]["bc_label"] or "") if found else "(no longer on this desk)",
        )

    def _portable(self, table: str, field: str, item: dict[str, Any]) -> Any:
        """An item's field as a conflict keeps it: a date as a list, a reference as a uuid."""
        columns = GROUPS.get(table, {}).get(field, (field,))
        if len(columns) > 1:
            return [item.get(c) for c in columns]
        target = _points_to(table, field, item)
        value = item.get(field)
        if target is None or value is None:
            return value
        found = self.desk.query(f'SELECT uuid FROM "{target}" WHERE id = ?', [value])
        return found[0]["uuid"] if found else None

    def pending(self) -> list[Conflict]:
        """Every conflict waiting for a decision, oldest first."""
        return self._rows("state = 'pending'", [])

    def by_ids(self, ids: list[int]) -> list[Conflict]:
        if not ids:
            return []
        return self._rows(f"id IN ({', '.join('?' for _ in ids)})", list(ids))

    def of_item(self, table: str, item_id: int) -> list[Conflict]:
        """The conflicts waiting on one item (for its detail: both values shown)."""
        found = self.desk.query(f'SELECT uuid FROM "{table}" WHERE id = ?', [item_id])
        if not found:
            return []
        return self._rows("state = 'pending' AND row_uuid = ?", [found[0]["uuid"]])

    def shown(self, conflict: Conflict, value: Any) -> str:
        """A value as a person reads it: a reference as the name it points to."""
        if isinstance(value, list):  # a date: as written
            value = value[0] if value else None
        if value is None:
            return "(empty)"
        target = _points_to(conflict.table_name, conflict.field, {"kind": "statement"})
        if target is None:
            return str(value)
        column = _LABELS.get(target, "uuid")
        found = self.desk.query(
            f'SELECT "{column}" AS label FROM "{target}" WHERE uuid = ?', [value]
        )
        return str(found[0]["label"]) if found else "(gone)"

    def decide(self, conflict_id: int, choice: str, value: Any = None) -> Conflict:
        """Keep ``mine``, ``theirs``, or (``edited``) ``value``; the conflict as it was."""
        with self.desk.change(f"Decide a conflict: {choice}") as w:
            row = w.row("conflicts", "id = ? AND state = 'pending'", [conflict_id])
            if row is None:
                raise NotFound(f"no conflict {conflict_id} waits")
            conflict = self._conflict(row)
            if choice == "mine":
                chosen = conflict.mine
            elif choice == "theirs":
                chosen = conflict.theirs
            elif choice == "edited":
                if conflict.is_reference:
                    raise ValueError(f"{conflict.field} names another item: keep mine or theirs")
                chosen = _typed(conflict, value)
            else:
                raise ValueError(f"a conflict is decided mine, theirs or edited, not {choice!r}")
            w.relabel(f"Decide a conflict on {conflict.kind} {conflict.field}: keep {choice}")
            item = w.row(conflict.table_name, "uuid = ?", [row["row_uuid"]])
            if item is not None:
                _put(w, conflict, item, chosen)
            decided = json.dumps(chosen, ensure_ascii=False)
            w.update("conflicts", conflict_id, {"state": "decided", "decided": decided})
        return conflict


def _put(w: ChangeWriter, conflict: Conflict, item: dict[str, Any], chosen: Any) -> None:
    try:
        put_field(w, conflict.table_name, item, conflict.field, chosen)
    except sqlite3.IntegrityError:
        shown = chosen[0] if isinstance(chosen, list) else chosen
        raise ValueError(f"{shown!r} cannot be the {conflict.field} of a {conflict.kind}") from None


def _typed(conflict: Conflict, value: Any) -> Any:
    """A value typed for a conflict, as the field keeps it (a date read as EDTF)."""
    text = " ".join(str(value).split()) if value is not None else ""
    if conflict.field in GROUPS.get(conflict.table_name, {}):
        if not text:
            return [None, None, None]
        span = parse_edtf(text)
        return [span.edtf, span.earliest, span.latest]
    return text or None


def create_conflicts(db: Database) -> None:
    """The queue of conflicts a merge leaves (m010)."""
    db.execute(
        """
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            field TEXT NOT NULL,
            mine TEXT,
            theirs TEXT,
            their_author TEXT,
            their_at TEXT,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'decided')),
            decided TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX idx_conflicts_uuid ON conflicts(uuid)")
    db.execute("CREATE INDEX idx_conflicts_queue ON conflicts(state, id)")
    db.execute("CREATE INDEX idx_conflicts_row ON conflicts(row_uuid, field)")
