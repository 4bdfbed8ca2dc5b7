"""A new or changed activity: code, name, description, focus area, planned quarters, responsible,
status (and the quarter it was closed in) and the indicators it is meant to move.

The dialog only gathers :class:`ActivityFields`; ``submit`` (set by the view) writes them through an
operation and returns the refusal's message, which the dialog shows while it stays open: nothing is
written until every rule holds, and nothing typed is lost to a refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.activities import ActivityFields, ActivityInfo
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.plan import words
from hallbar_desktop.ui.plan.widgets import fit_on_screen

#: (focus area number, name, its indicators as (code, name)) of the project.
AreaChoice = tuple[int, str, Sequence[tuple[str, str]]]


class ActivityDialog(QDialog):
    def __init__(self, areas: Sequence[AreaChoice], quarters: Sequence[Quarter], activity: ActivityInfo | None,
                 parent: QWidget | None = None, *, focus_area: int | None = None,
                 current: Quarter | None = None) -> None:
        super().__init__(parent)
        self.original = activity
        #: Writes the fields; returns None, or the message why they were refused.
        self.submit: Callable[[ActivityFields], str | None] | None = None
        self.setWindowTitle(self.tr("Ny aktivitet") if activity is None
                            else self.tr("Ändra aktiviteten {code}").format(code=activity.code))
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("t.ex. A1.2"))
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.area = QComboBox()
        for number, name, _indicators in areas:
            self.area.addItem(f"{number}. {name}", number)
        self.area.addItem(words.area_name("Projektövergripande"), None)
        self.start = QComboBox()
        self.end = QComboBox()
        self.closed_in = QComboBox()
        for box in (self.start, self.end, self.closed_in):
            for q in quarters:
                box.addItem(labels.quarter(q), str(q))
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(300)
        self.status = QComboBox()
        for status in ActivityStatus:
            self.status.addItem(words.status(status), status.value)
        self.status_note = QLabel(self.tr("Försenad visas av sig själv när det planerade slutkvartalet har "
                                          "passerat och aktiviteten inte är genomförd eller inställd."))
        self.status_note.setWordWrap(True)
        self.indicators = QListWidget()
        self.indicators.setMinimumHeight(110)
        for number, _name, indicators in areas:
            for code, name in indicators:
                item = QListWidgetItem(f"{code}  {name}")
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setData(Qt.ItemDataRole.UserRole + 1, number)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.indicators.addItem(item)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;")
        self.message.hide()

        names = {
            self.code: self.tr("Aktivitetens kod"), self.name: self.tr("Aktivitetens namn"),
            self.description: self.tr("Beskrivning"), self.area: self.tr("Insatsområde"),
            self.start: self.tr("Planerad start"), self.end: self.tr("Planerat slut"),
            self.responsible: self.tr("Ansvarig"), self.status: self.tr("Status"),
            self.closed_in: self.tr("Avslutad kvartal"), self.indicators: self.tr("Kopplade indikatorer"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        plan = QHBoxLayout()
        plan.addWidget(self.start)
        plan.addWidget(QLabel("–"))
        plan.addWidget(self.end)
        plan.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        closed_label = QLabel(self.tr("a&vslutad:"))
        closed_label.setBuddy(self.closed_in)
        status_row.addWidget(closed_label)
        status_row.addWidget(self.closed_in)
        status_row.addStretch(1)
        for text, widget, row_layout in (
                (self.tr("&Kod:"), self.code, None), (self.tr("&Namn:"), self.name, None),
                (self.tr("&Beskrivning:"), self.description, None), (self.tr("&Insatsområde:"), self.area, None),
                (self.tr("&Planerad:"), self.start, plan), (self.tr("A&nsvarig:"), self.responsible, None),
                (self.tr("S&tatus:"), self.status, status_row)):
            label = QLabel(text)
            label.setBuddy(widget)
            if row_layout is not None:
                form.addRow(label, row_layout)  # the start and end boxes, or the status and its quarter
            else:
                form.addRow(label, widget)
        form.addRow("", self.status_note)
        indicators_label = QLabel(self.tr("Kopplade in&dikatorer (de aktiviteten ska påverka):"))
        indicators_label.setBuddy(self.indicators)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(indicators_label)
        layout.addWidget(self.indicators, 1)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.area.currentIndexChanged.connect(self._area_changed)
        self._fill(activity, focus_area, quarters, current)
        fit_on_screen(self, 620, 620)

    def _fill(self, a: ActivityInfo | None, focus_area: int | None, quarters: Sequence[Quarter],
              current: Quarter | None) -> None:
        def choose(box: QComboBox, data: object) -> None:
            i = box.findData(data)
            if i >= 0:
                box.setCurrentIndex(i)

        if a is None:
            choose(self.area, focus_area)
            first = current if current is not None and current in quarters else (quarters[0] if quarters else None)
            if first is not None:
                choose(self.start, str(first))
                choose(self.end, str(first))
                choose(self.closed_in, str(first))
            self.status.setCurrentIndex(self.status.findData(ActivityStatus.PLANNED.value))
        else:
            self.code.setText(a.code)
            self.name.setText(a.name)
            self.description.setPlainText(a.description)
            choose(self.area, a.focus_area_number)
            choose(self.start, str(a.planned_start))
            choose(self.end, str(a.planned_end))
            self.responsible.setText(a.responsible)
            choose(self.status, a.stored_status.value)
            closed = a.closed_in or current or a.planned_end
            choose(self.closed_in, str(closed))
            wanted = {c.casefold() for c in a.indicator_codes}
            for i in range(self.indicators.count()):
                item = self.indicators.item(i)
                if str(item.data(Qt.ItemDataRole.UserRole)).casefold() in wanted:
                    item.setCheckState(Qt.CheckState.Checked)
        self._status_changed()
        self._area_changed()

    def _status_changed(self, *_: object) -> None:
        self.closed_in.setEnabled(ActivityStatus(self.status.currentData()).closed)

    def _area_changed(self, *_: object) -> None:
        """The focus area's own indicators first; the others stay choosable (and checked ones stay)."""
        number = self.area.currentData()
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            own = number is None or item.data(Qt.ItemDataRole.UserRole + 1) == number
            font = item.font()
            font.setBold(own and number is not None)
            item.setFont(font)

    def fields(self) -> ActivityFields:
        status = ActivityStatus(self.status.currentData())
        return ActivityFields(
            code=self.code.text(), name=self.name.text(),
            planned_start=str(self.start.currentData()), planned_end=str(self.end.currentData()),
            focus_area_number=self.area.currentData(), description=self.description.toPlainText(),
            responsible=self.responsible.text(), status=status,
            closed_in=str(self.closed_in.currentData()) if status.closed else None,
            indicator_codes=tuple(str(self.indicators.item(i).data(Qt.ItemDataRole.UserRole))
                                  for i in range(self.indicators.count())
                                  if self.indicators.item(i).checkState() == Qt.CheckState.Checked),
        )

    def _save(self) -> None:
        refused = self.submit(self.fields()) if self.submit is not None else None
        if refused is not None:
            self.message.setText(refused)
            self.message.show()
            return
        self.accept()
