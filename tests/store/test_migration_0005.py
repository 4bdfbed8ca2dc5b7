"""Migration 0005 (the effect chain and the learning log): a register saved by schema 0004 upgrades
with every value, cost and audit entry intact, takes the demo's chain, follow-up values and lessons,
and downgrades cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.effect_chain import effect_chain
from hallbar_desktop.services.lessons import list_lessons
from hallbar_desktop.services.project_file import demo_files, load_project
from hallbar_desktop.store import migrations
from hallbar_desktop.store.register import open_register

SAVED = Path(__file__).parent / "registers" / "register_0004.sqlite"
NEW_TABLES = {"chain_box", "chain_link", "chain_box_indicator", "chain_box_activity", "lesson", "lesson_tag"}


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_schema_0004_register_upgrades_and_takes_the_chain_and_the_lessons(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    shutil.copy(SAVED, path)
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0004",)]
    kept = {sql: _rows(path, sql) for sql in (
        "SELECT * FROM audit_entry ORDER BY id", "SELECT * FROM measurement ORDER BY id",
        "SELECT * FROM activity ORDER BY id", "SELECT * FROM actual_cost ORDER BY id",
        "SELECT * FROM cost_line ORDER BY id", "SELECT uuid FROM register_identity")}
    assert all(kept.values())
    reg = open_register(path)
    try:
        assert set(sa.inspect(reg.engine).get_table_names()) >= NEW_TABLES
        for sql, rows in kept.items():  # the upgrade kept every row (the demo load below may edit texts)
            # (0006 adds a ``version`` column at the end of some tables: the old columns are compared)
            assert [row[:len(rows[0])] for row in _rows(path, sql)] == rows, sql
        with reg.reading() as s:  # nothing drawn or learned yet
            assert effect_chain(s, "RJL").is_empty and list_lessons(s, "RJH") == ()
        with reg.transaction() as s:  # the demo files of this version fill in the new sections
            for f in demo_files():
                load_project(s, f, Actor("test", "load", f.name))
        with reg.reading() as s:
            assert len(effect_chain(s, "RJH").boxes) == 17
            assert len(list_lessons(s, "RJL")) == 4
    finally:
        reg.close()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(migrations.SCHEMA_HEAD,)]
    assert [r[0] for r in _rows(path, "SELECT id FROM measurement ORDER BY id")][: len(kept[
        "SELECT * FROM measurement ORDER BY id"])] == [r[0] for r in kept["SELECT * FROM measurement ORDER BY id"]]
    # the follow-up values of 1.4 after the project's end came with the new demo file
    assert len(_rows(path, "SELECT m.quarter FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
                           "WHERE i.code = '1.4' AND m.quarter > '2022Q4'")) == 7


def test_0005_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "r.sqlite"
    open_register(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0004")
        assert not NEW_TABLES & set(sa.inspect(engine).get_table_names())
        assert "activity" in sa.inspect(engine).get_table_names()
        with engine.begin() as conn:
            command.upgrade(migrations.alembic_config(conn), "head")
        assert set(sa.inspect(engine).get_table_names()) >= NEW_TABLES
    finally:
        engine.dispose()
