"""Keyset paging: read a page of rows after (or before) a key, never by offset.

A pane on a desk of a million statements asks for "the 100 rows after this
key" and SQLite answers from an index in the same time as for ten rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


def keyset_sql(
    select: str,
    where: list[str],
    params: list[Any],
    key: list[str],
    page: PageRequest,
    *,
    descending: bool = False,
) -> tuple[str, list[Any]]:
    """Build ``select`` + WHERE + ORDER BY key + LIMIT for one page.

    ``key`` names the sort expressions, last one unique (the id); rows come
    back in scan order, so a caller reverses them when ``page.forward`` is
    False. The key expressions must match an index for this to be fast.
    """
    where = list(where)
    params = list(params)
    row = f"({', '.join(key)})"
    marks = f"({', '.join('?' for _ in key)})"
    if page.after is not None:
        where.append(f"{row} {'<' if descending else '>'} {marks}")
        params.extend(page.after)
    if page.before is not None:
        where.append(f"{row} {'>' if descending else '<'} {marks}")
        params.extend(page.before)
    ascending = page.forward != descending
    order = ", ".join(f"{k} {'ASC' if ascending else 'DESC'}" for k in key)
    sql = select
    if where:
        sql += " WHERE " + " AND ".join(f"({w})" for w in where)
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(page.limit)
    return sql, params
