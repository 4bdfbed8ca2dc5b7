"""The grid: status per cell, the status quarter, trend and roll-ups by accumulation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light, Trend
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
Q = Quarter.parse
MID_JANUARY_2022 = date(2022, 1, 15)


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2021Q3", validated_input(ind, value=8, women=4, men=4), Actor("t", "cli"))
    return register


def test_grid_has_every_quarter_and_half_year(small: Register) -> None:
    with small.reading() as s:
        grid = project_grid(s, "TEST", today=MID_JANUARY_2022)
    assert [str(q) for q in grid.quarters] == [
        "2021Q1", "2021Q2", "2021Q3", "2021Q4", "2022Q1", "2022Q2", "2022Q3", "2022Q4"]
    assert [p.code for p in grid.periods] == ["2021H1", "2021H2", "2022H1", "2022H2"]
    assert grid.status_quarter == Q("2021Q4")
    assert [r.indicator.code for r in grid.rows] == ["1.1", "1.2", "2.1", "2.2"]


def test_level_indicator_rolls_up_to_last_value_and_status_follows_the_line(small: Register) -> None:
    with small.reading() as s:
        row = project_grid(s, "TEST", today=MID_JANUARY_2022).rows[0]
    assert row.indicator.code == "1.1"
    rollups = {r.period.code: r.value for r in row.rollups}
    assert rollups == {"2021H1": 10.0, "2021H2": 22.5, "2022H1": None, "2022H2": None}
    q2 = row.cell(Q("2021Q2"))
    assert q2 is not None
    assert q2.expected == pytest.approx(100 / 7)
    assert q2.status is Light.YELLOW  # 10 of an expected 14.3: 70 % of the way
    assert row.cell(Q("2021Q1")).status is Light.GREY  # type: ignore[union-attr]
    assert row.cell(Q("2022Q1")).status is Light.NONE  # type: ignore[union-attr]
    assert row.current is not None and row.current.status is Light.GREY  # 2021Q4 not reported
    assert row.latest is not None and row.latest.quarter == Q("2021Q3")
    assert row.trend is Trend.BETTER
    assert row.to_date.value == 22.5


def test_flow_indicator_sums_and_is_judged_cumulatively(small: Register) -> None:
    with small.reading() as s:
        row = project_grid(s, "TEST", today=MID_JANUARY_2022).rows[1]
    assert row.indicator.code == "1.2"
    rollups = {r.period.code: r.value for r in row.rollups}
    assert rollups["2021H1"] == 5 and rollups["2021H2"] == 8
    assert row.to_date.value == 13
    q3 = row.cell(Q("2021Q3"))
    assert q3 is not None
    # 13 people trained of 40 by 2022Q4: expected by 2021Q3 is 2/7 of 40 = 11.4 → green.
    assert q3.progress == pytest.approx(13 / 40)
    assert q3.status is Light.GREEN


def test_a_value_entered_changes_the_status_at_once(small: Register) -> None:
    with small.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        record_value(s, ind, "2021Q4", validated_input(ind, text="5"), Actor("t", "cli"))
    with small.reading() as s:
        row = project_grid(s, "TEST", today=MID_JANUARY_2022).rows[0]
    assert row.current is not None and row.current.status is Light.RED
    assert row.trend is Trend.WORSE


def test_summary_counts_the_status_quarter(small: Register) -> None:
    with small.reading() as s:
        grid = project_grid(s, "TEST", today=MID_JANUARY_2022)
    assert grid.summary(1) == {Light.GREEN: 0, Light.YELLOW: 0, Light.RED: 0, Light.GREY: 2}
    assert sum(grid.summary().values()) == 4


def test_focus_area_filter(small: Register) -> None:
    with small.reading() as s:
        grid = project_grid(s, "TEST", focus_area_number=2, today=MID_JANUARY_2022)
    assert [r.indicator.code for r in grid.rows] == ["2.1", "2.2"]


def test_a_milestone_reached_on_time_stays_green_after_its_deadline(small: Register) -> None:
    with small.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "2.2")  # deadline 2022Q2
        for q, text in (("2022Q1", "ja"), ("2022Q3", "ja"), ("2022Q4", "ja")):
            record_value(s, ind, q, validated_input(ind, text=text), Actor("t", "cli"))
    with small.reading() as s:
        row = project_grid(s, "TEST", today=date(2023, 2, 1)).rows[3]
    assert row.indicator.code == "2.2"
    assert [row.cell(Q(q)).status for q in ("2022Q1", "2022Q3", "2022Q4")] == [Light.GREEN] * 3  # type: ignore[union-attr]
    assert row.cell(Q("2022Q2")).status is Light.GREY  # type: ignore[union-attr]


def test_a_plain_connection_reads_the_same_grid_and_catalogue_as_a_session(small: Register) -> None:
    """The window's first frame reads through ``register.connection()``, before the ORM loads."""
    from hallbar_desktop.services import steering
    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.scorecard import project_scorecard

    with small.transaction() as s:  # a locked quarter, so the grid's approvals are read too
        steering.save_meeting(s, "TEST", steering.MeetingFields(date(2021, 11, 10), Q("2021Q3")), Actor("t", "ui"))
        steering.approve_quarter(s, "TEST", "2021Q3", date(2021, 11, 10), Actor("t", "ui"))
    with small.reading() as s:
        by_session = (project_grid(s, "TEST", today=MID_JANUARY_2022), list_projects(s),
                      project_scorecard(s, "TEST", "2021Q3"))
    with small.connection() as conn:
        by_connection = (project_grid(conn, "TEST", today=MID_JANUARY_2022), list_projects(conn),
                         project_scorecard(conn, "TEST", "2021Q3"))
    assert by_connection == by_session
    assert by_connection[0].approved == frozenset({Q("2021Q3")})
    with small.connection() as conn, pytest.raises(Exception, match="inget projekt med koden «NOPE»"):
        project_grid(conn, "NOPE")
