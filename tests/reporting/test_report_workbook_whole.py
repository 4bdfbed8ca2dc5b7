"""The whole report workbook of the demo project, cell by cell, against a fixed expectation.

The report is written as a stream (``reporting/excel_stream.py``) since issue 19; the
expectation in ``data/report_RJL.txt.gz`` was written by the earlier, in-memory workbook
(main before issue 19's streaming), so this test holds the streamed workbook to what users had:
every sheet, every cell's value, type, number format, font, fill and alignment, merged cells,
column widths, row heights, panes, filters, conditional formats, tables, charts and the
print set-up. Times of the export and of loading the demo register are masked.

After a deliberate change to the report, write the expectation anew and read its diff:
    .venv/bin/python tests/reporting/test_report_workbook_whole.py
"""

from __future__ import annotations

import difflib
import gzip
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

openpyxl = pytest.importorskip("openpyxl")

EXPECTED = Path(__file__).parent / "data" / "report_RJL.txt.gz"
TODAY = date(2023, 2, 1)


def describe(path: Path) -> list[str]:
    """What a user gets of the workbook at ``path``, one line per sheet setting and per cell."""
    from openpyxl import load_workbook

    near = datetime.now() - timedelta(days=2)

    def shown(value: Any) -> str:
        return "<now>" if isinstance(value, datetime) and value > near else repr(value)

    wb = load_workbook(path)
    out = [f"properties {wb.properties.title!r} {wb.properties.subject!r} {wb.properties.creator!r}",
           f"names {sorted(wb.defined_names.keys())}"]
    for ws in wb.worksheets:
        ps, pr = ws.page_setup, ws.sheet_properties.pageSetUpPr
        out += [
            f"== {ws.title} dimensions={ws.dimensions} freeze={ws.freeze_panes} filter={ws.auto_filter.ref}",
            f"merged {sorted(str(m) for m in ws.merged_cells.ranges)}",
            f"widths {sorted((k, v.width) for k, v in ws.column_dimensions.items() if v.width)}",
            f"heights {sorted((k, v.height) for k, v in ws.row_dimensions.items() if v.height)}",
            f"page {ps.orientation} {ps.paperSize} scale={ps.scale} {ps.pageOrder} fit={pr.fitToPage if pr else None} "
            f"margins={ws.page_margins.left},{ws.page_margins.right} titles={ws.print_title_rows} "
            f"{ws.print_title_cols} header={ws.oddHeader.left.text!r},{ws.oddHeader.right.text!r} "
            f"footer={ws.oddFooter.center.text!r},{ws.oddFooter.right.text!r}",
            f"breaks {[b.id for b in ws.row_breaks.brk]}",
        ]
        for cf in ws.conditional_formatting:
            for rule in cf.rules:
                fill = rule.dxf.fill.fgColor.rgb if rule.dxf and rule.dxf.fill else None
                out.append(f"conditional {cf.sqref} {rule.type} {rule.formula} {rule.stopIfTrue} {fill}")
        for t in ws.tables.values():
            out.append(f"table {t.displayName} {t.ref} {[c.name for c in t.tableColumns]} {t.tableStyleInfo.name}")
        for chart in ws._charts:
            out.append(f"chart {type(chart).__name__} at {chart.anchor._from.row},{chart.anchor._from.col} "
                       f"series={len(chart.series)} y={chart.y_axis.scaling.min}..{chart.y_axis.scaling.max} "
                       f"size={chart.width}x{chart.height}")
            out += [f"  series {s.val.numRef.f} {s.tx.strRef.f}" for s in chart.series]
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                f, a, fill = c.font, c.alignment, c.fill
                out.append(f"{c.coordinate} {c.data_type} {shown(c.value)} format={c.number_format!r} "
                           f"font={f.b},{f.sz},{f.color.rgb if f.color is not None else None} "
                           f"fill={fill.fill_type},{fill.fgColor.rgb} align={a.wrap_text},{a.vertical},{a.horizontal}")
    read = load_workbook(path, read_only=True)  # the <dimension> each sheet declares
    out += [f"declared {ws.title} {ws.max_row}x{ws.max_column}" for ws in read.worksheets]
    read.close()
    return out


def _export(register: Any, out: Path) -> Path:
    from hallbar_desktop.reporting.excel_report import export_report

    with register.reading() as s:
        return export_report(s, "RJL", out, today=TODAY)


def test_report_workbook_is_what_it_was(demo, tmp_path: Path) -> None:
    got = describe(_export(demo, tmp_path / "r.xlsx"))
    expected = gzip.decompress(EXPECTED.read_bytes()).decode().splitlines()
    if got != expected:
        diff = list(difflib.unified_diff(expected, got, "expected", "written", n=1, lineterm=""))
        pytest.fail(f"{len(diff)} lines of difference; the first:\n" + "\n".join(diff[:40]))


def _write_expectation() -> None:
    """Build the demo register as the suite does (tests/conftest.py) and write the expectation."""
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project
    from hallbar_desktop.store.register import open_register

    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "demo.sqlite")
        with reg.transaction() as session:
            for f in demo_files():
                load_project(session, f, Actor("test", "load", f.name))
        lines = describe(_export(reg, Path(tmp) / "r.xlsx"))
        reg.close()
    EXPECTED.parent.mkdir(exist_ok=True)
    EXPECTED.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))
    print(f"{EXPECTED}: {len(lines)} lines")


if __name__ == "__main__":
    sys.exit(_write_expectation())
