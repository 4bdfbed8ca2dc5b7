"""The real main window on a copy of the demo register, with its own settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hallbar_desktop.services.grid import GridRow, project_grid
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui import i18n
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture(autouse=True)
def _swedish() -> Iterator[None]:
    i18n.install("sv")
    yield
    i18n.install("sv")
    for w in list(MainWindow.windows):  # windows that replaced a test's window
        w.close()


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, settings: Settings) -> Iterator[MainWindow]:
    reg = open_register(demo_path)
    w = MainWindow(reg, settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()
    reg.close()


def select(window: MainWindow, project: str, indicator: str) -> None:
    index = window.navigator_model.find((project, indicator))
    assert index.isValid()
    window.navigator.setCurrentIndex(index)


def column(window: MainWindow, quarter: str) -> int:
    from hallbar_desktop.domain.quarters import Quarter

    col = window.grid_model.column_of(Quarter.parse(quarter))
    assert col is not None
    return col


def type_in_cell(qtbot: QtBot, window: MainWindow, row: int, col: int, text: str,
                 key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Go to the cell with the keyboard focus in the grid, type as a user does, press ``key``."""
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.grid_model.index(row, col))
    qtbot.keyClicks(table, text[0])  # the first key opens the editor (and replaces the value)
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    if len(text) > 1:
        qtbot.keyClicks(editors[0], text[1:])
    assert editors[0].text() == text
    qtbot.keyClick(editors[0], key)
    qtbot.waitUntil(lambda: not table.viewport().findChildren(QLineEdit), timeout=10_000)


def stored_row(path: Path, project: str, indicator: str) -> GridRow:
    """The row as read from the file by a fresh connection: what survives closing the window."""
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return next(r for r in project_grid(s, project).rows if r.indicator.code == indicator)
    finally:
        reg.close()
