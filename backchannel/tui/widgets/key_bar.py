"""The key bar: the screen's keys on the bottom line, drawn as one widget.

Textual's Footer mounts a widget for every key and mounts them all again
whenever the keys change, which is at every change of focus: opening the
filter line and closing it again cost about 70 ms each at 80x24. The key bar
is one line of text: when the focus moves it compares the keys with those it
shows and, only if they differ, paints its line again.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class Key(NamedTuple):
    key: str
    """What a click on it presses."""
    display: str
    description: str
    enabled: bool


class KeyBar(Widget, can_focus=False):
    """The keys the screen offers now (those bound with ``show``), and on the
    right the command palette's key. A click on a key presses it."""

    ALLOW_SELECT = False

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--rule"}

    # The keys' colour is $bc-footer-key (app.tcss): readable in every theme.
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar > .key-bar--rule {
        color: $foreground 20%;
    }
    """

    def __init__(self, *, compact: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.compact = compact
        """Keys close together (``p Public a Private``), else spaced out."""
        self.keys: tuple[Key, ...] = ()
        """The keys shown, left to right."""
        self.palette: Key | None = None
        """The command palette's key, shown on the right."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self.screen or not self.app.app_focus:
            return  # (a terminal that lost focus blurs the widget: keep its keys)
        keys, palette = self._read(screen)
        if (keys, palette) != (self.keys, self.palette):
            self.keys, self.palette = keys, palette
            self.refresh()

    def _read(self, screen: Screen[object]) -> tuple[tuple[Key, ...], Key | None]:
        app = self.app
        active = screen.active_bindings
        keys: dict[str, Key] = {}  # by action: one key for each (the first bound)
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = Key(
                    binding.key, app.get_key_display(binding), binding.description, enabled
                )
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = Key(binding.key, app.get_key_display(binding), binding.description, enabled)
        return tuple(keys.values()), palette

    def _label(self, key: Key) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        pad = "" if self.compact else " "
        text = Text.assemble(
            (f"{pad}{key.display}{pad}", key_style),
            (f" {key.description}" if self.compact else f" {key.description} ", description_style),
        )
        text.stylize(Style(dim=not key.enabled, meta={"key": key.key}))
        return text

    def render(self) -> Text:
        right = Text(end="")
        if self.palette is not None:
            right.append("▏", style=self.get_component_rich_style("key-bar--rule"))
            right.append_text(self._label(self.palette))
        room = max(0, self.size.width - right.cell_len)
        line = Text(no_wrap=True, overflow="crop", end="")
        gap = " " if self.compact else ""
        for key in self.keys:
            label = self._label(key)
            if line.cell_len + len(gap) + label.cell_len > room:
                break  # a key shown whole or not at all
            if line:
                line.append(gap)
            line.append_text(label)
        line.pad_right(room - line.cell_len)
        return line + right

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = event.style.meta.get("key")
        if not isinstance(key, str):
            return
        event.stop()
        if any(k.key == key and not k.enabled for k in (*self.keys, self.palette) if k):
            self.app.bell()
        else:
            self.app.simulate_key(key)
