"""Opening registers: new files, pragmas, the schema head, and files that are not registers."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store import migrations
from hallbar_desktop.store.register import open_register


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_register_is_created_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ny.sqlite"
    reg = open_register(path)
    assert path.exists()
    with reg.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            migrations.SCHEMA_HEAD
        )
    reg.close()


def test_schema_head_constant_matches_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_current_head() == migrations.SCHEMA_HEAD
    revisions = [r.revision for r in script.walk_revisions()]
    assert sorted(revisions) == sorted(migrations.KNOWN_REVISIONS)


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """What ``alembic check`` does: autogenerate finds nothing to change after upgrade."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from hallbar_desktop.store.models import Base

    reg = open_register(tmp_path / "x.sqlite")
    with reg.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    reg.close()


def test_existing_register_is_reopened_without_migrating(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    open_register(path).close()
    reg = open_register(path)
    assert reg.previous_revision == migrations.SCHEMA_HEAD
    reg.close()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"hello, this is a text file\n" * 40, "inte en SQLite-databas"),
        (bytes(range(256)) * 20, "inte en SQLite-databas"),
    ],
)
def test_foreign_file_is_refused_and_untouched(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "fel.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(RegisterError, match=words):
        open_register(path)
    assert digest(path) == before


def test_sqlite_file_of_another_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(RegisterError, match="inget register"):
        open_register(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_truncated_register_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    open_register(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(RegisterError, match="skadat"):
        open_register(path)


def test_register_from_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    open_register(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(RegisterError, match="nyare version"):
        open_register(path)
    assert digest(path) == before


def test_missing_register_is_not_created_when_not_asked(tmp_path: Path) -> None:
    path = tmp_path / "saknas.sqlite"
    with pytest.raises(RegisterError, match="inget register"):
        open_register(path, create=False)
    assert not path.exists()


def test_environment_variable_names_the_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hallbar_desktop.store.engine import resolve_location

    monkeypatch.setenv("HALLBAR_DB", str(tmp_path / "env.sqlite"))
    assert resolve_location(None).path == tmp_path / "env.sqlite"
    assert resolve_location(str(tmp_path / "arg.sqlite")).path == tmp_path / "arg.sqlite"
    pg = resolve_location("postgresql://user:secret@server/hallbar")
    assert pg.path is None and pg.url.startswith("postgresql+psycopg://")
    assert "secret" not in pg.display()


def test_each_register_has_its_own_identity_and_a_copy_keeps_it(tmp_path: Path) -> None:
    """Two registers made the same way differ; a copy of the file is the same register;
    a register of the previous schema gets an identity when it is upgraded."""
    import shutil

    from hallbar_desktop.store.identity import register_uuid

    def uuid_of(path: Path) -> str:
        reg = open_register(path)
        try:
            with reg.connection() as conn:
                return register_uuid(conn)
        finally:
            reg.close()

    first, second = uuid_of(tmp_path / "a.sqlite"), uuid_of(tmp_path / "b.sqlite")
    assert first != second and len(first) == 36
    shutil.copy(tmp_path / "a.sqlite", tmp_path / "kopia.sqlite")
    assert uuid_of(tmp_path / "kopia.sqlite") == first
    old = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parent / "registers" / "register_0002.sqlite", old)
    upgraded = uuid_of(old)
    assert len(upgraded) == 36 and upgraded not in (first, second)
