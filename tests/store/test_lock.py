"""One writer at a time: the lock file next to a register, as a second instance meets it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store import lock as locks
from hallbar_desktop.store.lock import RegisterLocked, lock_path_for
from hallbar_desktop.store.register import open_register

HOLDER = textwrap.dedent(
    """
    import sys, time
    from hallbar_desktop.store.register import open_register
    reg = open_register(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    reg.close()
    """
)


@pytest.fixture
def holder(tmp_path: Path, demo_path: Path):  # type: ignore[no-untyped-def]
    """Another instance of the application with the demo register open for writing."""
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    proc = subprocess.Popen([sys.executable, str(script), str(demo_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    if proc.poll() is None:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=30)


def _write_lock(register: Path, **fields: object) -> Path:
    path = lock_path_for(register.resolve())
    data = {"host": socket.gethostname(), "pid": os.getpid(), "user": "annan", "time": "2026-01-05T08:00:00",
            "token": "t" * 32}
    data.update(fields)
    path.write_text(json.dumps(data))
    return path


def test_a_second_instance_is_told_who_has_it_and_may_read(holder, demo_path: Path) -> None:
    with pytest.raises(RegisterLocked) as caught:
        open_register(demo_path)
    message = str(caught.value)
    assert "används redan av" in message and socket.gethostname() in message
    assert "skrivskyddat" in message
    assert caught.value.holder.pid == holder.pid

    reader = open_register(demo_path, read_only=True)
    with reader.reading() as s:
        assert get_project(s, "RJL").code == "RJL"
    reader.close()


def test_the_command_line_says_it_in_one_line(holder, demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(demo_path), "set", "RJL", "1.2", "2022Q4", "9"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "används redan av" in err


def test_the_lock_goes_when_the_other_instance_closes(holder, demo_path: Path) -> None:
    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.wait(timeout=30)
    assert not lock_path_for(demo_path).exists()
    open_register(demo_path).close()


def test_within_one_process_the_lock_is_shared_and_released_by_the_last(demo_path: Path) -> None:
    first = open_register(demo_path)
    second = open_register(demo_path)
    path = lock_path_for(demo_path)
    assert path.exists()
    first.close()
    assert path.exists()
    with second.transaction() as s:
        assert get_project(s, "RJL")
    second.close()
    assert not path.exists()


def test_a_forgotten_register_gives_its_lock_back(demo_path: Path) -> None:
    reg = open_register(demo_path)
    assert lock_path_for(demo_path).exists()
    del reg
    assert not lock_path_for(demo_path).exists()


def test_a_lock_left_by_a_crashed_process_on_this_computer_is_cleared(demo_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    path = _write_lock(demo_path, pid=int(dead.stdout))
    reg = open_register(demo_path)
    assert json.loads(path.read_text())["pid"] == os.getpid()
    reg.close()


def test_a_lock_from_another_computer_holds_while_its_heartbeat_is_fresh(demo_path: Path) -> None:
    path = _write_lock(demo_path, host="annan-dator", pid=1)
    with pytest.raises(RegisterLocked, match="annan på datorn annan-dator"):
        open_register(demo_path)
    assert path.exists()


def test_a_lock_from_another_computer_with_an_old_heartbeat_is_cleared(demo_path: Path) -> None:
    path = _write_lock(demo_path, host="annan-dator", pid=1)
    old = time.time() - locks.STALE_AFTER - 60
    os.utime(path, (old, old))
    reg = open_register(demo_path)
    assert json.loads(path.read_text())["host"] == socket.gethostname()
    reg.close()


def test_an_unreadable_lock_is_respected_briefly_then_cleared(demo_path: Path) -> None:
    path = lock_path_for(demo_path.resolve())
    path.write_text("")
    with pytest.raises(RegisterLocked, match="ett annat program"):
        open_register(demo_path)
    old = time.time() - locks.GUARD_STALE_AFTER - 5
    os.utime(path, (old, old))
    open_register(demo_path).close()


def test_the_heartbeat_keeps_a_held_lock_fresh(demo_path: Path) -> None:
    reg = open_register(demo_path)
    path = lock_path_for(demo_path)
    old = time.time() - 3600
    os.utime(path, (old, old))
    locks.refresh_heartbeats()
    assert time.time() - path.stat().st_mtime < 60
    reg.close()


def test_a_lock_taken_over_while_asleep_stops_the_next_save(demo_path: Path) -> None:
    """The laptop slept past the stale time and another computer took the register: saving
    here now would overwrite their work, so it is refused and nothing is written."""
    reg = open_register(demo_path)
    lock_path_for(demo_path).unlink()
    _write_lock(demo_path, host="annan-dator", pid=1)
    with pytest.raises(RegisterError, match="annan-dator"), reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        record_value(s, ind, "2022Q4", validated_input(ind, text="99"), Actor("t", "window"))
    reg.close()
    assert lock_path_for(demo_path).exists()  # theirs is left alone
    with open_register(demo_path, read_only=True).reading() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        assert all(m.value != 99 for m in ind.measurements)


RACER = textwrap.dedent(
    """
    import sys, time
    from hallbar_desktop.store.lock import RegisterLocked, acquire
    from pathlib import Path
    start = float(sys.argv[2])
    while time.time() < start:
        time.sleep(0.001)
    try:
        held = acquire(Path(sys.argv[1]))
    except RegisterLocked:
        print("locked", flush=True)
    else:
        print("got", flush=True)
        time.sleep(1.5)
        held.release()
    """
)


def test_processes_racing_for_a_stale_lock_end_with_exactly_one_writer(tmp_path: Path) -> None:
    register = tmp_path / "r.sqlite"
    open_register(register).close()
    _write_lock(register, host="annan-dator", pid=1)
    old = time.time() - locks.STALE_AFTER - 60
    os.utime(lock_path_for(register), (old, old))
    script = tmp_path / "racer.py"
    script.write_text(RACER)
    start = time.time() + 1.5
    procs = [subprocess.Popen([sys.executable, str(script), str(register), str(start)], stdout=subprocess.PIPE,
                              text=True) for _ in range(4)]
    results = sorted(p.communicate(timeout=60)[0].strip() for p in procs)
    assert results == ["got", "locked", "locked", "locked"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_says_to_open_read_only(demo_path: Path) -> None:
    folder = demo_path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(RegisterError, match="skrivskyddad"):
            open_register(demo_path)
    finally:
        folder.chmod(0o755)
