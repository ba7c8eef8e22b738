"""The timeline pane: events and dated statements interleaved by date."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from backchannel.db import Desk, PageRequest, TimelineEntry, humanize
from backchannel.tui.messages import TagRequested
from backchannel.tui.text import literal

from .paged_table import PagedTable
from .statements_pane import stance_mark


class TimelinePane(PagedTable[TimelineEntry]):
    """Events and statements in date order; fuzzy dates said honestly."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "tag('public')", "Public", id="timeline.public"),
        Binding("a", "tag('private')", "Private", id="timeline.private"),
    ]

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("date", "Date", 14),
        ("mark", "", 5),
        ("label", "What", None),
    ]

    TITLE = "3 Timeline"

    def __init__(self, desk: Desk, *, id: str | None = None, autoload: bool = True) -> None:
        super().__init__(id=id, autoload=autoload)
        self.desk = desk

    def fetch(self, request: PageRequest) -> list[TimelineEntry]:
        return self.desk.timeline.page(request, search=self.search or None)

    def count(self) -> int:
        return self.desk.timeline.count(search=self.search or None)

    def key_of(self, item: TimelineEntry) -> tuple[str, int, int]:
        return item.key

    def row_key(self, item: TimelineEntry) -> str:
        return f"{item.kind}:{item.id}"

    def cells(self, item: TimelineEntry) -> list[Text]:
        if item.kind == "event":
            mark = Text("EVENT", style="bold italic")
            label = literal(item.label, 200, style="italic")
        else:
            mark = stance_mark(item.stance)
            label = literal(item.speaker_name or "unknown", 100, style="bold")
            label.append(": ").append_text(literal(item.label, 200))
        return [Text(humanize(item.date)), mark, label]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tag":
            current = self.current
            return (current is not None and current.kind == "statement") or None
        return True

    def action_tag(self, stance: str) -> None:
        """Tag the focused statement (the same key again clears the tag)."""
        current = self.current
        if current is not None and current.kind == "statement":
            self.post_message(TagRequested(current.id, stance))
