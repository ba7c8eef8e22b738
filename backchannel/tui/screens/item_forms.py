"""The forms for new and edited statements, sources, actors and events, and notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from backchannel.actions import Outcome, items
from backchannel.actions.capture import save_capture
from backchannel.db import Desk
from backchannel.db.items import source_names, topic_names
from backchannel.db.models import ACTOR_KINDS, GRADES
from backchannel.extract.capture import Capture, normalise_topic
from backchannel.extract.dates import DateError, parse_date
from backchannel.tui.screens.form import Field, FieldError, FormScreen
from backchannel.vocabulary import KIND_WORDS, KINDS, STANCE_WORDS, STANCES

STANCE_OPTIONS = [(STANCE_WORDS[None], "")] + [(STANCE_WORDS[s], s) for s in STANCES]
KIND_OPTIONS = [(KIND_WORDS[k], k) for k in KINDS]
DATE_HINT = '"15 March", "early March", "last Tuesday", 2025-03-15'


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def or_none(text: str) -> str | None:
    return text.strip() or None


def date_field(field: str, phrase: str, reference: date | None = None) -> str | None:
    if not phrase.strip():
        return None
    try:
        return parse_date(phrase, reference)
    except DateError as error:
        raise FieldError(field, str(error)) from None


class DeskForm(FormScreen):
    """A form over one item of a desk: a new one (item_id None) or an existing one."""

    def __init__(self, desk: Desk, item_id: int | None = None) -> None:
        self.desk = desk
        self.item_id = item_id
        super().__init__(self.load() if item_id is not None else self.defaults())

    def load(self) -> dict[str, str]:
        raise NotImplementedError

    def defaults(self) -> dict[str, str]:
        return {}

    def actor_names(self, prefix: str) -> list[str]:
        return self.desk.actors.names(prefix)

    def source_names(self, prefix: str) -> list[str]:
        return source_names(self.desk, prefix)

    def topic_names(self, prefix: str) -> list[str]:
        return topic_names(self.desk, prefix)


class StatementForm(DeskForm):
    """A statement's words, speaker, stance, date, kind, source, relayer, topics, note."""

    def __init__(self, desk: Desk, item_id: int | None = None, source: str = "") -> None:
        self.source = source
        super().__init__(desk, item_id)

    @property
    def heading(self) -> str:
        return "Edit statement" if self.item_id is not None else "New statement"

    def fields(self) -> list[Field]:
        return [
            Field("text", "Words said", "text"),
            Field("speaker", "Speaker", complete=self.actor_names, placeholder="name or alias"),
            Field("stance", "Stance", "select", STANCE_OPTIONS),
            Field("said", "Said on", placeholder=DATE_HINT),
            Field("kind", "Kind", "select", KIND_OPTIONS),
            Field("source", "Read in", complete=self.source_names, placeholder="title or outlet"),
            Field("via", "Relayed by", complete=self.actor_names),
            Field("topics", "Topics", complete=self.topic_names, listing=True, placeholder="a, b"),
            Field("note", "Note", "text"),
        ]

    def defaults(self) -> dict[str, str]:
        return {"kind": "direct", "source": self.source}

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        s = self.desk.statements.get(self.item_id)
        return {
            "text": s.text,
            "speaker": s.speaker_name or "",
            "stance": s.stance or "",
            "said": s.said or "",
            "kind": s.kind,
            "source": s.source_title or "",
            "via": s.relayed_by_name or "",
            "topics": ", ".join(s.topics),
            "note": s.note or "",
        }

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        capture = Capture(
            text=values["text"].strip(),
            speaker=or_none(values["speaker"]),
            stance=or_none(values["stance"]),
            topics=[normalise_topic(t) for t in _split(values["topics"])],
            source=or_none(values["source"]),
            said=or_none(values["said"]),
            via=or_none(values["via"]),
            kind=values["kind"] or "direct",
            note=or_none(values["note"]),
        )

        def action() -> Outcome:
            return save_capture(self.desk, capture, statement_id=self.item_id).outcome()

        return action


class SourceForm(DeskForm):
    """A source: title, outlet, author, URL, date, grade, the source it relays, note."""

    TITLE = "Source"

    def fields(self) -> list[Field]:
        grades = [("not graded", "")] + [(g, g) for g in GRADES]
        return [
            Field("title", "Title"),
            Field("outlet", "Outlet", complete=self.source_names),
            Field("author", "Author"),
            Field("url", "URL"),
            Field("published", "Published", placeholder=DATE_HINT),
            Field("reliability", "Reliability (Admiralty A–F)", "select", grades),
            Field("relays", "Relays (cites)", complete=self.source_names),
            Field("note", "Note", "text"),
        ]

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        s = self.desk.sources.get(self.item_id)
        return {
            "title": s.title,
            "outlet": s.outlet or "",
            "author": s.author or "",
            "url": s.url or "",
            "published": s.published or "",
            "reliability": s.reliability or "",
            "relays": s.relays_title or "",
            "note": s.note or "",
        }

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        fields: dict[str, Any] = {
            "outlet": or_none(values["outlet"]),
            "url": or_none(values["url"]),
            "author": or_none(values["author"]),
            "published": date_field("published", values["published"]),
            "reliability": or_none(values["reliability"]),
            "note": or_none(values["note"]),
        }
        return partial(
            items.save_source, self.desk, self.item_id, values["title"],
            relays=or_none(values["relays"]), **fields,
        )  # fmt: skip


class ActorForm(DeskForm):
    """An actor: name, kind, aliases, the actor it belongs to, note."""

    TITLE = "Actor"

    def fields(self) -> list[Field]:
        kinds = [("—", "")] + [(k, k) for k in ACTOR_KINDS]
        return [
            Field("name", "Name"),
            Field("kind", "Kind", "select", kinds),
            Field("aliases", "Also called", listing=True, placeholder="Starmer, UK PM"),
            Field(
                "affiliation",
                "Belongs to",
                complete=self.actor_names,
                placeholder="country, party…",
            ),
            Field("note", "Note", "text"),
        ]

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        a = self.desk.actors.get(self.item_id)
        return {
            "name": a.name,
            "kind": a.kind or "",
            "aliases": ", ".join(a.aliases),
            "affiliation": a.affiliation_name or "",
            "note": a.note or "",
        }

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        return partial(
            items.save_actor, self.desk, self.item_id, values["name"],
            affiliation=or_none(values["affiliation"]), kind=or_none(values["kind"]),
            aliases=_split(values["aliases"]), note=or_none(values["note"]),
        )  # fmt: skip


class EventForm(DeskForm):
    """An event: title, date, kind, source, actors, topics, note."""

    TITLE = "Event"

    def fields(self) -> list[Field]:
        return [
            Field("title", "What happened"),
            Field("happened", "When", placeholder=DATE_HINT),
            Field("kind", "Kind", placeholder="meeting, visit, vote, announcement…"),
            Field("source", "Source", complete=self.source_names),
            Field("actors", "Who", complete=self.actor_names, listing=True, placeholder="a, b"),
            Field("topics", "Topics", complete=self.topic_names, listing=True, placeholder="a, b"),
            Field("note", "Note", "text"),
        ]

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        e = self.desk.events.get(self.item_id)
        return {
            "title": e.title,
            "happened": e.happened,
            "kind": e.kind or "",
            "source": e.source_title or "",
            "actors": ", ".join(e.actors),
            "topics": ", ".join(e.topics),
            "note": e.note or "",
        }

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        return partial(
            items.save_event, self.desk, self.item_id, values["title"], values["happened"],
            source=or_none(values["source"]), actors=_split(values["actors"]),
            kind=or_none(values["kind"]), note=or_none(values["note"]),
            topics=[normalise_topic(t) for t in _split(values["topics"])],
        )  # fmt: skip


class NoteForm(DeskForm):
    """The free-text note on any item; searchable with it."""

    TITLE = "Note"

    def __init__(self, desk: Desk, kind: str, item_id: int) -> None:
        self.kind = kind
        super().__init__(desk, item_id)

    def fields(self) -> list[Field]:
        return [Field("note", f"Note on this {self.kind}", "text")]

    def load(self) -> dict[str, str]:
        assert self.item_id is not None
        item = {
            "statement": self.desk.statements.get,
            "source": self.desk.sources.get,
            "event": self.desk.events.get,
            "actor": self.desk.actors.get,
        }[self.kind](self.item_id)
        return {"note": getattr(item, "note", None) or ""}

    def save(self, values: dict[str, str]) -> Callable[[], Outcome]:
        assert self.item_id is not None
        return partial(items.note, self.desk, self.kind, self.item_id, values["note"])
