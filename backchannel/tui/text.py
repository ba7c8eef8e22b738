"""News text on screen: only ever through ``literal()``, a Text with no markup
and every control character made visible (see ``backchannel.textsafe``)."""

from __future__ import annotations

from rich.text import Text

from backchannel.db.models import Statement, placed
from backchannel.textsafe import clean

__all__ = ["clean", "literal", "placed_text"]

#: Said dates plain, reported ones (the source's date) in italics, undated dim.
CLOCK_STYLES = {"said": "", "reported": "italic"}


def placed_text(statement: Statement, width: int = 14) -> Text:
    """When a statement is placed, for a date column: "rep. 10 Apr 2025" in italics
    when only its source's date is known."""
    return Text(placed(statement, width), style=CLOCK_STYLES.get(statement.clock or "", "dim"))


def literal(value: object, limit: int = 2_000, *, one_line: bool = True, style: str = "") -> Text:
    """A Text showing ``value`` exactly as written: no markup, no escapes.

    ``style`` covers this text only (a span), so what is appended after it
    keeps its own style.
    """
    text = Text(
        clean(value, limit, one_line=one_line),
        no_wrap=one_line,
        overflow="ellipsis" if one_line else "fold",
    )
    if style:
        text.stylize(style)
    return text
