"""Undo and redo, built on the history table, so they outlive the app.

Every change a person makes is a row in ``changes`` and its rows' before and
after in ``history``. Undo takes the newest change still standing and writes
each row back to its ``before``, newest row first; redo writes the ``after``
again, oldest first. Undo and redo are changes too (kind ``undo``/``redo``),
so the history says everything that happened. A row that no longer looks as
the change left it is not overwritten: the undo stops and says so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter

if TYPE_CHECKING:
    from .desk import Desk


class UndoConflict(RuntimeError):
    """A row was changed outside Backchannel's history since; nothing was undone."""


def _key(row: dict[str, Any]) -> dict[str, Any]:
    """What identifies a row: its id, or for a join row all of its columns."""
    return {"id": row["id"]} if "id" in row else dict(row)


def _check(change: ChangeWriter, table: str, expected: dict[str, Any] | None, what: str) -> None:
    where = _key(expected) if expected else {}
    current = (
        change.row(table, " AND ".join(f'"{c}" = ?' for c in where), list(where.values()))
        if where
        else None
    )
    ignore = {"updated_at"}
    same = (
        current is not None
        and expected is not None
        and all(current.get(k) == v for k, v in expected.items() if k not in ignore)
    )
    if not same:
        raise UndoConflict(f"cannot {what}: a {table} row has changed since")


def _put(change: ChangeWriter, table: str, row: dict[str, Any]) -> None:
    """Make an existing row hold ``row``'s values."""
    values = {k: v for k, v in row.items() if k != "id"}
    change.update(table, row["id"], values)


def _apply(
    change: ChangeWriter, action: str, table: str, before: Any, after: Any, undo: bool
) -> None:
    what = "undo" if undo else "redo"
    if undo:
        if action == "insert":
            _check(change, table, after, what)
            change.delete(table, _key(after))
        elif action == "update":
            _check(change, table, after, what)
            _put(change, table, before)
        else:  # a deleted row comes back
            change.insert(table, before)
    else:
        if action == "insert":
            change.insert(table, after)
        elif action == "update":
            _check(change, table, before, what)
            _put(change, table, after)
        else:
            _check(change, table, before, what)
            change.delete(table, _key(before))


def _replay(desk: Desk, target: dict[str, Any], undo: bool) -> str:
    rows = desk.query(
        f"SELECT action, table_name, before, after FROM history WHERE change_id = ?"
        f" ORDER BY id {'DESC' if undo else 'ASC'}",
        [target["change_id"]],
    )
    kind = "undo" if undo else "redo"
    label = f"{'Undo' if undo else 'Redo'}: {target['label']}"
    with desk.change(label, kind=kind, target=target["change_id"]) as change:
        for row in rows:
            before = json.loads(row["before"]) if row["before"] else None
            after = json.loads(row["after"]) if row["after"] else None
            _apply(change, row["action"], row["table_name"], before, after, undo)
        change.conn.execute(
            "UPDATE changes SET undone = ? WHERE change_id = ?",
            [1 if undo else 0, target["change_id"]],
        )
    return str(target["label"])


def undo(desk: Desk) -> str | None:
    """Undo the newest change still standing; its label, or None if none is left."""
    with desk.lock:
        found = desk.query(
            "SELECT change_id, label FROM changes WHERE kind = 'do' AND undone = 0"
            " ORDER BY id DESC LIMIT 1"
        )
        return _replay(desk, found[0], undo=True) if found else None


def redo(desk: Desk) -> str | None:
    """Redo the change undone last; its label, or None if there is nothing to redo."""
    with desk.lock:
        found = desk.query(
            "SELECT change_id, label FROM changes WHERE kind = 'do' AND undone = 1"
            " AND redoable = 1 ORDER BY id ASC LIMIT 1"
        )
        return _replay(desk, found[0], undo=False) if found else None
