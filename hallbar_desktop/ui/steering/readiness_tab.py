"""The Inför mötet tab: what is missing before the meeting (or quarter) chosen, grouped by kind.
Enter or a double-click on a row asks the dialog to go where it is fixed (``jumpRequested``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.steering import ReadinessItem
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.steering.readiness_view import ReadinessTree

if TYPE_CHECKING:
    from hallbar_desktop.ui.steering.dialog import SteeringDialog


class ReadinessTab(QWidget):
    #: A row was chosen: go where it is fixed.
    jumpRequested = Signal(object)  # noqa: N815  (a ReadinessItem)

    def __init__(self, dialog: SteeringDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.meeting = QComboBox()
        self.quarter = QComboBox()
        self.tree = ReadinessTree()
        self.tree.itemActivated.connect(self.jumpRequested)
        self.meeting.currentIndexChanged.connect(self._on_meeting)
        self.quarter.currentIndexChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        choose = QHBoxLayout()
        meeting_label = QLabel(self.tr("Mö&te:"))
        meeting_label.setBuddy(self.meeting)
        quarter_label = QLabel(self.tr("&Kvartal:"))
        quarter_label.setBuddy(self.quarter)
        choose.addWidget(meeting_label)
        choose.addWidget(self.meeting, 2)
        choose.addWidget(quarter_label)
        choose.addWidget(self.quarter, 1)
        layout.addLayout(choose)
        hint = QLabel(self.tr("Dubbelklicka eller tryck Enter på en rad för att gå dit den åtgärdas."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)

    def fill_choices(self) -> None:
        """The meetings and quarters to choose from (the choice kept), then the list."""
        data = self.dialog.data
        assert data is not None
        keep = self.meeting.currentData()
        keep_q = self.quarter.currentData()
        for box in (self.meeting, self.quarter):
            box.blockSignals(True)
            box.clear()
        self.meeting.addItem(self.tr("Inget möte – välj ett kvartal"), None)
        for m in data.meetings:
            self.meeting.addItem(f"{m.held_on.isoformat()} – {labels.quarter(m.quarter)}", m.held_on)
        for q in data.quarters:
            self.quarter.addItem(labels.quarter(q), str(q))
        i = self.meeting.findData(keep) if keep is not None else -1
        self.meeting.setCurrentIndex(i if i >= 0 else self.meeting.count() - 1)
        held = self.meeting.currentData()
        if held is not None:
            q = next(m.quarter for m in data.meetings if m.held_on == held)
            j = self.quarter.findData(str(q))
        else:
            j = self.quarter.findData(keep_q if keep_q is not None else str(data.status_quarter))
        self.quarter.setCurrentIndex(max(0, j))
        for box in (self.meeting, self.quarter):
            box.blockSignals(False)
        self.refresh()

    def _on_meeting(self, _i: int) -> None:
        held = self.meeting.currentData()
        data = self.dialog.data
        if held is not None and data is not None:
            q = next(m.quarter for m in data.meetings if m.held_on == held)
            j = self.quarter.findData(str(q))
            if j >= 0 and j != self.quarter.currentIndex():
                self.quarter.setCurrentIndex(j)  # refreshes
                return
        self.refresh()

    def choose_meeting(self, held_on: date) -> None:
        i = self.meeting.findData(held_on)
        if i >= 0:
            self.meeting.setCurrentIndex(i)

    def items(self) -> list[ReadinessItem]:
        return self.tree.readiness.items()

    def refresh(self) -> None:
        """What is missing now, for the meeting and quarter chosen."""
        from hallbar_desktop.services import steering

        dialog = self.dialog
        quarter = self.quarter.currentData()
        held = self.meeting.currentData()
        if quarter is None:
            self.tree.set_items([])
            return
        try:
            with dialog.register.reading() as s:
                items = steering.readiness(s, dialog.code, Quarter.parse(str(quarter)), held_on=held,
                                           today=dialog.today)
        except USER_ERRORS as exc:
            dialog.show_message(str(exc), error=True)
            items = []
        self.tree.set_items(items)
