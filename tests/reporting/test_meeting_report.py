"""The steering group's meeting report (PDF) read back with pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.errors import HallbarError
from hallbar_desktop.reporting.meeting_report import write_meeting_report
from hallbar_desktop.services import steering
from hallbar_desktop.services.actor import Actor

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) behövs")

MEETING = date(2022, 9, 8)
TODAY = date(2023, 2, 1)


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", raw)


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


@pytest.fixture
def report(demo, tmp_path: Path) -> Path:
    with demo.reading() as s:
        return write_meeting_report(s, "RJL", tmp_path / "möte.pdf", held_on=MEETING, today=TODAY)


def test_the_report_holds_the_meeting(report: Path, demo) -> None:
    text = _text(report)
    with demo.reading() as s:
        meeting = steering.get_meeting(s, "RJL", MEETING)
        decisions = steering.list_decisions(s, "RJL")
        from hallbar_desktop.services.grid import project_grid

        grid = project_grid(s, "RJL", today=TODAY)
    assert "Vägar till hållbar utveckling" in text
    assert "RJL" in text
    assert "2022-09-08" in text and "Digitalt möte" in text
    assert "2022 kv 2" in text
    assert "Fastställt av styrgruppen 2022-09-08" in text
    for area in grid.focus_areas:
        assert area.name in text, area.name
    for row in grid.rows:
        assert row.indicator.code in text
    for a in meeting.attendees:
        assert a.label in text, a.label
        assert a.member.organisation in text
    assert "ersättare för Mark Edwards" in text
    for heading in ("Vad har hänt", "Avvikelser från plan", "Målkonflikter", "Föreslagna åtgärder"):
        assert heading in text
    assert meeting.narrative(1).happened[:40] in text
    # Decisions of this meeting (3–5) and the earlier ones it follows up (1 and 2, still open then).
    assert {d.number for d in decisions} == {1, 2, 3, 4, 5}
    for d in decisions:
        assert " ".join(d.text.split()[:3]) in text, d.text
        assert d.status_sv in text
    assert "Beslut vid mötet 2022-09-08" in text and "Tidigare beslut som följs upp" in text
    pages = _pages(report)
    assert "Sida 1 av" in text
    assert f"Sida {pages} av {pages}" in text
    for n in range(1, pages + 1):
        assert f"Sida {n} av {pages}" in text


def test_pages_render_as_images(report: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(report), str(tmp_path / "sida")], check=True)
    images = sorted(tmp_path.glob("sida-*.png"))
    assert len(images) == _pages(report) >= 1 + 1 + 4 + 1  # cover, scorecard, four areas, decisions
    assert all(p.stat().st_size > 1000 for p in images)


def test_long_text_flows_onto_more_pages(demo, tmp_path: Path) -> None:
    words = [f"ord{i:04d}" for i in range(900)]
    with demo.transaction() as s:
        steering.set_narrative(s, "RJL", MEETING, 2, steering.NarrativeFields(
            happened=" ".join(words), deviations="Enkel text.", goal_conflicts="", actions="Åtgärd ärende ö."),
            Actor("test", "test"))
        steering.update_decision(s, "RJL", 3, Actor("test", "test"), follow_up="lång " * 1500 + "SLUTORD")
    with demo.reading() as s:
        out = write_meeting_report(s, "RJL", tmp_path / "lång.pdf", held_on=MEETING, today=TODAY)
    text = _text(out)
    for w in words:  # every word is printed: nothing is cut off at the foot of a page
        assert w in text
    assert "SLUTORD" in text
    assert "Åtgärd ärende ö." in text
    assert _pages(out) > 8


def test_latest_meeting_without_date_and_no_meeting(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = write_meeting_report(s, "RJL", tmp_path / "senaste.pdf", today=TODAY)
        text = _text(out)
        assert "2022-11-17" in text and "2022 kv 3" in text
        assert "Utkast" in text  # 2022 kv 3 is not approved
        with pytest.raises(HallbarError, match="inget styrgruppsmöte"):
            write_meeting_report(s, "RJH", tmp_path / "rjh.pdf", today=TODAY)
    assert not (tmp_path / "rjh.pdf").exists()


def test_cli_report(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    out = tmp_path / "rapport.pdf"
    assert main([*db, "report", "RJL", "--meeting", "2022-09-08", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert "2022 kv 2" in _text(out)

    bad = tmp_path / "fel.pdf"
    assert main([*db, "report", "RJL", "--meeting", "2022-13-01", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inget datum" in err
    assert main([*db, "report", "RJL", "--meeting", "2022-09-09", str(bad)]) == 1
    assert "inget styrgruppsmöte den 2022-09-09" in capsys.readouterr().err
    assert main([*db, "report", "NOPE", str(bad)]) == 1
    assert main([*db, "report", "RJH", str(bad)]) == 1
    assert "inget styrgruppsmöte" in capsys.readouterr().err
    assert not bad.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".hallbar-")] == []
