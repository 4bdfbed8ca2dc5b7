"""Roll-ups: a flow is summed over a period, a level is its last reported value."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.kinds import Accumulation
from hallbar_desktop.domain.quarters import Period, Quarter, ReportingPeriodKind, reporting_periods
from hallbar_desktop.domain.rollup import project_to_date, roll_up, roll_up_periods

Q = Quarter.parse
FLOW, LEVEL = Accumulation.FLOW, Accumulation.LEVEL
# 2021Q3 is missing: no report that quarter.
VALUES: dict[Quarter, float | None] = {Q("2021Q1"): 5.0, Q("2021Q2"): 7.0, Q("2021Q3"): None, Q("2021Q4"): 3.0}


@pytest.mark.parametrize(
    ("accumulation", "period", "expected"),
    [
        (FLOW, "2021H1", 12.0),
        (LEVEL, "2021H1", 7.0),
        (FLOW, "2021H2", 3.0),  # the missing 2021Q3 is skipped, not counted as 0 …
        (LEVEL, "2021H2", 3.0),  # … nor as a level of 0
        (FLOW, "2021", 15.0),
        (LEVEL, "2021", 3.0),
        (FLOW, "2021Q2", 7.0),
        (LEVEL, "2021Q3", None),
        (FLOW, "2021Q3", None),
        (FLOW, "2022H1", None),
        (LEVEL, "2022H1", None),
    ],
)
def test_roll_up(accumulation: Accumulation, period: str, expected: float | None) -> None:
    assert roll_up(accumulation, VALUES, Period.parse(period)) == expected


def test_a_level_takes_the_last_reported_value_even_if_lower() -> None:
    falling = {Q("2021Q1"): 9.0, Q("2021Q2"): 4.0}
    assert roll_up(LEVEL, falling, Period.parse("2021H1")) == 4.0
    assert roll_up(FLOW, falling, Period.parse("2021H1")) == 13.0


def test_a_reported_zero_counts() -> None:
    zero = {Q("2021Q1"): 6.0, Q("2021Q2"): 0.0}
    assert roll_up(LEVEL, zero, Period.parse("2021H1")) == 0.0
    assert roll_up(FLOW, {Q("2021Q1"): 0.0}, Period.parse("2021H1")) == 0.0


def test_accumulation_may_come_as_plain_text() -> None:
    assert roll_up("flow", VALUES, Period.parse("2021H1")) == 12.0  # type: ignore[arg-type]


def test_roll_up_periods_keyed_by_code() -> None:
    periods = reporting_periods(Q("2021Q1"), Q("2021Q4"), ReportingPeriodKind.HALF_YEAR)
    assert roll_up_periods(FLOW, VALUES, periods) == {"2021H1": 12.0, "2021H2": 3.0}
    assert roll_up_periods(LEVEL, VALUES, periods) == {"2021H1": 7.0, "2021H2": 3.0}


def test_roll_up_over_periods_clipped_to_the_project() -> None:
    # The project starts 2021Q2: its first half-year holds only 2021Q2.
    periods = reporting_periods(Q("2021Q2"), Q("2022Q1"), ReportingPeriodKind.HALF_YEAR)
    assert roll_up_periods(FLOW, VALUES, periods) == {"2021H1": 7.0, "2021H2": 3.0, "2022H1": None}


def test_project_to_date() -> None:
    assert project_to_date(FLOW, VALUES, Q("2021Q1"), Q("2021Q4")) == 15.0
    assert project_to_date(FLOW, VALUES, Q("2021Q2"), Q("2021Q4")) == 10.0
    assert project_to_date(LEVEL, VALUES, Q("2021Q1"), Q("2021Q3")) == 7.0
    assert project_to_date(LEVEL, VALUES, Q("2021Q1"), Q("2021Q4")) == 3.0
    assert project_to_date(FLOW, {}, Q("2021Q1"), Q("2021Q4")) is None
