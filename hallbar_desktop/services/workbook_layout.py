"""Where our workbooks keep what an import reads back: the template's sheets and columns, the
report's Data sheet headers, and the hidden sheet that says which register and project a
template was made from.

The writers (``reporting.excel_template``, ``reporting.excel_report``) and the reader
(``services.excel_import``) both take the layout from here, so the core reads a workbook without
importing the reporting package (the import contract in ``pyproject.toml``).
"""

from __future__ import annotations

from typing import Any

TEMPLATE_VERSION = 1
IDENTITY_SHEET = "_hallbar"
INPUT_SHEET = "Inmatning"
MARKER = "hallbar-desktop-template"
HEADER_ROW = 4
#: Column numbers of the input sheet as written; the importer finds each by its header.
COLUMNS = {"code": 1, "name": 2, "unit": 3, "kind": 4, "previous": 5, "target": 6, "value": 7,
           "numerator": 8, "denominator": 9, "women": 10, "men": 11, "other": 12, "comment": 13}

#: The headers of the template's input sheet, in the order of ``COLUMNS``.
HEADERS = ["Kod", "Indikator", "Enhet", "Slag", "Föregående kvartal", "Målvärde", "Värde",
           "Täljare", "Nämnare", "Kvinnor", "Män", "Annat/ej angivet", "Kommentar"]

#: The headers of the report's Data sheet (the long format: one row per value).
DATA_HEADERS = [
    "Projekt", "Insatsområde", "Indikatorkod", "Indikator", "Enhet", "Kvartal", "Värde",
    "Täljare", "Nämnare", "Kvinnor", "Män", "Annat/ej angivet", "Kommentar", "Angivet av",
    "Angivet", "Datum uppnådd",
]


def read_identity(wb: Any) -> dict[str, str] | None:
    """The identity sheet of a template made by this program (None for any other workbook)."""
    if IDENTITY_SHEET not in wb.sheetnames:
        return None
    ws = wb[IDENTITY_SHEET]
    data = {str(r[0]): "" if r[1] is None else str(r[1]) for r in ws.iter_rows(values_only=True) if r and r[0]}
    return data if data.get("marker") == MARKER else None
