"""Sources: pieces of reporting, newest first, and the chain of who relays whom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound
from .dates import parse_edtf
from .filters import NO_FILTER, Filter, source_conditions
from .items import like_prefix
from .models import GRADES, Source
from .names import name_key, name_key_sql, tidy_name
from .paging import FIRST, PageRequest, read_page

if TYPE_CHECKING:
    from .desk import Desk

_SELECT = """
    SELECT s.id, s.uuid, s.title, s.outlet, s.url, s.author, s.published, s.reliability,
           s.relays_id, r.title AS relays_title, r.outlet AS relays_outlet, s.note,
           (SELECT count(*) FROM statements st
              WHERE st.source_id = s.id AND st.deleted_at IS NULL) AS statement_count
    FROM sources s LEFT JOIN sources r ON r.id = s.relays_id
"""


def source_key(source: Source) -> tuple[int]:
    """The sources pane's sort key: newest added first."""
    return (source.id,)


def _source(row: dict[str, Any]) -> Source:
    return Source(**{k: row[k] for k in Source.__dataclass_fields__})


class SourceStore:
    """Reads and writes sources on one desk."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _where(self, search: str | None, filter: Filter | None) -> tuple[list[str], list[Any]]:
        f = filter or NO_FILTER
        fts = self.desk.fts_query(f.text or search)
        clauses, params = source_conditions(f, fts)
        return ["s.deleted_at IS NULL", *clauses], params

    def page(
        self,
        page: PageRequest = FIRST,
        *,
        search: str | None = None,
        filter: Filter | None = None,
    ) -> list[Source]:
        """One page of sources, most recently added first."""
        where, params = self._where(search, filter)
        rows = read_page(self.desk.query, _SELECT, where, params, ["s.id"], page, descending=True)
        return [_source(r) for r in rows]

    def count(self, *, search: str | None = None, filter: Filter | None = None) -> int:
        """How many live sources match."""
        if not search and (filter is None or filter.is_empty):
            return self.desk.live_count("sources")
        where, params = self._where(search, filter)
        sql = f"SELECT count(*) AS n FROM sources s WHERE {' AND '.join(f'({w})' for w in where)}"
        return int(self.desk.query(sql, params)[0]["n"])

    def get(self, source_id: int) -> Source:
        """One source."""
        rows = self.desk.query(f"{_SELECT} WHERE s.id = ? AND s.deleted_at IS NULL", [source_id])
        if not rows:
            raise NotFound(f"no source {source_id}")
        return _source(rows[0])

    def match(self, name: str) -> Source | None:
        """The source a person means by ``name``: a title, else an outlet ("Telegraph"
        finds "The Telegraph"), else a title or outlet containing it; the most
        recently added wins, since that is the one being read. None if nothing fits."""
        name = tidy_name(name)
        bare = name[4:] if name.lower().startswith("the ") else name
        key = name_key(bare)
        live = "s.deleted_at IS NULL"
        for where, params in (
            ("s.title = ? COLLATE NOCASE", [name]),
            ("s.outlet IN (?, ?) COLLATE NOCASE", [bare, f"The {bare}"]),
            (
                f"({name_key_sql('s.title')} IN (?, ?) OR {name_key_sql('s.outlet')} IN (?, ?))",
                [key, f"the {key}"] * 2,
            ),
            (
                "(s.outlet LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\')",
                ["%" + like_prefix(name)] * 2,
            ),
        ):
            rows = self.desk.query(
                f"{_SELECT} WHERE {live} AND {where} ORDER BY s.id DESC LIMIT 1", params
            )
            if rows:
                return _source(rows[0])
        return None

    def chain(self, source_id: int, limit: int = 10) -> list[Source]:
        """The source and those it relays, in order: [Ukrainska Pravda, The Telegraph]."""
        chain: list[Source] = []
        next_id: int | None = source_id
        while next_id is not None and len(chain) < limit:
            if any(s.id == next_id for s in chain):
                break  # a relay loop; show each source once
            source = self.get(next_id)
            chain.append(source)
            next_id = source.relays_id
        return chain

    def add(
        self,
        title: str,
        *,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
        published: str | None = None,
        reliability: str | None = None,
        relays_id: int | None = None,
        note: str | None = None,
        change: ChangeWriter | None = None,
    ) -> int:
        """Add a source; return its id."""
        values = source_values(title, outlet, url, author, published, reliability, relays_id)
        values["note"] = note
        with self.desk.write(change, "Add source") as c:
            return c.insert("sources", values)

    def update(
        self,
        source_id: int,
        title: str,
        *,
        outlet: str | None,
        url: str | None,
        author: str | None,
        published: str | None,
        reliability: str | None,
        relays_id: int | None,
        note: str | None,
        change: ChangeWriter | None = None,
    ) -> None:
        """Change every field of a source."""
        if relays_id == source_id:
            raise ValueError("a source cannot relay itself")
        values = source_values(title, outlet, url, author, published, reliability, relays_id)
        values["note"] = note
        with self.desk.write(change, "Edit source") as c:
            c.live("sources", source_id, "source")
            c.update("sources", source_id, values)


def source_values(
    title: str,
    outlet: str | None,
    url: str | None,
    author: str | None,
    published: str | None,
    reliability: str | None,
    relays_id: int | None,
) -> dict[str, Any]:
    """A source's columns, checked; raises ValueError saying what is wrong."""
    if not title.strip():
        raise ValueError("a source needs a title")
    if reliability is not None and reliability not in GRADES:
        raise ValueError(f"reliability is an Admiralty grade A-F, not {reliability!r}")
    span = parse_edtf(published) if published else None
    return {
        "title": title.strip(),
        "outlet": outlet,
        "url": url,
        "author": author,
        "published": span.edtf if span else None,
        "published_earliest": span.earliest if span else None,
        "published_latest": span.latest if span else None,
        "reliability": reliability,
        "relays_id": relays_id,
    }
