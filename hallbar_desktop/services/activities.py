"""The activity plan: activities per focus area, what was done in each reporting period, and
the period's text on unforeseen results and effects (the lägesrapport's own words).

Every write is audited (``services.audit``). Status is read through the domain rule: an activity
that is not closed when its planned end quarter has ended is shown as delayed, without anyone
typing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from hallbar_desktop.domain.activities import ActivityStatus, activity_status, check_plan
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.quarters import Period, Quarter, ReportingPeriodKind, reporting_periods
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import quarter_text, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import Activity, Project

MAX_TEXT = 8000
PROJECT_WIDE = "Projektövergripande"


# --- plain data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ActivityReportInfo:
    """What was done in an activity during one reporting period, and its outcome (utfall)."""

    period: str  # the period's code, ``2022H1``
    period_label: str  # ``2022 halvår 1``
    done: str
    outcome: str


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    code: str
    name: str
    description: str
    focus_area_number: int | None  # None: project-wide (e.g. project management)
    focus_area_name: str
    planned_start: Quarter
    planned_end: Quarter
    responsible: str
    #: As the project leader set it.
    stored_status: ActivityStatus
    #: At the plan's reference quarter, with the delayed rule applied: what to show.
    status: ActivityStatus
    closed_in: Quarter | None
    indicator_codes: tuple[str, ...]
    reports: tuple[ActivityReportInfo, ...]
    #: The row's version when read (migration 0006): the activity form's save checks it.
    version: int = 1

    @property
    def delayed(self) -> bool:
        return self.status is ActivityStatus.DELAYED

    @property
    def status_sv(self) -> str:
        return self.status.label_sv()

    def report(self, period: str) -> ActivityReportInfo | None:
        return next((r for r in self.reports if r.period == period), None)

    def planned_label(self) -> str:
        if self.planned_start == self.planned_end:
            return self.planned_start.label_sv()
        return f"{self.planned_start.label_sv()} – {self.planned_end.label_sv()}"


@dataclass(frozen=True)
class ActivityPlan:
    project_code: str
    project_name: str
    #: The quarter the statuses are judged at (the latest ended quarter, or the period's last);
    #: None before the project has started.
    as_of: Quarter | None
    #: (number, name) of the project's focus areas, in order.
    focus_areas: tuple[tuple[int, str], ...]
    activities: tuple[ActivityInfo, ...]
    #: The project's reporting periods (codes), for choosing where a report is written.
    periods: tuple[str, ...] = field(default=())

    def of_focus_area(self, number: int | None) -> tuple[ActivityInfo, ...]:
        return tuple(a for a in self.activities if a.focus_area_number == number)

    def delayed(self) -> tuple[ActivityInfo, ...]:
        return tuple(a for a in self.activities if a.delayed)

    def counts(self) -> dict[ActivityStatus, int]:
        counts = {s: 0 for s in ActivityStatus}
        for a in self.activities:
            counts[a.status] += 1
        return counts

    def find(self, code: str) -> ActivityInfo | None:
        wanted = code.strip().lower()
        return next((a for a in self.activities if a.code.lower() == wanted), None)


@dataclass(frozen=True)
class ActivityFields:
    """What the user gives for a new or changed activity."""

    code: str
    name: str
    planned_start: Quarter | str
    planned_end: Quarter | str
    focus_area_number: int | None = None
    description: str = ""
    responsible: str = ""
    status: ActivityStatus | str = ActivityStatus.PLANNED
    #: The quarter it was carried out or cancelled in; for a closed status without one the
    #: current quarter (inside the project period) is taken.
    closed_in: Quarter | str | None = None
    indicator_codes: tuple[str, ...] = ()


# --- reading -------------------------------------------------------------------------------
def plan_quarter(start: Quarter, end: Quarter, today: date | None = None) -> Quarter | None:
    """The latest ended quarter within the project period (the grid's status quarter)."""
    from hallbar_desktop.services.grid import status_quarter_of

    return status_quarter_of(start, end, today or date.today())


def _reference(project: Project, period: Period | str | None, as_of: Quarter | str | None,
               today: date | None) -> Quarter | None:
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    if as_of is not None:
        return min(Quarter.parse(as_of) if isinstance(as_of, str) else as_of, end)
    if period is not None:
        return any_period(project, period).end
    return plan_quarter(start, end, today)


def project_periods(project: Project) -> list[Period]:
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    return reporting_periods(start, end, ReportingPeriodKind(project.reporting_period))


def project_period(project: Project, period: Period | str) -> Period:
    """One of the project's reporting periods (``2022H1``), clipped to the project's quarters."""
    code = period.code if isinstance(period, Period) else Period.parse(period).code
    periods = project_periods(project)
    for p in periods:
        if p.code == code:
            return p
    shown = str(period.code if isinstance(period, Period) else period).strip()
    raise ValidationError(
        f"«{shown}» är ingen rapportperiod för {project.code}. Perioder: "
        + ", ".join(p.code for p in periods) + "."
    )


def any_period(project: Project, period: Period | str) -> Period:
    """A reporting period, or any quarter, half-year or year, clipped to the project's quarters
    (what a follow-up or an export may be asked for; reports are written per reporting period)."""
    try:
        return project_period(project, period)
    except ValidationError:
        pass
    p = period if isinstance(period, Period) else Period.parse(period)
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    first, last = max(p.start, start), min(p.end, end)
    if first > last:
        raise ValidationError(
            translate("Plan", "{period} ligger utanför projektperioden för {code} ({start} – {end}).").format(
                period=p.label(), code=project.code, start=quarter_text(start), end=quarter_text(end)))
    return Period(p.code, first, last)


def _info(a: Activity, as_of: Quarter | None, areas: dict[int, tuple[int, str]]) -> ActivityInfo:
    stored = ActivityStatus(a.status)
    start, end = Quarter.parse(a.planned_start), Quarter.parse(a.planned_end)
    closed_in = Quarter.parse(a.closed_quarter) if a.closed_quarter else None
    shown = stored if as_of is None else activity_status(stored, start, end, as_of, closed_in)
    if as_of is None and not stored.closed:
        shown = ActivityStatus.PLANNED
    number, name = areas.get(a.focus_area_id, (None, PROJECT_WIDE)) if a.focus_area_id else (None, PROJECT_WIDE)
    return ActivityInfo(
        id=a.id, code=a.code, name=a.name, description=a.description,
        focus_area_number=number, focus_area_name=name, planned_start=start, planned_end=end,
        responsible=a.responsible, stored_status=stored, status=shown, closed_in=closed_in,
        indicator_codes=tuple(i.code for i in a.indicators),
        reports=tuple(ActivityReportInfo(r.period, Period.parse(r.period).label(), r.done, r.outcome)
                      for r in a.reports),
        version=a.version,
    )


def _activities(session: Session, project: Project) -> list[Activity]:
    from sqlalchemy.orm import selectinload

    from hallbar_desktop.store.models import Activity

    return list(session.scalars(
        select(Activity).where(Activity.project_id == project.id)
        .options(selectinload(Activity.indicators), selectinload(Activity.reports))
        .order_by(Activity.position, Activity.id)
    ))


def _area_names(project: Project) -> dict[int, tuple[int, str]]:
    return {a.id: (a.number, a.name) for a in project.focus_areas}


def _ordered(infos: list[ActivityInfo], project: Project) -> list[ActivityInfo]:
    """Focus area by focus area (in the project's order), project-wide activities last."""
    order = {a.number: i for i, a in enumerate(project.focus_areas)}
    return sorted(infos, key=lambda a: order.get(a.focus_area_number, len(order))
                  if a.focus_area_number is not None else len(order) + 1)


def activity_plan(
    session: Session,
    project_code: str,
    *,
    period: Period | str | None = None,
    as_of: Quarter | str | None = None,
    today: date | None = None,
) -> ActivityPlan:
    """The project's activities with their status at ``as_of`` (default: the end of ``period``,
    or the latest ended quarter of the project)."""
    project = get_project(session, project_code)
    reference = _reference(project, period, as_of, today)
    areas = _area_names(project)
    infos = [_info(a, reference, areas) for a in _activities(session, project)]
    return ActivityPlan(
        project_code=project.code, project_name=project.name, as_of=reference,
        focus_areas=tuple((a.number, a.name) for a in project.focus_areas if not a.archived),
        activities=tuple(_ordered(infos, project)),
        periods=tuple(p.code for p in project_periods(project)),
    )


def get_activity(session: Session, project_code: str, activity_code: str, *,
                 today: date | None = None) -> ActivityInfo:
    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    return _info(a, _reference(project, None, None, today), _area_names(project))


def _activity(session: Session, project: Project, code: str) -> Activity:
    from hallbar_desktop.store.models import Activity

    wanted = code.strip()
    found = session.scalars(select(Activity).where(
        Activity.project_id == project.id, func.lower(Activity.code) == wanted.lower())).first()
    if found is None:
        codes = session.scalars(select(Activity.code).where(Activity.project_id == project.id)
                                .order_by(Activity.position, Activity.id)).all()
        raise NotFound(translate("Plan", "{code} har ingen aktivitet med koden «{wanted}». Aktiviteter: "
                                         "{value}.").format(
                           code=project.code, wanted=wanted, value=', '.join(codes) or translate("Plan", "inga ännu")))
    return found


# --- writing -------------------------------------------------------------------------------
def _text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(translate("Plan", "{what} ska vara text.").format(what=what))
    if "\x00" in value:
        raise ValidationError(translate("Plan", "{what} innehåller ett otillåtet tecken.").format(what=what))
    if len(value) > limit:
        raise ValidationError(translate("Plan", "{what} är för lång (högst {limit} tecken).").format(
                                  what=what, limit=limit))
    return value.strip()


def _quarter(value: Quarter | str, what: str) -> Quarter:
    try:
        return value if isinstance(value, Quarter) else Quarter.parse(value)
    except DomainError as exc:
        raise ValidationError(translate("Plan", "{what}: {message}").format(what=what, message=exc.message)) from exc


def _state(a: Activity) -> dict[str, object]:
    return {"code": a.code, "name": a.name, "description": a.description,
            "focus_area": a.focus_area.number if a.focus_area is not None else None,
            "planned_start": a.planned_start, "planned_end": a.planned_end, "responsible": a.responsible,
            "status": a.status, "closed_quarter": a.closed_quarter,
            "indicators": [i.code for i in a.indicators]}


def _apply(session: Session, project: Project, a: Activity, fields: ActivityFields,
           today: date | None) -> None:
    from hallbar_desktop.services.lookup import get_focus_area, get_indicator

    code = _text(fields.code, translate("Plan", "Aktivitetens kod"), 40)
    if not code:
        raise ValidationError(translate("Plan", "Ange en kod för aktiviteten, t.ex. A1.1."))
    name = _text(fields.name, translate("Plan", "Aktivitetens namn"), 300)
    if not name:
        raise ValidationError(translate("Plan", "Ange ett namn på aktiviteten."))
    from hallbar_desktop.store.models import Activity

    clash = session.scalars(select(Activity).where(
        Activity.project_id == project.id, func.lower(Activity.code) == code.lower())).first()
    if clash is not None and clash is not a:
        raise ValidationError(translate("Plan", "{code} har redan en aktivitet med koden «{code2}».").format(
                                  code=project.code, code2=clash.code))
    start = _quarter(fields.planned_start, translate("Plan", "Planerad start"))
    end = _quarter(fields.planned_end, translate("Plan", "Planerat slut"))
    p_start, p_end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    try:
        check_plan(start, end, p_start, p_end)
        status = fields.status if isinstance(fields.status, ActivityStatus) else ActivityStatus.parse(fields.status)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc
    closed_in: Quarter | None = None
    if status.closed:
        if fields.closed_in is not None:
            closed_in = _quarter(fields.closed_in, translate("Plan", "Kvartalet då aktiviteten avslutades"))
        elif a.closed_quarter and ActivityStatus(a.status).closed:  # closed before: keep its quarter
            closed_in = Quarter.parse(a.closed_quarter)
        else:
            closed_in = min(max(Quarter.current(today), p_start), p_end)
        if not p_start <= closed_in <= p_end:
            raise ValidationError(
                translate("Plan", "{closed_in} ligger utanför projektperioden ({p_start} – {p_end}).").format(
                    closed_in=quarter_text(closed_in), p_start=quarter_text(p_start), p_end=quarter_text(p_end)))
        if closed_in < start and status is ActivityStatus.DONE:
            raise ValidationError(
                translate("Plan", "Aktiviteten kan inte vara genomförd {closed_in}, före sin start {start}.").format(
                    closed_in=quarter_text(closed_in), start=quarter_text(start)))
    area = (get_focus_area(session, project, fields.focus_area_number)
            if fields.focus_area_number is not None else None)
    indicators = []
    for c in dict.fromkeys(fields.indicator_codes):
        indicators.append(get_indicator(session, project, c))
    a.code, a.name = code, name
    a.description = _text(fields.description, translate("Plan", "Beskrivningen"))
    a.responsible = _text(fields.responsible, translate("Plan", "Ansvarig"), 300)
    a.planned_start, a.planned_end = str(start), str(end)
    a.status = status.value
    a.closed_quarter = str(closed_in) if closed_in else None
    a.focus_area_id = area.id if area is not None else None
    a.focus_area = area
    a.indicators = indicators


def create_activity(session: Session, project_code: str, fields: ActivityFields, actor: Actor, *,
                    today: date | None = None) -> ActivityInfo:
    """Add an activity to the plan (last in its focus area)."""
    from hallbar_desktop.store.models import Activity

    project = get_project(session, project_code)
    position = (session.scalar(select(func.max(Activity.position)).where(Activity.project_id == project.id))
                or 0) + 1
    a = Activity(project_id=project.id, position=position, description="", responsible="")
    _apply(session, project, a, fields, today)
    session.add(a)
    session.flush()
    project_audit(session, project.id, "activity", None, _state(a), actor)
    return _info(a, _reference(project, None, None, today), _area_names(project))


def update_activity(session: Session, project_code: str, activity_code: str, fields: ActivityFields,
                    actor: Actor, *, today: date | None = None, seen_version: int | None = None) -> ActivityInfo:
    """Change an activity (its code too); unchanged fields are written back as they were.
    ``seen_version``: the version the form was filled from; the save is refused (nothing written
    over) when someone else has saved the activity since."""
    from hallbar_desktop.services.conflicts import refuse_if_changed, who_changed

    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    refuse_if_changed(
        a.version, seen_version, saved=translate("Conflicts", "aktiviteten {code}").format(code=a.code),
        now=translate("Conflicts", "nu heter den «{name}», ansvarig «{responsible}», status «{status}»").format(
            name=a.name, responsible=a.responsible or '–',
            status=translate("Labels", ActivityStatus(a.status).label_sv())),
        who=lambda: who_changed(session, project.id, ("activity", "activity_edit"), {"code": a.code}))
    before = _state(a)
    _apply(session, project, a, fields, today)
    session.flush()
    after = _state(a)
    if after != before:
        project_audit(session, project.id, "activity_edit", before, after, actor)
    return _info(a, _reference(project, None, None, today), _area_names(project))


def set_activity_status(session: Session, project_code: str, activity_code: str,
                        status: ActivityStatus | str, actor: Actor, *, closed_in: Quarter | str | None = None,
                        today: date | None = None) -> ActivityInfo:
    """Mark an activity planned, ongoing, delayed, carried out or cancelled."""
    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    current = activity_fields(a)
    fields = ActivityFields(**{**current.__dict__, "status": status, "closed_in": closed_in})
    return update_activity(session, project.code, a.code, fields, actor, today=today)


def activity_fields_of(session: Session, project_code: str, activity_code: str) -> ActivityFields:
    """The activity as editable fields (what an edit dialog starts from)."""
    project = get_project(session, project_code)
    return activity_fields(_activity(session, project, activity_code))


def activity_fields(a: Activity) -> ActivityFields:
    return ActivityFields(
        code=a.code, name=a.name, planned_start=a.planned_start, planned_end=a.planned_end,
        focus_area_number=a.focus_area.number if a.focus_area is not None else None,
        description=a.description, responsible=a.responsible, status=a.status,
        closed_in=a.closed_quarter, indicator_codes=tuple(i.code for i in a.indicators),
    )


def delete_activity(session: Session, project_code: str, activity_code: str, actor: Actor) -> None:
    """Remove an activity and its reports (kept in the audit trail)."""
    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    before = _state(a) | {"reports": {r.period: {"done": r.done, "outcome": r.outcome} for r in a.reports}}
    session.delete(a)
    session.flush()
    project_audit(session, project.id, "activity_delete", before, None, actor)


def move_activity(session: Session, project_code: str, activity_code: str, offset: int, actor: Actor) -> bool:
    """Move an activity up (-1) or down (+1) among the activities of its focus area."""
    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    same = [x for x in _activities(session, project) if x.focus_area_id == a.focus_area_id]
    i = same.index(a)
    j = i + offset
    if offset == 0 or not 0 <= j < len(same):
        return False
    other = same[j]
    a.position, other.position = other.position, a.position
    if a.position == other.position:  # equal positions (added in bulk): renumber first
        for n, x in enumerate(same):
            x.position = n
        a.position, other.position = other.position, a.position
    session.flush()
    project_audit(session, project.id, "activity_move", {"code": a.code, "position": i},
                  {"code": a.code, "position": j}, actor)
    return True


def set_activity_report(session: Session, project_code: str, activity_code: str, period: Period | str,
                        actor: Actor, *, done: str, outcome: str) -> bool:
    """Write what was done in the activity during ``period`` and its outcome; False if unchanged.

    Both texts empty removes the report of that period.
    """
    from hallbar_desktop.store.models import ActivityReport

    project = get_project(session, project_code)
    a = _activity(session, project, activity_code)
    p = project_period(project, period)
    clean_done = _text(done, translate("Plan", "Texten om vad som gjorts"))
    clean_outcome = _text(outcome, translate("Plan", "Texten om utfallet"))
    row = next((r for r in a.reports if r.period == p.code), None)
    before = {"done": row.done, "outcome": row.outcome} if row is not None else None
    after = {"done": clean_done, "outcome": clean_outcome} if (clean_done or clean_outcome) else None
    if before == after:
        return False
    if after is None:
        assert row is not None
        a.reports.remove(row)
    else:
        if row is None:
            row = ActivityReport(period=p.code, done="", outcome="")
            a.reports.append(row)
        row.done, row.outcome = clean_done, clean_outcome
    session.flush()
    project_audit(session, project.id, "activity_report",
                  {"activity": a.code, "period": p.code, **(before or {})},
                  {"activity": a.code, "period": p.code, **(after or {})}, actor, quarter=p.end)
    return True


# --- the period's own texts ---------------------------------------------------------------
@dataclass(frozen=True)
class PeriodTexts:
    period: str
    period_label: str
    unforeseen: str  # Oförutsedda resultat och effekter


def period_texts(session: Session, project_code: str, period: Period | str) -> PeriodTexts:
    from hallbar_desktop.store.models import PeriodReport

    project = get_project(session, project_code)
    p = project_period(project, period)
    row = session.scalars(select(PeriodReport).where(
        PeriodReport.project_id == project.id, PeriodReport.period == p.code)).first()
    return PeriodTexts(p.code, p.label(), row.unforeseen if row is not None else "")


def set_unforeseen(session: Session, project_code: str, period: Period | str, text: str, actor: Actor) -> bool:
    """The period's text on unforeseen results and effects; False when unchanged."""
    from hallbar_desktop.store.models import PeriodReport

    project = get_project(session, project_code)
    p = project_period(project, period)
    clean = _text(text, translate("Plan", "Texten om oförutsedda resultat och effekter"))
    row = session.scalars(select(PeriodReport).where(
        PeriodReport.project_id == project.id, PeriodReport.period == p.code)).first()
    before = row.unforeseen if row is not None else ""
    if before == clean:
        return False
    if row is None:
        row = PeriodReport(project_id=project.id, period=p.code, unforeseen="")
        session.add(row)
    row.unforeseen = clean
    session.flush()
    project_audit(session, project.id, "period_text", {"period": p.code, "unforeseen": before},
                  {"period": p.code, "unforeseen": clean}, actor, quarter=p.end)
    return True
