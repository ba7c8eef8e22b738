"""The Backchannel app: thin; the main screen does the work."""

from __future__ import annotations

import time
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.markup import escape
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from backchannel.actions import desk as desk_actions
from backchannel.config import Config, remember_theme
from backchannel.db import Desk
from backchannel.tui.contrast import footer_key
from backchannel.tui.glyphs import plain_scrollbars
from backchannel.tui.runner import ActionRunner
from backchannel.tui.screens.main import MainScreen
from backchannel.tui.text import clean

#: How often the app looks for changes written by other programs, in seconds.
POLL_SECONDS = 1.0


HOLD_SECONDS = 2.0
"""Longest that keys wait for a screen's first rows."""
FIELD_SECONDS = 0.3
"""Longest that keys behind an enter or escape typed in a field wait for the
focus to leave it (a filter that cannot be read keeps its line open)."""


class BackchannelApp(App[None]):
    """A keyboard-first desk for who said what, where, when, in public or private."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "Backchannel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit_or_back", "Quit", id="app.quit"),
        Binding("question_mark", "keys", "Keys", id="app.keys", show=False),
    ]

    def __init__(
        self, desk: Desk, *, label: str | None = None, config: Config | None = None
    ) -> None:
        super().__init__()
        self.desk = desk
        self.config = config or Config()
        """The person's settings (config.toml); the theme is written back when changed."""
        """The open desk; every screen reads and writes through it."""
        self.sub_title = clean(label or (desk.path.name if desk.path else "in memory"), 200)
        self.runner = ActionRunner(self, desk)
        """Every change the app makes goes through here, in order."""
        self._held_keys: list[events.Key] = []
        self._held_since = 0.0
        self._closing_field: Widget | None = None  # took an enter or escape that may close it
        self._closing_since = 0.0

    def on_mount(self) -> None:
        plain_scrollbars()
        self.set_interval(POLL_SECONDS, self._look_for_other_writers)
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self.config.theme:
            if self.config.theme in self.available_themes:
                self.theme = self.config.theme
            else:
                self.notify(f"No theme named “{self.config.theme}”; using the default.",
                            severity="warning", markup=False)  # fmt: skip
        if self.config.problem:
            self.notify(f"{self.config.problem}; using the defaults.", title="Config",
                        severity="warning", markup=False)  # fmt: skip
        self._remember_theme = True

    def get_css_variables(self) -> dict[str, str]:
        variables = super().get_css_variables()
        variables["bc-footer-key"] = footer_key(variables)
        return variables

    def watch_theme(self, theme: str) -> None:
        # Set by the person (palette, ctrl+p "Change theme"): kept for next time.
        if getattr(self, "_remember_theme", False) and self.config.path is not None:
            try:
                remember_theme(theme, self.config.path)
            except OSError as error:
                self.notify(f"The theme could not be kept: {error}", severity="warning",
                            markup=False)  # fmt: skip

    async def on_event(self, event: events.Event) -> None:
        # Keys read while the screen on top is still being mounted (a key that
        # opened it came in the same burst) wait for it, then go to it in order;
        # else they would reach it before its bindings and focus are in place.
        if isinstance(event, events.Key) and not event.is_forwarded:
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
            or self._field_closing()
            or self._top_not_ready()
            or (self._eager(key) and self._still_handling())
        )

    def _eager(self, key: str) -> bool:
        """``key`` runs a binding the moment it is read (an eager binding, see
        tui/keys.py), ahead of the keys before it that the focused widget has
        yet to handle: "jjjjD" in one read compared the row the cursor was on
        before the four j. Such a key waits until they are handled."""
        for _node, bindings in self.screen._modal_binding_chain:
            if any(b.priority for b in bindings.key_to_bindings.get(key, ())):
                return True
        return False

    def _top_not_ready(self) -> bool:
        """The screen on top is still being mounted, or says it is still reading
        the rows its keys act on (``awaiting_rows``: the actors list before its
        first page); a list that never answers holds keys for HOLD_SECONDS."""
        stack = self.screen_stack
        if not stack:
            return False
        top = stack[-1]
        if not top.is_mounted:
            return True
        awaiting = getattr(top, "awaiting_rows", False)
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
            list(n._message_queue.values) for n in chain if isinstance(n, Widget)
        ]
        return any(isinstance(m, events.Key) for queue in queues for m in queue)

    def _release_keys(self) -> None:
        if self._field_closing() or self._top_not_ready() or self._still_handling():
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
                self.call_after_refresh(self._release_keys)
                return

    def action_quit_or_back(self) -> None:
        """q quits from the main screen; from any other it goes back."""
        if len(self.screen_stack) > 1:
            self.screen.dismiss()
        else:
            self.exit()

    def action_keys(self) -> None:
        """?: the keys of the screen on top, made from its bindings."""
        from backchannel.tui.screens.help import HelpScreen, screen_help

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(screen_help(self.screen))

    def _look_for_other_writers(self) -> None:
        self.run_worker(
            self.runner.poll, thread=True, group="desk-poll", exclusive=True, exit_on_error=False
        )

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.desk)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # The divergence view is imported when first opened, not at start-up.
        from backchannel.tui.screens.compare import DivergenceScreen

        # One key panel: ours (every key of the screen) instead of Textual's own.
        for command in super().get_system_commands(screen):
            if command.title == "Keys":
                yield SystemCommand("Keys", "Every key of this screen (?)", self.action_keys)
            else:
                yield command
        if isinstance(screen, MainScreen):
            yield SystemCommand(
                "New actor", "Add a person, group or country", screen.action_new_actor
            )
            yield SystemCommand(
                "Edit speaker", "Edit the focused statement's speaker", screen.action_edit_speaker
            )
            yield SystemCommand(
                "Delete speaker",
                "Move the focused statement's speaker to the trash",
                screen.action_delete_speaker,
            )
            yield SystemCommand("Trash", "What was deleted; restore it", screen.action_trash)
            yield SystemCommand(
                "Actors", "Everyone on the desk: rename, merge, split an alias (A)",
                screen.action_actors,
            )  # fmt: skip
            yield SystemCommand(
                "Import an article", "Paste an article; triage what it proposes",
                screen.action_import_article,
            )  # fmt: skip
            yield SystemCommand(
                "Triage queue", "Every proposal still waiting for a decision", screen.action_triage
            )
            yield SystemCommand("Undo", "Undo the last change", screen.action_undo)
            yield SystemCommand("Redo", "Redo what was undone", screen.action_redo)
            yield SystemCommand(
                "Compare public and private",
                "An actor's public stances beside its private assurances, on a topic (D)",
                screen.action_compare,
            )
            yield SystemCommand("Jump to a date", "In the timeline (t)", screen.action_jump)
            yield SystemCommand("Save filter", "Name the focused pane's filter", screen.save_filter)
        if isinstance(screen, MainScreen | DivergenceScreen):
            yield from self._saved_filter_commands(screen)

    def _saved_filter_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # The palette reads titles and help as markup; a saved filter may name
        # a speaker from the news ("by:[link=…]"), so both are escaped.
        for saved in self.desk.saved_filters.all():
            name = escape(clean(saved.name, 60))
            yield SystemCommand(
                f"Filter: {name}",
                escape(clean(saved.query, 200)),
                partial(self._use_saved, screen, saved.query),
            )
            yield SystemCommand(
                f"Delete saved filter: {name}",
                "Forget this saved filter (u undoes it)",
                partial(self._forget_saved, saved.name),
            )

    def _use_saved(self, screen: Screen, query: str) -> None:
        if isinstance(screen, MainScreen):
            screen.use_saved_filter(query)
            return
        from backchannel.filter_line import FilterError, parse_filter
        from backchannel.tui.screens.compare import DivergenceScreen

        assert isinstance(screen, DivergenceScreen)
        try:
            screen.apply(parse_filter(self.desk, query))
        except FilterError as error:
            self.notify(f"{query}: {error}", severity="error", markup=False)

    def _forget_saved(self, name: str) -> None:
        self.runner.run(
            "forget the filter",
            partial(desk_actions.forget_filter, self.desk, name),
            done=lambda outcome: self.notify(outcome.label, markup=False),
        )
