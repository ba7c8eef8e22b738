"""What the main screen and the divergence view look like: 80x24 and a wide terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_main_screen(snap_compare, demo_path: Path, size: tuple[int, int]) -> None:
    app = BackchannelApp(open_desk(demo_path), label="demo")

    async def settle(pilot) -> None:
        await pilot.pause(0.3)
        await pilot.press("j", "j", "j")
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_divergence_view(snap_compare, demo_path: Path, size: tuple[int, int]) -> None:
    """The seed story: the US in public beside the US in private, contradiction marked."""
    app = BackchannelApp(open_desk(demo_path), label="demo")

    async def open_it(pilot) -> None:
        await pilot.pause(0.3)
        await pilot.press("G", "D")  # Trump's statement (undated, last): his country's view
        await pilot.pause(0.5)

    assert snap_compare(app, terminal_size=size, run_before=open_it)
