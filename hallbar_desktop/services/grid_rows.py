"""Rebuild only the rows an edit touched, so a change in a large register repaints at once.

``project_grid`` reads a whole project; after typing one value only that indicator's row (its
cells, roll-ups, status and trend) can have changed, and this reads just those.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hallbar_desktop.services.grid import GridRow, ProjectGrid, build_row
from hallbar_desktop.services.lookup import indicator_info, measurement_infos
from hallbar_desktop.store.models import Indicator


def refreshed_rows(
    session: Session, grid: ProjectGrid, indicator_codes: Iterable[str], *, today: date | None = None
) -> tuple[ProjectGrid, tuple[int, ...]]:
    """The grid with the named indicators' rows read again, and the positions of those rows."""
    today = today or date.today()
    wanted = {c.lower() for c in indicator_codes}
    positions = tuple(i for i, r in enumerate(grid.rows) if r.indicator.code.lower() in wanted)
    if not positions:
        return grid, ()
    indicators = list(session.scalars(
        select(Indicator)
        .where(Indicator.project_id == grid.project.id, func.lower(Indicator.code).in_(wanted))
        .options(selectinload(Indicator.intermediate_targets))
    ))
    by_code = {i.code.lower(): i for i in indicators}
    stored = measurement_infos(session, [i.id for i in indicators])
    rows: list[GridRow] = list(grid.rows)
    for pos in positions:
        old = rows[pos]
        orm = by_code.get(old.indicator.code.lower())
        if orm is None:  # removed meanwhile: keep the old row; a full reload will drop it
            continue
        rows[pos] = build_row(
            indicator_info(orm, old.indicator.focus_area_number),
            stored[orm.id],
            grid.quarters,
            grid.periods,
            grid.project,
            grid.status_quarter,
            today,
        )
    return replace(grid, rows=tuple(rows)), positions
