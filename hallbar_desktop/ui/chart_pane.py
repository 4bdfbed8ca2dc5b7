"""The chart of the selected indicator, kept current without rebuilding the figure.

matplotlib is imported when the first chart is shown, not when the window starts: in the window
(:meth:`ChartPane.follow`) the pane waits for the window's first paint (:meth:`ChartPane.release`),
has matplotlib imported in the renderer thread, then shows the selected indicator. A new
indicator's figures are built in the chart renderer thread (``chart_render.Builds``), not in the
UI thread: the pane shows what it showed until they arrive, and only the newest selection's.
After a write the new values go into the same figure; approving or unlocking a quarter builds
the figure again, with its markers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from hallbar_desktop.services.changes import Changes
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import file_dialogs

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState


@dataclass
class _Built:
    """What the renderer thread built for a selection."""

    key: tuple[str, str]
    chart: Any  # IndicatorChart
    area_chart: Any  # FocusAreaChart, or None: the one shown stays


def _build_charts(key: tuple[str, str], row: Any, grid: Any, area_number: int | None) -> _Built:
    """In the renderer thread: the figures of one selection, from the grid read before (plain,
    immutable data). ``area_number``: the focus area whose chart is needed too, or None."""
    from hallbar_desktop.reporting.charts import focus_area_figure, indicator_figure

    chart = indicator_figure(row, grid.quarters, approved=getattr(grid, "approved", frozenset()))
    area = None if area_number is None else focus_area_figure(grid, area_number, width=4.0, names=False)
    return _Built(key, chart, area)


class ChartPane(QWidget):
    #: The newest chart asked for was shown, or could not be built: no build is pending.
    settled = Signal()
    #: matplotlib was imported (in the renderer thread), before the first figure: the window
    #: moves what is loaded out of the garbage collector's way now (``hallbar_desktop.memory``).
    librariesLoaded = Signal()  # noqa: N815

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.chart: Any = None
        self.canvas: Any = None
        self.area_chart: Any = None
        self.area_canvas: Any = None
        self._key: tuple[str, str] | None = None  # of the chart shown
        self._area_project: str | None = None
        self._requested: tuple[str, str] | None = None  # of the chart being built
        self._builds: Any = None  # chart_render.Builds, made with the first chart
        self.state: RegisterState | None = None
        self._held = False  # following a window: no chart before its first paint
        self._waiting: tuple[str, str] | None = None  # the selection to show once released and loaded
        self._libraries: Any = None  # the import of matplotlib under way (a Builds)
        self._follow_pending = False
        self._project_changed = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.hide()
        self._layout.addWidget(self.splitter)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)
        self._say_placeholder(None)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def _say_placeholder(self, indicator: str | None) -> None:
        """What the pane says while it shows no chart: what to do, or that the chart is coming."""
        if indicator is None:
            self.placeholder.setText(self.tr("Välj en indikator för att se dess diagram."))
        else:
            self.placeholder.setText(self.tr("Diagrammet för {code} ritas…").format(code=indicator))

    def _row(self, project_code: str, indicator_code: str, grid: Any = None) -> Any:
        """The project's grid (read now unless the caller has it) and the indicator's row in it."""
        from hallbar_desktop.services.grid import project_grid

        if grid is None or grid.project.code != project_code:
            with self.register.connection() as conn:
                grid = project_grid(conn, project_code)
        row = next((r for r in grid.rows if r.indicator.code == indicator_code), None)
        return grid, row

    def show_indicator(self, project_code: str, indicator_code: str, grid: Any = None) -> None:
        """Show the chart of another indicator (a new figure: its axes differ). It is built in
        the renderer thread and shown when it arrives; until then the pane shows what it showed.
        ``grid``: the project's grid if the caller has it (the window keeps it), else it is read."""
        self._request(project_code, indicator_code, grid)

    def _request(self, project_code: str, indicator_code: str, grid: Any,
                 rebuild_area: bool = False) -> tuple[Any, bool] | None:
        """Ask the renderer for the selection's figures (superseding any asked for before): the
        grid they are built from and whether the focus area's chart is rebuilt too (else the one
        shown stays). None when the indicator is not in the project."""
        from hallbar_desktop.ui.chart_render import Builds

        grid, row = self._row(project_code, indicator_code, grid)
        if row is None:
            return None
        number = row.indicator.focus_area_number
        keep_area = (not rebuild_area and self.area_chart is not None and self.area_chart.number == number
                     and self._area_project == project_code)
        if self._builds is None:
            self._builds = Builds(self._install, self._build_failed)
            self.destroyed.connect(self._builds.cancel)  # what is still queued is not built then
        self._requested = (project_code, indicator_code)
        if self.chart is None:
            self._say_placeholder(indicator_code)
        self._builds.request(partial(_build_charts, self._requested, row, grid, None if keep_area else number))
        return grid, not keep_area

    def _install(self, built: _Built) -> None:
        """In the UI thread: the newest selection's figures arrived; their views replace the old."""
        self._requested = None
        self._key = built.key
        self.chart = built.chart
        canvas = self._canvas(self.chart.figure)
        if self.canvas is not None:
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.splitter.insertWidget(0, canvas)
        self.canvas = canvas
        if built.area_chart is not None:
            self.area_chart = built.area_chart
            self._area_project = built.key[0]
            area_canvas = self._canvas(self.area_chart.figure)
            if self.area_canvas is not None:
                self.area_canvas.setParent(None)
                self.area_canvas.deleteLater()
            self.splitter.addWidget(area_canvas)
            self.area_canvas = area_canvas
        self.placeholder.hide()
        self.splitter.show()
        self.splitter.setSizes([600, 400])
        self.settled.emit()

    def _build_failed(self, _message: str) -> None:
        """The newest selection's chart could not be built (logged): the pane keeps what it shows."""
        self._requested = None
        if self.chart is None:
            self.placeholder.setText(self.tr("Diagrammet kunde inte ritas."))
        self.settled.emit()

    def build_pending(self) -> bool:
        """A chart was asked for and has not been shown yet (nor failed)."""
        return self._builds is not None and self._builds.pending

    def has_figures(self) -> bool:
        """A figure exists: shown, or being built or on its way from the renderer thread (the
        import's warm-up chart too). While it does, nothing may be frozen out of the garbage
        collector's way (``hallbar_desktop.memory``)."""
        return self.chart is not None or self.area_chart is not None or self.build_pending() \
            or self._libraries is not None

    def wait_for_chart(self, timeout_ms: int = 20_000) -> bool:
        """Run the event loop until the chart asked for is shown (or failed), at most
        ``timeout_ms``; for benchmarks and scripts. True when no build is pending then."""
        if self.build_pending():
            loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            self.settled.connect(loop.quit)
            timer.start(timeout_ms)
            try:
                if self.build_pending():
                    loop.exec()
            finally:
                timer.stop()
                self.settled.disconnect(loop.quit)
        return not self.build_pending()

    def _canvas(self, figure: Any) -> Any:
        """The figure's widget: drawn in the renderer thread, so the window does not freeze."""
        from hallbar_desktop.ui.chart_render import ChartView

        canvas = ChartView(figure)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._menu)
        return canvas

    def refresh(self, cached: Callable[[str], Any] | None = None) -> None:
        """After a change in the register: new data into the same artists, then draw_idle.
        ``cached`` gives the up-to-date grid of a project where the caller keeps one. While a new
        chart is being built it is asked for again with the new data instead (its older build is
        dropped when it arrives)."""
        from hallbar_desktop.reporting.charts import update_focus_area_chart, update_indicator_chart

        if self._requested is not None:
            project = self._requested[0]
            asked = self._request(*self._requested, cached(project) if cached is not None else None)
            if asked is not None and not asked[1] and self.area_chart is not None:
                with self.area_canvas.lock:  # the area's chart shown stays: its bars follow now
                    update_focus_area_chart(self.area_chart, asked[0])
                self.area_canvas.draw_idle()
            return
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

    def clear(self) -> None:
        """No chart: the selection has none (another project, no indicator)."""
        if self._builds is not None:
            self._builds.cancel()
            self._builds = None
        for canvas in (self.canvas, self.area_canvas):
            if canvas is not None:
                canvas.setParent(None)
                canvas.deleteLater()
        self.chart = self.canvas = self.area_chart = self.area_canvas = None
        self._key = self._requested = None
        self._area_project = None
        self.splitter.hide()
        self._say_placeholder(None)
        self.placeholder.show()

    # --- following the window's state ----------------------------------------------------------
    def follow(self, state: RegisterState) -> None:
        self.state = state
        self._held = True
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        self.destroyed.connect(lambda *_: self._libraries.cancel() if self._libraries is not None else None)

    def release(self) -> None:
        """The window has painted its first frame: charts may load and be shown now."""
        if not self._held:
            return
        self._held = False
        self._follow_selection()

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if (now.project, now.indicator) != (before.project, before.indicator):
            self._follow_later(project_changed=now.project != before.project)

    def _follow_later(self, project_changed: bool = False) -> None:
        """Follow the selection once the UI thread has done what it is doing (the grid shown and
        painted first): the chart is built in the renderer thread anyway, and several moves in one
        go ask for one chart."""
        self._project_changed = self._project_changed or project_changed
        if not self._follow_pending:
            self._follow_pending = True
            QTimer.singleShot(0, self, self._follow_now)

    def _follow_now(self) -> None:
        self._follow_pending = False
        changed, self._project_changed = self._project_changed, False
        self._follow_selection(project_changed=changed)

    def _follow_selection(self, project_changed: bool = False) -> None:
        assert self.state is not None
        sel = self.state.selection.current
        if sel.project is None or sel.indicator is None:
            self._waiting = None
            if project_changed or sel.project is None:
                self.clear()
            return
        key = (sel.project, sel.indicator)
        if self.chart is None:
            self._say_placeholder(sel.indicator)  # selected: its chart is on its way
        if self._held or not self._libraries_loaded():
            self._waiting = key
            return
        self._waiting = None
        if key != self._key or self.chart is None:
            grid = self.state.grid(sel.project)
            if grid is not None:  # else it is being read: shown when it arrives
                self.show_indicator(*key, grid)

    def _on_changes(self, changes: Changes) -> None:
        """New values go into the figure shown; new locks or names build it again; a chart that
        waited for its grid, or no longer shows the selection (after a reading), follows it."""
        assert self.state is not None
        sel = self.state.selection.current
        key = self._requested or self._key
        if key is not None and key[0] == sel.project and changes.concerns(key[0]):
            grid = self.state.cached_grid(key[0])
            if grid is not None and (changes.structure or changes.approvals):
                self._request(key[0], key[1], grid, rebuild_area=changes.structure)  # the markers, the names
            elif grid is not None and changes.values_of(key[0]):
                self.refresh(self.state.cached_grid)
        if changes.concerns(sel.project) and key != (sel.project, sel.indicator):
            self._follow_later(project_changed=key is None or key[0] != sel.project)

    def _libraries_loaded(self) -> bool:
        """matplotlib is imported; if not, its import is started (in the renderer thread, where
        the figures are drawn: matplotlib's font caches are per thread, so its warm-up chart,
        the first figure's cost, is paid there) and the waiting chart follows."""
        import sys

        if "hallbar_desktop.reporting.charts" in sys.modules and self._libraries is None:
            return True
        if self._libraries is None:
            from hallbar_desktop.ui.background import import_chart_libraries
            from hallbar_desktop.ui.chart_render import Builds

            builds = Builds(self._libraries_arrived, self._libraries_arrived)
            self._libraries = builds
            builds.request(import_chart_libraries)
        return False

    def _libraries_arrived(self, _result: Any) -> None:
        self._libraries = None
        self.librariesLoaded.emit()  # before any figure exists
        if self._waiting is not None:
            self._follow_selection()

    def loading_libraries(self) -> bool:
        return self._libraries is not None

    def stop_loading(self) -> None:
        """The window closes: an import under way is left to finish, its answer dropped."""
        if self._libraries is not None:
            self._libraries.cancel()
            self._libraries = None

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
            chosen = file_dialogs.save_file_name(self, file_dialogs.CHART, self.tr("Spara diagram"), name,
                                                 f"{kind.upper()} (*.{kind})")
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
