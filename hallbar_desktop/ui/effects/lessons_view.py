"""The Lärdomar tab: the selected project's learning log, searched and filtered as the user types.

The lessons are the state's (``RegisterState.lessons``, read once per change of the log); the
search is the service's own (``services.lessons.filter_lessons``: every word, case and accents
folded, exact hits first), run on them at each keystroke without reading the register. The tag
filter lists the tags in use; the focus-area filter follows the focus area selected in the
navigator. New, changed and removed lessons are core operations run through the state.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.lessons import LessonInfo, filter_lessons, tags_of
from hallbar_desktop.ui.effects.models import LessonsModel

if TYPE_CHECKING:
    from hallbar_desktop.services.lessons import LessonFields
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState


def concerns_lessons(changes: Changes, project: str | None) -> bool:
    """Whether a change may alter the learning log of ``project`` as shown (a lesson, or what a
    lesson is linked to: a meeting, an activity, an indicator or a focus area)."""
    return changes.concerns(project) and bool(changes.lessons or changes.structure or changes.meetings
                                              or changes.activities)


class LessonsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.project_code: str | None = None
        self.dialog: QDialog | None = None  # the form open now (the tests fill it)
        self.confirm: Callable[[str], bool] | None = None
        self.last_message: str | None = None
        self._stale = True
        self._orm_waiting = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("t.ex. målkonflikt (å, ä, ö spelar ingen roll)"))
        self.search.setAccessibleName(self.tr("Sök bland lärdomarna"))
        self.search.textChanged.connect(lambda _t: self.show_lessons())
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tagg"))
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag.currentIndexChanged.connect(lambda _i: self.show_lessons())
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Insatsområde"))
        self.area.setMinimumContentsLength(14)
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.currentIndexChanged.connect(lambda _i: self.show_lessons())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Antal lärdomar"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.message.hide()
        self.model = LessonsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lärdomar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        # The selected lesson in full, below the table (a narrow tab shows only its first columns).
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Den valda lärdomen"))
        details_scroll = QScrollArea()
        details_scroll.setAccessibleName(self.tr("Den valda lärdomen"))
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(True)
        self.split.addWidget(self.table)
        self.split.addWidget(details_scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)

        def button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _checked=False: slot())
            return b

        self.new_button = button(self.tr("&Ny lärdom…"), self.tr("Ny lärdom"), self.new_lesson)
        self.new_button.setToolTip(self.tr("Skriv en ny lärdom (Insert)"))
        self.edit_button = button(self.tr("&Ändra…"), self.tr("Ändra lärdomen"), self.edit_selected)
        self.remove_button = button(self.tr("Ta &bort…"), self.tr("Ta bort lärdomen"), self.remove_selected)
        self.remove_button.setToolTip(self.tr("Ta bort den valda lärdomen (Delete)"))
        for key, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
                          (QKeySequence("Insert"), self.new_lesson)):
            action = QAction(self.table)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.table.addAction(action)

        search_row = QHBoxLayout()
        filters = QHBoxLayout()
        fields: tuple[tuple[QHBoxLayout, str, QWidget, int], ...] = (
            (search_row, self.tr("S&ök:"), self.search, 1), (filters, self.tr("&Tagg:"), self.tag, 0),
            (filters, self.tr("Insats&område:"), self.area, 1))
        for row, text, field, stretch in fields:
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, stretch)
        search_row.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.split, 1)
        layout.addLayout(buttons)
        # A tab page must not make the window taller or wider than the grid's page does: on a very
        # small window the page is squeezed (its parts overlap) rather than the window grown.
        self.setMinimumSize(160, 100)
        self._update_buttons()

    # === following the window =================================================================
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project:
            self._stale = True
            self.message.hide()
            self._show_if_visible()
        elif now.focus_area != before.focus_area:
            self._choose_area(now.focus_area)

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if concerns_lessons(changes, self.state.selection.project):
            self._stale = True
            self._show_if_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_if_visible()

    def _show_if_visible(self) -> None:
        state = self.state
        if state is None or not self._stale or not self.isVisible():
            return
        if not state.orm_ready:  # the lessons are read with the ORM, loaded after the first frame
            if not self._orm_waiting:
                self._orm_waiting = True
                state.when_orm_ready(self._orm_loaded)
            return
        self._stale = False
        code = state.selection.project
        entry = state.entry(code)
        new_project = code != self.project_code
        self.project_code = code if entry is not None else None
        self._fill_filters(new_project)
        self.show_lessons()

    def _orm_loaded(self) -> None:
        self._orm_waiting = False
        self._show_if_visible()

    def _fill_filters(self, new_project: bool) -> None:
        """The tags in use and the focus areas of the project (the choices kept where they still are)."""
        assert self.state is not None
        held = self.state.lessons(self.project_code)
        tag, area = (None, None) if new_project else (self.tag.currentData(), self.area.currentData())
        if new_project:
            area = self.state.selection.focus_area
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        for box in (self.tag, self.area):
            box.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Alla taggar"), None)
        for name, n in tags_of(held):
            self.tag.addItem(f"{name} ({n})", name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)) if tag is not None else 0)
        self.area.clear()
        self.area.addItem(self.tr("Alla"), None)
        entry = self.state.entry(self.project_code)
        for a in entry.focus_areas if entry is not None else ():
            self.area.addItem(f"{a.focus_area.number}. {a.focus_area.name}", a.focus_area.number)
        self.area.setCurrentIndex(max(0, self.area.findData(area)) if area is not None else 0)
        for box in (self.tag, self.area):
            box.blockSignals(False)

    def _choose_area(self, number: int | None) -> None:
        i = self.area.findData(number) if number is not None else 0
        if i >= 0:
            self.area.setCurrentIndex(i)

    def show_lessons(self) -> None:
        """The lessons that match the search, the tag and the focus area chosen."""
        if self.state is None:
            return
        held = self.state.lessons(self.project_code)
        tag = self.tag.currentData()
        try:
            hits = filter_lessons(held, self.search.text(), tags=(tag,) if tag else (),
                                  focus_area_number=self.area.currentData())
        except USER_ERRORS:  # a search cannot be wrong; a tag that is no longer valid finds nothing
            hits = ()
        current = self.selected()
        self.model.set_lessons(hits)
        self.table.resizeColumnsToContents()
        m = self.model
        # What was learned fits beside the number and date in a narrow tab; the rest scrolls.
        room = self.table.viewport().width() - self.table.columnWidth(0) - self.table.columnWidth(1) - 8
        for column, width in ((m.LEARNED, max(200, min(340, room))), (m.CHANGES, 280), (m.TAGS, 140), (m.AREA, 160),
                              (m.LINK, 220)):
            if self.table.columnWidth(column) > width:
                self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()
        if current is not None:
            row = self.model.row_of(current.number)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, 0))
        self.count.setText(self.tr("{n} av {total}").format(n=len(hits), total=len(held)))
        self._show_selected()

    # === selection ============================================================================
    def selected(self) -> LessonInfo | None:
        index = self.table.currentIndex()
        return self.model.lesson(index.row()) if index.isValid() else None

    def select_lesson(self, number: int) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _show_selected(self) -> None:
        from hallbar_desktop.ui.effects.models import link_text

        lesson = self.selected()
        self._update_buttons()
        if lesson is None:
            self.details.setText(self.tr("Välj en lärdom för att läsa den i sin helhet."))
            return
        head = self.tr("Lärdom {n}, {day}").format(n=lesson.number, day=lesson.learned_on.isoformat())
        if lesson.example_data:
            head += " (" + self.tr("exempel") + ")"
        where = [f"{lesson.focus_area_number}. {lesson.focus_area_name}" if lesson.focus_area_number else "",
                 link_text(lesson.link)]
        lines = [" – ".join([head] + [w for w in where if w]),
                 self.tr("Vad vi lärde oss: {text}").format(text=lesson.learned)]
        if lesson.changes:
            lines.append(self.tr("Vad det ändrar: {text}").format(text=lesson.changes))
        if lesson.tags:
            lines.append(self.tr("Taggar: {tags}").format(tags=", ".join(lesson.tags)))
        self.details.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        writable = self.state is not None and not self.state.register.read_only and self.project_code is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self.selected() is not None)
        self.remove_button.setEnabled(writable and self.selected() is not None)

    # === writing ==============================================================================
    def say(self, text: str, error: bool) -> None:
        self.last_message = text
        self.message.setText(text)
        self.message.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 3px;" if error
            else "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 3px;")
        self.message.show()

    def _perform(self, operation: Callable[..., Any], **kwargs: Any) -> tuple[Any, str | None]:
        assert self.state is not None and self.project_code is not None
        try:
            return self.state.perform(partial(operation, project_code=self.project_code,
                                              actor=Actor.here("window"), **kwargs)), None
        except USER_ERRORS as exc:
            return None, str(exc)

    def _open(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.dialog = None
            dialog.deleteLater()

    def new_lesson(self) -> bool:
        from hallbar_desktop.services import operations
        from hallbar_desktop.services.lessons import LessonFields
        from hallbar_desktop.ui.effects.lesson_dialog import LessonDialog, link_choices

        if self.state is None or self.project_code is None or self.state.register.read_only:
            return False
        from datetime import date

        start = LessonFields(learned_on=date.today(), learned="", focus_area_number=self.area.currentData())
        dialog = LessonDialog(link_choices(self.state.register, self.project_code), fields=start, parent=self)
        written: list[LessonInfo] = []

        def submit(fields: LessonFields) -> str | None:
            lesson, refused = self._perform(operations.add_lesson, fields=fields)
            if lesson is not None:
                written.append(lesson)
            return refused

        dialog.submit = submit
        if not self._open(dialog):
            return False
        number = written[0].number
        if not self.select_lesson(number):  # outside the filters: shown with them cleared
            self.search.clear()
            self.tag.setCurrentIndex(0)
            self.area.setCurrentIndex(0)
            self.select_lesson(number)
        self.say(self.tr("Lärdom {n} är sparad.").format(n=number), error=False)
        return True

    def edit_selected(self) -> bool:
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.lesson_dialog import LessonDialog, link_choices

        lesson = self.selected()
        if lesson is None or self.state is None or self.project_code is None or self.state.register.read_only:
            return False
        dialog = LessonDialog(link_choices(self.state.register, self.project_code), lesson, parent=self)
        # Refused, the dialog kept open with what was typed, should someone have saved the lesson since.
        dialog.submit = lambda fields: self._perform(operations.update_lesson, number=lesson.number, fields=fields,
                                                     seen_version=lesson.version)[1]
        if not self._open(dialog):
            return False
        self.select_lesson(lesson.number)
        self.say(self.tr("Lärdom {n} är ändrad.").format(n=lesson.number), error=False)
        return True

    def remove_selected(self) -> bool:
        from hallbar_desktop.services import operations

        lesson = self.selected()
        if lesson is None or self.state is None or self.state.register.read_only:
            return False
        question = self.tr("Ta bort lärdom {n}? Den finns kvar i ändringsloggen.").format(n=lesson.number)
        if self.confirm is not None:
            go = self.confirm(question)
        else:
            go = QMessageBox.question(self, self.tr("Lärdomar"), question) == QMessageBox.StandardButton.Yes
        if not go:
            return False
        _none, refused = self._perform(operations.delete_lesson, number=lesson.number)
        self.say(refused or self.tr("Lärdom {n} är borttagen.").format(n=lesson.number), error=refused is not None)
        return refused is None
