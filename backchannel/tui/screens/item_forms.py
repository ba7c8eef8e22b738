"""The forms for new and edited statements, sources, actors and events, and notes."""

from __future__ import annotations

from datetime import date
from typing import Any

from backchannel.capture import CaptureError, save_capture
from backchannel.db import Desk, parse_edtf
from backchannel.db.items import ensure_actor, resolve_actor, set_note, source_names, topic_names
from backchannel.db.models import ACTOR_KINDS, GRADES
from backchannel.extract.capture import Capture, normalise_topic
from backchannel.extract.dates import DateError, parse_date
from backchannel.tui.screens.form import Field, FieldError, FormScreen

STANCE_OPTIONS = [("not tagged", ""), ("public stance", "public"), ("private assurance", "private")]
KIND_OPTIONS = [("direct quote", "direct"), ("indirect", "indirect"), ("quoted block", "block")]
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
        self.saved_id: int | None = None
        """The id of the item saved, once saved."""
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
        self.TITLE = "Edit statement" if item_id is not None else "New statement"

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

    def save(self, values: dict[str, str]) -> None:
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
        try:
            captured = save_capture(self.desk, capture, statement_id=self.item_id)
        except CaptureError as error:
            raise FieldError(error.field or "form", str(error)) from None
        self.saved_id = captured.statement_id


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

    def save(self, values: dict[str, str]) -> None:
        if not values["title"].strip():
            raise FieldError("title", "a source needs a title")
        relays_id = None
        if values["relays"].strip():
            relayed = self.desk.sources.match(values["relays"])
            if relayed is None:
                raise FieldError("relays", f"no source matches “{values['relays'].strip()}”")
            if relayed.id == self.item_id:
                raise FieldError("relays", "a source cannot relay itself")
            relays_id = relayed.id
        fields: dict[str, Any] = {
            "outlet": or_none(values["outlet"]),
            "url": or_none(values["url"]),
            "author": or_none(values["author"]),
            "published": date_field("published", values["published"]),
            "reliability": or_none(values["reliability"]),
            "relays_id": relays_id,
            "note": or_none(values["note"]),
        }
        if self.item_id is None:
            self.saved_id = self.desk.sources.add(values["title"], **fields)
        else:
            self.desk.sources.update(self.item_id, values["title"], **fields)
            self.saved_id = self.item_id


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

    def save(self, values: dict[str, str]) -> None:
        if not values["name"].strip():
            raise FieldError("name", "an actor needs a name")
        try:
            resolve_actor(self.desk, values["affiliation"])
        except ValueError as error:
            raise FieldError("affiliation", str(error)) from None
        label = "Edit actor" if self.item_id is not None else "Add actor"
        with self.desk.change(label) as change:
            parent = ensure_actor(self.desk, change, or_none(values["affiliation"]))
            fields: dict[str, Any] = {
                "kind": or_none(values["kind"]),
                "aliases": _split(values["aliases"]),
                "affiliation_id": parent,
                "note": or_none(values["note"]),
                "change": change,
            }
            if self.item_id is None:
                self.saved_id = self.desk.actors.add(values["name"], **fields)
            else:
                self.desk.actors.update(self.item_id, values["name"], **fields)
                self.saved_id = self.item_id


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

    def save(self, values: dict[str, str]) -> None:
        if not values["title"].strip():
            raise FieldError("title", "an event needs a title")
        source = self.desk.sources.match(values["source"]) if values["source"].strip() else None
        if values["source"].strip() and source is None:
            raise FieldError("source", f"no source matches “{values['source'].strip()}”")
        reference = None
        if source is not None and source.published:
            reference = min(date.fromisoformat(parse_edtf(source.published).latest), date.today())
        happened = date_field("happened", values["happened"], reference)
        if happened is None:
            raise FieldError("happened", "an event needs a date")
        names = _split(values["actors"])
        for name in names:
            try:
                resolve_actor(self.desk, name)
            except ValueError as error:
                raise FieldError("actors", str(error)) from None
        label = "Edit event" if self.item_id is not None else "Add event"
        with self.desk.change(label) as change:
            actor_ids = [ensure_actor(self.desk, change, name) for name in names]
            fields: dict[str, Any] = {
                "kind": or_none(values["kind"]),
                "source_id": source.id if source else None,
                "note": or_none(values["note"]),
                "actor_ids": [a for a in actor_ids if a is not None],
                "topics": [normalise_topic(t) for t in _split(values["topics"])],
                "change": change,
            }
            if self.item_id is None:
                self.saved_id = self.desk.events.add(values["title"], happened, **fields)
            else:
                self.desk.events.update(self.item_id, values["title"], happened, **fields)
                self.saved_id = self.item_id


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

    def save(self, values: dict[str, str]) -> None:
        assert self.item_id is not None
        set_note(self.desk, self.kind, self.item_id, values["note"])
        self.saved_id = self.item_id
