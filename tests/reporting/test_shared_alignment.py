"""SharedAlignment gives cells the alignment ``cell.alignment = ...`` gives them: the workbooks
written either way are the same, part for part, and a second workbook registers it anew."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from hallbar_desktop.reporting.excel_styles import SharedAlignment, put


def _parts(wb: Any) -> dict[str, bytes]:
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _fill(ws: Any, align: Any) -> None:
    put(ws, 1, 1, "Rubrik").font = Font(bold=True)
    for r in range(2, 40):
        for c in range(1, 8):
            cell = put(ws, r, c, r * c if c % 2 else f"text {r}", "0.0" if c == 3 else None)
            align(cell, "wrap" if c in (2, 5) else "top")


def test_shared_alignment_writes_what_setting_it_per_cell_writes() -> None:
    plain = Workbook()
    _fill(plain.active, lambda cell, look: setattr(cell, "alignment", Alignment(wrap_text=True, vertical="top")
                                                   if look == "wrap" else Alignment(vertical="top")))
    shared = Workbook()
    looks = {"wrap": SharedAlignment(wrap_text=True, vertical="top"), "top": SharedAlignment(vertical="top")}
    _fill(shared.active, lambda cell, look: looks[look].set(cell))
    assert _parts(shared) == _parts(plain)
    # The same objects on another workbook: registered there too, not given the first one's index.
    other = Workbook()
    put(other.active, 1, 1, "x").alignment = Alignment(horizontal="left")
    cell = looks["top"].set(put(other.active, 2, 1, "y"))
    assert cell.alignment == Alignment(vertical="top")
    assert other.active["A1"].alignment == Alignment(horizontal="left")
