"""What the plan and economy views show of a project, read through the window's state.

Each reading is kept by :meth:`RegisterState.kept` until a change of the activity plan, the
economy (or the approvals, which the costs grid marks) or the structure concerns the project, so
every view shows the same plan and the same numbers, and none keeps a copy of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hallbar_desktop.domain.quarters import Period, Quarter

if TYPE_CHECKING:
    from hallbar_desktop.services.activities import ActivityPlan, PeriodTexts
    from hallbar_desktop.services.economy import BudgetTable, CostGrid, EconomySettings
    from hallbar_desktop.services.economy_follow_up import EconomyFollowUp
    from hallbar_desktop.ui.window.state import RegisterState

#: The kinds of change each reading depends on (a change of structure always counts).
PLAN = frozenset({"activities"})
ECONOMY = frozenset({"economy", "approvals"})


def activity_plan(state: RegisterState, code: str) -> ActivityPlan:
    """The plan with each activity's status at the latest ended quarter (delayed by the rule)."""
    from hallbar_desktop.services import activities

    return state.kept(code, "activity_plan", PLAN, lambda s: activities.activity_plan(s, code))


def period_texts(state: RegisterState, code: str, period: str) -> PeriodTexts:
    from hallbar_desktop.services import activities

    return state.kept(code, ("period_texts", period), PLAN, lambda s: activities.period_texts(s, code, period))


def follow_up(state: RegisterState, code: str, period: str | None) -> EconomyFollowUp:
    """The economy at the end of ``period`` (a quarter or a reporting period), with the period's
    own budget share and costs; None: the latest ended quarter."""
    from hallbar_desktop.services.economy_follow_up import economy_follow_up

    return state.kept(code, ("follow_up", period), ECONOMY,
                      lambda s: economy_follow_up(s, code, period=period))


def cost_grid(state: RegisterState, code: str) -> CostGrid:
    from hallbar_desktop.services import economy

    return state.kept(code, "cost_grid", ECONOMY, lambda s: economy.cost_grid(s, code))


def budget_table(state: RegisterState, code: str) -> BudgetTable:
    from hallbar_desktop.services import economy

    return state.kept(code, "budget_table", ECONOMY, lambda s: economy.budget_table(s, code))


def economy_settings(state: RegisterState, code: str) -> EconomySettings:
    from hallbar_desktop.services import economy

    return state.kept(code, "economy_settings", ECONOMY, lambda s: economy.economy_settings(s, code))


def latest_ended_period(periods: tuple[str, ...], as_of: Quarter | None) -> str | None:
    """The latest reporting period that has ended by ``as_of`` (the first one before any has):
    what a lägesrapport is written for by default."""
    if not periods:
        return None
    ended = [p for p in periods if as_of is not None and Period.parse(p).end <= as_of]
    return ended[-1] if ended else periods[0]


def period_of(periods: tuple[str, ...], quarter: Quarter | None) -> str | None:
    """The reporting period that holds ``quarter`` (the one being written now), else the first."""
    if quarter is not None:
        for p in periods:
            period = Period.parse(p)
            if period.start <= quarter <= period.end:
                return p
    return periods[0] if periods else None
