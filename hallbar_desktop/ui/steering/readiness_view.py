"""Inför mötet: what is missing before a steering-group meeting, grouped by kind.

The model is a two-level tree over the plain ``ReadinessItem`` list from the services: a heading
per kind (with its count), the items under it. Double-click or Enter on an item asks to jump to
where it is fixed (``itemActivated``); the dialog decides what that means.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from hallbar_desktop.services.steering import READINESS_HEADINGS_SV, ReadinessItem

Index = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internal id of a heading; an item's is its group's row + 1

# lupdate sees only literals: the headings as the model translates them.
_HEADINGS = (
    QT_TRANSLATE_NOOP("ReadinessModel", "Värden som saknas"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Gula och röda värden utan kommentar"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Insatsområden utan berättelse"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Beslut som är försenade"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Beslut som fortfarande är öppna"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Försenade aktiviteter"),
    QT_TRANSLATE_NOOP("ReadinessModel", "Avvikelser i ekonomin"),
)


def heading(kind: str) -> str:
    return QCoreApplication.translate("ReadinessModel", READINESS_HEADINGS_SV.get(kind, kind))


class ReadinessModel(QAbstractItemModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[ReadinessItem]]] = []

    def set_items(self, items: list[ReadinessItem]) -> None:
        self.beginResetModel()
        groups: dict[str, list[ReadinessItem]] = {}
        for item in items:
            groups.setdefault(item.kind, []).append(item)
        order = list(READINESS_HEADINGS_SV)
        self._groups = sorted(groups.items(), key=lambda g: order.index(g[0]) if g[0] in order else len(order))
        self.endResetModel()

    def items(self) -> list[ReadinessItem]:
        return [i for _k, items in self._groups for i in items]

    def groups(self) -> list[tuple[str, int]]:
        """(kind, count) per heading shown."""
        return [(k, len(items)) for k, items in self._groups]

    def item(self, index: Index) -> ReadinessItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # --- Qt model ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP:
            return 0
        return len(self._groups[parent.row()][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, items = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{heading(kind)} ({len(items)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == self.KindRole:
                return kind
            return None
        item = self.item(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == self.KindRole:
            return item.kind
        if role == self.ItemRole:
            return item
        return None


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped to the column (a tree view alone keeps one line)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        depth = 2 if index.parent().isValid() else 1
        width = max(80, self.view.viewport().width() - self.view.indentation() * depth - 12)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        bounds = opt.fontMetrics.boundingRect(  # type: ignore[attr-defined]
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), bounds.height() + 4))


class ReadinessTree(QTreeView):
    """The grouped list; Enter or a double-click on an item emits ``itemActivated``."""

    itemActivated = Signal(object)  # noqa: N815  (a ReadinessItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readiness = ReadinessModel(self)
        self.setModel(self.readiness)
        self.setHeaderHidden(True)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)
        self.doubleClicked.connect(self._activate)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the wrapped rows' heights follow the width

    def set_items(self, items: list[ReadinessItem]) -> None:
        self.readiness.set_items(items)
        self.expandAll()
        first = self.readiness.index(0, 0, self.readiness.index(0, 0))
        if first.isValid():
            self.setCurrentIndex(first)

    def _activate(self, index: QModelIndex) -> None:
        item = self.readiness.item(index)
        if item is not None:
            self.itemActivated.emit(item)
        elif index.isValid():
            self.setExpanded(index, not self.isExpanded(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
