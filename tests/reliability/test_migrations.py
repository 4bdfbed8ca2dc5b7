"""Migrations: ``alembic check`` as CI runs it, every saved register upgraded intact, a backup first.

``tests/store/registers/register_<revision>.sqlite`` is a register saved by each released schema
(with values); opening one upgrades it to the newest schema after a backup of the old file.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store import backups, migrations
from hallbar_desktop.store.register import open_register

SAVED = sorted((Path(__file__).parent.parent / "store" / "registers").glob("register_*.sqlite"))
ALEMBIC_INI = paths.migrations_dir() / "alembic.ini"


def run_alembic(url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(ALEMBIC_INI), "-x", f"url={url}", *args],
        capture_output=True, text=True, timeout=120, cwd=paths.data_root(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def test_alembic_check_on_sqlite(tmp_path: Path) -> None:
    """The command CI shows: models and migrations agree (nothing to autogenerate)."""
    url = f"sqlite:///{tmp_path / 'check.sqlite'}"
    run_alembic(url, "upgrade", "head")
    assert "No new upgrade operations detected" in run_alembic(url, "check")


def test_alembic_check_on_postgresql(pg_server) -> None:
    url = pg_server.new_database().replace("postgresql://", "postgresql+psycopg://")
    run_alembic(url, "upgrade", "head")
    assert "No new upgrade operations detected" in run_alembic(url, "check")


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _values(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT p.code, i.code, m.quarter, m.value, m.numerator, m.denominator, m.women, m.men, m.other, "
            "m.reached_on, m.comment FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
            "JOIN project p ON p.id = i.project_id ORDER BY 1, 2, 3").fetchall()
    finally:
        conn.close()


def test_every_released_schema_has_a_saved_register() -> None:
    saved = {_revision(p) for p in SAVED}
    released = set(migrations.KNOWN_REVISIONS) - {migrations.SCHEMA_HEAD}
    assert saved <= set(migrations.KNOWN_REVISIONS), "a saved register of a revision this version does not know"
    assert released <= saved, f"no saved register for {sorted(released - saved)}: add tests/store/registers/"
    assert migrations.KNOWN_REVISIONS[0] in saved


@pytest.mark.parametrize("saved", SAVED, ids=[p.name for p in SAVED])
def test_a_saved_register_opens_with_every_value_intact(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / saved.name
    shutil.copy(saved, path)
    old_revision, old_values = _revision(path), _values(path)
    assert old_values, "the saved register should hold values"
    reg = open_register(path)
    reg.close()
    assert _revision(path) == migrations.SCHEMA_HEAD
    assert _values(path) == old_values
    if old_revision != migrations.SCHEMA_HEAD:
        made = [e for e in backups.list_backups(path) if e.reason is backups.BackupReason.BEFORE_UPGRADE]
        assert len(made) == 1 and _revision(made[0].path) == old_revision
        assert _values(made[0].path) == old_values


def _pretend_a_newer_schema(monkeypatch: pytest.MonkeyPatch, calls: list[str]) -> None:
    """This version knows '0001' and a pretend head '0002' whose migration only records the call."""
    monkeypatch.setattr(migrations, "SCHEMA_HEAD", "0002")
    monkeypatch.setattr(migrations, "KNOWN_REVISIONS", ("0001", "0002"))

    def upgrade(engine):  # type: ignore[no-untyped-def]
        calls.append("upgrade")
        return "0001"

    monkeypatch.setattr(migrations, "upgrade", upgrade)


def test_a_backup_is_made_before_a_migration_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gammal.sqlite"
    shutil.copy(SAVED[0], path)
    calls: list[str] = []
    _pretend_a_newer_schema(monkeypatch, calls)
    real_make = backups.make_backup

    def make(register, reason, policy=None):  # type: ignore[no-untyped-def]
        calls.append(f"backup:{reason.value}")
        return real_make(register, reason, policy)

    monkeypatch.setattr(backups, "make_backup", make)
    open_register(path).close()
    assert calls == ["backup:before-upgrade", "upgrade"]
    made = backups.list_backups(path)
    assert [e.reason for e in made] == [backups.BackupReason.BEFORE_UPGRADE]
    assert _values(made[0].path) == _values(SAVED[0])


def test_no_migration_without_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gammal.sqlite"
    shutil.copy(SAVED[0], path)
    before = path.read_bytes()
    calls: list[str] = []
    _pretend_a_newer_schema(monkeypatch, calls)

    def broken(register, reason, policy=None):  # type: ignore[no-untyped-def]
        raise RegisterError("Disken är full.")

    monkeypatch.setattr(backups, "make_backup", broken)
    with pytest.raises(RegisterError, match="säkerhetskopian före uppdateringen kunde inte göras"):
        open_register(path)
    assert calls == [] and path.read_bytes() == before
    assert not Path(str(path) + ".lock").exists()


def _schema(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def test_an_upgrade_that_fails_half_way_leaves_the_register_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The migrations run in one transaction: the schema, revision and values are all as before.

    0002 and 0003 run; 0004 stops when the disk fills up at one of its tables. Without one
    transaction the tables made before it stayed behind (each CREATE committed on its own).
    """
    from alembic.ddl.impl import DefaultImpl
    from sqlalchemy.exc import OperationalError

    path = tmp_path / "gammal.sqlite"
    shutil.copy(SAVED[0], path)
    schema, values = _schema(path), _values(path)
    real_create = DefaultImpl.create_table

    def create_table(self, table):  # type: ignore[no-untyped-def]
        if table.name == "activity_report":
            raise OperationalError("CREATE TABLE activity_report", {},
                                   sqlite3.OperationalError("database or disk is full"))
        return real_create(self, table)

    monkeypatch.setattr(DefaultImpl, "create_table", create_table)
    with pytest.raises(RegisterError):
        open_register(path)
    assert _schema(path) == schema
    assert _revision(path) == migrations.KNOWN_REVISIONS[0]
    assert _values(path) == values
    assert not Path(str(path) + ".lock").exists()
    monkeypatch.undo()
    open_register(path).close()  # and the next try upgrades it whole
    assert _revision(path) == migrations.SCHEMA_HEAD and _values(path) == values
