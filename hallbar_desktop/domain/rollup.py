"""Rolling quarters up into reporting periods by accumulation.

Getting this wrong gives wrong totals in the funder's report: a flow (people trained this
quarter) is summed over the period; a level (share assured at quarter end, a cumulative
count) is the last value reported in the period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from hallbar_desktop.domain.kinds import Accumulation
from hallbar_desktop.domain.quarters import Period, Quarter


def roll_up(accumulation: Accumulation, values: Mapping[Quarter, float | None], period: Period) -> float | None:
    # Walk the period's own quarters (in order) rather than every value of the indicator.
    reported = [v for q in period.quarters() if (v := values.get(q)) is not None]
    if not reported:
        return None
    if accumulation is Accumulation.FLOW:
        return sum(reported)
    return reported[-1]


def roll_up_periods(
    accumulation: Accumulation, values: Mapping[Quarter, float | None], periods: Iterable[Period]
) -> dict[str, float | None]:
    return {p.code: roll_up(accumulation, values, p) for p in periods}


def project_to_date(
    accumulation: Accumulation, values: Mapping[Quarter, float | None], start: Quarter, until: Quarter
) -> float | None:
    return roll_up(accumulation, values, Period("total", start, until))
