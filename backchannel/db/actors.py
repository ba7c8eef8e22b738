"""Actors: who speaks or acts, with aliases and affiliation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .items import like_prefix
from .models import ACTOR_KINDS, Actor
from .names import ODD_ALIASES, ODD_NAME, name_key, name_key_sql, tidy_name
from .paging import FIRST, PageRequest, read_page

if TYPE_CHECKING:
    from .desk import Desk

_SELECT = """
    SELECT a.id, a.uuid, a.name, a.kind, a.aliases, a.affiliation_id,
           p.name AS affiliation_name, a.note
    FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id
"""


@dataclass(frozen=True)
class ActorRow:
    """An actor as the actors screen lists it."""

    actor: Actor
    statements: int
    members: int


def actor_key(row: ActorRow) -> tuple[str, int]:
    """The actors screen's sort key: the name in any case, then the id."""
    return (row.actor.name, row.actor.id)


_PAGE = """
    SELECT a.id, a.uuid, a.name, a.kind, a.aliases, a.affiliation_id,
           p.name AS affiliation_name, a.note,
           (SELECT count(*) FROM statements s
            WHERE s.speaker_id = a.id AND s.deleted_at IS NULL) AS statements,
           (SELECT count(*) FROM actors m
            WHERE m.affiliation_id = a.id AND m.deleted_at IS NULL) AS members
    FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id
"""
#: Read through the name index (idx_actors_name_nocase).
_PAGE_KEY = ["a.name COLLATE NOCASE", "a.id"]


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
        """Actors whose name or an alias is ``name``, compared by ``name_key``
        (case, accents, spacing and invisible characters aside).

        Only candidates are keyed: a plain name equal to the key in any case
        (the name index finds it), a name that is not plain, and aliases that
        hold the key's words in a row (the full-text index finds them) or may
        hold a name that is not plain. Names and aliases that are not plain are
        indexed apart (m012): none of the candidates is found by reading every
        actor. Keying every name and alias cost 36 ms among 5,000 actors;
        reading each to pick the candidates, 17 ms."""
        key = name_key(name)
        if any(c.isalnum() for c in key):
            phrase = '"' + key.replace('"', '""') + '"'
            aliases = "SELECT rowid FROM actors_fts WHERE actors_fts MATCH :phrase"
        else:  # (no words to look up: read the aliases)
            phrase = ""
            aliases = "SELECT id FROM actors WHERE instr(lower(aliases), :quoted)"
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.id IN (
                    SELECT id FROM actors WHERE name = :k COLLATE NOCASE
                    UNION ALL SELECT id FROM actors WHERE {ODD_NAME}
                    UNION ALL SELECT id FROM actors WHERE {ODD_ALIASES}
                    UNION ALL {aliases})
                AND a.deleted_at IS NULL AND ({name_key_sql("a.name")} = :k
                OR a.aliases != '[]' AND EXISTS (SELECT 1 FROM json_each(a.aliases) j
                           WHERE {name_key_sql("j.value")} = :k))
                ORDER BY a.id""",
            {"k": key, "quoted": json.dumps(key), "phrase": phrase},
        )
        return [_actor(r) for r in rows]

    def by_surname(self, name: str) -> list[Actor]:
        """People whose name ends in ``name``: "Starmer" is Keir Starmer, "El Amrani"
        is Yasmina El Amrani. A surname is capitalised: "officials" is no one's."""
        key = name_key(name)
        if not key or not tidy_name(name)[:1].isupper():
            return []
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.deleted_at IS NULL
                AND (' ' || {name_key_sql("a.name")}) LIKE ? ESCAPE '\\' ORDER BY a.id LIMIT 5""",
            ["% " + like_prefix(key)[:-1]],
        )
        return [_actor(r) for r in rows if r["name"].rsplit(" ", 1)[-1][:1].isupper()]

    def within(self, name: str) -> list[Actor]:
        """A person whose whole name (two words or more) ``name`` holds, or who is
        named with ``name`` inside a longer name: "Shipping analyst Joris Baert
        of Maritime Insight" and "Joris Baert" are one man, whichever came first."""
        key = name_key(name)
        if " " not in key or not tidy_name(name)[:1].isupper():
            return []
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.deleted_at IS NULL AND instr(a.name, ' ') > 0
                AND (instr(:k, ' ' || {name_key_sql("a.name")} || ' ') > 0
                     OR instr(' ' || {name_key_sql("a.name")} || ' ', :k) > 0)
                ORDER BY length(a.name), a.id LIMIT 5""",
            {"k": f" {key} "},
        )
        return [_actor(r) for r in rows if r["name"][:1].isupper()]

    def near(self, name: str, limit: int = 3) -> list[Actor]:
        """Actors whose name holds ``name`` as whole words ("officials" is near
        "UK officials"): what a person may have meant by a name not on the desk."""
        key = name_key(name)
        if len(key) < 3:
            return []
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.deleted_at IS NULL
                AND (' ' || {name_key_sql("a.name")} || ' ') LIKE ? ESCAPE '\\'
                ORDER BY length(a.name), a.id LIMIT ?""",
            ["% " + like_prefix(key)[:-1] + " %", limit],
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
        values = actor_values(name, kind, aliases, affiliation_id)
        values["note"] = note
        with self.desk.write(change, "Add actor") as c:
            return c.insert("actors", values)

    def update(
        self,
        actor_id: int,
        name: str,
        *,
        kind: str | None,
        aliases: Iterable[str],
        affiliation_id: int | None,
        note: str | None,
        change: ChangeWriter | None = None,
    ) -> None:
        """Change every field of an actor."""
        values = actor_values(name, kind, aliases, affiliation_id)
        values["note"] = note
        with self.desk.write(change, "Edit actor") as c:
            c.live("actors", actor_id, "actor")
            if affiliation_id is not None and self._loops(c, actor_id, affiliation_id):
                raise ValueError("an actor cannot belong, through others, to itself")
            c.update("actors", actor_id, values)

    @staticmethod
    def _loops(change: ChangeWriter, actor_id: int, parent_id: int) -> bool:
        seen: set[int] = set()
        current: int | None = parent_id
        while current is not None and current not in seen:
            if current == actor_id:
                return True
            seen.add(current)
            row = change.row("actors", "id = ?", [current])
            current = row["affiliation_id"] if row else None
        return False

    def page(self, request: PageRequest = FIRST, *, search: str = "") -> list[ActorRow]:
        """A page of actors in name order (any case), each with how many statements
        it made and how many actors belong to it; ``search`` keeps names and
        aliases holding those words."""
        where, params = ["a.deleted_at IS NULL"], []
        fts = self.desk.fts_query(search)
        if fts:
            where.append("a.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)")
            params.append(fts)
        rows = read_page(self.desk.query, _PAGE, where, params, _PAGE_KEY, request)
        return [ActorRow(_actor(r), r["statements"], r["members"]) for r in rows]

    def count(self, *, search: str = "") -> int:
        """How many live actors there are (with ``search``: whose names hold it)."""
        fts = self.desk.fts_query(search)
        extra = " AND id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)" if fts else ""
        rows = self.desk.query(
            f"SELECT count(*) AS n FROM actors WHERE deleted_at IS NULL{extra}",
            [fts] if fts else [],
        )
        return int(rows[0]["n"])

    def members(self, actor_id: int, limit: int = 20) -> list[Actor]:
        """The actors that belong to this one directly, by name."""
        rows = self.desk.query(
            f"""{_SELECT} WHERE a.affiliation_id = ? AND a.deleted_at IS NULL
                ORDER BY a.name COLLATE NOCASE LIMIT ?""",
            [actor_id, limit],
        )
        return [_actor(r) for r in rows]

    def names(self, prefix: str, limit: int = 10) -> list[str]:
        """Names and aliases starting with ``prefix`` (any case), for completion."""
        rows = self.desk.query(
            """SELECT name FROM (
                   SELECT a.name AS name, a.id FROM actors a WHERE a.deleted_at IS NULL
                   UNION ALL
                   SELECT j.value, a.id FROM actors a, json_each(a.aliases) j
                   WHERE a.deleted_at IS NULL)
               WHERE name LIKE ? ESCAPE '\\' ORDER BY length(name), name LIMIT ?""",
            [like_prefix(prefix), limit],
        )
        return [r["name"] for r in rows]


def actor_values(
    name: str, kind: str | None, aliases: Iterable[str], affiliation_id: int | None
) -> dict[str, Any]:
    """An actor's columns, checked; raises ValueError saying what is wrong."""
    name = tidy_name(name)
    if not name:
        raise ValueError("an actor needs a name")
    if kind is not None and kind not in ACTOR_KINDS:
        raise ValueError(f"actor kind must be one of {', '.join(ACTOR_KINDS)}, not {kind!r}")
    return {
        "name": name,
        "kind": kind,
        "aliases": json.dumps([tidy_name(a) for a in aliases if tidy_name(a)], ensure_ascii=False),
        "affiliation_id": affiliation_id,
    }
