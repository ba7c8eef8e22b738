"""Time to first frame and peak memory: Backchannel against a bare Textual app.

    uv run python bench/startup.py [--big PATH] [--runs 5]

Each run is a fresh process at 80x24, headless. "First frame" is the moment
the first rows are on screen: for Backchannel, the statements pane holding
its first page; for the baseline, a bare Textual app showing a DataTable of
100 rows. Both clocks start before Textual is imported. "CPU" is the
processor time the process spent to get there (all its threads): on a busy
machine it moves far less than the wall clock. Peak RSS is the process's own
maximum resident set. The project's own modules are compiled to bytecode
first, as an installed package has them (uv compiles only the dependencies).
Prints medians and ratios to the baseline measured in the same run. Make the big desk with
``bench/make_desk.py 1000000 PATH``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import time
started = time.perf_counter()
import json, resource, sys
sys.path.insert(0, {root!r})
from textual.app import App
from textual.widgets import DataTable

kind, path = {kind!r}, {path!r}

def done(app, check):
    def poll():
        if check():
            app.call_after_refresh(finish)
            timer.stop()
    def finish():
        took = time.perf_counter() - started
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu = time.process_time()  # every thread's, from the interpreter's start
        print(json.dumps({{"seconds": took, "cpu": cpu, "rss_mb": rss}}))
        app.exit()
    timer = app.set_interval(0.002, poll)

if kind == "baseline":
    class Bare(App):
        def compose(self):
            yield DataTable()
        def on_mount(self):
            table = self.query_one(DataTable)
            table.add_columns("stance", "said", "speaker", "statement")
            table.add_rows([("PUB", "15 Mar 2025", "Keir Starmer", "words " * 10)] * 100)
            done(self, lambda: table.row_count > 0)
    app = Bare()
else:
    from backchannel.db import open_desk
    from backchannel.tui.app import BackchannelApp
    class Measured(BackchannelApp):
        def on_mount(self):
            done(self, lambda: self.screen.query_one("#statements").row_count > 0)
    app = Measured(open_desk(path))
app.run(headless=True, size=(80, 24))
"""


def measure(kind: str, path: str = "") -> dict[str, float]:
    code = CHILD.format(root=str(ROOT), kind=kind, path=path)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"{kind} run failed:\n{result.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description="Backchannel start-up against a bare Textual app")
    parser.add_argument("--big", type=Path, help="a large desk (bench/make_desk.py)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    compileall.compile_dir(ROOT / "backchannel", quiet=1)
    from backchannel.db import open_desk
    from backchannel.fixtures import load_demo

    demo = Path(tempfile.mkdtemp()) / "demo.db"
    desk = open_desk(demo)
    load_demo(desk)
    desk.close()

    cases = [("baseline", "bare Textual, 100-row DataTable", ""), ("app", "demo desk", str(demo))]
    if args.big:
        cases.append(("app", f"big desk ({args.big.name})", str(args.big)))
    samples: dict[str, list[dict[str, float]]] = {label: [] for _, label, _ in cases}
    for _ in range(args.runs):  # interleaved, so machine noise falls on every case alike
        for kind, label, path in cases:
            samples[label].append(measure(kind, path))

    def median(label: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[label])

    base = cases[0][1]
    print(f"median of {args.runs} runs, 80x24 headless")
    ratio = f"{'ratio':>6}"
    print(f"{'case':34} {'first rows':>10} {ratio} {'CPU':>7} {ratio} {'peak RSS':>9} {ratio}")
    for _, label, _ in cases:
        secs, cpu, mb = (median(label, key) for key in ("seconds", "cpu", "rss_mb"))
        timing = f"{secs * 1000:8.0f}ms {secs / median(base, 'seconds'):5.2f}x"
        cpu_part = f"{cpu * 1000:5.0f}ms {cpu / median(base, 'cpu'):5.2f}x"
        print(f"{label:34} {timing} {cpu_part} {mb:7.0f}MB {mb / median(base, 'rss_mb'):5.2f}x")
    if args.big:
        big_s, demo_s = median(cases[2][1], "seconds"), median("demo desk", "seconds")
        print(f"big desk against demo desk: {big_s / demo_s:.2f}x")


if __name__ == "__main__":
    main()
