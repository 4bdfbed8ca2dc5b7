"""The economy's rules: flat rate, funder share, forecast, status, amounts written the Swedish way."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.economy import (
    CostCategory,
    FinancierKind,
    FunderShare,
    Pace,
    check_funder_cap,
    check_indirect_rate,
    economy_light,
    forecast,
    indirect_costs,
    pace,
    parse_amount,
    time_share,
    with_indirect,
)
from hallbar_desktop.domain.errors import DomainError, InvalidValue
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light, Thresholds

Q = Quarter.parse
START, END = Q("2020Q1"), Q("2022Q4")


# --- flat rate ---------------------------------------------------------------------------
def test_indirect_costs_are_the_rate_times_the_salary_costs() -> None:
    assert indirect_costs(812_345.67, 0.15) == 121_851.85
    assert indirect_costs(0, 0.15) == 0
    assert indirect_costs(250_000.5, 0.15) == 37_500.08  # half an öre up, as accounts round
    assert indirect_costs(-1_000.1, 0.15) == -150.02
    assert indirect_costs(100_000, 0) == 0


def test_indirect_costs_are_computed_whatever_was_passed_for_them() -> None:
    amounts = with_indirect({CostCategory.PERSONNEL: 200_000, CostCategory.INDIRECT: 999, CostCategory.TRAVEL: 5}, 0.2)
    assert amounts[CostCategory.INDIRECT] == 40_000
    assert amounts[CostCategory.TRAVEL] == 5 and amounts[CostCategory.OTHER] == 0
    assert list(amounts) == list(CostCategory)


@pytest.mark.parametrize("rate", [-0.01, 0.41, float("nan"), float("inf")])
def test_a_flat_rate_outside_zero_to_forty_percent_is_refused(rate: float) -> None:
    with pytest.raises(DomainError, match="Schablonen"):
        check_indirect_rate(rate)


def test_a_flat_rate_inside_is_kept() -> None:
    assert check_indirect_rate(0.15) == 0.15 and check_indirect_rate(0) == 0


def test_indirect_is_the_only_computed_category() -> None:
    assert [c for c in CostCategory if c.computed] == [CostCategory.INDIRECT]
    assert CostCategory.parse("Resor och logi") is CostCategory.TRAVEL
    assert CostCategory.parse("  indirekta  kostnader ") is CostCategory.INDIRECT
    assert CostCategory.parse("lön") is CostCategory.PERSONNEL
    assert CostCategory.parse("in_kind") is CostCategory.IN_KIND
    with pytest.raises(DomainError, match="finns inte"):
        CostCategory.parse("Fika")


# --- funder share ------------------------------------------------------------------------
def test_the_funder_share_is_checked_against_its_cap() -> None:
    half = FunderShare(2_500_000, 5_000_000, 0.5)
    assert half.share == 0.5 and half.within_cap
    assert "50\u00a0%" in half.message_sv()
    over = FunderShare(3_500_000, 5_000_000, 0.5)
    assert not over.within_cap
    assert "70\u00a0%" in over.message_sv() and "för hög" in over.message_sv()
    assert FunderShare(0, 0, 0.5).share is None and FunderShare(0, 0, 0.5).within_cap


def test_a_funder_cap_must_be_a_share() -> None:
    assert check_funder_cap(0.5) == 0.5
    for bad in (0, 1.2, -0.5):
        with pytest.raises(DomainError):
            check_funder_cap(bad)
    assert FinancierKind.parse("Projektintäkter") is FinancierKind.INCOME
    assert FinancierKind.parse("regional") is FinancierKind.REGIONAL
    assert FinancierKind.parse("in_kind") is FinancierKind.IN_KIND
    assert CostCategory.parse("external_services") is CostCategory.EXTERNAL_SERVICES


# --- time and forecast -------------------------------------------------------------------
def test_time_share_counts_the_quarters_passed() -> None:
    assert time_share(START, END, Q("2020Q3")) == 0.25
    assert time_share(START, END, Q("2022Q4")) == 1
    assert time_share(START, END, Q("2019Q4")) == 0
    assert time_share(START, END, Q("2024Q1")) == 1


def test_the_forecast_runs_on_the_pace_of_the_last_four_quarters() -> None:
    costs = {Q("2020Q1"): 10.0, Q("2020Q2"): 20.0, Q("2020Q3"): 100.0, Q("2020Q4"): 100.0,
             Q("2021Q1"): 100.0, Q("2021Q2"): 100.0}
    # to date 430; the last four average 100; six quarters left
    assert forecast(costs, START, END, Q("2021Q2")) == 430 + 100 * 6


def test_the_forecast_early_in_the_project_uses_the_quarters_there_are() -> None:
    costs = {Q("2020Q1"): 30.0, Q("2020Q2"): 50.0}
    assert forecast(costs, START, END, Q("2020Q2")) == 80 + 40 * 10


def test_a_quarter_without_costs_counts_as_nothing_in_the_pace() -> None:
    costs = {Q("2021Q1"): 80.0, Q("2021Q3"): 80.0}
    assert forecast(costs, START, END, Q("2021Q4")) == 160 + 40 * 4


def test_at_the_end_the_forecast_is_the_outcome_and_before_the_start_there_is_none() -> None:
    costs = {Q("2020Q1"): 5.0, Q("2022Q4"): 7.0, Q("2023Q1"): 1000.0}
    assert forecast(costs, START, END, Q("2022Q4")) == 12
    assert forecast(costs, START, END, Q("2025Q1")) == 12
    assert forecast(costs, START, END, Q("2019Q4")) is None


# --- status ------------------------------------------------------------------------------
@pytest.mark.parametrize(("spent", "elapsed", "light"), [
    (500, 0.5, Light.GREEN),   # in line with time
    (450, 0.5, Light.GREEN),   # 90 % of the pace of time
    (549, 0.5, Light.GREEN),   # 110 %
    (440, 0.5, Light.YELLOW),  # a little slow
    (300, 0.5, Light.YELLOW),  # 60 %
    (290, 0.5, Light.RED),     # far behind
    (600, 0.5, Light.YELLOW),  # ahead of time: 120 %
    (700, 0.5, Light.YELLOW),  # 140 %
    (710, 0.5, Light.RED),     # far ahead of time
    (1001, 1.0, Light.RED),    # over the whole budget
    (1050, 0.9, Light.RED),    # over the whole budget, whatever the time
    (1000, 1.0, Light.GREEN),
])
def test_spent_in_line_with_time_is_green(spent: float, elapsed: float, light: Light) -> None:
    assert economy_light(spent, 1000, elapsed, reported=True) is light


def test_grey_when_the_quarter_is_not_reported_and_nothing_before_the_start() -> None:
    assert economy_light(500, 1000, 0.5, reported=False) is Light.GREY
    assert economy_light(0, 1000, 0.0, reported=True) is Light.NONE


def test_a_cost_without_budget_is_red() -> None:
    assert economy_light(5000, 0, 0.5, reported=True) is Light.RED
    assert economy_light(0, 0, 0.5, reported=True) is Light.NONE


def test_the_projects_thresholds_set_the_bands() -> None:
    strict = Thresholds(green=0.95, yellow=0.8)
    assert economy_light(460, 1000, 0.5, reported=True, thresholds=strict) is Light.YELLOW
    assert economy_light(390, 1000, 0.5, reported=True, thresholds=strict) is Light.RED
    assert economy_light(390, 1000, 0.5, reported=True) is Light.YELLOW


def test_pace_says_which_way() -> None:
    assert pace(700, 1000, 0.5) is Pace.OVER
    assert pace(300, 1000, 0.5) is Pace.UNDER
    assert pace(500, 1000, 0.5) is Pace.IN_LINE
    assert pace(10, 0, 0.5) is Pace.OVER


# --- amounts -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "value"), [
    ("12 345,50", 12345.5),
    ("12\u00a0345,50", 12345.5),
    ("12\u202f345 kr", 12345.0),
    ("−1 234,5", -1234.5),
    ("1234,50-", -1234.5),
    ("1.234.567,89", 1234567.89),
    ("1234.5", 1234.5),
    ("99,999", 100.0),
    (" 0 ", 0.0),
    (250_000, 250000.0),
])
def test_amounts_written_the_swedish_way(text: str, value: float) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "tolv", "1,234.5", "1e400", "nan", "5 000 000 000 000"])
def test_unreadable_amounts_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_amount(text)


def test_a_budget_cannot_be_negative() -> None:
    with pytest.raises(InvalidValue, match="negativt"):
        parse_amount("-5", allow_negative=False)
