"""Opening a desk file safely, and the one door every write goes through.

A desk is one SQLite file. Opening one checks, before anything is written,
that the file is SQLite, that it is a Backchannel desk and not from a newer
Backchannel, and that it can be written; a new desk is created readable by
its owner only (0600). Every write happens inside ``Desk.change()``: one
transaction that also records each row's before and after in ``history``.
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import names
from .changes import ChangeWriter, NotFound, rows_as_dicts
from .models import Change
from .search import terms_table_sql
from .steps import MIGRATION_SET, MIGRATIONS_TABLE, STEPS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .candidates import CandidateStore
    from .compare import Compare
    from .saved import SavedFilters

SQLITE_HEADER = b"SQLite format 3\x00"

#: Desks up to this size are checked page by page (PRAGMA quick_check) when
#: opened; bigger ones would make every start wait, so damage there is met
#: when a damaged page is read, and reported the same way.
QUICK_CHECK_BYTES = 64 * 1024 * 1024

#: SQLite waits this long for another writer (busy timeout), this many times.
#: BACKCHANNEL_BUSY_MS changes the wait, for scripts that would rather fail fast.
BUSY_MS = int(os.environ.get("BACKCHANNEL_BUSY_MS", "") or 5_000)
BUSY_TRIES = 3


def default_author() -> str:
    """Who is making changes: BACKCHANNEL_AS, else the login name."""
    chosen = " ".join(os.environ.get("BACKCHANNEL_AS", "").split())
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return f"uid {os.getuid()}"


class DeskError(Exception):
    """A desk that cannot be opened; says which file and what is wrong."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


PREFIX_LETTERS = 3
"""The shortest last word searched as the start of longer words."""


class ReadCancelled(Exception):
    """A read given up half way because its result is no longer wanted."""


class DeskBusy(DeskError):
    """Another program kept the desk locked for longer than we wait."""


def is_busy(error: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database is busy"."""
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error)
    )


def _check_file(path: Path) -> bool:
    """Refuse files that are not desks before touching them; True if it exists."""
    if path.is_dir():
        raise DeskError(path, "is a folder, not a desk file")
    if path.is_symlink() and not path.exists():
        raise DeskError(path, f"is a link to {os.readlink(path)}, which does not exist")
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
    if not header:
        raise DeskError(
            path, "is an empty file, not a desk; remove it or name a new file to make a desk"
        )
    if header != SQLITE_HEADER:
        raise DeskError(path, "is not a SQLite database, so not a Backchannel desk")
    if not os.access(path, os.W_OK):
        raise DeskError(path, "cannot be written: the file is read-only")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DeskError(
            path, f"cannot be written: folder {path.parent} is read-only (SQLite keeps a log there)"
        )
    return True


def _create_private(path: Path, group: str | None = None) -> None:
    """Create an empty file readable and writable by its owner only, or with
    ``group`` by that Unix group too (0660). SQLite gives the -wal and -shm
    files the desk file's own mode."""
    gid = None
    if group is not None:
        import grp

        try:
            gid = grp.getgrnam(group).gr_gid
        except KeyError:
            raise DeskError(path, f"cannot be shared: there is no group {group!r}") from None
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        if gid is not None:
            try:
                os.fchown(fd, -1, gid)
            except PermissionError:
                os.close(fd)
                fd = -1
                path.unlink()
                raise DeskError(
                    path, f"cannot be shared: you are not a member of the group {group!r}"
                ) from None
        os.fchmod(fd, 0o660 if gid is not None else 0o600)  # whatever the umask says
    finally:
        if fd >= 0:
            os.close(fd)


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
    # isolation_level=None: no hidden transactions; Desk.change() opens its own.
    conn = sqlite3.connect(
        target, timeout=BUSY_MS / 1000, check_same_thread=False, isolation_level=None
    )
    names.register(conn)
    conn.execute(terms_table_sql())  # (in temp: before a reader is made read-only)
    return conn


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged desk before anything reads or writes it."""
    if path.stat().st_size > QUICK_CHECK_BYTES:
        return
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise DeskError(path, f"is damaged ({problems[0]}); restore it from a copy")


def open_desk(
    path: Path | str | None = None,
    *,
    author: str | None = None,
    group: str | None = None,
    create: bool = True,
) -> Desk:
    """Open (creating if need be) the desk at ``path``; None opens one in memory.

    ``author`` names who makes the changes (default: ``default_author()``). A
    new desk is private (0600), or with ``group`` shared with that Unix group
    (0660). Raises DeskError naming the path and the problem; a file that is
    refused is left exactly as it was.
    """
    if path is None:
        desk = Desk(_connect(":memory:"), None, author=author)
        desk.migrate()
        return desk
    path = Path(path).expanduser()
    existed = _check_file(path)
    if not existed and not create:
        raise DeskError(path, "no such desk")
    if existed and group is not None:
        raise DeskError(path, "already exists; --group only makes a new desk")
    if not existed:
        _create_private(path, group)
    conn = None
    try:
        conn = _connect(str(path))
        if existed:
            _quick_check(conn, path)
        _check_schema(conn, path)
        desk = Desk(conn, path, author=author)
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
        if is_busy(e):
            raise DeskBusy(
                path,
                f"is locked by another program (waited {BUSY_MS / 1000:g} s);"
                " try again when it is done",
            ) from None
        raise DeskError(path, f"cannot be opened as a desk: {e}") from None


class Desk:
    """An open desk, safe to use from several threads.

    Writes go through ``conn`` (the writer connection) holding ``lock``. Each
    thread that reads has a read connection of its own, so a keypress on the
    main thread never waits for a page or a count a worker is reading: WAL
    lets them all run side by side. A read can be given up half way (see
    ``cancelled_when``): the page a newer keystroke made stale stops at once.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, *, author: str | None = None
    ) -> None:
        self.conn = conn
        """The writer connection."""
        self.path = path
        self.author = author or default_author()
        """Who this desk's changes are recorded as made by; undo takes back only theirs."""
        self._local = threading.local()  # the change open on this thread, if any
        self.lock = threading.RLock()
        self._readers: list[sqlite3.Connection] = []  # every thread's, to close
        self._readers_lock = threading.Lock()
        self._readable = False  # set once migrated: threads may open readers
        self._reference: tuple[int, date, date] | None = None  # (data_version, today, day)
        self._db: Database | None = None
        from .actors import ActorStore
        from .events import EventStore
        from .links import LinkStore
        from .sources import SourceStore
        from .statements import StatementStore
        from .timeline import Timeline

        self.sources = SourceStore(self)
        self.actors = ActorStore(self)
        self.statements = StatementStore(self)
        self.events = EventStore(self)
        self.timeline = Timeline(self)
        self.links = LinkStore(self)

    # The stores no pane needs at start are made (and their modules imported)
    # when first asked for: the first frame does not wait for them.

    @cached_property
    def candidates(self) -> CandidateStore:
        from .candidates import CandidateStore

        return CandidateStore(self)

    @cached_property
    def compare(self) -> Compare:
        from .compare import Compare

        return Compare(self)

    @cached_property
    def saved_filters(self) -> SavedFilters:
        from .saved import SavedFilters

        return SavedFilters(self)

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
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
            if tuple(_applied_steps(self.conn)) != STEPS:
                self._upgrade()
        self._readable = self.path is not None

    def _upgrade(self) -> None:
        """Apply the migrations this desk lacks, holding the write lock, so two
        programs opening a new desk at once do not both build it."""
        from .schema import migrations

        self._begin()
        try:
            if tuple(_applied_steps(self.conn)) != STEPS:
                migrations.apply(self.db)
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def schema_steps(self) -> list[str]:
        """Names of the migrations applied to this desk, in order."""
        with self.lock:
            return _applied_steps(self.conn)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Run a read query; rows as dicts.

        Inside a change, on the thread that opened it, reads go through the
        change's own connection, so they see what the change has written.
        Every other read runs on its own thread's connection: a long one (a
        count of a million rows) keeps out of every other's way."""
        reader = self._reader()
        if reader is None or self.current_change() is not None:
            with self.lock:
                return rows_as_dicts(self.conn.execute(sql, params))
        cancelled = getattr(self._local, "cancelled", None)
        if cancelled is None:
            return rows_as_dicts(reader.execute(sql, params))
        # Every thousand steps of SQLite's machine, ask whether the read is
        # still wanted; a non-zero answer stops it with "interrupted".
        reader.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)
        try:
            return rows_as_dicts(reader.execute(sql, params))
        except sqlite3.OperationalError as error:
            if cancelled() and "interrupt" in str(error):
                raise ReadCancelled() from None
            raise
        finally:
            reader.set_progress_handler(None, 0)

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's read connection (None for a desk in memory)."""
        reader = getattr(self._local, "reader", None)
        if reader is None and self._readable:
            reader = _connect(str(self.path))
            reader.execute("PRAGMA query_only = ON")
            with self._readers_lock:
                self._readers.append(reader)
            self._local.reader = reader
        return reader

    @contextmanager
    def cancelled_when(self, cancelled: Callable[[], bool]) -> Iterator[None]:
        """Reads on this thread, inside the block, stop (raising ReadCancelled)
        as soon as ``cancelled()`` is true: a worker whose result nobody wants."""
        self._local.cancelled = cancelled
        try:
            yield
        finally:
            self._local.cancelled = None

    @contextmanager
    def reads_within(self, seconds: float) -> Iterator[None]:
        """Reads on this thread, inside the block, stop (raising ReadCancelled)
        once the block has run ``seconds``: a lookup the main thread tries
        itself, and leaves to a worker if it is not quick. A desk read through
        its writer's connection (in memory, or inside a change on this thread)
        waits on the writer's lock, so promises nothing: it raises at once."""
        if self._reader() is None or self.current_change() is not None:
            raise ReadCancelled()
        deadline = time.perf_counter() + seconds
        with self.cancelled_when(lambda: time.perf_counter() > deadline):
            yield

    def current_change(self) -> ChangeWriter | None:
        """The change this thread has open on this desk, if any."""
        return getattr(self._local, "change", None)

    @contextmanager
    def change(
        self, label: str, *, kind: str = "do", target: str | None = None, author: str | None = None
    ) -> Iterator[ChangeWriter]:
        """One user action: a transaction whose every row change lands in history.

        It starts with BEGIN IMMEDIATE, so the desk is ours before the first
        lookup: two processes adding "Zed" at once make one actor, not two, and
        a second writer waits for the first instead of failing. A change opened
        inside another on the same thread joins it (one undo step). ``author``
        records the change as made by someone else (the demo loader)."""
        with self.lock:
            outer = self.current_change()
            if outer is not None:
                outer.depth += 1
                try:
                    yield outer
                finally:
                    outer.depth -= 1
                return
            self._begin()
            writer = ChangeWriter(self, label, kind, target)
            writer.author = author or self.author
            self._local.change = writer
            try:
                yield writer
                writer.finish()
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._local.change = None

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, waiting out another writer; DeskBusy if it never lets go."""
        for attempt in range(BUSY_TRIES):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
                if attempt + 1 < BUSY_TRIES:
                    time.sleep(0.05)
        seconds = round(BUSY_MS * BUSY_TRIES / 1000, 1)
        raise DeskBusy(
            self.path or ":memory:",
            f"is busy: another program has been writing it for {seconds} s; nothing was changed,"
            " try again",
        )

    def _seen_version(self) -> int:
        """A number that changes whenever anyone, this desk's writer included,
        commits: this thread's reader sees every other connection's commits."""
        reader = self._reader()
        if reader is None:
            with self.lock:
                return self.conn.total_changes
        return int(reader.execute("PRAGMA data_version").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection (another process) commits."""
        with self.lock:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

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

    def reference_day(self, today: date | None = None) -> date:
        """The desk's own "now", to read year-less phrases against ("15 March",
        "early April"): the latest day anything on the desk happened, was said
        or published, if not after ``today``; else today. A desk about spring
        2025 reads "15 March" as 15 March 2025 whatever the machine's clock says.

        Asked at every keystroke of a filter line, so each part is one index
        search, and the answer is kept until the desk changes."""
        today = today or date.today()
        version = self._seen_version()
        if self._reference is not None and self._reference[:2] == (version, today):
            return self._reference[2]
        # The last day each can mean ("April 2025" runs to the 30th), so "15
        # April" in an April piece is this April. Statements are read by their
        # indexed first day; sources and events by the last day of the few
        # latest to begin (a span that begins earlier can only end later when
        # it is long, and "2024" says little about which April is meant).
        rows = self.query(
            """SELECT min(max(day), :t) AS day FROM (
                   SELECT * FROM (SELECT said_earliest AS day FROM statements
                       WHERE said_earliest <= :t ORDER BY said_earliest DESC LIMIT 1)
                   UNION ALL SELECT max(latest) FROM (SELECT latest FROM events
                       WHERE earliest <= :t ORDER BY earliest DESC LIMIT 20)
                   UNION ALL SELECT max(published_latest) FROM (SELECT published_latest
                       FROM sources WHERE published_earliest <= :t AND deleted_at IS NULL
                       ORDER BY published_earliest DESC LIMIT 20))""",
            {"t": today.isoformat()},
        )
        found = rows[0]["day"] if rows else None
        day = date.fromisoformat(found) if found else today
        self._reference = (version, today, day)
        return day

    def live_count(self, table: str) -> int:
        """How many live rows ``table`` (statements, sources, events) holds: a
        kept count, read at once on a desk of any size."""
        from .counts import live_count

        return live_count(self, table)

    def is_empty(self) -> bool:
        """True while the desk holds no sources, statements or events."""
        rows = self.query(
            "SELECT EXISTS(SELECT 1 FROM statements) OR EXISTS(SELECT 1 FROM sources)"
            " OR EXISTS(SELECT 1 FROM events) AS any_rows"
        )
        return not rows[0]["any_rows"]

    def fts_query(self, text: str | None) -> str | None:
        """A safe FTS5 query for what a person typed: every word, the last as a
        prefix once it has three letters. None when there is nothing to search for.

        A prefix of one or two letters ("g*", "go*") stands for thousands of
        words, each a long list on a big desk: it is searched as the word it is
        until a third letter narrows it (searching as one types stays quick)."""
        if not text or not text.strip():
            return None
        quoted = self.db.quote_fts(text.strip())
        if not quoted:
            return None
        last = text.split()[-1]
        if text.rstrip().endswith('"') or len(last) < PREFIX_LETTERS:
            return quoted
        return f"{quoted}*"

    def close(self) -> None:
        with self.lock, self._readers_lock:
            self._readable = False
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            self.conn.close()


__all__ = [
    "Desk", "DeskBusy", "DeskError", "ReadCancelled", "NotFound", "open_desk",
    "default_author", "MIGRATION_SET",
]  # fmt: skip
