"""The first main window: the register read-only, projects → focus areas → indicators."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMaximumWidth(420)
        self.table.setWordWrap(False)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])
        self.setCentralWidget(splitter)
        self.navigator.selectionModel().currentChanged.connect(self._on_current_changed)
        self.reload()

    def reload(self) -> None:
        with self.register.reading() as session:
            entries = list_projects(session)
            self._grids = {e.project.code: project_grid(session, e.project.code) for e in entries}
        lights = {
            (code, row.indicator.code): row.current.status
            for code, grid in self._grids.items()
            for row in grid.rows
            if row.current is not None
        }
        self.navigator_model.set_entries(entries, lights)
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
        n = sum(len(g.rows) for g in self._grids.values())
        self.statusBar().showMessage(
            self.tr("Register: {path} – {n} projekt, {i} indikatorer (skrivskyddad vy)").format(
                path=self.register.display_name(), n=len(self._grids), i=n
            )
        )

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind = current.data(NavigatorModel.KindRole)
        key = current.data(NavigatorModel.KeyRole)
        grid = self._grids.get(key[0])
        if grid is None:
            return
        number = None
        if kind == "focus_area":
            number = key[1]
        elif kind == "indicator":
            row = next(r for r in grid.rows if r.indicator.code == key[1])
            number = row.indicator.focus_area_number
        self.grid_model.set_grid(grid, number)
        p = grid.project
        title = f"{p.name} – {p.owner}"
        if number is not None:
            area = next(a for a in grid.focus_areas if a.number == number)
            title += f"\n{self.tr('Insatsområde')} {area.number}. {area.name}"
        if p.example_data:
            title += "\n" + self.tr("Exempeldata – värdena är påhittade för demonstration.")
        self.heading.setText(title)
        if kind == "indicator":
            for i, row in enumerate(self.grid_model.rows()):
                if row.indicator.code == key[1]:
                    self.table.selectRow(i)
                    break
