"""Desks that merge, and replication: what arrives, what is lost, how long it takes.

    uv run python bench/merge.py [--changes 5000] [--runs 3] [--big 200000]

1. Merge. One desk (the demo and 600 statements) is forked into two copies.
   Each makes --changes changes through the store, as people do: adds
   (statements with topics), edits (words, notes), tags (stances, topics),
   deletes (to the trash) and links (contradicts/confirms); each copy works
   on its own half of the shared statements, except 1% of its changes: edits
   of the words of statements the other copy edits too (the conflicts), and
   1% the very change the other makes too (a tag, a topic, a delete). The
   copies are then merged both ways (backchannel merge --both). Prints, as
   the median of --runs runs: every table compared by uuid on both copies,
   changes lost (a value either copy set since the fork that the merged desk
   does not hold, outside the conflicting fields), conflicts queued on each
   copy against those made, and the time to merge the 2 x --changes changes.
2. Replication (needs the team extra). A desk is written (--writes changes)
   while `backchannel replicate` streams it to a folder; the replica is
   restored and its statements counted against those written. Then a desk
   of --big statements (bench/make_desk.py) is snapshotted to a replica and
   the time `backchannel restore` takes is measured (--big 0 skips it).
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backchannel.actions import ActionError  # noqa: E402
from backchannel.actions.team import merge  # noqa: E402
from backchannel.db import Desk, open_desk  # noqa: E402
from backchannel.db.conflicts import ConflictStore  # noqa: E402
from backchannel.db.merge import content, waiting  # noqa: E402
from backchannel.db.names import ensure_topics  # noqa: E402
from backchannel.db.trash import trash  # noqa: E402
from backchannel.fixtures import load_demo  # noqa: E402

SHARED = 600
TOPICS = [f"topic {n}" for n in range(40)]


def base_desk(path: Path) -> None:
    desk = open_desk(path, author="base")
    load_demo(desk)
    rng = random.Random(0)
    with desk.change("Shared statements"):
        for n in range(SHARED):
            desk.statements.add(f"Shared statement {n}", topics=[rng.choice(TOPICS)])
    desk.close()


def work(desk: Desk, who: str, changes: int, mine: list[int], contested: list[int],
         agreed: list[int]) -> int:  # fmt: skip
    """``changes`` changes on ``desk``: edits, tags, deletes and links on the
    statements in ``mine``, adds of its own; one in a hundred an edit of the
    words of a ``contested`` statement, and one in a hundred the same change as
    the other copy makes (a tag, a topic, a trip to the trash) on an ``agreed``
    one, which is no conflict. Returns how many conflicting edits it made."""
    rng = random.Random(who)
    added: list[int] = []
    live = list(mine)
    conflicting = 0
    for i in range(changes):
        if i % 100 == 50 and conflicting < len(contested):
            s = contested[conflicting]
            with desk.change("Edit statement") as w:
                w.update("statements", s, {"text": f"{who}'s words for {s}"})
            conflicting += 1
            continue
        if i % 100 == 75 and i // 100 < len(agreed):
            s, step = agreed[i // 100], i // 100 % 3
            if step == 0:
                desk.statements.set_stance(s, "public")
            elif step == 1:
                with desk.change("Tag statement") as w:
                    [topic] = ensure_topics(w, ["agreed on both"])
                    w.link("statement_topics", statement_id=s, topic_id=topic)
            else:
                trash(desk, "statement", s)
            continue
        roll = rng.random()
        pool = live + added
        if roll < 0.3 or len(pool) < 4:
            added.append(
                desk.statements.add(f"{who} added {i}", topics=[rng.choice(TOPICS)], note=who)
            )
        elif roll < 0.5:
            s = rng.choice(pool)
            with desk.change("Edit statement") as w:
                column = rng.choice(["text", "note"])
                w.update("statements", s, {column: f"{who} edit {i}"})
        elif roll < 0.7:
            s = rng.choice(pool)
            if rng.random() < 0.5:
                desk.statements.set_stance(s, rng.choice(["public", "private", None]))
            else:
                with desk.change("Tag statement") as w:
                    [topic] = ensure_topics(w, [rng.choice(TOPICS)])
                    w.link("statement_topics", statement_id=s, topic_id=topic)
        elif roll < 0.8:
            s = rng.choice(pool)
            trash(desk, "statement", s)
            (live if s in live else added).remove(s)
        else:
            a, b = rng.sample(pool, 2)
            desk.links.link(a, b, rng.choice(["contradicts", "confirms", "responds"]))
    return conflicting


def lost_values(base: dict[str, Any], before: dict[str, Any], merged: dict[str, Any],
                contested: set[str]) -> int:  # fmt: skip
    """Values a copy set since the fork that the merged desk does not hold."""
    lost = 0
    for table, rows in before.items():
        if isinstance(rows, list):  # join rows: those added, and those taken off
            now = {repr(r) for r in merged[table]}
            was = {repr(r) for r in base[table]}
            held = {repr(r) for r in rows}
            lost += len(held - was - now) + len((was - held) & now)
            continue
        for uuid, row in rows.items():
            old = base[table].get(uuid)
            new = merged[table].get(uuid)
            if new is None:
                lost += 1
                continue
            for column, value in row.items():
                if column == "updated_at" or (old is not None and old.get(column) == value):
                    continue
                if (uuid, column) in contested and table == "statements":
                    continue
                if column in ("deleted_at", "created_at") and value and new.get(column):
                    continue  # deleted (a topic added) on both copies: the earlier time stands
                lost += new.get(column) != value
    return lost


def merge_run(changes: int, folder: Path) -> dict[str, Any]:
    base_path = folder / "base.db"
    base_desk(base_path)
    shutil.copy(base_path, folder / "ana.db")
    shutil.copy(base_path, folder / "bo.db")
    ana = open_desk(folder / "ana.db", author="ana")
    bo = open_desk(folder / "bo.db", author="bo")
    base = open_desk(base_path)
    ids = [r["id"] for r in ana.query("SELECT id FROM statements WHERE text LIKE 'Shared%'")]
    contested_ids = ids[: changes // 100]
    agreed = ids[changes // 100 : changes // 50]
    rest = ids[changes // 50 :]
    start = time.perf_counter()
    made_a = work(ana, "ana", changes, rest[0::2], contested_ids, agreed)
    made_b = work(bo, "bo", changes, rest[1::2], contested_ids, agreed)
    working = time.perf_counter() - start
    before = content(base), content(ana), content(bo)
    uuids = {r["id"]: r["uuid"] for r in base.query("SELECT id, uuid FROM statements")}
    contested = {(uuids[s], "text") for s in contested_ids}
    start = time.perf_counter()
    report = merge(ana, bo, both=True)
    took = time.perf_counter() - start
    queued = waiting(ana), waiting(bo)
    after_a, after_b = content(ana), content(bo)
    # Until decided, the contested fields differ (each copy keeps its own) and nothing else.
    differing = {
        (uuid, column)
        for uuid, row in after_a["statements"].items()
        for column, value in row.items()
        if column != "updated_at" and after_b["statements"].get(uuid, {}).get(column) != value
    }
    outside = len(differing - contested)
    lost = lost_values(before[0], before[1], after_a, contested)
    lost += lost_values(before[0], before[2], after_a, contested)
    brought = report.brought_in.changes + (report.sent.changes if report.sent else 0)
    again = merge(ana, bo, both=True)
    store = ConflictStore(ana)
    for conflict in store.pending():  # decided on one copy; the decisions travel
        store.decide(conflict.id, "theirs")
    merge(ana, bo, both=True)
    final_a, final_b = content(ana), content(bo)
    result = {
        "tables": {t: final_a[t] == final_b[t] for t in final_a},
        "differing": len(differing),
        "outside": outside,
        "left": (waiting(ana), waiting(bo)),
        "lost": lost,
        "conflicts made": min(made_a, made_b),
        "queued": queued,
        "merged changes": brought,
        "merge s": took,
        "again": again.brought_in.changes + (again.sent.changes if again.sent else 0),
        "work s": working,
    }
    for desk in (ana, bo, base):
        desk.close()
    return result


# -- replication -------------------------------------------------------------------


def backchannel(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    return subprocess.Popen(
        [sys.executable, "-m", "backchannel", *args], cwd=ROOT, **quiet, **kwargs
    )


def replication(folder: Path, writes: int) -> tuple[int, int, float]:
    """Statements written while replicating, those the restored desk holds, and
    the seconds after the last write until the replica held them all."""
    desk_path, replica = folder / "live.db", folder / "replica"
    open_desk(desk_path).close()
    streaming = backchannel("replicate", str(desk_path), str(replica))
    try:
        desk = open_desk(desk_path, author="writer")
        for i in range(writes):
            desk.statements.add(f"Written while replicating {i}", topics=[TOPICS[i % 40]])
        desk.close()
        done = time.perf_counter()
        restored = folder / "restored.db"
        held = 0
        while time.perf_counter() - done < 30:
            restored.unlink(missing_ok=True)
            if backchannel("restore", str(replica), str(restored)).wait() == 0:
                check = open_desk(restored)
                held = check.statements.count()
                check.close()
                if held == writes:
                    break
            time.sleep(0.2)
        lag = time.perf_counter() - done
    finally:
        streaming.send_signal(signal.SIGINT)
        streaming.wait()
    return writes, held, lag


def big_restore(folder: Path, statements: int) -> tuple[float, float, int]:
    """Seconds to restore a desk of ``statements`` statements, its size in MB, its count."""
    from backchannel.actions.replica import litestream

    big, replica = folder / "big.db", folder / "big-replica"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_desk.py"), str(statements),
                    str(big)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run([litestream(), "replicate", "-once", "-force-snapshot", str(big),
                    replica.as_uri()], check=True, capture_output=True)  # fmt: skip
    out = folder / "big-restored.db"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "backchannel", "restore", str(replica), str(out)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)  # fmt: skip
    took = time.perf_counter() - start
    check = open_desk(out)
    count = check.query("SELECT count(*) AS n FROM statements")[0]["n"]
    check.close()
    return took, out.stat().st_size / 1e6, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--big", type=int, default=200_000)
    args = parser.parse_args()

    runs = []
    for n in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(merge_run(args.changes, Path(tmp)))
        r = runs[-1]
        print(f"run {n + 1}: merged {r['merged changes']:,} changes in {r['merge s']:.2f} s,"
              f" lost {r['lost']}, queued {r['queued']}", flush=True)  # fmt: skip
    last = runs[-1]
    print(f"\nMerge: two copies forked from one, {args.changes:,} changes each "
          f"(median of {args.runs})")  # fmt: skip
    print(f"  before deciding     {last['differing']} fields differ, all of them in conflict"
          if not any(r["outside"] for r in runs)
          else f"  before deciding     {max(r['outside'] for r in runs)} fields DIFFER outside"
          " the conflicts")  # fmt: skip
    print("  after deciding on one copy and merging again (every table, by uuid):")
    for table in last["tables"]:
        every = all(r["tables"][table] for r in runs)
        print(f"    {table:<18} {'identical' if every else 'DIFFERS'} on both copies")
    print(f"  conflicts left      {sorted({r['left'] for r in runs})}")
    print(f"  lost                {statistics.median(r['lost'] for r in runs):g}")
    made = last["conflicts made"]
    queued = [r["queued"] for r in runs]
    print(f"  conflicts queued    {queued[-1][0]} on one copy, {queued[-1][1]} on the other"
          f" (made: {made}; every run: {sorted(set(queued))})")  # fmt: skip
    merged = statistics.median(r["merged changes"] for r in runs)
    print(f"  merge time          {statistics.median(r['merge s'] for r in runs):.2f} s"
          f" for {merged:,.0f} changes (both ways)")  # fmt: skip
    print(f"  merging again       {max(r['again'] for r in runs)} changes")
    print(f"  (making the changes: {statistics.median(r['work s'] for r in runs):.1f} s)")

    try:
        from backchannel.actions.replica import litestream

        litestream()
    except ActionError:
        print("\nReplication: skipped (Litestream, the team extra, is not installed)")
        return
    print("\nReplication (Litestream, folder replica)")
    with tempfile.TemporaryDirectory() as tmp:
        written, held, lag = replication(Path(tmp), args.writes)
    print(f"  written while replicating, recovered by restore: {held:,} of {written:,}"
          f" (the replica held them all {lag:.1f} s after the last write)")  # fmt: skip
    if args.big:
        with tempfile.TemporaryDirectory() as tmp:
            took, size, count = big_restore(Path(tmp), args.big)
        print(f"  restore of a {count:,}-statement desk ({size:,.0f} MB): {took:.1f} s")


if __name__ == "__main__":
    main()
