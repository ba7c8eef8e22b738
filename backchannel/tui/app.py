"""The Backchannel app: thin; the main screen does the work."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.markup import escape
from textual.screen import Screen

from backchannel.actions import desk as desk_actions
from backchannel.config import Config, remember_theme
from backchannel.db import Desk
from backchannel.tui.contrast import footer_key
from backchannel.tui.frames import FrameHold
from backchannel.tui.glyphs import plain_scrollbars
from backchannel.tui.keys import KeysInOrder
from backchannel.tui.runner import ActionRunner
from backchannel.tui.screens.main import MainScreen
from backchannel.tui.text import clean
from backchannel.tui.upkeep import IdleCollection, tune_process

#: How often the app looks for changes written by other programs, in seconds.
POLL_SECONDS = 1.0


class BackchannelApp(KeysInOrder, App[None]):
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
        tune_process()
        super().__init__()
        self.desk = desk
        """The open desk; every screen reads and writes through it."""
        self.config = config or Config()
        """The person's settings (config.toml); the theme is written back when changed."""
        self.sub_title = clean(label or (desk.path.name if desk.path else "in memory"), 200)
        self.runner = ActionRunner(self, desk)
        """Every change the app makes goes through here, in order."""
        self.frames = FrameHold(self)
        """Holds frames back while a burst of keys is read (a line opened and
        closed in one read is drawn once, with its rows)."""
        self.collection = IdleCollection(self)
        """Python's full garbage collection, run between keys, not during one."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.collection.key_read()
        await super().on_event(event)

    def on_mount(self) -> None:
        plain_scrollbars()
        self.collection.start()
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
