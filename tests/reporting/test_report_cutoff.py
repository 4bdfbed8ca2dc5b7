"""Nothing after the chosen end appears anywhere in the report workbook.

The demo register gets a distinct value and a marked comment in every quarter after 2021Q3
(and its 2022 meetings and decisions are all after it); an export ``--until 2021Q3`` is then
read back cell by cell, by openpyxl and by a second reader (calamine), on every sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from hallbar_desktop.cli import main
from hallbar_desktop.store import tables
from hallbar_desktop.store.register import Register, open_register

END = "2021Q3"
LATER_QUARTERS = ["2021Q4", "2022Q1", "2022Q2", "2022Q3", "2022Q4"]
LATER_LABELS = ["2021 kv 4", "2022 kv 1", "2022 kv 2", "2022 kv 3", "2022 kv 4", "2022 halvår", "2022H"]
MARK = "EFTER-SLUTET"


def _mark_later_quarters(reg: Register) -> tuple[set[float], list[str]]:
    """Give every RJL value after END a value found nowhere else and a marked comment."""
    with reg.transaction() as s:
        ind = tables.indicator.c
        rjl = select(tables.project.c.id).where(tables.project.c.code == "RJL").scalar_subquery()
        ids = select(ind.id).where(ind.project_id == rjl, ind.kind != "milestone")
        m = tables.measurement.c
        s.execute(update(tables.measurement).where(m.indicator_id.in_(ids), m.quarter > END)
                  .values(value=7000.25 + m.id, numerator=None, denominator=None, women=None, men=None, other=None))
        s.execute(update(tables.measurement).where(m.quarter > END)
                  .values(comment=MARK + " " + m.quarter))
        sentinels = {float(v) for v in s.scalars(select(m.value).where(m.indicator_id.in_(ids), m.quarter > END))}
        decisions = [d for d in s.scalars(select(tables.decision.c.text))]
    return sentinels, decisions


def _cells(path: Path) -> list[tuple[str, str, object]]:
    """(sheet, column header or row label, value) of every non-empty cell, by openpyxl."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        header_row = next((r for r in rows if r and r[0] in ("Kod", "Projekt", "Tidpunkt", "Nr", "Insatsområde")), ())
        for r in rows:
            for i, v in enumerate(r):
                if v is None:
                    continue
                label = str(header_row[i]) if i < len(header_row) and header_row[i] else ""
                if i == 1 and r[0] and isinstance(r[0], str):
                    label = f"{label}|{r[0]}"
                out.append((ws.title, label, v))
    return out


def _allowed(sheet: str, label: str) -> bool:
    """Facts about the project itself, not its outcome: its period, deadlines, definitions and plan."""
    return (label.endswith("|Projektperiod") or label.startswith("Målkvartal")
            or (sheet == "Aktiviteter" and label.split("|")[0] in ("Planerad start", "Planerat slut"))
            or (sheet == "Definitioner" and label.split("|")[0] in ("Definition", "Indikator"))
            or label.endswith("|Exportdatum"))


@pytest.fixture
def marked(demo_path: Path) -> tuple[Path, set[float], list[str]]:
    reg = open_register(demo_path)
    sentinels, decisions = _mark_later_quarters(reg)
    reg.close()
    return demo_path, sentinels, decisions


def test_an_export_until_a_quarter_holds_nothing_from_after_it(
        marked: tuple[Path, set[float], list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, sentinels, decisions = marked
    out = tmp_path / "rapport.xlsx"
    assert main(["--db", str(db), "export-excel", "RJL", str(out), "--until", END]) == 0, capsys.readouterr().err
    leaks = []
    for sheet, label, v in _cells(out):
        if isinstance(v, str):
            later = not _allowed(sheet, label) and any(q in v for q in LATER_QUARTERS + LATER_LABELS)
            if later or MARK in v or any(d in v for d in decisions):
                leaks.append((sheet, label, v))
        elif isinstance(v, int | float) and not isinstance(v, bool) and float(v) in sentinels:
            leaks.append((sheet, label, v))
    assert leaks == []
    # The half-year the end falls in is labelled as the part of it that is included.
    focus = [c for c in _cells(out) if c[0].startswith("1.")]
    assert any(v == "2021 halvår 2 t.o.m. kv 3" for _s, _l, v in focus)


def test_a_second_reader_finds_nothing_from_after_the_end(
        marked: tuple[Path, set[float], list[str]], tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    from hallbar_desktop.reporting.excel_report import export_report

    db, sentinels, _decisions = marked
    reg = open_register(db)
    with reg.reading() as s:
        out = export_report(s, "RJL", tmp_path / "r.xlsx", period=END, today=date(2023, 2, 1))
    reg.close()
    wb = CalamineWorkbook.from_path(str(out))
    seen = 0
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python():
            for v in row:
                seen += 1
                assert not (isinstance(v, str) and MARK in v), (name, v)
                assert not (isinstance(v, float) and v in sentinels), (name, v)
    assert seen > 500


def test_a_period_outside_the_project_is_refused(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tom.xlsx"
    for args in (["--period", "2024H1"], ["--until", "2019Q4"], ["--period", "2019"]):
        assert main(["--db", str(demo_path), "export-excel", "RJL", str(out), *args]) == 1
        err = capsys.readouterr().err
        assert "utanför projektperioden" in err and "2020 kv 1 – 2022 kv 4" in err, err
        assert not out.exists()
    assert main(["--db", str(demo_path), "export-excel", "RJL", str(out), "--period", "2022"]) == 0
