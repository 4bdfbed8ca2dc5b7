"""The grid of a project: indicators × quarters with status, trend and roll-ups.

This is what the window, the CLI's ``show`` and the exports all read, so status is computed
in one place by the domain rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from hallbar_desktop.domain.follow_up import follow_up_end, follows_after_end
from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.quarters import Period, Quarter, quarter_range, reporting_periods
from hallbar_desktop.domain.rollup import combined, roll_up
from hallbar_desktop.domain.status import (
    COUNTED,
    Light,
    Trend,
    expected_run,
    judged_run,
    milestone_run,
    missing_light,
    previous_reported,
    trend,
)
from hallbar_desktop.memory import collector_paused
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
        return tuple(self.rows[i] for i in self._area_positions(focus_area_number))

    def summary(self, focus_area_number: int | None = None) -> dict[Light, int]:
        counts = self._summaries.get(focus_area_number)
        if counts is None:
            rows = self.rows if focus_area_number is None else self.rows_of(focus_area_number)
            found = Counter(r.current.status for r in rows if r.current is not None)
            counts = self._summaries[focus_area_number] = {light: found.get(light, 0) for light in COUNTED}
        return dict(counts)

    def positions_of(self, codes: Iterable[str]) -> tuple[int, ...]:
        """The positions of the rows of the indicators ``codes``, matched whatever their case
        (``str.lower``), in order: looked up, not searched for (a grid may have 2 500 rows, and
        each value typed asks)."""
        wanted = {c.lower() for c in codes}
        found = {i for c in wanted for i in self._positions.get(c.casefold(), ())}
        return tuple(sorted(i for i in found if self.rows[i].indicator.code.lower() in wanted))

    def positions_folded(self, folded: Iterable[str]) -> tuple[int, ...]:
        """The positions of the rows whose codes, casefolded, are among ``folded``, in order."""
        return tuple(sorted({i for c in folded for i in self._positions.get(c, ())}))

    def with_rows(self, replaced: Mapping[int, GridRow]) -> ProjectGrid:
        """This grid with the rows at the given positions replaced by rows of the same indicators
        read again (``grid_rows.refreshed_rows``). What the grid keeps worked out (where each
        indicator's row is, the focus areas' rows and lights) goes along, updated for the rows
        replaced, rather than worked out anew over every row."""
        rows = list(self.rows)
        for pos, row in replaced.items():
            rows[pos] = row
        grid = replace(self, rows=tuple(rows))
        old = [self.rows[pos] for pos in replaced]
        same_places = all(a.indicator.code == b.indicator.code
                          and a.indicator.focus_area_number == b.indicator.focus_area_number
                          for a, b in zip(old, replaced.values(), strict=True))
        if not same_places:
            return grid
        kept = self.__dict__
        for name in ("_positions", "_area_positions_kept"):
            if name in kept:
                grid.__dict__[name] = kept[name]
        if "_summaries" in kept:
            summaries: dict[int | None, dict[Light, int]] = {}
            for area, counts in kept["_summaries"].items():
                counts = dict(counts)
                for before, after in zip(old, replaced.values(), strict=True):
                    if area is not None and before.indicator.focus_area_number != area:
                        continue
                    for row, step in ((before, -1), (after, 1)):
                        if row.current is not None and row.current.status in counts:
                            counts[row.current.status] += step
                summaries[area] = counts
            grid.__dict__["_summaries"] = summaries
        return grid

    def with_approved(self, approved: frozenset[Quarter]) -> ProjectGrid:
        """This grid with the quarters approved now (the rows, and what is kept of them, alike)."""
        grid = replace(self, approved=approved)
        for name in ("_positions", "_area_positions_kept", "_summaries"):
            if name in self.__dict__:
                grid.__dict__[name] = self.__dict__[name]
        return grid

    # What a grid keeps worked out, on first use. (``functools.cached_property`` stores in the
    # instance's ``__dict__``, which a frozen dataclass leaves writable; ``dataclasses.replace``
    # makes a grid that works it out anew.)
    @cached_property
    def _positions(self) -> dict[str, tuple[int, ...]]:
        where: dict[str, list[int]] = {}
        for i, r in enumerate(self.rows):
            where.setdefault(r.indicator.code.casefold(), []).append(i)
        return {code: tuple(found) for code, found in where.items()}

    @cached_property
    def _area_positions_kept(self) -> dict[int, tuple[int, ...]]:
        return {}

    def _area_positions(self, focus_area_number: int) -> tuple[int, ...]:
        kept = self._area_positions_kept
        found = kept.get(focus_area_number)
        if found is None:
            found = kept[focus_area_number] = tuple(
                i for i, r in enumerate(self.rows) if r.indicator.focus_area_number == focus_area_number)
        return found

    @cached_property
    def _summaries(self) -> dict[int | None, dict[Light, int]]:
        return {}


def status_quarter_of(start: Quarter, end: Quarter, today: date) -> Quarter | None:
    """The quarter a project leader reports on now: the latest ended one within the period."""
    last_ended = Quarter.from_date(today).prev()
    if last_ended < start:
        return None
    return min(last_ended, end)


@dataclass(frozen=True)
class _Frame:
    """What every row of one grid shares, worked out once per grid rather than once per row:
    the columns' first quarter index, the light of a quarter without a value, and where each
    reporting period lies among the columns (first and last position)."""

    first: int
    n: int
    missing: tuple[Light, ...]
    bounds: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, quarters: tuple[Quarter, ...], periods: tuple[Period, ...], today: date) -> _Frame:
        first, n = quarters[0].index, len(quarters)
        bounds = tuple((p.start.index - first, p.end.index - first) for p in periods)
        return cls(first, n, tuple(missing_light(q, today) for q in quarters), bounds)


_new = object.__new__
_set = object.__setattr__


def build_row(
    indicator: IndicatorInfo,
    measurements: list[MeasurementInfo],
    quarters: tuple[Quarter, ...],
    periods: tuple[Period, ...],
    project: ProjectInfo,
    status_q: Quarter | None,
    today: date,
    frame: _Frame | None = None,
) -> GridRow:
    """One indicator's row. A large project's grid has 100 000 cells, so the cells are found by
    their position among ``quarters`` (not by looking each quarter up in a dict), the line is
    walked once per row (``status.expected_run``), the reported values that are not a milestone's
    are judged together by the rules ``status.judged_run`` applies to each, and the roll-ups,
    the latest value and the trend are read off the cells by position. ``frame``: what every row
    of the grid shares (worked out here when not given). ``tests/services/test_grid_reference.py``
    holds every row to the rules applied one cell at a time."""
    spec = indicator.spec
    if frame is None:
        frame = _Frame.of(quarters, periods, today)
    # Followed up after the end: judged on its own latest ended quarter up to its deadline.
    follow_until = indicator.target_quarter if follows_after_end(indicator.target_quarter, project.end) else None
    if follow_until is not None:
        status_q = status_quarter_of(project.start, follow_until, today)
    last = follow_until or project.end
    first, n = frame.first, frame.n
    slots: list[MeasurementInfo | None] = [None] * n
    before_grid: list[MeasurementInfo] = []  # (values before the columns: none in a register made here)
    for info in measurements:
        pos = info.quarter.index - first
        if 0 <= pos < n:
            slots[pos] = info
        elif pos < 0:
            before_grid.append(info)
    by_position = [None if m is None else m.value for m in slots]
    values_kept: dict[Quarter, float | None] | None = None

    def values() -> dict[Quarter, float | None]:  # as the rules take them, made when one needs it
        nonlocal values_kept
        if values_kept is None:
            values_kept = {m.quarter: m.value for m in measurements}
        return values_kept

    milestone = indicator.kind is IndicatorKind.MILESTONE
    last_pos = last.index - first
    missing = frame.missing
    cells: list[GridCell] = []
    append = cells.append
    if milestone:
        first_reached = None  # a milestone stays reached on the day it was first reached
        reached: list[date | None] = []
        for i, m in enumerate(slots):
            reached_on = None if m is None else m.reached_on
            if by_position[i] == 1:
                first_reached = first_reached or reached_on or quarters[i].end_date
                reached_on = first_reached
            reached.append(reached_on)
        lights = milestone_run(spec, first, by_position, reached, today, values)
        line: list[float | None] = [None] * n
        progresses: list[float | None] = line
    else:
        if spec.accumulation is Accumulation.FLOW:
            # The baseline plus everything reported so far (domain.status_value's one rule, as
            # rollup.running_totals adds it up: the values before the columns first).
            total = sum(v for m in before_grid if (v := m.value) is not None)
            baseline = spec.baseline or 0.0
            compared: list[float | None] = []
            for v in by_position:
                if v is not None:
                    total += v
                    compared.append(baseline + total)
                else:
                    compared.append(None)
        else:
            compared = by_position
        line = expected_run(spec, first, n)
        progresses, lights = judged_run(spec, compared, line, project.thresholds)  # type: ignore[assignment]
    # Each cell made as ``GridCell(...)`` would make it, filled as one dict: a large grid makes
    # 100 000 of them, and the frozen dataclass's ``__init__`` sets each field by a call of its own.
    for i, q in enumerate(quarters):
        cell = _new(GridCell)
        if i > last_pos:  # after the project for an indicator not followed up after it: nothing to judge
            _set(cell, "__dict__", {"quarter": q, "measurement": slots[i], "status": Light.NONE,
                                    "expected": None, "progress": None})
        elif by_position[i] is None:
            _set(cell, "__dict__", {"quarter": q, "measurement": slots[i], "status": missing[i],
                                    "expected": line[i], "progress": None})
        else:
            _set(cell, "__dict__", {"quarter": q, "measurement": slots[i], "status": lights[i],
                                    "expected": line[i], "progress": progresses[i]})
        append(cell)
    status_pos = None if status_q is None else status_q.index - first
    current = cells[status_pos] if status_pos is not None and 0 <= status_pos < n else None
    # The latest reported cell up to the status quarter, and the value reported before it.
    latest_pos = -1
    top = n - 1 if status_pos is None else min(status_pos, n - 1)
    for i in range(top, -1, -1):
        if slots[i] is not None:
            latest_pos = i
            break
    latest = cells[latest_pos] if latest_pos >= 0 else None
    row_trend = Trend.NONE
    if latest is not None and latest.value is not None:
        before = None
        for i in range(latest_pos - 1, -1, -1):
            if by_position[i] is not None:
                before = by_position[i]
                break
        else:
            if before_grid:
                found = previous_reported(values(), quarters[0])
                before = found[1] if found else None
        row_trend = trend(indicator.direction, before, latest.value)
    until = min(status_q or quarters[-1], project.end)
    flow = indicator.accumulation == Accumulation.FLOW  # (as ``rollup.combined`` tells them)
    if not flow:  # a level's period value is its last report: where each column's last one is
        last_at: list[int] = []
        at = -1
        for i, v in enumerate(by_position):
            if v is not None:
                at = i
            last_at.append(at)

    def rolled(a: int, b: int, period: Period) -> float | None:
        if a >= 0 and b < n:  # (a period always lies within the columns; else as it is written)
            if not flow and a <= b:
                at = last_at[b]
                return by_position[at] if at >= a else None
            return combined(indicator.accumulation, [v for v in by_position[a:b + 1] if v is not None])
        return roll_up(indicator.accumulation, values(), period)

    total_period = Period("total", quarters[0], until)
    return GridRow(
        indicator=indicator,
        cells=tuple(cells),
        rollups=tuple(RollupCell(p, rolled(a, b, p)) for p, (a, b) in zip(periods, frame.bounds, strict=True)),
        to_date=RollupCell(total_period, rolled(0, until.index - first, total_period)),
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
    # A large grid is some 300 000 new objects that refer to no cycle: a full collection of the
    # cyclic collector every so often while they are made would walk all of them again and again
    # (about as long as making them). The collector resumes when the grid is made.
    with collector_paused():
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
    frame = _Frame.of(quarters, periods, today)
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
            frame,
        )
        for row in indicators
    )
