"""Consistent copies of a SQLite register through SQLite's online backup API.

A plain file copy of a register in WAL mode can miss the newest transactions or catch one
half-written; the backup API copies a consistent snapshot even while the window is open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.engine import MAX_SQLITE_PATH_BYTES, reader_uri
from hallbar_desktop.texts import translate


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy the register at ``source`` to ``dest`` (a file, or a folder to put it in)."""
    if dest.is_dir():
        dest = dest / source.name
    if dest.resolve() == source.resolve():
        raise RegisterError(translate("Register", "Säkerhetskopian kan inte skrivas över själva registret."))
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if len(os.fsencode(tmp.resolve())) > MAX_SQLITE_PATH_BYTES:
            # SQLite opens no path that long: copy to a short temporary name, then into place.
            with tempfile.TemporaryDirectory(prefix="hallbar-") as short:
                _copy(source, Path(short) / "kopia.sqlite")
                shutil.copyfile(Path(short) / "kopia.sqlite", tmp)
        else:
            _copy(source, tmp)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise RegisterError(translate("Register", "Säkerhetskopian kunde inte göras: {exc}.").format(exc=exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RegisterError(translate("Register", "Säkerhetskopian kunde inte skrivas till {dest}: {strerror}.").format(
                                dest=dest, strerror=exc.strerror)) from exc
    return dest


def _copy(source: Path, out_path: Path) -> None:
    src = sqlite3.connect(reader_uri(source), uri=True)
    try:
        out = sqlite3.connect(os.fspath(out_path))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
