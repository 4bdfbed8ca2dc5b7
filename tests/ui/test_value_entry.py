"""Entering values in the real window: type, Enter, paste from Excel, Delete, undo, comments, history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import column, select, stored_row, type_in_cell


def test_a_typed_value_is_saved_at_once_and_enter_moves_down(qtbot: QtBot, window: MainWindow,
                                                              demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    with qtbot.waitSignal(window.state.changed):
        type_in_cell(qtbot, window, row, col, "11")
    assert window.table.currentIndex().row() == row + 1  # Enter moves down, as in Excel
    assert window.table.currentIndex().column() == col
    assert window.grid_model.index(row, col).data().startswith("11 ")
    assert "Sparat: 1.2 2022 kv 3" in window.statusBar().currentMessage()
    window.close()  # nothing to save: the value is in the file already
    assert stored_row(demo_path, "RJL", "1.2").cells[col].value == 11


def test_tab_moves_right_and_decimal_comma_and_percent_are_read(qtbot: QtBot, window: MainWindow,
                                                                demo_path: Path) -> None:
    select(window, "RJL", "1.4")
    row, col = window.grid_model.row_of("1.4"), column(window, "2022Q3")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "27,5 %", Qt.Key.Key_Tab)
    assert (window.table.currentIndex().row(), window.table.currentIndex().column()) == (row, col + 1)
    type_in_cell(qtbot, window, row, col + 1, "8 av 29")
    stored = stored_row(demo_path, "RJL", "1.4")
    assert stored.cells[col].value == 27.5
    m = stored.cells[col + 1].measurement
    assert m is not None and (m.numerator, m.denominator) == (8, 29)
    assert window.grid_model.index(row, col + 1).data(Qt.ItemDataRole.EditRole) == "8 av 29"


def test_a_milestone_takes_a_date(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "2.1")
    row, col = window.grid_model.row_of("2.1"), column(window, "2022Q4")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "2022-11-15")
    m = stored_row(demo_path, "RJL", "2.1").cells[col].measurement
    assert m is not None and m.value == 1 and str(m.reached_on) == "2022-11-15"
    assert window.grid_model.index(row, col).data().startswith("Uppnådd")


def test_an_invalid_value_shows_its_message_at_the_cell_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    before = window.grid_model.index(row, col).data()
    type_in_cell(qtbot, window, row, col, "7,5")
    assert "heltal" in window.grid_pane.cell_popup.text() and window.grid_pane.cell_popup.isVisible()
    popup = window.grid_pane.cell_popup.geometry()
    cell = window.table.visualRect(window.grid_model.index(row, col))
    assert abs(popup.top() - cell.bottom()) <= 4 or abs(popup.bottom() - cell.top()) <= 4  # next to the cell
    assert "heltal" in window.statusBar().currentMessage()
    assert window.table.currentIndex().row() == row  # stays on the refused cell
    assert window.grid_model.index(row, col).data() == before
    assert stored_row(demo_path, "RJL", "1.2").cells[col].value == 10
    assert window.undo_stack.count() == 0
    window.table.setCurrentIndex(window.grid_model.index(row + 1, col))
    assert window.grid_pane.cell_popup.isHidden()


def _block_cells(window: MainWindow) -> tuple[int, int]:
    select(window, "RJL", "1.2")
    row = window.grid_model.row_of("1.2")
    assert row is not None
    window.table.setCurrentIndex(window.grid_model.index(row, column(window, "2021Q1")))
    window.table.setFocus()
    return row, column(window, "2021Q1")


BLOCK_OK = "11\t12\t13\t14\r\n21\t22\t23\t24\r\n31\t32\t33\t34\r\n"


def test_paste_with_one_invalid_cell_saves_nothing(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    row, col = _block_cells(window)
    before = [[window.grid_model.index(row + r, col + c).data() for c in range(4)] for r in range(3)]
    QGuiApplication.clipboard().setText(BLOCK_OK.replace("23", "2,5"))  # 1.3 counts whole numbers
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    message = window.grid_pane.cell_message.text()
    assert "Inget klistrades in" in message and "1.3 2021 kv 3" in message
    assert [[window.grid_model.index(row + r, col + c).data() for c in range(4)] for r in range(3)] == before
    assert stored_row(demo_path, "RJL", "1.3").cells[col].value == 5
    assert window.undo_stack.count() == 0


def test_paste_of_a_valid_block_saves_all_as_one_undo_step(qtbot: QtBot, window: MainWindow,
                                                           demo_path: Path) -> None:
    row, col = _block_cells(window)
    QGuiApplication.clipboard().setText(BLOCK_OK)
    with qtbot.waitSignal(window.state.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    for r, code in enumerate(("1.2", "1.3", "1.4")):
        stored = stored_row(demo_path, "RJL", code)
        assert [stored.cells[col + c].value for c in range(4)] == [10 * (r + 1) + c + 1 for c in range(4)]
        assert window.grid_model.index(row + r, col).data().startswith(str(10 * (r + 1) + 1))
    assert window.undo_stack.count() == 1 and "3 × 4" in window.undo_stack.undoText()
    assert len(window.table.selectionModel().selectedIndexes()) == 12  # the pasted block stays selected
    window.undo_stack.undo()
    assert stored_row(demo_path, "RJL", "1.2").cells[col].value == 4  # the demo's own value again


def test_undo_and_redo_are_written_and_audited(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "14")
    assert window.undo_action.text() == "&Ångra Ändra 1.2 2022 kv 3"
    with qtbot.waitSignal(window.state.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_row(demo_path, "RJL", "1.2").cells[col].value == 10
    assert window.grid_model.index(row, col).data().startswith("10 ")
    with qtbot.waitSignal(window.state.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored_row(demo_path, "RJL", "1.2").cells[col].value == 14
    # The history of the cell tells the story, newest first, undo and redo included.
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    history = window.details.history_model
    cols = (history.WHEN, history.WHO, history.BEFORE, history.AFTER, history.SOURCE)
    rows = [[history.index(r, c).data() for c in cols] for r in range(history.rowCount())]
    ten, fourteen = "10\u00a0samarbeten", "14\u00a0samarbeten"  # with the indicator's unit
    assert [r[2:] for r in rows[:3]] == [
        [ten, fourteen, "fönstret (gör om)"], [fourteen, ten, "fönstret (ångra)"], [ten, fourteen, "fönstret"]]
    assert rows[-1][4] == "projektfil (rjl_vagar_till_hallbar_utveckling.toml)"


def test_delete_clears_the_selected_cells(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    window.table.setFocus()
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    qtbot.keyClick(window.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # two cells
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    stored = stored_row(demo_path, "RJL", "1.2")
    assert stored.cells[col].measurement is None and stored.cells[col + 1].measurement is None
    assert window.undo_stack.undoText() == "Töm 2 celler"
    window.undo_stack.undo()
    assert stored_row(demo_path, "RJL", "1.2").cells[col + 1].value == 12


def test_a_comment_is_edited_in_the_details_pane_and_shown_on_hover(qtbot: QtBot, window: MainWindow,
                                                                    demo_path: Path) -> None:
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    details = window.details
    original = details.comment.toPlainText()
    assert details.comment.isEnabled() and not details.save_comment.isEnabled()
    qtbot.keyClick(window.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)  # Shift+F2: to the comment
    assert details.comment.hasFocus()
    details.comment.selectAll()
    qtbot.keyClicks(details.comment, "Nya natverk ")  # QTest types ASCII only; the rest as pasted
    details.comment.insertPlainText("i Vetlanda och Eksjö.")
    assert details.save_comment.isEnabled()
    with qtbot.waitSignal(window.state.changed):
        qtbot.keyClick(details.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    m = stored_row(demo_path, "RJL", "1.2").cells[col].measurement
    assert m is not None and m.comment == "Nya natverk i Vetlanda och Eksjö." and m.value == 10
    index = window.grid_model.index(row, col)
    assert "Vetlanda och Eksjö" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(window.grid_model.CommentRole)
    history = window.details.history_model
    assert history.index(0, history.COMMENT).data() == "Nya natverk i Vetlanda och Eksjö."
    assert "Eksjö" not in history.index(0, history.AFTER).data()  # the value alone, the comment apart
    window.undo_stack.undo()
    restored = stored_row(demo_path, "RJL", "1.2").cells[col].measurement
    assert restored is not None and restored.comment == original and restored.value == 10
    assert details.comment.toPlainText() == original


def test_an_indicator_split_by_sex_opens_its_parts(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    select(window, "RJL", "4.2")
    row, col = window.grid_model.row_of("4.2"), column(window, "2022Q4")
    assert row is not None
    window.table.setFocus()
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.value_entry.parts_dialog is not None and window.value_entry.parts_dialog.isVisible())
    dialog = window.value_entry.parts_dialog
    dialog.women.setText("8")
    dialog.men.setText("x")
    dialog.accept()
    assert dialog.isVisible() and "inte ett tal" in dialog.error.text()
    dialog.men.setText("6")
    assert dialog.total.text() == "14"
    dialog.accept()
    assert not dialog.isVisible()
    m = stored_row(demo_path, "RJL", "4.2").cells[col].measurement
    assert m is not None and (m.women, m.men, m.value) == (8, 6, 14)


def test_values_survive_reopening_the_register_in_a_new_window(qtbot: QtBot, window: MainWindow,
                                                               demo_path: Path) -> None:
    select(window, "RJL", "1.3")
    row, col = window.grid_model.row_of("1.3"), column(window, "2022Q4")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "10")
    window.close()
    again = MainWindow(open_register(demo_path), window.settings)
    qtbot.addWidget(again)
    select(again, "RJL", "1.3")
    assert again.grid_model.index(row, col).data().startswith("10 ")
    again.close()


def test_a_pasted_milestone_reached_after_its_quarter_names_its_cell(qtbot: QtBot, window: MainWindow,
                                                                    demo_path: Path) -> None:
    """Every rule is checked for every cell before anything is written, the milestone's day too."""
    select(window, "RJL", "2.1")
    row, col = window.grid_model.row_of("2.1"), column(window, "2021Q3")
    assert row is not None
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    before = stored_row(demo_path, "RJL", "2.1").cells[col].value
    refused = window.value_entry.paste("ja\t2022-03-01\n")  # 2021 kv 4 cannot be reached in March 2022
    assert refused is not None and refused.startswith("2.1 2021 kv 4: Datumet då milstolpen nåddes (2022-03-01)")
    assert "Inget klistrades in" in window.grid_pane.cell_message.text()
    assert stored_row(demo_path, "RJL", "2.1").cells[col].value == before  # the first cell was not written either
    assert window.undo_stack.count() == 0
