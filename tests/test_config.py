"""A config of one's own: theme kept, keys remapped, a default desk and author;
a bad file said in one line, the defaults used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from backchannel.config import load_config, remember_theme
from backchannel.db import open_desk
from backchannel.tui.app import BackchannelApp

from .test_app import SIZE, settle


def test_settings_are_read_and_a_bad_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\nauthor = "Ana"\n[keymap]\n"main.capture" = "c,x"\n')
    config = load_config(path)
    assert (config.theme, config.author, config.keymap, config.problem) == (
        "textual-light", "Ana", {"main.capture": "c,x"}, None,
    )  # fmt: skip
    path.write_text('theme = "textual-light"\nauthor = Ana\n')
    bad = load_config(path)
    assert bad.problem is not None and "line 2" in bad.problem and bad.theme is None
    path.write_text('colour = "red"\n')
    assert "no setting named 'colour'" in (load_config(path).problem or "")


def test_a_changed_theme_is_written_back_keeping_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('# mine\nauthor = "Ana"\n[keymap]\n"main.capture" = "c"\n')
    remember_theme("nord", path)
    remember_theme("gruvbox", path)
    config = load_config(path)
    assert (config.theme, config.author, config.keymap) == ("gruvbox", "Ana", {"main.capture": "c"})
    assert path.read_text().count("theme =") == 1 and "# mine" in path.read_text()


async def test_the_app_takes_the_theme_and_the_keymap(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "textual-light"\n[keymap]\n"main.capture" = "x"\n')
    app = BackchannelApp(open_desk(demo_path), config=load_config(path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-light"
        await pilot.press("x")  # capture, remapped
        await pilot.pause()
        assert app.screen.query_one("#capture").is_open
        app.theme = "nord"
        await pilot.pause()
    assert load_config(path).theme == "nord"
    app.desk.close()


def test_the_shell_says_a_bad_config_and_goes_on(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('author = "Ana\n')
    env = {**os.environ, "BACKCHANNEL_CONFIG": str(config)}
    done = subprocess.run(
        [sys.executable, "-m", "backchannel", "add", "--db", str(tmp_path / "d.db"), "words"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 0 and "using the defaults" in done.stderr
    config.write_text('author = "Ana"\n')
    subprocess.run(
        [sys.executable, "-m", "backchannel", "add", "--db", str(tmp_path / "d.db"), "more"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    desk = open_desk(tmp_path / "d.db")
    assert {r["author"] for r in desk.query("SELECT author FROM changes")} >= {"Ana"}
    desk.close()
