"""Automatic backups: made without asking, kept in check, summarised, and restored safely."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hallbar_desktop.errors import RegisterError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store import backups
from hallbar_desktop.store.backups import BackupPolicy, BackupReason, list_backups, restore
from hallbar_desktop.store.lock import RegisterLocked
from hallbar_desktop.store.register import open_register


def _value(path: Path, code: str = "1.2", quarter: str = "2022Q4") -> float | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT m.value FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
            "JOIN project p ON p.id = i.project_id WHERE p.code = 'RJL' AND i.code = ? AND m.quarter = ?",
            (code, quarter)).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def _set(path: Path, text: str, code: str = "1.2", quarter: str = "2022Q4") -> None:
    reg = open_register(path)
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), code)
        record_value(s, ind, quarter, validated_input(ind, text=text), Actor("t", "window"))
    reg.close()


def test_the_first_opening_of_the_day_makes_one_backup(demo_path: Path) -> None:
    assert list_backups(demo_path) == []
    reg = open_register(demo_path)
    assert reg.backup is not None and reg.backup.exists()
    reg.close()
    open_register(demo_path).close()
    made = list_backups(demo_path)
    assert [e.reason for e in made] == [BackupReason.DAILY]
    assert made[0].path.parent.parent == backups.backups_root()
    assert backups.summarize(made[0].path).projects == ("RJH", "RJL")


def test_a_new_register_has_nothing_to_back_up(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite"
    open_register(path).close()
    assert list_backups(path) == []


def test_read_only_opening_makes_no_backup(demo_path: Path) -> None:
    open_register(demo_path, read_only=True).close()
    assert list_backups(demo_path) == []


def test_yesterdays_backup_does_not_count_for_today(demo_path: Path) -> None:
    folder = backups.folder_for(demo_path)
    folder.mkdir(parents=True)
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    old = folder / f"{yesterday:%Y%m%dT%H%M%S}Z-daily.sqlite"
    old.write_bytes(demo_path.read_bytes())
    open_register(demo_path).close()
    assert [e.reason for e in list_backups(demo_path)] == [BackupReason.DAILY, BackupReason.DAILY]


def test_only_the_newest_are_kept(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(5):
        backups.make_backup(demo_path, BackupReason.BEFORE_RESTORE, BackupPolicy(keep=3))
    assert len(list_backups(demo_path)) == 3
    monkeypatch.setenv(backups.KEEP_ENV_VAR, "2")
    backups.make_backup(demo_path, BackupReason.BEFORE_RESTORE)
    assert len(list_backups(demo_path)) == 2


def test_keep_zero_turns_daily_backups_off(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backups.KEEP_ENV_VAR, "0")
    open_register(demo_path).close()
    assert list_backups(demo_path) == []


def test_a_failing_daily_backup_does_not_stop_work(demo_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_a: object, **_k: object) -> Path:
        raise RegisterError("Disken är full.")

    monkeypatch.setattr(backups, "make_backup", broken)
    with caplog.at_level(logging.WARNING):
        reg = open_register(demo_path)
    assert reg.backup is None and "Disken är full" in caplog.text
    reg.close()


def test_the_summary_says_what_a_backup_holds(demo_path: Path) -> None:
    _set(demo_path, "9")
    copy = backups.make_backup(demo_path, BackupReason.BEFORE_RESTORE)
    summary = backups.summarize(copy)
    conn = sqlite3.connect(demo_path)
    values = conn.execute("SELECT count(*) FROM measurement").fetchone()[0]
    conn.close()
    assert summary.projects == ("RJH", "RJL") and summary.values == values
    assert summary.last_change is not None
    assert abs((datetime.now(UTC).replace(tzinfo=None) - summary.last_change).total_seconds()) < 120
    assert f"2 projekt (RJH, RJL), {values} värden, senast ändrat" in summary.describe()


def test_restore_brings_the_old_values_back_and_keeps_the_current_ones(demo_path: Path) -> None:
    before = _value(demo_path)
    morning = backups.make_backup(demo_path, BackupReason.DAILY)
    _set(demo_path, "99")
    result = restore(demo_path, morning)
    assert _value(demo_path) == before
    assert result.saved_current is not None and _value(result.saved_current) == 99
    assert list_backups(demo_path)[0].reason is BackupReason.BEFORE_RESTORE
    restore(demo_path, result.saved_current)  # and the restore itself can be undone
    assert _value(demo_path) == 99


def test_restore_while_this_process_has_the_register_open(demo_path: Path) -> None:
    """The window keeps its register open during File → Restore; it sees the restored data."""
    morning = backups.make_backup(demo_path, BackupReason.DAILY)
    reg = open_register(demo_path)
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        record_value(s, ind, "2022Q4", validated_input(ind, text="77"), Actor("t", "window"))
    restore(demo_path, morning)
    with reg.reading() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        assert all(m.value != 77 for m in ind.measurements)
    reg.close()


HOLDER = textwrap.dedent(
    """
    import sys
    from hallbar_desktop.store.register import open_register
    reg = open_register(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


def test_restore_is_refused_while_another_instance_writes(demo_path: Path, tmp_path: Path) -> None:
    morning = backups.make_backup(demo_path, BackupReason.DAILY)
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    proc = subprocess.Popen([sys.executable, str(script), str(demo_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        before = demo_path.read_bytes()
        with pytest.raises(RegisterLocked):
            restore(demo_path, morning)
        assert demo_path.read_bytes() == before
    finally:
        proc.communicate("\n", timeout=30)


def test_a_backup_of_another_kind_is_refused(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "annan.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(RegisterError, match="Välj en annan säkerhetskopia"):
        restore(demo_path, other)
    with pytest.raises(RegisterError, match="finns inte"):
        backups.resolve_backup(demo_path, str(tmp_path / "saknas.sqlite"))
    with pytest.raises(RegisterError, match="nummer 7"):
        backups.resolve_backup(demo_path, "7")
