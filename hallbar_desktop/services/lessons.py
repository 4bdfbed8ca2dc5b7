"""The learning log (lärdomar): what the project learned and what it changes.

Each lesson has a date, an optional focus area, what was learned, what it changes, tags, and at
most one link — to a steering-group meeting, an activity of the plan or an indicator. Lessons are
numbered per project (``Lärdom 3``) like the steering group's decisions. A search folds case and
accents (``domain.lessons``): "malkonflikt" finds "Målkonflikter". Every write is audited.

The lägesrapport lists the lessons of its period (:func:`lessons_in_period`); the meeting report
those since the previous meeting and those linked to the meeting (:func:`lessons_for_meeting`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.lessons import fold, has_tag, matches, matches_exactly, split_tags
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import Lesson, Project

MAX_TEXT = 8000


# --- plain data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LessonLink:
    """What a lesson is linked to: a meeting (its date), an activity or an indicator (its code)."""

    kind: str  # "meeting", "activity", "indicator"
    key: str  # "2022-05-12", "A1.2", "2.2"
    label: str  # "Styrgruppsmöte 2022-05-12", "Aktivitet A1.2 Tydliggöra …", "Indikator 2.2 Andel …"


@dataclass(frozen=True)
class LessonInfo:
    id: int
    number: int
    learned_on: date
    focus_area_number: int | None
    focus_area_name: str  # "" when the lesson belongs to no focus area
    learned: str  # vad vi lärde oss
    changes: str  # vad det ändrar
    tags: tuple[str, ...]
    link: LessonLink | None
    example_data: bool
    written_by: str
    written_at: datetime
    #: The row's version when read (migration 0006): the lesson form's save checks it.
    version: int = 1

    @property
    def title(self) -> str:
        """``Lärdom 3 (2022-05-12)``, with ``exempel`` for example data."""
        return f"Lärdom {self.number} ({self.learned_on.isoformat()})" + (", exempel" if self.example_data else "")

    def texts(self) -> tuple[str, ...]:
        """What a search looks in."""
        return (self.learned, self.changes, " ".join(self.tags), self.focus_area_name,
                self.link.label if self.link else "")


@dataclass(frozen=True)
class LessonSearch:
    project_code: str
    text: str
    tags: tuple[str, ...]
    lessons: tuple[LessonInfo, ...]  # hits as typed first, then those found by folding accents, each oldest first
    total: int  # lessons in the project (to say "3 av 7")


@dataclass(frozen=True)
class LessonFields:
    """What the user gives for a new or changed lesson; at most one of meeting, activity, indicator."""

    learned_on: date | str
    learned: str
    changes: str = ""
    focus_area_number: int | None = None
    tags: tuple[str, ...] | str = ()
    meeting: date | str | None = None  # the meeting's date
    activity_code: str | None = None
    indicator_code: str | None = None
    example_data: bool = False


# --- reading -------------------------------------------------------------------------------
def _rows(session: Session, project: Project) -> list[Lesson]:
    from sqlalchemy.orm import selectinload

    from hallbar_desktop.store.models import Lesson

    return list(session.scalars(
        select(Lesson).where(Lesson.project_id == project.id)
        .options(selectinload(Lesson.tags), selectinload(Lesson.focus_area), selectinload(Lesson.meeting),
                 selectinload(Lesson.activity), selectinload(Lesson.indicator))
        .order_by(Lesson.learned_on, Lesson.number)))


def _link(row: Lesson) -> LessonLink | None:
    if row.meeting is not None:
        day = row.meeting.held_on.isoformat()
        return LessonLink("meeting", day, f"Styrgruppsmöte {day}")
    if row.activity is not None:
        return LessonLink("activity", row.activity.code, f"Aktivitet {row.activity.code} {row.activity.name}")
    if row.indicator is not None:
        return LessonLink("indicator", row.indicator.code, f"Indikator {row.indicator.code} {row.indicator.name}")
    return None


def _info(row: Lesson) -> LessonInfo:
    area = row.focus_area
    return LessonInfo(
        id=row.id, number=row.number, learned_on=row.learned_on,
        focus_area_number=area.number if area is not None else None, focus_area_name=area.name if area else "",
        learned=row.learned, changes=row.changes, tags=tuple(t.tag for t in row.tags), link=_link(row),
        example_data=row.example_data, written_by=row.written_by, written_at=row.written_at,
        version=row.version,
    )


def list_lessons(session: Session, project_code: str, *, focus_area_number: int | None = None
                 ) -> tuple[LessonInfo, ...]:
    """The project's lessons, oldest first (one focus area's when a number is given)."""
    project = get_project(session, project_code)
    infos = (_info(r) for r in _rows(session, project))
    return tuple(i for i in infos if focus_area_number is None or i.focus_area_number == focus_area_number)


def search_lessons(session: Session, project_code: str, text: str = "", *, tags: tuple[str, ...] | str = (),
                   focus_area_number: int | None = None) -> LessonSearch:
    """Lessons with every word of ``text`` (in what was learned, what it changes, tags, focus area or
    link) and every tag in ``tags``, case and accents folded; exact hits first."""
    project = get_project(session, project_code)
    wanted = _tags(tags)
    everything = [_info(r) for r in _rows(session, project)]
    hits = filter_lessons(everything, text, tags=wanted, focus_area_number=focus_area_number)
    return LessonSearch(project.code, text, wanted, hits, len(everything))


def filter_lessons(lessons: Iterable[LessonInfo], text: str = "", *, tags: tuple[str, ...] | str = (),
                   focus_area_number: int | None = None) -> tuple[LessonInfo, ...]:
    """The search of :func:`search_lessons` over lessons already read (the window filters the
    lessons it holds as the user types): every word of ``text`` and every tag, case and accents
    folded, exact hits first, oldest first within each."""
    wanted = _tags(tags)
    hits = [i for i in lessons
            if (focus_area_number is None or i.focus_area_number == focus_area_number)
            and all(has_tag(t, i.tags) for t in wanted) and matches(text, i.texts())]
    hits.sort(key=lambda i: not matches_exactly(text, i.texts()))  # stable: oldest first within each
    return tuple(hits)


def tags_of(lessons: Iterable[LessonInfo]) -> tuple[tuple[str, int], ...]:
    """The tags in use with how many lessons carry each, most used first (a tag picker's list)."""
    counts = Counter(t for i in lessons for t in i.tags)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], fold(kv[0]))))


def get_lesson(session: Session, project_code: str, number: int) -> LessonInfo:
    project = get_project(session, project_code)
    return _info(_lesson(session, project, number))


def lesson_fields_of(session: Session, project_code: str, number: int) -> LessonFields:
    """The lesson as editable fields (what an edit dialog starts from)."""
    info = get_lesson(session, project_code, number)
    link = info.link
    return LessonFields(
        learned_on=info.learned_on, learned=info.learned, changes=info.changes,
        focus_area_number=info.focus_area_number, tags=info.tags,
        meeting=link.key if link and link.kind == "meeting" else None,
        activity_code=link.key if link and link.kind == "activity" else None,
        indicator_code=link.key if link and link.kind == "indicator" else None,
        example_data=info.example_data,
    )


def lesson_tags(session: Session, project_code: str) -> tuple[tuple[str, int], ...]:
    """The tags in use with how many lessons carry each, most used first (a tag picker's list)."""
    return tags_of(list_lessons(session, project_code))


def lessons_in_period(session: Session, project_code: str, period: Period | str) -> tuple[LessonInfo, ...]:
    """The lessons dated within a reporting period (the lägesrapport lists them)."""
    p = period if isinstance(period, Period) else Period.parse(period)
    first, last = p.start.start_date, p.end.end_date
    return tuple(i for i in list_lessons(session, project_code) if first <= i.learned_on <= last)


def lessons_for_meeting(session: Session, project_code: str, held_on: date) -> tuple[LessonInfo, ...]:
    """What a meeting report lists: lessons linked to this meeting, and those dated after the
    previous meeting up to this one."""
    from hallbar_desktop.services.steering import list_meetings

    days = [m.held_on for m in list_meetings(session, project_code)]
    if held_on not in days:
        raise NotFound(translate("Lessons", "{project_code} har inget styrgruppsmöte {held_on}.").format(
                           project_code=project_code, held_on=held_on.isoformat()))
    previous = max((d for d in days if d < held_on), default=None)
    return tuple(
        i for i in list_lessons(session, project_code)
        if (i.link is not None and i.link.kind == "meeting" and i.link.key == held_on.isoformat())
        or ((previous is None or i.learned_on > previous) and i.learned_on <= held_on))


def _lesson(session: Session, project: Project, number: int) -> Lesson:
    from hallbar_desktop.store.models import Lesson

    if isinstance(number, bool) or not isinstance(number, int):
        raise ValidationError(translate("Lessons", "En lärdom anges med sitt nummer, t.ex. 3."))
    found = session.scalars(select(Lesson).where(Lesson.project_id == project.id, Lesson.number == number)).first()
    if found is None:
        numbers = session.scalars(select(Lesson.number).where(Lesson.project_id == project.id)
                                  .order_by(Lesson.number)).all()
        raise NotFound(translate("Lessons", "{code} har ingen lärdom nummer {number}. Lärdomar: {value}.").format(
                           code=project.code, number=number,
                           value=', '.join(map(str, numbers)) or translate("Lessons", "inga ännu")))
    return found


# --- writing -------------------------------------------------------------------------------
def _text(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(translate("Lessons", "{what} ska vara text.").format(what=what))
    if "\x00" in value:
        raise ValidationError(translate("Lessons", "{what} innehåller ett otillåtet tecken.").format(what=what))
    if len(value) > MAX_TEXT:
        raise ValidationError(translate("Lessons", "{what} är för lång (högst {MAX_TEXT} tecken).").format(
                                  what=what, MAX_TEXT=MAX_TEXT))
    return value.strip()


def _day(value: date | str, what: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(translate("Lessons", "{what} «{value}» är inget datum (ÅÅÅÅ-MM-DD).").format(
                                  what=what, value=value)) from None


def _tags(tags: tuple[str, ...] | str) -> tuple[str, ...]:
    try:
        return split_tags(tags)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def _state(row: Lesson) -> dict[str, object]:
    info = _info(row)
    return {"number": row.number, "learned_on": row.learned_on.isoformat(), "focus_area": info.focus_area_number,
            "learned": row.learned, "changes": row.changes, "tags": list(info.tags),
            "link": [info.link.kind, info.link.key] if info.link else None, "example": row.example_data}


def _apply(session: Session, project: Project, row: Lesson, fields: LessonFields, today: date | None) -> None:
    from hallbar_desktop.services.activities import _activity
    from hallbar_desktop.services.lookup import get_focus_area, get_indicator
    from hallbar_desktop.services.steering import _meeting
    from hallbar_desktop.store.models import LessonTag

    learned_on = _day(fields.learned_on, translate("Lessons", "Datumet"))
    start = Quarter.parse(project.start_quarter).start_date
    if learned_on < start:
        raise ValidationError(translate("Lessons", "Datumet {learned_on} ligger före projektets start "
                                                   "({start}).").format(
                                  learned_on=learned_on.isoformat(), start=start.isoformat()))
    if learned_on > (today or date.today()):
        raise ValidationError(
            translate("Lessons", "Datumet {learned_on} har inte kommit än; en lärdom skrivs när den är gjord.").format(
                learned_on=learned_on.isoformat()))
    learned = _text(fields.learned, translate("Lessons", "Texten om vad ni lärde er"))
    if not learned:
        raise ValidationError(translate("Lessons", "Skriv vad ni lärde er."))
    changes = _text(fields.changes, translate("Lessons", "Texten om vad det ändrar"))
    links = [x for x in (fields.meeting, fields.activity_code, fields.indicator_code) if x not in (None, "")]
    if len(links) > 1:
        raise ValidationError(translate("Lessons", "En lärdom länkas till ett möte, en aktivitet eller en indikator "
                                                   "– inte flera."))
    meeting = activity = indicator = None
    if fields.meeting not in (None, ""):
        day = _day(fields.meeting, translate("Lessons", "Mötets datum"))
        meeting = _meeting(session, project, day)  # type: ignore[arg-type]
    if fields.activity_code:
        activity = _activity(session, project, fields.activity_code)
    if fields.indicator_code:
        indicator = get_indicator(session, project, fields.indicator_code)
    item_area = (activity.focus_area_id if activity is not None else indicator.focus_area_id if indicator is not None
                 else None)
    area = get_focus_area(session, project, fields.focus_area_number) if fields.focus_area_number is not None else None
    if area is not None and item_area is not None and item_area != area.id:
        what = (translate("Lessons", "aktiviteten {code}").format(code=activity.code) if activity is not None
                else translate("Lessons", "indikatorn {code}").format(code=indicator.code))  # type: ignore[union-attr]
        raise ValidationError(translate("Lessons", "Lärdomen gäller insatsområde {number}, men {what} hör till ett "
                                                   "annat.").format(number=area.number, what=what))
    row.learned_on, row.learned, row.changes = learned_on, learned, changes
    row.focus_area_id = area.id if area is not None else item_area  # the linked item's area when none is given
    row.meeting_id = meeting.id if meeting is not None else None
    row.activity_id = activity.id if activity is not None else None
    row.indicator_id = indicator.id if indicator is not None else None
    row.example_data = bool(fields.example_data)
    wanted = _tags(fields.tags)
    if [t.tag for t in row.tags] != list(wanted):
        row.tags.clear()
        session.flush()
        row.tags.extend(LessonTag(tag=t, position=i) for i, t in enumerate(wanted))


def _reloaded(session: Session, row: Lesson) -> LessonInfo:
    session.flush()
    session.expire(row)
    return _info(row)


def add_lesson(session: Session, project_code: str, fields: LessonFields, actor: Actor, *,
               today: date | None = None, number: int | None = None) -> LessonInfo:
    """Write a new lesson; it gets the project's next number (the project file gives its own)."""
    from hallbar_desktop.services.projects import utcnow
    from hallbar_desktop.store.models import Lesson

    project = get_project(session, project_code)
    if number is None:
        number = (session.scalar(select(func.max(Lesson.number)).where(Lesson.project_id == project.id)) or 0) + 1
    elif number < 1:
        raise ValidationError(translate("Lessons", "En lärdoms nummer är 1 eller högre."))
    elif session.scalars(select(Lesson.id).where(Lesson.project_id == project.id,
                                                 Lesson.number == number)).first() is not None:
        raise ValidationError(translate("Lessons", "{code} har redan en lärdom nummer {number}.").format(
                                  code=project.code, number=number))
    row = Lesson(project_id=project.id, number=number, changes="", written_by=actor.user, written_at=utcnow())
    _apply(session, project, row, fields, today)
    session.add(row)
    session.flush()
    project_audit(session, project.id, "lesson", None, _state(row), actor)
    return _reloaded(session, row)


def update_lesson(session: Session, project_code: str, number: int, fields: LessonFields, actor: Actor, *,
                  today: date | None = None, seen_version: int | None = None) -> LessonInfo:
    """Save the lesson's fields. ``seen_version``: the version the form was filled from; the save
    is refused (nothing written over) when someone else has saved the lesson since."""
    from hallbar_desktop.services.conflicts import refuse_if_changed, who_changed

    project = get_project(session, project_code)
    row = _lesson(session, project, number)
    learned = (row.learned[:60] + "…") if len(row.learned) > 60 else row.learned
    refuse_if_changed(row.version, seen_version,
                      saved=translate("Conflicts", "lärdom {number}").format(number=number),
                      now=translate("Conflicts", "den lyder nu «{text}»").format(text=learned),
                      who=lambda: who_changed(session, project.id, ("lesson", "lesson_edit"), {"number": number}))
    before = _state(row)
    _apply(session, project, row, fields, today)
    session.flush()
    session.expire(row)
    after = _state(row)
    if after != before:
        project_audit(session, project.id, "lesson_edit", before, after, actor)
    return _info(row)


def delete_lesson(session: Session, project_code: str, number: int, actor: Actor) -> None:
    """Remove a lesson (kept in the audit trail); the numbers of the others stay as they are."""
    project = get_project(session, project_code)
    row = _lesson(session, project, number)
    before = _state(row)
    session.delete(row)
    session.flush()
    project_audit(session, project.id, "lesson_delete", before, None, actor)
