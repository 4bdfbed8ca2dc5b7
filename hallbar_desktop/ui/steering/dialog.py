"""The steering group (Styrgrupp) of the selected project: members, meetings, decisions, approval
and what is missing before the next meeting (Inför mötet).

The window follows the main window's state and selection (:meth:`SteeringDialog.follow`): it
shows the selected project's steering group as the state holds it, reads it again when a write
concerns its meetings, approvals or structure (its readiness list after a value is written), and
moves to another project with the selection, after asking about a meeting's unsaved edits.
Every user action is one core operation (``services.operations``) run through the state, so the
grid, the charts and the readiness list follow; a refusal (``USER_ERRORS``) is shown in the
dialog's message line with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.steering import MeetingInfo, ReadinessItem
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.steering.data import SteeringData, read_steering
from hallbar_desktop.ui.steering.decisions_tab import DecisionsTab
from hallbar_desktop.ui.steering.meeting_editor import MeetingEditor
from hallbar_desktop.ui.steering.meeting_tab import MeetingTab
from hallbar_desktop.ui.steering.models import MeetingsModel, MembersModel, plain_table
from hallbar_desktop.ui.steering.readiness_tab import ReadinessTab

if TYPE_CHECKING:
    from hallbar_desktop.services.operations import Done
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

#: Jumps to a value in the main window's grid: (indicator code, quarter, to its comment) -> found.
JumpToCell = Callable[[str, Quarter, bool], bool]
#: Jumps to a delayed activity or an economy deviation in the main window's plan tabs -> found.
JumpToPlan = Callable[[ReadinessItem], bool]


class SteeringDialog(QDialog):
    """Members, meetings (with narratives), decisions, approval and readiness of one project."""

    MEETING_TAB, DECISIONS_TAB, READINESS_TAB = range(3)

    def __init__(self, register: Register, project_code: str, parent: QWidget | None = None, *,
                 jump_to_cell: JumpToCell | None = None, jump_to_plan: JumpToPlan | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.code = project_code
        self.jump_to_cell = jump_to_cell
        self.jump_to_plan = jump_to_plan
        self.today = today
        self.state: RegisterState | None = None
        self.last_error: str | None = None
        self.data: SteeringData | None = None
        self._refreshing = False
        self._writing = False
        #: answers the unsaved-edits question instead of a message box ('save'/'discard'/'cancel')
        self.ask_unsaved: Callable[[], str] | None = None
        self.setWindowTitle(self.tr("Styrgrupp – {code}").format(code=project_code))
        self.setSizeGripEnabled(True)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # --- left: members and meetings ---------------------------------------------------------
        self.members_model = MembersModel(self)
        self.members = plain_table(self.members_model)
        self.meetings_model = MeetingsModel(self)
        self.meetings = plain_table(self.meetings_model)
        self.meetings.selectionModel().currentRowChanged.connect(self._on_meeting_changed)
        self.new_meeting_button = QPushButton(self.tr("&Nytt möte"))
        self.new_meeting_button.clicked.connect(lambda: self.new_meeting())
        self.delete_meeting_button = QPushButton(self.tr("Ta &bort mötet…"))
        self.delete_meeting_button.clicked.connect(lambda: self.delete_meeting())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        members_label = QLabel(self.tr("&Ledamöter"))
        members_label.setBuddy(self.members)
        left_layout.addWidget(members_label)
        left_layout.addWidget(self.members, 2)
        meetings_label = QLabel(self.tr("&Möten"))
        meetings_label.setBuddy(self.meetings)
        left_layout.addWidget(meetings_label)
        left_layout.addWidget(self.meetings, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_meeting_button)
        buttons.addWidget(self.delete_meeting_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # --- the tabs ---------------------------------------------------------------------------
        self.meeting_tab = MeetingTab(self)
        self.decisions_tab = DecisionsTab(self, today)
        self.readiness_tab = ReadinessTab(self)
        self.readiness_tab.jumpRequested.connect(self.jump_to)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Styrgruppens flikar"))
        self.tabs.addTab(self.meeting_tab, self.tr("Mötet"))
        self.tabs.addTab(self.decisions_tab, self.tr("Beslut"))
        self.tabs.addTab(self.readiness_tab, self.tr("Inför mötet"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([470, 770])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        for button in (self.new_meeting_button, self.delete_meeting_button):
            button.setAutoDefault(False)
        if register.read_only:
            for w in (self.new_meeting_button, self.delete_meeting_button, self.meeting_tab.save_button,
                      self.meeting_tab.approve_button, self.meeting_tab.unlock_button, self.meeting_tab.lesson_button,
                      self.decisions_tab.add_decision_button, self.decisions_tab.follow_button):
                w.setEnabled(False)
        self.resize(1240, 700)
        self.refresh()

    @property
    def read_only(self) -> bool:
        return self.register.read_only

    @property
    def editor(self) -> MeetingEditor:
        """The meeting being edited (on the Mötet tab)."""
        return self.meeting_tab.editor

    # === following the window ==================================================================
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        guard = self._guard
        state.selection.add_guard(guard)
        self.destroyed.connect(lambda *_: state.selection.remove_guard(guard))

    def _on_changes(self, changes: Changes) -> None:
        if self._writing or not changes.concerns(self.code):
            return
        if changes.structure or changes.meetings or changes.approvals:
            self.refresh()
        elif changes.indicators or changes.activities or changes.economy:
            self.readiness_tab.refresh()
        if changes.lessons or changes.structure or changes.activities:
            self.meeting_tab.update_lessons()

    def _guard(self, now: Selected, wanted: Selected | None) -> bool:
        """Before the main window shows another project, a meeting typed and not saved is
        saved, dropped or kept, as the user says (closing the window asks on its own)."""
        if wanted is None or wanted.project == self.code or not shiboken6.isValid(self) or not self.isVisible():
            return True
        return self.leave_meeting()

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project is not None and now.project != self.code and self.isVisible():
            self.show_project(now.project)

    def show_project(self, code: str) -> None:
        """The steering group of another project (its edits were saved or dropped first)."""
        self.code = code
        self.data = None
        self.setWindowTitle(self.tr("Styrgrupp – {code}").format(code=code))
        self.message.hide()
        self.refresh()

    # === reading ===============================================================================
    def refresh(self, select_meeting: date | None = None, select_decision: int | None = None) -> None:
        """Read the project's steering group again; keep (or move to) the selected meeting."""
        editor = self.meeting_tab.editor
        keep = select_meeting or (editor.original_date if self.data is not None else None)
        # Unsaved edits of the meeting shown survive a refresh (a decision added, a quarter approved).
        unsaved = editor.state() if self.data is not None and editor.is_modified() \
            and keep == editor.original_date else None
        self._refreshing = True
        try:
            self._refresh(keep, select_decision)
        finally:
            self._refreshing = False
        if unsaved is not None:
            seen = editor.seen_version
            editor.apply_state(unsaved)
            # The edits were begun on the meeting as it was then: its save is checked against that.
            editor.seen_version = seen

    def _refresh(self, keep: date | None, select_decision: int | None) -> None:
        data = self.data = self.state.steering(self.code) if self.state is not None \
            else read_steering(self.register, self.code)
        self.members_model.set_rows(data.members)
        self.members.resizeColumnsToContents()
        for c in range(self.members_model.columnCount()):
            self.members.setColumnWidth(c, min(self.members.columnWidth(c), 170))
        self.meeting_tab.editor.set_choices(data.members, data.areas, data.quarters)
        self.meetings_model.set_rows(data.meetings)
        self.meetings.resizeColumnsToContents()
        self.decisions_tab.set_decisions(data.decisions)
        self.readiness_tab.fill_choices()
        row = self.meetings_model.row_of(keep) if keep is not None else None
        if row is None and data.meetings:
            row = len(data.meetings) - 1
        if row is not None:
            self.meetings.setCurrentIndex(self.meetings_model.index(row, 0))
            self._on_meeting_changed(self.meetings_model.index(row, 0), QModelIndex())
        else:
            self.new_meeting()
        if select_decision is not None:
            self.decisions_tab.select_decision(select_decision)
        self._update_buttons()

    def meeting(self) -> MeetingInfo | None:
        """The saved meeting shown in the editor (None for a new one)."""
        original = self.meeting_tab.editor.original_date
        if self.data is None or original is None:
            return None
        return next((m for m in self.data.meetings if m.held_on == original), None)

    # === the meeting in the editor ===============================================================
    def _on_meeting_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        meeting = self.meetings_model.row_at(current)
        if not self._refreshing and self.meeting_tab.editor.is_modified():
            answer = self._ask_unsaved()
            if answer == "cancel":  # stay on the meeting being edited
                self._select_row_quietly(previous)
                return
            if answer == "save":
                target = meeting.held_on if meeting is not None else None
                if not self.save_meeting():  # refused: the message is shown, the edits stay
                    self._select_row_quietly(previous)
                    return
                if target is not None:
                    self.refresh(select_meeting=target)
                return
        if meeting is not None:
            self.meeting_tab.editor.load(meeting)
        self._update_buttons()

    def _select_row_quietly(self, index: QModelIndex) -> None:
        """Move the meetings list's current row back without loading that meeting again."""
        selection = self.meetings.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            if index.isValid():
                self.meetings.setCurrentIndex(index)
            else:
                selection.clearCurrentIndex()
                self.meetings.clearSelection()
        finally:
            selection.blockSignals(blocked)
        self.meetings.viewport().update()

    def _ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' for the unsaved edits of the meeting in the editor."""
        if self.ask_unsaved is not None:
            return self.ask_unsaved()
        shown = self.meeting_tab.editor.original_date
        text = (self.tr("Mötet den {day} har ändringar som inte är sparade.").format(day=shown.isoformat())
                if shown is not None else self.tr("Det nya mötet är inte sparat."))
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Vill du spara ändringarna?"))
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Spara"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Spara &inte"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def leave_meeting(self) -> bool:
        """Before the editor shows something else: save or drop unsaved edits, as the user says.
        False when the user wants to stay (or saving was refused)."""
        if self._refreshing or not self.meeting_tab.editor.is_modified():
            return True
        answer = self._ask_unsaved()
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save_meeting()
        return True

    def reject(self) -> None:
        """Closing (Stäng, Esc, the window's close button) asks about unsaved meeting edits first."""
        if not self.leave_meeting():
            return
        super().reject()

    def new_meeting(self) -> bool:
        """Empty the editor for a new meeting (today, following up the latest ended quarter).
        False when the user chose to stay with unsaved edits of the meeting shown."""
        if not self.leave_meeting():
            return False
        assert self.data is not None
        self.meeting_tab.editor.load(None, self.data.status_quarter, self.today)  # the edits are saved or dropped
        self.meetings.selectionModel().clearCurrentIndex()
        self.meetings.clearSelection()
        self.tabs.setCurrentIndex(self.MEETING_TAB)
        self._update_buttons()
        return True

    def save_meeting(self) -> bool:
        """Save the meeting and its narratives, all in one transaction."""
        from hallbar_desktop.services import operations

        editor = self.meeting_tab.editor
        fields = editor.fields()
        done = self.tr("Mötet den {day} är sparat.").format(day=fields.held_on.isoformat())
        if self.run(partial(operations.save_meeting, project_code=self.code, fields=fields,
                            narratives=editor.narratives(), actor=Actor.here("window"),
                            original_date=editor.original_date,
                            seen_version=None if self.register.location.is_sqlite else editor.seen_version),
                    done) is None:
            return False
        self.refresh(select_meeting=fields.held_on)
        self.message.show()
        return True

    def delete_meeting(self, confirm: bool = True) -> bool:
        from hallbar_desktop.services import operations

        meeting = self.meeting()
        if meeting is None:
            return False
        if confirm and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Ta bort mötet den {day}?").format(day=meeting.held_on.isoformat())) \
                != QMessageBox.StandardButton.Yes:
            return False
        if self.run(partial(operations.delete_meeting, project_code=self.code, held_on=meeting.held_on,
                            actor=Actor.here("window")),
                    self.tr("Mötet den {day} är borttaget.").format(day=meeting.held_on.isoformat())) is None:
            return False
        self.meeting_tab.editor.original_date = None
        self.refresh()
        return True

    def _update_buttons(self) -> None:
        if self.data is None:
            return
        self.meeting_tab.update_lock_label()
        self.meeting_tab.update_lessons()
        meeting = self.meeting()
        self.delete_meeting_button.setEnabled(meeting is not None and not self.read_only)
        self.decisions_tab.add_decision_button.setEnabled(meeting is not None and not self.read_only)

    # === messages and writes =====================================================================
    def show_message(self, text: str, error: bool) -> None:
        self.last_error = text if error else None
        self.message.setText(text)
        self.message.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;" if error
            else "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 4px;")
        self.message.show()

    def run(self, operation: Callable[[Any], Done[Any]], done: str) -> Any:
        """A core operation in one transaction (through the window's state, which applies what it
        changed); a refusal is shown and nothing is saved. Returns what the operation returned
        (True for nothing), or None when it was refused."""
        self._writing = True  # this window reads itself again, choosing what to show
        try:
            if self.state is not None:
                result = self.state.perform(operation)
            else:
                with self.register.transaction() as session:
                    result = operation(session).value
        except USER_ERRORS as exc:
            self.show_message(str(exc), error=True)
            return None
        finally:
            self._writing = False
        self.show_message(done, error=False)
        return True if result is None else result

    # === readiness ===============================================================================
    def show_readiness(self, held_on: date | None = None) -> None:
        """Bring the readiness tab forward (for the meeting held on ``held_on``, if given)."""
        if held_on is not None:
            self.readiness_tab.choose_meeting(held_on)
        self.tabs.setCurrentIndex(self.READINESS_TAB)
        self.readiness_tab.tree.setFocus()

    def readiness_items(self) -> list[ReadinessItem]:
        return self.readiness_tab.items()

    def jump_to(self, item: ReadinessItem) -> bool:
        """Go to where ``item`` is fixed: the value in the grid, the narrative, the decision, the
        delayed activity in the plan, the cost category in the economy."""
        if item.kind in ("delayed_activity", "economy_deviation"):
            return self.jump_to_plan(item) if self.jump_to_plan is not None else False
        if item.decision_number is not None:
            return self.decisions_tab.select_decision(item.decision_number)
        if item.indicator_code is not None and item.quarter is not None:
            if self.jump_to_cell is None:
                return False
            return self.jump_to_cell(item.indicator_code, item.quarter, item.kind == "uncommented")
        if item.focus_area_number is not None:
            editor = self.meeting_tab.editor
            held = self.readiness_tab.meeting.currentData()
            row = self.meetings_model.row_of(held) if held is not None else None
            if row is not None:
                self.meetings.setCurrentIndex(self.meetings_model.index(row, 0))
                if editor.original_date != held:  # the user stayed with unsaved edits
                    return False
            else:  # no meeting yet: a new one, following up the quarter chosen
                if not self.new_meeting():
                    return False
                i = editor.quarter.findData(self.readiness_tab.quarter.currentData())
                if i >= 0:
                    editor.quarter.setCurrentIndex(i)
            self.tabs.setCurrentIndex(self.MEETING_TAB)
            return editor.show_area(item.focus_area_number)
        return False
