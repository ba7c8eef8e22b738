"""One way to tell whether two names are the same name.

"Keir  Starmer", "keir starmer", "Keir\u200bStarmer" and "KEIR STARMER" are one
person to a reader, and "Šefčovič" typed as "Sefcovic" is the same man. Every
find-or-create of an actor, a source or a topic compares ``name_key()``s, so a
name typed twice in slightly different ways never makes two rows. The key is
registered on every desk connection as the SQL function ``bc_name_key``.
"""

from __future__ import annotations

import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .changes import ChangeWriter
    from .desk import Desk

#: Invisible characters that copy-paste from the web leaves inside names.
_INVISIBLE = dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])


def name_key(name: object) -> str:
    """The form of a name that is compared: NFKC, no accents, no invisible
    characters, case-folded, single-spaced."""
    if name is None:
        return ""
    text = str(name)
    if text.isascii():  # most names: nothing to normalise but case and spaces
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def not_plain_sql(column: str) -> str:
    """SQL: the name in ``column`` is not *plain* (printable ASCII,
    single-spaced and trimmed). A plain name keys to its lower case."""
    return (
        f"({column} GLOB '*[^ -~]*' OR {column} GLOB ' *' OR {column} GLOB '* '"
        f" OR instr({column}, '  '))"
    )


def not_plain_json_sql(column: str) -> str:
    """SQL: the JSON list of names in ``column`` may hold a name that is not
    plain, or one written with escapes: anything but printable ASCII, a
    backslash, a double space, or a quotation mark with a space inside it."""
    return (
        f"({column} GLOB '*[^ -~]*' OR instr({column}, '\\') OR instr({column}, '  ')"
        f" OR instr({column}, '\" ') OR instr({column}, ' \",') OR instr({column}, ' \"]'))"
    )


#: Actors whose name, or whose aliases, may not be plain: the few that
#: ``ActorStore.find`` keys whatever it looks for. Partial indexes (m012) hold
#: them; a query names them by these very expressions, so SQLite uses them.
ODD_NAME = not_plain_sql("name")
ODD_ALIASES = f"aliases != '[]' AND {not_plain_json_sql('aliases')}"


def name_key_sql(column: str) -> str:
    """SQL for ``name_key(column)`` that calls into Python only for the names
    that need it: a plain name keys to its lower case, which SQLite computes
    itself; finding one name among 5,000 actors was 10,000 calls of
    ``bc_name_key`` (30 ms) before."""
    return (
        f"(CASE WHEN {not_plain_sql(column)} THEN bc_name_key({column}) ELSE lower({column}) END)"
    )


def tidy_name(name: str) -> str:
    """A name as it is stored: invisible characters gone, single-spaced, as typed."""
    return " ".join(unicodedata.normalize("NFC", name.translate(_INVISIBLE)).split())


def register(conn: sqlite3.Connection) -> None:
    """Make ``bc_name_key(text)`` callable in this connection's SQL."""
    conn.create_function("bc_name_key", 1, name_key, deterministic=True)


# -- finding or adding a name: the one place, always inside the change ------------


def resolve_actor(desk: Desk, name: str | None) -> tuple[int | None, str | None]:
    """(id, None) for the one actor so named; (None, name) when there is none yet.

    A name is found by an actor's name or alias, else as the surname of one
    ("Starmer" is Keir Starmer), else as holding one's whole name ("Shipping
    analyst Joris Baert" is Joris Baert). Raises ValueError when the name could
    mean several actors.
    """
    if name is None or not tidy_name(name):
        return None, None
    found = desk.actors.find(name) or desk.actors.by_surname(name) or desk.actors.within(name)
    if len(found) > 1:
        names = ", ".join(a.name for a in found[:4])
        raise ValueError(f"“{tidy_name(name)}” could mean {names}: give the full name")
    return (found[0].id, None) if found else (None, tidy_name(name))


def ensure_actor(
    change: ChangeWriter, name: str | None, created: list[str] | None = None
) -> int | None:
    """The id of the actor so named, adding one if there is none (noted in ``created``).

    Run inside the change, whose BEGIN IMMEDIATE holds the desk: two writers
    adding the same new name cannot both find it missing."""
    actor_id, new = resolve_actor(change.desk, name)
    if new is None:
        return actor_id
    if created is not None:
        created.append(f"actor {new}")
    return change.desk.actors.add(new, change=change)


def ensure_source(
    change: ChangeWriter,
    name: str | None,
    *,
    url: str | None = None,
    created: list[str] | None = None,
) -> int | None:
    """The source a person means by ``name`` (see SourceStore.match), else a new
    one with that title and outlet."""
    if name is None or not tidy_name(name):
        return None
    found = change.desk.sources.match(name)
    if found is not None:
        return found.id
    name = tidy_name(name)
    if created is not None:
        created.append(f"source {name}")
    return change.desk.sources.add(name, outlet=name, url=url, change=change)


def ensure_topics(change: ChangeWriter, names: Iterable[str]) -> list[int]:
    """Ids of the named topics, compared by ``name_key``, creating the missing ones."""
    ids = []
    for name in names:
        name = tidy_name(name)
        if not name:
            continue
        found = change.conn.execute(
            f"SELECT id FROM topics WHERE name = ? COLLATE NOCASE OR {name_key_sql('name')} = ?"
            " ORDER BY id LIMIT 1",
            [name, name_key(name)],
        ).fetchone()
        ids.append(
            found[0] if found else change.insert("topics", {"name": name, "uuid": topic_uuid(name)})
        )
    return list(dict.fromkeys(ids))


_TOPIC_SPACE = uuid.UUID("0c9f3d55-8f0e-4c1b-b0a4-746f70696373")


def topic_uuid(name: str) -> str:
    """A topic's uuid, made from its name: two copies of a desk that each add
    "sanctions" add the same topic, and merge finds it by uuid like any other."""
    return str(uuid.uuid5(_TOPIC_SPACE, name_key(name)))
