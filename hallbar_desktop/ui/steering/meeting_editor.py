"""The editor of one steering-group meeting: date, quarter, place, who came, and per focus area
the four narrative texts (what happened, deviations, goal conflicts, proposed actions).

It holds plain data only (``MemberInfo``, ``MeetingInfo``); the dialog saves what ``fields()``
and ``narratives()`` return in one transaction.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.steering import MeetingFields, MeetingInfo, MemberInfo, NarrativeFields
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.steering.models import role_label

#: everything the editor holds: the meeting's fields and the narrative per focus-area number
EditorState = tuple[MeetingFields | None, dict[int, NarrativeFields]]


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class NarrativeFieldsEditor(QWidget):
    """The four texts of one focus area at one meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.happened = QPlainTextEdit()
        self.deviations = QPlainTextEdit()
        self.goal_conflicts = QPlainTextEdit()
        self.proposed = QPlainTextEdit()
        titles = (self.tr("Vad har hänt"), self.tr("Avvikelser från plan"), self.tr("Målkonflikter"),
                  self.tr("Föreslagna åtgärder"))
        for i, (edit, title) in enumerate(zip(self.editors(), titles, strict=True)):
            label = QLabel(title)
            label.setBuddy(edit)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(48)
            layout.addWidget(label, (i // 2) * 2, i % 2)
            layout.addWidget(edit, (i // 2) * 2 + 1, i % 2)

    def editors(self) -> tuple[QPlainTextEdit, ...]:
        return (self.happened, self.deviations, self.goal_conflicts, self.proposed)

    def set_text(self, text: NarrativeFields) -> None:
        for edit, value in zip(self.editors(), (text.happened, text.deviations, text.goal_conflicts,
                                                text.actions), strict=True):
            edit.setPlainText(value)

    def text(self) -> NarrativeFields:
        return NarrativeFields(*(e.toPlainText() for e in self.editors()))


class MeetingEditor(QWidget):
    """Date, quarter followed up, place, attendees and the narratives of one meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[MemberInfo] = []
        self._areas: list[tuple[int, str]] = []
        self.original_date: date | None = None
        self.seen_version: int | None = None
        self.attend: dict[int, QCheckBox] = {}
        self.as_substitute: dict[int, QCheckBox] = {}
        self.narrative: dict[int, NarrativeFieldsEditor] = {}
        #: what the editor showed when it was loaded: unsaved edits are what differs from it
        self._loaded: EditorState | None = None

        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.quarter = QComboBox()
        self.place = QLineEdit()
        self.place.setMaxLength(300)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row = QHBoxLayout()
        row.addWidget(self.held_on)
        quarter_label = QLabel(self.tr("&Kvartal som följs upp:"))
        quarter_label.setBuddy(self.quarter)
        row.addWidget(quarter_label)
        row.addWidget(self.quarter)
        row.addStretch(1)
        date_label = QLabel(self.tr("&Datum:"))
        date_label.setBuddy(self.held_on)
        top.addRow(date_label, row)
        place_label = QLabel(self.tr("&Plats:"))
        place_label.setBuddy(self.place)
        top.addRow(place_label, self.place)

        self.attendees_box = QGroupBox(self.tr("Närvarande"))
        self.attendees_grid = QGridLayout(self.attendees_box)
        self.attendees_grid.setContentsMargins(6, 4, 6, 4)
        self.attendees_grid.setVerticalSpacing(2)
        attendees_scroll = QScrollArea()
        attendees_scroll.setAccessibleName(self.tr("Närvarande"))
        attendees_scroll.setWidgetResizable(True)
        attendees_scroll.setWidget(self.attendees_box)
        attendees_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        attendees_scroll.setMinimumHeight(120)
        attendees_scroll.setMaximumHeight(170)

        self.areas = QTabWidget()
        self.areas.setAccessibleName(self.tr("Insatsområden"))
        self.areas.setUsesScrollButtons(True)
        self.areas.setElideMode(Qt.TextElideMode.ElideRight)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(attendees_scroll)
        narrative_label = QLabel(self.tr("Berättelse per insatsområde"))
        narrative_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(narrative_label)
        layout.addWidget(self.areas, 1)

    # --- what can be chosen -----------------------------------------------------------------
    def set_choices(self, members: list[MemberInfo], areas: list[tuple[int, str]],
                    quarters: list[Quarter]) -> None:
        """The project's members, its (active) focus areas and its quarters."""
        self._members = list(members)
        self._areas = list(areas)
        self.quarter.clear()
        for q in quarters:
            self.quarter.addItem(labels.quarter(q), str(q))
        while self.attendees_grid.count():
            item = self.attendees_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.attend.clear()
        self.as_substitute.clear()
        for i, m in enumerate(self._members):  # two members a row: who, and their substitute
            box = QCheckBox(f"{m.name} ({role_label(m.role)})")
            box.setToolTip(", ".join(t for t in (m.name, m.title, m.organisation) if t))
            self.attend[m.id] = box
            row, col = i // 2, (i % 2) * 2
            self.attendees_grid.addWidget(box, row, col)
            if m.substitute:
                sub = QCheckBox(self.tr("ersättare"))
                sub.setToolTip(self.tr("{name} kom i stället för {member}").format(name=m.substitute,
                                                                                  member=m.name))
                sub.setEnabled(False)
                box.toggled.connect(sub.setEnabled)
                self.as_substitute[m.id] = sub
                self.attendees_grid.addWidget(sub, row, col + 1)
        self.attendees_grid.setColumnStretch(1, 1)
        self.attendees_grid.setColumnStretch(3, 1)
        editing = self.area_shown()  # the area being written about stays in front (after a save too)
        self.areas.clear()
        self.narrative.clear()
        for number, name in self._areas:
            editor = NarrativeFieldsEditor()
            self.narrative[number] = editor
            self.areas.addTab(editor, f"{number}. {name}")
            self.areas.setTabToolTip(self.areas.count() - 1, f"{number}. {name}")
        if editing is not None and editing in self.narrative:
            self.areas.setCurrentWidget(self.narrative[editing])

    # --- one meeting ------------------------------------------------------------------------
    def load(self, meeting: MeetingInfo | None, default_quarter: Quarter | None = None,
             today: date | None = None) -> None:
        """Show ``meeting``, or an empty new meeting (today, following up ``default_quarter``)."""
        self.original_date = meeting.held_on if meeting is not None else None
        #: The meeting's version the form was filled from (a shared register checks it on save).
        self.seen_version = meeting.version if meeting is not None else None
        self.held_on.setDate(to_qdate(meeting.held_on if meeting is not None else (today or date.today())))
        q = meeting.quarter if meeting is not None else default_quarter
        if q is not None:
            i = self.quarter.findData(str(q))
            if i >= 0:
                self.quarter.setCurrentIndex(i)
        self.place.setText(meeting.place if meeting is not None else "")
        came = {a.member.id: a.as_substitute for a in meeting.attendees} if meeting is not None else {}
        for member_id, box in self.attend.items():
            box.setChecked(member_id in came)
            sub = self.as_substitute.get(member_id)
            if sub is not None:
                sub.setChecked(bool(came.get(member_id)))
                sub.setEnabled(member_id in came)
        for number, editor in self.narrative.items():
            editor.set_text(meeting.narrative(number) if meeting is not None else NarrativeFields())
        self._loaded = self.state()

    # --- unsaved edits ----------------------------------------------------------------------
    def state(self) -> EditorState:
        """What the editor holds now (the fields are None while no quarter can be chosen)."""
        fields = self.fields() if self.quarter.currentData() is not None else None
        return fields, self.narratives()

    def is_modified(self) -> bool:
        """True when something was typed or ticked since the meeting was loaded or saved."""
        return self._loaded is not None and self.state() != self._loaded

    def apply_state(self, state: EditorState) -> None:
        """Put back what ``state()`` returned (after the choices were rebuilt), keeping what the
        editor was loaded with: the edits stay unsaved."""
        fields, narratives = state
        if fields is not None:
            self.held_on.setDate(to_qdate(fields.held_on))
            i = self.quarter.findData(str(fields.quarter))
            if i >= 0:
                self.quarter.setCurrentIndex(i)
            self.place.setText(fields.place)
            came = dict(fields.attendees)
            for member_id, box in self.attend.items():
                box.setChecked(member_id in came)
                sub = self.as_substitute.get(member_id)
                if sub is not None:
                    sub.setChecked(bool(came.get(member_id)))
        for number, text in narratives.items():
            editor = self.narrative.get(number)
            if editor is not None:
                editor.set_text(text)

    def fields(self) -> MeetingFields:
        attendees = tuple((member_id, bool(self.as_substitute[member_id].isChecked())
                           if member_id in self.as_substitute else False)
                          for member_id, box in self.attend.items() if box.isChecked())
        return MeetingFields(held_on=to_date(self.held_on.date()),
                             quarter=Quarter.parse(str(self.quarter.currentData())),
                             place=self.place.text(), attendees=attendees)

    def narratives(self) -> dict[int, NarrativeFields]:
        return {number: editor.text() for number, editor in self.narrative.items()}

    def area_shown(self) -> int | None:
        """The number of the focus area whose narrative is in front (None: no areas)."""
        current = self.areas.currentWidget()
        return next((n for n, editor in self.narrative.items() if editor is current), None)

    def show_area(self, number: int) -> bool:
        """Bring the narrative of focus area ``number`` forward, with the cursor in its first text."""
        editor = self.narrative.get(number)
        if editor is None:
            return False
        self.areas.setCurrentWidget(editor)
        editor.happened.setFocus()
        return True
