"""An indicator is found by its code whatever its case: through the unique index when the code
is given as stored, by searching every code of the project otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.catalog import children_of
from hallbar_desktop.services.entry import CellEdit, apply_edits
from hallbar_desktop.services.grid import project_grid, read_rows
from hallbar_desktop.services.grid_rows import refreshed_rows
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store import tables
from hallbar_desktop.store.register import Register

FILE = """format = "hallbar-project"
version = 1

[project]
code = "CASE"
name = "Koder i olika skiftläge"
start = "2022Q1"
end = "2023Q4"

[[focus_areas]]
number = 1
name = "Område"

[[focus_areas.indicators]]
code = "Ab.1"
name = "Första"
kind = "count"

[[focus_areas.indicators]]
code = "ab.2"
name = "Andra"
kind = "count"
"""


def test_codes_are_found_as_stored_and_in_another_case(register: Register, tmp_path: Path) -> None:
    file = tmp_path / "case.toml"
    file.write_text(FILE, encoding="utf-8")
    with register.transaction() as s:
        load_project(s, file, Actor("test", "load"))
    with register.transaction() as s:
        project = get_project(s, "CASE")
        assert get_indicator(s, project, "Ab.1").code == "Ab.1"
        assert get_indicator(s, project, " aB.1 ").code == "Ab.1"
        assert get_indicator(s, project, "AB.2").code == "ab.2"
        changes = apply_edits(s, "case", [CellEdit.typed("AB.1", Quarter(2022, 2), "7")], Actor("t", "window"))
        assert [c.indicator_code for c in changes] == ["Ab.1"]
    today = date(2023, 1, 10)
    with register.reading() as s:
        grid = project_grid(s, "CASE", today=today)
        before = project_grid(s, "CASE", today=today)
        # Codes as stored, in another case, or mixed: the same rows.
        areas = children_of(s, tables.focus_area, "project_id", [grid.project.id])[grid.project.id]
        for codes in ({"Ab.1", "ab.2"}, {"AB.1", "AB.2"}, {"Ab.1", "AB.2"}, {"ab.1"}):
            rows = read_rows(s, grid.project, areas, grid.quarters, grid.periods, grid.status_quarter, today,
                             codes=codes)
            assert rows == tuple(r for r in grid.rows if r.indicator.code.lower() in {c.lower() for c in codes})
        fresh, positions = refreshed_rows(s, before, {"aB.1"}, today=today)
    assert positions == (0,)
    assert fresh.rows == grid.rows
    assert fresh.rows[0].cell(Quarter(2022, 2)).value == 7  # type: ignore[union-attr]
