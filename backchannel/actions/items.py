"""Actions on whole items: save a source, actor or event from its form, a
note, move to the trash and back, merge two actors into one."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from backchannel.db import Desk, NotFound, parse_edtf
from backchannel.db.changes import ChangeWriter
from backchannel.db.items import TABLES, set_note
from backchannel.db.names import ensure_actor, name_key, resolve_actor, tidy_name
from backchannel.db.trash import restore, trash
from backchannel.extract.dates import DateError, parse_date

from . import ActionError, Outcome


def _named(field: str, action: Any, *args: Any) -> Any:
    """Run a name lookup; its refusal names the form field it came from."""
    try:
        return action(*args)
    except ValueError as error:
        raise ActionError(str(error), field=field) from None


def save_source(desk: Desk, source_id: int | None, title: str, *, relays: str | None,
                **fields: Any) -> Outcome:  # fmt: skip
    """Add a source (``source_id`` None) or change every field of one. ``relays``
    names a source already on the desk (title or outlet)."""
    if not tidy_name(title):
        raise ActionError("a source needs a title", field="title")
    label = "Add source" if source_id is None else "Edit source"
    with desk.change(label) as change:
        relays_id = None
        if relays and relays.strip():
            relayed = desk.sources.match(relays)
            if relayed is None:
                raise ActionError(f"no source matches “{tidy_name(relays)}”", field="relays")
            if relayed.id == source_id:
                raise ActionError("a source cannot relay itself", field="relays")
            relays_id = relayed.id
        if source_id is None:
            source_id = desk.sources.add(title, relays_id=relays_id, change=change, **fields)
        else:
            desk.sources.update(source_id, title, relays_id=relays_id, change=change, **fields)
    return Outcome(f"Saved source “{tidy_name(title)}”", "source", source_id)


def save_actor(desk: Desk, actor_id: int | None, name: str, *, affiliation: str | None,
               **fields: Any) -> Outcome:  # fmt: skip
    """Add an actor or change every field of one; ``affiliation`` is found or added."""
    if not tidy_name(name):
        raise ActionError("an actor needs a name", field="name")
    created: list[str] = []
    with desk.change("Add actor" if actor_id is None else "Edit actor") as change:
        parent = _named("affiliation", ensure_actor, change, affiliation, created)
        if actor_id is None:
            found, _ = _named("name", resolve_actor, desk, name)
            if found is not None:
                raise ActionError(
                    f"“{tidy_name(name)}” is already on the desk: edit that actor instead",
                    field="name",
                )
            actor_id = desk.actors.add(name, affiliation_id=parent, change=change, **fields)
        else:
            try:
                desk.actors.update(actor_id, name, affiliation_id=parent, change=change, **fields)
            except ValueError as error:  # it would belong, through others, to itself
                raise ActionError(str(error), field="affiliation") from None
    return Outcome(f"Saved actor “{tidy_name(name)}”", "actor", actor_id, created=tuple(created))


def save_event(desk: Desk, event_id: int | None, title: str, happened: str, *,
               source: str | None, actors: Sequence[str], today: date | None = None,
               **fields: Any) -> Outcome:  # fmt: skip
    """Add an event or change every field of one. ``happened`` is a date phrase,
    read against the source's date; ``actors`` are found or added."""
    if not tidy_name(title):
        raise ActionError("an event needs a title", field="title")
    created: list[str] = []
    with desk.change("Add event" if event_id is None else "Edit event") as change:
        found = desk.sources.match(source) if source and source.strip() else None
        if source and source.strip() and found is None:
            raise ActionError(f"no source matches “{tidy_name(source)}”", field="source")
        when = _event_date(happened, found.published if found else None, today)
        actor_ids = [_named("actors", ensure_actor, change, n, created) for n in actors]
        values: dict[str, Any] = {
            **fields,
            "source_id": found.id if found else None,
            "actor_ids": [a for a in actor_ids if a is not None],
            "change": change,
        }
        if event_id is None:
            event_id = desk.events.add(title, when, **values)
        else:
            desk.events.update(event_id, title, when, **values)
    return Outcome(f"Saved event “{tidy_name(title)}”", "event", event_id, created=tuple(created))


def _event_date(phrase: str, published: str | None, today: date | None) -> str:
    if not phrase.strip():
        raise ActionError("an event needs a date", field="happened")
    reference = today or date.today()
    if published:
        reference = min(date.fromisoformat(parse_edtf(published).latest), reference)
    try:
        return parse_date(phrase, reference)
    except DateError as error:
        raise ActionError(str(error), field="happened") from None


def note(desk: Desk, kind: str, item_id: int, text: str | None) -> Outcome:
    """Give an item a note (blank removes it); searchable with the item."""
    set_note(desk, kind, item_id, text)
    return Outcome(f"Note on {kind} #{item_id} saved", kind, item_id)


def to_trash(desk: Desk, kind: str, item_id: int, statements: str = "keep") -> Outcome:
    """Move an item to the trash; ``statements`` says what becomes of those
    pointing to a source or speaker: keep them, or trash them too."""
    said = trash(desk, kind, item_id, statements)
    return Outcome(f"{said}. u undoes it; T opens the trash.", kind, item_id)


def from_trash(desk: Desk, kind: str, item_id: int) -> Outcome:
    """Bring an item back from the trash, with the statements trashed along with it."""
    with desk.change(f"Restore {kind}") as change:
        stamp = change.row(TABLES[kind], "id = ? AND deleted_at IS NOT NULL", [item_id])
        if stamp is None:
            raise NotFound(f"no {kind} {item_id} in the trash")
        restore(desk, kind, item_id)
        back = _restore_companions(change, kind, item_id, stamp["deleted_at"])
    more = f", with its {back} statement{'s' if back != 1 else ''}" if back else ""
    return Outcome(f"Restored the {kind}{more}", kind, item_id)


def _restore_companions(change: ChangeWriter, kind: str, item_id: int, stamp: str) -> int:
    """Statements that went to the trash in the same change as their source or speaker."""
    column = {"source": "source_id", "actor": "speaker_id"}.get(kind)
    if column is None:
        return 0
    ids = [
        r[0]
        for r in change.conn.execute(
            f"SELECT id FROM statements WHERE {column} = ? AND deleted_at = ?", [item_id, stamp]
        )
    ]
    for statement_id in ids:
        change.update("statements", statement_id, {"deleted_at": None})
    return len(ids)


def merge_actors(desk: Desk, keep_id: int, other_id: int) -> Outcome:
    """Make ``other_id`` part of ``keep_id``: its statements, relays, events,
    members and names move over, and it goes to the trash. One undo step."""
    if keep_id == other_id:
        raise ActionError("an actor cannot be merged into itself")
    with desk.change("Merge actors") as change:
        keep = change.live("actors", keep_id, "actor")
        other = change.live("actors", other_id, "actor")
        for column in ("speaker_id", "relayed_by_id"):
            for (sid,) in change.conn.execute(
                f"SELECT id FROM statements WHERE {column} = ?", [other_id]
            ).fetchall():
                change.update("statements", sid, {column: keep_id})
        for (aid,) in change.conn.execute(
            "SELECT id FROM actors WHERE affiliation_id = ? AND id != ?", [other_id, keep_id]
        ).fetchall():
            change.update("actors", aid, {"affiliation_id": keep_id})
        for (eid,) in change.conn.execute(
            "SELECT event_id FROM event_actors WHERE actor_id = ?", [other_id]
        ).fetchall():
            change.unlink("event_actors", event_id=eid, actor_id=other_id)
            change.link("event_actors", event_id=eid, actor_id=keep_id)
        names = [*json.loads(keep["aliases"]), other["name"], *json.loads(other["aliases"])]
        aliases = [n for n in dict.fromkeys(names) if n != keep["name"]]
        values: dict[str, Any] = {"aliases": json.dumps(aliases, ensure_ascii=False)}
        if keep["affiliation_id"] is None and other["affiliation_id"] not in (None, keep_id):
            values["affiliation_id"] = other["affiliation_id"]
        change.update("actors", keep_id, values)
        change.update("actors", other_id, {"deleted_at": change.at, "affiliation_id": None})
    return Outcome(f"Merged “{other['name']}” into “{keep['name']}”", "actor", keep_id)


def split_alias(desk: Desk, actor_id: int, alias: str) -> Outcome:
    """Take one of an actor's other names back out as an actor of its own (with
    the same kind and affiliation): the undoing of a merge that went too far."""
    with desk.change("Split an alias out") as change:
        row = change.live("actors", actor_id, "actor")
        aliases = json.loads(row["aliases"])
        match = [a for a in aliases if name_key(a) == name_key(alias)]
        if not match:
            raise ActionError(f"“{tidy_name(alias)}” is not another name of {row['name']}")
        kept = [a for a in aliases if a not in match]
        change.update("actors", actor_id, {"aliases": json.dumps(kept, ensure_ascii=False)})
        new_id = desk.actors.add(
            match[0], kind=row["kind"], affiliation_id=row["affiliation_id"], change=change
        )
    return Outcome(f"“{match[0]}” is an actor of its own again", "actor", new_id)
