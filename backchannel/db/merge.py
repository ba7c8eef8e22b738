"""Desks that merge: bring in what another copy of the desk did since they last met.

Built on the ``history`` log every desk already keeps rather than on SQLite
sessions: history has each change's id, author and time, which a changeset
has not; it holds whole rows, so items are matched by uuid and references
remapped to this desk's ids (a changeset carries integer keys, and lost one
of two new statements to an id clash when tried); and it needs no extension
module. "Since they last met" is exact: a change carries the same id on
every copy it reaches, so merge replays just the other copy's changes this
desk has not got, in the order they were made, each under its own id,
author and time. Merging twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .changes import ENTITY_TABLES, ChangeWriter
from .replay import JOIN_KEYS, REFERENCES, Replayer, Tally, _points_to

if TYPE_CHECKING:
    from .desk import Desk


class MergeError(ValueError):
    """A merge that cannot be made; nothing was written."""


def _name(desk: Desk) -> str:
    return desk.path.name if desk.path is not None else "the other desk"


def unseen(mine: Desk, theirs: Desk) -> list[dict[str, Any]]:
    """The other copy's changes this desk has not got, oldest first."""
    known = {r["change_id"] for r in mine.query("SELECT change_id FROM changes")}
    rows = theirs.query("SELECT * FROM changes ORDER BY id")
    return [r for r in rows if r["change_id"] not in known]


def pull(mine: Desk, theirs: Desk) -> Tally:
    """Replay on ``mine`` every change of ``theirs`` it has not got: one transaction."""
    if mine.path is not None and theirs.path is not None and same_file(mine.path, theirs.path):
        raise MergeError(f"{theirs.path}: is this desk itself")
    new = unseen(mine, theirs)
    lost = sum(c["kind"] == "compacted" for c in new)
    if lost:
        raise MergeError(
            f"{theirs.path}: was compacted past {lost:,} changes this desk never got;"
            " merge the copies before compacting either"
        )
    tally = Tally()
    if not new:
        return tally
    with mine.change(f"Merge from {_name(theirs)}") as outer:
        replayer = Replayer(mine, theirs, tally)
        for change, rows in _with_history(theirs, new):
            writer = ChangeWriter(mine, change["label"], change["kind"], change["target"])
            writer.change_id = change["change_id"]
            writer.at = change["at"]
            writer.author = change["author"] or "someone"
            for row in rows:
                before = json.loads(row["before"]) if row["before"] else None
                after = json.loads(row["after"]) if row["after"] else None
                replayer.apply(writer, row["action"], row["table_name"], before, after)
            outer.conn.execute(
                "INSERT INTO changes (change_id, at, label, kind, target, author, undone,"
                " redoable) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [change[k] for k in ("change_id", "at", "label", "kind", "target", "author",
                                     "undone", "redoable")],
            )  # fmt: skip
            if change["kind"] in ("undo", "redo") and change["target"]:
                outer.conn.execute(
                    "UPDATE changes SET undone = ? WHERE change_id = ?",
                    [1 if change["kind"] == "undo" else 0, change["target"]],
                )
            tally.changes += 1
            tally.authors[writer.author] += 1
    return tally


def _with_history(
    theirs: Desk, changes: list[dict[str, Any]], batch: int = 500
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each change with its history rows in order, read a batch of changes at a time."""
    for start in range(0, len(changes), batch):
        chunk = changes[start : start + batch]
        marks = ", ".join("?" for _ in chunk)
        rows: dict[str, list[dict[str, Any]]] = {c["change_id"]: [] for c in chunk}
        for row in theirs.query(
            "SELECT change_id, action, table_name, before, after FROM history"
            f" WHERE change_id IN ({marks}) ORDER BY id",
            [c["change_id"] for c in chunk],
        ):
            rows[row["change_id"]].append(row)
        for change in chunk:
            yield change, rows[change["change_id"]]


def waiting(desk: Desk) -> int:
    """How many conflicts wait for a decision."""
    return int(desk.query("SELECT count(*) AS n FROM conflicts WHERE state = 'pending'")[0]["n"])


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except OSError:
        return False


def content(desk: Desk) -> dict[str, Any]:
    """Everything a desk holds, by uuid, with references as uuids: two copies that
    hold the same compare equal whatever ids each gave its rows."""
    uuids: dict[tuple[str, int], str] = {}
    for table in ENTITY_TABLES:
        for row in desk.query(f"SELECT id, uuid FROM {table}"):
            uuids[(table, row["id"])] = row["uuid"]
    found: dict[str, Any] = {}
    skip = {"id", "reported", "reported_earliest", "reported_latest"}
    for table in ENTITY_TABLES:
        rows = {}
        for row in desk.query(f"SELECT * FROM {table}"):
            for column, value in row.items():
                target = _points_to(table, column, row)
                if target is not None and value is not None:
                    row[column] = uuids.get((target, value))
            rows[row["uuid"]] = {k: v for k, v in row.items() if k not in skip}
        found[table] = rows
    for table, key in JOIN_KEYS.items():
        refs = REFERENCES[table]
        found[table] = sorted(
            (
                tuple(uuids.get((refs[c], row[c])) if c in key else row[c] for c in row)
                for row in desk.query(f"SELECT * FROM {table}")
            ),
            key=repr,
        )
    return found
