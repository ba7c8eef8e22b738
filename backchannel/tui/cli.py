"""The command line. Imports no Textual until a command opens the app."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from backchannel import __version__
from backchannel.db import Desk, DeskError, open_desk
from backchannel.textsafe import clean

if TYPE_CHECKING:
    from backchannel.db.filters import Filter
    from backchannel.export.records import Redact

DB_HELP = "The desk file (default: desk.db in your user data folder)."
REDACT_HELP = "Source protection: relays (drop who relayed), anonymous (drop unnamed sources)."
EXPORT_FORMATS = ("csv", "jsonl", "json", "timelinejs", "csl-json", "refi-qda", "claimreview")


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


def need_terminal() -> None:
    """The app draws on a terminal; without one it would wait forever, so say so."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise DeskProblem(
            "the app needs a terminal (stdin and stdout are not one); "
            "from scripts use backchannel add, import or extract"
        )


def run_app(desk: Desk, label: str | None = None) -> None:
    from backchannel.tui.app import BackchannelApp

    try:
        BackchannelApp(desk, label=label).run()
    finally:
        desk.close()


@click.group(
    "backchannel",
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db", "db_path", type=click.Path(path_type=Path), envvar="BACKCHANNEL_DB", help=DB_HELP
)
@click.version_option(__version__, "--version", prog_name="backchannel")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Backchannel: who said what, where, when - in public or in private.

    With no command, opens your desk (--db or BACKCHANNEL_DB name another).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db_path
    if ctx.invoked_subcommand is None:
        path = db_path or default_desk_path()
        desk = open_or_fail(path)
        try:
            need_terminal()
        except DeskProblem:
            desk.close()
            raise
        run_app(desk, label=str(path))


@cli.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    help="Where to write the demo desk (a new file).",
)
def demo(db_path: Path | None) -> None:
    """Write the demo desk (the seed story) to a new file and open it."""
    from backchannel.fixtures import load_demo

    if db_path is not None and db_path.exists():
        raise DeskProblem(f"{db_path}: already exists; the demo never overwrites a file")
    need_terminal()
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="backchannel-demo-")) / "demo.db"
    desk = open_or_fail(db_path)
    load_demo(desk)
    run_app(desk, label=f"demo · {db_path}")
    click.echo(f"The demo desk is kept at {db_path}; reopen it with: backchannel --db {db_path}")


@cli.command()
@click.argument("text", required=False)
@click.option(
    "--by", "speaker", metavar="NAME", help="Who said it (name or alias; new names are added)."
)
@click.option("--public", is_flag=True, help="Tag it a public stance.")
@click.option("--private", is_flag=True, help="Tag it a private assurance.")
@click.option("--topic", "topics", multiple=True, metavar="T", help="A topic (repeat for more).")
@click.option("--source", metavar="NAME", help="Where it was read: a title or outlet.")
@click.option("--url", metavar="URL", help="The URL of a source this adds.")
@click.option("--said", metavar="DATE", help='When: "15 March", "last Tuesday", 2025-03-15.')
@click.option("--via", metavar="NAME", help="Who relayed it.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "block"]), help="Quote kind.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the stored statement as JSON.")
@click.pass_context
def add(
    ctx: click.Context,
    text: str | None,
    speaker: str | None,
    public: bool,
    private: bool,
    topics: tuple[str, ...],
    source: str | None,
    url: str | None,
    said: str | None,
    via: str | None,
    kind: str | None,
    db_path: Path | None,
    as_json: bool,
) -> None:
    """Capture a statement from the shell: TEXT, or - to read it from stdin.

    TEXT takes the capture bar's tokens too: @speaker !public #topic
    ^source ~date via:relayer. Text read from stdin is kept exactly as it is.
    """
    from backchannel.capture import CaptureError, merge, save_capture, summarise
    from backchannel.extract.capture import Capture, normalise_topic, parse_capture

    if public and private:
        raise DeskProblem("--public and --private cannot both be given")
    stance = "public" if public else "private" if private else None
    if text is None:
        raise DeskProblem("no statement: give TEXT, or - to read it from stdin")
    flags = Capture(
        speaker=speaker,
        stance=stance,
        topics=[normalise_topic(t) for t in topics if t.strip()],
        source=source,
        said=said,
        via=via,
        kind=kind,
    )
    try:
        if text == "-":
            words = sys.stdin.read().strip("\r\n")
            if not words.strip():
                raise CaptureError("stdin held no statement")
            line = Capture(text=words)
        else:
            line = parse_capture(text)
        capture = merge(line, flags)
    except CaptureError as error:
        raise DeskProblem(str(error)) from None
    path = db_path or ctx.obj.get("db") or default_desk_path()
    desk = open_or_fail(path)
    try:
        captured = save_capture(desk, capture, url=url)
        statement = desk.statements.get(captured.statement_id)
    except (CaptureError, ValueError) as error:
        raise DeskProblem(str(error)) from None
    finally:
        desk.close()
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(statement), ensure_ascii=False, indent=2))
        return
    click.echo(clean(summarise(statement), 300))
    for what in captured.created:
        click.echo(clean(f"  added {what}", 300))


@cli.command()
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--published", metavar="EDTF", help="When the article came out (else its dateline).")
@click.option("--json", "as_json", is_flag=True, help="Print the proposals as JSON.")
def extract(file: Path, published: str | None, as_json: bool) -> None:
    """Print the statements and events an article proposes (FILE, or - for stdin)."""
    from backchannel.extract import extract as propose

    text = read_text(file)
    published = checked_published(published)
    proposals = propose(text, published)
    if as_json:
        click.echo(json.dumps(proposals.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(clean(f"{proposals.article.title or '(untitled)'}", 300))
    click.echo(f"published: {proposals.published or 'unknown'}")
    click.echo(f"\n{len(proposals.quotes)} statements")
    for q in proposals.quotes:
        stance = {"public": "PUB ", "private": "PRIV"}.get(q.stance or "", "  · ")
        cue = f"  (cue: {q.cue})" if q.cue else ""
        line = f"  {stance} {q.speaker or 'unknown'} [{q.kind}]: “{q.text}”{cue}"
        click.echo(clean(line, 400))
    click.echo(f"\n{len(proposals.events)} events")
    for e in proposals.events:
        click.echo(clean(f"  {e.date:<22} {e.text}", 300))


@cli.command("import")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option("--published", metavar="EDTF", help="When the article came out (else its dateline).")
@click.option("--title", help="The source's title (else the article's headline).")
@click.option("--outlet", help="Who published it.")
@click.option("--url", help="Where it was published.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def import_(
    ctx: click.Context,
    file: Path,
    published: str | None,
    title: str | None,
    outlet: str | None,
    url: str | None,
    db_path: Path | None,
) -> None:
    """Add an article (FILE, or - for stdin) and queue what it proposes for triage."""
    from backchannel.intake import import_article

    text = read_text(file)
    published = checked_published(published)
    desk = open_or_fail(db_path or ctx.obj.get("db") or default_desk_path())
    try:
        done = import_article(desk, text, title=title, outlet=outlet, url=url, published=published)
    except ValueError as error:
        raise DeskProblem(str(error)) from None
    finally:
        desk.close()
    if done.duplicate:
        click.echo(
            clean(
                f"Already imported as source #{done.source_id} (“{done.title}”): nothing added.",
                300,
            )
        )
        return
    click.echo(
        clean(
            f"Imported “{done.title}” as source #{done.source_id}: {done.statements} statements"
            f" and {done.events} events wait for triage (press I in the app).",
            400,
        )
    )


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
    from backchannel.outfile import FileExists

    protect = checked_redact(redact)
    desk, f = open_with_filter(ctx, db_path, words, out, force)
    try:
        if out is None:
            write_brief(desk, f, sys.stdout, redact=protect)
            return
        count = write_brief_file(desk, f, out, redact=protect, force=force)
    except FileExists as error:
        raise DeskProblem(str(error)) from None
    except BrokenPipeError:
        # The reader stopped (| head): not an error; say nothing more to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as error:
        raise DeskProblem(f"{out}: cannot be written: {error.strerror or error}") from None
    finally:
        desk.close()
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
    from backchannel.outfile import FileExists, write_whole

    chosen = FORMATS[format_name]
    protect = checked_redact(redact)
    if chosen.binary and out is None:
        raise DeskProblem(f"{format_name} writes a {chosen.suffix} file: give --out FILE")
    desk, f = open_with_filter(ctx, db_path, words, out, force)
    try:
        if out is None:
            # Data goes out as it is, except to a terminal: there news text
            # could carry escape sequences, so it is shown, not obeyed.
            shown = _Shown(sys.stdout) if sys.stdout.isatty() else sys.stdout
            export(desk, format_name, f, shown, protect)
            sys.stdout.flush()
            return
        count = write_whole(
            out,
            lambda handle: export(desk, format_name, f, handle, protect),
            binary=chosen.binary,
            force=force,
        )
    except FileExists as error:
        raise DeskProblem(str(error)) from None
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return
    except OSError as error:
        raise DeskProblem(f"{out}: cannot be written: {error.strerror or error}") from None
    finally:
        desk.close()
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
    from backchannel.outfile import FileExists, write_whole

    desk, _ = open_with_filter(ctx, db_path, (), out, force)
    try:
        changed = create_views(desk)
        assert desk.path is not None
        text = json.dumps(metadata(desk.path.stem), ensure_ascii=False, indent=2) + "\n"
        if out is None:
            click.echo(text, nl=False)
        else:
            write_whole(out, lambda handle: handle.write(text), force=force)
    except FileExists as error:
        raise DeskProblem(str(error)) from None
    except OSError as error:
        raise DeskProblem(f"{out}: cannot be written: {error.strerror or error}") from None
    finally:
        desk.close()
    if out is not None:
        views = f"; views made: {', '.join(changed)}" if changed else ""
        click.echo(
            f"Wrote {clean(out, 300)}{views}. Then: datasette {desk.path} -m {clean(out, 300)}"
        )


class _Shown:
    """A terminal as a text stream that shows control characters (textsafe.clean)."""

    def __init__(self, stream: TextIO) -> None:
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
    if not Path(path).exists():
        raise DeskProblem(f"{path}: no such desk")
    desk = open_or_fail(path)
    try:
        return desk, parse_filter(desk, words)
    except FilterError as error:
        desk.close()
        raise DeskProblem(str(error)) from None


def checked_published(published: str | None) -> str | None:
    """--published as EDTF, or a one-line error naming what is wrong with it."""
    if not published:
        return None
    from backchannel.db import DateError, parse_edtf

    try:
        return parse_edtf(published).edtf
    except DateError as error:
        raise DeskProblem(f"--published: {error}") from None


def read_text(file: Path) -> str:
    """An article from a file or stdin (-), as text; a clear error if it cannot be read."""
    try:
        data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
    except OSError as error:
        raise DeskProblem(f"{file}: cannot be read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise DeskProblem(f"{file}: is not UTF-8 text") from None


def main() -> None:
    """Run the command line; every error is one line on stderr."""
    try:
        cli.main(prog_name="backchannel", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        click.echo(f"backchannel: {clean(error.format_message(), 500)}", err=True)
        sys.exit(error.exit_code if isinstance(error, DeskProblem) else 2)
    except click.Abort:
        click.echo("backchannel: stopped", err=True)
        sys.exit(1)
