"""The timeline pane: events and statements interleaved by date, in lanes.

Each row's mark sits in its lane, so a glance down the pane shows the shape
of a story: events, public stances, private assurances, untagged statements.
Fuzzy dates are placed by their earliest day and said as ranges; statements
without a date come last, marked undated.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType

from backchannel.db import Desk, PageRequest, TimelineEntry, humanize
from backchannel.tui.glyphs import EVENT, UNTAGGED
from backchannel.tui.text import literal
from backchannel.tui.widgets.tagging import TagKeys, tag_bindings

from .paged_table import PagedTable

#: (lane, glyph, style) by what a row is: events, public, private, untagged.
LANES = {
    "event": (0, EVENT, "bold"),
    "public": (1, "P", "bold"),
    "private": (2, "A", "bold reverse"),
    None: (3, UNTAGGED, "dim"),
}


def lane_mark(item: TimelineEntry) -> Text:
    """The row's mark in its lane: "◆      ", "  P    ", "    A  ", "      ·"."""
    lane, glyph, style = (
        LANES["event"] if item.kind == "event" else LANES.get(item.stance, LANES[None])
    )
    return Text.assemble("  " * lane, (glyph, style))


class TimelinePane(TagKeys, PagedTable[TimelineEntry]):
    """Events and statements in date order; fuzzy dates said honestly."""

    BINDINGS: ClassVar[list[BindingType]] = tag_bindings("timeline")

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("date", "Date", 14),
        ("mark", "E P A ·", 7),
        ("label", "What", None),
    ]

    TITLE = "3 Timeline"

    def __init__(self, desk: Desk, *, id: str | None = None, autoload: bool = True) -> None:
        super().__init__(id=id, autoload=autoload)
        self.desk = desk

    def fetch(self, request: PageRequest) -> list[TimelineEntry]:
        return self.desk.timeline.page(request, filter=self.filter)

    def count(self) -> int:
        return self.desk.timeline.count(filter=self.filter)

    def detail_of(self, item: TimelineEntry) -> tuple[str, int]:
        return (item.kind, item.id)

    def key_of(self, item: TimelineEntry) -> tuple[str, int, int]:
        return item.key

    def row_key(self, item: TimelineEntry) -> str:
        return f"{item.kind}:{item.id}"

    def cells(self, item: TimelineEntry) -> list[Text]:
        if item.kind == "event":
            label = literal(item.label, 200, style="italic")
        else:
            label = literal(item.speaker_name or "unknown", 100, style="bold")
            label.append(": ").append_text(literal(item.label, 200))
        when = humanize(item.date)
        if item.clock == "reported":
            when = next((f"{w}{when}" for w in ("rep. ", "r. ") if len(w) + len(when) <= 14), when)
        style = {"reported": "italic"}.get(item.clock or "", "" if item.date else "dim")
        date = Text(when, style=style)
        return [date, lane_mark(item), label]

    def update_title(self) -> None:
        super().update_title()
        if not self.border_subtitle:
            self.border_subtitle = f"{EVENT} event  P public  A private  {UNTAGGED} untagged"

    def statement_id_of(self, item: TimelineEntry) -> int | None:
        return item.id if item.kind == "statement" else None
