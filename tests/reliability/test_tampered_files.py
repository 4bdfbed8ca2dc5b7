"""A register (or a "backup") whose schema was changed outside the program is refused.

SQLite keeps triggers and views in the file itself, and they run in whoever opens it: a
register received by mail with a trigger on ``audit_entry`` once deleted 136 of 137 values on
the next ``set``, and ``hallbar restore`` accepted such a file. Each tampered file below is
offered to every door – opening for writing, the command line (writing and reading), and
restore – and must be refused with a message while no value anywhere changes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.register import open_register

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"
SAVED = Path(__file__).resolve().parent.parent / "store" / "registers"


@pytest.fixture(scope="module")
def good_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project

    path = tmp_path_factory.mktemp("good") / "register.sqlite"
    reg = open_register(path)
    with reg.transaction() as s:
        for f in [*demo_files(), SMALL]:
            load_project(s, f, Actor("t", "load", f.name))
    reg.close()
    return path


@pytest.fixture
def good(good_template: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        shutil.copy(good_template, path)

    return make


def _sql(*statements: str) -> Callable[[Path], None]:
    def tamper(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()

    return tamper


def _cascade(path: Path) -> None:
    """The audit trail's link to its indicator rewritten so that archiving-by-delete of an
    indicator would take its history with it (the schema text only, as a hand edit would)."""
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_entry'").fetchone()[0]
    old = "REFERENCES indicator (id) ON DELETE SET NULL"
    assert old in sql, sql
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'audit_entry'",
                 (sql.replace(old, "REFERENCES indicator (id) ON DELETE CASCADE", 1),))
    conn.commit()
    conn.close()


TAMPERED: list[tuple[str, Callable[[Path], None], str]] = [
    ("trigger-deleting-values", _sql(
        "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN "
        "DELETE FROM measurement WHERE id <> (SELECT max(id) FROM measurement); END"), "trigger «wipe»"),
    ("trigger-changing-values", _sql(
        "CREATE TRIGGER twist BEFORE UPDATE ON measurement BEGIN "
        "UPDATE measurement SET value = 0 WHERE indicator_id = NEW.indicator_id; END"), "trigger «twist»"),
    ("view", _sql("CREATE VIEW alla AS SELECT * FROM measurement"), "vy «alla»"),
    ("extra-table", _sql("CREATE TABLE anteckning (id INTEGER PRIMARY KEY, text TEXT)"), "tabell «anteckning»"),
    ("extra-column", _sql("ALTER TABLE measurement ADD COLUMN hemlig TEXT"), "measurement.hemlig"),
    ("generated-column", _sql(
        "ALTER TABLE measurement ADD COLUMN dubbel REAL GENERATED ALWAYS AS (value * 2) VIRTUAL"),
     "measurement.dubbel"),
    ("extra-index", _sql("CREATE INDEX ix_egen ON measurement (comment)"), "index"),
    ("index-dropped", _sql("DROP INDEX ix_measurement_indicator_id"), "saknad"),
    ("cascading-delete", _cascade, "koppling"),
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _values(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM measurement").fetchone()[0])
    finally:
        conn.close()


def _refused(code: int, err: str, words: str) -> None:
    assert code == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "ändrats utanför" in err and words in err, err


@pytest.mark.parametrize(("case", "tamper", "words"), TAMPERED, ids=[c[0] for c in TAMPERED])
def test_a_tampered_register_is_refused_at_every_door(tmp_path: Path, capsys, tallies, good, case: str,
                                                      tamper, words: str) -> None:
    path = tmp_path / "från mejlet.sqlite"
    good(path)
    tamper(path)
    values, before = _values(path), _digest(path)
    with tallies.trial("sqlite") as trial:
        with pytest.raises(RegisterError, match="ändrats utanför"):
            open_register(path)
        for argv in (["set", "RJL", "1.2", "2022Q4", "9"], ["show", "RJL"], ["--read-only", "list"]):
            code = main(["--db", str(path), *argv])
            _refused(code, capsys.readouterr().err, words)
        trial.lost(values - _values(path))
        assert _digest(path) == before, "the tampered file was written to"


@pytest.mark.parametrize(("case", "tamper", "words"), TAMPERED, ids=[c[0] for c in TAMPERED])
def test_a_tampered_backup_is_not_restored(tmp_path: Path, capsys, tallies, good, case: str, tamper,
                                           words: str) -> None:
    register = tmp_path / "register.sqlite"
    good(register)
    backup = tmp_path / "kopia.sqlite"
    good(backup)
    tamper(backup)
    values, before = _values(register), _digest(register)
    with tallies.trial("sqlite") as trial:
        code = main(["--db", str(register), "restore", str(backup)])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, err
        assert "ändrats utanför" in err and "Välj en annan säkerhetskopia" in err and words in err, err
        trial.lost(values - _values(register))
        assert _digest(register) == before


def test_a_register_of_an_older_schema_is_checked_before_it_is_upgraded(tmp_path: Path, capsys, tallies) -> None:
    """The comparison is with what the migrations made for *its* revision; nothing is upgraded
    or backed up first."""
    from hallbar_desktop.store.backups import list_backups

    path = tmp_path / "gammalt.sqlite"
    shutil.copy(SAVED / "register_0002.sqlite", path)
    values = _values(path)
    with tallies.trial("sqlite") as trial:
        assert main(["--db", str(path), "list"]) == 0  # a saved register of that schema is fine
        capsys.readouterr()
        _sql("CREATE TRIGGER t AFTER INSERT ON audit_entry BEGIN DELETE FROM measurement; END")(path)
        before = _digest(path)
        backups_before = len(list_backups(path))
        code = main(["--db", str(path), "set", "RJL", "1.2", "2022Q4", "9"])
        _refused(code, capsys.readouterr().err, "trigger «t»")
        trial.lost(values - _values(path))
        assert _digest(path) == before and len(list_backups(path)) == backups_before


def test_every_saved_register_of_a_released_schema_passes_the_check(tmp_path: Path, good) -> None:
    from hallbar_desktop.store import schema_check

    for saved in sorted(SAVED.glob("register_*.sqlite")):
        conn = sqlite3.connect(f"file:{saved}?mode=ro&immutable=1", uri=True)
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        schema_check.check(conn, revision, saved.name)
        conn.close()
    path = tmp_path / "ny.sqlite"
    good(path)
    conn = sqlite3.connect(path)
    from hallbar_desktop.store.migrations import SCHEMA_HEAD

    schema_check.check(conn, SCHEMA_HEAD, path.name)
    conn.close()
