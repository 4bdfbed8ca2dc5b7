"""The portfolio as an Excel workbook: a sheet *Projekt* with one row per project and a sheet
*Insatsområden* with one row per focus area, the chosen quarter in each sheet's title, the header
row frozen and filtered, Swedish number formats (``excel_styles``).

The numbers are those of ``services.portfolio.Portfolio``; nothing is computed here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from hallbar_desktop import __version__
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.reporting.excel_styles import FMT_SEK, FMT_WHOLE, print_setup, put, set_widths, write_header
from hallbar_desktop.services.portfolio import Portfolio, ProjectStatus, StatusCounts

FMT_SHARE = '0.0" %"'  # shares stored 0–100, as the register's percentages are
LIGHT_FILLS = {Light.GREEN: "C6EFCE", Light.YELLOW: "FFEB9C", Light.RED: "FFC7CE", Light.GREY: "D9D9D9"}
HEADER_ROW = 4

PROJECT_HEADERS = ["Kod", "Projekt", "Projektägare", "Projektperiod", "Bedömt kvartal", "Indikatorer",
                   "Gröna", "Gula", "Röda", "Grå", "Ej bedömda", "Budget", "Utfall", "Använt av budgeten",
                   "Tid som gått", "Ekonomi", "Öppna beslut", "Försenade beslut", "Ej fastställda kvartal",
                   "Försenade beslut (text)", "Exempeldata"]
AREA_HEADERS = ["Kod", "Projekt", "Nr", "Insatsområde", "Bedömt kvartal", "Indikatorer", "Gröna", "Gula",
                "Röda", "Grå", "Ej bedömda", "Sämsta status"]


def title_of(folio: Portfolio) -> str:
    return f"Portfölj – status per {folio.quarter.label_sv()}"


def _light(light: Light) -> str | None:
    return f"{SYMBOL[light]} {LABEL_SV[light]}" if light is not Light.NONE else None


def _share(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _fill(cell: Any, light: Light) -> None:
    from openpyxl.styles import PatternFill

    colour = LIGHT_FILLS.get(light)
    if colour:
        cell.fill = PatternFill("solid", fgColor=colour)


def _count_cells(counts: StatusCounts) -> list[tuple[object, str | None]]:
    return [(counts.indicators, FMT_WHOLE), (counts.green, FMT_WHOLE), (counts.yellow, FMT_WHOLE),
            (counts.red, FMT_WHOLE), (counts.grey, FMT_WHOLE), (counts.not_judged, FMT_WHOLE)]


def _project_row(p: ProjectStatus) -> list[tuple[object, str | None]]:
    e = p.economy
    overdue = "; ".join(f"Beslut {d.number} ({d.owner or 'ingen ansvarig'}, skulle vara klart "
                        f"{d.due_on.isoformat()}): {d.text}" for d in p.overdue_decisions)
    return [
        (p.code, None), (p.name, None), (p.owner or None, None),
        (f"{p.start.label_sv()} – {p.end.label_sv()}", None),
        (p.quarter.label_sv() if p.quarter else "ej startat", None),
        *_count_cells(p.counts),
        (e.budget if e else None, FMT_SEK), (e.outcome if e else None, FMT_SEK),
        (_share(e.used_share) if e else None, FMT_SHARE), (_share(e.time_share) if e else None, FMT_SHARE),
        (_light(e.status) if e else "ingen budget", None),
        (p.open_decisions, FMT_WHOLE), (len(p.overdue_decisions), FMT_WHOLE),
        (", ".join(q.label_sv() for q in p.unapproved) or None, None),
        (overdue or None, None),
        ("ja" if p.example_data else None, None),
    ]


def _heading(ws: Any, folio: Portfolio, what: str) -> None:
    from openpyxl.styles import Font

    put(ws, 1, 1, f"{title_of(folio)} – {what}").font = Font(bold=True, size=14)
    put(ws, 2, 1, "Status per indikator som i projektens tabeller (ett projekt som slutat före kvartalet "
        f"bedöms vid sitt slut). Beslut och fastställande enligt registret den {folio.today.isoformat()}.")


def _table(ws: Any, headers: list[str], rows: list[list[tuple[object, str | None]]],
           lights: list[dict[int, Light]]) -> None:
    from openpyxl.styles import Alignment

    write_header(ws, HEADER_ROW, headers)
    top = Alignment(vertical="top", wrap_text=True)
    for r, (cells, fills) in enumerate(zip(rows, lights, strict=True), start=HEADER_ROW + 1):
        for c, (value, fmt) in enumerate(cells, start=1):
            cell = put(ws, r, c, value, fmt if value is not None else None)
            cell.alignment = top
            if c in fills:
                _fill(cell, fills[c])
    last = HEADER_ROW + max(len(rows), 1)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 3)  # the header row and the code and name
    ws.auto_filter.ref = f"A{HEADER_ROW}:{ws.cell(last, len(headers)).coordinate}"


def _count_fills(counts: StatusCounts, first: int) -> dict[int, Light]:
    """Colour a count cell only when it counts something."""
    order = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)
    return {first + i: light for i, light in enumerate(order) if counts.get(light)}


def build_workbook(folio: Portfolio) -> Any:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt"
    _heading(ws, folio, "projekt")
    fills = []
    for p in folio.projects:
        f = _count_fills(p.counts, 7)
        if p.economy is not None:
            f[16] = p.economy.status
        fills.append(f)
    _table(ws, PROJECT_HEADERS, [_project_row(p) for p in folio.projects], fills)
    set_widths(ws, {1: 8, 2: 38, 3: 26, 4: 20, 5: 12, 6: 11, 7: 8, 8: 8, 9: 8, 10: 8, 11: 10, 12: 15, 13: 15,
                    14: 12, 15: 11, 16: 12, 17: 9, 18: 10, 19: 30, 20: 50, 21: 11})
    print_setup(ws, title_of(folio), title_rows=f"{HEADER_ROW}:{HEADER_ROW}", title_cols="A:B")

    areas = wb.create_sheet("Insatsområden")
    _heading(areas, folio, "insatsområden")
    rows = [[(a.project_code, None), (a.project_name, None), (a.number, None), (a.name, None),
             (a.quarter.label_sv() if a.quarter else "ej startat", None), *_count_cells(a.counts),
             (_light(a.counts.worst), None)] for a in folio.focus_areas]
    area_fills = [{**_count_fills(a.counts, 7), 12: a.counts.worst} for a in folio.focus_areas]
    _table(areas, AREA_HEADERS, rows, area_fills)
    set_widths(areas, {1: 8, 2: 38, 3: 5, 4: 44, 5: 12, 6: 11, 7: 8, 8: 8, 9: 8, 10: 8, 11: 10, 12: 13})
    print_setup(areas, title_of(folio), title_rows=f"{HEADER_ROW}:{HEADER_ROW}", title_cols="A:B")

    wb.properties.title = title_of(folio)
    wb.properties.creator = f"Hållbar Desktop {__version__}"
    wb.properties.created = datetime.now().replace(microsecond=0)
    wb.properties.subject = "Portfölj – projektens status"
    return wb


def export_portfolio(folio: Portfolio, out: Path) -> Path:
    """Write the workbook to ``out`` all at once (``excel_report.save_atomically``)."""
    from hallbar_desktop.reporting.excel_report import save_atomically

    return save_atomically(build_workbook(folio), Path(out))
