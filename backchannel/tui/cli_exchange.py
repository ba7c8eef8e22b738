"""The commands that take work off the desk: the brief, exports in every
format, and Datasette's metadata. Registered on the ``cli`` group when
``cli.py`` imports this module."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO, cast

import click

from backchannel.db import Desk
from backchannel.outfile import FileExists
from backchannel.textsafe import clean
from backchannel.tui.cli import DB_HELP, DeskProblem, cli, default_desk_path, open_or_fail

if TYPE_CHECKING:
    from backchannel.db.filters import Filter
    from backchannel.export.records import Redact

REDACT_HELP = "Source protection: relays (drop who relayed), anonymous (drop unnamed sources)."
EXPORT_FORMATS = ("csv", "jsonl", "json", "timelinejs", "csl-json", "refi-qda", "claimreview")


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("words", nargs=-1, metavar="[FILTER]...")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE (exactly that name) instead of stdout.",
)
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.option("--redact", multiple=True, metavar="WHAT", help=REDACT_HELP)
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def brief(
    ctx: click.Context,
    words: tuple[str, ...],
    out: Path | None,
    force: bool,
    redact: tuple[str, ...],
    db_path: Path | None,
) -> None:
    """Write a Markdown brief of what FILTER finds (default: the whole desk).

    FILTER is free words and by:NAME, topic:NAME, stance:public|private|none,
    source:NAME, since:DATE, until:DATE, kind:direct|indirect|block; quote a
    value with spaces: by:"United States".
    """
    from backchannel.brief import write_brief, write_brief_file

    protect = checked_redact(redact)
    desk, f = open_with_filter(ctx, db_path, words, out, force)
    count = _deliver(
        desk,
        out,
        lambda: write_brief(desk, f, sys.stdout, redact=protect),
        lambda path: write_brief_file(desk, f, path, redact=protect, force=force),
    )
    if count is not None:
        click.echo(f"Wrote a brief of {count:,} statements to {clean(out, 300)}")


@cli.command("export", context_settings={"ignore_unknown_options": True})
@click.argument("format_name", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@click.argument("words", nargs=-1, metavar="[FILTER]...")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.option("--redact", multiple=True, metavar="WHAT", help=REDACT_HELP)
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def export_(
    ctx: click.Context,
    format_name: str,
    words: tuple[str, ...],
    out: Path | None,
    force: bool,
    redact: tuple[str, ...],
    db_path: Path | None,
) -> None:
    """Export what FILTER finds (default: the whole desk) as FORMAT, to stdout or --out.

    FORMAT is csv, jsonl, json, timelinejs, csl-json, refi-qda (a .qdpx
    project; needs --out) or claimreview. FILTER is the filter line, as for
    the brief. Every format keeps the provenance: speaker, affiliation,
    stance, kind, date, topics, source, relay chain and links.
    """
    from backchannel.export import FORMATS, export
    from backchannel.outfile import write_whole

    chosen = FORMATS[format_name]
    protect = checked_redact(redact)
    if chosen.binary and out is None:
        raise DeskProblem(f"{format_name} writes a {chosen.suffix} file: give --out FILE")
    desk, f = open_with_filter(ctx, db_path, words, out, force)

    def to_stdout() -> None:
        # Data goes out as it is, except to a terminal: there news text
        # could carry escape sequences, so it is shown, not obeyed.
        shown = cast(IO[str], _Shown(sys.stdout)) if sys.stdout.isatty() else sys.stdout
        export(desk, format_name, f, shown, protect)
        sys.stdout.flush()

    count = _deliver(
        desk,
        out,
        to_stdout,
        lambda path: write_whole(
            path,
            lambda handle: export(desk, format_name, f, handle, protect),
            binary=chosen.binary,
            force=force,
        ),
    )
    if count is not None:
        click.echo(f"Wrote {count:,} {chosen.what} to {clean(out, 300)}")


@cli.command("datasette-metadata")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def datasette_metadata(
    ctx: click.Context, out: Path | None, force: bool, db_path: Path | None
) -> None:
    """Datasette metadata for the desk (labels, hidden internal tables, live views).

    Also creates the live_statements, live_sources, live_actors and
    live_events views in the desk (only rows not in the trash), or brings
    them up to date; then: datasette desk.db -m FILE.
    """
    from backchannel.export.datasette import create_views, metadata
    from backchannel.outfile import write_whole

    desk, _ = open_with_filter(ctx, db_path, (), out, force)
    assert desk.path is not None
    try:
        changed = create_views(desk)
    except BaseException:
        desk.close()
        raise
    text = json.dumps(metadata(desk.path.stem), ensure_ascii=False, indent=2) + "\n"
    written = _deliver(
        desk,
        out,
        lambda: click.echo(text, nl=False),
        lambda path: write_whole(path, lambda handle: handle.write(text), force=force),
    )
    if written is not None:
        views = f"; views made: {', '.join(changed)}" if changed else ""
        click.echo(
            f"Wrote {clean(out, 300)}{views}. Then: datasette {desk.path} -m {clean(out, 300)}"
        )


def _deliver(
    desk: Desk, out: Path | None, to_stdout: Callable[[], object], to_file: Callable[[Path], int]
) -> int | None:
    """Write to stdout, or to ``out`` whole; what ``to_file`` returns, or None
    for stdout and for a reader that stopped early (| head: not an error).
    A file that exists or cannot be written is one line; the desk is closed."""
    try:
        if out is None:
            to_stdout()
            return None
        return to_file(out)
    except FileExists as error:
        raise DeskProblem(str(error)) from None
    except BrokenPipeError:
        # The reader stopped: say nothing more to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return None
    except OSError as error:
        raise DeskProblem(f"{out}: cannot be written: {error.strerror or error}") from None
    finally:
        desk.close()


class _Shown(io.TextIOBase):
    """A terminal as a text stream that shows control characters (textsafe.clean)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(clean(text, len(text), one_line=False))

    def flush(self) -> None:
        self.stream.flush()


def checked_redact(names: tuple[str, ...]) -> Redact:
    from backchannel.export.records import Redact

    try:
        return Redact.of(names)
    except ValueError as error:
        raise DeskProblem(str(error)) from None


def open_with_filter(
    ctx: click.Context,
    db_path: Path | None,
    words: tuple[str, ...],
    out: Path | None,
    force: bool,
) -> tuple[Desk, Filter]:
    """The desk and the filter a brief or export reads; a one-line error if
    the words hold an unknown option, the desk is missing, the filter cannot
    be read or --out exists without --force."""
    from backchannel.filter_line import FilterError, parse_filter

    bad = [w for w in words if w.startswith("--")]
    if bad:
        raise DeskProblem(f"no such option: {bad[0]}")
    if out is not None and out.exists() and not force:
        raise DeskProblem(f"{out}: already exists; add --force to replace it")
    path = db_path or ctx.obj.get("db") or default_desk_path()
    desk = open_or_fail(path, create=False)
    try:
        return desk, parse_filter(desk, words)
    except FilterError as error:
        desk.close()
        raise DeskProblem(str(error)) from None
