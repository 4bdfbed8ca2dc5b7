"""The data-entry template a colleague fills in offline, and how an import recognises it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from hallbar_desktop import __version__
from hallbar_desktop.domain.kinds import IndicatorKind, label_sv
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.reporting.excel_styles import number_format_for, print_setup, put, set_widths, write_header
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.workbook_layout import (  # the importer reads the same layout
    COLUMNS,
    HEADER_ROW,
    HEADERS,
    IDENTITY_SHEET,
    INPUT_SHEET,
    MARKER,
    TEMPLATE_VERSION,
    read_identity,
)
from hallbar_desktop.texts import quarter_text, translate

__all__ = ["COLUMNS", "HEADER_ROW", "HEADERS", "IDENTITY_SHEET", "INPUT_SHEET", "MARKER", "TEMPLATE_VERSION",
           "export_template", "read_identity"]

MILESTONE_CHOICES = '"Uppnådd,Ej uppnådd"'


def export_template(session: Session, project_code: str, quarter: str, out: Path,
                    *, focus_area: int | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    q = Quarter.parse(quarter)
    grid = project_grid(session, project_code, focus_area_number=focus_area)
    if q not in grid.quarters:
        raise ValidationError(translate("ExcelImport", "{q} ligger utanför projektperioden för {code}.").format(
                                  q=quarter_text(q), code=grid.project.code))
    if focus_area is not None and not grid.rows:
        from hallbar_desktop.services.lookup import get_focus_area, get_project

        get_focus_area(session, get_project(session, project_code), focus_area)
    wb = Workbook()
    ws = wb.active
    ws.title = INPUT_SHEET
    p = grid.project
    put(ws, 1, 1, f"{p.name} – värden för {q.label_sv()}").font = Font(bold=True, size=13)
    put(ws, 2, 1, "Fyll i de gula cellerna och skicka tillbaka filen. Ändra inte koderna.")
    write_header(ws, HEADER_ROW, HEADERS)
    input_fill = PatternFill("solid", fgColor="FFF2CC")
    dv_percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                                allow_blank=True, errorTitle="Andel", error="Ange en andel mellan 0 och 100.")
    dv_count = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                              errorTitle="Antal", error="Ange ett heltal, 0 eller större.")
    dv_amount = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                               errorTitle="Belopp",
                               error="Ange ett belopp i radens enhet (kr, tkr eller mkr), 0 eller större.")
    dv_quantity = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                                 errorTitle="Mängd", error="Ange en mängd i radens enhet, 0 eller större.")
    dv_milestone = DataValidation(type="list", formula1=MILESTONE_CHOICES, allow_blank=True,
                                  errorTitle="Milstolpe", error="Välj Uppnådd eller Ej uppnådd.")
    dv_parts = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
    for dv in (dv_percent, dv_count, dv_amount, dv_quantity, dv_milestone, dv_parts):
        ws.add_data_validation(dv)
    by_kind = {IndicatorKind.PERCENT: dv_percent, IndicatorKind.COUNT: dv_count,
               IndicatorKind.AMOUNT: dv_amount, IndicatorKind.QUANTITY: dv_quantity,
               IndicatorKind.MILESTONE: dv_milestone}
    # After the project's end only the indicators followed up after it take values.
    rows = [row for row in grid.rows if row.last_quarter is None or q <= row.last_quarter]
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        ind = row.indicator
        fmt = number_format_for(ind.kind.value, ind.unit)
        prev = row.cell(q.prev()) if q.prev() in grid.quarters else None
        current = row.cell(q)
        m = current.measurement if current else None
        put(ws, r, 1, ind.code)
        put(ws, r, 2, ind.name)
        put(ws, r, 3, ind.unit)
        put(ws, r, 4, label_sv(ind.kind))
        put(ws, r, 5, _shown(prev.value if prev else None, ind.kind), fmt)
        put(ws, r, 6, _shown(ind.target, ind.kind), fmt)
        inputs = [COLUMNS["value"], COLUMNS["comment"]]
        put(ws, r, COLUMNS["value"], _shown(m.value if m else None, ind.kind), fmt)
        by_kind[ind.kind].add(ws.cell(row=r, column=COLUMNS["value"]))
        if ind.kind is IndicatorKind.PERCENT:
            inputs += [COLUMNS["numerator"], COLUMNS["denominator"]]
            put(ws, r, COLUMNS["numerator"], m.numerator if m else None)
            put(ws, r, COLUMNS["denominator"], m.denominator if m else None)
        if ind.split_by_sex:
            for name in ("women", "men", "other"):
                inputs.append(COLUMNS[name])
                put(ws, r, COLUMNS[name], getattr(m, name) if m else None, "0")
                dv_parts.add(ws.cell(row=r, column=COLUMNS[name]))
        comment = m.comment if m and m.comment else ""
        put(ws, r, COLUMNS["comment"], comment or None).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 15 * max(1, min(6, max(-(-len(comment) // 50), -(-len(ind.name) // 50))))
        for c in range(1, len(HEADERS) + 1):
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=c in (2, COLUMNS["comment"]), vertical="top")
        for c in inputs:
            cell = ws.cell(row=r, column=c)
            cell.protection = Protection(locked=False)
            cell.fill = input_fill
    ws.row_dimensions[HEADER_ROW].height = 32
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)
    set_widths(ws, {1: 7, 2: 50, 3: 12, 4: 11, 5: 12, 6: 11, 7: 12, 8: 10, 9: 10, 10: 9, 11: 9, 12: 10, 13: 50})
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    print_setup(ws, f"{p.name} – {q.label_sv()}", title_rows=f"{HEADER_ROW}:{HEADER_ROW}", title_cols="A:B")
    from hallbar_desktop.store.identity import register_uuid

    ident = wb.create_sheet(IDENTITY_SHEET)
    # The register's own identity: two registers made the same way (hallbar demo) hold the same
    # project codes and ids, and only this tells a template from the other one apart.
    for r, (k, v) in enumerate([("marker", MARKER), ("template_version", TEMPLATE_VERSION),
                                ("project", p.code), ("project_id", p.id), ("quarter", str(q)),
                                ("focus_area", focus_area or ""), ("app_version", __version__),
                                ("register", register_uuid(session.connection())), ("sheet", INPUT_SHEET)],
                               start=1):
        put(ident, r, 1, k)
        put(ident, r, 2, v)
    ident.sheet_state = "veryHidden"
    ident.protection.sheet = True
    wb.properties.title = f"{p.name} – inmatning {q.label_sv()}"
    wb.properties.creator = f"Hållbar Desktop {__version__}"
    from hallbar_desktop.reporting.excel_report import save_atomically

    return save_atomically(wb, Path(out))


def _shown(v: float | None, kind: IndicatorKind) -> object:
    if v is None:
        return None
    if kind is IndicatorKind.MILESTONE:
        return "Uppnådd" if v == 1 else "Ej uppnådd"
    return v
