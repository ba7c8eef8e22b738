"""What every kind of item shares: its table, its note, names for completion."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .desk import Desk

TABLES: dict[str, str] = {
    "statement": "statements",
    "source": "sources",
    "actor": "actors",
    "event": "events",
}


def set_note(desk: Desk, kind: str, item_id: int, note: str | None) -> None:
    """Give an item a note (None or blank removes it); searchable with the item."""
    table = TABLES[kind]
    with desk.change(f"Note on {kind}") as change:
        change.live(table, item_id, kind)
        change.update(table, item_id, {"note": note if note and note.strip() else None})


def like_prefix(text: str) -> str:
    """A LIKE pattern for text starting with ``text``, its wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def topic_names(desk: Desk, prefix: str, limit: int = 10) -> list[str]:
    """Topic names starting with ``prefix``, any case, shortest first."""
    rows = desk.query(
        "SELECT name FROM topics WHERE name LIKE ? ESCAPE '\\' ORDER BY length(name), name LIMIT ?",
        [like_prefix(prefix), limit],
    )
    return [r["name"] for r in rows]


def source_names(desk: Desk, prefix: str, limit: int = 10) -> list[str]:
    """Outlets and titles starting with ``prefix``, any case, newest sources first.
    "Tele" finds the outlet "The Telegraph" as "Telegraph"."""
    rows = desk.query(
        """SELECT name FROM (
               SELECT CASE WHEN outlet LIKE :p ESCAPE '\\' THEN outlet ELSE substr(outlet, 5) END
                      AS name, max(id) AS newest
               FROM sources WHERE deleted_at IS NULL
                 AND (outlet LIKE :p ESCAPE '\\' OR outlet LIKE 'The ' || :p ESCAPE '\\')
               GROUP BY outlet
               UNION ALL
               SELECT title, id FROM sources
               WHERE deleted_at IS NULL AND title LIKE :p ESCAPE '\\')
           ORDER BY newest DESC LIMIT :n""",
        {"p": like_prefix(prefix), "n": limit},
    )
    return list(dict.fromkeys(r["name"] for r in rows))
