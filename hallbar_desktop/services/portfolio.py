"""The portfolio: every project the register lets the user read, side by side, for one quarter.

Nothing here judges anything itself. The lights are the grid's (``grid.project_grid``) read at the
chosen quarter the way the scorecard reads them (``scorecard.scorecard_of``), so a project's counts
are those of ``hallbar show P --json`` (its ``summary`` per focus area at the status quarter, its
cells' ``status`` at any other); the economy is ``economy_follow_up`` at that quarter; decisions are
``steering.list_decisions`` with ``DecisionInfo.is_overdue``; approvals are the grid's own.

Which projects: all that the connection can read (``catalog.list_projects``). On a shared server
the database's row-level security decides which those are; the portfolio adds no rule of its own.

The quarter: by default the latest quarter that has ended (:func:`default_quarter`), the one a
project leader reports on now. A project is judged at the chosen quarter, or at its own last
quarter when it ended earlier (an indicator followed up after the end at its own last one), and
not at all before it starts. Decisions are overdue as of today (a decision is chased now,
whatever quarter is looked at); quarters count as unapproved when they have ended, lie within the
project's period up to the chosen quarter and the steering group has not approved them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.domain.status import COUNTED, Light

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.services.grid import ProjectGrid


def default_quarter(today: date | None = None) -> Quarter:
    """The latest quarter that has ended by ``today``: the one reported on now (in January 2023
    that is 2022 kv 4, on the last of March still 2022 kv 4)."""
    return Quarter.from_date(today or date.today()).prev()


def chosen_quarter(text: str | Quarter | None, today: date | None = None) -> Quarter:
    """The quarter asked for (``2022Q4``, ``2022 kv 4`` …; a malformed one is refused with
    ``InvalidQuarter``'s Swedish line), else :func:`default_quarter`."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return default_quarter(today)
    return text if isinstance(text, Quarter) else Quarter.parse(text)


@dataclass(frozen=True)
class StatusCounts:
    """Indicators per light at a quarter; ``not_judged``: those with nothing to judge yet (no
    target, a quarter that has not ended, a project not started)."""

    green: int = 0
    yellow: int = 0
    red: int = 0
    grey: int = 0
    not_judged: int = 0

    @classmethod
    def of(cls, lights: list[Light]) -> StatusCounts:
        counts = Counter(lights)
        return cls(counts[Light.GREEN], counts[Light.YELLOW], counts[Light.RED], counts[Light.GREY],
                   sum(n for light, n in counts.items() if light not in COUNTED))

    def get(self, light: Light) -> int:
        return {Light.GREEN: self.green, Light.YELLOW: self.yellow, Light.RED: self.red,
                Light.GREY: self.grey}.get(light, self.not_judged)

    @property
    def indicators(self) -> int:
        return self.green + self.yellow + self.red + self.grey + self.not_judged

    def summary(self) -> dict[str, int]:
        """As ``hallbar show --json`` writes a focus area's summary: green, yellow, red, grey."""
        return {light.value: self.get(light) for light in COUNTED}

    @property
    def worst(self) -> Light:
        """The most urgent light present (red, then grey – a report missing –, yellow, green)."""
        for light in (Light.RED, Light.GREY, Light.YELLOW, Light.GREEN):
            if self.get(light):
                return light
        return Light.NONE


@dataclass(frozen=True)
class FocusAreaStatus:
    project_code: str
    project_name: str
    number: int
    name: str
    quarter: Quarter | None  # the quarter judged (None: the project had not started)
    counts: StatusCounts


@dataclass(frozen=True)
class EconomyStatus:
    """The total of ``economy_follow_up`` at the quarter judged: budget against outcome."""

    as_of: Quarter | None
    budget: float
    outcome: float
    used_share: float | None  # outcome / budget
    time_share: float  # of the project's quarters passed
    forecast: float | None
    status: Light
    reported: bool  # any cost entered for ``as_of``


@dataclass(frozen=True)
class OverdueDecision:
    number: int
    text: str
    owner: str
    due_on: date
    meeting_date: date


@dataclass(frozen=True)
class ProjectStatus:
    code: str
    name: str
    owner: str
    start: Quarter
    end: Quarter
    example_data: bool
    quarter: Quarter | None  # the quarter judged: the chosen one, the project's end, or None before start
    counts: StatusCounts
    focus_areas: tuple[FocusAreaStatus, ...]
    economy: EconomyStatus | None  # None: no budget in the register
    open_decisions: int
    overdue_decisions: tuple[OverdueDecision, ...]
    unapproved: tuple[Quarter, ...]  # ended quarters up to the one judged, not approved
    approved: tuple[Quarter, ...] = field(default=())

    @property
    def started(self) -> bool:
        return self.quarter is not None


@dataclass(frozen=True)
class Portfolio:
    quarter: Quarter
    today: date
    projects: tuple[ProjectStatus, ...]

    @property
    def focus_areas(self) -> tuple[FocusAreaStatus, ...]:
        return tuple(a for p in self.projects for a in p.focus_areas)

    def project(self, code: str) -> ProjectStatus:
        return next(p for p in self.projects if p.code.casefold() == code.casefold())


def portfolio(session: Session, quarter: Quarter | str | None = None, *, today: date | None = None) -> Portfolio:
    """The portfolio at ``quarter`` (default: the latest ended quarter) of every project the
    session can read, in the order of their codes."""
    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.grid import project_grid

    today = today or date.today()
    q = chosen_quarter(quarter, today)
    projects = []
    for entry in list_projects(session):
        grid = project_grid(session, entry.project.code, today=today)
        projects.append(project_status(session, grid, q, today))
    return Portfolio(q, today, tuple(projects))


def project_status(session: Session, grid: ProjectGrid, quarter: Quarter, today: date) -> ProjectStatus:
    """One project's line of the portfolio, from its grid (read with ``today``)."""
    from hallbar_desktop.services.economy_follow_up import economy_follow_up
    from hallbar_desktop.services.scorecard import scorecard_of
    from hallbar_desktop.services.steering import list_decisions

    p = grid.project
    judged = min(quarter, p.end) if quarter >= p.start else None
    if judged is not None:
        card = scorecard_of(grid, quarter)
        lights = {line.indicator.code: line.light for line in card.lines}
    else:
        lights = {row.indicator.code: Light.NONE for row in grid.rows}
    areas = tuple(
        FocusAreaStatus(p.code, p.name, a.number, a.name, judged,
                        StatusCounts.of([lights[r.indicator.code] for r in grid.rows_of(a.number)]))
        for a in grid.focus_areas)
    economy = None
    if judged is not None:
        follow = economy_follow_up(session, p.code, as_of=judged, today=today)
        if follow.has_budget:
            t = follow.total
            economy = EconomyStatus(follow.as_of, t.budget, t.outcome, t.used_share, t.time_share,
                                    t.forecast, t.status, follow.reported)
    decisions = list_decisions(session, p.code)
    overdue = tuple(OverdueDecision(d.number, d.text, d.owner, d.due_on, d.meeting_date)
                    for d in decisions if d.is_overdue(today) and d.due_on is not None)
    ended = default_quarter(today)
    last = min(judged, ended) if judged is not None else None
    period = quarter_range(p.start, last) if last is not None and last >= p.start else []
    return ProjectStatus(
        code=p.code, name=p.name, owner=p.owner, start=p.start, end=p.end, example_data=p.example_data,
        quarter=judged,
        counts=StatusCounts.of(list(lights.values())),
        focus_areas=areas,
        economy=economy,
        open_decisions=sum(1 for d in decisions if d.is_open),
        overdue_decisions=overdue,
        unapproved=tuple(q for q in period if q not in grid.approved),
        approved=tuple(sorted(grid.approved)),
    )


def portfolio_json(folio: Portfolio) -> dict[str, object]:
    """The portfolio for scripts (``hallbar portfolio --json``): plain numbers, quarters as
    ``2022Q4``, lights by their codes as ``show --json`` writes them."""

    def counts(c: StatusCounts) -> dict[str, int]:
        return {**c.summary(), "none": c.not_judged}

    return {
        "quarter": str(folio.quarter),
        "today": folio.today.isoformat(),
        "projects": [
            {
                "code": p.code,
                "name": p.name,
                "owner": p.owner,
                "start": str(p.start),
                "end": str(p.end),
                "example_data": p.example_data,
                "quarter": str(p.quarter) if p.quarter else None,
                "summary": counts(p.counts),
                "focus_areas": [
                    {"number": a.number, "name": a.name, "summary": counts(a.counts)} for a in p.focus_areas
                ],
                "economy": None if p.economy is None else {
                    "as_of": str(p.economy.as_of) if p.economy.as_of else None,
                    "budget": p.economy.budget,
                    "outcome": p.economy.outcome,
                    "used_share": p.economy.used_share,
                    "time_share": p.economy.time_share,
                    "forecast": p.economy.forecast,
                    "status": p.economy.status.value,
                    "reported": p.economy.reported,
                },
                "open_decisions": p.open_decisions,
                "overdue_decisions": [
                    {"number": d.number, "text": d.text, "owner": d.owner, "due_on": d.due_on.isoformat(),
                     "meeting": d.meeting_date.isoformat()}
                    for d in p.overdue_decisions
                ],
                "unapproved_quarters": [str(q) for q in p.unapproved],
            }
            for p in folio.projects
        ],
    }
