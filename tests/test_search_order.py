"""Search in date order: the date-ordered word index and the kept counts stay
true to the statements through every kind of change, and paging through a
search finds exactly what a plain scan finds, in the panes' order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from backchannel.actions import items
from backchannel.db import Desk, PageRequest, open_desk
from backchannel.db.filters import Filter
from backchannel.db.undo import undo
from backchannel.filter_line import parse_filter


def expected(desk: Desk, word: str, f: Filter | None = None) -> list[tuple[str, int]]:
    """Every live statement whose text holds ``word`` (or whose speaker's name
    does), in (day, id) order: the slow way, from the rows themselves."""
    rows = desk.db.execute(
        """SELECT coalesce(s.said_earliest, s.reported_earliest, '9999-12-31'), s.id,
                  s.text, a.name, s.stance
           FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id
           WHERE s.deleted_at IS NULL"""
    ).fetchall()
    found = [
        (day, i)
        for day, i, text, name, stance in rows
        if (word in text.lower().split() or word in (name or "").lower().split())
        and (f is None or f.stance is None or stance == f.stance)
    ]
    return sorted(found)


def pages(desk: Desk, f: Filter, limit: int, *, backward: bool = False) -> list[tuple[str, int]]:
    """Every key of the search, read a page at a time forward (or from the
    last page backward), as a pane scrolls."""
    seen: list[tuple[str, int]] = []
    request = PageRequest(last=True, limit=limit) if backward else PageRequest(limit=limit)
    while True:
        keys = desk.statements.keys(request, filter=f)
        if not keys:
            break
        seen = keys + seen if backward else seen + keys
        if len(keys) < limit:
            break
        request = (
            PageRequest(before=keys[0], limit=limit)
            if backward
            else PageRequest(after=keys[-1], limit=limit)
        )
    return seen


def index_is_true(desk: Desk) -> None:
    """The day index holds each live statement once, under its current place,
    and the kept counts are the counts."""
    conn = desk.conn
    assert conn.execute(
        "INSERT INTO statements_day_fts (statements_day_fts) VALUES ('integrity-check')"
    )
    keys = dict(conn.execute("SELECT statement_id, key FROM statements_day_keys").fetchall())
    live = conn.execute(
        """SELECT id, (CAST(julianday(coalesce(said_earliest, reported_earliest, '9999-12-31'))
                  AS INTEGER) << 32) | id FROM statements WHERE deleted_at IS NULL"""
    ).fetchall()
    assert keys == dict(live)
    for table in ("statements", "sources", "events"):
        counted = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
        assert desk.live_count(table) == counted.fetchone()[0], table


WORDS = ["ceasefire", "troops", "budget", "pipeline", "summit", "nickel"]


@pytest.fixture
def busy_desk(tmp_path: Path) -> Desk:
    """Statements on many days, some on one day, some undated, some from
    sources whose date is their only date."""
    rng = random.Random(7)
    desk = open_desk(tmp_path / "desk.db")
    dated = desk.sources.add("Dated", published="2024-05-03")
    undated = desk.sources.add("Undated")
    speaker = desk.actors.add("Keir Troops")
    for i in range(120):
        said = rng.choice([None, "2024-05-01", "2023", f"2024-0{rng.randint(1, 9)}-1{i % 10}"])
        text = " ".join(rng.sample(WORDS, 2)) + f" statement {i}"
        desk.statements.add(
            text,
            said=said,
            source_id=rng.choice([dated, undated, None]),
            speaker_id=speaker if i % 17 == 0 else None,
            stance=rng.choice(["public", "private", None]),
        )
    return desk


@pytest.mark.parametrize("limit", [1, 7, 40])
def test_a_search_pages_in_date_order_both_ways(busy_desk: Desk, limit: int) -> None:
    for word in ("troops", "nickel"):
        f = parse_filter(busy_desk, word)
        want = expected(busy_desk, word)
        assert want
        assert pages(busy_desk, f, limit) == want
        assert pages(busy_desk, f, limit, backward=True) == want
        assert busy_desk.statements.count(filter=f) == len(want)


def test_a_search_with_a_stance_and_dates_keeps_to_them(busy_desk: Desk) -> None:
    f = parse_filter(busy_desk, "ceasefire stance:private since:2024-03-01 until:2024-07-31")
    want = [
        key for key in expected(busy_desk, "ceasefire", f) if "2024-03-01" <= key[0] <= "2024-07-31"
    ]
    assert want
    assert pages(busy_desk, f, 5) == want
    assert busy_desk.statements.count(filter=f) == len(want)


def test_the_index_follows_every_change(busy_desk: Desk) -> None:
    desk = busy_desk
    index_is_true(desk)
    first = desk.statements.keys(filter=parse_filter(desk, "pipeline"))[0][1]
    st = desk.statements.get(first)
    # A new date, new words, a source of another date, trash and restore, undo.
    desk.statements.update(
        first, "zeppelin troops", speaker_id=st.speaker_id, source_id=st.source_id,
        said="1999-01-02", kind=st.kind, relayed_by_id=None, stance=None, note="budget",
        topics=[],
    )  # fmt: skip
    index_is_true(desk)
    assert desk.statements.keys(filter=parse_filter(desk, "zeppelin")) == [("1999-01-02", first)]
    items.to_trash(desk, "statement", first)
    index_is_true(desk)
    assert desk.statements.keys(filter=parse_filter(desk, "zeppelin")) == []
    items.from_trash(desk, "statement", first)
    index_is_true(desk)
    undated = desk.db.execute("SELECT id FROM sources WHERE title = 'Undated'").fetchone()[0]
    moved = desk.statements.add("moved zeppelin", source_id=undated)
    index_is_true(desk)
    source = desk.sources.get(undated)
    desk.sources.update(
        undated, source.title, outlet=None, url=None, author=None, published="2020-02-02",
        reliability=None, relays_id=None, note=None,
    )  # fmt: skip
    index_is_true(desk)
    assert ("2020-02-02", moved) in desk.statements.keys(filter=parse_filter(desk, "zeppelin"))
    items.to_trash(desk, "source", undated, "trash")
    index_is_true(desk)
    while undo(desk):
        index_is_true(desk)
    assert desk.statements.count() == 0


def test_a_search_finds_what_a_speaker_said_by_name_once(busy_desk: Desk) -> None:
    # "troops" is in Keir Troops's name and in many texts: each statement once.
    f = parse_filter(busy_desk, "troops")
    keys = pages(busy_desk, f, 9)
    assert len(keys) == len(set(keys)) == busy_desk.statements.count(filter=f)


def test_the_timeline_pages_a_search_across_a_day_of_events(busy_desk: Desk) -> None:
    desk = busy_desk
    desk.events.add("Summit in Vilnius", happened="2024-05-01")
    f = parse_filter(desk, "summit")
    seen = []
    request = PageRequest(limit=3)
    while page := desk.timeline.page(request, filter=f):
        seen += page
        request = PageRequest(after=page[-1].key, limit=3)
    statements = [(e.day, e.id) for e in seen if e.kind == "statement"]
    assert statements == expected(desk, "summit")
    assert [e.key for e in seen] == sorted(e.key for e in seen)
    assert desk.timeline.count(filter=f) == len(seen)


def test_a_word_is_a_prefix_from_its_third_letter(busy_desk: Desk) -> None:
    # "g" and "go" would each stand for thousands of words on a big desk.
    assert busy_desk.fts_query("g") == '"g"'
    assert busy_desk.fts_query("pipeline tr") == '"pipeline" "tr"'
    assert busy_desk.fts_query("tro") == '"tro"*'
    assert busy_desk.statements.count(filter=parse_filter(busy_desk, "tro")) > 0
    assert busy_desk.statements.count(filter=parse_filter(busy_desk, "tr")) == 0


@pytest.mark.parametrize("limit", [1, 7, 40])
def test_an_actor_on_a_topic_pages_the_same_read_either_way(
    tmp_path: Path, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # by: an actor and its affiliates, on a topic: a small topic is read whole
    # and sorted (down the topic's statements, or down the speakers' index
    # tested against the topic), a big one through each speaker's index,
    # merged. Every way gives the same pages, in the same order, forward and
    # backward, and the comparison the same tally.
    from backchannel.db import plans

    rng = random.Random(11)
    desk = open_desk(tmp_path / "desk.db")
    country = desk.actors.add("Ruritania")
    members = [desk.actors.add(f"Minister {i}", affiliation_id=country) for i in range(4)]
    outsider = desk.actors.add("Someone Else")
    for i in range(150):
        desk.statements.add(
            f"statement {i}",
            said=rng.choice([None, "2024-05-01", "2023", f"2024-0{rng.randint(1, 9)}-1{i % 10}"]),
            speaker_id=rng.choice([country, *members, outsider]),
            stance=rng.choice(["public", "private", None]),
            topics=rng.sample(["guarantees", "sanctions", "grain"], rng.randint(0, 2)),
        )
    f = parse_filter(desk, "by:Ruritania topic:guarantees stance:tagged")
    assert f.speaker_ids is not None and len(f.speaker_ids) == 5
    reads = []
    for topic_drives, speakers_drive in [(10**9, -1), (10**9, 10**9), (-1, -1)]:
        monkeypatch.setattr(plans, "TOPIC_DRIVES", topic_drives)
        monkeypatch.setattr(plans, "SPEAKERS_DRIVE", speakers_drive)
        assert plans.speakers_drive(desk, f) == (speakers_drive > 0)
        reads.append(
            (pages(desk, f, limit), pages(desk, f, limit, backward=True), desk.compare.tally(f))
        )
    assert reads[0] == reads[1] == reads[2]
    assert reads[0][0] == reads[0][1] and len(reads[0][0]) > 10
    desk.close()


PREFIX_WORDS = [
    "govern", "governs", "government", "governments", "governor", "governess", "gov",
    "Zürich", "zurichers", "U.S.", "minister", "ministerial", "naïve", "running",
]  # fmt: skip


@pytest.fixture
def wordy_desk(tmp_path: Path) -> Desk:
    rng = random.Random(11)
    desk = open_desk(tmp_path / "desk.db")
    for i in range(150):
        words = " ".join(rng.sample(PREFIX_WORDS, 3))
        desk.statements.add(f"{words} statement {i}", said=f"2024-0{rng.randint(1, 9)}-1{i % 10}")
    return desk


def prefix_read(desk: Desk, fts: str) -> list[tuple[str, int]]:
    """The statements FTS5 itself finds for ``fts``, a prefix read whole, in key order."""
    rows = desk.conn.execute(
        "SELECT rowid FROM statements_day_fts WHERE statements_day_fts MATCH ? ORDER BY rowid",
        [fts],
    ).fetchall()
    ids = [rowid & ((1 << 32) - 1) for (rowid,) in rows]
    return sorted(
        desk.conn.execute(
            "SELECT coalesce(said_earliest, '9999-12-31'), id FROM statements WHERE id = ?", [i]
        ).fetchone()
        for i in ids
    )


@pytest.mark.parametrize(
    "typed",
    ["gov", "gove", "govern", "governm", "government", "Governments", "governo", "zür",
     "Zurich", "minister", "ministeri", "naiv", "run", "runn", "u.s", "statement", "zqx",
     "naïve gov", "running minist"],
)  # fmt: skip
@pytest.mark.parametrize("limit", [1, 40])
def test_a_prefix_written_out_as_its_terms_finds_what_fts5_finds(
    wordy_desk: Desk, typed: str, limit: int
) -> None:
    # A prefix is read as the index's terms OR'ed, lazily; it must find exactly
    # what FTS5 finds reading the prefix whole, page by page, and count it.
    from backchannel.db.search import lazy_prefix

    fts = wordy_desk.fts_query(typed)
    assert fts is not None
    want = prefix_read(wordy_desk, fts)
    f = parse_filter(wordy_desk, typed)
    assert pages(wordy_desk, f, limit) == want
    assert wordy_desk.statements.count(filter=f) == len(want)
    if fts.endswith("*") and want and "." not in typed:
        assert " OR " in lazy_prefix(wordy_desk, fts) or "(" in lazy_prefix(wordy_desk, fts)


def test_a_prefix_of_many_terms_is_left_to_fts5(
    wordy_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backchannel.db import search

    fts = wordy_desk.fts_query("gov")
    assert fts is not None
    assert search.lazy_prefix(wordy_desk, fts).startswith('("gov" OR ')
    monkeypatch.setattr(search, "PREFIX_TERMS", 2)
    assert search.lazy_prefix(wordy_desk, fts) == fts


def test_a_reader_sees_the_terms(wordy_desk: Desk) -> None:
    # Readers are read-only: their view of the terms is made as they open.
    import threading

    seen: list[list[dict[str, object]]] = []
    reader = threading.Thread(
        target=lambda: seen.append(
            wordy_desk.query(
                "SELECT term FROM temp.statements_day_terms WHERE term >= 'gov' LIMIT 1"
            )
        )
    )
    reader.start()
    reader.join()
    assert seen == [[{"term": "gov"}]]
