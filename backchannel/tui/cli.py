"""The command line. Imports no Textual until a command opens the app."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from backchannel import __version__
from backchannel.db import Desk, DeskError, open_desk
from backchannel.textsafe import BIDI_CONTROLS, clean
from backchannel.vocabulary import KINDS, stance_mark

if TYPE_CHECKING:
    pass

DB_HELP = "The desk file (default: desk.db in your user data folder)."


class DeskProblem(click.ClickException):
    """A desk that cannot be used: one line on stderr, exit status 2."""

    exit_code = 2


def default_desk_path() -> Path:
    """The config file's desk, else desk.db in the platform's user data folder,
    created private if need be."""
    import platformdirs

    ctx = click.get_current_context(silent=True)
    config = ctx.obj.get("config") if ctx is not None and ctx.obj else None
    if config is not None and config.desk:
        return Path(config.desk).expanduser()

    folder = platformdirs.user_data_path("backchannel", appauthor=False)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    return folder / "desk.db"


def open_or_fail(path: Path, *, create: bool = True) -> Desk:
    try:
        return open_desk(path, author=click.get_current_context().obj.get("as"), create=create)
    except DeskError as error:
        raise DeskProblem(str(error)) from None


def echo_json(value: object) -> None:
    """JSON on stdout; to a terminal, control characters inside strings are
    escaped too (C1 controls and direction overrides included), so news text
    cannot drive the terminal. To a pipe or file it is ordinary UTF-8 JSON."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if sys.stdout.isatty():
        text = text.translate(_JSON_ESCAPES)
    click.echo(text)


_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), *BIDI_CONTROLS]}


def need_terminal() -> None:
    """The app draws on a terminal; without one it would wait forever, so say so.
    (Served to a browser, textual-serve hands it a web driver instead.)"""
    if os.environ.get("TEXTUAL_DRIVER"):
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise DeskProblem(
            "the app needs a terminal (stdin and stdout are not one); "
            "from scripts use backchannel add, import or extract"
        )


def run_app(desk: Desk, label: str | None = None) -> None:
    from backchannel.tui.app import BackchannelApp

    ctx = click.get_current_context(silent=True)
    config = ctx.obj.get("config") if ctx is not None and ctx.obj else None
    try:
        BackchannelApp(desk, label=label, config=config).run()
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
@click.option(
    "--as",
    "author",
    metavar="NAME",
    envvar="BACKCHANNEL_AS",
    help="Record changes as made by NAME (default: your login name); undo takes back only yours.",
)
@click.version_option(__version__, "--version", prog_name="backchannel")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, author: str | None) -> None:
    """Backchannel: who said what, where, when - in public or in private.

    With no command, opens your desk (--db or BACKCHANNEL_DB name another).
    """
    from backchannel.config import load_config

    ctx.ensure_object(dict)
    config = load_config()
    if config.problem:
        click.echo(f"backchannel: {clean(config.problem, 300)}; using the defaults", err=True)
    ctx.obj["config"] = config
    ctx.obj["db"] = db_path
    author = author or config.author
    ctx.obj["as"] = " ".join(author.split()) if author and author.strip() else None
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
    keep = db_path is not None
    if db_path is None:
        db_path = Path(tempfile.mkdtemp(prefix="backchannel-demo-")) / "demo.db"
    desk = open_or_fail(db_path)
    load_demo(desk)
    try:
        run_app(desk, label=f"demo · {db_path}")
    finally:
        if not keep:  # a demo of its own: nothing left behind in the temporary folder
            shutil.rmtree(db_path.parent, ignore_errors=True)
    if keep:
        shown = clean(db_path, 300)
        click.echo(f"The demo desk is kept at {shown}; reopen it with: {how_to_run()} --db {shown}")
    else:
        click.echo("The demo desk was thrown away; backchannel demo --db PATH keeps one.")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Where to listen.")
@click.option("--port", default=8000, show_default=True, help="The port to listen on.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, db_path: Path | None) -> None:
    """The app in a browser (textual-serve), on this machine only by default:
    reach it from elsewhere through an SSH tunnel (ssh -L 8000:127.0.0.1:8000)."""
    import shlex

    try:
        from textual_serve.server import Server
    except ImportError:
        raise DeskProblem(
            "serve needs the web extra: uv sync --extra web (or pip install 'backchannel[web]')"
        ) from None
    path = (db_path or ctx.obj.get("db") or default_desk_path()).expanduser().resolve()
    open_or_fail(path).close()  # a desk that cannot be opened is said here, not in the browser
    command = shlex.join([sys.executable, "-m", "backchannel", "--db", str(path)])
    if ctx.obj.get("as"):
        command += " --as " + shlex.quote(ctx.obj["as"])
    click.echo(f"Serving {clean(path, 300)} at http://{host}:{port} (ctrl+c stops)")
    Server(command, host=host, port=port, title="Backchannel").serve()


def how_to_run() -> str:
    """How the person started us: "uv run backchannel" under uv, else "backchannel"."""
    return "uv run backchannel" if os.environ.get("UV") else "backchannel"


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
@click.option("--kind", type=click.Choice(KINDS), help="Quote kind.")
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
    from backchannel.actions.capture import CaptureError, merge, save_capture, summarise
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
        echo_json(dataclasses.asdict(statement))
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
        echo_json(proposals.to_json())
        return
    click.echo(clean(f"{proposals.article.title or '(untitled)'}", 300))
    click.echo(f"published: {proposals.published or 'unknown'}")
    click.echo(f"\n{len(proposals.quotes)} statements")
    for q in proposals.quotes:
        stance = f"{stance_mark(q.stance):>4}"
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
@click.option("--author", help="Who wrote it (else the article's byline).")
@click.option(
    "--topic", "topics", multiple=True, metavar="T", help="A topic of the whole article (repeat)."
)
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def import_(
    ctx: click.Context,
    file: Path,
    published: str | None,
    title: str | None,
    outlet: str | None,
    url: str | None,
    author: str | None,
    topics: tuple[str, ...],
    db_path: Path | None,
) -> None:
    """Add an article (FILE, or - for stdin) and queue what it proposes for triage.

    Each proposal comes with the date its words give it, its topics (--topic,
    else the phrases the headline and body share) and, for a new speaker, the
    other names and the country the article gives them. An article that says
    nowhere when it was published needs --published."""
    from backchannel.actions.intake import import_article
    from backchannel.extract.capture import normalise_topic

    text = read_text(file)
    published = checked_published(published)
    desk = open_or_fail(db_path or ctx.obj.get("db") or default_desk_path())
    try:
        done = import_article(
            desk, text, title=title, outlet=outlet, url=url, published=published,
            topics=[normalise_topic(t) for t in topics], author=author,
        )  # fmt: skip
    except ValueError as error:
        raise DeskProblem(str(error)) from None
    finally:
        desk.close()
    said = done.outcome().label
    click.echo(clean(said if done.duplicate else f"{said} (press I in the app)", 400))


@cli.command("import-csv")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option(
    "--map",
    "renames",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Read a column as a field: Quote=text, Who=speaker (fields: text, speaker, stance,"
    " topics, source, url, said, via, kind, note).",
)
@click.option("--db", "db_path", type=click.Path(path_type=Path), help=DB_HELP)
@click.pass_context
def import_csv(
    ctx: click.Context, file: Path, renames: tuple[str, ...], db_path: Path | None
) -> None:
    """Add a spreadsheet of quotes (CSV, one statement a row), all rows or none.

    Columns are found by their headers (text or quote, speaker or by, stance,
    topics, source, url, said or date, via, kind, note); names are found or
    added as capture finds them. A row that cannot be taken is said, one line
    each, and nothing is added."""
    from backchannel.actions import ActionError
    from backchannel.actions.spreadsheet import SpreadsheetError, import_spreadsheet

    mapping: dict[str, str] = {}
    for rename in renames:
        heading, sep, field = rename.partition("=")
        if not sep or not heading.strip() or not field.strip():
            raise DeskProblem(f"--map {rename}: give COLUMN=FIELD, as Quote=text")
        mapping[heading.strip()] = field.strip()
    text = read_text(file)
    path = db_path or ctx.obj.get("db") or default_desk_path()
    existed = path.exists()
    desk = open_or_fail(path)
    done = None
    try:
        done = import_spreadsheet(desk, text.lstrip("\ufeff"), renames=mapping)
    except SpreadsheetError as error:
        for line in error.problems:
            click.echo(f"backchannel: {clean(line, 300)}", err=True)
        raise DeskProblem(str(error)) from None
    except ActionError as error:
        raise DeskProblem(str(error)) from None
    finally:
        desk.close()
        if done is None and not existed:  # a refused import leaves no new, empty desk
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    click.echo(done.label)
    for what in done.created:
        click.echo(clean(f"  added {what}", 300))


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--group",
    metavar="GROUP",
    help="Share the desk with this Unix group: mode 0660 and group-owned (see README).",
)
def init(path: Path, group: str | None) -> None:
    """Create a new, empty desk at PATH (never over an existing file)."""
    if path.exists() or path.is_symlink():
        raise DeskProblem(f"{path}: already exists; init only makes a new desk")
    try:
        desk = open_desk(path, group=group, author=click.get_current_context().obj.get("as"))
    except DeskError as error:
        raise DeskProblem(str(error)) from None
    desk.close()
    if group is None:
        click.echo(f"Made the desk {clean(path, 300)} (readable by you only).")
        return
    click.echo(f"Made the desk {clean(path, 300)}, shared with the group {clean(group, 100)}.")
    folder = path.resolve().parent
    info = folder.stat()
    import grp

    if info.st_gid != grp.getgrnam(group).gr_gid or not info.st_mode & 0o2000:
        click.echo(
            f"Note: SQLite keeps two files beside the desk while it is open; for them to belong"
            f" to {clean(group, 100)} too, the folder should be the group's and setgid:"
            f"  chgrp {clean(group, 100)} {clean(folder, 300)} && chmod g+ws {clean(folder, 300)}"
        )


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


# The commands that take work off the desk live apart; importing them adds them.
from backchannel.tui import cli_exchange, cli_team  # noqa: E402, F401


def main() -> None:
    """Run the command line; every error is one line on stderr."""
    try:
        cli.main(prog_name="backchannel", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        click.echo(f"backchannel: {clean(error.format_message(), 500)}", err=True)
        sys.exit(error.exit_code if isinstance(error, DeskProblem) else 2)
    except DeskError as error:  # busy, or found damaged while reading
        click.echo(f"backchannel: {clean(str(error), 500)}", err=True)
        sys.exit(2)
    except sqlite3.DatabaseError as error:
        # A damaged page met while reading a desk too big to check when opened.
        click.echo(f"backchannel: the desk cannot be read: {clean(str(error), 300)}", err=True)
        sys.exit(2)
    except click.Abort:
        click.echo("backchannel: stopped", err=True)
        sys.exit(1)
