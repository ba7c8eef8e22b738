from __future__ import annotations

from pathlib import Path

import pytest

from backchannel.db import Desk, open_desk
from backchannel.fixtures import load_demo

HOSTILE = [
    "[bold red]x[/]",
    "[link=http://e.vil]y[/link]",
    "\x1b[2J",
    "\x1b]52;c;aGVsbG8=\x07",
    "nul\x00byte",
]


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder or an outside BACKCHANNEL_DB."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("BACKCHANNEL_DB", "BACKCHANNEL_CONFIG", "BACKCHANNEL_AS"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.db"


@pytest.fixture
def demo_path(desk_path: Path) -> Path:
    desk = open_desk(desk_path)
    load_demo(desk)
    desk.close()
    return desk_path


@pytest.fixture
def demo_desk(demo_path: Path):
    desk = open_desk(demo_path)
    yield desk
    desk.close()


@pytest.fixture
def memory_desk() -> Desk:
    return open_desk(None)
