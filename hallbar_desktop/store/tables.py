"""The register's tables, in SQLAlchemy Core: the schema in one place.

The ORM classes in :mod:`hallbar_desktop.store.models` are mapped onto these tables. They are
apart because the window reads its first frame (the catalogue and a project's grid) with plain
queries on these tables, and so paints before the ORM — a tenth of a second of imports and
mapping — is loaded in the background. The Alembic migrations in ``db/`` create the same schema;
a test compares the two (``compare_metadata``).

Quarters are stored as their file form (``2021Q3``): it sorts correctly as text and reads
the same in the database as in exported files. Timestamps are naive UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

QUARTER = String(7)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _version() -> Column[int]:
    """The row's version (migration 0006): raised by every update through the ORM
    (``version_id_col``), so a save of a row read before someone else changed it is refused
    rather than written over the other change (a register shared on a server)."""
    return Column("version", Integer, nullable=False, default=1, server_default="1")


def _required(name: str, type_, **kw) -> Column:  # type: ignore[no-untyped-def]
    """A column that must have a value (the ORM's ``Mapped[X]``, not ``Mapped[X | None]``)."""
    return Column(name, type_, nullable=False, **kw)


def _parent(name: str, target: str, *, ondelete: str = "CASCADE", required: bool = True,
            **kw) -> Column:  # type: ignore[no-untyped-def]
    """A reference to the row that owns this one, indexed (rows are read by their owner)."""
    return Column(name, Integer, ForeignKey(target, ondelete=ondelete), nullable=not required,
                  index=True, **kw)


project = Table(
    "project", metadata,
    _id(),
    _required("code", String(40), unique=True),
    _required("name", String(300)),
    _required("owner", String(300), default=""),
    _required("case_number", String(100), default=""),
    _required("call", String(300), default=""),
    _required("funder", String(300), default=""),
    _required("description", Text, default=""),
    _required("start_quarter", QUARTER),
    _required("end_quarter", QUARTER),
    _required("reporting_period", String(20), default="half_year"),
    _required("project_leader", String(200), default=""),
    _required("project_leader_role", String(300), default=""),
    _required("contact_name", String(200), default=""),
    _required("green_threshold", Float, default=0.9),
    _required("yellow_threshold", Float, default=0.6),
    _required("example_data", Boolean, default=False),
    _required("example_note", Text, default=""),
    _required("source_note", Text, default=""),
    _required("archived", Boolean, default=False),
    _required("created_at", DateTime),
    _version(),
)

funding_source = Table(
    "funding_source", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("position", Integer, default=0),
    _required("source", String(300)),
    Column("amount_sek", Float),
    _required("note", String(300), default=""),
)

focus_area = Table(
    "focus_area", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("number", Integer),
    _required("name", String(300)),
    _required("purpose", Text, default=""),
    _required("position", Integer, default=0),
    _required("archived", Boolean, default=False),
    UniqueConstraint("project_id", "number"),
    _version(),
)

indicator = Table(
    "indicator", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _parent("focus_area_id", "focus_area.id"),
    _required("code", String(40)),
    _required("name", String(300)),
    _required("description", Text, default=""),
    _required("data_source", Text, default=""),
    _required("responsible", String(300), default=""),
    _required("effect_level", String(20), default="output"),
    _required("kind", String(20)),
    _required("unit", String(60), default=""),
    _required("direction", String(10), default="higher"),
    _required("accumulation", String(10), default="level"),
    Column("baseline", Float),
    Column("baseline_quarter", QUARTER),
    Column("target", Float),
    Column("target_quarter", QUARTER),
    _required("split_by_sex", Boolean, default=False),
    _required("position", Integer, default=0),
    _required("archived", Boolean, default=False),
    UniqueConstraint("project_id", "code"),
    _version(),
)

intermediate_target = Table(
    "intermediate_target", metadata,
    _id(),
    _parent("indicator_id", "indicator.id"),
    _required("quarter", QUARTER),
    _required("value", Float),
    UniqueConstraint("indicator_id", "quarter"),
)

#: One value per indicator and quarter, with the parts it was entered as.
measurement = Table(
    "measurement", metadata,
    _id(),
    _parent("indicator_id", "indicator.id"),
    _required("quarter", QUARTER),
    Column("value", Float),
    Column("numerator", Float),
    Column("denominator", Float),
    Column("women", Float),
    Column("men", Float),
    Column("other", Float),
    Column("reached_on", Date),
    _required("comment", Text, default=""),
    _required("entered_by", String(200), default=""),
    _required("entered_at", DateTime),
    _required("source", String(20), default=""),
    UniqueConstraint("indicator_id", "quarter"),
    _version(),
)

#: Every change of a value or comment (see ``models.AuditEntry``).
audit_entry = Table(
    "audit_entry", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _parent("indicator_id", "indicator.id", ondelete="SET NULL", required=False),
    Column("quarter", QUARTER),
    _required("action", String(20)),
    Column("old_json", Text),
    Column("new_json", Text),
    _required("changed_by", String(200)),
    _required("changed_at", DateTime, index=True),
    _required("source", String(20)),
    _required("source_detail", Text, default=""),
    _required("reason", Text, default=""),
)

steering_member = Table(
    "steering_member", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("position", Integer, default=0),
    _required("role", String(20), default="member"),
    _required("name", String(200)),
    _required("title", String(300), default=""),
    _required("organisation", String(300), default=""),
    _required("substitute", String(200), default=""),
    Column("active_from", Date),
    Column("active_to", Date),
)

meeting = Table(
    "meeting", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("held_on", Date),
    _required("quarter", QUARTER),
    _required("place", String(300), default=""),
    _required("notes", Text, default=""),
    UniqueConstraint("project_id", "held_on"),
    _version(),
)

meeting_attendee = Table(
    "meeting_attendee", metadata,
    Column("meeting_id", Integer, ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", Integer, ForeignKey("steering_member.id", ondelete="CASCADE"), primary_key=True,
           index=True),
    # True when the member's substitute (ersättare) came in the member's place.
    _required("as_substitute", Boolean, default=False),
)

meeting_narrative = Table(
    "meeting_narrative", metadata,
    _id(),
    _parent("meeting_id", "meeting.id"),
    _parent("focus_area_id", "focus_area.id"),
    _required("happened", Text, default=""),
    _required("deviations", Text, default=""),
    _required("goal_conflicts", Text, default=""),
    _required("actions", Text, default=""),
    UniqueConstraint("meeting_id", "focus_area_id"),
    _version(),
)

decision = Table(
    "decision", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _parent("meeting_id", "meeting.id"),
    _required("number", Integer),
    _required("text", Text),
    _required("owner", String(200), default=""),
    Column("due_on", Date),
    _required("status", String(20), default="open"),
    _required("follow_up", Text, default=""),
    Column("closed_on", Date),
    UniqueConstraint("project_id", "number"),
    _version(),
)

approved_quarter = Table(
    "approved_quarter", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("quarter", QUARTER),
    _parent("meeting_id", "meeting.id", ondelete="SET NULL", required=False),
    _required("approved_by", String(200)),
    _required("approved_at", DateTime),
    UniqueConstraint("project_id", "quarter"),
)

#: Which register this is: one row, made when the register is created (or upgraded to 0003).
#: A template or a file exported from one register names it, so it is never imported into another
#: register that happens to hold a project with the same code. A copy (backup, restore) keeps it.
register_identity = Table(
    "register_identity", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    _required("uuid", String(36), unique=True),
    _required("created_at", DateTime),
)

# --- activities and economy (migration 0004) -------------------------------------------------
#: Money is stored as Float kronor rounded to the öre by the services (domain.economy.parse_amount).
AMOUNT = Float

#: An activity of the project plan, in a focus area (or project-wide when focus_area_id is null).
activity = Table(
    "activity", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _parent("focus_area_id", "focus_area.id", ondelete="SET NULL", required=False),
    _required("code", String(40)),
    _required("name", String(300)),
    _required("description", Text, default=""),
    _required("planned_start", QUARTER),
    _required("planned_end", QUARTER),
    _required("responsible", String(300), default=""),
    _required("status", String(20), default="planned"),
    # The quarter it was carried out or cancelled in: reports of earlier periods show it open.
    Column("closed_quarter", QUARTER),
    _required("position", Integer, default=0),
    UniqueConstraint("project_id", "code"),
    _version(),
)

#: Which indicators an activity is meant to move (effect logic: activity → result).
activity_indicator = Table(
    "activity_indicator", metadata,
    Column("activity_id", Integer, ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("indicator_id", Integer, ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)

#: What was done in an activity during one reporting period (``2022H1``) and its outcome.
activity_report = Table(
    "activity_report", metadata,
    _id(),
    _parent("activity_id", "activity.id"),
    _required("period", String(10)),
    _required("done", Text, default=""),
    _required("outcome", Text, default=""),
    UniqueConstraint("activity_id", "period"),
)

#: Per project and reporting period the texts of the lägesrapport that belong to no activity.
period_report = Table(
    "period_report", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("period", String(10)),
    _required("unforeseen", Text, default=""),
    UniqueConstraint("project_id", "period"),
)

#: A project's economy settings: the flat rate, the funder's cap and the remembered columns of
#: its accounting export (header names; empty = not mapped).
economy_setting = Table(
    "economy_setting", metadata,
    _id(),
    _parent("project_id", "project.id", unique=True),
    _required("indirect_rate", Float, default=0.15),
    _required("funder_cap", Float, default=0.5),
    _required("date_column", String(200), default=""),
    _required("account_column", String(200), default=""),
    _required("amount_column", String(200), default=""),
    _required("debit_column", String(200), default=""),
    _required("credit_column", String(200), default=""),
    _required("activity_column", String(200), default=""),
    _required("category_column", String(200), default=""),
    _required("text_column", String(200), default=""),
)

#: Budget per cost category and year (indirect costs are computed, never stored).
budget_line = Table(
    "budget_line", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("category", String(30)),
    _required("year", Integer),
    _required("amount", AMOUNT),
    UniqueConstraint("project_id", "category", "year"),
)

#: Who finances the project (Tillväxtverket, anslag 1:1, other public, in kind, …).
financier = Table(
    "financier", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("name", String(300)),
    _required("kind", String(20)),
    _required("position", Integer, default=0),
    UniqueConstraint("project_id", "name"),
)

#: Financing per financier and year, as in the decision.
financing_line = Table(
    "financing_line", metadata,
    _id(),
    _parent("financier_id", "financier.id"),
    _required("year", Integer),
    _required("amount", AMOUNT),
    UniqueConstraint("financier_id", "year"),
)

#: Financing paid in (received) per financier and quarter.
financing_paid = Table(
    "financing_paid", metadata,
    _id(),
    _parent("financier_id", "financier.id"),
    _required("quarter", QUARTER),
    _required("amount", AMOUNT),
    UniqueConstraint("financier_id", "quarter"),
)

#: The actual costs of a quarter in a cost category: typed, or summed from an accounting export.
actual_cost = Table(
    "actual_cost", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("quarter", QUARTER),
    _required("category", String(30)),
    _required("amount", AMOUNT),
    _required("source", String(20), default="typed"),  # typed, import, load
    _required("source_detail", Text, default=""),  # the imported file's name
    _required("entered_by", String(200), default=""),
    _required("entered_at", DateTime),
    UniqueConstraint("project_id", "quarter", "category"),
)

#: The transactions of an accounting export behind an imported actual cost (traceability).
cost_line = Table(
    "cost_line", metadata,
    _id(),
    _parent("actual_cost_id", "actual_cost.id"),
    _required("row_number", Integer),
    Column("booked_on", Date),
    _required("account", String(40)),
    _required("activity_code", String(100), default=""),
    _required("text", String(300), default=""),
    _required("amount", AMOUNT),
)

#: An account of the organisation's chart of accounts, mapped to a cost category per project.
#: ``account`` may end in ``*`` to map every account that starts with it (``51*``).
account_mapping = Table(
    "account_mapping", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("account", String(40)),
    _required("category", String(30)),
    UniqueConstraint("project_id", "account"),
)

# --- the effect chain and the learning log (migration 0005) ----------------------------------
#: A box of a project's effect chain: a step on one level (activity, result, effect), per focus
#: area (or project-wide when focus_area_id is null), with its text. ``code`` is its stable name in
#: the project file and on the command line.
chain_box = Table(
    "chain_box", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _parent("focus_area_id", "focus_area.id", required=False),
    _required("code", String(40)),
    _required("level", String(20)),
    _required("title", String(300)),
    _required("description", Text, default=""),
    _required("position", Integer, default=0),
    UniqueConstraint("project_id", "code"),
    _version(),
)

#: An arrow of the chain: the source leads to the target. ``skips_result`` is the user's explicit
#: choice that an activity leads straight to an effect (kept, and shown in the diagram).
chain_link = Table(
    "chain_link", metadata,
    _id(),
    _parent("source_id", "chain_box.id"),
    _parent("target_id", "chain_box.id"),
    _required("skips_result", Boolean, default=False),
    _required("note", String(300), default=""),
    UniqueConstraint("source_id", "target_id"),
)

#: Which box an indicator sits in: the indicator is the key, so it sits on one level only.
chain_box_indicator = Table(
    "chain_box_indicator", metadata,
    Column("indicator_id", Integer, ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True),
    _parent("box_id", "chain_box.id"),
)

#: Which box an activity of the plan sits in (one box, on the activity level).
chain_box_activity = Table(
    "chain_box_activity", metadata,
    Column("activity_id", Integer, ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    _parent("box_id", "chain_box.id"),
)

#: A lesson (lärdom) of the project: what was learned and what it changes, numbered per project,
#: optionally in a focus area and linked to one meeting, activity or indicator.
lesson = Table(
    "lesson", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("number", Integer),
    _required("learned_on", Date),
    _parent("focus_area_id", "focus_area.id", ondelete="SET NULL", required=False),
    _required("learned", Text),
    _required("changes", Text, default=""),
    _parent("meeting_id", "meeting.id", ondelete="SET NULL", required=False),
    _parent("activity_id", "activity.id", ondelete="SET NULL", required=False),
    _parent("indicator_id", "indicator.id", ondelete="SET NULL", required=False),
    _required("example_data", Boolean, default=False),
    _required("written_by", String(200), default=""),
    _required("written_at", DateTime),
    UniqueConstraint("project_id", "number"),
    _version(),
)

#: The tags of a lesson, stored normalised (lower case); searched accent-insensitively.
lesson_tag = Table(
    "lesson_tag", metadata,
    Column("lesson_id", Integer, ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(60), primary_key=True),
    _required("position", Integer, default=0),
)


# --- a register shared on a server (migration 0006) ------------------------------------------
#: Who may do what in a project of a register on PostgreSQL: a database user (login role) is the
#: project's leader (``leader``: changes everything of the project but its approvals), a member of
#: its steering group (``steering``: reads, approves and unlocks quarters) or a reader
#: (``reader``). The server enforces it with row-level security (``store.access``); a SQLite
#: register has one user and ignores the table.
project_access = Table(
    "project_access", metadata,
    _id(),
    _parent("project_id", "project.id"),
    _required("user_name", String(63)),
    _required("role", String(20)),
    _required("granted_by", String(200), default=""),
    _required("granted_at", DateTime),
    UniqueConstraint("project_id", "user_name"),
)
