"""A template comes back the way colleagues fill it: read by cell type and number format, found
by its hidden identity and its headers, previewed in Swedish, and only into its own register."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.reporting.excel_template import INPUT_SHEET, export_template  # noqa: E402
from hallbar_desktop.services.excel_import import ImportFileError, apply_import, preview_import  # noqa: E402
from hallbar_desktop.services.grid import project_grid  # noqa: E402
from hallbar_desktop.store.register import Register  # noqa: E402

Q4 = "2022Q4"


def _template(reg: Register, tmp_path: Path, quarter: str = Q4) -> Path:
    with reg.reading() as s:
        return export_template(s, "RJL", quarter, tmp_path / f"mall-{quarter}.xlsx")


def _header_columns(ws: object) -> dict[str, int]:
    header = next(r for r in ws.iter_rows(min_row=1, max_row=10) if any(c.value == "Kod" for c in r))  # type: ignore[attr-defined]
    return {c.value: c.column for c in header if c.value}


def _fill(path: Path, code: str, formats: dict[str, str] | None = None, sheet: str = INPUT_SHEET,
          **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    columns = _header_columns(ws)
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, columns["Kod"]).value == code)
    for header, value in cells.items():
        cell = ws.cell(row, columns[header])
        cell.value = value
        if formats and header in formats:
            cell.number_format = formats[header]
    wb.save(path)


def _stored(reg: Register, code: str, quarter: str = Q4) -> object:
    with reg.reading() as s:
        row = next(r for r in project_grid(s, "RJL").rows if r.indicator.code == code)
    return next(c.measurement for c in row.cells if str(c.quarter) == quarter)


def _import(reg: Register, path: Path) -> object:
    with reg.transaction() as s:
        return apply_import(s, path)


# --- cells read by their type and number format ------------------------------------------


def test_a_real_date_in_a_milestone_row_is_the_day_it_was_reached(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    _fill(t, "2.1", {"Värde": "yyyy-mm-dd"}, **{"Värde": datetime(2022, 11, 3)})
    _import(demo, t)
    m = _stored(demo, "2.1")
    assert m.value == 1 and m.reached_on == date(2022, 11, 3)  # type: ignore[attr-defined]


def test_a_date_in_a_row_that_is_no_milestone_is_refused_with_a_message(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    _fill(t, "2.4", {"Värde": "yyyy-mm-dd"}, **{"Värde": datetime(2022, 11, 3)})
    with demo.reading() as s:
        row = next(r for r in preview_import(s, t).rows if r.code == "2.4")
    assert row.status == "error" and "datum" in row.reason and "2022-11-03" in row.reason


@pytest.mark.parametrize("fmt", ["0%", "0.0%", "0.00 %"])
def test_a_percent_formatted_cell_is_read_as_the_share_it_shows(demo: Register, tmp_path: Path, fmt: str) -> None:
    """LibreOffice and Excel store a typed "85 %" as 0,85 with a percent format: that is 85 %."""
    t = _template(demo, tmp_path)
    _fill(t, "4.1", {"Värde": fmt}, **{"Värde": 0.85, "Täljare": None, "Nämnare": None})
    _import(demo, t)
    assert _stored(demo, "4.1").value == pytest.approx(85)  # type: ignore[attr-defined]


# --- the sheet and its columns found by identity and headers --------------------------------


def test_a_renamed_input_sheet_is_found(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    _fill(t, "2.4", **{"Värde": 125})
    wb = openpyxl.load_workbook(t)
    wb[INPUT_SHEET].title = "Jönköping kv 4"
    wb.save(t)
    _import(demo, t)
    assert _stored(demo, "2.4").value == 125  # type: ignore[attr-defined]


def test_a_column_inserted_before_the_inputs_is_found_by_its_header(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    wb = openpyxl.load_workbook(t)
    ws = wb[INPUT_SHEET]
    ws.protection.sheet = False
    ws.insert_cols(3)
    ws.cell(4, 3).value = "Mina anteckningar"
    ws.cell(5, 3).value = "ring Anna"
    wb.save(t)
    _fill(t, "2.4", **{"Värde": 126})
    with demo.reading() as s:
        preview = preview_import(s, t)
    assert preview.errors == []
    assert [r.code for r in preview.rows if r.status == "changed"] == ["2.4"]
    _import(demo, t)
    assert _stored(demo, "2.4").value == 126  # type: ignore[attr-defined]


def test_a_missing_header_is_named_exactly(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    wb = openpyxl.load_workbook(t)
    ws = wb[INPUT_SHEET]
    columns = _header_columns(ws)
    ws.cell(4, columns["Värde"]).value = "Utfall"
    wb.save(t)
    with demo.reading() as s, pytest.raises(ImportFileError) as caught:
        preview_import(s, t)
    message = str(caught.value)
    assert "«Värde»" in message and f"«{INPUT_SHEET}»" in message and "rad 4" in message, message


def test_a_workbook_whose_input_sheet_is_gone_says_so(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path)
    wb = openpyxl.load_workbook(t)
    del wb[INPUT_SHEET]
    wb.create_sheet("Blad1")
    wb.save(t)
    with demo.reading() as s, pytest.raises(ImportFileError, match="Inget blad.*Kod.*Värde"):
        preview_import(s, t)


# --- the preview in Swedish ----------------------------------------------------------------


def test_the_preview_shows_before_and_after_in_swedish_errors_first(demo: Register, tmp_path: Path) -> None:
    t = _template(demo, tmp_path, "2022Q3")
    _fill(t, "4.1", **{"Värde": None, "Täljare": 111, "Nämnare": 130})
    _fill(t, "1.5", **{"Värde": "många"})
    with demo.reading() as s:
        preview = preview_import(s, t)
    assert preview.rows[0].status == "error" and preview.rows[0].code == "1.5"
    assert [r.status for r in preview.rows].count("error") == 1
    changed = next(r for r in preview.rows if r.code == "4.1")
    nbsp = "\u00a0"
    assert changed.old.startswith(f"84,6{nbsp}% (110 av 130)"), changed.old
    assert changed.new.startswith(f"85,4{nbsp}% (111 av 130)"), changed.new
    assert changed.quarter_label == "2022 kv 3"
    assert "value=" not in changed.old + changed.new


# --- the template's register ------------------------------------------------------------------


def test_a_template_from_another_register_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two registers each made by ``hallbar demo`` hold the same projects with the same ids; only
    the register's own identity tells them apart."""
    from hallbar_desktop.cli import main

    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for db in (first, second):
        assert main(["--db", str(db), "init"]) == 0
        assert main(["--db", str(db), "demo"]) == 0
    t = tmp_path / "mall.xlsx"
    assert main(["--db", str(first), "export-template", "RJL", str(t), "--quarter", Q4]) == 0
    _fill(t, "2.4", **{"Värde": 127})
    capsys.readouterr()
    assert main(["--db", str(second), "import-excel", str(t)]) == 1
    err = capsys.readouterr().err
    assert "annat register" in err and "mall.xlsx" in err, err
    assert main(["--db", str(second), "import-excel", str(t), "--dry-run"]) == 1
    assert main(["--db", str(first), "import-excel", str(t)]) == 0


def test_the_data_sheet_carries_the_day_a_milestone_was_reached_and_imports_it(
        demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop.reporting.excel_report import export_report

    with demo.reading() as s:
        report = export_report(s, "RJL", tmp_path / "r.xlsx", today=date(2023, 2, 1))
    wb = openpyxl.load_workbook(report)
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    col = header.index("Datum uppnådd")
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "2.3" and r[5].value == "2022Q3")
    assert row[col].value.date() == date(2022, 4, 27) and row[col].number_format == "yyyy-mm-dd"
    row[col].value = datetime(2022, 4, 20)
    wb.save(report)
    _import(demo, report)
    assert _stored(demo, "2.3", "2022Q3").reached_on == date(2022, 4, 20)  # type: ignore[attr-defined]
