"""What triage and the conflicts queue share: a card over a list, one item
decided at a time, the cursor landing on the next one still pending."""

from __future__ import annotations

from typing import Any, ClassVar, Protocol

from textual.screen import Screen
from textual.widgets import DataTable


class Queued(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def state(self) -> str: ...


class QueueScreen(Screen[None]):
    """A queue of items, each pending until decided; ``show`` draws the card of
    ``items[index]`` and ``_fill`` the list (each screen its own)."""

    DONE: ClassVar[tuple[str, str]] = ("", "")
    """(message, title) said once every item is decided."""

    items: list[Any]
    index: int

    def show(self) -> None:
        raise NotImplementedError

    def _fill(self) -> None:
        raise NotImplementedError

    def _land(self, keep: int | None) -> None:
        """Put the cursor back on item ``keep`` if it is still listed, else on
        the first pending item."""
        ids = [c.id for c in self.items]
        if keep in ids:
            self.index = ids.index(keep)
        else:
            pending = [i for i, c in enumerate(self.items) if c.state == "pending"]
            self.index = pending[0] if pending else 0

    def _to_next_pending(self, current: int) -> None:
        """Bring up the first pending item after ``current`` (else before it)."""
        later = [i for i, c in enumerate(self.items) if c.state == "pending" and i > current]
        earlier = [i for i, c in enumerate(self.items) if c.state == "pending"]
        if later or earlier:
            self.index = (later or earlier)[0]
            self.query_one(DataTable).move_cursor(row=self.index)
            self.show()
        else:
            message, title = self.DONE
            self.notify(message, title=title)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # A highlight the cursor has since moved on from is stale: "m t e" in one
        # burst decided two items and moved on twice, and the first move's
        # highlight, coming last, took the queue back to the item just decided.
        if event.cursor_row != event.data_table.cursor_row:
            return
        if 0 <= event.cursor_row < len(self.items) and event.cursor_row != self.index:
            self.index = event.cursor_row
            self.show()

    def action_move(self, step: int) -> None:
        if self.items:
            self.index = max(0, min(len(self.items) - 1, self.index + step))
            self.query_one(DataTable).move_cursor(row=self.index)
            self.show()
