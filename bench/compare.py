"""Time to first rows for the divergence view and for a filter, on a big desk.

    uv run python bench/compare.py PATH [--runs 5]

PATH is a desk from ``bench/make_desk.py 1000000 PATH``: actor 1 (a country)
and those affiliated with it said 10,000 of its statements. Each run opens
the app headless at 80x24 and times, from the key's action to the first rows
on screen:

- ``D`` for ``by:<actor 1>`` (affiliates included): the divergence view;
- the same with a topic, and refined with ``stance:private since:2020``;
- filters on the statements pane: ``by:`` with ``stance:`` and ``since:``;
  ``topic:``; free words; ``source:`` an outlet (thousands of sources);
  dates; and on the timeline and sources panes.

The baseline, measured in the same run, is a bare Textual screen pushed with
a DataTable of 40 rows read by raw sqlite3 with the same speakers, in date
order (``ORDER BY`` with ``LIMIT``, no paging). Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual.app import App  # noqa: E402
from textual.screen import Screen  # noqa: E402
from textual.widgets import DataTable  # noqa: E402

from backchannel.db import open_desk  # noqa: E402
from backchannel.filter_line import parse_filter  # noqa: E402
from backchannel.tui.app import BackchannelApp  # noqa: E402
from backchannel.tui.screens.compare import DivergenceScreen  # noqa: E402
from backchannel.tui.widgets.paged_table import PagedTable  # noqa: E402

SIZE = (80, 24)


async def until(check: Callable[[], bool], pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for ``check``, then for the next screen refresh: the rows are painted.
    (As bench/startup.py does; pilot.pause() would wait for every worker too.)"""
    while not check():
        await asyncio.sleep(0.001)
    painted = asyncio.get_running_loop().create_future()
    pilot.app.call_after_refresh(lambda: painted.done() or painted.set_result(None))
    await painted


def loaded(pane: PagedTable, token: int) -> Callable[[], bool]:
    return lambda: pane._token > token and pane._pending is None and pane.row_count > 0


async def time_in_app(path: Path, action: Callable[[BackchannelApp, object], Awaitable[None]]):
    app = BackchannelApp(open_desk(path))
    async with app.run_test(size=SIZE) as pilot:
        await until(lambda: app.screen.query_one("#statements").row_count > 0, pilot)
        await pilot.pause(0.3)
        started = time.perf_counter()
        await action(app, pilot)
        took = time.perf_counter() - started
    app.desk.close()
    return took


def compare(line: str):  # type: ignore[no-untyped-def]
    async def action(app: BackchannelApp, pilot) -> None:  # type: ignore[no-untyped-def]
        selection = parse_filter(app.desk, line)
        app.screen.open_compare(selection)  # what D does once it knows whom
        await until(lambda: isinstance(app.screen, DivergenceScreen), pilot)
        table = app.screen.table
        await until(lambda: table.row_count > 0, pilot)

    return action


def pane_filter(line: str, name: str = "statements"):  # type: ignore[no-untyped-def]
    async def action(app: BackchannelApp, pilot) -> None:  # type: ignore[no-untyped-def]
        pane = app.screen.query_one(f"#{name}", PagedTable)
        token = pane._token
        app.screen.apply_filter(parse_filter(app.desk, line), pane)  # what f + enter does
        await until(loaded(pane, token), pilot)

    return action


def baseline(path: Path, speakers: list[int]) -> float:
    class Bare(App[None]):
        pass

    async def run() -> float:
        app = Bare()
        async with app.run_test(size=SIZE) as pilot:
            started = time.perf_counter()
            conn = sqlite3.connect(path)
            marks = ", ".join("?" for _ in speakers)
            rows = conn.execute(
                f"SELECT said, stance, text FROM statements WHERE speaker_id IN ({marks})"
                " AND stance IS NOT NULL ORDER BY coalesce(said_earliest, '9999-12-31'), id"
                " LIMIT 40",
                speakers,
            ).fetchall()
            conn.close()
            screen = Screen()
            await app.push_screen(screen)
            table = DataTable()
            await screen.mount(table)
            table.add_columns("said", "stance", "text")
            table.add_rows([(a, b, c[:60]) for a, b, c in rows])
            await until(lambda: table.row_count > 0, pilot)
            return time.perf_counter() - started

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    desk = open_desk(args.path)  # migrates an older bench desk once
    actor = desk.actors.get(1)
    who = parse_filter(desk, [f"by:{actor.name}"])
    count = desk.statements.count(filter=who)
    topic = desk.query(
        "SELECT t.name, count(*) AS n FROM statement_topics st JOIN topics t ON t.id = st.topic_id"
        f" WHERE st.statement_id IN (SELECT id FROM statements WHERE speaker_id IN"
        f" ({', '.join(map(str, who.speaker_ids or ()))})) GROUP BY t.id ORDER BY n DESC LIMIT 1"
    )[0]["name"]
    outlet = desk.query("SELECT outlet FROM sources WHERE id = 1")[0]["outlet"]
    person = desk.actors.get(4_000).name  # one speaker among 5,000: ~200 statements
    speakers = list(who.speaker_ids or ())
    desk.close()
    print(f"{args.path}: {actor.name} and {len(speakers) - 1} affiliated said {count:,}")
    by = f'by:"{actor.name}"'
    cases = {
        "D by: (10k statements)": compare(by),
        "D by: topic:": compare(f'{by} topic:"{topic}"'),
        "D by: stance:private since:2020": compare(f"{by} stance:private since:2020-01-01"),
        "f by: stance: since:": pane_filter(f"{by} stance:private since:2020-01-01"),
        "f topic:": pane_filter(f'topic:"{topic}"'),
        "f words": pane_filter("ceasefire pipeline"),
        "f source: (an outlet)": pane_filter(f'source:"{outlet}"'),
        "f since: until:": pane_filter("since:2019-03-01 until:2019-03-31"),
        "timeline: f by: since:": pane_filter(f"{by} since:2020-01-01", "timeline"),
        "timeline: f topic: stance:": pane_filter(f'topic:"{topic}" stance:public', "timeline"),
        "sources: f by: (one person)": pane_filter(f'by:"{person}"', "sources"),
        "sources: f words since:": pane_filter("ceasefire since:2020-01-01", "sources"),
    }
    base = [baseline(args.path, speakers) for _ in range(args.runs)]
    base_median = statistics.median(base)
    print(f"{'baseline: raw sqlite3 + bare DataTable screen':<46} {base_median * 1000:7.1f} ms")
    for name, action in cases.items():
        times = [asyncio.run(time_in_app(args.path, action)) for _ in range(args.runs)]
        median = statistics.median(times)
        verdict = "ok" if median < 0.3 else "SLOW"
        print(
            f"{name:<46} {median * 1000:7.1f} ms  {median / base_median:5.2f}x"
            f"  (max {max(times) * 1000:.0f} ms) {verdict}"
        )


if __name__ == "__main__":
    main()
