"""News text on screen: only ever through ``literal()``, a Text with no markup
and every control character made visible (see ``backchannel.textsafe``)."""

from __future__ import annotations

from rich.text import Text

from backchannel.textsafe import clean

__all__ = ["clean", "literal"]


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
