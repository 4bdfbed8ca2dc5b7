"""The steering group (Styrgrupp) of the current project: members, meetings, decisions, approval
and what is missing before the next meeting (Inför mötet).

The models hold plain data from ``services.steering``; every user action is one transaction and
a refusal (``USER_ERRORS``) is shown in the dialog's message line with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.steering import (
    DECISION_STATUS_EN,
    DECISION_STATUS_SV,
    DECISION_STATUSES,
    ApprovalInfo,
    DecisionInfo,
    MeetingInfo,
    MemberInfo,
    ReadinessItem,
)
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import i18n
from hallbar_desktop.ui.meeting_editor import MeetingEditor, role_label, to_date, to_qdate
from hallbar_desktop.ui.readiness_view import ReadinessTree

Index = QModelIndex | QPersistentModelIndex
#: Jumps to a value in the main window's grid: (indicator code, quarter) -> found.
JumpToCell = Callable[[str, Quarter], bool]


def status_label(status: str) -> str:
    labels = DECISION_STATUS_EN if i18n.lang() == "en" else DECISION_STATUS_SV
    return labels.get(status, status)


class _PlainTable(QAbstractTableModel):
    """A read-only table over a list of plain rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: Index) -> Any:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        return None


class MembersModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Roll"), self.tr("Namn"), self.tr("Organisation"), self.tr("Ersättare"))

    def cell(self, row: MemberInfo, column: int) -> str:
        return (role_label(row.role), row.name, row.organisation, row.substitute)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.row_at(index)
        if role == Qt.ItemDataRole.ToolTipRole and member is not None:
            lines = [f"{member.name} ({role_label(member.role)})", member.title, member.organisation]
            if member.substitute:
                lines.append(self.tr("Ersättare: {name}").format(name=member.substitute))
            return "\n".join(line for line in lines if line)
        return super().data(index, role)


class MeetingsModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Datum"), self.tr("Kvartal"), self.tr("Fastställt"), self.tr("Plats"))

    def cell(self, row: MeetingInfo, column: int) -> str:
        lang = i18n.lang()
        return (row.held_on.isoformat(), row.quarter.label(lang), ", ".join(q.label(lang) for q in row.approved),
                row.place)[column]

    def row_of(self, held_on: date) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.held_on == held_on), None)


class DecisionsModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nr"), self.tr("Möte"), self.tr("Beslut"), self.tr("Ansvarig"), self.tr("Klart senast"),
                self.tr("Status"), self.tr("Uppföljning"))

    def cell(self, row: DecisionInfo, column: int) -> str:
        return (str(row.number), row.meeting_date.isoformat(), row.text, row.owner,
                row.due_on.isoformat() if row.due_on else "", status_label(row.status), row.follow_up)[column]

    def row_of(self, number: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.number == number), None)


@dataclass(frozen=True)
class SteeringData:
    """What the dialog shows, read in one go."""

    project_name: str
    quarters: list[Quarter]
    areas: list[tuple[int, str]]
    members: list[MemberInfo]
    meetings: list[MeetingInfo]
    decisions: list[DecisionInfo]
    approved: dict[Quarter, ApprovalInfo]
    status_quarter: Quarter | None


def read_steering(register: Register, code: str) -> SteeringData:
    from hallbar_desktop.services import steering
    from hallbar_desktop.services.lookup import get_project

    with register.reading() as s:
        project = get_project(s, code)
        start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
        areas = [(a.number, a.name) for a in sorted(project.focus_areas, key=lambda a: a.number)
                 if not a.archived]
        quarters = quarter_range(start, end)
        ended = [q for q in quarters if q.has_ended()]
        return SteeringData(project.name, quarters, areas, steering.list_members(s, code),
                            steering.list_meetings(s, code), steering.list_decisions(s, code),
                            steering.approved_quarters(s, code), ended[-1] if ended else None)


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class SteeringDialog(QDialog):
    """Members, meetings (with narratives), decisions, approval and readiness of one project."""

    MEETING_TAB, DECISIONS_TAB, READINESS_TAB = range(3)

    def __init__(self, register: Register, project_code: str, parent: QWidget | None = None, *,
                 jump_to_cell: JumpToCell | None = None, locks_changed: Callable[[], None] | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.code = project_code
        self.jump_to_cell = jump_to_cell
        self.locks_changed = locks_changed
        self.today = today
        self.last_error: str | None = None
        self.data: SteeringData | None = None
        self._refreshing = False
        #: answers the unsaved-edits question instead of a message box ('save'/'discard'/'cancel')
        self.ask_unsaved: Callable[[], str] | None = None
        self.setWindowTitle(self.tr("Styrgrupp – {code}").format(code=project_code))
        self.setSizeGripEnabled(True)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # --- left: members and meetings ---------------------------------------------------
        self.members_model = MembersModel(self)
        self.members = _table(self.members_model)
        self.meetings_model = MeetingsModel(self)
        self.meetings = _table(self.meetings_model)
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

        # --- the meeting tab ---------------------------------------------------------------
        self.editor = MeetingEditor()
        self.save_button = QPushButton(self.tr("&Spara mötet"))
        self.save_button.clicked.connect(lambda: self.save_meeting())
        self.approve_button = QPushButton(self.tr("&Fastställ kvartalet…"))
        self.approve_button.setToolTip(self.tr("Mötet fastställer kvartalet det följer upp; värdena låses."))
        self.approve_button.clicked.connect(lambda: self.approve_quarter())
        self.unlock_button = QPushButton(self.tr("Lås &upp ett kvartal…"))
        self.unlock_button.clicked.connect(lambda: self.unlock_quarter())
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        meeting_tab = QWidget()
        meeting_layout = QVBoxLayout(meeting_tab)
        meeting_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.locked_label, 2)
        row.addWidget(self.approve_button)
        row.addWidget(self.unlock_button)
        meeting_layout.addLayout(row)

        # --- the decisions tab -------------------------------------------------------------
        self.decisions_model = DecisionsModel(self)
        self.decisions = _table(self.decisions_model)
        self.decisions.setWordWrap(True)
        self.decisions.selectionModel().currentRowChanged.connect(self._on_decision_changed)
        self.decision_text = QLineEdit()
        self.decision_text.setPlaceholderText(self.tr("Vad beslutades"))
        self.decision_owner = QLineEdit()
        self.decision_owner.setPlaceholderText(self.tr("Ansvarig"))
        self.decision_has_due = QCheckBox(self.tr("Klart &senast"))
        self.decision_due = QDateEdit()
        self.decision_due.setCalendarPopup(True)
        self.decision_due.setDisplayFormat("yyyy-MM-dd")
        self.decision_due.setEnabled(False)
        self.decision_due.setDate(to_qdate(today or date.today()))
        self.decision_has_due.toggled.connect(self.decision_due.setEnabled)
        self.add_decision_button = QPushButton(self.tr("Lä&gg till beslut"))
        self.add_decision_button.clicked.connect(lambda: self.add_decision())
        add_box = QGroupBox(self.tr("Nytt beslut vid det valda mötet"))
        add_layout = QHBoxLayout(add_box)
        add_layout.addWidget(self.decision_text, 3)
        add_layout.addWidget(self.decision_owner, 1)
        add_layout.addWidget(self.decision_has_due)
        add_layout.addWidget(self.decision_due)
        add_layout.addWidget(self.add_decision_button)
        self.follow_status = QComboBox()
        for status in DECISION_STATUSES:
            self.follow_status.addItem(status_label(status), status)
        self.follow_text = QPlainTextEdit()
        self.follow_text.setTabChangesFocus(True)
        self.follow_text.setMaximumHeight(70)
        self.follow_button = QPushButton(self.tr("Spara &uppföljningen"))
        self.follow_button.clicked.connect(lambda: self.follow_up())
        self.follow_box = QGroupBox(self.tr("Uppföljning av det markerade beslutet"))
        follow_layout = QFormLayout(self.follow_box)
        follow_layout.addRow(self.tr("S&tatus:"), self.follow_status)
        follow_layout.addRow(self.tr("Upp&följning:"), self.follow_text)
        follow_layout.addRow("", self.follow_button)
        self.follow_box.setEnabled(False)
        decisions_tab = QWidget()
        decisions_layout = QVBoxLayout(decisions_tab)
        decisions_layout.addWidget(self.decisions, 1)
        decisions_layout.addWidget(add_box)
        decisions_layout.addWidget(self.follow_box)

        # --- the readiness tab ----------------------------------------------------------------
        self.readiness_meeting = QComboBox()
        self.readiness_quarter = QComboBox()
        self.readiness = ReadinessTree()
        self.readiness.itemActivated.connect(self.jump_to)
        self.readiness_meeting.currentIndexChanged.connect(self._on_readiness_meeting)
        self.readiness_quarter.currentIndexChanged.connect(lambda _i: self.refresh_readiness())
        readiness_tab = QWidget()
        readiness_layout = QVBoxLayout(readiness_tab)
        choose = QHBoxLayout()
        meeting_label = QLabel(self.tr("Mö&te:"))
        meeting_label.setBuddy(self.readiness_meeting)
        quarter_label = QLabel(self.tr("&Kvartal:"))
        quarter_label.setBuddy(self.readiness_quarter)
        choose.addWidget(meeting_label)
        choose.addWidget(self.readiness_meeting, 2)
        choose.addWidget(quarter_label)
        choose.addWidget(self.readiness_quarter, 1)
        readiness_layout.addLayout(choose)
        hint = QLabel(self.tr("Dubbelklicka eller tryck Enter på en rad för att gå dit den åtgärdas."))
        hint.setWordWrap(True)
        readiness_layout.addWidget(hint)
        readiness_layout.addWidget(self.readiness, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(meeting_tab, self.tr("Mötet"))
        self.tabs.addTab(decisions_tab, self.tr("Beslut"))
        self.tabs.addTab(readiness_tab, self.tr("Inför mötet"))

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
        for button in (self.new_meeting_button, self.delete_meeting_button, self.save_button, self.approve_button,
                       self.unlock_button, self.add_decision_button, self.follow_button):
            button.setAutoDefault(False)
        if register.read_only:
            for w in (self.new_meeting_button, self.delete_meeting_button, self.save_button, self.approve_button,
                      self.unlock_button, self.add_decision_button, self.follow_button):
                w.setEnabled(False)
        self.resize(1240, 700)
        self.refresh()

    # === reading =============================================================================
    def refresh(self, select_meeting: date | None = None, select_decision: int | None = None) -> None:
        """Read the project's steering group again; keep (or move to) the selected meeting."""
        keep = select_meeting or (self.editor.original_date if self.data is not None else None)
        # Unsaved edits of the meeting shown survive a refresh (a decision added, a quarter approved).
        unsaved = self.editor.state() if self.data is not None and self.editor.is_modified() \
            and keep == self.editor.original_date else None
        self._refreshing = True
        try:
            self._refresh(keep, select_decision)
        finally:
            self._refreshing = False
        if unsaved is not None:
            self.editor.apply_state(unsaved)

    def _refresh(self, keep: date | None, select_decision: int | None) -> None:
        data = self.data = read_steering(self.register, self.code)
        self.members_model.set_rows(data.members)
        self.members.resizeColumnsToContents()
        for c in range(self.members_model.columnCount()):
            self.members.setColumnWidth(c, min(self.members.columnWidth(c), 170))
        self.editor.set_choices(data.members, data.areas, data.quarters)
        self.meetings_model.set_rows(data.meetings)
        self.meetings.resizeColumnsToContents()
        self.decisions_model.set_rows(data.decisions)
        self.decisions.resizeColumnsToContents()
        self.decisions.setColumnWidth(2, min(self.decisions.columnWidth(2), 300))
        self._fill_readiness_choices()
        row = self.meetings_model.row_of(keep) if keep is not None else None
        if row is None and data.meetings:
            row = len(data.meetings) - 1
        if row is not None:
            self.meetings.setCurrentIndex(self.meetings_model.index(row, 0))
            self._on_meeting_changed(self.meetings_model.index(row, 0), QModelIndex())
        else:
            self.new_meeting()
        if select_decision is not None:
            self.select_decision(select_decision)
        self._update_lock_label()

    def meeting(self) -> MeetingInfo | None:
        """The saved meeting shown in the editor (None for a new one)."""
        if self.data is None or self.editor.original_date is None:
            return None
        return next((m for m in self.data.meetings if m.held_on == self.editor.original_date), None)

    def _on_meeting_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        meeting = self.meetings_model.row_at(current)
        if not self._refreshing and self.editor.is_modified():
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
            self.editor.load(meeting)
        self._update_lock_label()

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
        shown = self.editor.original_date
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
        if self._refreshing or not self.editor.is_modified():
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
        self.editor.load(None, self.data.status_quarter, self.today)  # the edits are saved or dropped
        self.meetings.selectionModel().clearCurrentIndex()
        self.meetings.clearSelection()
        self.tabs.setCurrentIndex(self.MEETING_TAB)
        self._update_lock_label()
        return True

    def _update_lock_label(self) -> None:
        if self.data is None:
            return
        lang = i18n.lang()
        approved = sorted(self.data.approved)
        text = self.tr("Fastställda kvartal: {list}").format(
            list=", ".join(q.label(lang) for q in approved)) if approved else self.tr("Inget kvartal är fastställt.")
        self.locked_label.setText(text)
        meeting = self.meeting()
        can_approve = meeting is not None and meeting.quarter not in self.data.approved
        self.approve_button.setEnabled(can_approve and not self.register.read_only)
        if meeting is not None:
            self.approve_button.setText(self.tr("&Fastställ {quarter}…").format(quarter=meeting.quarter.label(lang)))
        else:
            self.approve_button.setText(self.tr("&Fastställ kvartalet…"))
        self.unlock_button.setEnabled(bool(approved) and not self.register.read_only)
        self.delete_meeting_button.setEnabled(meeting is not None and not self.register.read_only)
        self.add_decision_button.setEnabled(meeting is not None and not self.register.read_only)

    # === messages ============================================================================
    def _show(self, text: str, error: bool) -> None:
        self.last_error = text if error else None
        self.message.setText(text)
        self.message.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;" if error
            else "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 4px;")
        self.message.show()

    def _run(self, action: Callable[[Any], Any], done: str) -> Any:
        """``action(session)`` in one transaction; a refusal is shown and nothing is saved.
        Returns what the action returned, or None when it was refused."""
        try:
            with self.register.transaction() as session:
                result = action(session)
        except USER_ERRORS as exc:
            self._show(str(exc), error=True)
            return None
        self._show(done, error=False)
        return True if result is None else result

    # === meetings ============================================================================
    def save_meeting(self) -> bool:
        """Save the meeting and its narratives, all in one transaction."""
        from hallbar_desktop.services import steering

        fields = self.editor.fields()
        narratives = self.editor.narratives()
        original = self.editor.original_date
        actor = Actor.here("window")

        def save(session: Any) -> None:
            steering.save_meeting(session, self.code, fields, actor, original_date=original)
            for number, text in narratives.items():
                steering.set_narrative(session, self.code, fields.held_on, number, text, actor)

        if self._run(save, self.tr("Mötet den {day} är sparat.").format(day=fields.held_on.isoformat())) is None:
            return False
        self.refresh(select_meeting=fields.held_on)
        self.message.show()
        return True

    def delete_meeting(self, confirm: bool = True) -> bool:
        from hallbar_desktop.services import steering

        meeting = self.meeting()
        if meeting is None:
            return False
        if confirm and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Ta bort mötet den {day}?").format(day=meeting.held_on.isoformat())) \
                != QMessageBox.StandardButton.Yes:
            return False
        if self._run(lambda s: steering.delete_meeting(s, self.code, meeting.held_on, Actor.here("window")),
                     self.tr("Mötet den {day} är borttaget.").format(day=meeting.held_on.isoformat())) is None:
            return False
        self.editor.original_date = None
        self.refresh()
        return True

    # === approval ============================================================================
    def approve_quarter(self, confirm: bool = True) -> bool:
        """The selected meeting approves the quarter it follows up: its values are locked."""
        from hallbar_desktop.services import steering

        meeting = self.meeting()
        if meeting is None:
            self._show(self.tr("Spara mötet först; det är mötet som fastställer kvartalet."), error=True)
            return False
        label = meeting.quarter.label(i18n.lang())
        if confirm and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("Fastställa {quarter} vid mötet den {day}? Kvartalets värden låses.").format(
                    quarter=label, day=meeting.held_on.isoformat())) != QMessageBox.StandardButton.Yes:
            return False
        done = self.tr("{quarter} är fastställt och låst.").format(quarter=label)
        if self._run(lambda s: steering.approve_quarter(s, self.code, meeting.quarter, meeting.held_on,
                                                        Actor.here("window")), done) is None:
            return False
        self._after_locks(meeting.held_on)
        return True

    def unlock_quarter(self, quarter: Quarter | None = None, reason: str | None = None) -> bool:
        """Lift the lock of an approved quarter; asks which (if several) and why."""
        from hallbar_desktop.services import steering

        assert self.data is not None
        approved = sorted(self.data.approved)
        if not approved:
            self._show(self.tr("Inget kvartal är fastställt."), error=True)
            return False
        lang = i18n.lang()
        if quarter is None:
            if len(approved) == 1:
                quarter = approved[0]
            else:
                labels = [q.label(lang) for q in approved]
                meeting = self.meeting()
                current = approved.index(meeting.quarter) if meeting and meeting.quarter in approved else 0
                chosen, ok = QInputDialog.getItem(self, self.tr("Lås upp ett kvartal"),
                                                  self.tr("Vilket kvartal ska låsas upp?"), labels, current, False)
                if not ok:
                    return False
                quarter = approved[labels.index(chosen)]
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Lås upp {quarter}").format(quarter=quarter.label(lang)),
                self.tr("Varför låses kvartalet upp? Skälet sparas i historiken."))
            if not ok:
                return False
        why = reason
        chosen_q = quarter
        done = self.tr("{quarter} är upplåst.").format(quarter=chosen_q.label(lang))
        if self._run(lambda s: steering.unlock_quarter(s, self.code, chosen_q, why, Actor.here("window")),
                     done) is None:
            return False
        self._after_locks(self.editor.original_date)
        return True

    def _after_locks(self, keep: date | None) -> None:
        self.refresh(select_meeting=keep)
        self.message.show()
        if self.locks_changed is not None:
            self.locks_changed()

    # === decisions ===========================================================================
    def _on_decision_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        decision = self.decisions_model.row_at(current)
        self.follow_box.setEnabled(decision is not None and not self.register.read_only)
        if decision is None:
            return
        self.follow_status.setCurrentIndex(max(0, self.follow_status.findData(decision.status)))
        self.follow_text.setPlainText(decision.follow_up)

    def selected_decision(self) -> DecisionInfo | None:
        decision: DecisionInfo | None = self.decisions_model.row_at(self.decisions.currentIndex())
        return decision

    def select_decision(self, number: int) -> bool:
        row = self.decisions_model.row_of(number)
        if row is None:
            return False
        self.tabs.setCurrentIndex(self.DECISIONS_TAB)
        index = self.decisions_model.index(row, 0)
        self.decisions.setCurrentIndex(index)
        self.decisions.scrollTo(index)
        self.decisions.setFocus()
        return True

    def add_decision(self) -> DecisionInfo | None:
        from hallbar_desktop.services import steering

        meeting = self.meeting()
        if meeting is None:
            self._show(self.tr("Spara mötet först; beslutet hör till ett möte."), error=True)
            return None
        text, owner = self.decision_text.text(), self.decision_owner.text()
        due = to_date(self.decision_due.date()) if self.decision_has_due.isChecked() else None
        result = self._run(lambda s: steering.add_decision(s, self.code, meeting.held_on, text, Actor.here("window"),
                                                           owner=owner, due_on=due),
                           self.tr("Beslutet är sparat."))
        if not isinstance(result, DecisionInfo):
            return None
        self.decision_text.clear()
        self.decision_owner.clear()
        self.decision_has_due.setChecked(False)
        self.refresh(select_meeting=meeting.held_on, select_decision=result.number)
        self._show(self.tr("Beslut {n} är sparat.").format(n=result.number), error=False)
        return result

    def follow_up(self) -> DecisionInfo | None:
        from hallbar_desktop.services import steering

        decision = self.selected_decision()
        if decision is None:
            return None
        status = str(self.follow_status.currentData())
        text = self.follow_text.toPlainText()
        result = self._run(lambda s: steering.update_decision(s, self.code, decision.number, Actor.here("window"),
                                                              status=status, follow_up=text,
                                                              closed_on=self.today if status in ("done", "cancelled")
                                                              and decision.is_open else None),
                           self.tr("Uppföljningen av beslut {n} är sparad.").format(n=decision.number))
        if not isinstance(result, DecisionInfo):
            return None
        self.refresh(select_meeting=self.editor.original_date, select_decision=decision.number)
        self.message.show()
        return result

    # === readiness ===========================================================================
    def _fill_readiness_choices(self) -> None:
        assert self.data is not None
        lang = i18n.lang()
        keep = self.readiness_meeting.currentData()
        keep_q = self.readiness_quarter.currentData()
        for box in (self.readiness_meeting, self.readiness_quarter):
            box.blockSignals(True)
            box.clear()
        self.readiness_meeting.addItem(self.tr("Inget möte – välj ett kvartal"), None)
        for m in self.data.meetings:
            self.readiness_meeting.addItem(f"{m.held_on.isoformat()} – {m.quarter.label(lang)}", m.held_on)
        for q in self.data.quarters:
            self.readiness_quarter.addItem(q.label(lang), str(q))
        i = self.readiness_meeting.findData(keep) if keep is not None else -1
        self.readiness_meeting.setCurrentIndex(i if i >= 0 else self.readiness_meeting.count() - 1)
        meeting = self.readiness_meeting.currentData()
        if meeting is not None:
            q = next(m.quarter for m in self.data.meetings if m.held_on == meeting)
            j = self.readiness_quarter.findData(str(q))
        else:
            j = self.readiness_quarter.findData(keep_q if keep_q is not None else str(self.data.status_quarter))
        self.readiness_quarter.setCurrentIndex(max(0, j))
        for box in (self.readiness_meeting, self.readiness_quarter):
            box.blockSignals(False)
        self.refresh_readiness()

    def _on_readiness_meeting(self, _i: int) -> None:
        held = self.readiness_meeting.currentData()
        if held is not None and self.data is not None:
            q = next(m.quarter for m in self.data.meetings if m.held_on == held)
            j = self.readiness_quarter.findData(str(q))
            if j >= 0 and j != self.readiness_quarter.currentIndex():
                self.readiness_quarter.setCurrentIndex(j)  # refreshes
                return
        self.refresh_readiness()

    def show_readiness(self, held_on: date | None = None) -> None:
        """Bring the readiness tab forward (for the meeting held on ``held_on``, if given)."""
        if held_on is not None:
            i = self.readiness_meeting.findData(held_on)
            if i >= 0:
                self.readiness_meeting.setCurrentIndex(i)
        self.tabs.setCurrentIndex(self.READINESS_TAB)
        self.readiness.setFocus()

    def readiness_items(self) -> list[ReadinessItem]:
        return self.readiness.readiness.items()

    def refresh_readiness(self) -> None:
        from hallbar_desktop.services import steering

        quarter = self.readiness_quarter.currentData()
        held = self.readiness_meeting.currentData()
        if quarter is None:
            self.readiness.set_items([])
            return
        try:
            with self.register.reading() as s:
                items = steering.readiness(s, self.code, Quarter.parse(str(quarter)), held_on=held, today=self.today)
        except USER_ERRORS as exc:
            self._show(str(exc), error=True)
            items = []
        self.readiness.set_items(items)

    def jump_to(self, item: ReadinessItem) -> bool:
        """Go to where ``item`` is fixed: the value in the grid, the narrative, the decision."""
        if item.decision_number is not None:
            return self.select_decision(item.decision_number)
        if item.indicator_code is not None and item.quarter is not None:
            if self.jump_to_cell is None:
                return False
            return self.jump_to_cell(item.indicator_code, item.quarter)
        if item.focus_area_number is not None:
            held = self.readiness_meeting.currentData()
            row = self.meetings_model.row_of(held) if held is not None else None
            if row is not None:
                self.meetings.setCurrentIndex(self.meetings_model.index(row, 0))
                if self.editor.original_date != held:  # the user stayed with unsaved edits
                    return False
            else:  # no meeting yet: a new one, following up the quarter chosen
                if not self.new_meeting():
                    return False
                q = self.readiness_quarter.currentData()
                i = self.editor.quarter.findData(q)
                if i >= 0:
                    self.editor.quarter.setCurrentIndex(i)
            self.tabs.setCurrentIndex(self.MEETING_TAB)
            return self.editor.show_area(item.focus_area_number)
        return False
