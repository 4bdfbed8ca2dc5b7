"""Effects after the project: an indicator whose deadline lies after the project's end takes values
until that deadline, is judged on them, shows them in its chart and is marked in the scorecard;
every other indicator still refuses a quarter after the end."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.kinds import EffectLevel, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellEdit, EditsRefused, apply_edits
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.services.projects import IndicatorFields, create_indicator
from hallbar_desktop.services.scorecard import project_scorecard
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
Q = Quarter.parse
ME = Actor("test", "cli")
LATE_2024 = date(2024, 11, 20)  # 2024 kv 3 has ended; TEST ended with 2022 kv 4


@pytest.fixture
def small(register: Register) -> Register:
    """TEST (2021 kv 1 – 2022 kv 4) with 1.3, a long-term effect measured two years after the end."""
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
        create_indicator(s, "TEST", IndicatorFields(
            "1.3", "Beställningar säkrade ur intersektionellt perspektiv", 1, IndicatorKind.PERCENT, unit="%",
            effect_level=EffectLevel.LONG_TERM, baseline=0, baseline_quarter=Q("2021Q1"), target=100,
            target_quarter=Q("2024Q4")))
    return register


def _set(reg: Register, code: str, quarter: str, text: str) -> None:
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), code)
        record_value(s, ind, quarter, validated_input(ind, text=text), ME)


def test_a_value_after_the_end_is_taken_for_a_followed_indicator_only(small: Register) -> None:
    _set(small, "1.3", "2023Q4", "60")
    _set(small, "1.3", "2024Q4", "90")  # its deadline: the last quarter it takes
    with pytest.raises(ValidationError, match="utanför projektperioden för TEST.*ligger efter projektets slut"):
        _set(small, "1.1", "2023Q1", "50")  # an ordinary indicator: the project's period only
    with pytest.raises(ValidationError, match="utanför uppföljningen av 1.3.*till och med sitt måldatum 2024 kv 4"):
        _set(small, "1.3", "2025Q1", "95")
    with pytest.raises(ValidationError, match="utanför projektperioden"):
        _set(small, "1.3", "2020Q4", "0")  # before the start, as always
    with small.reading() as s:
        rows = {r.indicator.code: r for r in project_grid(s, "TEST", today=LATE_2024).rows}
    assert rows["1.3"].cell(Q("2024Q4")).value == 90  # type: ignore[union-attr]
    assert rows["1.1"].cell(Q("2023Q1")).measurement is None  # type: ignore[union-attr]


def test_the_window_s_entry_takes_and_refuses_the_same(small: Register) -> None:
    with small.transaction() as s:
        changes = apply_edits(s, "TEST", [CellEdit.typed("1.3", Q("2023Q2"), "55 %")], ME)
    assert [(c.indicator_code, str(c.quarter)) for c in changes] == [("1.3", "2023Q2")]
    with pytest.raises(EditsRefused, match="1.1 2023 kv 2: 2023 kv 2 ligger utanför projektperioden"), \
            small.transaction() as s:
        apply_edits(s, "TEST", [CellEdit.typed("1.3", Q("2023Q3"), "60"), CellEdit.typed("1.1", Q("2023Q2"), "60")],
                    ME)
    with small.reading() as s:  # all or nothing: 1.3's 2023 kv 3 was not written either
        row = next(r for r in project_grid(s, "TEST", today=LATE_2024).rows if r.indicator.code == "1.3")
    assert row.cell(Q("2023Q3")).measurement is None  # type: ignore[union-attr]


def test_status_is_judged_after_the_end_on_the_indicator_s_own_quarters(small: Register) -> None:
    _set(small, "1.3", "2022Q4", "30")
    _set(small, "1.3", "2023Q4", "70")
    _set(small, "1.3", "2024Q3", "62")
    with small.reading() as s:
        grid = project_grid(s, "TEST", today=LATE_2024)
    # The columns run on to 1.3's deadline; the project's own status quarter stays its last.
    assert grid.quarters[0] == Q("2021Q1") and grid.quarters[-1] == Q("2024Q4")
    assert grid.status_quarter == Q("2022Q4")
    rows = {r.indicator.code: r for r in grid.rows}
    followed, ordinary = rows["1.3"], rows["1.1"]
    assert followed.followed_after_end and followed.follow_up_until == Q("2024Q4")
    assert not ordinary.followed_after_end and ordinary.last_quarter == Q("2022Q4")
    # 1.3 is judged at 2024 kv 3, the latest ended quarter up to its deadline: 62 % of an expected 93,75 %
    assert followed.current is not None and followed.current.quarter == Q("2024Q3")
    assert followed.current.expected == pytest.approx(100 * 14 / 15)
    assert followed.current.status is Light.YELLOW
    assert followed.latest is not None and followed.latest.value == 62
    assert followed.cell(Q("2023Q4")).status is Light.GREEN  # type: ignore[union-attr]  # 70 of an expected 73,3
    assert followed.cell(Q("2024Q1")).status is Light.GREY  # type: ignore[union-attr]  # ended, not reported
    assert followed.cell(Q("2024Q4")).status is Light.NONE  # type: ignore[union-attr]  # not yet ended
    # The project's own indicators are not judged after the end, and keep their status at the end.
    assert all(c.status is Light.NONE for c in ordinary.cells if c.quarter > Q("2022Q4"))
    assert ordinary.current is not None and ordinary.current.quarter == Q("2022Q4")
    assert followed.to_date.period.end == Q("2022Q4")  # "project to date" stays the project's


def test_the_scorecard_marks_follow_up_after_the_end(small: Register) -> None:
    _set(small, "1.3", "2024Q3", "62")
    with small.reading() as s:
        at_end = project_scorecard(s, "TEST", today=LATE_2024)
        later = project_scorecard(s, "TEST", "2024Q3", today=LATE_2024)
    assert at_end.quarter == Q("2022Q4")
    lines = {line.indicator.code: line for line in at_end.lines}
    assert lines["1.3"].followed_after_end
    assert lines["1.3"].follow_up_text == "Följs upp efter projektslut, till och med 2024 kv 4"
    assert not lines["1.1"].followed_after_end and lines["1.1"].follow_up_text == ""
    lines = {line.indicator.code: line for line in later.lines}
    assert lines["1.3"].value == 62 and lines["1.3"].quarter == Q("2024Q3") and lines["1.3"].light is Light.YELLOW
    # an ordinary indicator picked after the end shows where it ended, with its light at the end
    assert lines["1.1"].quarter == Q("2021Q3") and lines["1.1"].light is Light.GREY


def test_a_deadline_moved_before_later_values_is_refused(small: Register) -> None:
    _set(small, "1.3", "2024Q2", "70")
    with small.transaction() as s:
        info = get_indicator(s, get_project(s, "TEST"), "1.3")
        fields = IndicatorFields("1.3", info.name, 1, IndicatorKind.PERCENT, unit="%",
                                 effect_level=EffectLevel.LONG_TERM, baseline=0, baseline_quarter=Q("2021Q1"),
                                 target=100, target_quarter=Q("2024Q1"))
    from hallbar_desktop.services.projects import update_indicator

    with pytest.raises(ValidationError, match="värden efter projektslut"), small.transaction() as s:
        update_indicator(s, "TEST", "1.3", fields)
    with small.transaction() as s:
        update_indicator(s, "TEST", "1.3", replace(fields, target_quarter=Q("2024Q2")))


def test_the_chart_runs_on_to_the_deadline_with_the_end_marked(small: Register) -> None:
    from hallbar_desktop.reporting.charts import indicator_figure, update_indicator_chart

    _set(small, "1.3", "2022Q4", "30")
    _set(small, "1.3", "2024Q3", "62")
    with small.reading() as s:
        grid = project_grid(s, "TEST", today=LATE_2024)
    rows = {r.indicator.code: r for r in grid.rows}
    chart = indicator_figure(rows["1.3"], grid.quarters, approved=grid.approved)
    ax = chart.figure.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "2021 kv 1" and labels[-1] == "2024 kv 4" and len(labels) == 16
    ys = list(chart.actual.get_ydata())
    assert ys[labels.index("2022 kv 4")] == 30 and ys[labels.index("2024 kv 3")] == 62
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]  # below the plot
    assert "Projektslut" in legend
    assert "Uppföljning efter projektslut (t.o.m. 2024 kv 4)" in legend
    assert "Mål 2024 kv 4" in legend  # the target star at its deadline, inside the axis now
    # An ordinary indicator's chart ends with the project, although the grid's columns run on.
    ordinary = indicator_figure(rows["1.1"], grid.quarters)
    labels = [t.get_text() for t in ordinary.figure.axes[0].get_xticklabels()]
    assert labels[-1] == "2022 kv 4" and len(labels) == 8
    assert "Projektslut" not in [t.get_text() for t in ordinary.figure.legends[0].get_texts()]
    _set(small, "1.3", "2024Q2", "58")  # a new value lands in the existing artists
    with small.reading() as s:
        row = next(r for r in project_grid(s, "TEST", today=LATE_2024).rows if r.indicator.code == "1.3")
    update_indicator_chart(chart, row)
    assert list(chart.actual.get_ydata())[-3] == 58


def test_the_data_entry_template_after_the_end_holds_the_followed_indicator_only(small: Register,
                                                                               tmp_path: Path) -> None:
    import openpyxl

    from hallbar_desktop.reporting.excel_template import HEADER_ROW, export_template
    from hallbar_desktop.services.excel_import import apply_import

    out = tmp_path / "mall 2023Q2.xlsx"
    with small.reading() as s:
        export_template(s, "TEST", "2023Q2", out)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    codes = [ws.cell(row=r, column=1).value for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert [c for c in codes if c] == ["1.3"]
    ws.cell(row=HEADER_ROW + 1, column=7).value = 48
    wb.save(out)
    with small.transaction() as s:
        apply_import(s, out, "test")
    with small.reading() as s:
        row = next(r for r in project_grid(s, "TEST", today=LATE_2024).rows if r.indicator.code == "1.3")
    assert row.cell(Q("2023Q2")).value == 48  # type: ignore[union-attr]
