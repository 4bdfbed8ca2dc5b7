"""The Aktivitetsplan tab in the real window: the plan of the selected project and focus area, the
activity dialog, and the period's texts that are never dropped; the jumps from Inför mötet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.services.activities import ActivityInfo, activity_plan, period_texts
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.plan.activities_view import ActivitiesView
from hallbar_desktop.ui.plan.models import ActivitiesModel


def stored_activity(path: Path, project: str, code: str) -> ActivityInfo | None:
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return activity_plan(s, project).find(code)
    finally:
        reg.close()


def stored_unforeseen(path: Path, project: str, period: str) -> str:
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return period_texts(s, project, period).unforeseen
    finally:
        reg.close()


def plan_tab(qtbot: QtBot, window: MainWindow, project: str) -> ActivitiesView:
    qtbot.waitUntil(lambda: window.state.orm_ready, timeout=20_000)
    window.show_project(project)
    window.plan.show_activities()
    view = window.plan.activities
    qtbot.waitUntil(lambda: view.code == project and view.model.rowCount() > 0, timeout=10_000)
    return view


def codes(view: ActivitiesView) -> list[str]:
    return [a.code for a in view.model.activities()]


def choose(view: ActivitiesView, code: str) -> None:
    row = view.model.row_of(code)
    assert row is not None
    view.table.setCurrentIndex(view.model.index(row, 0))


def test_the_activities_model_passes_the_model_tester(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    with demo.reading() as s:
        plan = activity_plan(s, "RJL")
    model = ActivitiesModel()
    model.set_activities(plan.activities, "2022H1")
    qtmodeltester.check(model)
    delayed = next(i for i, a in enumerate(plan.activities) if a.delayed)
    status = model.index(delayed, ActivitiesModel.STATUS)
    assert status.data() == "⚠ försenad" and status.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "skulle vara klar" in status.data(Qt.ItemDataRole.ToolTipRole)


def test_the_plan_follows_the_project_and_the_focus_area(qtbot: QtBot, window: MainWindow) -> None:
    view = plan_tab(qtbot, window, "RJL")
    assert codes(view)[-1] == "P1" and "A1.3" in codes(view)  # the whole project: project-wide last
    assert view.summary.text().startswith("Aktivitetsplan, hela projektet: 11 aktiviteter, status vid 2022 kv 4")
    assert "⚠ 2 försenad" in view.summary.text()
    window.state.selection.select(focus_area=2)
    assert codes(view) == ["A2.1", "A2.2", "A2.3"] and "insatsområde 2: 3 aktiviteter" in view.summary.text()
    assert view.table.isColumnHidden(ActivitiesModel.AREA)
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))
    qtbot.waitUntil(lambda: view.code == "RJH")
    with open_register_reading(window) as s:
        rjh = {a.code for a in activity_plan(s, "RJH").activities}
        rjl = {a.code for a in activity_plan(s, "RJL").activities}
    shown = set(codes(view))
    assert shown and shown <= rjh and not (shown & (rjl - rjh))  # no row of Jönköping's plan is left
    assert view.report_key is None or view.report_key[0] == "RJH"


def open_register_reading(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.register.reading()


def test_a_new_activity_edited_moved_and_removed_through_the_dialog(qtbot: QtBot, window: MainWindow,
                                                                    demo_path: Path) -> None:
    view = plan_tab(qtbot, window, "RJL")
    window.state.selection.select(focus_area=1)
    dialog = view.new_activity()
    qtbot.addWidget(dialog)
    assert dialog.area.currentData() == 1
    dialog.code.setText("A1.9")
    dialog.name.setText("Seminarium om digital inkludering för länets kommuner")
    dialog.responsible.setText("Projektledaren")
    dialog.start.setCurrentIndex(dialog.start.findData("2022Q1"))
    dialog.end.setCurrentIndex(dialog.end.findData("2021Q4"))  # ends before it starts: refused
    dialog._save()
    assert dialog.isVisible() and "före" in dialog.message.text()
    assert stored_activity(demo_path, "RJL", "A1.9") is None
    dialog.end.setCurrentIndex(dialog.end.findData("2022Q2"))
    for i in range(dialog.indicators.count()):
        item = dialog.indicators.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "1.3":
            item.setCheckState(Qt.CheckState.Checked)
    dialog._save()
    assert not dialog.isVisible()
    stored = stored_activity(demo_path, "RJL", "A1.9")
    assert stored is not None and stored.indicator_codes == ("1.3",) and stored.delayed  # ended 2022 kv 2
    assert view.selected_activity() is not None and view.selected_activity().code == "A1.9"
    assert codes(view)[-1] == "A1.9" and view.message.text() == "Aktiviteten A1.9 är tillagd."
    assert view.move_activity(-1)
    assert codes(view)[-2:] == ["A1.9", "A1.5"] and view.selected_activity().code == "A1.9"
    edit = view.edit_activity()
    qtbot.addWidget(edit)
    assert edit.code.text() == "A1.9" and edit.status.currentData() == "planned"
    edit.status.setCurrentIndex(edit.status.findData(ActivityStatus.DONE.value))
    edit.closed_in.setCurrentIndex(edit.closed_in.findData("2022Q2"))
    edit._save()
    stored = stored_activity(demo_path, "RJL", "A1.9")
    assert stored is not None and stored.status is ActivityStatus.DONE and str(stored.closed_in) == "2022Q2"
    assert view.remove_activity(confirm=False)
    assert stored_activity(demo_path, "RJL", "A1.9") is None and "A1.9" not in codes(view)


def test_a_report_typed_is_saved_when_the_focus_leaves_it(qtbot: QtBot, window: MainWindow,
                                                          demo_path: Path) -> None:
    view = plan_tab(qtbot, window, "RJL")
    view.period.setCurrentIndex(view.period.findData("2022H1"))
    choose(view, "A1.4")
    assert view.report_key == ("RJL", "A1.4", "2022H1")
    view.done.setFocus()
    qtbot.waitUntil(view.done.hasFocus)
    view.done.selectAll()
    qtbot.keyClicks(view.done, "Granskade tre upphandlingar")
    assert view.texts_modified() and view.save_button.isEnabled()
    view.table.setFocus()  # the focus leaves the box: saved, no question
    qtbot.waitUntil(lambda: not view.texts_modified())
    stored = stored_activity(demo_path, "RJL", "A1.4")
    assert stored is not None and stored.report("2022H1") is not None
    assert stored.report("2022H1").done == "Granskade tre upphandlingar"
    # Ctrl+Enter in the unforeseen text saves it too.
    view.texts.setCurrentIndex(1)
    view.unforeseen.setFocus()
    qtbot.waitUntil(view.unforeseen.hasFocus)
    view.unforeseen.setPlainText("Fler kommuner än väntat ville vara med.")
    qtbot.keyClick(view.unforeseen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored_unforeseen(demo_path, "RJL", "2022H1") == "Fler kommuner än väntat ville vara med."


def test_text_typed_in_a_report_survives_a_project_switch(qtbot: QtBot, window: MainWindow,
                                                          demo_path: Path) -> None:
    view = plan_tab(qtbot, window, "RJL")
    view.period.setCurrentIndex(view.period.findData("2022H2"))
    choose(view, "A1.3")
    view.outcome.setPlainText("Stödfunktioner i nio av tretton kommuner")  # typed, the focus still in the box
    asked: list[str] = []

    def cancel() -> str:
        asked.append("cancel")
        return "cancel"

    view.ask_unsaved = cancel
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))
    assert asked == ["cancel"] and window.selection.project == "RJL"  # the user stays, with the text
    assert view.outcome.toPlainText() == "Stödfunktioner i nio av tretton kommuner"
    assert window.project_box.currentData() == "RJL"
    view.ask_unsaved = lambda: "save"
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))
    qtbot.waitUntil(lambda: view.code == "RJH")
    stored = stored_activity(demo_path, "RJL", "A1.3")
    assert stored is not None and stored.report("2022H2") is not None
    assert stored.report("2022H2").outcome == "Stödfunktioner i nio av tretton kommuner"
    # Dropped only when the user says so.
    choose(view, codes(view)[0])
    view.done.setPlainText("Ett utkast som inte ska sparas")
    view.ask_unsaved = lambda: "discard"
    window.project_box.setCurrentIndex(window.project_box.findData("RJL"))
    qtbot.waitUntil(lambda: view.code == "RJL")
    assert not view.texts_modified()


def test_texts_typed_are_asked_about_before_another_activity_or_period_is_shown(qtbot: QtBot, window: MainWindow,
                                                                                demo_path: Path) -> None:
    view = plan_tab(qtbot, window, "RJL")
    view.period.setCurrentIndex(view.period.findData("2022H2"))
    choose(view, "A2.1")
    view.done.setPlainText("Centrumet invigdes")
    view.ask_unsaved = lambda: "cancel"
    choose(view, "A2.2")
    assert view.selected_activity().code == "A2.1" and view.done.toPlainText() == "Centrumet invigdes"
    view.period.setCurrentIndex(view.period.findData("2022H1"))
    assert view.current_period() == "2022H2"
    view.ask_unsaved = lambda: "save"
    choose(view, "A2.2")
    assert view.selected_activity().code == "A2.2"
    stored = stored_activity(demo_path, "RJL", "A2.1")
    assert stored is not None and stored.report("2022H2").done == "Centrumet invigdes"


def test_closing_the_window_asks_about_texts_typed(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    view = plan_tab(qtbot, window, "RJL")
    choose(view, "A1.3")
    view.texts.setCurrentIndex(1)
    view.unforeseen.setPlainText("Något oväntat hände")
    period = view.current_period()
    view.ask_unsaved = lambda: "save"
    window.close()
    assert period is not None and stored_unforeseen(demo_path, "RJL", period) == "Något oväntat hände"


def test_readiness_jumps_to_a_delayed_activity_and_an_economy_deviation(qtbot: QtBot, window: MainWindow) -> None:
    view = plan_tab(qtbot, window, "RJL")
    window.state.selection.select(focus_area=4)
    dialog = window.open_steering(readiness=True)
    qtbot.addWidget(dialog)
    items = dialog.readiness_items()
    delayed = next(i for i in items if i.kind == "delayed_activity")
    assert dialog.jump_to(delayed)
    assert window.tabs.currentWidget() is window.plan.activities_page and view.isVisible()
    assert view.selected_activity() is not None and view.selected_activity().code == delayed.activity_code
    assert window.selection.focus_area in (None, 1)  # the plan shows the activity's focus area
    deviation = next(i for i in items if i.kind == "economy_deviation")
    assert dialog.jump_to(deviation)
    economy = window.plan.economy
    assert window.tabs.currentWidget() is window.plan.economy_page and economy.isVisible()
    row = economy.follow_table.currentIndex().row()
    shown = economy.follow_model.index(row, 0).data()
    from hallbar_desktop.domain.economy import CostCategory

    expected = CostCategory(deviation.cost_category).label_sv() if deviation.cost_category else "Totalt"
    assert shown.startswith(expected)
    QApplication.processEvents()
    dialog.close()


def test_the_diagram_pane_gives_way_on_a_plan_tab_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.chart_pane.parentWidget()
    assert dock.isVisible()
    plan_tab(qtbot, window, "RJL")
    assert not dock.isVisible()  # the plan gets the height; the chart is the selected indicator's
    window.tabs.setCurrentWidget(window.table)
    assert dock.isVisible()
    window.plan.show_economy()
    assert not dock.isVisible()
    window.plan.restore_docks()  # what the window does before it saves its layout (closing, another register)
    assert dock.isVisible() and dock.toggleViewAction().isChecked()
