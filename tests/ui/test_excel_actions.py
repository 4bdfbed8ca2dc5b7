"""File → Export with a progress bar and File → Import with a preview, as real widgets."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hallbar_desktop.reporting.excel_template import COLUMNS, INPUT_SHEET, export_template
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.excel_actions import ExportDialog, ImportPreviewDialog, export_report, import_workbook


def test_export_writes_the_workbook_with_progress(qtbot: QtBot, demo: Register, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    assert export_report(None, demo, "RJL", out) == out
    assert "Sammanfattning" in openpyxl.load_workbook(out).sheetnames


def test_progress_bar_and_cancel_leave_no_file(qtbot: QtBot, demo: Register, tmp_path: Path) -> None:
    (tmp_path / "ut").mkdir()
    out = tmp_path / "ut" / "avbruten.xlsx"
    dialog = ExportDialog(demo, "RJL", out)
    qtbot.addWidget(dialog)
    dialog._worker.cancelled = True
    with qtbot.waitSignal(dialog.rejected, timeout=20_000):
        dialog.start()
    assert dialog.result_path is None and dialog.error == ""
    assert list((tmp_path / "ut").iterdir()) == []  # no file, no temp file

    done = ExportDialog(demo, "RJL", out)
    qtbot.addWidget(done)
    with qtbot.waitSignal(done.accepted, timeout=20_000):
        done.start()
    assert done.bar.value() == done.bar.maximum() > 1
    assert out.exists()


def _template(demo: Register, tmp_path: Path, **values: object) -> Path:
    with demo.reading() as s:
        path = export_template(s, "RJL", "2022Q4", tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    for code, value in values.items():
        ws.cell(rows[code], COLUMNS["value"]).value = value
    wb.save(path)
    return path


def test_preview_lists_rows_and_blocks_errors(qtbot: QtBot, demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop.services.excel_import import preview_import

    path = _template(demo, tmp_path, **{"2.4": "130", "1.5": "många"})
    with demo.reading() as s:
        preview = preview_import(s, path)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert "1 ändrade" in dialog.summary.text() and "1 fel" in dialog.summary.text()
    kinds = {dialog.table.item(r, 1).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert kinds["2.4"] == "Ändrat" and kinds["1.5"] == "Fel"
    assert not dialog.import_button.isEnabled()
    # Errors first, then before → after in Swedish with the unit, quarters as people read them.
    assert dialog.table.item(0, 1).text() == "1.5"
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "2.4")
    assert dialog.table.item(row, 2).text() == "2022 kv 4"
    nbsp = "\u00a0"
    assert dialog.table.item(row, 4).text() == f"118{nbsp}organisationer"
    assert dialog.table.item(row, 5).text() == f"130{nbsp}organisationer"


def test_import_applies_after_confirmation(qtbot: QtBot, demo: Register, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from hallbar_desktop.services import excel_import

    parent = QWidget()
    qtbot.addWidget(parent)
    path = _template(demo, tmp_path, **{"2.4": "130"})
    loads: list[Path] = []
    real_load = excel_import._load
    monkeypatch.setattr(excel_import, "_load", lambda p: loads.append(p) or real_load(p))
    applied = import_workbook(parent, demo, path, confirm=False)
    assert applied is not None and [r.code for r in applied.of("changed")] == ["2.4"]
    assert loads == [path]  # read once: the preview's rows are applied
    again = import_workbook(parent, demo, path, confirm=False)
    assert again is None  # nothing left to import: the button stays disabled
