"""News text made safe to show, on a screen or in a terminal.

Text from the news is hostile input. ``clean()`` makes every control
character visible: ESC becomes ``␛``, so ``\\x1b[2J`` cannot clear the screen
and ``\\x1b]52;…`` cannot write the clipboard; NUL becomes ``␀``; direction
overrides are shown as ``<U+202E>`` so they cannot reorder what follows. Long
text is cut before anything measures or wraps it. Pure: no UI imports, so the
shell commands use it too.
"""

from __future__ import annotations

BIDI_CONTROLS: list[int] = [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]

_VISIBLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20)}
_VISIBLE[0x7F] = "␡"
_VISIBLE.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})
_VISIBLE.update({c: f"<U+{c:04X}>" for c in BIDI_CONTROLS})

_MULTILINE = dict(_VISIBLE)
del _MULTILINE[ord("\n")]
_MULTILINE[ord("\t")] = "    "
_MULTILINE[ord("\r")] = ""

_ONE_LINE = dict(_VISIBLE)
_ONE_LINE[ord("\n")] = " ⏎ "
_ONE_LINE[ord("\t")] = " "
_ONE_LINE[ord("\r")] = ""


def clean(value: object, limit: int = 2_000, *, one_line: bool = True) -> str:
    """The text with control characters made visible, cut to ``limit`` characters."""
    text = "" if value is None else str(value)
    cut = len(text) > limit
    text = text[:limit].translate(_ONE_LINE if one_line else _MULTILINE)
    return f"{text}…" if cut else text
