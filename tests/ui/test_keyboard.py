"""Every function by keyboard: a shortcut on every menu entry, the tabs and panes by keys, the
type-ahead in the navigator, the grid's context menu, a visible focus frame, and Hjälp."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTableWidget
from pytestqt.qtbot import QtBot

from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import select


def menu_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    """Every entry of the menu bar's menus and their submenus (not the list of recent files)."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                if sub is not window.recent_menu:
                    walk(sub, f"{path} → {sub.title()}")
                continue
            found.append((f"{path} → {action.text()}", action))

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return found


def test_every_menu_entry_has_a_shortcut_and_no_two_clash(window: MainWindow) -> None:
    actions = menu_actions(window)
    assert len(actions) > 50
    without = [name for name, action in actions if action.shortcut().isEmpty()]
    assert without == []
    keys = Counter(k.toString() for _name, action in actions for k in action.shortcuts())
    assert [k for k, n in keys.items() if n > 1] == []
    register = {a.text(): a.shortcut().toString() for _n, a in actions if _n.startswith("Re&gister")}
    assert register["Nytt &projekt…"] == "Ctrl+Shift+J" and register["Nytt &insatsområde…"] == "Ctrl+Shift+A"


def test_the_tabs_by_ctrl_digits_and_ctrl_page_keys(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    window.table.setFocus()
    tabs = window.tabs
    assert [a.shortcut().toString() for a in window.keyboard.tab_actions][:6] == [f"Ctrl+{i}" for i in range(1, 7)]
    qtbot.keyClick(window.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.tabText(tabs.currentIndex()) == "Resultatkort"
    assert window.scorecard.isAncestorOf(QApplication.focusWidget())  # the keyboard went along
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.tabText(tabs.currentIndex()) == "Aktivitetsplan"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0 and QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1  # round to the last


def test_tab_goes_from_the_navigator_to_the_tabs_then_the_grid(qtbot: QtBot, window: MainWindow) -> None:
    """The tab bar is in the Tab order (Resultatkort was reachable only by Shift+Tab)."""
    select(window, "RJL", "3.1")
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.tabs.tabBar()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Right)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Resultatkort"
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Left)
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table


def test_f6_steps_through_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    window.project_box.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[:4] == [window.navigator, window.tabs.tabBar(), window.table, window.details.comment]
    assert seen[4] is window.project_box  # round again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.details.comment


def test_typing_an_indicator_code_in_the_navigator_finds_it(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "1.2")
    nav = window.navigator
    nav.setFocus()
    qtbot.keyClicks(nav, "3.1")
    assert nav.currentIndex().data(window.navigator_model.KeyRole) == ("RJL", "3.1")
    assert window.selection.indicator == "3.1"
    nav._since.invalidate()  # a pause: the next keys start a new search
    qtbot.keyClicks(nav, "2")
    assert nav.currentIndex().data(window.navigator_model.KeyRole) == ("RJL", 2)  # focus area 2
    nav._since.invalidate()
    qtbot.keyClicks(nav, "1.")
    assert nav.currentIndex().data(window.navigator_model.KeyRole) == ("RJL", 1)


def test_the_grids_context_menu(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select(window, "RJL", "3.1")
    menu = window.keyboard.grid_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Kopiera", "Klistra &in", "&Töm markerade celler", "Ändra &värdet…", "Skriv en &kommentar",
                     "Visa &historiken"]
    assert all(not a.shortcut().isEmpty() for a in menu.actions() if not a.isSeparator())
    menu.deleteLater()
    assert window.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    shown: list[tuple[QMenu, QPoint]] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, pos, _at=None: shown.append((self, pos)))  # (offscreen)
    window.table.customContextMenuRequested.emit(QPoint(20, 20))
    assert len(shown) == 1 and len(shown[0][0].actions()) == 7
    assert shown[0][1] == window.table.viewport().mapToGlobal(QPoint(20, 20))
    window.keyboard.history_action.trigger()
    assert QApplication.focusWidget() is window.details.history


def test_the_focus_is_drawn_plainly(qtbot: QtBot, window: MainWindow) -> None:
    from hallbar_desktop.ui.window.keyboard import FOCUS_COLOUR

    select(window, "RJL", "3.1")
    window.navigator.setFocus()
    qtbot.waitUntil(lambda: window.navigator.hasFocus())
    edge = window.navigator.grab().toImage().pixelColor(0, window.navigator.height() // 2)
    assert edge == QColor(FOCUS_COLOUR)
    window.table.setFocus()
    qtbot.waitUntil(lambda: not window.navigator.hasFocus())
    assert window.navigator.grab().toImage().pixelColor(0, window.navigator.height() // 2) != QColor(FOCUS_COLOUR)


def test_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    from importlib import metadata

    help_menu = window.menu("help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Användarguide", "&Kortkommandon", "&Om programmet"]
    assert window.keyboard.guide_action.shortcut() == QKeySequence("F1")
    rows = window.keyboard.shortcuts()
    assert ("Arkiv", "Exportera rapport till Excel", "Ctrl+E") in rows
    assert ("Visa → Flikar", "2 Resultatkort", "Ctrl+2") in rows
    dialog = window.keyboard.shortcuts_dialog()
    table = dialog.table  # type: ignore[attr-defined]
    assert isinstance(table, QTableWidget) and table.rowCount() == len(rows)
    dialog.close()
    about = window.keyboard.about_dialog()
    text = about.text.text()  # type: ignore[attr-defined]
    assert metadata.version("hallbar-desktop") in text and "MIT" in text
    about.close()
    window.keyboard.guide_dialog().close()
