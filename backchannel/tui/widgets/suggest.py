"""Completion from the desk's own names, for the capture bar and the forms."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

from textual.dom import DOMNode
from textual.suggester import Suggester

from backchannel.db import Desk
from backchannel.db.items import source_names, topic_names
from backchannel.textsafe import clean
from backchannel.vocabulary import FILTER_KEYS

Complete = Callable[[str], list[str]]


def desk_names(desk: Desk, what: str, typed: str) -> list[str]:
    """Names on the desk starting with ``typed``: "actor", "topic" or "source"."""
    if what == "actor":
        return desk.actors.names(typed)
    if what == "topic":
        return topic_names(desk, typed)
    return source_names(desk, typed)


class SafeSuggester(Suggester):
    """A suggester whose suggestions, made of names from the news, never carry a
    control character to the terminal: they are shown made visible (``clean``).
    Names are looked up in a thread: a desk of fifty thousand sources takes a
    while to answer "Ba…", and the keys typed meanwhile must not wait."""

    async def _get_suggestion(self, requester: DOMNode, value: str) -> None:
        # Keys read in one burst each ask for a suggestion: the letters behind
        # this one are handled first, and only the newest value is looked up
        # (twenty lookups side by side held the cores the filter needed).
        await asyncio.sleep(0)
        if getattr(requester, "value", value) != value:
            return
        await super()._get_suggestion(requester, value)

    async def get_suggestion(self, value: str) -> str | None:
        found = await asyncio.to_thread(self.suggest, value)
        # The input shows what a suggestion adds after the typed value, so one
        # that changes what was typed would show garbled: none is offered.
        if found is None or not found.startswith(value):
            return None
        return clean(found, 10_000)

    def suggest(self, value: str) -> str | None:
        raise NotImplementedError


class NameSuggester(SafeSuggester):
    """Completes a whole field, or the last part of a comma-separated list."""

    def __init__(self, complete: Complete, *, listing: bool = False) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.complete = complete
        self.listing = listing

    def suggest(self, value: str) -> str | None:
        head, _, tail = value.rpartition(",") if self.listing else ("", "", value)
        typed = tail.lstrip()
        if not typed:
            return None
        for name in self.complete(typed):
            if len(name) > len(typed) and name.lower().startswith(typed.lower()):
                lead = value[: len(value) - len(typed)]
                return lead + typed + name[len(typed) :]
        return None


# The token being typed at the end of a capture line, quoted or bare:
# @"Keir St -> @"Keir Starmer"   @Sta -> @Starmer   #secu -> #security-guarantees
_PREFIX = r"(?:^|\s)(?P<prefix>@|#|\^|via:)"
_QUOTED = re.compile(_PREFIX + r'"(?P<typed>[^"]+)$')
_BARE = re.compile(_PREFIX + r"(?P<typed>[^\s\"]+)$")


class CaptureSuggester(SafeSuggester):
    """Completes the speaker, topic, source or relayer being typed on a capture line."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.desk = desk

    def _names(self, prefix: str, typed: str) -> list[str]:
        if prefix in ("@", "via:"):
            return desk_names(self.desk, "actor", typed)
        if prefix == "#":
            names = desk_names(self.desk, "topic", typed.replace("-", " "))
            return [name.replace(" ", "-") for name in names]
        return desk_names(self.desk, "source", typed)

    def suggest(self, value: str) -> str | None:
        quoted = _QUOTED.search(value)
        m = quoted or _BARE.search(value)
        if not m:
            return None
        typed = m["typed"]
        for name in self._names(m["prefix"], typed):
            rest = name[len(typed) :]
            if not rest or not name.lower().startswith(typed.lower()):
                continue
            if quoted:
                return f'{value}{rest}"'
            if " " not in name:
                return value + rest
        return None


# The value being typed after a key at the end of a filter line, or a key itself.
_FILTER_VALUE = re.compile(
    r'(?:^|\s)(?P<key>by|topic|source|stance|kind):(?P<quote>["“]?)(?P<typed>[^"“”]*)$'
)
_FILTER_KEY = re.compile(r"(?:^|\s)(?P<typed>[a-z]{2,})$")
FILTER_CHOICES = {
    "stance": ["public", "private", "none"],
    "kind": ["direct", "indirect", "block"],
}


class FilterSuggester(SafeSuggester):
    """Completes the name after by:, topic: or source: on a filter line; names
    with spaces are taken quoted: by:Uni, then right, is by:"United States"."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.desk = desk
        self.quoted: dict[str, str] = {}
        """The last suggestion of a name with spaces, as it is taken: quoted."""

    def taken(self, value: str) -> str:
        """What a line becomes once its suggestion is taken."""
        return self.quoted.get(value, value)

    def _names(self, key: str, typed: str) -> list[str]:
        if key in FILTER_CHOICES:
            return FILTER_CHOICES[key]
        return desk_names(self.desk, {"by": "actor"}.get(key, key), typed)

    def suggest(self, value: str) -> str | None:
        m = _FILTER_VALUE.search(value)
        if not m:
            key = _FILTER_KEY.search(value)  # "to" -> "topic:"
            if key:
                typed = key["typed"]
                found = next((k for k in FILTER_KEYS if k.startswith(typed) and k != typed), None)
                return f"{value}{found[len(typed) :]}:" if found else None
            return None
        if not m["typed"] or (not m["quote"] and " " in m["typed"]):
            return None
        typed = m["typed"]
        for name in self._names(m["key"], typed):
            if len(name) <= len(typed) or not name.lower().startswith(typed.lower()):
                continue
            head = value[: m.start("quote")]
            if m["quote"]:
                return f'{head}{m["quote"]}{typed}{name[len(typed) :]}"'
            bare = head + typed + name[len(typed) :]
            if " " in name:
                # Shown as typed on (the ghost text must extend the line), taken
                # quoted: by:Kei, then right, is by:"Keir Starmer".
                self.quoted = {bare: f'{head}"{typed}{name[len(typed) :]}"'}
            return bare
        return None
