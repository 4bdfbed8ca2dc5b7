"""Budget, financing and actual costs in the register, and the economy follow-up built from them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.economy import CostCategory, FinancierKind, Pace
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services import economy as eco
from hallbar_desktop.services import steering
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.economy_follow_up import economy_follow_up, plan_deviations
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

ME = Actor("test", "window")
SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
Q = Quarter.parse
C = CostCategory


@pytest.fixture
def small(register: Register) -> Register:
    """TEST runs 2021Q1–2022Q4 (eight quarters); a budget of 1 000 000 kr in two years."""
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
        for year in (2021, 2022):
            eco.set_budget(s, "TEST", "personnel", year, "200 000", ME)  # + 15 % indirect = 30 000
            eco.set_budget(s, "TEST", C.EXTERNAL_SERVICES, year, 150_000, ME)
            eco.set_budget(s, "TEST", "Resor och logi", year, "50 000,00", ME)
            eco.set_budget(s, "TEST", C.OTHER, year, 70_000, ME)
        eco.save_financier(s, "TEST", "Tillväxtverket", "funder", ME)
        eco.save_financier(s, "TEST", "Region Testlän, anslag 1:1", FinancierKind.REGIONAL, ME)
        for year in (2021, 2022):
            eco.set_financing(s, "TEST", "Tillväxtverket", year, 250_000, ME)
            eco.set_financing(s, "TEST", "region testlän, anslag 1:1", year, 250_000, ME)
    return register


def test_the_budget_computes_indirect_costs_and_checks_the_financing(small: Register) -> None:
    with small.reading() as s:
        table = eco.budget_table(s, "TEST")
    assert table.years == (2021, 2022)
    assert table.amount(C.INDIRECT, 2021) == 30_000  # 15 % of 200 000, never typed
    assert table.category_total(C.PERSONNEL) == 400_000
    assert table.total == 1_000_000 == table.financing_total
    assert table.funder_share.share == 0.5 and table.funder_share.within_cap
    assert table.checks == ()


def test_a_funder_share_over_the_cap_and_unequal_sides_are_reported(small: Register) -> None:
    with small.transaction() as s:
        eco.set_financing(s, "TEST", "Tillväxtverket", 2022, 400_000, ME)
        table = eco.budget_table(s, "TEST")
    assert round(table.funder_share.share or 0, 4) == 0.65
    assert any("Tillväxtverkets andel är 65\u00a0%" in c and "för hög" in c for c in table.checks)
    assert any(c.startswith("Budgeten (1\u00a0000\u00a0000\u00a0kr) och finansieringen (1\u00a0150\u00a0000\u00a0kr)")
               for c in table.checks)


def test_the_flat_rate_follows_the_project_setting(small: Register) -> None:
    with small.transaction() as s:
        assert eco.set_indirect_rate(s, "TEST", 0.2, ME)
        assert not eco.set_indirect_rate(s, "TEST", 0.2, ME)
        eco.set_cost(s, "TEST", "2021Q1", "personnel", "50 000", ME)
        assert eco.budget_table(s, "TEST").amount(C.INDIRECT, 2021) == 40_000
        grid = eco.cost_grid(s, "TEST")
        cell = grid.cell(Q("2021Q1"), C.INDIRECT)
        assert cell.amount == 10_000 and cell.computed and cell.source == "computed"
        assert grid.cell(Q("2021Q2"), C.INDIRECT).amount is None
    with pytest.raises(ValidationError, match="mellan 0 och 40"), small.transaction() as s:
        eco.set_indirect_rate(s, "TEST", 0.5, ME)


@pytest.mark.parametrize(("call", "message"), [
    (lambda s: eco.set_cost(s, "TEST", "2021Q1", "indirect", 100, ME), "räknas ut som projektets schablon"),
    (lambda s: eco.set_budget(s, "TEST", "indirekta kostnader", 2021, 100, ME), "schablon"),
    (lambda s: eco.set_cost(s, "TEST", "2023Q1", "travel", 100, ME), "utanför projektperioden"),
    (lambda s: eco.set_cost(s, "TEST", "2021Q1", "travel", "tolv", ME), "inte ett tal"),
    (lambda s: eco.set_cost(s, "TEST", "2021Q1", "travel", "1,234.5", ME), "går inte att läsa"),
    (lambda s: eco.set_cost(s, "TEST", "2021Q1", "fika", 1, ME), "Kostnadsslaget «fika» finns inte"),
    (lambda s: eco.set_budget(s, "TEST", "travel", 2021, "-5", ME), "negativt"),
    (lambda s: eco.set_budget(s, "TEST", "travel", 2024, 5, ME), "utanför projektets år"),
    (lambda s: eco.set_financing(s, "TEST", "Vinnova", 2021, 5, ME), "ingen finansiär «Vinnova»"),
    (lambda s: eco.save_financier(s, "TEST", "tillväxtverket", "funder", ME), "redan finansiären"),
    (lambda s: eco.save_financier(s, "TEST", "EU", "eu", ME), "Finansiärstypen «eu» finns inte"),
    (lambda s: eco.set_paid_in(s, "TEST", "Tillväxtverket", "2024Q1", 5, ME), "utanför projektperioden"),
    (lambda s: eco.set_cost(s, "TEST", "2021Q1", "travel", 1e12, ME), "orimligt stort"),
])
def test_bad_economy_input_is_refused(small: Register, call, message: str) -> None:  # type: ignore[no-untyped-def]
    with small.reading() as s:
        before = (eco.budget_table(s, "TEST"), eco.cost_grid(s, "TEST"))
    with pytest.raises((ValidationError, NotFound), match=message), small.transaction() as s:
        call(s)
    with small.reading() as s:
        assert (eco.budget_table(s, "TEST"), eco.cost_grid(s, "TEST")) == before


def test_typed_costs_are_audited_and_stay_open_after_an_approval(small: Register) -> None:
    """The steering group approves a quarter's values at its meeting; the accounts of the quarter
    are often closed later, so its costs can still be entered (and every change is audited)."""
    with small.transaction() as s:
        change = eco.set_cost(s, "TEST", "2021 kv 2", "travel", "12 500,50", ME)
        assert change.changed and change.after == 12500.5 and change.before is None
        assert not eco.set_cost(s, "TEST", "2021Q2", "travel", 12500.5, ME).changed
        steering.save_meeting(s, "TEST", steering.MeetingFields(date(2021, 9, 1), Q("2021Q2")), ME)
        steering.approve_quarter(s, "TEST", "2021Q2", date(2021, 9, 1), ME)
        eco.set_cost(s, "TEST", "2021Q2", "travel", "−500", ME)  # a correction may be negative
        assert eco.cost_grid(s, "TEST").cell(Q("2021Q2"), C.TRAVEL).approved
    with small.reading() as s:
        trail = project_history(s, get_project(s, "TEST").id, ("cost",))
    assert [(e["quarter"], e["old"], e["new"]) for e in trail] == [
        ("2021Q2", None, {"category": "travel", "amount": 12500.5, "source": "typed"}),
        ("2021Q2", {"category": "travel", "amount": 12500.5, "source": "typed"},
         {"category": "travel", "amount": -500.0, "source": "typed"}),
    ]


def _spend(s, per_quarter: dict[CostCategory, float], quarters: list[str]) -> None:  # type: ignore[no-untyped-def]
    for q in quarters:
        for cat, amount in per_quarter.items():
            eco.set_cost(s, "TEST", q, cat, amount, ME)


def test_the_follow_up_compares_money_with_time(small: Register) -> None:
    """After four of eight quarters: personnel in line, travel slow, external services fast,
    other over its whole budget; the total and the forecast follow."""
    with small.transaction() as s:
        _spend(s, {C.PERSONNEL: 50_000, C.TRAVEL: 5_000, C.EXTERNAL_SERVICES: 50_000, C.OTHER: 40_000},
               ["2021Q1", "2021Q2", "2021Q3", "2021Q4"])
        eco.set_paid_in(s, "TEST", "Tillväxtverket", "2021Q3", 120_000, ME)
        eco.set_paid_in(s, "TEST", "Tillväxtverket", "2022Q1", 130_000, ME)
    with small.reading() as s:
        f = economy_follow_up(s, "TEST", as_of="2021Q4")
    assert f.time_share == 0.5 and f.reported
    personnel = f.row(C.PERSONNEL)
    assert (personnel.budget, personnel.outcome, personnel.used_share) == (400_000, 200_000, 0.5)
    assert personnel.status is Light.GREEN and personnel.pace is Pace.IN_LINE
    assert personnel.forecast == 400_000
    indirect = f.row(C.INDIRECT)
    assert (indirect.budget, indirect.outcome, indirect.status) == (60_000, 30_000, Light.GREEN)
    travel = f.row(C.TRAVEL)
    assert travel.used_share == 0.2 and travel.status is Light.RED and travel.pace is Pace.UNDER
    assert travel.forecast == 40_000 and travel.forecast_deviation == -60_000
    external = f.row(C.EXTERNAL_SERVICES)
    assert round(external.used_share or 0, 4) == 0.6667 and external.status is Light.YELLOW
    assert external.pace is Pace.OVER and "snabbare än tiden" in external.explanation_sv()
    other = f.row(C.OTHER)
    assert other.used_share is not None and other.used_share > 1 and other.status is Light.RED
    assert "budgeten är överskriden" in other.explanation_sv()
    assert f.row(C.IN_KIND).status is Light.NONE  # no budget, no costs: nothing to judge
    assert f.total.budget == 1_000_000 and f.total.outcome == 200_000 + 30_000 + 20_000 + 200_000 + 160_000
    assert [r.label for r in f.deviations()] == ["Externa tjänster", "Resor och logi", "Övriga kostnader", "Totalt"]
    assert [x.paid_to_date for x in f.financing] == [120_000, 0]


def test_a_period_shows_its_own_costs_budget_and_payments(small: Register) -> None:
    with small.transaction() as s:
        _spend(s, {C.PERSONNEL: 50_000}, ["2021Q1", "2021Q2", "2021Q3"])
        eco.set_paid_in(s, "TEST", "Tillväxtverket", "2021Q3", 120_000, ME)
    with small.reading() as s:
        f = economy_follow_up(s, "TEST", period="2021H2")
    assert f.as_of == Q("2021Q4") and f.period is not None and f.period.code == "2021H2"
    assert f.row(C.PERSONNEL).period_outcome == 50_000
    assert f.row(C.PERSONNEL).period_budget == 100_000  # half of 2021's 200 000
    assert f.total.period_budget == 250_000
    assert f.financing[0].paid_period == 120_000 and f.financing[0].planned_period == 125_000


def test_a_quarter_without_any_costs_is_grey_and_named_once(small: Register) -> None:
    with small.transaction() as s:
        _spend(s, {C.PERSONNEL: 50_000}, ["2021Q1", "2021Q2"])
    with small.reading() as s:
        f = economy_follow_up(s, "TEST", as_of="2021Q3")
        assert not f.reported
        assert {r.status for r in f.rows if r.budget > 0} == {Light.GREY}
        deviations = plan_deviations(s, "TEST", "2021Q3")
    assert [r.label for r in deviations.economy] == ["Totalt"]
    assert deviations.economy[0].explanation_sv() == "Totalt: inga kostnader är inlagda för kvartalet."


def test_financiers_and_paid_in(small: Register) -> None:
    with small.transaction() as s:
        eco.set_paid_in(s, "TEST", "Tillväxtverket", "2023Q2", 50_000, ME)  # the final payment, after the end
        info = eco.save_financier(s, "TEST", "Statens medel", "public", ME, original_name="Tillväxtverket")
        assert info.name == "Statens medel" and info.kind is FinancierKind.PUBLIC and info.total_paid == 50_000
        with pytest.raises(ValidationError, match="har betalat in"):
            eco.remove_financier(s, "TEST", "Statens medel", ME)
        eco.remove_financier(s, "TEST", "Region Testlän, anslag 1:1", ME)
        assert [f.name for f in eco.list_financiers(s, "TEST")] == ["Statens medel"]


def test_account_mappings_match_accounts_and_prefixes(small: Register) -> None:
    with small.transaction() as s:
        eco.set_account_mapping(s, "TEST", "51*", "personnel", ME)
        eco.set_account_mapping(s, "TEST", "5190", "other", ME)
        eco.set_account_mapping(s, "TEST", "7310", "Resor och logi", ME)
        with pytest.raises(ValidationError, match="schablon"):
            eco.set_account_mapping(s, "TEST", "9999", "indirect", ME)
        accounts = eco.economy_settings(s, "TEST").accounts
    assert eco.category_of_account("5111", accounts) is C.PERSONNEL
    assert eco.category_of_account("5190", accounts) is C.OTHER
    assert eco.category_of_account("7310", accounts) is C.TRAVEL
    assert eco.category_of_account("6420", accounts) is None
