"""Key to screen: how long each key takes to show its result, in a real terminal.

    uv run python bench/keys.py PATH [--runs 7] [--size 80x24]

Runs Backchannel on the desk at PATH inside tmux, sends keys the way a person
(or SSH) delivers them, and polls the screen until it shows what that key
leads to. What it leads to is learned first: each key is sent once and the
screen left to settle; every timed run then waits for that same screen. Pane
titles are compared by the pane's name alone: counts arrive after the rows,
by design, and a title's length (its fill, where a long one is cut) depends
on its count, so a time is "rows on screen", not "rows and count".

Beside it, in the same run, a bare Textual app holding a DataTable answers
``j``: the floor any Textual program pays for a key in this terminal.
Prints p50 and p95 in milliseconds per key. Make a big desk with
``bench/make_desk.py 1000000 PATH``; compile bytecode first
(``uv sync --compile-bytecode``) or start-up compiles Textual every time.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSION = f"bench-keys-{os.getpid()}"

BARE = """
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Bare(App):
    def compose(self):
        yield Header()
        yield DataTable()
        yield Footer()
    def on_mount(self):
        table = self.query_one(DataTable)
        table.cursor_type = "row"
        table.add_columns("stance", "said", "speaker", "statement")
        table.add_rows(
            [("PUB", f"{i % 28 + 1} Mar 2025", "Keir Starmer", f"row {i} " + "words " * 8)
             for i in range(300)]
        )
        table.focus()

Bare().run()
"""


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION)


#: A pane's title in its border: the pane's name, then its count (" · 1,234")
#: and its filter (" — …"), cut short with "…" where the border runs out.
TITLE = re.compile(r"^(?P<name>[━─╭╰┏┗]+[^━─]*?)(?: · [\d,]+| — |[━─]).*$")


def shown(text: str) -> str:
    """The screen without what follows a pane's name in its title. The count
    arrives after the rows, by design; stripping the count alone still left
    the border it shortened (a title with its count is longer, so the fill
    after it, or the point where a long one is cut, moves), and every key
    waited for its count too. The filter a title repeats shows in the rows."""
    return "\n".join(TITLE.sub(lambda m: m["name"].rstrip(), line) for line in text.splitlines())


def send(keys: list[str]) -> None:
    """Send keys in one burst: ``"literal:…"`` as typed text, else key names."""
    for key in keys:
        if key.startswith("literal:"):
            tmux("send-keys", "-t", SESSION, "-l", key[len("literal:") :])
        else:
            tmux("send-keys", "-t", SESSION, key)


def settle(quiet: float = 0.6, timeout: float = 30.0) -> str:
    """Wait until the screen has not changed for ``quiet`` seconds."""
    deadline = time.monotonic() + timeout
    last, since = screen(), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.02)
        now = screen()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return last
    raise SystemExit(f"the screen never settled:\n{last}")


def wait_for(expected: str, timeout: float = 20.0) -> float:
    """Seconds until the screen (counts aside) is ``expected``."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if shown(screen()) == expected:
            return time.perf_counter() - started
        time.sleep(0.005)
    raise SystemExit(f"the screen never showed what it should:\n{expected}\n--- but:\n{screen()}")


@dataclass
class Case:
    name: str
    reset: list[str]
    keys: list[str]
    typed: str = ""
    """Letters typed one at a time, 60 ms apart, before ``keys``; the clock
    starts at the last one."""


def reset(keys: list[str]) -> None:
    """Send keys one at a time: an escape followed at once by a letter reads as
    alt+letter, in any terminal."""
    for key in keys:
        send([key])
        time.sleep(0.5 if key == "Escape" else 0.05)
    settle()


def measure(case: Case, runs: int) -> list[float]:
    def go() -> float:
        reset(case.reset)
        for letter in case.typed[:-1]:
            send([f"literal:{letter}"])
            time.sleep(0.06)
        started = time.perf_counter()
        if case.typed:
            send([f"literal:{case.typed[-1]}"])
        send(case.keys)
        return started

    go()
    expected = shown(settle(quiet=1.0))
    times = []
    for _ in range(runs):
        started = go()
        wait_for(expected)
        times.append((time.perf_counter() - started) * 1000)
    return times


def start(command: str, size: str, ready: Callable[[str], bool]) -> None:
    width, height = size.split("x")
    tmux("kill-session", "-t", SESSION)
    tmux("new-session", "-d", "-s", SESSION, "-x", width, "-y", height, command)
    deadline = time.monotonic() + 60
    while not ready(screen()):
        if time.monotonic() > deadline:
            raise SystemExit(f"did not start:\n{screen()}")
        time.sleep(0.05)
    settle()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def cases(path: Path) -> list[Case]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        heavy = conn.execute(
            "SELECT a.name FROM actors a JOIN actors m ON m.affiliation_id = a.id"
            " GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        topic = conn.execute(
            "SELECT t.name FROM topics t JOIN statement_topics st ON st.topic_id = t.id"
            " GROUP BY t.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        rare = conn.execute("SELECT name FROM actors ORDER BY id DESC LIMIT 1").fetchone()
    top = ["Escape", "Escape", "literal:2", "literal:g"]
    found = [
        Case("j", top, ["literal:j"]),
        Case("G", top, ["literal:G"]),
        Case("pagedown", top, ["PageDown"]),
        Case("/ absent word, enter", top, ["literal:/zqxjvwk", "Enter"]),
    ]
    if rare:
        word = rare[0].split()[-1]
        found.append(Case("/ rare word, enter", top, [f"literal:/{word}", "Enter"]))
    # In about a fifth of the statements of a desk make_desk.py wrote.
    found.append(Case("/ common word, enter", top, ["literal:/government", "Enter"]))
    found.append(Case("/ word typed, no enter", [*top, "literal:/"], [], typed="security"))
    if heavy:
        found.append(Case("f by:actor, enter", top, [f'literal:fby:"{heavy[0]}"', "Enter"]))
    if topic:
        found.append(Case("f topic:T, enter", top, [f'literal:ftopic:"{topic[0]}"', "Enter"]))
    found.append(Case("D", [*top, "Escape"], ["literal:D"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("desk", type=Path, help="the desk to open (never changed)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", default="80x24")
    parser.add_argument("--only", default="", help="run only cases whose name has this")
    args = parser.parse_args()
    if not args.desk.exists():
        sys.exit(f"{args.desk}: no such desk (make one with bench/make_desk.py)")
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = f"XDG_CONFIG_HOME={home} XDG_DATA_HOME={home}"
        bare = home / "bare.py"
        bare.write_text(BARE)
        start(f"env {env} {sys.executable} {bare}", args.size, lambda s: "row 0" in s)
        results["bare Textual: j"] = measure(Case("j", ["literal:g"], ["literal:j"]), args.runs)
        # A copy, so the desk measured is never changed (nor its -wal grown).
        desk = home / "desk.db"
        subprocess.run(["sqlite3", str(args.desk), f".backup {desk}"], check=True)
        command = f"env {env} {sys.executable} -m backchannel --db {desk}"
        start(command, args.size, lambda s: "Statements" in s and ("PUB" in s or "PRIV" in s))
        for case in cases(desk):
            if args.only and args.only not in case.name:
                continue
            results[case.name] = measure(case, args.runs)
            print(f"  {case.name}: done", file=sys.stderr)
        tmux("kill-session", "-t", SESSION)
    floor = statistics.median(results["bare Textual: j"])
    print(f"{args.desk.name} at {args.size}, {args.runs} runs each (ms, key to screen)")
    print(f"{'key':28} {'p50':>7} {'p95':>7} {'p50 / bare j':>13}")
    for name, values in results.items():
        p50 = statistics.median(values)
        print(f"{name:28} {p50:7.0f} {p95(values):7.0f} {p50 / floor:12.1f}x")


if __name__ == "__main__":
    main()
