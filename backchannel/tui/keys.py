"""Keys that arrive in a burst go where the person meant them.

Over SSH, or from a text expander, "f" and the word after it arrive in one
read. Textual hands each key to whatever has focus *when the key is read*,
while an ordinary binding runs only after its key has travelled up from the
focused widget: "ftrump" opened the filter line and sent "trump" to the pane
(t jumped, u undid, p tagged). So the keys that move focus, open a bar or a
screen are ``eager``: priority bindings, which the app runs the moment it
reads the key, before it reads the next. While the person types into a field
they stand aside (``EagerKeys.check_action``), so "f" types an f.

A screen pushed by an eager key is still mounting when the next keys come:
the app holds them until it is mounted (``KeysInOrder``), and ``TypeAhead``
gives any that reach the screen itself to its first field.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from backchannel.tui.frames import frames_of

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[None]
else:
    _AppBase = object  # a mixin for the App


def eager(*bindings: Binding) -> list[Binding]:
    """The same bindings, run the moment their key is read (see the module)."""
    return [replace(b, priority=True) for b in bindings]


def takes_text(widget: Widget | None) -> bool:
    """An Input or a TextArea. (No widget is a TextArea until its module has
    been imported: the main screen starts without it.)"""
    if isinstance(widget, Input):
        return True
    text_area = sys.modules.get("textual.widgets._text_area")
    return text_area is not None and isinstance(widget, text_area.TextArea)


def typing_in(screen: Screen[Any]) -> bool:
    """True while the focus is in a field that takes text."""
    return takes_text(screen.focused)


class EagerKeys:
    """For a screen with eager bindings: they stand aside while a field has
    focus, so the keys type into it (escape is never eager)."""

    def eager_allowed(self, action: str) -> bool:
        assert isinstance(self, Screen)
        return not typing_in(self)


class TypeAhead:
    """A screen whose first field takes the keys that arrive before it has focus."""

    def first_field(self) -> Widget | None:
        """The field typed-ahead keys go to."""
        assert isinstance(self, Screen)
        fields = self.query("Input, TextArea")
        return fields.first() if fields else None

    def on_key(self, event: events.Key) -> None:
        assert isinstance(self, Screen)
        field = self.first_field()
        # A printable key that reaches the screen itself was read before the
        # field had focus (a field that has it takes every printable key).
        if field is None or not event.is_printable:
            return
        assert event.character is not None
        if isinstance(field, Input):
            field.insert_text_at_cursor(event.character)
        elif takes_text(field):  # a TextArea
            field.insert(event.character)  # type: ignore[attr-defined]
        self.set_focus(field)
        event.stop()
        event.prevent_default()


HOLD_SECONDS = 2.0
"""Longest that keys wait for a screen's first rows."""
FIELD_SECONDS = 0.3
"""Longest that keys behind an enter or escape typed in a field wait for the
focus to leave it (a filter that cannot be read keeps its line open)."""


class KeysInOrder(_AppBase):
    """For the app: keys read in one burst reach what they were meant for, in
    the order they were typed. A key is held, and the keys behind it with it,
    while what it acts on is not ready: a screen still mounting or reading its
    first rows, a field still closing, keys before it still on their way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: list[events.Key] = []
        self._held_since = 0.0
        self._closing_field: Widget | None = None  # took an enter or escape that may close it
        self._closing_since = 0.0
        #: a key that acts through a binding, still on its way up to it: the keys behind
        #: it wait (see _hold_keys and _release_keys)
        self._in_flight: events.Key | None = None
        self._in_flight_since = 0.0

    async def on_event(self, event: events.Event) -> None:
        # Keys read while the screen on top is still being mounted (a key that
        # opened it came in the same burst) wait for it, then go to it in order;
        # else they would reach it before its bindings and focus are in place.
        if isinstance(event, events.Key) and not event.is_forwarded:
            frames_of(self).key_read()  # (a burst under way is drawn once it is read)
            if not getattr(event, "released", False) and self._hold_keys(event.key):
                self._held_keys.append(event)
                if len(self._held_keys) == 1:
                    self.call_after_refresh(self._release_keys)
                return
            # Enter or escape in a field usually closes it and moves the focus,
            # but only once the field has handled the key, after the app has
            # read the keys behind it. Those wait until the focus has left the
            # field (or a moment has shown that it stays): else they type into
            # the line that is closing ("esc/word", "enter/word" in one read). A
            # TextArea keeps its focus at enter: it is left out.
            focused = self.screen.focused
            if event.key in ("enter", "escape") and isinstance(focused, Input):
                self._closing_field = focused
                self._closing_since = time.monotonic()
            if not event.is_printable:
                # a key that acts through a binding: the keys read right behind it wait
                # until it has reached the binding ('ctrl+u 4 April' in one read typed
                # '4' into the field before ctrl+u cleared it)
                self._in_flight, self._in_flight_since = event, time.monotonic()
        await super().on_event(event)

    def _field_closing(self) -> bool:
        field = self._closing_field
        if field is None:
            return False
        on_top = field.is_attached and field.screen is self.screen  # (not under a dialog)
        if on_top and field.has_focus and time.monotonic() - self._closing_since < FIELD_SECONDS:
            return True
        self._closing_field = None
        return False

    @property
    def holding_keys(self) -> bool:
        """Keys read are waiting for their screen or field to be ready."""
        return bool(self._held_keys)

    def _hold_keys(self, key: str) -> bool:
        if not self._held_keys:
            self._held_since = time.monotonic()
        return (
            bool(self._held_keys)
            or self._key_in_flight()
            or self._field_closing()
            or self._top_not_ready()
            or (self._eager(key) and self._still_handling())
        )

    def _eager(self, key: str) -> bool:
        """``key`` runs a binding the moment it is read (an ``eager`` binding),
        ahead of the keys before it that the focused widget has
        yet to handle: "jjjjD" in one read compared the row the cursor was on
        before the four j. Such a key waits until they are handled."""
        # (Textual's own chain of bindings; a Textual without it holds no key.)
        for _node, bindings in getattr(self.screen, "_modal_binding_chain", ()):
            if any(b.priority for b in bindings.key_to_bindings.get(key, ())):
                return True
        return False

    def _top_not_ready(self) -> bool:
        """The screen on top is still being mounted, or says its keys must wait
        (``keys_wait``: the actors list before its first page, the main screen
        before its bars); a screen that never gets ready holds keys for
        HOLD_SECONDS."""
        stack = self.screen_stack
        if not stack:
            return False
        top = stack[-1]
        if not top.is_mounted:
            return True
        awaiting = getattr(top, "keys_wait", False)
        return bool(awaiting) and time.monotonic() - self._held_since < HOLD_SECONDS

    def _still_handling(self) -> bool:
        """The focused widget, or a container of it, has keys to handle (read
        before, still on their way to their bindings), for at most
        HOLD_SECONDS."""
        if time.monotonic() - self._held_since >= HOLD_SECONDS:
            return False
        focused = self.screen.focused
        chain = [focused, *focused.ancestors] if focused is not None else []
        queues: list[list[object]] = [
            list(getattr(n._message_queue, "values", ())) for n in chain if isinstance(n, Widget)
        ]
        return any(isinstance(m, events.Key) for queue in queues for m in queue)

    async def _on_key(self, event: events.Key) -> None:
        # (Textual calls App._on_key next, in this same message: the binding runs
        # before any timer can release the keys behind it)
        if event is self._in_flight:
            self._in_flight = None  # up at its binding: the keys behind it may go

    def _key_in_flight(self) -> bool:
        """A key that acts through a binding (read, or released from the held keys) is
        still on its way to it: bubbling up from the focused widget, in no queue
        _still_handling can see (a widget that stops it, or FIELD_SECONDS, ends the
        wait)."""
        key = self._in_flight
        if key is None:
            return False
        if key._stop_propagation or time.monotonic() - self._in_flight_since >= FIELD_SECONDS:
            self._in_flight = None
            return False
        return True

    def _release_keys(self) -> None:
        if (
            self._key_in_flight()
            or self._field_closing()
            or self._top_not_ready()
            or self._still_handling()
        ):
            self.set_timer(0.01, self._release_keys)
            return
        # Typed characters go together; a key that acts through a binding
        # (ctrl+u, enter, D) goes alone, the rest after it has been handled: a
        # binding runs once its key has bubbled up, after characters behind it
        # would have been typed ("ctrl+u by:UK" became ":UK").
        while self._held_keys:
            key = self._held_keys.pop(0)
            released = events.Key(key.key, key.character)
            released.released = True  # type: ignore[attr-defined]
            self.post_message(released)
            if (not key.is_printable or self._eager(key.key)) and self._held_keys:
                # (on its way from the moment it is posted, before on_event sees it)
                self._in_flight, self._in_flight_since = released, time.monotonic()
                self.call_after_refresh(self._release_keys)
                return


__all__ = ["EagerKeys", "KeysInOrder", "TypeAhead", "eager", "typing_in"]
