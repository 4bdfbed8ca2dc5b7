"""The steering group in the window: meetings with attendees and narratives, decisions,
approving and unlocking a quarter (locked cells in the grid), and Inför mötet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select as sa_select

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services import steering
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.store.models import AuditEntry
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.steering.dialog import SteeringDialog
from hallbar_desktop.ui.steering.readiness_view import ReadinessModel
from tests.ui.conftest import column, select, stored_row

TODAY = date(2022, 11, 20)
LAST_MEETING = date(2022, 11, 17)


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow) -> Iterator[SteeringDialog]:
    select(window, "RJL", "3.1")
    d = window.open_steering()
    assert isinstance(d, SteeringDialog)
    d.today = TODAY
    d.refresh()
    d.ask_unsaved = lambda: "discard"  # a test that leaves edits behind closes without a question
    qtbot.waitExposed(d)
    yield d
    d.close()


def test_the_menu_opens_the_dialog_of_the_current_project(window: MainWindow, dialog: SteeringDialog) -> None:
    assert window.steering_action.shortcut().toString() == "Ctrl+G"
    assert window.menu("steering").title() == "St&yrgrupp"
    assert dialog.code == "RJL" and dialog.isVisible()
    assert [m.held_on for m in dialog.meetings_model.rows()] == [date(2022, 5, 12), date(2022, 9, 8), LAST_MEETING]
    assert dialog.members_model.rowCount() >= 8
    assert dialog.members_model.data(dialog.members_model.index(0, 0)) == "ordförande"
    assert dialog.decisions_tab.model.rowCount() == 5
    # the latest meeting is shown in the editor, with who came and what was written
    assert dialog.editor.original_date == LAST_MEETING
    came = [m.id for m in dialog.data.members if dialog.editor.attend[m.id].isChecked()]  # type: ignore[union-attr]
    assert len(came) == 7
    assert dialog.editor.narrative[1].happened.toPlainText().startswith("Stödfunktioner finns nu i 8 av 13")


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, dialog: SteeringDialog) -> None:
    qtmodeltester.check(dialog.members_model)
    qtmodeltester.check(dialog.meetings_model)
    qtmodeltester.check(dialog.decisions_tab.model)
    qtmodeltester.check(dialog.readiness_tab.tree.readiness)
    empty = ReadinessModel()
    qtmodeltester.check(empty)


def test_a_new_meeting_with_attendees_and_a_narrative_is_saved(
        dialog: SteeringDialog, demo_path: Path, window: MainWindow) -> None:
    dialog.new_meeting()
    editor = dialog.editor
    assert editor.original_date is None
    editor.held_on.setDate(editor.held_on.date().fromString("2023-02-20", "yyyy-MM-dd"))
    editor.quarter.setCurrentIndex(editor.quarter.findData("2022Q4"))
    editor.place.setText("Regionens hus")
    members = dialog.data.members  # type: ignore[union-attr]
    chair = members[0]
    with_sub = next(m for m in members if m.substitute)
    editor.attend[chair.id].setChecked(True)
    assert not editor.as_substitute[with_sub.id].isEnabled()
    editor.attend[with_sub.id].setChecked(True)
    assert editor.as_substitute[with_sub.id].isEnabled()
    editor.as_substitute[with_sub.id].setChecked(True)
    editor.show_area(2)
    editor.narrative[2].happened.setPlainText("Tre nya symbioser.")
    editor.narrative[2].goal_conflicts.setPlainText("Fossila flöden.")
    assert dialog.save_meeting(), dialog.last_error
    assert dialog.last_error is None and "sparat" in dialog.message.text()
    assert dialog.editor.original_date == date(2023, 2, 20)
    assert dialog.meetings_model.rowCount() == 4

    reg = open_register(demo_path)  # what a fresh connection finds
    try:
        with reg.reading() as s:
            meeting = steering.get_meeting(s, "RJL", date(2023, 2, 20))
    finally:
        reg.close()
    assert meeting.quarter == Quarter.parse("2022Q4") and meeting.place == "Regionens hus"
    assert {(a.member.id, a.as_substitute) for a in meeting.attendees} == {(chair.id, False), (with_sub.id, True)}
    assert meeting.narrative(2).happened == "Tre nya symbioser."
    assert meeting.narrative(2).goal_conflicts == "Fossila flöden."
    assert [n.focus_area_number for n in meeting.narratives] == [2]


def test_a_refused_meeting_saves_nothing(dialog: SteeringDialog, demo_path: Path) -> None:
    """The meeting is refused (its date clashes) after its narrative was typed: nothing is saved."""
    dialog.new_meeting()
    editor = dialog.editor
    editor.held_on.setDate(editor.held_on.date().fromString("2022-09-08", "yyyy-MM-dd"))  # already a meeting
    editor.quarter.setCurrentIndex(editor.quarter.findData("2022Q2"))
    editor.narrative[1].happened.setPlainText("Ska inte sparas.")
    assert not dialog.save_meeting()
    assert dialog.last_error == "RJL har redan ett möte den 2022-09-08."
    assert dialog.message.isVisible() and dialog.message.text() == dialog.last_error
    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            old = steering.get_meeting(s, "RJL", date(2022, 9, 8))
            assert len(steering.list_meetings(s, "RJL")) == 3
    finally:
        reg.close()
    assert old.narrative(1).happened.startswith("Ytterligare en kommun")


def _stored_narrative(demo_path: Path, held_on: date, area: int) -> str:
    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            return steering.get_meeting(s, "RJL", held_on).narrative(area).happened
    finally:
        reg.close()


def _row(dialog: SteeringDialog, held_on: date) -> QModelIndex:
    row = dialog.meetings_model.row_of(held_on)
    assert row is not None
    return dialog.meetings_model.index(row, 0)


def test_unsaved_narrative_is_not_lost_when_another_meeting_is_chosen(
        dialog: SteeringDialog, demo_path: Path) -> None:
    """Typing in a meeting and clicking another one asks first: Cancel stays with the text,
    Save stores it and moves on, Discard drops it."""
    asked: list[str] = []
    answers = iter(["cancel", "save", "discard"])

    def ask() -> str:
        asked.append(str(dialog.editor.original_date))
        return next(answers)

    dialog.ask_unsaved = ask
    editor = dialog.editor
    assert not editor.is_modified()
    editor.narrative[1].happened.setPlainText("Nytt om stödfunktionerna.")
    assert editor.is_modified()

    dialog.meetings.setCurrentIndex(_row(dialog, date(2022, 9, 8)))  # Avbryt: still the last meeting
    assert asked == [str(LAST_MEETING)]
    assert editor.original_date == LAST_MEETING
    assert dialog.meetings.currentIndex().row() == _row(dialog, LAST_MEETING).row()
    assert editor.narrative[1].happened.toPlainText() == "Nytt om stödfunktionerna."
    assert _stored_narrative(demo_path, LAST_MEETING, 1).startswith("Stödfunktioner finns nu i 8 av 13")

    dialog.meetings.setCurrentIndex(_row(dialog, date(2022, 9, 8)))  # Spara: saved, then the other meeting
    assert len(asked) == 2
    assert _stored_narrative(demo_path, LAST_MEETING, 1) == "Nytt om stödfunktionerna."
    assert editor.original_date == date(2022, 9, 8) and not editor.is_modified()
    assert editor.narrative[1].happened.toPlainText().startswith("Ytterligare en kommun")

    editor.narrative[1].happened.setPlainText("Kastas.")
    assert dialog.new_meeting()  # Spara inte: the editor empties for a new meeting
    assert len(asked) == 3
    assert editor.original_date is None and editor.narrative[1].happened.toPlainText() == ""
    assert _stored_narrative(demo_path, date(2022, 9, 8), 1).startswith("Ytterligare en kommun")


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_window_open(
        dialog: SteeringDialog, window: MainWindow, demo_path: Path) -> None:
    dialog.editor.place.setText("Ändrad plats")
    dialog.ask_unsaved = lambda: "cancel"
    assert not dialog.close()
    assert dialog.isVisible() and dialog.editor.place.text() == "Ändrad plats"
    # the main window cannot close behind its back either
    assert not window.close()
    assert window.isVisible()
    dialog.ask_unsaved = lambda: "save"
    assert dialog.close()
    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            assert steering.get_meeting(s, "RJL", LAST_MEETING).place == "Ändrad plats"
    finally:
        reg.close()


def test_edits_survive_a_decision_added_meanwhile(dialog: SteeringDialog) -> None:
    """Adding a decision reads the steering group again; the narrative being typed stays, unsaved."""
    dialog.editor.narrative[2].deviations.setPlainText("Halvvägs skrivet")
    dialog.decisions_tab.decision_text.setText("Ta fram en plan.")
    decision = dialog.decisions_tab.add_decision()
    assert decision is not None and decision.number == 6
    assert dialog.editor.original_date == LAST_MEETING
    assert dialog.editor.narrative[2].deviations.toPlainText() == "Halvvägs skrivet"
    assert dialog.editor.is_modified()


def test_a_decision_is_added_and_followed_up(dialog: SteeringDialog, demo_path: Path) -> None:
    assert dialog.editor.original_date == LAST_MEETING
    dialog.decisions_tab.decision_text.setText("Bjud in kommunerna till en workshop.")
    dialog.decisions_tab.decision_owner.setText("Anna Olsson")
    dialog.decisions_tab.decision_has_due.setChecked(True)
    due = dialog.decisions_tab.decision_due
    due.setDate(due.date().fromString("2023-03-31", "yyyy-MM-dd"))
    added = dialog.decisions_tab.add_decision()
    assert added is not None and added.number == 6, dialog.last_error
    assert dialog.tabs.currentIndex() == dialog.DECISIONS_TAB
    assert dialog.decisions_tab.selected_decision() is not None and dialog.decisions_tab.selected_decision().number == 6  # type: ignore[union-attr]
    dialog.decisions_tab.follow_status.setCurrentIndex(dialog.decisions_tab.follow_status.findData("in_progress"))
    dialog.decisions_tab.follow_text.setPlainText("Inbjudan är skickad.")
    assert dialog.decisions_tab.follow_up() is not None, dialog.last_error
    row = dialog.decisions_tab.model.row_of(6)
    assert row is not None
    assert dialog.decisions_tab.model.index(row, 5).data() == "pågår"
    assert dialog.decisions_tab.model.index(row, 6).data() == "Inbjudan är skickad."

    dialog.decisions_tab.decision_text.setText("   ")  # refused: nothing decided
    assert dialog.decisions_tab.add_decision() is None
    assert dialog.last_error == "Skriv vad som beslutades."

    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            decisions = steering.list_decisions(s, "RJL")
    finally:
        reg.close()
    assert len(decisions) == 6
    six = decisions[-1]
    assert (six.text, six.owner, six.due_on, six.status, six.follow_up, six.meeting_date) == (
        "Bjud in kommunerna till en workshop.", "Anna Olsson", date(2023, 3, 31), "in_progress",
        "Inbjudan är skickad.", LAST_MEETING)


def test_a_follow_up_after_another_windows_save_is_refused_and_kept(dialog: SteeringDialog) -> None:
    """Issue 20: the decision's follow-up is saved by another window while this one is typed; the
    save is refused with what holds now and who, the typed text stays, nothing is written."""
    from hallbar_desktop.services import operations
    from hallbar_desktop.services.actor import Actor

    tab = dialog.decisions_tab
    number = next(d.number for d in steering_decisions(dialog) if d.is_open)
    assert tab.select_decision(number)
    tab.follow_text.setPlainText("Annas uppföljning")
    with dialog.register.transaction() as s:
        operations.update_decision(s, "RJL", number, Actor("bo", "window"), status="in_progress",
                                   follow_up="Bos uppföljning")
    assert tab.follow_up() is None
    assert dialog.last_error.startswith("bo (") and "sparades inte" in dialog.last_error, dialog.last_error
    assert tab.follow_text.toPlainText() == "Annas uppföljning"
    assert next(d for d in steering_decisions(dialog) if d.number == number).follow_up == "Bos uppföljning"


def steering_decisions(dialog: SteeringDialog) -> list[steering.DecisionInfo]:
    with dialog.register.reading() as s:
        return steering.list_decisions(s, "RJL")


def _type(qtbot: QtBot, window: MainWindow, row: int, col: int, text: str) -> None:
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.grid_model.index(row, col))
    qtbot.keyClicks(table, text)


def test_approving_locks_the_quarter_and_unlocking_keeps_the_reason(
        qtbot: QtBot, window: MainWindow, dialog: SteeringDialog, demo_path: Path) -> None:
    q3 = Quarter.parse("2022Q3")
    row = window.grid_model.row_of("3.1")
    assert row is not None
    col = column(window, "2022Q3")
    index = window.grid_model.index(row, col)
    assert window.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not index.data(window.grid_model.LockedRole)
    before = stored_row(demo_path, "RJL", "3.1").cell(q3)
    assert before is not None

    assert dialog.editor.original_date == LAST_MEETING
    assert dialog.meeting_tab.approve_button.isEnabled()
    repainted: list[int] = []
    window.grid_model.dataChanged.connect(lambda tl, br, *_: repainted.extend(range(tl.row(), br.row() + 1)))
    assert dialog.meeting_tab.approve_quarter(confirm=False), dialog.last_error
    assert set(repainted) == set(range(window.grid_model.rowCount()))  # every row shows its lock at once
    assert not dialog.meeting_tab.approve_button.isEnabled()
    assert "2022 kv 3" in dialog.meetings_model.index(2, 2).data()

    # the grid was read again: the cell is locked, typing in it opens no editor and says why
    assert window.grid_model.grid is not None and window.grid_model.grid.is_locked(q3)
    row = window.grid_model.row_of("3.1")
    assert row is not None
    index = window.grid_model.index(row, col)
    assert index.data(window.grid_model.LockedRole) is True
    assert not window.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "Fastställt av styrgruppen – låst" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Fastställt av styrgruppen – låst" in window.grid_model.headerData(
        col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    _type(qtbot, window, row, col, "7")
    assert window.table.viewport().findChildren(QLineEdit) == []
    message = "3.1 2022 kv 3: " + steering.locked_message("RJL", q3)
    assert window.grid_pane.cell_message.text() == message and window.grid_pane.cell_message.isVisible()
    assert window.grid_pane.cell_popup.text() == message
    # a refused write by another way (the window's own save) leaves the value as well
    assert window.value_entry.save_cell("3.1", q3, "55") == message
    after = stored_row(demo_path, "RJL", "3.1").cell(q3)
    assert after is not None and after.value == before.value

    # unlocking needs a reason
    assert not dialog.meeting_tab.unlock_quarter(q3, "  ")
    assert dialog.last_error == "Ange ett skäl till att kvartalet låses upp; det sparas i historiken."
    assert window.grid_model.grid.is_locked(q3)  # type: ignore[union-attr]
    assert dialog.meeting_tab.unlock_quarter(q3, "Rättat värde för 3.1 efter revision."), dialog.last_error
    assert window.grid_model.grid is not None and not window.grid_model.grid.is_locked(q3)
    index = window.grid_model.index(window.grid_model.row_of("3.1"), col)  # type: ignore[arg-type]
    assert window.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.meeting_tab.approve_button.isEnabled()

    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            project = get_project(s, "RJL")
            entries = s.scalars(sa_select(AuditEntry).where(
                AuditEntry.project_id == project.id, AuditEntry.quarter == "2022Q3",
                AuditEntry.action.in_(("approve", "unlock"))).order_by(AuditEntry.id)).all()
            assert [(e.action, e.reason, e.source) for e in entries] == [
                ("approve", "", "window"), ("unlock", "Rättat värde för 3.1 efter revision.", "window")]
            assert Quarter.parse("2022Q3") not in steering.approved_quarters(s, "RJL")
    finally:
        reg.close()


def test_the_unlock_dialog_refuses_an_empty_reason(
        qtbot: QtBot, dialog: SteeringDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty reason is refused in the dialog, which stays open with a message; the reason then
    typed unlocks the quarter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

    from hallbar_desktop.ui.steering.reason_dialog import ReasonDialog

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("2022 kv 2", True)))
    seen: dict[str, object] = {}

    def answer() -> None:
        asking = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible()]
        if not asking:
            seen["asked"] = False
            return
        reason = asking[0]
        ok = reason.buttons.button(QDialogButtonBox.StandardButton.Ok)
        reason.reason.setText("   ")
        ok.click()
        seen["stayed"] = reason.isVisible() and reason.message.isVisible()
        seen["message"] = reason.message.text()
        reason.reason.setText("Fel i underlaget")
        ok.click()

    QTimer.singleShot(0, answer)
    assert dialog.meeting_tab.unlock_quarter(), dialog.last_error
    assert seen.get("asked", True) and seen["stayed"] and "Skriv varför" in str(seen["message"])
    assert sorted(dialog.data.approved) == [Quarter.parse("2022Q1")]  # type: ignore[union-attr]


def test_saving_the_meeting_keeps_the_narrative_being_edited_in_front(dialog: SteeringDialog) -> None:
    editor = dialog.editor
    dialog.meetings.setCurrentIndex(_row(dialog, LAST_MEETING))
    assert editor.show_area(3)
    editor.narrative[3].happened.setPlainText("Två nya kommuner anslutna.")
    assert dialog.save_meeting(), dialog.last_error
    assert editor.area_shown() == 3 and editor.areas.currentWidget() is editor.narrative[3]
    assert editor.narrative[3].happened.toPlainText() == "Två nya kommuner anslutna."


EXPECTED = [
    ("missing_value", "1.4", None, None),
    ("uncommented", "2.2", None, None),
    ("uncommented", "3.1", None, None),
    ("no_narrative", None, 3, None),
    ("no_narrative", None, 4, None),
    ("overdue_decision", None, None, 2),
    ("overdue_decision", None, None, 3),
    ("open_decision", None, None, 5),
    ("delayed_activity", None, None, None),
    ("economy_deviation", None, None, None),
    ("economy_deviation", None, None, None),
]


def _summary(dialog: SteeringDialog) -> list[tuple[str, str | None, int | None, int | None]]:
    return [(i.kind, i.indicator_code, i.focus_area_number if i.kind == "no_narrative" else None,
             i.decision_number) for i in dialog.readiness_items()]


def test_readiness_lists_what_is_missing_and_jumps_there(
        qtbot: QtBot, window: MainWindow, dialog: SteeringDialog) -> None:
    window.open_steering(readiness=True)
    assert dialog.tabs.currentIndex() == dialog.READINESS_TAB
    assert dialog.readiness_tab.meeting.currentData() == LAST_MEETING
    assert dialog.readiness_tab.quarter.currentData() == "2022Q3"
    assert _summary(dialog) == EXPECTED
    model = dialog.readiness_tab.tree.readiness
    assert model.groups() == [("missing_value", 1), ("uncommented", 2), ("no_narrative", 2),
                              ("overdue_decision", 2), ("open_decision", 1), ("delayed_activity", 1),
                              ("economy_deviation", 2)]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Värden som saknas (1)", "Gula och röda värden utan kommentar (2)", "Insatsområden utan berättelse (2)",
        "Beslut som är försenade (2)", "Beslut som fortfarande är öppna (1)", "Försenade aktiviteter (1)",
        "Avvikelser i ekonomin (2)"]
    assert [i.activity_code for i in model.items() if i.kind == "delayed_activity"] == ["A1.4"]
    assert [i.cost_category for i in model.items() if i.kind == "economy_deviation"] == ["travel", "other"]
    tree = dialog.readiness_tab.tree

    def item_index(kind_row: int, row: int) -> QModelIndex:
        return model.index(row, 0, model.index(kind_row, 0))

    # Enter on a missing value: that cell is selected in the main window's grid
    tree.setFocus()
    tree.setCurrentIndex(item_index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    current = window.table.currentIndex()
    assert window.grid_model.rows()[current.row()].indicator.code == "1.4"
    assert window.grid_model.quarter_at(current.column()) == Quarter.parse("2022Q3")
    assert window.current_indicator() == ("RJL", "1.4")

    # a double-click on an uncommented value: that cell
    tree.setCurrentIndex(item_index(1, 1))
    tree.doubleClicked.emit(item_index(1, 1))
    current = window.table.currentIndex()
    assert window.grid_model.rows()[current.row()].indicator.code == "3.1"

    # a focus area without narrative: the meeting's narrative of that area
    tree.doubleClicked.emit(item_index(2, 0))
    assert dialog.tabs.currentIndex() == dialog.MEETING_TAB
    assert dialog.editor.original_date == LAST_MEETING
    assert dialog.editor.areas.currentWidget() is dialog.editor.narrative[3]

    # a decision: that decision, ready to follow up
    tree.doubleClicked.emit(item_index(3, 1))
    assert dialog.tabs.currentIndex() == dialog.DECISIONS_TAB
    assert dialog.decisions_tab.selected_decision() is not None and dialog.decisions_tab.selected_decision().number == 3  # type: ignore[union-attr]
    assert dialog.decisions_tab.follow_box.isEnabled()

    # writing the narrative of area 3 takes it off the list
    dialog.editor.narrative[3].proposed.setPlainText("Mallen följs upp.")
    assert dialog.save_meeting(), dialog.last_error
    assert _summary(dialog) == [e for e in EXPECTED if e[2] != 3]


def test_the_dialog_in_english(qtbot: QtBot, window: MainWindow) -> None:
    english = window.files.set_language("en")
    assert english is not None
    qtbot.addWidget(english)
    try:
        select(english, "RJL", "3.1")
        d = english.open_steering(readiness=True)
        assert d is not None
        assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == ["Meeting", "Decisions", "Before the meeting"]
        assert d.windowTitle() == "Steering group – RJL"
        assert d.members_model.index(0, 0).data() == "chair"
        model = d.readiness_tab.tree.readiness
        assert model.index(0, 0).data() == "Missing values (1)"
        assert model.index(6, 0).data() == "Deviations in the economy (2)"
        assert d.editor.narrative[1].parent() is not None
        d.close()
    finally:
        from hallbar_desktop.ui import i18n

        i18n.install("sv")


def test_the_window_follows_the_selected_project_and_asks_about_unsaved_edits(
        window: MainWindow, dialog: SteeringDialog, demo_path: Path) -> None:
    """Another project in the main window: its steering group here, once a narrative typed and
    not saved was saved, dropped or kept (then the project stays)."""
    asked: list[str] = []
    answers = iter(["cancel", "save"])

    def ask() -> str:
        asked.append(dialog.code)
        return next(answers)

    dialog.ask_unsaved = ask
    dialog.editor.narrative[1].happened.setPlainText("Skrivet före bytet.")
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))  # Avbryt: both stay on RJL
    assert asked == ["RJL"] and window.current_project_code() == "RJL" and dialog.code == "RJL"
    assert window.project_box.currentData() == "RJL"
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))  # Spara: saved, then RJH
    assert window.current_project_code() == "RJH" and dialog.code == "RJH"
    assert dialog.windowTitle() == "Styrgrupp – RJH" and dialog.data is not None
    assert dialog.data.project_name == "Hållbar regional utveckling"
    assert _stored_narrative(demo_path, LAST_MEETING, 1) == "Skrivet före bytet."
