"""`backchannel export` on a big desk: statements a second and peak memory, per format.

    uv run python bench/make_desk.py 1000000 /tmp/big.db
    uv run python bench/export.py /tmp/big.db [--formats csv,jsonl] [--filter 'stance:private']

Each export is a fresh process writing a file, as a person runs it; its wall
time, CPU seconds (user + system: what the export costs whatever else the
machine runs) and peak resident memory (the child's own, from wait4) are
printed with the statements a second. The baselines in the same run read the bare
statements table with no joins or provenance: `sqlite3 -csv` and
`sqlite-utils rows --csv`. The ratio is the export's rate against the
faster baseline's. Run it on two desk sizes to see memory stay flat.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
FORMATS = ["csv", "jsonl", "json", "timelinejs", "csl-json", "refi-qda", "claimreview"]


def run(command: list[str], out: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one child process."""
    started = time.perf_counter()
    with open(out or os.devnull, "wb") as sink:
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("desk", type=Path)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--filter", default="", help="a filter line, as for the brief")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.desk}?mode=ro", uri=True)
    total = conn.execute("SELECT count(*) FROM statements WHERE deleted_at IS NULL").fetchone()[0]
    size = args.desk.stat().st_size / 1e6
    print(f"{args.desk}: {total:,} statements, {size:,.0f} MB")
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        rates = []
        print(f"{'baseline':<28}{'seconds':>9}{'stmts/s':>12}{'peak MB':>9}")
        sql = "SELECT * FROM statements"
        if shutil.which("sqlite3"):
            command = ["sqlite3", "-csv", "-header", str(args.desk), sql]
            seconds, peak, _ = run(command, folder / "b1")
            rates.append(total / seconds)
            print(f"{'sqlite3 -csv':<28}{seconds:>9.1f}{total / seconds:>12,.0f}{peak:>9.0f}")
        seconds, peak, _ = run(
            [str(BIN / "sqlite-utils"), "rows", str(args.desk), "statements", "--csv"],
            folder / "b2",
        )
        rates.append(total / seconds)
        print(
            f"{'sqlite-utils rows --csv':<28}{seconds:>9.1f}{total / seconds:>12,.0f}{peak:>9.0f}"
        )
        best = max(rates)
        print(
            f"\n{'backchannel export':<28}{'seconds':>9}{'stmts/s':>12}{'peak MB':>9}{'ratio':>8}"
            f"{'cpu s':>8}{'stmts/cpu s':>13}"
        )
        for name in args.formats.split(","):
            out = folder / f"out.{name}"
            command = [str(BIN / "backchannel"), "export", name, "--db", str(args.desk)]
            command += [*([args.filter] if args.filter else []), "--out", str(out)]
            seconds, peak, cpu = run(command)
            rate = total / seconds
            print(
                f"{name:<28}{seconds:>9.1f}{rate:>12,.0f}{peak:>9.0f}{rate / best:>8.2f}"
                f"{cpu:>8.1f}{total / cpu:>13,.0f}"
            )
            out.unlink()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
