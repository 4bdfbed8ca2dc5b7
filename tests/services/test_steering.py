"""The steering group: meetings, decisions, approval that locks a quarter everywhere, readiness."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.cli import main
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import LockedQuarter, NotFound, ValidationError
from hallbar_desktop.services import steering
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellEdit, EditsRefused, apply_edits
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import clear_value, record_value, set_comment, validated_input
from hallbar_desktop.services.projects import (
    FocusAreaFields,
    IndicatorFields,
    ProjectFields,
    create_focus_area,
    create_indicator,
    create_project,
)
from hallbar_desktop.store.models import AuditEntry
from hallbar_desktop.store.register import Register

ME = Actor("test", "window")
Q1 = Quarter.parse("2022Q1")


def checksum(reg: Register) -> str:
    """Every row of every table: proves a refused change wrote nothing."""
    digest = hashlib.sha256()
    with reg.engine.connect() as conn:
        for name in sorted(sa.inspect(reg.engine).get_table_names()):
            rows = conn.execute(sa.text(f'SELECT * FROM "{name}" ORDER BY 1')).all()
            digest.update(repr((name, rows)).encode())
    return digest.hexdigest()


def value(reg: Register, code: str, quarter: str) -> float | None:
    with reg.reading() as s:
        grid = project_grid(s, "RJL")
    row = next(r for r in grid.rows if r.indicator.code == code)
    cell = row.cell(Quarter.parse(quarter))
    assert cell is not None
    return cell.value


# --- the demo ---------------------------------------------------------------------------------
def test_the_demo_holds_meetings_decisions_and_approvals(demo: Register) -> None:
    with demo.reading() as s:
        members = steering.list_members(s, "RJL")
        meetings = steering.list_meetings(s, "RJL")
        decisions = steering.list_decisions(s, "RJL")
        approved = steering.approved_quarters(s, "RJL")
        grid = project_grid(s, "RJL")
    assert [m.role_sv for m in members[:2]] == ["ordförande", "vice ordförande"]
    assert any(m.substitute == "Duncan Levinsohn" for m in members)
    assert [m.held_on for m in meetings] == [date(2022, 5, 12), date(2022, 9, 8), date(2022, 11, 17)]
    assert "Andreas Friberg (ersättare för Guénola Nonet)" in [a.label for a in meetings[0].attendees]
    assert meetings[0].narrative(1).goal_conflicts.startswith("Snabb digitalisering")
    assert {d.status for d in decisions} == {"open", "in_progress", "done", "cancelled"}
    assert [d.number for d in meetings[1].decisions] == [3, 4, 5]
    assert sorted(approved) == [Quarter.parse("2022Q1"), Quarter.parse("2022Q2")]
    assert grid.approved == frozenset(approved) and grid.is_locked(Q1)


# --- approval locks everywhere ----------------------------------------------------------------
def test_an_approved_quarter_refuses_every_change_through_the_services(demo: Register) -> None:
    before = checksum(demo)
    stored = value(demo, "1.3", "2022Q1")
    with demo.reading() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.3")
        entry = validated_input(ind, text="12")
    attempts = [
        lambda s, i: record_value(s, i, Q1, entry, ME),
        lambda s, i: clear_value(s, i, Q1, ME),
        lambda s, i: set_comment(s, i, Q1, "ny kommentar", ME),
    ]
    for attempt in attempts:
        with pytest.raises(LockedQuarter, match="fastställt av styrgruppen"), demo.transaction() as s:
            attempt(s, get_indicator(s, get_project(s, "RJL"), "1.3"))
    with pytest.raises(EditsRefused) as refused, demo.transaction() as s:
        apply_edits(s, "RJL", [CellEdit("1.3", Q1, "12"), CellEdit("1.3", Quarter.parse("2022Q3"), "12")], ME)
    assert "fastställt" in str(refused.value)
    assert checksum(demo) == before
    assert value(demo, "1.3", "2022Q1") == stored


def test_writing_what_is_already_stored_is_not_a_change(demo: Register) -> None:
    """Loading the demo file again must not fail on its own approved quarters."""
    from hallbar_desktop.services.project_file import demo_files, load_project

    before = checksum(demo)
    with demo.transaction() as s:
        for f in demo_files():
            load_project(s, f, Actor("test", "load", f.name))
    assert checksum(demo) == before


def test_the_cli_refuses_a_locked_value_with_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from hallbar_desktop.store.register import open_register

    reg = open_register(demo_path)
    before, stored = checksum(reg), value(reg, "1.3", "2022Q1")
    reg.close()
    assert main(["--db", str(demo_path), "set", "RJL", "1.3", "2022Q1", "99"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2022 kv 1 är fastställt" in err
    reg = open_register(demo_path)
    assert checksum(reg) == before and value(reg, "1.3", "2022Q1") == stored
    reg.close()


def test_the_template_import_refuses_a_locked_quarter(demo: Register, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from hallbar_desktop.reporting.excel_template import COLUMNS, INPUT_SHEET, export_template
    from hallbar_desktop.services.excel_import import apply_import

    with demo.reading() as s:
        path = export_template(s, "RJL", "2022Q1", tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "1.3")
    ws.cell(row, COLUMNS["value"]).value = 99
    wb.save(path)
    before = checksum(demo)
    with pytest.raises(ValidationError, match="fastställt"), demo.transaction() as s:
        apply_import(s, path)
    assert checksum(demo) == before


def test_unlock_needs_a_reason_and_is_audited_then_values_can_change(demo: Register) -> None:
    with pytest.raises(ValidationError, match="skäl"), demo.transaction() as s:
        steering.unlock_quarter(s, "RJL", Q1, "   ", ME)
    with demo.transaction() as s:
        steering.unlock_quarter(s, "RJL", Q1, "Felskrivet värde rättas", Actor("anna", "cli"))
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.3")
        record_value(s, ind, Q1, validated_input(ind, text="12"), ME)
    assert value(demo, "1.3", "2022Q1") == 12
    with demo.reading() as s:
        entry = s.scalars(sa.select(AuditEntry).where(AuditEntry.action == "unlock")).one()
        assert (entry.quarter, entry.changed_by, entry.reason) == ("2022Q1", "anna", "Felskrivet värde rättas")
        assert Q1 not in steering.approved_quarters(s, "RJL")


def test_approval_rules(demo: Register) -> None:
    with pytest.raises(ValidationError, match="redan fastställt"), demo.transaction() as s:
        steering.approve_quarter(s, "RJL", "2022Q1", date(2022, 5, 12), ME)
    with pytest.raises(ValidationError, match="senare"), demo.transaction() as s:
        steering.approve_quarter(s, "RJL", "2022Q4", date(2022, 11, 17), ME)
    with pytest.raises(NotFound, match="inget styrgruppsmöte"), demo.transaction() as s:
        steering.approve_quarter(s, "RJL", "2022Q3", date(2022, 11, 18), ME)
    with demo.transaction() as s:
        info = steering.approve_quarter(s, "RJL", "2022Q3", date(2022, 11, 17), ME)
        assert info.meeting_date == date(2022, 11, 17)
    with demo.reading() as s:
        assert s.scalars(sa.select(AuditEntry).where(AuditEntry.action == "approve",
                                                     AuditEntry.quarter == "2022Q3")).one()
        assert steering.get_meeting(s, "RJL", date(2022, 11, 17)).approved == (Quarter.parse("2022Q3"),)


# --- meetings and decisions -------------------------------------------------------------------
def test_a_meeting_with_narrative_and_decisions_is_kept(demo: Register) -> None:
    with demo.reading() as s:
        chair = steering.list_members(s, "RJL")[0]
    with demo.transaction() as s:
        steering.save_meeting(s, "RJL", steering.MeetingFields(date(2023, 2, 9), Quarter.parse("2022Q4"),
                                                               "Jönköping", "", ((chair.id, False),)), ME)
        steering.set_narrative(s, "RJL", date(2023, 2, 9), 2,
                               steering.NarrativeFields("Slutrapporten är skriven.", "", "Inga", ""), ME)
        d = steering.add_decision(s, "RJL", date(2023, 2, 9), "Lämna slutrapporten.", ME,
                                  owner="Mariana Morosanu", due_on=date(2023, 3, 31))
    assert d.number == 6 and d.status == "open"
    with pytest.raises(ValidationError, match="redan ett möte"), demo.transaction() as s:
        steering.save_meeting(s, "RJL", steering.MeetingFields(date(2023, 2, 9), Quarter.parse("2022Q4")), ME)
    with pytest.raises(ValidationError, match="finns inte"), demo.transaction() as s:
        steering.update_decision(s, "RJL", 6, ME, status="klar")
    with demo.transaction() as s:
        steering.update_decision(s, "RJL", 6, ME, status="done", follow_up="Inlämnad",
                                 closed_on=date(2023, 3, 20))
    with demo.reading() as s:
        m = steering.get_meeting(s, "RJL", date(2023, 2, 9))
        assert [a.member.name for a in m.attendees] == [chair.name]
        assert m.narrative(2).happened == "Slutrapporten är skriven."
        assert m.decisions[0].status_sv == "genomfört" and m.decisions[0].closed_on == date(2023, 3, 20)


def test_a_meeting_cannot_follow_up_a_quarter_that_has_not_begun(demo: Register) -> None:
    with pytest.raises(ValidationError, match="inte har börjat"), demo.transaction() as s:
        steering.save_meeting(s, "RJL", steering.MeetingFields(date(2022, 3, 1), Quarter.parse("2022Q3")), ME)


# --- readiness --------------------------------------------------------------------------------
@pytest.fixture
def crafted(register: Register) -> Register:
    """One project, two focus areas, three indicators, one meeting; a known set of gaps."""
    with register.transaction() as s:
        create_project(s, ProjectFields(code="P", name="Prov", start=Quarter.parse("2024Q1"),
                                        end=Quarter.parse("2024Q4")))
        create_focus_area(s, "P", FocusAreaFields(number=1, name="Digitalisering"))
        create_focus_area(s, "P", FocusAreaFields(number=2, name="Finansiering"))
        for code, area, target in (("1.1", 1, 100.0), ("1.2", 1, 100.0), ("2.1", 2, 100.0)):
            create_indicator(s, "P", IndicatorFields(code=code, name=f"Indikator {code}", focus_area_number=area,
                                                     kind=IndicatorKind.COUNT, baseline=0.0,
                                                     baseline_quarter=Quarter.parse("2024Q1"), target=target,
                                                     target_quarter=Quarter.parse("2024Q4")))
        project = get_project(s, "P")
        for code, text, comment in (("1.1", "100", ""), ("1.2", "10", "")):
            ind = get_indicator(s, project, code)
            record_value(s, ind, "2024Q2", validated_input(ind, text=text), ME, comment=comment)
        steering.save_meeting(s, "P", steering.MeetingFields(date(2024, 8, 20), Quarter.parse("2024Q2")), ME)
        steering.set_narrative(s, "P", date(2024, 8, 20), 1, steering.NarrativeFields(happened="Bra"), ME)
    return register


def test_readiness_lists_exactly_the_missing_items(crafted: Register) -> None:
    with crafted.transaction() as s:
        steering.save_meeting(s, "P", steering.MeetingFields(date(2024, 5, 2), Quarter.parse("2024Q1")), ME)
        steering.add_decision(s, "P", date(2024, 5, 2), "Ring kommunerna", ME, owner="Eva",
                              due_on=date(2024, 6, 30))
        steering.add_decision(s, "P", date(2024, 5, 2), "Skriv rutin", ME, due_on=date(2024, 12, 31))
        steering.add_decision(s, "P", date(2024, 5, 2), "Redan klart", ME, status="done")
        steering.add_decision(s, "P", date(2024, 8, 20), "Beslut på mötet självt", ME)
    with crafted.reading() as s:
        items = steering.readiness(s, "P", held_on=date(2024, 8, 20), today=date(2025, 1, 10))
    got = [(i.kind, i.indicator_code, i.focus_area_number, i.decision_number) for i in items]
    assert got == [
        ("missing_value", "2.1", 2, None),
        ("uncommented", "1.2", 1, None),  # 10 of 100 halfway through: red, and no comment
        ("no_narrative", None, 2, None),
        ("overdue_decision", None, None, 1),
        ("open_decision", None, None, 2),
    ]
    assert all(i.quarter == Quarter.parse("2024Q2") for i in items if i.indicator_code)
    # Fixing them empties the list.
    with crafted.transaction() as s:
        project = get_project(s, "P")
        ind = get_indicator(s, project, "2.1")
        record_value(s, ind, "2024Q2", validated_input(ind, text="60"), ME)
        set_comment(s, get_indicator(s, project, "1.2"), "2024Q2", "Upphandlingen försenad", ME)
        steering.set_narrative(s, "P", date(2024, 8, 20), 2, steering.NarrativeFields(actions="Följs upp"), ME)
        steering.update_decision(s, "P", 1, ME, status="done")
        steering.update_decision(s, "P", 2, ME, status="cancelled")
    with crafted.reading() as s:
        assert steering.readiness(s, "P", held_on=date(2024, 8, 20), today=date(2025, 1, 10)) == []


def test_an_approval_is_dated_by_its_meeting_else_by_when_it_was_recorded() -> None:
    at = datetime(2022, 11, 20, 9, 30)
    assert steering.ApprovalInfo(Quarter(2022, 3), date(2022, 11, 17), "me", at).approved_on == date(2022, 11, 17)
    assert steering.ApprovalInfo(Quarter(2022, 3), None, "me", at).approved_on == date(2022, 11, 20)


def test_readiness_names_delayed_activities_and_economy_deviations(demo: Register) -> None:
    with demo.reading() as s:
        items = steering.readiness(s, "RJL", "2022Q3", today=date(2023, 1, 10))
        before_any_cost = steering.readiness(s, "RJH", "2022Q4", today=date(2023, 1, 10))
    delayed = [i for i in items if i.kind == "delayed_activity"]
    assert [(i.activity_code, i.quarter) for i in delayed] == [("A1.4", Quarter.parse("2022Q3"))]
    assert delayed[0].text.startswith("A1.4 Intersektionell granskning") and "skulle vara klar 2022 kv 2" in \
        delayed[0].text
    economy = [i for i in items if i.kind == "economy_deviation"]
    assert [i.cost_category for i in economy] == ["travel", "other"]
    assert economy[0].text.startswith("Resor och logi: 30,7\u00a0% av budgeten")
    assert [i.kind for i in items][-3:] == ["delayed_activity", "economy_deviation", "economy_deviation"]
    missing = [i for i in before_any_cost if i.kind == "economy_deviation"]
    assert [(i.cost_category, i.text) for i in missing] == [(None, "Totalt: inga kostnader är inlagda för kvartalet.")]
