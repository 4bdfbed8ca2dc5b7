"""The quarterly grid as a spreadsheet: type to overwrite, Enter moves down, Tab moves right.

The delegate paints the comment and lock markers (a corner triangle as in Excel, a small
padlock) and opens a dialog instead of a text editor for indicators split by sex.

A repaint paints every visible cell, and each call from Qt into Python costs (many times over
while a worker thread computes: the calls queue for the interpreter lock). So the delegate
paints a grid cell in one call: what it shows comes from the model's looks, worked out once per
row (``GridModel.look``), not from a question per role.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.ui.grid_model import RIGHT_ALIGNED, GridModel, Look

Index = QModelIndex | QPersistentModelIndex
COMMENT_MARK = QColor("#c0392b")
LOCK_MARK = QColor("#37474f")


class GridDelegate(QStyledItemDelegate):
    #: A cell of an indicator split by sex was asked to be edited: the window opens the parts.
    partsRequested = Signal(QModelIndex)  # noqa: N815

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:  # type: ignore[override]  # noqa: N802
        row = index.data(GridModel.RowRole)
        if row is not None and row.indicator.split_by_sex:
            persistent = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: self.partsRequested.emit(persistent.model().index(persistent.row(),
                                                                                           persistent.column())))
            return None
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if row is not None:
            kind = row.indicator.kind
            if kind is IndicatorKind.MILESTONE:
                editor.setPlaceholderText(self.tr("ja, nej eller datum"))
            elif kind is IndicatorKind.PERCENT:
                editor.setPlaceholderText(self.tr("85 eller 34 av 40"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        look = model.look(index.row(), index.column()) if isinstance(model, GridModel) else None
        if look is None:
            super().paint(painter, option, index)
            return
        self.paint_look(painter, option, index, look)

    @staticmethod
    def paint_look(painter: QPainter, option: QStyleOptionViewItem, index: Index, look: Look) -> None:
        """What ``QStyledItemDelegate.paint`` draws from the model's roles (text, light, locked
        text colour, right alignment), from ``look``; then the markers."""
        opt = QStyleOptionViewItem(option)
        if isinstance(index, QModelIndex):  # Qt paints with a plain index
            opt.index = index
        opt.displayAlignment = Qt.AlignmentFlag(RIGHT_ALIGNED)
        if look.text:
            opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            opt.text = look.text
        if look.background is not None:
            opt.backgroundBrush = look.background
        if look.foreground is not None:
            palette = QPalette(opt.palette)
            palette.setBrush(QPalette.ColorRole.Text, look.foreground)
            opt.palette = palette
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if look.comment or look.locked:
            paint_marks(painter, QRectF(option.rect), look.comment, look.locked)  # type: ignore[attr-defined]


def paint_marks(painter: QPainter, rect: QRectF, comment: bool, locked: bool) -> None:
    """The comment and lock markers of a cell."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if comment:  # a red triangle in the top-right corner, as Excel marks a note
        size = 7.0
        path = QPainterPath(QPointF(rect.right() - size, rect.top()))
        path.lineTo(QPointF(rect.right(), rect.top()))
        path.lineTo(QPointF(rect.right(), rect.top() + size))
        path.closeSubpath()
        painter.fillPath(path, COMMENT_MARK)
    if locked:  # a small padlock at the left edge
        x, y = rect.left() + 3, rect.center().y() - 4
        painter.setPen(QPen(LOCK_MARK, 1.2))
        painter.drawArc(QRectF(x + 1, y - 4, 5, 7), 0, 180 * 16)
        painter.fillRect(QRectF(x, y, 7, 6), LOCK_MARK)
    painter.restore()


class GridHeader(QHeaderView):
    """A header that measures its sections once per grid shown.

    While a new grid is laid out Qt asks a header for its size several times over, and each
    time the stock header asks the model for every section's text, font, icon and size hint:
    some 1,500 calls into Python per project shown, each of which waits for the interpreter
    lock while a worker computes. Here each section is measured once (until the model is reset
    or its headers change) and the header's own size hint is kept likewise."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)  # as QTableView's own headers
        self.setHighlightSections(True)
        self._sections: dict[int, QSize] = {}
        self._hint: QSize | None = None
        self._watched: QAbstractItemModel | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        if self._watched is not None:
            for signal in self._signals(self._watched):
                signal.disconnect(self.forget_sizes)
        super().setModel(model)
        self._watched = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.forget_sizes)
        self.forget_sizes()

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple[Any, ...]:
        return (model.modelReset, model.headerDataChanged, model.layoutChanged, model.rowsInserted,
                model.rowsRemoved, model.columnsInserted, model.columnsRemoved)

    def forget_sizes(self, *_: Any) -> None:
        self._sections.clear()
        self._hint = None

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803
        size = self._sections.get(logicalIndex)
        if size is None:
            size = self._sections[logicalIndex] = super().sectionSizeFromContents(logicalIndex)
        return size

    def sizeHint(self) -> QSize:  # noqa: N802
        if self._hint is None:
            self._hint = super().sizeHint()
        return self._hint

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        self.forget_sizes()  # a new font or style measures differently
        super().changeEvent(event)


def two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at spaces into at most two lines of ``width`` pixels, the second elided
    when the text needs more (a word longer than a line is elided too)."""
    words = text.split()
    first = ""
    while words:
        candidate = f"{first} {words[0]}" if first else words[0]
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
        words.pop(0)
    if not first:  # the first word alone is too long
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    if not words:
        return [first]
    return [first, metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]


class RowNamesHeader(GridHeader):
    """The frozen column of the grid: each indicator's code and name, on up to two lines.

    It is the grid's vertical header, so it shares the grid's model, rows and vertical scrolling
    and stays put while the quarters scroll sideways. Its width is the widest name on one line,
    at most a share of the grid (``MAX_SHARE``): a longer name wraps onto a second line rather than
    being cut, and its full text is the row's tooltip."""

    #: The most of the grid's width the names may take; the quarters get the rest.
    MAX_SHARE = 0.42
    MIN_WIDTH = 160
    PADDING = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Rows tall enough for two lines of a name."""
        self.setDefaultSectionSize(max(self.defaultSectionSize(), 2 * self.fontMetrics().lineSpacing() + 6))

    def set_room(self, grid_width: int) -> None:
        """The grid is ``grid_width`` pixels wide: the names take at most their share of it."""
        width = max(self.MIN_WIDTH, int(grid_width * self.MAX_SHARE))
        if width != self.maximumWidth():
            self.setMaximumWidth(width)

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self.fit_rows()

    def lines(self, section: int) -> list[str]:
        """The lines section ``section`` shows at the header's width now (bold if current)."""
        model = self.model()
        text = str(model.headerData(section, Qt.Orientation.Vertical) or "") if model is not None else ""
        font = self.font()
        font.setBold(True)  # measured bold: the current row's name must fit too
        return two_lines(text, QFontMetrics(font), self.width() - 2 * self.PADDING)

    def paintSection(self, painter: QPainter, rect: Any, logicalIndex: int) -> None:  # noqa: N802, N803
        if not rect.isValid():
            return
        opt = QStyleOptionHeader()
        self.initStyleOptionForIndex(opt, logicalIndex)
        opt.rect = rect
        opt.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        font = self.font()
        view = self.parent()
        current = view.currentIndex() if isinstance(view, QTableView) else QModelIndex()
        font.setBold(current.isValid() and current.row() == logicalIndex)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.ButtonText))
        text = "\n".join(self.lines(logicalIndex))
        painter.drawText(rect.adjusted(self.PADDING, 0, -self.PADDING, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class GridView(QTableView):
    """Moves like a spreadsheet; saving is the model's, paste and delete are the window's.

    The indicators' names are the frozen column (:class:`RowNamesHeader`); when the grid is
    resized and its current cell would leave the viewport, ``keepCurrentInView`` asks the pane
    to scroll it back."""

    #: The grid was resized and its current cell is not wholly in view.
    currentOutOfView = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(GridHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(RowNamesHeader(self))
        self.grid_delegate = GridDelegate(self)
        self.setItemDelegate(self.grid_delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        # Widths are fitted once per grid shown; ResizeToContents would ask every cell again
        # on every repaint, which is what makes large registers slow.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)

    def row_names(self) -> RowNamesHeader:
        header = self.verticalHeader()
        assert isinstance(header, RowNamesHeader)
        return header

    def current_in_view(self) -> bool:
        """The current cell lies wholly inside the viewport (no current cell: True)."""
        current = self.currentIndex()
        if not current.isValid():
            return True
        return self.viewport().rect().contains(self.visualRect(current))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.row_names().set_room(event.size().width())
        super().resizeEvent(event)
        if not self.current_in_view():
            QTimer.singleShot(0, self, self._check_current_in_view)  # once the headers are laid out

    def _check_current_in_view(self) -> None:
        if not self.current_in_view():
            self.currentOutOfView.emit()

    def grid_model(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    def _move(self, rows: int, columns: int) -> None:
        model = self.grid_model()
        current = self.currentIndex()
        if not current.isValid():
            return
        last_col = max(model.n_quarters() - 1, 0) if current.column() < model.n_quarters() else model.columnCount() - 1
        row, col = current.row() + rows, current.column() + columns
        if col > last_col:  # Tab past the last quarter: first quarter of the next row
            row, col = row + 1, 0
        elif col < 0:
            row, col = row - 1, last_col
        if 0 <= row < model.rowCount() and 0 <= col < model.columnCount():
            self.setCurrentIndex(model.index(row, col))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Enter moves down and Tab right once the value is saved; a refused value keeps the
        cell current so the user sees the message next to it."""
        refused = self.grid_model().last_error is not None
        move = {
            QAbstractItemDelegate.EndEditHint.SubmitModelCache: (1, 0),
            QAbstractItemDelegate.EndEditHint.EditNextItem: (0, 1),
            QAbstractItemDelegate.EndEditHint.EditPreviousItem: (0, -1),
        }.get(hint)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move is not None and not refused:
            self._move(*move)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if self.state() != QAbstractItemView.State.EditingState and plain:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move(1, 0)
                return
            if key == Qt.Key.Key_Tab:
                self._move(0, 1)
                return
        if self.state() != QAbstractItemView.State.EditingState and key == Qt.Key.Key_Backtab:
            self._move(0, -1)
            return
        super().keyPressEvent(event)
