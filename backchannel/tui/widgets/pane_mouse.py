"""The mouse on a pane: a click lands on the row it was pressed on, and the
wheel at either end of the rows read so far reads the next page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.widgets import DataTable

    _Base = DataTable[Any]
else:
    _Base = object  # a mixin: Textual reads each widget class's own bases


class PaneMouse(_Base):
    """For a pane's table (PagedTable, which keeps these)."""

    items: list[Any]
    at_start: bool
    at_end: bool
    _pressed_row: int | None = None

    async def _on_mouse_down(self, event: events.MouseDown) -> None:
        # The row under the pointer as the press found it. A press focuses the
        # pane, which makes it the big one: by the time the click comes the
        # layout has moved and the pointer is over another row.
        row = event.style.meta.get("row")
        self._pressed_row = row if isinstance(row, int) else None

    async def _on_click(self, event: events.Click) -> None:
        row, self._pressed_row = self._pressed_row, None
        if row is not None and 0 <= row < self.row_count:
            self.move_cursor(row=row)
            event.prevent_default()  # not the row under the pointer now

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        # At the foot of the rows read so far the view cannot move: the cursor
        # goes to the last row, which reads the next page.
        if self.items and self.scroll_y >= self.max_scroll_y and not self.at_end:
            self.move_cursor(row=len(self.items) - 1)
            event.stop()
            return
        super()._on_mouse_scroll_down(event)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self.items and self.scroll_y <= 0 and not self.at_start:
            self.move_cursor(row=0)
            event.stop()
            return
        super()._on_mouse_scroll_up(event)
