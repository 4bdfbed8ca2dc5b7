"""Charts of the register as matplotlib Figures: no pyplot, no Qt, imported lazily.

Each builder returns the Figure with handles to the artists that change when a value is
entered, so a window can update them with ``set_data`` and ``draw_idle`` instead of building a
new figure. Traffic lights carry a hatch and a symbol as well as a colour, for readers who do
not tell red from green.

Titles, axis labels and legends are Swedish, looked up in the window's language through
``hallbar_desktop.texts`` (``words``); a Swedish report passes ``words=texts.swedish``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.numbers import format_number
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.domain.units import display_unit
from hallbar_desktop.errors import HallbarError
from hallbar_desktop.reporting.chart_redraw import moving
from hallbar_desktop.services.grid import GridRow, ProjectGrid
from hallbar_desktop.texts import QT_TRANSLATE_NOOP, Translator, translate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

COLOURS = {Light.GREEN: "#2e7d32", Light.YELLOW: "#f2b705", Light.RED: "#c62828",
           Light.GREY: "#9e9e9e", Light.NONE: "#cfd8dc"}
HATCHES = {Light.GREEN: "", Light.YELLOW: "//", Light.RED: "xx", Light.GREY: "..", Light.NONE: ""}
NAMES_SV = {Light.GREEN: "Grön", Light.YELLOW: "Gul", Light.RED: "Röd", Light.GREY: "Grå"}
#: The charts' words, listed for lupdate (``words(CONTEXT, …)`` is not a call it reads).
_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "Utfall"),
    QT_TRANSLATE_NOOP("Charts", "Ej uppnådd"),
    QT_TRANSLATE_NOOP("Charts", "Uppnådd"),
    QT_TRANSLATE_NOOP("Charts", "Måldatum"),
    QT_TRANSLATE_NOOP("Charts", "Kvinnor"),
    QT_TRANSLATE_NOOP("Charts", "Män"),
    QT_TRANSLATE_NOOP("Charts", "Annat/ej angivet"),
    QT_TRANSLATE_NOOP("Charts", "Utfall, ackumulerat"),
    QT_TRANSLATE_NOOP("Charts", "Förväntat (linje mot målet)"),
    QT_TRANSLATE_NOOP("Charts", "Utgångsvärde"),
    QT_TRANSLATE_NOOP("Charts", "Mål {quarter}"),
    QT_TRANSLATE_NOOP("Charts", "Projektslut"),
    QT_TRANSLATE_NOOP("Charts", "Uppföljning efter projektslut (t.o.m. {quarter})"),
    QT_TRANSLATE_NOOP("Charts", "Fastställt kvartal"),
    QT_TRANSLATE_NOOP("Charts", "Insatsområde {number} har inga indikatorer att visa."),
    QT_TRANSLATE_NOOP("Charts", "Framsteg mot målet, {quarter}"),
    QT_TRANSLATE_NOOP("Charts", "värde saknas"),
    QT_TRANSLATE_NOOP("Charts", "Antal indikatorer"),
    QT_TRANSLATE_NOOP("Charts", "Status per insatsområde, {quarter}"),
    QT_TRANSLATE_NOOP("Charts", "Grön"),
    QT_TRANSLATE_NOOP("Charts", "Gul"),
    QT_TRANSLATE_NOOP("Charts", "Röd"),
    QT_TRANSLATE_NOOP("Charts", "Grå"),
)
ACTUAL_COLOUR = "#1f4e79"
#: The context of the charts' words in the translation (resources/i18n/hallbar_en.ts).
CONTEXT = "Charts"


def _quarter(q: Quarter, words: Translator) -> str:
    return words("Labels", "{year} kv {q}").format(year=q.year, q=q.q)


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig


def _swedish_axis(ax: Any, kind: IndicatorKind) -> None:
    from matplotlib.ticker import FuncFormatter

    if kind is IndicatorKind.PERCENT:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{format_number(float(v))}\u00a0%"))
    else:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: format_number(float(v))))


@dataclass
class IndicatorChart:
    """A chart of one indicator and the artists that follow its values."""

    figure: Figure
    quarters: tuple[Quarter, ...]
    actual: Any  # Line2D: values per quarter, NaN where none is reported (a visible gap)
    expected: Any | None  # Line2D: the expected line from baseline to target
    target: Any | None  # Line2D: the target marker at its deadline
    baseline: Any | None  # Line2D: the baseline level
    approved: Any | None = None  # PathCollection marking approved quarters
    parts: list[Any] = field(default_factory=list)  # bar containers of women / men / other
    kind: IndicatorKind = IndicatorKind.COUNT


def _cells(row: GridRow) -> tuple[Any, ...]:
    """The row's cells up to its last quarter: the project's end, or the deadline of an indicator
    followed up after the end (the grid's columns run on for those)."""
    last = row.last_quarter
    return row.cells if last is None else tuple(c for c in row.cells if c.quarter <= last)


def _values(row: GridRow) -> list[float]:
    """The plotted series: the values, or for a flow the running total (what the target counts).

    A quarter without a value is NaN, which matplotlib leaves as a visible gap."""
    if row.indicator.accumulation is not Accumulation.FLOW or row.indicator.kind is IndicatorKind.MILESTONE:
        return [c.value if c.value is not None else math.nan for c in _cells(row)]
    from hallbar_desktop.domain.rollup import running_totals

    cells = _cells(row)
    base = row.indicator.baseline or 0.0  # the same running total the status is judged on
    values = {c.quarter: c.value for c in cells}
    totals = running_totals(values, [c.quarter for c in cells])
    return [math.nan if c.value is None else base + total for c, total in zip(cells, totals, strict=True)]


def indicator_figure(row: GridRow, quarters: tuple[Quarter, ...], *, approved: frozenset[Quarter] = frozenset(),
                     width: float = 7.0, height: float = 3.6, words: Translator = translate) -> IndicatorChart:
    """One indicator over the project period: actual values, baseline, target, expected line.

    An indicator followed up after the project's end runs on to its deadline, with the project's end
    marked and the follow-up shaded."""
    ind = row.indicator
    quarters = tuple(c.quarter for c in _cells(row)) if len(row.cells) == len(quarters) else quarters
    fig = _figure(width, height)
    ax = fig.add_subplot()
    xs = list(range(len(quarters)))
    ax.set_title(f"{ind.code} {ind.name}", fontsize=10, loc="left", wrap=True)  # wraps in a narrow pane
    quarter_labels = [_quarter(q, words) for q in quarters]
    ax.set_xticks(xs, quarter_labels, rotation=45, ha="right", fontsize=8)
    ax._hallbar_quarters = (xs, quarter_labels)  # type: ignore[attr-defined]  # fit_texts
    ax.grid(axis="y", alpha=0.3)
    chart = IndicatorChart(fig, quarters, None, None, None, None, kind=ind.kind)
    if ind.kind is IndicatorKind.MILESTONE:
        chart.actual, = ax.step(xs, _values(row), where="mid", color=ACTUAL_COLOUR, marker="o",
                                label=words(CONTEXT, "Utfall"))
        ax.set_ylim(-0.2, 1.2)
        ax.set_yticks([0, 1], [words(CONTEXT, "Ej uppnådd"), words(CONTEXT, "Uppnådd")])
        if ind.target_quarter in quarters:
            x = quarters.index(ind.target_quarter)  # type: ignore[arg-type]
            chart.target = ax.axvline(x, color="#555555", linestyle="--", label=words(CONTEXT, "Måldatum"))
    else:
        if ind.split_by_sex:
            women = [c.measurement.women or 0 if c.measurement else 0 for c in _cells(row)]
            men = [c.measurement.men or 0 if c.measurement else 0 for c in _cells(row)]
            other = [c.measurement.other or 0 if c.measurement else 0 for c in _cells(row)]
            b1 = ax.bar(xs, women, color="#8e7cc3", label=words(CONTEXT, "Kvinnor"), alpha=0.6)
            b2 = ax.bar(xs, men, bottom=women, color="#6fa8dc", label=words(CONTEXT, "Män"), alpha=0.6)
            b3 = ax.bar(xs, other, bottom=[w + m for w, m in zip(women, men, strict=True)], color="#b7b7b7",
                        label=words(CONTEXT, "Annat/ej angivet"), alpha=0.6)
            chart.parts = [b1, b2, b3]
        flow = ind.accumulation is Accumulation.FLOW
        chart.actual, = ax.plot(xs, _values(row), color=ACTUAL_COLOUR, marker="o", linewidth=2,
                                label=words(CONTEXT, "Utfall, ackumulerat") if flow else words(CONTEXT, "Utfall"))
        expected = [c.expected if c.expected is not None else math.nan for c in _cells(row)]
        if any(not math.isnan(v) for v in expected):
            chart.expected, = ax.plot(xs, expected, color="#555555", linestyle="--", linewidth=1,
                                      label=words(CONTEXT, "Förväntat (linje mot målet)"))
        if ind.baseline is not None:
            chart.baseline = ax.axhline(ind.baseline, color="#999999", linewidth=0.8,
                                        label=words(CONTEXT, "Utgångsvärde"))
        if ind.target is not None and ind.target_quarter is not None:
            x = quarters.index(ind.target_quarter) if ind.target_quarter in quarters else len(quarters) - 1
            chart.target, = ax.plot([x], [ind.target], marker="*", markersize=14, color="#c62828",
                                    linestyle="none", label=words(CONTEXT, "Mål {quarter}").format(
                                        quarter=_quarter(ind.target_quarter, words)))
        if ind.kind is IndicatorKind.PERCENT:
            ax.set_ylim(0, _percent_top(row))  # a share above 100 % (108 %) stays inside the plot
        else:
            ax.set_ylim(bottom=0)
        _swedish_axis(ax, ind.kind)
        ax.set_ylabel(display_unit(ind.kind, ind.unit), fontsize=8)
    if row.follow_up_until is not None and row.project_end in quarters:
        end_x = quarters.index(row.project_end)  # type: ignore[arg-type]
        ax.axvline(end_x + 0.5, color="#37474f", linewidth=1, linestyle=":", label=words(CONTEXT, "Projektslut"))
        ax.axvspan(end_x + 0.5, len(quarters) - 0.5, color="#eceff1", zorder=0,
                   label=words(CONTEXT, "Uppföljning efter projektslut (t.o.m. {quarter})").format(
                       quarter=_quarter(row.follow_up_until, words)))
    marked = [quarters.index(q) for q in approved if q in quarters]
    if marked:
        top = ax.get_ylim()[1]
        chart.approved = ax.scatter(marked, [top * 0.97] * len(marked), marker="v", color="#37474f",
                                    label=words(CONTEXT, "Fastställt kvartal"))
    # The legend names each line below the plot, never on top of the values.
    _legend(fig, *ax.get_legend_handles_labels(), ncols=3)
    moving(fig, [chart.actual, chart.expected, *(bar for part in chart.parts for bar in part)])
    return chart


def _percent_top(row: GridRow) -> float:
    """The top of a share's axis: 105 %, or above the highest value or target when one is more."""
    values = [v for v in _values(row) if not math.isnan(v)]
    if row.indicator.target is not None:
        values.append(row.indicator.target)
    highest = max(values, default=0.0)
    return 105.0 if highest <= 100 else highest * 1.06


def _legend(fig: Figure, handles: list[Any], labels: list[str], ncols: int) -> None:
    """The figure's legend below the plot, never on top of the values; kept so that
    :func:`fit_texts` can lay it out again in fewer columns."""
    fig._hallbar_legend = (list(handles), list(labels), ncols)  # type: ignore[attr-defined]
    fig.legend(handles, labels, fontsize=7, loc="outside lower center", ncols=ncols, frameon=False)


#: A figure lower than this (inches) names the years under its quarters, not every quarter
#: slanted: the slanted labels would take a third of its height from the plot.
LOW_FIGURE = 3.3


def _quarter_ticks(ax: Any, xs: list[int], labels: list[str], *, compact: bool) -> None:
    if not compact:
        ax.set_xticks([], minor=True)
        ax.set_xticks(xs, labels, rotation=45, ha="right", fontsize=8)
        return
    # a year under its first quarter shown ("2021 kv 1" in Swedish, "Q1 2021" in English)
    named = [(x, _year_of(label)) for x, label in zip(xs, labels, strict=True)]
    years = [(x, year) for i, (x, year) in enumerate(named) if i == 0 or year != named[i - 1][1]]
    ax.set_xticks([x for x, _ in years], [year for _, year in years], rotation=0, ha="center", fontsize=8)
    ax.set_xticks(xs, minor=True)  # a small tick per quarter


def _year_of(label: str) -> str:
    return next((word for word in label.split() if len(word) == 4 and word.isdigit()), label)


def fit_texts(figure: Figure, renderer: Any) -> None:
    """Before a figure is laid out at a new size: its legend below the plot in as many columns
    as the width allows (a narrow pane stacks the entries rather than cutting them off at the
    sides), and in a low figure the years under the quarters (``LOW_FIGURE``). Titles wrap by
    themselves (``wrap=True``)."""
    for ax in figure.axes:
        quarters = getattr(ax, "_hallbar_quarters", None)
        if quarters is not None:
            _quarter_ticks(ax, *quarters, compact=figure.get_size_inches()[1] < LOW_FIGURE)
    kept = getattr(figure, "_hallbar_legend", None)
    if kept is None or not kept[0]:
        return
    handles, labels, wanted = kept
    width = figure.bbox.width * 0.98
    for ncols in range(wanted, 0, -1):
        for old in list(figure.legends):
            old.remove()
        legend = figure.legend(handles, labels, fontsize=7, loc="outside lower center", ncols=ncols, frameon=False)
        if legend.get_window_extent(renderer).width <= width:
            break


def update_indicator_chart(chart: IndicatorChart, row: GridRow) -> None:
    """Show new values in the existing artists (no new figure); the caller calls draw_idle."""
    chart.actual.set_ydata(_values(row))
    if chart.expected is not None:
        chart.expected.set_ydata([c.expected if c.expected is not None else math.nan for c in _cells(row)])
    if chart.parts:
        women = [c.measurement.women or 0 if c.measurement else 0 for c in _cells(row)]
        men = [c.measurement.men or 0 if c.measurement else 0 for c in _cells(row)]
        other = [c.measurement.other or 0 if c.measurement else 0 for c in _cells(row)]
        for bar, w in zip(chart.parts[0], women, strict=True):
            bar.set_height(w)
        for bar, w, m in zip(chart.parts[1], women, men, strict=True):
            bar.set_y(w)
            bar.set_height(m)
        for bar, w, m, o in zip(chart.parts[2], women, men, other, strict=True):
            bar.set_y(w + m)
            bar.set_height(o)
    if chart.kind is IndicatorKind.PERCENT:
        chart.actual.axes.set_ylim(0, _percent_top(row))
    elif chart.kind is not IndicatorKind.MILESTONE:
        ax = chart.actual.axes
        # The axis grows with the values, never shrinks; left exactly as it is otherwise (a redraw
        # with the same limits draws only the values: reporting/chart_redraw.py).
        top = max([v for v in _values(row) if not math.isnan(v)] + [1]) * 1.1
        bottom, current = ax.get_ylim()
        if bottom != 0 or top > current:
            ax.set_ylim(0, max(top, current))


@dataclass
class FocusAreaChart:
    figure: Figure
    codes: list[str]
    bars: Any  # BarContainer: one bar per indicator, width = progress in %
    lights: list[Light]
    labels: list[Any] = field(default_factory=list)  # the "● 85 %" text beside each bar
    number: int = 0
    words: Translator = translate


def focus_area_figure(grid: ProjectGrid, number: int, *, width: float = 7.0, names: bool = True,
                      words: Translator = translate) -> FocusAreaChart:
    """Each indicator's progress toward its target as a bar in its traffic-light colour."""
    rows = list(grid.rows_of(number))
    if not rows:
        raise HallbarError(words(CONTEXT, "Insatsområde {number} har inga indikatorer att visa.").format(
            number=number))
    area = next(a for a in grid.focus_areas if a.number == number)
    fig = _figure(width, 0.9 + 0.45 * len(rows))
    ax = fig.add_subplot()
    codes = [r.indicator.code for r in rows]
    lights = [r.current.status if r.current else Light.NONE for r in rows]
    progress = [_progress_percent(r) for r in rows]
    ys = list(range(len(rows)))[::-1]
    bars = ax.barh(ys, progress, color=[COLOURS[li] for li in lights], edgecolor="#333333", linewidth=0.5)
    for bar, light in zip(bars, lights, strict=True):
        bar.set_hatch(HATCHES[light])
    right = max(110.0, max(progress) * 1.04)
    ax.set_xlim(0, right)
    texts = [ax.text(0, y, "", va="center", fontsize=8) for y in ys]
    for text, value, light in zip(texts, progress, lights, strict=True):
        _place_bar_label(text, value, light, right, words)
    labels = [f"{r.indicator.code} {_short(r.indicator.name)}" if names else r.indicator.code for r in rows]
    ax.set_yticks(ys, labels, fontsize=8)
    ax.axvline(100, color="#555555", linewidth=0.8, linestyle="--")
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{format_number(float(v))}\u00a0%"))
    quarter = _quarter(grid.status_quarter, words) if grid.status_quarter else ""
    import textwrap

    name = textwrap.fill(f"{area.number}. {_short(area.name, 90)}", max(20, int(width * 9)))
    # wrap: a pane narrower than the figure was made for wraps the title again, never cuts it
    ax.set_title(name + "\n" + words(CONTEXT, "Framsteg mot målet, {quarter}").format(quarter=quarter),
                 fontsize=9, loc="left", wrap=True)
    moving(fig, [*bars, *texts])
    return FocusAreaChart(fig, codes, bars, lights, texts, number, words)


def _place_bar_label(text: Any, value: float, light: Light, right: float, words: Translator) -> None:
    """The "● 85 %" of a bar beside its end, or inside it (on a white ground) when the bar is too
    long for the label to fit beside it: a label is never cut off at the plot's edge."""
    text.set_text(_bar_label(value, light, words))
    if value > right * 0.6:
        text.set_x(value - right * 0.015)
        text.set_horizontalalignment("right")
        text.set_bbox({"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.0})
    else:
        text.set_x(value + right * 0.015)
        text.set_horizontalalignment("left")
        text.set_bbox(None)


def _bar_label(value: float, light: Light, words: Translator) -> str:
    text = words(CONTEXT, "värde saknas") if light is Light.GREY else f"{format_number(round(value))}\u00a0%"
    return f"{SYMBOL[light]} {text}"


def update_focus_area_chart(chart: FocusAreaChart, grid: ProjectGrid) -> None:
    """New progress and lights into the existing bars and labels; the caller calls draw_idle."""
    rows = {r.indicator.code: r for r in grid.rows_of(chart.number)}
    for i, code in enumerate(chart.codes):
        row = rows.get(code)
        if row is None:
            continue
        value = _progress_percent(row)
        light = row.current.status if row.current else Light.NONE
        bar = chart.bars[i]
        bar.set_width(value)
        bar.set_facecolor(COLOURS[light])
        bar.set_hatch(HATCHES[light])
        chart.lights[i] = light
        if i < len(chart.labels):
            _place_bar_label(chart.labels[i], value, light, chart.bars[i].axes.get_xlim()[1], chart.words)


def _progress_percent(row: GridRow) -> float:
    cell = row.current
    if cell is None:
        return 0.0
    if row.indicator.kind is IndicatorKind.MILESTONE:
        return 100.0 if (cell.value or 0) >= 1 else 0.0
    return max(0.0, (cell.progress or 0.0) * 100)


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


@dataclass
class ScorecardChart:
    figure: Figure
    areas: list[int]
    counts: dict[Light, list[int]]
    bars: dict[Light, Any]


def scorecard_figure(grid: ProjectGrid, *, width: float = 7.0, words: Translator = translate) -> ScorecardChart:
    """Per focus area the number of green, yellow, red and grey indicators (stacked bars)."""
    areas = [a for a in grid.focus_areas if grid.rows_of(a.number)]
    fig = _figure(width, 1.0 + 0.5 * len(areas))
    ax = fig.add_subplot()
    ys = list(range(len(areas)))[::-1]
    order = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)
    counts = {light: [grid.summary(a.number)[light] for a in areas] for light in order}
    left = [0] * len(areas)
    bars = {}
    for light in order:
        bars[light] = ax.barh(ys, counts[light], left=left, color=COLOURS[light], hatch=HATCHES[light],
                              edgecolor="#333333", linewidth=0.5,
                              label=f"{SYMBOL[light]} {words(CONTEXT, NAMES_SV[light])}")
        for y, start, n in zip(ys, left, counts[light], strict=True):
            if n:
                ax.text(start + n / 2, y, f"{SYMBOL[light]} {n}", ha="center", va="center", fontsize=8,
                        color="white" if light in (Light.GREEN, Light.RED) else "black")
        left = [a + b for a, b in zip(left, counts[light], strict=True)]
    ax.set_yticks(ys, [f"{a.number}. {_short(a.name, 40)}" for a in areas], fontsize=8)
    ax.set_xlabel(words(CONTEXT, "Antal indikatorer"))
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    quarter = _quarter(grid.status_quarter, words) if grid.status_quarter else ""
    ax.set_title(_short(grid.project.name, 60) + "\n" + words(CONTEXT, "Status per insatsområde, {quarter}").format(
        quarter=quarter), fontsize=9, loc="left")
    handles = list(bars.values())
    _legend(fig, handles, [str(h.get_label()) for h in handles], ncols=4)
    return ScorecardChart(fig, [a.number for a in areas], counts, bars)


def save_figure(figure: Figure, path: Path) -> Path:
    """PNG at 300 dpi or SVG, chosen by the file name; written with the Agg/SVG backends."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise HallbarError(translate("Charts", "Diagram kan sparas som .png eller .svg, inte «{name}».").format(
            name=path.suffix or path.name))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    try:
        figure.savefig(path, dpi=300 if suffix == ".png" else None, format=suffix[1:])
    except OSError as exc:
        raise HallbarError(translate("Charts", "Diagrammet kunde inte sparas i {path}: {reason}.").format(
            path=path, reason=exc.strerror)) from exc
    return path
