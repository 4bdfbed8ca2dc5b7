"""Creating and editing projects, focus areas and indicators, with the register's rules.

The rules checked here are those a steering group would otherwise find in a report: codes
unique within a project, targets that fit the indicator's kind and direction, deadlines that
do not fall before the project starts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.follow_up import last_quarter
from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
from hallbar_desktop.domain.status import Thresholds
from hallbar_desktop.domain.units import checked_unit
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.lookup import (
    focus_area_info,
    get_focus_area,
    get_indicator,
    get_project,
    indicator_info,
    project_info,
)
from hallbar_desktop.services.views import FocusAreaInfo, IndicatorInfo, ProjectInfo
from hallbar_desktop.store.models import (
    FocusArea,
    FundingSource,
    Indicator,
    IntermediateTarget,
    Measurement,
    Project,
)
from hallbar_desktop.texts import quarter_text, translate


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class FundingFields:
    source: str
    amount_sek: float | None = None
    note: str = ""


@dataclass(frozen=True)
class ProjectFields:
    code: str
    name: str
    start: Quarter
    end: Quarter
    owner: str = ""
    case_number: str = ""
    call: str = ""
    funder: str = ""
    description: str = ""
    reporting_period: ReportingPeriodKind = ReportingPeriodKind.HALF_YEAR
    project_leader: str = ""
    project_leader_role: str = ""
    contact_name: str = ""
    thresholds: Thresholds = field(default_factory=Thresholds)
    example_data: bool = False
    example_note: str = ""
    source_note: str = ""
    funding: tuple[FundingFields, ...] = ()


@dataclass(frozen=True)
class FocusAreaFields:
    number: int
    name: str
    purpose: str = ""


@dataclass(frozen=True)
class IndicatorFields:
    code: str
    name: str
    focus_area_number: int
    kind: IndicatorKind
    unit: str = ""
    direction: Direction = Direction.HIGHER
    accumulation: Accumulation = Accumulation.LEVEL
    effect_level: EffectLevel = EffectLevel.OUTPUT
    description: str = ""
    data_source: str = ""
    responsible: str = ""
    baseline: float | None = None
    baseline_quarter: Quarter | None = None
    target: float | None = None
    target_quarter: Quarter | None = None
    split_by_sex: bool = False
    intermediate_targets: tuple[tuple[Quarter, float], ...] = ()


def _require(text: str, what: str, limit: int) -> str:
    value = text.strip()
    if not value:
        raise ValidationError(translate("Structure", "{what} saknas.").format(what=what))
    if len(value) > limit:
        raise ValidationError(translate("Structure", "{what} är för lång (högst {limit} tecken).").format(
                                  what=what, limit=limit))
    return value


def _check_project(fields: ProjectFields) -> None:
    _require(fields.code, translate("Structure", "Projektkoden"), 40)
    _require(fields.name, translate("Structure", "Projektnamnet"), 300)
    if fields.end < fields.start:
        raise ValidationError(
            translate("Structure", "Projektet slutar ({end}) före det börjar ({start}).").format(
                end=quarter_text(fields.end), start=quarter_text(fields.start))
        )
    for funding in fields.funding:
        if funding.amount_sek is not None and (
            not math.isfinite(funding.amount_sek) or funding.amount_sek < 0
        ):
            raise ValidationError(translate("Structure", "Beloppet för {source} måste vara 0 kr eller mer.").format(
                                      source=funding.source))


def _apply_project(project: Project, fields: ProjectFields) -> None:
    project.code = fields.code.strip()
    project.name = fields.name.strip()
    project.owner = fields.owner
    project.case_number = fields.case_number
    project.call = fields.call
    project.funder = fields.funder
    project.description = fields.description
    project.start_quarter = str(fields.start)
    project.end_quarter = str(fields.end)
    project.reporting_period = fields.reporting_period.value
    project.project_leader = fields.project_leader
    project.project_leader_role = fields.project_leader_role
    project.contact_name = fields.contact_name
    project.green_threshold = fields.thresholds.green
    project.yellow_threshold = fields.thresholds.yellow
    project.example_data = fields.example_data
    project.example_note = fields.example_note
    project.source_note = fields.source_note
    current = [(f.source, f.amount_sek, f.note) for f in project.funding]
    if current != [(f.source, f.amount_sek, f.note) for f in fields.funding]:  # unchanged: keep the rows
        project.funding = [
            FundingSource(position=i, source=f.source, amount_sek=f.amount_sek, note=f.note)
            for i, f in enumerate(fields.funding)
        ]


def create_project(session: Session, fields: ProjectFields) -> ProjectInfo:
    _check_project(fields)
    clash = session.scalars(
        select(Project.id).where(func.lower(Project.code) == fields.code.strip().lower())
    ).first()
    if clash is not None:
        raise ValidationError(translate("Structure", "Det finns redan ett projekt med koden {code}.").format(
                                  code=fields.code.strip()))
    project = Project(created_at=utcnow())
    _apply_project(project, fields)
    session.add(project)
    session.flush()
    return project_info(project)


def update_project(session: Session, code: str, fields: ProjectFields, *,
                   seen_version: int | None = None) -> ProjectInfo:
    """Save the project's fields. ``seen_version``: the version the form was filled from; the save
    is refused (nothing written over) when someone else has saved the project since."""
    from hallbar_desktop.services.conflicts import refuse_if_changed

    project = get_project(session, code)
    refuse_if_changed(
        project.version, seen_version, saved=translate("Conflicts", "projektet {code}").format(code=project.code),
        now=translate("Conflicts", "nu heter det «{name}», projektledare «{leader}», {start}–{end}").format(
            name=project.name, leader=project.project_leader or '–',
            start=quarter_text(Quarter.parse(project.start_quarter)),
            end=quarter_text(Quarter.parse(project.end_quarter))))
    _check_project(fields)
    if fields.code.strip().lower() != project.code.lower():
        clash = session.scalars(
            select(Project.id).where(func.lower(Project.code) == fields.code.strip().lower())
        ).first()
        if clash is not None:
            raise ValidationError(translate("Structure", "Det finns redan ett projekt med koden {code}.").format(
                                      code=fields.code.strip()))
    # Values after the end are allowed up to the deadline of an indicator followed up after it.
    followed_until = case((Indicator.target_quarter > str(fields.end), Indicator.target_quarter), else_=str(fields.end))
    outside = session.scalars(
        select(Measurement.quarter)
        .join(Indicator)
        .where(
            Indicator.project_id == project.id,
            (Measurement.quarter < str(fields.start)) | (Measurement.quarter > followed_until),
        )
    ).first()
    if outside is not None:
        raise ValidationError(
            translate("Structure", "Det finns värden för {quarter}, utanför den nya projektperioden. Ta bort dem först "
                                   "eller välj en period som omfattar dem.").format(
                quarter=quarter_text(Quarter.parse(outside)))
        )
    _apply_project(project, fields)
    session.flush()
    return project_info(project)


def create_focus_area(session: Session, project_code: str, fields: FocusAreaFields) -> FocusAreaInfo:
    project = get_project(session, project_code)
    _require(fields.name, translate("Structure", "Insatsområdets namn"), 300)
    if fields.number < 1:
        raise ValidationError(translate("Structure", "Insatsområdets nummer måste vara 1 eller högre."))
    if any(a.number == fields.number for a in project.focus_areas):
        raise ValidationError(
            translate("Structure", "Projektet {code} har redan ett insatsområde {number}.").format(
                code=project.code, number=fields.number)
        )
    area = FocusArea(
        number=fields.number,
        name=fields.name.strip(),
        purpose=fields.purpose,
        position=max((a.position for a in project.focus_areas), default=-1) + 1,
    )
    project.focus_areas.append(area)
    session.flush()
    return focus_area_info(area)


def update_focus_area(
    session: Session, project_code: str, number: int, fields: FocusAreaFields, *, seen_version: int | None = None
) -> FocusAreaInfo:
    """Save the focus area's fields; ``seen_version`` as for :func:`update_project`."""
    from hallbar_desktop.services.conflicts import refuse_if_changed

    project = get_project(session, project_code)
    area = get_focus_area(session, project, number)
    purpose = (area.purpose[:60] + "…") if len(area.purpose) > 60 else area.purpose
    refuse_if_changed(area.version, seen_version,
                      saved=translate("Conflicts", "insatsområde {number} i {code}").format(
                          number=area.number, code=project.code),
                      now=translate("Conflicts", "nu heter det «{name}», syftet är «{purpose}»").format(
                          name=area.name, purpose=purpose or '–'))
    _require(fields.name, translate("Structure", "Insatsområdets namn"), 300)
    if fields.number != number and any(a.number == fields.number for a in project.focus_areas):
        raise ValidationError(
            translate("Structure", "Projektet {code} har redan ett insatsområde {number}.").format(
                code=project.code, number=fields.number)
        )
    area.number = fields.number
    area.name = fields.name.strip()
    area.purpose = fields.purpose
    session.flush()
    return focus_area_info(area)


def check_indicator(project: Project, fields: IndicatorFields) -> None:
    """Consistency of an indicator's definition with its kind, direction and project period."""
    _require(fields.code, translate("Structure", "Indikatorns kod"), 40)
    _require(fields.name, translate("Structure", "Indikatorns namn"), 300)
    kind = fields.kind
    try:
        checked_unit(kind, fields.unit)
    except DomainError as exc:
        raise ValidationError(translate("Structure", "Indikatorn {code}: {message}").format(
                                  code=fields.code.strip(), message=exc.message)) from None
    for label, number in ((translate("Structure", "Utgångsvärdet"), fields.baseline),
                          (translate("Structure", "Målvärdet"), fields.target)):
        if number is None:
            continue
        if not math.isfinite(number):
            raise ValidationError(translate("Structure", "{label} måste vara ett tal.").format(label=label))
        if kind is IndicatorKind.PERCENT and not 0 <= number <= 100:
            raise ValidationError(translate("Structure", "{label} för en andel måste ligga mellan 0 och 100 %.").format(
                                      label=label))
        if kind in (IndicatorKind.COUNT, IndicatorKind.AMOUNT, IndicatorKind.QUANTITY) and number < 0:
            raise ValidationError(translate("Structure", "{label} kan inte vara negativt.").format(label=label))
        if kind is IndicatorKind.COUNT and number != int(number):
            raise ValidationError(translate("Structure", "{label} för ett antal måste vara ett heltal.").format(
                                      label=label))
        if kind is IndicatorKind.MILESTONE and number not in (0, 1):
            raise ValidationError(translate("Structure", "{label} för en milstolpe är 0 (ej uppnådd) eller 1 "
                                                         "(uppnådd).").format(label=label))
    if (
        fields.baseline is not None
        and fields.target is not None
        and kind is not IndicatorKind.MILESTONE
    ):
        if fields.direction is Direction.HIGHER and fields.target < fields.baseline:
            raise ValidationError(
                translate("Structure", "Målvärdet är lägre än utgångsvärdet, men indikatorn är satt till «högre är "
                                       "bättre». Ändra riktningen eller målvärdet.")
            )
        if fields.direction is Direction.LOWER and fields.target > fields.baseline:
            raise ValidationError(
                translate("Structure", "Målvärdet är högre än utgångsvärdet, men indikatorn är satt till «lägre är "
                                       "bättre». Ändra riktningen eller målvärdet.")
            )
    start = Quarter.parse(project.start_quarter)
    if fields.target_quarter is not None and fields.target_quarter < start:
        raise ValidationError(
            translate("Structure", "Måldatum {target_quarter} ligger före projektets start ({start}).").format(
                target_quarter=quarter_text(fields.target_quarter), start=quarter_text(start))
        )
    if (
        fields.baseline_quarter is not None
        and fields.target_quarter is not None
        and fields.target_quarter < fields.baseline_quarter
    ):
        raise ValidationError(translate("Structure", "Målvärdets kvartal ligger före utgångsvärdets kvartal."))
    if kind is IndicatorKind.PERCENT and fields.accumulation is Accumulation.FLOW:
        raise ValidationError(
            translate("Structure", "Indikatorn {code} är en andel (%), och andelar summeras inte över kvartal (tre "
                                   "kvartal med 60 % blir inte 180 %). Välj nivå (accumulation = \"level\") för "
                                   "andelen, eller räkna antalet som ett flöde (kind = \"count\").").format(
                code=fields.code.strip())
        )
    if fields.split_by_sex and kind is not IndicatorKind.COUNT:
        raise ValidationError(translate("Structure", "Uppdelning på kön gäller bara indikatorer som räknar antal."))
    seen: set[Quarter] = set()
    for quarter, value in fields.intermediate_targets:
        if quarter in seen:
            raise ValidationError(translate("Structure", "Två delmål för {quarter}.").format(
                                      quarter=quarter_text(quarter)))
        seen.add(quarter)
        if not math.isfinite(value):
            raise ValidationError(translate("Structure", "Ett delmål måste vara ett tal."))
        if kind is IndicatorKind.PERCENT and not 0 <= value <= 100:
            raise ValidationError(translate("Structure", "Delmål för en andel måste ligga mellan 0 och 100 %."))
        if fields.target_quarter is not None and quarter > fields.target_quarter:
            raise ValidationError(
                translate("Structure", "Delmålet för {quarter} ligger efter måldatum {target_quarter}.").format(
                    quarter=quarter_text(quarter), target_quarter=quarter_text(fields.target_quarter))
            )


def indicator_columns(fields: IndicatorFields) -> dict[str, object]:
    """The indicator's own columns as ``fields`` sets them (not its area, position or targets)."""
    return {
        "code": fields.code.strip(),
        "name": fields.name.strip(),
        "description": fields.description,
        "data_source": fields.data_source,
        "responsible": fields.responsible,
        "effect_level": fields.effect_level.value,
        "kind": fields.kind.value,
        "unit": checked_unit(fields.kind, fields.unit),
        "direction": fields.direction.value,
        "accumulation": fields.accumulation.value,
        "baseline": fields.baseline,
        "baseline_quarter": str(fields.baseline_quarter) if fields.baseline_quarter else None,
        "target": fields.target,
        "target_quarter": str(fields.target_quarter) if fields.target_quarter else None,
        "split_by_sex": fields.split_by_sex,
    }


def code_taken(code: str, project_code: str) -> ValidationError:
    return ValidationError(translate("Structure", "Koden {code} används redan i projektet {project_code}.").format(
                               code=code.strip(), project_code=project_code))


def kind_change_refused() -> ValidationError:
    return ValidationError(
        translate("Structure", "Indikatorns typ kan inte ändras när den har värden. Skapa en ny indikator i stället.")
    )


def _apply_indicator(indicator: Indicator, area: FocusArea, fields: IndicatorFields) -> None:
    indicator.focus_area = area
    for name, value in indicator_columns(fields).items():
        setattr(indicator, name, value)
    wanted = {str(q): v for q, v in fields.intermediate_targets}
    for existing in list(indicator.intermediate_targets):
        if existing.quarter in wanted:
            existing.value = wanted.pop(existing.quarter)
        else:
            indicator.intermediate_targets.remove(existing)
    for quarter, value in sorted(wanted.items()):
        indicator.intermediate_targets.append(IntermediateTarget(quarter=quarter, value=value))


def create_indicator(session: Session, project_code: str, fields: IndicatorFields) -> IndicatorInfo:
    project = get_project(session, project_code)
    check_indicator(project, fields)
    area = get_focus_area(session, project, fields.focus_area_number)
    if any(i.code.lower() == fields.code.strip().lower() for i in project.indicators):
        raise code_taken(fields.code, project.code)
    indicator = Indicator(
        project=project,
        position=max((i.position for i in project.indicators), default=-1) + 1,
    )
    _apply_indicator(indicator, area, fields)
    session.add(indicator)
    session.flush()
    return indicator_info(indicator)


def update_indicator(
    session: Session, project_code: str, code: str, fields: IndicatorFields, *, seen_version: int | None = None
) -> IndicatorInfo:
    """Save the indicator's fields. ``seen_version``: the version the form was filled from; the
    save is refused (nothing written over) when someone else has saved the indicator since."""
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    if seen_version is not None and indicator.version != seen_version:
        from hallbar_desktop.errors import Conflict

        raise Conflict(
            translate("Structure", "Någon annan har sparat indikatorn {code} sedan du öppnade den (nu heter den "
                                   "«{name}», ansvarig «{value}»). Dina ändringar sparades inte, så inget skrevs "
                                   "över. Öppna indikatorn igen och gör ändringarna på nytt.").format(
                code=indicator.code, name=indicator.name, value=indicator.responsible or '–')
        )
    check_indicator(project, fields)
    area = get_focus_area(session, project, fields.focus_area_number)
    new_code = fields.code.strip().lower()
    if new_code != indicator.code.lower() and any(
        i.code.lower() == new_code for i in project.indicators
    ):
        raise code_taken(fields.code, project.code)
    if fields.kind.value != indicator.kind and indicator.measurements:
        raise kind_change_refused()
    _check_follow_up_values(project, indicator, fields)
    _apply_indicator(indicator, area, fields)
    session.flush()
    return indicator_info(indicator)


def _check_follow_up_values(project: Project, indicator: Indicator, fields: IndicatorFields) -> None:
    """A deadline moved earlier must not strand values given after the project's end."""
    end = Quarter.parse(project.end_quarter)
    until = last_quarter(fields.target_quarter, end)
    stranded = [m.quarter for m in indicator.measurements if m.quarter > str(until)]
    if stranded:
        first = Quarter.parse(min(stranded))
        raise ValidationError(
            translate("Structure", "{code} har värden efter projektslut (från {first}), som bara tas emot till och "
                                   "med indikatorns måldatum. Välj ett måldatum från {quarter}, eller ta bort värdena "
                                   "först.").format(
                code=indicator.code, first=quarter_text(first), quarter=quarter_text(Quarter.parse(max(stranded))))
        )
