"""Everything the lägesrapport of one reporting period says, as plain data.

Gathered in one read: the project's facts, the steering group and its meetings in the period,
the activities with what was done and their outcome, the indicators with their outcome, status,
comments and the deviations the steering group heard, the effect chain with its lights at the end
of the period, the period's unforeseen effects and lessons, and the economy (costs per category
against the budget, financing received). ``reporting.lagesrapport`` writes it as a Word document;
the window can show it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import Light, status_value
from hallbar_desktop.services.activities import ActivityPlan, activity_plan, period_texts, project_period
from hallbar_desktop.services.economy import costs_by_activity
from hallbar_desktop.services.economy_follow_up import EconomyFollowUp, economy_follow_up
from hallbar_desktop.services.effect_chain import EffectChain, effect_chain
from hallbar_desktop.services.formatting import format_target, format_value
from hallbar_desktop.services.grid import GridRow, project_grid
from hallbar_desktop.services.lessons import LessonInfo, lessons_in_period
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.steering import MeetingInfo, MemberInfo, list_meetings, list_members
from hallbar_desktop.services.views import ProjectInfo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class IndicatorResult:
    code: str
    name: str
    focus_area_number: int
    outcome: str  # the period's outcome, formatted the Swedish way (flows summed, levels last value)
    at_end: str  # the value at the end of the period (cumulative for flows)
    target: str  # with its deadline
    status: Light  # at the end of the period
    comments: tuple[str, ...]  # the period's comments, latest first
    activities: tuple[str, ...]  # codes of the activities meant to move it


@dataclass(frozen=True)
class AreaDeviation:
    """What the steering group heard about a focus area at a meeting in the period."""

    focus_area_number: int
    meeting: date
    deviations: str
    actions: str


@dataclass(frozen=True)
class ProgressReport:
    project: ProjectInfo
    period: Period
    generated: date
    members: tuple[MemberInfo, ...]
    meetings: tuple[MeetingInfo, ...]  # held in the period
    focus_areas: tuple[tuple[int, str], ...]
    plan: ActivityPlan  # statuses at the end of the period
    activity_costs: dict[str, float]  # imported costs booked on an activity code in the period (lower-case code)
    indicators: tuple[IndicatorResult, ...]
    deviations: tuple[AreaDeviation, ...]
    unforeseen: str
    economy: EconomyFollowUp
    #: The effect chain with each indicator's light at the end of the period.
    effect_chain: EffectChain | None = None
    #: The lessons dated within the period.
    lessons: tuple[LessonInfo, ...] = ()

    def indicators_of(self, number: int) -> tuple[IndicatorResult, ...]:
        return tuple(i for i in self.indicators if i.focus_area_number == number)

    def deviations_of(self, number: int) -> tuple[AreaDeviation, ...]:
        return tuple(d for d in self.deviations if d.focus_area_number == number)

    @property
    def period_dates(self) -> tuple[date, date]:
        return self.period.start.start_date, self.period.end.end_date


def _result(row: GridRow, period: Period, linked: dict[str, list[str]]) -> IndicatorResult:
    ind = row.indicator
    rollup = next((r for r in row.rollups if r.period.code == period.code), None)
    end_cell = row.cell(period.end)
    reached = next((c.measurement.reached_on for c in reversed(row.cells)
                    if c.measurement is not None and c.quarter <= period.end and c.measurement.reached_on), None)
    outcome = format_value(ind.kind, rollup.value if rollup else None, reached_on=reached)
    at_end = ""
    if end_cell is not None and end_cell.measurement is not None:
        # a level as it stood; a flow as its total so far (baseline + every quarter after it)
        values = {c.quarter: c.value for c in row.cells if c.measurement is not None}
        at_end = format_value(ind.kind, status_value(ind.spec, values, period.end),
                              reached_on=end_cell.measurement.reached_on)
    comments = tuple(c.comment for c in reversed(row.cells)
                     if c.quarter in period and c.comment.strip())
    return IndicatorResult(
        code=ind.code, name=ind.name, focus_area_number=ind.focus_area_number, outcome=outcome or "–",
        at_end=at_end or "–", target=format_target(ind.kind, ind.target, ind.target_quarter) or "–",
        status=end_cell.status if end_cell is not None else Light.NONE, comments=comments,
        activities=tuple(linked.get(ind.code, [])),
    )


def progress_report(session: Session, project_code: str, period: Period | str, *,
                    today: date | None = None) -> ProgressReport:
    """The lägesrapport of ``period`` (one of the project's reporting periods, e.g. ``2022H1``)."""
    today = today or date.today()
    project = get_project(session, project_code)
    p = project_period(project, period)
    grid = project_grid(session, project.code, today=today)
    plan = activity_plan(session, project.code, period=p, today=today)
    linked: dict[str, list[str]] = {}
    for a in plan.activities:
        for code in a.indicator_codes:
            linked.setdefault(code, []).append(a.code)
    first_day, last_day = p.start.start_date, p.end.end_date
    meetings = tuple(m for m in list_meetings(session, project.code) if first_day <= m.held_on <= last_day)
    deviations = tuple(
        AreaDeviation(n.focus_area_number, m.held_on, n.text.deviations, n.text.actions)
        for m in meetings for n in m.narratives if n.text.deviations.strip() or n.text.actions.strip())
    return ProgressReport(
        project=grid.project, period=p, generated=today,
        members=tuple(m for m in list_members(session, project.code)
                      if (m.active_from is None or m.active_from <= last_day)
                      and (m.active_to is None or m.active_to >= first_day)),
        meetings=meetings,
        focus_areas=tuple((a.number, a.name) for a in grid.focus_areas),
        plan=plan,
        activity_costs=costs_by_activity(session, project.code, p.start, p.end),
        indicators=tuple(_result(row, p, linked) for row in grid.rows),
        deviations=deviations,
        unforeseen=period_texts(session, project.code, p).unforeseen,
        economy=economy_follow_up(session, project.code, period=p, today=today),
        # judged as the day after the period: its last quarter is then the latest ended one
        effect_chain=effect_chain(session, project.code, today=min(today, last_day + timedelta(days=1))),
        lessons=lessons_in_period(session, project.code, p),
    )


def quarter_label(q: Quarter | None) -> str:
    return q.label_sv() if q is not None else "–"
