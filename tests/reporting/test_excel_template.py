"""The data-entry template: validation on the input cells, protection, a hidden identity."""

from __future__ import annotations

from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.errors import NotFound, ValidationError  # noqa: E402
from hallbar_desktop.reporting.excel_template import COLUMNS, IDENTITY_SHEET, INPUT_SHEET, export_template  # noqa: E402


@pytest.fixture
def template(demo, tmp_path: Path) -> Path:
    with demo.reading() as s:
        return export_template(s, "RJL", "2022Q1", tmp_path / "t.xlsx")


def _rows(ws) -> dict[str, int]:
    return {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value}


def test_identity_sheet_is_hidden(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    ident = wb[IDENTITY_SHEET]
    assert ident.sheet_state == "veryHidden"
    data = {r[0]: r[1] for r in ident.iter_rows(values_only=True)}
    assert data["project"] == "RJL" and data["quarter"] == "2022Q1" and data["template_version"] == 1


def test_validation_covers_input_cells_by_kind(template: Path) -> None:
    wb = openpyxl.load_workbook(template)
    ws = wb[INPUT_SHEET]
    rows = _rows(ws)
    by_type = {}
    for dv in ws.data_validations.dataValidation:
        by_type.setdefault(dv.type, []).append(dv)
    value_col = openpyxl.utils.get_column_letter(COLUMNS["value"])
    percent = next(dv for dv in by_type["decimal"] if dv.operator == "between")
    assert (percent.formula1, percent.formula2) == ("0", "100")
    assert f"{value_col}{rows['1.4']}" in str(percent.sqref)  # 1.4 is a percent indicator
    whole = by_type["whole"][0]
    assert f"{value_col}{rows['1.2']}" in str(whole.sqref) and whole.formula1 == "0"
    milestone = by_type["list"][0]
    assert f"{value_col}{rows['1.1']}" in str(milestone.sqref)
    assert "Uppnådd" in milestone.formula1


def test_structure_protected_inputs_unlocked(template: Path) -> None:
    ws = openpyxl.load_workbook(template)[INPUT_SHEET]
    assert ws.protection.sheet
    r = _rows(ws)["1.2"]
    assert ws.cell(r, COLUMNS["code"]).protection.locked
    assert not ws.cell(r, COLUMNS["value"]).protection.locked
    assert not ws.cell(r, COLUMNS["comment"]).protection.locked
    assert ws.cell(r, COLUMNS["value"]).value == 8  # the value the register holds for 2022Q1


def test_focus_area_and_bad_quarter(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_template(s, "RJL", "2022Q1", tmp_path / "f.xlsx", focus_area=2)
        with pytest.raises(ValidationError):
            export_template(s, "RJL", "2030Q1", tmp_path / "x.xlsx")
        with pytest.raises(NotFound):
            export_template(s, "RJL", "2022Q1", tmp_path / "y.xlsx", focus_area=9)
    codes = set(_rows(openpyxl.load_workbook(out)[INPUT_SHEET]))
    assert codes and all(c.startswith("2.") for c in codes)
