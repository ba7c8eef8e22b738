"""What the main screen and the divergence view look like: 80x24 and a wide terminal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp

from .test_app import settle


def fixed_clock(path: Path) -> Path:
    """The demo as captured at one fixed moment, so the detail's "Captured" line
    is the same in every run."""
    with sqlite3.connect(path) as conn:
        for table in ("statements", "sources", "events", "actors"):
            conn.execute(
                f"UPDATE {table} SET created_at = '2025-04-10T09:00:00.000+00:00',"
                " updated_at = '2025-04-10T09:00:00.000+00:00'"
            )
    return path


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_main_screen(snap_compare, demo_path: Path, size: tuple[int, int]) -> None:
    app = BackchannelApp(open_desk(fixed_clock(demo_path)), label="demo")

    async def move(pilot) -> None:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=move)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_divergence_view(snap_compare, demo_path: Path, size: tuple[int, int]) -> None:
    """The seed story: the US in public beside the US in private, contradiction marked."""
    app = BackchannelApp(open_desk(fixed_clock(demo_path)), label="demo")

    async def open_it(pilot) -> None:
        await settle(pilot)
        await pilot.press(*"jjjj", "D")  # Trump's statement (reported April): his country's view
        await settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=open_it)
