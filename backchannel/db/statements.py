"""Statements: what actors said, paged by date, tagged public or private."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .dates import parse_edtf
from .filters import NO_FILTER, Filter, statement_conditions
from .models import KINDS, PREVIEW_CHARS, STANCES, Statement, statement_day
from .names import ensure_topics
from .paging import FIRST, PageRequest, one_page, read_page
from .plans import plan_for
from .search import searchable, word_count, word_keys, words_match

if TYPE_CHECKING:
    from .desk import Desk

#: The statements pane's sort key, spelled as the expression indexes in
#: schema.py spell it (SQLite matches index expressions by their text).
STATEMENT_DAY = statement_day()


def preview_sql(column: str) -> str:
    """SQL for the start of a long text. Short texts come whole: SQLite's
    substr() and length() stop at a NUL, and news text may hold one."""
    return (
        f"CASE WHEN length(CAST({column} AS BLOB)) <= {PREVIEW_CHARS} THEN {column}"
        f" ELSE substr({column}, 1, {PREVIEW_CHARS}) END"
    )


_COLUMNS = f"""
    s.id, s.uuid, s.said, s.said_earliest, s.reported, s.reported_earliest,
    s.kind, s.stance, s.note,
    s.created_at, s.updated_at,
    CASE WHEN instr(s.text, char(0)) THEN length(CAST(s.text AS BLOB)) ELSE length(s.text) END
        AS length,
    s.speaker_id, sp.name AS speaker_name,
    s.source_id, so.title AS source_title, so.outlet AS source_outlet,
    s.relayed_by_id, rb.name AS relayed_by_name,
    {STATEMENT_DAY} AS day,
    (SELECT group_concat(t.name, char(31)) FROM statement_topics st
       JOIN topics t ON t.id = st.topic_id WHERE st.statement_id = s.id) AS topic_names
"""
_FROM = """
    FROM statements s
    LEFT JOIN actors sp ON sp.id = s.speaker_id
    LEFT JOIN sources so ON so.id = s.source_id
    LEFT JOIN actors rb ON rb.id = s.relayed_by_id
"""
_AT_EVENT = """s.id IN (
    SELECT statement_id FROM statement_events WHERE event_id = ?
    UNION
    SELECT x.id FROM statements x, events e
    WHERE e.id = ? AND x.said_earliest BETWEEN e.earliest AND e.latest
      AND x.speaker_id IN (
          WITH RECURSIVE tree(id) AS (
              SELECT actor_id FROM event_actors WHERE event_id = ?
              UNION SELECT a.id FROM actors a JOIN tree ON a.affiliation_id = tree.id)
          SELECT id FROM tree))"""
_KEY = [statement_day("s"), "s.id"]


def statement_key(statement: Statement) -> tuple[str, int]:
    """The statements pane's sort key: earliest day (undated last), then id."""
    return (statement.day, statement.id)


def _statement(row: dict[str, Any], text: str) -> Statement:
    topics = (
        tuple(sorted(row["topic_names"].split("\x1f"), key=str.casefold))
        if row["topic_names"]
        else ()
    )
    return Statement(
        id=row["id"],
        uuid=row["uuid"],
        text=text,
        length=row["length"],
        speaker_id=row["speaker_id"],
        speaker_name=row["speaker_name"],
        source_id=row["source_id"],
        source_title=row["source_title"],
        source_outlet=row["source_outlet"],
        said=row["said"],
        said_earliest=row["said_earliest"],
        reported=row["reported"],
        reported_earliest=row["reported_earliest"],
        kind=row["kind"],
        relayed_by_id=row["relayed_by_id"],
        relayed_by_name=row["relayed_by_name"],
        stance=row["stance"],
        note=row["note"],
        topics=topics,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def statement_values(
    text: str,
    speaker_id: int | None,
    source_id: int | None,
    said: str | None,
    kind: str,
    relayed_by_id: int | None,
    stance: str | None,
) -> dict[str, Any]:
    """A statement's columns, checked; raises ValueError saying what is wrong."""
    if not text.strip():
        raise ValueError("a statement needs some text")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if stance is not None and stance not in STANCES:
        raise ValueError(f"stance must be public or private, not {stance!r}")
    span = parse_edtf(said) if said else None
    return {
        "text": text,
        "speaker_id": speaker_id,
        "source_id": source_id,
        "said": span.edtf if span else None,
        "said_earliest": span.earliest if span else None,
        "said_latest": span.latest if span else None,
        "kind": kind,
        "relayed_by_id": relayed_by_id,
        "stance": stance,
    }


def set_topics(
    change: ChangeWriter, table: str, column: str, row_id: int, names: Iterable[str]
) -> None:
    """Make a statement's or event's topics exactly ``names``."""
    wanted = set(ensure_topics(change, names))
    current = {
        r[0]
        for r in change.conn.execute(f"SELECT topic_id FROM {table} WHERE {column} = ?", [row_id])
    }
    for topic_id in sorted(current - wanted):
        change.unlink(table, **{column: row_id, "topic_id": topic_id})
    for topic_id in sorted(wanted - current):
        change.link(table, **{column: row_id, "topic_id": topic_id})


class StatementStore:
    """Reads and writes statements on one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _where(
        self,
        source_id: int | None,
        search: str | None,
        filter: Filter | None,
        event_id: int | None = None,
        *,
        speakers_drive: bool = False,
    ) -> tuple[list[str], list[Any]]:
        """WHERE clauses and values; ``speakers_drive``: see plans.py."""
        f = filter or NO_FILTER
        fts = self.desk.fts_query(f.text or search)
        where, params = ["s.deleted_at IS NULL"], []
        if source_id is not None:
            where.append("s.source_id = ?")
            params.append(source_id)
        if event_id is not None:
            where.append(_AT_EVENT)
            params += [event_id] * 3
        clauses, values = statement_conditions(f, fts, speakers_drive=speakers_drive)
        return where + clauses, params + values

    def page(
        self,
        page: PageRequest = FIRST,
        *,
        source_id: int | None = None,
        search: str | None = None,
        filter: Filter | None = None,
        event_id: int | None = None,
    ) -> list[Statement]:
        """One page of statements in date order (undated last), text previewed.

        ``event_id`` narrows to the statements said at or about an event: those
        linked to it, and those its actors (or anyone affiliated) said within
        its dates."""
        keys = self.keys(page, source_id=source_id, search=search, filter=filter, event_id=event_id)
        return self._rows([statement_id for _, statement_id in keys])

    def keys(
        self,
        page: PageRequest = FIRST,
        *,
        source_id: int | None = None,
        search: str | None = None,
        filter: Filter | None = None,
        event_id: int | None = None,
    ) -> list[tuple[str, int]]:
        """The (day, id) keys of one page, each read the way its filter is
        cheapest at any size. Keys first, rows after: whatever has to be
        merged or sorted is bare keys, not previews and topic lists."""
        f = filter or NO_FILTER
        fts = self._word_search(f, search, source_id, event_id)
        if fts:
            # Words: down the date-ordered index, plus what the speakers whose
            # name matches said (a search for "Starmer" finds his words).
            keys = word_keys(self.desk, fts, f, page)
            named = self._named(fts)
            if named:
                said = self.keys(page, filter=replace(f, text="", speaker_ids=named))
                keys = sorted(set(keys) | set(said))
            return one_page(keys, page)
        plan = plan_for(self.desk, f)
        if plan.merge and f.speaker_ids:
            # An actor and its affiliates: one short read per speaker down the
            # (speaker, day, id) index, merged here, instead of sorting every
            # statement they ever made to find the first page.
            merged = list(
                heapq.merge(
                    *(
                        self._keys(
                            page, source_id, search, replace(f, speaker_ids=(s,)), event_id,
                            plan.speakers_drive,
                        )
                        for s in f.speaker_ids
                    )
                )
            )  # fmt: skip
            return one_page(merged, page)
        return self._keys(page, source_id, search, f, event_id, plan.speakers_drive)

    def _word_search(
        self, f: Filter, search: str | None, source_id: int | None, event_id: int | None
    ) -> str | None:
        """The FTS query when words are best read down the date-ordered index
        (see search.searchable); else None."""
        text = f.text or search or ""
        fts = self.desk.fts_query(text)
        return fts if fts and searchable(replace(f, text=text), source_id, event_id) else None

    def _named(self, fts: str) -> tuple[int, ...]:
        """Actors whose name or an alias matches the search."""
        rows = self.desk.query("SELECT rowid AS id FROM actors_fts WHERE actors_fts MATCH ?", [fts])
        return tuple(r["id"] for r in rows)

    def _keys(
        self,
        page: PageRequest,
        source_id: int | None,
        search: str | None,
        f: Filter,
        event_id: int | None,
        speakers_drive: bool,
    ) -> list[tuple[str, int]]:
        """The (day, id) keys of one page, read through the statements' indexes."""
        where, params = self._where(source_id, search, f, event_id, speakers_drive=speakers_drive)
        select = f"SELECT {_KEY[0]} AS day, s.id FROM statements s"
        rows = read_page(self.desk.query, select, where, params, _KEY, page)
        return [(r["day"], r["id"]) for r in rows]

    def _rows(self, ids: list[int]) -> list[Statement]:
        """These statements, in this order, their text previewed."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self.desk.query(
            f"SELECT {_COLUMNS}, {preview_sql('s.text')} AS text {_FROM} WHERE s.id IN ({marks})",
            ids,
        )
        by_id = {r["id"]: r for r in rows}
        return [_statement(by_id[i], by_id[i]["text"]) for i in ids if i in by_id]

    def count(
        self,
        *,
        source_id: int | None = None,
        search: str | None = None,
        filter: Filter | None = None,
        event_id: int | None = None,
    ) -> int:
        """How many live statements match."""
        f = filter or NO_FILTER
        fts = self._word_search(f, search, source_id, event_id)
        if fts:
            total = word_count(self.desk, fts, f)
            named = self._named(fts)
            if named:
                # What they said in other words: their statements the words miss.
                theirs = replace(f, text="", speaker_ids=named)
                drive = plan_for(self.desk, theirs).speakers_drive
                where, params = self._where(None, None, theirs, speakers_drive=drive)
                where.append(f"NOT {words_match()}")
                total += self._count(where, [*params, fts])
            return total
        if f.is_empty and source_id is None and event_id is None and not search:
            return self.desk.live_count("statements")
        drive = plan_for(self.desk, f).speakers_drive
        return self._count(*self._where(source_id, search, f, event_id, speakers_drive=drive))

    def _count(self, where: list[str], params: list[Any]) -> int:
        sql = (
            f"SELECT count(*) AS n FROM statements s WHERE {' AND '.join(f'({w})' for w in where)}"
        )
        return int(self.desk.query(sql, params)[0]["n"])

    def get(self, statement_id: int) -> Statement:
        """One statement with its whole text."""
        rows = self.desk.query(
            f"SELECT {_COLUMNS}, s.text AS text {_FROM} WHERE s.id = ? AND s.deleted_at IS NULL",
            [statement_id],
        )
        if not rows:
            raise NotFound(f"no statement {statement_id}")
        return _statement(rows[0], rows[0]["text"])

    def add(
        self,
        text: str,
        *,
        speaker_id: int | None = None,
        source_id: int | None = None,
        said: str | None = None,
        kind: str = "direct",
        relayed_by_id: int | None = None,
        stance: str | None = None,
        note: str | None = None,
        topics: Iterable[str] = (),
        change: ChangeWriter | None = None,
    ) -> int:
        """Add a statement (and its topics); return its id."""
        values = statement_values(text, speaker_id, source_id, said, kind, relayed_by_id, stance)
        values["note"] = note
        with self.desk.write(change, "Add statement") as c:
            statement_id = c.insert("statements", values)
            set_topics(c, "statement_topics", "statement_id", statement_id, topics)
        return statement_id

    def update(
        self,
        statement_id: int,
        text: str,
        *,
        speaker_id: int | None,
        source_id: int | None,
        said: str | None,
        kind: str,
        relayed_by_id: int | None,
        stance: str | None,
        note: str | None,
        topics: Iterable[str],
        change: ChangeWriter | None = None,
    ) -> None:
        """Change every field of a statement; its topics become exactly ``topics``."""
        values = statement_values(text, speaker_id, source_id, said, kind, relayed_by_id, stance)
        values["note"] = note
        with self.desk.write(change, "Edit statement") as c:
            c.live("statements", statement_id, "statement")
            c.update("statements", statement_id, values)
            set_topics(c, "statement_topics", "statement_id", statement_id, topics)

    def set_stance(self, statement_id: int, stance: str | None) -> Statement:
        """Tag a statement public or private, or clear the tag (None)."""
        if stance is not None and stance not in STANCES:
            raise ValueError(f"stance must be public or private, not {stance!r}")
        label = f"Tag statement {stance}" if stance else "Clear statement stance"
        with self.desk.change(label) as change:
            change.live("statements", statement_id, "statement")
            change.update("statements", statement_id, {"stance": stance})
        return self.get(statement_id)

    def toggle_stance(self, statement_id: int, stance: str) -> Statement:
        """Tag with ``stance``; if it already has that tag, clear it."""
        with self.desk.change(f"Tag statement {stance}") as change:
            # Read inside the change: what is toggled is what the desk holds now.
            current = change.live("statements", statement_id, "statement")["stance"]
            if current == stance:
                change.relabel("Clear statement stance")
            return self.set_stance(statement_id, None if current == stance else stance)
