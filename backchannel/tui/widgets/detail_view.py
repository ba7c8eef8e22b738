"""The detail area: everything about the focused source, statement or event.

Details are read (whole text, relay chain, affiliation) in a worker and
built into one ``Text``: news text only ever enters it through ``literal``.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from backchannel.db import Desk, NotFound, humanize
from backchannel.tui.text import literal
from backchannel.tui.widgets.steady import SteadySize
from backchannel.vocabulary import KIND_WORDS, STANCE_WORDS

STANCE_SHOWN = {
    stance: word.upper() if stance else f"stance {word}" for stance, word in STANCE_WORDS.items()
}


def _line(text: Text, label: str, value: Text | str | None) -> None:
    if value is None or value == "":
        return
    text.append(f"\n{label}: ", style="bold")
    text.append_text(value if isinstance(value, Text) else literal(value, 500))


def statement_text(desk: Desk, statement_id: int, limit: int) -> Text:
    """The detail of one statement."""
    s = desk.statements.get(statement_id)
    # Each piece carries its own style: a style given to Text() would color
    # everything appended after it.
    text = Text()
    text.append(STANCE_SHOWN[s.stance], style="bold reverse" if s.stance else "dim")
    if not s.stance:
        text.append("  (p: public stance, a: private assurance)", style="dim")
    text.append("\n")
    text.append_text(literal(s.text, limit, one_line=False))
    if len(s.text) > limit:
        text.append(f"\n[{len(s.text) - limit:,} more characters]", style="dim")
    speaker = literal(s.speaker_name or "unknown speaker", 200, style="bold")
    if s.speaker_id is not None:
        actor = desk.actors.get(s.speaker_id)
        if actor.affiliation_name:
            speaker.append(" (").append_text(literal(actor.affiliation_name, 200)).append(")")
    _line(text, "By", speaker)
    said = humanize(s.said) + (f"  [{s.said}]" if s.said else "")
    _line(text, "Said", f"{said} · {KIND_WORDS.get(s.kind, s.kind)}")
    if s.reported:
        _line(text, "Reported", f"{humanize(s.reported)}  [{s.reported}] (the source's date)")
    _line(text, "Captured", s.created_at[:16].replace("T", " ") + " UTC" if s.created_at else None)
    _line(text, "Relayed by", s.relayed_by_name)
    if s.source_id is not None:
        _line(text, "Read in", citation(desk, s.source_id))
    _line(text, "Topics", ", ".join(s.topics) or None)
    _line(text, "Note", s.note)
    for link in desk.links.of([s.id]).get(s.id, []):
        other = literal(link.other_speaker or "unknown", 100, style="bold")
        other.append(f" ({humanize(link.other_said)}): ", style="dim")
        other.append_text(literal(link.other_text, 200))
        marked = link.diverges_from(s.stance)
        _line(text, ("≠ " if marked else "") + link.words[0].upper() + link.words[1:], other)
    for event in desk.links.events_of(s.id):
        about = Text(humanize(event["happened"]) + ": ", style="dim")
        _line(text, "About the event", about.append_text(literal(event["title"], 200)))
    return text


def citation(desk: Desk, source_id: int) -> Text:
    """'Ukrainska Pravda, citing The Telegraph — title'."""
    chain = desk.sources.chain(source_id)
    names = [c.outlet or c.title for c in chain]
    text = Text()
    text.append_text(literal(names[0], 200, style="bold"))
    for name in names[1:]:
        text.append(", citing ").append_text(literal(name, 200, style="bold"))
    if chain[0].outlet:  # (one with no outlet is named by its title already)
        text.append(" — ").append_text(literal(chain[0].title, 400, style="italic"))
    return text


def source_text(desk: Desk, source_id: int, limit: int) -> Text:
    """The detail of one source."""
    s = desk.sources.get(source_id)
    text = Text()
    text.append_text(literal(s.outlet or "source", 200, style="bold"))
    text.append(f"  grade {s.reliability}" if s.reliability else "  not graded", style="dim")
    text.append("\n").append_text(literal(s.title, limit, one_line=False))
    _line(text, "Published", humanize(s.published) if s.published else None)
    _line(text, "Author", s.author)
    _line(text, "URL", s.url)
    if s.relays_id is not None:
        _line(text, "Relays", citation(desk, s.relays_id))
    _line(text, "Statements", f"{s.statement_count:,} (enter shows them)")
    _line(text, "Note", s.note)
    return text


def event_text(desk: Desk, event_id: int, limit: int) -> Text:
    """The detail of one event."""
    e = desk.events.get(event_id)
    text = Text()
    text.append("EVENT", style="bold reverse")
    text.append(f"  {e.kind}" if e.kind else "", style="dim")
    text.append("\n").append_text(literal(e.title, limit, one_line=False))
    _line(text, "When", f"{humanize(e.happened)}  [{e.happened}]")
    _line(text, "Actors", ", ".join(e.actors) or None)
    _line(text, "Topics", ", ".join(e.topics) or None)
    if e.source_id is not None:
        _line(text, "Source", citation(desk, e.source_id))
    _line(text, "Note", e.note)
    count = desk.statements.count(event_id=e.id)
    _line(text, "Statements", f"{count:,} said at or about it (enter shows them)")
    return text


def detail_text(desk: Desk, kind: str, item_id: int, limit: int = 4_000) -> Text:
    """The detail of a source, statement or event."""
    build = {"source": source_text, "statement": statement_text, "event": event_text}[kind]
    try:
        text = build(desk, item_id, limit)
    except NotFound:
        return Text("This item is no longer on the desk.", style="dim")
    # Until a conflict is decided, the item shows both values. (Imported here,
    # in the reading thread: the first frame does not wait for it.)
    from backchannel.db.conflicts import ConflictStore
    from backchannel.tui.widgets.conflict_card import waiting_lines

    waiting = waiting_lines(ConflictStore(desk), f"{kind}s", item_id)
    return text.append_text(waiting) if waiting is not None else text


class DetailView(SteadySize, ScrollView, can_focus=False):
    """Shows the focused item of whichever pane has focus.

    Drawn line by line from its text wrapped once (a ScrollView): a new item
    repaints this area only. (A Static that grows with its text laid the whole
    screen out again at nearly every j, since each statement wraps to another
    number of lines.)"""

    DEFAULT_CSS = """
    DetailView {
        overflow-x: hidden;
    }
    """

    @dataclass
    class Loaded(Message):
        token: int
        text: Text

    def __init__(self, desk: Desk, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.desk = desk
        self.item: tuple[str, int] | None = None
        """(kind, id) of the item shown."""
        self.text = Text()
        """What the area shows."""
        self._token = 0
        self._strips: list[Strip] = []  # the text wrapped to the area's width
        self.border_title = "Detail"

    def show(self, kind: str, item_id: int, text: Text | None = None) -> None:
        """Show an item's detail: ``text`` if it was read already (with the
        rows), else read in a worker."""
        self.item = (kind, item_id)
        self._token += 1
        if text is not None:
            self._put(text)
        else:
            self._load(self._token, kind, item_id)

    def show_text(self, text: Text) -> None:
        """Show a message instead of an item (the welcome, an empty pane)."""
        self.item = None
        self._token += 1
        self._put(text)

    def _put(self, text: Text) -> None:
        self.text = text
        self._wrap()
        self.scroll_to(y=0, animate=False)

    def _wrap(self) -> None:
        # Wrapped short of the scrollbar's column whether or not it shows, so
        # a scrollbar coming or going never wraps the text again.
        bar = self.styles.scrollbar_size_vertical
        width = self.scrollable_content_region.width + (bar if self.show_vertical_scrollbar else 0)
        width -= bar
        if width <= 0:
            self._strips = []
            return
        console = self.app.console
        lines = console.render_lines(self.text, console.options.update_width(width), pad=False)
        self._strips = [Strip(line) for line in lines]
        self.virtual_size = Size(width, len(self._strips))
        self.refresh()

    def on_resize(self) -> None:
        self._wrap()

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        style = self.rich_style
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self._strips):
            return Strip.blank(width, style)
        return self._strips[index].apply_style(style).crop_extend(0, width, style)

    def reload(self) -> None:
        """Read the item shown again (the desk changed)."""
        if self.item is not None:
            self._token += 1
            self._load(self._token, *self.item)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load(self, token: int, kind: str, item_id: int) -> None:
        self.post_message(self.Loaded(token, detail_text(self.desk, kind, item_id)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        message.stop()
        if message.token == self._token:
            self._put(message.text)
