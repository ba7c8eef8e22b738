"""The sources pane: pieces of reporting, newest first."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text

from backchannel.db import Desk, PageRequest, Source, source_key
from backchannel.tui.text import literal

from .paged_table import PagedTable


class SourcesPane(PagedTable[Source]):
    """Every source on the desk; ``enter`` narrows the statements to one."""

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("grade", "", 1),
        ("outlet", "Outlet ← relays", 30),
        ("title", "Title", None),
        ("count", "Stmts", 5),
    ]

    TITLE = "1 Sources"
    DESCENDING = True

    def __init__(self, desk: Desk, *, id: str | None = None, autoload: bool = True) -> None:
        super().__init__(id=id, autoload=autoload)
        self.desk = desk

    def fetch(self, request: PageRequest) -> list[Source]:
        return self.desk.sources.page(request, filter=self.filter)

    def count(self) -> int:
        return self.desk.sources.count(filter=self.filter)

    def detail_of(self, item: Source) -> tuple[str, int]:
        return ("source", item.id)

    def key_of(self, item: Source) -> tuple[int]:
        return source_key(item)

    def cells(self, item: Source) -> list[Text]:
        # "Ukrainska Pravda ← The Telegraph": who relays whom, where it is seen.
        outlet = literal(item.outlet or "", 100, style="bold")
        relays = item.relays_outlet or item.relays_title
        if relays:
            outlet.append(" ← ", style="dim").append_text(literal(relays, 200))
        return [
            Text(item.reliability or "·", style="bold" if item.reliability else "dim"),
            outlet,
            literal(item.title, 300),
            Text(f"{item.statement_count:>5}", style="dim"),
        ]
