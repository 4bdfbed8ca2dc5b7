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
    style = header_style()
    for col, text in enumerate(headers, start=1):
        cell = put(ws, row, col, text)
        cell.font = style["font"]
        cell.fill = style["fill"]
        cell.alignment = style["alignment"]


def set_widths(ws: Any, widths: dict[int, float]) -> None:
    from openpyxl.utils import get_column_letter

    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def print_setup(ws: Any, title: str) -> None:
    """Landscape, one page wide, header with project, footer with page numbers."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.left.text = title.replace("&", "&&")
    ws.oddHeader.right.text = "&A"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.oddFooter.right.text = "Hållbar Desktop"
