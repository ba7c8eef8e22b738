"""The few drawing characters the app uses, and plain ones for terminals that
lack them: the Linux console (TERM=linux) has no ◆, no eighth blocks, no ·.
BACKCHANNEL_ASCII=1 asks for the plain ones anywhere."""

from __future__ import annotations

import os

PLAIN = os.environ.get("TERM") == "linux" or os.environ.get("BACKCHANNEL_ASCII") == "1"
"""True where only plain characters can be trusted."""

EVENT = "*" if PLAIN else "◆"
"""An event's mark on the timeline."""

UNTAGGED = "-" if PLAIN else "·"
"""An untagged statement's mark."""

BARS = " .:-=+*#%" if PLAIN else " ▁▂▃▄▅▆▇█"
"""Nine steps of a bar, empty to full."""


def plain_scrollbars() -> None:
    """Scrollbars drawn without eighth blocks (the thumb by its colour alone)."""
    if not PLAIN:
        return
    from textual.scrollbar import ScrollBarRender

    ScrollBarRender.VERTICAL_BARS = [" "] * 8
    ScrollBarRender.HORIZONTAL_BARS = [" "] * 8
