"""Opening a desk file safely, and the one door every write goes through.

A desk is one SQLite file. Opening one checks, before anything is written,
that the file is SQLite, that it is a Backchannel desk and not from a newer
Backchannel, and that it can be written; a new desk is created readable by
its owner only (0600). Every write happens inside ``Desk.change()``: one
transaction that also records each row's before and after in ``history``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .changes import ChangeWriter, NotFound, rows_as_dicts
from .models import Change
from .steps import MIGRATION_SET, MIGRATIONS_TABLE, STEPS

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"


class DeskError(Exception):
    """A desk that cannot be opened; says which file and what is wrong."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def _check_file(path: Path) -> bool:
    """Refuse files that are not desks before touching them; True if it exists."""
    if path.is_dir():
        raise DeskError(path, "is a folder, not a desk file")
    if not path.exists():
        folder = path.parent
        if not folder.is_dir():
            raise DeskError(path, f"cannot be created: folder {folder} does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise DeskError(path, f"cannot be created: folder {folder} is not writable")
        return False
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise DeskError(path, f"cannot be read: {e.strerror or e}") from None
    if header and header != SQLITE_HEADER:
        raise DeskError(path, "is not a SQLite database, so not a Backchannel desk")
    if not os.access(path, os.W_OK):
        raise DeskError(path, "cannot be written: the file is read-only")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DeskError(
            path, f"cannot be written: folder {path.parent} is read-only (SQLite keeps a log there)"
        )
    return True


def _create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # whatever the umask says


def _applied_steps(conn: sqlite3.Connection) -> list[str]:
    """The migration steps a desk records as applied, in order."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not found:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def _check_schema(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse a database that is not a desk, or one written by a newer Backchannel."""
    applied = _applied_steps(conn)
    unknown = [name for name in applied if name not in STEPS]
    if unknown:
        raise DeskError(
            path,
            f"was written by a newer Backchannel (schema step {unknown[-1]!r}); "
            "upgrade Backchannel to open it",
        )
    if applied:
        return
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    others = [t for t in tables if not t.startswith(("sqlite_", "_sqlite_"))]
    if others:
        shown = ", ".join(sorted(others)[:5])
        raise DeskError(path, f"is a SQLite database but not a Backchannel desk (tables: {shown})")


def _connect(target: str) -> sqlite3.Connection:
    # Reads come from worker threads; Desk.lock serialises all use of the
    # connection. timeout= is SQLite's busy timeout, for a second process.
    return sqlite3.connect(target, timeout=5.0, check_same_thread=False)


def open_desk(path: Path | str | None = None) -> Desk:
    """Open (creating if need be) the desk at ``path``; None opens one in memory.

    Raises DeskError naming the path and the problem; a file that is refused
    is left exactly as it was.
    """
    if path is None:
        desk = Desk(_connect(":memory:"), None)
        desk.migrate()
        return desk
    path = Path(path).expanduser()
    existed = _check_file(path)
    if not existed:
        _create_private(path)
    conn = None
    try:
        conn = _connect(str(path))
        _check_schema(conn, path)
        desk = Desk(conn, path)
        desk.migrate()
        return desk
    except (DeskError, sqlite3.DatabaseError) as e:
        if conn is not None:
            conn.close()
        if not existed:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        if isinstance(e, DeskError):
            raise
        raise DeskError(path, f"cannot be opened as a desk: {e}") from None


class Desk:
    """An open desk, safe to use from several threads.

    Writes go through ``conn`` (the writer connection) holding ``lock``. Reads
    use a second connection holding ``read_lock``, and slow reads (counting a
    million rows) a third, so neither a keypress nor the next page waits for
    a count. WAL lets them all run side by side.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self.conn = conn
        """The writer connection."""
        self.path = path
        self.lock = threading.RLock()
        self.read_lock = threading.RLock() if path is not None else self.lock
        self.slow_lock = threading.RLock() if path is not None else self.lock
        self._reader: sqlite3.Connection | None = None
        self._slow_reader: sqlite3.Connection | None = None
        self._db: Database | None = None
        from .actors import ActorStore
        from .candidates import CandidateStore
        from .compare import Compare
        from .events import EventStore
        from .links import LinkStore
        from .saved import SavedFilters
        from .sources import SourceStore
        from .statements import StatementStore
        from .timeline import Timeline

        self.sources = SourceStore(self)
        self.actors = ActorStore(self)
        self.statements = StatementStore(self)
        self.events = EventStore(self)
        self.timeline = Timeline(self)
        self.candidates = CandidateStore(self)
        self.links = LinkStore(self)
        self.compare = Compare(self)
        self.saved_filters = SavedFilters(self)

    @property
    def db(self) -> Database:
        """The writer connection as a sqlite-utils Database (imported on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def warm_up(self) -> None:
        """Import what the first write needs, ahead of it (call from a thread)."""
        _ = self.db

    def migrate(self) -> None:
        """Set the connection's pragmas and bring the schema up to date."""
        with self.lock:
            if self.path is not None:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 5000")
            if tuple(_applied_steps(self.conn)) != STEPS:
                from .schema import migrations

                migrations.apply(self.db)
        if self.path is not None:
            self._reader = _connect(str(self.path))
            self._reader.execute("PRAGMA query_only = ON")
            self._slow_reader = _connect(str(self.path))
            self._slow_reader.execute("PRAGMA query_only = ON")

    def schema_steps(self) -> list[str]:
        """Names of the migrations applied to this desk, in order."""
        with self.lock:
            return _applied_steps(self.conn)

    def query(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *, slow: bool = False
    ) -> list[dict[str, Any]]:
        """Run a read query; rows as dicts. ``slow`` ones (counts) keep out of the way."""
        lock, conn = (self.slow_lock, self._slow_reader) if slow else (self.read_lock, self._reader)
        with lock:
            return rows_as_dicts((conn or self.conn).execute(sql, params))

    @contextmanager
    def change(
        self, label: str, *, kind: str = "do", target: str | None = None
    ) -> Iterator[ChangeWriter]:
        """One user action: a transaction whose every row change lands in history."""
        with self.lock, self.db.atomic():
            writer = ChangeWriter(self, label, kind, target)
            yield writer
            writer.finish()

    @contextmanager
    def write(self, change: ChangeWriter | None, label: str) -> Iterator[ChangeWriter]:
        """Join the caller's change if there is one, else make a change of its own."""
        if change is not None:
            yield change
        else:
            with self.change(label) as own:
                yield own

    def undo(self) -> str | None:
        """Undo the newest change still standing; its label, or None."""
        from .undo import undo

        return undo(self)

    def redo(self) -> str | None:
        """Redo the change undone last; its label, or None."""
        from .undo import redo

        return redo(self)

    def history(self, limit: int = 50) -> list[Change]:
        """The most recent history rows, newest first."""
        rows = self.query("SELECT * FROM history ORDER BY id DESC LIMIT ?", [limit])
        return [
            Change(
                id=r["id"],
                change_id=r["change_id"],
                at=r["at"],
                label=r["label"],
                action=r["action"],
                table_name=r["table_name"],
                row_id=r["row_id"],
                before=json.loads(r["before"]) if r["before"] else None,
                after=json.loads(r["after"]) if r["after"] else None,
            )
            for r in rows
        ]

    def is_empty(self) -> bool:
        """True while the desk holds no sources, statements or events."""
        rows = self.query(
            "SELECT EXISTS(SELECT 1 FROM statements) OR EXISTS(SELECT 1 FROM sources)"
            " OR EXISTS(SELECT 1 FROM events) AS any_rows"
        )
        return not rows[0]["any_rows"]

    def fts_query(self, text: str | None) -> str | None:
        """A safe FTS5 query for what a person typed: every word, the last as a prefix.
        None when there is nothing to search for."""
        if not text or not text.strip():
            return None
        quoted = self.db.quote_fts(text.strip())
        if not quoted:
            return None
        return f"{quoted}*" if not text.rstrip().endswith('"') else quoted

    def close(self) -> None:
        with self.lock, self.read_lock, self.slow_lock:
            for reader in (self._reader, self._slow_reader):
                if reader is not None:
                    reader.close()
            self.conn.close()


__all__ = ["Desk", "DeskError", "NotFound", "open_desk", "MIGRATION_SET"]
