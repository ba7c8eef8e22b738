"""The panes draw one-line cells their own quick way: the same segments as
Textual's DataTable draws, cell by cell, for every kind of text and state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.segment import Segment
from textual.widgets import DataTable

from backchannel.db import open_desk
from backchannel.fixtures import load_demo
from backchannel.tui.app import BackchannelApp
from backchannel.tui.widgets.divergence import DivergenceTable
from backchannel.tui.widgets.paged_table import PagedTable

from .conftest import HOSTILE
from .test_app import settle

AWKWARD = [
    " ".join(HOSTILE),
    "中文的句子，很长很长很长很长很长很长很长很长很长很长很长很长",  # wide characters
    "emoji 👩‍👩‍👧 and a flag 🇺🇦 at the end of a line that is long enough to cut",
    "trailing spaces" + " " * 60,
    "x" * 500,  # one long word
    "combining e\u0301 and zero\u200bwidth and a tab\there",
    "",
]


def segments(lines: list[list[Segment]]) -> list[tuple[str, object]]:
    return [(s.text, s.style) for line in lines for s in Segment.simplify(line)]


def compare_cells(table: PagedTable[Any]) -> int:
    """Every cell drawn both ways, at its width and narrower, with and without
    the cursor and the mouse over it; how many were compared."""
    compared = 0
    style = table.rich_style
    widths = [column.get_render_width(table) for column in table.ordered_columns]
    for row in range(table.row_count):
        for column, width in enumerate(widths):
            for w in {width, 12, 5, 2, 1}:
                for cursor in (False, True):
                    for hover in (False, True):
                        table._cell_render_cache.clear()
                        ours = table._quick_cell(row, column, style, w, cursor, hover)
                        if ours is None:  # drawn Textual's own way
                            assert w != width, (table.id, row, column)  # only when narrowed
                            continue
                        table._cell_render_cache.clear()
                        theirs = DataTable._render_cell(table, row, column, style, w, cursor, hover)
                        assert segments(ours) == segments(theirs), (table.id, row, column, w)
                        compared += 1
    return compared


async def test_quick_cells_match_textuals_own(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "desk.db")
    load_demo(desk)
    for i, text in enumerate(AWKWARD):
        desk.statements.add(text or "·", said=f"2025-05-{i + 1:02d}")
    app = BackchannelApp(desk)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        compared = 0
        for pane in (app.screen.statements, app.screen.sources, app.screen.timeline):
            assert pane.row_count > 0
            compared += compare_cells(pane)
        assert compared > 1_000
        # The divergence view's rows are two lines: the speaker, then the words.
        await pilot.press(*"jjjj", "D")
        await settle(pilot)
        table = app.screen.table
        assert isinstance(table, DivergenceTable) and table.row_count == 3
        assert compare_cells(table) > 50
