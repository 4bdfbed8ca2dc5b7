"""The report workbook's Aktiviteter and Ekonomi sheets, and the period's ekonomisk redovisning,
read back with openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.reporting.excel_report import export_report  # noqa: E402
from hallbar_desktop.reporting.plan_sheets import (  # noqa: E402
    ACTIVITIES_SHEET,
    COST_HEADERS,
    ECONOMY_SHEET,
    export_economy_report,
)
from hallbar_desktop.services.actor import Actor  # noqa: E402
from hallbar_desktop.services.cost_import import apply_cost_import  # noqa: E402
from hallbar_desktop.store.register import Register  # noqa: E402

TODAY = date(2023, 2, 1)


def _rows(ws: object) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def _find(rows: list[list[object]], first: object) -> list[object]:
    return next(r for r in rows if r and r[0] == first)


def test_the_report_workbook_gains_activities_and_economy(demo: Register, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJL", tmp_path / "rapport.xlsx", period="2022H1", today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index(ACTIVITIES_SHEET) == wb.sheetnames.index("Styrgrupp") + 1
    assert wb.sheetnames.index(ECONOMY_SHEET) == wb.sheetnames.index(ACTIVITIES_SHEET) + 1
    acts = _rows(wb[ACTIVITIES_SHEET])
    assert acts[0][0] == "Aktivitetsplan – status vid 2022 kv 2"
    assert acts[2][:8] == ["Insatsområde", "Kod", "Aktivitet", "Beskrivning", "Ansvarig", "Planerad start",
                           "Planerat slut", "Status"]
    assert acts[2][-2:] == ["2021 halvår 2: utfall", "2022 halvår 1: utfall"]
    a14 = next(r for r in acts if r[1] == "A1.4")
    assert a14[7] == "försenad" and a14[9] == "1.4"
    assert a14[-1] == "Granskningen görs ännu inte systematiskt; aktiviteten är försenad."
    assert wb[ACTIVITIES_SHEET].cell(acts.index(a14) + 1, 8).fill.fgColor.rgb.endswith("FFC7CE")
    econ = _rows(wb[ECONOMY_SHEET])
    assert econ[0][0] == "Ekonomi – Vägar till hållbar utveckling 2020–2022"
    assert [v for v in next(r for r in econ if r[0] == "Kostnadsslag") if v is not None] == COST_HEADERS
    travel = _find(econ, "Resor och logi")
    assert travel[1:10] == [50_000, 24_000, 280_000, 76_000, 27.1, 83.3, 99_000, -181_000, "■ Röd"]
    assert _find(econ, "Investeringar, materiel och lokaler")[9] == "▲ Gul"
    ws = wb[ECONOMY_SHEET]
    row = econ.index(travel) + 1
    assert ws.cell(row, 2).number_format == '#,##0" kr"' and ws.cell(row, 6).number_format == '0.0" %"'
    # the quarter-by-quarter table: the flat rate computed per quarter
    quarters = next(r for r in econ if r[0] == "Kostnadsslag" and r[1] == "2020 kv 1")
    assert quarters[1:4] == ["2020 kv 1", "2020 kv 2", "2020 kv 3"] and "Summa" in quarters
    indirect = _find(econ, "Indirekta kostnader (schablon)")
    assert indirect[1] == 36_000  # 15 % of 240 000 in 2020 kv 1


def test_the_ekonomisk_redovisning_of_a_period_lists_its_transactions(demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop import paths

    export = paths.demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"
    with demo.transaction() as s:
        apply_cost_import(s, "RJH", export, Actor("test", "cli"))
        out = export_economy_report(s, "RJH", "2022H2", tmp_path / "ekonomi.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ekonomisk redovisning", "Transaktioner"]
    main = _rows(wb["Ekonomisk redovisning"])
    assert main[0][0] == "Ekonomisk redovisning 2022 halvår 2 – Hållbar regional utveckling"
    assert _find(main, "Rapportperiod")[1] == "2022 halvår 2 (2022-07-01 – 2022-12-31)"
    assert str(_find(main, "Finansiärens andel")[1]).startswith("Tillväxtverkets andel är 50")
    assert any(str(r[0]).startswith("EXEMPELDATA") for r in main if r[0])
    assert _find(main, "Personal")[1:5] == [500_000, 495_000, 2_800_000, 2_730_000]
    assert _find(main, "Totalt")[4] == 4_457_500
    tx = _rows(wb["Transaktioner"])
    assert tx[0] == ["Kvartal", "Kostnadsslag", "Datum", "Konto", "Aktivitet", "Text", "Belopp", "Fil", "Rad"]
    q4 = [r for r in tx[1:] if r[0] == "2022 kv 4"]
    assert len(q4) == 16 and sum(r[6] for r in q4) == 411_000  # every transaction of the export
    assert {r[7] for r in q4} == {"rjh_huvudbok_2022kv4.csv"}
    travel = [r for r in q4 if r[1] == "Resor och logi"]
    assert [r[3] for r in travel] == ["7310", "7320", "7310", "7320"] and travel[0][4] == "A4.1"
    q3 = [r for r in tx[1:] if r[0] == "2022 kv 3"]
    assert q3 and all(r[5] == "Inläst från projektfil" for r in q3)  # loaded from the demo's file
