"""``hallbar portfolio`` on a real demo register (``init`` then ``demo``): its figures are those
the per-project commands print – ``show --json``, ``economy --json``, ``meetings --json``."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.domain.quarters import Quarter, quarter_range

openpyxl = pytest.importorskip("openpyxl")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LIGHTS = ("green", "yellow", "red", "grey")


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> dict:
    code, out, err = run(capsys, db, *args)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register as a user makes it: ``hallbar init`` and ``hallbar demo`` (read only below)."""
    path = tmp_path_factory.mktemp("portfolio") / "demo.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture(scope="module")
def shown(db: Path) -> dict[str, dict]:
    """``hallbar show P --json`` and ``list --json`` of both demo projects."""
    import contextlib
    import io

    def read(*args: str) -> object:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            assert main(["--db", str(db), *args]) == 0
        return json.loads(buffer.getvalue())

    listed = {p["code"]: p for p in read("list", "--json")}  # type: ignore[union-attr]
    assert set(listed) == {"RJL", "RJH"}
    return {code: {**read("show", code, "--json"), "end": listed[code]["end"], "start": listed[code]["start"]}
            for code in listed}


def test_the_default_quarter_gives_the_figures_of_show_json(db: Path, shown: dict[str, dict],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folio = as_json(capsys, db, "portfolio", "--json")
    today = date.today()
    assert folio["quarter"] == str(Quarter.from_date(today).prev())  # the latest ended quarter
    assert [p["code"] for p in folio["projects"]] == ["RJH", "RJL"]
    for p in folio["projects"]:
        show = shown[p["code"]]
        assert p["quarter"] == show["status_quarter"]
        got = {a["number"]: {k: a["summary"][k] for k in LIGHTS} for a in p["focus_areas"]}
        want = {a["number"]: a["summary"] for a in show["focus_areas"]}
        assert got == want
        total = Counter()
        for a in show["focus_areas"]:
            total.update(a["summary"])
        assert {k: p["summary"][k] for k in LIGHTS} == {k: total[k] for k in LIGHTS}
        assert sum(p["summary"].values()) == len(show["indicators"])
    # Every colour appears somewhere in the demo, so the comparison compares something.
    assert all(sum(p["summary"][k] for p in folio["projects"]) > 0 for k in LIGHTS)


@pytest.mark.parametrize("quarter", ["2019Q4", "2020Q1", "2020Q4", "2021Q2", "2022Q3", "2022Q4", "2024Q2"])
def test_a_chosen_quarter_counts_the_lights_show_json_gives_that_quarter(
        db: Path, shown: dict[str, dict], capsys: pytest.CaptureFixture[str], quarter: str) -> None:
    folio = as_json(capsys, db, "portfolio", "--quarter", quarter, "--json")
    q = Quarter.parse(quarter)
    assert folio["quarter"] == quarter
    for p in folio["projects"]:
        show = shown[p["code"]]
        start, end = Quarter.parse(show["start"]), Quarter.parse(show["end"])
        want: dict[int, Counter[str]] = {a["number"]: Counter() for a in show["focus_areas"]}
        for ind in show["indicators"]:
            if q < start:
                light = "none"
            else:  # judged at the quarter, or at its own last one (the project's end or its follow-up deadline)
                last = Quarter.parse(ind["follow_up_until"]) if ind["follow_up_until"] else end
                light = ind["values"][str(min(q, last))]["status"]
            want[ind["focus_area"]][light] += 1
        got = {a["number"]: {k: v for k, v in a["summary"].items() if v} for a in p["focus_areas"]}
        assert got == {n: dict(c) for n, c in want.items()}
        assert p["quarter"] == (None if q < start else str(min(q, end)))


def test_economy_decisions_and_approvals_are_those_of_the_project_commands(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folio = as_json(capsys, db, "portfolio", "--json")
    today = date.today()
    for p in folio["projects"]:
        economy = as_json(capsys, db, "economy", p["code"], "--json")
        assert p["economy"]["as_of"] == economy["as_of"]
        for key in ("budget", "outcome", "used_share", "time_share", "forecast", "status"):
            assert p["economy"][key] == economy["total"][key], key
        meetings = as_json(capsys, db, "meetings", p["code"], "--json")
        overdue = [d["number"] for d in meetings["decisions"]
                   if d["status"] in ("open", "in_progress") and d["due"] and date.fromisoformat(d["due"]) < today]
        assert [d["number"] for d in p["overdue_decisions"]] == overdue
        assert p["open_decisions"] == sum(d["status"] in ("open", "in_progress") for d in meetings["decisions"])
        approved = {a["quarter"] for a in meetings["approved_quarters"]}
        period = quarter_range(Quarter.parse(p["start"]), Quarter.parse(p["end"]))
        assert p["unapproved_quarters"] == [str(q) for q in period if str(q) not in approved]
    rjl = next(p for p in folio["projects"] if p["code"] == "RJL")
    assert rjl["overdue_decisions"] and "2022Q1" not in rjl["unapproved_quarters"]


def test_the_table_explains_the_quarter(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "portfolio")
    assert code == 0 and not err
    assert "senaste avslutade kvartalet" in out
    assert "RJL" in out and "RJH" in out and "Övergripande omställning" in out
    code, out, _ = run(capsys, db, "portfolio", "--quarter", "2021 kv 2")
    assert code == 0 and out.startswith("Portfölj – status per 2021 kv 2\n")


@pytest.mark.parametrize("bad", ["2021Q5", "kvartal", "2021-13"])
def test_a_malformed_quarter_is_refused_in_swedish(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   bad: str) -> None:
    out_file = tmp_path / "p.xlsx"
    code, out, err = run(capsys, db, "portfolio", "--quarter", bad, str(out_file))
    assert code == 1 and not out
    assert err.startswith("hallbar: fel: ") and err.count("\n") == 1
    assert "kvartal" in err.lower() and "Traceback" not in err
    assert not out_file.exists()


def test_an_output_that_is_no_workbook_is_refused(db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, db, "portfolio", str(tmp_path / "p.csv"))
    assert code == 1 and ".xlsx" in err and not (tmp_path / "p.csv").exists()


def test_the_workbook_reads_back_with_the_figures(db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "portfölj.xlsx"
    code, out, err = run(capsys, db, "portfolio", "--quarter", "2021Q2", str(out_file))
    assert code == 0 and not err and str(out_file) in out
    folio = as_json(capsys, db, "portfolio", "--quarter", "2021Q2", "--json")
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames == ["Projekt", "Insatsområden"]
    projects, areas = wb["Projekt"], wb["Insatsområden"]
    for ws in (projects, areas):
        assert "2021 kv 2" in ws["A1"].value  # the chosen quarter in the title
        assert ws.freeze_panes == "C5"  # the header row (4) and the code and name stay in view
        assert ws.auto_filter.ref.startswith("A4:")
        assert ws["A4"].font.bold
    headers = [c.value for c in projects[4]]
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in projects.iter_rows(min_row=5, values_only=True)}
    assert set(rows) == {"RJL", "RJH"}
    assert projects.auto_filter.ref == f"A4:{projects.cell(6, len(headers)).coordinate}"
    for p in folio["projects"]:
        row = rows[p["code"]]
        assert row["Bedömt kvartal"] == "2021 kv 2"
        assert [row[h] for h in ("Gröna", "Gula", "Röda", "Grå")] == [p["summary"][k] for k in LIGHTS]
        assert row["Budget"] == p["economy"]["budget"] and row["Utfall"] == p["economy"]["outcome"]
        assert row["Använt av budgeten"] == pytest.approx(p["economy"]["used_share"] * 100, abs=0.05)
        assert row["Försenade beslut"] == len(p["overdue_decisions"])
    # Swedish number formats: kronor with a space separator in Swedish Excel, shares with " %".
    budget_col = headers.index("Budget") + 1
    assert projects.cell(5, budget_col).number_format == '#,##0" kr"'
    assert projects.cell(5, headers.index("Använt av budgeten") + 1).number_format == '0.0" %"'
    area_headers = [c.value for c in areas[4]]
    area_rows = [dict(zip(area_headers, r, strict=True)) for r in areas.iter_rows(min_row=5, values_only=True)]
    assert len(area_rows) == sum(len(p["focus_areas"]) for p in folio["projects"]) == 8
    for p in folio["projects"]:
        for a in p["focus_areas"]:
            row = next(r for r in area_rows if r["Kod"] == p["code"] and r["Nr"] == a["number"])
            assert row["Insatsområde"] == a["name"]
            assert [row[h] for h in ("Gröna", "Gula", "Röda", "Grå")] == [a["summary"][k] for k in LIGHTS]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs "
                    "libreoffice-calc-nogui")
def test_libreoffice_converts_the_workbook(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "portfolio.xlsx"
    assert run(capsys, db, "portfolio", str(src))[0] == 0
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    done = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--calc",
         "--convert-to", "pdf", "--outdir", str(out_dir), str(src)],
        check=True, capture_output=True, timeout=180)
    assert (out_dir / "portfolio.pdf").stat().st_size > 5_000, done.stderr
