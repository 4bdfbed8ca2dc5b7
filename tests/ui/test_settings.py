"""Settings → how many automatic backups to keep: remembered, and used by the next opening."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from hallbar_desktop.store.backups import KEEP_ENV_VAR, BackupPolicy
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import BACKUP_KEEP, Settings
from hallbar_desktop.ui.settings_dialog import SettingsDialog


def test_the_number_of_backups_is_a_setting(window: MainWindow, settings: Settings,
                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(KEEP_ENV_VAR, "")  # restored after the test, whatever the dialog sets
    monkeypatch.delenv(KEEP_ENV_VAR)
    assert settings.get(BACKUP_KEEP) == 20

    def accept_with_three(dialog: SettingsDialog) -> int:
        assert dialog.backup_keep.value() == 20
        dialog.backup_keep.setValue(3)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", accept_with_three)
    window.files.edit_settings()
    assert settings.get(BACKUP_KEEP) == 3
    assert Settings(settings.path).get(BACKUP_KEEP) == 3  # kept in the file
    assert os.environ[KEEP_ENV_VAR] == "3" and BackupPolicy.from_env().keep == 3
