"""The register's contents at a glance: projects, their focus areas and indicators.

Read with plain queries on the tables (``store.tables``), through an ORM session or a bare
connection: the window's first frame reads this before the ORM is loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, FromClause, select

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.lookup import focus_area_info, indicator_info, project_info
from hallbar_desktop.services.views import (
    FocusAreaInfo,
    IndicatorInfo,
    ProjectInfo,
    SteeringMemberInfo,
)
from hallbar_desktop.store import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class FocusAreaEntry:
    focus_area: FocusAreaInfo
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class ProjectEntry:
    project: ProjectInfo
    focus_areas: tuple[FocusAreaEntry, ...]
    steering_group: tuple[SteeringMemberInfo, ...]


def list_projects(session: Session | Connection, *, include_archived: bool = False,
                  codes: Sequence[str] | None = None) -> list[ProjectEntry]:
    """The projects (only ``codes`` when given, so a large register can be read in parts).

    Read as rows, one query per table, with no ORM objects: the window's first frame and a large
    register's catalogue need neither the mapper set-up nor thousands of instances."""
    flush_pending(session)
    p = tables.project.c
    where = [] if include_archived else [p.archived.is_(False)]
    if codes is not None:
        where.append(p.code.in_(list(codes)))
    projects = session.execute(select(tables.project).where(*where).order_by(p.code)).all()
    if not projects:
        return []
    chosen = select(p.id).where(*where).scalar_subquery() if where else None
    funding = children_of(session, tables.funding_source, "project_id", chosen)
    members = children_of(session, tables.steering_member, "project_id", chosen)
    areas = children_of(session, tables.focus_area, "project_id", chosen)
    indicators = children_of(session, tables.indicator, "focus_area_id", chosen)
    targets = intermediate_targets_of(session, chosen)
    result = []
    for row in projects:
        entries = tuple(
            FocusAreaEntry(
                focus_area_info(area),  # type: ignore[arg-type]
                tuple(
                    indicator_info(plain(i, intermediate_targets=targets.get(i.id, [])),  # type: ignore[arg-type]
                                   area.number)
                    for i in indicators.get(area.id, [])
                    if include_archived or not i.archived
                ),
            )
            for area in areas.get(row.id, [])
            if include_archived or not area.archived
        )
        steering = tuple(SteeringMemberInfo(m.role, m.name, m.title, m.organisation, m.substitute)
                         for m in members.get(row.id, []))
        info = project_info(plain(row, funding=funding.get(row.id, [])))  # type: ignore[arg-type]
        result.append(ProjectEntry(info, entries, steering))
    return result


def flush_pending(reader: Session | Connection) -> None:
    """Changes made through the ORM in this session are part of what is read (a connection has
    none pending)."""
    if not isinstance(reader, Connection):
        reader.flush()


def approved_set(session: Session | Connection, project_id: int) -> frozenset[Quarter]:
    """The quarters of a project the steering group has approved, and so locked (for the grid and
    the charts: a plain query)."""
    a = tables.approved_quarter.c
    return frozenset(Quarter.parse(q) for q in session.scalars(
        select(a.quarter).where(a.project_id == project_id)))


def plain(row: Any, **more: Any) -> SimpleNamespace:
    """A row as an object with its columns as attributes (what the ``*_info`` converters read)."""
    return SimpleNamespace(**row._mapping, **more)


def children_of(session: Session | Connection, table: FromClause, key: str, projects: Any) -> dict[int, list[Any]]:
    """The rows of ``table`` belonging to the projects selected by ``projects`` (a subquery of
    project ids, or None for all), grouped by ``key``, in their position order."""
    c = table.c
    stmt = select(table).order_by(c[key], c.position, c.id)
    if projects is not None:
        stmt = stmt.where(c.project_id.in_(projects))
    grouped: dict[int, list[Any]] = {}
    for row in session.execute(stmt):
        grouped.setdefault(row._mapping[key], []).append(row)
    return grouped


def intermediate_targets_of(session: Session | Connection, projects: Any) -> dict[int, list[Any]]:
    """Intermediate targets per indicator id, by quarter, of the projects selected (None: all)."""
    t = tables.intermediate_target.c
    stmt = select(t.indicator_id, t.quarter, t.value).order_by(t.indicator_id, t.quarter)
    if projects is not None:
        i = tables.indicator.c
        stmt = stmt.where(t.indicator_id.in_(select(i.id).where(i.project_id.in_(projects))))
    grouped: dict[int, list[Any]] = {}
    for row in session.execute(stmt):
        grouped.setdefault(row.indicator_id, []).append(row)
    return grouped


def project_codes(session: Session | Connection, *, include_archived: bool = False) -> list[str]:
    """The codes of the projects :func:`list_projects` returns, in its order (a quick query)."""
    p = tables.project.c
    stmt = select(p.code).order_by(p.code)
    if not include_archived:
        stmt = stmt.where(p.archived.is_(False))
    return list(session.scalars(stmt))
