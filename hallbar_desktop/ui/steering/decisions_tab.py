"""The Beslut tab: the project's decisions, a new decision of the meeting shown, and the follow-up
of the decision marked."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.steering import DECISION_STATUSES
from hallbar_desktop.ui.steering.meeting_editor import to_date, to_qdate
from hallbar_desktop.ui.steering.models import DecisionsModel, plain_table, status_label

if TYPE_CHECKING:
    from hallbar_desktop.services.steering import DecisionInfo
    from hallbar_desktop.ui.steering.dialog import SteeringDialog

class DecisionsTab(QWidget):
    def __init__(self, dialog: SteeringDialog, today: date | None) -> None:
        super().__init__()
        self.dialog = dialog
        self.model = DecisionsModel(self)
        self.table = plain_table(self.model)
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_decision_changed)
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
        #: (number, version) of the decision the follow-up was filled from: its save checks it.
        self.follow_seen: tuple[int, int] | None = None
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(add_box)
        layout.addWidget(self.follow_box)
        for button in (self.add_decision_button, self.follow_button):
            button.setAutoDefault(False)

    def set_decisions(self, decisions: list[DecisionInfo]) -> None:
        self.model.set_rows(decisions)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 300))

    def _on_decision_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        decision = self.model.row_at(current)
        self.follow_box.setEnabled(decision is not None and not self.dialog.read_only)
        if decision is None:
            return
        self.follow_status.setCurrentIndex(max(0, self.follow_status.findData(decision.status)))
        self.follow_text.setPlainText(decision.follow_up)
        self.follow_seen = (decision.number, decision.version)

    def _seen_version(self, decision: DecisionInfo) -> int:
        seen = self.follow_seen
        return seen[1] if seen is not None and seen[0] == decision.number else decision.version

    def selected_decision(self) -> DecisionInfo | None:
        decision: DecisionInfo | None = self.model.row_at(self.table.currentIndex())
        return decision

    def select_decision(self, number: int) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        self.dialog.tabs.setCurrentWidget(self)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def add_decision(self) -> DecisionInfo | None:
        from functools import partial

        from hallbar_desktop.services import operations

        dialog = self.dialog
        meeting = dialog.meeting()
        if meeting is None:
            dialog.show_message(self.tr("Spara mötet först; beslutet hör till ett möte."), error=True)
            return None
        text, owner = self.decision_text.text(), self.decision_owner.text()
        due = to_date(self.decision_due.date()) if self.decision_has_due.isChecked() else None
        result = dialog.run(partial(operations.add_decision, project_code=dialog.code, held_on=meeting.held_on,
                                    text=text, actor=Actor.here("window"), owner=owner, due_on=due),
                            self.tr("Beslutet är sparat."))
        if result is None:
            return None
        self.decision_text.clear()
        self.decision_owner.clear()
        self.decision_has_due.setChecked(False)
        dialog.refresh(select_meeting=meeting.held_on, select_decision=result.number)
        dialog.show_message(self.tr("Beslut {n} är sparat.").format(n=result.number), error=False)
        return result  # type: ignore[no-any-return]

    def follow_up(self) -> DecisionInfo | None:
        from functools import partial

        from hallbar_desktop.services import operations

        dialog = self.dialog
        decision = self.selected_decision()
        if decision is None:
            return None
        status = str(self.follow_status.currentData())
        closing = status in ("done", "cancelled") and decision.is_open
        result = dialog.run(partial(operations.update_decision, project_code=dialog.code, number=decision.number,
                                    actor=Actor.here("window"), status=status,
                                    follow_up=self.follow_text.toPlainText(),
                                    closed_on=dialog.today if closing else None,
                                    # refused, the text typed kept, should someone have saved it since
                                    seen_version=self._seen_version(decision)),
                            self.tr("Uppföljningen av beslut {n} är sparad.").format(n=decision.number))
        if result is None:
            return None
        dialog.refresh(select_meeting=dialog.meeting_tab.editor.original_date, select_decision=decision.number)
        dialog.message.show()
        return result  # type: ignore[no-any-return]
