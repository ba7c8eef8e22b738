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
the app holds them until it is mounted (``BackchannelApp.on_event``), and
``TypeAhead`` gives any that reach the screen itself to its first field.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input


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


__all__ = ["EagerKeys", "TypeAhead", "eager", "typing_in"]
