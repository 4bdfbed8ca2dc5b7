"""Damaged and foreign files: a clear message with the way out, never a traceback, never a write.

Each file is offered to the three doors a user has – ``open_register`` (the window), the
``hallbar`` command, and ``hallbar restore`` (as the backup to restore from). The bytes of the
file must be the same afterwards and nothing (WAL, lock file) may appear next to it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.register import open_register

WAY_OUT = ("säkerhetskopia", "annan fil", "uppdatera programmet", "välj en annan", "skapa ett nytt")


def _good_register(path: Path) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import load_project

    reg = open_register(path)
    with reg.transaction() as s:
        load_project(s, Path(__file__).parent.parent / "data" / "small_project.toml", Actor("t", "load"))
    reg.close()
    conn = sqlite3.connect(path)  # fold the WAL into the file so the file alone is the register
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _truncated_half(path: Path) -> None:
    _good_register(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _truncated_at_page(path: Path) -> None:
    _good_register(path)
    data = path.read_bytes()
    path.write_bytes(data[: (len(data) // 4096 // 2) * 4096])


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _text_file(path: Path) -> None:
    path.write_text("Projekt;Indikator;Värde\nRJL;1.1;5\n" * 50, encoding="utf-8")


def _header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192 - 16))


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.execute("INSERT INTO kunder (namn) VALUES ('Anna')")
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    _good_register(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()


def _table_missing(path: Path) -> None:
    _good_register(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DROP TABLE audit_entry")
    conn.commit()
    conn.close()


def _zeroed_middle(path: Path) -> None:
    """Pages in the middle overwritten (a disk or sync tool gone wrong); the header is intact."""
    _good_register(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for p in range(2, len(data) // page - 1):
        data[p * page:(p + 1) * page] = os.urandom(page)
    path.write_bytes(bytes(data))


DAMAGED: list[tuple[str, Callable[[Path], None], str]] = [
    ("truncated-half", _truncated_half, "skadat"),
    ("truncated-at-page-boundary", _truncated_at_page, "avkortad"),
    ("random-bytes", _random_bytes, "inte en SQLite-databas"),
    ("text-file", _text_file, "inte en SQLite-databas"),
    ("sqlite-header-then-garbage", _header_then_garbage, "skadat"),
    ("sqlite-of-another-program", _other_program, "inget register"),
    ("newer-version", _newer_version, "nyare version"),
    ("table-missing", _table_missing, "skadat"),
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def neighbours(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.mark.parametrize(("case", "make", "words"), DAMAGED, ids=[c[0] for c in DAMAGED])
@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read-only"])
def test_opening_refuses_with_the_way_out_and_writes_nothing(tmp_path: Path, tallies, case: str, make, words: str,
                                                            read_only: bool) -> None:
    path = tmp_path / "register.sqlite"
    make(path)
    before, files = digest(path), neighbours(path)
    with pytest.raises(RegisterError) as caught:
        open_register(path, read_only=read_only)
    message = str(caught.value)
    unchanged = digest(path) == before and neighbours(path) == files
    tallies.bad_input("sqlite", unchanged)
    assert words.lower() in message.lower()
    assert any(w in message.lower() for w in WAY_OUT), message
    assert unchanged, f"something was written: {neighbours(path) - files}"


@pytest.mark.parametrize(("case", "make", "words"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_the_command_says_it_in_one_line(tmp_path: Path, capsys, tallies, case: str, make, words: str) -> None:
    path = tmp_path / "register.sqlite"
    make(path)
    before, files = digest(path), neighbours(path)
    for command in (["list"], ["set", "TEST", "1.2", "2021Q3", "5"], ["backup", str(tmp_path / "kopia")]):
        code = main(["--db", str(path), *command])
        err = capsys.readouterr().err
        assert code == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
        assert "Traceback" not in err and words.lower() in err.lower()
    unchanged = digest(path) == before and neighbours(path) == files
    tallies.bad_input("sqlite", unchanged)
    assert unchanged


@pytest.mark.parametrize(("case", "make", "words"), DAMAGED, ids=[c[0] for c in DAMAGED])
def test_such_a_file_is_refused_as_a_backup_to_restore(tmp_path: Path, capsys, tallies, case: str, make,
                                                       words: str) -> None:
    register = tmp_path / "register.sqlite"
    _good_register(register)
    bad = tmp_path / "kopia.sqlite"
    make(bad)
    before = digest(register)
    code = main(["--db", str(register), "restore", str(bad)])
    err = capsys.readouterr().err
    unchanged = digest(register) == before
    tallies.bad_input("sqlite", unchanged)
    assert code == 1 and err.startswith("hallbar: fel: ") and "Traceback" not in err, err
    assert "välj en annan" in err.lower() or "inte en sqlite-databas" in err.lower(), err
    assert unchanged


def test_pages_damaged_in_the_middle_give_the_way_out_when_read(tmp_path: Path, capsys, tallies) -> None:
    """The header is fine, so the file opens; reading the broken pages says what to do."""
    path = tmp_path / "register.sqlite"
    _zeroed_middle(path)
    before = digest(path)
    code = main(["--db", str(path), "show", "TEST"])
    err = capsys.readouterr().err
    tallies.bad_input("sqlite", digest(path) == before)
    assert code == 1 and err.startswith("hallbar: fel: ") and "Traceback" not in err, err
    assert "skadat" in err and "säkerhetskopia" in err, err
    assert digest(path) == before


def test_a_damaged_register_is_restored_from_its_automatic_backup(tmp_path: Path, capsys) -> None:
    """The way out works: the morning's backup brings the values back, and the damaged file
    itself is kept (byte for byte) among the backups in case someone can rescue more."""
    path = tmp_path / "register.sqlite"
    _good_register(path)
    assert main(["--db", str(path), "set", "TEST", "1.2", "2021Q4", "7"]) == 0  # first open today: backup
    capsys.readouterr()
    damaged = os.urandom(8192)
    path.write_bytes(b"SQLite format 3\x00" + damaged[16:])
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    assert main(["--db", str(path), "list"]) == 1
    assert "säkerhetskopia" in capsys.readouterr().err

    assert main(["--db", str(path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert "1 projekt (TEST)" in listing
    assert main(["--db", str(path), "restore", "1"]) == 0
    out = capsys.readouterr().out
    assert "återställt" in out

    assert main(["--db", str(path), "show", "TEST", "--json"]) == 0
    assert '"TEST"' in capsys.readouterr().out
    from hallbar_desktop.store.backups import BackupReason, list_backups

    kept = [e for e in list_backups(path) if e.reason is BackupReason.DAMAGED]
    assert len(kept) == 1 and kept[0].path.read_bytes()[16:] == damaged[16:]


def test_a_directory_is_not_a_register(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path), "list"]) == 1
    err = capsys.readouterr().err
    assert "mapp" in err and "Traceback" not in err
