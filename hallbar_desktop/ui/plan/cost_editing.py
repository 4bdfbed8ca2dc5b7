"""Every edit of the costs grid as one transaction and one undo step, the way values are edited
(``ui/cell_editing.py``): typing, a pasted block and Delete go through
``services.plan_operations.edit_costs`` (every cell checked before anything is written), and undo
and redo write the earlier or later state back through the same operation – audited like any
edit, an imported cost put back with its transactions. The steps go on the window's one undo
stack, so Redigera → Ångra undoes the latest action whichever grid it was made in.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.cost_entry import CostCellChange, CostEdit, redo_cost_edits, undo_cost_edits
from hallbar_desktop.services.plan_operations import edit_costs
from hallbar_desktop.ui.cell_editing import DETAIL_PASTE, DETAIL_REDO, DETAIL_TYPED, DETAIL_UNDO, EDIT, REDO, UNDO

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.state import RegisterState

__all__ = ["DETAIL_PASTE", "DETAIL_TYPED", "CostEditing"]


class CostEditing(QObject):
    #: (project code, changes, how (EDIT/UNDO/REDO), the action's label) after anything was written.
    applied = Signal(str, list, str, str)
    #: (message, problems) when an action was refused; nothing was written.
    refused = Signal(str, tuple)

    def __init__(self, state: RegisterState, undo_stack: QUndoStack | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def apply(self, project_code: str, edits: Sequence[CostEdit], label: str,
              detail: str = DETAIL_TYPED) -> list[CostCellChange] | None:
        """Write ``edits`` in one transaction as one undo step: the cells changed (empty when
        every cell already held that), or None when refused."""
        changes = self._write(project_code, edits, detail, EDIT, label)
        if changes:
            self.undo_stack.push(_CostCommand(self, project_code, changes, label))
        return changes

    def _write(self, project_code: str, edits: Sequence[CostEdit], detail: str, how: str,
               label: str) -> list[CostCellChange] | None:
        try:
            changes = self.state.perform(partial(edit_costs, project_code=project_code, edits=edits,
                                                 actor=Actor.here("window", detail)))
        except USER_ERRORS as exc:
            self.refused.emit(str(exc), tuple(getattr(exc, "problems", ())))
            return None
        if changes:
            self.applied.emit(project_code, changes, how, label)
        return changes


class _CostCommand(QUndoCommand):
    """One action on the costs grid. The first redo is skipped: it was written before it was pushed."""

    def __init__(self, editing: CostEditing, project_code: str, changes: list[CostCellChange], label: str) -> None:
        super().__init__(label)
        self.editing = editing
        self.project_code = project_code
        self.changes = changes
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        if self.editing._write(self.project_code, redo_cost_edits(self.changes), DETAIL_REDO, REDO,
                               self.text()) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.editing._write(self.project_code, undo_cost_edits(self.changes), DETAIL_UNDO, UNDO,
                               self.text()) is None:
            self.setObsolete(True)
