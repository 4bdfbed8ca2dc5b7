"""The form of one lesson of the learning log: when, which focus area, what was learned, what it
changes, tags, and one link – to a steering-group meeting, an activity of the plan or an
indicator, each chosen from a list.

Opened from the Lärdomar tab and from the steering window's meeting (then linked to that
meeting). OK saves through ``submit``; the service's refusal keeps the form open with its message.
Closing it with something typed asks first (Spara / Spara inte / Avbryt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hallbar_desktop.services.lessons import LessonFields, LessonInfo
from hallbar_desktop.ui.effects.chain_dialogs import GuardedForm
from hallbar_desktop.ui.steering.meeting_editor import to_date, to_qdate

if TYPE_CHECKING:
    from hallbar_desktop.store.register import Register

NO_LINK, MEETING, ACTIVITY, INDICATOR = "", "meeting", "activity", "indicator"


@dataclass(frozen=True)
class LinkChoices:
    """What a lesson of a project can be linked to (and its focus areas)."""

    areas: tuple[tuple[int, str], ...] = ()
    meetings: tuple[date, ...] = ()
    activities: tuple[tuple[str, str], ...] = ()  # (code, name)
    indicators: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = field(default=())


def link_choices(register: Register, code: str) -> LinkChoices:
    """The project's focus areas, meetings, activities, indicators and tags in use, read in one go
    when a form opens (a few rows)."""
    from hallbar_desktop.services.activities import activity_plan
    from hallbar_desktop.services.lessons import lesson_tags
    from hallbar_desktop.services.lookup import get_project
    from hallbar_desktop.services.steering import list_meetings

    with register.reading() as session:
        project = get_project(session, code)
        areas = [a for a in sorted(project.focus_areas, key=lambda a: a.number) if not a.archived]
        indicators = tuple((i.code, i.name) for a in areas
                           for i in sorted(a.indicators, key=lambda i: (i.position, i.id)) if not i.archived)
        return LinkChoices(tuple((a.number, a.name) for a in areas),
                           tuple(m.held_on for m in list_meetings(session, code)),
                           tuple((a.code, a.name) for a in activity_plan(session, code).activities),
                           indicators, tuple(t for t, _n in lesson_tags(session, code)))


class LessonDialog(GuardedForm):
    def __init__(self, choices: LinkChoices, lesson: LessonInfo | None = None, *, fields: LessonFields | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("Ändra lärdom {n}").format(n=lesson.number) if lesson else self.tr("Ny lärdom")
        super().__init__(title, parent)
        self.choices = choices
        self.lesson = lesson
        self.example_data = lesson.example_data if lesson else False
        start = fields or _fields_of(lesson) or LessonFields(learned_on=today or date.today(), learned="")
        self.learned_on = QDateEdit()
        self.learned_on.setCalendarPopup(True)
        self.learned_on.setDisplayFormat("yyyy-MM-dd")
        self.learned_on.setDate(to_qdate(start.learned_on if isinstance(start.learned_on, date)
                                         else date.fromisoformat(str(start.learned_on))))
        self.area = QComboBox()
        self.area.addItem(self.tr("(inget insatsområde)"), None)
        for number, name in choices.areas:
            self.area.addItem(f"{number}. {name}", number)
        self.area.setCurrentIndex(max(0, self.area.findData(start.focus_area_number)))
        self.learned = QPlainTextEdit(start.learned)
        self.changes = QPlainTextEdit(start.changes)
        for edit in (self.learned, self.changes):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)
        self.learned.setPlaceholderText(self.tr("Vad lärde ni er?"))
        self.changes.setPlaceholderText(self.tr("Vad ändrar det i projektet eller i arbetssättet?"))
        tags = start.tags if isinstance(start.tags, str) else ", ".join(start.tags)
        self.tags = QLineEdit(tags)
        used = ", ".join(choices.tags[:6])
        self.tags.setPlaceholderText(self.tr("skilj med komma, t.ex. {tags}").format(tags=used or "metod, samverkan"))
        self.link_kind = QComboBox()
        for kind, text in ((NO_LINK, self.tr("Ingen")), (MEETING, self.tr("Styrgruppsmöte")),
                           (ACTIVITY, self.tr("Aktivitet")), (INDICATOR, self.tr("Indikator"))):
            self.link_kind.addItem(text, kind)
        self.link_item = QComboBox()
        self.link_item.setMinimumContentsLength(30)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind)
        link_row.addWidget(self.link_item, 1)
        self.link_kind.currentIndexChanged.connect(lambda _i: self._fill_items())
        kind, key = ((MEETING, str(start.meeting)) if start.meeting not in (None, "")
                     else (ACTIVITY, start.activity_code) if start.activity_code
                     else (INDICATOR, start.indicator_code) if start.indicator_code else (NO_LINK, None))
        self.link_kind.setCurrentIndex(self.link_kind.findData(kind))
        self._fill_items()
        if key is not None:
            self.link_item.setCurrentIndex(max(0, self.link_item.findData(key)))
        link_label = QLabel(self.tr("&Kopplad till:"))
        link_label.setBuddy(self.link_kind)
        for text, widget, name in ((self.tr("&Datum:"), self.learned_on, self.tr("Datum")),
                                   (self.tr("&Insatsområde:"), self.area, self.tr("Insatsområde")),
                                   (self.tr("&Vad vi lärde oss:"), self.learned, self.tr("Vad vi lärde oss")),
                                   (self.tr("Vad det ä&ndrar:"), self.changes, self.tr("Vad det ändrar")),
                                   (self.tr("&Taggar:"), self.tags, self.tr("Taggar"))):
            widget.setAccessibleName(name)
            self.form.addRow(text, widget)
        self.link_kind.setAccessibleName(self.tr("Kopplad till: slag"))
        self.link_item.setAccessibleName(self.tr("Kopplad till: vad"))
        self.form.addRow(link_label, link_row)
        hint = QLabel(self.tr("En lärdom som kopplas till en aktivitet eller indikator hör till dess insatsområde."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.form.addRow(hint)
        self.resize(640, self.sizeHint().height())
        self.loaded()

    def _fill_items(self) -> None:
        kind = self.link_kind.currentData()
        self.link_item.clear()
        if kind == MEETING:
            for day in self.choices.meetings:
                self.link_item.addItem(self.tr("Styrgruppsmöte {day}").format(day=day.isoformat()), day.isoformat())
        elif kind == ACTIVITY:
            for code, name in self.choices.activities:
                self.link_item.addItem(f"{code} {name}", code)
        elif kind == INDICATOR:
            for code, name in self.choices.indicators:
                self.link_item.addItem(f"{code} {name}", code)
        self.link_item.setEnabled(kind != NO_LINK)

    def link_to(self, kind: str, key: str) -> bool:
        """Choose the link (``MEETING`` and a date, ``ACTIVITY`` or ``INDICATOR`` and a code)."""
        self.link_kind.setCurrentIndex(self.link_kind.findData(kind))
        i = self.link_item.findData(key)
        if i >= 0:
            self.link_item.setCurrentIndex(i)
        return i >= 0

    def snapshot(self) -> Any:
        return (self.learned_on.date(), self.area.currentData(), self.learned.toPlainText(),
                self.changes.toPlainText(), self.tags.text(), self.link_kind.currentData(),
                self.link_item.currentData())

    def fields(self) -> LessonFields:
        kind, key = self.link_kind.currentData(), self.link_item.currentData()
        return LessonFields(
            learned_on=to_date(self.learned_on.date()), learned=self.learned.toPlainText(),
            changes=self.changes.toPlainText(), focus_area_number=self.area.currentData(), tags=self.tags.text(),
            meeting=key if kind == MEETING else None, activity_code=key if kind == ACTIVITY else None,
            indicator_code=key if kind == INDICATOR else None, example_data=self.example_data)


def _fields_of(lesson: LessonInfo | None) -> LessonFields | None:
    if lesson is None:
        return None
    link = lesson.link
    return LessonFields(
        learned_on=lesson.learned_on, learned=lesson.learned, changes=lesson.changes,
        focus_area_number=lesson.focus_area_number, tags=lesson.tags,
        meeting=link.key if link and link.kind == MEETING else None,
        activity_code=link.key if link and link.kind == ACTIVITY else None,
        indicator_code=link.key if link and link.kind == INDICATOR else None, example_data=lesson.example_data)
