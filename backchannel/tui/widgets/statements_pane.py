"""The statements pane: what was said, in date order, tagged by stance."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType

from backchannel.db import Desk, PageRequest, Statement, statement_key
from backchannel.tui.text import clean, literal, placed_text
from backchannel.tui.widgets.tagging import TagKeys, tag_bindings
from backchannel.vocabulary import STANCE_MARKS

from .paged_table import PagedTable

_MARK_STYLES = {"public": "bold", "private": "bold reverse", None: "dim"}


def stance_mark(stance: str | None) -> Text:
    """How a stance shows in a pane: words, not colour alone."""
    key = stance if stance in _MARK_STYLES else None
    return Text(STANCE_MARKS[key], style=_MARK_STYLES[key])


class StatementsPane(TagKeys, PagedTable[Statement]):
    """Statements, all or from one source or event; ``p`` and ``a`` tag the focused one."""

    BINDINGS: ClassVar[list[BindingType]] = tag_bindings("statement")

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("stance", "", 4),
        ("said", "Said", 14),
        ("speaker", "Speaker", 18),
        ("text", "Statement", None),
    ]

    TITLE = "2 Statements"

    def __init__(
        self,
        desk: Desk,
        *,
        id: str | None = None,
        classes: str | None = None,
        autoload: bool = True,
    ) -> None:
        super().__init__(id=id, classes=classes, autoload=autoload)
        self.desk = desk
        self.source_id: int | None = None
        """When set, only statements read in this source are shown."""
        self.event_id: int | None = None
        """When set, only statements said at or about this event are shown."""
        self._narrowing: list[str] = []

    def narrow_to(
        self, *, source: tuple[int, str] | None = None, event: tuple[int, str] | None = None
    ) -> None:
        """Show only one source's statements, or one event's (None and None: all)."""
        self.source_id = source[0] if source else None
        self.event_id = event[0] if event else None
        self._narrowing = []
        if source:
            self._narrowing = [f"from {clean(source[1], 40)}"]
        elif event:
            self._narrowing = [f"at or about “{clean(event[1], 40)}”"]
        self.update_title()
        self.reload()

    @property
    def narrowed(self) -> bool:
        return self.source_id is not None or self.event_id is not None

    def narrowing(self) -> list[str]:
        return list(self._narrowing)

    def fetch(self, request: PageRequest) -> list[Statement]:
        return self.desk.statements.page(
            request, source_id=self.source_id, event_id=self.event_id, filter=self.filter
        )

    def count(self) -> int:
        return self.desk.statements.count(
            source_id=self.source_id, event_id=self.event_id, filter=self.filter
        )

    def detail_of(self, item: Statement) -> tuple[str, int]:
        return ("statement", item.id)

    def key_of(self, item: Statement) -> tuple[str, int]:
        return statement_key(item)

    def row_key(self, item: Statement) -> str:
        return f"statement:{item.id}"

    def cells(self, item: Statement) -> list[Text]:
        return [
            stance_mark(item.stance),
            placed_text(item),
            literal(
                item.speaker_name or "unknown", 100, style="bold" if item.speaker_name else "dim"
            ),
            literal(item.text, 200),
        ]

    def statement_id_of(self, item: Statement) -> int:
        return item.id
