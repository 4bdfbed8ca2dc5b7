"""The portfolio service: its quarter rule, and what it takes from the other services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.errors import InvalidQuarter
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.portfolio import chosen_quarter, default_quarter, portfolio
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"


@pytest.mark.parametrize(("today", "quarter"), [
    (date(2023, 1, 1), Quarter(2022, 4)), (date(2023, 3, 31), Quarter(2022, 4)), (date(2023, 4, 1), Quarter(2023, 1)),
])
def test_the_default_is_the_latest_ended_quarter(today: date, quarter: Quarter) -> None:
    assert default_quarter(today) == quarter == chosen_quarter(None, today) == chosen_quarter("  ", today)
    assert chosen_quarter("2021 kv 3", today) == Quarter(2021, 3)


def test_a_malformed_quarter_is_refused() -> None:
    with pytest.raises(InvalidQuarter, match="inget kvartal"):
        chosen_quarter("2021Q5")


def test_the_status_quarter_of_the_grid_is_the_portfolio_s_default(demo: Register) -> None:
    today = date(2022, 8, 15)  # in the middle of both projects: 2022 kv 2 is reported now
    with demo.reading() as s:
        folio = portfolio(s, today=today)
        grids = {code: project_grid(s, code, today=today) for code in ("RJL", "RJH")}
    assert folio.quarter == Quarter(2022, 2)
    for p in folio.projects:
        grid = grids[p.code]
        assert p.quarter == grid.status_quarter
        for area in p.focus_areas:
            assert area.counts.summary() == {k.value: v for k, v in grid.summary(area.number).items()}
        # quarters not approved: ended, up to the one judged
        assert all(q <= Quarter(2022, 2) and q not in grid.approved for q in p.unapproved)
        assert p.unapproved == tuple(q for q in grid.quarters if q <= Quarter(2022, 2) and q not in grid.approved)


def test_decisions_are_overdue_as_of_today(demo: Register) -> None:
    with demo.reading() as s:
        early = portfolio(s, "2022Q2", today=date(2022, 6, 1)).project("RJL")
        later = portfolio(s, "2022Q2", today=date(2023, 6, 1)).project("RJL")
    assert len(later.overdue_decisions) > len(early.overdue_decisions)
    assert all(d.due_on < date(2023, 6, 1) for d in later.overdue_decisions)


def test_a_project_without_a_budget_or_not_started(register: Register) -> None:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
    with register.reading() as s:
        folio = portfolio(s, "2022Q1", today=date(2023, 2, 1))
        before = portfolio(s, "2020Q4", today=date(2023, 2, 1))
    p = folio.project("TEST")
    assert p.economy is None and p.quarter == Quarter(2022, 1)
    assert p.counts.indicators == 4 and sum(a.counts.indicators for a in p.focus_areas) == 4
    assert p.unapproved[0] == Quarter(2021, 1) and p.unapproved[-1] == Quarter(2022, 1)
    q = before.project("TEST")
    assert q.quarter is None and not q.started and q.counts.not_judged == 4 and q.unapproved == ()
    assert q.counts.worst is Light.NONE
