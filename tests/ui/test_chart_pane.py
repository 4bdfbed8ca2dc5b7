"""The chart pane follows the selected indicator and redraws a new value in the same figure."""

from __future__ import annotations

import math
from pathlib import Path

from pytestqt.qtbot import QtBot

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.main_window import MainWindow


def test_selecting_an_indicator_shows_its_chart_and_refresh_keeps_the_figure(
    qtbot: QtBot, demo: Register, tmp_path: Path
) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    nav = window.navigator_model
    window.navigator.setCurrentIndex(nav.find(("RJL", "3.1")))
    pane = window.chart_pane
    assert pane.chart is not None and pane.chart.figure.axes[0].get_title(loc="left").startswith("3.1 ")
    figure, line = pane.chart.figure, pane.chart.actual
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "3.1")
        record_value(s, ind, "2022Q3", validated_input(ind, text="77"), Actor("t", "window"))
    pane.refresh()
    assert pane.chart.figure is figure and pane.chart.actual is line
    ys = list(line.get_ydata())
    assert ys[10] == 77 and not math.isnan(ys[10])
    png = pane.export("png", tmp_path / "c.png")
    assert png is not None and png.read_bytes()[:4] == b"\x89PNG"


def _type_in_cell(qtbot: QtBot, window: MainWindow, row: int, column: int, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    index = window.grid_model.index(row, column)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editors = window.table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1  # the cell editor opened where the user typed
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits and closes the editor in a queued call, as it does for a real key press.
    qtbot.waitUntil(lambda: not window.table.viewport().findChildren(QLineEdit), timeout=10000)


def test_a_value_typed_in_the_grid_appears_in_the_chart_without_reselecting(qtbot: QtBot, demo_path: Path) -> None:
    from hallbar_desktop.store.register import open_register

    reg = open_register(demo_path)
    window = MainWindow(reg)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
    figure, line = window.chart_pane.chart.figure, window.chart_pane.chart.actual
    _type_in_cell(qtbot, window, 0, 10, "77,5 %")  # 2022 kv 3
    assert window.chart_pane.chart.figure is figure
    assert list(line.get_ydata())[10] == 77.5
    assert "77,5" in window.grid_model.index(0, 10).data()
    reg.close()
    reopened = open_register(demo_path)  # saved at once, in its own transaction
    with reopened.reading() as s:
        from hallbar_desktop.services.grid import project_grid

        row = next(r for r in project_grid(s, "RJL").rows if r.indicator.code == "3.1")
    assert row.cells[10].value == 77.5 and row.cells[10].measurement.source == "window"  # type: ignore[union-attr]
    reopened.close()


def test_an_invalid_value_is_refused_with_a_message_and_nothing_changes(qtbot: QtBot, demo: Register) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
    before = window.grid_model.index(0, 10).data()
    _type_in_cell(qtbot, window, 0, 10, "120")
    assert "100" in (window.grid_model.last_error or "")
    assert "3.1" in window.statusBar().currentMessage() and "100" in window.statusBar().currentMessage()
    assert window.grid_model.index(0, 10).data() == before


def test_focus_area_overview_follows_a_new_value(qtbot: QtBot, demo: Register) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
    area = window.chart_pane.area_chart
    assert area is not None and area.codes == ["3.1"]
    figure, bar = area.figure, area.bars[0]
    assert bar.get_width() == 85.0
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "3.1")
        record_value(s, ind, "2022Q4", validated_input(ind, text="40 av 40"), Actor("t", "window"))
    window.chart_pane.refresh()
    assert window.chart_pane.area_chart.figure is figure and area.bars[0] is bar
    assert bar.get_width() == 100.0 and area.lights[0].value == "green"
    assert "100" in area.labels[0].get_text()


def test_figures_are_never_frozen_out_of_the_collector(qtbot: QtBot, demo: Register) -> None:
    """Figures are replaced at every selection; frozen, their reference cycles would never be
    freed. The window freezes what is loaded only while no chart exists."""
    import gc

    from hallbar_desktop.ui.background import workers_running

    window = MainWindow(demo)  # not shown yet: no chart drawn
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: workers_running() == 0, timeout=20_000)  # earlier charts still drawing
    try:
        assert window.chart_pane.chart is None
        assert window.keep_loaded()  # libraries and catalogue, before the first chart
        window.show()
        window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
        qtbot.waitUntil(lambda: window.chart_pane.chart is not None, timeout=20_000)
        qtbot.waitUntil(lambda: workers_running() == 0, timeout=20_000)
        frozen = gc.get_freeze_count()
        assert not window.keep_loaded()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
