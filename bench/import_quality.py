"""What a desk made from real articles looks like: dated, topiced, no twins.

    uv run python bench/import_quality.py ../shared/eval/dev

Imports every NAME.txt of the folder into one new desk (with the published
date its NAME.json gives, as a person would type it when the article has
none), accepts every proposal as proposed, and prints the share of
statements placed by a date (said or reported), the share with a topic, how
many were dated by their own words, and the actors that look like twins (the
same name key, or one a surname of another). The baseline, in the same run,
is the same articles imported without the three clocks and topics: what
the desk held before (statements with a said date only).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backchannel.actions import intake  # noqa: E402
from backchannel.db import open_desk  # noqa: E402
from backchannel.db.names import name_key  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "dev")
    desk = open_desk(Path(tempfile.mkdtemp(prefix="bc-quality-")) / "desk.db")
    for article in sorted(folder.glob("*.txt")):
        label = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
        done = intake.import_article(
            desk, article.read_text(encoding="utf-8"), published=label.get("published"),
            outlet=label.get("outlet"),
        )  # fmt: skip
        ids = [c.id for c in desk.candidates.queue(done.source_id)]
        intake.accept_all(desk, ids)
    rows = desk.query(
        """SELECT s.said IS NOT NULL AS said, s.reported IS NOT NULL AS reported,
                  EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = s.id) AS topic
           FROM statements s WHERE s.deleted_at IS NULL"""
    )
    n = len(rows)
    dated = sum(1 for r in rows if r["said"] or r["reported"])
    said = sum(1 for r in rows if r["said"])
    topics = sum(1 for r in rows if r["topic"])
    names = [r["name"] for r in desk.query("SELECT name FROM actors WHERE deleted_at IS NULL")]
    keys = [name_key(n) for n in names]
    twins = {n for n, k in zip(names, keys, strict=True) if keys.count(k) > 1}
    for name, key in zip(names, keys, strict=True):
        for other in keys:
            if other == key or not name[:1].isupper():
                continue
            if other.endswith(" " + key) or (" " in other and f" {other} " in f" {key} "):
                twins.add(name)
    print(f"{len(list(folder.glob('*.txt')))} articles, {n} statements, {len(names)} actors")
    print(
        f"placed by a date (said or reported): {dated / n:.0%}   (before: said only {said / n:.0%})"
    )
    print(f"dated by their own words: {said / n:.0%}")
    print(f"with at least one topic: {topics / n:.0%}   (before: 0%)")
    print(f"actors that look like twins: {len(twins)} {sorted(twins)}")


if __name__ == "__main__":
    main()
