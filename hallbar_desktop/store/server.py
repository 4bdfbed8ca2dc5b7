"""A register on a PostgreSQL server that stops answering: give up in seconds, never hang.

A network can fail in the middle of a write: a laptop leaves the office network, a VPN drops,
a server freezes. Without limits ``hallbar set`` then waits forever. Three layers give up:

* libpq's own: ``connect_timeout`` for connecting, TCP keepalives and ``tcp_user_timeout`` so
  the operating system notices a peer that no longer acknowledges anything;
* the server's: ``statement_timeout`` (a statement waiting on someone else's lock, a server
  too busy) and ``idle_in_transaction_session_timeout`` (the server ends, and rolls back, the
  transaction of a client that went silent in the middle of it, so its locks do not block
  everyone else);
* the client's own deadline for every call it makes to the server (:class:`Watchdog`): a
  server, proxy or NAT that keeps the TCP connection open but passes nothing on is noticed by
  none of the above. When a call has waited longer than the deadline the watchdog shuts the
  connection's socket; the waiting call then fails as a dropped connection would, the
  transaction is lost on the server side, and the user gets one line saying what happened.

``HALLBAR_PG_TIMEOUT`` (seconds, default 30) sets the deadline; the others follow from it.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Engine

log = logging.getLogger(__name__)

TIMEOUT_ENV_VAR = "HALLBAR_PG_TIMEOUT"
DEFAULT_TIMEOUT = 30.0


def timeout_seconds() -> float:
    raw = os.environ.get(TIMEOUT_ENV_VAR, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        log.warning("%s=%r is not a number; using %s s", TIMEOUT_ENV_VAR, raw, DEFAULT_TIMEOUT)
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def connect_args(*, read_only: bool, timeout: float) -> dict[str, Any]:
    """libpq's and the server's limits, as psycopg connection arguments."""
    ms = int(timeout * 1000)
    options = [f"-c statement_timeout={ms}", f"-c idle_in_transaction_session_timeout={2 * ms}"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    return {
        "connect_timeout": max(2, int(timeout)),
        "keepalives": 1,
        "keepalives_idle": max(1, int(timeout / 3)),
        "keepalives_interval": max(1, int(timeout / 6)),
        "keepalives_count": 3,
        "tcp_user_timeout": ms,
        "options": " ".join(options),
    }


class Watchdog:
    """Deadlines for calls to the server; a call past its deadline has its socket shut."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._heap: list[tuple[float, int, Any]] = []
        self._live: dict[int, Any] = {}
        self._counter = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._cut_in: set[int] = set()  # threads whose call was cut off

    @contextlib.contextmanager
    def watching(self, dbapi_connection: Any) -> Iterator[None]:
        token = next(self._counter)
        with self._cond:
            self._live[token] = (dbapi_connection, threading.get_ident())
            heapq.heappush(self._heap, (time.monotonic() + self.timeout, token, dbapi_connection))
            self._start()
            self._cond.notify()
        try:
            yield
        finally:
            with self._cond:
                self._live.pop(token, None)

    def was_cut(self) -> bool:
        """Whether this thread's last call was cut off by the deadline (and forget it)."""
        with self._cond:
            ident = threading.get_ident()
            cut = ident in self._cut_in
            self._cut_in.discard(ident)
            return cut

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hallbar-pg-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                deadline, token, _ = self._heap[0]
                now = time.monotonic()
                if token not in self._live:
                    heapq.heappop(self._heap)
                    continue
                if deadline > now:
                    self._cond.wait(deadline - now)
                    continue
                heapq.heappop(self._heap)
                dbapi_connection, ident = self._live.pop(token)
                self._cut_in.add(ident)
            _shut(dbapi_connection)


def _shut(dbapi_connection: Any) -> None:
    """Shut the connection's socket: the call waiting on it returns with an error at once."""
    with contextlib.suppress(Exception):
        fd = dbapi_connection.pgconn.socket
        sock = socket.socket(fileno=os.dup(fd))
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.close()
        log.info("the database server did not answer in time; the connection was given up")


_watchdogs: dict[float, Watchdog] = {}


def watchdog(timeout: float) -> Watchdog:
    if timeout not in _watchdogs:
        _watchdogs[timeout] = Watchdog(timeout)
    return _watchdogs[timeout]


def guard(engine: Engine, timeout: float) -> Watchdog:
    """Put every call ``engine``'s dialect makes to the server under the watchdog's deadline:
    statements, commits, rollbacks and the pool's liveness ping."""
    dog = watchdog(client_deadline(timeout))
    dialect = engine.dialect

    def on_connection(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(dbapi_connection: Any, *args: Any, **kwargs: Any) -> Any:
            with dog.watching(dbapi_connection):
                return method(dbapi_connection, *args, **kwargs)

        return call

    def on_cursor(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(cursor: Any, *args: Any, **kwargs: Any) -> Any:
            with dog.watching(cursor.connection):
                return method(cursor, *args, **kwargs)

        return call

    # The dialect object belongs to this engine alone; its methods are wrapped for it.
    for name in ("do_commit", "do_rollback", "do_ping"):
        setattr(dialect, name, on_connection(getattr(dialect, name)))
    for name in ("do_execute", "do_executemany", "do_execute_no_params"):
        setattr(dialect, name, on_cursor(getattr(dialect, name)))
    return dog


def cut_off() -> float | None:
    """The deadline (seconds) this thread's last call to a server was cut off at, if it was."""
    for dog in list(_watchdogs.values()):
        if dog.was_cut():
            return dog.timeout
    return None


def client_deadline(timeout: float) -> float:
    """The watchdog waits a little longer than the server's own ``statement_timeout``: when the
    server can still answer, its answer (it cancelled the statement) is the better message."""
    return timeout + max(2.0, timeout / 2)


def timed_out_by_server(exc: BaseException) -> bool:
    """The server cancelled a statement at ``statement_timeout`` (or a lock wait at ``lock_timeout``)."""
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) in ("57014", "55P03")
