"""The grid's fast row building (cells by position, the line once per row, ``status.judged``)
gives the rows the rules give one cell at a time: a random register is read with
``project_grid`` and every row compared with a straightforward recomputation."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.follow_up import follows_after_end
from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.quarters import Period, Quarter, quarter_range
from hallbar_desktop.domain.rollup import project_to_date, roll_up, running_totals
from hallbar_desktop.domain.status import (
    Light,
    Trend,
    expected_value,
    previous_reported,
    progress,
    traffic_light,
    trend,
)
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellEdit, apply_edits
from hallbar_desktop.services.grid import (
    GridCell,
    GridRow,
    ProjectGrid,
    RollupCell,
    project_grid,
    status_quarter_of,
)
from hallbar_desktop.services.grid_rows import refreshed_rows
from hallbar_desktop.services.lookup import measurement_info
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.models import Measurement
from hallbar_desktop.store.register import Register

KINDS = ("percent", "count", "amount", "milestone")


def _random_project(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    start, end = Quarter(2021, 2), Quarter(2024, 3)
    quarters = quarter_range(start, end)
    lines = ['format = "hallbar-project"', "version = 1", "", "[project]", 'code = "RND"',
             'name = "Slumpat projekt"', f'start = "{start}"', f'end = "{end}"',
             f'reporting_period = "{rng.choice(["half_year", "year", "quarter"])}"', ""]
    for area in (1, 2, 3):
        lines += ["[[focus_areas]]", f"number = {area}", f'name = "Område {area}"', ""]
        for n in range(1, 13):
            kind = rng.choice(KINDS)
            baseline_q = rng.choice(quarters[:4])
            # Some deadlines after the project's end: those rows are followed up until then.
            deadline = rng.choice(quarters[4:] + [end + 2, end + 4])
            lines += ["[[focus_areas.indicators]]", f'code = "{area}.{n}"', f'name = "Indikator {area}.{n}"',
                      f'kind = "{kind}"']
            if kind == "count":
                lines.append(f'accumulation = "{rng.choice(["flow", "level"])}"')
            if kind != "milestone":
                baseline = rng.choice([0, 5, 20])
                target = rng.choice([baseline, baseline + 40, max(0, baseline - 4), 80])
                direction = "lower" if target < baseline else "higher" if target > baseline else \
                    rng.choice(["higher", "lower"])
                lines += [f'direction = "{direction}"', f"baseline = {baseline}", f'baseline_quarter = "{baseline_q}"',
                          f"target = {target}"]
            lines.append(f'target_quarter = "{deadline}"')
            between = quarter_range(baseline_q + 1, deadline - 1)
            if kind != "milestone" and between and rng.random() < 0.3:
                low, high = sorted((baseline, target))
                lines.append("[focus_areas.indicators.intermediate_targets]")
                lines.append(f'"{rng.choice(between)}" = {rng.randint(low, high)}')
            lines += ["", "[focus_areas.indicators.values]"]
            for q in quarter_range(start, min(deadline, end + 4)):
                if rng.random() < 0.3:
                    continue  # missing
                if kind == "milestone":
                    reached = rng.random() < 0.4
                    lines.append(f'"{q}" = {1 if reached else 0}')
                else:
                    lines.append(f'"{q}" = {rng.randint(0, 100) if kind == "percent" else rng.randint(0, 30)}')
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _reference_row(session: Session, row: GridRow, grid: ProjectGrid, today: date) -> GridRow:
    """The row as the rules give it cell by cell: the values read through the ORM, each
    quarter's looked up by quarter, the line and the light asked for per cell, each roll-up
    walked through its period."""
    ind, project, quarters = row.indicator, grid.project, grid.quarters
    spec = ind.spec
    measurements = [measurement_info(m) for m in session.scalars(
        select(Measurement).where(Measurement.indicator_id == ind.id).order_by(Measurement.quarter))
        if Quarter.parse(m.quarter) <= quarters[-1]]
    status_q = grid.status_quarter
    follow_until = ind.target_quarter if follows_after_end(ind.target_quarter, project.end) else None
    if follow_until is not None:
        status_q = status_quarter_of(project.start, follow_until, today)
    last = follow_until or project.end
    by_quarter = {m.quarter: m for m in measurements}
    values = {m.quarter: m.value for m in measurements}
    milestone = ind.kind is IndicatorKind.MILESTONE
    totals = running_totals(values, quarters) if spec.accumulation is Accumulation.FLOW else None
    first_reached = None
    cells = []
    for i, q in enumerate(quarters):
        m = by_quarter.get(q)
        reached_on = m.reached_on if m else None
        if milestone and m is not None and m.value == 1:
            first_reached = first_reached or reached_on or q.end_date
            reached_on = first_reached
        if m is None or m.value is None:
            compared = None
        elif totals is not None:
            compared = (spec.baseline or 0.0) + totals[i]
        else:
            compared = m.value
        if q > last:
            cells.append(GridCell(q, m, Light.NONE, None, None))
            continue
        cells.append(GridCell(
            q, m,
            traffic_light(spec, values, q, thresholds=project.thresholds, today=today, reached_on=reached_on,
                          compared=compared),
            None if milestone else expected_value(spec, q),
            None if milestone or compared is None else progress(spec, compared)))
    current = next((c for c in cells if c.quarter == status_q), None)
    reported = [c for c in cells if c.measurement is not None and (status_q is None or c.quarter <= status_q)]
    latest = reported[-1] if reported else None
    row_trend = Trend.NONE
    if latest is not None:
        before = previous_reported(values, latest.quarter)
        row_trend = trend(ind.direction, before[1] if before else None, latest.value)
    until = min(status_q or quarters[-1], project.end)
    return GridRow(ind, tuple(cells), tuple(RollupCell(p, roll_up(ind.accumulation, values, p)) for p in grid.periods),
                   RollupCell(Period("total", quarters[0], until),
                              project_to_date(ind.accumulation, values, quarters[0], until)),
                   current, latest, row_trend, follow_until, project.end)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grid_rows_equal_the_rules_applied_cell_by_cell(register: Register, tmp_path: Path, seed: int) -> None:
    file = tmp_path / "rnd.toml"
    _random_project(file, seed)
    with register.transaction() as s:
        load_project(s, file, Actor("test", "load"))
    compared = 0
    with register.reading() as s:
        for today in (date(2021, 1, 5), date(2022, 8, 20), date(2024, 12, 1), date(2030, 1, 1)):
            for options in ({}, {"focus_area_number": 2}, {"until": Quarter(2023, 1)}):
                grid = project_grid(s, "RND", today=today, **options)  # type: ignore[arg-type]
                assert grid.rows
                for row in grid.rows:
                    assert row == _reference_row(s, row, grid, today), (row.indicator.code, today, options)
                    compared += 1
    assert compared == (36 + 12 + 36) * 4  # every row of every read was compared


@pytest.mark.parametrize("seed", [4, 5])
def test_a_grid_refreshed_after_writes_equals_a_fresh_read(register: Register, tmp_path: Path, seed: int) -> None:
    """What a grid keeps worked out (where each row is, the focus areas' rows, the lights counted)
    goes along when the rows a write touched are read again: it must then equal a grid read anew,
    the counts included, however the lights moved."""
    file = tmp_path / "rnd.toml"
    _random_project(file, seed)
    with register.transaction() as s:
        load_project(s, file, Actor("test", "load"))
    today = date(2023, 8, 20)
    rng = random.Random(seed)
    with register.reading() as s:
        grid = project_grid(s, "RND", today=today)
    areas = (None, 1, 2, 3)
    for area in areas:  # worked out before the writes, so that they are carried along
        grid.summary(area)
        if area is not None:
            grid.rows_of(area)
    grid.positions_of(["1.1"])
    for _round in range(4):
        rows = rng.sample([r for r in grid.rows if r.indicator.kind is not IndicatorKind.MILESTONE], 3)
        edits = []
        for row in rows:
            q = rng.choice(grid.quarters[:10])
            edits.append(CellEdit.typed(row.indicator.code, q, rng.choice(["", "0", "3", "55", "90"])))
        with register.transaction() as s:
            apply_edits(s, "RND", edits, Actor("test", "window"))
        codes = [r.indicator.code.upper() if i % 2 else r.indicator.code for i, r in enumerate(rows)]
        with register.reading() as s:
            grid, positions = refreshed_rows(s, grid, codes, today=today)
            fresh = project_grid(s, "RND", today=today)
        written = {r.indicator.code for r in rows}
        assert positions == tuple(i for i, r in enumerate(fresh.rows) if r.indicator.code in written)
        assert grid.rows == fresh.rows
        for area in areas:
            assert grid.summary(area) == fresh.summary(area), (area, _round)
            if area is not None:
                assert grid.rows_of(area) == fresh.rows_of(area)
        assert grid.positions_of(codes) == fresh.positions_of(codes) == positions
        assert grid.with_approved(frozenset()).summary() == fresh.summary()
