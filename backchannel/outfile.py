"""Files that leave the desk (a brief, an export): written whole or not at all.

The text goes to a temporary file beside the target (created readable by its
owner only, mode 0600, since a desk may hold sources at risk) and takes the
target's name only once it is complete. Without ``force`` an existing file
is never replaced, even one that appears while the export runs: the finished
file is linked into place, which fails rather than overwrite.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

T = TypeVar("T")


class FileExists(FileExistsError):
    """The target exists and ``force`` was not given."""


def write_whole(
    path: Path | str,
    write: Callable[[IO[Any]], T],
    *,
    binary: bool = False,
    force: bool = False,
) -> T:
    """Call ``write`` with a file open on a temporary beside ``path``; on
    success give it ``path``'s name (mode 0600), else remove it. Returns what
    ``write`` returns. Raises FileExists if ``path`` exists and not ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExists(f"{path}: already exists; add --force to replace it")
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        os.fchmod(handle, 0o600)
        mode = "wb" if binary else "w"
        encoding = None if binary else "utf-8"
        newline = None if binary else ""
        with os.fdopen(handle, mode, 1 << 20, encoding=encoding, newline=newline) as out:
            result = write(out)
        if force:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise FileExists(f"{path}: already exists; add --force to replace it") from None
            except OSError:  # a file system without hard links: check, then rename
                if path.exists():
                    raise FileExists(f"{path}: already exists; add --force to replace it") from None
                os.replace(temporary, path)
            else:
                Path(temporary).unlink()
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return result
