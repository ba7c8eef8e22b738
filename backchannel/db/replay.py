"""Another copy's changes, replayed on this desk, field by field: the heart of merge.

Every change a desk records is in ``history``: each row's whole before and
after, under the change's id, author and time. A change made on another copy
is replayed here from those rows. Items are found by ``uuid``; a reference
to another row (a statement's speaker, a tag's topic) is read on the other
copy as that row's uuid and written here as this desk's id for it, so two
copies that each added rows never clash on ids.

An edit is merged field by field, three ways: a field this desk still holds
as the other copy had it before its edit takes the edit; a field that
already holds the new value is left; a field this desk changed otherwise is
a **conflict**: this desk's value stays and the other's waits in
``conflicts`` for a person to decide (``db/conflicts.py``). A conflict has
the same uuid on both copies (made from what disagrees), so a decision made
on either copy travels with the next merge like any other change.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter

if TYPE_CHECKING:
    from .desk import Desk

#: Columns that point to another row: table -> column -> the table pointed to.
#: A new table or reference column must be listed here, or merge copies its
#: integer ids as they are.
REFERENCES: dict[str, dict[str, str]] = {
    "sources": {"relays_id": "sources"},
    "actors": {"affiliation_id": "actors"},
    "statements": {"speaker_id": "actors", "source_id": "sources", "relayed_by_id": "actors"},
    "events": {"source_id": "sources"},
    "candidates": {"source_id": "sources", "result_id": "statements"},  # or events: _points_to
    "statement_topics": {"statement_id": "statements", "topic_id": "topics"},
    "event_topics": {"event_id": "events", "topic_id": "topics"},
    "event_actors": {"event_id": "events", "actor_id": "actors"},
    "statement_events": {"statement_id": "statements", "event_id": "events"},
    "statement_links": {"statement_id": "statements", "other_id": "statements"},
}

#: Join tables, by the columns that identify one of their rows.
JOIN_KEYS: dict[str, tuple[str, str]] = {
    "statement_topics": ("statement_id", "topic_id"),
    "event_topics": ("event_id", "topic_id"),
    "event_actors": ("event_id", "actor_id"),
    "statement_events": ("statement_id", "event_id"),
    "statement_links": ("statement_id", "other_id"),
}

#: Kept by triggers from other rows, never merged themselves.
DERIVED = frozenset({"id", "uuid", "created_at", "updated_at", "reported",
                     "reported_earliest", "reported_latest"})  # fmt: skip

#: Columns that change together, merged (and in conflict) as one field: a date
#: and the first and last day it can mean.
GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "statements": {"said": ("said", "said_earliest", "said_latest")},
    "events": {"happened": ("happened", "earliest", "latest")},
    "sources": {"published": ("published", "published_earliest", "published_latest")},
}

#: Tables whose names are unique: the same name added on both copies is one row.
UNIQUE_NAMES = {"topics": "name", "saved_filters": "name"}

_CONFLICT_SPACE = uuid.UUID("6f1d0b7e-3c0a-4d2e-9a57-6b61636b6368")


def _points_to(table: str, column: str, row: dict[str, Any]) -> str | None:
    """The table a column of ``row`` refers to, if it is a reference."""
    if table == "candidates" and column == "result_id":
        return "statements" if row.get("kind") == "statement" else "events"
    return REFERENCES.get(table, {}).get(column)


def fields(table: str, row: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """A row's mergeable fields: each a name and its columns (a date group, else one)."""
    groups = GROUPS.get(table, {})
    grouped = {c for columns in groups.values() for c in columns}
    found = [(name, columns) for name, columns in groups.items() if name in row]
    found += [(c, (c,)) for c in row if c not in grouped and c not in DERIVED]
    return found


def put_field(w: ChangeWriter, table: str, item: dict[str, Any], name: str, value: Any) -> None:
    """Give an item's field a portable value (a date group as a list, a reference
    as a uuid), as this desk stores it. A decision touches the item even where it
    keeps its value, so both copies end with the same updated_at."""
    columns = GROUPS.get(table, {}).get(name, (name,))
    if len(columns) > 1:
        values = dict(zip(columns, value or [None] * len(columns), strict=True))
    else:
        target = _points_to(table, name, item)
        if target is not None and value is not None:
            found = w.conn.execute(f'SELECT id FROM "{target}" WHERE uuid = ?', [value]).fetchone()
            value = found[0] if found else None
        values = {name: value}
    if item.get("updated_at") is not None:  # touched even if it keeps its value
        values["updated_at"] = max(item["updated_at"], w.at)
    w.update(table, item["id"], values)


def conflict_uuid(table: str, row_uuid: str, column: str, a: Any, b: Any) -> str:
    """The same on both copies: made from the item, the field and the two values."""
    values = sorted(json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (a, b))
    return str(uuid.uuid5(_CONFLICT_SPACE, json.dumps([table, row_uuid, column, values])))


@dataclass
class Tally:
    """What one direction of a merge brought in."""

    changes: int = 0
    authors: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    edited: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    links: int = 0
    unlinks: int = 0
    conflicts: int = 0
    """Conflicts this merge queued (a new disagreement, or a new value in a waiting one)."""


class Replayer:
    """Replays the other copy's history rows on this desk, inside one open change."""

    def __init__(self, mine: Desk, theirs: Desk, tally: Tally) -> None:
        self.mine = mine
        self.theirs = theirs
        self.tally = tally
        self._their_uuids: dict[tuple[str, int], str | None] = {}
        self._aliases: dict[tuple[str, str], int] = {}  # their uuid -> our row, same name
        self._columns: dict[str, set[str]] = {}

    # -- ids and uuids ---------------------------------------------------------------

    def their_uuid(self, table: str, row_id: int) -> str | None:
        """The uuid of the other copy's row ``row_id`` (from its history if it is gone)."""
        key = (table, row_id)
        if key not in self._their_uuids:
            rows = self.theirs.query(f'SELECT uuid FROM "{table}" WHERE id = ?', [row_id])
            if not rows:
                rows = self.theirs.query(
                    "SELECT row_uuid AS uuid FROM history WHERE table_name = ? AND row_id = ?"
                    " AND row_uuid IS NOT NULL ORDER BY id DESC LIMIT 1",
                    [table, row_id],
                )
            self._their_uuids[key] = rows[0]["uuid"] if rows else None
        return self._their_uuids[key]

    def my_id(self, w: ChangeWriter, table: str, row_uuid: str | None) -> int | None:
        if row_uuid is None:
            return None
        alias = self._aliases.get((table, row_uuid))
        if alias is not None:
            return alias
        found = w.conn.execute(f'SELECT id FROM "{table}" WHERE uuid = ?', [row_uuid]).fetchone()
        return found[0] if found else None

    def my_uuid(self, w: ChangeWriter, table: str, row_id: int) -> str | None:
        found = w.conn.execute(f'SELECT uuid FROM "{table}" WHERE id = ?', [row_id]).fetchone()
        return found[0] if found else None

    def columns(self, w: ChangeWriter, table: str) -> set[str]:
        if table not in self._columns:
            info = w.conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            self._columns[table] = {r[1] for r in info}
        return self._columns[table]

    def portable(
        self, table: str, column: str, value: Any, row: dict[str, Any], w: ChangeWriter | None
    ) -> Any:
        """A value as both copies can read it: a reference as the uuid it points to
        (``w`` given: a row of this desk; else a row of the other copy)."""
        target = _points_to(table, column, row)
        if target is None or value is None:
            return value
        if w is None:
            return self.their_uuid(target, value)
        return self.my_uuid(w, target, value)

    def local(
        self, w: ChangeWriter, table: str, column: str, value: Any, row: dict[str, Any]
    ) -> Any:
        """A portable value as this desk stores it (a uuid back to our id)."""
        target = _points_to(table, column, row)
        if target is None or value is None:
            return value
        return self.my_id(w, target, value)

    def _ours(self, w: ChangeWriter, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
        """The other copy's row with its references made ours; None if one it needs
        (a join row's ends, a proposal's article) is not on this desk."""
        values = {k: v for k, v in row.items() if k in self.columns(w, table)}
        for column, value in row.items():
            target = _points_to(table, column, row)
            if target is None or value is None:
                continue
            ours = self.my_id(w, target, self.their_uuid(target, value))
            if ours is None and (
                table in JOIN_KEYS or (table, column) == ("candidates", "source_id")
            ):
                return None
            values[column] = ours
        return values

    # -- replaying ---------------------------------------------------------------------

    def apply(self, w: ChangeWriter, action: str, table: str, before: Any, after: Any) -> None:
        """Replay one history row of the other copy's (within its change ``w``)."""
        if not self.columns(w, table):
            return  # a table this version of Backchannel does not have
        if table == "conflicts":
            if action == "update":
                self._decision(w, after)
            return
        if table in JOIN_KEYS:
            self._join(w, action, table, before, after)
            return
        # Their id names this row from here on (an id freed by an undone insert
        # may be given to another row later), so later rows resolve it as it was.
        row = after or before or {}
        if row.get("id") is not None and row.get("uuid"):
            self._their_uuids[(table, row["id"])] = row["uuid"]
        if action == "insert":
            self._insert(w, table, after)
        elif action == "update":
            self._update(w, table, before, after)
        else:
            self._delete(w, table, before)

    def _join(self, w: ChangeWriter, action: str, table: str, before: Any, after: Any) -> None:
        row = self._ours(w, table, after if action == "insert" else before)
        if row is None:
            return
        key = {c: row[c] for c in JOIN_KEYS[table]}
        where = " AND ".join(f'"{c}" = ?' for c in key)
        present = w.row(table, where, list(key.values()))
        if action == "insert" and present is None:
            w.insert(table, row)
            self.tally.links += 1
        elif action == "delete" and present == row:  # not a link this desk made otherwise
            w.delete(table, key)
            self.tally.unlinks += 1

    def _insert(self, w: ChangeWriter, table: str, after: dict[str, Any]) -> None:
        their_uuid = after.get("uuid")
        if their_uuid is None:
            return
        if self.my_id(w, table, their_uuid) is not None:
            if table in UNIQUE_NAMES and after.get("created_at"):
                # Added on both copies (a topic's uuid comes from its name): the
                # earlier time on both, as neither copy's change.
                w.conn.execute(
                    f'UPDATE "{table}" SET created_at = min(created_at, ?) WHERE uuid = ?',
                    [after["created_at"], their_uuid],
                )
            return
        name_column = UNIQUE_NAMES.get(table)
        if name_column is not None:
            same = w.row(table, f'"{name_column}" = ? COLLATE NOCASE', [after.get(name_column)])
            if same is not None:  # added on both copies: one row, found by name
                self._aliases[(table, their_uuid)] = same["id"]
                return
        values = self._ours(w, table, after)
        if values is None:
            return
        values.pop("id", None)
        for column in DERIVED - {"uuid", "created_at", "updated_at"}:
            values.pop(column, None)
        w.insert(table, values)
        self.tally.added[table] += 1

    def _update(
        self, w: ChangeWriter, table: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        row_uuid = after.get("uuid")
        current = w.row(table, "uuid = ?", [row_uuid]) if row_uuid else None
        if current is None or row_uuid is None:  # not here (purged, or never came): nothing to edit
            return
        values: dict[str, Any] = {}
        for name, columns in fields(table, after):
            if all(before.get(c) == after.get(c) for c in columns) or name not in current:
                continue
            theirs = self._value(table, columns, after, None)
            base = self._value(table, columns, before, None)
            mine = self._value(table, columns, current, w)
            if mine == theirs:
                continue
            if name == "deleted_at" and mine is not None and theirs is not None:
                if theirs < mine:  # deleted on both copies: the earlier time, on both
                    values[name] = theirs
                continue
            if mine == base:
                for c in columns:
                    values[c] = self.local(
                        w, table, c, after.get(c) if len(columns) > 1 else theirs, after
                    )
            else:
                self._conflict(w, table, row_uuid, name, mine, theirs)
        # Touched by their change even where it takes nothing (the same value, a
        # conflict): updated_at becomes the later of the two, so copies agree on it.
        stamp = current.get("updated_at")
        if not values:
            if stamp is not None and stamp < w.at:
                w.update(table, current["id"], {"updated_at": w.at})
            return
        if stamp is not None:
            values["updated_at"] = max(stamp, w.at)
        w.update(table, current["id"], values)
        if values.get("deleted_at") and not current.get("deleted_at"):
            self.tally.deleted[table] += 1
        else:
            self.tally.edited[table] += 1

    def _value(
        self, table: str, columns: tuple[str, ...], row: dict[str, Any], w: ChangeWriter | None
    ) -> Any:
        """A field's value as both copies read it: a date group as a list."""
        if len(columns) > 1:
            return [row.get(c) for c in columns]
        return self.portable(table, columns[0], row.get(columns[0]), row, w)

    def _delete(self, w: ChangeWriter, table: str, before: dict[str, Any]) -> None:
        row_id = self.my_id(w, table, before.get("uuid"))
        if row_id is not None:
            from .compact import purge_row

            purge_row(w, table, row_id, keep_words=len(before) > 2)
            self.tally.deleted[table] += 1

    # -- conflicts ---------------------------------------------------------------------

    def _conflict(
        self, w: ChangeWriter, table: str, row_uuid: str, column: str, mine: Any, theirs: Any
    ) -> None:
        """Keep ours, queue theirs. Not a change of anyone's (not in history): each
        copy finds the same conflict itself when the other's edit reaches it."""
        self.tally.conflicts += 1
        waiting = w.conn.execute(
            "SELECT id FROM conflicts WHERE table_name = ? AND row_uuid = ? AND field = ?"
            " AND state = 'pending'",
            [table, row_uuid, column],
        ).fetchone()
        theirs_json = json.dumps(theirs, ensure_ascii=False)
        if waiting is not None:  # a newer value of theirs for the same disagreement
            w.conn.execute(
                "UPDATE conflicts SET theirs = ?, their_author = ?, their_at = ?, updated_at = ?"
                " WHERE id = ?",
                [theirs_json, w.author, w.at, w.at, waiting[0]],
            )
            return
        w.conn.execute(
            "INSERT OR IGNORE INTO conflicts (uuid, table_name, row_uuid, field, mine, theirs,"
            " their_author, their_at, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
            [
                conflict_uuid(table, row_uuid, column, mine, theirs), table, row_uuid, column,
                json.dumps(mine, ensure_ascii=False), theirs_json, w.author, w.at, w.at, w.at,
            ],
        )  # fmt: skip

    def _decision(self, w: ChangeWriter, after: dict[str, Any]) -> None:
        """A conflict decided (or taken back) on the other copy: the same here. Keeping
        its own value wrote nothing to the item there, so the value comes from here."""
        local = w.row("conflicts", "uuid = ?", [after.get("uuid")])
        if local is None or local["state"] == after.get("state"):
            return
        if after.get("state") == "decided" and after.get("decided") is not None:
            table, column = local["table_name"], local["field"]
            item = w.row(table, "uuid = ?", [local["row_uuid"]])
            if item is not None:
                put_field(w, table, item, column, json.loads(after["decided"]))
        w.update(
            "conflicts", local["id"], {"state": after["state"], "decided": after.get("decided")}
        )
