"""The conflict card: one field two copies of the desk changed differently —
the item, yours and theirs side by side (who and when), and the keys. Also
the lines an item's detail shows while a conflict waits on it."""

from __future__ import annotations

from rich.text import Text

from backchannel.db.conflicts import Conflict, ConflictStore
from backchannel.tui.text import literal

KEYS = "m keep yours · t keep theirs · e edit · u undo · j k move · ? keys"


def _when(at: str | None) -> str:
    return at[:16].replace("T", " ") + " UTC" if at else "unknown time"


def values(store: ConflictStore, conflict: Conflict, limit: int = 1_000) -> Text:
    """Yours and theirs, one under the other, each literal."""
    text = Text()
    text.append("Yours:   ", style="bold")
    text.append_text(literal(store.shown(conflict, conflict.mine), limit, one_line=False))
    text.append("\nTheirs:  ", style="bold")
    text.append_text(literal(store.shown(conflict, conflict.theirs), limit, one_line=False))
    by = literal(f"  ({conflict.their_author or 'someone'}, {_when(conflict.their_at)})", 120)
    by.stylize("dim")
    return text.append_text(by)


def card(store: ConflictStore, conflict: Conflict, number: int, total: int) -> Text:
    """The whole card for one conflict."""
    text = Text()
    text.append(f"CONFLICT {number} of {total}", style="bold reverse")
    text.append(f"  {conflict.state}", style="dim")
    item = f"{conflict.kind} #{conflict.item_id}" if conflict.item_id else conflict.kind
    text.append(f"\n{item.capitalize()}, its {conflict.field}: ", style="bold")
    text.append_text(literal(conflict.item_label, 300))
    text.append(
        "\n\nThis desk and another copy changed it differently; this desk keeps", style="dim"
    )
    text.append(" yours until you decide.\n\n", style="dim")
    text.append_text(values(store, conflict))
    if conflict.state == "decided":
        text.append("\n\nDecided (u takes the decision back).", style="dim")
    return text.append(f"\n\n{KEYS}", style="dim")


def waiting_lines(store: ConflictStore, table: str, item_id: int) -> Text | None:
    """For an item's detail: each conflict waiting on it, both values shown."""
    found = store.of_item(table, item_id)
    if not found:
        return None
    text = Text()
    for conflict in found:
        text.append(f"\n\n⚠ CONFLICT on its {conflict.field}", style="bold reverse")
        text.append("  (C decides)\n", style="dim")
        text.append_text(values(store, conflict, 300))
    return text
