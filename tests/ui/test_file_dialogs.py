"""File dialogs start in Documents and remember the last folder per kind of file; confirmations
stay in the status bar until closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from hallbar_desktop.ui import file_dialogs
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import Settings
from tests.ui.conftest import select


class Dialogs:
    """QFileDialog's static functions, answering with the next path and noting where they opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened_in: list[str] = []
        self.answers: list[Path] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._ask))

    def _ask(self, _parent: Any, _title: str, start: str, _filter: str = "", *_a: Any) -> tuple[str, str]:
        self.opened_in.append(start)
        return (str(self.answers.pop(0)) if self.answers else "", "")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_the_first_dialog_of_a_kind_opens_in_documents(window: MainWindow, dialogs: Dialogs) -> None:
    select(window, "RJL", "3.1")
    window.files.export_template()  # cancelled
    start = Path(dialogs.opened_in[0])
    assert start.parent == file_dialogs.documents_dir() and start.name.startswith("RJL-")
    assert file_dialogs.documents_dir() != Path.cwd()  # never the program's folder


def test_each_kind_remembers_its_own_folder(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    select(window, "RJL", "3.1")
    reports, templates = tmp_path / "rapporter", tmp_path / "mallar"
    reports.mkdir()
    templates.mkdir()
    dialogs.answers = [reports / "rjl.xlsx"]
    assert window.files.export_report() == reports / "rjl.xlsx"
    dialogs.answers = [templates / "mall.xlsx"]
    window.files.export_template()
    assert (templates / "mall.xlsx").exists()
    window.files.export_report()  # cancelled: it opened where the last report went
    window.files.export_template()
    assert Path(dialogs.opened_in[2]).parent == reports and Path(dialogs.opened_in[3]).parent == templates
    window.files.import_workbook()  # an import has its own folder: Documents until one is chosen
    assert Path(dialogs.opened_in[4]) == file_dialogs.documents_dir()
    # Kept in the settings file: a new session opens there too.
    again = Settings(window.settings.path)
    assert again.last_folder(file_dialogs.EXCEL_EXPORT) == str(reports)
    assert again.last_folder(file_dialogs.TEMPLATE) == str(templates)


def test_a_folder_that_is_gone_falls_back_to_documents(qtbot: QtBot, settings: Settings, tmp_path: Path) -> None:
    settings.remember_folder(file_dialogs.BACKUP, str(tmp_path / "borta"))
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.settings = settings  # type: ignore[attr-defined]
    assert file_dialogs.start_folder(parent, file_dialogs.BACKUP) == file_dialogs.documents_dir()


def test_a_confirmation_stays_until_it_is_closed(qtbot: QtBot, window: MainWindow, dialogs: Dialogs,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bar = window.statusBar()
    timeouts: list[int] = []
    show = bar.showMessage
    monkeypatch.setattr(bar, "showMessage", lambda text, timeout=0: (timeouts.append(timeout), show(text, timeout)))
    dialogs.answers = [tmp_path / "kopia.sqlite"]
    assert window.files.save_backup() is not None
    assert "kopia.sqlite" in bar.currentMessage() and timeouts == [0]
    # Moving through a menu sends empty status tips, which cleared the message.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStatusTipEvent

    QCoreApplication.sendEvent(window, QStatusTipEvent(""))
    assert "kopia.sqlite" in bar.currentMessage()
    button = window.status_line.dismiss_button
    assert button.isVisible() and button.accessibleName() == "Stäng meddelandet"
    button.click()
    assert bar.currentMessage() == "" and not button.isVisible()


def test_an_excel_export_says_where_the_report_went(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    select(window, "RJL", "3.1")
    dialogs.answers = [tmp_path / "rapport.xlsx"]
    assert window.files.export_report() is not None
    assert "Rapporten är sparad" in window.statusBar().currentMessage()
    assert "rapport.xlsx" in window.statusBar().currentMessage()


def test_the_chart_is_saved_from_the_file_menu(qtbot: QtBot, window: MainWindow, dialogs: Dialogs,
                                               tmp_path: Path) -> None:
    """Arkiv → Spara diagrammet som bild (Ctrl+Shift+C): the chart without the mouse."""
    from tests.ui.test_chart_pane import _wait_for_chart

    select(window, "RJL", "3.1")
    _wait_for_chart(qtbot, window.chart_pane, "3.1")
    action = window.keyboard.save_chart_action
    assert action in window.menu("file").actions() and action.shortcut().toString() == "Ctrl+Shift+C"
    dialogs.answers = [tmp_path / "diagram"]
    action.trigger()
    assert (tmp_path / "diagram.png").read_bytes()[:4] == b"\x89PNG"
    assert Path(dialogs.opened_in[0]).name == "RJL-3.1.png"
    dialogs.answers = [tmp_path / "diagram.svg"]
    assert window.keyboard.save_chart() == tmp_path / "diagram.svg"
    assert Path(dialogs.opened_in[1]).parent == tmp_path  # the charts' folder, remembered
