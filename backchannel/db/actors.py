"""Actors: who speaks or acts, with aliases and affiliation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .desk import ChangeWriter, NotFound
from .models import ACTOR_KINDS, Actor

if TYPE_CHECKING:
    from .desk import Desk

_SELECT = """
    SELECT a.id, a.uuid, a.name, a.kind, a.aliases, a.affiliation_id,
           p.name AS affiliation_name, a.note
    FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id
"""


def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        id=row["id"],
        uuid=row["uuid"],
        name=row["name"],
        kind=row["kind"],
        aliases=tuple(json.loads(row["aliases"] or "[]")),
        affiliation_id=row["affiliation_id"],
        affiliation_name=row["affiliation_name"],
        note=row["note"],
    )


class ActorStore:
    """Reads and writes actors on one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def get(self, actor_id: int) -> Actor:
        """One actor."""
        rows = self.desk.query(f"{_SELECT} WHERE a.id = ? AND a.deleted_at IS NULL", [actor_id])
        if not rows:
            raise NotFound(f"no actor {actor_id}")
        return _actor(rows[0])

    def find(self, name: str) -> list[Actor]:
        """Actors whose name or an alias is ``name``, ignoring case."""
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.deleted_at IS NULL AND (a.name = :n COLLATE NOCASE
                OR EXISTS (SELECT 1 FROM json_each(a.aliases) j
                           WHERE j.value = :n COLLATE NOCASE))
                ORDER BY a.id""",
            {"n": " ".join(name.split())},
        )
        return [_actor(r) for r in rows]

    def add(
        self,
        name: str,
        *,
        kind: str | None = None,
        aliases: Iterable[str] = (),
        affiliation_id: int | None = None,
        note: str | None = None,
        change: ChangeWriter | None = None,
    ) -> int:
        """Add an actor; return its id."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("an actor needs a name")
        if kind is not None and kind not in ACTOR_KINDS:
            raise ValueError(f"actor kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
        values = {
            "name": name,
            "kind": kind,
            "aliases": json.dumps([a for a in aliases if a.strip()], ensure_ascii=False),
            "affiliation_id": affiliation_id,
            "note": note,
        }
        if change is not None:
            return change.insert("actors", values)
        with self.desk.change("Add actor") as own:
            return own.insert("actors", values)
