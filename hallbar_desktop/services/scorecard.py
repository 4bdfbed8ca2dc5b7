"""A results-based-accountability scorecard: one line per indicator for a chosen quarter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from hallbar_desktop.domain.follow_up import follow_up_note_sv
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light, Trend, previous_reported, trend
from hallbar_desktop.services.grid import ProjectGrid, project_grid
from hallbar_desktop.services.views import IndicatorInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ScorecardLine:
    indicator: IndicatorInfo
    quarter: Quarter | None  # the quarter the value is from (latest reported up to the chosen one)
    value: float | None
    target: float | None
    progress: float | None  # fraction of the way from baseline to target
    light: Light
    trend: Trend
    change_since_baseline: float | None
    comment: str
    #: The deadline of an indicator followed up after the project's end (None for the others).
    follow_up_until: Quarter | None = None

    @property
    def followed_after_end(self) -> bool:
        """Marked in the scorecard (and the portfolio) as followed up after the project's end."""
        return self.follow_up_until is not None

    @property
    def follow_up_text(self) -> str:
        """``Följs upp efter projektslut, till och med 2024 kv 4``, or "" for other indicators."""
        return follow_up_note_sv(self.follow_up_until) if self.follow_up_until is not None else ""


@dataclass(frozen=True)
class Scorecard:
    project_code: str
    quarter: Quarter | None
    quarters: tuple[Quarter, ...]
    lines: tuple[ScorecardLine, ...]


def project_scorecard(session: Session | Connection, project_code: str, quarter: Quarter | str | None = None,
                      *, today: date | None = None) -> Scorecard:
    """The scorecard at ``quarter`` (default: the latest ended quarter of the project)."""
    return scorecard_of(project_grid(session, project_code, today=today), quarter)


def scorecard_of(grid: ProjectGrid, quarter: Quarter | str | None = None) -> Scorecard:
    """The scorecard of a grid already read (the window keeps its projects' grids)."""
    q = Quarter.parse(quarter) if isinstance(quarter, str) else quarter
    q = q or grid.status_quarter or grid.quarters[0]
    lines = []
    for row in grid.rows:
        # A quarter after the indicator's last one (the project's end, or its follow-up deadline) shows
        # where it ended.
        row_q = min(q, row.last_quarter) if row.last_quarter is not None else q
        cells = [c for c in row.cells if c.quarter <= row_q]
        reported = [c for c in cells if c.measurement is not None]
        latest = reported[-1] if reported else None
        at_q = next((c for c in cells if c.quarter == row_q), None)
        values = {c.quarter: c.value for c in row.cells}
        before = previous_reported(values, latest.quarter) if latest else None
        ind = row.indicator
        change = None
        if latest is not None and latest.value is not None and ind.baseline is not None \
                and ind.kind is not IndicatorKind.MILESTONE:
            change = latest.value - ind.baseline
        lines.append(ScorecardLine(
            indicator=ind,
            quarter=latest.quarter if latest else None,
            value=latest.value if latest else None,
            target=ind.target,
            progress=latest.progress if latest else None,
            light=at_q.status if at_q else Light.NONE,
            trend=trend(ind.direction, before[1] if before else None, latest.value if latest else None),
            change_since_baseline=change,
            comment=next((c.comment for c in reversed(reported) if c.comment), ""),
            follow_up_until=row.follow_up_until,
        ))
    return Scorecard(grid.project.code, q, grid.quarters, tuple(lines))
