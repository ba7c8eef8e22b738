"""Saved filters: a name for a filter line, offered in the command palette."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .desk import Desk


@dataclass(frozen=True)
class SavedFilter:
    id: int
    name: str
    query: str


class SavedFilters:
    """The desk's named filters (few: a person names them one by one)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def all(self, limit: int = 200) -> list[SavedFilter]:
        rows = self.desk.query(
            "SELECT id, name, query FROM saved_filters ORDER BY name COLLATE NOCASE LIMIT ?",
            [limit],
        )
        return [SavedFilter(**r) for r in rows]

    def save(self, name: str, query: str) -> None:
        """Name a filter line; a filter of the same name (any case) is replaced."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a saved filter needs a name")
        if not query.strip():
            raise ValueError("there is no filter to save")
        with self.desk.change(f"Save filter “{name}”") as change:
            old = change.row("saved_filters", "name = ? COLLATE NOCASE", [name])
            if old is None:
                change.insert("saved_filters", {"name": name, "query": query})
            else:
                change.update("saved_filters", old["id"], {"name": name, "query": query})

    def delete(self, name: str) -> None:
        with self.desk.change(f"Delete saved filter “{name}”") as change:
            old = change.row("saved_filters", "name = ? COLLATE NOCASE", [name])
            if old is None:
                raise ValueError(f"no saved filter named “{name}”")
            change.delete("saved_filters", {"id": old["id"]})
