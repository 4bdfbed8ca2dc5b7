"""The writes of the activity plan and the economy say what they changed (``services.plan_operations``),
and typed costs are checked for every cell before anything is written (``services.cost_entry``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.paths import demo_dir
from hallbar_desktop.services import plan_operations as op
from hallbar_desktop.services.activities import ActivityFields, activity_plan, period_texts
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.cost_entry import CostEdit, CostEditsRefused, redo_cost_edits, undo_cost_edits
from hallbar_desktop.services.cost_import import (
    guess_columns,
    preview_cost_import,
    read_export,
    unmapped_accounts,
)
from hallbar_desktop.services.economy import budget_table, cost_grid, cost_lines, economy_settings
from hallbar_desktop.services.economy_follow_up import economy_follow_up
from hallbar_desktop.store.register import Register

ME = Actor("anna", "window")
Q = Quarter.parse
PERSONNEL, TRAVEL, INDIRECT = CostCategory.PERSONNEL, CostCategory.TRAVEL, CostCategory.INDIRECT
EXPORT = demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"


def _cost_audit(register: Register) -> list[tuple[str, str, str]]:
    from hallbar_desktop.store.models import AuditEntry

    with register.reading() as s:
        return [(e.action, e.source, e.source_detail) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(("cost", "cost_import"))).order_by(AuditEntry.id))]


# --- the activity plan --------------------------------------------------------------------------
def test_activity_writes_name_the_project_and_the_plan(demo: Register) -> None:
    fields = ActivityFields("A9.1", "Seminarium om cirkulär upphandling", "2022Q1", "2022Q3", focus_area_number=2,
                            responsible="Projektledaren", indicator_codes=("2.1",))
    with demo.transaction() as s:
        done = op.create_activity(s, "rjl", fields, ME)
    assert done.changes == Changes("RJL", activities=True) and done.value.code == "A9.1"
    with demo.transaction() as s:
        moved = op.move_activity(s, "RJL", "A9.1", 1, ME)  # already last in its focus area
    assert moved.value is False and not moved.changes
    with demo.transaction() as s:
        assert op.move_activity(s, "RJL", "A9.1", -1, ME).changes == Changes("RJL", activities=True)
        report = op.set_activity_report(s, "RJL", "A9.1", "2022H1", ME, done="Två seminarier", outcome="40 deltog")
    assert report.value and report.changes.activities
    with demo.transaction() as s:
        again = op.set_activity_report(s, "RJL", "A9.1", "2022H1", ME, done="Två seminarier", outcome="40 deltog")
        texts = op.save_period_texts(s, "RJL", "2022H1", ME, reports=[("A9.1", "Två seminarier", "45 deltog")],
                                     unforeseen="Fler kommuner än väntat anslöt.")
    assert not again.value and not again.changes
    assert texts.value and texts.changes == Changes("RJL", activities=True)
    with demo.reading() as s:
        a = activity_plan(s, "RJL").find("A9.1")
        assert a is not None and a.report("2022H1") is not None and a.report("2022H1").outcome == "45 deltog"
        assert period_texts(s, "RJL", "2022H1").unforeseen == "Fler kommuner än väntat anslöt."
    with demo.transaction() as s:
        gone = op.delete_activity(s, "RJL", "a9.1", ME)
    assert gone.changes.activities
    with demo.reading() as s:
        assert activity_plan(s, "RJL").find("A9.1") is None


# --- typed costs ----------------------------------------------------------------------------
def test_typed_costs_change_the_economy_and_undo_puts_them_back(demo: Register) -> None:
    with demo.reading() as s:
        before = cost_grid(s, "RJL")
    with demo.transaction() as s:
        done = op.edit_costs(s, "rjl", [CostEdit.typed(Q("2022Q1"), PERSONNEL, "412 500,50"),
                                        CostEdit.typed(Q("2022Q1"), TRAVEL, "")], ME)
    assert done.changes == Changes("RJL", economy=True)
    assert [(c.category, c.after_amount) for c in done.value] == [(PERSONNEL, 412500.5), (TRAVEL, None)]
    with demo.reading() as s:
        grid = cost_grid(s, "RJL")
    assert grid.amount(Q("2022Q1"), PERSONNEL) == 412500.5 and grid.cell(Q("2022Q1"), TRAVEL).amount is None
    assert grid.amount(Q("2022Q1"), INDIRECT) == 61875.08  # computed: 15 % of it, half an öre up
    with demo.transaction() as s:
        undone = op.edit_costs(s, "RJL", undo_cost_edits(done.value), Actor("anna", "window", "ångra"))
    assert len(undone.value) == 2
    with demo.reading() as s:
        again = cost_grid(s, "RJL")
    for cat in (PERSONNEL, TRAVEL):
        assert again.cell(Q("2022Q1"), cat) == before.cell(Q("2022Q1"), cat)
    with demo.transaction() as s:
        op.edit_costs(s, "RJL", redo_cost_edits(done.value), ME)
    with demo.reading() as s:
        assert cost_grid(s, "RJL").amount(Q("2022Q1"), PERSONNEL) == 412500.5
    with demo.transaction() as s:
        same = op.edit_costs(s, "RJL", [CostEdit.typed(Q("2022Q1"), PERSONNEL, "412500,50")], ME)
    assert same.value == [] and not same.changes


def test_a_refused_cell_is_named_and_nothing_of_the_action_is_written(demo: Register) -> None:
    with demo.reading() as s:
        before = cost_grid(s, "RJL")
    edits = [CostEdit.typed(Q("2022Q1"), PERSONNEL, "100 000"), CostEdit.typed(Q("2022Q2"), TRAVEL, "tolv"),
             CostEdit.typed(Q("2022Q2"), INDIRECT, "5"), CostEdit.typed(Q("2024Q1"), TRAVEL, "5")]
    with pytest.raises(CostEditsRefused) as refused, demo.transaction() as s:
        op.edit_costs(s, "RJL", edits, ME)
    problems = refused.value.problems
    assert [(p.quarter, p.category) for p in problems] == [(Q("2022Q2"), TRAVEL), (Q("2022Q2"), INDIRECT),
                                                           (Q("2024Q1"), TRAVEL)]
    assert str(refused.value).startswith("Resor och logi 2022 kv 2: ") and "och 2 belopp till" in str(refused.value)
    assert "schablon" in problems[1].message and "projektperioden" in problems[2].message
    with demo.reading() as s:
        assert cost_grid(s, "RJL") == before


def test_typing_over_an_imported_cost_and_undoing_it_keeps_its_transactions(demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop.services.cost_import import read_mapping_file

    export = shutil.copy(EXPORT, tmp_path / EXPORT.name)
    mapping = read_mapping_file(demo_dir() / "ekonomi" / "rjh_kontomappning.toml")
    with demo.transaction() as s:
        imported = op.import_costs(s, "RJH", Path(export), ME, mapping=mapping)
    assert imported.changes == Changes("RJH", economy=True) and imported.value.written > 0
    with demo.reading() as s:
        lines = cost_lines(s, "RJH", "2022Q4", PERSONNEL)
    assert lines and lines[0]["file"] == EXPORT.name
    with demo.transaction() as s:
        typed = op.edit_costs(s, "RJH", [CostEdit.typed(Q("2022Q4"), PERSONNEL, "1")], ME)
    with demo.reading() as s:
        assert cost_lines(s, "RJH", "2022Q4", PERSONNEL) == []
    with demo.transaction() as s:
        op.edit_costs(s, "RJH", undo_cost_edits(typed.value), ME)
    with demo.reading() as s:
        assert cost_lines(s, "RJH", "2022Q4", PERSONNEL) == lines
        assert cost_grid(s, "RJH").cell(Q("2022Q4"), PERSONNEL).source == "import"
    assert [a for a in _cost_audit(demo) if a[0] == "cost_import"][0][2] == EXPORT.name
    assert _cost_audit(demo)[-2:] == [("cost", "window", ""), ("cost", "window", "")]


def test_the_economy_follow_up_reads_a_typed_cost_at_once(demo: Register) -> None:
    with demo.reading() as s:
        grey = economy_follow_up(s, "RJH")
    assert grey.total.status.value == "grey"
    with demo.transaction() as s:
        op.edit_costs(s, "RJH", [CostEdit.typed(Q("2022Q4"), PERSONNEL, "250 000")], ME)
    with demo.reading() as s:
        after = economy_follow_up(s, "RJH")
    assert after.reported and after.total.status.value != "grey"
    assert after.row(PERSONNEL).outcome == grey.row(PERSONNEL).outcome + 250_000


# --- budget, financing, settings -------------------------------------------------------------
def test_budget_financing_and_settings_change_the_economy(demo: Register) -> None:
    with demo.transaction() as s:
        assert op.set_budget(s, "RJH", "travel", 2022, "90 000", ME).changes == Changes("RJH", economy=True)
        assert not op.set_budget(s, "RJH", "travel", 2022, "90 000", ME).changes
        new = op.save_financier(s, "RJH", "Kommunerna", "public", ME)
        assert new.changes.economy and new.value.name == "Kommunerna"
        assert op.set_financing(s, "RJH", "Kommunerna", 2022, "10 000", ME).value
        assert op.set_paid_in(s, "RJH", "Kommunerna", "2022Q4", "10 000", ME).value
        assert op.set_indirect_rate(s, "RJH", 0.2, ME).changes.economy
        assert op.set_funder_cap(s, "RJH", 0.6, ME).changes.economy
        assert not op.set_funder_cap(s, "RJH", 0.6, ME).changes
    with demo.reading() as s:
        table = budget_table(s, "RJH")
        settings = economy_settings(s, "RJH")
    assert table.amount(TRAVEL, 2022) == 90_000 and settings.indirect_rate == 0.2 and settings.funder_cap == 0.6
    assert any(f.name == "Kommunerna" and f.total_paid == 10_000 for f in table.financiers)
    with demo.transaction() as s:
        op.set_paid_in(s, "RJH", "Kommunerna", "2022Q4", None, ME)
        assert op.remove_financier(s, "RJH", "Kommunerna", ME).changes.economy


# --- the import's mapping step ----------------------------------------------------------------
def test_the_accounts_without_a_category_are_listed_once_with_their_rows() -> None:
    table = read_export(EXPORT)
    columns = guess_columns(table.headers)
    unknown = unmapped_accounts(table, columns, {})
    assert [u.account for u in unknown][:3] == ["5111", "5411", "7410"]
    first = unknown[0]
    assert first.example == "Månadslön" and len(first.rows) >= 2 and first.rows[0] == table.rows[0][0]
    mapped = unmapped_accounts(table, columns, {"51*": PERSONNEL, "54*": PERSONNEL})
    assert "5111" not in {u.account for u in mapped} and "7410" in {u.account for u in mapped}


def test_a_preview_with_the_columns_given_remembers_them_on_import(demo: Register, tmp_path: Path) -> None:
    # Jönköping has no columns remembered (Jämtland's demo has): its first import needs them confirmed.
    export = Path(shutil.copy(EXPORT, tmp_path / EXPORT.name))
    table = read_export(export)
    columns = guess_columns(table.headers)
    accounts = {u.account: CostCategory.OTHER for u in unmapped_accounts(table, columns, {})}
    from hallbar_desktop.services.cost_import import ImportMapping

    mapping = ImportMapping(None, accounts, "fönstret")
    with demo.reading() as s:
        first = preview_cost_import(s, "RJL", export, table=table)
        given = preview_cost_import(s, "RJL", export, mapping=mapping, columns=columns, table=table)
    assert first.needs_columns and not given.needs_columns and given.ok
    with demo.transaction() as s:
        done = op.import_costs(s, "RJL", export, ME, mapping=mapping, columns=columns, expected=given)
    assert done.value.columns_remembered and done.value.accounts_remembered == len(accounts)
    with demo.reading() as s:
        stored = economy_settings(s, "RJL")
        again = preview_cost_import(s, "RJL", export)
    assert stored.columns == columns and not again.needs_columns and again.ok
    assert {c.status for c in again.changes} == {"unchanged"}
