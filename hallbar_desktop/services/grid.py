"""The grid of a project: indicators × quarters with status, trend and roll-ups.

This is what the window, the CLI's ``show`` and the exports all read, so status is computed
in one place by the domain rules.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from hallbar_desktop.domain.follow_up import follow_up_end, follows_after_end
from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.quarters import Period, Quarter, quarter_range, reporting_periods
from hallbar_desktop.domain.rollup import project_to_date, roll_up
from hallbar_desktop.domain.status import (
    Light,
    Trend,
    expected_value,
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
    spec = indicator.spec
    # Followed up after the end: judged on its own latest ended quarter up to its deadline.
    follow_until = indicator.target_quarter if follows_after_end(indicator.target_quarter, project.end) else None
    if follow_until is not None:
        status_q = status_quarter_of(project.start, follow_until, today)
    last = follow_until or project.end
    by_quarter = {m.quarter: m for m in measurements}
    values = {m.quarter: m.value for m in measurements}
    milestone = indicator.kind is IndicatorKind.MILESTONE
    cells = []
    running = spec.baseline or 0.0  # for flows: baseline plus everything reported so far
    first_reached = None  # a milestone stays reached on the day it was first reached
    for q in quarters:
        m = by_quarter.get(q)
        reached_on = m.reached_on if m else None
        if milestone and m is not None and m.value == 1:
            first_reached = first_reached or reached_on or q.end_date
            reached_on = first_reached
        counts = spec.baseline_quarter is None or q > spec.baseline_quarter  # as domain.status_value
        if m is not None and m.value is not None and counts:
            running += m.value
        if m is None or m.value is None:
            compared = None
        elif spec.accumulation is Accumulation.FLOW:
            compared = running
        else:
            compared = m.value
        if q > last:  # after the project for an indicator not followed up after it: nothing to judge
            cells.append(GridCell(q, m, Light.NONE, None, None))
            continue
        cells.append(
            GridCell(
                quarter=q,
                measurement=m,
                status=traffic_light(
                    spec,
                    values,
                    q,
                    thresholds=project.thresholds,
                    today=today,
                    reached_on=reached_on,
                    compared=compared,
                ),
                expected=None if milestone else expected_value(spec, q),
                progress=None if milestone or compared is None else progress(spec, compared),
            )
        )
    current = next((c for c in cells if c.quarter == status_q), None)
    reported = [c for c in cells if c.measurement is not None and (status_q is None or c.quarter <= status_q)]
    latest = reported[-1] if reported else None
    row_trend = Trend.NONE
    if latest is not None:
        before = previous_reported(values, latest.quarter)
        row_trend = trend(indicator.direction, before[1] if before else None, latest.value)
    until = min(status_q or quarters[-1], project.end)
    return GridRow(
        indicator=indicator,
        cells=tuple(cells),
        rollups=tuple(
            RollupCell(p, roll_up(indicator.accumulation, values, p)) for p in periods
        ),
        to_date=RollupCell(
            Period("total", quarters[0], until),
            project_to_date(indicator.accumulation, values, quarters[0], until),
        ),
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
) -> ProjectGrid:
    """Read as rows, with no ORM objects (see ``catalog.list_projects``)."""
    today = today or date.today()
    flush_pending(session)
    project = project_row(session, project_code)
    chosen = [project.id]
    funding = children_of(session, tables.funding_source, "project_id", chosen).get(project.id, [])
    info = project_info(plain(project, funding=funding))  # type: ignore[arg-type]
    all_areas = children_of(session, tables.focus_area, "project_id", chosen).get(project.id, [])
    areas = tuple(focus_area_info(a) for a in all_areas  # type: ignore[arg-type]
                  if include_archived or not a.archived)
    numbers = {a.id: a.number for a in all_areas}
    area_order = {a.id: a.position for a in all_areas}
    i = tables.indicator.c
    indicators = [
        row for row in session.execute(select(tables.indicator).where(i.project_id == project.id)
                                       .order_by(i.position, i.id))
        if (include_archived or not row.archived)
        and (focus_area_number is None or numbers[row.focus_area_id] == focus_area_number)
    ]
    targets = intermediate_targets_of(session, chosen)
    # The columns run on after the project's end while an indicator shown is followed up after it.
    last = follow_up_end((Quarter.parse(row.target_quarter) for row in indicators if row.target_quarter), info.end)
    quarters = tuple(quarter_range(info.start, last))
    periods = tuple(reporting_periods(info.start, info.end, info.reporting_period))
    status_q = status_quarter_of(info.start, info.end, today)
    stored = measurement_infos(session, [row.id for row in indicators])
    indicators.sort(key=lambda row: (area_order[row.focus_area_id], row.position, row.id))
    rows = tuple(
        build_row(
            indicator_info(plain(row, intermediate_targets=targets.get(row.id, [])),  # type: ignore[arg-type]
                           numbers[row.focus_area_id]),
            stored[row.id],
            quarters,
            periods,
            info,
            status_q,
            today,
        )
        for row in indicators
    )
    return ProjectGrid(info, areas, quarters, periods, status_q, rows, approved_set(session, project.id))
