"""The ``hallbar`` command as a project leader or a script uses it."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.services.project_file import demo_files


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_process(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hallbar_desktop.cli", "--db", str(db), *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def db(demo_path: Path) -> Path:
    """A copy of the demo register (loaded once per run, as ``init`` + ``demo`` below make it)."""
    return demo_path


def test_init_and_demo_make_the_demo_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.sqlite"
    assert run(capsys, path, "init")[0] == 0
    code, out, _ = run(capsys, path, "demo")
    assert code == 0 and "RJL" in out and "RJH" in out
    code, out, _ = run(capsys, path, "list", "--json")
    assert code == 0 and {p["code"] for p in json.loads(out)} == {"RJL", "RJH"}


def test_list_json_holds_every_focus_area_and_indicator(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "list", "--json")
    assert code == 0
    listed = {p["code"]: p for p in json.loads(out)}
    for f in demo_files():
        d = tomllib.loads(f.read_text(encoding="utf-8"))
        p = listed[d["project"]["code"]]
        assert p["name"] == d["project"]["name"]
        assert [a["number"] for a in p["focus_areas"]] == [a["number"] for a in d["focus_areas"]]
        for got, want in zip(p["focus_areas"], d["focus_areas"], strict=True):
            assert got["name"] == want["name"]
            for gi, wi in zip(got["indicators"], want["indicators"], strict=True):
                assert gi["code"] == wi["code"] and gi["kind"] == wi["kind"]
                assert gi["target"] == wi.get("target")
                assert gi["target_quarter"] == wi.get("target_quarter")
                assert set(gi) >= {"code", "name", "kind", "unit", "direction", "accumulation",
                                   "baseline", "target", "target_quarter"}


def test_show_json_has_values_with_status(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for f in demo_files():
        d = tomllib.loads(f.read_text(encoding="utf-8"))
        code, out, _ = run(capsys, db, "show", d["project"]["code"], "--json")
        assert code == 0
        shown = json.loads(out)
        by_code = {i["code"]: i for i in shown["indicators"]}
        for area in d["focus_areas"]:
            for ind in area["indicators"]:
                values = by_code[ind["code"]]["values"]
                for q, raw in (ind.get("values") or {}).items():
                    want = raw if isinstance(raw, int | float) else raw.get("value")
                    if want is not None:
                        assert values[q]["value"] == pytest.approx(want)
                    assert values[q]["status"] in {"green", "yellow", "red", "grey", "none"}
                    assert "comment" in values[q]


def test_show_text_is_swedish(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "show", "rjl")
    assert code == 0
    assert "Jämställd och jämlik digitalisering" in out and "Exempeldata" in out


def test_set_accepts_swedish_habits(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    indicator = percent_indicator()
    for text, expected in (("12,5", 12.5), ("85 %", 85.0), ("85%", 85.0)):
        code, out, err = run(capsys, db, "set", "RJL", indicator, "2022Q3", text, "--comment", "Test")
        assert code == 0, err
        assert value_of(capsys, db, indicator, "2022Q3") == expected
    code, _, err = run(capsys, db, "set", "RJL", indicator, "2022 kv 3", "85", "--numerator", "34",
                       "--denominator", "40")
    assert code == 0, err
    assert value_of(capsys, db, indicator, "2022Q3") == 85.0


def percent_indicator() -> str:
    for f in demo_files():
        d = tomllib.loads(f.read_text(encoding="utf-8"))
        if d["project"]["code"] == "RJL":
            for area in d["focus_areas"]:
                for ind in area["indicators"]:
                    if ind["kind"] == "percent":
                        return str(ind["code"])
    raise AssertionError("the Jönköping demo has a percent indicator")


def value_of(capsys: pytest.CaptureFixture[str], db: Path, indicator: str, quarter: str) -> float | None:
    _, out, _ = run(capsys, db, "show", "RJL", "--json")
    row = next(i for i in json.loads(out)["indicators"] if i["code"] == indicator)
    return row["values"][quarter]["value"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("RJL", "{p}", "2022Q3", "mycket"), "inte ett tal"),
        (("RJL", "{p}", "2022Q3", "120"), "100"),
        (("RJL", "{p}", "2025Q1", "50"), "utanför"),  # 1.4 is followed up after the end, to 2024 kv 4
        (("RJL", "{p}", "2022Q5", "50"), "inget kvartal"),
        (("RJL", "9.99", "2022Q3", "50"), "ingen indikator"),
        (("XYZ", "{p}", "2022Q3", "50"), "inget projekt"),
        (("RJL", "{p}", "2022Q3", "30", "--numerator", "41", "--denominator", "40"), "Täljaren"),
    ],
)
def test_set_refuses_bad_input_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str
) -> None:
    p = percent_indicator()
    _, before, _ = run(capsys, db, "show", "RJL", "--json")
    code, out, err = run(capsys, db, "set", *(a.format(p=p) for a in args))
    assert code == 1
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    _, after, _ = run(capsys, db, "show", "RJL", "--json")
    assert after == before


def test_errors_in_a_real_process_are_one_line_without_traceback(db: Path) -> None:
    result = run_process(db, "set", "RJL", percent_indicator(), "2022Q3", "120")
    assert result.returncode == 1
    assert result.stderr.startswith("hallbar: fel:") and result.stderr.count("\n") == 1
    result = run_process(db, "set")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("hallbar: fel:") and result.stderr.count("\n") == 1


def test_clear_and_history(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = percent_indicator()
    assert run(capsys, db, "set", "RJL", p, "2022Q3", "40")[0] == 0
    assert run(capsys, db, "set", "RJL", p, "2022Q3", "45", "--comment", "Bättre än väntat")[0] == 0
    code, out, _ = run(capsys, db, "clear", "RJL", p, "2022Q3")
    assert code == 0 and "borttaget" in out
    assert value_of(capsys, db, p, "2022Q3") is None
    code, out, _ = run(capsys, db, "history", "RJL", p, "2022Q3", "--json")
    records = json.loads(out)
    actions = [r["action"] for r in records]
    assert actions[-3:] == ["set", "set", "clear"]
    assert records[-2]["old"]["value"] == 40 and records[-2]["new"]["value"] == 45
    assert records[-1]["source"] == "cli" and records[-1]["new"] is None
    code, out, _ = run(capsys, db, "history", "RJL", p, "2022Q3")
    assert "kommandoraden" in out and "→" in out


def test_backup_is_a_consistent_copy(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "kopia.sqlite"
    code, out, _ = run(capsys, db, "backup", str(dest))
    assert code == 0 and dest.exists()
    _, original, _ = run(capsys, db, "show", "RJH", "--json")
    _, copied, _ = run(capsys, dest, "show", "RJH", "--json")
    assert copied == original


def test_load_a_project_file_of_ones_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small = Path(__file__).parents[1] / "data" / "small_project.toml"
    db = tmp_path / "own.sqlite"
    assert run(capsys, db, "init")[0] == 0
    code, out, _ = run(capsys, db, "load", str(small))
    assert code == 0 and "TEST: skapat" in out
    code, out, _ = run(capsys, db, "load", str(small))
    assert "TEST: uppdaterat" in out and "(0 ändrade)" in out


def test_empty_register_explains_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, tmp_path / "tom.sqlite", "init")[0] == 0
    code, out, _ = run(capsys, tmp_path / "tom.sqlite", "list")
    assert code == 0 and "hallbar demo" in out


def test_not_a_register_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "text.sqlite"
    bogus.write_text("inte en databas\n" * 100)
    code, _, err = run(capsys, bogus, "list")
    assert code == 1 and "inget register" in err and bogus.read_text().startswith("inte en databas")


def test_show_of_one_focus_area_leaves_out_the_others(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "show", "RJL", "--focus-area", "2", "--json")
    assert code == 0
    shown = json.loads(out)
    assert [a["number"] for a in shown["focus_areas"]] == [2]
    assert {i["focus_area"] for i in shown["indicators"]} == {2}
    summary = shown["focus_areas"][0]["summary"]
    assert sum(summary.values()) == len(shown["indicators"])
    code, out, _ = run(capsys, db, "show", "RJL", "--focus-area", "2")
    assert "2. Hållbarhetsdriven" in out and "1. Jämställd" not in out


def test_codes_with_swedish_letters_are_found_whatever_their_case(tmp_path: Path, capsys) -> None:
    """«MÅNGA» typed as «många» (and an indicator «Ä1» as «ä1») is the same code, on SQLite too,
    whose own lower() folds ASCII only."""
    source = (Path(__file__).parents[1] / "data" / "small_project.toml").read_text(encoding="utf-8")
    project = tmp_path / "p.toml"
    project.write_text(source.replace('code = "TEST"', 'code = "MÅNGA"').replace('code = "1.1"', 'code = "Ä1"'),
                       encoding="utf-8")
    db = str(tmp_path / "r.sqlite")
    assert main(["--db", db, "init"]) == 0
    assert main(["--db", db, "load", str(project)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--db", db, "set", "många", "ä1", "2021Q2", "40 %"]) == 0, capsys.readouterr().err
    assert main(["--db", db, "show", "Många", "--json"]) == 0
    assert '"Ä1"' in capsys.readouterr().out
    assert main(["--db", db, "load", str(project)]) == 0  # the same project again, not a second one
    capsys.readouterr()
    assert main(["--db", db, "list"]) == 0
    assert capsys.readouterr().out.count("MÅNGA") == 1
