"""Writing a file the user asked for: all of it or nothing.

An export is written to a temporary file beside its destination, flushed to the disk and then
renamed over it, so a full disk, a crash or a cancel never leaves half a workbook where the
user expects one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hallbar_desktop.errors import HallbarError, os_reason


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
        finally:
            os.close(fd)
        os.replace(tmp, out)
    except OSError as exc:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise HallbarError(f"{what} kunde inte sparas i {out}: {os_reason(exc)}. Inget har skrivits där.") from exc
    return out
