"""Round trip as a colleague does it: template → fill in Excel → dry run → fix → import."""

from __future__ import annotations

from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.cli import main  # noqa: E402
from hallbar_desktop.reporting.excel_template import COLUMNS, INPUT_SHEET  # noqa: E402
from hallbar_desktop.services.lookup import get_indicator, get_project  # noqa: E402
from hallbar_desktop.services.measurements import history  # noqa: E402
from hallbar_desktop.store.register import open_register  # noqa: E402


def _fill(path: Path, values: dict[str, dict[str, object]]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    for code, cells in values.items():
        for name, value in cells.items():
            ws.cell(rows[code], COLUMNS[name]).value = value
    wb.save(path)


def _register_values(db: Path) -> dict[str, tuple]:
    reg = open_register(db)
    out = {}
    with reg.reading() as s:
        p = get_project(s, "RJL")
        for code in ("1.2", "1.4", "1.5", "2.4"):
            ind = get_indicator(s, p, code)
            m = next((m for m in ind.measurements if m.quarter == "2022Q4"), None) \
                if hasattr(ind, "measurements") else None
            out[code] = None if m is None else (m.value, m.numerator, m.comment)
    reg.close()
    return out


def test_round_trip(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    t = tmp_path / "mall.xlsx"
    assert main([*db, "export-template", "RJL", str(t), "--quarter", "2022Q4"]) == 0
    before = _register_values(demo_path)
    _fill(t, {
        "1.4": {"value": "12,5", "numerator": None, "denominator": None},  # text with a comma
        "2.4": {"value": " 130 "},  # number stored as text with stray spaces
        "1.2": {"value": None},  # a blank row: left out, changes nothing
        "1.5": {"value": "många"},  # wrong kind for a count
    })
    capsys.readouterr()
    assert main([*db, "import-excel", str(t), "--dry-run"]) == 1
    out = capsys.readouterr().out
    lines = {line.split()[2]: line for line in out.splitlines() if line.startswith("rad")}
    assert "ändrat" in lines["1.4"] and "→ 12,5\u00a0%" in lines["1.4"]  # Swedish, with the unit
    assert "ändrat" in lines["2.4"] and "118\u00a0organisationer → 130\u00a0organisationer" in lines["2.4"]
    assert "2022 kv 4" in lines["2.4"] and "value=" not in out
    assert "FEL" in lines["1.5"]
    assert out.splitlines()[0] == lines["1.5"]  # errors first
    assert "1.2" not in lines
    assert "0 nya, 2 ändrade, 8 oförändrade, 1 fel" in out
    # Without --dry-run an error refuses the whole file.
    assert main([*db, "import-excel", str(t)]) == 1
    assert "Inget importerades" in capsys.readouterr().err
    assert _register_values(demo_path) == before

    _fill(t, {"1.5": {"value": 25}})
    assert main([*db, "import-excel", str(t)]) == 0
    assert "1 nya, 2 ändrade" in capsys.readouterr().out
    after = _register_values(demo_path)
    assert after["1.4"][:2] == (12.5, None)
    assert after["2.4"][0] == 130
    assert after["1.5"][0] == 25
    assert after["1.2"] == before["1.2"]
    reg = open_register(demo_path)
    with reg.reading() as s:
        last = history(s, get_indicator(s, get_project(s, "RJL"), "2.4"), "2022Q4")[-1]
    reg.close()
    assert (last.source, last.source_detail) == ("import", "mall.xlsx")
    # Importing the same file again changes nothing.
    assert main([*db, "import-excel", str(t), "--dry-run"]) == 0
    assert "0 nya, 0 ändrade, 11 oförändrade, 0 fel" in capsys.readouterr().out


def test_report_data_sheet_imports_as_unchanged(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    r = tmp_path / "rapport.xlsx"
    assert main([*db, "export-excel", "RJL", str(r), "--until", "2022Q4"]) == 0
    capsys.readouterr()
    assert main([*db, "import-excel", str(r), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert " 0 ändrade" in out and " 0 fel" in out and "0 nya" in out


def test_bad_files_are_refused(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(b"not a zip")
    assert main([*db, "import-excel", str(junk)]) == 1
    assert "ingen Excel-arbetsbok" in capsys.readouterr().err
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    assert main([*db, "import-excel", str(plain)]) == 1
    assert "varken en inmatningsmall" in capsys.readouterr().err
