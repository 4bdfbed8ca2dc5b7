"""``hallbar activities``, ``economy``, ``set-cost``, ``import-costs``, ``lagesrapport`` and
``ekonomisk-redovisning`` as a project leader or a script uses them."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.cli import main
from tests.cli.test_cli import run

EXPORT = paths.demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"
MAPPING = paths.demo_dir() / "ekonomi" / "rjh_kontomappning.toml"
NBSP = "\u00a0"


@pytest.fixture
def db(demo_path: Path) -> Path:
    return demo_path


def content(path: Path) -> list[object]:
    """Every row of every table (the file's header changes when SQLite opens it in WAL mode)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(n, conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall()) for n in names]
    finally:
        conn.close()


def test_activities_lists_the_plan_with_delays(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "activities", "RJH")
    assert code == 0, err
    assert out.splitlines()[0] == "RJH  Hållbar regional utveckling – aktivitetsplan, status vid 2022 kv 4"
    line = next(x for x in out.splitlines() if "A1.2" in x)
    assert "FÖRSENAD (skulle vara klar 2021 kv 4)" in line and "[1.2]" in line
    assert out.rstrip().endswith("Totalt 12 aktiviteter: 10 genomförd, 2 försenad.")


def test_activities_of_a_period_with_its_reports_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "activities", "RJL", "--period", "2022H1")
    assert code == 0
    assert "Genomfört: Checklistan för intersektionell granskning togs fram." in out
    code, out, _ = run(capsys, db, "activities", "RJL", "--period", "2022H1", "--json")
    data = json.loads(out)
    assert data["as_of"] == "2022Q2" and data["period"] == "2022H1"
    assert data["counts"] == {"planned": 1, "ongoing": 7, "done": 2, "delayed": 1, "cancelled": 0}
    a14 = next(a for a in data["activities"] if a["code"] == "A1.4")
    assert a14["delayed"] and a14["status"] == "delayed" and a14["stored_status"] == "ongoing"
    assert a14["reports"]["2022H1"]["outcome"].startswith("Granskningen görs ännu inte")


def test_economy_shows_budget_outcome_forecast_and_status(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "economy", "RJL", "--period", "2022H1")
    assert code == 0
    travel = next(x for x in out.splitlines() if x.startswith("Resor och logi"))
    assert re.split(r" +", travel) == ["Resor", "och", "logi", f"50{NBSP}000", f"24{NBSP}000", f"280{NBSP}000",
                                       f"76{NBSP}000", f"27,1{NBSP}%", f"99{NBSP}000", f"−181{NBSP}000", "■", "röd"]
    assert "Tillväxtverkets andel är 50" in out
    code, out, _ = run(capsys, db, "economy", "RJL", "--json")
    data = json.loads(out)
    assert data["as_of"] == "2022Q4" and data["time_share"] == 1.0
    cats = {c["category"]: c for c in data["categories"]}
    assert cats["external_services"]["status"] == "red" and cats["external_services"]["used_share"] > 1
    assert cats["indirect"]["outcome"] == 0.15 * cats["personnel"]["outcome"]
    assert data["total"]["budget"] == 8_000_000 and data["total"]["status"] == "green"
    assert data["funder_share"] == 0.5 and data["funder_share_ok"] and data["checks"] == []


def test_import_costs_dry_run_then_for_real_then_again(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "import-costs", "RJH", str(EXPORT), "--dry-run")
    assert code == 0 and "Kolumner (sparade för projektet)" in out
    assert f"2022 kv 4  Personal: – → 245{NBSP}000{NBSP}kr" in out and "5 nya, 0 ändrade" in out
    assert "grå" in run(capsys, db, "economy", "RJH")[1]  # the dry run wrote nothing
    code, out, _ = run(capsys, db, "import-costs", "RJH", str(EXPORT))
    assert code == 0 and out.startswith("Importerade rjh_huvudbok_2022kv4.csv till RJH: 5 nya")
    economy = json.loads(run(capsys, db, "economy", "RJH", "--json")[1])
    assert economy["reported"] and economy["total"]["outcome"] == 4_457_500
    code, out, _ = run(capsys, db, "import-costs", "RJH", str(EXPORT))
    assert "0 nya, 0 ändrade, 5 oförändrade" in out


def test_the_first_import_for_a_project_needs_the_mapping(db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = content(db)
    code, out, err = run(capsys, db, "import-costs", "RJL", str(EXPORT))
    assert code == 1 and "FEL: Rad 6: kontot 5111 har inget kostnadsslag" in out
    assert err.startswith("hallbar: fel: Första importen för RJL: bekräfta vilka kolumner som är vad.")
    assert len(err.strip().splitlines()) == 1 and content(db) == before
    code, out, err = run(capsys, db, "import-costs", "RJL", str(EXPORT), "--mapping", str(MAPPING))
    assert code == 0, err
    assert "Kolumnerna och 8 konton är sparade för RJL." in out
    # remembered: the next file needs no mapping
    code, out, _ = run(capsys, db, "import-costs", "RJL", str(EXPORT), "--dry-run")
    assert code == 0 and "5 oförändrade" in out


@pytest.mark.parametrize(("args", "message"), [
    (["import-costs", "RJH", "saknas.csv"], "Filen saknas.csv finns inte."),
    (["import-costs", "RJH", str(EXPORT), "--mapping", "saknas.toml"], "Mappningsfilen saknas.toml finns inte."),
    (["lagesrapport", "RJH", "--period", "2019H1", "{tmp}/r.docx"], "«2019H1» är ingen rapportperiod för RJH"),
    (["lagesrapport", "RJH", "{tmp}/r.pdf"], "Filen ska sluta på .docx"),
    (["economy", "XYZ"], "Det finns inget projekt med koden «XYZ»"),
    (["set-cost", "RJH", "2022Q4", "indirekta", "5"], "Indirekta kostnader skrivs inte in"),
    (["set-cost", "RJH", "2022Q4", "resor", "tolv"], "«tolv» är inte ett tal"),
    (["set-cost", "RJL", "2023Q1", "resor", "5"], "2023 kv 1 ligger utanför projektperioden för RJL"),
    (["activities", "RJH", "--period", "halvår"], "är ingen period"),
])
def test_user_errors_are_one_line_and_write_nothing(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    args: list[str], message: str) -> None:
    before = content(db)
    code, _out, err = run(capsys, db, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 1
    assert err.startswith("hallbar: fel: ") and message in err and len(err.strip().splitlines()) == 1
    assert content(db) == before


def test_set_cost_writes_and_is_audited(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "set-cost", "RJH", "2022 kv 4", "Resor och logi", "12 500,50")
    assert code == 0 and out.strip() == f"RJH: Resor och logi 2022 kv 4: – → 12{NBSP}501 kr."
    from hallbar_desktop.services.audit import project_history
    from hallbar_desktop.services.lookup import get_project
    from hallbar_desktop.store.register import open_register

    reg = open_register(db)
    try:
        with reg.reading() as s:
            trail = project_history(s, get_project(s, "RJH").id, ("cost",))
    finally:
        reg.close()
    assert trail[-1]["new"] == {"category": "travel", "amount": 12500.5, "source": "typed"}
    assert trail[-1]["source"] == "cli" and trail[-1]["quarter"] == "2022Q4"


def test_lagesrapport_and_ekonomisk_redovisning_are_written(db: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    docx = pytest.importorskip("docx")
    out = tmp_path / "lägesrapport.docx"
    code, text, err = run(capsys, db, "lagesrapport", "RJL", "--period", "2022H1", str(out))
    assert code == 0, err
    assert text.strip() == f"Lägesrapport sparad: {out}"
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Övergripande uppgifter" and headings[-1] == "6. Ekonomi"
    code, text, _ = run(capsys, db, "lagesrapport", "RJL", str(tmp_path / "senaste.docx"))  # the latest period
    assert code == 0
    title = docx.Document(str(tmp_path / "senaste.docx")).paragraphs[0].text
    assert title == "Lägesrapport 2022 halvår 2"
    xlsx = tmp_path / "ekonomi.xlsx"
    code, text, _ = run(capsys, db, "ekonomisk-redovisning", "RJL", "--period", "2022H1", str(xlsx))
    assert code == 0 and xlsx.exists()
    import openpyxl

    assert openpyxl.load_workbook(xlsx).sheetnames == ["Ekonomisk redovisning", "Transaktioner"]


def test_commands_are_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("activities", "economy", "set-cost", "import-costs", "lagesrapport", "ekonomisk-redovisning"):
        assert name in out
