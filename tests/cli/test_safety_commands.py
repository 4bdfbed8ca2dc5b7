"""``hallbar backups`` and ``hallbar restore`` as a project leader uses them after a mistake."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hallbar_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _shown(capsys: pytest.CaptureFixture[str], db: Path) -> dict[tuple[str, str], object]:
    code, out, _ = run(capsys, db, "show", "RJL", "--json")
    assert code == 0
    data = json.loads(out)
    return {(i["code"], q): cell["value"] for i in data["indicators"] for q, cell in i["values"].items()}


def test_no_backups_yet_says_when_they_are_made(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path / "ny.sqlite", "backups")
    assert code == 0 and "Inga säkerhetskopior" in out and "första gången varje dag" in out


def test_a_wrong_value_is_undone_by_restoring_the_mornings_backup(capsys, demo_path: Path) -> None:
    before = _shown(capsys, demo_path)  # first opening today: the morning's backup
    assert run(capsys, demo_path, "set", "RJL", "1.2", "2022Q4", "999")[0] == 0
    assert _shown(capsys, demo_path) != before

    code, out, _ = run(capsys, demo_path, "backups")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].lstrip().startswith("1  ") and "dagens första öppning" in lines[1]
    assert "2 projekt (RJH, RJL)" in lines[1] and "värden, senast ändrat" in lines[1]

    code, out, _ = run(capsys, demo_path, "restore", "1")
    assert code == 0 and "återställt" in out and "-before-restore.sqlite»" in out
    assert _shown(capsys, demo_path) == before

    code, out, _ = run(capsys, demo_path, "backups", "--json")
    listed = json.loads(out)
    assert [b["reason"] for b in listed] == ["before-restore", "daily"]
    assert listed[0]["projects"] == ["RJH", "RJL"] and listed[0]["values"] > 0
    assert run(capsys, demo_path, "restore", listed[0]["path"])[0] == 0  # undo, by path
    assert _shown(capsys, demo_path)[("1.2", "2022Q4")] == 999


def test_restore_refuses_a_number_that_is_not_listed(capsys, demo_path: Path) -> None:
    _shown(capsys, demo_path)
    code, _, err = run(capsys, demo_path, "restore", "5")
    assert code == 1 and "ingen säkerhetskopia nummer 5" in err and "hallbar backups" in err
