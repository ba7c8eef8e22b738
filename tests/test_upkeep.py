"""Python's full garbage collection runs while the app waits for a key."""

from __future__ import annotations

import asyncio
import gc
import time
from pathlib import Path

import pytest

from backchannel.db import open_desk
from backchannel.tui import upkeep
from backchannel.tui.app import BackchannelApp

from .test_app import SIZE, settle


def _kept_since_last_full_pass() -> None:
    """Something reached the oldest generation since the last full pass (a
    pass of the middle generation moves what survives it there)."""
    gc.collect(1)
    assert gc.get_count()[2] > 0


def test_the_full_pass_waits_for_keys_to_stop() -> None:
    collection = upkeep.IdleCollection(app=None)  # type: ignore[arg-type]
    _kept_since_last_full_pass()
    collection.key_read()
    assert not collection.look()  # a key was just read: not now
    assert gc.get_count()[2] > 0
    collection._last_key = time.monotonic() - upkeep.QUIET
    assert collection.look()
    assert gc.get_count()[2] == 0 and collection.passes == 1
    assert not collection.look()  # nothing kept since: nothing to do


async def test_the_app_collects_by_itself_once_keys_stop(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(upkeep, "LOOK_EVERY", 0.02)
    monkeypatch.setattr(upkeep, "QUIET", 0.05)
    app = BackchannelApp(open_desk(demo_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        passes = app.collection.passes
        for _ in range(200):  # (Python's own full pass may come first: ask again)
            if app.collection.passes > passes:
                break
            _kept_since_last_full_pass()
            await asyncio.sleep(0.01)
        assert app.collection.passes > passes
        assert gc.get_count()[2] <= 1
    app.desk.close()
