"""The navigator (Qt's own item model, a project's rows made on first use) and the grid's headers
(each section measured once per grid) show what the register holds, after every change."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.status import Light
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS
from hallbar_desktop.ui.grid_view import GridHeader
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.navigator_model import NavigatorModel
from tests.ui.conftest import select


def test_a_project_not_yet_shown_gets_its_rows_and_lights_when_looked_up(window: MainWindow) -> None:
    nav = window.navigator_model
    assert window.current_project_code() == "RJH"
    rjl = nav.find(("RJL",))
    assert rjl.isValid() and nav.rowCount(rjl) == 4  # made on first use: the four focus areas
    # New lights for a project whose indicator rows exist, and for one whose do not yet.
    nav.update_lights("RJL", {"3.1": Light.RED})
    assert nav.find(("RJL", "3.1")).data().startswith("■ 3.1 ")
    assert nav.find(("RJL", "3.1")).data(Qt.ItemDataRole.BackgroundRole).color() == LIGHT_COLOURS[Light.RED]
    fresh = NavigatorModel()
    fresh.set_entries(window.state.entries, {})
    fresh.update_lights("RJL", {"1.1": Light.GREEN})  # before RJL's rows exist
    index = fresh.find(("RJL", "1.1"))
    assert index.data().startswith("● 1.1 ")
    assert index.data(NavigatorModel.KeyRole) == ("RJL", "1.1")
    assert index.data(NavigatorModel.KindRole) == "indicator"
    assert fresh.find(("RJL", 3)).data() == "3. Hållbarhetssäkrad finansiering"
    assert not fresh.find(("RJL", "9.9")).isValid() and not fresh.find(("NOPE",)).isValid()


def test_selecting_in_another_project_shows_its_rows_and_hides_the_rest(qtbot: QtBot, window: MainWindow) -> None:
    nav, view = window.navigator_model, window.navigator
    select(window, "RJL", "2.2")
    qtbot.waitUntil(lambda: window.current_project_code() == "RJL")
    rjl, rjh = nav.find(("RJL",)), nav.find(("RJH",))
    assert not view.isRowHidden(rjl.row(), QModelIndex()) and view.isRowHidden(rjh.row(), QModelIndex())
    assert view.isExpanded(rjl) and view.isExpanded(nav.find(("RJL", 2)))
    assert view.currentIndex().data(NavigatorModel.KeyRole) == ("RJL", "2.2")


def test_the_grid_headers_are_measured_again_for_each_grid(window: MainWindow) -> None:
    columns, rows = window.table.horizontalHeader(), window.table.verticalHeader()
    assert isinstance(columns, GridHeader) and isinstance(rows, GridHeader)
    assert columns.highlightSections() and columns.sectionsClickable()
    window.show_project("RJH")
    rjh_width, rjh_count = rows.sizeHint().width(), rows.count()
    window.show_project("RJL")
    model = window.grid_model
    assert columns.count() == model.columnCount() and rows.count() == model.rowCount() != rjh_count
    # The widest indicator name of RJL decides the header's width, not RJH's any more.
    widest = max(rows.fontMetrics().horizontalAdvance(model.headerData(r, Qt.Orientation.Vertical))
                 for r in range(model.rowCount()))
    assert rows.sizeHint().width() >= widest and rows.sizeHint().width() != rjh_width
    for c in range(model.columnCount()):  # every quarter's header text fits its column
        text = model.headerData(c, Qt.Orientation.Horizontal)
        assert columns.sectionSize(c) >= columns.fontMetrics().horizontalAdvance(text)
