"""The one-line text field every screen types into."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input


class LineInput(Input):
    """An Input whose typing repaints the field alone.

    Textual's Input sets its virtual size (the width of its text) at every
    keystroke, and that reactive lays the whole screen out again: 15-35 ms per
    key at 80x24 with three panes up, for a field whose own size never
    changes. Here the width is set without the layout; a field sized by its
    content (``width: auto``) still gets one."""

    def _watch_value(self, value: str) -> None:
        if not self.styles.auto_dimensions:
            # Set first: Input's own assignment is then to the same size, a no-op.
            self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
            self.refresh()
        super()._watch_value(value)
