"""Every write the window makes says what it changed (``services.operations``), and the one write
path for values checks every rule for every cell before anything is written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.reporting.excel_template import COLUMNS, INPUT_SHEET, export_template
from hallbar_desktop.services import operations as op
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import KINDS, Changes
from hallbar_desktop.services.entry import CellEdit, EditsRefused, Given, apply_edits
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.grid_rows import refreshed_approvals, refreshed_rows
from hallbar_desktop.services.projects import FocusAreaFields, IndicatorFields
from hallbar_desktop.services.scorecard import project_scorecard, scorecard_of
from hallbar_desktop.services.steering import MeetingFields, NarrativeFields
from hallbar_desktop.store.register import Register

ME = Actor("anna", "window")
Q = Quarter.parse


# --- the description ------------------------------------------------------------------------
def test_changes_say_what_concerns_a_project_and_merge() -> None:
    edit = Changes.of_values("RJL", [("3.1", Q("2022Q3")), ("1.2", Q("2022Q4"))])
    assert edit.concerns("RJL") and edit.concerns("rjl") and not edit.concerns("RJH")
    assert edit.values_of("RJL") == {"3.1", "1.2"} and edit.values_of("RJH") == frozenset()
    assert edit.touches("RJL", "3.1", Q("2022Q3")) and not edit.touches("RJL", "3.1", Q("2022Q2"))
    assert not edit.touches("RJL", "2.2") and not edit.structure
    assert not Changes() and not Changes().concerns("RJL")
    approval = Changes.of_approval("RJL", Q("2022Q3"))
    assert approval.touches("RJL", "2.2", Q("2022Q3")) and not approval.touches("RJL", "2.2", Q("2022Q1"))
    both = edit | approval
    assert both.project == "RJL" and both.approvals and both.indicators == {"3.1", "1.2"}
    other = edit.merge(Changes.of_meetings("RJH"))
    assert other.project is None and other.concerns("RJH") and other.concerns("RJL") and other.meetings
    everything = Changes.everything()
    assert all(getattr(everything, kind) for kind in KINDS)
    assert everything.concerns("ANY") and everything.touches("ANY", "1.1", Q("2021Q1"))
    assert Changes.from_dict(json.loads(json.dumps(both.as_dict()))) == both
    assert Changes.from_dict({"project": "RJL", "risks": True}) == Changes("RJL")  # a newer writer's kind


# --- each write -------------------------------------------------------------------------------
def test_value_edits_name_their_project_indicators_and_quarters(demo: Register) -> None:
    with demo.transaction() as s:
        done = op.edit_values(s, "rjl", [CellEdit.typed("3.1", Q("2022Q3"), "77"),
                                         CellEdit.typed("1.2", Q("2022Q4"), "12")], ME)  # 1.2 holds 12
    assert [(c.indicator_code, str(c.quarter)) for c in done.value] == [("3.1", "2022Q3")]
    assert done.changes == Changes("RJL", frozenset({"3.1"}), frozenset({Q("2022Q3")}))
    with demo.transaction() as s:
        same = op.edit_values(s, "RJL", [CellEdit.typed("3.1", Q("2022Q3"), "77")], ME)
    assert same.value == [] and not same.changes


def test_structure_writes_say_structure(demo: Register) -> None:
    with demo.transaction() as s:
        area = op.create_focus_area(s, "RJL", FocusAreaFields(5, "Uppföljning"))
        ind = op.create_indicator(s, "RJL", IndicatorFields("5.1", "Rapporter", 5, IndicatorKind.COUNT))
        moved = op.move_indicator(s, "RJL", "1.3", -1)
        edge = op.move_indicator(s, "RJL", "1.1", -1)  # already first: nothing changes
        removed = op.remove_indicator(s, "RJL", "5.1")
    for done in (area, ind, moved, removed):
        assert done.changes == Changes.of_structure("RJL")
    assert edge.value is False and not edge.changes
    assert removed.value.value == "deleted"


def test_renaming_a_project_concerns_the_whole_register(demo: Register) -> None:
    from hallbar_desktop.services.projects import ProjectFields

    with demo.reading() as s:
        grid = project_grid(s, "RJH")
    p = grid.project
    fields = ProjectFields(code="RJH2", name=p.name, start=p.start, end=p.end, owner=p.owner)
    with demo.transaction() as s:
        done = op.update_project(s, "RJH", fields)
    assert done.value.code == "RJH2" and done.changes == Changes.of_structure(None)
    assert done.changes.concerns("RJH") and done.changes.concerns("RJH2")


def test_steering_writes_say_meetings_and_approvals(demo: Register) -> None:
    held = date(2022, 11, 17)
    with demo.transaction() as s:
        approved = op.approve_quarter(s, "RJL", Q("2022Q3"), held, ME)
        unlocked = op.unlock_quarter(s, "RJL", Q("2022Q3"), "Rättelse", ME)
        decision = op.add_decision(s, "RJL", held, "Ta fram en plan.", ME)
        followed = op.update_decision(s, "RJL", decision.value.number, ME, status="in_progress")
        meeting = op.save_meeting(s, "RJL", MeetingFields(date(2023, 2, 20), Q("2022Q4")),
                                  {2: NarrativeFields(happened="Tre nya symbioser.")}, ME)
        deleted = op.delete_meeting(s, "RJL", date(2023, 2, 20), ME)
    for done in (approved, unlocked):
        assert done.changes.approvals and done.changes.quarters == {Q("2022Q3")} and done.changes.project == "RJL"
        assert done.changes.meetings  # the meeting lists which quarters it approved
        assert done.changes.touches("RJL", "1.1", Q("2022Q3")) and not done.changes.indicators
    for done in (decision, followed, meeting, deleted):
        assert done.changes == Changes.of_meetings("RJL")
    assert meeting.value.narrative(2).happened == "Tre nya symbioser."


def _template(demo: Register, tmp_path: Path, values: dict[str, object], quarter: str = "2022Q4") -> Path:
    with demo.reading() as s:
        path = export_template(s, "RJL", quarter, tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(5, ws.max_row + 1)}
    for code, value in values.items():
        ws.cell(rows[code], COLUMNS["value"]).value = value
    wb.save(path)
    return path


def test_an_import_goes_through_the_one_write_path_and_names_what_it_changed(
        demo: Register, tmp_path: Path) -> None:
    path = _template(demo, tmp_path, {"2.4": 130, "1.2": 16})
    with demo.transaction() as s:
        done = op.import_workbook(s, path, "anna")
    assert done.changes == Changes("RJL", frozenset({"2.4", "1.2"}), frozenset({Q("2022Q4")}))
    assert {c.indicator_code for c in done.value.applied} == {"2.4", "1.2"}
    with demo.reading() as s:
        grid = project_grid(s, "RJL")
    cell = next(r for r in grid.rows if r.indicator.code == "2.4").cell(Q("2022Q4"))
    assert cell is not None and cell.value == 130 and cell.measurement.source == "import"  # type: ignore[union-attr]


# --- the milestone's day, checked for every cell before anything is written ------------------
def test_a_milestone_reached_after_its_quarter_is_refused_with_its_cell(demo: Register) -> None:
    edits = [CellEdit.typed("1.2", Q("2022Q3"), "11"), CellEdit.typed("2.1", Q("2022Q3"), "2022-11-15"),
             CellEdit.typed("1.3", Q("2022Q3"), "9")]
    with pytest.raises(EditsRefused) as caught, demo.transaction() as s:
        apply_edits(s, "RJL", edits, ME)
    assert [(p.indicator_code, str(p.quarter)) for p in caught.value.problems] == [("2.1", "2022Q3")]
    assert str(caught.value).startswith("2.1 2022 kv 3: Datumet då milstolpen nåddes (2022-11-15) ligger efter")
    with demo.reading() as s:
        grid = project_grid(s, "RJL")
    assert next(r for r in grid.rows if r.indicator.code == "1.2").cell(Q("2022Q3")).value == 10  # type: ignore[union-attr]
    with demo.transaction() as s:  # the day it was first reached, in an earlier quarter, is right
        done = apply_edits(s, "RJL", [CellEdit.entered("2.1", Q("2022Q4"), "ja", Given(reached_on=date(2022, 3, 1)))],
                           ME)
    assert done[0].after is not None and done[0].after.reached_on == date(2022, 3, 1)


def test_an_import_with_a_milestone_day_after_its_quarter_names_the_row(demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop.services.excel_import import preview_import

    path = _template(demo, tmp_path, {"2.1": "2023-01-15", "1.2": 16})
    with demo.reading() as s:
        preview = preview_import(s, path)
    errors = preview.errors
    assert [e.code for e in errors] == ["2.1"] and "ligger efter 2022 kv 4" in errors[0].reason
    with pytest.raises(Exception, match=r"rad \d+ \(2\.1\)"), demo.transaction() as s:
        op.import_workbook(s, path)


# --- one read per row ---------------------------------------------------------------------------
def test_the_rows_read_after_a_write_are_the_rows_of_a_fresh_read(demo: Register) -> None:
    with demo.connection() as conn:
        grid = project_grid(conn, "RJL")
    with demo.transaction() as s:
        op.edit_values(s, "RJL", [CellEdit.typed("3.1", Q("2022Q3"), "77"),
                                  CellEdit.commented("1.2", Q("2022Q3"), "Ny kommentar")], ME)
        op.approve_quarter(s, "RJL", Q("2022Q3"), date(2022, 11, 17), ME)
    with demo.connection() as conn:  # a plain connection, as the window's worker reads
        updated, positions = refreshed_rows(conn, grid, ["3.1", "1.2"])
        updated = refreshed_approvals(conn, updated)
        fresh = project_grid(conn, "RJL")
        card = project_scorecard(conn, "RJL", "2022Q3")
    assert len(positions) == 2
    assert updated == fresh
    assert scorecard_of(fresh, "2022Q3") == card


# --- the effect chain and the learning log --------------------------------------------------------
def test_the_chain_s_writes_say_they_changed_the_chain_of_their_project(demo: Register) -> None:
    from hallbar_desktop.domain.effect_chain import ChainLevel
    from hallbar_desktop.services.effect_chain import effect_chain
    from hallbar_desktop.services.effect_chain_edit import BoxFields

    chain_only = Changes("RJL", chain=True)
    with demo.transaction() as s:
        done = op.create_box(s, "rjl", BoxFields(ChainLevel.RESULT, "Ett nytt resultat", 3), ME)
        assert done.changes == chain_only and done.value.code == "R3.2"
        assert op.add_link(s, "RJL", "AK3.1", "R3.2", ME).changes == chain_only
        assert op.create_box(s, "RJL", BoxFields(ChainLevel.EFFECT, "En ny effekt", 3), ME).value.code == "E3.2"
        assert op.place_indicator(s, "RJL", "E3.2", "3.1", ME, move=True).changes == chain_only
        assert op.update_box(s, "RJL", "R3.2", BoxFields(ChainLevel.RESULT, "Ändrat", 3), ME).changes == chain_only
        assert op.move_box(s, "RJL", "R3.2", -1, ME).changes == chain_only
        assert op.move_box(s, "RJL", "R3.2", -1, ME).changes == Changes()  # first already: nothing moved
        assert op.unplace_indicator(s, "RJL", "E3.2", "3.1", ME).changes == chain_only
        assert op.remove_link(s, "RJL", "AK3.1", "R3.2", ME).changes == chain_only
        assert op.place_activity(s, "RJL", "AK3.1", "P1", ME).changes == chain_only
        assert op.unplace_activity(s, "RJL", "AK3.1", "P1", ME).changes == chain_only
        assert op.delete_box(s, "RJL", "R3.2", ME).changes == chain_only
    assert chain_only.concerns("RJL") and not chain_only.structure and not chain_only.touches("RJL", "3.1")
    with demo.reading() as s:
        assert effect_chain(s, "RJL").box("R3.2") is None


def test_the_learning_log_s_writes_say_they_changed_the_lessons(demo: Register) -> None:
    from hallbar_desktop.services.lessons import LessonFields

    with demo.transaction() as s:
        done = op.add_lesson(s, "rjl", LessonFields(date(2022, 9, 8), "Något vi lärde oss", meeting="2022-09-08"), ME)
        assert done.changes == Changes("RJL", lessons=True) and done.value.link is not None
        number = done.value.number
        assert op.update_lesson(s, "RJL", number, LessonFields(date(2022, 9, 8), "Ändrat"), ME).changes \
            == Changes("RJL", lessons=True)
        assert op.delete_lesson(s, "RJL", number, ME).changes == Changes("RJL", lessons=True)


def test_the_chain_takes_its_lights_from_a_grid_the_caller_holds(demo: Register) -> None:
    from hallbar_desktop.services.effect_chain import effect_chain, with_lights

    with demo.reading() as s:
        before = effect_chain(s, "RJL")
        grid = project_grid(s, "RJL")
        assert effect_chain(s, "RJL", grid=grid) == before
    assert with_lights(before, grid) is before  # nothing differs: the same chain
    with demo.transaction() as s:
        op.edit_values(s, "RJL", [CellEdit.typed("3.1", Q("2022Q4"), "100")], ME)
    with demo.reading() as s:
        fresh_grid = project_grid(s, "RJL")
        fresh = effect_chain(s, "RJL")
    relit = with_lights(before, fresh_grid)
    assert relit == fresh and relit is not before
    assert before.box("E3.1").indicators[0].light != relit.box("E3.1").indicators[0].light  # type: ignore[union-attr]


def test_lessons_held_are_filtered_as_the_service_searches(demo: Register) -> None:
    from hallbar_desktop.services.lessons import filter_lessons, lesson_tags, list_lessons, search_lessons, tags_of

    with demo.reading() as s:
        held = list_lessons(s, "RJH")
        for text, tags in (("malkonflikt", ()), ("", ("METOD",)), ("samiska dialog", ()), ("ingenting", ())):
            assert filter_lessons(held, text, tags=tags) == search_lessons(s, "RJH", text, tags=tags).lessons
        assert tags_of(held) == lesson_tags(s, "RJH")
