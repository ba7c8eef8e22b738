"""Write a large desk for benchmarks: ``python bench/make_desk.py N PATH``.

N statements (realistic lengths: 40 to 1,500 characters, most near 200),
5,000 actors with affiliations and aliases (one in a hundred statements is
by actor 1, a country, or someone affiliated with it: 10,000 on a desk of a
million, for the divergence benchmark), 50,000 sources (a tenth relaying
another), N/200 events, 300 topics. Dates span 2015-2025: most to the day,
some to the month, some "early/mid/late" intervals, one in twenty undated.

The schema comes from the store itself (open_desk); rows are then written in
bulk with plain SQL, since a benchmark fixture is not a user's action and
needs no history rows. Deterministic: the same N gives the same desk.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backchannel.db import open_desk, parse_edtf  # noqa: E402

WORDS = [
    "government",
    "minister",
    "said",
    "talks",
    "security",
    "guarantees",
    "troops",
    "ceasefire",
    "officials",
    "agreement",
    "support",
    "military",
    "allies",
    "coalition",
    "negotiators",
    "private",
    "public",
    "statement",
    "sanctions",
    "energy",
    "gas",
    "pipeline",
    "budget",
    "vote",
    "parliament",
    "election",
    "campaign",
    "rate",
    "bank",
    "inflation",
    "strike",
    "union",
    "port",
    "workers",
    "export",
    "ban",
    "nickel",
    "prices",
    "summit",
    "leaders",
    "meeting",
    "visit",
    "capital",
    "border",
    "defence",
    "air",
    "missiles",
    "intelligence",
    "sharing",
    "logistics",
    "supply",
    "negotiations",
    "deal",
    "tariff",
    "trade",
    "partners",
    "reform",
    "coalition",
    "opposition",
    "spokesperson",
    "according",
    "sources",
    "familiar",
    "with",
    "the",
    "matter",
    "would",
    "could",
    "should",
    "will",
    "not",
    "yet",
    "clear",
    "that",
    "this",
    "these",
    "those",
    "and",
    "or",
    "but",
    "however",
    "while",
    "although",
    "since",
    "after",
    "before",
    "during",
]
FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Irena",
    "Jonas",
    "Keir",
    "Lena",
    "Marco",
    "Nadia",
]
LAST = [
    "Novak",
    "Schmidt",
    "Rossi",
    "Dubois",
    "Kowalski",
    "Jensen",
    "Silva",
    "Petrov",
    "Horvat",
    "Meyer",
    "Costa",
    "Berg",
]
OUTLETS = [f"{w.title()} {s}" for w in WORDS[:60] for s in ("Times", "Post", "Daily", "Wire")]
NOW = "2025-06-01T00:00:00.000+00:00"
START = date(2015, 1, 1)


def sentence(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    text = " ".join(words)[:length].strip()
    return text[0].upper() + text[1:] + "."


def text_length(rng: random.Random) -> int:
    return int(min(1500, max(40, rng.lognormvariate(5.3, 0.6))))


def fuzzy_date(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.05:
        return None
    day = START + timedelta(days=rng.randrange(3_800))
    if roll < 0.75:
        return day.isoformat()
    if roll < 0.9:
        return f"{day.year}-{day.month:02d}"
    lo, hi = rng.choice([(1, 10), (11, 20), (21, 28)])
    return f"{day.year}-{day.month:02d}-{lo:02d}/{day.year}-{day.month:02d}-{hi:02d}"


def batched(rows, size=20_000):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def make(n: int, path: Path, actors: int = 5_000, sources: int = 50_000) -> None:
    rng = random.Random(n)
    desk = open_desk(path)
    conn = desk.conn
    # A fixture build only: a large page cache keeps the indexes' random
    # inserts in memory (the desk outgrows SQLite's default 2 MB cache at
    # a few thousand statements), and a crash mid-build just means building
    # again. Neither changes what is written.
    conn.execute("PRAGMA cache_size = -4000000")
    conn.execute("PRAGMA synchronous = OFF")
    u = lambda: str(uuid.UUID(int=rng.getrandbits(128)))  # noqa: E731

    with desk.lock:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO actors (id, uuid, name, kind, aliases, affiliation_id, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    u(),
                    f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    "person" if i > 200 else "country",
                    json.dumps([f"{rng.choice(LAST)} {i}"]),
                    rng.randint(1, 200) if i > 200 else None,
                    NOW,
                    NOW,
                )
                for i in range(1, actors + 1)
            ),
        )
        conn.executemany(
            "INSERT INTO sources (id, uuid, title, outlet, published, published_earliest,"
            " published_latest, reliability, relays_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    u(),
                    sentence(rng, rng.randint(40, 110)),
                    rng.choice(OUTLETS),
                    (d := (START + timedelta(days=rng.randrange(3_800))).isoformat()),
                    d,
                    d,
                    rng.choice("ABCDEF"),
                    rng.randint(1, i - 1) if i > 1 and rng.random() < 0.1 else None,
                    NOW,
                    NOW,
                )
                for i in range(1, sources + 1)
            ),
        )
        topics = [(i, u(), f"topic {i} {rng.choice(WORDS)}", NOW) for i in range(1, 301)]
        conn.executemany("INSERT INTO topics (id, uuid, name, created_at) VALUES (?,?,?,?)", topics)
        conn.execute("COMMIT")

        heavy = [1] + [r[0] for r in conn.execute("SELECT id FROM actors WHERE affiliation_id = 1")]

        def statements():
            for i in range(1, n + 1):
                said = fuzzy_date(rng)
                span = parse_edtf(said) if said else None
                stance = rng.choices(["public", "private", None], [3, 2, 5])[0]
                yield (
                    i,
                    u(),
                    sentence(rng, text_length(rng)),
                    rng.choice(heavy) if rng.random() < 0.01 else rng.randint(1, actors),
                    rng.randint(1, sources),
                    said,
                    span.earliest if span else None,
                    span.latest if span else None,
                    rng.choice(("direct", "indirect", "block")),
                    rng.randint(1, actors) if rng.random() < 0.2 else None,
                    stance,
                    NOW,
                    NOW,
                )

        for batch in batched(statements()):
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO statements (id, uuid, text, speaker_id, source_id, said,"
                " said_earliest, said_latest, kind, relayed_by_id, stance, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch,
            )
            conn.executemany(
                "INSERT INTO statement_topics (statement_id, topic_id) VALUES (?, ?)",
                [(row[0], rng.randint(1, 300)) for row in batch if row[0] % 2],
            )
            conn.execute("COMMIT")

        def events():
            for i in range(1, n // 200 + 1):
                happened = fuzzy_date(rng) or "2020"
                span = parse_edtf(happened)
                yield (
                    i,
                    u(),
                    sentence(rng, rng.randint(30, 90)),
                    happened,
                    span.earliest,
                    span.latest,
                    rng.choice(("meeting", "visit", "vote")),
                    rng.randint(1, sources),
                    NOW,
                    NOW,
                )

        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO events (id, uuid, title, happened, earliest, latest, kind, source_id,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events(),
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    desk.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many statements")
    parser.add_argument("path", type=Path, help="the desk file to write (must not exist)")
    args = parser.parse_args()
    if args.path.exists():
        sys.exit(f"{args.path}: already exists; choose a new path")
    started = time.perf_counter()
    make(args.n, args.path)
    took = time.perf_counter() - started
    size = args.path.stat().st_size / 1e6
    print(f"{args.path}: {args.n:,} statements, {size:,.0f} MB, {took:.0f} s")


if __name__ == "__main__":
    main()
