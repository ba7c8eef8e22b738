"""Several writers on one desk at once: lost writes, errors, duplicates, integrity.

    uv run python bench/concurrency.py [--procs 4] [--actions 5000] [--adds 20]

1. N processes x M actions through the actions layer on one desk file: each
   process alternates capturing a statement by "Zed" or "zed" (one actor, if
   names resolve inside the change) and tagging a statement it captured.
   Counts what every process says it wrote against what the desk holds.
2. `backchannel add` run K times at once from the shell, speaker "Zed"/"zed".
3. Two imports of one article at once, ten times: each must land once.
Baseline, in the same run: the same work by one process alone (its time),
so the ratio says what sharing the desk costs. Prints one table.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backchannel.actions import statements as statement_actions  # noqa: E402
from backchannel.actions.capture import save_capture  # noqa: E402
from backchannel.actions.intake import import_article  # noqa: E402
from backchannel.db import open_desk  # noqa: E402
from backchannel.extract.capture import Capture  # noqa: E402

ARTICLE = (
    "Ministers split on guarantees\n\n"
    "BERLIN, May 2 (Wire) - Finance Minister Ana Lima privately told allies that the money "
    "was there, two officials said. “We will not pay for anything,” Lima told reporters. "
    "The cabinet met on Wednesday."
)


def worker(path: str, n: int, actions: int, out: mp.Queue) -> None:
    desk = open_desk(path, author=f"writer {n}")
    wrote, tags, errors = 0, 0, []
    mine: list[int] = []
    for i in range(actions):
        try:
            if i % 2 == 0 or not mine:
                name = "Zed" if i % 4 == 0 else "zed"
                sid = save_capture(desk, Capture(text=f"w{n} s{i}", speaker=name)).statement_id
                mine.append(sid)
                wrote += 1
            else:
                statement_actions.tag(desk, mine[-1], "public")
                tags += 1
        except Exception as error:  # counted, not raised: that is the measure
            errors.append(f"{type(error).__name__}: {error}")
    desk.close()
    out.put((wrote, tags, errors))


def run_writers(procs: int, actions: int) -> dict[str, object]:
    folder = tempfile.mkdtemp(prefix="bc-conc-")
    path = os.path.join(folder, "desk.db")
    open_desk(path).close()
    out: mp.Queue = mp.Queue()
    started = time.perf_counter()
    workers = [mp.Process(target=worker, args=(path, n, actions, out)) for n in range(procs)]
    for w in workers:
        w.start()
    results = [out.get() for _ in workers]
    for w in workers:
        w.join()
    seconds = time.perf_counter() - started
    desk = open_desk(path)
    held = desk.query("SELECT count(*) AS n FROM statements")[0]["n"]
    tagged = desk.query("SELECT count(*) AS n FROM statements WHERE stance = 'public'")[0]["n"]
    actors = desk.query("SELECT count(*) AS n FROM actors")[0]["n"]
    integrity = desk.query("PRAGMA integrity_check")[0]["integrity_check"]
    desk.close()
    wrote = sum(r[0] for r in results)
    errors = [e for r in results for e in r[2]]
    return {
        "seconds": seconds,
        "wrote": wrote,
        "lost": wrote - held,
        "tagged": tagged,
        "errors": len(errors),
        "first error": errors[0] if errors else "",
        "actors": actors,
        "integrity": integrity,
    }


def run_adds(count: int) -> dict[str, object]:
    folder = tempfile.mkdtemp(prefix="bc-add-")
    path = os.path.join(folder, "desk.db")
    open_desk(path).close()
    command = [sys.executable, "-m", "backchannel", "add", "--db", path]
    running = [
        subprocess.Popen(
            [*command, f"shell {i}", "--by", "Zed" if i % 2 else "zed"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(count)
    ]
    failed = [p for p in running if p.wait() != 0]
    desk = open_desk(path)
    held = desk.query("SELECT count(*) AS n FROM statements")[0]["n"]
    actors = desk.query("SELECT count(*) AS n FROM actors")[0]["n"]
    desk.close()
    return {"ran": count, "failed": len(failed), "held": held, "actors": actors}


def importer(path: str, out: mp.Queue) -> None:
    desk = open_desk(path)
    done = import_article(desk, ARTICLE)
    desk.close()
    out.put(done.duplicate)


def run_imports(trials: int) -> int:
    """How many of ``trials`` pairs of simultaneous imports landed exactly once."""
    once = 0
    for _ in range(trials):
        folder = tempfile.mkdtemp(prefix="bc-imp-")
        path = os.path.join(folder, "desk.db")
        open_desk(path).close()
        out: mp.Queue = mp.Queue()
        pair = [mp.Process(target=importer, args=(path, out)) for _ in range(2)]
        for p in pair:
            p.start()
        for p in pair:
            p.join()
        desk = open_desk(path)
        sources = desk.query("SELECT count(*) AS n FROM sources WHERE body IS NOT NULL")[0]["n"]
        desk.close()
        once += sources == 1
    return once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procs", type=int, default=4)
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--adds", type=int, default=20)
    parser.add_argument("--imports", type=int, default=10)
    args = parser.parse_args()
    alone = run_writers(1, args.actions)
    shared = run_writers(args.procs, args.actions)
    print(f"{'':28} {'1 process':>12} {f'{args.procs} processes':>14}")
    for key in ("wrote", "lost", "tagged", "errors", "actors", "integrity", "seconds"):
        a, s = alone[key], shared[key]
        if key == "seconds":
            a, s = f"{a:.1f}", f"{s:.1f}"
        print(f"{key:28} {a!s:>12} {s!s:>14}")
    if shared["first error"]:
        print(f"first error: {shared['first error']}")
    per_action = shared["seconds"] / (args.procs * args.actions)
    base = alone["seconds"] / args.actions
    print(f"time per action, shared / alone: {per_action / base:.2f}x")
    adds = run_adds(args.adds)
    print(f"backchannel add x{adds['ran']} at once: {adds['failed']} failed, "
          f"{adds['held']} held, {adds['actors']} actor(s)")  # fmt: skip
    once = run_imports(args.imports)
    print(f"two imports of one article at once: landed once in {once} of {args.imports}")


if __name__ == "__main__":
    main()
