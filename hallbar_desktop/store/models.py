"""The register's tables in typed SQLAlchemy 2.0 style.

Quarters are stored as their file form (``2021Q3``): it sorts correctly as text and reads
the same in the database as in exported files. Timestamps are naive UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

QUARTER = String(7)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Project(Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(300), default="")
    case_number: Mapped[str] = mapped_column(String(100), default="")
    call: Mapped[str] = mapped_column(String(300), default="")
    funder: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    start_quarter: Mapped[str] = mapped_column(QUARTER)
    end_quarter: Mapped[str] = mapped_column(QUARTER)
    reporting_period: Mapped[str] = mapped_column(String(20), default="half_year")
    project_leader: Mapped[str] = mapped_column(String(200), default="")
    project_leader_role: Mapped[str] = mapped_column(String(300), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    green_threshold: Mapped[float] = mapped_column(Float, default=0.9)
    yellow_threshold: Mapped[float] = mapped_column(Float, default=0.6)
    example_data: Mapped[bool] = mapped_column(Boolean, default=False)
    example_note: Mapped[str] = mapped_column(Text, default="")
    source_note: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

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
    __tablename__ = "funding_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(300))
    amount_sek: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(String(300), default="")

    project: Mapped[Project] = relationship(back_populates="funding")


class FocusArea(Base):
    __tablename__ = "focus_area"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    project: Mapped[Project] = relationship(back_populates="focus_areas")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="focus_area", order_by="Indicator.position"
    )


class Indicator(Base):
    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    data_source: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(300), default="")
    effect_level: Mapped[str] = mapped_column(String(20), default="output")
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(60), default="")
    direction: Mapped[str] = mapped_column(String(10), default="higher")
    accumulation: Mapped[str] = mapped_column(String(10), default="level")
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_quarter: Mapped[str | None] = mapped_column(QUARTER)
    target: Mapped[float | None] = mapped_column(Float)
    target_quarter: Mapped[str | None] = mapped_column(QUARTER)
    split_by_sex: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    project: Mapped[Project] = relationship(back_populates="indicators")
    focus_area: Mapped[FocusArea] = relationship(back_populates="indicators")
    intermediate_targets: Mapped[list[IntermediateTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IntermediateTarget.quarter"
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Measurement.quarter"
    )


class IntermediateTarget(Base):
    __tablename__ = "intermediate_target"
    __table_args__ = (UniqueConstraint("indicator_id", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    quarter: Mapped[str] = mapped_column(QUARTER)
    value: Mapped[float] = mapped_column(Float)

    indicator: Mapped[Indicator] = relationship(back_populates="intermediate_targets")


class Measurement(Base):
    """One value per indicator and quarter, with the parts it was entered as."""

    __tablename__ = "measurement"
    __table_args__ = (UniqueConstraint("indicator_id", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    quarter: Mapped[str] = mapped_column(QUARTER)
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    women: Mapped[float | None] = mapped_column(Float)
    men: Mapped[float | None] = mapped_column(Float)
    other: Mapped[float | None] = mapped_column(Float)
    reached_on: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(200), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(20), default="")

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")


class AuditEntry(Base):
    """Every change of a value or comment: what it was, what it became, who, when, from where.

    Old and new are JSON snapshots of the whole measurement so the trail stays readable when
    columns are added later. Entries are never updated or deleted.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicator.id", ondelete="SET NULL"), index=True
    )
    quarter: Mapped[str | None] = mapped_column(QUARTER)
    action: Mapped[str] = mapped_column(String(20))
    old_json: Mapped[str | None] = mapped_column(Text)
    new_json: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(20))
    source_detail: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class SteeringMember(Base):
    __tablename__ = "steering_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(20), default="member")
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    substitute: Mapped[str] = mapped_column(String(200), default="")
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)

    project: Mapped[Project] = relationship(back_populates="steering_members")


class Meeting(Base):
    """A steering-group meeting that follows up one quarter of a project."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("project_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    quarter: Mapped[str] = mapped_column(QUARTER)
    place: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[Project] = relationship()
    attendees: Mapped[list[MeetingAttendee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    narratives: Mapped[list[MeetingNarrative]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class MeetingAttendee(Base):
    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("steering_member.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    #: True when the member's substitute (ersättare) came in the member's place.
    as_substitute: Mapped[bool] = mapped_column(Boolean, default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="attendees")
    member: Mapped[SteeringMember] = relationship()


class MeetingNarrative(Base):
    """What the project tells the steering group about one focus area at one meeting."""

    __tablename__ = "meeting_narrative"
    __table_args__ = (UniqueConstraint("meeting_id", "focus_area_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="CASCADE"), index=True
    )
    happened: Mapped[str] = mapped_column(Text, default="")
    deviations: Mapped[str] = mapped_column(Text, default="")
    goal_conflicts: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="narratives")
    focus_area: Mapped[FocusArea] = relationship()


class Decision(Base):
    """A decision of the steering group, numbered per project and followed up until closed."""

    __tablename__ = "decision"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)

    meeting: Mapped[Meeting] = relationship()


class ApprovedQuarter(Base):
    """A quarter the steering group has approved (fastställt): its values are locked."""

    __tablename__ = "approved_quarter"
    __table_args__ = (UniqueConstraint("project_id", "quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    quarter: Mapped[str] = mapped_column(QUARTER)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    approved_by: Mapped[str] = mapped_column(String(200))
    approved_at: Mapped[datetime] = mapped_column(DateTime)


def mappers_configured() -> bool:
    """Whether the ORM's mappers are set up (done on first ORM use; the window's first frame is
    read with plain queries, so it does that in a worker after the first paint)."""
    return bool(Project.__mapper__.configured)
