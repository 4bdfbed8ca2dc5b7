"""``hallbar effect-chain``, ``lessons``, ``lesson-add`` and ``lesson-remove`` as a project leader or a
script uses them; a mistake is one line and nothing is written."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.cli.test_cli import run, run_process


@pytest.fixture
def db(demo_path: Path) -> Path:
    return demo_path


def content(path: Path) -> list[object]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(n, conn.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall()) for n in names]
    finally:
        conn.close()


def test_the_chain_as_text_json_and_diagram(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "chain", "RJH")
    assert code == 0, err
    assert out.splitlines()[0] == "RJH  Hållbar regional utveckling – effektkedja, status 2022 kv 4 (exempeldata)"
    assert "  Resultat   R3.1    Företagsstöd, projektmedel och kommersiell service hållbarhetssäkrade" in out
    assert "indikatorer: ○ 3.1  ● 3.2  ■ 3.3" in out
    assert "→ E3.1 – hoppar över resultatnivån (valt): Strukturen beslutas politiskt" in out
    assert "Inte placerade i kedjan: aktivitet P1" in out
    code, out, _ = run(capsys, db, "chain", "RJL", "--focus-area", "1", "--json")
    data = json.loads(out)
    assert [b["code"] for b in data["boxes"]] == ["AK1.1", "AK1.2", "R1.1", "R1.2", "E1.1", "E1.2"]
    followed = data["boxes"][-1]["indicators"][0]
    assert followed == {"code": "1.4", "name": followed["name"], "light": "yellow", "symbol": "▲",
                        "quarter": "2024Q4", "follow_up_until": "2024Q4", "level_note": ""}
    out_svg = tmp_path / "effektkedja.svg"
    code, out, _ = run(capsys, db, "effect-chain", "RJL", str(out_svg))
    assert code == 0 and out.strip() == f"Effektkedjan sparad: {out_svg} (18 rutor, 12 pilar, 12 indikatorer)"
    texts = {"".join(t.itertext()) for t in ET.parse(out_svg).getroot().iter("{http://www.w3.org/2000/svg}text")}
    assert {"● 1.1", "▲ 1.4", "○ 1.5", "▲ 3.1", "● 4.2"} <= texts
    out_png = tmp_path / "effektkedja.png"
    code, _, _ = run(capsys, db, "effect-chain", "RJH", "--focus-area", "3", str(out_png), "--dpi", "100")
    assert code == 0 and out_png.read_bytes()[:4] == b"\x89PNG"


def test_lessons_are_searched_listed_added_and_removed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "lessons", "RJH", "--search", "malkonflikt")
    assert code == 0
    assert out.splitlines()[0] == "RJH – lärdomar: 1 av 4"
    assert "Lärdom 3 (2021-11-05), exempel – insatsområde 2 – Indikator 2.2" in out
    assert "  Ändrar: Mallen för tjänsteskrivelser får ett obligatoriskt avsnitt om målkonflikter." in out
    code, out, _ = run(capsys, db, "lessons", "RJL", "--tag", "MALKONFLIKT", "--json")
    data = json.loads(out)
    assert data["total"] == 4 and [x["number"] for x in data["lessons"]] == [3]
    assert data["lessons"][0]["link"] == {"kind": "meeting", "key": "2022-09-08", "label": "Styrgruppsmöte 2022-09-08"}
    code, out, err = run(capsys, db, "lesson-add", "RJL", "Kommunerna vill ha statistiken per kommun.",
                         "--changes", "Statistiken redovisas per kommun från 2023.", "--date", "2023-02-01",
                         "--tag", "statistik", "--tag", "Kommuner", "--activity", "A1.1")
    assert code == 0, err
    assert out.strip() == "Sparad: Lärdom 5 (2023-02-01), Aktivitet A1.1 Ta fram uppdaterad statistik över digitalt " \
                          "utanförskap"
    code, out, _ = run(capsys, db, "lessons", "RJL", "--search", "statistiken kommun", "--focus-area", "1")
    assert "Lärdom 5 (2023-02-01) – insatsområde 1" in out and "Taggar: statistik, kommuner" in out
    code, out, _ = run(capsys, db, "lesson-remove", "RJL", "5")
    assert code == 0 and "borttagen" in out
    code, out, _ = run(capsys, db, "lessons", "RJL", "--search", "statistiken kommun")
    assert "Inga lärdomar hittades." in out


@pytest.mark.parametrize(("args", "words"), [
    (["effect-chain", "RJL", "kedja.pdf"], "ska sluta på .png eller .svg"),
    (["chain", "RJL", "--focus-area", "9"], "inget insatsområde 9"),
    (["effect-chain", "XYZ", "kedja.svg"], "inget projekt"),
    (["lesson-add", "RJL", "   "], "Skriv vad ni lärde er"),
    (["lesson-add", "RJL", "X", "--date", "2019-01-01"], "före projektets start"),
    (["lesson-add", "RJL", "X", "--meeting", "2022-01-01"], "inget styrgruppsmöte"),
    (["lesson-add", "RJL", "X", "--indicator", "9.9"], "ingen indikator"),
    (["lesson-remove", "RJL", "9"], "ingen lärdom nummer 9"),
])
def test_mistakes_are_one_line_and_nothing_is_written(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      args: list[str], words: str) -> None:
    args = [str(tmp_path / a) if a.endswith((".pdf", ".svg")) else a for a in args]
    before = content(db)
    code, out, err = run(capsys, db, *args)
    assert code == 1 and words in err and err.count("\n") == 1 and "Traceback" not in err
    assert content(db) == before


@pytest.mark.slow
def test_the_command_runs_as_a_process(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kedja.svg"
    result = run_process(db, "effect-chain", "RJH", str(out))
    assert result.returncode == 0, result.stderr
    assert "● 2.3" in out.read_text(encoding="utf-8")


def test_show_and_set_follow_an_indicator_after_the_end(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "show", "RJL", "--focus-area", "1")
    assert "följs upp efter projektslut t.o.m. 2024 kv 4 (status 2024 kv 4)" in out
    code, out, _ = run(capsys, db, "show", "RJL", "--json")
    data = json.loads(out)
    assert data["quarters"][-1] == "2024Q4"
    assert {i["code"]: i["follow_up_until"] for i in data["indicators"] if i["follow_up_until"]} == {"1.4": "2024Q4"}
    code, _, err = run(capsys, db, "set", "RJL", "1.4", "2023Q3", "19 av 29", "--comment", "Granskat i efterhand")
    assert code == 0, err
    code, _, err = run(capsys, db, "set", "RJL", "3.1", "2023Q3", "90")
    assert code == 1 and "utanför projektperioden för RJL" in err and "efter projektets slut" in err
