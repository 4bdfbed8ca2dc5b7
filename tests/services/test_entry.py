"""Cell edits as one action: all validated first, all written or none; undo is an audited write."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import (
    CellEdit,
    CellState,
    EditsRefused,
    apply_edits,
    redo_edits,
    undo_edits,
)
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.grid_rows import refreshed_rows
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import history
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.models import AuditEntry, Measurement
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
ME = Actor("anna", "window")
Q = Quarter.parse


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load", SMALL.name))
    return register


def _values(reg: Register) -> dict[tuple[str, str], float | None]:
    with reg.reading() as s:
        grid = project_grid(s, "TEST")
    return {(r.indicator.code, str(c.quarter)): c.value for r in grid.rows for c in r.cells if c.measurement}


def _audits(reg: Register) -> int:
    with reg.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_block_with_one_bad_cell_writes_nothing(small: Register) -> None:
    before, audits = _values(small), _audits(small)
    edits = [CellEdit.typed("1.1", Q("2021Q4"), "40 %"), CellEdit.typed("1.2", Q("2021Q4"), "3,5"),
             CellEdit.typed("1.1", Q("2022Q1"), "34 av 40")]
    with pytest.raises(EditsRefused) as caught, small.transaction() as s:
        apply_edits(s, "TEST", edits, ME)
    assert [p.indicator_code for p in caught.value.problems] == ["1.2"]
    assert "1.2 2021 kv 4" in str(caught.value) and "heltal" in str(caught.value)
    assert _values(small) == before and _audits(small) == audits


def test_a_valid_block_is_written_with_one_change_per_cell(small: Register) -> None:
    edits = [CellEdit.typed("1.1", Q("2021Q4"), "40 %"), CellEdit.typed("1.1", Q("2022Q1"), "34 av 40"),
             CellEdit.typed("1.1", Q("2021Q2"), "10")]  # unchanged: no write, no audit entry
    audits = _audits(small)
    with small.transaction() as s:
        changes = apply_edits(s, "TEST", edits, ME)
    assert [(c.indicator_code, str(c.quarter)) for c in changes] == [("1.1", "2021Q4"), ("1.1", "2022Q1")]
    values = _values(small)
    assert values[("1.1", "2021Q4")] == 40 and values[("1.1", "2022Q1")] == 85
    assert _audits(small) == audits + 2


def test_a_cell_edited_twice_in_one_action_is_read_again_before_its_second_write(small: Register) -> None:
    """A cell edited once is written as it was read and checked (``measurements.Checked``); one
    edited twice is read again before the second write, so each audit entry holds the value it
    replaced and the last value typed stays."""
    edits = [CellEdit.typed("1.1", Q("2021Q4"), "40 %"), CellEdit.typed("1.1", Q("2021Q4"), "45 %"),
             CellEdit.typed("1.1", Q("2022Q1"), "50 %")]
    with small.transaction() as s:
        apply_edits(s, "TEST", edits, ME)
    values = _values(small)
    assert values[("1.1", "2021Q4")] == 45 and values[("1.1", "2022Q1")] == 50
    with small.reading() as s:
        trail = history(s, get_indicator(s, get_project(s, "TEST"), "1.1"), Q("2021Q4"))
    first, second = trail[-2:]
    assert first.new is not None and second.new is not None and second.old is not None
    assert (first.new["value"], second.old["value"], second.new["value"]) == (40.0, 40.0, 45.0)


def test_undo_and_redo_restore_parts_and_comment_and_are_audited(small: Register) -> None:
    # 2021Q3 holds 9 of 40 with a comment: typing over it and undoing brings all of it back.
    with small.transaction() as s:
        changes = apply_edits(s, "TEST", [CellEdit.typed("1.1", Q("2021Q3"), "50")], ME)
    assert changes[0].before == CellState(22.5, 9, 40, comment="Rutinen infördes under hösten.")
    assert changes[0].after is not None and changes[0].after.comment == "Rutinen infördes under hösten."
    with small.transaction() as s:
        apply_edits(s, "TEST", undo_edits(changes), Actor("anna", "window", "ångra"))
    with small.reading() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        m = s.scalars(select(Measurement).where(Measurement.indicator_id == ind.id,
                                                Measurement.quarter == "2021Q3")).one()
        assert (m.numerator, m.denominator, m.value) == (9, 40, 22.5)
        trail = history(s, ind, "2021Q3")
    assert [t.source_detail for t in trail][-2:] == ["", "ångra"]
    with small.transaction() as s:
        apply_edits(s, "TEST", redo_edits(changes), ME)
    assert _values(small)[("1.1", "2021Q3")] == 50


def test_clearing_comments_and_parts(small: Register) -> None:
    with small.transaction() as s:
        changes = apply_edits(s, "TEST", [CellEdit.by_sex("1.2", Q("2021Q3"), 4, 3, None),
                                          CellEdit.typed("1.1", Q("2021Q2"), "")], ME)
    values = _values(small)
    assert values[("1.2", "2021Q3")] == 7 and ("1.1", "2021Q2") not in values
    assert changes[1].after is None and changes[1].before is not None
    with small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.commented("1.2", Q("2021Q3"), "  Två utbildningar.  ")], ME)
    with small.reading() as s:
        trail = history(s, get_indicator(s, get_project(s, "TEST"), "1.2"), "2021Q3")
    assert trail[-1].action == "comment" and trail[-1].new and trail[-1].new["comment"] == "Två utbildningar."
    with pytest.raises(EditsRefused, match="inget värde"), small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.commented("1.1", Q("2021Q2"), "x")], ME)
    with pytest.raises(EditsRefused, match="utanför projektperioden"), small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.typed("1.1", Q("2023Q1"), "5")], ME)


def test_refreshed_rows_match_a_full_read(small: Register) -> None:
    with small.reading() as s:
        grid = project_grid(s, "TEST")
    with small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.typed("1.1", Q("2022Q4"), "100")], ME)
    with small.reading() as s:
        updated, positions = refreshed_rows(s, grid, ["1.1"])
        full = project_grid(s, "TEST")
    assert positions == (0,)
    assert updated.rows == full.rows
    assert updated.rows[1] is grid.rows[1]  # untouched rows are not read again
