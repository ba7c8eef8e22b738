"""The commands of a team beyond one host: merge another copy of the desk,
compact a desk before it is copied, replicate and restore through Litestream.
Registered on the ``cli`` group when ``cli.py`` imports this module."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from backchannel.actions import ActionError
from backchannel.textsafe import clean
from backchannel.tui.cli import DB_HELP, DeskProblem, cli, default_desk_path, open_or_fail


@cli.command()
@click.argument("other", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--both", is_flag=True, help="Bring this desk's changes to OTHER too.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def merge(ctx: click.Context, other: Path, both: bool, db_path: Path | None) -> None:
    """Bring in what OTHER (another copy of this desk) did since they last met.

    Items are matched by uuid, so both copies may have added; each change
    keeps its author and time; merging twice adds nothing. Where both copies
    changed the same field differently, this desk keeps its value and the
    other waits as a conflict: press C in the app to decide. With --both,
    OTHER gets this desk's changes too, and the two hold the same
    (but for conflicts, until they are decided).
    """
    from backchannel.actions.team import merge as merge_desks

    path = db_path or ctx.obj.get("db") or default_desk_path()
    if not other.exists():
        raise DeskProblem(f"{other}: no such desk")
    desk = open_or_fail(path, create=False)
    try:
        theirs = open_or_fail(other, create=False)
    except DeskProblem:
        desk.close()
        raise
    try:
        merged = merge_desks(desk, theirs, both=both)
    except ActionError as error:
        raise DeskProblem(str(error)) from None
    finally:
        theirs.close()
        desk.close()
    for line in merged.lines(clean(path.name, 100), clean(other.name, 100)):
        click.echo(clean(line, 500))


@cli.command()
@click.argument("desk_path", metavar="DESK", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--before",
    metavar="WHEN",
    help="Drop the history of changes made before WHEN (a date or time;"
    " default: now, all of it). Undo goes back no further.",
)
def compact(desk_path: Path, before: str | None) -> None:
    """Empty the trash and drop old history, so a copy of DESK keeps no removed words.

    Says what it removed, then VACUUMs. Copies that already have the dropped
    changes go on merging with it; merge them before compacting either.
    """
    from backchannel.actions.team import compact as compact_desk

    point = None
    if before:
        try:
            point = datetime.fromisoformat(before.strip().replace("Z", "+00:00"))
        except ValueError:
            raise DeskProblem(f"--before {before}: give a date or a time, as 2025-03-15") from None
        if point.tzinfo is None:
            point = point.astimezone()
        if point > datetime.now(UTC):
            raise DeskProblem(f"--before {before}: is in the future")
    if not desk_path.exists():
        raise DeskProblem(f"{desk_path}: no such desk")
    desk = open_or_fail(desk_path, create=False)
    try:
        done = compact_desk(desk, point)
    finally:
        desk.close()
    click.echo(clean(done.label, 500))


@cli.command()
@click.argument("desk_path", metavar="DESK", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("url", metavar="URL")
def replicate(desk_path: Path, url: str) -> None:
    """Stream DESK to a replica at URL while it is in use, until ctrl+c (Litestream).

    URL is a folder, sftp://host/path or s3://bucket/path (or any replica
    Litestream knows); credentials come from Litestream's own environment
    variables (LITESTREAM_ACCESS_KEY_ID, ...), never from the desk. Needs
    the team extra. Restore with: backchannel restore URL NEW.db
    """
    from backchannel.actions.replica import private_umask, replicate_command

    if not desk_path.exists():
        raise DeskProblem(f"{desk_path}: no such desk")
    open_or_fail(desk_path, create=False).close()  # a desk, and in WAL mode
    try:
        command = replicate_command(desk_path, url)
    except ActionError as error:
        raise DeskProblem(str(error)) from None
    click.echo(f"Replicating {clean(desk_path, 300)} to {clean(url, 300)} (ctrl+c stops)", err=True)
    sys.stdout.flush()
    private_umask()
    os.execv(command[0], command)


@cli.command()
@click.argument("url", metavar="URL")
@click.argument("desk_path", metavar="DESK", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--at", metavar="TIME", help="The desk as it was then (a date or time).")
@click.option("--group", metavar="GROUP", help="Share it with this Unix group (mode 0660).")
def restore(url: str, desk_path: Path, at: str | None, group: str | None) -> None:
    """Bring a replica at URL back as the new desk DESK (never over a file).

    The desk is readable by you only (0600), or with --group by that group
    too. Needs the team extra.
    """
    from backchannel.actions.replica import restore as restore_desk

    try:
        restore_desk(url, desk_path, at=at, group=group)
    except ActionError as error:
        raise DeskProblem(str(error)) from None
    desk = open_or_fail(desk_path, create=False)
    try:
        statements = desk.statements.count()
    finally:
        desk.close()
    when = f" as it was at {clean(at, 60)}" if at else ""
    noun = "statement" if statements == 1 else "statements"
    click.echo(f"Restored {clean(desk_path, 300)}{when}: {statements:,} {noun}.")
