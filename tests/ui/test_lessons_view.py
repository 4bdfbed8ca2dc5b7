"""The Lärdomar tab and the steering window's meeting: the learning log searched the service's way
(accents and case folded), filtered by tag and focus area, written through the window's state,
and a lesson written from a meeting linked to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTimer
from pytestqt.qtbot import QtBot

from hallbar_desktop.services.lessons import LessonInfo, list_lessons
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.effects.lesson_dialog import ACTIVITY, INDICATOR, LessonDialog
from hallbar_desktop.ui.effects.lessons_view import LessonsView
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.steering.dialog import SteeringDialog
from tests.ui.conftest import select

FAILURES: list[BaseException] = []


def _with_dialog(get: Callable[[], Any], fill: Callable[[Any], None]) -> None:
    def run() -> None:
        dialog = get()
        try:
            assert dialog is not None, "no form open"
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test
            FAILURES.append(exc)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.ask_unsaved = lambda: "discard"
                dialog.reject()

    QTimer.singleShot(0, run)


def _raise_failures() -> None:
    if FAILURES:
        exc = FAILURES.pop()
        FAILURES.clear()
        raise exc


def stored_lessons(path: Path, project: str) -> tuple[LessonInfo, ...]:
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return list_lessons(s, project)
    finally:
        reg.close()


@pytest.fixture
def view(qtbot: QtBot, window: MainWindow) -> Iterator[LessonsView]:
    window.tabs.setCurrentWidget(window.lessons_view)
    view = window.lessons_view
    qtbot.waitUntil(lambda: view.project_code is not None, timeout=10_000)
    yield view


def _numbers(view: LessonsView) -> list[int]:
    return [lesson.number for lesson in view.model.lessons()]


def test_the_view_follows_the_project_and_its_focus_area(window: MainWindow, view: LessonsView) -> None:
    window.show_project("RJH")
    assert view.project_code == "RJH" and _numbers(view) == [1, 2, 3, 4]
    assert view.model.index(0, 0).data() == "1\n(exempel)"
    assert view.model.index(0, 1).data() == "2020-12-10"
    assert view.model.index(2, view.model.TAGS).data() == "målkonflikt, politik"
    assert view.model.index(2, view.model.AREA).data() == "2. Systematiskt arbete med målkonflikter"
    assert view.model.index(2, view.model.LINK).data().startswith("Indikator 2.2 Andel politiska ärenden")
    assert view.count.text() == "4 av 4"
    window.show_project("RJL")
    assert view.project_code == "RJL" and view.model.rowCount() == 4
    assert all(lesson.learned for lesson in view.model.lessons())
    window.selection.select(focus_area=1)  # the focus area chosen in the navigator
    assert view.area.currentData() == 1 and {x.focus_area_number for x in view.model.lessons()} == {1}
    window.show_project("RJH")
    assert view.project_code == "RJH" and view.search.text() == "" and view.tag.currentData() is None


def test_search_folds_accents_and_case_and_the_tag_filter_narrows(view: LessonsView, window: MainWindow) -> None:
    window.show_project("RJH")
    view.search.setText("MALKONFLIKT")  # typed without å, in capitals
    assert _numbers(view) == [3] and view.count.text() == "1 av 4"
    view.search.setText("samiska dialog")  # every word, anywhere in the lesson
    assert _numbers(view) == [2]
    view.search.setText("")
    tags = [view.tag.itemData(i) for i in range(view.tag.count())]
    assert tags[0] is None and {"metod", "målkonflikt", "samverkan"} <= set(tags)
    view.tag.setCurrentIndex(view.tag.findData("metod"))
    assert _numbers(view) == [1]
    view.search.setText("nulage")  # both: the tag and the words
    assert _numbers(view) == [1]
    view.search.setText("målkonflikt")
    assert _numbers(view) == [] and view.count.text() == "0 av 4"


def test_a_lesson_is_written_edited_and_removed_through_the_view(
        qtbot: QtBot, window: MainWindow, view: LessonsView, demo_path: Path) -> None:
    window.show_project("RJL")
    today = date.today()

    def fill(d: LessonDialog) -> None:
        d.accept()  # nothing learned: refused, the form stays
        assert "Skriv vad ni lärde er" in d.error.text() and d.isVisible()
        d.learned.setPlainText("Kommunerna vill ha stödet på plats, inte på distans.")
        d.changes.setPlainText("Stödfunktionerna besöker kommunerna.")
        d.tags.setText("samverkan, Kommuner")
        assert d.link_to(ACTIVITY, "A1.3")
        d.accept()

    _with_dialog(lambda: view.dialog, fill)
    done = view.new_lesson()
    _raise_failures()
    assert done
    stored = stored_lessons(demo_path, "RJL")[-1]
    assert stored.number == 5 and stored.learned_on == today and stored.tags == ("samverkan", "kommuner")
    assert stored.link is not None and (stored.link.kind, stored.link.key) == ("activity", "A1.3")
    assert stored.focus_area_number == 1  # the activity's
    assert view.selected() is not None and view.selected().number == 5  # type: ignore[union-attr]
    view.search.setText("pa DISTANS")
    assert _numbers(view) == [5]

    def edit(d: LessonDialog) -> None:
        assert d.learned.toPlainText().startswith("Kommunerna vill")
        d.link_to(INDICATOR, "3.1")  # an indicator of another focus area than the one chosen
        d.area.setCurrentIndex(d.area.findData(1))
        d.accept()
        assert "insatsområde 1" in d.error.text()  # the service's refusal, in the form
        d.area.setCurrentIndex(0)
        d.accept()

    _with_dialog(lambda: view.dialog, edit)
    done = view.edit_selected()
    _raise_failures()
    assert done
    stored = stored_lessons(demo_path, "RJL")[-1]
    assert stored.link is not None and stored.link.key == "3.1" and stored.focus_area_number == 3

    view.confirm = lambda _text: True
    assert view.select_lesson(5) and view.remove_selected()
    assert [x.number for x in stored_lessons(demo_path, "RJL")] == [1, 2, 3, 4]
    assert _numbers(view) == [] and view.last_message == "Lärdom 5 är borttagen."


def test_a_lesson_typed_and_cancelled_is_asked_about(window: MainWindow, view: LessonsView, demo_path: Path) -> None:
    window.show_project("RJL")
    answers = iter(["cancel", "save"])

    def fill(d: LessonDialog) -> None:
        d.learned.setPlainText("Något vi inte vill tappa")
        d.ask_unsaved = lambda: next(answers)
        d.reject()  # Avbryt in the question: the form stays
        assert d.isVisible()
        d.reject()  # Spara: saved, closed

    _with_dialog(lambda: view.dialog, fill)
    done = view.new_lesson()
    _raise_failures()
    assert done
    assert stored_lessons(demo_path, "RJL")[-1].learned == "Något vi inte vill tappa"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, window: MainWindow, view: LessonsView) -> None:
    window.show_project("RJH")
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)


# --- from the steering window's meeting ------------------------------------------------------
@pytest.fixture
def steering(qtbot: QtBot, window: MainWindow) -> Iterator[SteeringDialog]:
    select(window, "RJL", "3.1")
    d = window.open_steering()
    assert isinstance(d, SteeringDialog)
    d.ask_unsaved = lambda: "discard"
    qtbot.waitExposed(d)
    yield d
    d.close()


def test_a_lesson_written_from_the_meeting_editor_is_linked_to_that_meeting(
        qtbot: QtBot, window: MainWindow, steering: SteeringDialog, demo_path: Path) -> None:
    tab = steering.meeting_tab
    meeting = steering.meeting()
    assert meeting is not None and tab.lesson_button.isEnabled() and window.selection.focus_area == 3
    assert tab.lessons_label.text() == "Inga lärdomar är kopplade till mötet."
    steering.editor.place.setText("Ändrad plats, inte sparad")  # the meeting's own edits stay unsaved

    def fill(d: LessonDialog) -> None:
        assert d.link_kind.currentData() == "meeting" and d.link_item.currentData() == meeting.held_on.isoformat()
        assert d.learned_on.date() == QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day)
        d.learned.setPlainText("Styrgruppen vill se effektkedjan vid varje möte.")
        d.tags.setText("styrning")
        d.accept()

    _with_dialog(lambda: tab.lesson_dialog, fill)
    lesson = tab.write_lesson()
    _raise_failures()
    assert lesson is not None and lesson.number == 5
    stored = stored_lessons(demo_path, "RJL")[-1]
    assert stored.link is not None and (stored.link.kind, stored.link.key) == ("meeting", meeting.held_on.isoformat())
    assert stored.learned_on == meeting.held_on
    assert "Lärdom 5: Styrgruppen vill se effektkedjan" in tab.lessons_label.text()
    assert steering.editor.place.text() == "Ändrad plats, inte sparad" and steering.editor.is_modified()
    # the main window's Lärdomar tab follows the same write
    window.tabs.setCurrentWidget(window.lessons_view)
    window.lessons_view.area.setCurrentIndex(0)  # all focus areas (the navigator chose area 3)
    qtbot.waitUntil(lambda: 5 in _numbers(window.lessons_view))

    steering.new_meeting()  # a meeting not saved yet takes no lesson
    assert not tab.lesson_button.isEnabled() and "spara mötet först" in tab.lessons_label.text()
    assert tab.write_lesson() is None and "Spara mötet först" in (steering.last_error or "")


def test_a_lesson_of_a_meeting_written_elsewhere_shows_in_the_meeting(
        qtbot: QtBot, window: MainWindow, steering: SteeringDialog) -> None:
    from functools import partial

    from hallbar_desktop.services import operations
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lessons import LessonFields

    meeting = steering.meeting()
    assert meeting is not None
    window.state.perform(partial(operations.add_lesson, project_code="RJL", actor=Actor("t", "window"),
                                 fields=LessonFields(meeting.held_on, "Skrivet i Lärdomar", meeting=meeting.held_on)))
    assert "Skrivet i Lärdomar" in steering.meeting_tab.lessons_label.text()





def test_the_selected_lesson_is_shown_in_full_below_the_table(window: MainWindow, view: LessonsView) -> None:
    window.show_project("RJH")
    assert view.details.text() == "Välj en lärdom för att läsa den i sin helhet."
    assert view.select_lesson(3)
    text = view.details.text()
    assert text.startswith("Lärdom 3, 2021-11-05 (exempel) – 2. Systematiskt arbete med målkonflikter – Indikator 2.2")
    assert "Vad det ändrar: Mallen för tjänsteskrivelser får ett obligatoriskt avsnitt om målkonflikter." in text
    assert text.endswith("Taggar: målkonflikt, politik")
