"""The chart of the selected indicator, kept current without rebuilding the figure.

matplotlib is imported when the first chart is shown, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from hallbar_desktop.store.register import Register


class ChartPane(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.chart: Any = None
        self.canvas: Any = None
        self.area_chart: Any = None
        self.area_canvas: Any = None
        self._key: tuple[str, str] | None = None
        self._area_project: str | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.hide()
        self._layout.addWidget(self.splitter)
        self.placeholder = QLabel(self.tr("Välj en indikator för att se dess diagram."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _row(self, project_code: str, indicator_code: str, grid: Any = None) -> Any:
        """The project's grid (read now unless the caller has it) and the indicator's row in it."""
        from hallbar_desktop.services.grid import project_grid

        if grid is None or grid.project.code != project_code:
            with self.register.reading() as session:
                grid = project_grid(session, project_code)
        row = next((r for r in grid.rows if r.indicator.code == indicator_code), None)
        return grid, row

    def show_indicator(self, project_code: str, indicator_code: str, grid: Any = None) -> None:
        """Build the chart of another indicator (a new figure: its axes differ). ``grid``: the
        project's grid if the caller has it (the window keeps it), else it is read."""
        from hallbar_desktop.reporting.charts import indicator_figure

        grid, row = self._row(project_code, indicator_code, grid)
        if row is None:
            return
        self._key = (project_code, indicator_code)
        self.chart = indicator_figure(row, grid.quarters, approved=getattr(grid, "approved", frozenset()))
        canvas = self._canvas(self.chart.figure)
        if self.canvas is not None:
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.splitter.insertWidget(0, canvas)
        self.canvas = canvas
        number = row.indicator.focus_area_number
        if self.area_chart is None or self.area_chart.number != number or self._area_project != project_code:
            from hallbar_desktop.reporting.charts import focus_area_figure

            self.area_chart = focus_area_figure(grid, number, width=4.0, names=False)
            self._area_project = project_code
            area_canvas = self._canvas(self.area_chart.figure)
            if self.area_canvas is not None:
                self.area_canvas.setParent(None)
                self.area_canvas.deleteLater()
            self.splitter.addWidget(area_canvas)
            self.area_canvas = area_canvas
        self.placeholder.hide()
        self.splitter.show()
        self.splitter.setSizes([600, 400])

    def _canvas(self, figure: Any) -> Any:
        """The figure's widget: drawn in the renderer thread, so the window does not freeze."""
        from hallbar_desktop.ui.chart_render import ChartView

        canvas = ChartView(figure)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._menu)
        return canvas

    def refresh(self, cached: Callable[[str], Any] | None = None) -> None:
        """After a change in the register: new data into the same artists, then draw_idle.
        ``cached`` gives the up-to-date grid of a project where the caller keeps one."""
        from hallbar_desktop.reporting.charts import update_focus_area_chart, update_indicator_chart

        if self._key is None or self.chart is None:
            return
        grid, row = self._row(*self._key, cached(self._key[0]) if cached is not None else None)
        if row is None:
            return
        with self.canvas.lock:  # not while the renderer draws it
            update_indicator_chart(self.chart, row)
        self.canvas.draw_idle()
        if self.area_chart is not None:
            with self.area_canvas.lock:
                update_focus_area_chart(self.area_chart, grid)
            self.area_canvas.draw_idle()

    def _menu(self, pos: Any) -> None:
        if self.chart is None:
            return
        sender = self.sender()
        widget = sender if isinstance(sender, QWidget) else self
        figure = getattr(widget, "figure", None)
        menu = QMenu(self)
        menu.addAction(self.tr("Spara diagrammet som PNG (300 dpi)…"), lambda: self.export("png", figure=figure))
        menu.addAction(self.tr("Spara diagrammet som SVG…"), lambda: self.export("svg", figure=figure))
        menu.exec(widget.mapToGlobal(pos))

    def export(self, kind: str, path: Path | None = None, figure: Any = None) -> Path | None:
        from hallbar_desktop.errors import HallbarError
        from hallbar_desktop.reporting.charts import save_figure

        if self.chart is None or self._key is None:
            return None
        if path is None:
            name = f"{self._key[0]}-{self._key[1]}.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara diagram"), name, f"{kind.upper()} (*.{kind})")
            if not chosen:
                return None
            path = Path(chosen)
        figure = figure if figure is not None else self.chart.figure
        view = next((c for c in (self.canvas, self.area_canvas) if c is not None and c.figure is figure), None)
        try:
            if view is None:
                return save_figure(figure, path)
            with view.lock:  # not while the renderer draws it
                return save_figure(figure, path)
        except HallbarError as exc:
            QMessageBox.warning(self, self.tr("Diagrammet kunde inte sparas"), str(exc))
            return None
