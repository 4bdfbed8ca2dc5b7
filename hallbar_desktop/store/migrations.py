"""Applying the Alembic migrations in ``db/`` when a register is opened.

The common case, a register already at the newest schema, is answered by reading
``alembic_version`` directly so start-up does not pay for importing Alembic.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from hallbar_desktop import paths
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.engine import REGISTER_TABLES, damaged, existing_tables
from hallbar_desktop.texts import translate

#: The newest schema revision this version knows. A test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0006"
#: Every revision this version can upgrade from, oldest first.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


def alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config(str(Path(paths.migrations_dir()) / "alembic.ini"))
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    tables = existing_tables(engine)
    if "alembic_version" not in tables:
        if tables & REGISTER_TABLES or (tables - {"sqlite_sequence"}):
            raise RegisterError(
                translate("Register", "Databasen är inget register för Hållbar Desktop (den innehåller andra "
                                      "tabeller). Öppna en annan fil eller skapa ett nytt register.")
            )
        return None
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError as exc:
        raise damaged(engine, exc) from exc
    return rows[0] if rows else None


def upgrade(engine: Engine) -> str | None:
    """Bring the register to the newest schema; returns the revision it had before.

    Raises RegisterError for a register written by a newer version of the application.
    """
    before = current_revision(engine)
    if before == SCHEMA_HEAD:
        return before
    if before is not None and before not in KNOWN_REVISIONS:
        raise RegisterError(
            translate("Register", "Registret är skapat av en nyare version av Hållbar Desktop och kan inte öppnas "
                                  "med den här versionen. Uppdatera programmet eller öppna en annan fil.")
        )
    from alembic import command

    try:
        with engine.connect() as conn, _one_transaction(conn):
            command.upgrade(alembic_config(conn), "head")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege: not the owner
            raise _upgrade_refused(engine) from exc
        raise damaged(engine, exc) from exc
    return before


def _upgrade_refused(engine: Engine) -> RegisterError:
    """A register on a server at an older schema, opened by a user who may not change its tables."""
    where = engine.url.render_as_string(hide_password=True)
    user = engine.url.username or ""
    return RegisterError(
        translate("Register", "Registret på {where} är gjort av en äldre version av Hållbar Desktop och behöver "
                              "uppdateras, men du{user} får inte ändra registrets tabeller. Inget har ändrats. Be "
                              "registrets administratör uppdatera det (hallbar --db … init) och öppna det sedan "
                              "igen.").format(where=where, user=f" ({user})" if user else "")
    )


@contextmanager
def _one_transaction(conn: Connection) -> Iterator[None]:
    """All of an upgrade in one transaction: done whole or not at all.

    Python's sqlite3 module opens a transaction before INSERT/UPDATE/DELETE only, so each of a
    migration's CREATE, ALTER and DROP statements would otherwise commit on its own (and wait
    for the disk, ``synchronous=FULL``): a crash half-way would leave half a schema. Here the
    driver's own transaction handling is switched off and the transaction begun explicitly, as
    SQLAlchemy's documentation describes for pysqlite. PostgreSQL's DDL is transactional already.
    """
    if conn.dialect.name != "sqlite":
        with conn.begin():
            yield
        return
    raw = conn.connection.driver_connection
    previous = raw.isolation_level  # type: ignore[union-attr]
    raw.isolation_level = None  # type: ignore[union-attr]
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            raw.rollback()  # type: ignore[union-attr]
            raise
        raw.commit()  # type: ignore[union-attr]
    finally:
        conn.rollback()  # SQLAlchemy's own (empty) transaction, begun by the first statement
        raw.isolation_level = previous  # type: ignore[union-attr]
