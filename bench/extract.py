"""Extractor speed: articles per second on 5 KB articles, and a 1 MB paste.

    uv run python bench/extract.py [--runs 5]

Articles are built from the labelled dev articles (shared/eval/dev), cut or
repeated to 5 KB; the 1 MB paste is those articles repeated. One core, in
process. The baseline measured in the same run is a single regex pass that
splits the same text into sentences: the floor any reading of it costs.
Prints medians, and the time per KB at 5 KB and at 1 MB (linear means equal).
Then 1 MB pastes of other shapes, each of which once took minutes: the
articles as one paragraph without a line break, one quotation left open over
all of it, a run without full stops, and dense quotes and speech verbs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backchannel.extract import extract  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
SENTENCE = re.compile(r"[^.!?]+[.!?]")


def articles(size: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {DEV}")
    out = []
    for text in texts:
        while len(text.encode()) < size:
            text += "\n\n" + text
        out.append(text.encode()[:size].decode(errors="ignore"))
    return out


def shapes(size: int) -> dict[str, str]:
    """1 MB pastes of the shapes that make a reader quadratic."""
    body = " ".join(" ".join(t.split()) for t in articles(5_000))
    body = (body * (size // len(body) + 1))[:size]
    return {
        "one paragraph": body,
        "one open quotation": "“" + re.sub('[“”"«»]', "", body),
        "no full stops": re.sub(r"[.!?]", ",", body),
        "dense quotes": ("“a b c d e f,” Ann Lee said and " * (size // 32)),
        "dense speech verbs": ("Ann Lee said that the man and " * (size // 30)),
        "lines of an open quote": "Head\n\nQuote: “" + ("a line of text\n" * (size // 15)),
    }


def timed(fn, items) -> float:
    started = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    today = date(2025, 12, 31)
    small = articles(5_000) * 15  # about a hundred 5 KB articles
    big = articles(1_000_000)[:1]

    def run(text: str) -> None:
        extract(text, "2025-06", today=today)

    def baseline(text: str) -> None:
        SENTENCE.findall(text)

    ours = [timed(run, small) for _ in range(args.runs)]
    base = [timed(baseline, small) for _ in range(args.runs)]
    big_runs = [timed(run, big) for _ in range(max(1, args.runs // 2))]
    per_second = len(small) / statistics.median(ours)
    print(f"median of {args.runs} runs, {len(small)} articles of 5 KB, one core")
    print(f"extract:            {per_second:8.0f} articles/s")
    print(f"regex sentence split {len(small) / statistics.median(base):7.0f} articles/s (baseline)")
    print(f"extract / baseline: {statistics.median(ours) / statistics.median(base):8.1f}x the time")
    big_s = statistics.median(big_runs)
    per_kb_small = statistics.median(ours) / len(small) / 5
    print(f"1 MB paste:         {big_s:8.2f} s")
    print(f"time per KB, 1 MB against 5 KB: {big_s / 1000 / per_kb_small:.2f}x (1.00 = linear)")
    for name, text in shapes(1_000_000).items():
        print(f"1 MB, {name + ':':24} {timed(run, [text]):6.2f} s")


if __name__ == "__main__":
    main()
