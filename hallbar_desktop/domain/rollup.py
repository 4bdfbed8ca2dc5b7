"""Rolling quarters up into reporting periods by accumulation.

Getting this wrong gives wrong totals in the funder's report: a flow (people trained this
quarter) is summed over the period; a level (share assured at quarter end, a cumulative
count) is the last value reported in the period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from hallbar_desktop.domain.kinds import Accumulation
from hallbar_desktop.domain.quarters import Period, Quarter


def roll_up(accumulation: Accumulation, values: Mapping[Quarter, float | None], period: Period) -> float | None:
    """A period's value: a flow's sum, a level's last report; None when nothing is reported.

    A missing quarter is skipped, never read as 0: for a level that would report a fall to
    zero, for a flow it would hide that a report is missing.
    """
    # Walk the period's own quarters (in order) rather than every value of the indicator.
    return combined(accumulation, [v for q in period.quarters() if (v := values.get(q)) is not None])


def combined(accumulation: Accumulation, reported: Sequence[float]) -> float | None:
    """The values reported in a period (in quarter order) as the period's one value."""
    if not reported:
        return None
    if accumulation == Accumulation.FLOW:  # == so that a plain "flow" from a file counts too
        return sum(reported)
    return reported[-1]


def roll_up_periods(
    accumulation: Accumulation, values: Mapping[Quarter, float | None], periods: Iterable[Period]
) -> dict[str, float | None]:
    """Each period's value keyed by its code (``2021H1``), the shape a report table needs."""
    return {p.code: roll_up(accumulation, values, p) for p in periods}


def project_to_date(
    accumulation: Accumulation, values: Mapping[Quarter, float | None], start: Quarter, until: Quarter
) -> float | None:
    """The project to date (period code ``total``), as the final report asks for it."""
    return roll_up(accumulation, values, Period("total", start, until))


def flow_to_date(values: Mapping[Quarter, float | None], until: Quarter) -> float:
    """What a flow has added up to by the end of ``until``: every reported quarter counts, the
    baseline quarter included. This is the project's own result (``Hela projektet``); status and
    progress compare the baseline plus this sum with the line, so the two always agree."""
    return sum(v for q, v in values.items() if v is not None and q <= until)


def running_totals(values: Mapping[Quarter, float | None], quarters: Sequence[Quarter]) -> list[float]:
    """:func:`flow_to_date` at each of ``quarters`` (in order), computed in one pass."""
    totals: list[float] = []
    total = 0.0
    earlier = sum(v for q, v in values.items() if v is not None and quarters and q < quarters[0])
    total += earlier
    for q in quarters:
        v = values.get(q)
        if v is not None:
            total += v
        totals.append(total)
    return totals
