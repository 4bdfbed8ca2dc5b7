"""RowStream writes what openpyxl writes for the same values: awkward texts, numbers, dates,
types it leaves to openpyxl, looks, row heights; and copy_sheet keeps a sheet's settings."""

from __future__ import annotations

import math
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

from openpyxl import Workbook, load_workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils.exceptions import IllegalCharacterError  # noqa: E402

from hallbar_desktop.reporting.excel_stream import Looks, RowStream, copy_sheet  # noqa: E402
from hallbar_desktop.reporting.excel_styles import put  # noqa: E402

VALUES: list[Any] = [
    "vanlig text", "  inledande och avslutande blanksteg  ", "a & b < c > d", "rad 1\nrad 2", "vagn\rretur",
    "=SUMMA(A1:A2)", "+46 70", "-minus", "@mention", "#N/A", "", "Överenskommelse – ½ € ✓", 0, -3, 1.5,
    1e20, 2.5e-10, 92.36641221374046, 12345678901234567890, True, False, math.nan,
    datetime(2022, 9, 8, 14, 30), date(2022, 12, 31), time(8, 15),
]


def _seen(path: Path) -> list[list[tuple[Any, ...]]]:
    wb = load_workbook(path)
    return [[(c.coordinate, c.data_type, c.value, c.number_format, c.font.b, c.fill.fgColor.rgb, c.alignment.wrap_text)
             for row in ws.iter_rows() for c in row if c.value is not None or c.has_style] +
            [("heights", tuple(sorted((k, d.height) for k, d in ws.row_dimensions.items() if d.height)))]
            for ws in wb.worksheets]


def test_rows_read_back_as_openpyxl_writes_them(tmp_path: Path) -> None:
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="C6EFCE")
    wrap = Alignment(wrap_text=True, vertical="top")

    plain = Workbook()
    ws = plain.active
    for r, value in enumerate(VALUES, start=1):
        put(ws, r, 1, value)
        cell = put(ws, r, 3, value, "0.0" if isinstance(value, float) else None)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        if isinstance(value, date):
            put(ws, r, 4, value, "yyyy-mm-dd hh:mm")
    put(ws, 3, 5, None, "0.0").font = bold  # an empty cell with a look
    ws.row_dimensions[2].height = 45
    plain.save(tmp_path / "plain.xlsx")

    streamed = Workbook(write_only=True)
    looks = Looks(streamed)
    out = RowStream(streamed.create_sheet("Sheet"), f"A1:E{len(VALUES)}")
    for value in VALUES:
        # A look without a number format: a date gets the format openpyxl picks, as in the plain sheet.
        look = looks("0.0" if isinstance(value, float) else None, font=bold, fill=fill, alignment=wrap)
        entries: list[Any] = [value, None, (value, look)]
        if isinstance(value, date):
            entries.append((value, looks("yyyy-mm-dd hh:mm")))
        if out.row == 2:
            entries += [None, (None, looks("0.0", font=bold))]
        out.append(entries, height=45 if out.row == 1 else None)
    streamed.save(tmp_path / "streamed.xlsx")

    plain_sheets, streamed_sheets = _seen(tmp_path / "plain.xlsx"), _seen(tmp_path / "streamed.xlsx")
    assert len(streamed_sheets[0]) > len(VALUES)
    # NaN is written as an empty value by both, and reads back as nothing.
    assert streamed_sheets == plain_sheets


def test_text_a_sheet_cannot_hold_is_refused(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    out = RowStream(wb.create_sheet("Sheet"), "A1:A1")
    with pytest.raises(IllegalCharacterError):
        out.append(["klocka\x07"])


def test_copy_sheet_keeps_cells_and_settings(tmp_path: Path) -> None:
    scratch = Workbook()
    ws = scratch.active
    ws.title = "Sammanfattning"
    put(ws, 1, 1, "Rubrik").font = Font(bold=True, size=14)
    put(ws, 3, 2, "sammanslagen")
    ws.merge_cells("B3:E3")
    put(ws, 5, 1, datetime(2023, 2, 1, 9, 0), "yyyy-mm-dd hh:mm")
    ws.row_dimensions[3].height = 30
    ws.column_dimensions["A"].width = 62
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.center.text = "Sida &P av &N"
    scratch.save(tmp_path / "scratch.xlsx")

    wb = Workbook(write_only=True)
    copy_sheet(ws, wb, Looks(wb))
    wb.save(tmp_path / "copy.xlsx")

    assert _seen(tmp_path / "copy.xlsx") == _seen(tmp_path / "scratch.xlsx")
    got = load_workbook(tmp_path / "copy.xlsx")["Sammanfattning"]
    assert [str(r) for r in got.merged_cells.ranges] == ["B3:E3"]
    assert got.column_dimensions["A"].width == 62 and got.freeze_panes == "A2"
    assert got.print_title_rows == "$1:$1" and got.page_setup.orientation == "landscape"
    assert got.oddFooter.center.text == "Sida &P av &N"
    assert load_workbook(tmp_path / "copy.xlsx", read_only=True)["Sammanfattning"].max_row == 5
