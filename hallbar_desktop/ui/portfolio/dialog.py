"""Visa → Portfölj: every project the register lets the user read, side by side, for a quarter.

Two sortable tables (projects above, their focus areas below) over ``services.portfolio``'s plain
data, a quarter chooser (the latest ended quarter first: the one reported on now), Exportera till
Excel, and a double-click that shows the project (or focus area) in the main window through its
navigator, that is through the window's one selection. The dialog follows the window's state: a
change anywhere makes it read the portfolio again when it is shown. A large register's portfolio
is read in a worker (``background.Task``), a small one's at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.services.portfolio import Portfolio, default_quarter
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.portfolio.models import FocusAreasModel, KeyRole, ProjectsModel, SortRole

if TYPE_CHECKING:
    from hallbar_desktop.services.changes import Changes
    from hallbar_desktop.ui.background import Task
    from hallbar_desktop.ui.window.state import RegisterState

# Shows a project (focus area None) or one of its focus areas in the main window; False when the
# window kept its selection (something typed the user chose to keep editing).
Opener = Callable[[str, int | None], bool]


def read_portfolio(register: Register, quarter: Quarter, today: date | None = None) -> Portfolio:
    from hallbar_desktop.services.portfolio import portfolio

    with register.reading() as session:
        return portfolio(session, quarter, today=today)


class PortfolioDialog(QDialog):
    def __init__(self, register: Register, parent: QWidget | None = None, *, open_project: Opener | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfölj"))
        self.setObjectName("portfolio")
        self.register = register
        self.open_project = open_project
        self.today = today
        self.portfolio: Portfolio | None = None
        self.state: RegisterState | None = None
        self._stale = True
        self._task: Task | None = None
        self._large = False

        self.quarter_box = QComboBox()
        self.quarter_box.setAccessibleName(self.tr("Kvartal"))
        self._fill_quarters(())
        self.quarter_box.currentIndexChanged.connect(lambda _i: self.reread())
        label = QLabel(self.tr("&Kvartal:"))
        label.setBuddy(self.quarter_box)
        self.rule = QLabel(self.tr("Förvalt är det senaste avslutade kvartalet. Ett projekt som slutat tidigare "
                                   "bedöms vid sitt sista kvartal; beslut och fastställanden som de är i dag."))
        self.rule.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.quarter_box)
        top.addWidget(self.rule, 1)

        self.projects = ProjectsModel(self)
        self.areas = FocusAreasModel(self)
        # The names take the room left (elided, whole in the tooltip); the figures keep theirs.
        self.project_table, self.project_proxy = self._table(self.projects, self.tr("Projekt"), stretch=1)
        self.area_table, self.area_proxy = self._table(self.areas, self.tr("Insatsområden"), stretch=3)
        self.area_table.setColumnHidden(1, True)  # the project's name: its code says it, the tooltip has it
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, table in ((self.tr("Projekt"), self.project_table), (self.tr("Insatsområden"), self.area_table)):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            heading.setBuddy(table)
            inner.addWidget(heading)
            inner.addWidget(table)
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        self.status = QLabel()
        self.export_button = QPushButton(self.tr("&Exportera till Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._fit_to_screen(parent)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """1060 × 600 where there is room, less on a small screen (a laptop at 125 %)."""
        screen = parent.screen() if parent is not None else self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1060, 600
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def _table(self, model: ProjectsModel | FocusAreasModel, name: str,
               stretch: int) -> tuple[QTableView, QSortFilterProxyModel]:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SortRole)
        table = QTableView()
        table.setAccessibleName(name)
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.doubleClicked.connect(self._open)
        table.activated.connect(self._open)  # Enter on a row, too
        return table, proxy

    # --- the quarter ---------------------------------------------------------------------------
    def _fill_quarters(self, spans: tuple[tuple[Quarter, Quarter], ...]) -> None:
        """From the first project's start to the later of the last one's end and the default."""
        default = default_quarter(self.today)
        first = min([s for s, _e in spans] + [default])
        last = max([e for _s, e in spans] + [default])
        chosen = self.quarter() or default
        self.quarter_box.blockSignals(True)
        self.quarter_box.clear()
        for q in quarter_range(first, last):
            self.quarter_box.addItem(labels.quarter(q), str(q))
        self.quarter_box.setCurrentIndex(max(0, self.quarter_box.findData(str(chosen))))
        self.quarter_box.blockSignals(False)

    def quarter(self) -> Quarter | None:
        data = self.quarter_box.currentData() if hasattr(self, "quarter_box") else None
        return Quarter.parse(str(data)) if data else None

    def choose_quarter(self, quarter: Quarter | str) -> None:
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
        index = self.quarter_box.findData(str(q))
        if index < 0:
            self.quarter_box.addItem(labels.quarter(q), str(q))
            index = self.quarter_box.count() - 1
        self.quarter_box.setCurrentIndex(index)

    # --- reading -------------------------------------------------------------------------------
    def follow(self, state: RegisterState) -> None:
        """Read again after any change the window makes or hears of (a value, a decision, an
        approval, a project added), when shown."""
        self.state = state
        self._large = state.large
        state.changed.connect(self._on_changes)

    def _on_changes(self, _changes: Changes) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self._reread_if_stale)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._reread_if_stale()

    def _reread_if_stale(self) -> None:
        if shiboken6.isValid(self) and self._stale:
            self.reread()

    def reread(self) -> None:
        """Read the portfolio at the chosen quarter (in a worker for a large register)."""
        quarter = self.quarter() or default_quarter(self.today)
        self._stale = False
        if self.state is not None:
            self._large = self.state.large
        if not self._large:
            self.show_portfolio(read_portfolio(self.register, quarter, self.today))
            return
        from hallbar_desktop.ui.background import Task

        if self._task is not None:
            self._task.cancel()
        register, today = self.register, self.today
        task = self._task = Task(lambda _task: read_portfolio(register, quarter, today))
        task.succeeded.connect(lambda folio: self._arrived(task, folio))
        task.failed.connect(lambda message: self._arrived(task, None, message))
        self.status.setText(self.tr("Läser portföljen …"))
        task.start_when_idle()

    def _arrived(self, task: Task, folio: Portfolio | None, message: str = "") -> None:
        if task is not self._task or not shiboken6.isValid(self):
            return  # superseded by another quarter
        self._task = None
        if folio is not None:
            self.show_portfolio(folio)
        else:
            self.status.setText(self.tr("Portföljen kunde inte läsas: {reason}").format(reason=message))

    def wait(self) -> None:
        """Until a worker's reading has ended (closing, tests)."""
        if self._task is not None:
            self._task.wait()

    def show_portfolio(self, folio: Portfolio) -> None:
        self.portfolio = folio
        self._fill_quarters(tuple((p.start, p.end) for p in folio.projects))
        for model, table in ((self.projects, self.project_table), (self.areas, self.area_table)):
            model.set_portfolio(folio)
            self._fit(table)
        self.export_button.setEnabled(bool(folio.projects))
        if folio.projects:
            self.status.setText(self.tr("{n} projekt, status per {quarter}. Dubbelklicka för att visa "
                                        "projektet i huvudfönstret.").format(
                n=len(folio.projects), quarter=labels.quarter(folio.quarter)))
        else:
            self.status.setText(self.tr("Registret har inga projekt som du kan se."))

    def _fit(self, table: QTableView) -> None:
        """Each column as wide as its texts and the longest line of its heading (the header's own
        size hint leaves room enough for a heading on one line, which the names would pay for)."""
        from hallbar_desktop.ui.column_fit import cell_margin, text_width

        model, header = table.model(), table.horizontalHeader()
        cell, heading = text_width(table.font()), text_width(header.font())
        margin = cell_margin(table)
        arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        for c in range(model.columnCount()):
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
                continue
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            width = max(heading(line) for line in title.splitlines() or [""]) + arrow
            for r in range(model.rowCount()):
                width = max(width, cell(str(model.data(model.index(r, c)) or "")) + margin)
            header.resizeSection(c, min(width, 360))

    # --- acting --------------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or self.open_project is None:
            return
        code, focus_area = index.data(KeyRole)
        self.open_project(str(code), focus_area)

    def export(self, path: Path | None = None) -> Path | None:
        """Write the portfolio shown as an Excel workbook (asks for the file unless given); the
        file is written in a worker with progress, atomically (``files.write_atomically``)."""
        from hallbar_desktop.ui.plan.plan_exports import TaskDialog, _written

        folio = self.portfolio
        if folio is None:
            return None
        title = self.tr("Exportera portföljen till Excel")
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, title, f"portfolj-{folio.quarter}.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        out = path

        def work(_register: Register, _task: Any) -> Path:
            from hallbar_desktop.reporting.portfolio_sheets import export_portfolio

            return _written(lambda: export_portfolio(folio, out))

        progress = TaskDialog(title, self.register, work, out, self)
        QTimer.singleShot(0, progress.start)
        progress.exec()
        if progress.error:
            QMessageBox.warning(self, self.tr("Exporten misslyckades"), progress.error)
        elif progress.result_path is not None:
            self.status.setText(self.tr("Skrev {file}").format(file=progress.result_path))
        return progress.result_path

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._task = None
        super().closeEvent(event)
