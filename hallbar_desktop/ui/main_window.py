"""The first main window: the register read-only, projects → focus areas → indicators."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop import APP_NAME
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.catalog import list_projects
from hallbar_desktop.services.grid import ProjectGrid, project_grid
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.grid_model import GridModel
from hallbar_desktop.ui.navigator_model import NavigatorModel


class MainWindow(QMainWindow):
    #: Emitted after every saved change, so charts and the scorecard can follow.
    registerChanged = Signal()  # noqa: N815

    def __init__(self, register: Register, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(f"{APP_NAME} – {register.display_name()}")
        self.navigator_model = NavigatorModel(self)
        self.grid_model = GridModel(self)
        self._grids: dict[str, ProjectGrid] = {}

        self.navigator = QTreeView()
        self.navigator.setHeaderHidden(True)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setUniformRowHeights(True)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel(
            self.tr("Status: {g} grön  {y} gul  {r} röd  {x} grå (värde saknas)  ✎ kommentar").format(
                g=SYMBOL[Light.GREEN], y=SYMBOL[Light.YELLOW], r=SYMBOL[Light.RED], x=SYMBOL[Light.GREY]
            )
        )
        self.table = QTableView()
        self.table.setModel(self.grid_model)
        self.table.setAlternatingRowColors(False)
        # Widths are fitted once per grid shown (ResizeToContents would ask every cell again on
        # every repaint, which is what made large registers slow).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setMaximumWidth(420)
        self.table.setWordWrap(False)
        if not register.read_only:
            self.grid_model.save_cell = self.save_cell

        from hallbar_desktop.ui.scorecard_view import ScorecardView

        self.scorecard = ScorecardView(register)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Kvartalsvärden"))
        self.tabs.addTab(self.scorecard, self.tr("Resultatkort"))
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.tabs, 1)

        from hallbar_desktop.ui.chart_pane import ChartPane

        self.chart_pane = ChartPane(register)
        self.chart_pane.setMinimumHeight(260)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(right)
        right_split.addWidget(self.chart_pane)
        right_split.setSizes([420, 300])

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(right_split)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])
        self.setCentralWidget(splitter)
        self.navigator.selectionModel().currentChanged.connect(self._on_current_changed)
        self._build_menus()
        self.registerChanged.connect(self.chart_pane.refresh)
        self.registerChanged.connect(self.scorecard.refresh)
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))

        def add(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: object) -> QAction:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
            return action

        self.export_action = add(self.tr("&Exportera rapport till Excel…"), "Ctrl+E", self.export_report)
        self.template_action = add(self.tr("Exportera &inmatningsmall…"), "Ctrl+T", self.export_template)
        self.import_action = add(self.tr("&Importera från Excel…"), "Ctrl+I", self.import_workbook)
        file_menu.addSeparator()
        self.backup_action = add(self.tr("Spara en &säkerhetskopia…"), "Ctrl+Shift+S", self.save_backup)
        file_menu.addSeparator()
        add(self.tr("&Avsluta"), QKeySequence.StandardKey.Quit, self.close)

    def save_cell(self, indicator_code: str, quarter: Any, text: str) -> str | None:
        """Save one typed value in its own transaction; return the message if it was refused."""
        from hallbar_desktop.errors import USER_ERRORS
        from hallbar_desktop.services.actor import Actor
        from hallbar_desktop.services.lookup import get_indicator, get_project
        from hallbar_desktop.services.measurements import clear_value, record_value, validated_input

        code = self.current_project_code()
        if code is None:
            return self.tr("Välj ett projekt först.")
        try:
            with self.register.transaction() as session:
                indicator = get_indicator(session, get_project(session, code), indicator_code)
                actor = Actor.here("window")
                if text.strip():
                    record_value(session, indicator, quarter, validated_input(indicator, text=text), actor)
                else:
                    clear_value(session, indicator, quarter, actor)
        except USER_ERRORS as exc:
            message = str(exc)
            self.statusBar().showMessage(
                self.tr("{code} {quarter}: {message}").format(code=indicator_code, quarter=quarter.label_sv(),
                                                             message=message), 15000)
            return message
        self._reload_project(code)
        self.statusBar().showMessage(
            self.tr("Sparat: {code} {quarter}").format(code=indicator_code, quarter=quarter.label_sv()), 5000)
        self.registerChanged.emit()
        return None

    def _reload_project(self, code: str) -> None:
        with self.register.reading() as session:
            grid = self._grids[code] = project_grid(session, code)
        self.navigator_model.update_lights(
            code, {row.indicator.code: row.current.status for row in grid.rows if row.current is not None})
        current = self.table.currentIndex()
        self._on_current_changed(self.navigator.currentIndex(), QModelIndex(), keep_chart=True)
        if current.isValid():
            self.table.setCurrentIndex(self.grid_model.index(current.row(), current.column()))

    def current_project_code(self) -> str | None:
        index = self.navigator.currentIndex()
        if not index.isValid():
            return None
        key = index.data(NavigatorModel.KeyRole)
        return str(key[0]) if key else None

    def _need_project(self) -> str | None:
        code = self.current_project_code()
        if code is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Välj ett projekt först."))
        return code

    def export_report(self, path: Path | None = None) -> Path | None:
        from hallbar_desktop.ui.excel_actions import export_report

        code = self._need_project()
        if code is None:
            return None
        return export_report(self, self.register, code, path if isinstance(path, Path) else None)

    def export_template(self) -> None:
        from hallbar_desktop.domain.quarters import Quarter
        from hallbar_desktop.errors import USER_ERRORS
        from hallbar_desktop.reporting.excel_template import export_template

        code = self._need_project()
        if code is None:
            return
        grid = self._grid(code)
        quarter = grid.status_quarter or Quarter.current()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportera inmatningsmall"), f"{code}-{quarter}-mall.xlsx", "Excel (*.xlsx)")
        if not chosen:
            return
        try:
            with self.register.reading() as session:
                export_template(session, code, str(quarter), Path(chosen))
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Mallen kunde inte skapas"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Inmatningsmall sparad: {path}").format(path=chosen), 8000)

    def import_workbook(self) -> None:
        from hallbar_desktop.ui.excel_actions import import_workbook

        if import_workbook(self, self.register) is not None:
            self.reload()

    def save_backup(self) -> None:
        from hallbar_desktop.errors import USER_ERRORS
        from hallbar_desktop.store.backup import backup_sqlite

        source = self.register.location.path
        if source is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Registret ligger på en databasserver; säkerhetskopior görs där (pg_dump)."))
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara en säkerhetskopia"), f"{source.stem}-kopia.sqlite", "Register (*.sqlite)")
        if not chosen:
            return
        try:
            dest = backup_sqlite(source, Path(chosen))
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Säkerhetskopian misslyckades"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Säkerhetskopia sparad: {path}").format(path=dest), 8000)

    #: Registers with at most this many projects get every light at start; larger ones load a
    #: project's grid (and its lights) when it is first selected, so opening stays fast.
    EAGER_PROJECTS = 5

    def reload(self) -> None:
        with self.register.reading() as session:
            entries = list_projects(session)
            eager = [e.project.code for e in entries][: self.EAGER_PROJECTS]
            self._grids = {code: project_grid(session, code) for code in eager}
        lights = {
            (code, row.indicator.code): row.current.status
            for code, grid in self._grids.items()
            for row in grid.rows
            if row.current is not None
        }
        self.navigator_model.set_entries(entries, lights)
        if len(entries) <= self.EAGER_PROJECTS:
            self.navigator.expandToDepth(0)
        if entries:
            first = self.navigator_model.index(0, 0)
            self.navigator.setCurrentIndex(first)
        else:
            self.heading.setText(
                self.tr("Registret är tomt. Starta med --demo för att se de två exempelprojekten, "
                        "eller läs in ett projekt med «hallbar load FIL».")
            )
            self.grid_model.set_grid(None)
        n = sum(len(fa.indicators) for e in entries for fa in e.focus_areas)
        self.statusBar().showMessage(
            self.tr("Register: {path} – {n} projekt, {i} indikatorer").format(
                path=self.register.display_name(), n=len(entries), i=n
            )
        )

    def _grid(self, code: str) -> ProjectGrid:
        grid = self._grids.get(code)
        if grid is None:
            with self.register.reading() as session:
                grid = self._grids[code] = project_grid(session, code)
            self.navigator_model.update_lights(
                code, {row.indicator.code: row.current.status for row in grid.rows if row.current is not None})
        return grid

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex, keep_chart: bool = False) -> None:
        if not current.isValid():
            return
        kind = current.data(NavigatorModel.KindRole)
        key = current.data(NavigatorModel.KeyRole)
        grid = self._grid(key[0])
        number = None
        if kind == "focus_area":
            number = key[1]
        elif kind == "indicator":
            row = next(r for r in grid.rows if r.indicator.code == key[1])
            number = row.indicator.focus_area_number
        self.grid_model.set_grid(grid, number)
        self.table.resizeColumnsToContents()
        if not keep_chart:
            self.scorecard.show_project(key[0])
        p = grid.project
        title = f"{p.name} – {p.owner}"
        if number is not None:
            area = next(a for a in grid.focus_areas if a.number == number)
            title += f"\n{self.tr('Insatsområde')} {area.number}. {area.name}"
        if p.example_data:
            title += "\n" + self.tr("Exempeldata – värdena är påhittade för demonstration.")
        self.heading.setText(title)
        if kind == "indicator" and not keep_chart:
            self.chart_pane.show_indicator(key[0], key[1])
            for i, row in enumerate(self.grid_model.rows()):
                if row.indicator.code == key[1]:
                    self.table.selectRow(i)
                    break
