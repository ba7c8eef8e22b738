"""One ordered worker for every change the app makes to the desk.

Screens never write: they hand an action (a function of ``backchannel.actions``
with its arguments bound) to ``ActionRunner.run``. Actions run one at a time,
in the order they were asked for, on a thread, so the screen never waits for
a write or an import of any size. Each outcome is published on the app's
``desk_changed`` signal, which every pane and screen that shows the desk
listens to; a failure becomes one inline message. Changes written by other
programs are noticed by ``PRAGMA data_version`` and published the same way.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.signal import Signal

from backchannel.actions import ActionError, Outcome
from backchannel.db import DeskError, NotFound
from backchannel.db.undo import UndoConflict
from backchannel.extract.capture import CaptureError
from backchannel.textsafe import clean

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode

    from backchannel.db import Desk


@dataclass(frozen=True)
class DeskChanged:
    """The desk changed: by an action of ours (``outcome``) or by another program (None)."""

    outcome: Outcome | None

    @property
    def by_others(self) -> bool:
        return self.outcome is None


@dataclass(frozen=True)
class Failure:
    """Why an action changed nothing, in one line, and the form field at fault if any."""

    message: str
    field: str | None = None


def describe(error: BaseException) -> Failure:
    """An action's error as a person should read it: one line, never a traceback."""
    field = getattr(error, "field", None)
    if isinstance(error, DeskError):
        return Failure(f"The desk {error.problem}.")
    if isinstance(error, ActionError | CaptureError | UndoConflict | NotFound | ValueError):
        return Failure(clean(str(error), 300), field)
    if isinstance(error, sqlite3.DatabaseError):
        return Failure(
            f"The desk could not be changed ({clean(str(error), 200)}); nothing was written."
        )
    return Failure(f"{type(error).__name__}: {clean(str(error), 200)}; nothing was written.")


Done = Callable[[Outcome], object]
Failed = Callable[[Failure], object]


class ActionRunner:
    """Runs the app's actions in order on worker threads; see the module docstring."""

    def __init__(self, app: App[Any], desk: Desk) -> None:
        self.app = app
        self.desk = desk
        self._turn = threading.Condition()
        self._next_ticket = 0
        self._serving = 0
        # data_version on the writer connection moves only when another
        # connection commits, so our own actions never look like someone else's.
        self._version = desk.data_version()
        self.changed: Signal[DeskChanged] = Signal(app, "desk-changed")
        """Published after every change to the desk, ours or another program's."""

    def run(
        self,
        title: str,
        action: Callable[[], Outcome],
        *,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> None:
        """Run ``action`` after every action asked for before it. ``done`` gets the
        outcome, ``failed`` the failure (else it is notified) — on the screen's thread."""
        ticket = self._next_ticket
        self._next_ticket += 1

        def work() -> None:
            with self._turn:
                self._turn.wait_for(lambda: self._serving == ticket)
            try:
                outcome: Outcome | None = action()
                error: BaseException | None = None
            except Exception as caught:  # every failure is reported, none escapes
                outcome, error = None, caught
            finally:
                with self._turn:
                    self._serving += 1
                    self._turn.notify_all()
            self.app.call_from_thread(self._finish, title, outcome, error, done, failed)

        self.app.run_worker(
            work, name=title, group="desk-actions", thread=True, exit_on_error=False
        )

    def _finish(
        self,
        title: str,
        outcome: Outcome | None,
        error: BaseException | None,
        done: Done | None,
        failed: Failed | None,
    ) -> None:
        if error is not None or outcome is None:
            failure = describe(error) if error is not None else Failure("nothing was done")
            if failed is not None:
                failed(failure)
            else:
                self.app.notify(failure.message, title=f"Could not {title}", severity="error",
                                markup=False)  # fmt: skip
            return
        if done is not None:
            done(outcome)
        if outcome.changed:
            self.publish(DeskChanged(outcome))

    def publish(self, change: DeskChanged) -> None:
        self.changed.publish(change)

    def poll(self) -> None:
        """From a worker thread: if another program wrote the desk, say so."""
        try:
            version = self.desk.data_version()
        except sqlite3.Error:
            return  # busy or closing: the next poll will see it
        if version != self._version:
            self._version = version
            self.app.call_from_thread(self.publish, DeskChanged(None))


def runner_of(node: DOMNode) -> ActionRunner:
    """The runner of the app ``node`` belongs to."""
    runner = getattr(node.app, "runner", None)
    if not isinstance(runner, ActionRunner):
        raise RuntimeError("this app has no ActionRunner")
    return runner
