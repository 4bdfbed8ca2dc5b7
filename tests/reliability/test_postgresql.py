"""A shared register on PostgreSQL: the same migrations and services, and a connection that drops.

The server is the throwaway one from ``conftest.py`` (skipped, with the reason in the summary,
where none can start).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.cli import main
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store import migrations
from hallbar_desktop.store.register import open_register

pytestmark = pytest.mark.usefixtures("pg_server")


def test_migrations_run_one_by_one_and_match_the_models(pg_server) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from hallbar_desktop.store.models import Base

    url = pg_server.new_database()
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    script = ScriptDirectory.from_config(migrations.alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    for revision in revisions:
        with engine.begin() as conn:
            command.upgrade(migrations.alembic_config(conn), revision)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == revision
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_the_demo_reads_the_same_on_postgresql_as_on_sqlite(pg_server, tmp_path: Path, fill_register) -> None:
    """Services give identical results on both databases: grids, status, roll-ups, catalogue."""
    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.grid import project_grid

    registers = [open_register(tmp_path / "r.sqlite"), open_register(pg_server.new_database())]
    for reg in registers:
        fill_register(reg)
    results = []
    for reg in registers:
        with reg.reading() as s:
            results.append((
                list_projects(s),
                [project_grid(s, code, today=date(2023, 1, 15))
                 for code in ("RJL", "RJH", "TEST")],
            ))
        reg.close()
    # Only the moments of loading differ (entered_at, created_at), and who entered the values: on a
    # server the database user (migration 0006), in a file the login name; everything else is equal.
    stamp = re.compile(r"datetime\.datetime\([^)]*\)|entered_by='[^']*'")
    assert stamp.sub("T", repr(results[0])) == stamp.sub("T", repr(results[1]))


def test_the_command_works_against_the_server(pg_server, capsys) -> None:
    url = pg_server.new_database()
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "set", "RJL", "1.2", "2022Q4", "9", "--comment", "Nya avtal."]) == 0
    capsys.readouterr()
    assert main(["--db", url, "history", "RJL", "1.2", "2022Q4"]) == 0
    assert "Nya avtal." in capsys.readouterr().out
    assert main(["--db", url, "backups"]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_a_connection_dropped_mid_edit_writes_nothing_and_says_so(pg_server, tallies, filled_db,
                                                                  checksum: Callable[[sa.Engine], str]) -> None:
    """The server ends the session in the middle of a user action (network gone, server
    restarted): the user gets a clear message, not one of the values of that action is stored,
    and the next action works on a fresh connection."""
    url = filled_db("postgresql")
    reg = open_register(url)
    before = checksum(reg.engine)
    with pytest.raises(RegisterError) as caught, reg.transaction() as s:
        project = get_project(s, "TEST")
        for code, text in (("1.2", "11"), ("2.1", "250 000")):
            ind = get_indicator(s, project, code)
            record_value(s, ind, "2022Q3", validated_input(ind, text=text), Actor("test", "window"))
        s.flush()
        assert pg_server.terminate_backends(url) >= 1
    message = str(caught.value)
    assert "bröts" in message and "inget av den har skrivits" in message
    assert checksum(reg.engine) == before
    tallies.bad_input("postgresql", checksum(reg.engine) == before)

    with reg.transaction() as s:  # the pool notices the dead connection and opens a new one
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2022Q3", validated_input(ind, text="11"), Actor("test", "window"))
    with reg.reading() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        assert [m.value for m in ind.measurements if m.quarter == "2022Q3"] == [11.0]
    reg.close()


def test_a_connection_dropped_between_edits_is_replaced_silently(pg_server, filled_db) -> None:
    url = filled_db("postgresql")
    reg = open_register(url)
    pg_server.terminate_backends(url)
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2022Q2", validated_input(ind, text="4"), Actor("test", "window"))
    reg.close()


def test_read_only_on_the_server_refuses_changes_clearly(pg_server, filled_db,
                                                         checksum: Callable[[sa.Engine], str]) -> None:
    url = filled_db("postgresql")
    writer = open_register(url)
    before = checksum(writer.engine)
    reader = open_register(url, read_only=True)
    with pytest.raises(RegisterError, match="skrivskyddat"), reader.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2022Q2", validated_input(ind, text="4"), Actor("test", "window"))
    assert checksum(writer.engine) == before
    reader.close()
    writer.close()


def _execute(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


@pytest.mark.parametrize(
    ("prepare", "words"),
    [
        (["CREATE TABLE kunder (id serial PRIMARY KEY, namn text)"], "inget register"),
        (None, "nyare version"),
    ],
    ids=["database-of-another-program", "newer-version"],
)
def test_a_foreign_or_newer_database_is_refused_and_untouched(pg_server, tallies, prepare, words: str,
                                                              checksum: Callable[[sa.Engine], str]) -> None:
    url = pg_server.new_database()
    if prepare is None:
        open_register(url).close()
        _execute(url, "UPDATE alembic_version SET version_num = '9999'")
    else:
        _execute(url, *prepare)
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    before = checksum(engine)
    with pytest.raises(RegisterError, match=words):
        open_register(url)
    unchanged = checksum(engine) == before
    engine.dispose()
    tallies.bad_input("postgresql", unchanged)
    assert unchanged


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://hallbar@127.0.0.1:1/hallbar", "kan inte nås"),
        ("postgresql://hallbar@127.0.0.1:{port}/finns_inte", "kan inte nås"),
        ("postgresql://hallbar@127.0.0.1:notaport/x", "giltig"),
    ],
    ids=["nobody-listening", "no-such-database", "malformed-url"],
)
def test_a_server_that_cannot_be_reached_gives_a_message_not_a_traceback(pg_server, capsys, url: str,
                                                                         words: str) -> None:
    port = pg_server.admin_url.rsplit(":", 1)[1].split("/")[0]
    code = main(["--db", url.format(port=port), "list"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("hallbar: fel: ") and "Traceback" not in err, err
    assert words in err
    assert "secret" not in err


def test_the_environment_variable_points_at_the_server(pg_server, monkeypatch, capsys) -> None:
    url = pg_server.new_database()
    monkeypatch.setenv("HALLBAR_DB", url)
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["list"]) == 0
    assert "RJL" in capsys.readouterr().out


