"""The trash: deleting moves an item here (undoable); restoring brings it back.

Deleting a source or actor that statements point to never orphans or removes
them silently: the caller says what becomes of them, ``"trash"`` (they go to
the trash too) or ``"keep"`` (they stay, no longer pointing to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .changes import ChangeWriter, NotFound
from .items import TABLES

if TYPE_CHECKING:
    from .desk import Desk

Kind = Literal["statement", "source", "actor", "event"]
_LABEL_SQL = {
    "statement": "substr(text, 1, 200)",
    "source": "coalesce(outlet || ': ', '') || title",
    "actor": "name",
    "event": "title",
}


@dataclass(frozen=True)
class TrashItem:
    """Something in the trash."""

    kind: str
    id: int
    label: str
    deleted_at: str


def dependents(desk: Desk, kind: str, item_id: int) -> int:
    """How many live statements point to this source or actor."""
    column = {"source": "source_id", "actor": "speaker_id"}.get(kind)
    if column is None:
        return 0
    rows = desk.query(
        f"SELECT count(*) AS n FROM statements WHERE {column} = ? AND deleted_at IS NULL",
        [item_id],
    )
    return int(rows[0]["n"])


def trash(desk: Desk, kind: str, item_id: int, statements: str = "keep") -> str:
    """Move an item to the trash; return what was done, in words."""
    if kind not in TABLES:
        raise ValueError(f"cannot delete a {kind!r}")
    if statements not in ("keep", "trash"):
        raise ValueError("statements must be 'keep' or 'trash'")
    with desk.change(f"Delete {kind}") as change:
        row = change.live(TABLES[kind], item_id, kind)
        stamp = {"deleted_at": change.at}
        change.update(TABLES[kind], item_id, stamp)
        moved = 0
        if kind in ("source", "actor"):
            column = "source_id" if kind == "source" else "speaker_id"
            ids = [
                r[0]
                for r in change.conn.execute(
                    f"SELECT id FROM statements WHERE {column} = ? AND deleted_at IS NULL",
                    [item_id],
                )
            ]
            for statement_id in ids:
                values = stamp if statements == "trash" else {column: None}
                change.update("statements", statement_id, values)
            moved = len(ids)
        _unlink_references(change, kind, item_id)
    name = row.get("title") or row.get("name") or (row.get("text") or "")[:40]
    said = f"Moved {kind} “{name}” to the trash"
    if moved:
        said += f", and its {moved} statement{'s' if moved != 1 else ''}"
        said += " too" if statements == "trash" else " kept"
    return said


def _unlink_references(change: ChangeWriter, kind: str, item_id: int) -> None:
    """Other rows stop pointing to a deleted item (undo puts them back)."""
    references = {
        "source": [("sources", "relays_id"), ("events", "source_id")],
        "actor": [("statements", "relayed_by_id"), ("actors", "affiliation_id")],
    }.get(kind, [])
    for table, column in references:
        for (row_id,) in change.conn.execute(
            f"SELECT id FROM {table} WHERE {column} = ?", [item_id]
        ).fetchall():
            change.update(table, row_id, {column: None})
    if kind == "actor":
        for (event_id,) in change.conn.execute(
            "SELECT event_id FROM event_actors WHERE actor_id = ?", [item_id]
        ).fetchall():
            change.unlink("event_actors", event_id=event_id, actor_id=item_id)


def restore(desk: Desk, kind: str, item_id: int) -> None:
    """Bring an item back from the trash."""
    with desk.change(f"Restore {kind}") as change:
        if change.row(TABLES[kind], "id = ? AND deleted_at IS NOT NULL", [item_id]) is None:
            raise NotFound(f"no {kind} {item_id} in the trash")
        change.update(TABLES[kind], item_id, {"deleted_at": None})


def items(desk: Desk, limit: int = 200) -> list[TrashItem]:
    """What is in the trash, most recently deleted first."""
    parts = [
        f"SELECT * FROM (SELECT '{kind}' AS kind, id, {_LABEL_SQL[kind]} AS label, deleted_at"
        f" FROM {table} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT {limit})"
        for kind, table in TABLES.items()
    ]
    sql = " UNION ALL ".join(parts) + f" ORDER BY deleted_at DESC, id DESC LIMIT {limit}"
    return [TrashItem(**row) for row in desk.query(sql)]
