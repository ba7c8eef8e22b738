"""The divergence view's parts: the two-column table of tagged statements, with
contradicting partners beside them, and the weekly strips of public and private."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.content import Content
from textual.widgets import Static

from backchannel.db import Desk, PageRequest, Statement, humanize, statement_key
from backchannel.db.compare import Weekly
from backchannel.db.filters import Filter
from backchannel.db.models import Link
from backchannel.tui.glyphs import BARS
from backchannel.tui.text import clean, literal, placed_text
from backchannel.tui.widgets.paged_table import PagedTable
from backchannel.tui.widgets.tagging import TagKeys, tag_bindings


@dataclass(frozen=True)
class DivergenceRow:
    """A tagged statement and the statements of the other stance it contradicts."""

    statement: Statement
    against: tuple[Link, ...] = ()


def _against(statement: Statement, links: list[Link]) -> tuple[Link, ...]:
    return tuple(link for link in links if link.diverges_from(statement.stance))


class DivergenceTable(TagKeys, PagedTable[DivergenceRow]):
    """Tagged statements in date order, each in its stance's column."""

    BINDINGS: ClassVar[list[BindingType]] = tag_bindings("compare")

    COLUMNS: ClassVar[list[tuple[str, str, int | None]]] = [
        ("said", "Said", 14),
        ("public", "Public stance", None),
        ("private", "Private assurance", None),
    ]
    ROW_HEIGHT = 2
    TITLE = "Public stance | private assurance"

    def __init__(
        self, desk: Desk, selection: Filter, *, id: str | None = None, autoload: bool = True
    ) -> None:
        super().__init__(id=id, autoload=autoload)
        self.desk = desk
        self.set_reactive(PagedTable.filter, selection)
        self.show_header = True

    def _rows_filter(self) -> Filter:
        f = self.filter
        return f if f.stance in ("public", "private") else f.with_stance("tagged")

    def fetch(self, request: PageRequest) -> list[DivergenceRow]:
        page = self.desk.statements.page(request, filter=self._rows_filter())
        links = self.desk.links.of(s.id for s in page)
        return [DivergenceRow(s, _against(s, links.get(s.id, []))) for s in page]

    def count(self) -> int:
        return self.desk.statements.count(filter=self._rows_filter())

    def detail_of(self, item: DivergenceRow) -> tuple[str, int]:
        return ("statement", item.statement.id)

    def key_of(self, item: DivergenceRow) -> tuple[str, int]:
        return statement_key(item.statement)

    def row_key(self, item: DivergenceRow) -> str:
        return f"statement:{item.statement.id}"

    def update_title(self) -> None:
        total = f" · {self.total:,}" if self.total is not None else ""
        self.border_title = Content(f"{self.TITLE}{total} — {clean(self.filter.line, 60)}")

    def cells(self, item: DivergenceRow) -> list[Text]:
        s = item.statement
        own = Text(no_wrap=True, overflow="ellipsis")
        own.append_text(literal(s.speaker_name or "unknown", 60, style="bold"))
        if s.source_outlet or s.source_title:
            own.append(" · ", style="dim")
            own.append_text(literal(s.source_outlet or s.source_title, 80, style="dim"))
        own.append("\n").append_text(literal(s.text, 300))
        other = Text(no_wrap=True, overflow="ellipsis")
        for n, link in enumerate(item.against[:1]):
            other.append("≠ ", style="bold reverse")
            other.append(f"{link.words} ", style="bold")
            other.append_text(literal(link.other_speaker or "unknown", 60, style="italic"))
            other.append(f" ({humanize(link.other_said)})", style="dim")
            other.append("\n").append_text(literal(link.other_text, 300, style="dim italic"))
            if len(item.against) > 1 and n == 0:
                other.append(f" (+{len(item.against) - 1} more)", style="dim")
        said = placed_text(s)
        if item.against:
            said.append("\n≠ contradicts", style="bold")
        public, private = (own, other) if s.stance == "public" else (other, own)
        return [said, public, private]

    def statement_id_of(self, item: DivergenceRow) -> int:
        return item.statement.id


def put_fixed(static: Static, text: Text) -> None:
    """Show ``text`` in ``static``; a Static of a fixed height (in cells) is
    only drawn again, not laid out with the whole screen as an update does."""
    height = static.styles.height
    static.update(text, layout=height is None or not height.is_cells)


class WeekStrips(Static):
    """Public and private statements per week as two strips of bars on one
    scale (a bare Sparkline scales each series to itself, so one private
    assurance would stand as tall as a hundred public stances), and the span
    of weeks they cover. Wider than the screen, weeks are summed into bars."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.weekly = Weekly(None)
        self.weeks_per_bar = 1
        self.reading = False

    def show(self, weekly: Weekly, *, reading: bool = False) -> None:
        """Draw ``weekly``, or (``reading``) nothing while it is being read."""
        self.weekly = weekly
        self.reading = reading
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    @staticmethod
    def _bars(values: tuple[int, ...], per: int) -> list[int]:
        return [sum(values[i : i + per]) for i in range(0, len(values), per)]

    def _draw(self) -> None:
        weekly = self.weekly
        text = Text()
        if self.reading:
            put_fixed(self, text)
            return
        if weekly.first_week is None:
            text.append("public\n", style="bold").append("private", style="bold reverse")
            text.append("\nNo dated, tagged statements to chart by week.", style="dim")
            put_fixed(self, text)
            return
        width = max(self.size.width - 8, 1)
        per = max(1, -(-len(weekly.public) // width))  # weeks summed into each bar
        self.weeks_per_bar = per
        series = [self._bars(weekly.public, per), self._bars(weekly.private, per)]
        peak = max([max(bars, default=0) for bars in series] + [1])
        labels = [("public ", "bold"), ("private", "bold reverse")]
        for (label, style), bars in zip(labels, series, strict=True):
            text.append(label, style=style).append(" ")
            for n in bars:
                if n == 0:
                    text.append("·", style="dim")
                else:
                    text.append(BARS[max(1, round(n / peak * (len(BARS) - 1)))])
            text.append("\n")
        first = date.fromisoformat(weekly.first_week)
        weeks = len(weekly.public)
        bar = "week" if per == 1 else f"{per} weeks"
        text.append(
            f"{weeks} week{'s' if weeks != 1 else ''} from {first.day} {first:%b %Y},"
            f" a bar per {bar}",
            style="dim",
        )
        put_fixed(self, text)
