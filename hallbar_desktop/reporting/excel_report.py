"""The report workbook sent to Tillväxtverket and the steering group.

Every value, status and roll-up comes from :func:`services.grid.project_grid`, so the workbook
shows exactly what the window shows. The workbook is written as a stream (openpyxl's write-only
mode, ``excel_stream``): the focus-area and Data sheets row by row, the small sheets built in a
scratch workbook and copied; a report of 100 000 values is never held as cell objects.
openpyxl is imported inside the functions: the window must not pay for it at start-up.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
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
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.reporting.excel_styles import (
    FMT_DATE,
    FMT_DATETIME,
    FMT_PERCENT,
    FMT_SEK,
    SharedAlignment,
    header_style,
    number_format_for,
    print_setup,
    put,
    set_widths,
    write_header,
)
from hallbar_desktop.services.formatting import format_value
from hallbar_desktop.services.grid import GridCell, GridRow, ProjectGrid, project_grid
from hallbar_desktop.services.workbook_layout import DATA_HEADERS  # the importer reads the same headers
from hallbar_desktop.store.models import AuditEntry, Indicator

Progress = Callable[[int, int], None]


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


def _window(code: str, start: Quarter, end: Quarter, status: Quarter | None, period: str | None,
            until: str | None) -> tuple[Quarter, Quarter, str]:
    """The first and last quarter the report covers, and its label; a period or an end outside
    the project is refused (as a template for a quarter outside it is), not written empty."""
    def outside(what: str) -> ValidationError:
        return ValidationError(f"{what} ligger utanför projektperioden för {code} "
                               f"({start.label_sv()} – {end.label_sv()}).")

    if period:
        p = Period.parse(period)
        if p.end < start or p.start > end:
            raise outside(p.label())
        return max(p.start, start), min(p.end, end), p.label()
    if until:
        q = Quarter.parse(until)
        if q < start:
            raise outside(q.label_sv())
        return start, min(q, end), f"{start.label_sv()} – {min(q, end).label_sv()}"
    last = status or end
    return start, last, f"{start.label_sv()} – {last.label_sv()}"


@dataclass(frozen=True)
class ReportData:
    """Everything the workbook shows, read in one place and cut at the report's last quarter:
    no sheet reads the register itself, so nothing after the chosen end can reach a cell."""

    grid: ProjectGrid  # cut at ``last`` (project_grid(until=last))
    first: Quarter
    last: Quarter
    period_label: str
    quarters: list[Quarter]
    meetings: list[Any]  # steering.MeetingInfo following up a quarter up to ``last``
    decisions: list[Any]  # steering.DecisionInfo taken at those meetings
    approvals: dict[Quarter, Any]  # steering.ApprovalInfo of quarters up to ``last``
    changes: list[Any]  # AuditEntry rows about quarters first..last (or decisions shown)
    indicator_codes: dict[int, str]
    plan: Any  # activities.ActivityPlan with each activity's status at ``last``
    economy: Any  # economy_follow_up.EconomyFollowUp up to ``last`` (or of ``period``)
    costs: Any  # economy.CostGrid; the sheets show its quarters up to ``last`` only
    period: Any  # the chosen quarters.Period, or None for a report up to a quarter


def report_data(session: Session, project_code: str, *, period: str | None = None, until: str | None = None,
                today: Any = None) -> ReportData:
    """Read what a report from ``period`` (or up to ``until``) shows, and nothing after it."""
    from datetime import date

    from hallbar_desktop.services import steering
    from hallbar_desktop.services.activities import activity_plan
    from hallbar_desktop.services.audit import PLAN_ACTIONS
    from hallbar_desktop.services.economy import cost_grid
    from hallbar_desktop.services.economy_follow_up import economy_follow_up
    from hallbar_desktop.services.grid import status_quarter_of
    from hallbar_desktop.services.lookup import project_row

    row = project_row(session, project_code)
    start, end = Quarter.parse(row.start_quarter), Quarter.parse(row.end_quarter)
    status = status_quarter_of(start, end, today or date.today())
    first, last, label = _window(row.code, start, end, status, period, until)
    grid = project_grid(session, row.code, today=today, until=last)
    meetings = [m for m in steering.list_meetings(session, row.code) if m.quarter <= last]
    decisions = sorted((d for m in meetings for d in m.decisions), key=lambda d: d.number)
    approvals = {q: a for q, a in steering.approved_quarters(session, row.code).items() if q <= last}
    codes: dict[int, str] = {i: c for i, c in session.execute(
        select(Indicator.id, Indicator.code).where(Indicator.project_id == row.id))}
    shown = {d.number for d in decisions}
    changes = []
    for e in session.scalars(select(AuditEntry).where(AuditEntry.project_id == row.id)
                             .order_by(AuditEntry.changed_at, AuditEntry.id)):
        if e.action in PLAN_ACTIONS:
            continue  # the activity plan and the economy have sheets of their own
        if e.quarter:
            if str(first) <= e.quarter <= str(last):
                changes.append(e)
        elif e.action != "decision_edit" or _decision_number(e) in shown:
            changes.append(e)
    quarters = [q for q in grid.quarters if first <= q <= last]
    chosen = Period.parse(period) if period else None
    economy = economy_follow_up(session, row.code, period=chosen, today=today) if chosen else \
        economy_follow_up(session, row.code, as_of=last, today=today)
    plan = activity_plan(session, row.code, as_of=economy.as_of or last, today=today)
    return ReportData(grid, first, last, label, quarters, meetings, decisions, approvals, changes, codes,
                      plan, economy, cost_grid(session, row.code), chosen)


def _decision_number(entry: Any) -> int | None:
    for raw in (entry.old_json, entry.new_json):
        if raw:
            number = json.loads(raw).get("number")
            if isinstance(number, int):
                return number
    return None


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

    from hallbar_desktop.reporting.excel_stream import Looks, copy_sheet

    data = report_data(session, project_code, period=period, until=until, today=today)
    grid, last, period_label = data.grid, data.last, data.period_label
    if approval is None:
        info = data.approvals.get(last)
        approval = DRAFT if info is None else ApprovalState(True, datetime.combine(info.approved_on, time()))
    # Written as a stream (excel_stream): each sheet's rows go to disk as they are made.
    wb = Workbook(write_only=True)
    looks = Looks(wb)
    steps = 5 + len(grid.focus_areas)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps)

    def small(build: Callable[[Any], object]) -> None:
        """A small sheet: built with the ordinary cell API in a scratch workbook, then copied."""
        scratch = Workbook()
        scratch.remove(scratch.active)
        build(scratch)
        for ws in scratch.worksheets:
            copy_sheet(ws, wb, looks)

    small(lambda scratch: _summary(scratch.create_sheet(), grid, period_label, approval))
    tick()
    for area in grid.focus_areas:
        _focus_area_sheet(wb, looks, data, area.number, area.name)
        tick()
    from hallbar_desktop.reporting.plan_sheets import add_plan_sheets  # Aktiviteter, Ekonomi

    small(lambda scratch: _steering_sheet(scratch, data))
    small(lambda scratch: add_plan_sheets(scratch, data))
    tick()
    _data_sheet(wb, looks, grid, data.quarters)
    tick()
    small(lambda scratch: _definitions(scratch, grid))
    tick()
    small(lambda scratch: _change_log(scratch, data))
    tick()
    p = grid.project
    wb.properties.title = f"{p.name} – uppföljning {period_label}"
    wb.properties.creator = f"Hållbar Desktop {__version__}"
    wb.properties.created = datetime.now().replace(microsecond=0)
    wb.properties.subject = "Lägesrapport – indikatorer"
    return save_atomically(wb, Path(out))


def save_atomically(wb: Any, out: Path) -> Path:
    """Write the workbook to ``out`` all at once: its zip made in memory (a write-only
    workbook's sheets come from the temporary files they were streamed into), then written beside ``out``
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
        # Over the count columns to the right, wrapped: a long text stays on the printed page.
        put(ws, r, 2, value, fmt).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        if isinstance(value, str):
            ws.row_dimensions[r].height = 15 * min(_lines(value, 44), 8)
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


def _period_header(p: Period, last: Quarter) -> str:
    """A reporting period's column; one the report's end cuts short says so ("t.o.m. kv 3")."""
    full = Period.parse(p.code)
    if p.end == last and last < full.end:
        return f"{p.label()} t.o.m. kv {last.q}"
    return p.label()


def _focus_area_sheet(wb: Any, looks: Any, data: ReportData, number: int, name: str) -> None:
    """One sheet per focus area: the indicators' values per quarter and period, status and
    trend, then each indicator's progress per quarter and a chart of it. Written as a stream:
    the column widths are worked out from all values first, then the rows are written."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter as L

    from hallbar_desktop.reporting.excel_stream import RowStream

    grid, quarters, last = data.grid, data.quarters, data.last
    ws = wb.create_sheet(_area_sheet_title(number, name))
    rows = grid.rows_of(number)
    periods = [p for p in grid.periods if p.start <= last]
    fixed = ["Kod", "Indikator", "Nivå", "Enhet", "Utgångsvärde", "Målvärde", "Målkvartal"]
    tail = ["Hela projektet", "Framsteg", "Status", "Trend", "Senaste kommentar"]
    headers = fixed + [q.label_sv() for q in quarters] + [_period_header(p, last) for p in periods] + tail
    q0 = len(fixed) + 1
    p0 = q0 + len(quarters)
    t0 = p0 + len(periods)
    status_col = t0 + 2
    # Each value column as wide as its widest value (at least its header's longest word): a
    # printed page then holds as many quarters as it can.
    widths: dict[int, float] = {1: 6, 2: 30, 3: 12, 4: 6, 5: 8, 6: 8, 7: 10}
    for c in range(q0, t0 + 1):
        widths[c] = 8.5
    widths.update({t0 + 1: 9, status_col: 9, t0 + 3: 6, t0 + 4: 40})

    def fit(col: int, ind: Any, value: float | None) -> None:
        text = format_value(ind.kind, value, unit=ind.unit) if value is not None else ""
        widths[col] = max(widths[col], len(text) + 2.5)

    # First every row's cells, roll-ups and progress, each looked up once (a project of 2 500
    # indicators writes some 200 000 cells here), and the widths they need.
    table: list[tuple[GridRow, list[GridCell | None], list[Any]]] = []
    progress: list[tuple[GridRow, list[float | None]]] = []
    for row in rows:
        ind = row.indicator
        by_quarter = {c.quarter: c for c in row.cells}
        by_code: dict[str, Any] = {}
        for x in row.rollups:
            by_code.setdefault(x.period.code, x)  # the first of a code, as a search from the start finds
        cells = [by_quarter.get(q) for q in quarters]
        widths[4] = min(16, max(widths[4], len(ind.unit) + 2))
        fit(5, ind, ind.baseline)
        fit(6, ind, ind.target)
        for j, cell in enumerate(cells):
            fit(q0 + j, ind, cell.value if cell else None)
        for j, rollup in enumerate(row.rollups[: len(periods)]):
            fit(p0 + j, ind, rollup.value)
        fit(t0, ind, row.to_date.value)
        table.append((row, cells, [by_code.get(p.code) for p in periods]))
        figures = [_progress_of(row, cell) for cell in cells]
        if any(v is not None for v in figures):
            progress.append((row, figures))
    if not quarters:
        progress = []
    last_row = 3 + max(len(rows), 1)
    block = last_row + 2  # the progress block's title row
    end_row = block + 2 + len(progress)  # the row after the block
    set_widths(ws, widths)
    ws.freeze_panes = "C4"
    print_setup(ws, f"{grid.project.name} – {number}. {name}", title_rows="3:3", title_cols="A:B",
                columns=len(headers))
    out = RowStream(ws, f"A1:{L(len(headers))}{end_row - 1 if progress else 3 + len(rows)}")

    header = looks(**header_style())
    out.append([(f"{number}. {name}", looks(font=Font(bold=True, size=13)))])
    out.append()
    out.append([(h, header) for h in headers], height=32)
    # One look per column and number format; every cell of a row is aligned to the top, the
    # texts that wrap (name, level, comment) wrapped.
    top, wrap_top = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")
    plain_top, wrapped = looks(alignment=top), looks(alignment=wrap_top)
    percent = looks(FMT_PERCENT, alignment=top)
    for row, cells, rollups in table:
        ind = row.indicator
        kind = ind.kind
        value_look = looks(number_format_for(kind.value, ind.unit), alignment=top)
        status_cell = row.current
        prog = status_cell.progress if status_cell else None
        light = status_cell.status if status_cell else Light.NONE
        comment = row.latest.comment if row.latest else ""
        entries: list[Any] = [
            (ind.code, plain_top), (ind.name, wrapped), (label_sv(ind.effect_level), wrapped), (ind.unit, plain_top),
            (_value(ind.baseline, kind), value_look), (_value(ind.target, kind), value_look),
            (ind.target_quarter.label_sv() if ind.target_quarter else None, plain_top)]
        entries += [(_value(cell.value if cell else None, kind), value_look) for cell in cells]
        entries += [(_value(rc.value if rc else None, kind), value_look) for rc in rollups]
        entries += [
            (_value(row.to_date.value, kind), value_look),
            (None if prog is None else prog * 100, percent),
            (f"{SYMBOL[light]} {LABEL_SV[light]}".strip() if light is not Light.NONE else None, plain_top),
            (row.trend.arrow or None, plain_top),
            (comment or None, wrapped)]
        # Neither Excel nor LibreOffice grows a row for wrapped text written by openpyxl:
        # without a height, long names and comments print on top of the next row.
        lines = max(-(-len(ind.name) // 28), -(-len(comment) // 44), -(-len(label_sv(ind.effect_level)) // 11), 1)
        out.append(entries, height=15 * min(lines, 8))
    sc = L(status_col)
    rng = f"{sc}4:{sc}{last_row}"
    for light, colour in LIGHT_COLOURS.items():
        ws.conditional_formatting.add(
            rng,
            FormulaRule(formula=[f'LEFT({sc}4,1)="{SYMBOL[light]}"'],
                        fill=PatternFill("solid", fgColor=colour, bgColor=colour), stopIfTrue=True),
        )
    ws.auto_filter.ref = f"A3:{L(len(headers))}{last_row}"
    if progress:
        _progress_block(out, looks, progress, quarters, q0, block)
        _progress_chart(ws, number, name, q0, len(quarters), block + 1, end_row,
                        [v for _, figures in progress for v in figures if v is not None])


def _progress_of(row: GridRow, cell: GridCell | None) -> float | None:
    """Progress toward the target in ``cell``'s quarter, in %: the one scale every kind and unit
    shares (a milestone is 0 % until reached, then 100 %)."""
    if cell is None or cell.value is None:
        return None
    if row.indicator.kind is IndicatorKind.MILESTONE:
        return 100.0 if cell.value >= 1 else 0.0
    return None if cell.progress is None else round(cell.progress * 100, 1)


def _progress_block(out: Any, looks: Any, table: list[tuple[GridRow, list[float | None]]],
                    quarters: list[Quarter], q0: int, top: int) -> None:
    """Below the table: each indicator's progress toward its target per quarter (the chart's
    data, readable on its own), from row ``top``."""
    from openpyxl.styles import Font

    out.skip_to(top)
    out.append([("Framsteg mot målet per kvartal (% av vägen från utgångsvärde till målvärde)",
                 looks(font=Font(bold=True)))])
    header = looks(**header_style())
    out.append([("Kod", header), ("Indikator", header)] + [None] * (q0 - 3)
               + [(q.label_sv(), header) for q in quarters])
    percent = looks(FMT_PERCENT)
    for row, figures in table:
        ind = row.indicator
        out.append([ind.code, f"{ind.code} {_short_name(ind.name)}"] + [None] * (q0 - 3)
                   + [(figure, percent) for figure in figures])


def _short_name(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _progress_chart(ws: Any, number: int, name: str, q0: int, n_quarters: int, header_row: int,
                    end_row: int, values: list[float]) -> None:
    """One native chart per focus area: progress toward the target in % (one axis whatever the
    kinds and units), straight lines between the reported quarters, each line named in the
    legend below the plot; printed on a page of its own."""
    from openpyxl.chart import LineChart, Reference
    from openpyxl.chart.data_source import StrRef
    from openpyxl.chart.layout import Layout, ManualLayout
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.worksheet.pagebreak import Break

    chart = LineChart()
    chart.title = f"{number}. {_short_name(name, 60)} – framsteg mot målet"
    chart.y_axis.title = "Framsteg mot målet (%)"
    chart.y_axis.number_format = '0" %"'
    chart.y_axis.majorGridlines = chart.y_axis.majorGridlines  # keep the default gridlines
    chart.y_axis.scaling.min = min(0, (min(values, default=0) // 10) * 10)
    chart.y_axis.scaling.max = max(100, -(-max(values, default=100) // 10) * 10)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.plot_area.layout = Layout(manualLayout=ManualLayout(x=0.07, y=0.1, w=0.9, h=0.6))
    for r in range(header_row + 1, end_row):
        data = Reference(ws, min_col=q0, max_col=q0 + n_quarters - 1, min_row=r, max_row=r)
        chart.add_data(data, from_rows=True, titles_from_data=False)
        series = chart.series[-1]
        series.tx = SeriesLabel(strRef=StrRef(f"'{ws.title}'!$B${r}"))
        series.smooth = False
        series.marker.symbol = "circle"
        series.marker.size = 6
    chart.set_categories(Reference(ws, min_col=q0, max_col=q0 + n_quarters - 1, min_row=header_row,
                                   max_row=header_row))
    chart.width, chart.height = CHART_WIDTH_CM, 13
    # Printed, the chart starts a page of its own: the break comes after the block's empty
    # row, the chart a row below it, so no edge of it reaches back onto the table's pages.
    ws.row_breaks.append(Break(id=end_row + 1))
    ws.add_chart(chart, f"A{end_row + 3}")


#: The chart's width: narrower than the table's first printed page (Kod … Målkvartal), so
#: printing never cuts the chart nor shortens that page to keep it whole.
CHART_WIDTH_CM = 18


def data_rows(grid: ProjectGrid, quarters: list[Quarter]) -> list[list[object]]:
    return list(iter_data_rows(grid, quarters))


def iter_data_rows(grid: ProjectGrid, quarters: list[Quarter]) -> Iterator[list[object]]:
    """The Data sheet's rows, one per value of the chosen quarters (what the import reads back)."""
    wanted = set(quarters)
    area_names = {a.number: a.name for a in grid.focus_areas}
    for row in grid.rows:
        ind = row.indicator
        area = f"{ind.focus_area_number}. {area_names.get(ind.focus_area_number, '')}"
        for cell in row.cells:
            m = cell.measurement
            if m is None or cell.quarter not in wanted:
                continue
            yield [
                grid.project.code, area, ind.code, ind.name, ind.unit, str(cell.quarter), m.value, m.numerator,
                m.denominator, m.women, m.men, m.other, m.comment or None, m.entered_by or None,
                m.entered_at.replace(microsecond=0) if m.entered_at else None, m.reached_on,
            ]


def _data_sheet(wb: Any, looks: Any, grid: ProjectGrid, quarters: list[Quarter]) -> None:
    from openpyxl.utils import get_column_letter as L
    from openpyxl.worksheet.table import Table, TableStyleInfo

    from hallbar_desktop.reporting.excel_stream import RowStream

    wanted = set(quarters)
    count = sum(1 for row in grid.rows for cell in row.cells if cell.measurement is not None and cell.quarter in wanted)
    ws = wb.create_sheet("Data")
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 9, 2: 30, 3: 12, 4: 40, 5: 10, 6: 10, 7: 10, 13: 40, 14: 14, 15: 17, 16: 13})
    print_setup(ws, f"{grid.project.name} – Data", title_rows="1:1", title_cols="A:D", columns=len(DATA_HEADERS))
    out = RowStream(ws, f"A1:{L(len(DATA_HEADERS))}{count + 1}")
    header = looks(**header_style())
    out.append([(h, header) for h in DATA_HEADERS])
    entered, reached = DATA_HEADERS.index("Angivet"), DATA_HEADERS.index("Datum uppnådd")
    entered_look, reached_look = looks(FMT_DATETIME), looks(FMT_DATE)
    for values in iter_data_rows(grid, quarters):
        if values[entered] is not None:
            values[entered] = (values[entered], entered_look)
        if values[reached] is not None:
            values[reached] = (values[reached], reached_look)
        out.append(values)
    end = max(2, count + 1)
    table = Table(displayName="Utfall", ref=f"A1:{L(len(DATA_HEADERS))}{end}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table._initialise_columns()
    for column, text in zip(table.tableColumns, DATA_HEADERS, strict=True):
        column.name = text  # a write-only sheet cannot read its header row back
    with warnings.catch_warnings():  # that a write-only sheet needs its columns named: done above
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
        ws.add_table(table)


def _definitions(wb: Any, grid: ProjectGrid) -> None:
    ws = wb.create_sheet("Definitioner")
    wrap_top = SharedAlignment(wrap_text=True, vertical="top")
    write_header(ws, 1, ["Kod", "Indikator", "Insatsområde", "Nivå", "Slag", "Ackumulering", "Riktning",
                         "Definition", "Datakälla", "Ansvarig"])
    for r, row in enumerate(grid.rows, start=2):
        i = row.indicator
        for c, v in enumerate([i.code, i.name, i.focus_area_number, label_sv(i.effect_level), label_sv(i.kind),
                               label_sv(i.accumulation), label_sv(i.direction), i.description or None,
                               i.data_source or None, i.responsible or None], start=1):
            wrap_top.set(put(ws, r, c, v))
        lines = max(-(-len(i.name) // 40), -(-len(i.description) // 55), -(-len(i.data_source) // 30), 1)
        ws.row_dimensions[r].height = 15 * min(lines, 12)
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 7, 2: 36, 3: 8, 4: 14, 5: 10, 6: 13, 7: 13, 8: 50, 9: 28, 10: 20})
    print_setup(ws, f"{grid.project.name} – Definitioner", title_rows="1:1", title_cols="A:B")


def _change_log(wb: Any, data: ReportData) -> None:
    grid = data.grid
    ws = wb.create_sheet("Ändringslogg")
    write_header(ws, 1, ["Tidpunkt", "Indikator", "Kvartal", "Åtgärd", "Gammalt", "Nytt", "Av", "Källa", "Fil/detalj",
                         "Skäl"])
    from hallbar_desktop.reporting.change_log import action_words, snapshot_words, source_words

    codes = data.indicator_codes
    indicators = {row.indicator.id: row.indicator for row in grid.rows}
    r = 2
    for e in data.changes:
        code = codes.get(e.indicator_id, "") if e.indicator_id else ""
        indicator = indicators.get(e.indicator_id) if e.indicator_id else None
        kind, unit = (indicator.kind, indicator.unit) if indicator is not None else (None, "")
        values = [e.changed_at.replace(microsecond=0), code, e.quarter, action_words(e.action),
                  snapshot_words(e.old_json, kind=kind, unit=unit), snapshot_words(e.new_json, kind=kind, unit=unit),
                  e.changed_by, source_words(e.source), e.source_detail or None, e.reason or None]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v, FMT_DATETIME if c == 1 else None)
        r += 1
    ws.freeze_panes = "A2"
    set_widths(ws, {1: 17, 2: 9, 3: 9, 4: 16, 5: 36, 6: 36, 7: 12, 8: 14, 9: 24, 10: 24})
    print_setup(ws, f"{grid.project.name} – Ändringslogg", title_rows="1:1")


STEERING_SHEET = "Styrgrupp"
DECISION_HEADERS = ["Nr", "Mötesdatum", "Beslut", "Ansvarig", "Klart senast", "Status", "Uppföljning", "Avslutat"]
NARRATIVE_HEADERS = ["Insatsområde", "Vad har hänt", "Avvikelser från plan", "Målkonflikter", "Föreslagna åtgärder"]


def _lines(text: str, width: int) -> int:
    return sum(max(1, -(-len(part) // width)) for part in (text or "").split("\n"))


def _steering_sheet(wb: Any, data: ReportData) -> None:
    """The steering group's meetings up to the exported quarter, newest first, and their decisions."""
    from openpyxl.styles import Alignment, Font

    grid = data.grid
    ws = wb.create_sheet(STEERING_SHEET)
    p = grid.project
    wrap = Alignment(wrap_text=True, vertical="top")
    put(ws, 1, 1, f"Styrgruppen – {p.name}").font = Font(bold=True, size=13)
    meetings = data.meetings
    approvals = data.approvals
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
    decisions = data.decisions
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
    print_setup(ws, f"{p.name} – Styrgrupp", title_cols="A:A")




__all__ = ["ApprovalState", "DRAFT", "STEERING_SHEET", "approval_for", "DATA_HEADERS", "export_report", "FMT_DATE"]
