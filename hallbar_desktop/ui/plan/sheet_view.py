"""A table of amounts that moves like a spreadsheet, as the values grid does: type to overwrite,
Enter saves and moves down, Tab saves and moves right; a refused amount keeps its cell current
so the message can be shown beside it (the model's ``last_error``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from hallbar_desktop.ui.plan.models import AmountTableModel


class SheetView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def sheet_model(self) -> AmountTableModel | None:
        model = self.model()
        return model if isinstance(model, AmountTableModel) else None

    def move_by(self, rows: int, columns: int) -> None:
        model = self.model()
        current = self.currentIndex()
        if model is None or not current.isValid():
            return
        row, col = current.row() + rows, current.column() + columns
        if col >= model.columnCount():  # Tab past the last column: the next row's first
            row, col = row + 1, 0
        elif col < 0:
            row, col = row - 1, model.columnCount() - 1
        if 0 <= row < model.rowCount() and 0 <= col < model.columnCount():
            self.setCurrentIndex(model.index(row, col))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        model = self.sheet_model()
        refused = model is not None and model.last_error is not None
        move = {
            QAbstractItemDelegate.EndEditHint.SubmitModelCache: (1, 0),
            QAbstractItemDelegate.EndEditHint.EditNextItem: (0, 1),
            QAbstractItemDelegate.EndEditHint.EditPreviousItem: (0, -1),
        }.get(hint)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move is not None and not refused:
            self.move_by(*move)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_by(1, 0)
            return
        if not editing and plain and key == Qt.Key.Key_Tab:
            self.move_by(0, 1)
            return
        if not editing and key == Qt.Key.Key_Backtab:
            self.move_by(0, -1)
            return
        super().keyPressEvent(event)
