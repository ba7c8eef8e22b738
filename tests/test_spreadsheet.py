"""An analyst's spreadsheet of quotes: all rows or none, names found as capture finds them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backchannel.actions import desk as desk_actions
from backchannel.actions.spreadsheet import SpreadsheetError, import_spreadsheet

GOOD = (
    "Quote,Who,Stance,Topics,Outlet,Date\n"
    '"we stand prepared",Starmer,public,security guarantees,The Telegraph,4 April\n'
    '"no guarantees, none",trump,PUB,"security guarantees; Ukraine",Reuters,2025-04-02\n'
)


def test_rows_become_statements_in_one_undo_step(demo_desk) -> None:
    done = import_spreadsheet(demo_desk, GOOD, renames={"Who": "speaker"})
    assert done.label == "Imported 2 statements" and done.created == ("source Reuters",)
    ready = demo_desk.statements.page(search="prepared")[0]
    assert (ready.speaker_name, ready.stance, ready.said) == (
        "Keir Starmer",
        "public",
        "2025-04-04",
    )
    none = demo_desk.statements.page(search="none")[0]
    assert none.speaker_name == "Donald Trump" and set(none.topics) == {
        "security guarantees", "Ukraine",
    }  # fmt: skip
    assert desk_actions.undo(demo_desk).label.startswith("Undone: Import 2 statements")
    assert demo_desk.statements.count(search="prepared") == 0


def test_a_bad_row_refuses_the_file_saying_each_row(memory_desk) -> None:
    bad = GOOD + '"x",Zed,maybe,,,\n"",Zed,,,,\n"y",Zed,,,,someday\n'
    with pytest.raises(SpreadsheetError) as refused:
        import_spreadsheet(memory_desk, bad)
    assert refused.value.problems == [
        "row 4: stance 'maybe' is neither public nor private",
        "row 5: no words said",
        "row 6: cannot read date 'someday'",
    ]
    assert memory_desk.is_empty()


def test_the_shell_maps_columns_and_refuses_in_one_line_a_row(tmp_path: Path) -> None:
    sheet = tmp_path / "quotes.csv"
    sheet.write_text("\ufeffLine,Speaker\nfine,Zed\n", encoding="utf-8")
    run = [sys.executable, "-m", "backchannel", "import-csv", str(sheet),
           "--db", str(tmp_path / "d.db")]  # fmt: skip
    done = subprocess.run([*run, "--map", "Line=text"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 statements" in done.stdout and "added actor Zed" in done.stdout
    sheet.write_text("Line,Speaker\nfine,Zed\n", encoding="utf-8")
    missing = subprocess.run(run, capture_output=True, text=True)
    assert missing.returncode == 2 and "no column holds the words said" in missing.stderr
