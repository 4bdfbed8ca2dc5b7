"""Reordering and removing focus areas, indicators and projects.

Removing keeps history: anything that has values (or ever had, per the audit trail) is
archived – hidden from the grid and closed to new values, but still in the register and its
audit trail – and only what never held a value is deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.lookup import get_focus_area, get_indicator, get_project
from hallbar_desktop.store.models import AuditEntry, FocusArea, Indicator, Measurement, Project
from hallbar_desktop.texts import translate

T = TypeVar("T")


class Removal(StrEnum):
    """What removing did: archived (values kept) or deleted (there was nothing to keep)."""

    ARCHIVED = "archived"
    DELETED = "deleted"


def _has_values(session: Session, indicator_ids: Sequence[int]) -> bool:
    if not indicator_ids:
        return False
    return bool(
        session.scalar(select(exists().where(Measurement.indicator_id.in_(indicator_ids))))
        or session.scalar(select(exists().where(AuditEntry.indicator_id.in_(indicator_ids))))
    )


def _reordered(current: list[str], wanted: Sequence[str], what: str) -> dict[str, int]:
    if sorted(current) != sorted(wanted) or len(set(wanted)) != len(wanted):
        raise ValidationError(translate("Structure", "Den nya ordningen måste innehålla samma {what} som förut, var "
                                                     "och en en gång.").format(what=what))
    return {key: i for i, key in enumerate(wanted)}


def reorder_focus_areas(session: Session, project_code: str, numbers: Sequence[int]) -> None:
    """Put the project's (not archived) focus areas in the order given by their numbers."""
    project = get_project(session, project_code)
    areas = [a for a in project.focus_areas if not a.archived]
    order = _reordered([str(a.number) for a in areas], [str(n) for n in numbers],
                       translate("Structure", "insatsområden"))
    archived_after = len(areas)
    for a in project.focus_areas:
        a.position = order[str(a.number)] if not a.archived else archived_after + a.position
    session.flush()


def reorder_indicators(session: Session, project_code: str, focus_area_number: int, codes: Sequence[str]) -> None:
    """Put one focus area's (not archived) indicators in the order of ``codes``."""
    project = get_project(session, project_code)
    area = get_focus_area(session, project, focus_area_number)
    inds = sorted((i for i in area.indicators if not i.archived), key=lambda i: (i.position, i.id))
    order = _reordered([i.code.lower() for i in inds], [c.strip().lower() for c in codes],
                       translate("Structure", "indikatorer"))
    slots = sorted(i.position for i in inds)  # positions are project-wide: reuse the area's own
    if len(set(slots)) != len(slots):  # old data with equal positions: spread them out
        base = max((i.position for i in project.indicators), default=0) + 1
        slots = list(range(base, base + len(inds)))
    for ind in inds:
        ind.position = slots[order[ind.code.lower()]]
    session.flush()


def move_focus_area(session: Session, project_code: str, number: int, offset: int) -> bool:
    """Move a focus area ``offset`` steps (−1 up, +1 down); False when already at the edge."""
    project = get_project(session, project_code)
    get_focus_area(session, project, number)
    numbers = [a.number for a in project.focus_areas if not a.archived]
    return _move(numbers, number, offset, lambda order: reorder_focus_areas(session, project_code, order))


def move_indicator(session: Session, project_code: str, code: str, offset: int) -> bool:
    """Move an indicator ``offset`` steps within its focus area; False when at the edge."""
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    area = indicator.focus_area
    codes = [i.code for i in sorted(area.indicators, key=lambda i: (i.position, i.id)) if not i.archived]
    return _move(codes, indicator.code, offset,
                 lambda order: reorder_indicators(session, project_code, area.number, order))


def _move(items: list[T], item: T, offset: int, apply: Callable[[list[T]], None]) -> bool:
    if item not in items:
        raise ValidationError(translate("Structure", "Arkiverade delar kan inte flyttas."))
    i = items.index(item)
    j = i + offset
    if not 0 <= j < len(items) or offset == 0:
        return False
    items = list(items)
    items.insert(j, items.pop(i))
    apply(items)
    return True


def remove_indicator(session: Session, project_code: str, code: str) -> Removal:
    """Archive the indicator when it has values or history; delete it when it never had any."""
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    if _has_values(session, [indicator.id]):
        indicator.archived = True
        session.flush()
        return Removal.ARCHIVED
    session.delete(indicator)
    session.flush()
    return Removal.DELETED


def remove_focus_area(session: Session, project_code: str, number: int) -> Removal:
    """Archive the focus area (and its indicators) when any of them has values; else delete."""
    project = get_project(session, project_code)
    area = get_focus_area(session, project, number)
    indicators = list(session.scalars(select(Indicator).where(Indicator.focus_area_id == area.id)))
    if _has_values(session, [i.id for i in indicators]):
        area.archived = True
        for ind in indicators:
            ind.archived = True
        session.flush()
        return Removal.ARCHIVED
    for ind in indicators:
        session.delete(ind)
    session.delete(area)
    session.flush()
    return Removal.DELETED


def remove_project(session: Session, project_code: str) -> Removal:
    """Archive a project with values (it disappears from the lists); delete an empty one."""
    project: Project = get_project(session, project_code)
    if _has_values(session, [i.id for i in project.indicators]):
        project.archived = True
        session.flush()
        return Removal.ARCHIVED
    session.delete(project)
    session.flush()
    return Removal.DELETED


def restore_indicator(session: Session, project_code: str, code: str) -> None:
    """Bring an archived indicator back (and its focus area, if that was archived too)."""
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    indicator.archived = False
    area: FocusArea = indicator.focus_area
    area.archived = False
    session.flush()


def restore_focus_area(session: Session, project_code: str, number: int) -> None:
    """Bring an archived focus area back, with its indicators."""
    project = get_project(session, project_code)
    area = get_focus_area(session, project, number)
    area.archived = False
    for ind in area.indicators:
        ind.archived = False
    session.flush()
