"""The demo's activity plans and economy: drawn from the seed texts, marked as example data,
every economy colour and a delayed activity somewhere, and an accounting export to import."""

from __future__ import annotations

from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.economy import CostCategory, FinancierKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.errors import ProjectFileError
from hallbar_desktop.services import economy as eco
from hallbar_desktop.services.activities import activity_plan
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.cost_import import apply_cost_import, preview_cost_import
from hallbar_desktop.services.economy_follow_up import economy_follow_up
from hallbar_desktop.services.project_file import demo_files, load_project
from hallbar_desktop.store.register import Register

EXPORT = paths.demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"
MAPPING = paths.demo_dir() / "ekonomi" / "rjh_kontomappning.toml"


def test_jamtlands_plan_follows_its_seed_text(demo: Register) -> None:
    with demo.reading() as s:
        plan = activity_plan(s, "RJH")
    names = " | ".join(a.name.lower() for a in plan.activities)
    for words in ("nuläget", "samiska förutsättningar", "effektkedja och modell för lärande",
                  "hållbarhetssäkra företagsstöd", "projektmedel", "lära av andra regioner"):
        assert words in names, words
    assert {a.focus_area_number for a in plan.activities} == {1, 2, 3, 4, None}
    samiska = plan.find("A1.2")
    assert samiska is not None and samiska.delayed and samiska.indicator_codes == ("1.2",)


def test_jonkopings_plan_covers_its_four_focus_areas_and_long_term_effects(demo: Register) -> None:
    with demo.reading() as s:
        plan = activity_plan(s, "RJL")
        earlier = activity_plan(s, "RJL", period="2022H1")
    names = " | ".join(a.name.lower() for a in plan.activities)
    for words in ("statistik", "13 kommuner", "intersektionell", "centrum för transformativ hållbarhet",
                  "industriella symbioser", "cirkulära affärsmodeller", "uo 19, eruf", "kompetensinsats"):
        assert words in names, words
    statuses = {a.status for a in plan.activities} | {a.status for a in earlier.activities}
    assert statuses == set(ActivityStatus)  # every status shows somewhere
    # every activity under way in the half-year has its report for the lägesrapport
    under_way = [a for a in earlier.activities if a.focus_area_number is not None and (
        a.status in (ActivityStatus.ONGOING, ActivityStatus.DELAYED)
        or (a.closed_in is not None and a.status is not ActivityStatus.PLANNED
            and a.closed_in >= Quarter.parse("2022Q1")))]
    assert len(under_way) >= 8 and all(a.report("2022H1") is not None for a in under_way)


def test_jamtland_is_financed_by_tillvaxtverket_and_anslag_1_1_in_equal_parts(demo: Register) -> None:
    with demo.reading() as s:
        table = eco.budget_table(s, "RJH")
    assert [(f.kind, f.total_planned) for f in table.financiers] == [
        (FinancierKind.FUNDER, 2_500_000), (FinancierKind.REGIONAL, 2_500_000)]
    assert "anslag 1:1" in table.financiers[1].name
    assert table.total == 5_000_000 and table.funder_share.share == 0.5 and table.checks == ()
    assert table.category_total(CostCategory.INDIRECT) == 0.15 * table.category_total(CostCategory.PERSONNEL)


def test_every_economy_colour_appears(demo: Register) -> None:
    with demo.reading() as s:
        rjl = economy_follow_up(s, "RJL")
        rjl_h1 = economy_follow_up(s, "RJL", period="2022H1")
        rjh = economy_follow_up(s, "RJH")  # 2022 kv 4 is still in the accounting export
        assert eco.budget_table(s, "RJL").checks == ()
    lights = {r.status for f in (rjl, rjl_h1, rjh) for r in (*f.rows, f.total)}
    assert {Light.GREEN, Light.YELLOW, Light.RED, Light.GREY} <= lights
    assert rjl.row(CostCategory.EXTERNAL_SERVICES).status is Light.RED  # over the whole budget
    assert rjl_h1.row(CostCategory.INVESTMENTS).status is Light.YELLOW  # faster than time
    assert not rjh.reported and rjh.total.status is Light.GREY
    assert rjl.example_data and rjh.example_data


def test_the_example_export_completes_jamtlands_last_quarter(demo: Register) -> None:
    assert "EXEMPELDATA" in EXPORT.read_bytes().decode("cp1252")
    with demo.transaction() as s:
        preview = preview_cost_import(s, "RJH", EXPORT)
        assert preview.ok and preview.columns_from == "stored" and preview.total == 411_000
        assert {c.status for c in preview.changes} == {"new"}
        apply_cost_import(s, "RJH", EXPORT, Actor("test", "cli"))
        follow = economy_follow_up(s, "RJH")
    assert follow.reported and follow.total.status is Light.YELLOW
    assert follow.row(CostCategory.TRAVEL).status is Light.RED
    assert follow.row(CostCategory.PERSONNEL).status is Light.GREEN


def test_the_example_mapping_file_reads(tmp_path: Path, register: Register) -> None:
    from hallbar_desktop.services.cost_import import read_mapping_file

    mapping = read_mapping_file(MAPPING)
    assert mapping.columns is not None and mapping.columns.amount == "Belopp"
    assert mapping.accounts["73*"] is CostCategory.TRAVEL


def test_loading_the_demo_twice_changes_nothing(demo: Register) -> None:
    from hallbar_desktop.services.audit import project_history
    from hallbar_desktop.services.lookup import get_project

    with demo.reading() as s:
        before = {p: len(project_history(s, get_project(s, p).id, ACTIONS)) for p in ("RJL", "RJH")}
    with demo.transaction() as s:
        for f in demo_files():
            load_project(s, f, Actor("test", "load", f.name))
    with demo.reading() as s:
        assert {p: len(project_history(s, get_project(s, p).id, ACTIONS)) for p in ("RJL", "RJH")} == before


ACTIONS = ("activity", "activity_edit", "activity_report", "period_text", "budget", "financier", "financing",
           "paid_in", "cost", "indirect_rate", "funder_cap", "import_columns", "account_mapping")


@pytest.mark.parametrize(("section", "message"), [
    ('[budget]\nresor = { 2021 = "mycket" }', r"\[budget\] resor: Budget för Resor och logi 2021: «mycket»"),
    ('[budget]\nindirect = { 2021 = 5 }', "schablon"),
    ('[costs]\n"2023Q1" = { travel = 5 }', r"\[costs\] 2023Q1 travel: 2023 kv 1 ligger utanför projektperioden"),
    ('[[financiers]]\nname = "X"\nkind = "bank"', "Finansiärstypen «bank» finns inte"),
    ('[[activities]]\ncode = "A9"\nname = "X"\nstart = "2021Q1"\nend = "2021Q2"\nfocus_area = 7',
     "aktivitet A9: Projektet TEST har inget insatsområde 7"),
    ('[[activities]]\ncode = "A9"\nname = "X"\nstart = "2021Q1"\nend = "2021Q2"\nindicators = "1.1"',
     "«indicators» ska vara en lista"),
    ('[economy]\nindirect_rate = "15 %"', "«indirect_rate» ska vara ett tal"),
    ('[economy.accounts]\n"5*1" = "personnel"', "stjärna"),
    ('[period_reports]\n"2019H1" = { unforeseen = "x" }', "ingen rapportperiod för TEST"),
])
def test_bad_plan_sections_are_refused_with_where(register: Register, tmp_path: Path, section: str,
                                                  message: str) -> None:
    small = Path(__file__).parents[1] / "data" / "small_project.toml"
    path = tmp_path / "projekt.toml"
    path.write_text(small.read_text(encoding="utf-8") + "\n" + section + "\n", encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message), register.transaction() as s:
        load_project(s, path, Actor("test", "load"))
