"""Hearing of other people's writes to a register shared on a PostgreSQL server.

Every write there sends, in its own transaction, a notification on the channel ``hallbar_changes``
(triggers of migration 0006): which project (``project_id``), indicators (``indicator_ids``) and
quarters changed, what kind of change (the kinds of ``services.changes.Changes``) and from which
server process (``pid``). PostgreSQL delivers it to every connection listening on the same
database once the transaction commits, and never when it is rolled back. Any login may listen, so
a notification holds no codes, names or users: :func:`resolve` turns it into a ``Changes`` in
codes through the listening user's own connection, where row-level security hides the projects
they may not read (their notifications are dropped), and finds who wrote in the audit trail.

:class:`ChangeListener` is such a connection, apart from the register's pool (it must not be
handed out for queries, and it waits with no transaction open). It does not block: the window
watches :meth:`fileno` (a ``QSocketNotifier``) and calls :meth:`poll` when there is something to
read; a script may call :meth:`wait`. Plain Python, no Qt.
"""

from __future__ import annotations

import json
import select
from typing import Any

from sqlalchemy import Connection, Engine, event

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.engine import Location
from hallbar_desktop.texts import translate

CHANNEL = "hallbar_changes"


def conninfo(location: Location) -> str:
    """The libpq address of a register's URL (SQLAlchemy's ``postgresql+psycopg://`` → libpq)."""
    from sqlalchemy.engine import make_url

    url = make_url(location.url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class ChangeListener:
    """A connection of its own that listens for the register's change notifications."""

    def __init__(self, location: Location, *, timeout: float | None = None) -> None:
        if location.is_sqlite:
            raise ValueError("a register file has no change notifications")
        import psycopg

        from hallbar_desktop.store import server

        seconds = timeout if timeout is not None else server.timeout_seconds()
        try:
            # The register's limits (connect timeout, keepalives): a peer gone silent is noticed,
            # and the window listens again (ui/window/live.py).
            self.conn = psycopg.connect(conninfo(location), autocommit=True,
                                        **server.connect_args(read_only=True, timeout=seconds))
            self.conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise RegisterError(
                translate("Register", "Programmet kan inte lyssna efter ändringar i {display} ({exc}). Fönstret "
                                      "visar andras ändringar när du läser in registret igen (F5).").format(
                    display=location.display(), exc=exc)
            ) from exc
        self.backend_pid = self.conn.info.backend_pid

    def fileno(self) -> int:
        return int(self.conn.pgconn.socket)

    def poll(self) -> list[dict[str, Any]]:
        """The notifications that have arrived, without waiting (oldest first).

        Raises ``psycopg.OperationalError`` when the connection is lost."""
        pgconn = self.conn.pgconn
        pgconn.consume_input()  # raises psycopg.OperationalError when the connection is gone
        payloads = []
        while (notice := pgconn.notifies()) is not None:
            if notice.relname.decode() != CHANNEL:
                continue
            try:
                payloads.append(json.loads(notice.extra.decode()))
            except ValueError:
                continue  # not ours
        return payloads

    def wait(self, timeout: float) -> list[dict[str, Any]]:
        """Wait up to ``timeout`` seconds for notifications (a script or a test)."""
        found = self.poll()
        if not found:
            ready, _w, _x = select.select([self.fileno()], [], [], timeout)
            if ready:
                found = self.poll()
        return found

    def close(self) -> None:
        self.conn.close()


def resolve(connection: Connection, payloads: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[str]]:
    """Notifications as ``Changes.as_dict`` descriptions in codes, for the projects this
    connection's user may read, and who wrote them (the latest audit entries of those projects).

    A notification about a project the user may not read is dropped, unless it changed the
    structure of a project that is gone (a project deleted): then the catalogue is read again."""
    from sqlalchemy import bindparam, text

    project_ids = {int(p["project_id"]) for p in payloads if isinstance(p.get("project_id"), int)}
    indicator_ids = {int(i) for p in payloads for i in p.get("indicator_ids", ()) if isinstance(i, int)}
    projects: dict[int, str] = {}
    indicators: dict[int, str] = {}
    writers: set[str] = set()
    if project_ids:
        projects = {row[0]: row[1] for row in connection.execute(
            text("SELECT id, code FROM project WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
            {"ids": sorted(project_ids)})}
        for known in projects:
            by = connection.execute(text("SELECT changed_by FROM audit_entry WHERE project_id = :p "
                                         "ORDER BY id DESC LIMIT 1"), {"p": known}).scalar()
            if by:
                writers.add(str(by))
    if indicator_ids:
        indicators = {row[0]: row[1] for row in connection.execute(
            text("SELECT id, code FROM indicator WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
            {"ids": sorted(indicator_ids)})}
    described: list[dict[str, Any]] = []
    for p in payloads:
        project_id = p.get("project_id")
        flags: dict[str, Any] = {k: v for k, v in p.items() if isinstance(v, bool)}
        if not isinstance(project_id, int) or project_id not in projects:
            if project_id is None or flags.get("structure"):
                described.append({"project": None, "structure": True})
            continue
        described.append({**flags, "project": projects[project_id],
                          "indicators": [indicators[i] for i in p.get("indicator_ids", ()) if i in indicators],
                          "quarters": list(p.get("quarters", ()))})
    return described, writers


class OwnConnections:
    """The server processes of an engine's connections, so a window can leave out the
    notifications of its own writes (it has applied them already)."""

    def __init__(self, engine: Engine) -> None:
        self.pids: set[int] = set()
        self.engine = engine
        event.listen(engine, "checkout", self._checked_out)

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            self.pids.add(pid)

    def __contains__(self, pid: object) -> bool:
        return pid in self.pids

    def close(self) -> None:
        if event.contains(self.engine, "checkout", self._checked_out):
            event.remove(self.engine, "checkout", self._checked_out)
