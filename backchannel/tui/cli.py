"""The command line. Imports no Textual until a command opens the app."""

from __future__ import annotations

import tempfile
from pathlib import Path

import click

from backchannel import __version__
from backchannel.db import Desk, DeskError, open_desk

DB_HELP = "The desk file (default: desk.db in your user data folder)."


class DeskProblem(click.ClickException):
    """A desk that cannot be used: one line on stderr, exit status 2."""

    exit_code = 2


def default_desk_path() -> Path:
    """desk.db in the platform's user data folder, created private if need be."""
    import platformdirs

    folder = platformdirs.user_data_path("backchannel", appauthor=False)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    return folder / "desk.db"


def open_or_fail(path: Path) -> Desk:
    try:
        return open_desk(path)
    except DeskError as error:
        raise DeskProblem(str(error)) from None


def run_app(desk: Desk, label: str | None = None) -> None:
    from backchannel.tui.app import BackchannelApp

    try:
        BackchannelApp(desk, label=label).run()
    finally:
        desk.close()


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db", "db_path", type=click.Path(path_type=Path), envvar="BACKCHANNEL_DB", help=DB_HELP
)
@click.version_option(__version__, "--version", prog_name="backchannel")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Backchannel: who said what, where, when - in public or in private.

    With no command, opens your desk (--db or BACKCHANNEL_DB name another).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ctx.invoked_subcommand is None:
        path = db_path or default_desk_path()
        run_app(open_or_fail(path), label=str(path))


@main.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    help="Where to write the demo desk (a new file).",
)
def demo(db_path: Path | None) -> None:
    """Write the demo desk (the seed story) to a new file and open it."""
    from backchannel.fixtures import load_demo

    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="backchannel-demo-")) / "demo.db"
    elif db_path.exists():
        raise DeskProblem(f"{db_path}: already exists; the demo never overwrites a file")
    desk = open_or_fail(db_path)
    load_demo(desk)
    run_app(desk, label=f"demo · {db_path}")
    click.echo(f"The demo desk is kept at {db_path}; reopen it with: backchannel --db {db_path}")
