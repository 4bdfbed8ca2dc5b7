"""A PostgreSQL server that stops answering: the command gives up with one line, nothing written.

A network partition in the middle of ``hallbar set`` once hung the command forever. Here the
suite's own server is reached through a TCP proxy in the test that can stop passing data on
while keeping both connections open – exactly what a frozen VPN or NAT does, and what neither
TCP keepalives nor the server notice. The proxy lets the write's first statement through and
drops everything after it. A second trial keeps the server itself from answering in time (a
lock held by another session); a third never lets the connection start.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa

pytestmark = pytest.mark.usefixtures("pg_server")

TIMEOUT = 2  # seconds: HALLBAR_PG_TIMEOUT for the commands under test
PATIENCE = 45  # a command that takes longer than this is hanging


@dataclass
class Proxy:
    """Passes TCP data between clients and the server until it is told to hang."""

    upstream: tuple[str, int]
    hang_on: bytes | None = None  # hang once a client sends this (after passing it on)
    silent: bool = False  # hang from the start: accept, pass nothing
    hung: threading.Event = field(default_factory=threading.Event)
    _sockets: list[socket.socket] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            if self.silent:
                threading.Thread(target=self._pump, args=(client, None, False), daemon=True).start()
                continue
            server = socket.create_connection(self.upstream)
            self._sockets.append(server)
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket | None, from_client: bool) -> None:
        """Read everything (so the kernel keeps acknowledging); pass it on until hung."""
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if target is None or self.hung.is_set():
                continue
            with contextlib.suppress(OSError):
                target.sendall(data)
            if from_client and self.hang_on is not None and self.hang_on in data:
                self.hung.set()

    def close(self) -> None:
        self.listener.close()
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()


@pytest.fixture
def register_url(filled_db) -> str:
    return filled_db("postgresql")


@contextlib.contextmanager
def proxied(url: str, **kwargs: object) -> Iterator[tuple[Proxy, str]]:
    head, tail = url.rsplit("@", 1)
    host_port, database = tail.split("/", 1)
    host, port = host_port.rsplit(":", 1)
    proxy = Proxy((host, int(port)), **kwargs)  # type: ignore[arg-type]
    try:
        yield proxy, f"{head}@127.0.0.1:{proxy.port}/{database}"
    finally:
        proxy.close()


def hallbar(url: str, *argv: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "hallbar_desktop.cli", "--db", url, *argv], capture_output=True, text=True,
            timeout=PATIENCE, env={**os.environ, "HALLBAR_PG_TIMEOUT": str(TIMEOUT)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"«hallbar {' '.join(argv)}» was still waiting after {PATIENCE} s")
    return done, time.monotonic() - start


def one_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    err = done.stderr
    assert done.returncode == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and words in err, err


def _checksum(url: str, checksum) -> str:  # type: ignore[no-untyped-def]
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        return checksum(engine)
    finally:
        engine.dispose()


def _idle_in_transaction(url: str) -> int:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND state LIKE "
                                "'idle in transaction%%' AND pid <> pg_backend_pid()", (name,)).fetchone()[0])


def test_a_server_that_stops_answering_mid_write(register_url: str, checksum, tallies) -> None:
    before = _checksum(register_url, checksum)
    with tallies.trial("postgresql") as trial, proxied(register_url, hang_on=b"INSERT INTO audit_entry") as (proxy,
                                                                                                              url):
        done, took = hallbar(url, "set", "TEST", "1.2", "2022Q3", "11", "--comment", "mitt i skrivningen")
        assert proxy.hung.is_set(), "the write never reached the point where the network fails"
        one_line(done, "svarade inte")
        assert "inget av den har skrivits" in done.stderr
        assert took < TIMEOUT + 20, f"gave up only after {took:.0f} s"
        # The server ends the half-done transaction of the client that went silent.
        deadline = time.monotonic() + 30
        while _idle_in_transaction(register_url) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _idle_in_transaction(register_url) == 0, "the server kept the silent client's transaction open"
        after = _checksum(register_url, checksum)
        if after != before:
            trial.lost(1)
        assert after == before


def test_a_write_waiting_on_someone_elses_lock_gives_up(register_url: str, checksum, tallies) -> None:
    import psycopg

    before = _checksum(register_url, checksum)
    with tallies.trial("postgresql"), psycopg.connect(register_url) as blocker:
        blocker.execute("LOCK TABLE measurement IN ACCESS EXCLUSIVE MODE")  # held until the end
        done, took = hallbar(register_url, "set", "TEST", "1.2", "2022Q3", "12")
        one_line(done, "hann inte svara")
        assert took < TIMEOUT + 20
        blocker.rollback()
        assert _checksum(register_url, checksum) == before


def test_a_server_that_never_answers_is_given_up_on_connecting(register_url: str, tallies) -> None:
    with tallies.trial("postgresql"), proxied(register_url, silent=True) as (_, url):
        done, took = hallbar(url, "list")
        one_line(done, "kan inte nås")
        assert took < TIMEOUT + 20
