"""The filter line: free words and ``key:value`` tokens, read into a ``Filter``.

    trump guarantees by:"United States" topic:"security guarantees"
    stance:private source:Telegraph since:"early March" until:2025-04 kind:direct

Names are found on the desk (``by:`` takes in everyone affiliated with the
actor, ``source:`` the sources relaying the one named) and dates go through
the shared date parser, so ``since:March`` means what a capture's ``~March``
does. Anything that cannot be understood raises ``FilterError`` saying what
and where; nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from backchannel.db import DateError, Desk, parse_edtf
from backchannel.db.filters import NO_FILTER, Filter
from backchannel.db.items import like_prefix, topic_names
from backchannel.extract.dates import parse_date
from backchannel.vocabulary import FILTER_KEYS, KINDS

KEYS = FILTER_KEYS
"""The keys a filter understands, in the order help lists them."""
#: A second key in one shell word's value: the word is a whole filter line.
_ANOTHER_KEY = re.compile(rf"\s(?:{'|'.join(map(re.escape, KEYS))}):", re.I)

STANCE_VALUES = {
    "public": "public",
    "private": "private",
    "none": "none",
    "untagged": "none",
    "tagged": "tagged",
}

#: key:"quoted value", key:“curly”, key:word, "a phrase", or a word.
_TOKEN = re.compile(
    r"""(?P<key>[A-Za-z]+):(?:"(?P<dq>[^"]*)"?|“(?P<cq>[^”]*)”?|(?P<bare>\S*))"""
    r"""|(?P<phrase>"[^"]*"?)|(?P<word>\S+)"""
)
_MAX_SOURCES = 5000


class FilterError(ValueError):
    """A filter that cannot be understood; the message says which part and why."""


def tokens(line: str) -> list[tuple[str | None, str]]:
    """Split a filter line into (key, value) pairs; key None for free words."""
    found: list[tuple[str | None, str]] = []
    for m in _TOKEN.finditer(line):
        if m.group("key") is not None:
            value = next((m.group(g) for g in ("dq", "cq", "bare") if m.group(g) is not None), "")
            key = m.group("key").lower()
            if key not in KEYS and value.startswith("//"):
                found.append((None, m.group(0)))  # a URL, not a key
                continue
            found.append((key, value))
        else:
            found.append((None, m.group("phrase") or m.group("word")))
    return found


#: The keys whose values are looked up on the desk (names, and dates read
#: against the desk's own "now").
LOOKED_UP = frozenset({"by", "topic", "source", "since", "until"})


def reads_desk(line: str) -> bool:
    """True when reading ``line`` looks something up on the desk; a line of
    words, stance: and kind: is read without touching it."""
    return any(key in LOOKED_UP for key, _ in tokens(line))


def _quote(value: str) -> str:
    return f'"{value}"' if (not value or any(c.isspace() for c in value)) else value


def parse_filter(desk: Desk, line: str | Sequence[str], today: date | None = None) -> Filter:
    """Read a filter line (or the words of one, as a shell passes them)."""
    if isinstance(line, str):
        pairs = tokens(line)
    else:
        pairs = []
        for word in line:
            # One shell word is one token: by:United States arrives unquoted.
            m = re.fullmatch(r"([A-Za-z]+):(.*)", word, re.S)
            if m and _ANOTHER_KEY.search(m.group(2)):
                pairs.extend(tokens(word))  # a whole line in one word: 'by:X stance:private'
            elif m and (m.group(1).lower() in KEYS or not m.group(2).startswith("//")):
                pairs.append((m.group(1).lower(), m.group(2).strip('"“”')))
            else:
                pairs.extend(tokens(word))
    if not pairs:
        return NO_FILTER
    words: list[str] = []
    speakers: list[int] = []
    speaker_names: list[str] = []
    topics: list[int] = []
    sources: list[int] = []
    single: dict[str, str] = {}
    shown: list[str] = []
    for key, value in pairs:
        if key is None:
            words.append(value)
            shown.append(value)
            continue
        shown.append(f"{key}:{_quote(value)}")
        if key not in KEYS:
            raise FilterError(
                f"unknown filter “{key}:”; the keys are " + ", ".join(f"{k}:" for k in KEYS)
            )
        value = " ".join(value.split())
        if not value:
            raise FilterError(f"“{key}:” needs a value")
        if key == "by":
            ids, name = _actors(desk, value)
            speakers += ids
            speaker_names.append(name)
        elif key == "topic":
            topics.append(_topic(desk, value))
        elif key == "source":
            sources += _sources(desk, value)
        else:
            if key in single:
                raise FilterError(f"“{key}:” is given twice")
            single[key] = value
    f = Filter(
        line=" ".join(shown),
        text=" ".join(words),
        speaker_ids=tuple(dict.fromkeys(speakers)) if speaker_names else None,
        speaker_label=" or ".join(speaker_names),
        topic_ids=tuple(dict.fromkeys(topics)),
        source_ids=tuple(dict.fromkeys(sources)) if sources else None,
    )
    if "stance" in single:
        stance = STANCE_VALUES.get(single["stance"].lower())
        if stance is None:
            raise FilterError(
                f"stance:{single['stance']} is not a stance; use public, private or none"
            )
        f = replace(f, stance=stance)
    if "kind" in single:
        kind = single["kind"].lower()
        if kind not in KINDS:
            raise FilterError(f"kind:{single['kind']} is not a kind; use {', '.join(KINDS)}")
        f = replace(f, kind=kind)
    if "since" in single or "until" in single:
        day = desk.reference_day(today)  # (a read: only when a date needs it)
        if "since" in single:
            f = replace(f, since=_day(single["since"], day, "since", earliest=True))
        if "until" in single:
            f = replace(f, until=_day(single["until"], day, "until", earliest=False))
    if f.since and f.until and f.since > f.until:
        raise FilterError(f"since:{single['since']} is after until:{single['until']}")
    return f


def _actors(desk: Desk, name: str) -> tuple[list[int], str]:
    """The actors so named and everyone affiliated with them (at any depth)."""
    found = desk.actors.find(name) or desk.actors.by_surname(name)
    if not found:
        near = desk.actors.names(name, limit=3) or [a.name for a in desk.actors.near(name)]
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        raise FilterError(f"no actor named “{name}”{hint}")
    return affiliated(desk, [a.id for a in found]), found[0].name


def affiliated(desk: Desk, roots: Sequence[int]) -> list[int]:
    """These actors and everyone affiliated with them, at any depth."""
    marks = ", ".join("?" for _ in roots)
    rows = desk.query(
        f"""WITH RECURSIVE tree(id) AS (
                SELECT id FROM actors WHERE id IN ({marks})
                UNION SELECT a.id FROM actors a JOIN tree ON a.affiliation_id = tree.id
                WHERE a.deleted_at IS NULL)
            SELECT id FROM tree""",
        list(roots),
    )
    return [r["id"] for r in rows]


def by_actor(desk: Desk, actor_id: int, name: str, more: Sequence[str] = ()) -> Filter:
    """``by:NAME`` and the words ``more`` for an actor already known by id: the
    line a person would type, without looking the name up again."""
    f = parse_filter(desk, more)
    line = " ".join([f"by:{_quote(name)}", f.line]).strip()
    return replace(
        f, line=line, speaker_ids=tuple(affiliated(desk, [actor_id])), speaker_label=name
    )


def _topic(desk: Desk, name: str) -> int:
    for candidate in (name, name.replace("-", " ")):
        rows = desk.query("SELECT id FROM topics WHERE name = ? COLLATE NOCASE", [candidate])
        if rows:
            return int(rows[0]["id"])
    near = topic_names(desk, name[:3], limit=3)
    hint = f" (did you mean {', '.join(near)}?)" if near else ""
    raise FilterError(f"no topic named “{name}”{hint}")


def _sources(desk: Desk, name: str) -> list[int]:
    """Sources titled or published by ``name`` (else containing it), and those
    relaying them: source:Telegraph takes in Ukrainska Pravda citing it."""
    bare = name[4:] if name.lower().startswith("the ") else name
    live = "deleted_at IS NULL"
    ids: list[int] = []
    for where, params in (
        (
            "(title = ? COLLATE NOCASE OR outlet IN (?, ?) COLLATE NOCASE)",
            [name, bare, f"The {bare}"],
        ),
        ("(outlet LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\')", ["%" + like_prefix(name)] * 2),
    ):
        rows = desk.query(
            f"SELECT id FROM sources WHERE {live} AND {where} LIMIT {_MAX_SOURCES + 1}", params
        )
        if rows:
            ids = [r["id"] for r in rows]
            break
    if not ids:
        raise FilterError(f"no source titled or published by “{name}”")
    marks = ", ".join("?" for _ in ids)
    rows = desk.query(
        f"""WITH RECURSIVE relays(id) AS (
                SELECT id FROM sources WHERE id IN ({marks})
                UNION SELECT s.id FROM sources s JOIN relays r ON s.relays_id = r.id
                WHERE s.deleted_at IS NULL)
            SELECT id FROM relays LIMIT {_MAX_SOURCES + 1}""",
        ids,
    )
    if len(rows) > _MAX_SOURCES:
        raise FilterError(f"source:{name} matches over {_MAX_SOURCES:,} sources; say more")
    return [r["id"] for r in rows]


def _day(phrase: str, today: date, key: str, *, earliest: bool) -> str:
    try:
        span = parse_edtf(parse_date(phrase, today))
    except DateError as error:
        raise FilterError(f"{key}: {error}") from None
    return span.earliest if earliest else span.latest
