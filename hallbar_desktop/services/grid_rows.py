"""Rebuild only the rows a write touched, so a change in a large register repaints at once.

``project_grid`` reads a whole project; after typing one value only that indicator's row (its
cells, roll-ups, status and trend) can have changed, and this reads just those, through the same
reader as the whole grid (``grid.read_rows``), with a plain connection or a session alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from hallbar_desktop.services.catalog import approved_set, children_of, flush_pending
from hallbar_desktop.services.grid import ProjectGrid, read_rows
from hallbar_desktop.store import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def refreshed_rows(
    reader: Session | Connection, grid: ProjectGrid, indicator_codes: Iterable[str], *, today: date | None = None
) -> tuple[ProjectGrid, tuple[int, ...]]:
    """The grid with the named indicators' rows read again, and the positions of those rows."""
    today = today or date.today()
    positions = grid.positions_of(indicator_codes)
    if not positions:
        return grid, ()
    flush_pending(reader)
    areas = children_of(reader, tables.focus_area, "project_id", [grid.project.id]).get(grid.project.id, [])
    fresh = {row.indicator.code.lower(): row for row in read_rows(
        reader, grid.project, areas, grid.quarters, grid.periods, grid.status_quarter, today,
        codes={grid.rows[pos].indicator.code for pos in positions}, include_archived=True)}
    replaced = {}
    for pos in positions:
        row = fresh.get(grid.rows[pos].indicator.code.lower())
        if row is not None:  # else removed meanwhile: the old row stays until the grid is read again
            replaced[pos] = row
    return grid.with_rows(replaced), positions


def refreshed_approvals(reader: Session | Connection, grid: ProjectGrid) -> ProjectGrid:
    """The grid with the quarters approved (locked) now."""
    flush_pending(reader)
    return grid.with_approved(approved_set(reader, grid.project.id))
