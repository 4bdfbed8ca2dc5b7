"""The Mötet tab: the meeting being edited (``MeetingEditor``), its Save button, approving
(fastställa) the quarter it follows up or unlocking an approved one, and the lessons the meeting
drew (a lesson written here is linked to the meeting: ``ui.effects.lesson_dialog``)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.steering.meeting_editor import MeetingEditor

if TYPE_CHECKING:
    from hallbar_desktop.services.lessons import LessonInfo
    from hallbar_desktop.ui.steering.dialog import SteeringDialog


class MeetingTab(QWidget):
    def __init__(self, dialog: SteeringDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.editor = MeetingEditor()
        self.save_button = QPushButton(self.tr("&Spara mötet"))
        self.save_button.clicked.connect(lambda: dialog.save_meeting())
        self.approve_button = QPushButton(self.tr("&Fastställ kvartalet…"))
        self.approve_button.setToolTip(self.tr("Mötet fastställer kvartalet det följer upp; värdena låses."))
        self.approve_button.clicked.connect(lambda: self.approve_quarter())
        self.unlock_button = QPushButton(self.tr("Lås &upp ett kvartal…"))
        self.unlock_button.clicked.connect(lambda: self.unlock_quarter())
        self.locked_label = QLabel()
        self.locked_label.setWordWrap(True)
        self.lessons_label = QLabel()
        self.lessons_label.setWordWrap(True)
        self.lessons_label.setAccessibleName(self.tr("Lärdomar från mötet"))
        self.lesson_button = QPushButton(self.tr("Skriv en lä&rdom…"))
        self.lesson_button.setAccessibleName(self.tr("Skriv en lärdom från mötet"))
        self.lesson_button.setToolTip(self.tr("En lärdom kopplad till det här mötet (Lärdomar i huvudfönstret)"))
        self.lesson_button.clicked.connect(lambda: self.write_lesson())
        #: The lesson's form while it is open (the tests fill it).
        self.lesson_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        lessons = QHBoxLayout()
        lessons.addWidget(self.lessons_label, 1)
        lessons.addWidget(self.lesson_button)
        layout.addLayout(lessons)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.locked_label, 2)
        row.addWidget(self.approve_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        for button in (self.save_button, self.approve_button, self.unlock_button, self.lesson_button):
            button.setAutoDefault(False)

    def update_lock_label(self) -> None:
        """Which quarters are approved, and what the meeting shown can approve."""
        dialog = self.dialog
        if dialog.data is None:
            return
        approved = sorted(dialog.data.approved)
        if approved:
            text = self.tr("Fastställda kvartal: {list}").format(list=", ".join(labels.quarter(q) for q in approved))
        else:
            text = self.tr("Inget kvartal är fastställt.")
        self.locked_label.setText(text)
        meeting = dialog.meeting()
        can_approve = meeting is not None and meeting.quarter not in dialog.data.approved
        self.approve_button.setEnabled(can_approve and not dialog.read_only)
        if meeting is not None:
            shown = labels.quarter(meeting.quarter)
            self.approve_button.setText(self.tr("&Fastställ {quarter}…").format(quarter=shown))
        else:
            self.approve_button.setText(self.tr("&Fastställ kvartalet…"))
        self.unlock_button.setEnabled(bool(approved) and not dialog.read_only)

    def approve_quarter(self, confirm: bool = True) -> bool:
        """The selected meeting approves the quarter it follows up: its values are locked."""
        from hallbar_desktop.services import operations

        dialog = self.dialog
        meeting = dialog.meeting()
        if meeting is None:
            dialog.show_message(self.tr("Spara mötet först; det är mötet som fastställer kvartalet."), error=True)
            return False
        label = labels.quarter(meeting.quarter)
        if confirm and QMessageBox.question(
                dialog, dialog.windowTitle(),
                self.tr("Fastställa {quarter} vid mötet den {day}? Kvartalets värden låses.").format(
                    quarter=label, day=meeting.held_on.isoformat())) != QMessageBox.StandardButton.Yes:
            return False
        done = self.tr("{quarter} är fastställt och låst.").format(quarter=label)
        if dialog.run(partial(operations.approve_quarter, project_code=dialog.code, quarter=meeting.quarter,
                              held_on=meeting.held_on, actor=Actor.here("window")), done) is None:
            return False
        dialog.refresh(select_meeting=meeting.held_on)
        dialog.message.show()
        return True

    def unlock_quarter(self, quarter: Quarter | None = None, reason: str | None = None) -> bool:
        """Lift the lock of an approved quarter; asks which (if several) and why."""
        from hallbar_desktop.services import operations

        dialog = self.dialog
        assert dialog.data is not None
        approved = sorted(dialog.data.approved)
        if not approved:
            dialog.show_message(self.tr("Inget kvartal är fastställt."), error=True)
            return False
        if quarter is None:
            if len(approved) == 1:
                quarter = approved[0]
            else:
                names = [labels.quarter(q) for q in approved]
                meeting = dialog.meeting()
                current = approved.index(meeting.quarter) if meeting and meeting.quarter in approved else 0
                chosen, ok = QInputDialog.getItem(dialog, self.tr("Lås upp ett kvartal"),
                                                  self.tr("Vilket kvartal ska låsas upp?"), names, current, False)
                if not ok:
                    return False
                quarter = approved[names.index(chosen)]
        if reason is None:
            from hallbar_desktop.ui.steering.reason_dialog import ReasonDialog

            reason = ReasonDialog.ask(dialog, self.tr("Lås upp {quarter}").format(quarter=labels.quarter(quarter)),
                                      self.tr("Varför låses kvartalet upp? Skälet sparas i historiken."))
            if reason is None:
                return False
        done = self.tr("{quarter} är upplåst.").format(quarter=labels.quarter(quarter))
        if dialog.run(partial(operations.unlock_quarter, project_code=dialog.code, quarter=quarter, reason=reason,
                              actor=Actor.here("window")), done) is None:
            return False
        dialog.refresh(select_meeting=self.editor.original_date)
        dialog.message.show()
        return True

    # --- lessons ------------------------------------------------------------------------------
    def meeting_lessons(self) -> list[LessonInfo]:
        """The lessons linked to the meeting shown (none for a meeting not saved yet)."""
        dialog = self.dialog
        meeting = dialog.meeting()
        if meeting is None:
            return []
        if dialog.state is not None:
            held = dialog.state.lessons(dialog.code)
        else:
            from hallbar_desktop.services.lessons import list_lessons

            with dialog.register.reading() as session:
                held = list_lessons(session, dialog.code)
        day = meeting.held_on.isoformat()
        return [x for x in held if x.link is not None and x.link.kind == "meeting" and x.link.key == day]

    def update_lessons(self) -> None:
        meeting = self.dialog.meeting()
        self.lesson_button.setEnabled(meeting is not None and not self.dialog.read_only)
        if meeting is None:
            self.lessons_label.setText(self.tr("Lärdomar: spara mötet först, så kan en lärdom kopplas till det."))
            return
        found = self.meeting_lessons()
        if not found:
            self.lessons_label.setText(self.tr("Inga lärdomar är kopplade till mötet."))
            return
        shown = "; ".join(self.tr("Lärdom {n}: {text}").format(n=x.number, text=_short(x.learned)) for x in found)
        self.lessons_label.setText(self.tr("Lärdomar från mötet – {list}").format(list=shown))
        self.lessons_label.setToolTip("\n\n".join(f"{x.number}. {x.learned}" for x in found))

    def write_lesson(self) -> LessonInfo | None:
        """A lesson linked to the meeting shown, dated the meeting's day (no later than today)."""
        from datetime import date

        from hallbar_desktop.errors import USER_ERRORS
        from hallbar_desktop.services import operations
        from hallbar_desktop.services.lessons import LessonFields
        from hallbar_desktop.ui.effects.lesson_dialog import LessonDialog, link_choices

        dialog = self.dialog
        meeting = dialog.meeting()
        if meeting is None:
            dialog.show_message(self.tr("Spara mötet först; lärdomen kopplas till mötet."), error=True)
            return None
        today = dialog.today or date.today()
        start = LessonFields(learned_on=min(meeting.held_on, today), learned="", meeting=meeting.held_on.isoformat())
        form = LessonDialog(link_choices(dialog.register, dialog.code), fields=start, today=today, parent=dialog)
        written: list[LessonInfo] = []

        def submit(fields: LessonFields) -> str | None:
            operation = partial(operations.add_lesson, project_code=dialog.code, fields=fields,
                                actor=Actor.here("window"))
            try:
                if dialog.state is not None:
                    written.append(dialog.state.perform(operation))
                else:
                    with dialog.register.transaction() as session:
                        written.append(operation(session).value)
            except USER_ERRORS as exc:
                return str(exc)
            return None

        form.submit = submit
        self.lesson_dialog = form
        try:
            form.exec()
        finally:
            self.lesson_dialog = None
            form.deleteLater()
        self.update_lessons()
        if not written:
            return None
        dialog.show_message(self.tr("Lärdom {n} är sparad och kopplad till mötet den {day}.").format(
            n=written[0].number, day=meeting.held_on.isoformat()), error=False)
        return written[0]


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"
