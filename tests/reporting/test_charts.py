"""The charts show the register's numbers: checked on the axes, not by looking at pixels."""

from __future__ import annotations

import dataclasses
import math
import struct
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.reporting import charts
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import ProjectGrid, project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
TODAY = date(2022, 1, 15)


@pytest.fixture
def grid(register: Register) -> ProjectGrid:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("t", "load"))
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2021Q3", validated_input(ind, value=8, women=5, men=3), Actor("t", "cli"))
    with register.reading() as s:
        return project_grid(s, "TEST", today=TODAY)


def same(a: list[float], b: list[float]) -> bool:
    if len(a) != len(b):
        return False
    return all((math.isnan(x) and math.isnan(y)) or x == pytest.approx(y) for x, y in zip(a, b, strict=True))


def test_indicator_chart_has_values_gaps_expected_line_and_target(grid: ProjectGrid) -> None:
    row = grid.rows[0]  # 1.1 percent: 10 in 2021Q2, 9/40 = 22.5 in 2021Q3
    chart = charts.indicator_figure(row, grid.quarters)
    ys = list(chart.actual.get_ydata())
    nan = math.nan
    assert same(ys, [nan, 10.0, 22.5, nan, nan, nan, nan, nan])
    expected = list(chart.expected.get_ydata())
    assert expected[0] == 0 and expected[-1] == pytest.approx(100) and expected[3] == pytest.approx(300 / 7)
    assert list(chart.target.get_xdata()) == [7] and list(chart.target.get_ydata()) == [100]
    ax = chart.figure.axes[0]
    assert ax.get_ylim() == (0, 105)  # a share is drawn on 0–100 %
    assert [t.get_text() for t in ax.get_xticklabels()][2] == "2021 kv 3"
    assert ax.yaxis.get_major_formatter()(50, 0) == "50\u00a0%"
    # A share above 100 % (108 %) raises the axis: the value is drawn, not cut off at the top.
    cells = list(row.cells)
    assert cells[2].measurement is not None
    cells[2] = dataclasses.replace(cells[2], measurement=dataclasses.replace(cells[2].measurement, value=108.0))
    over = charts.indicator_figure(dataclasses.replace(row, cells=tuple(cells)), grid.quarters)
    assert over.figure.axes[0].get_ylim()[1] >= 108 * 1.05


def test_texts_fit_a_narrow_pane(grid: ProjectGrid) -> None:
    """Drawn as narrow as the window's pane at 125 %: the legend, the titles and the bars' labels
    lie inside the figure (nothing cut at its edges)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for figure, texts in ((charts.indicator_figure(grid.rows[1], grid.quarters).figure, None),
                          ((area := charts.focus_area_figure(grid, 1, width=4.0, names=False)).figure, area.labels)):
        figure.set_size_inches(3.0, 2.6)
        FigureCanvasAgg(figure)
        renderer = figure.canvas.get_renderer()
        charts.fit_texts(figure, renderer)
        figure.canvas.draw()
        box = figure.bbox
        if texts is None:  # a low figure names the years under its quarters, level
            years = [t.get_text() for t in figure.axes[0].get_xticklabels()]
            assert years and all(y.isdigit() and len(y) == 4 for y in years), years
        if texts is None:  # the legend is outside the plot, not on top of it
            plot = figure.axes[0].get_window_extent(renderer)
            legend = figure.legends[0].get_window_extent(renderer)
            assert legend.y1 <= plot.y0
        shown = [*figure.legends, *(ax.title for ax in figure.axes), *(ax._left_title for ax in figure.axes),
                 *(texts or [])]
        for artist in shown:
            if not artist.get_visible() or (hasattr(artist, "get_text") and not artist.get_text()):
                continue
            extent = artist.get_window_extent(renderer)
            assert extent.x0 >= box.x0 - 1 and extent.x1 <= box.x1 + 1, artist


def test_flow_chart_shows_the_running_total_and_the_parts_by_sex(grid: ProjectGrid) -> None:
    row = grid.rows[1]  # 1.2 flow, split by sex: 5 (3+2) in 2021Q2, 8 (5+3) in 2021Q3
    chart = charts.indicator_figure(row, grid.quarters)
    assert same(list(chart.actual.get_ydata())[:3], [math.nan, 5.0, 13.0])
    women, men, _other = chart.parts
    assert [b.get_height() for b in women][1:3] == [3, 5]
    assert [b.get_height() for b in men][1:3] == [2, 3] and [b.get_y() for b in men][1:3] == [3, 5]


def test_update_changes_the_artists_not_the_figure(register: Register, grid: ProjectGrid) -> None:
    chart = charts.indicator_figure(grid.rows[0], grid.quarters)
    figure, line = chart.figure, chart.actual
    with register.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        record_value(s, ind, "2021Q4", validated_input(ind, text="40"), Actor("t", "window"))
    with register.reading() as s:
        row = project_grid(s, "TEST", today=TODAY).rows[0]
    charts.update_indicator_chart(chart, row)
    assert chart.figure is figure and chart.actual is line
    assert list(line.get_ydata())[3] == 40


def test_milestone_is_a_timeline_with_its_deadline(grid: ProjectGrid) -> None:
    row = grid.rows[3]  # 2.2 milestone, deadline 2022Q2
    chart = charts.indicator_figure(row, grid.quarters)
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ej uppnådd", "Uppnådd"]
    assert list(chart.target.get_xdata()) == [5, 5]


def test_approved_quarters_are_marked(grid: ProjectGrid) -> None:
    chart = charts.indicator_figure(grid.rows[0], grid.quarters, approved=frozenset({Quarter(2021, 2)}))
    assert chart.approved is not None and list(chart.approved.get_offsets()[:, 0]) == [1]


def test_focus_area_bars_have_progress_colour_and_pattern(register: Register) -> None:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("t", "load"))
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        record_value(s, ind, "2021Q4", validated_input(ind, text="30"), Actor("t", "cli"))
    with register.reading() as s:
        grid = project_grid(s, "TEST", today=TODAY)
    chart = charts.focus_area_figure(grid, 1)
    assert chart.codes == ["1.1", "1.2"]
    widths = [b.get_width() for b in chart.bars]
    assert widths[0] == pytest.approx(30.0)  # 30 of 100 → 30 % of the way
    assert chart.lights == [Light.YELLOW, Light.GREY]  # 30 of an expected 42.9 = 70 %; 1.2 not reported
    from matplotlib.colors import to_hex

    assert to_hex(chart.bars[0].get_facecolor()) == charts.COLOURS[Light.YELLOW]
    assert chart.bars[0].get_hatch() == "//"


def test_scorecard_counts_per_focus_area(grid: ProjectGrid) -> None:
    chart = charts.scorecard_figure(grid)
    assert chart.areas == [1, 2]
    total = {light: sum(chart.counts[light]) for light in chart.counts}
    assert total == {Light.GREEN: 0, Light.YELLOW: 0, Light.RED: 0, Light.GREY: 4}
    assert [b.get_width() for b in chart.bars[Light.GREY]] == [2, 2]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_cli_writes_png_at_300_dpi_and_svg(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png, svg, area = tmp_path / "i.png", tmp_path / "i.svg", tmp_path / "fa.png"
    assert main(["--db", str(demo_path), "chart", "RJL", "3.1", str(png)]) == 0
    assert png_size(png) == (7 * 300, round(3.6 * 300))
    assert main(["--db", str(demo_path), "chart", "RJL", "3.1", str(svg)]) == 0
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert main(["--db", str(demo_path), "chart", "RJL", "--focus-area", "1", str(area)]) == 0
    assert png_size(area)[0] == 7 * 300
    capsys.readouterr()
    assert main(["--db", str(demo_path), "chart", "RJL", "3.1", str(tmp_path / "x.pdf")]) == 1
    assert ".png eller .svg" in capsys.readouterr().err
    assert main(["--db", str(demo_path), "chart", "RJL", "--focus-area", "9", str(area)]) == 1
    assert "insatsområde 9" in capsys.readouterr().err


def test_the_indicator_chart_names_its_lines_below_the_plot(grid: ProjectGrid) -> None:
    chart = charts.indicator_figure(grid.rows[0], grid.quarters)
    ax = chart.figure.axes[0]
    assert ax.get_legend() is None  # nothing drawn over the values
    texts = [t.get_text() for legend in chart.figure.legends for t in legend.get_texts()]
    assert "Utfall" in texts and any(t.startswith("Mål ") for t in texts)


def test_a_low_figure_names_the_years_in_english_too(grid: ProjectGrid) -> None:
    """English quarters read "Q1 2021": the years under a low figure's quarters are still years."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    def english(context: str, text: str) -> str:
        return "Q{q} {year}" if text == "{year} kv {q}" else text

    figure = charts.indicator_figure(grid.rows[1], grid.quarters, words=english).figure
    figure.set_size_inches(3.0, 2.6)
    FigureCanvasAgg(figure)
    charts.fit_texts(figure, figure.canvas.get_renderer())
    years = [t.get_text() for t in figure.axes[0].get_xticklabels()]
    assert years == sorted(set(years)) and all(y.isdigit() and len(y) == 4 for y in years), years
