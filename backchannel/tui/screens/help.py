"""Every key, read from the bindings themselves so the help never drifts."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "enter": "enter",
    "tab": "tab",
    "shift+tab": "shift+tab",
}

#: Keys that come from Textual itself rather than our bindings.
BUILT_IN = [
    ("enter", "On a source or an event: its statements. Elsewhere: the whole item"),
    ("c, then tokens", '@speaker !public !private #topic ^source ~"15 March" via:relayer'),
    (
        "f or /, then a filter",
        'words by:"United States" topic:NAME stance:public|private|none source:NAME'
        " since:DATE until:DATE kind:direct|indirect|block (all must hold)",
    ),
    ("tab / shift+tab", "Next / previous pane"),
    ("up / down, pageup / pagedown", "Move"),
    ("ctrl+p", "Command palette: saved filters, new actor, edit or delete a speaker, themes"),
    ("ctrl+q", "Quit"),
]


def key_label(keys: str) -> str:
    return " / ".join(_KEY_NAMES.get(k, k) for k in keys.split(","))


def bindings_table(groups: list[tuple[str, list[BindingType]]]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for heading, bindings in groups:
        table.add_row(Text(heading, style="underline"), "")
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(key_label(binding.key), binding.description)
        table.add_row("", "")
    table.add_row(Text("Built in", style="underline"), "")
    for keys, description in BUILT_IN:
        table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, groups: list[tuple[str, list[BindingType]]], about: str = "") -> None:
        super().__init__()
        self.groups = groups
        self.about = about
        """What the screen is for, in a few words, above its keys."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "esc to close"
            if self.about:
                yield Static(Text(self.about), classes="help-about")
            yield Static(bindings_table(self.groups))


def screen_help(screen: Screen[object]) -> HelpScreen:
    """The keys of ``screen`` and of what has focus in it, made from their bindings,
    under the first paragraph of the screen's docstring (what it is for)."""
    groups: list[tuple[str, list[BindingType]]] = [("This screen", list(screen.BINDINGS))]
    node = screen.focused
    while node is not None and node is not screen:
        if node.BINDINGS:
            groups.append((type(node).__name__, list(node.BINDINGS)))
        node = node.parent  # type: ignore[assignment]
    about = getattr(screen, "HELP", "") or " ".join(
        (type(screen).__doc__ or "").split("\n\n")[0].split()
    )
    return HelpScreen(groups, about)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
