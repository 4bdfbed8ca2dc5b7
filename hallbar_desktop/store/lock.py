"""One writer at a time: a lock file next to a register file.

SQLite itself keeps two writers from corrupting a file, but not from overwriting each other's
work: two laptops with the same register on a network folder would each save over what the
other entered. So a process that opens a register for writing first creates
``<register>.lock`` (exclusively, ``O_EXCL``) holding who holds it: host, process id, user and
since when. A second opener reads that and is refused with a message that says who, and may
open the register read-only instead.

A lock left behind by a crash must not lock people out: it is *stale* when it was taken on this
host by a process that no longer runs, or when its heartbeat (the file's modification time,
refreshed every minute by a background thread while the lock is held) is older than
``STALE_AFTER``. "A process that no longer runs" includes a process id that was reused: the lock
records when its holder started (and the boot), and another process with that id is not the
holder. A heartbeat from the future of the clock that stamps it, a taking time no holder could
have written, or a lock file that cannot be read at all (not even as UTF-8) do not keep anyone
out for longer than the usual checks. A stale lock is cleared under a second, short-lived guard file so that two
processes finding the same stale lock cannot both clear it and then both believe they hold it.

Within one process the lock is shared: the window, its exports and an in-process CLI call may
each open the register; the file goes when the last of them closes (or at exit).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.texts import translate

#: How often a held lock's heartbeat is refreshed.
HEARTBEAT_INTERVAL = 60.0
#: A lock whose heartbeat is older than this is left over from a crash (or a laptop that went
#: to sleep holding it) and may be cleared.
STALE_AFTER = 10 * 60.0
#: A guard file older than this was left by a process that died while clearing a stale lock.
GUARD_STALE_AFTER = 30.0
#: A heartbeat or taking time further ahead of the clock than this was not written by a holder.
FUTURE_SLACK = 5 * 60.0
#: How long ``acquire`` keeps trying while another process clears a stale lock.
CLEARING_PATIENCE = 5.0
LOCK_SUFFIX = ".lock"


class RegisterLocked(RegisterError):
    """Another instance (here or on another computer) has the register open for writing."""

    def __init__(self, message: str, holder: LockInfo) -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock, as written in the lock file."""

    host: str
    pid: int
    user: str
    since: datetime  # UTC, naive
    token: str
    heartbeat: float  # the lock file's mtime (epoch seconds)
    boot: str = ""  # the holder's boot (Linux boot_id) when it wrote the lock
    started: int | None = None  # the holder's start, in clock ticks since that boot

    def since_epoch(self) -> float:
        since = self.since if self.since.tzinfo else self.since.replace(tzinfo=UTC)
        return since.timestamp()

    def describe(self) -> str:
        try:
            when = f"{self.since.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"
        except (OverflowError, ValueError, OSError):
            when = translate("Register", "okänd tid")
        if not self.host:
            return translate("Register", "ett annat program (sedan {when})").format(when=when)
        return translate("Register", "{user} på datorn {host} (sedan {when})").format(user=self.user, host=self.host,
                                                                                     when=when)


def lock_path_for(register: Path) -> Path:
    return register.with_name(register.name + LOCK_SUFFIX)


def hostname() -> str:
    return socket.gethostname() or "okänd"


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, odd Windows setups)
        return "okänd"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError):  # not a process id at all
        return False
    return True


def boot_id() -> str:
    """This boot of this computer ("" where the system does not say)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def process_start(pid: int) -> int | None:
    """When process ``pid`` started, in clock ticks since boot (Linux); None where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _process_start_epoch(pid: int) -> float | None:
    ticks = process_start(pid)
    if ticks is None:
        return None
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            boot = next(float(line.split()[1]) for line in stat if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, StopIteration, ValueError, IndexError):
        return None


def holder_runs(info: LockInfo) -> bool:
    """Whether the process that wrote the lock (on this computer) still runs.

    Its process id alone does not say: after a crash and a while, another process may have the
    same id. The lock records when its holder started; a lock without that (another program,
    an older version) is judged by its taking time, which no holder could have written in the
    future, nor before it started.
    """
    if not pid_alive(info.pid):
        return False
    current_boot = boot_id()
    if info.boot and current_boot and info.boot != current_boot:
        return False  # taken before this computer was last started
    started = process_start(info.pid)
    if info.started is not None and started is not None:
        return started == info.started
    try:
        since = info.since_epoch()
    except (OverflowError, ValueError, OSError):
        return False
    if since > time.time() + FUTURE_SLACK:
        return False
    start = _process_start_epoch(info.pid)
    return start is None or start <= since + 5


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in a lock file; None when there is none (or it was just removed).

    A lock file that cannot be parsed (cut short by a crash between create and write, bytes
    that are not UTF-8 after a power cut) is reported with empty fields so that only its age
    decides whether it is stale.
    """
    try:
        stat = path.stat()
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise RegisterError(translate("Register", "Låsfilen {path} kan inte läsas: {strerror}.").format(
                                path=path, strerror=exc.strerror)) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
        started = data.get("started")
        return LockInfo(
            host=str(data["host"]),
            pid=int(data["pid"]),
            user=str(data["user"]),
            since=datetime.fromisoformat(str(data["time"])),
            token=str(data["token"]),
            heartbeat=stat.st_mtime,
            boot=str(data.get("boot") or ""),
            started=int(started) if isinstance(started, int) and not isinstance(started, bool) else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError):
        return LockInfo("", 0, "okänd", _utc_naive(stat.st_mtime), "", stat.st_mtime)


def _utc_naive(epoch: float) -> datetime:
    try:
        return datetime.fromtimestamp(epoch, UTC).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return datetime(1970, 1, 1)


def is_stale(info: LockInfo, *, now: float | None = None, stale_after: float = STALE_AFTER) -> bool:
    """Whether ``info`` is a lock left behind. ``now``: the time by the clock that stamps the
    lock file's heartbeat (the file system's; by default this computer's)."""
    now = time.time() if now is None else now
    if now - info.heartbeat > stale_after:
        return True
    if info.heartbeat - now > FUTURE_SLACK:
        return True  # no holder's heartbeat is ahead of the clock that stamps it
    if not info.token:  # unreadable: cut short by a crash between creating and writing it
        return now - info.heartbeat > GUARD_STALE_AFTER
    if info.host and info.host == hostname():
        return not holder_runs(info)
    return False


def file_system_now(folder: Path) -> float | None:
    """The time by the clock that stamps files in ``folder`` (a file server's, on a share)."""
    probe = folder / f".hallbar-klocka-{uuid.uuid4().hex}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        os.close(fd)
        try:
            return probe.stat().st_mtime
        finally:
            probe.unlink()
    except OSError:
        return None


def _clock_for(path: Path, info: LockInfo) -> float | None:
    """Where a heartbeat looks ahead of this computer's clock, the file system's clock decides."""
    if info.heartbeat - time.time() > FUTURE_SLACK:
        return file_system_now(path.parent)
    return None


class _Held:
    """A lock file this process holds, shared by every register opened on it."""

    def __init__(self, path: Path, token: str) -> None:
        self.path = path
        self.token = token
        self.count = 0


_held: dict[Path, _Held] = {}
_mutex = threading.RLock()
_heartbeat_started = False


def _write_new(path: Path, token: str) -> bool:
    """Create the lock file exclusively; False when it already exists."""
    data = json.dumps({
        "app": "Hållbar Desktop",
        "host": hostname(),
        "pid": os.getpid(),
        "user": _user(),
        "time": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "token": token,
        "boot": boot_id(),
        "started": process_start(os.getpid()),
    }, ensure_ascii=False)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, data.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _clear_stale(path: Path, seen: LockInfo, stale_after: float) -> bool:
    """Remove a stale lock file, unless someone else replaced it meanwhile.

    The guard file makes "read, check it is the same stale lock, delete" one step among
    processes: without it, one process could delete the fresh lock another just created.
    """
    guard = path.with_name(path.name + ".clear")
    try:
        fd = os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        with contextlib.suppress(FileNotFoundError):
            if time.time() - guard.stat().st_mtime > GUARD_STALE_AFTER:
                guard.unlink()
        return False  # someone else is clearing it
    os.close(fd)
    try:
        current = read_lock(path)
        if current is not None and _same(current, seen) and \
                is_stale(current, now=_clock_for(path, current), stale_after=stale_after):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    finally:
        with contextlib.suppress(FileNotFoundError):
            guard.unlink()
    return True


def _same(current: LockInfo, seen: LockInfo) -> bool:
    """The same lock file as was judged stale (an unreadable one has no token: its stamp says)."""
    return current.token == seen.token and (bool(seen.token) or current.heartbeat == seen.heartbeat)


def acquire(register: Path, *, stale_after: float = STALE_AFTER) -> RegisterLock:
    """Take the write lock of the register file at ``register`` or raise ``RegisterLocked``."""
    path = lock_path_for(register.resolve())
    with _mutex:
        held = _held.get(path)
        if held is not None:
            current = read_lock(path)
            if current is not None and current.token == held.token:
                held.count += 1
                return RegisterLock(path, held)
        token = uuid.uuid4().hex
        patience = time.monotonic() + CLEARING_PATIENCE
        for _attempt in range(1000):
            try:
                created = _write_new(path, token)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
                    raise RegisterError(
                        translate("Register", "Mappen {parent} är skrivskyddad, så registret kan inte öppnas för "
                                              "ändringar. Öppna det skrivskyddat eller kopiera det till en "
                                              "egen mapp.").format(
                            parent=path.parent)
                    ) from exc
                raise RegisterError(translate("Register", "Låsfilen {path} kan inte skapas: {strerror}.").format(
                                        path=path, strerror=exc.strerror)) from exc
            if created:
                held = _Held(path, token)
                held.count = 1
                _held[path] = held
                _start_heartbeat()
                return RegisterLock(path, held)
            info = read_lock(path)
            if info is None:
                continue  # removed between our attempt and the read: try again
            if is_stale(info, now=_clock_for(path, info), stale_after=stale_after):
                if not _clear_stale(path, info, stale_after) and time.monotonic() < patience:
                    time.sleep(0.02)  # another process is clearing it: let it finish
                continue
            raise RegisterLocked(
                translate("Register", "Registret {name} används redan av {holder}. Bara en i taget kan ändra i "
                                      "det. Öppna det skrivskyddat, eller vänta tills det stängs där.").format(
                    name=register.name, holder=info.describe()),
                info,
            )
        raise RegisterError(translate("Register", "Registret {name} kunde inte låsas; försök igen.").format(
                                name=register.name))


class RegisterLock:
    """This process's share of a register's lock; ``release`` gives it back (idempotent)."""

    def __init__(self, path: Path, held: _Held) -> None:
        self.path = path
        self._held = held
        self._released = False

    @property
    def released(self) -> bool:
        return self._released

    def check(self) -> None:
        """Raise if the lock was taken over (cleared as stale after this laptop slept)."""
        if self._released:
            raise RegisterError(translate("Register", "Registret är stängt."))
        info = read_lock(self.path)
        if info is None or info.token != self._held.token:
            who = (translate("Register", " av {holder}").format(holder=info.describe())
                   if info is not None and info.host else "")
            raise RegisterError(
                translate("Register", "Registret har öppnats för ändringar{who} medan det var öppet här (datorn kan "
                                      "ha sovit). Inget sparades; stäng och öppna registret igen.").format(who=who)
            )

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        _release(self._held)


def _release(held: _Held) -> None:
    with _mutex:
        held.count -= 1
        if held.count > 0:
            return
        if _held.get(held.path) is held:
            del _held[held.path]
        info = read_lock(held.path)
        if info is not None and info.token == held.token:
            with contextlib.suppress(FileNotFoundError):
                held.path.unlink()


def refresh_heartbeats() -> None:
    """Touch every lock file this process holds (and still owns)."""
    with _mutex:
        for held in list(_held.values()):
            info = read_lock(held.path)
            if info is not None and info.token == held.token:
                with contextlib.suppress(OSError):
                    os.utime(held.path)


def _start_heartbeat() -> None:
    global _heartbeat_started
    if _heartbeat_started:
        return
    _heartbeat_started = True

    def beat() -> None:
        while True:
            time.sleep(HEARTBEAT_INTERVAL)
            with contextlib.suppress(Exception):
                refresh_heartbeats()

    threading.Thread(target=beat, name="hallbar-lock-heartbeat", daemon=True).start()


@atexit.register
def _release_all() -> None:
    with _mutex:
        for held in list(_held.values()):
            held.count = 1
            _release(held)
