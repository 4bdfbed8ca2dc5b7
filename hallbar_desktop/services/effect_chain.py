"""The effect chain of a project: boxes per level and focus area, arrows, indicators and activities.

Reading returns the whole chain as plain data with each indicator's current traffic light taken
from ``grid.project_grid`` (the one place status is computed) and each activity's status from
``activities.activity_plan`` (the delayed rule). Writing is in
:mod:`hallbar_desktop.services.effect_chain_edit`, which keeps the rules of
``domain.effect_chain`` and audits every change.

A box is named by its id (the window) or its code (the project file, the command line): both are
a :data:`BoxRef`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.effect_chain import (
    ChainLevel,
    indicator_level_note,
)
from hallbar_desktop.domain.kinds import EffectLevel
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import COUNTED, Light
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.services.grid import ProjectGrid
    from hallbar_desktop.store.models import Activity, Indicator, Project
    from hallbar_desktop.store.models import ChainBox as ChainBoxRow
    from hallbar_desktop.store.models import ChainLink as ChainLinkRow

#: A box named by its id (int) or its code (str, whatever the case).
BoxRef = int | str

PROJECT_WIDE = "Projektövergripande"


# --- plain data ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainIndicator:
    """An indicator as the chain shows it: its current light (colour and symbol) from the grid."""

    code: str
    name: str
    focus_area_number: int
    effect_level: EffectLevel
    light: Light
    #: The quarter the light is judged at (the latest ended one; for an indicator followed up after
    #: the project's end, its own); None when nothing can be judged yet.
    quarter: Quarter | None
    #: The deadline of an indicator followed up after the project's end.
    follow_up_until: Quarter | None = None
    #: Why the indicator does not fit the level of its box ("" when it does, or when not placed).
    level_note: str = ""

    @property
    def symbol(self) -> str:
        return self.light.symbol

    @property
    def followed_after_end(self) -> bool:
        return self.follow_up_until is not None


@dataclass(frozen=True)
class ChainActivity:
    code: str
    name: str
    focus_area_number: int | None
    status: ActivityStatus  # with the delayed rule, as the activity plan shows it

    @property
    def status_sv(self) -> str:
        return self.status.label_sv()


@dataclass(frozen=True)
class ChainBox:
    id: int
    code: str
    level: ChainLevel
    title: str
    description: str
    focus_area_number: int | None  # None: project-wide
    position: int
    indicators: tuple[ChainIndicator, ...]
    activities: tuple[ChainActivity, ...]

    def lights(self) -> dict[Light, int]:
        """How many of its indicators are green, yellow, red and grey."""
        counts = {light: 0 for light in COUNTED}
        for i in self.indicators:
            if i.light in counts:
                counts[i.light] += 1
        return counts


@dataclass(frozen=True)
class ChainLink:
    """An arrow: ``source`` leads to ``target`` (box codes; ids beside them for the window)."""

    id: int
    source: str
    target: str
    source_id: int
    target_id: int
    #: The user chose that this activity leads straight to an effect (kept, and shown).
    skips_result: bool
    note: str = ""


@dataclass(frozen=True)
class EffectChain:
    project_code: str
    project_name: str
    example_data: bool
    #: The focus area asked for; None: the whole project.
    focus_area_number: int | None
    #: (number, name) of the lanes shown, in the project's order; number None = project-wide.
    lanes: tuple[tuple[int | None, str], ...]
    #: The quarter the project's lights are judged at (indicators followed up after the end: their own).
    status_quarter: Quarter | None
    project_end: Quarter
    boxes: tuple[ChainBox, ...]  # lane by lane, then level, then position
    links: tuple[ChainLink, ...]
    #: Indicators and activities of the lanes shown that sit in no box yet.
    unplaced_indicators: tuple[ChainIndicator, ...] = ()
    unplaced_activities: tuple[ChainActivity, ...] = ()
    #: What the chain does not say yet or says against its rules, in words (mismatched levels,
    #: an effect nothing leads to, a result that leads nowhere).
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.boxes

    def boxes_of(self, lane: int | None, level: ChainLevel | None = None) -> tuple[ChainBox, ...]:
        return tuple(b for b in self.boxes if b.focus_area_number == lane and (level is None or b.level is level))

    def box(self, ref: BoxRef) -> ChainBox | None:
        if isinstance(ref, int):
            return next((b for b in self.boxes if b.id == ref), None)
        wanted = ref.strip().lower()
        return next((b for b in self.boxes if b.code.lower() == wanted), None)

    def links_from(self, box_id: int) -> tuple[ChainLink, ...]:
        return tuple(link for link in self.links if link.source_id == box_id)

    def links_to(self, box_id: int) -> tuple[ChainLink, ...]:
        return tuple(link for link in self.links if link.target_id == box_id)

    def indicator_codes(self) -> tuple[str, ...]:
        """Every indicator placed in the chain, box by box."""
        return tuple(i.code for b in self.boxes for i in b.indicators)

    def lane(self, number: int | None) -> EffectChain:
        """One focus area's chain (None: the project-wide boxes), for a diagram per focus area."""
        boxes = self.boxes_of(number)
        ids = {b.id for b in boxes}
        return replace(
            self, focus_area_number=number, lanes=tuple(x for x in self.lanes if x[0] == number), boxes=boxes,
            links=tuple(x for x in self.links if x.source_id in ids and x.target_id in ids),
            unplaced_indicators=tuple(i for i in self.unplaced_indicators if i.focus_area_number == number),
            unplaced_activities=tuple(a for a in self.unplaced_activities if a.focus_area_number == number),
            notes=tuple(_notes(list(boxes), [x for x in self.links if x.source_id in ids])),
        )

    def lanes_in_use(self) -> tuple[tuple[int | None, str], ...]:
        """The lanes that have boxes (what a diagram draws)."""
        used = {b.focus_area_number for b in self.boxes}
        return tuple(lane for lane in self.lanes if lane[0] in used)


# --- reading -------------------------------------------------------------------------------
Lights = dict[str, tuple[Light, Quarter | None, Quarter | None]]


def _lights(session: Session, project_code: str, today: date | None,
            grid: ProjectGrid | None = None) -> tuple[Lights, Quarter | None]:
    from hallbar_desktop.services.grid import project_grid

    if grid is None:
        grid = project_grid(session, project_code, today=today)
    return lights_of(grid)


def lights_of(grid: ProjectGrid) -> tuple[Lights, Quarter | None]:
    """Each indicator's current light, the quarter it is judged at and its follow-up deadline
    (by lower-case code), and the grid's status quarter: what the chain shows of the grid."""
    lights = {}
    for row in grid.rows:
        current = row.current
        lights[row.indicator.code.lower()] = (current.status if current is not None else Light.NONE,
                                              current.quarter if current is not None else None, row.follow_up_until)
    return lights, grid.status_quarter


def with_lights(chain: EffectChain, grid: ProjectGrid) -> EffectChain:
    """The chain with the lights of ``grid`` (the project's grid after a value was written): the
    boxes, arrows and placements stay, each indicator's light, quarter and follow-up are the grid's.
    Returns ``chain`` itself when nothing differs, so a caller can tell whether to draw again."""
    lights, status_quarter = lights_of(grid)

    def lit(i: ChainIndicator) -> ChainIndicator:
        light, quarter, follow = lights.get(i.code.lower(), (Light.NONE, None, None))
        if (light, quarter, follow) == (i.light, i.quarter, i.follow_up_until):
            return i
        return replace(i, light=light, quarter=quarter, follow_up_until=follow)

    boxes = tuple(replace(b, indicators=tuple(lit(i) for i in b.indicators)) for b in chain.boxes)
    unplaced = tuple(lit(i) for i in chain.unplaced_indicators)
    if boxes == chain.boxes and unplaced == chain.unplaced_indicators and status_quarter == chain.status_quarter:
        return chain
    return replace(chain, boxes=boxes, unplaced_indicators=unplaced, status_quarter=status_quarter)


def _indicator(i: Indicator, numbers: dict[int, int],
               lights: dict[str, tuple[Light, Quarter | None, Quarter | None]],
               box_level: ChainLevel | None) -> ChainIndicator:
    light, quarter, follow = lights.get(i.code.lower(), (Light.NONE, None, None))
    effect = EffectLevel(i.effect_level)
    return ChainIndicator(
        code=i.code, name=i.name, focus_area_number=numbers.get(i.focus_area_id, 0), effect_level=effect,
        light=light, quarter=quarter, follow_up_until=follow,
        level_note=indicator_level_note(i.code, effect, box_level) if box_level is not None else "",
    )


def _activity_statuses(session: Session, project_code: str, today: date | None) -> dict[str, ActivityStatus]:
    from hallbar_desktop.services.activities import activity_plan

    return {a.code.lower(): a.status for a in activity_plan(session, project_code, today=today).activities}


def _chain_activity(a: Activity, numbers: dict[int, int], statuses: dict[str, ActivityStatus]) -> ChainActivity:
    return ChainActivity(a.code, a.name, numbers.get(a.focus_area_id) if a.focus_area_id else None,
                         statuses.get(a.code.lower(), ActivityStatus(a.status)))


def box_rows(session: Session, project: Project) -> list[ChainBoxRow]:
    from sqlalchemy.orm import selectinload

    from hallbar_desktop.store.models import ChainBox as Row

    return list(session.scalars(
        select(Row).where(Row.project_id == project.id)
        .options(selectinload(Row.indicators), selectinload(Row.activities))
        .order_by(Row.position, Row.id)))


def link_rows(session: Session, box_ids: Iterable[int]) -> list[ChainLinkRow]:
    from hallbar_desktop.store.models import ChainLink as Row

    ids = list(box_ids)
    if not ids:
        return []
    return list(session.scalars(select(Row).where(Row.source_id.in_(ids)).order_by(Row.id)))


def _lane_of(row: ChainBoxRow, numbers: dict[int, int]) -> int | None:
    return numbers.get(row.focus_area_id) if row.focus_area_id is not None else None


def _view(row: ChainBoxRow, numbers: dict[int, int], lights: dict[str, tuple[Light, Quarter | None, Quarter | None]],
          statuses: dict[str, ActivityStatus]) -> ChainBox:
    level = ChainLevel(row.level)
    return ChainBox(
        id=row.id, code=row.code, level=level, title=row.title, description=row.description,
        focus_area_number=_lane_of(row, numbers), position=row.position,
        indicators=tuple(_indicator(i, numbers, lights, level) for i in row.indicators),
        activities=tuple(_chain_activity(a, numbers, statuses) for a in row.activities),
    )


def _notes(boxes: list[ChainBox], links: list[ChainLink]) -> list[str]:
    notes = [i.level_note for b in boxes for i in b.indicators if i.level_note]
    into = {link.target_id for link in links}
    out = {link.source_id for link in links}
    for b in boxes:
        name = f"«{b.code} {b.title}»"
        if b.level is ChainLevel.EFFECT and b.id not in into:
            notes.append(f"Effekten {name} har ingen pil som leder dit.")
        elif b.level is ChainLevel.RESULT and b.id not in out:
            notes.append(f"Resultatet {name} leder inte vidare till någon effekt.")
        elif b.level is ChainLevel.RESULT and b.id not in into:
            notes.append(f"Resultatet {name} har ingen aktivitet som leder dit.")
        elif b.level is ChainLevel.ACTIVITY and b.id not in out:
            notes.append(f"Aktiviteten {name} leder inte till något resultat.")
    return notes


def effect_chain(session: Session, project_code: str, *, focus_area_number: int | None = None,
                 today: date | None = None, grid: ProjectGrid | None = None) -> EffectChain:
    """The project's effect chain, or one focus area's (``focus_area_number``), with each box's
    indicators and their current lights and its activities. ``grid``: the project's grid at
    ``today`` if the caller has it (the window keeps one), so it is not computed twice."""
    from hallbar_desktop.services.lookup import get_focus_area

    project = get_project(session, project_code)
    if focus_area_number is not None:
        get_focus_area(session, project, focus_area_number)  # a clear message for an unknown number
    numbers = {a.id: a.number for a in project.focus_areas}
    lights, status_quarter = _lights(session, project.code, today, grid)
    statuses = _activity_statuses(session, project.code, today)
    archived = {a.id for a in project.focus_areas if a.archived}  # hidden as the grid hides them
    rows = [r for r in box_rows(session, project) if r.focus_area_id not in archived
            and (focus_area_number is None or _lane_of(r, numbers) == focus_area_number)]
    order: dict[int | None, int] = {a.number: i for i, a in enumerate(project.focus_areas)}
    order[None] = len(order) + 1  # project-wide boxes last
    rows.sort(key=lambda r: (order.get(_lane_of(r, numbers), len(order)), ChainLevel(r.level).rank, r.position, r.id))
    boxes = [_view(r, numbers, lights, statuses) for r in rows]
    codes = {r.id: r.code for r in rows}
    links = [ChainLink(x.id, codes[x.source_id], codes[x.target_id], x.source_id, x.target_id, x.skips_result, x.note)
             for x in link_rows(session, codes) if x.target_id in codes]
    lanes: list[tuple[int | None, str]] = [(a.number, a.name) for a in project.focus_areas
                                           if not a.archived and focus_area_number in (None, a.number)]
    if focus_area_number is None:
        lanes.append((None, PROJECT_WIDE))
    placed_indicators = {i.code for b in boxes for i in b.indicators}
    placed_activities = {a.code for b in boxes for a in b.activities}
    wanted = {n for n, _ in lanes if n is not None}
    unplaced = tuple(_indicator(i, numbers, lights, None) for i in _indicators(session, project)
                     if i.code not in placed_indicators and numbers.get(i.focus_area_id) in wanted)
    from hallbar_desktop.store.models import Activity

    plan = session.scalars(select(Activity).where(Activity.project_id == project.id)
                           .order_by(Activity.position, Activity.id)).all()
    unplaced_activities = tuple(
        _chain_activity(a, numbers, statuses) for a in plan
        if a.code not in placed_activities
        and (numbers.get(a.focus_area_id) if a.focus_area_id else None) in (wanted | {None} if focus_area_number is None
                                                                            else wanted))
    return EffectChain(
        project_code=project.code, project_name=project.name, example_data=project.example_data,
        focus_area_number=focus_area_number, lanes=tuple(lanes), status_quarter=status_quarter,
        project_end=Quarter.parse(project.end_quarter), boxes=tuple(boxes), links=tuple(links),
        unplaced_indicators=unplaced, unplaced_activities=unplaced_activities, notes=tuple(_notes(boxes, links)),
    )


def _indicators(session: Session, project: Project) -> list[Indicator]:
    from hallbar_desktop.store.models import Indicator

    return list(session.scalars(select(Indicator).where(Indicator.project_id == project.id,
                                                        Indicator.archived.is_(False))
                                .order_by(Indicator.position, Indicator.id)))


def get_box(session: Session, project_code: str, box: BoxRef, *, today: date | None = None) -> ChainBox:
    project = get_project(session, project_code)
    return fresh_box(session, project, box_row(session, project, box), today)


def fresh_box(session: Session, project: Project, row: ChainBoxRow, today: date | None) -> ChainBox:
    """The box as it is now, with the lights of its own indicators and the statuses of its own
    activities (read for those alone: a project file's chain makes a box after another)."""
    from hallbar_desktop.services.grid import project_grid

    session.flush()
    session.refresh(row)
    lights: Lights = {}
    if row.indicators:
        lights, _ = lights_of(project_grid(session, project.code, today=today,
                                           codes=[i.code for i in row.indicators]))
    numbers = {a.id: a.number for a in project.focus_areas}
    statuses = _activity_statuses(session, project.code, today) if row.activities else {}
    return _view(row, numbers, lights, statuses)


def box_row(session: Session, project: Project, ref: BoxRef) -> ChainBoxRow:
    from hallbar_desktop.store.models import ChainBox as Row

    if isinstance(ref, bool) or not isinstance(ref, int | str):
        raise ValidationError(translate("EffectChain", "En ruta anges med sin kod, t.ex. R1.1."))
    stmt = select(Row).where(Row.project_id == project.id)
    found = session.scalars(stmt.where(Row.id == ref) if isinstance(ref, int)
                            else stmt.where(func.lower(Row.code) == ref.strip().lower())).first()
    if found is None:
        codes = session.scalars(select(Row.code).where(Row.project_id == project.id).order_by(Row.id)).all()
        shown = ref if isinstance(ref, int) else ref.strip()
        raise NotFound(translate("EffectChain", "{code} har ingen ruta «{shown}» i effektkedjan. Rutor: "
                                                "{value}.").format(
                           code=project.code, shown=shown, value=', '.join(codes) or translate("EffectChain", "inga "
                                                                                                              "ännu")))
    return found
