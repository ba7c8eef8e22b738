"""``p`` and ``a`` on any pane whose rows hold statements: tag the one under
the cursor public stance or private assurance (the same key again clears it).
The screen writes the tag and shows it everywhere (``TagRequested``)."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding, BindingType

from backchannel.tui.messages import TagRequested


def tag_bindings(scope: str) -> list[BindingType]:
    """The two tagging keys, with ids under ``scope`` ("statement.public")."""
    return [
        Binding("p", "tag('public')", "Public", id=f"{scope}.public"),
        Binding("a", "tag('private')", "Private", id=f"{scope}.private"),
    ]


class TagKeys:
    """For a PagedTable: say which statement a row holds, and p/a tag it."""

    current: Any

    def statement_id_of(self, item: Any) -> int | None:
        """The id of the statement a row holds; None for a row that is not one."""
        raise NotImplementedError

    def _focused_statement(self) -> int | None:
        current = self.current
        return None if current is None else self.statement_id_of(current)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "tag":
            return self._focused_statement() is not None or None
        return True

    def action_tag(self, stance: str) -> None:
        statement_id = self._focused_statement()
        if statement_id is not None:
            self.post_message(TagRequested(statement_id, stance))  # type: ignore[attr-defined]
