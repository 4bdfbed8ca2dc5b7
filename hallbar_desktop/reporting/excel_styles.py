"""Shared cell styles and number formats for the Excel workbooks (Swedish Excel friendly)."""

from __future__ import annotations

from typing import Any

#: Number formats: Excel shows them with the user's locale (decimal comma, space thousands).
FMT_PERCENT = '0" %"'  # values stored 0–100 as the register holds them
FMT_PERCENT_DECIMAL = '0.0" %"'
FMT_WHOLE = "#,##0"
FMT_DECIMAL = "#,##0.0"
FMT_SEK = '#,##0" kr"'
FMT_DATE = "yyyy-mm-dd"
FMT_DATETIME = "yyyy-mm-dd hh:mm"

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Text a user wrote must never become a formula: openpyxl treats a leading ``=`` as one.

    A leading apostrophe-free guard: we keep the text as it is but set the cell's data type to
    string in :func:`put`; this helper exists for callers that only need the check.
    """
    return value


def put(ws: Any, row: int, col: int, value: object, number_format: str | None = None) -> Any:
    """Write one cell; user text starting with = + - @ is stored as a string, not a formula."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.value = value
        cell.data_type = "s"
    else:
        cell.value = value
    if number_format is not None:
        cell.number_format = number_format
    return cell


class SharedAlignment:
    """One alignment set on many cells of a workbook. openpyxl finds an Alignment's index by
    hashing it anew for every cell it is set on (a report of 100 000 values sets it on some
    200 000): this registers it once, as ``cell.alignment = ...`` does, and gives the other
    cells the same index, so the workbook written is the same."""

    def __init__(self, **attributes: Any) -> None:
        from openpyxl.styles import Alignment

        self.alignment = Alignment(**attributes)
        self._workbook: Any = None
        self._index = 0

    def set(self, cell: Any) -> Any:
        workbook = cell.parent.parent
        if workbook is not self._workbook:
            cell.alignment = self.alignment
            self._workbook, self._index = workbook, cell._style.alignmentId
        else:
            if not cell._style:  # as openpyxl's own descriptor does for a cell never styled
                from openpyxl.styles.cell_style import StyleArray

                cell._style = StyleArray()
            cell._style.alignmentId = self._index
        return cell


FMT_QUANTITY = "#,##0.0#"


def number_format_for(kind: str, unit: str = "") -> str:
    """The cell format of a value: an amount carries its declared scale (kr, tkr, mkr) in the
    format itself, since a bare 1 500 in a tkr row reads as kronor; a count or quantity shows
    the number and the sheet's Enhet column names the unit."""
    if kind == "amount":
        from hallbar_desktop.domain.kinds import IndicatorKind
        from hallbar_desktop.domain.units import display_unit

        shown = display_unit(IndicatorKind.AMOUNT, unit).replace('"', "")
        return f'#,##0.0#" {shown}"' if shown == "mkr" else f'#,##0" {shown}"'
    return {"percent": FMT_PERCENT_DECIMAL, "count": FMT_WHOLE, "quantity": FMT_QUANTITY}.get(kind, "General")


def header_style() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "font": Font(bold=True, color="FFFFFF"),
        "fill": PatternFill("solid", fgColor="2F5F4F"),
        "alignment": Alignment(wrap_text=True, vertical="center"),
    }


def write_header(ws: Any, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        write_header_cell(ws, row, col, text)


def write_header_cell(ws: Any, row: int, col: int, text: str) -> Any:
    style = header_style()
    cell = put(ws, row, col, text)
    cell.font = style["font"]
    cell.fill = style["fill"]
    cell.alignment = style["alignment"]
    return cell


def set_widths(ws: Any, widths: dict[int, float]) -> None:
    from openpyxl.utils import get_column_letter

    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


#: Printed, no text may be smaller than 8 pt: cells are 11 pt and chart texts 10 pt, so a
#: sheet is never shrunk below 85 %. A wider sheet prints on more pages across, repeating its
#: indicator columns and header row on each.
MIN_PRINT_SCALE = 85
#: Left and right margins (0,4″) and A4 landscape between them, in points.
SIDE_MARGIN_IN = 0.4
PRINTABLE_WIDTH_PT = 842 - 2 * 72 * SIDE_MARGIN_IN


def column_width_pt(width: float) -> float:
    """An Excel column width (characters of the default font) in points, as printed at 100 %."""
    return (width * 7 + 5) * 0.75


def sheet_width_pt(ws: Any, columns: int | None = None) -> float:
    """The width of the sheet's first ``columns`` columns (all it has when not given; a
    write-only sheet, which cannot say, is given it)."""
    from openpyxl.utils import get_column_letter

    total = 0.0
    for col in range(1, (columns or ws.max_column or 1) + 1):
        dim = ws.column_dimensions.get(get_column_letter(col))
        total += column_width_pt(dim.width if dim is not None and dim.width else 8.43)
    return total


def print_scale(ws: Any, columns: int | None = None) -> int:
    """The print scale in %: the whole width on one page when that keeps text readable (down to
    MIN_PRINT_SCALE), otherwise MIN_PRINT_SCALE and more pages across."""
    fit = int(100 * PRINTABLE_WIDTH_PT / max(sheet_width_pt(ws, columns), 1))
    return max(MIN_PRINT_SCALE, min(100, fit))


def print_setup(ws: Any, title: str, *, title_rows: str | None = None, title_cols: str | None = None,
                columns: int | None = None) -> None:
    """Landscape A4 at a readable scale (:func:`print_scale`, set after the column widths),
    header with project and sheet, footer with page numbers; ``title_rows`` / ``title_cols``
    (e.g. "3:3", "A:B") repeat on every printed page, so each page names its indicators.
    ``columns``: how many columns a write-only sheet will have (:func:`sheet_width_pt`)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; a write-only sheet lacks the name)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = print_scale(ws, columns)
    ws.page_setup.pageOrder = "overThenDown"  # a wide table reads across its pages first
    ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_IN
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.oddHeader.left.text = title.replace("&", "&&")
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.oddFooter.right.text = "Hållbar Desktop"
