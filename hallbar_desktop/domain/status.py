"""Status rules: the expected line, progress, traffic lights and trend.

A traffic light compares how far an indicator has come with how far it should have come by
now, so an indicator that is early in its plan is not red merely for being far from target.
Every light also has a shape, so it can be told apart without colour.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import Accumulation, Direction, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.rollup import flow_to_date

EPS = 1e-9


class Light(StrEnum):
    """A traffic light. GREY = a report is missing for an ended quarter; NONE = nothing to
    judge yet (a future quarter, or an indicator without a target)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    GREY = "grey"
    NONE = "none"

    @property
    def symbol(self) -> str:
        return SYMBOL[self]

    def label_sv(self) -> str:
        return LABEL_SV[self]

    def label_en(self) -> str:
        return LABEL_EN[self]


# A shape per light as well as a colour: readable in grey-scale print and for colour-blind users.
SYMBOL = {Light.GREEN: "●", Light.YELLOW: "▲", Light.RED: "■", Light.GREY: "○", Light.NONE: ""}
LABEL_SV = {Light.GREEN: "Grön", Light.YELLOW: "Gul", Light.RED: "Röd", Light.GREY: "Grå", Light.NONE: "–"}
LABEL_EN = {Light.GREEN: "Green", Light.YELLOW: "Yellow", Light.RED: "Red", Light.GREY: "Grey", Light.NONE: "–"}
COUNTED = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)


class _Unknown:
    """Not given by the caller (None is a value: no line to compare with)."""


_UNKNOWN = _Unknown()


@dataclass(frozen=True)
class Thresholds:
    """Share of the expected progress needed for green and for yellow (a project may change)."""

    green: float = 0.9
    yellow: float = 0.6

    def __post_init__(self) -> None:
        if not (0 < self.yellow <= self.green <= 1.5):
            raise DomainError(
                "Gränserna för status är felaktiga: gul måste vara större än 0 och högst "
                "lika stor som grön, och grön högst 150 %."
            )


@dataclass(frozen=True)
class IndicatorSpec:
    """What the status rules need to know about an indicator, free of the database.

    Hashable, so the expected line can be cached per indicator.
    """

    kind: IndicatorKind
    direction: Direction
    accumulation: Accumulation
    baseline: float | None
    baseline_quarter: Quarter | None
    target: float | None
    target_quarter: Quarter | None
    intermediate_targets: tuple[tuple[Quarter, float], ...] = ()


@lru_cache(maxsize=8192)  # a grid of 2 500 indicators reads each once per read
def _points(spec: IndicatorSpec) -> tuple[tuple[int, float], ...] | None:
    """The corners of the expected line, by quarter index; cached as grids ask once per cell.

    Without a baseline quarter or a deadline there is no line to draw: the status is then
    "nothing to judge" rather than a guess about when the project meant to start or finish.
    """
    if spec.kind == IndicatorKind.MILESTONE:
        return None
    if spec.baseline is None or spec.target is None:
        return None
    if spec.baseline_quarter is None or spec.target_quarter is None:
        return None
    start, deadline = spec.baseline_quarter, spec.target_quarter
    points = [(start.index, spec.baseline)]
    # Intermediate targets outside baseline..deadline cannot bend the line; they are ignored.
    for q, v in sorted(spec.intermediate_targets):
        if start < q < deadline and q.index > points[-1][0]:
            points.append((q.index, v))
    points.append((max(deadline.index, start.index), spec.target))
    return tuple(points)


def expected_value(spec: IndicatorSpec, q: Quarter) -> float | None:
    """Where the indicator should be at the end of ``q``.

    Piecewise straight from the baseline through each intermediate target to the target;
    flat at the baseline before the baseline quarter and at the target after the deadline.
    """
    points = _points(spec)
    if points is None:
        return None
    return _on_line(points, q.index)


def expected_line(spec: IndicatorSpec, quarters: Iterable[Quarter]) -> list[float | None]:
    """:func:`expected_value` at each of ``quarters``, the line looked up once (a grid row)."""
    points = _points(spec)
    if points is None:
        return [None for _ in quarters]
    return [_on_line(points, q.index) for q in quarters]


def expected_run(spec: IndicatorSpec, first_index: int, n: int) -> list[float | None]:
    """:func:`expected_line` at ``n`` consecutive quarters from the quarter index ``first_index``
    (a grid row's columns): one walk along the line's corners instead of a search per quarter,
    each value by the same formula as :func:`_on_line`, so the same floats."""
    points = _points(spec)
    if points is None:
        return [None] * n
    out: list[float | None] = []
    x_first, y_first = points[0]
    last = len(points) - 1
    seg = 0
    for x in range(first_index, first_index + n):
        if x <= x_first:
            out.append(y_first)
            continue
        while seg < last and x > points[seg + 1][0]:
            seg += 1
        if seg == last:
            out.append(points[-1][1])
            continue
        (x0, y0), (x1, y1) = points[seg], points[seg + 1]
        out.append(y1 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0))
    return out


def _on_line(points: tuple[tuple[int, float], ...], x: int) -> float:
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            if x1 == x0:
                return y1
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def _at_least_as_good(direction: Direction, actual: float, reference: float) -> bool:
    if direction == Direction.LOWER:
        return actual <= reference + EPS
    return actual >= reference - EPS


def progress(spec: IndicatorSpec, actual: float | None) -> float | None:
    """Share of the way from baseline to target (1.0 = target reached), direction-aware.

    The ratio (actual − baseline) / (target − baseline) is direction-aware by itself: for a
    lower-is-better indicator (40 → 10) the span is negative, so 25 gives 0.5 and 45 gives a
    negative progress. When the target equals the baseline (already met when the project
    started) there is no way to go and no ratio: the task is to stay there, so progress is
    1.0 while the value is at or better than the target (by direction) and 0.0 once it has
    slipped. None when the value, the baseline or the target is missing.
    """
    if actual is None or spec.baseline is None or spec.target is None:
        return None
    span = spec.target - spec.baseline
    if abs(span) < EPS:
        return 1.0 if _at_least_as_good(spec.direction, actual, spec.target) else 0.0
    return (actual - spec.baseline) / span


def status_value(spec: IndicatorSpec, values: Mapping[Quarter, float | None], q: Quarter) -> float | None:
    """The value compared with the line at ``q``: the level, or for a flow the sum to date.

    Flow targets are totals over the project (e.g. 40 people trained), so a flow is judged on
    its baseline (what had been done before the first reported quarter, usually 0) plus
    everything reported up to and including ``q`` – the baseline quarter included, exactly the
    sum the roll-ups show as ``Hela projektet`` (:func:`rollup.flow_to_date`). So progress of a
    flow is always ``Hela projektet / (target − baseline)``.
    """
    current = values.get(q)
    if current is None:
        return None
    if spec.accumulation == Accumulation.LEVEL:
        return current
    return (spec.baseline or 0.0) + flow_to_date(values, q)


def _first_reached(values: Mapping[Quarter, float | None], q: Quarter) -> Quarter:
    """The earliest quarter up to ``q`` reported as reached: a milestone stays reached."""
    reached = [quarter for quarter, v in values.items() if v is not None and v >= 1 and quarter <= q]
    return min(reached, default=q)


def _milestone_light(
    spec: IndicatorSpec, values: Mapping[Quarter, float | None], q: Quarter, reached_on: date | None,
    today: date | None = None,
) -> Light:
    # (``milestone_run`` judges a grid row's cells by the same rules: keep the two alike.)
    deadline = spec.target_quarter
    value = values.get(q)
    assert value is not None
    if value >= 1:
        if deadline is None:
            return Light.GREEN
        reached = reached_on or _first_reached(values, q).end_date
        return Light.GREEN if reached <= deadline.end_date else Light.YELLOW
    if deadline is None:
        return Light.NONE
    if q > deadline or (q == deadline and q.has_ended(today)):
        return Light.RED  # overdue: not reached by the end of its deadline quarter
    if q >= deadline - 1:
        return Light.YELLOW  # due this quarter (still running) or the next
    return Light.GREEN  # on schedule


def traffic_light(
    spec: IndicatorSpec,
    values: Mapping[Quarter, float | None],
    q: Quarter,
    *,
    thresholds: Thresholds = Thresholds(),  # noqa: B008 - frozen, safe as a default
    today: date | None = None,
    reached_on: date | None = None,
    compared: float | None = None,
    expected: float | None | _Unknown = _UNKNOWN,
) -> Light:
    """The light of quarter ``q``.

    Missing value: grey once the quarter has ended (a report is missing), otherwise nothing to
    judge yet. Milestones: reached by the deadline is green, reached late yellow; not reached
    is red once the deadline quarter has ended, yellow while it runs and in the quarter before,
    green earlier. Other kinds compare actual progress with expected progress at ``q``: green from
    ``thresholds.green`` of it, yellow from ``thresholds.yellow``, red below. At or before the
    baseline quarter nothing is expected yet (no ratio), so the indicator is green unless it
    has gone backwards from the baseline. A target met at baseline is green while it holds.

    ``reached_on`` is the day a milestone was reached, if known; otherwise the first quarter
    reported as reached counts. ``compared`` may carry status_value(spec, values, q) when the
    caller has it already (the grid computes running sums once per row), and ``expected`` may
    carry expected_value(spec, q) (the grid reads the line once per row).
    """
    value = values.get(q)
    if value is None:
        return missing_light(q, today)
    if spec.kind == IndicatorKind.MILESTONE:
        return _milestone_light(spec, values, q, reached_on, today)
    if compared is None:
        compared = status_value(spec, values, q)
    line = expected_value(spec, q) if isinstance(expected, _Unknown) else expected
    return judged(spec, compared, line, thresholds)


def judged_run(spec: IndicatorSpec, compared: Sequence[float | None], expected: Sequence[float | None],
               thresholds: Thresholds) -> tuple[list[float | None], list[Light]]:
    """The progress and the light of each of a row's reported values that are not a milestone's:
    ``compared[i]`` (None: no value) against ``expected[i]``, exactly as :func:`progress` and
    :func:`judged_progress` judge one cell, with what they work out per indicator worked out once
    (a grid row has 40 cells, a large grid 100 000). Where ``compared`` is None: progress None and
    Light.NONE (the caller decides what a missing value shows)."""
    n = len(compared)
    baseline, target = spec.baseline, spec.target
    if baseline is None or target is None:
        return [None] * n, [Light.NONE] * n
    span = target - baseline
    progresses: list[float | None] = []
    lights: list[Light] = []
    if abs(span) < EPS:  # the target met at baseline: held or slipped
        lower = spec.direction == Direction.LOWER
        for value, line in zip(compared, expected, strict=True):
            if value is None:
                progresses.append(None)
                lights.append(Light.NONE)
                continue
            held = value <= target + EPS if lower else value >= target - EPS
            actual = 1.0 if held else 0.0
            progresses.append(actual)
            lights.append(Light.NONE if line is None else Light.GREEN if actual >= 1 else Light.RED)
        return progresses, lights
    green, yellow = thresholds.green - EPS, thresholds.yellow - EPS
    for value, line in zip(compared, expected, strict=True):
        if value is None:
            progresses.append(None)
            lights.append(Light.NONE)
            continue
        actual = (value - baseline) / span
        progresses.append(actual)
        if line is None:
            lights.append(Light.NONE)
            continue
        share = (line - baseline) / span
        if share <= EPS:
            lights.append(Light.GREEN if actual >= share - EPS else Light.RED)
            continue
        ratio = actual / share
        lights.append(Light.GREEN if ratio >= green else Light.YELLOW if ratio >= yellow else Light.RED)
    return progresses, lights


def milestone_run(spec: IndicatorSpec, first_index: int, values: Sequence[float | None],
                  reached: Sequence[date | None], today: date | None,
                  all_values: Callable[[], Mapping[Quarter, float | None]]) -> list[Light | None]:
    """The light of each of a milestone's reported values at consecutive quarters from the
    quarter index ``first_index`` (a grid row), exactly as :func:`traffic_light` judges one
    (``_milestone_light``), with the deadline's quarter and day worked out once. ``reached[i]``:
    the day it was reached, if known; ``all_values`` gives the values as the rules take them (only
    asked for when a reached value has no day). None where ``values[i]`` is None."""
    deadline = spec.target_quarter
    out: list[Light | None] = []
    if deadline is None:
        return [None if v is None else Light.GREEN if v >= 1 else Light.NONE for v in values]
    due, due_day = deadline.index, deadline.end_date
    due_ended = deadline.has_ended(today)
    for i, (value, reached_on) in enumerate(zip(values, reached, strict=True)):
        if value is None:
            out.append(None)
        elif value >= 1:
            if reached_on is None:
                reached_on = _first_reached(all_values(), Quarter.from_index(first_index + i)).end_date
            out.append(Light.GREEN if reached_on <= due_day else Light.YELLOW)
        else:
            x = first_index + i
            if x > due or (x == due and due_ended):
                out.append(Light.RED)  # overdue: not reached by the end of its deadline quarter
            elif x >= due - 1:
                out.append(Light.YELLOW)  # due this quarter (still running) or the next
            else:
                out.append(Light.GREEN)  # on schedule
    return out


def missing_light(q: Quarter, today: date | None = None) -> Light:
    """The light of a quarter without a value: grey once it has ended, else nothing to judge."""
    return Light.GREY if q.has_ended(today) else Light.NONE


def judged(spec: IndicatorSpec, compared: float | None, expected: float | None, thresholds: Thresholds) -> Light:
    """The light of a reported value that is not a milestone's: ``compared`` (the level, or a
    flow's baseline plus its sum to date) against ``expected``, the line at the same quarter
    (see :func:`traffic_light`, which a grid row skips to for its many cells)."""
    return judged_progress(spec, progress(spec, compared), progress(spec, expected), thresholds)


def judged_progress(spec: IndicatorSpec, actual: float | None, share: float | None, thresholds: Thresholds) -> Light:
    """:func:`judged` given the progress of the value (``actual``) and of the line (``share``)."""
    if actual is None or share is None:
        return Light.NONE
    if spec.baseline is not None and spec.target is not None and abs(spec.target - spec.baseline) < EPS:
        return Light.GREEN if actual >= 1 else Light.RED
    if share <= EPS:
        return Light.GREEN if actual >= share - EPS else Light.RED
    ratio = actual / share
    if ratio >= thresholds.green - EPS:
        return Light.GREEN
    if ratio >= thresholds.yellow - EPS:
        return Light.YELLOW
    return Light.RED


class Trend(StrEnum):
    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    NONE = "none"

    @property
    def arrow(self) -> str:
        return {"better": "↑", "same": "→", "worse": "↓", "none": ""}[self.value]

    def label_sv(self) -> str:
        return {"better": "Bättre", "same": "Oförändrad", "worse": "Sämre", "none": ""}[self.value]

    def label_en(self) -> str:
        return {"better": "Better", "same": "Unchanged", "worse": "Worse", "none": ""}[self.value]


def trend(direction: Direction, previous: float | None, current: float | None) -> Trend:
    """Better, unchanged or worse than before, by which way is better for this indicator."""
    if previous is None or current is None:
        return Trend.NONE
    diff = current - previous
    if abs(diff) <= EPS:
        return Trend.SAME
    better = diff > 0 if direction == Direction.HIGHER else diff < 0
    return Trend.BETTER if better else Trend.WORSE


def previous_reported(values: Mapping[Quarter, float | None], q: Quarter) -> tuple[Quarter, float] | None:
    """The latest value before ``q``: a quarter without a report is skipped, not read as 0."""
    earlier = [(quarter, v) for quarter, v in values.items() if quarter < q and v is not None]
    return max(earlier) if earlier else None


def summarise(lights: Iterable[Light]) -> dict[Light, int]:
    """A focus area's status: how many indicators of each colour (every colour always present,
    so a summary line has a fixed shape; "nothing to judge" is not counted)."""
    counts = {light: 0 for light in COUNTED}
    for light in lights:
        if light in counts:
            counts[light] += 1
    return counts
