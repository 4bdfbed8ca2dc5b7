"""The bulk write path of the Excel import writes exactly what the per-value path wrote.

Each scenario runs twice on copies of the demo register: once through ``entry.apply_edits``
(every value through ``record_value`` / ``set_comment`` / ``clear_value``, as the import did
before) and once through ``bulk_entry.apply_edits_in_bulk``. The values (with their version),
the audit entries (without their timestamps), the changes returned for undo and any refusal
must be the same.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services import bulk_entry, entry, excel_import
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellEdit, CellState, EditsRefused, Given
from hallbar_desktop.store.backup import backup_sqlite
from hallbar_desktop.store.register import open_register

openpyxl = pytest.importorskip("openpyxl")

Q3, Q4, Q1 = Quarter.parse("2022Q3"), Quarter.parse("2022Q4"), Quarter.parse("2022Q1")  # 2022Q1 is approved


def _contents(path: Path) -> tuple[list[tuple], list[tuple]]:
    with sqlite3.connect(path) as c:
        values = c.execute(
            "SELECT i.code, m.quarter, m.value, m.numerator, m.denominator, m.women, m.men, m.other, "
            "m.reached_on, m.comment, m.entered_by, m.source, m.version FROM measurement m "
            "JOIN indicator i ON i.id = m.indicator_id ORDER BY i.project_id, i.code, m.quarter").fetchall()
        audits = c.execute(
            "SELECT project_id, indicator_id, quarter, action, old_json, new_json, changed_by, source, "
            "source_detail, reason FROM audit_entry ORDER BY id").fetchall()
    return values, audits


def _both(demo_path: Path, tmp_path: Path, run) -> list[tuple]:
    """``run(session, apply)`` on two copies, with the per-value and the bulk path; their results."""
    results = []
    for name, apply in (("one", entry.apply_edits), ("bulk", bulk_entry.apply_edits_in_bulk)):
        copy = backup_sqlite(demo_path, tmp_path / f"{name}.sqlite")
        reg = open_register(copy)
        try:
            with reg.transaction() as s:
                outcome = run(s, apply)
        except EditsRefused as exc:
            outcome = ("refused", str(exc), exc.problems)
        finally:
            reg.close()
        results.append((outcome, _contents(copy)))
    return results


def _stored(path: Path, code: str, quarter: Quarter) -> float:
    with sqlite3.connect(path) as c:
        (value,) = c.execute("SELECT value FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
                             "JOIN project p ON p.id = i.project_id WHERE p.code = 'RJL' AND i.code = ? "
                             "AND m.quarter = ?", (code, str(quarter))).fetchone()
    return value


ACTOR = Actor("anna", "import", "rjl.xlsx")


def mixed_edits(stored_1_2_q1: float) -> list[CellEdit]:
    """New, changed, unchanged, comment-only, cleared and typed again, one cell twice, an
    approved quarter written with what it holds, on the demo's project RJL."""
    return [
        CellEdit.entered("1.2", Q4, given=Given(12)),  # unchanged: skipped, no audit entry
        CellEdit.entered("1.2", Q3, given=Given(11), comment="Ny  analys "),  # changed value and comment
        CellEdit.entered("1.3", Q3, given=Given(8), comment="Bara kommentaren"),  # comment only
        CellEdit.entered("1.5", Q4, given=Given(3)),  # new
        CellEdit.entered("3.1", Q3, given=Given(None, 30, 40)),  # percent from its parts
        CellEdit.entered("4.2", Q4, given=Given(None, women=7, men=6, other=1)),  # split by sex
        CellEdit.entered("1.1", Q3, given=Given(1, reached_on=Q3.end_date)),  # milestone with its day
        CellEdit.entered("2.4", Q4, given=Given(120)),  # the same cell twice: both writes, two versions
        CellEdit.entered("2.4", Q4, given=Given(121), comment="Rättat"),
        CellEdit.restore("2.2", Q3, None),  # cleared
        CellEdit.restore("2.2", Q3, CellState(5.0)),  # and typed again: a new row
        CellEdit.entered("1.2", Q1, given=Given(stored_1_2_q1)),  # approved, unchanged: allowed
        CellEdit.commented("4.1", Q3, "Kommentar"),
    ]


@pytest.mark.parametrize("batch", [5000, 2])  # 2: the rows are written in several statements
def test_same_values_audit_and_changes(demo_path: Path, tmp_path: Path, batch: int,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_entry, "_BATCH", batch)
    edits = mixed_edits(_stored(demo_path, "1.2", Q1))
    (one, one_db), (bulk, bulk_db) = _both(demo_path, tmp_path, lambda s, apply: apply(s, "RJL", edits, ACTOR))
    assert bulk == one
    assert bulk_db == one_db
    before, after = _contents(demo_path)[1], bulk_db[1]
    assert len(after) - len(before) == 11  # the two unchanged cells left no audit entry
    assert [c.indicator_code for c in bulk] == ["1.2", "1.3", "1.5", "3.1", "4.2", "1.1", "2.4", "2.4", "2.2",
                                                "2.2", "4.1"]


@pytest.mark.parametrize("bad", [
    CellEdit.entered("1.2", Q1, given=Given(99)),  # approved quarter: locked
    CellEdit.entered("9.9", Q4, given=Given(1)),  # no such indicator
    CellEdit.entered("1.2", Quarter.parse("2024Q1"), given=Given(1)),  # after the project
    CellEdit.entered("3.1", Q4, given=Given(120)),  # a share over 100 %
    CellEdit.entered("1.2", Q4, given=Given(1), comment="x" * 5000),  # too long a comment
    CellEdit.commented("1.4", Q3, "ingen siffra"),  # a comment where there is no value
])
def test_same_refusals(demo_path: Path, tmp_path: Path, bad: CellEdit) -> None:
    edits = [CellEdit.entered("1.5", Q4, given=Given(3)), bad, CellEdit.entered("1.2", Q1, given=Given(98))]
    (one, one_db), (bulk, bulk_db) = _both(demo_path, tmp_path, lambda s, apply: apply(s, "RJL", edits, ACTOR))
    assert one[0] == "refused"
    assert bulk == one
    assert bulk_db == one_db == _contents(demo_path)  # nothing written


def test_import_of_a_data_sheet_writes_what_the_per_value_path_wrote(demo_path: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from hallbar_desktop.reporting.excel_report import export_report

    reg = open_register(demo_path)
    with reg.reading() as s:
        report = export_report(s, "RJL", tmp_path / "rjl.xlsx")
    reg.close()
    wb = openpyxl.load_workbook(report)
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    changed = 0
    for r in range(2, ws.max_row + 1):
        code, quarter = ws.cell(r, col["Indikatorkod"]).value, ws.cell(r, col["Kvartal"]).value
        if quarter in ("2022Q3", "2022Q4") and ws.cell(r, col["Värde"]).value is not None and code in ("1.2", "2.4"):
            ws.cell(r, col["Värde"]).value += 1
            ws.cell(r, col["Kommentar"]).value = f"Rättad rad {r}"
            changed += 1
    assert changed == 4
    wb.save(report)

    def run(s, apply):
        monkeypatch.setattr(excel_import, "apply_edits_in_bulk", apply)
        done = excel_import.apply_import(s, report, actor_user="anna")
        return [(r.row, r.code, r.quarter, r.status, r.old, r.new, r.reason) for r in done.rows], done.applied

    (one, one_db), (bulk, bulk_db) = _both(demo_path, tmp_path, run)
    assert bulk == one
    assert bulk_db == one_db
    assert len(bulk[1]) == 4
    assert sum(r[3] == "unchanged" for r in bulk[0]) > 100


def test_an_edit_that_saw_an_older_value_is_refused_on_the_bulk_path_too(demo_path: Path, tmp_path: Path) -> None:
    """A cell typed over a value that has changed since (``seen`` older than what is stored) is
    refused by either path, nothing written: the bulk write never skips that check."""
    from hallbar_desktop.services.entry import Seen

    stale = CellEdit.entered("1.5", Q4, given=Given(4)).having_seen(Seen(version=999))
    edits = [CellEdit.entered("1.2", Q4, given=Given(1)), stale]
    (one, one_db), (bulk, bulk_db) = _both(demo_path, tmp_path, lambda s, apply: apply(s, "RJL", edits, ACTOR))
    assert one[0] == "refused" and one[2][0].conflict
    assert bulk == one
    assert bulk_db == one_db == _contents(demo_path)
