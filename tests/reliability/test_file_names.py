"""Any name a user's file system allows: a register, its lock, its backups and its exports.

A name with ``%``, ``?`` or ``#`` once went into SQLAlchemy and ``file:`` URIs unescaped: a
write landed in another file past the lock, a backup was an empty database reported as saved,
and the automatic backups were never made. Each name below goes through every door: creating,
writing, the lock, the automatic backup, ``backup``, ``restore`` and ``export-excel``, and the
folder must hold exactly the files that belong there.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.store import lock as locks
from hallbar_desktop.store.backups import list_backups
from hallbar_desktop.store.engine import MAX_SQLITE_PATH_BYTES
from hallbar_desktop.store.register import open_register

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"


def _long_name(base: Path) -> str:
    """Folders and a file name that bring the register's path to just under SQLite's limit."""
    room = MAX_SQLITE_PATH_BYTES - len(os.fsencode(base)) - len("/Långt register.sqlite") - 1
    parts = []
    while room > 1:
        take = min(room - 1, 120)
        parts.append("ö" * (take // 2))  # two bytes each in UTF-8
        room -= len(os.fsencode(parts[-1])) + 1
    return "/".join([*parts, "Långt register.sqlite"])


NAMES = [
    ("percent-20", "Rapport%202023.sqlite"),
    ("percent-folder", "100%/register.sqlite"),
    ("percent-2F", "a%2Fb%3Fc.sqlite"),
    ("hash-folder", "Projekt #3/register.sqlite"),
    ("question-mark", "Vad nu?.sqlite"),
    ("query-like", "reg.sqlite?mode=ro&immutable=1#x"),
    ("spaces-and-swedish", "Målgrupp ÅÄÖ åäö/Första registret.sqlite"),
    ("file-uri-like", "file:reg.sqlite"),
    ("long-path", None),
]


def _value(path: Path) -> float | None:
    """The stored value of TEST 1.2 2021Q3, read with the literal file name (no URI)."""
    conn = sqlite3.connect(os.fspath(path))
    try:
        row = conn.execute(
            "SELECT m.value FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
            "JOIN project p ON p.id = i.project_id WHERE p.code = 'TEST' AND i.code = '1.2' "
            "AND m.quarter = '2021Q3'").fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(("case", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_every_door_works_with_the_name(tmp_path: Path, capsys, tallies, case: str, name: str | None) -> None:
    with tallies.trial("sqlite") as trial:
        root = tmp_path / "reg"
        root.mkdir()
        name = name or _long_name(root)
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        db = os.fspath(path)

        _ok(capsys, "--db", db, "init")
        _ok(capsys, "--db", db, "load", str(SMALL))
        _ok(capsys, "--db", db, "set", "TEST", "1.2", "2021Q3", "5")
        assert _value(path) == 5.0, "the value was not written to the register's own file"
        if _value(path) != 5.0:
            trial.lost(1)

        # The lock sits next to this file, and the writer's engine writes to this file.
        reg = open_register(path)
        try:
            assert locks.lock_path_for(path).exists()
            from sqlalchemy import text

            with reg.connection() as conn:
                assert conn.execute(text("SELECT count(*) FROM project")).scalar() == 1
        finally:
            reg.close()
        assert not locks.lock_path_for(path).exists()

        # The automatic backup of the day was made, and holds the project.
        entries = list_backups(path)
        assert entries, "no automatic backup was made"

        # A backup to a folder and file of the same kind of name holds the value.
        dest = tmp_path / "kopior" / Path(name).name
        dest.parent.mkdir()
        out = _ok(capsys, "--db", db, "backup", os.fspath(dest))
        assert os.fspath(dest) in out
        assert _value(dest) == 5.0, "the backup is not a copy of the register"

        # Restoring that backup brings the value back after a change.
        _ok(capsys, "--db", db, "set", "TEST", "1.2", "2021Q3", "9")
        assert _value(path) == 9.0
        _ok(capsys, "--db", db, "restore", os.fspath(dest))
        assert _value(path) == 5.0, "restore did not bring back the backup's value"

        # An export to a name of the same kind is a workbook there.
        xlsx = tmp_path / "ut" / (Path(name).stem + ".xlsx")
        xlsx.parent.mkdir()
        _ok(capsys, "--db", db, "export-excel", "TEST", os.fspath(xlsx))
        from openpyxl import load_workbook

        assert "Data" in load_workbook(xlsx, read_only=True).sheetnames

        # Nothing was written anywhere else: only the register and its WAL companions.
        stray = {f for f in _files(root) if not f.startswith(name)}
        assert not stray, f"files written beside the register: {stray}"
        assert _files(tmp_path / "kopior") == {Path(name).name}


def test_a_path_longer_than_sqlite_allows_is_refused_clearly(tmp_path: Path, capsys, tallies) -> None:
    """SQLite opens no file whose path is longer than 512 bytes: say so, create nothing."""
    with tallies.trial("sqlite"):
        folder = tmp_path / ("d" * 200) / ("e" * 200)
        folder.mkdir(parents=True)
        path = folder / ("r" * 150 + ".sqlite")
        code = main(["--db", os.fspath(path), "init"])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
        assert "för lång" in err and "Traceback" not in err
        assert list(folder.iterdir()) == []
