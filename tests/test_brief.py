"""The brief, mended: a heading that says the filter, citations in full,
source protection, and --out writing exactly the file named."""

from __future__ import annotations

import io
from pathlib import Path

from backchannel.brief import title_of, write_brief
from backchannel.db import Desk, open_desk
from backchannel.export.records import Redact
from backchannel.filter_line import parse_filter
from tests.test_export import run


def brief_of(desk: Desk, line: str, redact: Redact = Redact()) -> str:  # noqa: B008
    out = io.StringIO()
    write_brief(desk, parse_filter(desk, line), out, redact=redact)
    return out.getvalue()


def test_the_heading_says_what_the_filter_is(demo_desk: Desk) -> None:
    def title(line: str) -> str:
        return title_of(demo_desk, parse_filter(demo_desk, line))

    assert title("") == "Everyone"
    assert title('by:US topic:"security guarantees"') == "United States on security guarantees"
    assert (
        title("stance:private source:Telegraph since:2025-03 until:2025-04 kind:indirect troops")
        == "Everyone — private assurances, indirect quotes, read in Telegraph,"
        " from 1 Mar 2025, until 30 Apr 2025, matching “troops”"
    )


def test_citations_name_author_url_and_date(tmp_path: Path) -> None:
    desk = open_desk(tmp_path / "d.db")
    source = desk.sources.add(
        "Talks resume", outlet="The Wire", author="Jo Bloggs", url="https://e.example/a?b=1",
        published="2025-03-04",
    )  # fmt: skip
    bad = desk.sources.add("Odd", url="javascript:alert(1)")
    desk.statements.add("We will talk.", source_id=source)
    desk.statements.add("Click me.", source_id=bad)
    text = brief_of(desk, "")
    desk.close()
    assert (
        "- Source: The Wire — “Talks resume” — by Jo Bloggs — published 4 Mar 2025"
        " — <https://e.example/a?b=1>" in text
    )
    assert "- Source: Odd — “Odd” — javascript:alert(1)" in text  # shown, not linked


def test_source_protection_in_the_brief(demo_desk: Desk) -> None:
    plain = brief_of(demo_desk, "")
    assert "- Relayed by:" in plain
    protected = brief_of(demo_desk, "", Redact(relays=True, anonymous=True))
    assert "- Relayed by:" not in protected
    assert "UK officials" not in protected and "American negotiators" not in protected
    assert "statements by unnamed sources are left out" in protected


def test_out_writes_exactly_the_named_file(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief"
    done = run("brief", "--db", str(demo_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.exists() and not (tmp_path / "brief.md").exists()
    assert "Write to FILE (exactly that name)" in run("brief", "--help").stdout
    done = run("brief", "--db", str(demo_path), "--out", str(out), "--force", "--redact", "relays")
    assert done.returncode == 0 and "who relayed each statement is left out" in out.read_text()
