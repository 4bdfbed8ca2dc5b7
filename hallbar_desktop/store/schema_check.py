"""Is a register file's schema the one its migrations made? Refuse it when it is not.

A register is a file people mail and copy. SQLite keeps triggers and views inside the file, and
they run in whoever opens it: a trigger on ``audit_entry`` that deletes values would fire on the
next change anyone makes. So before a register file is opened or restored, its schema objects
(tables, columns, indexes, foreign keys, triggers, views) are compared with what the migrations
make for its revision, and any difference is refused with a message. Nothing in the file runs
during the comparison: it reads ``sqlite_master`` and ``PRAGMA`` lists only.

The schema a revision should have is made once per process in an in-memory database: the
newest from ``store.tables`` (no Alembic import at start-up), older ones by Alembic.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.texts import translate

#: One description per schema object; the comparison is of two sets of these.
Item = tuple[str, ...]

_cache: dict[str, frozenset[Item]] = {}
_mutex = threading.Lock()


def describe(conn: sqlite3.Connection) -> frozenset[Item]:
    """The schema of the database on ``conn`` as comparable items (no statement of it runs)."""
    items: set[Item] = set()
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    tables = sorted(name for kind, name, _ in rows if kind == "table" and not _internal(name))
    for kind, name, table in rows:
        if _internal(name) or kind == "index":
            continue  # indexes are described below, with their columns
        items.add((kind, name, table))
    for table in tables:
        quoted = _quote(table)
        for _cid, name, declared, notnull, _default, pk, hidden in conn.execute(f"PRAGMA table_xinfo({quoted})"):
            items.add(("column", table, name, _type(declared), str(notnull), str(pk), str(hidden)))
        for _seq, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({quoted})"):
            columns = ",".join(str(r[2]) for r in conn.execute(f"PRAGMA index_xinfo({_quote(index)})") if r[5])
            # The names SQLite gives the indexes behind UNIQUE and PRIMARY KEY depend on the order
            # of the constraints, which differs between a table made at once and one rebuilt.
            name = index if origin == "c" else ""
            items.add(("index", table, name, columns, str(unique), origin, str(partial)))
        for fk in conn.execute(f"PRAGMA foreign_key_list({quoted})"):
            _id, _seq, target, source, to, on_update, on_delete, _match = fk
            items.add(("foreign key", table, str(source), target, str(to), on_update, on_delete))
    return frozenset(items)


def _internal(name: str) -> bool:
    return name.startswith("sqlite_")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _type(declared: str) -> str:
    return " ".join(declared.upper().split())


def expected(revision: str) -> frozenset[Item]:
    """The schema the migrations make for ``revision`` (computed once per process)."""
    with _mutex:
        if revision not in _cache:
            _cache[revision] = _make(revision)
        return _cache[revision]


def _make(revision: str) -> frozenset[Item]:
    from hallbar_desktop.store import migrations

    if revision == migrations.SCHEMA_HEAD:
        # Compiled and run in a plain in-memory database: no engine, and no Alembic at start-up.
        conn = sqlite3.connect(":memory:")
        try:
            for statement in head_ddl():
                conn.execute(statement)
            return describe(conn)
        finally:
            conn.close()
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as sa_conn:
            command.upgrade(migrations.alembic_config(sa_conn), revision)
        raw = engine.raw_connection()
        try:
            return describe(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def head_ddl() -> list[str]:
    """The statements that make the newest schema: ``store.tables`` and Alembic's version table."""
    from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from hallbar_desktop.store.tables import metadata

    dialect = SQLiteDialect_pysqlite()
    statements = ["CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                  "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"]
    for table in metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)))
        statements.extend(str(CreateIndex(index).compile(dialect=dialect)) for index in table.indexes)
    return statements


def differences(actual: frozenset[Item], wanted: frozenset[Item]) -> list[str]:
    """What a user (or whoever receives the file) should hear about, most dangerous first."""
    extra = sorted(actual - wanted, key=_danger)
    missing = sorted(wanted - actual, key=_danger)
    return [_say(item, "okänd") for item in extra] + [_say(item, "saknad") for item in missing]


_ORDER = ("trigger", "view", "table", "column", "foreign key", "index")


def _danger(item: Item) -> tuple[int, Item]:
    return (_ORDER.index(item[0]) if item[0] in _ORDER else len(_ORDER), item)


def _say(item: Item, how: str) -> str:
    kind = item[0]
    if kind == "trigger":
        return f"{how} trigger «{item[1]}» på {item[2]}"
    if kind == "view":
        return f"{how} vy «{item[1]}»"
    if kind == "table":
        return f"{how} tabell «{item[1]}»"
    if kind == "column":
        return f"{how} eller ändrad kolumn {item[1]}.{item[2]}"
    if kind == "foreign key":
        return f"{how} eller ändrad koppling från {item[1]}.{item[2]} till {item[3]}"
    if kind == "index":
        return f"{how} eller ändrat index på {item[1]} ({item[3]})"
    return f"{how} {kind} «{item[1]}»"


def check(conn: sqlite3.Connection, revision: str, name: str) -> None:
    """Refuse the register on ``conn`` (named ``name`` to the user) unless its schema is the one
    its revision should have."""
    found = differences(describe(conn), expected(revision))
    if found:
        raise TamperedRegister(name, found)


class TamperedRegister(RegisterError):
    """The file's schema has objects its migrations did not make (or lacks some they made)."""

    def __init__(self, name: str, found: Iterable[str]) -> None:
        found = list(found)
        listed = "; ".join(found[:3]) + (f" och {len(found) - 3} till" if len(found) > 3 else "")
        super().__init__(
            translate("Register", "Registret {name} har ändrats utanför Hållbar Desktop ({listed}) och öppnas inte: "
                                  "sådant kan ändra eller radera värden när registret används. Återställ en "
                                  "säkerhetskopia eller öppna en annan fil.").format(name=name, listed=listed)
        )
        self.found = found
