"""Table cells of one line drawn directly, not through Rich's general layout."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text

if TYPE_CHECKING:
    from textual.widgets import DataTable

    _Base = DataTable[Any]
else:
    _Base = object  # a mixin: Textual reads each widget class's own bases

#: Textual's DataTable parts the quick way reads; without one of them (another
#: Textual), every cell is drawn Textual's own way.
_PARTS = (
    "_cell_render_cache",
    "_row_locations",
    "_column_locations",
    "_get_row_renderables",
    "_get_styles_to_render_cell",
    "_show_hover_cursor",
    "_update_count",
    "_pseudo_class_state",
)


_KNOWN: dict[type, bool] = {}
"""By table class: whether it has every one of those parts (asked once)."""


def _has_parts(table: object) -> bool:
    known = _KNOWN.get(type(table))
    if known is None:
        known = _KNOWN[type(table)] = all(hasattr(table, part) for part in _PARTS)
    return known


class QuickCells(_Base):
    """For a DataTable whose rows are one line of left-aligned Text: each cell
    is cut to its column and styled in one pass.

    Textual draws a cell through Rich's general layout (padding, wrapping,
    then cropping back to one line), about 0.2 ms a cell. A pane repaints all
    its rows whenever its look changes, as when the focus leaves it for the
    filter line and comes back: 7 rows at 80x24 took 6.5 ms each time, 21 rows
    at 200x50 13 ms. Here a cell is the same segments (a test compares them
    with Textual's own, cell by cell) in about a quarter of the time."""

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        quick = None
        if row_index >= 0 and column_index >= 0 and _has_parts(self):
            quick = self._quick_cell(row_index, column_index, base_style, width, cursor, hover)
        if quick is None:
            return super()._render_cell(  # type: ignore[misc, no-any-return]
                row_index, column_index, base_style, width, cursor, hover
            )
        return quick

    def _quick_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool,
        hover: bool,
    ) -> list[list[Segment]] | None:
        """The cell's lines, or None when its text is not laid out line for
        line (it would wrap, or is not left-aligned Text)."""
        row_key = self._row_locations.get_key(row_index)
        column_key = self._column_locations.get_key(column_index)
        if row_key is None or column_key is None:
            return None
        height = self.rows[row_key].height
        # The same cache, under the same key, as DataTable._render_cell.
        key = (
            row_key,
            column_key,
            base_style,
            cursor,
            hover,
            self._show_hover_cursor,
            self._update_count,
            self._pseudo_class_state,
        )
        cache = self._cell_render_cache
        if key in cache:
            return cache[key]
        _label, cells = self._get_row_renderables(row_index)
        cell = cells[column_index]
        pad = " " * self.cell_padding
        inner = width - 2 * len(pad)
        if (
            height < 1
            or inner < 1  # (Rich's way with a column too narrow for its text)
            or not isinstance(cell, Text)
            or cell.justify not in (None, "default", "left")
            or "\t" in cell.plain
        ):
            return None
        # A row of one line is not wrapped (DataTable says so), unless its
        # text asks to be; a taller one is, unless its text says not to.
        parts = cell.split("\n", allow_blank=True) if "\n" in cell.plain else [cell]
        if height == 1:
            if cell.no_wrap is False:
                return None
        elif cell.no_wrap is not True and any(part.cell_len > inner for part in parts):
            return None
        component_style, post_style = self._get_styles_to_render_cell(
            False,
            False,
            row_index < self.fixed_rows or column_index < self.fixed_columns,
            hover,
            cursor,
            self.show_cursor,
            self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css",
        )
        meta = Style.from_meta({"row": row_index, "column": column_index})
        pre_style = base_style + meta + component_style
        console = self.app.console
        lines: list[list[Segment]] = []
        for n in range(height):
            if n < len(parts):
                # As Rich lays out a line it does not wrap: the text's own style
                # under its spans, cut (with its overflow) and padded to the
                # width inside the cell's padding.
                text = parts[n].copy()
                if text.style:
                    text.stylize_before(text.style)
                    text.style = ""
                text.truncate(inner, overflow=text.overflow or "fold", pad=True)  # (Rich's default)
                segments = [Segment(pad), *text.render(console), Segment(pad)]
            else:
                segments = [Segment(" " * width)]  # below the text: blank
            styled = list(Segment.apply_style(segments, pre_style, post_style))
            lines.append(Segment.adjust_line_length(styled, width, style=pre_style))
        cache[key] = lines
        return lines
