"""Every pane shows the same project, indicator and value, after every kind of change.

One test per defect found when the window was tried as a new user would: each failed before the
window had one owner of the register's state and one selection (issue 14).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import Settings
from tests.ui.conftest import column, select, stored_row, type_in_cell


def _chart_title(window: MainWindow) -> str:
    chart = window.chart_pane.chart
    return str(chart.figure.axes[0].get_title(loc="left")) if chart is not None else ""


def _wait_for_chart(qtbot: QtBot, window: MainWindow, code: str) -> None:
    pane = window.chart_pane
    qtbot.waitUntil(lambda: not pane.build_pending() and _chart_title(window).startswith(f"{code} "),
                    timeout=20_000)


def _switch_project(window: MainWindow, code: str) -> None:
    window.project_box.setCurrentIndex(window.project_box.findData(code))


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Every question box is answered with ``answer``; the texts asked are returned."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_details_comment_and_chart_follow_a_project_switch(qtbot: QtBot, window: MainWindow,
                                                           demo_path: Path) -> None:
    select(window, "RJL", "3.1")
    _wait_for_chart(qtbot, window, "3.1")
    assert window.details.title.text().startswith("3.1 Andel")
    _switch_project(window, "RJH")
    grid = window.grid_model.grid
    assert grid is not None and grid.project.code == "RJH"
    # The details show an indicator of RJH (its definition, the selected value), not RJL's 3.1.
    shown = window.details.indicator
    assert shown is not None and shown.project_id == grid.project.id
    index = window.table.currentIndex()
    assert index.isValid() and window.grid_model.rows()[index.row()].indicator.code == shown.code
    assert window.details.cell_title.text().startswith(f"{shown.code} · ")
    _wait_for_chart(qtbot, window, shown.code)
    assert "Andel hållbarhetssäkrade" not in _chart_title(window) or shown.code == "3.1"
    assert window.chart_pane.chart is not None
    assert window.chart_pane.chart.figure.axes[0].get_title(loc="left") == f"{shown.code} {shown.name}"


def test_a_comment_typed_after_a_project_switch_is_saved_in_that_project(
        qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "3.1")
    _switch_project(window, "RJH")
    # Straight after the switch the details offer a value of RJH: the one selected in the grid.
    index = window.table.currentIndex()
    assert index.isValid()
    code = window.grid_model.rows()[index.row()].indicator.code
    quarter = window.grid_model.quarter_at(index.column())
    assert quarter is not None
    assert window.details.cell_title.text().startswith(f"{code} · {quarter.label_sv()}")
    details = window.details
    assert details.comment.isEnabled()
    details.comment.setFocus()
    details.comment.selectAll()
    details.comment.insertPlainText("Fler ärenden analyserade i Östersund.")
    qtbot.keyClick(details.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    m = stored_row(demo_path, "RJH", code).cell(quarter).measurement  # type: ignore[union-attr]
    assert m is not None and m.comment == "Fler ärenden analyserade i Östersund."
    assert all(c.comment != "Fler ärenden analyserade i Östersund." for c in stored_row(demo_path, "RJL", "3.1").cells)


def test_a_comment_being_typed_is_not_lost_when_the_window_closes(
        qtbot: QtBot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    select(window, "RJL", "1.2")
    col = column(window, "2022Q3")
    window.table.setCurrentIndex(window.grid_model.index(window.grid_model.row_of("1.2"), col))  # type: ignore[arg-type]
    window.details.comment.setFocus()
    window.details.comment.selectAll()
    window.details.comment.insertPlainText("Skrivet men inte sparat.")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert len(asked) == 1 and "1.2" in asked[0]
    m = stored_row(demo_path, "RJL", "1.2").cells[col].measurement
    assert m is not None and m.comment == "Skrivet men inte sparat."


def test_cancel_keeps_the_window_and_the_comment_being_typed(
        qtbot: QtBot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    select(window, "RJL", "1.2")
    col = column(window, "2022Q3")
    window.table.setCurrentIndex(window.grid_model.index(window.grid_model.row_of("1.2"), col))  # type: ignore[arg-type]
    window.details.comment.setFocus()
    window.details.comment.selectAll()
    window.details.comment.insertPlainText("Halvfärdig mening")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _switch_project(window, "RJH")  # Avbryt: the project stays, and so does the text
    assert len(asked) == 1
    assert window.project_box.currentData() == "RJL" and window.grid_model.grid.project.code == "RJL"  # type: ignore[union-attr]
    assert window.details.comment.toPlainText() == "Halvfärdig mening"
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    _switch_project(window, "RJH")  # Spara inte: the project switches, nothing is written
    assert window.grid_model.grid.project.code == "RJH"  # type: ignore[union-attr]
    assert stored_row(demo_path, "RJL", "1.2").cells[col].comment != "Halvfärdig mening"


def test_a_comment_is_saved_when_the_focus_leaves_it(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    col = column(window, "2022Q3")
    row = window.grid_model.row_of("1.2")
    assert row is not None
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    window.details.comment.setFocus()
    window.details.comment.selectAll()
    window.details.comment.insertPlainText("Sparas när fokus lämnar rutan.")
    window.table.setFocus()  # the user clicks back into the grid
    m = stored_row(demo_path, "RJL", "1.2").cells[col].measurement
    assert m is not None and m.comment == "Sparas när fokus lämnar rutan."


def test_every_light_in_the_navigator_stays_after_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "1.2")
    nav = window.navigator_model
    codes = [r.indicator.code for r in window.grid_model.grid.rows]  # type: ignore[union-attr]
    before = {code: nav.find(("RJL", code)).data() for code in codes}
    lit = [code for code, text in before.items() if text[0] in "●▲■○"]
    assert len(lit) == len(codes)  # every indicator has a light before
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q4")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "17")
    assert "Sparat: 1.2 2022 kv 4" in window.statusBar().currentMessage()
    after = {code: nav.find(("RJL", code)).data() for code in codes}
    assert {c: t for c, t in after.items() if c != "1.2"} == {c: t for c, t in before.items() if c != "1.2"}
    assert after["1.2"][0] in "●▲■○"
    brush = nav.find(("RJL", "2.2")).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None


def _approved_marks(window: MainWindow) -> list[int]:
    chart = window.chart_pane.chart
    if chart is None or chart.approved is None:
        return []
    return sorted(int(x) for x, _y in chart.approved.get_offsets())


def test_the_chart_marks_a_quarter_approved_and_unlocked_in_the_steering_window(
        qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    _wait_for_chart(qtbot, window, "3.1")
    q3 = Quarter.parse("2022Q3")
    col = column(window, "2022Q3")
    assert col not in _approved_marks(window)
    dialog = window.open_steering()
    dialog.today = date(2022, 11, 20)
    dialog.refresh()
    dialog.ask_unsaved = lambda: "discard"
    assert dialog.meeting_tab.approve_quarter(confirm=False), dialog.last_error
    qtbot.waitUntil(lambda: col in _approved_marks(window), timeout=20_000)
    assert _chart_title(window).startswith("3.1 ")
    assert dialog.meeting_tab.unlock_quarter(q3, "Rättelse efter revision."), dialog.last_error
    qtbot.waitUntil(lambda: col not in _approved_marks(window) and not window.chart_pane.build_pending(),
                    timeout=20_000)
    dialog.close()


def test_the_status_bar_says_what_delete_and_undo_did(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "13")
    assert "Sparat: 1.2 2022 kv 3" in window.statusBar().currentMessage()
    window.table.setFocus()
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    message = window.statusBar().currentMessage()
    assert "Sparat" not in message and "Tömt: 1.2 2022 kv 3" in message
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert "Sparat" not in message and "Ångrat: Töm 1 celler" in message
    qtbot.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "Gjort om: Töm 1 celler" in window.statusBar().currentMessage()


def test_a_readiness_jump_shows_the_value_with_the_comment_box_ready(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    window.tabs.setCurrentWidget(window.scorecard)  # the Resultatkort tab is in front
    dialog = window.open_steering(readiness=True)
    dialog.today = date(2022, 11, 20)
    dialog.refresh()
    dialog.show_readiness()
    dialog.ask_unsaved = lambda: "discard"
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    model = dialog.readiness_tab.tree.readiness
    uncommented = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Gula och röda"))
    item = model.index(1, 0, model.index(uncommented, 0))  # 3.1 2022 kv 3: yellow, no comment
    assert model.item(item).indicator_code == "3.1"
    dialog.readiness_tab.tree.setFocus()
    dialog.readiness_tab.tree.setCurrentIndex(item)
    qtbot.keyClick(dialog.readiness_tab.tree, Qt.Key.Key_Return)
    # The value is selected in the grid, on the Kvartalsvärden tab, in front of the steering window,
    # and the cursor is in the comment box, where what the value lacks is written.
    assert window.tabs.currentIndex() == 0
    current = window.table.currentIndex()
    assert window.grid_model.rows()[current.row()].indicator.code == "3.1"
    assert window.grid_model.quarter_at(current.column()) == Quarter.parse("2022Q3")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.details.comment.hasFocus()
    dialog.close()


def test_the_last_project_and_indicator_open_on_restart(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "restart.ini")
    first = MainWindow(open_register(demo_path), settings)
    qtbot.addWidget(first)
    first.show()
    assert first.current_project_code() == "RJH"  # the first project, the first time
    select(first, "RJL", "2.2")
    first.close()
    again = MainWindow(open_register(demo_path), settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_project_code() == "RJL"
    assert again.current_indicator() == ("RJL", "2.2")
    assert again.grid_model.grid is not None and again.grid_model.grid.project.code == "RJL"
    again.close()
