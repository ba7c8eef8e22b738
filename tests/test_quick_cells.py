"""The panes draw one-line cells their own quick way: the same segments as
Textual's DataTable draws, cell by cell, for every kind of text and state."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from textual.widgets import DataTable

from backchannel.db import open_desk
from backchannel.fixtures import load_demo
from backchannel.tui.app import BackchannelApp

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
            style = pane.rich_style
            widths = [column.get_render_width(pane) for column in pane.ordered_columns]
            for row in range(pane.row_count):
                for column, width in enumerate(widths):
                    for w in {width, 5, 2, 1}:
                        for cursor in (False, True):
                            for hover in (False, True):
                                pane._cell_render_cache.clear()
                                ours = pane._quick_cell(row, column, style, w, cursor, hover)
                                if ours is None:  # (too narrow: drawn Textual's own way)
                                    assert w - 2 * pane.cell_padding < 2
                                    continue
                                pane._cell_render_cache.clear()
                                theirs = DataTable._render_cell(
                                    pane, row, column, style, w, cursor, hover
                                )
                                assert segments(ours) == segments(theirs), (pane.id, row, column, w)
                                compared += 1
        assert compared > 1_000
