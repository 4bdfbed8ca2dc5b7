"""Printed, every sheet of the report and the template is readable: no text below 8 pt, and each
page of a wide focus-area table repeats the indicator columns. Checked on the PDF LibreOffice
prints (pdftotext gives each word's box; an 8 pt word printed the same way is the yardstick)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.reporting.excel_report import export_report  # noqa: E402
from hallbar_desktop.reporting.excel_template import export_template  # noqa: E402
from hallbar_desktop.services.grid import project_grid  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None,
                       reason="LibreOffice (soffice) and poppler (pdftotext) are needed to print"),
]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def _pdfs(tmp_path: Path, *books: Path) -> list[Path]:
    out = tmp_path / "pdf"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, books)],
                   check=True, capture_output=True, timeout=240)
    return [out / f"{b.stem}.pdf" for b in books]


def _pages(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    """Per page: (top, left, height, text) of every word."""
    html = pdf.with_suffix(".html")
    subprocess.run([PDFTOTEXT, "-bbox", str(pdf), str(html)], check=True, timeout=60)
    return [[(round(float(y0)), float(x), float(y1) - float(y0), w) for x, y0, y1, w in WORD.findall(page)]
            for page in html.read_text(encoding="utf-8").split("<page")[1:]]


def test_every_printed_page_is_readable_and_repeats_the_indicator_columns(demo, tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    src = tmp_path / "src"
    src.mkdir()
    with demo.reading() as s:
        report = export_report(s, "RJL", src / "rapport.xlsx", today=date(2023, 2, 1))
        template = export_template(s, "RJL", "2022Q4", src / "mall.xlsx")
        grid = project_grid(s, "RJL")
    yardstick = Workbook()
    yardstick.active["A1"] = "Åtta"
    yardstick.active["A1"].font = Font(size=8)
    yardstick.save(src / "matt.xlsx")
    report_pdf, template_pdf, yardstick_pdf = _pdfs(tmp_path, report, template, src / "matt.xlsx")
    eight_pt = next(h for _y, _x, h, w in _pages(yardstick_pdf)[0] if w == "Åtta")

    for pdf in (report_pdf, template_pdf):
        pages = _pages(pdf)
        small = [(i + 1, w, round(8 * h / eight_pt, 1)) for i, page in enumerate(pages)
                 for _y, _x, h, w in page if h < eight_pt * 0.98]
        assert small == [], f"{pdf.name}: text below 8 pt (page, word, pt): {small[:5]}"

    # Group the report's pages by the sheet its header names; each focus area's pages must all
    # show its indicator codes (the repeated columns), and the table may not shrink onto one page.
    by_sheet: dict[str, list[set[str]]] = defaultdict(list)
    for page in _pages(report_pdf):
        header = " ".join(w for y, _x, _h, w in sorted(page) if y < 45)
        by_sheet[header].append({w for _y, _x, _h, w in page})
    for area in grid.focus_areas:
        pages = next(p for h, p in by_sheet.items() if h.endswith(f"– {area.number}. {area.name}")
                     or f"– {area.number}. {area.name} " in h)
        codes = {r.indicator.code for r in grid.rows_of(area.number)}
        assert 2 <= len(pages) <= 8, (area.name, len(pages))
        for words in pages:
            assert codes <= words, (area.name, codes - words)
    template_pages = _pages(template_pdf)
    assert len(template_pages) <= 4
    for page in template_pages:
        assert {r.indicator.code for r in grid.rows} <= {w for _y, _x, _h, w in page}
