"""The report workbook's Styrgrupp sheet and the approval status taken from the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.domain.quarters import Quarter  # noqa: E402
from hallbar_desktop.reporting.excel_report import (  # noqa: E402
    DRAFT,
    STEERING_SHEET,
    approval_for,
    export_report,
)
from hallbar_desktop.services import steering  # noqa: E402
from hallbar_desktop.services.actor import Actor  # noqa: E402

TODAY = date(2023, 2, 1)


def _cells(ws) -> list[object]:  # type: ignore[no-untyped-def]
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def _summary_status(path: Path) -> str:
    ws = openpyxl.load_workbook(path)["Sammanfattning"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    return str(labels["Status för perioden"])


def test_steering_sheet_holds_meetings_and_decisions(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJL", tmp_path / "r.xlsx", today=TODAY)
        meetings = steering.list_meetings(s, "RJL")
        decisions = steering.list_decisions(s, "RJL")
    wb = openpyxl.load_workbook(out)
    assert STEERING_SHEET in wb.sheetnames
    assert wb.sheetnames[-3:] == ["Data", "Definitioner", "Ändringslogg"]
    ws = wb[STEERING_SHEET]
    values = _cells(ws)
    text = "\n".join(str(v) for v in values)
    # Each meeting, newest first, with date, quarter, attendees and narrative per focus area.
    headings = [v for v in values if isinstance(v, str) and v.startswith("Möte ")]
    assert headings == [f"Möte {m.held_on.isoformat()}" for m in reversed(meetings)]
    for m in meetings:
        assert m.quarter.label_sv() in values
        for a in m.attendees:
            assert a.label in text
        for n in m.narratives:
            assert f"{n.focus_area_number}. {n.focus_area_name}" in values
            for part in (n.text.happened, n.text.deviations, n.text.goal_conflicts, n.text.actions):
                if part:
                    assert part in values
    assert "Fastställt 2022-09-08" in values and "Utkast (ej fastställt)" in values
    # The decisions table: every decision with number, meeting date, text, owner, due, status, follow-up.
    header_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Nr")
    assert [ws.cell(header_row, c).value for c in range(1, 9)] == [
        "Nr", "Mötesdatum", "Beslut", "Ansvarig", "Klart senast", "Status", "Uppföljning", "Avslutat"]
    rows = {ws.cell(r, 1).value: r for r in range(header_row + 1, ws.max_row + 1)}
    assert set(rows) >= {d.number for d in decisions}
    for d in decisions:
        r = rows[d.number]
        assert ws.cell(r, 2).value.date() == d.meeting_date
        assert ws.cell(r, 3).value == d.text
        assert ws.cell(r, 4).value == (d.owner or None)
        assert (ws.cell(r, 5).value.date() if ws.cell(r, 5).value else None) == d.due_on
        assert ws.cell(r, 6).value == d.status_sv
        assert ws.cell(r, 7).value == (d.follow_up or None)


def test_meetings_after_the_exported_period_are_left_out(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJL", tmp_path / "h1.xlsx", period="2022H1", today=TODAY)
    values = _cells(openpyxl.load_workbook(out)[STEERING_SHEET])
    assert "Möte 2022-11-17" not in values  # follows up 2022 kv 3
    assert "Möte 2022-09-08" in values and "Möte 2022-05-12" in values


def test_approval_comes_from_the_register(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        assert approval_for(s, "RJL", Quarter.parse("2022Q4")) == DRAFT
        assert approval_for(s, "RJL", Quarter.parse("2022Q2")).label_sv() == "Fastställd av styrgruppen 2022-09-08"
        approved = export_report(s, "RJL", tmp_path / "q2.xlsx", until="2022Q2", today=TODAY)
        half = export_report(s, "RJL", tmp_path / "h1.xlsx", period="2022H1", today=TODAY)
        draft = export_report(s, "RJL", tmp_path / "q3.xlsx", until="2022Q3", today=TODAY)
    assert _summary_status(approved) == "Fastställd av styrgruppen 2022-09-08"
    assert _summary_status(half) == "Fastställd av styrgruppen 2022-09-08"
    assert _summary_status(draft).startswith("Utkast")
    with demo.transaction() as s:
        steering.unlock_quarter(s, "RJL", "2022Q2", "Rättelse av ett värde", Actor("test", "test"))
    with demo.reading() as s:
        unlocked = export_report(s, "RJL", tmp_path / "q2b.xlsx", until="2022Q2", today=TODAY)
    assert _summary_status(unlocked).startswith("Utkast")


def test_project_without_meetings_gets_an_empty_sheet(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_report(s, "RJH", tmp_path / "rjh.xlsx", today=TODAY)
    values = _cells(openpyxl.load_workbook(out)[STEERING_SHEET])
    assert "Inga styrgruppsmöten är registrerade för perioden." in values
    assert "Inga beslut är registrerade." in values
