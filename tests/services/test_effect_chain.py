"""The effect chain as a service: boxes on three levels, arrows, indicators and activities placed
in boxes, with the chain's rules enforced and every change audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.domain.kinds import EffectLevel
from hallbar_desktop.domain.status import Light
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.activities import ActivityFields, create_activity
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.effect_chain import effect_chain, get_box
from hallbar_desktop.services.effect_chain_edit import (
    BoxFields,
    add_link,
    attach_activity,
    attach_indicator,
    box_fields_of,
    create_box,
    delete_box,
    detach_indicator,
    move_box,
    remove_link,
    update_box,
    update_link,
)
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.services.projects import IndicatorFields, update_indicator
from hallbar_desktop.store import tables
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
ME = Actor("test", "window")
TODAY = date(2022, 1, 15)


@pytest.fixture
def small(register: Register) -> Register:
    """TEST with activities A1 (area 1, for 1.1), A2 (area 1), A3 (area 2) and P1 (project-wide)."""
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
        for code, area, indicators in (("A1", 1, ("1.1",)), ("A2", 1, ()), ("A3", 2, ()), ("P1", None, ())):
            create_activity(s, "TEST", ActivityFields(code, f"Aktivitet {code}", "2021Q1", "2022Q4",
                                                      focus_area_number=area, indicator_codes=indicators), ME)
    return register


def box(level: str, title: str, area: int | None = 1, code: str = "") -> BoxFields:
    return BoxFields(level=level, title=title, focus_area_number=area, code=code)


@pytest.fixture
def chain(small: Register) -> Register:
    """Focus area 1: AK1.1 (A1) → R1.1 (1.2) → E1.1 (1.1)."""
    with small.transaction() as s:
        create_box(s, "TEST", box("aktivitet", "Utbilda handläggare i hållbarhetsbedömning"), ME)
        create_box(s, "TEST", box("resultat", "Handläggare kan bedöma ansökningar"), ME)
        create_box(s, "TEST", box("effekt", "Alla medel är hållbarhetssäkrade efter projektet"), ME)
        attach_activity(s, "TEST", "AK1.1", "A1", ME)
        attach_indicator(s, "TEST", "R1.1", "1.2", ME)
        attach_indicator(s, "TEST", "E1.1", "1.1", ME)
        add_link(s, "TEST", "AK1.1", "R1.1", ME)
        add_link(s, "TEST", "R1.1", "E1.1", ME, note="när rutinen används i alla ärenden")
    return small


def test_the_chain_reads_back_with_lights_from_the_grid(chain: Register) -> None:
    with chain.reading() as s:
        c = effect_chain(s, "TEST", today=TODAY)
        grid = project_grid(s, "TEST", today=TODAY)
    assert [(b.code, b.level, b.focus_area_number) for b in c.boxes] == [
        ("AK1.1", ChainLevel.ACTIVITY, 1), ("R1.1", ChainLevel.RESULT, 1), ("E1.1", ChainLevel.EFFECT, 1)]
    assert [(x.source, x.target, x.skips_result) for x in c.links] == [
        ("AK1.1", "R1.1", False), ("R1.1", "E1.1", False)]
    assert c.links[1].note == "när rutinen används i alla ärenden"
    assert c.box("E1.1").indicators[0].code == "1.1"  # type: ignore[union-attr]
    assert [a.code for a in c.box("ak1.1").activities] == ["A1"]  # type: ignore[union-attr]
    # every light is the grid's: the one status computation
    current = {r.indicator.code: r.current.status for r in grid.rows if r.current}
    for b in c.boxes:
        for i in b.indicators:
            assert i.light is current[i.code] and i.symbol == current[i.code].symbol
    assert c.box("E1.1").indicators[0].light is Light.GREY  # type: ignore[union-attr]  # 2021 kv 4 not reported
    assert c.indicator_codes() == ("1.2", "1.1")
    # what is not placed yet, for the editor: area 2's indicators, the other activities
    assert [i.code for i in c.unplaced_indicators] == ["2.1", "2.2"]
    assert [a.code for a in c.unplaced_activities] == ["A2", "A3", "P1"]
    assert c.lanes == ((1, "Hållbarhetssäkrad finansiering"), (2, "Övergripande omställning"),
                       (None, "Projektövergripande"))
    assert c.lanes_in_use() == ((1, "Hållbarhetssäkrad finansiering"),)
    assert c.notes == ()
    with chain.reading() as s:
        one = effect_chain(s, "TEST", focus_area_number=2, today=TODAY)
    assert one.is_empty and one.lanes == ((2, "Övergripande omställning"),)
    assert [a.code for a in one.unplaced_activities] == ["A3"]


def test_an_indicator_sits_on_exactly_one_level(chain: Register) -> None:
    with chain.transaction() as s:
        create_box(s, "TEST", box("resultat", "Rutin för bedömning beslutad"), ME)
    with pytest.raises(ValidationError, match=r"1.2 sitter redan i rutan «R1.1 .*» \(resultat\)"), \
            chain.transaction() as s:
        attach_indicator(s, "TEST", "R1.2", "1.2", ME)
    with chain.transaction() as s:  # the editor moves it instead
        moved = attach_indicator(s, "TEST", "R1.2", "1.2", ME, move=True)
    assert [i.code for i in moved.indicators] == ["1.2"]
    with chain.reading() as s:
        assert effect_chain(s, "TEST").box("R1.1").indicators == ()  # type: ignore[union-attr]
    with chain.engine.connect() as conn:  # the register itself holds it once
        rows = conn.execute(sa.select(tables.chain_box_indicator)).all()
    assert len(rows) == 2


def test_an_indicator_s_effect_logic_level_must_agree_with_its_box(chain: Register) -> None:
    with pytest.raises(ValidationError, match="«långsiktig effekt» och hör hemma bland effekter, men sitter bland "
                                              "resultat"), chain.transaction() as s:
        attach_indicator(s, "TEST", "R1.1", "1.1", ME, move=True)
    # The indicator's level changed afterwards: the chain says why it no longer fits.
    with chain.transaction() as s:
        ind = next(r.indicator for r in project_grid(s, "TEST").rows if r.indicator.code == "1.2")
        update_indicator(s, "TEST", "1.2", IndicatorFields(
            ind.code, ind.name, 1, ind.kind, unit=ind.unit, effect_level=EffectLevel.LONG_TERM, baseline=ind.baseline,
            baseline_quarter=ind.baseline_quarter, target=ind.target, target_quarter=ind.target_quarter,
            split_by_sex=ind.split_by_sex, accumulation=ind.accumulation))
    with chain.reading() as s:
        c = effect_chain(s, "TEST")
    assert "Indikatorn 1.2" in c.box("R1.1").indicators[0].level_note  # type: ignore[union-attr]
    assert any("Indikatorn 1.2 har effektlogiknivån «långsiktig effekt»" in n for n in c.notes)


def test_activities_sit_among_the_activities_in_one_box(chain: Register) -> None:
    with pytest.raises(ValidationError, match="bara sitta bland aktiviteterna"), chain.transaction() as s:
        attach_activity(s, "TEST", "R1.1", "A2", ME)
    with chain.transaction() as s:
        create_box(s, "TEST", box("aktivitet", "Ta fram en checklista"), ME)
        attach_activity(s, "TEST", "AK1.2", "A2", ME)
        attach_activity(s, "TEST", "AK1.2", "P1", ME)  # a project-wide activity fits any chain
    with pytest.raises(ValidationError, match="A2 sitter redan i rutan «AK1.2"), chain.transaction() as s:
        attach_activity(s, "TEST", "AK1.1", "A2", ME)
    with pytest.raises(ValidationError, match="A3 hör till ett annat insatsområde"), chain.transaction() as s:
        attach_activity(s, "TEST", "AK1.2", "A3", ME)
    with pytest.raises(ValidationError, match="2.2 hör till ett annat insatsområde"), chain.transaction() as s:
        attach_indicator(s, "TEST", "R1.1", "2.2", ME)


def test_skipping_the_results_is_the_user_s_explicit_choice(chain: Register) -> None:
    with pytest.raises(ValidationError, match="hoppar över resultatnivån"), chain.transaction() as s:
        add_link(s, "TEST", "AK1.1", "E1.1", ME)
    with chain.transaction() as s:
        link = add_link(s, "TEST", "AK1.1", "E1.1", ME, skips_result=True)
    assert link.skips_result
    with chain.reading() as s:  # kept, and read back for the diagram
        c = effect_chain(s, "TEST")
    assert [(x.source, x.target) for x in c.links if x.skips_result] == [("AK1.1", "E1.1")]
    with pytest.raises(ValidationError, match="hoppar över resultatnivån"), chain.transaction() as s:
        update_link(s, "TEST", "AK1.1", "E1.1", ME, skips_result=False)
    with chain.transaction() as s:  # the flag means nothing where no level is skipped: not kept
        assert not update_link(s, "TEST", "AK1.1", "R1.1", ME, skips_result=True).skips_result


def test_arrows_go_forwards_and_never_round(chain: Register) -> None:
    with pytest.raises(ValidationError, match="går framåt"), chain.transaction() as s:
        add_link(s, "TEST", "E1.1", "R1.1", ME)
    with chain.transaction() as s:
        create_box(s, "TEST", box("resultat", "Bedömningarna följs upp"), ME)
        add_link(s, "TEST", "R1.1", "R1.2", ME)  # a result that leads to another result
    with pytest.raises(ValidationError, match="cirkel"), chain.transaction() as s:
        add_link(s, "TEST", "R1.2", "R1.1", ME)
    with pytest.raises(ValidationError, match="samma ruta"), chain.transaction() as s:
        add_link(s, "TEST", "R1.1", "R1.1", ME)
    with pytest.raises(ValidationError, match="redan en pil"), chain.transaction() as s:
        add_link(s, "TEST", "R1.1", "R1.2", ME)
    with chain.transaction() as s:
        create_box(s, "TEST", box("effekt", "Lägre utsläpp", area=2), ME)
    with pytest.raises(ValidationError, match="olika effektkedjor"), chain.transaction() as s:
        add_link(s, "TEST", "R1.1", "E2.1", ME)


def test_a_box_changes_level_only_when_what_it_holds_still_fits(chain: Register) -> None:
    with pytest.raises(ValidationError, match="1.1 .* sitter bland resultat"), chain.transaction() as s:
        update_box(s, "TEST", "E1.1", box("resultat", "Alla medel"), ME)
    with chain.transaction() as s:
        detach_indicator(s, "TEST", "E1.1", "1.1", ME)
        create_box(s, "TEST", box("aktivitet", "Kartlägga medlen"), ME)
    with pytest.raises(ValidationError, match="går framåt"), chain.transaction() as s:  # R1.1 → E1.1 would go back
        update_box(s, "TEST", "E1.1", box("aktivitet", "Alla medel"), ME)
    with pytest.raises(ValidationError, match="har pilar"), chain.transaction() as s:
        update_box(s, "TEST", "E1.1", box("effekt", "Alla medel", area=2), ME)
    with chain.transaction() as s:
        changed = update_box(s, "TEST", "E1.1", BoxFields("effekt", "Alla medel hållbarhetssäkrade", 1,
                                                          "Efter projektet", code="E-medel"), ME)
    assert (changed.code, changed.title, changed.description) == ("E-medel", "Alla medel hållbarhetssäkrade",
                                                                  "Efter projektet")
    with chain.reading() as s:
        assert box_fields_of(s, "TEST", "e-medel").title == "Alla medel hållbarhetssäkrade"
        assert [x.target for x in effect_chain(s, "TEST").links] == ["R1.1", "E-medel"]


def test_codes_are_made_per_level_and_area_and_must_be_unique(small: Register) -> None:
    with small.transaction() as s:
        codes = [create_box(s, "TEST", box(level, "X", area), ME).code
                 for level, area in (("aktivitet", 1), ("resultat", 1), ("resultat", 1), ("effekt", None))]
    assert codes == ["AK1.1", "R1.1", "R1.2", "EP.1"]
    with pytest.raises(ValidationError, match="redan en ruta med koden «R1.1»"), small.transaction() as s:
        create_box(s, "TEST", box("resultat", "Y", code="r1.1"), ME)
    with pytest.raises(ValidationError, match="utan mellanslag"), small.transaction() as s:
        create_box(s, "TEST", box("resultat", "Y", code="R 9"), ME)
    with pytest.raises(ValidationError, match="Skriv en text"), small.transaction() as s:
        create_box(s, "TEST", box("resultat", "  "), ME)
    with pytest.raises(ValidationError, match="välj aktivitet, resultat, effekt"), small.transaction() as s:
        create_box(s, "TEST", box("mål", "Y"), ME)
    with pytest.raises(NotFound, match="Rutor: AK1.1, R1.1, R1.2, EP.1"), small.reading() as s:
        get_box(s, "TEST", "R9")


def test_boxes_move_within_their_level_and_removal_frees_what_they_held(chain: Register) -> None:
    with chain.transaction() as s:
        create_box(s, "TEST", box("resultat", "Andra resultatet"), ME)
        assert move_box(s, "TEST", "R1.2", -1, ME)
        assert not move_box(s, "TEST", "R1.2", -1, ME)  # first already
    with chain.reading() as s:
        assert [b.code for b in effect_chain(s, "TEST").boxes] == ["AK1.1", "R1.2", "R1.1", "E1.1"]
    with chain.transaction() as s:
        delete_box(s, "TEST", "R1.1", ME)
    with chain.reading() as s:
        c = effect_chain(s, "TEST")
    assert [b.code for b in c.boxes] == ["AK1.1", "R1.2", "E1.1"]
    assert c.links == ()  # both arrows of R1.1 went with it
    assert "1.2" in [i.code for i in c.unplaced_indicators]
    assert any("Effekten «E1.1" in n and "ingen pil" in n for n in c.notes)
    with pytest.raises(NotFound, match="ingen pil"), chain.transaction() as s:
        remove_link(s, "TEST", "AK1.1", "R1.2", ME)


def test_every_change_is_in_the_audit_trail(chain: Register) -> None:
    with chain.transaction() as s:
        remove_link(s, "TEST", "R1.1", "E1.1", ME)
        delete_box(s, "TEST", "E1.1", ME)
    with chain.reading() as s:
        history = project_history(s, get_project(s, "TEST").id, (
            "chain_box", "chain_box_delete", "chain_link", "chain_link_delete", "chain_indicator", "chain_activity"))
    actions = [h["action"] for h in history]
    assert actions.count("chain_box") == 3 and actions.count("chain_link") == 2
    assert actions[-2:] == ["chain_link_delete", "chain_box_delete"]
    deleted = history[-1]["old"]
    assert deleted["code"] == "E1.1" and deleted["indicators"] == ["1.1"]  # type: ignore[index]
    assert {h["changed_by"] for h in history} == {"test"} and {h["source"] for h in history} == {"window"}


def test_removing_a_placed_indicator_or_archiving_its_focus_area(chain: Register) -> None:
    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.services.projects import create_indicator
    from hallbar_desktop.services.structure import Removal, remove_focus_area, remove_indicator

    with chain.transaction() as s:  # an indicator without values is deleted, and leaves its box
        create_indicator(s, "TEST", IndicatorFields("1.9", "Ny", 1, IndicatorKind.COUNT))
        attach_indicator(s, "TEST", "R1.1", "1.9", ME)
        assert remove_indicator(s, "TEST", "1.9") is Removal.DELETED
    with chain.reading() as s:
        assert [i.code for i in effect_chain(s, "TEST").box("R1.1").indicators] == ["1.2"]  # type: ignore[union-attr]
    with chain.transaction() as s:  # a focus area without values is deleted, and its chain with it
        create_box(s, "TEST", box("effekt", "Lägre utsläpp", area=2), ME)
        assert remove_focus_area(s, "TEST", 2) is Removal.DELETED
    with chain.reading() as s:
        c = effect_chain(s, "TEST")
    assert c.box("E2.1") is None and [n for n, _ in c.lanes] == [1, None]
    assert [b.code for b in c.boxes] == ["AK1.1", "R1.1", "E1.1"]
    with chain.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(tables.chain_box)).scalar() == 3
    with chain.transaction() as s:  # one with values is archived: its chain is hidden as the grid hides it
        assert remove_focus_area(s, "TEST", 1) is Removal.ARCHIVED
    with chain.reading() as s:
        c = effect_chain(s, "TEST")
    assert c.is_empty and c.lanes == ((None, "Projektövergripande"),)
