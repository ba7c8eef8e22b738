"""The Backchannel app: thin; the main screen does the work."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from backchannel.db import Desk
from backchannel.tui.screens.main import MainScreen


class BackchannelApp(App[None]):
    """A keyboard-first desk for who said what, where, when, in public or private."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "Backchannel"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, desk: Desk, *, label: str | None = None) -> None:
        super().__init__()
        self.desk = desk
        """The open desk; every screen reads and writes through it."""
        self.sub_title = label or (desk.path.name if desk.path else "in memory")

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.desk)
