"""The demo register holds both seed projects faithfully, and loading twice duplicates nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

from sqlalchemy import func, select

from hallbar_desktop.domain.status import Light
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.catalog import list_projects
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.project_file import demo_files, load_project
from hallbar_desktop.store.models import AuditEntry, Indicator, Measurement, SteeringMember
from hallbar_desktop.store.register import Register


def demo_data() -> dict[str, dict]:
    return {
        d["project"]["code"]: d
        for d in (tomllib.loads(f.read_text(encoding="utf-8")) for f in demo_files())
    }


def test_both_seed_projects_are_in_the_demo(demo: Register) -> None:
    data = demo_data()
    assert set(data) == {"RJL", "RJH"}
    with demo.reading() as s:
        entries = {e.project.code: e for e in list_projects(s)}
    for code, d in data.items():
        entry = entries[code]
        assert entry.project.example_data
        assert [fa.focus_area.name for fa in entry.focus_areas] == [a["name"] for a in d["focus_areas"]]
        for fa, area in zip(entry.focus_areas, d["focus_areas"], strict=True):
            assert [i.code for i in fa.indicators] == [i["code"] for i in area["indicators"]]
            assert [i.target for i in fa.indicators] == [i.get("target") for i in area["indicators"]]


def test_jonkoping_focus_areas_and_steering_group_as_published(demo: Register) -> None:
    with demo.reading() as s:
        entry = next(e for e in list_projects(s) if e.project.code == "RJL")
    assert [fa.focus_area.name for fa in entry.focus_areas] == [
        "Jämställd och jämlik digitalisering",
        "Hållbarhetsdriven näringslivsutveckling och cirkulär ekonomi",
        "Hållbarhetssäkrad finansiering",
        "Övergripande omställning",
    ]
    roles = [(m.role, m.name) for m in entry.steering_group]
    assert roles[0] == ("chair", "Anna Olsson")
    assert roles[1] == ("vice_chair", "Patrik Kinnbom")
    assert ("member", "Per Sommarin") in roles
    assert any(m.name == "Mark Edwards" and m.substitute == "Duncan Levinsohn" for m in entry.steering_group)
    assert entry.project.project_leader == "Mariana Morosanu"
    text = repr(entry)
    assert "@" not in text  # no e-mail addresses in the demo


def test_jamtland_has_its_four_focus_areas_and_two_funders(demo: Register) -> None:
    with demo.reading() as s:
        entry = next(e for e in list_projects(s) if e.project.code == "RJH")
    assert [fa.focus_area.number for fa in entry.focus_areas] == [1, 2, 3, 4]
    assert entry.focus_areas[1].focus_area.name == "Systematiskt arbete med målkonflikter"
    sources = " ".join(f.source for f in entry.project.funding)
    assert "Tillväxtverket" in sources and "1:1" in sources


def test_every_status_colour_appears(demo: Register) -> None:
    seen: set[Light] = set()
    latest: set[Light] = set()
    with demo.reading() as s:
        for code in ("RJL", "RJH"):
            grid = project_grid(s, code)
            for row in grid.rows:
                seen.update(c.status for c in row.cells)
                if row.current is not None:
                    latest.add(row.current.status)
    wanted = {Light.GREEN, Light.YELLOW, Light.RED, Light.GREY}
    assert wanted <= seen
    assert wanted <= latest


def test_loading_the_demo_twice_duplicates_nothing(demo: Register) -> None:
    def counts() -> tuple[int, int, int, int]:
        with demo.reading() as s:
            return (
                s.scalar(select(func.count()).select_from(Indicator)) or 0,
                s.scalar(select(func.count()).select_from(Measurement)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
                s.scalar(select(func.count()).select_from(SteeringMember)) or 0,
            )

    before = counts()
    with demo.transaction() as s:
        results = [load_project(s, f, Actor("t", "load", f.name)) for f in demo_files()]
    assert all(not r.created and r.values_changed == 0 for r in results)
    assert counts() == before
    assert before[1] > 100


def test_demo_values_carry_comments_and_parts(demo: Register) -> None:
    with demo.reading() as s:
        commented = s.scalar(select(func.count()).select_from(Measurement).where(Measurement.comment != ""))
        split = s.scalar(select(func.count()).select_from(Measurement).where(Measurement.women.is_not(None)))
        fractions = s.scalar(select(func.count()).select_from(Measurement).where(Measurement.denominator.is_not(None)))
    assert commented and split and fractions


def test_broken_project_file_loads_nothing(register: Register, tmp_path: Path) -> None:
    import pytest

    from hallbar_desktop.errors import ProjectFileError

    text = (Path(__file__).parents[1] / "data" / "small_project.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('"2021Q3" = { numerator = 9', '"2021Q3" = { numerator = 99'),
                   encoding="utf-8")
    with pytest.raises(ProjectFileError, match="2021Q3"), register.transaction() as s:
        load_project(s, bad, Actor("t", "load"))
    with register.reading() as s:
        assert list_projects(s) == []
    bad.write_text("this is [not toml", encoding="utf-8")
    with pytest.raises(ProjectFileError, match="TOML"), register.transaction() as s:
        load_project(s, bad, Actor("t", "load"))
