"""Every value edit of the window as one transaction and one undo step.

Typing, pasting, clearing, parts by sex and comments all come here. Undo and redo write the
earlier (or later) state back through the same operation (``services.operations.edit_values``,
that is ``entry.apply_edits``), so they are checked and audited like any edit, and the window's
state applies what each of them changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellChange, CellEdit, redo_edits, undo_edits
from hallbar_desktop.services.operations import edit_values

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.state import RegisterState

#: ``source_detail`` in the audit trail, so the history tells an undo from a typed value.
DETAIL_TYPED = ""
DETAIL_PASTE = "inklistring"
DETAIL_UNDO = "ångra"
DETAIL_REDO = "gör om"

#: How a write came about: an edit, or the undo or redo of one.
EDIT, UNDO, REDO = "edit", "undo", "redo"


class CellEditing(QObject):
    #: (project code, changes, how (EDIT/UNDO/REDO), the action's label) after anything was written.
    applied = Signal(str, list, str, str)
    #: (message, problems) when an action was refused; nothing was written.
    refused = Signal(str, tuple)

    def __init__(self, state: RegisterState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.undo_stack = QUndoStack(self)

    def apply(self, project_code: str, edits: Sequence[CellEdit], label: str,
              detail: str = DETAIL_TYPED) -> list[CellChange] | None:
        """Write ``edits`` in one transaction and make them one undo step.

        Returns the changes (empty when every cell already held that), or None when refused.
        """
        changes = self._write(project_code, edits, detail, EDIT, label)
        if changes:
            self.undo_stack.push(_EditCommand(self, project_code, changes, label))
        return changes

    def _write(self, project_code: str, edits: Sequence[CellEdit], detail: str, how: str,
               label: str) -> list[CellChange] | None:
        try:
            changes = self.state.perform(partial(edit_values, project_code=project_code, edits=edits,
                                                 actor=Actor.here("window", detail)))
        except USER_ERRORS as exc:
            self.refused.emit(str(exc), tuple(getattr(exc, "problems", ())))
            return None
        if changes:
            self.applied.emit(project_code, changes, how, label)
        return changes


class _EditCommand(QUndoCommand):
    """One user action. The first redo is skipped: the edit was written before it was pushed."""

    def __init__(self, editing: CellEditing, project_code: str, changes: list[CellChange], label: str) -> None:
        super().__init__(label)
        self.editing = editing
        self.project_code = project_code
        self.changes = changes
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        if self.editing._write(self.project_code, redo_edits(self.changes), DETAIL_REDO, REDO, self.text()) is None:
            self.setObsolete(True)  # the register no longer allows it (archived, locked)

    def undo(self) -> None:
        if self.editing._write(self.project_code, undo_edits(self.changes), DETAIL_UNDO, UNDO, self.text()) is None:
            self.setObsolete(True)
