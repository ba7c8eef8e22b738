"""The app's one process: Python's collector and its threads' turns.

Python collects cyclic garbage in three generations. The youngest two are
quick (a millisecond or so); a full pass walks every object the app keeps and
took 7-11 ms on a million-statement desk, every eight or ten keys that read
rows, wherever it fell: in the middle of a search, between its read and its
frame. ``IdleCollection`` runs that pass while the app waits for a person
instead, once keys have stopped for ``QUIET`` seconds and something has been
kept since the last pass; Python's own full pass then rarely comes due (it
waits for ten younger passes since the last full one).
"""

from __future__ import annotations

import gc
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

#: How long a thread holds Python's lock before another waiting for it gets a
#: turn (Python's default is 5 ms).
SWITCH_SECONDS = 0.0005

QUIET = 0.3
"""Seconds without a key before the full pass is run."""
LOOK_EVERY = 0.25
"""How often the app looks whether a full pass is due (seconds)."""

_TUNED = False


def tune_process() -> None:
    """Once per process, before the first app:

    - Everything imported so far lives as long as the process: it is set
      aside, so the collector does not walk it again at every full pass
      (cheaper start-up and exit, and every later pass while the app runs).
      Once only: a later app would also set aside what the last one left.
    - Threads trade Python's lock every half millisecond instead of every
      five. A page read in a thread spends its time in SQLite, without the
      lock, but needs it a few times to hand its rows over; while the screen
      draws a frame, each of those waited up to 5 ms. On a million statements
      that made a search's 22 ms read take 40 to 85 ms."""
    global _TUNED
    if not _TUNED:
        _TUNED = True
        gc.freeze()
        sys.setswitchinterval(SWITCH_SECONDS)


class IdleCollection:
    """Runs Python's full collection while no key is on its way (see the module)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._last_key = time.monotonic()
        self.passes = 0
        """Full passes run so far (for tests)."""

    def start(self) -> None:
        """Look every ``LOOK_EVERY`` seconds while the app runs."""
        self.app.set_interval(LOOK_EVERY, self.look, name="idle-collection")

    def key_read(self) -> None:
        """A key was read: the app is busy for ``QUIET`` seconds at least."""
        self._last_key = time.monotonic()

    def look(self) -> bool:
        """Run the full pass if keys have stopped and objects have reached
        the oldest generation since the last one; True if it ran."""
        if time.monotonic() - self._last_key < QUIET or gc.get_count()[2] == 0:
            return False
        gc.collect()
        self.passes += 1
        return True


__all__ = ["LOOK_EVERY", "QUIET", "SWITCH_SECONDS", "IdleCollection", "tune_process"]
