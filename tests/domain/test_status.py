"""Status: the expected line, progress, traffic lights, trend and the focus-area summary.

The default indicator runs from 0 % at 2021Q1 to 100 % at 2022Q1, so the expected line is
25 at 2021Q2, 50 at 2021Q3 and 75 at 2021Q4.
"""

from __future__ import annotations

from datetime import date

import pytest

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import Accumulation, Direction, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.rollup import project_to_date
from hallbar_desktop.domain.status import (
    LABEL_EN,
    LABEL_SV,
    SYMBOL,
    IndicatorSpec,
    Light,
    Thresholds,
    Trend,
    expected_value,
    previous_reported,
    progress,
    status_value,
    summarise,
    traffic_light,
    trend,
)

Q = Quarter.parse


def spec(**kw: object) -> IndicatorSpec:
    base: dict[str, object] = dict(
        kind=IndicatorKind.PERCENT,
        direction=Direction.HIGHER,
        accumulation=Accumulation.LEVEL,
        baseline=0.0,
        baseline_quarter=Q("2021Q1"),
        target=100.0,
        target_quarter=Q("2022Q1"),
    )
    base.update(kw)
    return IndicatorSpec(**base)  # type: ignore[arg-type]


def light_at(s: IndicatorSpec, quarter: str, value: float, **kw: object) -> Light:
    return traffic_light(s, {Q(quarter): value}, Q(quarter), **kw)  # type: ignore[arg-type]


# --- the expected line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quarter", "expected"),
    [("2020Q3", 0), ("2021Q1", 0), ("2021Q2", 25), ("2021Q3", 50), ("2021Q4", 75), ("2022Q1", 100), ("2023Q1", 100)],
)
def test_expected_value_is_a_straight_line_flat_outside_it(quarter: str, expected: float) -> None:
    assert expected_value(spec(), Q(quarter)) == expected


def test_expected_value_for_a_lower_is_better_indicator() -> None:
    s = spec(direction=Direction.LOWER, baseline=40.0, target=10.0)
    assert expected_value(s, Q("2021Q3")) == 25


def test_intermediate_targets_bend_the_line() -> None:
    s = spec(intermediate_targets=((Q("2021Q2"), 10.0),))
    assert expected_value(s, Q("2021Q2")) == 10
    assert expected_value(s, Q("2021Q3")) == pytest.approx(40)  # 10 + 90 / 3
    assert expected_value(s, Q("2021Q4")) == pytest.approx(70)
    assert expected_value(s, Q("2022Q1")) == 100


def test_several_intermediate_targets_in_any_order() -> None:
    s = spec(intermediate_targets=((Q("2021Q4"), 60.0), (Q("2021Q2"), 40.0)))
    assert [expected_value(s, Q(q)) for q in ("2021Q2", "2021Q3", "2021Q4", "2022Q1")] == [40, 50, 60, 100]


def test_intermediate_targets_outside_the_line_are_ignored() -> None:
    s = spec(intermediate_targets=((Q("2020Q4"), 50.0), (Q("2022Q3"), 10.0)))
    assert expected_value(s, Q("2021Q3")) == 50
    assert expected_value(s, Q("2022Q3")) == 100


@pytest.mark.parametrize(
    "changes",
    [
        {"baseline": None},
        {"target": None},
        {"baseline_quarter": None},
        {"target_quarter": None},
        {"kind": IndicatorKind.MILESTONE},
    ],
)
def test_no_expected_value_without_a_line(changes: dict[str, object]) -> None:
    assert expected_value(spec(**changes), Q("2021Q3")) is None


# --- progress -----------------------------------------------------------------------------


def test_progress_is_the_share_of_the_way() -> None:
    assert progress(spec(), 50) == pytest.approx(0.5)
    assert progress(spec(baseline=20.0), 60) == pytest.approx(0.5)
    assert progress(spec(), 110) == pytest.approx(1.1)
    assert progress(spec(baseline=20.0), 10) == pytest.approx(-0.125)


def test_progress_lower_is_better() -> None:
    s = spec(direction=Direction.LOWER, baseline=40.0, target=10.0)
    assert progress(s, 25) == pytest.approx(0.5)
    assert progress(s, 10) == pytest.approx(1.0)
    assert progress(s, 46) == pytest.approx(-0.2)


def test_progress_when_the_target_was_met_at_baseline() -> None:
    higher = spec(baseline=100.0, target=100.0)
    assert progress(higher, 100) == 1.0
    assert progress(higher, 95) == 0.0
    lower = spec(direction=Direction.LOWER, baseline=5.0, target=5.0)
    assert progress(lower, 4) == 1.0
    assert progress(lower, 5) == 1.0
    assert progress(lower, 6) == 0.0


@pytest.mark.parametrize(("changes", "actual"), [({}, None), ({"baseline": None}, 50.0), ({"target": None}, 50.0)])
def test_no_progress_when_something_is_missing(changes: dict[str, object], actual: float | None) -> None:
    assert progress(spec(**changes), actual) is None


# --- the value judged ---------------------------------------------------------------------


def test_a_level_is_judged_on_its_value() -> None:
    values = {Q("2021Q2"): 20.0, Q("2021Q3"): 45.0}
    assert status_value(spec(), values, Q("2021Q3")) == 45


def test_a_flow_is_judged_on_baseline_plus_everything_reported_to_date() -> None:
    s = spec(kind=IndicatorKind.COUNT, accumulation=Accumulation.FLOW, baseline=5.0, target=45.0)
    values = {Q("2021Q1"): 4.0, Q("2021Q2"): 10.0, Q("2021Q3"): 12.0, Q("2021Q4"): 8.0}
    # The baseline quarter's 4 counts, as it does in the roll-ups; 2021Q4 is after the quarter judged.
    assert status_value(s, values, Q("2021Q3")) == 5 + 4 + 10 + 12
    assert status_value(s, values, Q("2021Q1")) == 9
    assert project_to_date(Accumulation.FLOW, values, Q("2021Q1"), Q("2021Q3")) == 4 + 10 + 12


def test_a_flow_without_baseline_starts_from_zero() -> None:
    s = spec(kind=IndicatorKind.COUNT, accumulation=Accumulation.FLOW, baseline=None, baseline_quarter=None)
    values = {Q("2021Q1"): 4.0, Q("2021Q2"): None, Q("2021Q3"): 12.0}
    assert status_value(s, values, Q("2021Q3")) == 16


def test_no_status_value_without_a_value_in_the_quarter() -> None:
    s = spec(accumulation=Accumulation.FLOW)
    assert status_value(s, {Q("2021Q2"): 10.0}, Q("2021Q3")) is None
    assert status_value(spec(), {Q("2021Q3"): None}, Q("2021Q3")) is None


def test_flow_traffic_light_uses_the_sum_to_date() -> None:
    s = spec(kind=IndicatorKind.COUNT, accumulation=Accumulation.FLOW, target=40.0)
    values = {Q("2021Q2"): 10.0, Q("2021Q3"): 12.0}
    assert traffic_light(s, values, Q("2021Q3")) is Light.GREEN  # 22 of an expected 20
    assert traffic_light(s, {Q("2021Q3"): 12.0}, Q("2021Q3")) is Light.YELLOW  # 12 of 20 = 60 %
    assert traffic_light(s, {Q("2021Q3"): 11.0}, Q("2021Q3")) is Light.RED  # 11 of 20 = 55 %
    # The grid passes the running sum it already has; it is used as given.
    assert traffic_light(s, {Q("2021Q3"): 12.0}, Q("2021Q3"), compared=22.0) is Light.GREEN


# --- traffic lights -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actual", "light"),
    [
        (60, Light.GREEN),
        (50, Light.GREEN),
        (45, Light.GREEN),
        (44, Light.YELLOW),
        (30, Light.YELLOW),
        (29, Light.RED),
        (0, Light.RED),
    ],
)
def test_traffic_light_against_the_expected_progress(actual: float, light: Light) -> None:
    # expected 50 at 2021Q3: green from 45 (90 %), yellow from 30 (60 %)
    assert light_at(spec(), "2021Q3", actual) is light


def test_project_thresholds_change_the_colour() -> None:
    assert light_at(spec(), "2021Q3", 44.0) is Light.YELLOW
    assert light_at(spec(), "2021Q3", 44.0, thresholds=Thresholds(green=0.8, yellow=0.5)) is Light.GREEN
    assert light_at(spec(), "2021Q3", 29.0) is Light.RED
    assert light_at(spec(), "2021Q3", 29.0, thresholds=Thresholds(green=0.8, yellow=0.5)) is Light.YELLOW
    assert light_at(spec(), "2021Q3", 50.0, thresholds=Thresholds(green=1.2, yellow=0.6)) is Light.YELLOW


@pytest.mark.parametrize(("green", "yellow"), [(0.5, 0.8), (1.6, 0.6), (0.9, 0.0), (0.9, -0.1)])
def test_thresholds_that_make_no_sense_are_refused(green: float, yellow: float) -> None:
    with pytest.raises(DomainError, match="Gränserna för status"):
        Thresholds(green=green, yellow=yellow)


def test_thresholds_at_their_limits_are_allowed() -> None:
    assert Thresholds(green=1.5, yellow=1.5) == Thresholds(1.5, 1.5)
    assert Thresholds() == Thresholds(0.9, 0.6)


def test_intermediate_targets_change_the_colour() -> None:
    bent = spec(intermediate_targets=((Q("2021Q2"), 10.0),))
    # 28 at 2021Q3 is red against the plain line (28 of 50) but yellow against the bent one
    # (28 of 40): a slow start that was planned is not judged as a failure.
    assert light_at(spec(), "2021Q3", 28.0) is Light.RED
    assert light_at(bent, "2021Q3", 28.0) is Light.YELLOW


@pytest.mark.parametrize(("actual", "light"), [(25, Light.GREEN), (28, Light.YELLOW), (35, Light.RED), (45, Light.RED)])
def test_lower_is_better_lights(actual: float, light: Light) -> None:
    # 40 → 10: expected 25 at 2021Q3; 28 is 80 % of the way expected, 35 is 33 %, 45 went backwards.
    s = spec(kind=IndicatorKind.AMOUNT, direction=Direction.LOWER, baseline=40.0, target=10.0)
    assert light_at(s, "2021Q3", actual) is light


def test_grey_for_an_ended_quarter_without_value_none_for_the_future() -> None:
    assert traffic_light(spec(), {}, Q("2021Q3"), today=date(2021, 10, 1)) is Light.GREY
    assert traffic_light(spec(), {Q("2021Q3"): None}, Q("2021Q3"), today=date(2022, 1, 1)) is Light.GREY
    assert traffic_light(spec(), {}, Q("2021Q3"), today=date(2021, 9, 30)) is Light.NONE
    assert traffic_light(spec(), {}, Q("2021Q3"), today=date(2021, 8, 1)) is Light.NONE


def test_target_already_met_at_baseline() -> None:
    s = spec(baseline=100.0, target=100.0)
    assert light_at(s, "2021Q3", 100.0) is Light.GREEN
    assert light_at(s, "2021Q1", 100.0) is Light.GREEN
    assert light_at(s, "2021Q3", 95.0) is Light.RED


def test_at_the_baseline_quarter_only_going_backwards_is_red() -> None:
    s = spec(baseline=20.0)
    assert light_at(s, "2021Q1", 20.0) is Light.GREEN
    assert light_at(s, "2021Q1", 25.0) is Light.GREEN
    assert light_at(s, "2020Q4", 20.0) is Light.GREEN  # before the baseline quarter: nothing expected
    assert light_at(s, "2021Q1", 18.0) is Light.RED


@pytest.mark.parametrize("changes", [{"target": None}, {"baseline": None}, {"baseline_quarter": None}])
def test_nothing_to_judge_without_a_line(changes: dict[str, object]) -> None:
    assert light_at(spec(**changes), "2021Q3", 5.0) is Light.NONE


def test_a_missing_report_is_grey_even_without_a_target() -> None:
    assert traffic_light(spec(target=None), {}, Q("2021Q3"), today=date(2022, 1, 1)) is Light.GREY


# --- milestones ---------------------------------------------------------------------------


def milestone(deadline: str | None = "2021Q4") -> IndicatorSpec:
    return spec(
        kind=IndicatorKind.MILESTONE, baseline=0.0, target=1.0, target_quarter=Q(deadline) if deadline else None
    )


def test_milestone_reached_on_time() -> None:
    assert light_at(milestone(), "2021Q3", 1.0) is Light.GREEN
    assert light_at(milestone(), "2021Q4", 1.0) is Light.GREEN


def test_milestone_reached_on_a_date_before_the_deadline_but_reported_later() -> None:
    assert light_at(milestone(), "2022Q1", 1.0, reached_on=date(2021, 12, 31)) is Light.GREEN


def test_milestone_reached_late() -> None:
    assert light_at(milestone(), "2022Q1", 1.0) is Light.YELLOW
    assert light_at(milestone(), "2022Q1", 1.0, reached_on=date(2022, 1, 15)) is Light.YELLOW


def test_milestone_stays_reached_from_the_first_quarter_it_was_reported() -> None:
    values = {Q("2021Q3"): 1.0, Q("2021Q4"): 1.0, Q("2022Q1"): 1.0}
    assert traffic_light(milestone(), values, Q("2022Q1")) is Light.GREEN


@pytest.mark.parametrize(
    ("quarter", "light"),
    [
        ("2021Q3", Light.GREEN),
        ("2021Q4", Light.GREEN),
        ("2022Q1", Light.YELLOW),
        ("2022Q3", Light.RED),
        ("2023Q1", Light.RED),
    ],
)
def test_milestone_not_reached_on_schedule_due_soon_and_overdue(quarter: str, light: Light) -> None:
    assert light_at(milestone("2022Q2"), quarter, 0.0) is light


def test_a_milestone_not_reached_when_its_deadline_quarter_has_ended_is_red() -> None:
    """Due in 2022Q2: "not reached" reported while the quarter runs is due (yellow); once the
    quarter is over it is overdue (red) – a milestone due in the project's last quarter turns
    red in the final report."""
    assert light_at(milestone("2022Q2"), "2022Q2", 0.0, today=date(2022, 5, 15)) is Light.YELLOW
    assert light_at(milestone("2022Q2"), "2022Q2", 0.0, today=date(2022, 7, 1)) is Light.RED
    assert light_at(milestone("2022Q2"), "2022Q2", 1.0, today=date(2022, 7, 1)) is Light.GREEN


def test_milestone_without_deadline() -> None:
    assert light_at(milestone(None), "2021Q3", 1.0) is Light.GREEN
    assert light_at(milestone(None), "2021Q3", 0.0) is Light.NONE


def test_milestone_not_reported_is_grey_once_the_quarter_ended() -> None:
    assert traffic_light(milestone(), {}, Q("2021Q3"), today=date(2021, 10, 1)) is Light.GREY


# --- symbols, labels, trend, summary ------------------------------------------------------


def test_every_light_has_a_shape_and_labels() -> None:
    shapes = [SYMBOL[light] for light in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)]
    assert shapes == ["●", "▲", "■", "○"]
    assert SYMBOL[Light.NONE] == ""
    assert [LABEL_SV[light] for light in Light] == ["Grön", "Gul", "Röd", "Grå", "–"]
    assert [LABEL_EN[light] for light in Light] == ["Green", "Yellow", "Red", "Grey", "–"]
    assert Light.RED.symbol == "■" and Light.RED.label_sv() == "Röd" and Light.RED.label_en() == "Red"
    assert Light("grey") is Light.GREY


@pytest.mark.parametrize(
    ("direction", "previous", "current", "expected"),
    [
        (Direction.HIGHER, 10, 11, Trend.BETTER),
        (Direction.HIGHER, 11, 10, Trend.WORSE),
        (Direction.HIGHER, 10, 10, Trend.SAME),
        (Direction.HIGHER, 10, 10 + 1e-12, Trend.SAME),
        (Direction.LOWER, 30, 25, Trend.BETTER),
        (Direction.LOWER, 25, 30, Trend.WORSE),
        (Direction.LOWER, 25, 25, Trend.SAME),
        (Direction.HIGHER, None, 11, Trend.NONE),
        (Direction.HIGHER, 10, None, Trend.NONE),
    ],
)
def test_trend(direction: Direction, previous: float | None, current: float | None, expected: Trend) -> None:
    assert trend(direction, previous, current) is expected


def test_trend_arrows_and_labels() -> None:
    assert [t.arrow for t in Trend] == ["↑", "→", "↓", ""]
    assert [t.label_sv() for t in Trend] == ["Bättre", "Oförändrad", "Sämre", ""]
    assert Trend.SAME.label_en() == "Unchanged"


def test_previous_reported_skips_gaps_and_later_quarters() -> None:
    values = {Q("2021Q3"): 12.0, Q("2021Q1"): 10.0, Q("2021Q2"): None, Q("2021Q4"): 14.0}
    assert previous_reported(values, Q("2021Q4")) == (Q("2021Q3"), 12.0)
    assert previous_reported(values, Q("2021Q3")) == (Q("2021Q1"), 10.0)
    assert previous_reported(values, Q("2021Q1")) is None


def test_summary_counts_every_colour_but_not_none() -> None:
    lights = [Light.GREEN, Light.GREEN, Light.RED, Light.NONE, Light.GREY]
    assert summarise(lights) == {Light.GREEN: 2, Light.YELLOW: 0, Light.RED: 1, Light.GREY: 1}
    assert summarise([]) == {Light.GREEN: 0, Light.YELLOW: 0, Light.RED: 0, Light.GREY: 0}


def test_a_row_judged_in_one_pass_equals_each_cell_judged_by_the_rules() -> None:
    """``expected_run``, ``judged_run`` and ``milestone_run`` (a grid row's cells at once) give
    exactly what ``expected_value``, ``progress``, ``traffic_light`` give cell by cell: random
    lines, directions, flat targets, thresholds and values, milestones reached and not."""
    import random

    from hallbar_desktop.domain.status import expected_run, judged_run, milestone_run

    rng = random.Random(19)
    quarters = [Quarter.from_index(Q("2020Q1").index + i) for i in range(24)]
    today = date(2022, 8, 1)
    for _ in range(300):
        baseline = rng.choice([None, 0.0, 10.0, 50.0])
        target = rng.choice([None, baseline, 0.0, 40.0, 100.0])
        start = rng.choice(quarters[:8] + [None])
        deadline = rng.choice(quarters[6:] + [quarters[-1] + 3, None])
        between = [q for q in quarters if start is not None and deadline is not None and start < q < deadline]
        kind = rng.choice([IndicatorKind.PERCENT, IndicatorKind.COUNT, IndicatorKind.MILESTONE])
        s = spec(kind=kind, direction=rng.choice(list(Direction)), baseline=baseline, target=target,
                 baseline_quarter=start, target_quarter=deadline,
                 intermediate_targets=((rng.choice(between), 25.0),) if between and rng.random() < 0.4 else ())
        thresholds = rng.choice([Thresholds(), Thresholds(green=0.8, yellow=0.5), Thresholds(green=1.2, yellow=1.0)])
        first = quarters[0].index
        assert expected_run(s, first, len(quarters)) == [expected_value(s, q) for q in quarters]
        if kind is IndicatorKind.MILESTONE:
            values = [rng.choice([None, 0.0, 1.0]) for _ in quarters]
            reached = [rng.choice([None, quarters[i].start_date]) if v == 1 else None for i, v in enumerate(values)]
            by_quarter = dict(zip(quarters, values, strict=True))
            got = milestone_run(s, first, values, reached, today, lambda m=by_quarter: m)
            want = [None if v is None else traffic_light(s, by_quarter, q, today=today, reached_on=r)
                    for q, v, r in zip(quarters, values, reached, strict=True)]
            assert got == want
            continue
        values = [rng.choice([None, -5.0, 0.0, 10.0, 30.0, 55.0, 80.0, 120.0]) for _ in quarters]
        line = [expected_value(s, q) for q in quarters]
        progresses, lights = judged_run(s, values, line, thresholds)
        assert progresses == [progress(s, v) if v is not None else None for v in values]
        by_quarter = dict(zip(quarters, values, strict=True))
        assert lights == [Light.NONE if v is None else traffic_light(s, by_quarter, q, thresholds=thresholds,
                                                                      today=today, compared=v, expected=e)
                          for q, v, e in zip(quarters, values, line, strict=True)]
