"""Entering values as in Excel: type and Enter, paste a block, Delete, parts by sex, comments,
undo and redo – each one transaction and one undo step, through the one write path.

Every edit goes to ``CellEditing`` (``services.operations.edit_values``: every cell checked
before anything is written); the window's state applies what it changed, and the panes follow
from there. This module only turns the user's keys into edits, shows a refusal at its cell, and
says in the status bar what happened (saved, cleared, undone, done again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.entry import CellChange, CellEdit, Seen
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.cell_editing import DETAIL_PASTE, EDIT, UNDO, CellEditing
from hallbar_desktop.ui.grid_model import GridModel, LockedCellGuard
from hallbar_desktop.ui.window.grid_pane import GridPane
from hallbar_desktop.ui.window.state import RegisterState

#: Shows a message in the status bar: (text, milliseconds).
Say = Callable[[str, int], None]


def parse_block(text: str) -> list[list[str]]:
    """Cells of a block copied from Excel: tab between cells, newline between rows."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # Excel ends the last row with a newline too
    return [line.split("\t") for line in lines]


class ValueEntry(QObject):
    #: What was said last of an edit, per kind of edit: the verb of the status-bar message.
    SAVED, CLEARED, COMMENTED = "saved", "cleared", "commented"

    def __init__(self, state: RegisterState, pane: GridPane, say: Say, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.pane = pane
        self.say = say
        self.editing = CellEditing(state, self)
        self.undo_stack = self.editing.undo_stack
        self.editing.applied.connect(self._applied)
        self.editing.refused.connect(self._refused)
        self.parts_dialog: Any = None
        self._refusal: str | None = None
        self._verb = self.SAVED
        if not state.register.read_only:
            pane.model.save_cell = self.save_cell
        pane.table.grid_delegate.partsRequested.connect(self.edit_parts)
        self.lock_guard = LockedCellGuard(pane.table, lambda i: bool(i.data(GridModel.LockedRole)),
                                          self._refuse_locked)

    @property
    def model(self) -> GridModel:
        return self.pane.model

    # --- one cell ---------------------------------------------------------------------------
    def save_cell(self, indicator_code: str, quarter: Quarter, text: str) -> str | None:
        """Save one typed value in its own transaction; return the message if it was refused."""
        if self.state.selection.project is None:
            return self.tr("Välj ett projekt först.")
        label = self.tr("Ändra {code} {quarter}").format(code=indicator_code, quarter=labels.quarter(quarter))
        return self._apply([CellEdit.typed(indicator_code, quarter, text)], label,
                           verb=self.CLEARED if not text.strip() else self.SAVED)

    def save_comment(self, project: str, indicator_code: str, quarter: Quarter, text: str) -> str | None:
        """The comment of one value (from the details pane); the refusal's message, or None."""
        label = self.tr("Kommentar {code} {quarter}").format(code=indicator_code,
                                                                  quarter=labels.quarter(quarter))
        return self._apply([CellEdit.commented(indicator_code, quarter, text)], label, project=project,
                           verb=self.COMMENTED)

    def edit_current_cell(self) -> None:
        index = self.pane.table.currentIndex()
        if index.isValid():
            self.pane.table.setFocus()
            self.pane.table.edit(index)

    def edit_parts(self, index: QModelIndex) -> None:
        """The parts by sex of one cell, in a small dialog (it opens instead of a text editor)."""
        from hallbar_desktop.domain.errors import DomainError
        from hallbar_desktop.ui.parts_dialog import PartsDialog

        hit = self.model.cell_at(index)
        if hit is None:
            return
        row, cell = hit
        dialog = PartsDialog(row.indicator, cell, labels.quarter(cell.quarter), self.pane.window())

        def submit(d: PartsDialog) -> str | None:
            try:
                women, men, other = d.parts()
            except DomainError as exc:
                return str(exc)
            label = self.tr("Ändra {code} {quarter}").format(code=row.indicator.code,
                                                                  quarter=labels.quarter(cell.quarter))
            return self._apply([CellEdit.by_sex(row.indicator.code, cell.quarter, women, men, other)], label)

        dialog.submit = submit
        self.parts_dialog = dialog
        dialog.finished.connect(lambda _r: self.pane.table.setFocus())
        dialog.open()

    # --- blocks -----------------------------------------------------------------------------
    def _selected_cells(self) -> list[QModelIndex]:
        table = self.pane.table
        indexes = table.selectionModel().selectedIndexes() or [table.currentIndex()]
        return sorted((i for i in indexes if self.model.cell_at(i) is not None), key=lambda i: (i.row(), i.column()))

    def clear_selection(self) -> None:
        """Delete: clear the selected cells that hold a value, as one undo step."""
        if self.state.selection.project is None:
            return
        edits = []
        for index in self._selected_cells():
            hit = self.model.cell_at(index)
            if hit is not None and hit[1].measurement is not None:
                edits.append(CellEdit.typed(hit[0].indicator.code, hit[1].quarter, ""))
        if edits:
            self._apply(edits, self.tr("Töm {n} celler").format(n=len(edits)), verb=self.CLEARED)

    def copy(self) -> None:
        table = self.pane.table
        indexes = [i for i in (table.selectionModel().selectedIndexes() or [table.currentIndex()]) if i.isValid()]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        lines = []
        for r in range(rows[0], rows[-1] + 1):
            cells = []
            for c in range(cols[0], cols[-1] + 1):
                index = self.model.index(r, c)
                role = Qt.ItemDataRole.EditRole if c < self.model.n_quarters() else Qt.ItemDataRole.DisplayRole
                cells.append(str(index.data(role) or ""))
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self, text: str | None = None) -> str | None:
        """Paste a block copied from Excel at the current cell: every cell validated first,
        then all saved in one transaction (one undo step), or nothing. Returns the refusal."""
        if self.state.selection.project is None:
            return None
        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        start = self.pane.table.currentIndex()
        if not block or self.model.cell_at(start) is None:
            message = self.tr("Välj kvartalscellen där blocket ska börja, och kopiera värden först.")
            self._refused(message, ())
            return message
        width = max(len(r) for r in block)
        if start.row() + len(block) > self.model.rowCount() or start.column() + width > self.model.n_quarters():
            message = self.tr("Blocket ({rows} × {cols}) får inte plats från den valda cellen. Inget klistrades in.") \
                .format(rows=len(block), cols=width)
            self._refused(message, ())
            return message
        edits = []
        for dr, values in enumerate(block):
            for dc, value in enumerate(values):
                hit = self.model.cell_at(self.model.index(start.row() + dr, start.column() + dc))
                assert hit is not None
                edits.append(CellEdit.typed(hit[0].indicator.code, hit[1].quarter, value))
        label = self.tr("Klistra in {rows} × {cols} värden").format(rows=len(block), cols=width)
        refused = self._apply(edits, label, DETAIL_PASTE)
        if refused is not None:
            self.pane.cell_message.setText(self.tr("Inget klistrades in. ") + refused)
            return refused
        selection = QItemSelection(start, self.model.index(start.row() + len(block) - 1, start.column() + width - 1))
        self.pane.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return None

    # --- writing and telling ----------------------------------------------------------------
    def _apply(self, edits: list[CellEdit], label: str, detail: str = "", *, project: str | None = None,
               verb: str = SAVED) -> str | None:
        code = project or self.state.selection.project
        assert code is not None
        if not self.state.register.location.is_sqlite:
            # A shared register: the save is refused should someone else have changed a cell
            # since this window read it (the message says who and to what).
            edits = [e if e.seen is not None else e.having_seen(self._seen(code, e.indicator_code, e.quarter))
                     for e in edits]
        self._refusal = None
        self._verb = verb
        if self.editing.apply(code, edits, label, detail) is None:
            return self._refusal or self.tr("Ändringen kunde inte sparas.")
        return None

    def _seen(self, project: str, indicator_code: str, quarter: Quarter) -> Seen | None:
        """What the window shows in the cell (None: its grid is not read, nothing to compare)."""
        row = self.state.row(project, indicator_code)
        if row is None:
            return None
        cell = next((c for c in row.cells if c.quarter == quarter), None)
        return Seen.of(cell.measurement) if cell is not None else None

    def _refused(self, message: str, problems: tuple[Any, ...]) -> None:
        """A refused value: the message at the cell, in the status bar; the register unchanged."""
        self._refusal = message
        self.pane.show_refusal(message, problems)
        self.say(message, 15000)
        changed = [(p.indicator_code, p.quarter) for p in problems if getattr(p, "conflict", False)]
        project = self.state.selection.project
        if changed and project is not None:
            from hallbar_desktop.services.changes import Changes

            self.state.apply(Changes.of_values(project, changed))  # show what holds now

    def _refuse_locked(self, index: QModelIndex) -> None:
        from hallbar_desktop.services.steering import locked_message

        hit = self.model.cell_at(index)
        project = self.state.selection.project
        if hit is None or project is None:
            return
        self.pane.table.setCurrentIndex(index)
        q = hit[1].quarter
        self._refused(f"{hit[0].indicator.code} {q.label_sv()}: {locked_message(project, q)}", ())

    def _applied(self, _project: str, changes: list[CellChange], how: str, label: str) -> None:
        """Say what happened: saved, cleared, commented, or the action undone or done again."""
        self.pane.hide_refusal()
        if how == EDIT:
            first, more = changes[0], len(changes) - 1
            if self._verb == self.CLEARED:
                template = self.tr("Tömt: {code} {quarter}")
            elif self._verb == self.COMMENTED:
                template = self.tr("Kommentar sparad: {code} {quarter}")
            else:
                template = self.tr("Sparat: {code} {quarter}")
            text = template.format(code=first.indicator_code, quarter=labels.quarter(first.quarter))
            if more:
                text += self.tr(" och {n} värden till").format(n=more)
        elif how == UNDO:
            text = self.tr("Ångrat: {action}").format(action=label)
        else:
            text = self.tr("Gjort om: {action}").format(action=label)
        self._verb = self.SAVED
        self.say(text, 5000)
