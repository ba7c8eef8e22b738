"""`backchannel add` against `sqlite-utils insert` and `jrnl`: wall time of one capture.

    uv run python bench/capture.py [--runs 10]

Each is a fresh process, as a person runs it from a shell: `backchannel add`
capturing a statement with speaker, stance and topic into a demo desk;
`sqlite-utils insert` of one row into a table of that same desk; `jrnl`
adding one entry to a plain journal. jrnl is installed into the benchmark's
own environment (bench/out/jrnl-venv) the first time. Prints medians of the
runs, taken in turn so machine noise falls on each alike, and the ratios.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent


def jrnl_command() -> list[str]:
    venv = OUT / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if not jrnl.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        uv = shutil.which("uv")
        if uv is None:
            raise SystemExit("uv is needed to install jrnl for the comparison")
        subprocess.run([uv, "venv", "-q", str(venv)], check=True)
        subprocess.run(
            [uv, "pip", "install", "-q", "--python", str(venv / "bin" / "python"), "jrnl"],
            check=True,
        )
    # Bytecode compiled, as a user's install has it: uv pip writes none, and
    # without it every run of jrnl compiles its modules again (~4x slower).
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "compileall", "-q", str(venv / "lib")], check=True
    )
    return [str(jrnl)]


def timed(command: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, env=env, input=stdin, text=True, check=True, capture_output=True, timeout=60
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    compileall.compile_dir(ROOT / "backchannel", quiet=1)  # (ours too, likewise)
    work = Path(tempfile.mkdtemp())
    desk = work / "desk.db"
    env = {**os.environ, "XDG_CONFIG_HOME": str(work / "config"), "HOME": str(work)}
    make_demo = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r});"
        "from backchannel.db import open_desk; from backchannel.fixtures import load_demo;"
        f"d = open_desk({str(desk)!r}); load_demo(d); d.close()"
    )
    subprocess.run([str(BIN / "python"), "-c", make_demo], check=True)
    journal = work / "journal.txt"
    config = work / "config" / "jrnl"
    config.mkdir(parents=True)
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals: {{default: {{journal: {journal}}}}}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        "version: v4.1\n"
    )
    commands = {
        "backchannel add": (
            [str(BIN / "backchannel"), "add", "--db", str(desk),
             "“I have been clear” @Starmer !public #security-guarantees"],
            None,
        ),
        "sqlite-utils insert": (
            [str(BIN / "sqlite-utils"), "insert", str(desk), "bench_rows", "-"],
            '{"text": "I have been clear", "speaker": "Starmer"}',
        ),
        "jrnl": (jrnl_command() + ["I have been clear @Starmer"], None),
    }  # fmt: skip
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command, stdin in commands.values():
        timed(command, env, stdin)  # warm the file cache once
    for _ in range(args.runs):
        for name, (command, stdin) in commands.items():
            samples[name].append(timed(command, env, stdin))
    medians = {name: statistics.median(times) for name, times in samples.items()}
    ours = medians["backchannel add"]
    print(f"median of {args.runs} runs, wall time of one capture")
    for name, seconds in medians.items():
        print(
            f"{name:22} {seconds * 1000:6.0f} ms   backchannel add / this = {ours / seconds:.2f}x"
        )


if __name__ == "__main__":
    main()
