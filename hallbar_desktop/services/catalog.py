"""The register's contents at a glance: projects, their focus areas and indicators."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hallbar_desktop.services.lookup import focus_area_info, indicator_info, project_info
from hallbar_desktop.services.views import (
    FocusAreaInfo,
    IndicatorInfo,
    ProjectInfo,
    SteeringMemberInfo,
)
from hallbar_desktop.store.models import FocusArea, Indicator, Project


@dataclass(frozen=True)
class FocusAreaEntry:
    focus_area: FocusAreaInfo
    indicators: tuple[IndicatorInfo, ...]


@dataclass(frozen=True)
class ProjectEntry:
    project: ProjectInfo
    focus_areas: tuple[FocusAreaEntry, ...]
    steering_group: tuple[SteeringMemberInfo, ...]


def list_projects(session: Session, *, include_archived: bool = False,
                  codes: Sequence[str] | None = None) -> list[ProjectEntry]:
    """The projects (only ``codes`` when given, so a large register can be read in parts)."""
    stmt = (
        select(Project)
        .options(
            selectinload(Project.funding),
            selectinload(Project.steering_members),
            selectinload(Project.focus_areas)
            .selectinload(FocusArea.indicators)
            .selectinload(Indicator.intermediate_targets),
        )
        .order_by(Project.code)
    )
    if codes is not None:
        stmt = stmt.where(Project.code.in_(list(codes)))
    result = []
    for project in session.scalars(stmt):
        if project.archived and not include_archived:
            continue
        areas = tuple(
            FocusAreaEntry(
                focus_area_info(area),
                tuple(
                    indicator_info(i, area.number)
                    for i in area.indicators
                    if include_archived or not i.archived
                ),
            )
            for area in project.focus_areas
            if include_archived or not area.archived
        )
        members = tuple(
            SteeringMemberInfo(m.role, m.name, m.title, m.organisation, m.substitute)
            for m in project.steering_members
        )
        result.append(ProjectEntry(project_info(project), areas, members))
    return result


def project_codes(session: Session, *, include_archived: bool = False) -> list[str]:
    """The codes of the projects :func:`list_projects` returns, in its order (a quick query)."""
    stmt = select(Project.code).order_by(Project.code)
    if not include_archived:
        stmt = stmt.where(Project.archived.is_(False))
    return list(session.scalars(stmt))
