"""The first window opens on the demo register and shows its values with status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.grid_model import GridModel
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.navigator_model import NavigatorModel


def test_window_shows_demo_projects_and_values(qtbot: QtBot, demo: Register) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    nav = window.navigator_model
    projects = [nav.index(r, 0).data() for r in range(nav.rowCount())]
    assert any("RJL" in p for p in projects) and any("RJH" in p for p in projects)
    rjl = nav.find(("RJL",))
    areas = [nav.index(r, 0, rjl).data() for r in range(nav.rowCount(rjl))]
    assert areas[0].startswith("1. Jämställd och jämlik digitalisering")
    # Select the third focus area: the grid shows its indicators and their quarterly values.
    window.navigator.setCurrentIndex(nav.index(2, 0, rjl))
    model = window.grid_model
    assert model.rowCount() >= 1
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "2021 kv 3" in header and "Hela projektet" in header
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(12)]
    assert any(text and any(ch.isdigit() for ch in text) for text in shown)
    lights = {model.index(r, c).data(GridModel.LightRole)
              for r in range(model.rowCount()) for c in range(12)}
    assert lights & {"green", "yellow", "red", "grey"}
    assert "Hållbarhetssäkrad finansiering" in window.heading.text()
    assert str(demo.location.path) in window.windowTitle()


def test_empty_register_explains_what_to_do(qtbot: QtBot, register: Register) -> None:
    window = MainWindow(register)
    qtbot.addWidget(window)
    assert "--demo" in window.heading.text()
    assert window.navigator_model.rowCount() == 0


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, demo: Register) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo)
    qtbot.addWidget(window)
    qtmodeltester.check(window.navigator_model)
    qtmodeltester.check(window.grid_model)
    assert isinstance(window.navigator_model, NavigatorModel)


def test_application_entry_point_opens_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    from hallbar_desktop.__main__ import prepare_register

    reg = prepare_register(str(tmp_path / "d.sqlite"), demo=True)
    window = MainWindow(reg)
    qtbot.addWidget(window)
    assert window.navigator_model.rowCount() == 2
    reg2 = prepare_register(str(tmp_path / "d.sqlite"), demo=True)  # second start: no reload
    window2 = MainWindow(reg2)
    qtbot.addWidget(window2)
    assert window2.navigator_model.rowCount() == 2


def test_file_menu_exports_a_report_and_a_backup(qtbot: QtBot, demo: Register, tmp_path: Path,
                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(demo)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Arkiv"]
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL",)))
    out = window.export_report(tmp_path / "rjl.xlsx")
    assert out is not None and out.exists()
    assert "Sammanfattning" in load_workbook(out, read_only=True).sheetnames
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "kopia.sqlite"), "")))
    window.save_backup()
    assert (tmp_path / "kopia.sqlite").exists()
    assert "kopia.sqlite" in window.statusBar().currentMessage()
