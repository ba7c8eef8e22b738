"""Continuous copies of a desk through Litestream (the ``team`` extra).

Litestream streams a desk's write-ahead log to a replica while the desk is
in use: a folder, SFTP or S3-compatible storage, whatever its URL names,
with credentials from Litestream's own environment variables (never kept
in the desk). Restoring brings a desk back, to its latest state or to a
point in time, as a new private file: never over an existing one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sysconfig
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from . import ActionError

NEEDS_EXTRA = (
    "replication needs Litestream, the team extra:"
    " uv sync --extra team (or pip install 'backchannel[team]')"
)


def litestream() -> str:
    """The Litestream binary: beside this Python's scripts (the wheel puts it
    there), else on PATH; ActionError saying how to install it if neither."""
    scripts = sysconfig.get_path("scripts")
    beside = Path(scripts) / "litestream" if scripts else None
    if beside is not None and beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("litestream")
    if found is None:
        raise ActionError(NEEDS_EXTRA)
    return found


def replica_url(url: str) -> str:
    """A replica named by URL, or a plain folder path (made private if new)."""
    if "://" in url:
        return url
    folder = Path(url).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise ActionError(f"{url}: is a file; a folder replica is a folder")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder.as_uri()


def replicate_command(desk: Path, url: str) -> list[str]:
    """The command that streams ``desk`` to ``url`` until it is stopped."""
    return [litestream(), "replicate", str(desk), replica_url(url)]


def private_umask() -> None:
    """Files Litestream makes (replica, its state beside the desk) are the owner's only."""
    os.umask(0o077)


def point_in_time(text: str) -> str:
    """--at as Litestream reads it (RFC 3339, UTC): a date, or a date and time
    (local unless it names its zone)."""
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ActionError(
            f"--at {text}: give a date or a time, as 2025-03-15 or 2025-03-15T14:30"
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def restore(url: str, desk: Path, *, at: str | None = None, group: str | None = None) -> Path:
    """Bring the replica at ``url`` back as the new desk file ``desk``: mode 0600,
    or 0660 and owned by ``group``; never over an existing file. Returns the path."""
    desk = desk.expanduser()
    if desk.exists() or desk.is_symlink():
        raise ActionError(f"{desk}: already exists; restore only makes a new desk")
    folder = desk.parent if str(desk.parent) else Path(".")
    if not folder.is_dir():
        raise ActionError(f"{desk}: cannot be made: folder {folder} does not exist")
    gid = _group_id(group) if group else None
    command = [litestream(), "restore", "-o"]
    source = url if "://" in url else Path(url).expanduser().resolve().as_uri()
    # Restored into a private folder beside the desk, checked, then linked into
    # place: a failed or stopped restore leaves nothing, and an existing file is
    # never replaced (link refuses to), even one made meanwhile.
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder))
    try:
        out = work / "desk.db"
        timestamp = ["-timestamp", point_in_time(at)] if at else []
        done = subprocess.run(
            [*command, str(out), *timestamp, source],
            capture_output=True,
            text=True,
            preexec_fn=private_umask,
            stdin=subprocess.DEVNULL,
        )
        if done.returncode != 0 or not out.exists():
            said = _last_line(done.stderr) or "Litestream restored nothing"
            raise ActionError(f"{url}: cannot be restored: {said}")
        _check(out, url)
        os.chmod(out, 0o660 if gid is not None else 0o600)
        if gid is not None:
            os.chown(out, -1, gid)
        try:
            os.link(out, desk)
        except FileExistsError:
            raise ActionError(f"{desk}: already exists; restore only makes a new desk") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return desk


def _group_id(group: str) -> int:
    import grp

    try:
        return grp.getgrnam(group).gr_gid
    except KeyError:
        raise ActionError(f"--group {group}: there is no such group") from None


def _check(path: Path, url: str) -> None:
    """The restored file is a whole SQLite database and a desk. Litestream checks
    each file it copies against its checksum; quick_check then walks every page
    (a tenth of integrity_check's time on a big desk: it skips comparing each
    index with its table, which a page copy cannot get wrong)."""
    try:
        conn = sqlite3.connect(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
            desk = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
            ).fetchone()
            conn.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ActionError(f"{url}: restored a file that is not a database ({error})") from None
    if problems != ["ok"]:
        raise ActionError(f"{url}: the restored desk is damaged ({problems[0]}); nothing was made")
    if desk is None:
        raise ActionError(f"{url}: restored a database that is not a Backchannel desk")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""
