"""The chart pane follows the selected indicator and redraws a new value in the same figure.

A new indicator's figures are built in the chart renderer thread and arrive a moment later: the
tests wait for them (``_wait_for_chart``)."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.chart_pane import ChartPane
from hallbar_desktop.ui.main_window import MainWindow


def _title(pane: ChartPane) -> str:
    return str(pane.chart.figure.axes[0].get_title(loc="left")) if pane.chart is not None else ""


def _wait_for_chart(qtbot: QtBot, pane: ChartPane, code: str) -> None:
    """Until the chart of indicator ``code`` is shown and nothing newer is being built."""
    qtbot.waitUntil(lambda: not pane.build_pending() and _title(pane).startswith(f"{code} "), timeout=20_000)


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
    _wait_for_chart(qtbot, pane, "3.1")
    assert pane.chart is not None and pane.chart.figure.axes[0].get_title(loc="left").startswith("3.1 ")
    # While it was on its way the pane said so, not "Välj en indikator…" with one selected.
    assert pane.placeholder.text() == "Diagrammet för 3.1 ritas…"
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
    _wait_for_chart(qtbot, window.chart_pane, "3.1")
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
    _wait_for_chart(qtbot, window.chart_pane, "3.1")
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


class _Gate:
    """The chart builders, wrapped: every call is recorded with its thread; a build of an
    indicator in ``hold`` waits for ``release``, one in ``fail`` raises."""

    def __init__(self, indicator_figure: Any, focus_area_figure: Any) -> None:
        self.real_indicator, self.real_area = indicator_figure, focus_area_figure
        self.calls: list[tuple[str, str]] = []  # (what was built, thread name)
        self.figures: dict[str, Any] = {}
        self.hold: set[str] = set()
        self.fail: set[str] = set()
        self.started, self.release = threading.Event(), threading.Event()

    def indicator_figure(self, row: Any, quarters: Any, **kwargs: Any) -> Any:
        code = row.indicator.code
        self.calls.append((code, threading.current_thread().name))
        self.started.set()
        if code in self.hold:
            self.release.wait(10)
        if code in self.fail:
            raise RuntimeError("no chart today")
        chart = self.real_indicator(row, quarters, **kwargs)
        self.figures[code] = chart.figure
        return chart

    def focus_area_figure(self, grid: Any, number: int, **kwargs: Any) -> Any:
        self.calls.append((f"area {number}", threading.current_thread().name))
        return self.real_area(grid, number, **kwargs)

    def built(self) -> list[str]:
        return [what for what, _thread in self.calls]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Gate]:
    from hallbar_desktop.reporting import charts

    gate = _Gate(charts.indicator_figure, charts.focus_area_figure)
    monkeypatch.setattr(charts, "indicator_figure", gate.indicator_figure)
    monkeypatch.setattr(charts, "focus_area_figure", gate.focus_area_figure)
    try:
        yield gate
    finally:
        gate.release.set()  # never leave the renderer thread waiting


@pytest.fixture
def pane(qtbot: QtBot, demo: Register) -> ChartPane:
    pane = ChartPane(demo)
    qtbot.addWidget(pane)
    pane.resize(1000, 320)
    pane.show()
    return pane


def test_selecting_an_indicator_builds_its_figures_in_the_renderer_thread(
    qtbot: QtBot, pane: ChartPane, gate: _Gate
) -> None:
    assert not pane.has_figures()
    gate.hold = {"3.1"}
    pane.show_indicator("RJL", "3.1")  # returns while the figure is being built (held)
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)  # queued once the UI is idle; held
    assert pane.chart is None and pane.area_chart is None and pane.placeholder.isVisible()
    assert pane.build_pending() and pane.has_figures()  # a figure exists, in the renderer thread
    gate.release.set()
    _wait_for_chart(qtbot, pane, "3.1")
    assert gate.calls == [("3.1", "chart-renderer"), ("area 3", "chart-renderer")]
    assert pane.area_chart.codes == ["3.1"] and not pane.placeholder.isVisible()
    assert pane.canvas.figure is pane.chart.figure and pane.area_canvas.figure is pane.area_chart.figure

    old, old_area = pane.chart, pane.area_chart
    gate.started.clear()
    gate.release.clear()
    gate.hold = {"1.2"}
    pane.show_indicator("RJL", "1.2")
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)  # queued once the UI is idle; held
    assert pane.chart is old and pane.canvas.figure is old.figure  # the old chart stays meanwhile
    assert pane.area_chart is old_area and pane.has_figures()
    gate.release.set()
    _wait_for_chart(qtbot, pane, "1.2")
    assert gate.calls[2:] == [("1.2", "chart-renderer"), ("area 1", "chart-renderer")]
    assert pane.area_chart.codes == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert all(thread != threading.main_thread().name for _what, thread in gate.calls)


def test_only_the_newest_selection_is_shown(
    qtbot: QtBot, pane: ChartPane, gate: _Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hallbar_desktop.ui import chart_render

    shown: list[Any] = []

    class Recording(chart_render.ChartView):
        def __init__(self, figure: Any, parent: Any = None) -> None:
            super().__init__(figure, parent)
            shown.append(figure)

    monkeypatch.setattr(chart_render, "ChartView", Recording)
    gate.hold = {"1.1"}
    pane.show_indicator("RJL", "1.1")
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)  # 1.1 is being built
    pane.show_indicator("RJL", "2.1")  # queued behind it and superseded before it starts: skipped
    pane.show_indicator("RJL", "3.1")
    assert pane.chart is None and pane.has_figures()
    gate.release.set()
    _wait_for_chart(qtbot, pane, "3.1")
    assert gate.built() == ["1.1", "area 1", "3.1", "area 3"]
    # 1.1's figures were built, then dropped: only 3.1's ever reached the pane.
    assert shown == [gate.figures["3.1"], pane.area_chart.figure]
    assert pane.chart.figure is gate.figures["3.1"] and pane.area_chart.codes == ["3.1"]
    assert pane.has_figures() and not pane.build_pending()


def test_a_value_saved_while_the_chart_is_being_built_is_in_the_chart_that_arrives(
    qtbot: QtBot, pane: ChartPane, gate: _Gate, demo: Register
) -> None:
    gate.hold = {"3.1"}
    pane.show_indicator("RJL", "3.1")
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)  # built from the values as they were
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "3.1")
        record_value(s, ind, "2022Q3", validated_input(ind, text="77"), Actor("t", "window"))
        record_value(s, ind, "2022Q4", validated_input(ind, text="40 av 40"), Actor("t", "window"))
    pane.refresh()
    gate.release.set()
    _wait_for_chart(qtbot, pane, "3.1")
    assert gate.built() == ["3.1", "area 3", "3.1", "area 3"]  # asked again with the new values
    assert pane.chart.figure is gate.figures["3.1"]
    ys = list(pane.chart.actual.get_ydata())
    assert ys[10] == 77 and ys[11] == 100
    assert pane.area_chart.bars[0].get_width() == 100.0


def test_the_area_chart_shown_follows_a_value_saved_while_another_chart_is_being_built(
    qtbot: QtBot, pane: ChartPane, gate: _Gate, demo: Register
) -> None:
    from hallbar_desktop.services.grid import project_grid

    pane.show_indicator("RJL", "1.2")
    _wait_for_chart(qtbot, pane, "1.2")
    area = pane.area_chart
    before = [bar.get_width() for bar in area.bars]
    gate.started.clear()
    gate.hold = {"1.3"}
    pane.show_indicator("RJL", "1.3")  # the same focus area: its chart stays
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)  # queued once the UI is idle; held
    with demo.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        record_value(s, ind, "2022Q4", validated_input(ind, text="2"), Actor("t", "window"))
    with demo.reading() as s:
        grid = project_grid(s, "RJL")
    pane.refresh(lambda _code: grid)
    expected = [bar.get_width() for bar in gate.real_area(grid, 1, width=4.0, names=False).bars]
    assert expected != before
    assert pane.area_chart is area and [bar.get_width() for bar in area.bars] == expected
    gate.release.set()
    _wait_for_chart(qtbot, pane, "1.3")
    assert pane.area_chart is area and [bar.get_width() for bar in area.bars] == expected
    assert gate.built() == ["1.2", "area 1", "1.3", "1.3"]


def test_a_chart_that_cannot_be_built_leaves_the_one_shown(qtbot: QtBot, pane: ChartPane, gate: _Gate) -> None:
    from hallbar_desktop.ui.chart_render import renderer

    pane.show_indicator("RJL", "3.1")
    _wait_for_chart(qtbot, pane, "3.1")
    chart, area, canvas = pane.chart, pane.area_chart, pane.canvas
    gate.fail = {"1.2"}
    pane.show_indicator("RJL", "1.2")
    qtbot.waitUntil(lambda: not pane.build_pending(), timeout=20_000)
    assert pane.chart is chart and pane.area_chart is area and pane.canvas is canvas
    assert _title(pane).startswith("3.1 ") and pane.has_figures()
    assert renderer().thread.is_alive()
    pane.show_indicator("RJL", "2.1")  # the renderer goes on with the next one
    _wait_for_chart(qtbot, pane, "2.1")
    assert pane.area_chart.codes == ["2.1", "2.2", "2.3", "2.4"]
    assert gate.built() == ["3.1", "area 3", "1.2", "2.1", "area 2"]


def test_the_renderer_starts_once_the_ui_thread_has_handled_what_is_pending(
    qtbot: QtBot, pane: ChartPane, gate: _Gate
) -> None:
    """A build or a drawing competes with a repaint for the interpreter: it is queued only when
    the UI thread gets back to its event loop, not while it is still busy."""
    gate.hold = {"3.1"}
    pane.show_indicator("RJL", "3.1")
    assert not gate.started.wait(0.3)  # the UI thread has not returned to its event loop yet
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)
    gate.release.set()
    _wait_for_chart(qtbot, pane, "3.1")


def _image_pixels(image: Any) -> Any:
    import numpy as np
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).astype(np.int16)


def test_a_value_typed_redraws_the_chart_shown_as_a_full_draw_would(
    qtbot: QtBot, demo: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The typed value reaches the image on the screen through the fast path (only the line drawn
    over the kept background), and that image is the one a full draw of the figure gives."""
    import numpy as np

    from hallbar_desktop.reporting import chart_redraw

    fast: list[bool] = []
    draw = chart_redraw.draw
    monkeypatch.setattr(chart_redraw, "draw", lambda figure: fast.append(draw(figure)) or fast[-1])
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
    pane = window.chart_pane
    _wait_for_chart(qtbot, pane, "3.1")
    canvas = pane.canvas
    qtbot.waitUntil(lambda: canvas._image is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not pane.build_pending(), timeout=20_000)
    before = canvas._image
    fast.clear()
    _type_in_cell(qtbot, window, 0, 10, "30 %")  # 2022 kv 3: the line drops
    qtbot.waitUntil(lambda: canvas._image is not before and True in fast, timeout=20_000)
    shown = _image_pixels(canvas._image)
    assert (np.abs(shown - _image_pixels(before)) > 2).any(axis=2).sum() > 20  # the chart changed
    with canvas.lock:  # the same figure drawn in full, as matplotlib draws it
        pane.chart.figure.canvas.draw()
        full = np.asarray(pane.chart.figure.canvas.buffer_rgba()).astype(np.int16)
    assert shown.shape == full.shape
    assert np.abs(shown - full).max() <= 2
