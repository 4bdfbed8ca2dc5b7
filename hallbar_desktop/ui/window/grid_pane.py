"""The work page: the heading of what is shown, the legend, and the tabs with the quarterly grid.

The grid shows the selected project's grid from the state (the selected focus area's rows, or the
whole project) with the selected value as its current cell. After a write only the rows whose
values changed are swapped in (``GridModel.update_rows``); after a change of structure the grid
is shown anew. Moving in the grid moves the selection; a refused value is shown at its cell.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.grid import GridRow, ProjectGrid
from hallbar_desktop.ui.banner import LegendRow
from hallbar_desktop.ui.grid_model import GridModel
from hallbar_desktop.ui.grid_view import GridView
from hallbar_desktop.ui.window.selection import Selected
from hallbar_desktop.ui.window.state import CATALOGUE, RegisterState


class GridPane(QWidget):
    #: Rows whose texts set the column widths (the rows on screen when a grid opens).
    FIT_ROWS: ClassVar[int] = 20
    #: Lines of text the legend row holds: the banner that takes its place has as many.
    NOTE_LINES: ClassVar[int] = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self._syncing = False
        self._new_grid = False  # a grid was just shown: its current quarter goes to the right edge
        self.model = GridModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.legend = QLabel(self.tr(
            "{g} grön  {y} gul  {r} röd  {x} grå (värde saknas)   ◥ kommentar   Skriv för att ändra, "
            "Enter sparar").format(g=SYMBOL[Light.GREEN], y=SYMBOL[Light.YELLOW], r=SYMBOL[Light.RED],
                                   x=SYMBOL[Light.GREY]))
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The legend and a refused value's message share one row of a fixed height: showing the
        # message never pushes the grid down.
        self.notes = LegendRow(self.legend, self.NOTE_LINES)
        self.banner = self.notes.banner
        self.banner.dismissed.connect(self.cell_popup_hide)
        #: Show the half-year roll-ups and the project to date (a toggle kept in the settings).
        self.summary_action = QAction(self.tr("Visa &halvår och hela projektet"), self)
        self.summary_action.setCheckable(True)
        self.summary_action.setShortcut(QKeySequence("Shift+F8"))
        self.summary_action.setChecked(True)
        self.summary_action.setToolTip(self.tr("Visa eller dölj kolumnerna för halvåren och hela projektet"))
        self.summary_action.toggled.connect(self._apply_summaries)
        self.summary_button = QToolButton()
        self.summary_button.setDefaultAction(self.summary_action)
        self.summary_button.setText(self.tr("Halvår"))
        self.summary_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.table = GridView()
        self.table.setModel(self.model)
        self.table.selectionModel().currentChanged.connect(self._on_current)
        self.table.currentOutOfView.connect(self.scroll_to_current)
        # A refused value's message, next to the cell (a child label: tooltips vanish too soon).
        self.cell_popup = QLabel(self.table.viewport())
        self.cell_popup.setWordWrap(True)
        self.cell_popup.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 3px;")
        self.cell_popup.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Kvartalsvärden"))
        # The toggle folds the grid's columns: shown with the grid only.
        self.tabs.currentChanged.connect(lambda _i: self.summary_button.setVisible(
            self.tabs.currentWidget() is self.table))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.heading)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notes_row)
        layout.addWidget(self.tabs, 1)

    @property
    def cell_message(self) -> QLabel:
        """The text of the message shown in the banner (a refused value, a paste refused)."""
        return self.banner.label

    def message_shown(self) -> bool:
        return self.notes.message_shown()

    def dismiss_message(self) -> None:
        """The banner is closed: the legend comes back."""
        self.notes.dismiss()
        self.cell_popup.hide()

    def cell_popup_hide(self) -> None:
        if hasattr(self, "cell_popup"):
            self.cell_popup.hide()

    # --- the summary columns ----------------------------------------------------------------
    def summary_columns(self) -> range:
        """The half-year roll-ups and the project to date (after the quarters)."""
        grid = self.model.grid
        if grid is None:
            return range(0)
        n = self.model.n_quarters()
        return range(n, n + len(grid.periods) + 1)

    def show_summaries(self, shown: bool) -> None:
        self.summary_action.setChecked(shown)
        self._apply_summaries()

    def _apply_summaries(self, *_: object) -> None:
        shown = self.summary_action.isChecked()
        for c in self.summary_columns():
            self.table.setColumnHidden(c, not shown)
        current = self.table.currentIndex()
        if current.isValid() and self.table.isColumnHidden(current.column()):
            self._move_to(self.model.index(current.row(), self.default_column()))
        if self.isVisible():
            QTimer.singleShot(0, self, self.scroll_to_current)

    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        state.readingStarted.connect(self._reading)
        state.readingEnded.connect(self._read)

    # --- what is shown ----------------------------------------------------------------------
    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project or now.focus_area != before.focus_area:
            self._show_grid()
        self._show_current()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        code = self.state.selection.project
        if not changes.concerns(code):
            return
        grid = self.state.cached_grid(code)
        shown = self.model.grid
        if changes.structure or grid is None or shown is None or shown.project.code != code:
            self._show_grid()
        elif grid is not shown:
            self.model.update_rows(grid, changes.values_of(code))
        self._show_current()

    def _show_grid(self) -> None:
        """The selected project's grid (or its focus area), fitted, with its heading."""
        assert self.state is not None
        sel = self.state.selection.current
        grid = self.state.grid(sel.project)
        if grid is None:
            self.model.set_grid(None)
            if sel.project is not None and self.state.reading_grid(sel.project):
                self.heading.setText(self.tr("Läser in projektet {code}…").format(code=sel.project))
            elif sel.project is None and self.state.loading:
                self.heading.setText(self.tr("Läser in registret {name}…").format(
                    name=self.state.register.display_name()))
            else:
                self.heading.clear()
            return
        if self.model.grid is not grid or self.model.focus_area_number != sel.focus_area:
            self._new_grid = self.model.grid is None or self.model.grid.project.code != grid.project.code
            self.model.set_grid(grid, sel.focus_area)
            self._fit_columns()
            self._apply_summaries()
        self._show_heading(grid, sel.focus_area)

    def _show_heading(self, grid: ProjectGrid, number: int | None) -> None:
        p = grid.project
        title = f"{p.name} – {p.owner}" if p.owner else p.name
        if number is not None:
            area = next((a for a in grid.focus_areas if a.number == number), None)
            if area is not None:
                title += "\n" + self.tr("Insatsområde {n}. {name}").format(n=area.number, name=area.name)
        else:
            title += "\n" + self.tr("Hela projektet, alla insatsområden")
        if p.example_data:
            title += "\n" + self.tr("Exempeldata – värdena är påhittade för demonstration.")
        self.heading.setText(title)

    def _show_current(self) -> None:
        """The selected value as the grid's current cell (the column kept for a roll-up)."""
        assert self.state is not None
        sel = self.state.selection.current
        r = self.model.row_of(sel.indicator) if sel.indicator is not None else None
        current = self.table.currentIndex()
        if r is None:
            if current.isValid():
                self._move_to(QModelIndex())
            return
        c = self.model.column_of(sel.quarter) if sel.quarter is not None else None
        if c is None:
            c = current.column() if current.isValid() and current.column() >= self.model.n_quarters() else 0
        if current.isValid() and (current.row(), current.column()) == (r, c):
            return
        index = self.model.index(r, c)
        self._move_to(index)
        self.table.scrollTo(index)
        if self._new_grid and self.isVisible():
            self._new_grid = False
            QTimer.singleShot(0, self, self.scroll_to_current)  # once the new columns are laid out

    def _move_to(self, index: QModelIndex) -> None:
        self._syncing = True
        try:
            if index.isValid():
                self.table.setCurrentIndex(index)
            else:
                self.table.selectionModel().clearCurrentIndex()
        finally:
            self._syncing = False

    def _reading(self, what: str) -> None:
        assert self.state is not None
        if what == CATALOGUE and not self.state.entries:
            self.heading.setText(self.tr("Läser in registret {name}…").format(
                name=self.state.register.display_name()))
        elif what == self.state.selection.project:
            self._show_grid()

    def _read(self, what: str, outcome: str) -> None:
        assert self.state is not None
        if what == CATALOGUE and outcome == "cancelled" and not self.state.entries:
            self.heading.setText(self.tr("Inläsningen avbröts."))
        elif what == CATALOGUE and outcome not in ("done", "cancelled"):
            self.heading.setText(self.tr("Registret kunde inte läsas in."))
        elif what and what == self.state.selection.project and outcome not in ("done", "cancelled"):
            self.heading.setText(self.tr("Projektet kunde inte läsas in."))

    # --- the user moves -----------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.hide_refusal()
        if self._syncing or self.state is None:
            return
        row: GridRow | None = current.data(GridModel.RowRole) if current.isValid() else None
        if row is None:
            return
        quarter = self.model.quarter_at(current.column())
        if not self.state.selection.select(indicator=row.indicator.code, quarter=quarter):
            self._show_current()  # a guard kept the value selected (its comment)

    def default_column(self) -> int:
        """The status quarter's column (the one being reported now), else the current column."""
        current = self.table.currentIndex()
        if current.isValid() and current.column() < self.model.n_quarters():
            return current.column()
        grid = self.model.grid
        if grid is not None and grid.status_quarter is not None:
            col = self.model.column_of(grid.status_quarter)
            if col is not None:
                return col
        return 0

    def _fit_columns(self) -> None:
        """Fit each column to its header and the display texts of its first rows, measured with
        the font. (resizeColumnsToContents asks the delegate for every role of every cell: about a
        third of a second for a project with 40 indicators, on the UI thread.)"""
        from hallbar_desktop.ui.column_fit import fit_columns

        model = self.model
        texts = [model.texts(r) for r in range(min(self.FIT_ROWS, model.rowCount()))]  # kept for painting
        fit_columns(self.table, self.table.horizontalHeader(),
                    ((row[c] for row in texts) for c in range(model.columnCount())), minimum=64)

    def scroll_to_current(self) -> None:
        """Show the current quarter at the right edge, with as many quarters before it as fit."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        self.table.scrollTo(current)
        header = self.table.horizontalHeader()
        first, used = current.column(), header.sectionSize(current.column())
        while first > 0 and used + header.sectionSize(first - 1) <= self.table.viewport().width():
            first -= 1
            used += header.sectionSize(first)
        if self.table.horizontalScrollMode() == GridView.ScrollMode.ScrollPerPixel:
            self.table.horizontalScrollBar().setValue(header.sectionPosition(first))
        else:
            self.table.horizontalScrollBar().setValue(header.visualIndex(first))  # the first column shown
        if not self.table.current_in_view():
            self.table.scrollTo(current)  # narrower than the current column: its left edge shown

    # --- a refused value ----------------------------------------------------------------------
    def show_refusal(self, message: str, problems: tuple[Any, ...] = ()) -> None:
        """The message in the banner (until it is closed) and at the cell (the first cell refused,
        else the current one; until the cell is left)."""
        self.notes.show_message(message)
        index = self.table.currentIndex()
        if problems and self.model.grid is not None:
            first = problems[0]
            r, c = self.model.row_of(first.indicator_code), self.model.column_of(first.quarter)
            if r is not None and c is not None:
                index = self.model.index(r, c)
        if not index.isValid():
            return
        rect = self.table.visualRect(index)
        popup = self.cell_popup
        popup.setText(message)
        popup.setMaximumWidth(max(240, self.table.viewport().width() // 2))
        popup.adjustSize()
        x = min(rect.left(), max(0, self.table.viewport().width() - popup.width()))
        y = rect.bottom() + 2
        if y + popup.height() > self.table.viewport().height():
            y = max(0, rect.top() - popup.height() - 2)
        popup.move(x, y)
        popup.show()
        popup.raise_()

    def hide_refusal(self) -> None:
        """The cell is left: its popup goes; the banner stays until it is closed."""
        self.cell_popup.hide()
