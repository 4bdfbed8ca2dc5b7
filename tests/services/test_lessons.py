"""The learning log: lessons written, linked, searched (case and accents folded), listed for the
lägesrapport and the meeting report, and audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.activities import ActivityFields, create_activity
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.lessons import (
    LessonFields,
    add_lesson,
    delete_lesson,
    get_lesson,
    lesson_fields_of,
    lesson_tags,
    lessons_for_meeting,
    lessons_in_period,
    list_lessons,
    search_lessons,
    update_lesson,
)
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.services.steering import MeetingFields, save_meeting
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
ME = Actor("test", "window")
TODAY = date(2023, 3, 1)


@pytest.fixture
def log(register: Register) -> Register:
    """TEST with an activity, two meetings and three lessons."""
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
        create_activity(s, "TEST", ActivityFields("A1", "Utbilda handläggare", "2021Q1", "2021Q4",
                                                  focus_area_number=1), ME)
        for day, q in ((date(2021, 6, 10), "2021Q1"), (date(2021, 12, 9), "2021Q3")):
            save_meeting(s, "TEST", MeetingFields(day, Quarter.parse(q)), ME)
        add_lesson(s, "TEST", LessonFields(
            "2021-05-20", "Målkonflikter i politiska ärenden blir synliga först när de skrivs in i tjänsteskrivelsen.",
            changes="Mallen för tjänsteskrivelser får en rubrik om målkonflikter.", tags="Målkonflikt, politik",
            meeting="2021-06-10"), ME, today=TODAY)
        add_lesson(s, "TEST", LessonFields(
            date(2021, 9, 1), "Handläggarna behöver exempel, inte bara en checklista.",
            changes="Utbildningen bygger på riktiga ärenden.", tags=("lärande",), activity_code="A1"), ME, today=TODAY)
        add_lesson(s, "TEST", LessonFields(
            date(2022, 2, 1), "Uppföljningen av utsläppen kräver data från resebokningen.",
            tags="data; uppföljning", indicator_code="2.1", example_data=True), ME, today=TODAY)
    return register


def test_lessons_read_back_numbered_and_linked(log: Register) -> None:
    with log.reading() as s:
        lessons = list_lessons(s, "TEST")
    assert [x.number for x in lessons] == [1, 2, 3]
    first, second, third = lessons
    assert first.tags == ("målkonflikt", "politik")
    assert first.link is not None and first.link.label == "Styrgruppsmöte 2021-06-10"
    assert first.focus_area_number is None
    # linked to an activity or an indicator: the lesson takes its focus area
    assert second.link is not None and second.link.label == "Aktivitet A1 Utbilda handläggare"
    assert (second.focus_area_number, second.focus_area_name) == (1, "Hållbarhetssäkrad finansiering")
    assert third.link is not None and (third.link.kind, third.link.key) == ("indicator", "2.1")
    assert third.focus_area_number == 2 and third.example_data and third.title == "Lärdom 3 (2022-02-01), exempel"
    assert first.written_by == "test"


@pytest.mark.parametrize("text", ["malkonflikt", "målkonflikt", "MÅLKONFLIKTER", "tjänsteskrivelse mallen",
                                  "Styrgruppsmöte 2021-06-10"])
def test_a_search_finds_the_lesson_however_it_is_typed(log: Register, text: str) -> None:
    with log.reading() as s:
        found = search_lessons(s, "TEST", text)
    assert [x.number for x in found.lessons] == [1] and found.total == 3


def test_search_by_tag_and_focus_area(log: Register) -> None:
    with log.reading() as s:
        assert [x.number for x in search_lessons(s, "TEST", tags="malkonflikt").lessons] == [1]
        assert [x.number for x in search_lessons(s, "TEST", tags=("data", "uppföljning")).lessons] == [3]
        assert search_lessons(s, "TEST", tags=("data", "politik")).lessons == ()
        assert [x.number for x in search_lessons(s, "TEST", "handläggarna", focus_area_number=1).lessons] == [2]
        assert [x.number for x in search_lessons(s, "TEST").lessons] == [1, 2, 3]
        assert search_lessons(s, "TEST", "budget").lessons == ()
        assert lesson_tags(s, "TEST")[0] == ("data", 1) and len(lesson_tags(s, "TEST")) == 5


def test_exact_hits_come_before_those_found_by_folding(log: Register) -> None:
    with log.transaction() as s:
        add_lesson(s, "TEST", LessonFields("2022-03-01", "Malkonflikt stavat utan å hittas ändå."), ME, today=TODAY)
    with log.reading() as s:
        assert [x.number for x in search_lessons(s, "TEST", "målkonflikt").lessons] == [1, 4]
        assert [x.number for x in search_lessons(s, "TEST", "malkonflikt").lessons] == [4, 1]


def test_the_reports_get_the_lessons_of_their_period_and_meeting(log: Register) -> None:
    with log.reading() as s:
        assert [x.number for x in lessons_in_period(s, "TEST", "2021H2")] == [2]
        assert [x.number for x in lessons_in_period(s, "TEST", "2021H1")] == [1]
        # the first meeting: lessons up to it and linked to it; the second: since the first
        assert [x.number for x in lessons_for_meeting(s, "TEST", date(2021, 6, 10))] == [1]
        assert [x.number for x in lessons_for_meeting(s, "TEST", date(2021, 12, 9))] == [2]
        with pytest.raises(NotFound, match="inget styrgruppsmöte"):
            lessons_for_meeting(s, "TEST", date(2021, 7, 1))


@pytest.mark.parametrize(("fields", "words"), [
    (LessonFields("2021-05-20", "   "), "Skriv vad ni lärde er"),
    (LessonFields("20 maj", "x"), "inget datum"),
    (LessonFields("2020-12-31", "x"), "före projektets start"),
    (LessonFields("2023-03-02", "x"), "har inte kommit än"),
    (LessonFields("2021-05-20", "x", activity_code="A1", indicator_code="1.1"), "inte flera"),
    (LessonFields("2021-05-20", "x", meeting="2021-07-01"), "inget styrgruppsmöte"),
    (LessonFields("2021-05-20", "x", indicator_code="9.9"), "ingen indikator"),
    (LessonFields("2021-05-20", "x", focus_area_number=2, activity_code="A1"), "hör till ett annat"),
    (LessonFields("2021-05-20", "x", tags="a" * 61), "för lång"),
    (LessonFields("2021-05-20", "x\x00"), "otillåtet tecken"),
])
def test_bad_lessons_are_refused_and_nothing_is_written(log: Register, fields: LessonFields, words: str) -> None:
    with pytest.raises((ValidationError, NotFound), match=words), log.transaction() as s:
        add_lesson(s, "TEST", fields, ME, today=TODAY)
    with log.reading() as s:
        assert len(list_lessons(s, "TEST")) == 3


def test_a_lesson_is_edited_and_removed_with_its_history(log: Register) -> None:
    with log.transaction() as s:
        fields = lesson_fields_of(s, "TEST", 2)
        assert fields.activity_code == "A1" and fields.tags == ("lärande",)
        changed = update_lesson(s, "TEST", 2, LessonFields(
            fields.learned_on, fields.learned, "Utbildningen bygger på riktiga ärenden från länet.",
            tags="lärande, utbildning", meeting="2021-12-09"), ME, today=TODAY)
        assert changed.tags == ("lärande", "utbildning") and changed.link is not None
        assert changed.link.kind == "meeting" and changed.focus_area_number is None
        delete_lesson(s, "TEST", 1, ME)
    with log.reading() as s:
        assert [x.number for x in list_lessons(s, "TEST")] == [2, 3]
        with pytest.raises(NotFound, match="Lärdomar: 2, 3"):
            get_lesson(s, "TEST", 1)
        history = project_history(s, get_project(s, "TEST").id, ("lesson", "lesson_edit", "lesson_delete"))
    assert [h["action"] for h in history] == ["lesson"] * 3 + ["lesson_edit", "lesson_delete"]
    edit = history[3]
    assert edit["old"]["link"] == ["activity", "A1"] and edit["new"]["link"] == ["meeting", "2021-12-09"]  # type: ignore[index]
    with log.transaction() as s:  # a new lesson takes the next number, never a freed one
        assert add_lesson(s, "TEST", LessonFields("2022-06-01", "Ny"), ME, today=TODAY).number == 4
