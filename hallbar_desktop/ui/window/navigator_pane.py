"""The project selector and the navigator (focus areas → indicators, each with its light).

It follows the selection (the project's row shown, the others hidden; the indicator or focus area
selected marked) and the state (the tree after a change of structure, the lights of the values
written), and turns the user's choices into selections.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.status import Light
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.grid import ProjectGrid
from hallbar_desktop.ui.navigator_model import NavigatorModel
from hallbar_desktop.ui.window.selection import Selected
from hallbar_desktop.ui.window.state import RegisterState


def lights(grid: ProjectGrid, codes: set[str] | None = None) -> dict[str, Light]:
    """The light each indicator of ``grid`` shows in the navigator (of ``codes`` only, casefolded)."""
    rows = grid.rows if codes is None else [grid.rows[i] for i in grid.positions_folded(codes)]
    return {r.indicator.code: r.current.status if r.current is not None else Light.NONE for r in rows}


class WrappingDelegate(QStyledItemDelegate):
    """Items of a tree as tall as their text needs at the width the tree gives them: a long
    name wraps onto more lines in a narrow pane instead of being cut off. (A tree's own word wrap
    measures an item without its width, so it never wraps.)"""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:  # noqa: N802
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.rect = QRect(0, 0, max(width, 40), 10_000)
        size = self.tree.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), self.tree)
        return QSize(min(size.width(), max(width, 40)), size.height())

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        super().paint(painter, opt, index)


class WrappingTree(QTreeView):
    """A tree whose items wrap their text (:class:`WrappingDelegate`), laid out again when its
    width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._laid_out_width = -1

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.viewport().width() != self._laid_out_width:
            self._laid_out_width = self.viewport().width()
            self.scheduleDelayedItemsLayout()


class ElidingComboBox(QComboBox):
    """A combo box that ends a name too long for it with "…" (its full text in the tooltip and in
    the list, which is as wide as the longest name) instead of cutting it off mid-word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        if self.toolTip() != self.currentText():  # also when it was set with its signals blocked
            self.setToolTip(self.currentText())
        self._paint_elided()

    def _paint_elided(self) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                                        field.width() - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)

    def showPopup(self) -> None:  # noqa: N802
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        self.view().setMinimumWidth(min(widest + 40, 900))
        super().showPopup()

    def elided(self) -> bool:
        """The current text does not fit and ends with "…"."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().horizontalAdvance(self.currentText()) > field.width() - 4


class NavigatorTree(WrappingTree):
    """The navigator's tree, whose type-ahead finds an indicator by its code: typing ``3.1``
    goes to indicator 3.1 (Qt's own search would match the focus area "3. …" and stop there)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        if not search:
            self._typed = ""
            return
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typed += search
        self._since.restart()
        model = self.model()
        key = self.currentIndex().data(NavigatorModel.KeyRole)
        if not isinstance(model, NavigatorModel) or not key:
            super().keyboardSearch(search)
            return
        found = model.typed(str(key[0]), self._typed)
        target = model.find(found) if found is not None else QModelIndex()
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)


class NavigatorPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.model = NavigatorModel(self)
        self._shown = -1  # the project row left shown (-1: all are, as after a reset)
        self._syncing = False
        self._tree_of: Any = None  # the state's tree the model shows
        self.model.modelAboutToBeReset.connect(self._forget_shown_row)
        self.project_box: QComboBox = ElidingComboBox()
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.project_box.setMinimumContentsLength(16)
        self.project_box.currentIndexChanged.connect(self._on_project_box)
        project_label = QLabel(self.tr("&Projekt:"))
        project_label.setBuddy(self.project_box)
        self.tree = NavigatorTree()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setIndentation(14)  # a long name wraps onto more lines rather than being cut off
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        navigator_label = QLabel(self.tr("&Insatsområden och indikatorer:"))
        navigator_label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(project_label)
        layout.addWidget(self.project_box)
        layout.addWidget(navigator_label)
        layout.addWidget(self.tree, 1)

    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)

    # --- what the register holds ------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if changes.structure:
            self._show_tree()
        code = self.state.selection.project
        if code is not None and changes.concerns(code):
            grid = self.state.cached_grid(code)
            if grid is not None:
                wanted = None if changes.structure else {c.casefold() for c in changes.values_of(code)}
                self.model.update_lights(code, lights(grid, wanted))
        self._show_selection(self.state.selection.current, moved=False)

    def _show_tree(self) -> None:
        assert self.state is not None
        if self._tree_of is not self.state.tree:
            self._tree_of = self.state.tree
            self.model.set_tree(self.state.tree)
        box = self.project_box
        blocked = box.blockSignals(True)
        box.clear()
        for e in self.state.entries:
            box.addItem(f"{e.project.code} – {e.project.name}", e.project.code)
            box.setItemData(box.count() - 1, f"{e.project.code} – {e.project.name}", Qt.ItemDataRole.ToolTipRole)
        box.blockSignals(blocked)

    # --- the selection ------------------------------------------------------------------------
    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project and self.state is not None and now.project is not None:
            grid = self.state.grid(now.project)  # its lights (read now in a small register)
            if grid is not None:
                self.model.update_lights(now.project, lights(grid))
        self._show_selection(now, moved=now.indicator != before.indicator)

    def _show_selection(self, now: Selected, moved: bool = False) -> None:
        """The project's row shown, the box on it, and the item of the selection current."""
        if now.project is None:
            return
        row = self.model.project_row(now.project)
        if row is None:
            return
        self._show_row(row)
        box = self.project_box
        i = box.findData(now.project)
        if i != box.currentIndex():
            blocked = box.blockSignals(True)
            box.setCurrentIndex(i)
            box.blockSignals(blocked)
            box.setToolTip(box.currentText())
        index = self.model.project_index(now.project)
        if not self.tree.isExpanded(index):
            self.tree.expandRecursively(index)
        current = self.tree.currentIndex()
        if current.isValid() and self._means(current, now, moved):
            return
        key: tuple[Any, ...] = (now.project,)
        if now.indicator is not None:
            key = (now.project, now.indicator)
        elif now.focus_area is not None:
            key = (now.project, now.focus_area)
        target = self.model.find(key)
        if not target.isValid():
            return
        self._syncing = True
        try:
            self.tree.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(target)
        finally:
            self._syncing = False

    @staticmethod
    def _means(index: QModelIndex, sel: Selected, moved: bool) -> bool:
        """Whether the navigator's current item stands for the selection already. A focus area
        or the project chosen here stays current while the indicator stays; an indicator chosen
        in the grid (``moved``) is marked here."""
        key = index.data(NavigatorModel.KeyRole)
        kind = index.data(NavigatorModel.KindRole)
        if not key or key[0] != sel.project:
            return False
        if kind == "indicator":
            return sel.indicator == key[1]
        unmoved = sel.indicator is None or not moved
        if kind == "focus_area":
            return unmoved and sel.focus_area == key[1]
        return unmoved and sel.focus_area is None

    def _show_row(self, row: int) -> None:
        """Hide every project's row but ``row``. The rows hidden are remembered until the model is
        reset (which shows them all): asking the tree about each of a large register's rows is a
        call into Python per row, twice per switch."""
        if self._shown == row:
            return
        root = QModelIndex()
        if self._shown < 0:
            for r in range(self.model.rowCount()):
                if r != row:
                    self.tree.setRowHidden(r, root, True)
        else:
            self.tree.setRowHidden(self._shown, root, True)
        self.tree.setRowHidden(row, root, False)
        self._shown = row

    def _forget_shown_row(self) -> None:
        self._shown = -1

    # --- the user's choices -------------------------------------------------------------------
    def _on_project_box(self, _i: int) -> None:
        code = self.project_box.currentData()
        if code and self.state is not None and not self.state.select_project(str(code)):
            self._show_selection(self.state.selection.current, moved=True)  # a guard kept the project

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._syncing or self.state is None:
            return
        state, sel = self.state, self.state.selection
        kind = current.data(NavigatorModel.KindRole)
        key = current.data(NavigatorModel.KeyRole)
        code = str(key[0])
        if code != sel.project:
            ok = state.select_project(code)
            if ok and kind != "project":
                ok = self._choose(kind, key)
        else:
            ok = self._choose(kind, key)
        if not ok:
            self._show_selection(sel.current, moved=True)

    def _choose(self, kind: str, key: tuple[Any, ...]) -> bool:
        assert self.state is not None
        sel = self.state.selection
        if kind == "project":
            return sel.select(focus_area=None)
        if kind == "focus_area":
            number = int(key[1])
            info = self.state.indicator(key[0], sel.indicator)
            keep = info is not None and info.focus_area_number == number
            return sel.select(focus_area=number, indicator=sel.indicator if keep else None)
        info = self.state.indicator(key[0], str(key[1]))
        landing = self.state.landing(str(key[0]))
        return sel.select(focus_area=info.focus_area_number if info is not None else None, indicator=str(key[1]),
                          quarter=sel.quarter or landing.quarter)

    def choose(self, key: tuple[Any, ...]) -> bool:
        """What a click on the item of ``key`` does (a project, focus area or indicator):
        False when there is no such item or a guard kept the selection."""
        index = self.model.find(key)
        if not index.isValid():
            return False
        if index == self.tree.currentIndex():
            self._on_current(index, index)
        else:
            self.tree.setCurrentIndex(index)
        return self.tree.currentIndex() == index

    def selected_area(self) -> int | None:
        """The focus area of the navigator's item (or of its indicator), else the grid's."""
        kind, key = self.selected_key()
        if kind == "focus_area" and key is not None:
            return int(key[1])
        if kind == "indicator" and key is not None and self.state is not None:
            info = self.state.indicator(key[0], str(key[1]))
            return info.focus_area_number if info is not None else None
        return self.state.selection.focus_area if self.state is not None else None

    def selected_key(self) -> tuple[str | None, Any]:
        """(kind, key) of the navigator's current item."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(NavigatorModel.KindRole), index.data(NavigatorModel.KeyRole)
