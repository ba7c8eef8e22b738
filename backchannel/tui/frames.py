"""A burst of keys is drawn once, when it has been read, not frame by frame.

Over SSH, or pasted, "/government" and enter arrive together. Textual draws a
frame whenever its timer comes round, so the burst was drawn three times over:
the filter line opening, the line closing, then the rows it asked for. Each
frame is 10-15 ms of the app's one thread at 80x24, and the page the line asked
for waited behind them. ``FrameHold`` holds the frames back, for a moment at
most: from the key that opens a line while keys keep coming, then, once enter
has closed it, until the pane has placed the rows it asked for. The burst
reaches the screen as one frame: the line closed, the new rows and their
detail. A person typing sees the line open ``GRACE`` late, under one frame.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode
    from textual.timer import Timer
    from textual.widget import Widget

GRACE = 0.02
"""How long frames wait for the next key of a burst (seconds)."""
ROWS_WAIT = 0.15
"""How long frames wait for a pane's rows once enter has closed its line."""
MOST = 0.25
"""The longest any hold lasts: the screen is always drawn again by then."""


class FrameHold:
    """Holds the app's frames back while a burst is read (see the module)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._held = False
        self._began = 0.0
        self._until = 0.0
        self._pane: Widget | None = None  # the pane whose rows end the hold
        self._timer: Timer | None = None
        self._seen: tuple[object, object] | None = None  # (size, screen) as the hold began

    @property
    def held(self) -> bool:
        """Frames are being held back."""
        return self._held

    def hold(self, seconds: float | None = None, *, until_placed: Widget | None = None) -> None:
        """Hold frames for ``seconds`` more (GRACE if not given; or until
        ``until_placed`` has placed its rows, for ``seconds`` at most), never
        past MOST from the start."""
        seconds = GRACE if seconds is None else seconds
        now = time.monotonic()
        if not self._held:
            self._held = True
            self._began = now
            self._until = now
            self._seen = (self.app.size, self.app.screen)
            self.app._begin_batch()
        self._until = min(max(self._until, now + seconds), self._began + MOST)
        if until_placed is not None:
            self._pane = until_placed
        self._arm()

    def key_read(self) -> None:
        """A key was read: a hold under way waits ``GRACE`` for the next one,
        unless it waits for a pane's rows."""
        if self._held and self._pane is None:
            self.hold()

    def placed(self, pane: Widget) -> None:
        """``pane`` has placed its rows (or given up reading them)."""
        if self._held and self._pane is pane:
            self.release()

    def release(self) -> None:
        """Draw again, now."""
        if not self._held:
            return
        self._held = False
        self._pane = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        seen, self._seen = self._seen, None
        self.app._end_batch()
        screen = self.app.screen
        if seen != (self.app.size, screen):
            # A resize or a new screen lays out at once, and that layout's frame
            # was dropped while held: draw the screen whole.
            screen.refresh()
        else:
            # The screen's timer for drawing stood paused through the hold; it
            # starts again when the screen is next idle, and with no message on
            # its way to the screen (a hold that ran out) that is now.
            screen.check_idle()

    def _arm(self) -> None:
        # One timer at a time: it looks again when it is due, as keys move the
        # end of the hold (a burst of twenty keys sets no twenty timers).
        if self._timer is None:
            wait = max(0.0, self._until - time.monotonic())
            self._timer = self.app.set_timer(wait, self._due, name="frame-hold")

    def _due(self) -> None:
        self._timer = None
        if not self._held:
            return
        if time.monotonic() >= self._until - 0.001:
            self.release()
        else:
            self._arm()


def frames_of(node: DOMNode) -> FrameHold:
    """The frame hold of the app ``node`` belongs to."""
    frames = getattr(node.app, "frames", None)
    if not isinstance(frames, FrameHold):
        raise RuntimeError("this app has no FrameHold")
    return frames


__all__ = ["GRACE", "MOST", "ROWS_WAIT", "FrameHold", "frames_of"]
