"""The actors, in name order: who speaks, what else they are called, whom they
belong to, how many statements they made. Pages through any number."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text

from backchannel.db import Desk, PageRequest
from backchannel.db.actors import ActorRow, actor_key
from backchannel.tui.text import literal

from .paged_table import PagedTable


class ActorsTable(PagedTable[ActorRow]):
    """Every actor on the desk; the search narrows it by name or alias."""

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("name", "Name", None),
        ("aliases", "Also called", 22),
        ("of", "Belongs to", 16),
        ("count", "Stmts", 5),
    ]

    TITLE = "Actors"

    def __init__(self, desk: Desk, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.desk = desk
        self.search = ""
        """Words a name or alias must hold (the / key)."""

    def fetch(self, request: PageRequest) -> list[ActorRow]:
        return self.desk.actors.page(request, search=self.search)

    def count(self) -> int:
        return self.desk.actors.count(search=self.search)

    def key_of(self, item: ActorRow) -> tuple[str, int]:
        return actor_key(item)

    def row_key(self, item: ActorRow) -> str:
        return f"actor:{item.actor.id}"

    def narrowing(self) -> list[str]:
        return [f"“{self.search}”"] if self.search else []

    def cells(self, item: ActorRow) -> list[Text]:
        a = item.actor
        name = literal(a.name, 200, style="bold")
        if item.members:
            name.append(f"  +{item.members}", style="dim")
        return [
            name,
            literal(", ".join(a.aliases), 200, style="dim"),
            literal(a.affiliation_name or "", 100),
            Text(f"{item.statements:>5}", style="dim"),
        ]
