"""The writes of the activity plan and the economy a front end makes, each returning what it changed.

The same pattern as :mod:`hallbar_desktop.services.operations` (and in a module of its own, beside
it): every function runs services on the caller's session – the caller opens the one transaction,
``with register.transaction() as s: done = operation(s, ...)`` – and returns
:class:`~hallbar_desktop.services.operations.Done` with the :class:`Changes` of the write: the
project and ``activities=True`` for the plan, its reports and the period's texts, ``economy=True``
for costs, budget, financing, settings and an import. A write that changed nothing returns empty
Changes, so no view redraws for it. Tested without a window in
``tests/services/test_plan_operations.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.cost_entry import CostCellChange, CostEdit, apply_cost_edits
from hallbar_desktop.services.operations import Done, _project_code

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.domain.economy import CostCategory, FinancierKind
    from hallbar_desktop.domain.quarters import Period, Quarter
    from hallbar_desktop.services.activities import ActivityFields, ActivityInfo
    from hallbar_desktop.services.cost_import import CostImportPreview, CostImportResult, ImportMapping
    from hallbar_desktop.services.economy import ColumnMapping, FinancierInfo


def _activities(session: Session, project_code: str, changed: bool = True) -> Changes:
    return Changes(_project_code(session, project_code), activities=True) if changed else Changes()


def _economy(session: Session, project_code: str, changed: bool = True) -> Changes:
    return Changes(_project_code(session, project_code), economy=True) if changed else Changes()


# --- the activity plan ------------------------------------------------------------------------
def create_activity(session: Session, project_code: str, fields: ActivityFields, actor: Actor) -> Done[ActivityInfo]:
    from hallbar_desktop.services import activities

    return Done(activities.create_activity(session, project_code, fields, actor), _activities(session, project_code))


def update_activity(session: Session, project_code: str, activity_code: str, fields: ActivityFields,
                    actor: Actor, *, seen_version: int | None = None) -> Done[ActivityInfo]:
    from hallbar_desktop.services import activities

    info = activities.update_activity(session, project_code, activity_code, fields, actor, seen_version=seen_version)
    return Done(info, _activities(session, project_code))


def delete_activity(session: Session, project_code: str, activity_code: str, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import activities

    activities.delete_activity(session, project_code, activity_code, actor)
    return Done(None, _activities(session, project_code))


def move_activity(session: Session, project_code: str, activity_code: str, offset: int, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import activities

    moved = activities.move_activity(session, project_code, activity_code, offset, actor)
    return Done(moved, _activities(session, project_code, moved))


def set_activity_report(session: Session, project_code: str, activity_code: str, period: Period | str,
                        actor: Actor, *, done: str, outcome: str) -> Done[bool]:
    """What was done in the activity during the period, and its outcome (both empty: removed)."""
    from hallbar_desktop.services import activities

    changed = activities.set_activity_report(session, project_code, activity_code, period, actor,
                                             done=done, outcome=outcome)
    return Done(changed, _activities(session, project_code, changed))


def set_unforeseen(session: Session, project_code: str, period: Period | str, text: str,
                   actor: Actor) -> Done[bool]:
    """The period's text on unforeseen results and effects (the lägesrapport's section 5)."""
    from hallbar_desktop.services import activities

    changed = activities.set_unforeseen(session, project_code, period, text, actor)
    return Done(changed, _activities(session, project_code, changed))


def save_period_texts(session: Session, project_code: str, period: Period | str, actor: Actor, *,
                      reports: Sequence[tuple[str, str, str]] = (), unforeseen: str | None = None) -> Done[bool]:
    """Several texts of one reporting period at once, in the one transaction: the reports of
    activities (code, done, outcome) and the unforeseen text (None: left as it is)."""
    from hallbar_desktop.services import activities

    changed = False
    for code, done, outcome in reports:
        changed |= activities.set_activity_report(session, project_code, code, period, actor,
                                                  done=done, outcome=outcome)
    if unforeseen is not None:
        changed |= activities.set_unforeseen(session, project_code, period, unforeseen, actor)
    return Done(changed, _activities(session, project_code, changed))


# --- costs ------------------------------------------------------------------------------------
def edit_costs(session: Session, project_code: str, edits: Sequence[CostEdit],
               actor: Actor) -> Done[list[CostCellChange]]:
    """Typing, paste, Delete, undo and redo in the costs grid (``cost_entry.apply_cost_edits``):
    every cell checked first, all written or none."""
    changed = apply_cost_edits(session, project_code, edits, actor)
    return Done(changed, _economy(session, project_code, bool(changed)))


def import_costs(session: Session, project_code: str, path: Path, actor: Actor, *,
                 mapping: ImportMapping | None = None, columns: ColumnMapping | None = None,
                 expected: CostImportPreview | None = None) -> Done[CostImportResult]:
    """Arkiv → Importera kostnader: every row of the export or none; the columns and accounts
    confirmed are remembered for the project; the file's name goes into the audit trail."""
    from hallbar_desktop.services.cost_import import apply_cost_import

    result = apply_cost_import(session, project_code, path, actor, mapping=mapping, columns=columns,
                               expected=expected)
    changed = bool(result.written or result.columns_remembered or result.accounts_remembered)
    return Done(result, _economy(session, project_code, changed))


# --- budget, financing and settings -----------------------------------------------------------
def set_budget(session: Session, project_code: str, category: CostCategory | str, year: int | str,
               amount: float | str | None, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import economy

    changed = economy.set_budget(session, project_code, category, year, amount, actor)
    return Done(changed, _economy(session, project_code, changed))


def save_financier(session: Session, project_code: str, name: str, kind: FinancierKind | str, actor: Actor, *,
                   original_name: str | None = None) -> Done[FinancierInfo]:
    from hallbar_desktop.services import economy

    info = economy.save_financier(session, project_code, name, kind, actor, original_name=original_name)
    return Done(info, _economy(session, project_code))


def remove_financier(session: Session, project_code: str, name: str, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import economy

    economy.remove_financier(session, project_code, name, actor)
    return Done(None, _economy(session, project_code))


def set_financing(session: Session, project_code: str, financier: str, year: int | str,
                  amount: float | str | None, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import economy

    changed = economy.set_financing(session, project_code, financier, year, amount, actor)
    return Done(changed, _economy(session, project_code, changed))


def set_paid_in(session: Session, project_code: str, financier: str, quarter: Quarter | str,
                amount: float | str | None, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import economy

    changed = economy.set_paid_in(session, project_code, financier, quarter, amount, actor)
    return Done(changed, _economy(session, project_code, changed))


def set_indirect_rate(session: Session, project_code: str, rate: float, actor: Actor) -> Done[bool]:
    """The flat rate (a fraction): every indirect cost, in the budget and the outcome, follows."""
    from hallbar_desktop.services import economy

    changed = economy.set_indirect_rate(session, project_code, rate, actor)
    return Done(changed, _economy(session, project_code, changed))


def set_funder_cap(session: Session, project_code: str, cap: float, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import economy

    changed = economy.set_funder_cap(session, project_code, cap, actor)
    return Done(changed, _economy(session, project_code, changed))
