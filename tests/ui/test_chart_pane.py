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
