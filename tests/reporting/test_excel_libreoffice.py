"""The second client a real user opens the workbook in: LibreOffice Calc, headless."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.reporting.excel_report import export_report  # noqa: E402
from hallbar_desktop.reporting.excel_template import export_template  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs "
                       "libreoffice-calc-nogui"),
]

ERRORS = ("#NAME?", "#REF!", "#VALUE!", "#DIV/0!", "Err:", "#N/A")


def _convert(src: Path, out_dir: Path, target: str) -> Path:
    profile = out_dir / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to", target,
         "--outdir", str(out_dir), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    ext = target.split(":")[0]
    result = out_dir / f"{src.stem}.{ext}"
    assert result.exists(), f"LibreOffice wrote no {ext}"
    return result


@pytest.mark.parametrize("kind", ["report", "template"])
def test_libreoffice_opens_and_recalculates(demo, tmp_path: Path, kind: str) -> None:
    src_dir = tmp_path / "src"
    src_dir.mkdir()
    with demo.reading() as s:
        if kind == "report":
            src = export_report(s, "RJL", src_dir / "rapport.xlsx", today=date(2023, 2, 1))
        else:
            src = export_template(s, "RJL", "2022Q4", src_dir / "mall.xlsx")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # A round trip through Calc's own xlsx writer recalculates every cell on load.
    again = _convert(src, out_dir, "xlsx:Calc MS Excel 2007 XML")
    original = openpyxl.load_workbook(src)
    reread = openpyxl.load_workbook(again, data_only=True)
    assert [n for n in original.sheetnames if original[n].sheet_state == "visible"] == \
        [n for n in reread.sheetnames if reread[n].sheet_state == "visible"]
    for ws in reread.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                assert not (isinstance(v, str) and v.startswith(ERRORS)), (ws.title, v)
    if kind == "report":
        data = list(reread["Data"].iter_rows(min_row=2, values_only=True))
        first = list(original["Data"].iter_rows(min_row=2, values_only=True))
        assert [r[6] for r in data] == pytest.approx([r[6] for r in first])
        pdf = _convert(src, out_dir, "pdf")
        assert pdf.stat().st_size > 10_000


def test_a_template_saved_by_libreoffice_keeps_its_dates_and_percentages(demo, tmp_path: Path) -> None:
    """A colleague fills the template in LibreOffice: a real date in a milestone row and "85 %"
    typed into a share (which Calc stores as 0,85 formatted 0 %). Saved by Calc, it imports."""
    from datetime import datetime

    from hallbar_desktop.reporting.excel_template import INPUT_SHEET
    from hallbar_desktop.services.excel_import import apply_import
    from hallbar_desktop.services.grid import project_grid

    src_dir = tmp_path / "src"
    src_dir.mkdir()
    with demo.reading() as s:
        src = export_template(s, "RJL", "2022Q4", src_dir / "mall.xlsx")
    wb = openpyxl.load_workbook(src)
    ws = wb[INPUT_SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    ws.cell(rows["2.1"], 7).value = datetime(2022, 11, 3)
    ws.cell(rows["2.1"], 7).number_format = "yyyy-mm-dd"
    ws.cell(rows["4.1"], 7).value = 0.85
    ws.cell(rows["4.1"], 7).number_format = "0%"
    for c in (8, 9):
        ws.cell(rows["4.1"], c).value = None
    wb.save(src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    saved = _convert(src, out_dir, "xlsx:Calc MS Excel 2007 XML")
    with demo.transaction() as s:
        apply_import(s, saved)
    with demo.reading() as s:
        grid = project_grid(s, "RJL")
    by_code = {r.indicator.code: r for r in grid.rows}
    from hallbar_desktop.domain.quarters import Quarter

    q4 = Quarter.parse("2022Q4")  # the template's quarter (the grid runs on for indicators followed after the end)
    milestone = by_code["2.1"].cell(q4).measurement
    assert milestone is not None and milestone.value == 1 and str(milestone.reached_on) == "2022-11-03"
    assert by_code["4.1"].cell(q4).value == pytest.approx(85)
