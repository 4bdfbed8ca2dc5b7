"""The one way to open a register: checked, migrated, with a session per user action."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store import migrations
from hallbar_desktop.store.engine import (
    REGISTER_TABLES,
    Location,
    check_sqlite_file,
    create_register_engine,
    resolve_location,
)


@dataclass
class Register:
    location: Location
    engine: Engine
    read_only: bool = False
    previous_revision: str | None = field(default=None)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def display_name(self) -> str:
        return self.location.display()


def inspect_sqlite_revision(path: Path) -> str | None:
    """Read the schema revision of an existing file without writing a byte to it."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise RegisterError(f"Registret {path.name} kan inte öppnas: {exc}.") from exc
    try:
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise RegisterError(
                    f"Filen {path.name} är en databas men inget register för Hållbar Desktop. "
                    "Öppna en annan fil eller skapa ett nytt register."
                )
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = rows[0][0] if rows else None
        if revision in migrations.KNOWN_REVISIONS and not tables >= REGISTER_TABLES:
            raise RegisterError(
                f"Registret {path.name} är skadat (tabeller saknas). "
                "Återställ en säkerhetskopia eller öppna en annan fil."
            )
        return revision
    except sqlite3.DatabaseError as exc:
        raise RegisterError(
            f"Registret {path.name} är skadat och kan inte öppnas ({exc}). "
            "Återställ en säkerhetskopia eller öppna en annan fil."
        ) from exc
    finally:
        conn.close()


def open_register(
    db: str | Path | None = None, *, create: bool = True, read_only: bool = False
) -> Register:
    """Open (and where allowed create and migrate) the register at ``db``.

    Nothing is written to a file that turns out not to be a register of a version we know.
    """
    location = resolve_location(db)
    if location.path is not None:
        path = location.path
        check_sqlite_file(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and (not create or read_only):
            raise RegisterError(f"Det finns inget register i {path}.")
        revision = inspect_sqlite_revision(path) if exists else None
        if revision is not None and revision not in migrations.KNOWN_REVISIONS:
            raise RegisterError(
                f"Registret {path.name} är skapat av en nyare version av Hållbar Desktop och "
                "kan inte öppnas med den här versionen. Uppdatera programmet eller öppna en "
                "annan fil."
            )
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RegisterError(
                    f"Mappen {path.parent} kan inte skapas: {exc.strerror}."
                ) from exc
        if read_only and revision != migrations.SCHEMA_HEAD:
            raise RegisterError(
                f"Registret {path.name} behöver uppdateras till den nya versionen och kan "
                "därför inte öppnas skrivskyddat."
            )
    engine = create_register_engine(location, read_only=read_only)
    previous = None
    if not read_only:
        previous = migrations.upgrade(engine)
    return Register(location=location, engine=engine, read_only=read_only,
                    previous_revision=previous)
