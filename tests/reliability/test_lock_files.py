"""Lock files as a crash, a power cut, a reused process id or a wrong clock leave them.

A lock file that is not UTF-8 (a power cut in the middle of writing it) once gave a traceback on
every command, for ever. A lock naming a process id that a later, unrelated process now has
(after a crash and a while), or stamped with a time in the future, kept everyone out. Each is
offered to ``hallbar set`` (in a child process, with a time limit): it must either carry on –
the lock was left behind – or refuse in one line saying who has the register, never a traceback
and never a long wait.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.store import lock as locks
from hallbar_desktop.store.lock import lock_path_for

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"
PATIENCE = 60


@pytest.fixture
def register(tmp_path: Path) -> Path:
    db = tmp_path / "register.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "load", str(SMALL)]) == 0
    return db


@pytest.fixture
def unrelated() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that has nothing to do with the register (it started after the lock)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait(timeout=30)


def _lock(register: Path, content: bytes, *, mtime: float | None = None) -> Path:
    path = lock_path_for(register.resolve())
    path.write_bytes(content)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def _json(**fields: object) -> bytes:
    data = {"app": "Hållbar Desktop", "host": socket.gethostname(), "pid": 1, "user": "någon",
            "time": "2026-01-05T08:00:00", "token": "t" * 32}
    data.update(fields)
    return json.dumps(data).encode()


def set_value(register: Path, value: str = "7") -> subprocess.CompletedProcess[str]:
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "hallbar_desktop.cli", "--db", str(register), "set", "TEST", "1.2", "2021Q3", value],
            capture_output=True, text=True, timeout=PATIENCE)
    except subprocess.TimeoutExpired:
        pytest.fail(f"hallbar set was still waiting after {PATIENCE} s")
    assert time.monotonic() - start < 30
    assert "Traceback" not in done.stderr, done.stderr
    return done


def carries_on(register: Path) -> None:
    done = set_value(register)
    assert done.returncode == 0, done.stderr
    assert not lock_path_for(register).exists(), "the command left its lock behind"


def refused_in_one_line(register: Path, words: str) -> None:
    done = set_value(register)
    err = done.stderr
    assert done.returncode == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert words in err, err


def test_a_lock_file_that_is_not_utf8_is_respected_briefly_then_cleared(register: Path, tallies) -> None:
    garbage = b'{"host": "\xff\xfe\x00\xc3(' + os.urandom(40)
    with tallies.trial("sqlite"):
        _lock(register, garbage)
        refused_in_one_line(register, "ett annat program")
    with tallies.trial("sqlite"):
        _lock(register, garbage, mtime=time.time() - locks.GUARD_STALE_AFTER - 5)
        carries_on(register)


def test_a_reused_process_id_does_not_hold_the_lock(register: Path, unrelated, tallies) -> None:
    """The lock names a process on this computer that runs – but started after the lock was
    taken, so it cannot be the one that took it."""
    taken = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - 3600))
    with tallies.trial("sqlite"):
        _lock(register, _json(pid=unrelated.pid, time=taken))  # written the way older versions wrote it
        carries_on(register)
    with tallies.trial("sqlite"):
        _lock(register, _json(pid=unrelated.pid, time=taken, boot=locks.boot_id(), started=1))
        carries_on(register)


def test_the_holder_itself_still_holds_the_lock(register: Path, tallies) -> None:
    """The same checks do not clear the lock of the process that really holds it."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from hallbar_desktop.store.register import open_register; "
         "r = open_register(sys.argv[1]); print('held', flush=True); sys.stdin.readline()", str(register)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with tallies.trial("sqlite"):
            refused_in_one_line(register, "används redan av")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)


def test_a_lock_from_the_future_does_not_keep_anyone_out(register: Path, unrelated, tallies) -> None:
    with tallies.trial("sqlite"):  # taken "in 2099" by a process that runs here
        _lock(register, _json(pid=unrelated.pid, time="2099-01-01T00:00:00"))
        carries_on(register)
    with tallies.trial("sqlite"):  # another computer's heartbeat stamped a year ahead
        _lock(register, _json(host="annan-dator", pid=4242), mtime=time.time() + 365 * 24 * 3600)
        carries_on(register)
    with tallies.trial("sqlite"):  # another computer, fresh heartbeat, an absurd taking time: it holds
        _lock(register, _json(host="annan-dator", pid=4242, time="9999-12-31T23:59:59"))
        refused_in_one_line(register, "annan-dator")


@pytest.mark.parametrize("content", [
    _json(pid=10**30), _json(pid="många"), _json(time=12), b"[1, 2, 3]", b"null", _json(started="igår"),
], ids=["huge-pid", "pid-not-a-number", "time-not-text", "not-an-object", "null", "start-not-a-number"])
def test_odd_lock_contents_never_give_a_traceback(register: Path, tallies, content: bytes) -> None:
    with tallies.trial("sqlite"):
        _lock(register, content, mtime=time.time() - locks.GUARD_STALE_AFTER - 5)
        carries_on(register)
