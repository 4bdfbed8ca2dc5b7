"""The grid of a project: indicators × quarters with status, trend and roll-ups.

This is what the window, the CLI's ``show`` and the exports all read, so status is computed
in one place by the domain rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from hallbar_desktop.domain.follow_up import follow_up_end, follows_after_end
from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.quarters import Period, Quarter, quarter_range, reporting_periods
from hallbar_desktop.domain.rollup import combined, roll_up, running_totals
from hallbar_desktop.domain.status import (
    Light,
    Trend,
    expected_line,
    judged_progress,
    missing_light,
    previous_reported,
    progress,
    traffic_light,
    trend,
)
from hallbar_desktop.services.catalog import (
    approved_set,
    children_of,
    flush_pending,
    intermediate_targets_of,
    plain,
)
from hallbar_desktop.services.lookup import (
    focus_area_info,
    indicator_info,
    measurement_infos,
    project_info,
    project_row,
)
from hallbar_desktop.services.views import (
    FocusAreaInfo,
    IndicatorInfo,
    MeasurementInfo,
    ProjectInfo,
)
from hallbar_desktop.store import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class GridCell:
    quarter: Quarter
    measurement: MeasurementInfo | None
    status: Light
    expected: float | None
    progress: float | None  # of the value compared with the line (cumulative for flows)

    @property
    def value(self) -> float | None:
        return self.measurement.value if self.measurement else None

    @property
    def comment(self) -> str:
        return self.measurement.comment if self.measurement else ""


@dataclass(frozen=True)
class RollupCell:
    period: Period
    value: float | None


@dataclass(frozen=True)
class GridRow:
    indicator: IndicatorInfo
    cells: tuple[GridCell, ...]  # one per quarter of the project, in order
    rollups: tuple[RollupCell, ...]  # one per reporting period
    to_date: RollupCell
    current: GridCell | None  # the cell of the status quarter
    latest: GridCell | None  # the latest reported cell up to the status quarter
    trend: Trend
    #: The indicator's deadline when it lies after the project's end: it is followed up (takes
    #: values, has a status) until then, and ``current`` is judged on its own latest ended quarter.
    follow_up_until: Quarter | None = None
    project_end: Quarter | None = None

    @property
    def followed_after_end(self) -> bool:
        return self.follow_up_until is not None

    @property
    def last_quarter(self) -> Quarter | None:
        """The last quarter the indicator takes values in (the project's end, or its deadline)."""
        return self.follow_up_until or self.project_end

    def cell(self, quarter: Quarter) -> GridCell | None:
        for cell in self.cells:
            if cell.quarter == quarter:
                return cell
        return None


@dataclass(frozen=True)
class ProjectGrid:
    project: ProjectInfo
    focus_areas: tuple[FocusAreaInfo, ...]
    quarters: tuple[Quarter, ...]
    periods: tuple[Period, ...]
    status_quarter: Quarter | None  # the latest ended quarter of the project period
    rows: tuple[GridRow, ...]
    #: Quarters the steering group has approved: their values are locked.
    approved: frozenset[Quarter] = frozenset()

    def is_locked(self, quarter: Quarter) -> bool:
        return quarter in self.approved

    def rows_of(self, focus_area_number: int) -> tuple[GridRow, ...]:
        return tuple(r for r in self.rows if r.indicator.focus_area_number == focus_area_number)

    def summary(self, focus_area_number: int | None = None) -> dict[Light, int]:
        rows = self.rows if focus_area_number is None else self.rows_of(focus_area_number)
        counts = Counter(r.current.status for r in rows if r.current is not None)
        return {light: counts.get(light, 0) for light in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)}


def status_quarter_of(start: Quarter, end: Quarter, today: date) -> Quarter | None:
    """The quarter a project leader reports on now: the latest ended one within the period."""
    last_ended = Quarter.from_date(today).prev()
    if last_ended < start:
        return None
    return min(last_ended, end)


def build_row(
    indicator: IndicatorInfo,
    measurements: list[MeasurementInfo],
    quarters: tuple[Quarter, ...],
    periods: tuple[Period, ...],
    project: ProjectInfo,
    status_q: Quarter | None,
    today: date,
) -> GridRow:
    """One indicator's row. A large project's grid has 100 000 cells, so the cells are found by
    their position among ``quarters`` (not by looking each quarter up in a dict), the line is read
    once per row, and a reported value that is not a milestone's goes straight to the rule that
    judges it (``status.judged``), which is what ``traffic_light`` would call."""
    spec = indicator.spec
    # Followed up after the end: judged on its own latest ended quarter up to its deadline.
    follow_until = indicator.target_quarter if follows_after_end(indicator.target_quarter, project.end) else None
    if follow_until is not None:
        status_q = status_quarter_of(project.start, follow_until, today)
    last = follow_until or project.end
    first = quarters[0].index
    n = len(quarters)
    slots: list[MeasurementInfo | None] = [None] * n
    for info in measurements:
        pos = info.quarter.index - first
        if 0 <= pos < n:
            slots[pos] = info
    values = {m.quarter: m.value for m in measurements}
    milestone = indicator.kind is IndicatorKind.MILESTONE
    thresholds = project.thresholds
    cells = []
    # For flows: the baseline plus everything reported so far (domain.status_value's one rule).
    totals = running_totals(values, quarters) if spec.accumulation is Accumulation.FLOW else None
    baseline = spec.baseline or 0.0
    first_reached = None  # a milestone stays reached on the day it was first reached
    line = expected_line(spec, quarters)  # the line looked up once per row, not twice per cell
    shares = [progress(spec, x) for x in line]
    last_pos = last.index - first
    for i, q in enumerate(quarters):
        m = slots[i]
        value = None if m is None else m.value
        reached_on = None if m is None else m.reached_on
        if milestone and value == 1:
            first_reached = first_reached or reached_on or q.end_date
            reached_on = first_reached
        if value is None:
            compared = None
        elif totals is not None:
            compared = baseline + totals[i]
        else:
            compared = value
        if i > last_pos:  # after the project for an indicator not followed up after it: nothing to judge
            cells.append(GridCell(q, m, Light.NONE, None, None))
            continue
        if value is None:
            status = missing_light(q, today)
        elif milestone:
            status = traffic_light(spec, values, q, thresholds=thresholds, today=today, reached_on=reached_on,
                                   compared=compared)
        else:
            actual = progress(spec, compared)
            status = judged_progress(spec, actual, shares[i], thresholds)
        cells.append(
            GridCell(
                quarter=q,
                measurement=m,
                status=status,
                expected=None if milestone else line[i],
                progress=None if milestone or compared is None else actual,
            )
        )
    status_pos = None if status_q is None else status_q.index - first
    current = cells[status_pos] if status_pos is not None and 0 <= status_pos < n else None
    reported = [cells[i] for i in range(n)
                if slots[i] is not None and (status_pos is None or i <= status_pos)]
    latest = reported[-1] if reported else None
    row_trend = Trend.NONE
    if latest is not None:
        before = previous_reported(values, latest.quarter)
        row_trend = trend(indicator.direction, before[1] if before else None, latest.value)
    until = min(status_q or quarters[-1], project.end)
    by_position = [None if m is None else m.value for m in slots]

    def rolled(period: Period) -> float | None:
        a, b = period.start.index - first, period.end.index - first
        if a >= 0 and b < n:  # (a period always lies within the grid's quarters; else as it is written)
            return combined(indicator.accumulation, [v for v in by_position[a:b + 1] if v is not None])
        return roll_up(indicator.accumulation, values, period)

    total = Period("total", quarters[0], until)
    return GridRow(
        indicator=indicator,
        cells=tuple(cells),
        rollups=tuple(RollupCell(p, rolled(p)) for p in periods),
        to_date=RollupCell(total, rolled(total)),
        current=current,
        latest=latest,
        trend=row_trend,
        follow_up_until=follow_until,
        project_end=project.end,
    )


def project_grid(
    session: Session | Connection,
    project_code: str,
    *,
    focus_area_number: int | None = None,
    today: date | None = None,
    include_archived: bool = False,
    until: Quarter | None = None,
    codes: Iterable[str] | None = None,
) -> ProjectGrid:
    """Read as rows, with no ORM objects (see ``catalog.list_projects``).

    ``codes`` reads the rows of those indicators only (their status is the same as in the whole
    grid: the columns and the status quarter are still the project's).

    ``until`` cuts the grid at a quarter, as a report up to that quarter needs it: nothing
    reported after it is read, its quarters and reporting periods end there (a half-year it
    falls in is clipped to it) and status is judged at it at the latest."""
    today = today or date.today()
    flush_pending(session)
    project = project_row(session, project_code)
    chosen = [project.id]
    funding = children_of(session, tables.funding_source, "project_id", chosen).get(project.id, [])
    info = project_info(plain(project, funding=funding))  # type: ignore[arg-type]
    all_areas = children_of(session, tables.focus_area, "project_id", chosen).get(project.id, [])
    areas = tuple(focus_area_info(a) for a in all_areas  # type: ignore[arg-type]
                  if include_archived or not a.archived)
    # The columns run on after the project's end while an indicator shown is followed up after it
    # (its deadline lies later); the reporting periods and the status quarter are the project's.
    numbers = {a.id: a.number for a in all_areas}
    i = tables.indicator.c
    deadlines = [Quarter.parse(t.target_quarter) for t in session.execute(
        select(i.target_quarter, i.focus_area_id, i.archived).where(i.project_id == project.id,
                                                                    i.target_quarter.is_not(None)))
        if (include_archived or not t.archived)
        and (focus_area_number is None or numbers.get(t.focus_area_id) == focus_area_number)]
    last = follow_up_end(deadlines, info.end)
    end = last if until is None else max(info.start, min(last, until))
    project_end = min(end, info.end)
    quarters = tuple(quarter_range(info.start, end))
    periods = tuple(reporting_periods(info.start, project_end, info.reporting_period))
    status_q = status_quarter_of(info.start, project_end, today)
    rows = read_rows(session, info, all_areas, quarters, periods, status_q, today,
                     codes=codes, focus_area_number=focus_area_number, include_archived=include_archived,
                     until=end)
    return ProjectGrid(info, areas, quarters, periods, status_q, rows, approved_set(session, project.id))


def read_rows(
    reader: Session | Connection,
    project: ProjectInfo,
    areas: Sequence[Any],
    quarters: tuple[Quarter, ...],
    periods: tuple[Period, ...],
    status_q: Quarter | None,
    today: date,
    *,
    codes: Iterable[str] | None = None,
    focus_area_number: int | None = None,
    include_archived: bool = False,
    until: Quarter | None = None,
) -> tuple[GridRow, ...]:
    """The grid rows of ``project``'s indicators (of ``codes`` only, when given), in the grid's
    order, read as plain rows: the one way a row is made, for a whole grid and for the rows a
    write touched (``grid_rows.refreshed_rows``). ``areas``: the project's focus-area rows."""
    numbers = {a.id: a.number for a in areas}
    area_order = {a.id: a.position for a in areas}
    i = tables.indicator.c
    stmt = select(tables.indicator).where(i.project_id == project.id).order_by(i.position, i.id)
    if codes is None:
        found = list(reader.execute(stmt))
    else:
        # Codes are unique within a project whatever their case: the codes as stored (what the
        # window passes) are found through the unique index; a code in another case is searched for.
        given = sorted(set(codes))
        found = list(reader.execute(stmt.where(i.code.in_(given))))
        if {row.code.lower() for row in found} != {c.lower() for c in given}:
            found = list(reader.execute(stmt.where(func.lower(i.code).in_(sorted({c.lower() for c in given})))))
    indicators = [
        row for row in found
        if (include_archived or not row.archived)
        and (focus_area_number is None or numbers[row.focus_area_id] == focus_area_number)
    ]
    if not indicators:
        return ()
    if codes is None:
        targets = intermediate_targets_of(reader, [project.id])
    else:  # a few rows: their own targets, not the project's
        t = tables.intermediate_target.c
        targets = {}
        for target in reader.execute(select(t.indicator_id, t.quarter, t.value)
                                     .where(t.indicator_id.in_([row.id for row in indicators]))
                                     .order_by(t.indicator_id, t.quarter)):
            targets.setdefault(target.indicator_id, []).append(target)
    stored = measurement_infos(reader, [row.id for row in indicators], until=until)
    indicators.sort(key=lambda row: (area_order[row.focus_area_id], row.position, row.id))
    return tuple(
        build_row(
            indicator_info(plain(row, intermediate_targets=targets.get(row.id, [])),  # type: ignore[arg-type]
                           numbers[row.focus_area_id]),
            stored[row.id],
            quarters,
            periods,
            project,
            status_q,
            today,
        )
        for row in indicators
    )
