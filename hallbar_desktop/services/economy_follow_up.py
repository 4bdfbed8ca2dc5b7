"""The economy as a steering group follows it: per cost category and in total the budget, the
outcome to date, the share used against the share of time passed, the forecast to the end and
a traffic light; the financing received; and what to raise at a meeting (economy deviations
and delayed activities).

The rules are in :mod:`hallbar_desktop.domain.economy`; this module only gathers the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from hallbar_desktop.domain.economy import (
    CostCategory,
    FinancierKind,
    FunderShare,
    Pace,
    economy_light,
    forecast,
    pace,
    time_share,
)
from hallbar_desktop.domain.numbers import format_amount, format_percent
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import EPS, Light, Thresholds
from hallbar_desktop.services.activities import ActivityInfo, activity_plan, any_period, plan_quarter
from hallbar_desktop.services.economy import BudgetTable, budget_table, cost_grid
from hallbar_desktop.services.lookup import get_project

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TOTAL_LABEL = "Totalt"


@dataclass(frozen=True)
class CategoryFollowUp:
    """One row of the economy follow-up: a cost category, or the total (``category`` None)."""

    category: CostCategory | None
    label: str
    budget: float  # the whole project
    outcome: float  # from the start to the end of ``as_of``
    period_budget: float | None  # the chosen period's share of the budget (None without a period)
    period_outcome: float | None  # the costs of the chosen period
    used_share: float | None  # outcome / budget
    time_share: float  # of the project's quarters passed
    forecast: float | None  # at the end, at the recent pace
    status: Light
    pace: Pace

    @property
    def remaining(self) -> float:
        return self.budget - self.outcome

    @property
    def forecast_deviation(self) -> float | None:
        return None if self.forecast is None else self.forecast - self.budget

    @property
    def computed(self) -> bool:
        return self.category is not None and self.category.computed

    def explanation_sv(self) -> str:
        """One sentence for the readiness list and the meeting: what is off, and which way."""
        if self.status is Light.GREY:
            return f"{self.label}: inga kostnader är inlagda för kvartalet."
        used = format_percent(self.used_share * 100) if self.used_share is not None else "–"
        text = (f"{self.label}: {used} av budgeten ({format_amount(self.outcome)} av "
                f"{format_amount(self.budget)}) använd efter {format_percent(self.time_share * 100)} av tiden")
        if self.budget <= EPS and self.outcome > 0.5:
            text = f"{self.label}: {format_amount(self.outcome)} i kostnader utan budget"
        elif self.used_share is not None and self.used_share > 1 + 1e-6:
            text += " – budgeten är överskriden"
        elif self.pace is not Pace.IN_LINE and self.pace is not Pace.NONE:
            text += f" ({self.pace.label_sv()})"
        if self.forecast is not None and self.budget > EPS:
            text += (f"; prognos {format_amount(self.forecast)} "
                     f"({_signed_amount(self.forecast - self.budget)} mot budget)")
        return text + "."


def _signed_amount(value: float) -> str:
    return ("+" if value >= 0.5 else "") + format_amount(value)


@dataclass(frozen=True)
class FinancingFollowUp:
    name: str
    kind: FinancierKind
    planned: float  # the whole project, as in the decision
    planned_period: float | None  # the chosen period's share (None without a period)
    paid_period: float | None  # paid in during the chosen period
    paid_to_date: float  # paid in up to the end of ``as_of``


@dataclass(frozen=True)
class EconomyFollowUp:
    project_code: str
    project_name: str
    start: Quarter
    end: Quarter
    as_of: Quarter | None  # the quarter judged; None before the project starts
    period: Period | None  # the reporting period asked for, if any
    time_share: float
    indirect_rate: float
    thresholds: Thresholds
    reported: bool  # any cost entered for ``as_of``
    rows: tuple[CategoryFollowUp, ...]  # every cost category, in the funder's order
    total: CategoryFollowUp
    financing: tuple[FinancingFollowUp, ...]
    funder_share: FunderShare
    checks: tuple[str, ...]  # budget and financing that do not add up
    example_data: bool

    @property
    def has_budget(self) -> bool:
        return self.total.budget > EPS

    def row(self, category: CostCategory) -> CategoryFollowUp:
        return next(r for r in self.rows if r.category is category)

    def deviations(self) -> tuple[CategoryFollowUp, ...]:
        """The categories (and the total) that are yellow, red or not reported."""
        return tuple(r for r in (*self.rows, self.total) if r.status in (Light.YELLOW, Light.RED, Light.GREY))

    def counts(self) -> dict[Light, int]:
        counts = {light: 0 for light in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)}
        for r in self.rows:
            if r.status in counts:
                counts[r.status] += 1
        return counts


def _quarters_in_year(year: int, start: Quarter, end: Quarter) -> int:
    return sum(1 for i in range(4) if start <= Quarter(year, i + 1) <= end)


def _period_budget(table: BudgetTable, category: CostCategory | None, quarters: list[Quarter],
                   start: Quarter, end: Quarter) -> float:
    """A year's budget spread evenly over that year's quarters of the project."""
    cats = [category] if category is not None else list(CostCategory)
    total = 0.0
    for q in quarters:
        total += sum(table.amount(c, q.year) for c in cats) / _quarters_in_year(q.year, start, end)
    return total


def economy_follow_up(
    session: Session,
    project_code: str,
    *,
    period: Period | str | None = None,
    as_of: Quarter | str | None = None,
    today: date | None = None,
) -> EconomyFollowUp:
    """The follow-up at the end of ``as_of`` (default: the end of ``period``, else the latest ended
    quarter of the project). With a period, the period's own budget share, costs and payments too."""
    project = get_project(session, project_code)
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    chosen = any_period(project, period) if period is not None else None
    if as_of is not None:
        reference: Quarter | None = min(Quarter.parse(as_of) if isinstance(as_of, str) else as_of, end)
    elif chosen is not None:
        reference = chosen.end
    else:
        reference = plan_quarter(start, end, today)
    thresholds = Thresholds(green=project.green_threshold, yellow=project.yellow_threshold)
    table = budget_table(session, project.code)
    grid = cost_grid(session, project.code)
    elapsed = time_share(start, end, reference) if reference is not None else 0.0
    reported = reference is not None and grid.reported(reference)
    period_quarters = chosen.quarters() if chosen is not None else []

    def follow(category: CostCategory | None) -> CategoryFollowUp:
        cats = [category] if category is not None else list(CostCategory)
        budget = sum(table.category_total(c) for c in cats)
        per_quarter = {q: sum(grid.amount(q, c) for c in cats) for q in grid.quarters}
        outcome = sum(v for q, v in per_quarter.items() if reference is not None and q <= reference)
        light = (economy_light(outcome, budget, elapsed, reported=reported, thresholds=thresholds)
                 if reference is not None else Light.NONE)
        if reference is not None and not reported and budget <= EPS:
            light = Light.NONE  # nothing budgeted and nothing entered: nothing to chase
        return CategoryFollowUp(
            category=category,
            label=category.label_sv() if category is not None else TOTAL_LABEL,
            budget=budget,
            outcome=outcome,
            period_budget=_period_budget(table, category, period_quarters, start, end) if chosen else None,
            period_outcome=sum(per_quarter[q] for q in period_quarters) if chosen else None,
            used_share=outcome / budget if budget > EPS else None,
            time_share=elapsed,
            forecast=forecast(per_quarter, start, end, reference) if reference is not None else None,
            status=light,
            pace=pace(outcome, budget, elapsed, thresholds) if reference is not None else Pace.NONE,
        )

    rows = tuple(follow(c) for c in CostCategory)
    financing = tuple(
        FinancingFollowUp(
            name=f.name, kind=f.kind, planned=f.total_planned,
            planned_period=(sum(f.planned_in(q.year) / _quarters_in_year(q.year, start, end) for q in period_quarters)
                            if chosen else None),
            paid_period=f.paid_between(chosen.start, chosen.end) if chosen else None,
            paid_to_date=f.paid_between(start, reference) if reference is not None else 0.0,
        )
        for f in table.financiers
    )
    return EconomyFollowUp(
        project_code=project.code, project_name=project.name, start=start, end=end, as_of=reference,
        period=chosen, time_share=elapsed, indirect_rate=table.indirect_rate, thresholds=thresholds,
        reported=reported, rows=rows, total=follow(None), financing=financing,
        funder_share=table.funder_share, checks=table.checks, example_data=project.example_data,
    )


# --- what to raise at a meeting ------------------------------------------------------------
@dataclass(frozen=True)
class PlanDeviations:
    """Economy deviations and delayed activities at the end of ``quarter`` (for a meeting)."""

    project_code: str
    quarter: Quarter | None
    economy: tuple[CategoryFollowUp, ...]  # yellow, red or grey rows (the total last), if a budget exists
    delayed: tuple[ActivityInfo, ...]

    @property
    def empty(self) -> bool:
        return not self.economy and not self.delayed


def plan_deviations(session: Session, project_code: str, quarter: Quarter | str | None = None, *,
                    today: date | None = None) -> PlanDeviations:
    """What a steering group should hear about the economy and the activity plan at ``quarter``
    (default: the latest ended quarter). A project without a budget has no economy deviations."""
    follow = economy_follow_up(session, project_code, as_of=quarter, today=today)
    plan = activity_plan(session, project_code, as_of=follow.as_of, today=today) if follow.as_of else None
    economy = follow.deviations() if follow.has_budget else ()
    if economy and not follow.reported:  # one line says the quarter's costs are missing
        economy = (follow.total,)
    return PlanDeviations(
        project_code=follow.project_code, quarter=follow.as_of, economy=economy,
        delayed=plan.delayed() if plan is not None else (),
    )
