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

    _suggest_soon = False  # a suggestion is asked for once the keys read are handled

    def _watch_value(self, value: str) -> None:
        if not self.styles.auto_dimensions:
            # Set first: Input's own assignment is then to the same size, a no-op.
            self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
            self.refresh()
        # Input asks its suggester at every keystroke, each in a worker of its
        # own: a burst of twenty keys made twenty workers (and their messages)
        # before the line was read. One suggestion is asked for, for the line
        # as it is once the keys already read are handled.
        suggester, self.suggester = self.suggester, None
        try:
            super()._watch_value(value)
        finally:
            self.suggester = suggester
        if suggester is not None and value and not self._suggest_soon:
            self._suggest_soon = True
            self.call_later(self._suggest)

    def _suggest(self) -> None:
        self._suggest_soon = False
        if self.suggester is not None and self.value:
            self.run_worker(self.suggester._get_suggestion(self, self.value))
