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


def test_every_row_whose_speaker_is_ambiguous_is_said_with_the_unreadable_ones(
    memory_desk,
) -> None:
    """Names are resolved only inside the change, yet each refused row is said
    (not just the first), in the file's order, and nothing is kept."""
    memory_desk.actors.add("John Smith")
    memory_desk.actors.add("Jane Smith")
    sheet = (
        "text,speaker,stance\n"
        "fine,Zed,public\n"  # a new actor, rolled back with the rest
        "one,Smith,public\n"
        "two,Zed,maybe\n"
        "three,smith,\n"
        "four,Zed,,\n"
        "five,Smith,private\n"
    )
    with pytest.raises(SpreadsheetError) as refused:
        import_spreadsheet(memory_desk, sheet)
    assert refused.value.problems == [
        "row 3: “Smith” could mean John Smith, Jane Smith: give the full name",
        "row 4: stance 'maybe' is neither public nor private",
        "row 5: no actor “smith” yet; did you mean “John Smith” or “Jane Smith”? Give that"
        " name, or add “smith” first (ctrl+p, New actor) if it is someone else",
        "row 7: “Smith” could mean John Smith, Jane Smith: give the full name",
    ]
    assert str(refused.value) == "4 rows cannot be imported; nothing was added"
    assert memory_desk.statements.count() == 0
    assert memory_desk.actors.count() == 2 and not memory_desk.actors.find("Zed")


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
    elsewhere = subprocess.run([*run[:-1], str(tmp_path / "new.db")], capture_output=True)
    assert elsewhere.returncode == 2 and not list(tmp_path.glob("new.db*"))  # no empty desk left
    sheet.write_text("text,speaker\nx,John Smith\ny,Jane Smith\n", encoding="utf-8")
    assert subprocess.run(run, capture_output=True).returncode == 0
    sheet.write_text("text,speaker\nagain,Zed\nbad,Smith\nworse,Smith\n", encoding="utf-8")
    refused = subprocess.run(run, capture_output=True, text=True)
    assert refused.returncode == 2 and refused.stdout == ""
    said = refused.stderr.splitlines()
    assert [line.split(":")[1] for line in said[:2]] == [" row 3", " row 4"], said
    assert "2 rows cannot be imported; nothing was added" in said[-1]
    export = [sys.executable, "-m", "backchannel", "export", "csv", "--db", str(tmp_path / "d.db")]
    kept = subprocess.run(export, capture_output=True, text=True)
    assert kept.stdout.count("\n") == 4 and "again" not in kept.stdout
