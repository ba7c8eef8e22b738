"""A filter, resolved to ids and days, and the SQL it means for each kind of row.

The filter line (``by:Trump topic:"security guarantees" since:March``) is read
into a ``Filter`` above the store, where names and date phrases are understood
(``backchannel.filter_line``); here a ``Filter`` only becomes WHERE clauses.
Every clause keeps to an index: speakers and stances page by date through
``(speaker_id, day, id)`` and ``(stance, day, id)``, dates are ranges on the
day key, topics are searches of ``statement_topics(topic_id, statement_id)``.

A statement is placed by the earliest day it can mean, as everywhere else:
``since`` and ``until`` compare that day, and undated statements never pass a
date bound.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .models import UNDATED, statement_day


@dataclass(frozen=True)
class Filter:
    """What a pane or view is narrowed to; every part must hold (AND)."""

    line: str = ""
    """The filter as the person typed it, for titles and saving."""
    text: str = ""
    """Free words, searched in full text (and speakers' names)."""
    speaker_ids: tuple[int, ...] | None = None
    """The speakers asked for with ``by:``, with everyone affiliated to them."""
    speaker_label: str = ""
    topic_ids: tuple[int, ...] = ()
    """Every one of these topics."""
    stance: str | None = None
    source_ids: tuple[int, ...] | None = None
    """Sources asked for with ``source:``, and the sources relaying them."""
    since: str | None = None
    """ISO day: the earliest day said is this or later."""
    until: str | None = None
    """ISO day: the earliest day said is this or earlier."""
    kind: str | None = None
    """direct, indirect or block."""
    hidden_speaker_ids: tuple[int, ...] | None = None
    """Source protection: statements by these speakers, or by no one named,
    are left out (``--redact anonymous``). None: nothing is hidden."""

    @property
    def is_empty(self) -> bool:
        return not self.line.strip()

    @property
    def statement_only(self) -> bool:
        """True when the filter asks for something only statements have."""
        return self.stance is not None or self.kind is not None

    def with_stance(self, stance: str | None) -> Filter:
        """The same filter asking for another stance (None: any), its line too."""
        line = " ".join(w for w in self.line.split(" ") if w and not w.startswith("stance:"))
        if stance is not None:
            line = f"{line} stance:{stance}".strip()
        return replace(self, stance=stance, line=line)


NO_FILTER = Filter()


def _marks(ids: tuple[int, ...]) -> str:
    return ", ".join("?" for _ in ids)


def _sources_and_days(
    f: Filter, source: str, day: str, where: list[str], params: list[Any], dated: str = ""
) -> None:
    """The clauses every kind of row shares: its source among ``f``'s, and its
    day (``day``) within since and until. ``dated`` excludes undated rows."""
    if f.source_ids is not None:
        where.append(f"{source} IN ({_marks(f.source_ids)})" if f.source_ids else "0")
        params += f.source_ids
    if f.since is not None:
        where.append(f"{day} >= ?{dated}")
        params.append(f.since)
    if f.until is not None:
        where.append(f"{day} <= ?")
        params.append(f.until)


def statement_conditions(
    f: Filter, fts: str | None, alias: str = "s", *, speakers_drive: bool = False
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (and their values) for statements ``alias`` matching ``f``.

    ``fts`` is the desk's FTS query for ``f.text`` (None when there is no text).
    ``speakers_drive``: read the speakers' index and test each statement against
    the topics' lists, not the topics' statements one by one (see plans.py).
    """
    where: list[str] = []
    params: list[Any] = []
    day = statement_day(alias)
    if fts:
        # A statement matches on its own words or on its speaker's name.
        where.append(
            f"{alias}.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
            f" OR {alias}.speaker_id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)"
        )
        params += [fts, fts]
    if f.speaker_ids is not None:
        where.append(f"{alias}.speaker_id IN ({_marks(f.speaker_ids)})" if f.speaker_ids else "0")
        params += f.speaker_ids
    # (a unary + keeps SQLite from reading the topic's statements to test each)
    tested = "+" if speakers_drive else ""
    for topic_id in f.topic_ids:
        where.append(
            f"{tested}{alias}.id IN (SELECT statement_id FROM statement_topics WHERE topic_id = ?)"
        )
        params.append(topic_id)
    # With speakers given, their (speaker, day, id) index is the one to read:
    # a unary + keeps SQLite from choosing the far larger stance index instead,
    # which it does on a desk without statistics (a tenth of a second against two).
    stance = f"+{alias}.stance" if f.speaker_ids else f"{alias}.stance"
    if f.stance in ("public", "private"):
        where.append(f"{stance} = ?")
        params.append(f.stance)
    elif f.stance == "none":
        where.append(f"{stance} IS NULL")
    elif f.stance == "tagged":
        where.append(f"{stance} IS NOT NULL")
    dated = f" AND {day} != '{UNDATED}'"
    _sources_and_days(f, f"{alias}.source_id", day, where, params, dated)
    if f.kind is not None:
        where.append(f"{alias}.kind = ?")
        params.append(f.kind)
    if f.hidden_speaker_ids is not None:
        where.append(f"{alias}.speaker_id IS NOT NULL")
        if f.hidden_speaker_ids:
            where.append(f"{alias}.speaker_id NOT IN ({_marks(f.hidden_speaker_ids)})")
            params += f.hidden_speaker_ids
    return where, params


def event_conditions(f: Filter, fts: str | None, alias: str = "e") -> tuple[list[str], list[Any]]:
    """WHERE clauses for events matching ``f``: none do when it asks for a
    stance or a kind of quote, which only statements have."""
    if f.statement_only:
        return ["0"], []
    where: list[str] = []
    params: list[Any] = []
    if fts:
        where.append(f"{alias}.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(fts)
    if f.speaker_ids is not None:
        where.append(
            f"{alias}.id IN (SELECT event_id FROM event_actors"
            f" WHERE actor_id IN ({_marks(f.speaker_ids)}))"
        )
        params += f.speaker_ids
    for topic_id in f.topic_ids:
        where.append(f"{alias}.id IN (SELECT event_id FROM event_topics WHERE topic_id = ?)")
        params.append(topic_id)
    _sources_and_days(f, f"{alias}.source_id", f"{alias}.earliest", where, params)
    return where, params


def source_conditions(f: Filter, fts: str | None, alias: str = "s") -> tuple[list[str], list[Any]]:
    """WHERE clauses for sources matching ``f``: their own words, names and
    publication dates, and for speakers, topics, stances and kinds, holding a
    statement that has them."""
    where: list[str] = []
    params: list[Any] = []
    if fts:
        where.append(f"{alias}.id IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?)")
        params.append(fts)
    _sources_and_days(f, f"{alias}.id", f"{alias}.published_earliest", where, params)
    inner = Filter(
        speaker_ids=f.speaker_ids,
        topic_ids=f.topic_ids,
        stance=f.stance,
        kind=f.kind,
        hidden_speaker_ids=f.hidden_speaker_ids,
    )
    clauses, values = statement_conditions(inner, None, "st")
    if clauses:
        held = " AND ".join(f"({c})" for c in ["st.deleted_at IS NULL", *clauses])
        if f.speaker_ids is not None or f.topic_ids:
            # Few statements: collect their sources once (through the speaker or
            # topic index) rather than ask of every source in turn.
            where.append(f"{alias}.id IN (SELECT st.source_id FROM statements st WHERE {held})")
        else:
            # A stance or a kind holds for a good share of statements: ask of each
            # source, newest first, until a page is found.
            where.append(
                f"EXISTS (SELECT 1 FROM statements st WHERE st.source_id = {alias}.id AND {held})"
            )
        params += values
    return where, params
