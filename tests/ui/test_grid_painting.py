"""The grid paints each cell in one call from what the model worked out once per row: it must
show exactly what the model's roles say (texts, lights, locked text, comment and lock marks)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from hallbar_desktop.services.grid import ProjectGrid
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.background import read_grid
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS, LOCKED_TEXT, GridModel, display_text, prepared_texts
from hallbar_desktop.ui.grid_view import GridView, paint_marks
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import column, select, type_in_cell


class RolesDelegate(QStyledItemDelegate):
    """How the grid was painted before: Qt asks the model for each role, then the markers."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        marks = index.data(GridModel.MarksRole)
        if marks and any(marks):
            paint_marks(painter, QRectF(option.rect), *marks)  # type: ignore[attr-defined]


@pytest.fixture
def grid(demo_path: Path) -> Iterator[ProjectGrid]:
    reg = open_register(demo_path)
    try:
        yield read_grid(reg, "RJL")
    finally:
        reg.close()


def locked_grid(grid: ProjectGrid) -> ProjectGrid:
    """The grid with two quarters approved (locked), as after a steering-group meeting."""
    return dataclasses.replace(grid, approved=frozenset(grid.quarters[8:10]))


def shown(qtbot: QtBot, grid: ProjectGrid) -> GridView:
    view = GridView()
    qtbot.addWidget(view)
    model = GridModel(view)
    model.save_cell = lambda code, quarter, text: None
    model.set_grid(grid)
    view.setModel(model)
    view.resize(1400, 500)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalScrollBar().setValue(6)  # the locked quarters in view
    return view


def picture(view: GridView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_the_grid_paints_what_the_roles_say(qtbot: QtBot, grid: ProjectGrid) -> None:
    view = shown(qtbot, locked_grid(grid))
    model = view.grid_model()
    visible = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
               if view.visualRect(model.index(r, c)).intersects(view.viewport().rect())]
    marks = [model.look(i.row(), i.column()) for i in visible]
    assert any(m is not None and m.comment for m in marks) and any(m is not None and m.locked for m in marks)
    painted = picture(view)
    view.setItemDelegate(RolesDelegate(view))
    assert picture(view) == painted


def test_roles_and_flags_of_every_cell(qtbot: QtBot, grid: ProjectGrid) -> None:
    grid = locked_grid(grid)
    view = shown(qtbot, grid)
    model = view.grid_model()
    n = len(grid.quarters)
    for r, row in enumerate(grid.rows):
        assert model.texts(r) == [display_text(grid, row, c, "sv") for c in range(model.columnCount())]
        for c in range(model.columnCount()):
            index = model.index(r, c)
            assert index.data() == display_text(grid, row, c, "sv")
            assert index.data(Qt.ItemDataRole.TextAlignmentRole) == int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            editable = bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
            if c >= n:
                assert background is None and foreground is None and not editable
                assert index.data(GridModel.MarksRole) is None
                continue
            cell = row.cells[c]
            colour = LIGHT_COLOURS.get(cell.status)
            assert (background.color() if background is not None else None) == colour
            locked = cell.quarter in grid.approved
            assert (foreground.color() if foreground is not None else None) == (LOCKED_TEXT if locked else None)
            assert index.data(GridModel.MarksRole) == (bool(cell.comment), locked)
            assert index.data(GridModel.LockedRole) is locked
            assert editable is (not locked and not row.indicator.archived)


def test_texts_are_worked_out_in_the_worker(grid: ProjectGrid) -> None:
    """``read_grid`` (a worker's job) formats the texts; the model only looks them up."""
    for row in grid.rows:
        texts = prepared_texts(row, "sv")
        assert texts is not None
        assert list(texts) == [display_text(grid, row, c, "sv") for c in range(len(texts))]
    assert prepared_texts(grid.rows[0], "en") is None  # another language is formatted anew


def test_a_typed_value_repaints_its_row(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    model = window.grid_model
    row, col = model.row_of("3.1"), column(window, "2022Q3")
    assert row is not None
    before = model.look(row, col)
    type_in_cell(qtbot, window, row, col, "42")
    qtbot.waitUntil(lambda: model.index(row, col).data() != before.text)  # type: ignore[union-attr]
    assert model.index(row, col).data().startswith("42\u00a0%")
    assert model.look(row, col).text == model.index(row, col).data()  # type: ignore[union-attr]


def test_a_typed_value_repaints_the_cells_that_look_different_only(qtbot: QtBot, window: MainWindow) -> None:
    """The row's cells shown before are compared with how they look now: every cell that changed
    is repainted, the others of the row are not."""
    select(window, "RJL", "3.1")
    model = window.grid_model
    row, col = model.row_of("3.1"), column(window, "2022Q3")
    assert row is not None
    columns = range(model.columnCount())
    before = [model.look(row, c) for c in columns]
    repainted: set[int] = set()
    model.dataChanged.connect(lambda tl, br, *_: repainted.update(
        range(tl.column(), br.column() + 1)) if tl.row() <= row <= br.row() else None)
    type_in_cell(qtbot, window, row, col, "43")
    qtbot.waitUntil(lambda: model.look(row, col) != before[col])
    after = [model.look(row, c) for c in columns]
    assert {c for c in columns if after[c] != before[c]} <= repainted
    assert col in repainted and len(repainted) < len(columns)


def test_only_the_shown_project_is_in_the_navigator_after_a_reload(qtbot: QtBot, window: MainWindow) -> None:
    nav, view = window.navigator_model, window.navigator
    window.show_project("RJL")
    window.state.reload()
    window.show_project("RJH")
    window.show_project("RJL")
    hidden = [view.isRowHidden(r, QModelIndex()) for r in range(nav.rowCount())]
    assert hidden == [r != nav.find(("RJL",)).row() for r in range(nav.rowCount())]
