"""Status rules: the expected line, progress, traffic lights and trend.

A traffic light compares how far an indicator has come with how far it should have come by
now, so an indicator that is early in its plan is not red merely for being far from target.
Every light also has a shape, so it can be told apart without colour.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import Accumulation, Direction, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter

EPS = 1e-9


class Light(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    GREY = "grey"
    NONE = "none"


SYMBOL = {Light.GREEN: "●", Light.YELLOW: "▲", Light.RED: "■", Light.GREY: "○", Light.NONE: ""}
LABEL_SV = {Light.GREEN: "Grön", Light.YELLOW: "Gul", Light.RED: "Röd", Light.GREY: "Grå",
            Light.NONE: "–"}
LABEL_EN = {Light.GREEN: "Green", Light.YELLOW: "Yellow", Light.RED: "Red", Light.GREY: "Grey",
            Light.NONE: "–"}
COUNTED = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)


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
    kind: IndicatorKind
    direction: Direction
    accumulation: Accumulation
    baseline: float | None
    baseline_quarter: Quarter | None
    target: float | None
    target_quarter: Quarter | None
    intermediate_targets: tuple[tuple[Quarter, float], ...] = ()


@lru_cache(maxsize=1024)
def _points(spec: IndicatorSpec) -> list[tuple[int, float]] | None:
    if spec.baseline is None or spec.target is None or spec.target_quarter is None:
        return None
    start = spec.baseline_quarter or spec.target_quarter
    points = [(start.index, spec.baseline)]
    for q, v in sorted(spec.intermediate_targets):
        if start < q < spec.target_quarter:
            points.append((q.index, v))
    points.append((max(spec.target_quarter.index, start.index), spec.target))
    return points


def expected_value(spec: IndicatorSpec, q: Quarter) -> float | None:
    """Where the indicator should be at the end of ``q``: on the line through the targets."""
    if spec.kind is IndicatorKind.MILESTONE:
        return None
    points = _points(spec)
    if points is None:
        return None
    x = q.index
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            if x1 == x0:
                return y1
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def _at_least_as_good(direction: Direction, actual: float, reference: float) -> bool:
    if direction is Direction.LOWER:
        return actual <= reference + EPS
    return actual >= reference - EPS


def progress(spec: IndicatorSpec, actual: float | None) -> float | None:
    """Share of the way from baseline to target (1.0 = target reached), direction-aware.

    When the target equals the baseline (already met when the project started), there is no
    way to go: progress is 1.0 while the indicator stays at or better than the target.
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
    its baseline plus everything reported up to and including ``q``.
    """
    current = values.get(q)
    if current is None:
        return None
    if spec.accumulation is Accumulation.LEVEL:
        return current
    total = spec.baseline or 0.0
    for quarter, value in values.items():
        if value is not None and quarter <= q:
            total += value
    return total


def _milestone_light(
    spec: IndicatorSpec, value: float, q: Quarter, reached_on: date | None
) -> Light:
    deadline = spec.target_quarter
    if value >= 1:
        if deadline is None:
            return Light.GREEN
        reached = reached_on or q.end_date
        return Light.GREEN if reached <= deadline.end_date else Light.YELLOW
    if deadline is None:
        return Light.NONE
    if q > deadline:
        return Light.RED
    if q >= deadline - 1:
        return Light.YELLOW
    return Light.GREEN


def traffic_light(
    spec: IndicatorSpec,
    values: Mapping[Quarter, float | None],
    q: Quarter,
    *,
    thresholds: Thresholds = Thresholds(),  # noqa: B008 - frozen, safe as a default
    today: date | None = None,
    reached_on: date | None = None,
    compared: float | None = None,
) -> Light:
    """The light of quarter ``q``. ``compared`` may carry status_value(spec, values, q) when the
    caller has it already (the grid computes running sums once per row)."""
    value = values.get(q)
    if value is None:
        return Light.GREY if q.has_ended(today) else Light.NONE
    if spec.kind is IndicatorKind.MILESTONE:
        return _milestone_light(spec, value, q, reached_on)
    if compared is None:
        compared = status_value(spec, values, q)
    actual = progress(spec, compared)
    expected = progress(spec, expected_value(spec, q))
    if actual is None or expected is None:
        return Light.NONE
    if spec.baseline is not None and spec.target is not None and abs(spec.target - spec.baseline) < EPS:
        return Light.GREEN if actual >= 1 else Light.RED
    if expected <= EPS:
        return Light.GREEN if actual >= expected - EPS else Light.RED
    ratio = actual / expected
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
    if previous is None or current is None:
        return Trend.NONE
    diff = current - previous
    if abs(diff) <= EPS:
        return Trend.SAME
    better = diff > 0 if direction is Direction.HIGHER else diff < 0
    return Trend.BETTER if better else Trend.WORSE


def previous_reported(
    values: Mapping[Quarter, float | None], q: Quarter
) -> tuple[Quarter, float] | None:
    earlier = [(quarter, v) for quarter, v in values.items() if quarter < q and v is not None]
    return max(earlier) if earlier else None


def summarise(lights: Iterable[Light]) -> dict[Light, int]:
    counts = {light: 0 for light in COUNTED}
    for light in lights:
        if light in counts:
            counts[light] += 1
    return counts
