"""The desk store: schema, migrations, queries, dates. Never imports textual."""

from .changes import NotFound
from .dates import DateError, DateSpan, humanize, parse_edtf
from .desk import Desk, DeskError, ReadCancelled, open_desk
from .models import PREVIEW_CHARS, Actor, Change, Event, Source, Statement, TimelineEntry
from .paging import FIRST, PageRequest
from .sources import source_key
from .statements import statement_key
from .timeline import statement_entry

__all__ = [
    "FIRST",
    "PREVIEW_CHARS",
    "Actor",
    "Change",
    "DateError",
    "DateSpan",
    "Desk",
    "DeskError",
    "Event",
    "NotFound",
    "PageRequest",
    "ReadCancelled",
    "Source",
    "Statement",
    "TimelineEntry",
    "humanize",
    "open_desk",
    "parse_edtf",
    "source_key",
    "statement_key",
    "statement_entry",
]
