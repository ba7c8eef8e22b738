"""Keyset paging: read a page of rows after (or before) a key, never by offset.

A pane on a desk of a million statements asks for "the 100 rows after this
key" and SQLite answers from an index in the same time as for ten rows.

SQLite does not use an index to satisfy a row-value range such as
``(day, id) > (?, ?)`` on an expression index: it scans from the start. So a
page after key (d, i) is read as up to two index searches, each exact:
``day = d AND id > i``, then ``day > d``. Many rows may share a day (a busy
news day, or every undated statement); neither search scans them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

Query = Callable[[str, list[Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class PageRequest:
    """Which page: the first, the last, or the one after or before a key."""

    after: tuple[Any, ...] | None = None
    before: tuple[Any, ...] | None = None
    last: bool = False
    limit: int = 100

    @property
    def forward(self) -> bool:
        """True when rows are read in the pane's own order."""
        return self.before is None and not self.last


FIRST = PageRequest()


def one_page(rows: list[T], page: PageRequest) -> list[T]:
    """A page's share of rows read or merged in the pane's order (more than a
    page, from several reads): the first ones going forward, the last going back."""
    return rows[: page.limit] if page.forward else rows[-page.limit :]


def read_page(
    query: Query,
    select: str,
    where: list[str],
    params: list[Any],
    key: list[str],
    page: PageRequest,
    *,
    descending: bool = False,
) -> list[dict[str, Any]]:
    """Rows of one page, in the pane's order.

    ``key`` names the sort expressions, the last one unique (the id); they
    must match an index, column for column, for this to be fast.
    """
    if page.after is not None and page.before is not None:
        raise ValueError("a page is read after a key or before one, not both")
    direction = "ASC" if page.forward != descending else "DESC"
    bound = page.after if page.after is not None else page.before
    # (extra conditions, their values, the key columns left to order by)
    searches: list[tuple[list[str], list[Any], list[str]]] = [([], [], key)]
    if bound is not None:
        op = ">" if (page.after is not None) != descending else "<"
        # Most specific first: same prefix with a later last column, then a
        # later column before it, and so on; each is one index search. The
        # fixed prefix is left out of ORDER BY, or SQLite sorts the matches.
        searches = [
            (
                [f"{key[j]} = ?" for j in range(i)] + [f"{key[i]} {op} ?"],
                [*bound[:i], bound[i]],
                key[i:],
            )
            for i in reversed(range(len(key)))
        ]
    rows: list[dict[str, Any]] = []
    for conditions, values, order_by in searches:
        clauses = where + conditions
        sql = select + (" WHERE " + " AND ".join(f"({c})" for c in clauses) if clauses else "")
        sql += " ORDER BY " + ", ".join(f"{k} {direction}" for k in order_by) + " LIMIT ?"
        rows.extend(query(sql, [*params, *values, page.limit - len(rows)]))
        if len(rows) >= page.limit:
            break
    if not page.forward:
        rows.reverse()
    return rows
