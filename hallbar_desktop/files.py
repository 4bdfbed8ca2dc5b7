"""Writing a file the user asked for: all of it or nothing, with the permissions others get.

An export is written to a temporary file beside its destination, flushed to the disk and then
renamed over it, so a full disk, a crash or a cancel never leaves half a workbook where the
user expects one. The temporary file is private (``mkstemp`` makes it 0600); the finished file
gets the mode any other program's new file would get – 0666 less the umask – or keeps the mode
of the file it replaces.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from pathlib import Path

from hallbar_desktop.errors import HallbarError, os_reason

_umask_lock = threading.Lock()


def umask() -> int:
    """The process's umask (read from the system where it says, without changing it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:  # elsewhere it is read by setting it and setting it back
        current = os.umask(0o022)
        os.umask(current)
    return current


def new_file_mode(out: Path) -> int:
    """The mode ``out`` should get: that of the file it replaces, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(out).st_mode)
    except OSError:
        return 0o666 & ~umask()


def finish(tmp: Path, out: Path) -> None:
    """Give a temporary file (written by a library) its final mode and rename it over ``out``."""
    if os.name == "posix":
        os.chmod(tmp, new_file_mode(out))
    os.replace(tmp, out)


def write_atomically(out: Path, data: bytes | memoryview, what: str) -> Path:
    """Write ``data`` to ``out`` through a temporary file and a rename; ``what`` names the file
    in a message ("Arbetsboken")."""
    out = Path(out)
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".hallbar-", suffix=out.suffix, dir=out.parent)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            if os.name == "posix":
                os.fchmod(fd, new_file_mode(out))
        finally:
            os.close(fd)
        os.replace(tmp, out)
    except OSError as exc:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise HallbarError(f"{what} kunde inte sparas i {out}: {os_reason(exc)}. Inget har skrivits där.") from exc
    return out
