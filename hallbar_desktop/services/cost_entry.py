"""Typing actual costs in the window's grid, as values are typed in theirs (``entry.py``).

One user action – an amount typed and Enter, a block pasted from Excel, Delete on a selection, an
undo or a redo – is a list of :class:`CostEdit`. Every cell is checked before anything is
written (the quarter inside the project, a category that is typed rather than computed, an amount
a Swedish user writes: ``12 345,50``, ``1.234,50``, ``450,00-``); a refusal names every cell that
cannot be saved and nothing is written. Then each cell is written and audited in the caller's one
transaction.

An undo puts a cell back exactly as it was: an imported sum comes back with the transactions of
the accounting export behind it and the file's name, not as a typed amount, so typing over an
imported cost and undoing it loses no traceability. (``economy.set_cost`` remains the one-cell
write of the command line and the project file.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from hallbar_desktop.domain.economy import CostCategory, parse_amount
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.lookup import get_project

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import ActualCost


@dataclass(frozen=True)
class CostLineState:
    """One transaction of an imported export, as stored behind a cost."""

    row: int
    booked_on: date | None
    account: str
    activity_code: str
    text: str
    amount: float


@dataclass(frozen=True)
class CostCellState:
    """Everything stored of one quarter's costs in one category."""

    amount: float
    source: str  # typed, import, load
    source_detail: str  # the imported file's name
    entered_by: str
    entered_at: datetime
    lines: tuple[CostLineState, ...] = ()


@dataclass(frozen=True)
class CostEdit:
    """What one cell should become: a typed text (empty clears), or a state put back (undo/redo)."""

    quarter: Quarter
    category: CostCategory
    text: str = ""
    restore: bool = False
    state: CostCellState | None = None  # with ``restore``: None means no cost stored

    @classmethod
    def typed(cls, quarter: Quarter, category: CostCategory, text: str) -> CostEdit:
        return cls(quarter, category, text)

    @classmethod
    def restored(cls, quarter: Quarter, category: CostCategory, state: CostCellState | None) -> CostEdit:
        return cls(quarter, category, restore=True, state=state)


@dataclass(frozen=True)
class CostCellChange:
    quarter: Quarter
    category: CostCategory
    before: CostCellState | None
    after: CostCellState | None

    @property
    def before_amount(self) -> float | None:
        return self.before.amount if self.before is not None else None

    @property
    def after_amount(self) -> float | None:
        return self.after.amount if self.after is not None else None


@dataclass(frozen=True)
class CostProblem:
    quarter: Quarter
    category: CostCategory
    message: str

    def __str__(self) -> str:
        return f"{self.category.label_sv()} {self.quarter.label_sv()}: {self.message}"


class CostEditsRefused(ValidationError):
    """At least one cell of the action cannot be saved; nothing of it was written."""

    def __init__(self, problems: Sequence[CostProblem]) -> None:
        message = str(problems[0])
        if len(problems) > 1:
            message += f" (och {len(problems) - 1} belopp till som inte går att spara)"
        super().__init__(message)
        self.problems = tuple(problems)


def _snapshot(row: ActualCost | None) -> CostCellState | None:
    if row is None:
        return None
    return CostCellState(row.amount, row.source, row.source_detail, row.entered_by, row.entered_at,
                         tuple(CostLineState(x.row_number, x.booked_on, x.account, x.activity_code, x.text, x.amount)
                               for x in row.lines))


def _audit_state(category: CostCategory, state: CostCellState | None) -> dict[str, object] | None:
    if state is None:
        return None
    return {"category": category.value, "amount": state.amount, "source": state.source,
            **({"file": state.source_detail} if state.source_detail else {}),
            **({"rows": len(state.lines)} if state.lines else {})}


def _check(edit: CostEdit, start: Quarter, end: Quarter) -> tuple[float | None, str | None]:
    """The amount the edit writes (None: clear), or the problem with it."""
    if not start <= edit.quarter <= end:
        return None, f"ligger utanför projektperioden ({start.label_sv()} – {end.label_sv()})."
    if edit.category.computed:
        return None, ("indirekta kostnader skrivs inte in: de räknas ut som projektets schablon av "
                      "personalkostnaderna. Ändra schablonen i stället.")
    if edit.restore:
        return (edit.state.amount if edit.state is not None else None), None
    text = edit.text.strip()
    if not text:
        return None, None
    try:
        return parse_amount(text, allow_negative=True), None
    except DomainError as exc:
        return None, exc.message


def apply_cost_edits(session: Session, project_code: str, edits: Sequence[CostEdit],
                     actor: Actor) -> list[CostCellChange]:
    """Check every edit, then write them all (or raise :class:`CostEditsRefused`, writing nothing).

    Returns the cells that changed; a cell already holding the amount typed is not a change,
    whatever wrote it (an imported sum typed again keeps its transactions).
    """
    from hallbar_desktop.services.projects import utcnow
    from hallbar_desktop.store.models import ActualCost, CostLine

    project = get_project(session, project_code)
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    wanted: dict[tuple[Quarter, CostCategory], tuple[CostEdit, float | None]] = {}
    problems = []
    for edit in edits:
        amount, problem = _check(edit, start, end)
        if problem is not None:
            problems.append(CostProblem(edit.quarter, edit.category, problem))
        else:
            wanted[(edit.quarter, edit.category)] = (edit, amount)  # the same cell twice: the last counts
    if problems:
        raise CostEditsRefused(problems)
    stored = {(Quarter.parse(c.quarter), CostCategory(c.category)): c for c in session.scalars(
        select(ActualCost).where(ActualCost.project_id == project.id))}
    changes = []
    now = utcnow()
    for (q, cat), (edit, amount) in wanted.items():
        row = stored.get((q, cat))
        before = _snapshot(row)
        if edit.restore:
            after = edit.state
            if before == after:
                continue
        else:
            if (before.amount if before is not None else None) == amount:
                continue
            after = None if amount is None else CostCellState(amount, "typed", "", actor.user, now)
        if after is None:
            assert row is not None
            session.delete(row)
        else:
            if row is None:
                row = ActualCost(project_id=project.id, quarter=str(q), category=cat.value)
                session.add(row)
            row.amount, row.source, row.source_detail = after.amount, after.source, after.source_detail
            row.entered_by, row.entered_at = after.entered_by, after.entered_at
            row.lines = [CostLine(row_number=x.row, booked_on=x.booked_on, account=x.account,
                                  activity_code=x.activity_code, text=x.text, amount=x.amount) for x in after.lines]
        session.flush()
        project_audit(session, project.id, "cost", _audit_state(cat, before), _audit_state(cat, after), actor,
                      quarter=q)
        changes.append(CostCellChange(q, cat, before, after))
    return changes


def undo_cost_edits(changes: Sequence[CostCellChange]) -> list[CostEdit]:
    """The edits that put every cell back as it was before ``changes``."""
    return [CostEdit.restored(c.quarter, c.category, c.before) for c in changes]


def redo_cost_edits(changes: Sequence[CostCellChange]) -> list[CostEdit]:
    return [CostEdit.restored(c.quarter, c.category, c.after) for c in changes]
