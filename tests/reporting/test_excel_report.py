"""The report workbook read back with openpyxl: what a project leader and Tillväxtverket see."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.reporting.excel_report import DATA_HEADERS, ApprovalState, export_report  # noqa: E402
from hallbar_desktop.services.actor import Actor  # noqa: E402
from hallbar_desktop.services.grid import project_grid  # noqa: E402
from hallbar_desktop.services.lookup import get_indicator, get_project  # noqa: E402
from hallbar_desktop.services.measurements import record_value, validated_input  # noqa: E402

TODAY = date(2023, 2, 1)


@pytest.fixture
def report(demo, tmp_path: Path) -> Path:
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        record_value(s, ind, "2022Q4", validated_input(ind, value=11), Actor("anna", "window"),
                     comment="=HYPERLINK(\"http://evil\")")
    with demo.reading() as s:
        return export_report(s, "RJL", tmp_path / "r.xlsx", today=TODAY)


def test_sheets_and_properties(report: Path) -> None:
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[0] == "Sammanfattning"
    assert wb.sheetnames[-3:] == ["Data", "Definitioner", "Ändringslogg"]
    assert len(wb.sheetnames) == 4 + 7  # four focus areas; Styrgrupp, Aktiviteter, Ekonomi and the three above
    assert wb.properties.creator.startswith("Hållbar Desktop")
    assert "Vägar till hållbar utveckling" in wb.properties.title
    assert wb.properties.created is not None


def test_summary_counts_match_grid(report: Path, demo) -> None:
    ws = openpyxl.load_workbook(report)["Sammanfattning"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert labels["Projekt"] == "RJL"
    assert labels["Status för perioden"].startswith("Utkast")
    with demo.reading() as s:
        grid = project_grid(s, "RJL", today=TODAY)
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Insatsområde")
    for i, area in enumerate(grid.focus_areas):
        counts = list(grid.summary(area.number).values())
        assert [ws.cell(header + 1 + i, c).value for c in range(2, 6)] == counts


def test_approval_hook_changes_the_label(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJL", tmp_path / "a.xlsx", today=TODAY, approval=ApprovalState(approved=True))
    ws = openpyxl.load_workbook(out)["Sammanfattning"]
    values = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    assert any(isinstance(v, str) and v.startswith("Fastställd") for v in values)


def test_focus_area_sheet(report: Path) -> None:
    wb = openpyxl.load_workbook(report)
    ws = wb[wb.sheetnames[1]]
    headers = [c.value for c in ws[3]]
    assert headers[:7] == ["Kod", "Indikator", "Nivå", "Enhet", "Utgångsvärde", "Målvärde", "Målkvartal"]
    assert "2022 halvår 2" in headers and "Hela projektet" in headers and "Status" in headers
    assert ws.freeze_panes == "C4"
    assert ws.page_setup.orientation == "landscape"
    # Printed at a readable scale across pages, the indicator columns and header row repeated
    # (tests/reporting/test_excel_print.py prints it).
    assert int(ws.page_setup.scale) >= 85 and not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_cols == "$A:$B" and ws.print_title_rows == "$3:$3"
    assert "&P" in ws.oddFooter.center.text
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "1.2")
    q4 = headers.index("2022 kv 4") + 1
    cell = ws.cell(row, q4)
    assert cell.value == 11 and isinstance(cell.value, int | float)
    assert cell.number_format == "#,##0"
    # 1.2 counts collaborations as a level: the half-year roll-up is the last value.
    assert ws.cell(row, headers.index("2022 halvår 2") + 1).value == 11
    status = ws.cell(row, headers.index("Status") + 1).value
    assert status[0] in "●▲■○"
    # Percent indicator: stored as a number 0–100 with a percent-sign format.
    prow = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value == "1.4")
    pcell = ws.cell(prow, headers.index("2022 kv 1") + 1)
    assert pcell.value == pytest.approx(24.0) and '" %"' in pcell.number_format
    assert ws.cell(prow, headers.index("Framsteg") + 1).number_format == '0" %"'


def test_traffic_light_rules_colour_and_symbol(report: Path) -> None:
    wb = openpyxl.load_workbook(report)
    ws = wb[wb.sheetnames[1]]
    rules = [(str(rng.sqref), rule) for rng in ws.conditional_formatting for rule in rng.rules]
    formulas = [r.formula[0] for _, r in rules]
    for sym in "●▲■○":
        assert any(f'"{sym}"' in f for f in formulas)
    headers = [c.value for c in ws[3]]
    col = openpyxl.utils.get_column_letter(headers.index("Status") + 1)
    assert all(sq.startswith(f"{col}4:{col}") for sq, _ in rules)
    assert all(r.dxf.fill is not None for _, r in rules)


def test_native_chart_shows_progress_in_percent_with_straight_named_lines(report: Path) -> None:
    """One axis for every kind and unit: progress toward the target in %, from the progress
    block below the table; straight lines (never smoothed below zero); each line named."""
    import zipfile

    wb = openpyxl.load_workbook(report)
    ws = wb[wb.sheetnames[1]]
    block = next(r for r in range(1, ws.max_row + 1)
                 if str(ws.cell(r, 1).value or "").startswith("Framsteg mot målet per kvartal"))
    headers = [c.value for c in ws[block + 1]]
    assert headers[:2] == ["Kod", "Indikator"] and headers[7] == "2020 kv 1" and headers[18] == "2022 kv 4"
    names = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(block + 2, block + 7)}
    assert names["1.3"].startswith("1.3 Kommuner med stödfunktion")
    row13 = next(r for r in range(block + 2, block + 7) if ws.cell(r, 1).value == "1.3")
    assert ws.cell(row13, 19).value == pytest.approx(100 * 9 / 13, abs=0.1)  # 9 of 13 kommuner in 2022Q4
    with zipfile.ZipFile(report) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = z.read(charts[0]).decode()
    assert len(charts) == 4
    title = ws.title
    assert f"'{title}'!$H${block + 1}:$S${block + 1}" in xml  # categories: the quarters
    assert f"'{title}'!$H${row13}:$S${row13}" in xml and f"'{title}'!$B${row13}" in xml
    assert "Framsteg mot målet (%)" in xml and "Värde" not in xml
    assert xml.count('<smooth val="0"/>') == xml.count("<ser>") == 5
    assert '<legendPos val="b"/>' in xml


def test_data_sheet_is_a_long_table(report: Path) -> None:
    ws = openpyxl.load_workbook(report)["Data"]
    assert [c.value for c in ws[1]] == DATA_HEADERS
    assert "Utfall" in ws.tables
    assert ws.tables["Utfall"].ref.startswith("A1:P")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert all(r[0] == "RJL" for r in rows)
    assert all(isinstance(r[6], int | float) for r in rows if r[6] is not None)
    row = next(r for r in rows if r[2] == "1.2" and r[5] == "2022Q4")
    assert row[6] == 11


def test_formula_injection_is_stored_as_text(report: Path) -> None:
    import zipfile

    wb = openpyxl.load_workbook(report)
    ws = wb["Data"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "1.2" and r[5].value == "2022Q4")
    assert row[12].data_type == "s"
    assert row[12].value.startswith("=HYPERLINK")
    with zipfile.ZipFile(report) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode(), name


def test_definitions_and_change_log(report: Path) -> None:
    wb = openpyxl.load_workbook(report)
    d = wb["Definitioner"]
    assert d.cell(1, 9).value == "Datakälla"
    assert d.max_row > 10
    log = wb["Ändringslogg"]
    rows = list(log.iter_rows(min_row=2, values_only=True))
    assert any(r[1] == "1.2" and r[2] == "2022Q4" and r[6] == "anna" for r in rows)
    assert log.cell(2, 1).number_format == "yyyy-mm-dd hh:mm"


def test_change_log_reads_as_words_not_stored_snapshots(report: Path) -> None:
    """The old and new states in the indicator's unit and Swedish words: no ``value=…`` or ``None``."""
    log = openpyxl.load_workbook(report)["Ändringslogg"]
    rows = list(log.iter_rows(min_row=2, values_only=True))
    anna = [r for r in rows if r[1] == "1.2" and r[2] == "2022Q4" and r[6] == "anna"]
    assert anna and anna[-1][3] == "Värde" and anna[-1][7] == "fönstret"
    assert anna[-1][5].startswith("11") and "HYPERLINK" in anna[-1][5]
    for r in rows:
        for cell in (r[3], r[4], r[5], r[7]):
            assert cell is None or ("=" not in cell.split("«")[0] and "None" not in cell), r
    actions = {r[3] for r in rows}
    assert {"Värde", "Fastställt"} <= actions, actions
    approvals = [r for r in rows if r[3] == "Fastställt"]
    assert any("Möte: 2022-09-08" in (r[5] or "") for r in approvals)


def test_period_limits_quarters(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJL", tmp_path / "p.xlsx", period="2021H1", today=TODAY)
    wb = openpyxl.load_workbook(out)
    headers = [c.value for c in wb[wb.sheetnames[1]][3]]
    assert "2021 kv 2" in headers and "2021 kv 3" not in headers
    quarters = {r[5] for r in wb["Data"].iter_rows(min_row=2, values_only=True)}
    assert quarters <= {"2021Q1", "2021Q2"}


def test_every_rollup_and_value_comes_from_the_grid(report: Path, demo) -> None:
    """Flow indicators are summed per half-year, levels take the last value: as the grid says."""
    from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind

    wb = openpyxl.load_workbook(report)
    with demo.reading() as s:
        grid = project_grid(s, "RJL", today=TODAY)
    seen_flow = False
    for area, name in zip(grid.focus_areas, wb.sheetnames[1:5], strict=True):
        ws = wb[name]
        headers = [c.value for c in ws[3]]
        for r in range(4, 4 + len(grid.rows_of(area.number))):
            row = next(x for x in grid.rows if x.indicator.code == ws.cell(r, 1).value)
            if row.indicator.kind is IndicatorKind.MILESTONE:
                continue
            seen_flow |= row.indicator.accumulation is Accumulation.FLOW
            for rc in row.rollups:
                got = ws.cell(r, headers.index(rc.period.label()) + 1).value
                assert got == (pytest.approx(rc.value) if rc.value is not None else None), (row.indicator.code, rc)
            assert ws.cell(r, headers.index("Hela projektet") + 1).value == pytest.approx(row.to_date.value)
    assert seen_flow
