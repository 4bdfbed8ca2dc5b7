"""Consistent copies of a SQLite register through SQLite's online backup API.

A plain file copy of a register in WAL mode can miss the newest transactions or catch one
half-written; the backup API copies a consistent snapshot even while the window is open.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hallbar_desktop.errors import RegisterError


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy the register at ``source`` to ``dest`` (a file, or a folder to put it in)."""
    if dest.is_dir():
        dest = dest / source.name
    if dest.resolve() == source.resolve():
        raise RegisterError("Säkerhetskopian kan inte skrivas över själva registret.")
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise RegisterError(f"Säkerhetskopian kunde inte göras: {exc}.") from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RegisterError(f"Säkerhetskopian kunde inte skrivas till {dest}: {exc.strerror}.") from exc
    return dest
