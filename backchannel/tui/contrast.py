"""Keys in the footer readable in every theme (WCAG's 4.5:1 for small text).

Some built-in themes colour footer keys too faintly for their own footer
(solarized's, atom-one-dark's, catppuccin-frappe's). For each theme the key
colour is the theme's own when it reads, else the first of its text colours
that does, else black or white; offered to the CSS as ``$bc-footer-key``.
"""

from __future__ import annotations

from textual.color import Color

READABLE = 4.5
"""WCAG AA for text of ordinary size."""

#: The theme's own key colour first, then the text colours it defines.
CANDIDATES = (
    "footer-key-foreground", "text-primary", "text-accent", "text-secondary", "foreground",
)  # fmt: skip


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def ratio(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _opaque(value: str | None, under: Color) -> Color | None:
    try:
        color = Color.parse(value or "")
    except Exception:  # "auto 87%", "ansi_default": nothing to measure
        return None
    return under.blend(color.with_alpha(1.0), color.a) if color.a < 1 else color


def footer_background(variables: dict[str, str]) -> Color | None:
    """The colour under the footer's keys."""
    footer = _opaque(variables.get("footer-background"), Color(0, 0, 0))
    if footer is None:
        return None
    under = _opaque(variables.get("footer-key-background"), footer)
    return under or footer


def footer_key(variables: dict[str, str]) -> str:
    """The colour footer keys are drawn in, readable on the footer."""
    background = footer_background(variables)
    own = variables.get("footer-key-foreground", "")
    if background is None:
        return own
    measured = [
        (ratio(color, background), name)
        for name in CANDIDATES
        if (color := _opaque(variables.get(name), background)) is not None
    ]
    readable = next((name for score, name in measured if score >= READABLE), None)
    if readable is not None:
        return variables[readable]
    # No colour of the theme's own reads there: black or white, whichever does.
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return "#000000" if ratio(black, background) >= ratio(white, background) else "#ffffff"
