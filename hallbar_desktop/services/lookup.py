"""Finding what the user named, with messages that list what exists instead; and the plain
records (``*_info``) made from ORM objects or from rows read without the ORM.

This module does not load the ORM: the window's first frame uses its plain reads and
converters, and the functions that return ORM objects import the mapped classes when called.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, func, select

from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
from hallbar_desktop.domain.status import Thresholds
from hallbar_desktop.errors import NotFound
from hallbar_desktop.services.views import (
    FocusAreaInfo,
    FundingInfo,
    IndicatorInfo,
    MeasurementInfo,
    ProjectInfo,
)
from hallbar_desktop.store import tables
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import FocusArea, Indicator, Measurement, Project


def _q(text: str | None) -> Quarter | None:
    return Quarter.parse(text) if text else None


def get_project(session: Session, code: str) -> Project:
    from hallbar_desktop.store.models import Project

    project = session.scalars(select(Project).where(_project_code_is(Project.code, code))).first()
    if project is None:
        raise _no_project(session, code)
    return project


def project_row(session: Session | Connection, code: str) -> Any:
    """The project's row as plain columns (no ORM instance), found as :func:`get_project`
    finds it, with the same message when there is none."""
    table = tables.project
    row = session.execute(select(table).where(_project_code_is(table.c.code, code))).first()
    if row is None:
        raise _no_project(session, code)
    return row


def _project_code_is(column: Any, code: str) -> Any:
    """Project codes match whatever their case, and around spaces typed by mistake."""
    return func.lower(column) == code.strip().lower()


def _no_project(session: Session | Connection, code: str) -> NotFound:
    c = tables.project.c
    codes = session.scalars(select(c.code).order_by(c.code)).all()
    known = ", ".join(codes) if codes else translate("Lookup", "registret har inga projekt ännu")
    return NotFound(translate("Lookup", "Det finns inget projekt med koden «{code}». Projekt: {known}.").format(
                        code=code.strip(), known=known))


def get_focus_area(session: Session, project: Project, number: int) -> FocusArea:
    from hallbar_desktop.store.models import FocusArea

    area = session.scalars(
        select(FocusArea).where(FocusArea.project_id == project.id, FocusArea.number == number)
    ).first()
    if area is None:
        numbers = ", ".join(str(a.number) for a in project.focus_areas)
        raise NotFound(
            translate("Lookup", "Projektet {code} har inget insatsområde {number}. Insatsområden: {numbers}.").format(
                code=project.code, number=number, numbers=numbers)
        )
    return area


def get_indicator(session: Session, project: Project, code: str, *, targets: bool = True) -> Indicator:
    """``targets=False``: the intermediate targets are not loaded with it (a write of values
    needs none of them; they load when asked for)."""
    from sqlalchemy.orm import selectinload

    from hallbar_desktop.store.models import Indicator

    wanted = code.strip()
    of_project = select(Indicator).where(Indicator.project_id == project.id)
    if targets:
        of_project = of_project.options(selectinload(Indicator.intermediate_targets))
    # Codes are unique within a project whatever their case (projects.create_indicator), so the
    # code as stored, found at once through the unique index, is the one match; only a code typed
    # in another case needs the search through every code of the project.
    indicator = session.scalars(of_project.where(Indicator.code == wanted)).first()
    if indicator is None:
        indicator = session.scalars(of_project.where(func.lower(Indicator.code) == wanted.lower())).first()
    if indicator is None:
        codes = session.scalars(
            select(Indicator.code)
            .where(Indicator.project_id == project.id)
            .order_by(Indicator.position, Indicator.code)
        ).all()
        raise NotFound(
            translate("Lookup", "Projektet {code} har ingen indikator med koden «{wanted}». Koder: {value}.").format(
                code=project.code, wanted=wanted, value=', '.join(codes) or translate("Lookup", "inga"))
        )
    return indicator


def project_info(project: Project) -> ProjectInfo:
    return ProjectInfo(
        id=project.id,
        code=project.code,
        name=project.name,
        owner=project.owner,
        case_number=project.case_number,
        call=project.call,
        funder=project.funder,
        description=project.description,
        start=Quarter.parse(project.start_quarter),
        end=Quarter.parse(project.end_quarter),
        reporting_period=ReportingPeriodKind(project.reporting_period),
        project_leader=project.project_leader,
        project_leader_role=project.project_leader_role,
        contact_name=project.contact_name,
        thresholds=Thresholds(green=project.green_threshold, yellow=project.yellow_threshold),
        example_data=project.example_data,
        example_note=project.example_note,
        funding=tuple(FundingInfo(f.source, f.amount_sek, f.note) for f in project.funding),
        version=getattr(project, "version", 1),
    )


def focus_area_info(area: FocusArea) -> FocusAreaInfo:
    return FocusAreaInfo(
        id=area.id,
        project_id=area.project_id,
        number=area.number,
        name=area.name,
        purpose=area.purpose,
        archived=area.archived,
        version=getattr(area, "version", 1),
    )


def indicator_info(indicator: Indicator, focus_area_number: int | None = None) -> IndicatorInfo:
    number = (
        focus_area_number if focus_area_number is not None else indicator.focus_area.number
    )
    return IndicatorInfo(
        id=indicator.id,
        project_id=indicator.project_id,
        focus_area_id=indicator.focus_area_id,
        focus_area_number=number,
        code=indicator.code,
        name=indicator.name,
        description=indicator.description,
        data_source=indicator.data_source,
        responsible=indicator.responsible,
        effect_level=EffectLevel(indicator.effect_level),
        kind=IndicatorKind(indicator.kind),
        unit=indicator.unit,
        direction=Direction(indicator.direction),
        accumulation=accumulation_of(indicator.kind, indicator.accumulation),
        baseline=indicator.baseline,
        baseline_quarter=_q(indicator.baseline_quarter),
        target=indicator.target,
        target_quarter=_q(indicator.target_quarter),
        split_by_sex=indicator.split_by_sex,
        intermediate_targets=tuple(
            (Quarter.parse(t.quarter), t.value) for t in indicator.intermediate_targets
        ),
        archived=indicator.archived,
        version=getattr(indicator, "version", 1),
    )


def accumulation_of(kind: str, accumulation: str) -> Accumulation:
    """How the indicator's quarters add up. A share is never summed (three quarters at 60 % are
    not 180 %): a register made before that rule may hold a share stored as a flow, read as a level."""
    if kind == IndicatorKind.PERCENT:
        return Accumulation.LEVEL
    return Accumulation(accumulation)


def measurement_info(m: Measurement | Row[Any] | Any) -> MeasurementInfo:
    """From an ORM row or a plain result row with the same column names (the grid reads those)."""
    return MeasurementInfo(
        indicator_id=m.indicator_id,
        quarter=Quarter.parse(m.quarter),
        value=m.value,
        numerator=m.numerator,
        denominator=m.denominator,
        women=m.women,
        men=m.men,
        other=m.other,
        reached_on=m.reached_on,
        comment=m.comment,
        entered_by=m.entered_by,
        entered_at=m.entered_at,
        source=m.source,
        version=m.version,
    )


def measurement_infos(session: Session | Connection, indicator_ids: list[int],
                      until: Quarter | None = None) -> dict[int, list[MeasurementInfo]]:
    """Plain values of many indicators at once, read as rows (no ORM objects): the grid of a
    large project reads thousands, and building ORM instances for them costs more than the query."""
    result: dict[int, list[MeasurementInfo]] = {i: [] for i in indicator_ids}
    if not indicator_ids:
        return result
    t = tables.measurement.c
    stmt = (
        select(*(t[f.name] for f in fields(MeasurementInfo)))  # the columns of the same names, in order
        .where(t.indicator_id.in_(indicator_ids))
        .order_by(t.indicator_id, t.quarter)
    )
    if until is not None:  # "2021Q3" sorts as a quarter: year first, then the quarter
        stmt = stmt.where(t.quarter <= str(until))
    # A grid of 100 000 values makes as many of these: filled as one dict rather than through the
    # frozen dataclass's __init__ (a call per field); the same object, compared and pickled alike.
    parse = Quarter.parse
    quarters: dict[str, Quarter] = {}  # the few dozen quarters, each parsed once
    new = object.__new__
    fill = object.__setattr__
    for rows in session.execute(stmt).partitions(2000):  # fetched many at a time, not one by one
        for (indicator_id, quarter, value, numerator, denominator, women, men, other, reached_on, comment,
             entered_by, entered_at, source, version) in rows:
            q = quarters.get(quarter)
            if q is None:
                q = quarters[quarter] = parse(quarter)
            info = new(MeasurementInfo)
            fill(info, "__dict__", {
                "indicator_id": indicator_id, "quarter": q, "value": value, "numerator": numerator,
                "denominator": denominator, "women": women, "men": men, "other": other, "reached_on": reached_on,
                "comment": comment, "entered_by": entered_by, "entered_at": entered_at, "source": source,
                "version": version})
            result[indicator_id].append(info)
    return result
