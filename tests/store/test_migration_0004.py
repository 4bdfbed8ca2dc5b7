"""Migration 0004 (activities and economy): a register saved by schema 0003 upgrades with every
value and every audit entry intact, takes the new plan and economy, and downgrades cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlalchemy as sa

from hallbar_desktop.services.activities import activity_plan
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.economy_follow_up import economy_follow_up
from hallbar_desktop.services.project_file import demo_files, load_project
from hallbar_desktop.store import migrations
from hallbar_desktop.store.register import open_register

SAVED = Path(__file__).parent / "registers" / "register_0003.sqlite"
NEW_TABLES = {"activity", "activity_indicator", "activity_report", "period_report", "economy_setting", "budget_line",
              "financier", "financing_line", "financing_paid", "actual_cost", "cost_line", "account_mapping"}


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_schema_0003_register_upgrades_and_takes_the_plan_and_economy(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    shutil.copy(SAVED, path)
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0003",)]
    audit = _rows(path, "SELECT * FROM audit_entry ORDER BY id")
    identity = _rows(path, "SELECT uuid FROM register_identity")
    reg = open_register(path)
    try:
        tables = set(sa.inspect(reg.engine).get_table_names())
        assert tables >= NEW_TABLES
        with reg.reading() as s:  # nothing planned yet: an empty plan, no budget, nothing to judge
            assert activity_plan(s, "RJH").activities == ()
            assert not economy_follow_up(s, "RJH").has_budget
        with reg.transaction() as s:  # the demo files of this version fill in the new sections
            for f in demo_files():
                load_project(s, f, Actor("test", "load", f.name))
        with reg.reading() as s:
            assert len(activity_plan(s, "RJH").activities) == 12
            assert economy_follow_up(s, "RJL").total.budget == 8_000_000
    finally:
        reg.close()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [(migrations.SCHEMA_HEAD,)]
    assert _rows(path, "SELECT * FROM audit_entry ORDER BY id")[: len(audit)] == audit
    assert _rows(path, "SELECT uuid FROM register_identity") == identity


def test_0004_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "r.sqlite"
    open_register(path).close()
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0003")
        assert not NEW_TABLES & set(sa.inspect(engine).get_table_names())
        with engine.begin() as conn:
            command.upgrade(migrations.alembic_config(conn), "head")
        assert set(sa.inspect(engine).get_table_names()) >= NEW_TABLES
    finally:
        engine.dispose()
