"""Opening a register: where it is, the engine with its pragmas, and a schema check.

A register is a SQLite file (the default, one per laptop) or a PostgreSQL database named by a
URL. Opening one never writes to a file that is not a register: the header and the tables are
checked first, and migrations run only on a register this version knows.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from hallbar_desktop import paths
from hallbar_desktop.errors import RegisterError

SQLITE_HEADER = b"SQLite format 3\x00"
REGISTER_TABLES = {"project", "focus_area", "indicator", "measurement", "audit_entry"}


@dataclass(frozen=True)
class Location:
    """Where a register lives: a SQLite file path or a server URL."""

    url: str
    path: Path | None  # set for SQLite files

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)


def resolve_location(db: str | os.PathLike[str] | None = None) -> Location:
    """``--db`` first, then ``HALLBAR_DB``, then the user's data directory."""
    raw = os.fspath(db) if db is not None else os.environ.get(paths.DB_ENV_VAR)
    if not raw:
        path = paths.default_register_path()
        return Location(f"sqlite:///{path}", path)
    if "://" in raw:
        if raw.startswith("sqlite:///"):
            path = Path(raw.removeprefix("sqlite:///")).expanduser()
            return Location(f"sqlite:///{path}", path)
        if raw.startswith(("postgresql://", "postgres://")):
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return Location(raw, None)
    path = Path(raw).expanduser().resolve()
    return Location(f"sqlite:///{path}", path)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a value whose write has returned survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def create_register_engine(location: Location, *, read_only: bool = False) -> Engine:
    if location.is_sqlite:
        assert location.path is not None
        if read_only:
            uri = f"file:{location.path.as_posix()}?mode=ro"
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            )
        else:
            engine = create_engine(location.url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    try:
        return create_engine(location.url, pool_pre_ping=True)
    except ImportError as exc:
        raise RegisterError(
            f"Programmet saknar drivrutin för {location.display()} ({exc.name}). "
            "Installera PostgreSQL-stödet (paketet psycopg) eller öppna en registerfil."
        ) from exc
    except ArgumentError as exc:
        raise RegisterError(f"«{location.display()}» är ingen giltig databasadress.") from exc


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing, a file that is not a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise RegisterError(f"{path} är en mapp, inte en registerfil. Välj en fil.")
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new register
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RegisterError(f"Filen {path} kan inte läsas: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise RegisterError(
            f"Filen {path.name} är inget register för Hållbar Desktop (det är inte en "
            "SQLite-databas). Öppna en annan fil eller återställ en säkerhetskopia."
        )
    if size < 512 or size % 512:
        raise RegisterError(
            f"Registret {path.name} är skadat (filen är avkortad). "
            "Återställ en säkerhetskopia eller öppna en annan fil."
        )


def existing_tables(engine: Engine) -> set[str]:
    from sqlalchemy import inspect

    try:
        return set(inspect(engine).get_table_names())
    except DBAPIError as exc:
        raise damaged(engine, exc) from exc


def damaged(engine: Engine, exc: BaseException) -> RegisterError:
    name = engine.url.database or str(engine.url)
    return RegisterError(
        f"Registret {Path(name).name} är skadat och kan inte öppnas ({_short(exc)}). "
        "Återställ en säkerhetskopia eller öppna en annan fil."
    )


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def ping(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise damaged(engine, exc) from exc
