"""Scrolling widgets whose content changes without laying the screen out again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Size
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView

    _Base = ScrollView
else:
    _Base = object  # a mixin: Textual reads each widget class's own bases


class SteadySize(_Base):
    """For a ScrollView (a pane's table, the detail area): its virtual size, when
    its content changes, is set without laying the whole screen out again,
    unless a scrollbar comes or goes.

    Textual lays out every widget on the screen whenever any virtual size
    changes: a new page of rows or the detail of another statement cost a
    reflow of all three panes (15-35 ms at 80x24) for a widget whose own
    size and scrollbars stayed as they were. Here only its scrollbars' thumbs
    and its own lines are redrawn."""

    def _validate_virtual_size(self, size: Size) -> Size:
        # Called by the reactive before it stores the value: the size is stored
        # here, quietly, and the unchanged one given back, so the reactive asks
        # for no layout. Textual's own check of the scrollbars then runs on the
        # new size: a scrollbar that has to come or go asks for the layout.
        old = self.virtual_size
        # (Textual's scrollbar check is its own: without it, the plain way.)
        refresh_scrollbars = getattr(self, "_refresh_scrollbars", None)
        if size == old or not self.container_size or refresh_scrollbars is None:
            return size  # (and not laid out yet: the layout to come sets it)
        self.set_reactive(Widget.virtual_size, size)
        refresh_scrollbars()
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.window_virtual_size = size.height
        if self.show_horizontal_scrollbar:
            self.horizontal_scrollbar.window_virtual_size = size.width
        if self.scroll_y > self.max_scroll_y or self.scroll_x > self.max_scroll_x:
            self.scroll_to(
                x=min(self.scroll_x, self.max_scroll_x),
                y=min(self.scroll_y, self.max_scroll_y),
                animate=False,
                immediate=True,
            )
        self.refresh()
        return old
