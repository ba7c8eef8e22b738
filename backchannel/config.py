"""The person's own settings: ``config.toml`` in their config folder.

    theme = "textual-light"          # remembered when changed in the app
    desk = "~/work/ukraine.db"       # the desk opened without --db
    author = "Ana"                   # whom changes are recorded as (default: login name)
    briefs = "~/briefs"              # where the app writes briefs (default: Documents)

    [keymap]                         # binding id = keys, as in ? help
    "main.capture" = "c,ctrl+n"

A file that cannot be read is said in one line naming where, and the app
starts with the defaults. Read with the standard library's tomllib.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

_KEYS = {"theme", "desk", "author", "briefs", "keymap"}


@dataclass
class Config:
    """What the config file says (defaults where it says nothing)."""

    theme: str | None = None
    desk: str | None = None
    author: str | None = None
    briefs: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    problem: str | None = None
    """Why the file could not be used, in one line; None when it was fine."""
    path: Path | None = None


def config_path() -> Path:
    """Where the config file lives: BACKCHANNEL_CONFIG, else the user config folder."""
    chosen = os.environ.get("BACKCHANNEL_CONFIG")
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return platformdirs.user_config_path("backchannel", appauthor=False) / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The settings; a missing file is the defaults, a bad one the defaults and a problem."""
    path = path or config_path()
    if not path.exists():
        return Config(path=path)
    import tomllib  # (only when there is a file: most starts have none)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return Config(path=path, problem=f"{path}: cannot be read ({error})")
    except tomllib.TOMLDecodeError as error:
        return Config(path=path, problem=f"{path}: {error}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        return Config(path=path, problem=f"{path}: no setting named {unknown[0]!r}")
    config = Config(path=path)
    for name in ("theme", "desk", "author", "briefs"):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return Config(path=path, problem=f"{path}: {name} must be text in quotes")
        setattr(config, name, value)
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(v, str) for v in keymap.values()):
        return Config(path=path, problem=f'{path}: [keymap] lines are "binding.id" = "keys"')
    config.keymap = dict(keymap)
    return config


def briefs_folder(config: Config) -> Path:
    """Where the app writes briefs: the config's ``briefs``, else the user's
    documents folder's "Backchannel briefs"."""
    if config.briefs:
        return Path(config.briefs).expanduser()
    import platformdirs

    return platformdirs.user_documents_path() / "Backchannel briefs"


def remember_theme(theme: str, path: Path | None = None) -> None:
    """Write ``theme = "…"`` into the config file, keeping everything else in it."""
    path = path or config_path()
    line = f'theme = "{theme}"'
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(r"^theme\s*=.*$", re.MULTILINE)
    if pattern.search(text.split("[", 1)[0]):
        text = pattern.sub(line, text, count=1)
    else:
        text = f"{line}\n{text}"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
