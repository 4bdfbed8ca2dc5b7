"""Quarters as people type them, their arithmetic and dates, and the periods they roll up into."""

from __future__ import annotations

from datetime import date

import pytest

from hallbar_desktop.domain.errors import DomainError, InvalidQuarter
from hallbar_desktop.domain.quarters import (
    Period,
    Quarter,
    ReportingPeriodKind,
    half_year_of,
    quarter_range,
    reporting_periods,
    year_of,
)

Q = Quarter.parse


@pytest.mark.parametrize(
    "text",
    [
        "2021Q3",
        "2021q3",
        "2021-Q3",
        "2021 Q3",
        "2021 kv 3",
        "2021 kv3",
        "2021 kv. 3",
        "2021 KV 3",
        "Q3 2021",
        "Q3-2021",
        "q3 2021",
        "kv 3 2021",
        "  2021Q3  ",
        "\t2021 kv 3 ",
    ],
)
def test_quarter_forms_people_type(text: str) -> None:
    assert Quarter.parse(text) == Quarter(2021, 3)


@pytest.mark.parametrize(
    "text", ["2021Q5", "2021Q0", "21Q3", "hösten 2021", "", "2021-07-01", "2021", "Q3", "2021H2", "1899Q1"]
)
def test_not_a_quarter(text: str) -> None:
    with pytest.raises(InvalidQuarter, match="är inget kvartal"):
        Quarter.parse(text)


def test_the_error_says_what_to_write_instead() -> None:
    with pytest.raises(InvalidQuarter) as caught:
        Quarter.parse(" 2021Q5 ")
    assert str(caught.value) == "«2021Q5» är inget kvartal. Skriv till exempel 2021Q3 eller 2021 kv 3."
    assert caught.value.message == str(caught.value)
    assert isinstance(caught.value, DomainError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("year", "q"), [(2021, 0), (2021, 5), (1899, 4), (2201, 1)])
def test_quarter_out_of_range_is_refused(year: int, q: int) -> None:
    with pytest.raises(InvalidQuarter):
        Quarter(year, q)


def test_quarter_range_limits_are_allowed() -> None:
    assert str(Quarter(1900, 1)) == "1900Q1"
    assert str(Quarter(2200, 4)) == "2200Q4"


def test_text_forms() -> None:
    q = Quarter(2021, 3)
    assert str(q) == "2021Q3"
    assert q.label_sv() == "2021 kv 3"
    assert q.label_en() == "Q3 2021"
    assert q.label() == "2021 kv 3"
    assert q.label("en") == "Q3 2021"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2022, 1, 1), Quarter(2022, 1)),
        (date(2022, 3, 31), Quarter(2022, 1)),
        (date(2022, 4, 1), Quarter(2022, 2)),
        (date(2022, 5, 17), Quarter(2022, 2)),
        (date(2022, 9, 30), Quarter(2022, 3)),
        (date(2022, 10, 1), Quarter(2022, 4)),
        (date(2022, 12, 31), Quarter(2022, 4)),
    ],
)
def test_from_date(day: date, expected: Quarter) -> None:
    assert Quarter.from_date(day) == expected


def test_index_and_back() -> None:
    assert Quarter(2021, 3).index == 2021 * 4 + 2 == 8086
    assert Quarter.from_index(8086) == Quarter(2021, 3)
    assert Quarter.from_index(Quarter(2020, 4).index + 1) == Quarter(2021, 1)


def test_arithmetic_across_years() -> None:
    q = Quarter(2021, 4)
    assert q.next() == Quarter(2022, 1)
    assert q.prev() == Quarter(2021, 3)
    assert Quarter(2021, 1).prev() == Quarter(2020, 4)
    assert q + 5 == Quarter(2023, 1)
    assert q - 4 == Quarter(2020, 4)
    assert Quarter(2023, 1) - q == 5
    assert Quarter(2020, 1) - Quarter(2021, 1) == -4


def test_adding_a_non_integer_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        Quarter(2021, 1) + 1.5  # type: ignore[operator]


def test_order() -> None:
    quarters = [Quarter(2021, 1), Quarter(2020, 4), Quarter(2021, 3), Quarter(2020, 1)]
    assert sorted(quarters) == [Quarter(2020, 1), Quarter(2020, 4), Quarter(2021, 1), Quarter(2021, 3)]
    assert Quarter(2020, 4) < Quarter(2021, 1)


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (Quarter(2021, 1), date(2021, 1, 1), date(2021, 3, 31)),
        (Quarter(2021, 2), date(2021, 4, 1), date(2021, 6, 30)),
        (Quarter(2021, 3), date(2021, 7, 1), date(2021, 9, 30)),
        (Quarter(2021, 4), date(2021, 10, 1), date(2021, 12, 31)),
        (Quarter(2024, 1), date(2024, 1, 1), date(2024, 3, 31)),
    ],
)
def test_start_and_end_dates(quarter: Quarter, start: date, end: date) -> None:
    assert quarter.start_date == start
    assert quarter.end_date == end


def test_current_quarter() -> None:
    assert Quarter.current(date(2021, 8, 15)) == Quarter(2021, 3)
    assert Quarter.current() == Quarter.from_date(date.today())


def test_has_ended_only_after_its_last_day() -> None:
    q = Quarter(2021, 1)
    assert not q.has_ended(date(2021, 3, 31))
    assert q.has_ended(date(2021, 4, 1))
    assert not q.has_ended(date(2021, 2, 1))


def test_quarter_range_is_inclusive() -> None:
    assert [str(x) for x in quarter_range(Q("2020Q3"), Q("2021Q2"))] == ["2020Q3", "2020Q4", "2021Q1", "2021Q2"]
    assert quarter_range(Q("2021Q2"), Q("2021Q2")) == [Quarter(2021, 2)]
    assert quarter_range(Q("2021Q2"), Q("2021Q1")) == []


# --- periods ------------------------------------------------------------------------------


def test_half_year_and_year_of_a_quarter() -> None:
    assert half_year_of(Q("2021Q3")) == Period("2021H2", Q("2021Q3"), Q("2021Q4"))
    assert half_year_of(Q("2021Q2")) == Period("2021H1", Q("2021Q1"), Q("2021Q2"))
    assert year_of(Q("2021Q3")) == Period("2021", Q("2021Q1"), Q("2021Q4"))


@pytest.mark.parametrize(
    ("text", "code", "start", "end"),
    [
        ("2022H1", "2022H1", "2022Q1", "2022Q2"),
        ("2022 H1", "2022H1", "2022Q1", "2022Q2"),
        ("2022h2", "2022H2", "2022Q3", "2022Q4"),
        ("2022", "2022", "2022Q1", "2022Q4"),
        (" 2022 ", "2022", "2022Q1", "2022Q4"),
        ("2022Q3", "2022Q3", "2022Q3", "2022Q3"),
        ("2022 kv 3", "2022Q3", "2022Q3", "2022Q3"),
        ("Q3 2022", "2022Q3", "2022Q3", "2022Q3"),
    ],
)
def test_period_forms(text: str, code: str, start: str, end: str) -> None:
    assert Period.parse(text) == Period(code, Q(start), Q(end))


@pytest.mark.parametrize("text", ["2022H3", "H1", "förra året", "", "22"])
def test_not_a_period(text: str) -> None:
    with pytest.raises(InvalidQuarter, match="ingen period|inget kvartal"):
        Period.parse(text)


def test_period_quarters_and_membership() -> None:
    h1 = Period.parse("2022H1")
    assert h1.quarters() == [Quarter(2022, 1), Quarter(2022, 2)]
    assert Q("2022Q2") in h1
    assert Q("2022Q3") not in h1
    assert Q("2021Q4") not in h1
    assert "2022Q1" not in h1  # only quarters are members


@pytest.mark.parametrize(
    ("period", "sv", "en"),
    [
        (Period.parse("2021Q3"), "2021 kv 3", "Q3 2021"),
        (Period.parse("2021H2"), "2021 halvår 2", "2021 H2"),
        (Period.parse("2021"), "2021", "2021"),
        (Period("total", Q("2020Q1"), Q("2022Q4")), "Hela projektet", "Project to date"),
    ],
)
def test_period_labels(period: Period, sv: str, en: str) -> None:
    assert period.label() == sv
    assert period.label("sv") == sv
    assert period.label("en") == en


def test_half_years_are_clipped_to_the_project() -> None:
    periods = reporting_periods(Q("2020Q2"), Q("2021Q3"), ReportingPeriodKind.HALF_YEAR)
    assert [(p.code, str(p.start), str(p.end)) for p in periods] == [
        ("2020H1", "2020Q2", "2020Q2"),
        ("2020H2", "2020Q3", "2020Q4"),
        ("2021H1", "2021Q1", "2021Q2"),
        ("2021H2", "2021Q3", "2021Q3"),
    ]


def test_years_are_clipped_to_the_project() -> None:
    periods = reporting_periods(Q("2020Q3"), Q("2022Q1"), ReportingPeriodKind.YEAR)
    assert [(p.code, str(p.start), str(p.end)) for p in periods] == [
        ("2020", "2020Q3", "2020Q4"),
        ("2021", "2021Q1", "2021Q4"),
        ("2022", "2022Q1", "2022Q1"),
    ]


def test_quarterly_reporting_periods() -> None:
    periods = reporting_periods(Q("2020Q4"), Q("2021Q2"), ReportingPeriodKind.QUARTER)
    assert [p.code for p in periods] == ["2020Q4", "2021Q1", "2021Q2"]
    assert all(p.start == p.end for p in periods)


def test_reporting_period_kind_may_come_as_plain_text() -> None:
    periods = reporting_periods(Q("2021Q1"), Q("2021Q4"), "half_year")  # type: ignore[arg-type]
    assert [p.code for p in periods] == ["2021H1", "2021H2"]


def test_no_reporting_periods_when_the_end_is_before_the_start() -> None:
    assert reporting_periods(Q("2021Q4"), Q("2021Q1"), ReportingPeriodKind.HALF_YEAR) == []
