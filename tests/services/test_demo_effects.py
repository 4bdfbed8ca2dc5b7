"""The demo's effect chains, values after the project's end and example lessons, loaded from the
project files (``[[effect_chain]]``, ``[follow_up]``, ``[[lessons]]``); loading twice changes
nothing; a bad section is refused naming where, and nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.errors import ProjectFileError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.effect_chain import effect_chain
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lessons import list_lessons, search_lessons
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import demo_files, load_project
from hallbar_desktop.services.scorecard import project_scorecard
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
TODAY = date(2026, 11, 29)
ACTIONS = ("chain_box", "chain_box_edit", "chain_link", "chain_link_edit", "chain_link_delete", "chain_indicator",
           "chain_activity", "lesson", "lesson_edit")


def test_jamtland_s_chain_follows_its_four_focus_areas(demo: Register) -> None:
    with demo.reading() as s:
        chain = effect_chain(s, "RJH", today=TODAY)
    assert [n for n, _ in chain.lanes_in_use()] == [1, 2, 3, 4]
    for number, _ in chain.lanes_in_use():  # every focus area runs from activities to an effect
        levels = {b.level for b in chain.boxes_of(number)}
        assert levels == {ChainLevel.ACTIVITY, ChainLevel.RESULT, ChainLevel.EFFECT}
    # every indicator is placed, each on the level its effect logic says
    assert sorted(chain.indicator_codes()) == sorted(
        ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1"])
    assert chain.unplaced_indicators == ()
    assert not any(i.level_note for b in chain.boxes for i in b.indicators)
    assert chain.box("E1.1").title.startswith("Systematiskt resultatinriktat genomförande")  # type: ignore[union-attr]
    skipping = [(x.source, x.target, x.note) for x in chain.links if x.skips_result]
    assert skipping == [("AK3.2", "E3.1", "Strukturen beslutas politiskt och styr fördelningen direkt")]
    assert [a.code for a in chain.unplaced_activities] == ["P1"]  # project management leads to no result
    assert chain.notes == ()


def test_jonkoping_s_chain_ends_in_its_stated_long_term_effects(demo: Register) -> None:
    with demo.reading() as s:
        chain = effect_chain(s, "RJL", today=TODAY)
        grid = project_grid(s, "RJL", today=TODAY)
    effects = [b for b in chain.boxes if b.level is ChainLevel.EFFECT]
    long_term = {r.indicator.code for r in grid.rows if r.indicator.effect_level.value == "long_term"}
    assert {i.code for b in effects for i in b.indicators} == long_term
    assert all(chain.links_to(b.id) for b in effects)  # every effect is reached by an arrow
    followed = chain.box("E1.2").indicators[0]  # type: ignore[union-attr]
    assert followed.code == "1.4" and followed.follow_up_until == Quarter(2024, 4)
    assert followed.quarter == Quarter(2024, 4) and followed.light is Light.YELLOW  # 86 % of 100 %


def test_jonkoping_s_indicator_1_4_is_followed_two_years_after_the_end(demo: Register) -> None:
    with demo.reading() as s:
        grid = project_grid(s, "RJL", today=TODAY)
        card = project_scorecard(s, "RJL", "2024Q4", today=TODAY)
    row = next(r for r in grid.rows if r.indicator.code == "1.4")
    after = [c for c in row.cells if c.quarter > Quarter(2022, 4)]
    assert [str(c.quarter) for c in after if c.measurement] == [
        "2023Q1", "2023Q2", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    assert row.cell(Quarter(2023, 3)).status is Light.GREY  # type: ignore[union-attr]  # not reported
    assert row.cell(Quarter(2024, 4)).measurement.comment.startswith("Exempeldata")  # type: ignore[union-attr]
    line = next(x for x in card.lines if x.indicator.code == "1.4")
    assert line.followed_after_end and line.value == pytest.approx(86.2, abs=0.1)
    assert [x.indicator.code for x in card.lines if x.followed_after_end] == ["1.4"]


def test_the_example_lessons_are_marked_and_searchable(demo: Register) -> None:
    with demo.reading() as s:
        for code in ("RJH", "RJL"):
            lessons = list_lessons(s, code)
            assert len(lessons) == 4 and all(x.example_data for x in lessons)
        assert [x.number for x in search_lessons(s, "RJH", "malkonflikt").lessons] == [3]
        assert [x.number for x in search_lessons(s, "RJL", tags="målkonflikt").lessons] == [3]
        meeting = list_lessons(s, "RJL")[2]
    assert meeting.link is not None and meeting.link.label == "Styrgruppsmöte 2022-09-08"


def test_loading_the_demo_twice_changes_nothing(demo: Register) -> None:
    with demo.reading() as s:
        before = {p: len(project_history(s, get_project(s, p).id, ACTIONS)) for p in ("RJL", "RJH")}
    assert all(before.values())
    with demo.transaction() as s:
        for f in demo_files():
            load_project(s, f, Actor("test", "load", f.name))
    with demo.reading() as s:
        assert {p: len(project_history(s, get_project(s, p).id, ACTIONS)) for p in ("RJL", "RJH")} == before


def test_a_file_moves_an_indicator_and_redraws_a_box_s_arrows(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "projekt.toml"
    chain = '''
[[effect_chain]]
code = "R1"
focus_area = 1
level = "result"
title = "Handläggare utbildade"
indicators = ["1.2"]
leads_to = ["E1"]

[[effect_chain]]
code = "E1"
focus_area = 1
level = "effect"
title = "Alla medel hållbarhetssäkrade"
indicators = ["1.1"]
'''
    path.write_text(SMALL.read_text(encoding="utf-8") + chain, encoding="utf-8")
    with register.transaction() as s:
        load_project(s, path, Actor("test", "load"))
    changed = chain.replace('indicators = ["1.2"]\nleads_to = ["E1"]', 'indicators = []\nleads_to = []')
    changed += '\n[[effect_chain]]\ncode = "R2"\nfocus_area = 1\nlevel = "result"\ntitle = "Rutin"\n' \
               'indicators = ["1.2"]\nleads_to = [{ to = "E1", note = "via rutinen" }]\n'
    path.write_text(SMALL.read_text(encoding="utf-8") + changed, encoding="utf-8")
    with register.transaction() as s:
        load_project(s, path, Actor("test", "load"))
    with register.reading() as s:
        c = effect_chain(s, "TEST")
    assert c.box("R1").indicators == () and [i.code for i in c.box("R2").indicators] == ["1.2"]  # type: ignore[union-attr]
    assert [(x.source, x.target, x.note) for x in c.links] == [("R2", "E1", "via rutinen")]


@pytest.mark.parametrize(("section", "message"), [
    ('[[effect_chain]]\ncode = "R1"\nlevel = "mål"\ntitle = "X"', r"effektkedjans ruta R1: Nivån «mål» finns inte"),
    ('[[effect_chain]]\ncode = "R1"\nlevel = "result"\ntitle = "X"\ncolour = "röd"', "okända nycklar colour"),
    ('[[effect_chain]]\ncode = "R1"\nfocus_area = 1\nlevel = "result"\ntitle = "X"\nindicators = ["1.1"]',
     "ruta R1: Indikatorn 1.1 har effektlogiknivån «långsiktig effekt»"),
    ('[[effect_chain]]\ncode = "A1"\nfocus_area = 1\nlevel = "activity"\ntitle = "X"\nleads_to = ["E1"]\n'
     '[[effect_chain]]\ncode = "E1"\nfocus_area = 1\nlevel = "effect"\ntitle = "Y"',
     "ruta A1: Pilen går från en aktivitet direkt till en effekt"),
    ('[[effect_chain]]\ncode = "R1"\nfocus_area = 1\nlevel = "result"\ntitle = "X"\nleads_to = ["R2"]\n'
     '[[effect_chain]]\ncode = "R2"\nfocus_area = 1\nlevel = "result"\ntitle = "Y"\nleads_to = ["R1"]', "cirkel"),
    ('[[effect_chain]]\ncode = "R1"\nlevel = "result"\ntitle = "X"\nleads_to = "E1"', "«leads_to» ska vara en lista"),
    ('[follow_up."1.1"]\n"2022Q2" = 50', r'\[follow_up."1.1"\] 2022Q2: 2022 kv 2 ligger inom projektperioden'),
    ('[follow_up."1.1"]\n"2023Q2" = 50', "2023 kv 2 ligger utanför projektperioden för TEST"),
    ('[[lessons]]\nlearned = "X"', r"\[\[lessons\]\] nr 1: «date» saknas"),
    ('[[lessons]]\ndate = 2021-05-01\nlearned = "X"\nactivity = "A9"', "ingen aktivitet med koden «A9»"),
    ('[[lessons]]\ndate = 2021-05-01\nlearned = "X"\ntags = "a, b"\nmood = "glad"', "okända nycklar mood"),
])
def test_bad_sections_are_refused_with_where(register: Register, tmp_path: Path, section: str, message: str) -> None:
    path = tmp_path / "projekt.toml"
    path.write_text(SMALL.read_text(encoding="utf-8") + "\n" + section + "\n", encoding="utf-8")
    with pytest.raises(ProjectFileError, match=message), register.transaction() as s:
        load_project(s, path, Actor("test", "load"))
    with register.reading() as s:  # all of the file or nothing: not even the project
        from hallbar_desktop.services.catalog import list_projects

        assert not list_projects(s)
