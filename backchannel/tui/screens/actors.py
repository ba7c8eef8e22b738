"""The actors screen: everyone on the desk, and the mending of them.

A real article brings "Starmer" beside "Keir Starmer" and "officials" beside
"UK officials"; here they are seen and mended: rename, other names and whom
they belong to (e), merge one into another (m), split an alias back out (s),
delete (d), a new actor (n). Every change is one undo step (u).
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Header, Static

from backchannel.actions import items
from backchannel.db import Desk
from backchannel.db.actors import ActorRow
from backchannel.db.names import resolve_actor
from backchannel.tui.keys import eager
from backchannel.tui.runner import DeskChanged, runner_of
from backchannel.tui.screens.dialogs import ChoiceScreen, PromptScreen
from backchannel.tui.screens.editing import delete_item, undo_step
from backchannel.tui.screens.help import HelpScreen
from backchannel.tui.text import literal
from backchannel.tui.widgets.actors_table import ActorsTable
from backchannel.tui.widgets.key_bar import KeyBar
from backchannel.tui.widgets.paged_table import PagedTable
from backchannel.tui.widgets.suggest import NameSuggester


class ActorsScreen(Screen[None]):
    """Every actor, with the keys that mend them."""

    HELP = (
        "Everyone on the desk: other names, whom they belong to, how many statements. Mend "
        "what an article brought: rename, merge near-duplicates, split an alias back out."
    )
    """What the screen is for, above its keys in ? help."""

    # Eager: a key typed right after one that opens a prompt goes into it.
    BINDINGS: ClassVar[list[BindingType]] = [
        *eager(
            Binding("e,enter", "edit", "Edit", id="actors.edit"),
            Binding("m", "merge", "Merge into", id="actors.merge"),
            Binding("s", "split", "Split alias", id="actors.split"),
            Binding("n", "new", "New", id="actors.new"),
            Binding("d", "delete", "Delete", id="actors.delete", show=False),
            Binding("slash,f", "search", "Search", id="actors.search"),
            Binding("u,ctrl+z", "undo", "Undo", id="actors.undo"),
            Binding("ctrl+y", "redo", "Redo", id="actors.redo", show=False),
            Binding("question_mark", "help", "Keys", id="actors.help"),
            Binding("escape,q", "back", "Back", id="actors.back"),
        )
    ]

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    def compose(self) -> ComposeResult:
        yield Header()
        yield ActorsTable(self.desk, id="actors")
        yield Static(id="actor-detail", markup=False)
        yield KeyBar()

    @property
    def table(self) -> ActorsTable:
        return self.query_one(ActorsTable)

    @property
    def keys_wait(self) -> bool:
        """True until the first page is listed: keys typed with A (jjd) wait for
        the rows they move over and act on."""
        return not self.table.ready

    def on_mount(self) -> None:
        self.title = "Actors"
        self.set_focus(self.table)
        runner_of(self).changed.subscribe(self, self._desk_changed)

    def _desk_changed(self, _change: DeskChanged) -> None:
        self.table.reload("keep")

    def on_paged_table_item_highlighted(self, message: PagedTable.ItemHighlighted) -> None:
        self._show(message.item)

    def _show(self, row: object) -> None:
        detail = self.query_one("#actor-detail", Static)
        if not isinstance(row, ActorRow):
            detail.update(Text("No actor here. n adds one; esc goes back.", style="dim"))
            return
        a = row.actor
        text = literal(a.name, 200, style="bold")
        if a.kind:
            text.append(f"  {a.kind}", style="dim")
        if a.aliases:
            text.append("\nAlso called: ").append_text(literal(", ".join(a.aliases), 400))
        if a.affiliation_name:
            text.append("\nBelongs to: ").append_text(literal(a.affiliation_name, 200))
        if row.members:
            names = ", ".join(m.name for m in self.desk.actors.members(a.id, 8))
            more = f" and {row.members - 8} more" if row.members > 8 else ""
            text.append("\nMembers: ").append_text(literal(names + more, 400))
        text.append(f"\n{row.statements:,} statements", style="dim")
        detail.update(text)

    def _current(self) -> ActorRow | None:
        row = self.table.current
        return row if isinstance(row, ActorRow) else None

    # -- mending -------------------------------------------------------------------

    def action_edit(self) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        row = self._current()
        if row is not None:
            self.app.push_screen(ActorForm(self.desk, row.actor.id))

    def action_new(self) -> None:
        from backchannel.tui.screens.item_forms import ActorForm

        self.app.push_screen(ActorForm(self.desk))

    def action_merge(self) -> None:
        """m: this actor becomes part of another (its statements, names, members move)."""
        row = self._current()
        if row is None:
            return
        other = row.actor

        def check(name: str) -> str | None:
            try:
                found, _ = resolve_actor(self.desk, name)
            except ValueError as error:
                return str(error)
            if found is None:
                return f"no actor “{name.strip()}” on the desk"
            return "an actor cannot be merged into itself" if found == other.id else None

        def answered(name: str | None) -> None:
            if not name:
                return
            keep, _ = resolve_actor(self.desk, name)
            assert keep is not None
            runner_of(self).run(
                "merge",
                partial(items.merge_actors, self.desk, keep, other.id),
                done=lambda outcome: self.notify(outcome.label, markup=False),
            )

        prompt = PromptScreen(
            f"Merge “{other.name}” into (its statements and names move there):",
            check=check,
            suggester=NameSuggester(self.desk.actors.names),
        )
        self.app.push_screen(prompt, answered)

    def action_split(self) -> None:
        """s: one of the actor's other names becomes an actor of its own again."""
        row = self._current()
        if row is None or not row.actor.aliases:
            self.notify("This actor has no other names to split out.", severity="warning")
            return
        keys = "123456789"
        choices = [(keys[i], alias, alias) for i, alias in enumerate(row.actor.aliases[:9])]

        def answered(alias: str | None) -> None:
            if alias:
                runner_of(self).run(
                    "split",
                    partial(items.split_alias, self.desk, row.actor.id, alias),
                    done=lambda outcome: self.notify(outcome.label, markup=False),
                )

        question = f"Which of {row.actor.name}'s other names is someone else?"
        self.app.push_screen(ChoiceScreen(question, choices), answered)

    def action_delete(self) -> None:
        row = self._current()
        if row is not None:
            delete_item(self, self.desk, "actor", row.actor.id)

    def action_search(self) -> None:
        def answered(words: str | None) -> None:
            if words is not None:
                self.table.search = " ".join(words.split())
                self.table.reload()

        prompt = PromptScreen("Actors whose name or other names hold:", value=self.table.search)
        self.app.push_screen(prompt, answered)

    def action_undo(self) -> None:
        undo_step(self, self.desk, "undo")

    def action_redo(self) -> None:
        undo_step(self, self.desk, "redo")

    def action_help(self) -> None:
        self.app.push_screen(
            HelpScreen([("Actors", list(self.BINDINGS)), ("In the list", PagedTable.BINDINGS)])
        )

    def action_back(self) -> None:
        if self.table.search:
            self.table.search = ""
            self.table.reload()
            return
        self.dismiss()
