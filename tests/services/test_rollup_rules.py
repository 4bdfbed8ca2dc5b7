"""The rules a funder checks: one rule for a flow's baseline quarter in status and roll-ups,
shares never summed, milestones overdue once their deadline quarter has ended."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
Q = Quarter.parse
AFTER_THE_PROJECT = date(2023, 2, 1)


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
    return register


def _set(reg: Register, code: str, quarter: str, **values: object) -> None:
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), code)
        record_value(s, ind, quarter, validated_input(ind, **values), Actor("t", "cli"))  # type: ignore[arg-type]


def test_a_flow_value_in_its_baseline_quarter_counts_in_progress_as_in_the_roll_ups(small: Register) -> None:
    # 1.2 is a flow, baseline 0 in 2021Q1 (the project's first quarter), target 40 by 2022Q4.
    _set(small, "1.2", "2021Q1", value=1, women=1, men=0)
    _set(small, "1.2", "2021Q3", value=8, women=4, men=4)
    with small.reading() as s:
        row = project_grid(s, "TEST", today=AFTER_THE_PROJECT).rows_of(1)[1]
    assert row.indicator.code == "1.2"
    assert row.to_date.value == 1 + 5 + 8
    assert {r.period.code: r.value for r in row.rollups}["2021H1"] == 6
    q3 = row.cell(Q("2021Q3"))
    assert q3 is not None and q3.progress is not None
    # Framsteg is what the project has done of what it set out to do: the same 14 as "Hela projektet".
    assert q3.progress * 40 == pytest.approx(row.to_date.value)
    first = row.cell(Q("2021Q1"))
    assert first is not None and first.progress == pytest.approx(1 / 40)


PERCENT_FLOW = """
format = "hallbar-project"
version = 1

[project]
code = "PF"
name = "Andelar"
start = "2021Q1"
end = "2021Q4"

[[focus_areas]]
number = 1
name = "Finansiering"

[[focus_areas.indicators]]
code = "1.1"
name = "Andel granskade ärenden"
kind = "percent"
unit = "%"
accumulation = "flow"
baseline = 0
baseline_quarter = "2021Q1"
target = 100
target_quarter = "2021Q4"

[focus_areas.indicators.values]
"2021Q1" = 60
"2021Q2" = 60
"2021Q3" = 60
"""


def test_a_project_file_declaring_a_share_as_a_flow_is_refused_and_nothing_is_loaded(
        register: Register, tmp_path: Path) -> None:
    from hallbar_desktop.errors import ProjectFileError
    from hallbar_desktop.services.catalog import project_codes

    path = tmp_path / "andelar.toml"
    path.write_text(PERCENT_FLOW, encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught, register.transaction() as s:
        load_project(s, path, Actor("t", "load"))
    message = str(caught.value)
    assert "andelar.toml" in message and "1.1" in message and "level" in message
    with register.reading() as s:
        assert project_codes(s) == []


def test_a_share_is_never_summed_into_a_roll_up(small: Register) -> None:
    """Three quarters at 60 % are 60 % for the half-year and the project, not 180 %; even in a
    register whose share was stored as a flow before the rule (normalised when read)."""
    from sqlalchemy import update

    from hallbar_desktop.store import tables

    for q in ("2021Q1", "2021Q2", "2021Q3"):
        _set(small, "1.1", q, numerator=6, denominator=10)
    with small.transaction() as s:
        s.execute(update(tables.indicator).where(tables.indicator.c.code == "1.1").values(accumulation="flow"))
    with small.reading() as s:
        row = project_grid(s, "TEST", today=AFTER_THE_PROJECT).rows[0]
    assert row.indicator.code == "1.1"
    assert {r.period.code: r.value for r in row.rollups}["2021H2"] == pytest.approx(60)
    assert row.to_date.value == pytest.approx(60)
    assert row.cell(Q("2021Q3")).progress == pytest.approx(0.6)  # type: ignore[union-attr]


def test_a_milestone_due_in_the_last_quarter_is_red_in_the_final_report(demo: Register) -> None:
    from hallbar_desktop.domain.status import Light

    with demo.reading() as s:
        grid = project_grid(s, "RJL", today=AFTER_THE_PROJECT)
    centre = next(r for r in grid.rows if r.indicator.code == "2.1")  # due 2022Q4, not reached
    assert grid.status_quarter == Q("2022Q4")
    assert centre.current is not None and centre.current.status is Light.RED
    with demo.reading() as s:
        during = project_grid(s, "RJL", today=date(2022, 11, 20))
    due = next(r for r in during.rows if r.indicator.code == "2.1").cell(Q("2022Q4"))
    assert due is not None and due.status is Light.YELLOW  # due this quarter, which still runs
