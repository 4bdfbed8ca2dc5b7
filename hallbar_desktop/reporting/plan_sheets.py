"""Excel sheets of the activity plan and the economy: the report workbook's *Aktiviteter* and
*Ekonomi* sheets, and the ekonomisk redovisning of a period as a workbook of its own.

Amounts are stored as numbers with a kronor format (Swedish Excel shows ``1 234 567 kr``),
shares as numbers with a percent format, statuses as a symbol and a word on a coloured fill.
openpyxl is imported inside the functions: the window must not pay for it at start-up.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop import __version__
from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.numbers import format_percent
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.reporting.excel_styles import FMT_DATE, FMT_SEK, print_setup, put, set_widths, write_header
from hallbar_desktop.services.activities import ActivityPlan
from hallbar_desktop.services.economy import CostGrid
from hallbar_desktop.services.economy_follow_up import EconomyFollowUp

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ACTIVITIES_SHEET = "Aktiviteter"
ECONOMY_SHEET = "Ekonomi"
FMT_SHARE = '0.0" %"'  # shares stored 0–100, as the register's percentages are
LIGHT_FILLS = {Light.GREEN: "C6EFCE", Light.YELLOW: "FFEB9C", Light.RED: "FFC7CE", Light.GREY: "D9D9D9"}
STATUS_FILLS = {ActivityStatus.DONE: "C6EFCE", ActivityStatus.DELAYED: "FFC7CE", ActivityStatus.CANCELLED: "D9D9D9"}
COST_HEADERS = ["Kostnadsslag", "Budget perioden", "Utfall perioden", "Budget hela projektet",
                "Utfall t.o.m. perioden", "Andel använd", "Andel av tiden", "Prognos vid slutet",
                "Prognos mot budget", "Status"]


def _light(light: Light) -> str | None:
    return f"{SYMBOL[light]} {LABEL_SV[light]}" if light is not Light.NONE else None


def _fill(cell: Any, colour: str | None) -> None:
    from openpyxl.styles import PatternFill

    if colour:
        cell.fill = PatternFill("solid", fgColor=colour)


def _share(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


# --- Aktiviteter ----------------------------------------------------------------------------
def activities_sheet(wb: Any, plan: ActivityPlan, period: Period | None, title: str) -> Any:
    """One row per activity: plan, status at the end of the exported period, and the reports."""
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(ACTIVITIES_SHEET)
    as_of = plan.as_of.label_sv() if plan.as_of else "–"
    put(ws, 1, 1, f"Aktivitetsplan – status vid {as_of}").font = Font(bold=True, size=13)
    headers = ["Insatsområde", "Kod", "Aktivitet", "Beskrivning", "Ansvarig", "Planerad start", "Planerat slut",
               "Status", "Avslutad", "Indikatorer"]
    until = period.end if period is not None else plan.as_of
    # Only periods that have ended by then: a report of a later (or unfinished) period tells of later work.
    reported = [p for p in plan.periods if until is None or Period.parse(p).end <= until]
    headers += [f"{Period.parse(p).label()}: genomfört" for p in reported[-2:]]
    headers += [f"{Period.parse(p).label()}: utfall" for p in reported[-2:]]
    write_header(ws, 3, headers)
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 4
    for a in plan.activities:
        area = f"{a.focus_area_number}. {a.focus_area_name}" if a.focus_area_number is not None else a.focus_area_name
        values: list[object] = [area, a.code, a.name, a.description or None, a.responsible or None,
                                a.planned_start.label_sv(), a.planned_end.label_sv(), a.status_sv,
                                a.closed_in.label_sv() if a.closed_in and a.status.closed else None,
                                ", ".join(a.indicator_codes) or None]
        for p in reported[-2:]:
            rep = a.report(p)
            values.append(rep.done if rep and rep.done else None)
        for p in reported[-2:]:
            rep = a.report(p)
            values.append(rep.outcome if rep and rep.outcome else None)
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v).alignment = wrap
        _fill(ws.cell(r, 8), STATUS_FILLS.get(a.status))
        r += 1
    if not plan.activities:
        put(ws, r, 1, "Projektet har ingen aktivitetsplan i registret.")
    ws.freeze_panes = "C4"
    ws.auto_filter.ref = f"A3:{ws.cell(3, len(headers)).coordinate}" if plan.activities else None
    set_widths(ws, {1: 28, 2: 7, 3: 36, 4: 44, 5: 20, 6: 11, 7: 11, 8: 11, 9: 11, 10: 12,
                    **{11 + i: 40 for i in range(len(headers) - 10)}})
    print_setup(ws, f"{title} – Aktiviteter")
    return ws


# --- Ekonomi --------------------------------------------------------------------------------
def _cost_rows(ws: Any, r: int, follow: EconomyFollowUp) -> int:
    from openpyxl.styles import Font

    write_header(ws, r, COST_HEADERS)
    r += 1
    for row in (*follow.rows, follow.total):
        deviation = row.forecast_deviation
        values: list[tuple[object, str | None]] = [
            (row.label, None), (row.period_budget, FMT_SEK), (row.period_outcome, FMT_SEK), (row.budget, FMT_SEK),
            (row.outcome, FMT_SEK), (_share(row.used_share), FMT_SHARE), (_share(row.time_share), FMT_SHARE),
            (row.forecast, FMT_SEK), (deviation, FMT_SEK), (_light(row.status), None)]
        for c, (v, fmt) in enumerate(values, start=1):
            cell = put(ws, r, c, v, fmt if v is not None else None)
            if row.category is None:
                cell.font = Font(bold=True)
        _fill(ws.cell(r, 10), LIGHT_FILLS.get(row.status))
        r += 1
    return r


def _financing_rows(ws: Any, r: int, follow: EconomyFollowUp) -> int:
    from openpyxl.styles import Font

    write_header(ws, r, ["Finansiär", "Typ", "Beviljat totalt", "Enligt budget perioden", "Inbetalt perioden",
                         "Inbetalt t.o.m. perioden"])
    r += 1
    for f in follow.financing:
        for c, (v, fmt) in enumerate([(f.name, None), (f.kind.label_sv(), None), (f.planned, FMT_SEK),
                                      (f.planned_period, FMT_SEK), (f.paid_period, FMT_SEK),
                                      (f.paid_to_date, FMT_SEK)], start=1):
            put(ws, r, c, v, fmt if v is not None else None)
        r += 1
    if follow.financing:
        totals = [sum(f.planned for f in follow.financing), sum(f.planned_period or 0 for f in follow.financing),
                  sum(f.paid_period or 0 for f in follow.financing), sum(f.paid_to_date for f in follow.financing)]
        put(ws, r, 1, "Totalt").font = Font(bold=True)
        for c, v in enumerate(totals, start=3):
            put(ws, r, c, v, FMT_SEK).font = Font(bold=True)
        r += 1
    return r


def _economy_head(ws: Any, follow: EconomyFollowUp, heading: str, facts: list[tuple[str, object]]) -> int:
    from openpyxl.styles import Font

    put(ws, 1, 1, heading).font = Font(bold=True, size=13)
    r = 2
    for label, value in facts:
        put(ws, r, 1, label).font = Font(bold=True)
        put(ws, r, 2, value)
        r += 1
    return r + 1


def economy_sheet(wb: Any, follow: EconomyFollowUp, grid: CostGrid, title: str, *, name: str = ECONOMY_SHEET,
                  until: Quarter | None = None) -> Any:
    """The follow-up (per category and in total), the financing and the costs quarter by quarter
    (up to ``until``: a report cut at a quarter shows no later costs)."""
    from openpyxl.styles import Font

    ws = wb.create_sheet(name)
    period = follow.period.label() if follow.period else "–"
    r = _economy_head(ws, follow, f"Ekonomi – {follow.project_name}", [
        ("Till och med", follow.as_of.label_sv() if follow.as_of else "–"),
        ("Rapportperiod", period),
        ("Andel av projekttiden", format_percent(follow.time_share * 100)),
        ("Indirekta kostnader", f"schablon {format_percent(follow.indirect_rate * 100)} av personalkostnaderna"),
        ("Finansiärens andel", follow.funder_share.message_sv()),
    ])
    for check in follow.checks:
        put(ws, r, 1, check).font = Font(bold=True, color="9C0006")
        r += 1
    if not follow.has_budget:
        put(ws, r, 1, "Projektet har ingen budget i registret.")
        r += 2
    r = _cost_rows(ws, r, follow) + 1
    put(ws, r, 1, "Finansiering").font = Font(bold=True, size=12)
    r = _financing_rows(ws, r + 1, follow) + 1
    put(ws, r, 1, "Kostnader per kvartal").font = Font(bold=True, size=12)
    r += 1
    quarters = [q for q in grid.quarters if until is None or q <= until]
    write_header(ws, r, ["Kostnadsslag", *[q.label_sv() for q in quarters], "Summa"])
    r += 1
    for cat in grid.categories:
        put(ws, r, 1, cat.label_sv() + (" (schablon)" if cat.computed else ""))
        for c, q in enumerate(quarters, start=2):
            put(ws, r, c, grid.cell(q, cat).amount, FMT_SEK)
        put(ws, r, len(quarters) + 2, grid.category_total(cat, until), FMT_SEK).font = Font(bold=True)
        r += 1
    put(ws, r, 1, "Totalt").font = Font(bold=True)
    for c, q in enumerate(quarters, start=2):
        put(ws, r, c, grid.quarter_total(q) if grid.reported(q) else None, FMT_SEK).font = Font(bold=True)
    put(ws, r, len(quarters) + 2, sum(grid.quarter_total(q) for q in quarters), FMT_SEK).font = Font(bold=True)
    set_widths(ws, {1: 34, **{c: 15 for c in range(2, max(len(quarters) + 3, 11))}})
    ws.column_dimensions["B"].width = 24
    print_setup(ws, f"{title} – {name}")
    return ws


def add_plan_sheets(wb: Any, data: Any) -> None:
    """The report workbook's *Aktiviteter* and *Ekonomi* sheets, from what ``excel_report.report_data``
    read (cut at the report's last quarter: nothing after it reaches a cell)."""
    title = data.economy.project_name
    activities_sheet(wb, data.plan, data.period, title)
    economy_sheet(wb, data.economy, data.costs, title, until=data.last)


# --- the ekonomisk redovisning of a period ----------------------------------------------
def export_economy_report(session: Session, project_code: str, period: str, out: Path, *,
                          today: date | None = None) -> Path:
    """The period's ekonomisk redovisning: costs per cost category against the budget, the
    financing received, and every imported transaction of the period (traceability)."""
    from openpyxl import Workbook

    from hallbar_desktop.reporting.excel_report import save_atomically
    from hallbar_desktop.services.economy import cost_grid, cost_lines
    from hallbar_desktop.services.economy_follow_up import economy_follow_up
    from hallbar_desktop.services.lookup import get_project

    follow = economy_follow_up(session, project_code, period=period, today=today)
    assert follow.period is not None
    grid = cost_grid(session, project_code)
    project = get_project(session, project_code)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ekonomisk redovisning"
    from openpyxl.styles import Font

    r = _economy_head(ws, follow, f"Ekonomisk redovisning {follow.period.label()} – {project.name}", [
        ("Projekt", project.name), ("Projektägare", project.owner), ("Diarienummer", project.case_number or None),
        ("Rapportperiod", f"{follow.period.label()} ({follow.period.start.start_date.isoformat()} – "
                          f"{follow.period.end.end_date.isoformat()})"),
        ("Indirekta kostnader", f"schablon {format_percent(follow.indirect_rate * 100)} av personalkostnaderna"),
        ("Finansiärens andel", follow.funder_share.message_sv()),
        ("Utskriven", datetime.now().replace(microsecond=0)),
    ])
    ws.cell(r - 2, 2).number_format = "yyyy-mm-dd hh:mm"
    if project.example_data:
        put(ws, r, 1, f"EXEMPELDATA: {project.example_note}").font = Font(bold=True, color="9C0006")
        r += 2
    for check in follow.checks:
        put(ws, r, 1, check).font = Font(bold=True, color="9C0006")
        r += 1
    r = _cost_rows(ws, r, follow) + 1
    put(ws, r, 1, "Finansiering").font = Font(bold=True, size=12)
    r = _financing_rows(ws, r + 1, follow) + 1
    set_widths(ws, {1: 34, 2: 24, **{c: 15 for c in range(3, 11)}})
    print_setup(ws, f"{project.name} – Ekonomisk redovisning {follow.period.label()}")

    tx = wb.create_sheet("Transaktioner")
    write_header(tx, 1, ["Kvartal", "Kostnadsslag", "Datum", "Konto", "Aktivitet", "Text", "Belopp", "Fil", "Rad"])
    row = 2
    for q in follow.period.quarters():
        for cat in CostCategory:
            if cat.computed:
                continue
            cell = grid.cell(q, cat)
            if cell.amount is None:
                continue
            lines = cost_lines(session, project_code, q, cat)
            if not lines:  # typed or loaded: one row for the quarter's amount
                lines = [{"row": None, "date": None, "account": None, "activity": None,
                          "text": "Inmatat i Hållbar Desktop" if cell.source == "typed" else "Inläst från projektfil",
                          "amount": cell.amount, "file": cell.source_detail or None}]
            for line in lines:
                values = [q.label_sv(), cat.label_sv(), line["date"], line["account"], line["activity"] or None,
                          line["text"] or None, line["amount"], line["file"] or None, line["row"]]
                for c, v in enumerate(values, start=1):
                    put(tx, row, c, v, FMT_DATE if c == 3 and v else FMT_SEK if c == 7 else None)
                row += 1
    tx.freeze_panes = "A2"
    set_widths(tx, {1: 11, 2: 30, 3: 11, 4: 9, 5: 10, 6: 46, 7: 15, 8: 28, 9: 6})
    print_setup(tx, f"{project.name} – Transaktioner {follow.period.label()}")
    wb.properties.title = f"Ekonomisk redovisning {follow.period.label()} – {project.name}"
    wb.properties.creator = f"Hållbar Desktop {__version__}"
    return save_atomically(wb, Path(out))
