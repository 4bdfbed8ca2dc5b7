"""Plain, immutable results of the services. Qt models and exports hold these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
from hallbar_desktop.domain.status import IndicatorSpec, Thresholds


@dataclass(frozen=True)
class FundingInfo:
    source: str
    amount_sek: float | None
    note: str


@dataclass(frozen=True)
class ProjectInfo:
    id: int
    code: str
    name: str
    owner: str
    case_number: str
    call: str
    funder: str
    description: str
    start: Quarter
    end: Quarter
    reporting_period: ReportingPeriodKind
    project_leader: str
    project_leader_role: str
    contact_name: str
    thresholds: Thresholds
    example_data: bool
    example_note: str
    funding: tuple[FundingInfo, ...]
    #: The row's version when read (migration 0006): the project form's save checks it.
    version: int = 1


@dataclass(frozen=True)
class FocusAreaInfo:
    id: int
    project_id: int
    number: int
    name: str
    purpose: str
    archived: bool
    #: The row's version when read (migration 0006): the focus-area form's save checks it.
    version: int = 1


@dataclass(frozen=True)
class IndicatorInfo:
    id: int
    project_id: int
    focus_area_id: int
    focus_area_number: int
    code: str
    name: str
    description: str
    data_source: str
    responsible: str
    effect_level: EffectLevel
    kind: IndicatorKind
    unit: str
    direction: Direction
    accumulation: Accumulation
    baseline: float | None
    baseline_quarter: Quarter | None
    target: float | None
    target_quarter: Quarter | None
    split_by_sex: bool
    intermediate_targets: tuple[tuple[Quarter, float], ...]
    archived: bool
    #: The row's version when read (migration 0006): a save of a form opened on it checks it.
    version: int = 1

    @property
    def spec(self) -> IndicatorSpec:
        return IndicatorSpec(
            kind=self.kind,
            direction=self.direction,
            accumulation=self.accumulation,
            baseline=self.baseline,
            baseline_quarter=self.baseline_quarter,
            target=self.target,
            target_quarter=self.target_quarter,
            intermediate_targets=self.intermediate_targets,
        )


@dataclass(frozen=True)
class MeasurementInfo:
    indicator_id: int
    quarter: Quarter
    value: float | None
    numerator: float | None
    denominator: float | None
    women: float | None
    men: float | None
    other: float | None
    reached_on: date | None
    comment: str
    entered_by: str
    entered_at: datetime
    source: str
    #: The row's version (raised by every change): what a later save compares with.
    version: int = 1


@dataclass(frozen=True)
class AuditRecord:
    changed_at: datetime
    changed_by: str
    source: str
    source_detail: str
    action: str
    quarter: Quarter | None
    old: dict[str, object] | None
    new: dict[str, object] | None
    reason: str


@dataclass(frozen=True)
class SteeringMemberInfo:
    role: str
    name: str
    title: str
    organisation: str
    substitute: str
