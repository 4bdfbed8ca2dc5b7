"""Opening a register: where it is, the engine with its pragmas, and a schema check.

A register is a SQLite file (the default, one per laptop) or a PostgreSQL database named by a
URL. Opening one never writes to a file that is not a register: the header and the tables are
checked first, and migrations run only on a register this version knows.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from hallbar_desktop import paths
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.texts import translate

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


#: SQLite's Unix file layer opens no file whose full path is longer than 512 bytes, and it
#: adds up to 8 (``-journal``) for the files beside a register.
MAX_SQLITE_PATH_BYTES = 504

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_KNOWN_SCHEMES = ("sqlite", "postgresql", "postgres")


def resolve_location(db: str | os.PathLike[str] | None = None) -> Location:
    """``--db`` first, then ``HALLBAR_DB``, then the user's data directory.

    Anything that is not a database URL (``postgresql://…``, ``sqlite:///…``) is a file path,
    taken literally whatever characters it holds.
    """
    raw = os.fspath(db) if db is not None else os.environ.get(paths.DB_ENV_VAR)
    if not raw:
        return file_location(paths.default_register_path())
    scheme = _URL_SCHEME.match(raw)
    if scheme and scheme.group(1).split("+")[0].lower() in _KNOWN_SCHEMES:
        if raw.startswith("sqlite:///"):
            return file_location(Path(raw.removeprefix("sqlite:///")))
        if raw.startswith(("postgresql://", "postgres://")):
            raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
        return Location(raw, None)
    return file_location(Path(raw))


def file_location(path: Path) -> Location:
    path = path.expanduser().resolve()
    return Location(sqlite_url(path).render_as_string(), path)


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a register file, built from its parts.

    A URL string (``f"sqlite:///{path}"``) would read ``%20`` in a file name as a space, and
    ``?`` or ``#`` as the start of options: the engine would open another file than the one
    whose lock is held.
    """
    return URL.create("sqlite", database=os.fspath(path))


def sqlite_uri(path: Path, **params: str) -> str:
    """A SQLite ``file:`` URI for ``path`` with ``params`` (``mode="ro"``, ``immutable="1"``).

    Every character of the path that URI syntax gives a meaning (``%``, ``?``, ``#``, spaces,
    letters outside ASCII) is percent-encoded, so SQLite opens exactly that file.
    """
    posix = Path(path).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # a Windows drive: file:///C:/...
    uri = "file://" + quote(posix, safe="/:")
    if params:
        uri += "?" + urlencode(params)
    return uri


def check_path_length(path: Path) -> None:
    """Refuse a register path SQLite cannot open, before anything is created."""
    size = len(os.fsencode(path))
    if size > MAX_SQLITE_PATH_BYTES:
        raise RegisterError(
            translate("Register", "Sökvägen till registret är för lång ({size} byte; databasen klarar högst "
                                  "{limit}). Flytta registret till en mapp med kortare sökväg eller "
                                  "ge det ett kortare namn.").format(
                size=size, limit=MAX_SQLITE_PATH_BYTES)
        )


def reader_uri(path: Path) -> str:
    """How a reader opens a register file without writing to it.

    A read-only connection shares the ``-wal`` and ``-shm`` of a writer beside it (the window),
    so it sees every committed value. In a folder it may not write to (a read-only share)
    SQLite cannot make the ``-shm`` a reader needs; when no writer has the file open there
    (no ``-wal``) nothing can change under the reader there either, and the file is read as
    immutable.
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() and not os.access(path.parent, os.W_OK):
        return sqlite_uri(path, mode="ro", immutable="1")
    return sqlite_uri(path, mode="ro")


def inspection_uri(path: Path) -> str:
    """A URI to look into a SQLite file for a moment without leaving anything behind.

    A read-only connection to a file in WAL mode creates ``-wal`` and ``-shm`` next to it. When
    no ``-wal`` exists nobody has the file open, and ``immutable=1`` reads it without them; with
    one, the reader must see it (it may hold the newest transactions) and shares it.
    """
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        return sqlite_uri(path, mode="ro")
    return sqlite_uri(path, mode="ro", immutable="1")


def _unicode_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLite's own lower() folds ASCII only: «MÅNGA» would never match «många». Codes and names
    # are compared case-blind with lower() on both sides, so lower() folds as Python (and
    # PostgreSQL) do: every such comparison in the services, at one place (for readers too).
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a value whose write has returned survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _on_sqlite_read_connect(dbapi_connection: Any, _record: Any) -> None:
    """A reader sets nothing that would write (the journal mode is the writer's business)."""
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_register_engine(location: Location, *, read_only: bool = False) -> Engine:
    if location.is_sqlite:
        assert location.path is not None
        path = location.path
        if read_only:
            engine = create_engine(
                sqlite_url(path),
                creator=lambda: sqlite3.connect(reader_uri(path), uri=True, check_same_thread=False),
            )
            event.listen(engine, "connect", _on_sqlite_read_connect)
        else:
            engine = create_engine(sqlite_url(path), connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    connect_args: dict[str, Any] = {}
    psycopg = location.url.startswith("postgresql+psycopg")
    if psycopg:
        # A server that does not answer gives a message within seconds, never a hang (server.py).
        from hallbar_desktop.store import server

        timeout = server.timeout_seconds()
        connect_args = server.connect_args(read_only=read_only, timeout=timeout)
    try:
        engine = create_engine(location.url, pool_pre_ping=True, connect_args=connect_args)
        if psycopg:
            server.guard(engine, timeout)
        return engine
    except ImportError as exc:
        raise RegisterError(
            translate("Register", "Programmet saknar drivrutin för {display} ({name}). Installera PostgreSQL-stödet "
                                  "(paketet psycopg) eller öppna en registerfil.").format(
                display=location.display(), name=exc.name)
        ) from exc
    except (ArgumentError, ValueError) as exc:
        raise RegisterError(translate("Register", "«{location}» är ingen giltig databasadress.").format(
                                location=_safe_display(location))) from exc


def _safe_display(location: Location) -> str:
    try:
        return location.display()
    except (ArgumentError, ValueError):
        return location.url.split("@")[-1]  # at least never the password


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing, a file that is not a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise RegisterError(translate("Register", "{path} är en mapp, inte en registerfil. Välj en fil.").format(
                                path=path))
    size = path.stat().st_size
    if size == 0:
        return  # an empty file is a new register
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RegisterError(translate("Register", "Filen {path} kan inte läsas: {strerror}.").format(
                                path=path, strerror=exc.strerror)) from exc
    if header != SQLITE_HEADER:
        raise RegisterError(
            translate("Register", "Filen {name} är inget register för Hållbar Desktop (det är inte en "
                                  "SQLite-databas). Öppna en annan fil eller återställ en säkerhetskopia.").format(
                name=path.name)
        )
    if _has_wal(path):
        # With a WAL beside it the file's size says nothing: a checkpoint on a full (or failing)
        # disk may have written the new header and part of the pages, which are all still in the
        # WAL. SQLite reads the two together; whether that is whole, it says itself.
        return
    if size < 512 or size % 512 or _header_size(path) > size:
        raise RegisterError(
            translate("Register", "Registret {name} är skadat (filen är avkortad). Återställ en säkerhetskopia eller "
                                  "öppna en annan fil.").format(name=path.name)
        )


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _header_size(path: Path) -> int:
    """The database size the SQLite header states, 0 where it does not vouch for it.

    A file cut at a page boundary passes the size checks above; the header still knows how
    many pages there were (when "version-valid-for" matches the change counter).
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = header[24:28]
    pages = int.from_bytes(header[28:32], "big")
    valid_for = header[92:96]
    if valid_for != change_counter:
        return 0
    return pages * page_size


def existing_tables(engine: Engine) -> set[str]:
    from sqlalchemy import inspect

    try:
        return set(inspect(engine).get_table_names())
    except DBAPIError as exc:
        raise damaged(engine, exc) from exc


def damaged(engine: Engine, exc: BaseException) -> RegisterError:
    """The message for a database error met while opening: the server cannot be reached, or
    for a file what :func:`sqlite_problem` makes of it."""
    if engine.dialect.name != "sqlite":
        from hallbar_desktop.store import server

        where = engine.url.render_as_string(hide_password=True)
        waited = server.cut_off()
        if waited is not None or server.timed_out_by_server(exc):
            return RegisterError(
                translate("Register", "Databasservern för {where} svarade inte på {value:g} sekunder, så "
                                      "förbindelsen gavs upp. Inget har ändrats. Försök igen när nätverket och "
                                      "servern fungerar.").format(
                    where=where, value=waited or server.timeout_seconds())
            )
        return unreachable(where, exc)
    name = Path(engine.url.database or str(engine.url)).name
    return sqlite_problem(name, exc)


#: SQLite's primary result codes that say what went wrong with the file (``sqlite3.h``).
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 10, 11, 13, 14, 26
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
#: The codes that describe the file or the disk rather than a mistake in the program.
FILE_TROUBLE = frozenset({SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN,
                          SQLITE_NOTADB, SQLITE_BUSY, SQLITE_LOCKED})


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (a ``sqlite3`` error, or SQLAlchemy's
    wrapping of one); from the message where the driver gives no code."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(orig).lower()
    for words, primary in (("disk is full", SQLITE_FULL), ("disk i/o error", SQLITE_IOERR),
                           ("malformed", SQLITE_CORRUPT), ("not a database", SQLITE_NOTADB),
                           ("unable to open", SQLITE_CANTOPEN), ("readonly", SQLITE_READONLY),
                           ("read-only", SQLITE_READONLY), ("locked", SQLITE_LOCKED)):
        if words in text:
            return primary
    return None


def sqlite_problem(name: str, exc: BaseException, *, changing: bool = False,
                   unknown_is_damage: bool = False) -> RegisterError:
    """What a SQLite error means for the user, told apart at one place.

    Only a damaged file (SQLite says the image is malformed or not a database) is called
    damaged and sent to a backup. A full disk and a disk that fails to read or write are not
    damage: what was saved is still there (in the file or its WAL), and restoring a backup
    would throw away values that were saved after it. ``changing``: the error met a change;
    ``unknown_is_damage``: an error of another kind while reading the schema is damage too.
    """
    code = sqlite_code(exc)
    if unknown_is_damage and code not in FILE_TROUBLE:
        code = SQLITE_CORRUPT
    nothing = (translate("Register", "Ändringen sparades inte – inget av den har skrivits; allt som sparats "
                                     "tidigare finns kvar.")
               if changing else translate("Register", "Inget har ändrats; allt som sparats finns kvar."))
    if code == SQLITE_FULL:
        return DiskFull(
            translate("Register", "Disken där registret {name} ligger är full. {nothing} Frigör utrymme på disken och "
                                  "försök igen – registret är inte skadat.").format(name=name, nothing=nothing)
        )
    if code == SQLITE_IOERR:
        return RegisterError(
            translate("Register", "Disken kunde inte läsa eller skriva registret {name} ({exc}). {nothing} "
                                  "Kontrollera att disken eller nätverksmappen är tillgänglig och försök igen – det "
                                  "betyder inte att registret är skadat.").format(
                name=name, exc=_short(exc), nothing=nothing)
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        saved = translate("Register", "Inget har sparats. ") if changing else ""
        return RegisterError(
            translate("Register", "Registret {name} är skadat och kan inte användas ({exc}). {saved}Återställ en "
                                  "säkerhetskopia (Arkiv → Återställ eller «hallbar restore») eller öppna en annan "
                                  "fil.").format(name=name, exc=_short(exc), saved=saved)
        )
    if code == SQLITE_READONLY:
        return RegisterError(
            translate("Register", "Registret är öppnat skrivskyddat, så ändringen sparades inte. Öppna det för "
                                  "ändringar när ingen annan har det öppet.")
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return RegisterError(
            translate("Register", "Registret {name} används av ett annat program just nu (det är låst). {nothing} "
                                  "Försök igen om en stund.").format(name=name, nothing=nothing)
        )
    if code == SQLITE_CANTOPEN:
        return RegisterError(
            translate("Register", "Registret {name} kan inte öppnas ({exc}). Kontrollera att filen och mappen finns "
                                  "och att du får läsa dem.").format(name=name, exc=_short(exc))
        )
    return RegisterError(translate("Register", "Registret {name} kunde inte användas ({exc}). {nothing}").format(
                             name=name, exc=_short(exc), nothing=nothing))


class DiskFull(RegisterError):
    """The disk holding the register has no room left; nothing saved is lost."""


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]


def ping(engine: Engine) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise damaged(engine, exc) from exc


def unreachable(where: str, exc: BaseException) -> RegisterError:
    return RegisterError(
        translate("Register", "Databasservern för {where} kan inte nås ({exc}). Kontrollera adressen och nätverket "
                              "och försök igen, eller öppna en registerfil.").format(where=where, exc=_short(exc))
    )


def is_disconnect(exc: DBAPIError) -> bool:
    return bool(exc.connection_invalidated)


@contextmanager
def translate_errors(location: Location, *, changing: bool = False) -> Iterator[None]:
    """Turn the database errors a user can meet while working into messages with a way out.

    A dropped server connection or a damaged file is not a bug: the transaction in flight is
    rolled back by the database (nothing half-written), and the user needs to know that and
    what to do. Everything else passes through unchanged.
    """
    try:
        yield
    except UnicodeEncodeError as exc:
        # Text with a lone surrogate (e.g. a command-line argument in a broken encoding)
        # cannot be stored in either database; the driver refuses it before anything is sent.
        from hallbar_desktop.errors import ValidationError

        raise ValidationError(
            translate("Register", "Texten innehåller ett tecken som inte kan sparas (felaktig teckenkodning). Skriv "
                                  "in den igen utan det tecknet; inget har sparats.")
        ) from exc
    except DBAPIError as exc:
        if not location.is_sqlite:
            problem = server_problem(location, exc, changing=changing)
            if problem is exc:
                raise
            raise problem from exc
        if location.is_sqlite:
            name = location.path.name if location.path else location.display()
            if sqlite_code(exc) in FILE_TROUBLE:
                raise sqlite_problem(name, exc, changing=changing) from exc
            raise
        raise


def make_url_user(location: Location) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(location.url).username or ""
    except (ArgumentError, ValueError):
        return ""


def server_problem(location: Location, exc: DBAPIError, *, changing: bool) -> Exception:
    """What an error from the database server means for the user (the error itself for a bug)."""
    from hallbar_desktop.store import server

    nothing = (translate("Register", "Ändringen sparades inte – inget av den har skrivits.") if changing
               else translate("Register", "Inget har ändrats."))
    seconds = f"{server.timeout_seconds():g}"
    waited = server.cut_off()
    if waited is not None:
        return RegisterError(
            translate("Register", "Databasservern ({display}) svarade inte på {waited:g} sekunder, så förbindelsen "
                                  "gavs upp. {nothing} Försök igen när nätverket och servern fungerar.").format(
                display=location.display(), waited=waited, nothing=nothing)
        )
    if server.timed_out_by_server(exc):
        return RegisterError(
            translate("Register", "Databasservern ({display}) hann inte svara inom {seconds} sekunder (den kan vänta "
                                  "på en ändring som någon annan håller på med). {nothing} Försök igen om "
                                  "en stund.").format(
                display=location.display(), seconds=seconds, nothing=nothing)
        )
    if is_disconnect(exc):
        return RegisterError(
            translate("Register", "Förbindelsen med databasservern ({display}) bröts. {nothing} Försök igen när "
                                  "förbindelsen är tillbaka.").format(display=location.display(), nothing=nothing)
        )
    if getattr(exc.orig, "sqlstate", None) == "42501":
        from hallbar_desktop.errors import AccessDenied

        user = make_url_user(location)
        return AccessDenied(
            translate("Register", "Du{user} har inte behörighet till det i registret: din roll i projektet tillåter "
                                  "det inte. {nothing} Be registrets administratör om en annan roll om du behöver "
                                  "den.").format(user=f' ({user})' if user else '', nothing=nothing)
        )
    text = str(exc.orig or exc).lower()
    if "read-only" in text or "readonly" in text:
        return RegisterError(
            translate("Register", "Registret är öppnat skrivskyddat, så ändringen sparades inte. Öppna det för "
                                  "ändringar när ingen annan har det öppet.")
        )
    return exc
