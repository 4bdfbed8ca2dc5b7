"""The reliability suite: bad input, crashes, damaged files – on SQLite and on PostgreSQL.

Two things live here besides fixtures:

* a throwaway PostgreSQL server on 127.0.0.1 (Debian's ``postgresql`` package: ``initdb`` and
  ``pg_ctl`` in a temp folder, a random free port, stopped at the end). As root the server runs
  as the ``postgres`` user through ``runuser``. ``HALLBAR_TEST_PG_URL`` points the suite at an
  existing server instead (the user must be allowed to create databases). Where no server can
  be started the PostgreSQL half is skipped, and the summary says why.
* a tally of what was tried, printed at the end of the run as one line per database.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import hashlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.store.register import Register, open_register
from tests.reliability import tally

BACKENDS = tally.BACKENDS
PG_URL_ENV = "HALLBAR_TEST_PG_URL"
DATA = Path(__file__).resolve().parent.parent / "data"


# --- the tally (tests/reliability/tally.py; tests/conftest.py prints it and adds up the workers') ---

TALLIES = tally.TALLIES
Tallies = tally.Tallies


@pytest.fixture(scope="session")
def tallies() -> Tallies:
    return TALLIES


# --- a checksum of the register's data --------------------------------------------------------


_COLUMNS: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}


def _tables(engine: sa.Engine) -> list[tuple[str, list[str]]]:
    """Tables and columns, reflected once per database (reflection is slow on a server)."""
    key = (str(engine.url), engine.url.database or "")
    if key not in _COLUMNS:
        inspector = sa.inspect(engine)
        _COLUMNS[key] = [(name, [c["name"] for c in inspector.get_columns(name)])
                         for name in sorted(inspector.get_table_names())]
    return _COLUMNS[key]


def data_checksum(engine: sa.Engine) -> str:
    """Every row of every table, in a fixed order: proves that nothing changed.

    The file's bytes would not do (SQLite may touch a header or the WAL on a pure read, and a
    server has no file); the data is what a user would miss.
    """
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for name, columns in _tables(engine):
            table = sa.table(name, *(sa.column(c) for c in columns))
            rows = conn.execute(sa.select(table).order_by(*table.c)).all()
            digest.update(f"{name}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(repr(tuple(row)).encode("utf-8", "backslashreplace"))
    return digest.hexdigest()


# --- PostgreSQL on loopback -------------------------------------------------------------------


def _pg_bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A PostgreSQL server the tests may create databases on."""

    def __init__(self, admin_url: str, stop: list[str] | None = None, base: Path | None = None) -> None:
        self.admin_url = admin_url  # postgresql://user@host:port/postgres
        self._stop = stop
        self._base = base
        self._counter = itertools.count(1)

    def new_database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of the database at URL ``template`` (no one connected)."""
        import psycopg

        name = f"hallbar_test_{os.getpid()}_{next(self._counter)}"
        copy = "" if template is None else f' TEMPLATE "{template.rsplit("/", 1)[1]}"'
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.admin_url.rsplit("/", 1)[0] + "/" + name

    def terminate_backends(self, database_url: str) -> int:
        """End every server process connected to that database (as a dropped network would)."""
        import psycopg

        name = database_url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", (name,)
            ).fetchall()
        return len(rows)

    def stop(self) -> None:
        if self._stop is not None:
            subprocess.run(self._stop, capture_output=True, timeout=60, check=False)
            self._stop = None
        if self._base is not None:
            shutil.rmtree(self._base, ignore_errors=True)
            self._base = None


def _start_pg() -> PgServer:
    """Start a throwaway cluster, or raise RuntimeError saying why it cannot be done here."""
    external = os.environ.get(PG_URL_ENV)
    if external:
        return PgServer(external)
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("the psycopg driver is not installed") from exc
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server installed (initdb not found; apt-get install postgresql)")
    prefix: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="hallbar-pg-"))
    if os.geteuid() == 0:
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise RuntimeError("running as root and there is no 'postgres' user to run the server") from exc
        runuser = shutil.which("runuser")
        if runuser is None:
            raise RuntimeError("running as root and 'runuser' is missing")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        prefix = [runuser, "-u", "postgres", "--"]
    data = base / "data"
    init = subprocess.run(
        [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "hallbar",
         "-E", "UTF8", "--locale=C", "--no-sync"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr.strip()[:300]}")
    last_error = ""
    for _attempt in range(3):
        port = _free_port()
        options = (f"-h 127.0.0.1 -p {port} -k {base} -c fsync=off -c full_page_writes=off "
                   "-c max_connections=60")
        started = subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
             "-l", str(base / "server.log"), "-w", "-t", "60", "start"],
            capture_output=True, text=True, timeout=90, check=False,
        )
        if started.returncode == 0:
            stop = [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            server = PgServer(f"postgresql://hallbar@127.0.0.1:{port}/postgres", stop, base)
            atexit.register(server.stop)
            return server
        log = (base / "server.log").read_text(errors="replace") if (base / "server.log").exists() else ""
        last_error = (started.stderr + log).strip()[-300:]
    shutil.rmtree(base, ignore_errors=True)
    raise RuntimeError(f"pg_ctl could not start the server: {last_error}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = _start_pg()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        TALLIES.pg_skip_reason = str(exc)
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


# --- registers on either database --------------------------------------------------------------


@dataclass
class Populated:
    """A register holding the two demo projects and a small project with every kind."""

    backend: str
    db: str  # what --db takes: a file path or a postgresql:// URL
    pg: PgServer | None = None

    _reader: sa.Engine | None = None

    def checksum(self) -> str:
        """Read through an engine of its own: no write lock is held between the cases."""
        if self._reader is None:
            from hallbar_desktop.store.engine import create_register_engine, resolve_location

            self._reader = create_register_engine(resolve_location(self.db), read_only=True)
        return data_checksum(self._reader)


def new_db(backend: str, request: pytest.FixtureRequest, folder: Path) -> tuple[str, PgServer | None]:
    if backend == "sqlite":
        return str(folder / "register.sqlite"), None
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database(), server


def fill(register: Register) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project

    with register.transaction() as session:
        for f in [*demo_files(), DATA / "small_project.toml"]:
            load_project(session, f, Actor("test", "load", f.name))


@pytest.fixture(scope="session")
def checksum() -> Callable[[sa.Engine], str]:
    return data_checksum


@pytest.fixture(scope="session")
def fill_register() -> Callable[[Register], None]:
    return fill


#: The filled register of each backend, made once per test process; tests get copies of it.
_FILLED: dict[str, str] = {}


def filled_copy(backend: str, request: pytest.FixtureRequest) -> str:
    """A new register holding what ``fill`` loads, as --db takes it: a copy of one loaded once per
    test process (a file copy, or CREATE DATABASE … TEMPLATE on the server)."""
    factory: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
    if backend not in _FILLED:
        template, _ = new_db(backend, request, factory.mktemp("filled"))
        register = open_register(template)
        fill(register)
        register.close()
        _FILLED[backend] = template
    if backend == "sqlite":
        from hallbar_desktop.store.backup import backup_sqlite

        return str(backup_sqlite(Path(_FILLED[backend]), factory.mktemp("copy") / "register.sqlite"))
    server: PgServer = request.getfixturevalue("pg_server")
    return server.new_database(template=_FILLED[backend])


@pytest.fixture
def filled_db(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """``filled_db(backend)``: a new register holding the demo projects and the small project."""
    return lambda backend: filled_copy(backend, request)


@pytest.fixture(scope="module", params=BACKENDS)
def populated(request: pytest.FixtureRequest) -> Populated:
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    return Populated(request.param, filled_copy(request.param, request), server)


@pytest.fixture(params=BACKENDS)
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str, PgServer | None]:
    """(backend, db, server) for a register that does not exist yet."""
    db, server = new_db(request.param, request, tmp_path)
    return request.param, db, server


@pytest.fixture
def refused(populated: Populated, tallies: Tallies) -> Iterator[RefusalCheck]:
    check = RefusalCheck(populated, tallies)
    yield check


class RefusalCheck:
    """Counts one bad input and proves the register's data did not change."""

    def __init__(self, populated: Populated, tallies: Tallies) -> None:
        self.populated = populated
        self.tallies = tallies

    @contextlib.contextmanager
    def unchanged(self) -> Iterator[None]:
        before = self.populated.checksum()
        try:
            yield
        finally:
            after = self.populated.checksum()
            self.tallies.bad_input(self.populated.backend, after == before)
            assert after == before, "a refused input changed the register"
