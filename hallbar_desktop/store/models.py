"""The register's ORM classes, mapped onto the tables in :mod:`hallbar_desktop.store.tables`.

The columns are declared there, once; here each class names its table and types its
attributes for the type checker, and adds the relationships. Importing this module loads the
ORM, which the window's first frame does without (see ``tables``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from hallbar_desktop.store import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class Project(Base):
    __table__ = tables.project
    __mapper_args__ = {"version_id_col": tables.project.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    owner: Mapped[str]
    case_number: Mapped[str]
    call: Mapped[str]
    funder: Mapped[str]
    description: Mapped[str]
    start_quarter: Mapped[str]
    end_quarter: Mapped[str]
    reporting_period: Mapped[str]
    project_leader: Mapped[str]
    project_leader_role: Mapped[str]
    contact_name: Mapped[str]
    green_threshold: Mapped[float]
    yellow_threshold: Mapped[float]
    example_data: Mapped[bool]
    example_note: Mapped[str]
    source_note: Mapped[str]
    archived: Mapped[bool]
    created_at: Mapped[datetime]

    funding: Mapped[list[FundingSource]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="FundingSource.position"
    )
    focus_areas: Mapped[list[FocusArea]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="FocusArea.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Indicator.position"
    )
    steering_members: Mapped[list[SteeringMember]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="SteeringMember.position"
    )


class FundingSource(Base):
    __table__ = tables.funding_source

    id: Mapped[int]
    project_id: Mapped[int]
    position: Mapped[int]
    source: Mapped[str]
    amount_sek: Mapped[float | None]
    note: Mapped[str]

    project: Mapped[Project] = relationship(back_populates="funding")


class FocusArea(Base):
    __table__ = tables.focus_area
    __mapper_args__ = {"version_id_col": tables.focus_area.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    number: Mapped[int]
    name: Mapped[str]
    purpose: Mapped[str]
    position: Mapped[int]
    archived: Mapped[bool]

    project: Mapped[Project] = relationship(back_populates="focus_areas")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="focus_area", order_by="Indicator.position"
    )


class Indicator(Base):
    __table__ = tables.indicator
    __mapper_args__ = {"version_id_col": tables.indicator.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    focus_area_id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    description: Mapped[str]
    data_source: Mapped[str]
    responsible: Mapped[str]
    effect_level: Mapped[str]
    kind: Mapped[str]
    unit: Mapped[str]
    direction: Mapped[str]
    accumulation: Mapped[str]
    baseline: Mapped[float | None]
    baseline_quarter: Mapped[str | None]
    target: Mapped[float | None]
    target_quarter: Mapped[str | None]
    split_by_sex: Mapped[bool]
    position: Mapped[int]
    archived: Mapped[bool]

    project: Mapped[Project] = relationship(back_populates="indicators")
    focus_area: Mapped[FocusArea] = relationship(back_populates="indicators")
    intermediate_targets: Mapped[list[IntermediateTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IntermediateTarget.quarter"
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Measurement.quarter"
    )


class IntermediateTarget(Base):
    __table__ = tables.intermediate_target

    id: Mapped[int]
    indicator_id: Mapped[int]
    quarter: Mapped[str]
    value: Mapped[float]

    indicator: Mapped[Indicator] = relationship(back_populates="intermediate_targets")


class Measurement(Base):
    """One value per indicator and quarter, with the parts it was entered as."""

    __table__ = tables.measurement
    __mapper_args__ = {"version_id_col": tables.measurement.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    indicator_id: Mapped[int]
    quarter: Mapped[str]
    value: Mapped[float | None]
    numerator: Mapped[float | None]
    denominator: Mapped[float | None]
    women: Mapped[float | None]
    men: Mapped[float | None]
    other: Mapped[float | None]
    reached_on: Mapped[date | None]
    comment: Mapped[str]
    entered_by: Mapped[str]
    entered_at: Mapped[datetime]
    source: Mapped[str]

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")


class AuditEntry(Base):
    """Every change of a value or comment: what it was, what it became, who, when, from where.

    Old and new are JSON snapshots of the whole measurement so the trail stays readable when
    columns are added later. Entries are never updated or deleted.
    """

    __table__ = tables.audit_entry

    id: Mapped[int]
    project_id: Mapped[int]
    indicator_id: Mapped[int | None]
    quarter: Mapped[str | None]
    action: Mapped[str]
    old_json: Mapped[str | None]
    new_json: Mapped[str | None]
    changed_by: Mapped[str]
    changed_at: Mapped[datetime]
    source: Mapped[str]
    source_detail: Mapped[str]
    reason: Mapped[str]


class SteeringMember(Base):
    __table__ = tables.steering_member

    id: Mapped[int]
    project_id: Mapped[int]
    position: Mapped[int]
    role: Mapped[str]
    name: Mapped[str]
    title: Mapped[str]
    organisation: Mapped[str]
    substitute: Mapped[str]
    active_from: Mapped[date | None]
    active_to: Mapped[date | None]

    project: Mapped[Project] = relationship(back_populates="steering_members")


class Meeting(Base):
    """A steering-group meeting that follows up one quarter of a project."""

    __table__ = tables.meeting
    __mapper_args__ = {"version_id_col": tables.meeting.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    held_on: Mapped[date]
    quarter: Mapped[str]
    place: Mapped[str]
    notes: Mapped[str]

    project: Mapped[Project] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    narratives: Mapped[list[MeetingNarrative]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class MeetingAttendee(Base):
    __table__ = tables.meeting_attendee

    meeting_id: Mapped[int]
    member_id: Mapped[int]
    #: True when the member's substitute (ersättare) came in the member's place.
    as_substitute: Mapped[bool]

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    member: Mapped[SteeringMember] = relationship()


class MeetingNarrative(Base):
    """What the project tells the steering group about one focus area at one meeting."""

    __table__ = tables.meeting_narrative
    __mapper_args__ = {"version_id_col": tables.meeting_narrative.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    meeting_id: Mapped[int]
    focus_area_id: Mapped[int]
    happened: Mapped[str]
    deviations: Mapped[str]
    goal_conflicts: Mapped[str]
    actions: Mapped[str]

    meeting: Mapped[Meeting] = relationship(back_populates="narratives")
    focus_area: Mapped[FocusArea] = relationship()


class Decision(Base):
    """A decision of the steering group, numbered per project and followed up until closed."""

    __table__ = tables.decision
    __mapper_args__ = {"version_id_col": tables.decision.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    meeting_id: Mapped[int]
    number: Mapped[int]
    text: Mapped[str]
    owner: Mapped[str]
    due_on: Mapped[date | None]
    status: Mapped[str]
    follow_up: Mapped[str]
    closed_on: Mapped[date | None]

    meeting: Mapped[Meeting] = relationship()


class ApprovedQuarter(Base):
    """A quarter the steering group has approved (fastställt): its values are locked."""

    __table__ = tables.approved_quarter

    id: Mapped[int]
    project_id: Mapped[int]
    quarter: Mapped[str]
    meeting_id: Mapped[int | None]
    approved_by: Mapped[str]
    approved_at: Mapped[datetime]


class Activity(Base):
    """An activity of the project plan, with what was done in it per reporting period."""

    __table__ = tables.activity
    __mapper_args__ = {"version_id_col": tables.activity.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    focus_area_id: Mapped[int | None]
    code: Mapped[str]
    name: Mapped[str]
    description: Mapped[str]
    planned_start: Mapped[str]
    planned_end: Mapped[str]
    responsible: Mapped[str]
    status: Mapped[str]
    closed_quarter: Mapped[str | None]
    position: Mapped[int]

    focus_area: Mapped[FocusArea | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(
        secondary=tables.activity_indicator, order_by="Indicator.position"
    )
    reports: Mapped[list[ActivityReport]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", order_by="ActivityReport.period"
    )


class ActivityReport(Base):
    __table__ = tables.activity_report

    id: Mapped[int]
    activity_id: Mapped[int]
    period: Mapped[str]
    done: Mapped[str]
    outcome: Mapped[str]

    activity: Mapped[Activity] = relationship(back_populates="reports")


class PeriodReport(Base):
    """The lägesrapport's texts of one period that belong to no activity."""

    __table__ = tables.period_report

    id: Mapped[int]
    project_id: Mapped[int]
    period: Mapped[str]
    unforeseen: Mapped[str]


class EconomySetting(Base):
    __table__ = tables.economy_setting

    id: Mapped[int]
    project_id: Mapped[int]
    indirect_rate: Mapped[float]
    funder_cap: Mapped[float]
    date_column: Mapped[str]
    account_column: Mapped[str]
    amount_column: Mapped[str]
    debit_column: Mapped[str]
    credit_column: Mapped[str]
    activity_column: Mapped[str]
    category_column: Mapped[str]
    text_column: Mapped[str]


class BudgetLine(Base):
    __table__ = tables.budget_line

    id: Mapped[int]
    project_id: Mapped[int]
    category: Mapped[str]
    year: Mapped[int]
    amount: Mapped[float]


class Financier(Base):
    __table__ = tables.financier

    id: Mapped[int]
    project_id: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    position: Mapped[int]

    planned: Mapped[list[FinancingLine]] = relationship(
        back_populates="financier", cascade="all, delete-orphan", order_by="FinancingLine.year"
    )
    paid: Mapped[list[FinancingPaid]] = relationship(
        back_populates="financier", cascade="all, delete-orphan", order_by="FinancingPaid.quarter"
    )


class FinancingLine(Base):
    __table__ = tables.financing_line

    id: Mapped[int]
    financier_id: Mapped[int]
    year: Mapped[int]
    amount: Mapped[float]

    financier: Mapped[Financier] = relationship(back_populates="planned")


class FinancingPaid(Base):
    __table__ = tables.financing_paid

    id: Mapped[int]
    financier_id: Mapped[int]
    quarter: Mapped[str]
    amount: Mapped[float]

    financier: Mapped[Financier] = relationship(back_populates="paid")


class ActualCost(Base):
    """The costs of one quarter in one cost category, typed or summed from an accounting export."""

    __table__ = tables.actual_cost

    id: Mapped[int]
    project_id: Mapped[int]
    quarter: Mapped[str]
    category: Mapped[str]
    amount: Mapped[float]
    source: Mapped[str]
    source_detail: Mapped[str]
    entered_by: Mapped[str]
    entered_at: Mapped[datetime]

    lines: Mapped[list[CostLine]] = relationship(
        back_populates="cost", cascade="all, delete-orphan", order_by="CostLine.row_number"
    )


class CostLine(Base):
    """One transaction of an imported accounting export."""

    __table__ = tables.cost_line

    id: Mapped[int]
    actual_cost_id: Mapped[int]
    row_number: Mapped[int]
    booked_on: Mapped[date | None]
    account: Mapped[str]
    activity_code: Mapped[str]
    text: Mapped[str]
    amount: Mapped[float]

    cost: Mapped[ActualCost] = relationship(back_populates="lines")


class AccountMapping(Base):
    __table__ = tables.account_mapping

    id: Mapped[int]
    project_id: Mapped[int]
    account: Mapped[str]
    category: Mapped[str]


class ChainBox(Base):
    """A box of the effect chain: a step on the activity, result or effect level."""

    __table__ = tables.chain_box
    __mapper_args__ = {"version_id_col": tables.chain_box.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    focus_area_id: Mapped[int | None]
    code: Mapped[str]
    level: Mapped[str]
    title: Mapped[str]
    description: Mapped[str]
    position: Mapped[int]

    focus_area: Mapped[FocusArea | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(
        secondary=tables.chain_box_indicator, order_by="Indicator.position"
    )
    activities: Mapped[list[Activity]] = relationship(
        secondary=tables.chain_box_activity, order_by="Activity.position"
    )


class ChainLink(Base):
    """An arrow of the effect chain: the source box leads to the target box."""

    __table__ = tables.chain_link

    id: Mapped[int]
    source_id: Mapped[int]
    target_id: Mapped[int]
    skips_result: Mapped[bool]
    note: Mapped[str]


class Lesson(Base):
    """A lesson (lärdom) of the project's learning log."""

    __table__ = tables.lesson
    __mapper_args__ = {"version_id_col": tables.lesson.c.version}  # noqa: RUF012

    version: Mapped[int]

    id: Mapped[int]
    project_id: Mapped[int]
    number: Mapped[int]
    learned_on: Mapped[date]
    focus_area_id: Mapped[int | None]
    learned: Mapped[str]
    changes: Mapped[str]
    meeting_id: Mapped[int | None]
    activity_id: Mapped[int | None]
    indicator_id: Mapped[int | None]
    example_data: Mapped[bool]
    written_by: Mapped[str]
    written_at: Mapped[datetime]

    focus_area: Mapped[FocusArea | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()
    activity: Mapped[Activity | None] = relationship()
    indicator: Mapped[Indicator | None] = relationship()
    tags: Mapped[list[LessonTag]] = relationship(
        back_populates="lesson", cascade="all, delete-orphan", order_by="LessonTag.position"
    )


class LessonTag(Base):
    __table__ = tables.lesson_tag

    lesson_id: Mapped[int]
    tag: Mapped[str]
    position: Mapped[int]

    lesson: Mapped[Lesson] = relationship(back_populates="tags")


def mappers_configured() -> bool:
    """Whether the ORM's mappers are set up (done on first ORM use; the window's first frame is
    read with plain queries, so it does that in a worker after the first paint)."""
    return bool(Project.__mapper__.configured)


class ProjectAccess(Base):
    """A database user's role in one project of a register on a server (``store.access``)."""

    __table__ = tables.project_access

    id: Mapped[int]
    project_id: Mapped[int]
    user_name: Mapped[str]
    role: Mapped[str]
    granted_by: Mapped[str]
    granted_at: Mapped[datetime]
