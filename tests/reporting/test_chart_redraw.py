"""A new value redraws only the moving artists over the kept background, and the image is the
same as a full draw of the same state (compared pixel by pixel on the Agg buffers)."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from hallbar_desktop.reporting import chart_redraw, charts
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store.register import Register


def _grid(reg: Register, project: str = "RJL") -> Any:
    with reg.connection() as conn:
        return project_grid(conn, project)


def _row(grid: Any, code: str) -> Any:
    return next(r for r in grid.rows if r.indicator.code == code)


def _record(reg: Register, code: str, quarter: str, text: str) -> None:
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), code)
        record_value(s, ind, quarter, validated_input(ind, text=text), Actor("t", "test"))


def _pixels(figure: Any) -> np.ndarray:
    return np.asarray(figure.canvas.buffer_rgba()).astype(np.int16)


def _full(figure: Any) -> np.ndarray:
    """The same figure drawn in full, as matplotlib draws it without any of this."""
    figure.canvas.draw()
    return _pixels(figure)


def _laid_out(figure: Any) -> Any:
    FigureCanvasAgg(figure)
    figure.canvas.draw()  # the layout solved once, as the window does for a size
    figure.set_layout_engine("none")
    return figure


def _assert_same(a: np.ndarray, b: np.ndarray) -> None:
    diff = np.abs(a - b)
    assert a.shape == b.shape
    assert diff.max() <= 2, f"{int((diff > 2).any(axis=2).sum())} pixels differ"


def test_a_new_value_is_drawn_over_the_kept_background_as_a_full_draw_draws_it(demo: Register) -> None:
    grid = _grid(demo)
    chart = charts.indicator_figure(_row(grid, "3.1"), grid.quarters, approved=grid.approved)
    figure = _laid_out(chart.figure)
    assert chart_redraw.draw(figure) is False  # the first draw is a full one and keeps the background
    before = _pixels(figure)
    _record(demo, "3.1", "2022Q3", "40 %")
    charts.update_indicator_chart(chart, _row(_grid(demo), "3.1"))
    assert chart_redraw.draw(figure) is True  # same limits: only the line and its markers
    fast = _pixels(figure)
    assert (np.abs(fast - before) > 2).any(axis=2).sum() > 20  # the value moved on the screen
    _assert_same(fast, _full(figure))
    # texts were left out of the overlay: the title, the tick labels and the legend are background
    kept = figure._hallbar_background
    from matplotlib.text import Text

    assert chart.actual in kept.overlay
    assert not [a for a in kept.overlay if isinstance(a, Text) and a.get_text()]
    assert not any(a in kept.overlay for a in figure.legends)


def test_a_value_above_the_axis_draws_the_chart_in_full(demo: Register) -> None:
    _record(demo, "1.2", "2022Q3", "1")
    grid = _grid(demo)
    chart = charts.indicator_figure(_row(grid, "1.2"), grid.quarters)
    figure = _laid_out(chart.figure)
    chart_redraw.draw(figure)
    top = figure.axes[0].get_ylim()[1]
    _record(demo, "1.2", "2022Q3", str(int(top * 3)))
    charts.update_indicator_chart(chart, _row(_grid(demo), "1.2"))
    assert figure.axes[0].get_ylim()[1] > top
    assert chart_redraw.draw(figure) is False  # new limits, new tick labels: drawn in full
    _assert_same(_pixels(figure), _full(figure))
    charts.update_indicator_chart(chart, _row(_grid(demo), "1.2"))
    assert chart_redraw.draw(figure) is True  # and the new background is kept


def test_the_focus_area_chart_redraws_its_bars_and_labels_over_the_background(demo: Register) -> None:
    grid = _grid(demo)
    chart = charts.focus_area_figure(grid, _row(grid, "3.1").indicator.focus_area_number, width=4.0, names=False)
    figure = _laid_out(chart.figure)
    chart_redraw.draw(figure)
    before = _pixels(figure)
    _record(demo, "3.1", "2022Q4", "10 av 40")
    charts.update_focus_area_chart(chart, _grid(demo))
    assert chart_redraw.draw(figure) is True
    fast = _pixels(figure)
    assert (np.abs(fast - before) > 2).any(axis=2).sum() > 20
    _assert_same(fast, _full(figure))


def test_the_first_draw_is_a_full_one_and_leaves_nothing_animated(demo: Register) -> None:
    grid = _grid(demo)
    chart = charts.indicator_figure(_row(grid, "3.1"), grid.quarters)
    figure = _laid_out(chart.figure)
    chart_redraw.draw(figure)
    drawn = _pixels(figure)
    # animated only while a background is drawn: a plain draw and savefig draw every artist
    assert not chart.actual.get_animated()
    _assert_same(drawn, _full(figure))


def test_after_an_export_the_chart_is_drawn_in_full_once_then_fast_again(demo: Register, tmp_path: Any) -> None:
    grid = _grid(demo)
    chart = charts.indicator_figure(_row(grid, "3.1"), grid.quarters)
    figure = _laid_out(chart.figure)
    chart_redraw.draw(figure)
    charts.save_figure(figure, tmp_path / "c.png")  # a canvas of its own, at 300 dpi
    assert chart_redraw.draw(figure) is False
    drawn = _pixels(figure)
    assert chart_redraw.draw(figure) is True
    _assert_same(drawn, _pixels(figure))
    _assert_same(drawn, _full(figure))


def test_a_figure_laid_out_on_every_draw_is_drawn_in_full(demo: Register) -> None:
    grid = _grid(demo)
    chart = charts.indicator_figure(_row(grid, "3.1"), grid.quarters)  # constrained layout, as built
    FigureCanvasAgg(chart.figure)
    assert chart_redraw.draw(chart.figure) is False
    assert chart_redraw.draw(chart.figure) is False  # the layout may move artists: no background kept
