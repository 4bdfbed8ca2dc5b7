"""Automatic backups of a register file, and restoring one.

A project leader rarely makes backups by hand, and the week before a report is when a
register gets damaged or overwritten. So a consistent copy (SQLite's backup API, see
``backup.py``) is made without asking: when a register is opened for the first time on a day,
before every schema migration and before a restore. The copies go to ``backups/`` in the
user's data directory – on the laptop, not next to a register on a network share that may be
the thing that fails – one folder per register, and only the newest ``keep`` are kept.

Restoring first backs up what is there now, so a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from hallbar_desktop import paths
from hallbar_desktop.errors import RegisterError
from hallbar_desktop.store.backup import backup_sqlite
from hallbar_desktop.texts import translate

log = logging.getLogger(__name__)

KEEP_ENV_VAR = "HALLBAR_BACKUP_KEEP"
DEFAULT_KEEP = 20
_NAME = re.compile(r"^(\d{8}T\d{6})Z-([a-z]+(?:-[a-z]+)*)(?:-\d+)?\.sqlite$")


class BackupReason(StrEnum):
    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"  # a raw copy of a register too damaged for the backup API

    def label_sv(self) -> str:
        return {
            "daily": "dagens första öppning",
            "before-upgrade": "före uppdatering av registret",
            "before-restore": "före återställning",
            "damaged": "skadat register (rå kopia)",
        }[self.value]


@dataclass(frozen=True)
class BackupPolicy:
    """How many automatic backups to keep per register; ``keep=0`` turns them off."""

    keep: int = DEFAULT_KEEP

    @property
    def enabled(self) -> bool:
        return self.keep > 0

    @classmethod
    def from_env(cls) -> BackupPolicy:
        raw = os.environ.get(KEEP_ENV_VAR, "").strip()
        if not raw:
            return cls()
        try:
            return cls(keep=max(0, int(raw)))
        except ValueError:
            log.warning("%s=%r is not a number; keeping %d backups", KEEP_ENV_VAR, raw, DEFAULT_KEEP)
            return cls()


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created: datetime  # UTC, aware
    reason: BackupReason

    def local_time(self) -> datetime:
        return self.created.astimezone()


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for choosing one to restore; ``problem`` when it cannot be read."""

    revision: str | None = None
    projects: tuple[str, ...] = ()
    values: int = 0
    last_change: datetime | None = None  # UTC, naive (as stored)
    problem: str = ""

    def describe(self) -> str:
        if self.problem:
            return self.problem
        projects = ", ".join(self.projects) if self.projects else "inga projekt"
        last = "–"
        if self.last_change is not None:
            last = f"{self.last_change.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"
        return f"{len(self.projects)} projekt ({projects}), {self.values} värden, senast ändrat {last}"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path | None  # the backup of what was there before, None for a new file
    summary: BackupSummary


def backups_root() -> Path:
    return paths.user_data_dir() / "backups"


def folder_for(register: Path) -> Path:
    """One folder per register file, named so a person can tell which register it belongs to."""
    resolved = register.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    safe = re.sub(r"[^\w.-]+", "_", resolved.stem)[:40] or "register"
    return backups_root() / f"{safe}-{digest}"


def list_backups(register: Path) -> list[BackupEntry]:
    """The backups of ``register``, newest first."""
    folder = folder_for(register)
    entries: list[BackupEntry] = []
    if not folder.is_dir():
        return entries
    for child in folder.iterdir():
        match = _NAME.match(child.name)
        if not match or not child.is_file():
            continue
        try:
            reason = BackupReason(match.group(2))
        except ValueError:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        entries.append(BackupEntry(child, created, reason))
    entries.sort(key=lambda e: (e.created, e.path.stat().st_mtime_ns), reverse=True)
    return entries


def _new_name(folder: Path, reason: BackupReason, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    candidate = folder / f"{stamp}-{reason.value}.sqlite"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stamp}-{reason.value}-{n}.sqlite"
        n += 1
    return candidate


def make_backup(register: Path, reason: BackupReason, policy: BackupPolicy | None = None) -> Path:
    """A consistent copy of ``register`` in its backup folder; older ones beyond ``keep`` go."""
    policy = policy or BackupPolicy.from_env()
    folder = folder_for(register)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "register.txt").write_text(f"{register.resolve()}\n", encoding="utf-8")
    except OSError as exc:
        raise RegisterError(translate("Register", "Mappen för säkerhetskopior {folder} kan inte skapas: "
                                                  "{strerror}.").format(
                                folder=folder, strerror=exc.strerror)) from exc
    dest = backup_sqlite(register, _new_name(folder, reason, datetime.now(UTC)))
    prune(register, max(policy.keep, 1), keep_path=dest)
    return dest


def _raw_copy(register: Path, reason: BackupReason) -> Path:
    """Copy the bytes of a register the backup API cannot read (with its WAL), so nothing is lost."""
    folder = folder_for(register)
    folder.mkdir(parents=True, exist_ok=True)
    dest = _new_name(folder, reason, datetime.now(UTC))
    shutil.copy2(register, dest)
    wal = register.with_name(register.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
    return dest


def prune(register: Path, keep: int, *, keep_path: Path | None = None) -> list[Path]:
    removed: list[Path] = []
    for entry in list_backups(register)[keep:]:
        if entry.path == keep_path:
            continue
        with contextlib.suppress(OSError):
            entry.path.unlink()
            entry.path.with_name(entry.path.name + "-wal").unlink(missing_ok=True)
            removed.append(entry.path)
    return removed


def backed_up_today(register: Path) -> bool:
    today = datetime.now().astimezone().date()
    return any(e.local_time().date() == today for e in list_backups(register))


def auto_backup_on_open(
    register: Path, revision: str | None, head: str, policy: BackupPolicy | None = None
) -> Path | None:
    """The backup due when a writer opens ``register`` (at ``revision``), if any.

    Before a migration the backup is required: if it fails, the migration must not run. The
    daily one is a convenience: if it fails the register still opens and the failure is logged.
    """
    policy = policy or BackupPolicy.from_env()
    if revision is None or not register.exists() or register.stat().st_size == 0:
        return None  # a new register: nothing to lose yet
    if revision != head:
        try:
            return make_backup(register, BackupReason.BEFORE_UPGRADE, policy)
        except RegisterError as exc:
            raise RegisterError(
                translate("Register", "Registret {name} behöver uppdateras, men säkerhetskopian före uppdateringen "
                                      "kunde inte göras ({exc}). Registret har inte ändrats.").format(
                    name=register.name, exc=exc)
            ) from exc
    if not policy.enabled or backed_up_today(register):
        return None
    try:
        return make_backup(register, BackupReason.DAILY, policy)
    except RegisterError as exc:
        log.warning("daily backup of %s failed: %s", register, exc)
        return None


def summarize(path: Path) -> BackupSummary:
    """Read what a backup (or any register file) holds without writing to it."""
    from hallbar_desktop.store.engine import inspection_uri

    try:
        conn = sqlite3.connect(inspection_uri(path), uri=True)
    except sqlite3.Error as exc:
        return BackupSummary(problem=f"kan inte läsas ({exc})")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "project" not in tables:
            return BackupSummary(problem="inget register för Hållbar Desktop")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        projects = tuple(r[0] for r in conn.execute("SELECT code FROM project ORDER BY code"))
        values = conn.execute("SELECT count(*) FROM measurement").fetchone()[0]
        stamps = [
            conn.execute(sql).fetchone()[0]
            for sql in ("SELECT max(changed_at) FROM audit_entry", "SELECT max(entered_at) FROM measurement",
                        "SELECT max(created_at) FROM project")
        ]
        last = max((datetime.fromisoformat(str(s)) for s in stamps if s), default=None)
        return BackupSummary(revision[0] if revision else None, projects, int(values), last)
    except (sqlite3.DatabaseError, ValueError) as exc:
        return BackupSummary(problem=f"skadad ({exc})")
    finally:
        conn.close()


def check_backup(backup: Path) -> BackupSummary:
    """Refuse a file that cannot be restored: not SQLite, not a register, damaged, too new."""
    from hallbar_desktop.store import migrations
    from hallbar_desktop.store.engine import check_sqlite_file, inspection_uri

    if not backup.is_file():
        raise RegisterError(translate("Register", "Säkerhetskopian {backup} finns inte.").format(backup=backup))
    if backup.stat().st_size == 0:
        raise RegisterError(translate("Register", "Säkerhetskopian {name} är tom. Välj en annan.").format(
                                name=backup.name))
    try:
        check_sqlite_file(backup)
    except RegisterError as exc:
        raise RegisterError(
            translate("Register", "{name} kan inte återställas: den är ingen läsbar kopia av ett register (inte en "
                                  "SQLite-databas, eller skadad). Välj en annan säkerhetskopia.").format(
                name=backup.name)
        ) from exc
    summary = summarize(backup)
    if summary.problem:
        raise RegisterError(
            translate("Register", "{name} kan inte återställas: {problem}. Välj en annan säkerhetskopia.").format(
                name=backup.name, problem=summary.problem)
        )
    if summary.revision not in migrations.KNOWN_REVISIONS:
        raise RegisterError(
            translate("Register", "{name} är gjord av en nyare version av Hållbar Desktop och kan inte återställas "
                                  "med den här versionen. Uppdatera programmet eller välj en annan "
                                  "säkerhetskopia.").format(
                name=backup.name)
        )
    from hallbar_desktop.store import schema_check

    conn = sqlite3.connect(inspection_uri(backup), uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok == "ok" and summary.revision is not None:
            try:
                schema_check.check(conn, summary.revision, backup.name)
            except schema_check.TamperedRegister as exc:
                raise RegisterError(
                    translate("Register", "{name} kan inte återställas: den har ändrats utanför Hållbar Desktop "
                                          "({found}), och sådant kan ändra eller radera värden. Välj en annan "
                                          "säkerhetskopia.").format(name=backup.name, found='; '.join(exc.found[:3]))
                ) from exc
    except sqlite3.DatabaseError as exc:
        ok = str(exc)
    finally:
        conn.close()
    if ok != "ok":
        raise RegisterError(
            translate("Register", "Säkerhetskopian {name} är skadad ({ok}). Välj en annan säkerhetskopia.").format(
                name=backup.name, ok=ok)
        )
    return summary


def _register_is_healthy(register: Path) -> bool:
    from hallbar_desktop.store.engine import inspection_uri

    try:
        conn = sqlite3.connect(inspection_uri(register), uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def restore_backup(backup: Path, register: Path, policy: BackupPolicy | None = None) -> RestoreResult:
    """Put the content of ``backup`` into the register file, after backing up what is there.

    The caller must hold the register's write lock (``store.lock``) and have no session open.
    A healthy register is overwritten through the backup API, in one transaction that other
    connections see atomically; a damaged one (often why people restore) is first copied
    byte for byte and then replaced by a fresh copy of the backup.
    """
    policy = policy or BackupPolicy.from_env()
    summary = check_backup(backup)
    if backup.resolve() == register.resolve():
        raise RegisterError(translate("Register", "Välj en säkerhetskopia, inte själva registret."))
    exists = register.exists() and register.stat().st_size > 0
    saved: Path | None = None
    healthy = exists and _register_is_healthy(register)
    if exists:
        try:
            saved = (make_backup(register, BackupReason.BEFORE_RESTORE, policy) if healthy
                     else _raw_copy(register, BackupReason.DAMAGED))
        except (RegisterError, OSError) as exc:
            raise RegisterError(
                translate("Register", "Det nuvarande registret kunde inte säkerhetskopieras före återställningen "
                                      "({exc}). Inget har ändrats.").format(exc=exc)
            ) from exc
    if healthy:
        _restore_in_place(backup, register)
    else:
        _restore_by_replacing(backup, register)
    return RestoreResult(backup, saved, summary)


def _restore_in_place(backup: Path, register: Path) -> None:
    from hallbar_desktop.store.engine import inspection_uri

    src = sqlite3.connect(inspection_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(os.fspath(register), timeout=10)
        try:
            dst.execute("PRAGMA journal_mode=WAL")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise RegisterError(translate("Register", "Återställningen misslyckades ({exc}); registret är "
                                                  "oförändrat.").format(
                                exc=exc)) from exc
    finally:
        src.close()


def _restore_by_replacing(backup: Path, register: Path) -> None:
    register.parent.mkdir(parents=True, exist_ok=True)
    tmp = backup_sqlite(backup, register.with_name(register.name + ".restore"))
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            register.with_name(register.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, register)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RegisterError(translate("Register", "Återställningen misslyckades: {strerror}.").format(
                                strerror=exc.strerror)) from exc


def restore(register: Path, backup: Path, policy: BackupPolicy | None = None) -> RestoreResult:
    """Restore ``backup`` into the register file under its write lock, then bring it up to date.

    Works whether or not this process has the register open (the lock is shared within a
    process); another instance holding it gets ``RegisterLocked``. A backup from an older
    schema is migrated right away, after the automatic pre-migration backup.
    """
    from hallbar_desktop.store import lock as locks
    from hallbar_desktop.store.register import open_register

    held = locks.acquire(register)
    try:
        result = restore_backup(backup, register, policy)
        open_register(register, backup_policy=policy).close()
    finally:
        held.release()
    return result


def resolve_backup(register: Path, choice: str) -> Path:
    """A backup named as the user names it: its number in the listing (1 = newest) or a path."""
    text = choice.strip()
    if text.isdigit():
        entries = list_backups(register)
        n = int(text)
        if not 1 <= n <= len(entries):
            raise RegisterError(
                translate("Register", "Det finns ingen säkerhetskopia nummer {n} (det finns {count}); se listan med "
                                      "«hallbar backups».").format(n=n, count=len(entries))
            )
        return entries[n - 1].path
    path = Path(text).expanduser()
    if not path.exists():
        raise RegisterError(translate("Register", "Säkerhetskopian {path} finns inte; se listan med «hallbar "
                                                  "backups».").format(path=path))
    return path
