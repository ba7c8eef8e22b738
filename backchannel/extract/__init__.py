"""Pure functions from news text to proposals. Never imports textual or the UI.

``extract(text, published)`` reads a pasted article and proposes its
statements (with speakers, kinds and suggested stances, and the cue words
behind each stance) and its dated events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .proposals import Proposals, extract

__all__ = ["Proposals", "extract"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the capture line (extract.capture) is needed at
    # start-up, the article reader's patterns only when an article comes in.
    if name in __all__:
        from . import proposals

        return getattr(proposals, name)
    raise AttributeError(name)
