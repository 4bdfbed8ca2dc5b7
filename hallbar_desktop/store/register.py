"""The one way to open a register: checked, migrated, with a session per user action."""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store import migrations
from hallbar_desktop.store.backups import BackupPolicy
from hallbar_desktop.store.engine import (
    REGISTER_TABLES,
    Location,
    check_path_length,
    check_sqlite_file,
    create_register_engine,
    inspection_uri,
    resolve_location,
    translate_errors,
)
from hallbar_desktop.store.lock import RegisterLock
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class RegisterMissing(RegisterError):
    """There is no register file at the path; only creating one (``init``, New) makes it."""

    def __init__(self, path: Path) -> None:
        super().__init__(translate("Register", "Det finns inget register i {path}.").format(path=path))
        self.path = path


class RegisterNeedsUpgrade(RegisterError):
    """A reader met a register of an older schema: only a writer may migrate it."""

    def __init__(self, name: str) -> None:
        super().__init__(
            translate("Register", "Registret {name} behöver uppdateras till den nya versionen och kan därför inte "
                                  "öppnas skrivskyddat.").format(name=name)
        )


@dataclass
class Register:
    location: Location
    engine: Engine
    read_only: bool = False
    previous_revision: str | None = field(default=None)
    #: This process's share of the write lock of a register file (None: read-only or a server).
    lock: RegisterLock | None = field(default=None, repr=False)
    #: The automatic backup made when this register was opened, if one was due.
    backup: Path | None = None

    def __post_init__(self) -> None:
        if self.lock is not None:
            # An in-process command that forgets to close still gives the lock back.
            weakref.finalize(self, self.lock.release)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        from sqlalchemy.orm import Session  # the ORM loads on first use (see store.tables)

        if self.lock is not None:
            self.lock.check()
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with translate_errors(self.location, changing=True), \
                    Session(self.engine, expire_on_commit=False) as session, \
                    session.begin():
                yield session
        except StaleDataError as exc:
            # A row's version (migration 0006) moved on since it was read here: someone else saved
            # it in between (or, on a server, the row is not one this user may change).
            from hallbar_desktop.errors import Conflict

            raise Conflict(
                translate("Register", "Någon annan ändrade samma uppgift medan du arbetade med den, så din ändring "
                                      "sparades inte (inget skrevs över). Läs in registret igen (F5) och gör "
                                      "ändringen på nytt.")
            ) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with translate_errors(self.location), Session(self.engine) as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """Plain reading without the ORM: what the window's first frame reads (store.tables)."""
        with translate_errors(self.location), self.engine.connect() as conn:
            yield conn

    def user(self) -> str:
        """Who this register knows the user as: the database user on a server (the audit trail
        records it there), the login name for a file."""
        if self.location.is_sqlite:
            import getpass

            try:
                return getpass.getuser()
            except (KeyError, OSError):
                return "okänd"
        from sqlalchemy import text

        with self.connection() as conn:
            return str(conn.execute(text("SELECT session_user")).scalar_one())

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def display_name(self) -> str:
        return self.location.display()


def inspect_sqlite_revision(path: Path) -> str | None:
    """Read the schema revision of an existing file without writing a byte to it."""
    try:
        conn = sqlite3.connect(inspection_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise RegisterError(translate("Register", "Registret {name} kan inte öppnas: {exc}.").format(
                                name=path.name, exc=exc)) from exc
    try:
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise RegisterError(
                    translate("Register", "Filen {name} är en databas men inget register för Hållbar Desktop. Öppna "
                                          "en annan fil eller skapa ett nytt register.").format(name=path.name)
                )
            return None
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = rows[0][0] if rows else None
        if revision in migrations.KNOWN_REVISIONS and not tables >= REGISTER_TABLES:
            raise RegisterError(
                translate("Register", "Registret {name} är skadat (tabeller saknas). Återställ en säkerhetskopia "
                                      "eller öppna en annan fil.").format(name=path.name)
            )
        if revision in migrations.KNOWN_REVISIONS:
            from hallbar_desktop.store import schema_check

            schema_check.check(conn, revision, path.name)
        return revision
    except sqlite3.DatabaseError as exc:
        from hallbar_desktop.store.engine import sqlite_problem

        # Reading the schema fails on a damaged file; a full or failing disk is told apart.
        raise sqlite_problem(path.name, exc, unknown_is_damage=True) from exc
    finally:
        conn.close()


def check_register_file(path: Path) -> str | None:
    """What a reader checks before it reads a register file: it is there, it is a register of
    a version this program knows; its schema revision. Writes nothing."""
    check_path_length(path)
    check_sqlite_file(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise RegisterMissing(path)
    revision = inspect_sqlite_revision(path)
    if revision is not None and revision not in migrations.KNOWN_REVISIONS:
        raise RegisterError(
            translate("Register", "Registret {name} är skapat av en nyare version av Hållbar Desktop och kan inte "
                                  "öppnas med den här versionen. Uppdatera programmet eller öppna en annan "
                                  "fil.").format(
                name=path.name)
        )
    return revision


def open_register(
    db: str | Path | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_policy: BackupPolicy | None = None,
) -> Register:
    """Open (and where allowed create and migrate) the register at ``db``.

    Nothing is written to a file that turns out not to be a register of a version we know.
    A writer of a register file takes its lock (``RegisterLocked`` if another instance has it:
    the caller may offer ``read_only=True``) and gets the automatic backup that is due: the
    first of the day, or the one before a migration.
    """
    revision: str | None = None
    location = resolve_location(db)
    if location.path is not None:
        path = location.path
        check_path_length(path)
        check_sqlite_file(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and (not create or read_only):
            raise RegisterMissing(path)
        revision = check_register_file(path) if exists else None
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RegisterError(
                    translate("Register", "Mappen {parent} kan inte skapas: {strerror}.").format(
                        parent=path.parent, strerror=exc.strerror)
                ) from exc
        if read_only and revision != migrations.SCHEMA_HEAD:
            raise RegisterNeedsUpgrade(path.name)
    lock: RegisterLock | None = None
    backup: Path | None = None
    if location.path is not None and not read_only:
        from hallbar_desktop.store import backups
        from hallbar_desktop.store import lock as locks

        lock = locks.acquire(location.path)
        try:
            # Under the lock, so the copy is of what this writer is about to change.
            backup = backups.auto_backup_on_open(
                location.path, revision, migrations.SCHEMA_HEAD, backup_policy
            )
        except BaseException:
            lock.release()
            raise
    try:
        engine = create_register_engine(location, read_only=read_only)
        previous = None
        if not read_only:
            previous = migrations.upgrade(engine)
        elif location.path is None and migrations.current_revision(engine) != migrations.SCHEMA_HEAD:
            engine.dispose()
            raise RegisterNeedsUpgrade(location.display())
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return Register(location=location, engine=engine, read_only=read_only,
                    previous_revision=previous, lock=lock, backup=backup)
