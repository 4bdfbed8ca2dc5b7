"""The chart of the selected indicator, kept current without rebuilding the figure.

matplotlib is imported when the first chart is shown, not when the window starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from hallbar_desktop.store.register import Register


class ChartPane(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.chart: Any = None
        self.canvas: Any = None
        self._key: tuple[str, str] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("Välj en indikator för att se dess diagram."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _row(self, project_code: str, indicator_code: str) -> Any:
        from hallbar_desktop.services.grid import project_grid

        with self.register.reading() as session:
            grid = project_grid(session, project_code)
        row = next((r for r in grid.rows if r.indicator.code == indicator_code), None)
        return grid, row

    def show_indicator(self, project_code: str, indicator_code: str) -> None:
        """Build the chart of another indicator (a new figure: its axes differ)."""
        from hallbar_desktop.reporting.charts import indicator_figure

        grid, row = self._row(project_code, indicator_code)
        if row is None:
            return
        self._key = (project_code, indicator_code)
        self.chart = indicator_figure(row, grid.quarters)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self.chart.figure)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._menu)
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.placeholder.hide()
        self._layout.addWidget(canvas)
        self.canvas = canvas
        canvas.draw()
        # Lay the figure out once; redraws after a value change then skip the layout solver,
        # which is most of matplotlib's drawing time for a figure this size.
        self.chart.figure.set_layout_engine("none")
        canvas.mpl_connect("resize_event", lambda _event: self._relayout())

    def _relayout(self) -> None:
        """A new size needs the layout solved again (once), so labels are not cut off."""
        if self.chart is None or self.canvas is None:
            return
        self.chart.figure.set_layout_engine("constrained")
        self.canvas.draw()
        self.chart.figure.set_layout_engine("none")

    def refresh(self) -> None:
        """After a change in the register: new data into the same artists, then draw_idle."""
        from hallbar_desktop.reporting.charts import update_indicator_chart

        if self._key is None or self.chart is None:
            return
        _grid, row = self._row(*self._key)
        if row is None:
            return
        update_indicator_chart(self.chart, row)
        self.canvas.draw_idle()

    def _menu(self, pos: Any) -> None:
        if self.chart is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Spara diagrammet som PNG (300 dpi)…"), lambda: self.export("png"))
        menu.addAction(self.tr("Spara diagrammet som SVG…"), lambda: self.export("svg"))
        sender = self.sender()
        widget = sender if isinstance(sender, QWidget) else self
        menu.exec(widget.mapToGlobal(pos))

    def export(self, kind: str, path: Path | None = None) -> Path | None:
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
        try:
            return save_figure(self.chart.figure, path)
        except HallbarError as exc:
            QMessageBox.warning(self, self.tr("Diagrammet kunde inte sparas"), str(exc))
            return None
