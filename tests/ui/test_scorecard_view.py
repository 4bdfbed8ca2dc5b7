"""The scorecard: latest value, target, progress, light, trend per indicator; sortable; by quarter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.scorecard import project_scorecard
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.scorecard_view import ScorecardView


def test_scorecard_service_matches_the_grid(demo: Register) -> None:
    with demo.reading() as s:
        card = project_scorecard(s, "RJL", "2022Q4")
        earlier = project_scorecard(s, "RJL", "2021Q2")
    line = next(x for x in card.lines if x.indicator.code == "3.1")
    assert line.value == 85.0 and line.target == 100 and line.progress == 0.85
    assert line.light.value == "yellow" and line.change_since_baseline == 85.0
    old = next(x for x in earlier.lines if x.indicator.code == "3.1")
    assert old.quarter is not None and old.quarter <= Quarter(2021, 2) and (old.value or 0) < 85


def test_view_sorts_and_follows_the_chosen_quarter(qtbot: QtBot, qtmodeltester, demo: Register) -> None:  # type: ignore[no-untyped-def]
    view = ScorecardView(demo)
    qtbot.addWidget(view)
    view.show_project("RJL")
    qtmodeltester.check(view.model)
    assert view.quarter_box.currentText() == "2022 kv 4"
    proxy = view.proxy
    assert proxy.rowCount() == len(view.model._lines) > 5
    view.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # status: red first
    assert "Röd" in proxy.index(0, 6).data()
    row_31 = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "3.1")
    assert proxy.index(row_31, 2).data() == "85\u00a0%" and proxy.index(row_31, 5).data() == "85\u00a0%"
    view.quarter_box.setCurrentIndex(view.quarter_box.findText("2021 kv 2"))
    row_31 = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "3.1")
    assert proxy.index(row_31, 2).data() != "85\u00a0%"


def test_an_indicator_followed_up_after_the_end_is_marked(qtbot: QtBot, demo: Register) -> None:
    view = ScorecardView(demo)
    qtbot.addWidget(view)
    view.show()
    view.show_project("RJL")
    model = view.model
    followed = [r for r in range(model.rowCount()) if model.index(r, model.FOLLOW_UP).data()]
    assert [model.index(r, 0).data() for r in followed] == ["1.4"]
    assert model.index(followed[0], model.FOLLOW_UP).data() == "↻ t.o.m. 2024 kv 4"
    assert model.index(followed[0], 1).data(Qt.ItemDataRole.ToolTipRole) \
        == "Följs upp efter projektslut, till och med 2024 kv 4"
    assert not view.table.isColumnHidden(model.FOLLOW_UP) and view.follow_up_note.isVisible()
    assert "1.4: Följs upp efter projektslut, till och med 2024 kv 4" in view.follow_up_note.text()
    view.show_project("RJH")  # nothing followed after its end: no column, no note
    assert view.table.isColumnHidden(model.FOLLOW_UP) and not view.follow_up_note.isVisible()


def test_the_details_say_an_indicator_is_followed_up_after_the_end(window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import select

    select(window, "RJL", "1.4")
    assert window.details.values["target"].text().endswith("Följs upp efter projektslut, till och med 2024 kv 4")
    select(window, "RJL", "1.3")
    assert "projektslut" not in window.details.values["target"].text()
