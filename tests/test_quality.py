"""The project's own checks, run with the tests so main stays clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["lint-imports"],  # db/ and fixtures/ never import the UI (pyproject.toml)
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],  # db/ is typed
    ],
    ids=["import-contracts", "ruff", "ruff-format", "mypy"],
)
def test_check_passes(command: list[str]) -> None:
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
