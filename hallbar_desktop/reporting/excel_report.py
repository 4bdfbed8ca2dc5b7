"""The report workbook sent to Tillväxtverket and the steering group.

Every value, status and roll-up comes from :func:`services.grid.project_grid`, so the workbook
shows exactly what the window shows. openpyxl is imported inside the functions: the window
must not pay for it at start-up.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallbar_desktop import __version__
from hallbar_desktop.domain.kinds import IndicatorKind, label_sv
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.reporting.excel_styles import (
    FMT_DATE,
    FMT_DATETIME,
    FMT_PERCENT,
    FMT_SEK,
    number_format_for,
    print_setup,
    put,
    set_widths,
    write_header,
)
from hallbar_desktop.services.grid import GridRow, ProjectGrid, project_grid
from hallbar_desktop.store.models import AuditEntry, Indicator

Progress = Callable[[int, int], None]

DATA_HEADERS = [
    "Projekt", "Insatsområde", "Indikatorkod", "Indikator", "Enhet", "Kvartal", "Värde",
    "Täljare", "Nämnare", "Kvinnor", "Män", "Annat/ej angivet", "Kommentar", "Angivet av",
    "Angivet",
]

LIGHT_COLOURS = {Light.GREEN: "C6EFCE", Light.YELLOW: "FFEB9C", Light.RED: "FFC7CE", Light.GREY: "D9D9D9"}


@dataclass(frozen=True)
class ApprovalState:
    """Whether the exported period is approved by the steering group.

    ``export_report`` derives it from the register (:func:`approval_for`) unless the caller
    passes one through ``export_report(approval=...)``.
    """

    approved: bool = False
    approved_on: datetime | None = None

    def label_sv(self) -> str:
        if self.approved:
            when = f" {self.approved_on:%Y-%m-%d}" if self.approved_on else ""
            return f"Fastställd av styrgruppen{when}"
        return "Utkast (ej fastställd av styrgruppen)"


DRAFT = ApprovalState()


def approval_for(session: Session, project_code: str, last: Quarter) -> ApprovalState:
    """The export up to ``last`` is approved when the steering group has approved ``last``.

    Quarters are approved one meeting at a time, so the period's last quarter says whether the
    figures sent on are the approved ones; the date is the approving meeting's.
    """
    from hallbar_desktop.services.steering import approved_quarters

    info = approved_quarters(session, project_code).get(last)
    if info is None:
        return DRAFT
    return ApprovalState(approved=True, approved_on=datetime.combine(info.approved_on, time()))


def _window(grid: ProjectGrid, period: str | None, until: str | None) -> tuple[Quarter, Quarter, str]:
    start, end = grid.quarters[0], grid.quarters[-1]
    if period:
        p = Period.parse(period)
        return max(p.start, start), min(p.end, end), p.label()
    if until:
        q = Quarter.parse(until)
        return start, min(q, end), f"{start.label_sv()} – {min(q, end).label_sv()}"
    last = grid.status_quarter or end
    return start, last, f"{start.label_sv()} – {last.label_sv()}"


def _value(v: float | None, kind: IndicatorKind) -> object:
    if v is None:
        return None
    if kind is IndicatorKind.MILESTONE:
        return "Uppnådd" if v == 1 else "Ej uppnådd"
    return v


def export_report(
    session: Session,
    project_code: str,
    out: Path,
    *,
    period: str | None = None,
    until: str | None = None,
    approval: ApprovalState | None = None,
    progress: Progress | None = None,
    today: Any = None,
) -> Path:
    """Write the report workbook; returns the path. ``progress(done, total)`` per sheet.

    Without ``approval`` the status of the period comes from the steering group's approvals.
    """
    from openpyxl import Workbook

    grid = project_grid(session, project_code, today=today)
    first, last, period_label = _window(grid, period, until)
    quarters = [q for q in grid.quarters if first <= q <= last]
    if approval is None:
        approval = approval_for(session, grid.project.code, last)
    wb = Workbook()
    steps = 5 + len(grid.focus_areas)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps)

    _summary(wb.active, grid, period_label, approval)
    tick()
    for area in grid.focus_areas:
        _focus_area_sheet(wb, grid, area.number, area.name, quarters, last)
        tick()
    _steering_sheet(wb, session, grid, last)
    tick()
    _data_sheet(wb, grid, quarters)
    tick()
    _definitions(wb, grid)
    tick()
    _change_log(wb, session, grid, first, last)
    tick()
    p = grid.project
    wb.properties.title = f"{p.name} – uppföljning {period_label}"
    wb.properties.creator = f"Hållbar Desktop {__version__}"
    wb.properties.created = datetime.now().replace(microsecond=0)
    wb.properties.subject = "Lägesrapport – indikatorer"
    return save_atomically(wb, Path(out))


def save_atomically(wb: Any, out: Path) -> Path:
    """Write the workbook to ``out`` all at once: built in memory, then written beside ``out``
    and renamed (``files.write_atomically``): a failed or cancelled export, or a full disk,
    never leaves half a file, and a library's half-written zip never meets the disk."""
    import io

    from hallbar_desktop.files import write_atomically

    buffer = io.BytesIO()
    wb.save(buffer)
    return write_atomically(Path(out), buffer.getbuffer(), "Arbetsboken")


def _summary(ws: Any, grid: ProjectGrid, period_label: str, approval: ApprovalState) -> None:
    from openpyxl.styles import Alignment, Font

    p = grid.project
    ws.title = "Sammanfattning"
    put(ws, 1, 1, p.name).font = Font(bold=True, size=14)
    rows: list[tuple[str, object, str | None]] = [
        ("Projekt", p.code, None),
        ("Projektägare", p.owner, None),
        ("Diarienummer", p.case_number, None),
        ("Projektperiod", f"{p.start.label_sv()} – {p.end.label_sv()}", None),
        ("Rapportperiod", period_label, None),
        ("Status för perioden", approval.label_sv(), None),
        ("Projektledare", p.project_leader, None),
        ("Exportdatum", datetime.now().replace(second=0, microsecond=0), FMT_DATETIME),
        ("Programversion", f"Hållbar Desktop {__version__}", None),
    ]
    if p.example_data:
        rows.append(("Obs", "Exempeldata: värdena är påhittade för demonstration.", None))
    r = 3
    for label, value, fmt in rows:
        put(ws, r, 1, label).font = Font(bold=True)
        # Left-aligned so that long texts run on over the narrow count columns to the right.
        put(ws, r, 2, value, fmt).alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    put(ws, r, 1, "Finansiering").font = Font(bold=True)
    r += 1
    for f in p.funding:
        put(ws, r, 1, f.source)
        put(ws, r, 2, f.amount_sek, FMT_SEK).alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    write_header(ws, r, ["Insatsområde", "Grön ●", "Gul ▲", "Röd ■", "Grå ○"])
    r += 1
    for area in grid.focus_areas:
        counts = grid.summary(area.number)
        put(ws, r, 1, f"{area.number}. {area.name}")
        for col, light in enumerate((Light.GREEN, Light.YELLOW, Light.RED, Light.GREY), start=2):
            put(ws, r, col, counts[light], "0")
        r += 1
    set_widths(ws, {1: 62, 2: 17, 3: 10, 4: 10, 5: 10})
    print_setup(ws, f"{p.name} – Sammanfattning")


def _area_sheet_title(number: int, name: str) -> str:
    bad = '[]:*?/\\'
    clean = "".join("-" if ch in bad else ch for ch in name)
    return f"{number}. {clean}"[:31].rstrip()


def _focus_area_sheet(wb: Any, grid: ProjectGrid, number: int, name: str,
                      quarters: list[Quarter], last: Quarter) -> None:
    from openpyxl.chart import LineChart, Reference
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(_area_sheet_title(number, name))
    rows = grid.rows_of(number)
    periods = [p for p in grid.periods if p.start <= last]
    fixed = ["Kod", "Indikator", "Nivå", "Enhet", "Utgångsvärde", "Målvärde", "Målkvartal"]
    tail = ["Hela projektet", "Framsteg", "Status", "Trend", "Senaste kommentar"]
    headers = fixed + [q.label_sv() for q in quarters] + [p.label() for p in periods] + tail
    put(ws, 1, 1, f"{number}. {name}").font = Font(bold=True, size=13)
    write_header(ws, 3, headers)
    q0 = len(fixed) + 1
    p0 = q0 + len(quarters)
    t0 = p0 + len(periods)
    status_col = t0 + 2
    for i, row in enumerate(rows):
        r = 4 + i
        ind = row.indicator
        fmt = number_format_for(ind.kind.value)
        put(ws, r, 1, ind.code)
        put(ws, r, 2, ind.name).alignment = Alignment(wrap_text=True, vertical="top")
        put(ws, r, 3, label_sv(ind.effect_level))
        put(ws, r, 4, ind.unit)
        put(ws, r, 5, _value(ind.baseline, ind.kind), fmt)
        put(ws, r, 6, _value(ind.target, ind.kind), fmt)
        put(ws, r, 7, ind.target_quarter.label_sv() if ind.target_quarter else None)
        for j, q in enumerate(quarters):
            cell = row.cell(q)
            put(ws, r, q0 + j, _value(cell.value if cell else None, ind.kind), fmt)
        for j, p in enumerate(periods):
            rc = next((x for x in row.rollups if x.period.code == p.code), None)
            put(ws, r, p0 + j, _value(rc.value if rc else None, ind.kind), fmt)
        put(ws, r, t0, _value(_to_date(row, last), ind.kind), fmt)
        status_cell = _status_at(row, last)
        prog = status_cell.progress if status_cell else None
        put(ws, r, t0 + 1, None if prog is None else prog * 100, FMT_PERCENT)
        light = status_cell.status if status_cell else Light.NONE
        put(ws, r, status_col, f"{SYMBOL[light]} {LABEL_SV[light]}".strip() if light is not Light.NONE else None)
        put(ws, r, t0 + 3, row.trend.arrow or None)
        comment = row.latest.comment if row.latest else ""
        put(ws, r, t0 + 4, comment or None).alignment = Alignment(wrap_text=True, vertical="top")
        # Neither Excel nor LibreOffice grows a row for wrapped text written by openpyxl:
        # without a height, long names and comments print on top of the next row.
        lines = max(-(-len(ind.name) // 46), -(-len(comment) // 50), 1)
        ws.row_dimensions[r].height = 15 * min(lines, 8)
        for c in range(1, len(headers) + 1):
            if c not in (2, t0 + 4):
                ws.cell(row=r, column=c).alignment = Alignment(vertical="top")
    last_row = 3 + max(len(rows), 1)
    from openpyxl.utils import get_column_letter as L

    sc = L(status_col)
    rng = f"{sc}4:{sc}{last_row}"
    for light, colour in LIGHT_COLOURS.items():
        ws.conditional_formatting.add(
            rng,
            FormulaRule(formula=[f'LEFT({sc}4,1)="{SYMBOL[light]}"'],
                        fill=PatternFill("solid", fgColor=colour, bgColor=colour), stopIfTrue=True),
        )
    ws.freeze_panes = ws.cell(row=4, column=3)
    widths: dict[int, float] = {1: 7, 2: 42, 3: 15, 4: 11, 5: 14, 6: 11, 7: 12}
    for c in range(q0, t0 + 1):
        widths[c] = 12
    widths.update({t0 + 1: 10, status_col: 10, t0 + 3: 7, t0 + 4: 45})
    set_widths(ws, widths)
    ws.row_dimensions[3].height = 32
    ws.auto_filter.ref = f"A3:{L(len(headers))}{last_row}"
    print_setup(ws, f"{grid.project.name} – {number}. {name}")
    # One native chart per focus area: quarterly values of its non-milestone indicators.
    numeric = [i for i, row in enumerate(rows) if row.indicator.kind is not IndicatorKind.MILESTONE]
    if numeric and quarters:
        chart = LineChart()
        chart.title = f"{number}. {name}"[:60]
        chart.y_axis.title = "Värde"
        chart.height, chart.width = 9, 30
        for i in numeric:
            r = 4 + i
            data = Reference(ws, min_col=q0, max_col=q0 + len(quarters) - 1, min_row=r, max_row=r)
            chart.add_data(data, from_rows=True, titles_from_data=False)
            from openpyxl.chart.data_source import StrRef
            from openpyxl.chart.series import SeriesLabel

            chart.series[-1].tx = SeriesLabel(strRef=StrRef(f"'{ws.title}'!$A${r}"))
        chart.set_categories(Reference(ws, min_col=q0, max_col=q0 + len(quarters) - 1, min_row=3, max_row=3))
        ws.add_chart(chart, f"B{last_row + 3}")


def _status_at(row: GridRow, last: Quarter) -> Any:
    if row.current is not None and row.current.quarter <= last:
        return row.current
    return row.cell(last)


def _to_date(row: GridRow, last: Quarter) -> float | None:
    if row.to_date.period.end <= last:
        return row.to_date.value
    from hallbar_desktop.domain.rollup import project_to_date

    values = {c.quarter: c.value for c in row.cells if c.measurement is not None}
    return project_to_date(row.indicator.accumulation, values, row.cells[0].quarter, last)


def data_rows(grid: ProjectGrid, quarters: list[Quarter]) -> list[list[object]]:
    wanted = set(quarters)
    out: list[list[object]] = []
    area_names = {a.number: a.name for a in grid.focus_areas}
    for row in grid.rows:
        ind = row.indicator
        for cell in row.cells:
            m = cell.measurement
            if m is None or cell.quarter not in wanted:
                continue
            out.append([
                grid.project.code, f"{ind.focus_area_number}. {area_names.get(ind.focus_area_number, '')}",
                ind.code, ind.name, ind.unit, str(cell.quarter), m.value, m.numerator, m.denominator,
                m.women, m.men, m.other, m.comment or None, m.entered_by or None,
                m.entered_at.replace(microsecond=0) if m.entered_at else None,
            ])
    return out


def _data_sheet(wb: Any, grid: ProjectGrid, quarters: list[Quarter]) -> None:
    from openpyxl.utils import get_column_letter as L
    from openpyxl.worksheet.table import Table, TableStyleInfo

    ws = wb.create_sheet("Data")
    write_header(ws, 1, DATA_HEADERS)
    rows = data_rows(grid, quarters)
    for r, values in enumerate(rows, start=2):
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v, FMT_DATETIME if c == 15 and v is not None else None)
    end = max(2, len(rows) + 1)
    table = Table(displayName="Utfall", ref=f"A1:{L(len(DATA_HEADERS))}{end}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 9, 2: 30, 3: 12, 4: 40, 5: 10, 6: 10, 7: 10, 13: 40, 14: 14, 15: 17})
    print_setup(ws, f"{grid.project.name} – Data")


def _definitions(wb: Any, grid: ProjectGrid) -> None:
    from openpyxl.styles import Alignment

    ws = wb.create_sheet("Definitioner")
    write_header(ws, 1, ["Kod", "Indikator", "Insatsområde", "Nivå", "Slag", "Ackumulering", "Riktning",
                         "Definition", "Datakälla", "Ansvarig"])
    for r, row in enumerate(grid.rows, start=2):
        i = row.indicator
        for c, v in enumerate([i.code, i.name, i.focus_area_number, label_sv(i.effect_level), label_sv(i.kind),
                               label_sv(i.accumulation), label_sv(i.direction), i.description or None,
                               i.data_source or None, i.responsible or None], start=1):
            put(ws, r, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(-(-len(i.name) // 40), -(-len(i.description) // 55), -(-len(i.data_source) // 30), 1)
        ws.row_dimensions[r].height = 15 * min(lines, 12)
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 7, 2: 36, 3: 8, 4: 14, 5: 10, 6: 13, 7: 13, 8: 50, 9: 28, 10: 20})
    print_setup(ws, f"{grid.project.name} – Definitioner")


def _change_log(wb: Any, session: Session, grid: ProjectGrid, first: Quarter, last: Quarter) -> None:
    ws = wb.create_sheet("Ändringslogg")
    write_header(ws, 1, ["Tidpunkt", "Indikator", "Kvartal", "Åtgärd", "Gammalt", "Nytt", "Av", "Källa", "Fil/detalj",
                         "Skäl"])
    codes: dict[int, str] = {
        i: c for i, c in session.execute(select(Indicator.id, Indicator.code)
                                         .where(Indicator.project_id == grid.project.id))
    }
    stmt = (select(AuditEntry).where(AuditEntry.project_id == grid.project.id)
            .order_by(AuditEntry.changed_at, AuditEntry.id))
    r = 2
    for e in session.scalars(stmt):
        if e.quarter and not (str(first) <= e.quarter <= str(last)):
            continue
        code = codes.get(e.indicator_id, "") if e.indicator_id else ""
        values = [e.changed_at.replace(microsecond=0), code, e.quarter, e.action,
                  _brief(e.old_json), _brief(e.new_json), e.changed_by, e.source, e.source_detail or None,
                  e.reason or None]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v, FMT_DATETIME if c == 1 else None)
        r += 1
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 17, 2: 9, 3: 9, 4: 9, 5: 30, 6: 30, 7: 12, 8: 9, 9: 24, 10: 24})
    print_setup(ws, f"{grid.project.name} – Ändringslogg")


STEERING_SHEET = "Styrgrupp"
DECISION_HEADERS = ["Nr", "Mötesdatum", "Beslut", "Ansvarig", "Klart senast", "Status", "Uppföljning", "Avslutat"]
NARRATIVE_HEADERS = ["Insatsområde", "Vad har hänt", "Avvikelser från plan", "Målkonflikter", "Föreslagna åtgärder"]


def _lines(text: str, width: int) -> int:
    return sum(max(1, -(-len(part) // width)) for part in (text or "").split("\n"))


def _steering_sheet(wb: Any, session: Session, grid: ProjectGrid, last: Quarter) -> None:
    """The steering group's meetings up to the exported quarter, newest first, and every decision."""
    from openpyxl.styles import Alignment, Font

    from hallbar_desktop.services import steering

    ws = wb.create_sheet(STEERING_SHEET)
    p = grid.project
    wrap = Alignment(wrap_text=True, vertical="top")
    put(ws, 1, 1, f"Styrgruppen – {p.name}").font = Font(bold=True, size=13)
    meetings = [m for m in steering.list_meetings(session, p.code) if m.quarter <= last]
    approvals = steering.approved_quarters(session, p.code)
    r = 3
    if not meetings:
        put(ws, r, 1, "Inga styrgruppsmöten är registrerade för perioden.")
        r += 2
    for m in reversed(meetings):
        put(ws, r, 1, f"Möte {m.held_on.isoformat()}").font = Font(bold=True, size=12)
        r += 1
        approved = approvals.get(m.quarter)
        status = f"Fastställt {approved.approved_on.isoformat()}" if approved else "Utkast (ej fastställt)"
        attendees = "; ".join(f"{a.label} ({a.member.role_sv}, {a.member.organisation})".replace(", )", ")")
                              for a in m.attendees)
        facts: list[tuple[str, object, str | None]] = [
            ("Mötesdatum", m.held_on, FMT_DATE),
            ("Kvartal", m.quarter.label_sv(), None),
            ("Plats", m.place or None, None),
            ("Kvartalets status", status, None),
            ("Fastställda vid mötet", ", ".join(q.label_sv() for q in m.approved) or None, None),
            ("Närvarande", attendees or None, None),
            ("Anteckningar", m.notes or None, None),
        ]
        for label, value, fmt in facts:
            put(ws, r, 1, label).font = Font(bold=True)
            cell = put(ws, r, 2, value, fmt)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            if isinstance(value, str):
                ws.row_dimensions[r].height = 15 * min(_lines(value, 150), 20)
            r += 1
        write_header(ws, r, NARRATIVE_HEADERS)
        r += 1
        for area in grid.focus_areas:
            text = m.narrative(area.number)
            values = [f"{area.number}. {area.name}", text.happened, text.deviations, text.goal_conflicts,
                      text.actions]
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v or None).alignment = wrap
            ws.row_dimensions[r].height = 15 * min(max(_lines(str(v), 40) for v in values), 30)
            r += 1
        r += 1
    put(ws, r, 1, "Beslut").font = Font(bold=True, size=12)
    r += 1
    write_header(ws, r, DECISION_HEADERS)
    r += 1
    decisions = steering.list_decisions(session, p.code)
    for d in decisions:
        status = d.status_sv
        cells: list[tuple[object, str | None]] = [
            (d.number, "0"), (d.meeting_date, FMT_DATE), (d.text, None), (d.owner or None, None),
            (d.due_on, FMT_DATE if d.due_on else None), (status, None), (d.follow_up or None, None),
            (d.closed_on, FMT_DATE if d.closed_on else None)]
        for c, (value, number_format) in enumerate(cells, start=1):
            put(ws, r, c, value, number_format).alignment = wrap
        ws.row_dimensions[r].height = 15 * min(max(_lines(d.text, 40), _lines(d.follow_up, 40), 1), 30)
        r += 1
    if not decisions:
        put(ws, r, 1, "Inga beslut är registrerade.")
    set_widths(ws, {1: 30, 2: 42, 3: 42, 4: 42, 5: 42, 6: 12, 7: 40, 8: 12})
    print_setup(ws, f"{p.name} – Styrgrupp")


def _brief(raw: str | None) -> str | None:
    if not raw:
        return None
    data = json.loads(raw)
    return ", ".join(f"{k}={v}" for k, v in data.items()) or None


__all__ = ["ApprovalState", "DRAFT", "STEERING_SHEET", "approval_for", "DATA_HEADERS", "export_report", "FMT_DATE"]
