"""Visa → Portfölj in the real window: sortable tables over the portfolio service, a quarter chooser,
a double-click that opens the project in the window, Exportera till Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.portfolio import default_quarter, portfolio
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.portfolio.dialog import PortfolioDialog
from hallbar_desktop.ui.portfolio.models import ProjectsModel


def column_texts(proxy: QSortFilterProxyModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def row_of(proxy: QSortFilterProxyModel, *values: str) -> int:
    return next(r for r in range(proxy.rowCount())
                if all(proxy.index(r, c).data() == v for c, v in enumerate(values)))


def double_click(qtbot: QtBot, table: QTableView, index: QModelIndex) -> None:
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_portfolio_opens_from_the_view_menu_and_shows_the_service_figures(
        qtbot: QtBot, qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.portfolio_action
    assert action.shortcut().toString() == "Ctrl+Shift+P" and action in window.menu("view").actions()
    action.trigger()
    dialog = window.portfolio_dialog
    assert isinstance(dialog, PortfolioDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.projects)
    qtmodeltester.check(dialog.areas)
    assert dialog.quarter() == default_quarter()  # the latest ended quarter
    with window.register.reading() as s:
        expected = portfolio(s)
    proxy = dialog.project_proxy
    assert column_texts(proxy, 0) == ["RJH", "RJL"]
    for p in expected.projects:
        r = row_of(proxy, p.code)
        first = ProjectsModel.FIRST_COUNT
        counts = [int(proxy.index(r, c).data()) for c in range(first, first + 4)]
        assert counts == [p.counts.green, p.counts.yellow, p.counts.red, p.counts.grey]
        assert proxy.index(r, ProjectsModel.OVERDUE).data() == str(len(p.overdue_decisions))
    assert dialog.area_proxy.rowCount() == 8
    assert proxy.headerData(3, Qt.Orientation.Horizontal) == "● Grön"


def test_sorting_and_a_quarter_change(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_portfolio()
    areas = dialog.area_proxy
    dialog.area_table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # worst status: red first
    worst = column_texts(areas, 8)
    assert worst[0].endswith("Röd") and worst[-1].endswith("Grön") or worst[-1] == "–"
    dialog.area_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # most green first
    greens = [int(t) for t in column_texts(areas, 4)]
    assert greens == sorted(greens, reverse=True) and greens[0] > greens[-1]
    dialog.project_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(dialog.project_proxy, 0) == ["RJL", "RJH"]

    before = [dialog.project_proxy.index(r, 3).data() for r in range(2)]
    dialog.quarter_box.setCurrentIndex(dialog.quarter_box.findText("2021 kv 2"))
    assert dialog.portfolio is not None and dialog.portfolio.quarter == Quarter(2021, 2)
    assert column_texts(dialog.project_proxy, 2) == ["2021 kv 2", "2021 kv 2"]
    assert column_texts(dialog.project_proxy, 0) == ["RJL", "RJH"]  # the sort holds
    after = [dialog.project_proxy.index(r, 3).data() for r in range(2)]
    with window.register.reading() as s:
        expected = portfolio(s, "2021Q2")
    assert after == [str(expected.project(c).counts.green) for c in ("RJL", "RJH")] and after != before
    assert dialog.quarter_box.itemData(0) == "2020Q1"  # the chooser starts with the first project
    dialog.choose_quarter("2019Q4")  # before both started
    assert column_texts(dialog.project_proxy, 2) == ["ej startat", "ej startat"]


def test_a_double_click_opens_the_project_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_portfolio()
    start = window.selection.project
    other = "RJH" if start == "RJL" else "RJL"
    proxy = dialog.project_proxy
    double_click(qtbot, dialog.project_table, proxy.index(row_of(proxy, other), 1))
    assert window.selection.project == other
    assert window.project_box.currentData() == other
    assert window.tabs.currentWidget() is window.table
    # A focus area's row opens that focus area of its project.
    areas = dialog.area_proxy
    r = next(r for r in range(areas.rowCount())
             if areas.index(r, 0).data() == start and areas.index(r, 2).data() == "3")
    double_click(qtbot, dialog.area_table, areas.index(r, 3))
    assert window.selection.project == start and window.selection.focus_area == 3
    assert window.grid_model.rowCount() > 0
    assert {row.indicator.focus_area_number for row in window.grid_model.rows()} == {3}


def test_the_portfolio_follows_a_write_and_exports(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    from hallbar_desktop.services import operations
    from hallbar_desktop.services.actor import Actor

    dialog = window.open_portfolio()
    dialog.choose_quarter("2022Q4")
    proxy = dialog.project_proxy
    r = row_of(proxy, "RJL")
    unapproved = proxy.index(r, ProjectsModel.UNAPPROVED).data()
    window.state.perform(lambda s: operations.approve_quarter(s, "RJL", Quarter(2022, 3), date(2022, 11, 17),
                                                                Actor("test", "ui")))
    qtbot.waitUntil(lambda: proxy.index(row_of(proxy, "RJL"), ProjectsModel.UNAPPROVED).data() != unapproved)
    assert "2022 kv 3" not in (dialog.portfolio.project("RJL").unapproved if dialog.portfolio else ())
    out = dialog.export(tmp_path / "portfölj.xlsx")
    assert out == tmp_path / "portfölj.xlsx"
    wb = openpyxl.load_workbook(out)
    assert "2022 kv 4" in wb["Projekt"]["A1"].value
    assert [c.value for c in wb["Projekt"]["A"][4:]] == ["RJH", "RJL"]


def test_a_large_register_s_portfolio_is_read_in_a_worker(qtbot: QtBot, demo) -> None:  # type: ignore[no-untyped-def]
    dialog = PortfolioDialog(demo)
    qtbot.addWidget(dialog)
    dialog._large = True  # as RegisterState.large says for a register of many values
    dialog.choose_quarter("2021Q4")
    assert dialog.portfolio is None and "Läser" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.portfolio is not None)
    assert dialog.portfolio is not None and dialog.portfolio.quarter == Quarter(2021, 4)
    assert dialog.project_proxy.rowCount() == 2
    dialog.close()
