"""Every surface shows an indicator's declared unit: the command line (list, show, set, history),
the window's grid and details, the charts and the Excel report and template.

One project holds an amount in tkr, a decimal quantity in ton CO2e and a count of kommuner; a
thousandfold misreading (tkr shown as kr) or a lost unit is caught on every surface at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.store.register import open_register

NBSP = "\u00a0"
PROJECT = """
format = "hallbar-project"
version = 1

[project]
code = "U"
name = "Enheter"
start = "2021Q1"
end = "2022Q4"

[[focus_areas]]
number = 1
name = "Omställning"

[[focus_areas.indicators]]
code = "1.1"
name = "Extern medfinansiering"
kind = "amount"
unit = "tkr"
baseline = 0
baseline_quarter = "2021Q1"
target = 2000
target_quarter = "2022Q4"

[focus_areas.indicators.values]
"2021Q2" = 1500

[[focus_areas.indicators]]
code = "1.2"
name = "Utsläpp från tjänsteresor"
kind = "quantity"
unit = "ton CO2e"
direction = "lower"
baseline = 400
baseline_quarter = "2021Q1"
target = 100
target_quarter = "2022Q4"

[focus_areas.indicators.values]
"2021Q2" = 310.5

[[focus_areas.indicators]]
code = "1.3"
name = "Kommuner med nätverk"
kind = "count"
unit = "kommuner"
baseline = 0
baseline_quarter = "2021Q1"
target = 13
target_quarter = "2022Q4"

[focus_areas.indicators.values]
"2021Q2" = 4
"""

#: "1 500 kr" for an indicator kept in tkr: a thousandfold misreading.
KRONOR = re.compile(r"\d[\s\u00a0]?kr\b")


@pytest.fixture
def units_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "units.toml"
    path.write_text(PROJECT, encoding="utf-8")
    db = tmp_path / "u.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "load", str(path)]) == 0
    capsys.readouterr()
    return db


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out.replace(NBSP, " ")


def test_the_command_line_shows_the_declared_units(units_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listed = cli(capsys, units_db, "list")
    assert "mål 2 000 tkr" in listed and "mål 100 ton CO2e" in listed and "mål 13 kommuner" in listed
    said = cli(capsys, units_db, "set", "U", "1.1", "2021Q3", "1,8 mkr")
    assert "1 800 tkr" in said
    said = cli(capsys, units_db, "set", "U", "1.2", "2021Q3", "288,25")
    assert "288,25 ton CO2e" in said
    shown = cli(capsys, units_db, "show", "U")
    assert "tkr" in shown and "ton CO2e" in shown and "kommuner" in shown
    assert "1 800 tkr" in shown and "288,25" in shown
    history = cli(capsys, units_db, "history", "U", "1.1")
    assert "1 500 tkr" in history and "1 800 tkr" in history
    for text in (listed, shown, history):
        assert not KRONOR.search(text), text


def test_the_excel_report_and_template_show_the_declared_units(units_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from hallbar_desktop.reporting.excel_report import export_report
    from hallbar_desktop.reporting.excel_template import export_template

    reg = open_register(units_db)
    with reg.reading() as s:
        report = export_report(s, "U", tmp_path / "r.xlsx", until="2021Q2")
        template = export_template(s, "U", "2021Q3", tmp_path / "t.xlsx")
    reg.close()
    ws = load_workbook(report)["1. Omställning"]
    header = [c.value for c in ws[3]]
    unit_col = header.index("Enhet") + 1
    q2 = header.index("2021 kv 2") + 1
    by_code = {ws.cell(r, 1).value: r for r in range(4, 7)}
    assert ws.cell(by_code["1.1"], unit_col).value == "tkr"
    assert ws.cell(by_code["1.2"], unit_col).value == "ton CO2e"
    amount = ws.cell(by_code["1.1"], q2)
    assert amount.value == 1500 and "tkr" in amount.number_format and '" kr"' not in amount.number_format
    quantity = ws.cell(by_code["1.2"], q2)
    assert quantity.value == pytest.approx(310.5) and "0.0" in quantity.number_format
    tws = load_workbook(template)["Inmatning"]
    theader = [c.value for c in tws[4]]
    rows = {tws.cell(r, 1).value: r for r in range(5, 8)}
    assert tws.cell(rows["1.1"], theader.index("Enhet") + 1).value == "tkr"
    target = tws.cell(rows["1.1"], theader.index("Målvärde") + 1)
    assert "tkr" in target.number_format and '" kr"' not in target.number_format
    assert tws.cell(rows["1.2"], theader.index("Slag") + 1).value.startswith("Mängd")


def test_the_indicator_chart_names_the_unit_on_its_axis(units_db: Path) -> None:
    from hallbar_desktop.reporting.charts import indicator_figure
    from hallbar_desktop.services.grid import project_grid

    reg = open_register(units_db)
    with reg.reading() as s:
        grid = project_grid(s, "U")
    reg.close()
    for row, unit in zip(grid.rows, ("tkr", "ton CO2e", "kommuner"), strict=True):
        ax = indicator_figure(row, grid.quarters).figure.axes[0]
        assert ax.get_ylabel() == unit


def test_the_window_grid_and_details_show_the_declared_units(units_db: Path, qtbot: object) -> None:
    from PySide6.QtCore import Qt

    from hallbar_desktop.services.grid import project_grid
    from hallbar_desktop.ui.details_pane import DetailsPane
    from hallbar_desktop.ui.grid_model import GridModel

    reg = open_register(units_db)
    with reg.reading() as s:
        grid = project_grid(s, "U")
    reg.close()
    model = GridModel()
    model.set_grid(grid)
    col = grid.quarters.index(grid.quarters[1])
    texts = [model.data(model.index(r, col)).replace(NBSP, " ") for r in range(3)]
    assert texts[0].startswith("1 500 tkr")
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)]
    assert "ton CO2e" in headers[1] and "kommuner" in headers[2]
    tooltip = model.data(model.index(1, col), Qt.ItemDataRole.ToolTipRole).replace(NBSP, " ")
    assert "310,5 ton CO2e" in tooltip
    pane = DetailsPane()
    qtbot.addWidget(pane)  # type: ignore[attr-defined]
    pane.show_indicator(grid.rows[0].indicator)
    assert pane.values["target"].text().replace(NBSP, " ").startswith("2 000 tkr")
    pane.show_cell(grid.rows[1].indicator, grid.rows[1].cells[1], [])
    assert "310,5 ton CO2e" in pane.cell_title.text().replace(NBSP, " ")


def test_show_has_the_roll_ups_with_columns_as_wide_as_the_amounts(
        units_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, units_db, "set", "U", "1.1", "2021Q3", "12 345 678")
    out = cli(capsys, units_db, "show", "U")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Kod") and "2021 kv 3" in line)
    row = next(line for line in lines[lines.index(header):] if line.startswith("1.1 "))
    end = header.index("2021 kv 3") + len("2021 kv 3")
    assert row[:end].endswith("12 345 678 tkr ●") or row[:end].endswith("12 345 678 tkr ○"), row
    # The roll-ups: each reporting period, the project to date, progress, status and trend.
    rollup_header = next(line for line in lines if line.startswith("Kod") and "Hela projektet" in line)
    assert "2021 halvår 1" in rollup_header and "2022 halvår 2" in rollup_header and "Framsteg" in rollup_header
    rollup_row = next(line for line in lines[lines.index(rollup_header):] if line.startswith("1.1 "))
    period_end = rollup_header.index("2021 halvår 2") + len("2021 halvår 2")
    assert rollup_row[:period_end].endswith("12 345 678 tkr")  # a level: the last value of the half-year


def test_a_template_reads_amounts_and_quantities_in_their_units(units_db: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from hallbar_desktop.reporting.excel_template import INPUT_SHEET, export_template
    from hallbar_desktop.services.excel_import import apply_import
    from hallbar_desktop.services.grid import project_grid

    reg = open_register(units_db)
    with reg.reading() as s:
        template = export_template(s, "U", "2021Q3", tmp_path / "t.xlsx")
    wb = load_workbook(template)
    ws = wb[INPUT_SHEET]
    rows = {ws.cell(r, 1).value: r for r in range(5, 8)}
    ws.cell(rows["1.1"], 7).value = "1,2 mkr"
    ws.cell(rows["1.2"], 7).value = "250,75"
    wb.save(template)
    with reg.transaction() as s:
        done = apply_import(s, template)
    with reg.reading() as s:
        grid = project_grid(s, "U")
    reg.close()
    assert {r.code: r.new.replace(NBSP, " ") for r in done.rows if r.status == "new"} == {
        "1.1": "1 200 tkr", "1.2": "250,75 ton CO2e"}
    values = {r.indicator.code: r.cells[2].value for r in grid.rows}
    assert values["1.1"] == 1200 and values["1.2"] == pytest.approx(250.75)
