"""The domain rules with concrete numbers: quarters, Swedish numbers, values, status, roll-ups."""

from __future__ import annotations

from datetime import date

import pytest

from hallbar_desktop.domain.errors import InvalidQuarter, InvalidValue
from hallbar_desktop.domain.kinds import Accumulation, Direction, IndicatorKind
from hallbar_desktop.domain.numbers import format_amount, format_number, format_percent, parse_number
from hallbar_desktop.domain.quarters import (
    Period,
    Quarter,
    ReportingPeriodKind,
    half_year_of,
    quarter_range,
    reporting_periods,
)
from hallbar_desktop.domain.rollup import project_to_date, roll_up, roll_up_periods
from hallbar_desktop.domain.status import (
    IndicatorSpec,
    Light,
    Thresholds,
    Trend,
    expected_value,
    previous_reported,
    progress,
    status_value,
    summarise,
    traffic_light,
    trend,
)
from hallbar_desktop.domain.values import parse_value_text, validate_value

Q = Quarter.parse
NBSP = "\u00a0"
LATER = date(2030, 1, 1)

# --- quarters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["2021Q3", "2021q3", "2021-Q3", "2021 Q3", "2021 kv 3", "2021 kv3", "2021 kv. 3", "Q3 2021",
     "Q3-2021", "kv 3 2021", "  2021Q3  "],
)
def test_quarter_forms_people_type(text: str) -> None:
    assert Quarter.parse(text) == Quarter(2021, 3)


@pytest.mark.parametrize("text", ["2021Q5", "2021Q0", "21Q3", "hösten 2021", "", "2021-07-01"])
def test_not_a_quarter(text: str) -> None:
    with pytest.raises(InvalidQuarter, match="inget kvartal"):
        Quarter.parse(text)


def test_quarter_formats_order_and_arithmetic() -> None:
    q = Quarter(2021, 4)
    assert str(q) == "2021Q4" and q.label_sv() == "2021 kv 4" and q.label_en() == "Q4 2021"
    assert q.next() == Quarter(2022, 1) and q.prev() == Quarter(2021, 3)
    assert q + 5 == Quarter(2023, 1) and (Quarter(2023, 1) - q) == 5
    assert Quarter(2020, 4) < Quarter(2021, 1)
    assert q.start_date == date(2021, 10, 1) and q.end_date == date(2021, 12, 31)
    assert Quarter(2021, 1).end_date == date(2021, 3, 31)
    assert Quarter.from_date(date(2022, 5, 17)) == Quarter(2022, 2)
    assert Quarter(2021, 1).has_ended(date(2021, 4, 1)) and not Quarter(2021, 1).has_ended(date(2021, 3, 31))
    assert [str(x) for x in quarter_range(Q("2020Q3"), Q("2021Q2"))] == ["2020Q3", "2020Q4", "2021Q1", "2021Q2"]
    assert quarter_range(Q("2021Q2"), Q("2021Q1")) == []


def test_half_years_years_and_clipping_to_the_project() -> None:
    assert half_year_of(Q("2021Q3")) == Period("2021H2", Q("2021Q3"), Q("2021Q4"))
    periods = reporting_periods(Q("2020Q2"), Q("2021Q3"), ReportingPeriodKind.HALF_YEAR)
    assert [(p.code, str(p.start), str(p.end)) for p in periods] == [
        ("2020H1", "2020Q2", "2020Q2"), ("2020H2", "2020Q3", "2020Q4"), ("2021H1", "2021Q1", "2021Q2"),
        ("2021H2", "2021Q3", "2021Q3")]
    years = reporting_periods(Q("2020Q1"), Q("2022Q4"), ReportingPeriodKind.YEAR)
    assert [p.code for p in years] == ["2020", "2021", "2022"]
    assert Period.parse("2022H1") == Period("2022H1", Q("2022Q1"), Q("2022Q2"))
    assert Period.parse("2022").end == Q("2022Q4")
    assert Period.parse("2022H1").label("sv") == "2022 halvår 1"
    assert Q("2022Q2") in Period.parse("2022H1") and Q("2022Q3") not in Period.parse("2022H1")


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("12,5", 12.5), ("12.5", 12.5), ("85 %", 85.0), ("85%", 85.0), ("1 234,5", 1234.5),
     (f"1{NBSP}234,5", 1234.5), ("1\u202f234", 1234.0), ("-5", -5.0), ("\u22125", -5.0),
     ("+3", 3.0), ("  7 ", 7.0), ("1 234 567", 1234567.0), ("0,5", 0.5), (",5", 0.5)],
)
def test_swedish_numbers_are_read(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "  ", "tolv", "nan", "inf", "1e400", "1,2,3", "1,234.5", "12 5"])
def test_non_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_number(text)


def test_swedish_formatting() -> None:
    assert format_number(1234.5) == f"1{NBSP}234,5"
    assert format_number(12.0) == "12"
    assert format_number(-3.25) == "\u22123,25"
    assert format_number(0.333333) == "0,33"
    assert format_percent(85) == f"85{NBSP}%"
    assert format_amount(1234567) == f"1{NBSP}234{NBSP}567{NBSP}kr"


# --- values -------------------------------------------------------------------------------


def test_percent_from_numerator_and_denominator_keeps_both() -> None:
    v = parse_value_text(IndicatorKind.PERCENT, "34 av 40")
    assert (v.value, v.numerator, v.denominator) == (85.0, 34.0, 40.0)
    assert parse_value_text(IndicatorKind.PERCENT, "34/40").value == 85.0
    assert parse_value_text(IndicatorKind.PERCENT, "85,5%").value == 85.5


@pytest.mark.parametrize(
    ("kind", "text", "words"),
    [
        (IndicatorKind.PERCENT, "120", "mellan 0 och 100"),
        (IndicatorKind.PERCENT, "34/30", "större än nämnaren"),
        (IndicatorKind.PERCENT, "3/0", "större än 0"),
        (IndicatorKind.COUNT, "2,5", "heltal"),
        (IndicatorKind.COUNT, "-1", "negativt"),
        (IndicatorKind.AMOUNT, "-100", "negativt"),
        (IndicatorKind.COUNT, "nan", "inte ett tal"),
        (IndicatorKind.AMOUNT, "inf", "inte ett tal"),
        (IndicatorKind.AMOUNT, "1e400", "inte ett tal"),
        (IndicatorKind.MILESTONE, "kanske", "milstolpe"),
        (IndicatorKind.COUNT, "", "Inget värde"),
    ],
)
def test_values_that_do_not_fit_the_kind(kind: IndicatorKind, text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        parse_value_text(kind, text)


def test_amounts_in_kronor_and_millions() -> None:
    assert parse_value_text(IndicatorKind.AMOUNT, "1 500 000 kr").value == 1_500_000
    assert parse_value_text(IndicatorKind.AMOUNT, "1,5 mkr").value == 1_500_000
    assert parse_value_text(IndicatorKind.AMOUNT, "2 MSEK").value == 2_000_000


@pytest.mark.parametrize(("text", "value"), [("ja", 1), ("Uppnådd", 1), ("x", 1), ("nej", 0),
                                             ("ej uppnådd", 0), ("0", 0)])
def test_milestone_words(text: str, value: int) -> None:
    assert parse_value_text(IndicatorKind.MILESTONE, text).value == value


def test_milestone_date_means_reached_that_day() -> None:
    v = parse_value_text(IndicatorKind.MILESTONE, "2021-05-12")
    assert v.value == 1 and v.reached_on == date(2021, 5, 12)
    with pytest.raises(InvalidValue):
        validate_value(IndicatorKind.MILESTONE, value=0, reached_on=date(2021, 5, 12))


def test_parts_by_sex_sum_to_the_total() -> None:
    v = validate_value(IndicatorKind.COUNT, value=12, women=7, men=5, split_by_sex=True)
    assert (v.women, v.men, v.other) == (7, 5, None)
    assert validate_value(IndicatorKind.COUNT, women=7, men=5, other=1, split_by_sex=True).value == 13
    with pytest.raises(InvalidValue, match="= 11, men totalen är 12"):
        validate_value(IndicatorKind.COUNT, value=12, women=7, men=4, split_by_sex=True)
    with pytest.raises(InvalidValue, match="inte uppdelad"):
        validate_value(IndicatorKind.COUNT, value=12, women=7, men=5)


def test_fraction_and_value_must_agree() -> None:
    with pytest.raises(InvalidValue, match="stämmer inte"):
        validate_value(IndicatorKind.PERCENT, value=90, numerator=34, denominator=40)
    assert validate_value(IndicatorKind.PERCENT, value=85, numerator=34, denominator=40).value == 85


# --- status -------------------------------------------------------------------------------


def spec(**kw: object) -> IndicatorSpec:
    base: dict[str, object] = dict(kind=IndicatorKind.PERCENT, direction=Direction.HIGHER,
                                   accumulation=Accumulation.LEVEL, baseline=0.0,
                                   baseline_quarter=Q("2021Q1"), target=100.0,
                                   target_quarter=Q("2022Q1"))
    base.update(kw)
    return IndicatorSpec(**base)  # type: ignore[arg-type]


def test_expected_value_on_the_line_and_after_the_deadline() -> None:
    s = spec()
    assert expected_value(s, Q("2020Q4")) == 0
    assert expected_value(s, Q("2021Q3")) == 50
    assert expected_value(s, Q("2022Q1")) == 100
    assert expected_value(s, Q("2023Q1")) == 100


def test_intermediate_targets_bend_the_line() -> None:
    s = spec(intermediate_targets=((Q("2021Q2"), 10.0),))
    assert expected_value(s, Q("2021Q2")) == 10
    assert expected_value(s, Q("2021Q3")) == pytest.approx(40)
    # 28 at 2021Q3 is red against the plain line (28 of 50) but yellow against the bent one
    # (28 of 40): a slow start that was planned is not judged as a failure.
    values = {Q("2021Q3"): 28.0}
    assert traffic_light(spec(), values, Q("2021Q3")) is Light.RED
    assert traffic_light(s, values, Q("2021Q3")) is Light.YELLOW


@pytest.mark.parametrize(("actual", "light"), [(50, Light.GREEN), (45, Light.GREEN), (44, Light.YELLOW),
                                               (30, Light.YELLOW), (29, Light.RED), (0, Light.RED)])
def test_traffic_light_thresholds(actual: float, light: Light) -> None:
    assert traffic_light(spec(), {Q("2021Q3"): actual}, Q("2021Q3")) is light


def test_project_thresholds_change_the_colour() -> None:
    values = {Q("2021Q3"): 44.0}
    assert traffic_light(spec(), values, Q("2021Q3")) is Light.YELLOW
    assert traffic_light(spec(), values, Q("2021Q3"), thresholds=Thresholds(0.8, 0.5)) is Light.GREEN
    with pytest.raises(Exception, match="Gränserna"):
        Thresholds(green=0.5, yellow=0.8)


def test_lower_is_better() -> None:
    s = spec(kind=IndicatorKind.AMOUNT, direction=Direction.LOWER, baseline=40.0, target=10.0)
    assert progress(s, 25) == pytest.approx(0.5)
    assert traffic_light(s, {Q("2021Q3"): 25.0}, Q("2021Q3")) is Light.GREEN
    assert traffic_light(s, {Q("2021Q3"): 35.0}, Q("2021Q3")) is Light.RED
    assert trend(Direction.LOWER, 30, 25) is Trend.BETTER
    assert trend(Direction.LOWER, 25, 30) is Trend.WORSE


def test_grey_for_an_ended_quarter_without_value_none_for_the_future() -> None:
    assert traffic_light(spec(), {}, Q("2021Q3"), today=date(2022, 1, 1)) is Light.GREY
    assert traffic_light(spec(), {}, Q("2021Q3"), today=date(2021, 8, 1)) is Light.NONE


def test_target_already_met_at_baseline() -> None:
    s = spec(baseline=100.0, target=100.0)
    assert progress(s, 100) == 1.0 and progress(s, 95) == 0.0
    assert traffic_light(s, {Q("2021Q3"): 100.0}, Q("2021Q3")) is Light.GREEN
    assert traffic_light(s, {Q("2021Q3"): 95.0}, Q("2021Q3")) is Light.RED


def test_no_target_no_light() -> None:
    assert traffic_light(spec(target=None), {Q("2021Q3"): 5.0}, Q("2021Q3")) is Light.NONE


def test_flow_is_judged_on_its_sum_to_date() -> None:
    s = spec(kind=IndicatorKind.COUNT, accumulation=Accumulation.FLOW, target=40.0)
    values = {Q("2021Q2"): 10.0, Q("2021Q3"): 12.0}
    assert status_value(s, values, Q("2021Q3")) == 22
    assert traffic_light(s, values, Q("2021Q3")) is Light.GREEN  # 22 of an expected 20
    assert status_value(s, values, Q("2021Q4")) is None


def milestone(deadline: str = "2021Q4") -> IndicatorSpec:
    return spec(kind=IndicatorKind.MILESTONE, baseline=0.0, target=1.0, target_quarter=Q(deadline))


def test_milestone_reached_on_time_or_late() -> None:
    assert traffic_light(milestone(), {Q("2021Q3"): 1.0}, Q("2021Q3")) is Light.GREEN
    assert traffic_light(milestone(), {Q("2022Q1"): 1.0}, Q("2022Q1"), reached_on=date(2021, 12, 1)) is Light.GREEN
    assert traffic_light(milestone(), {Q("2022Q1"): 1.0}, Q("2022Q1")) is Light.YELLOW


def test_milestone_not_reached_on_schedule_due_and_overdue() -> None:
    m = milestone("2022Q2")
    assert traffic_light(m, {Q("2021Q3"): 0.0}, Q("2021Q3")) is Light.GREEN
    assert traffic_light(m, {Q("2022Q1"): 0.0}, Q("2022Q1")) is Light.YELLOW
    assert traffic_light(m, {Q("2022Q2"): 0.0}, Q("2022Q2")) is Light.YELLOW
    assert traffic_light(m, {Q("2022Q3"): 0.0}, Q("2022Q3")) is Light.RED


def test_trend_and_previous_reported_skips_gaps() -> None:
    values = {Q("2021Q1"): 10.0, Q("2021Q2"): None, Q("2021Q3"): 10.0}
    assert previous_reported(values, Q("2021Q3")) == (Q("2021Q1"), 10.0)
    assert trend(Direction.HIGHER, 10, 10) is Trend.SAME
    assert trend(Direction.HIGHER, 10, 11) is Trend.BETTER
    assert trend(Direction.HIGHER, None, 11) is Trend.NONE
    assert Trend.BETTER.arrow == "↑"


def test_summary_counts_every_colour() -> None:
    lights = [Light.GREEN, Light.GREEN, Light.RED, Light.NONE, Light.GREY]
    assert summarise(lights) == {Light.GREEN: 2, Light.YELLOW: 0, Light.RED: 1, Light.GREY: 1}


# --- roll-ups -----------------------------------------------------------------------------

VALUES = {Q("2021Q1"): 5.0, Q("2021Q2"): 7.0, Q("2021Q4"): 3.0}


def test_flow_is_summed_level_takes_the_last_value() -> None:
    h1, h2 = Period.parse("2021H1"), Period.parse("2021H2")
    assert roll_up(Accumulation.FLOW, VALUES, h1) == 12
    assert roll_up(Accumulation.LEVEL, VALUES, h1) == 7
    # A missing quarter (2021Q3) is skipped, not counted as zero or as a new level.
    assert roll_up(Accumulation.FLOW, VALUES, h2) == 3
    assert roll_up(Accumulation.LEVEL, VALUES, h2) == 3
    assert roll_up(Accumulation.LEVEL, VALUES, Period.parse("2022H1")) is None


def test_roll_up_periods_and_project_to_date() -> None:
    periods = reporting_periods(Q("2021Q1"), Q("2021Q4"), ReportingPeriodKind.HALF_YEAR)
    assert roll_up_periods(Accumulation.FLOW, VALUES, periods) == {"2021H1": 12, "2021H2": 3}
    assert project_to_date(Accumulation.FLOW, VALUES, Q("2021Q1"), Q("2021Q4")) == 15
    assert project_to_date(Accumulation.LEVEL, VALUES, Q("2021Q1"), Q("2021Q3")) == 7
