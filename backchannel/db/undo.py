"""Undo and redo, built on the history table, so they outlive the app.

Every change a person makes is a row in ``changes`` and its rows' before and
after in ``history``. Undo takes the newest change still standing and writes
each row back to its ``before``, newest row first; redo writes the ``after``
again, oldest first. Undo and redo are changes too (kind ``undo``/``redo``),
so the history says everything that happened. A row that no longer looks as
the change left it is not overwritten: the undo stops and says so.

Each change has an author; undo and redo only ever take an author's own
changes, so one analyst's ``u`` never removes another's work. Where undoing
would overwrite what someone else changed since, it names them and stops.
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
        raise UndoConflict(f"cannot {what}: {_changed_by(change, table, where)} since")


def _changed_by(change: ChangeWriter, table: str, where: dict[str, Any]) -> str:
    """Who changed the row last, in words: "Ana changed this statement"."""
    noun = table[:-1] if table.endswith("s") else table
    if "id" not in where:
        return f"this {noun.replace('_', ' ')} has changed"
    found = change.conn.execute(
        "SELECT c.author FROM history h JOIN changes c ON c.change_id = h.change_id"
        " WHERE h.table_name = ? AND h.row_id = ? ORDER BY h.id DESC LIMIT 1",
        [table, where["id"]],
    ).fetchone()
    if found is None or found[0] is None:
        return f"this {noun} was changed outside Backchannel"
    if found[0] == change.desk.author:
        return f"you changed this {noun} again"
    return f"{found[0]} changed this {noun}"


def _put(change: ChangeWriter, table: str, row: dict[str, Any]) -> None:
    """Make an existing row hold ``row``'s values."""
    # updated_at is the time of the undo, not the time undone (so copies that
    # merge this change agree on it).
    values = {k: v for k, v in row.items() if k not in ("id", "updated_at")}
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


def _replay(desk: Desk, change: ChangeWriter, target: dict[str, Any], undo: bool) -> None:
    rows = desk.query(
        f"SELECT action, table_name, before, after FROM history WHERE change_id = ?"
        f" ORDER BY id {'DESC' if undo else 'ASC'}",
        [target["change_id"]],
    )
    for row in rows:
        before = json.loads(row["before"]) if row["before"] else None
        after = json.loads(row["after"]) if row["after"] else None
        _apply(change, row["action"], row["table_name"], before, after, undo)
    change.conn.execute(
        "UPDATE changes SET undone = ? WHERE change_id = ?",
        [1 if undo else 0, target["change_id"]],
    )


def undo(desk: Desk) -> str | None:
    """Undo the author's newest change still standing; its label, or None if none is left."""
    return _step(
        desk,
        "SELECT change_id, label FROM changes WHERE author = ? AND kind = 'do' AND undone = 0"
        " ORDER BY id DESC LIMIT 1",
        undo=True,
    )


def redo(desk: Desk) -> str | None:
    """Redo the change the author undid last; its label, or None if there is nothing to redo."""
    return _step(
        desk,
        "SELECT change_id, label FROM changes WHERE author = ? AND kind = 'do' AND undone = 1"
        " AND redoable = 1 ORDER BY id ASC LIMIT 1",
        undo=False,
    )


def _step(desk: Desk, find: str, *, undo: bool) -> str | None:
    # The target is found inside the change, so another process cannot undo
    # the same change between our finding it and replaying it.
    with desk.change("Undo" if undo else "Redo", kind="undo" if undo else "redo") as change:
        found = desk.query(find, [desk.author])
        if not found:
            return None
        target = found[0]
        change.relabel(f"{'Undo' if undo else 'Redo'}: {target['label']}")
        change.target = target["change_id"]
        _replay(desk, change, target, undo=undo)
        return str(target["label"])
