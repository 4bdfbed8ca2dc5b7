"""The main window: project selector, navigator, grid, details, files, settings and hooks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from hallbar_desktop.store.register import Register, open_register
from hallbar_desktop.ui.grid_model import GridModel
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import GEOMETRY, LAST_REGISTER, RECENT_FILES, Settings
from tests.ui.conftest import column, select


def test_project_selector_navigator_grid_and_details(qtbot: QtBot, window: MainWindow) -> None:
    nav, view = window.navigator_model, window.navigator
    assert [window.project_box.itemData(i) for i in range(window.project_box.count())] == ["RJH", "RJL"]
    assert window.current_project_code() == "RJH"
    # Only the chosen project is in the navigator; choosing another swaps it.
    rjh, rjl = nav.find(("RJH",)), nav.find(("RJL",))
    assert not view.isRowHidden(rjh.row(), QModelIndex()) and view.isRowHidden(rjl.row(), QModelIndex())
    with qtbot.waitSignal(window.selection.changed, check_params_cb=lambda now, _before: now.project == "RJL"):
        window.project_box.setCurrentIndex(window.project_box.findData("RJL"))
    assert view.isRowHidden(rjh.row(), QModelIndex()) and not view.isRowHidden(rjl.row(), QModelIndex())
    assert "Hela projektet" in window.grid_pane.heading.text() and window.grid_model.rowCount() == 12
    areas = [nav.index(r, 0, rjl).data() for r in range(nav.rowCount(rjl))]
    assert areas[0] == "1. Jämställd och jämlik digitalisering"
    # Each indicator in the navigator carries its latest light as colour and symbol.
    ind_31 = nav.find(("RJL", "3.1"))
    assert ind_31.data().startswith("▲ 3.1 ")  # yellow: 85 % of a 100 % target at the deadline
    # A focus area: its rows only; headers name quarters, half-years and the project to date.
    window.navigator.setCurrentIndex(nav.index(2, 0, rjl))
    model = window.grid_model
    assert [r.indicator.code for r in model.rows()] == ["3.1"]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:2] == ["2020 kv 1", "2020 kv 2"] and "2022 halvår 2" in header and "Hela projektet" in header
    assert "Insatsområde 3. Hållbarhetssäkrad finansiering" in window.grid_pane.heading.text()
    # A cell: Swedish number, status colour and symbol.
    cell = model.index(0, column(window, "2022Q4"))
    assert cell.data() == "85\u00a0% ▲" and cell.data(GridModel.LightRole) == "yellow"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fff3b0"
    # Selecting an indicator fills the details pane with its definition.
    with qtbot.waitSignal(window.selection.changed,
                         check_params_cb=lambda now, _b: (now.project, now.indicator) == ("RJL", "2.4")):
        select(window, "RJL", "2.4")
    d = window.details
    assert d.title.text().startswith("2.4 ")
    assert d.values["kind"].text() == "Antal" and d.values["level"].text() == "Prestation/resultat"
    assert d.values["target"].text().endswith("(2022 kv 4)") and d.values["data_source"].text() != "–"
    assert "Status 2022 kv 4" in window.status_line.summary_label.text()
    assert str(window.register.location.path) in window.windowTitle()


def test_moving_in_the_grid_follows_in_the_navigator_and_details(qtbot: QtBot, window: MainWindow) -> None:
    window.show_project("RJL")
    window.show_whole_project()
    row = window.grid_model.row_of("2.2")
    assert row is not None and window.grid_model.rowCount() == 12
    with qtbot.waitSignal(window.selection.changed):
        window.table.setCurrentIndex(window.grid_model.index(row, 3))
    assert window.navigator.currentIndex().data(window.navigator_model.KeyRole) == ("RJL", "2.2")
    assert window.grid_model.rowCount() == 12  # the whole project stays in the grid
    assert window.details.cell_title.text().startswith("2.2 · 2020 kv 4")
    assert window.details.history_model.rowCount() >= 1


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.navigator_model)
    select(window, "RJL", "1.2")
    qtmodeltester.check(window.grid_model)
    window.table.setCurrentIndex(window.grid_model.index(0, 3))
    qtmodeltester.check(window.details.history_model)


def test_hooks_for_other_features(qtbot: QtBot, window: MainWindow) -> None:
    pane = QLabel("möte")
    dock = window.add_side_pane(pane, "Styrgruppsmöte")
    assert isinstance(dock, QDockWidget) and dock.widget() is pane
    assert dock.toggleViewAction() in window.menu("view").actions()
    assert window.menu("File") is window.menu("arkiv") and window.menu("file").title() == "&Arkiv"
    assert [a.text() for a in window.menuBar().actions()] == ["&Arkiv", "&Redigera", "Re&gister", "&Visa", "St&yrgrupp",
                                                              "&Hjälp"]
    select(window, "RJL", "1.2")
    with qtbot.waitSignal(window.state.changed):
        window.value_entry.save_cell("1.2", window.grid_model.quarter_at(0), "1")  # type: ignore[arg-type]


def test_every_menu_action_has_a_keyboard_path(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None or not action.text():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.paste_action.shortcut().toString() == "Ctrl+V"
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_empty_register_offers_the_demo_in_one_click(qtbot: QtBot, register: Register, settings: Settings) -> None:
    window = MainWindow(register, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.empty_state
    assert window.navigator_model.rowCount() == 0
    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)
    demo = MainWindow.windows[-1]
    qtbot.addWidget(demo)
    assert demo is not window and not window.isVisible()
    assert demo.navigator_model.project_codes() == ["RJH", "RJL"]
    assert demo.stack.currentWidget() is not demo.empty_state
    assert "demo.sqlite" in demo.windowTitle()
    assert settings.get(RECENT_FILES)[0].endswith("demo.sqlite")


def test_file_menu_backup_open_and_recent(qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "kopia.sqlite"), "")))
    backup = window.files.save_backup()
    assert backup is not None and backup.exists()
    assert "kopia.sqlite" in window.statusBar().currentMessage()
    # Open the copy: a new window takes this one's place and the copy is first among the recent.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), "")))
    other = window.files.open_register_dialog()
    assert other is not None and other is not window
    qtbot.addWidget(other)
    assert "kopia.sqlite" in other.windowTitle() and other.navigator_model.project_codes() == ["RJH", "RJL"]
    assert window.settings.get(RECENT_FILES)[0] == str(backup)
    other._fill_recent()
    assert other.recent_menu.actions()[0].text().endswith("kopia.sqlite")
    # A new register: empty, with the empty state.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "nytt.sqlite"), "")))
    fresh = other.files.new_register_dialog()
    assert fresh is not None
    qtbot.addWidget(fresh)
    assert fresh.stack.currentWidget() is fresh.empty_state and (tmp_path / "nytt.sqlite").exists()
    # A file that is no register is refused with a message; the window stays.
    bad = tmp_path / "inget.sqlite"
    bad.write_text("hej")
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert fresh.files.open_register_path(bad) is None and fresh.isVisible()
    assert len(shown) == 1 and "inget.sqlite" in shown[0]


def test_geometry_and_last_register_are_remembered(qtbot: QtBot, demo_path: Path, settings: Settings) -> None:
    from hallbar_desktop.__main__ import choose_register, parse_args

    reg = open_register(demo_path)
    window = MainWindow(reg, settings)
    qtbot.addWidget(window)
    window.resize(700, 520)
    window.show()
    size = (window.width(), window.height())
    assert size[1] == 520
    window.close()
    assert not settings.get(GEOMETRY).isEmpty()
    assert settings.get(LAST_REGISTER) == str(demo_path)
    assert choose_register(parse_args([]), settings.get(LAST_REGISTER)) == (str(demo_path), False)
    again = MainWindow(open_register(demo_path), settings)
    qtbot.addWidget(again)
    assert again.height() == size[1]  # (the offscreen screen is 800 px wide: widths are clamped)
    again.close()


def test_a_read_only_register_cannot_be_edited(qtbot: QtBot, demo_path: Path, settings: Settings) -> None:
    open_register(demo_path).close()  # in WAL mode now, as every register the program has opened
    reg = open_register(demo_path, read_only=True)
    window = MainWindow(reg, settings)
    qtbot.addWidget(window)
    select(window, "RJL", "1.2")
    assert not window.grid_model.flags(window.grid_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not window.paste_action.isEnabled() and not window.new_indicator_action.isEnabled()
    window.close()
