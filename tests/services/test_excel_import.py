"""Import refuses what it cannot trust, with a clear message, and writes nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.errors import ValidationError  # noqa: E402
from hallbar_desktop.reporting.excel_template import COLUMNS, IDENTITY_SHEET, INPUT_SHEET, export_template  # noqa: E402
from hallbar_desktop.services.excel_import import ImportFileError, apply_import, preview_import  # noqa: E402
from hallbar_desktop.store.models import AuditEntry  # noqa: E402


def _template(reg, tmp_path: Path, project: str = "RJL", quarter: str = "2022Q4") -> Path:
    with reg.reading() as s:
        return export_template(s, project, quarter, tmp_path / f"{project}-{quarter}.xlsx")


def _set(path: Path, code: str, **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == code)
    for name, value in cells.items():
        ws.cell(row, COLUMNS[name]).value = value
    wb.save(path)


def _audit_count(reg) -> int:
    with reg.reading() as s:
        return s.query(AuditEntry).count()


@pytest.mark.parametrize("typed", ["85 %", "85%", " 85 ", "85,0", 85])
def test_accepts_what_people_type(demo, tmp_path: Path, typed: object) -> None:
    t = _template(demo, tmp_path, quarter="2022Q3")
    _set(t, "3.1", value=typed, numerator=None, denominator=None)
    with demo.reading() as s:
        row = next(r for r in preview_import(s, t).rows if r.code == "3.1")
    assert row.status in ("changed", "new", "unchanged"), row.reason
    assert row.new.startswith("85\u00a0%"), row.new


def test_validation_failure_writes_nothing(demo, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    _set(t, "2.4", value=5)
    _set(t, "3.1", value="120 %", numerator=None, denominator=None)
    before = _audit_count(demo)
    with pytest.raises(ValidationError, match="Inget importerades"), demo.transaction() as s:
        apply_import(s, t)
    assert _audit_count(demo) == before


def test_other_register_and_missing_project(demo, register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    with register.reading() as s, pytest.raises(ImportFileError, match="inte finns i det här registret"):
        preview_import(s, t)
    wb = openpyxl.load_workbook(t)
    ident = wb[IDENTITY_SHEET]
    ident.cell(4, 2).value = 999  # project_id of another register
    wb.save(t)
    with demo.reading() as s, pytest.raises(ImportFileError, match="annat register"):
        preview_import(s, t)


def test_truncated_file(demo, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(t.read_bytes()[: t.stat().st_size // 2])
    with demo.reading() as s, pytest.raises(ImportFileError, match="skadad|ingen Excel"):
        preview_import(s, cut)


def test_zip_bomb_refused_before_loading(demo, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (250 * 1024 * 1024))
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with demo.reading() as s, pytest.raises(ImportFileError, match="orimligt|för stor"):
        preview_import(s, bomb)


def test_wrong_data_sheet_headers(demo, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.active.append(["a", "b"])
    path = tmp_path / "d.xlsx"
    wb.save(path)
    with demo.reading() as s, pytest.raises(ImportFileError, match="rubrikerna"):
        preview_import(s, path)


def test_the_confirmed_preview_is_applied_without_reading_the_file_again(demo, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The window and ``hallbar import-excel`` read the file once: ``apply_import(preview=...)``
    plans the rows the preview read, in its own transaction, against the register as it is then."""
    from hallbar_desktop.services import excel_import
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.entry import CellEdit, apply_edits

    t = _template(demo, tmp_path)
    _set(t, "2.4", value=130)
    _set(t, "1.2", value=17)
    with demo.reading() as s:
        preview = preview_import(s, t)
    assert {r.code: r.status for r in preview.rows if r.status != "unchanged"} == {"2.4": "changed", "1.2": "changed"}
    t.write_bytes(b"not a workbook any more")  # the preview's rows are what is applied
    with demo.transaction() as s:  # in between, someone enters 1.2's value from the file
        apply_edits(s, "RJL", [CellEdit.typed("1.2", excel_import.Quarter.parse("2022Q4"), "17")],
                    Actor("bo", "window"))
    loads: list[Path] = []
    real_load = excel_import._load
    monkeypatch.setattr(excel_import, "_load", lambda path: loads.append(path) or real_load(path))
    with demo.transaction() as s:
        done = apply_import(s, t, "anna", preview=preview)
    assert loads == []
    assert {r.code: r.status for r in done.rows if r.status != "unchanged"} == {"2.4": "changed"}
    assert [c.indicator_code for c in done.applied] == ["2.4"]
    with pytest.raises(ImportFileError, match="ingen Excel"), demo.transaction() as s:
        apply_import(s, t, "anna")  # without the preview the file is read, as before
