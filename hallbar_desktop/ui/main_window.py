"""The main window: pick a project, find an indicator, type its quarterly values.

Layout: a project selector and the navigator (focus areas → indicators with their latest
light) on the left, the quarterly grid in the middle, the details of the selected indicator
and value (definition, comment, history) on the right, and side panes plugged in by other
features (the chart) through :meth:`MainWindow.add_side_pane`.

Hooks for features outside this module: ``currentProjectChanged(str)``,
``currentIndicatorChanged(str, str)``, ``registerChanged()`` (after every write, undo and redo
included), :meth:`add_side_pane` and :meth:`menu`. See :meth:`_install_features`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop import APP_NAME
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.catalog import ProjectEntry, list_projects
from hallbar_desktop.services.entry import CellChange, CellEdit
from hallbar_desktop.services.grid import GridRow, ProjectGrid, project_grid
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import i18n
from hallbar_desktop.ui.cell_editing import DETAIL_PASTE, CellEditing
from hallbar_desktop.ui.details_pane import DetailsPane
from hallbar_desktop.ui.empty_state import EmptyState
from hallbar_desktop.ui.grid_model import GridModel, LockedCellGuard
from hallbar_desktop.ui.grid_view import GridView
from hallbar_desktop.ui.navigator_model import NavigatorModel
from hallbar_desktop.ui.settings import GEOMETRY, LAST_REGISTER, RECENT_FILES, WINDOW_STATE, Settings

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def parse_block(text: str) -> list[list[str]]:
    """Cells of a block copied from Excel: tab between cells, newline between rows."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # Excel ends the last row with a newline too
    return [line.split("\t") for line in lines]


class MainWindow(QMainWindow):
    #: The project shown changed (its code).
    currentProjectChanged = Signal(str)  # noqa: N815
    #: The selected indicator changed: (project code, indicator code).
    currentIndicatorChanged = Signal(str, str)  # noqa: N815
    #: Something was written to the register (a value, a paste, undo/redo, the structure).
    registerChanged = Signal()  # noqa: N815

    #: Open windows, so a window that replaces another (File → Open, a new language) lives on.
    windows: ClassVar[list[MainWindow]] = []
    #: From this many values a register is read in a worker thread (its catalogue and grids).
    background_from: ClassVar[int] = 20_000
    #: Project grids kept in memory (a grid of a large project holds a few thousand values).
    GRIDS_KEPT: ClassVar[int] = 16

    def __init__(self, register: Register, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings or Settings()
        self._entries: list[ProjectEntry] = []
        self._grids: dict[str, ProjectGrid] = {}
        self._project: str | None = None
        self._indicator: tuple[str, str] | None = None
        self._syncing = False
        self._keep_register_open = False
        self.parts_dialog: Any = None
        self._refusal: str | None = None
        self._menus: dict[str, QMenu] = {}
        self._panes: list[QDockWidget] = []
        self._building = True  # until the end of __init__: what the first frame does not show waits
        self._generation = 0  # counts readings of the catalogue: older background results are dropped
        self._large = False
        self._loading: Any = None  # the background reading of the catalogue (a ui.background.Task)
        self._grid_loading: Any = None
        self._grid_loading_code: str | None = None
        self._first_chart: tuple[str, str] | None = None
        self._first_details = False
        self._orm_setup: Any = None
        self._chart_import: Any = None
        self._scorecard_loading: Any = None
        self.setWindowTitle(f"{APP_NAME} – {register.display_name()}")

        self.editing = CellEditing(register, self)
        self.undo_stack = self.editing.undo_stack
        self.editing.applied.connect(self._after_write)
        self.editing.refused.connect(self._show_refusal)

        self._build_navigator()
        self._build_grid()
        self._build_details()
        self._build_menus()
        self._build_status_bar()
        self.setCentralWidget(self.stack)
        self.navigator_dock = QDockWidget(self.tr("Navigator"), self)
        self.navigator_dock.setObjectName("navigator")
        self.navigator_dock.setWidget(self.left)
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        # Side docks run the full height; panes at the bottom sit under the grid only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._install_features()
        self.setTabOrder(self.project_box, self.navigator)
        self.setTabOrder(self.navigator, self.table)
        self.setTabOrder(self.table, self.details.comment)
        self.setTabOrder(self.details.comment, self.details.save_comment)
        self.setTabOrder(self.details.save_comment, self.details.history)
        self._restore_geometry()
        MainWindow.windows.append(self)
        self.reload()
        self._building = False

    # === building ========================================================================
    def _build_navigator(self) -> None:
        self.navigator_model = NavigatorModel(self)
        self._navigator_shown = -1  # the project row left shown in the navigator (-1: all are)
        self.navigator_model.modelAboutToBeReset.connect(self._forget_navigator_row)
        self.project_box = QComboBox()
        self.project_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.project_box.setMinimumContentsLength(16)
        self.project_box.currentIndexChanged.connect(self._on_project_box)
        project_label = QLabel(self.tr("&Projekt:"))
        project_label.setBuddy(self.project_box)
        self.navigator = QTreeView()
        self.navigator.setHeaderHidden(True)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setUniformRowHeights(True)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navigator.selectionModel().currentChanged.connect(self._on_navigator_changed)
        navigator_label = QLabel(self.tr("&Insatsområden och indikatorer:"))
        navigator_label.setBuddy(self.navigator)
        self.left = QWidget()
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(project_label)
        layout.addWidget(self.project_box)
        layout.addWidget(navigator_label)
        layout.addWidget(self.navigator, 1)

    def _build_grid(self) -> None:
        self.grid_model = GridModel(self)
        if not self.register.read_only:
            self.grid_model.save_cell = self.save_cell
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: bold;")
        self.legend = QLabel(self.tr(
            "{g} grön  {y} gul  {r} röd  {x} grå (värde saknas)   ◥ kommentar   Skriv för att ändra, "
            "Enter sparar").format(g=SYMBOL[Light.GREEN], y=SYMBOL[Light.YELLOW], r=SYMBOL[Light.RED],
                                   x=SYMBOL[Light.GREY]))
        self.legend.setWordWrap(True)
        self.cell_message = QLabel()
        self.cell_message.setWordWrap(True)
        self.cell_message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.cell_message.hide()
        self.table = GridView()
        self.table.setModel(self.grid_model)
        self.table.selectionModel().currentChanged.connect(self._on_cell_changed)
        self.table.grid_delegate.partsRequested.connect(self.edit_parts)
        self.lock_guard = LockedCellGuard(self.table, lambda i: bool(i.data(GridModel.LockedRole)),
                                          self._refuse_locked)
        # A refused value's message, next to the cell (a child label: tooltips vanish too soon).
        self.cell_popup = QLabel(self.table.viewport())
        self.cell_popup.setWordWrap(True)
        self.cell_popup.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 3px;")
        self.cell_popup.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Kvartalsvärden"))
        work = QWidget()
        layout = QVBoxLayout(work)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.cell_message)
        layout.addWidget(self.tabs, 1)
        self.empty_state = EmptyState(self.register.display_name())
        self.empty_state.openDemo.connect(self.open_demo)
        self.empty_state.newProject.connect(self.new_project)
        self.empty_state.openRegister.connect(self.open_register_dialog)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(work)

    def _build_details(self) -> None:
        self.details = DetailsPane()
        self.details.commentSubmitted.connect(self.save_comment)
        self.details_dock = self.add_side_pane(self.details, self.tr("Detaljer"))
        self.details_dock.setMinimumWidth(260)

    def _action(self, menu: QMenu, text: str, shortcut: Shortcut, slot: Any,
                context: Qt.ShortcutContext | None = None, widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if context is not None:
            action.setShortcutContext(context)
        if widget is not None:
            widget.addAction(action)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menus["file"] = bar.addMenu(self.tr("&Arkiv"))
        edit_menu = self._menus["edit"] = bar.addMenu(self.tr("&Redigera"))
        register_menu = self._menus["register"] = bar.addMenu(self.tr("Re&gister"))
        view_menu = self._menus["view"] = bar.addMenu(self.tr("&Visa"))
        steering_menu = self._menus["steering"] = bar.addMenu(self.tr("St&yrgrupp"))
        act = self._action

        self.new_register_action = act(file_menu, self.tr("&Nytt register…"), QKeySequence.StandardKey.New,
                                       self.new_register_dialog)
        self.open_action = act(file_menu, self.tr("Ö&ppna register…"), QKeySequence.StandardKey.Open,
                               self.open_register_dialog)
        self.recent_menu = file_menu.addMenu(self.tr("Senast &öppnade"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self.demo_action = act(file_menu, self.tr("Öppna &demoregistret"), None, self.open_demo)
        file_menu.addSeparator()
        self.export_action = act(file_menu, self.tr("&Exportera rapport till Excel…"), "Ctrl+E", self.export_report)
        self.template_action = act(file_menu, self.tr("Exportera &inmatningsmall…"), "Ctrl+T", self.export_template)
        self.import_action = act(file_menu, self.tr("I&mportera från Excel…"), "Ctrl+I", self.import_workbook)
        file_menu.addSeparator()
        self.backup_action = act(file_menu, self.tr("Spara en &säkerhetskopia…"), "Ctrl+Shift+S", self.save_backup)
        self.restore_action = act(file_menu, self.tr("Å&terställ en säkerhetskopia…"), "Ctrl+Shift+R",
                                  self.restore_backup)
        file_menu.addSeparator()
        self.settings_action = act(file_menu, self.tr("&Inställningar…"), "Ctrl+,", self.edit_settings)
        file_menu.addSeparator()
        act(file_menu, self.tr("&Avsluta"), QKeySequence.StandardKey.Quit, self.close)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ångra"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        grid_only = Qt.ShortcutContext.WidgetShortcut
        self.copy_action = act(edit_menu, self.tr("&Kopiera"), QKeySequence.StandardKey.Copy, self.copy,
                               grid_only, self.table)
        self.paste_action = act(edit_menu, self.tr("Klistra &in"), QKeySequence.StandardKey.Paste, self.paste,
                                grid_only, self.table)
        self.clear_action = act(edit_menu, self.tr("&Töm markerade celler"), QKeySequence.StandardKey.Delete,
                                self.clear_selection, grid_only, self.table)
        edit_menu.addSeparator()
        self.edit_cell_action = act(edit_menu, self.tr("Ändra &värdet…"), "F2", self.edit_current_cell)
        self.comment_action = act(edit_menu, self.tr("Skriv en &kommentar"), "Shift+F2", self.focus_comment)

        self.new_project_action = act(register_menu, self.tr("Nytt &projekt…"), None, self.new_project)
        self.edit_project_action = act(register_menu, self.tr("Redigera p&rojektet…"), None, self.edit_project)
        register_menu.addSeparator()
        self.new_area_action = act(register_menu, self.tr("Nytt &insatsområde…"), None, self.new_focus_area)
        self.edit_area_action = act(register_menu, self.tr("Redigera insats&området…"), None, self.edit_focus_area)
        register_menu.addSeparator()
        self.new_indicator_action = act(register_menu, self.tr("Ny i&ndikator…"), "Ctrl+Shift+N", self.new_indicator)
        self.edit_indicator_action = act(register_menu, self.tr("Redigera in&dikatorn…"), "Ctrl+Shift+E",
                                         self.edit_indicator)
        register_menu.addSeparator()
        self.move_up_action = act(register_menu, self.tr("Flytta &upp"), "Ctrl+Shift+Up",
                                  lambda: self.move_selected(-1))
        self.move_down_action = act(register_menu, self.tr("Flytta n&ed"), "Ctrl+Shift+Down",
                                    lambda: self.move_selected(1))
        self.remove_action = act(register_menu, self.tr("&Ta bort eller arkivera…"), "Ctrl+Shift+Del",
                                 self.remove_selected)

        act(view_menu, self.tr("Gå till &projektväljaren"), "Ctrl+0", lambda: self.project_box.setFocus())
        act(view_menu, self.tr("Gå till &navigatorn"), "Ctrl+1", lambda: self.navigator.setFocus())
        act(view_menu, self.tr("Gå till &tabellen"), "Ctrl+2", lambda: self.table.setFocus())
        act(view_menu, self.tr("Gå till &detaljerna"), "Ctrl+3", self.focus_comment)
        self.whole_project_action = act(view_menu, self.tr("&Hela projektet"), "Ctrl+H", self.show_whole_project)
        self.reload_action = act(view_menu, self.tr("&Läs in registret igen"), "F5", self.reload)
        view_menu.addSeparator()

        self.steering_action = act(steering_menu, self.tr("&Möten, beslut och fastställande…"), "Ctrl+G",
                                   self.open_steering)
        self.readiness_action = act(steering_menu, self.tr("&Inför mötet…"), "Ctrl+Shift+G",
                                    lambda: self.open_steering(readiness=True))

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.register_label = QLabel(self.register.display_name())
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Avbryt inläsningen"))
        self.cancel_button.setToolTip(self.tr("Visa det som hunnit läsas in"))
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.cancel_button.hide()
        self.statusBar().addPermanentWidget(self.summary_label)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.register_label)

    def _install_features(self) -> None:
        """Features written elsewhere plug in here with a few lines each."""
        from hallbar_desktop.ui.scorecard_view import ScorecardView

        self.scorecard = ScorecardView(self.register)
        self.tabs.addTab(self.scorecard, self.tr("Resultatkort"))
        # The scorecard is a hidden tab at start: it is read when its tab is shown.
        self._scorecard_stale = False
        self.currentProjectChanged.connect(lambda _code: self._follow_scorecard(stale=False))
        self.registerChanged.connect(lambda: self._follow_scorecard(stale=True))
        self.tabs.currentChanged.connect(lambda _i: self._follow_scorecard(stale=False))

        from hallbar_desktop.ui.chart_pane import ChartPane

        self.chart_pane = ChartPane(self.register)
        self.chart_pane.setMinimumHeight(180)
        self.add_side_pane(self.chart_pane, self.tr("Diagram"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.currentIndicatorChanged.connect(self._follow_chart)
        self.registerChanged.connect(lambda: self.chart_pane.refresh(self._grids.get))

    def _follow_scorecard(self, stale: bool) -> None:
        """Keep the scorecard on the current project, reading it only while its tab is shown."""
        self._scorecard_stale = self._scorecard_stale or stale
        if self._project is None or self.tabs.currentWidget() is not self.scorecard:
            return
        if self._large:  # read in a worker, shown when read
            if self.scorecard.project_code != self._project or self._scorecard_stale:
                self._read_scorecard_later(self._project)
            self._scorecard_stale = False
            return
        if self.scorecard.project_code != self._project:
            self.scorecard.show_project(self._project)
        elif self._scorecard_stale:
            self.scorecard.refresh()
        self._scorecard_stale = False

    def _read_scorecard_later(self, code: str) -> None:
        from hallbar_desktop.ui.background import Task, read_scorecard

        register = self.register
        quarter = self.scorecard.quarter_box.currentData() if self.scorecard.project_code == code else None
        task = Task(lambda _t: read_scorecard(register, code, quarter), self)

        def read(card: Any) -> None:
            if task is self._scorecard_loading:
                self._scorecard_loading = None
                if code == self._project:
                    self.scorecard.show_card(code, card)

        def failed(message: str) -> None:
            if task is self._scorecard_loading:
                self._scorecard_loading = None
                self.statusBar().showMessage(message, 15000)

        task.succeeded.connect(read)
        task.failed.connect(failed)
        task.finished.connect(task.deleteLater)
        if self._scorecard_loading is not None:
            self._scorecard_loading.cancel()
        self._scorecard_loading = task
        task.start_when_idle()

    def _follow_chart(self, project_code: str, indicator_code: str) -> None:
        """The chart of the selected indicator; the first one is drawn after the window's first paint."""
        if self._building or self._chart_import is not None:
            self._first_chart = (project_code, indicator_code)
            return
        self._first_chart = None
        self.chart_pane.show_indicator(project_code, indicator_code, self._grids.get(project_code))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._first_chart is not None or self._first_details:
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first frame does not show: the history of the selected value and the chart
        (matplotlib loads here, not at start)."""
        if self._first_details:
            self._first_details = False
            self._when_orm_ready(self._show_cell_details)
        if self._first_chart is not None:
            self._prepare_chart()

    def _when_orm_ready(self, then: Callable[[], None]) -> None:
        """The first frame is read without the ORM (``store.tables``); the ORM is imported and its
        mappers set up (a tenth of a second) in a worker afterwards, then ``then`` runs, here on
        the UI thread."""
        import sys

        models = sys.modules.get("hallbar_desktop.store.models")
        if (models is not None and models.mappers_configured()) or self._orm_setup is not None:
            if self._orm_setup is None:
                then()
            return
        from hallbar_desktop.ui.background import Task, load_orm

        task = Task(lambda _t: load_orm(), self)

        def done() -> None:
            if task is self._orm_setup:  # not when the window closed meanwhile
                self._orm_setup = None
                self.keep_loaded()  # the ORM's modules join the long-lived objects
                then()

        task.finished.connect(done)
        task.finished.connect(task.deleteLater)
        self._orm_setup = task
        task.start_when_idle()

    def _prepare_chart(self) -> None:
        """matplotlib takes about a second to import: a worker imports it, then the chart waiting
        in ``_first_chart`` is drawn. Until then a new selection replaces the waiting one."""
        import sys

        if self._chart_import is not None:
            return
        if "hallbar_desktop.reporting.charts" in sys.modules:
            self._draw_first_chart()
            return
        from hallbar_desktop.ui.background import import_chart_libraries
        from hallbar_desktop.ui.chart_render import Builds

        # In the renderer thread, which draws the charts: matplotlib's font caches are per thread,
        # so its warm-up chart (the first figure's cost) is paid where the figures are built.
        builds = Builds(self._chart_libraries_loaded, self._chart_libraries_loaded)
        self._chart_import = builds
        builds.request(import_chart_libraries)

    def _chart_libraries_loaded(self, _result: Any) -> None:
        self._draw_first_chart(self._chart_import)

    def _draw_first_chart(self, task: Any = None) -> None:
        if task is not self._chart_import:
            return  # the window closed meanwhile
        self._chart_import = None
        self.keep_loaded()  # matplotlib's modules join the long-lived objects, before any figure
        if self._first_chart is not None:
            code, indicator_code = self._first_chart
            self._first_chart = None
            self.chart_pane.show_indicator(code, indicator_code, self._grids.get(code))

    def keep_loaded(self, *, collect: bool = True) -> bool:
        """Move what is loaded now (the libraries, the catalogue) out of the garbage collector's
        way, so that its full collections stay short (``hallbar_desktop.memory``). Only while no
        chart exists: figures are replaced all the time, and a frozen figure would never be freed."""
        from hallbar_desktop.ui.background import keep_long_lived_when_idle

        if self.chart_pane.has_figures():  # shown, or being built in the renderer thread
            return False
        return keep_long_lived_when_idle(collect=collect)

    # === hooks for other features ========================================================
    def add_side_pane(self, widget: QWidget, title: str,
                      area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock ``widget`` beside the grid, with an entry in the View menu to show or hide it."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"pane-{len(self._panes)}-{widget.__class__.__name__}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self._panes.append(dock)
        toggle = dock.toggleViewAction()
        toggle.setText("&" + title)
        view = self._menus.get("view")
        if view is not None:
            view.addAction(toggle)
        return dock

    def menu(self, name: str) -> QMenu:
        """The File, Edit, Register or View menu ("file", "edit", "register", "view")."""
        key = name.lower().replace("&", "")
        aliases = {"arkiv": "file", "redigera": "edit", "visa": "view"}
        return self._menus[aliases.get(key, key)]

    def current_project_code(self) -> str | None:
        return self._project

    def current_indicator(self) -> tuple[str, str] | None:
        """(project code, indicator code) of the selected indicator."""
        return self._indicator

    # === reading the register ============================================================
    def reload(self) -> None:
        """Read the register's projects again (after opening, or a change of structure).

        A large register (``background_from`` values or more) is read in a worker thread, with
        the progress and a cancel button in the status bar; the window answers meanwhile."""
        self._generation += 1
        self._large = self._count_values() >= self.background_from
        if self._large:
            self._reload_in_background()
            return
        if self._loading is not None:  # a reading begun when the register was larger: superseded
            self._loading.cancel()
            self._loading_done()
        with self.register.connection() as conn:
            entries = list_projects(conn)
        self._show_catalogue(entries, None, None, (self._project, self._indicator))

    def _count_values(self) -> int:
        """About how many values the register holds (the newest id: one quick query)."""
        from sqlalchemy import text

        with self.register.connection() as conn:
            return int(conn.execute(text("SELECT max(id) FROM measurement")).scalar() or 0)

    def _show_catalogue(self, entries: list[ProjectEntry], tree: Any, grid: ProjectGrid | None,
                        keep: tuple[str | None, tuple[str, str] | None]) -> None:
        keep_project, keep_indicator = keep
        self._entries = entries
        self._grids.clear()
        if tree is None:
            self.navigator_model.set_entries(self._entries, {})
        else:
            self.navigator_model.set_tree(tree)
        if grid is not None:
            self._remember_grid(grid.project.code, grid)
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for e in self._entries:
            self.project_box.addItem(f"{e.project.code} – {e.project.name}", e.project.code)
        self.project_box.blockSignals(False)
        codes = [e.project.code for e in self._entries]
        self.stack.setCurrentIndex(1 if codes else 0)
        self._project = None
        if not codes:
            self.grid_model.set_grid(None)
            self.heading.clear()
            self.details.show_indicator(None)
            self.details.show_cell(None, None, [])
            self.summary_label.clear()
        else:
            self.show_project(keep_project if keep_project in codes else codes[0])
            if keep_indicator is not None and keep_indicator[0] == self._project:
                self.select_indicator(*keep_indicator)
            elif self.grid_model.rowCount():
                self.table.setCurrentIndex(self.grid_model.index(0, self._default_column()))
        n = sum(len(fa.indicators) for e in self._entries for fa in e.focus_areas)
        self.statusBar().showMessage(self.tr("{n} projekt, {i} indikatorer").format(n=len(codes), i=n), 8000)
        self._update_actions()

    def _grid(self, code: str) -> ProjectGrid:
        grid = self._grids.get(code)
        if grid is None:
            with self.register.connection() as conn:
                grid = project_grid(conn, code)
            self._remember_grid(code, grid)
        return grid

    def _remember_grid(self, code: str, grid: ProjectGrid) -> None:
        """Keep a project's grid (the latest few: a large register's grids would fill the memory)."""
        self._grids.pop(code, None)
        self._grids[code] = grid
        while len(self._grids) > self.GRIDS_KEPT:
            oldest = next(iter(self._grids))
            del self._grids[oldest]
        self.navigator_model.update_lights(
            code, {row.indicator.code: row.current.status for row in grid.rows if row.current is not None})

    # === reading a large register in the background ======================================
    def _reload_in_background(self) -> None:
        from hallbar_desktop.ui.background import Task, read_catalogue

        if self._loading is not None:
            self._loading.cancel()  # superseded: what it read is dropped
        keep = (self._project, self._indicator)
        register = self.register
        task = Task(lambda t: read_catalogue(register, t, keep[0]), self)
        task.progressed.connect(self._show_loading_progress)
        task.succeeded.connect(lambda catalogue: self._catalogue_read(task, catalogue, keep, False))
        task.cancelled.connect(lambda catalogue: self._catalogue_read(task, catalogue, keep, True))
        task.failed.connect(lambda message: self._loading_failed(task, message))
        task.finished.connect(task.deleteLater)
        self._loading = task
        if not self._entries:  # the first reading: the work page says what is going on
            self.stack.setCurrentIndex(1)
            self.heading.setText(self.tr("Läser in registret {name}…").format(name=self.register.display_name()))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.statusBar().showMessage(self.tr("Läser in registret…"))
        task.start_when_idle()

    @property
    def loading(self) -> bool:
        """True while the register's catalogue is read in the background."""
        return self._loading is not None

    def cancel_loading(self) -> None:
        """Stop reading the register; the projects read so far are shown."""
        if self._loading is not None:
            self._loading.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Avbryter inläsningen…"))

    def _show_loading_progress(self, done: int, total: int) -> None:
        if self._loading is None:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.statusBar().showMessage(self.tr("Läser in registret: {done} av {total} projekt…").format(
            done=done, total=total))

    def _loading_done(self) -> None:
        self._loading = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def _catalogue_read(self, task: Any, catalogue: Any, keep: tuple[str | None, tuple[str, str] | None],
                        cancelled: bool) -> None:
        if task is not self._loading:
            return  # superseded by a newer reading, or the window closed
        self._loading_done()
        if catalogue is None or (cancelled and not catalogue.entries):
            self.heading.setText(self.tr("Inläsningen avbröts."))
            self.statusBar().showMessage(self.tr("Inläsningen avbröts. Visa → Läs in registret igen (F5) "
                                                 "läser in det."))
            return
        self._building = True  # the chart of the first indicator waits until the grid is painted
        try:
            self._show_catalogue(catalogue.entries, catalogue.tree, catalogue.grid, keep)
        finally:
            self._building = False
        self.keep_loaded()
        if self._first_chart is not None:
            QTimer.singleShot(0, self._prepare_chart)
        if cancelled:
            self.statusBar().showMessage(self.tr(
                "Inläsningen avbröts: {n} av {total} projekt visas. Visa → Läs in registret igen (F5) läser in "
                "resten.").format(n=len(catalogue.entries), total=catalogue.total))

    def _loading_failed(self, task: Any, message: str) -> None:
        if task is not self._loading:
            return
        self._loading_done()
        self.heading.setText(self.tr("Registret kunde inte läsas in."))
        self.statusBar().showMessage(message)
        QMessageBox.warning(self, self.tr("Registret kunde inte läsas in"), message)

    def _read_grid_later(self, code: str) -> None:
        """A large register's project not read yet: read its grid in the background, then show it."""
        from hallbar_desktop.ui.background import Task, read_grid

        if self._grid_loading is not None and self._grid_loading_code == code:
            return
        if self._grid_loading is not None:
            self._grid_loading.cancel()
        register, generation = self.register, self._generation
        task = Task(lambda _t: read_grid(register, code), self)
        task.succeeded.connect(lambda grid: self._grid_read(task, generation, code, grid))
        task.failed.connect(lambda message: self._grid_read(task, generation, code, None, message))
        task.finished.connect(task.deleteLater)
        self._grid_loading, self._grid_loading_code = task, code
        self.grid_model.set_grid(None)
        self.heading.setText(self.tr("Läser in projektet {code}…").format(code=code))
        self.summary_label.clear()
        if self._loading is None:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.show()
        task.start_when_idle()

    def _grid_read(self, task: Any, generation: int, code: str, grid: ProjectGrid | None,
                   message: str = "") -> None:
        current = task is self._grid_loading
        if current:
            self._grid_loading, self._grid_loading_code = None, None
            if self._loading is None:
                self.progress_bar.hide()
        if generation != self._generation:
            return  # the register was read again since: this grid may be out of date
        if grid is None:
            if current:
                self.heading.setText(self.tr("Projektet kunde inte läsas in."))
                self.statusBar().showMessage(message, 15000)
            return
        self._remember_grid(code, grid)
        if current and self._project == code:
            self._on_navigator_changed(self.navigator.currentIndex(), QModelIndex())

    def _stop_background_work(self) -> None:
        """Before the register closes: stop the workers and wait for them (they use its engine)."""
        if self._chart_import is not None:
            self._chart_import.cancel()  # in the renderer thread: its answer is dropped
        for task in (self._loading, self._grid_loading, self._scorecard_loading, self._orm_setup):
            if task is not None and shiboken6.isValid(task):
                task.cancel()
                task.wait()
        self._loading = self._grid_loading = self._chart_import = self._scorecard_loading = None
        self._orm_setup = None
        self._grid_loading_code = None

    # === selection =======================================================================
    def show_project(self, code: str) -> None:
        """Show one project: the selector, the navigator's subtree and the whole-project grid."""
        row = self.navigator_model.project_row(code)
        if row is None:
            return
        self._show_navigator_row(row)
        box_index = self.project_box.findData(code)
        if box_index != self.project_box.currentIndex():
            self.project_box.blockSignals(True)
            self.project_box.setCurrentIndex(box_index)
            self.project_box.blockSignals(False)
        index = self.navigator_model.project_index(code)
        self.navigator.expandRecursively(index)
        current = self.navigator.currentIndex()
        if not current.isValid() or self._project_of(current) != code:
            self.navigator.setCurrentIndex(index)
        elif self._project != code:
            self._on_navigator_changed(current, QModelIndex())

    def _show_navigator_row(self, row: int) -> None:
        """Hide every project's row in the navigator but ``row``. The rows hidden are remembered
        until the navigator's model is reset (which shows them all): asking the tree about each of
        a large register's rows is a call into the Python model per row, twice per switch."""
        shown = self._navigator_shown
        if shown == row:
            return
        root = QModelIndex()
        if shown < 0:  # after a reset: every row is shown
            for r in range(self.navigator_model.rowCount()):
                if r != row:
                    self.navigator.setRowHidden(r, root, True)
        else:
            self.navigator.setRowHidden(shown, root, True)
        self.navigator.setRowHidden(row, root, False)
        self._navigator_shown = row

    def _forget_navigator_row(self) -> None:
        self._navigator_shown = -1  # a reset model shows every row

    def show_whole_project(self) -> None:
        if self._project is not None:
            self.navigator.setCurrentIndex(self.navigator_model.find((self._project,)))

    def select_indicator(self, project_code: str, indicator_code: str) -> None:
        index = self.navigator_model.find((project_code, indicator_code))
        if index.isValid():
            self.navigator.setCurrentIndex(index)

    def _project_of(self, index: QModelIndex) -> str | None:
        key = index.data(NavigatorModel.KeyRole) if index.isValid() else None
        return str(key[0]) if key else None

    def _on_project_box(self, _i: int) -> None:
        code = self.project_box.currentData()
        if code:
            self.show_project(str(code))

    def _on_navigator_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._syncing:
            return
        kind = current.data(NavigatorModel.KindRole)
        key = current.data(NavigatorModel.KeyRole)
        code = str(key[0])
        if code != self._project:
            self._project = code
            self.show_project(code)  # hides the other projects; returns at once for this one
            self.currentProjectChanged.emit(code)
        if self._large and code not in self._grids:
            self._read_grid_later(code)  # shown when read; the window answers meanwhile
            self._update_actions()
            return
        grid = self._grid(code)
        number = None
        indicator_code = None
        if kind == "focus_area":
            number = int(key[1])
        elif kind == "indicator":
            indicator_code = str(key[1])
            row = next((r for r in grid.rows if r.indicator.code == indicator_code), None)
            number = row.indicator.focus_area_number if row else None
        if self.grid_model.grid is not grid or self.grid_model.focus_area_number != number:
            self.grid_model.set_grid(grid, number)
            self._fit_columns()
        self._update_heading()
        if indicator_code is not None:
            r = self.grid_model.row_of(indicator_code)
            if r is not None:
                index = self.grid_model.index(r, self._default_column())
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
        self._update_actions()

    def _default_column(self) -> int:
        """The status quarter's column (the one being reported now), else the current column."""
        current = self.table.currentIndex()
        if current.isValid() and current.column() < self.grid_model.n_quarters():
            return current.column()
        grid = self.grid_model.grid
        if grid is not None and grid.status_quarter is not None:
            col = self.grid_model.column_of(grid.status_quarter)
            if col is not None:
                return col
        return 0

    #: Rows whose texts set the column widths (the rows on screen when a grid opens).
    FIT_ROWS: ClassVar[int] = 20

    def _fit_columns(self) -> None:
        """Fit each column to its header and the display texts of its first rows, measured with
        the font. (resizeColumnsToContents asks the delegate for every role of every cell: about a
        third of a second for a project with 40 indicators, on the UI thread.)"""
        from hallbar_desktop.ui.column_fit import fit_columns

        model = self.grid_model
        texts = [model.texts(r) for r in range(min(self.FIT_ROWS, model.rowCount()))]  # kept for painting
        fit_columns(self.table, self.table.horizontalHeader(),
                    ((row[c] for row in texts) for c in range(model.columnCount())), minimum=64)

    def _on_cell_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row: GridRow | None = current.data(GridModel.RowRole) if current.isValid() else None
        self.cell_message.hide()
        self.cell_popup.hide()
        if row is None or self._project is None:
            self.details.show_cell(None, None, [])
            return
        if self.details.indicator is None or self.details.indicator.code != row.indicator.code \
                or self.details.indicator != row.indicator:
            self.details.show_indicator(row.indicator)
        self._show_cell_details()
        key = (self._project, row.indicator.code)
        if key != self._indicator:
            self._indicator = key
            self._sync_navigator(key)
            self.currentIndicatorChanged.emit(*key)
            self._update_actions()

    def _sync_navigator(self, key: tuple[str, str]) -> None:
        """Mark the indicator in the navigator without changing what the grid shows."""
        index = self.navigator_model.find(key)
        if not index.isValid():
            return
        self._syncing = True
        try:
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.navigator.scrollTo(index)
        finally:
            self._syncing = False

    def _show_cell_details(self) -> None:
        hit = self.grid_model.cell_at(self.table.currentIndex())
        if hit is None or self._project is None:
            self.details.show_cell(None, None, [])
            return
        row, cell = hit
        if self._building:  # its history is read after the window's first paint
            self.details.show_cell(row.indicator, cell, [])
            self._first_details = True
            return
        from hallbar_desktop.services.lookup import get_indicator, get_project
        from hallbar_desktop.services.measurements import history

        with self.register.reading() as session:
            records = history(session, get_indicator(session, get_project(session, self._project),
                                                     row.indicator.code), cell.quarter)
        self.details.show_cell(row.indicator, cell, records)

    def _update_heading(self) -> None:
        grid = self.grid_model.grid
        if grid is None:
            self.heading.clear()
            return
        p = grid.project
        title = f"{p.name} – {p.owner}" if p.owner else p.name
        number = self.grid_model.focus_area_number
        if number is not None:
            area = next((a for a in grid.focus_areas if a.number == number), None)
            if area is not None:
                title += "\n" + self.tr("Insatsområde {n}. {name}").format(n=area.number, name=area.name)
        else:
            title += "\n" + self.tr("Hela projektet, alla insatsområden")
        if p.example_data:
            title += "\n" + self.tr("Exempeldata – värdena är påhittade för demonstration.")
        self.heading.setText(title)
        self._update_summary()

    def _update_summary(self) -> None:
        grid = self.grid_model.grid
        if grid is None:
            self.summary_label.clear()
            return
        counts = grid.summary(self.grid_model.focus_area_number)
        quarter = grid.status_quarter.label(i18n.lang()) if grid.status_quarter else "–"
        self.summary_label.setText(self.tr("Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}").format(
            q=quarter, g=SYMBOL[Light.GREEN], ng=counts[Light.GREEN], y=SYMBOL[Light.YELLOW],
            ny=counts[Light.YELLOW], r=SYMBOL[Light.RED], nr=counts[Light.RED], x=SYMBOL[Light.GREY],
            nx=counts[Light.GREY]))

    def _update_actions(self) -> None:
        has_project = self._project is not None
        writable = not self.register.read_only
        for action in (self.edit_project_action, self.new_area_action, self.export_action,
                       self.template_action, self.whole_project_action):
            action.setEnabled(has_project)
        for action in (self.new_project_action, self.new_area_action, self.new_indicator_action,
                       self.edit_project_action, self.edit_area_action, self.edit_indicator_action,
                       self.move_up_action, self.move_down_action, self.remove_action, self.paste_action,
                       self.clear_action, self.import_action):
            if not writable:
                action.setEnabled(False)
        if writable:
            self.new_project_action.setEnabled(True)
            self.new_indicator_action.setEnabled(has_project)
            self.edit_indicator_action.setEnabled(self._indicator is not None)
            self.edit_area_action.setEnabled(self._selected_area() is not None)

    # === entering values =================================================================
    def save_cell(self, indicator_code: str, quarter: Quarter, text: str) -> str | None:
        """Save one typed value in its own transaction; return the message if it was refused."""
        if self._project is None:
            return self.tr("Välj ett projekt först.")
        edit = CellEdit.typed(indicator_code, quarter, text)
        label = self.tr("Ändra {code} {quarter}").format(code=indicator_code, quarter=quarter.label(i18n.lang()))
        return self._apply([edit], label)

    def _apply(self, edits: list[CellEdit], label: str, detail: str = "") -> str | None:
        assert self._project is not None
        self._refusal = None
        if self.editing.apply(self._project, edits, label, detail) is None:
            return self._refusal or self.tr("Ändringen kunde inte sparas.")
        return None

    def _show_refusal(self, message: str, problems: tuple[Any, ...]) -> None:
        """A refused value: the message at the cell, in the status bar; the register unchanged."""
        self._refusal = message
        self.cell_message.setText(message)
        self.cell_message.show()
        self.statusBar().showMessage(message, 15000)
        index = self.table.currentIndex()
        if problems and self.grid_model.grid is not None:
            first = problems[0]
            r, c = self.grid_model.row_of(first.indicator_code), self.grid_model.column_of(first.quarter)
            if r is not None and c is not None:
                index = self.grid_model.index(r, c)
        if index.isValid():
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

    def _after_write(self, project_code: str, changes: list[CellChange]) -> None:
        """Repaint only what the write touched: the changed rows, their lights, the summary."""
        codes = {c.indicator_code for c in changes}
        grid = self._grids.get(project_code)
        if grid is not None:
            from hallbar_desktop.services.grid_rows import refreshed_rows

            with self.register.reading() as session:
                grid, positions = refreshed_rows(session, grid, codes)
            self._grids[project_code] = grid
            self.navigator_model.update_lights(project_code, {
                grid.rows[p].indicator.code: grid.rows[p].current.status  # type: ignore[union-attr]
                for p in positions if grid.rows[p].current is not None})
            if self.grid_model.grid is not None and self.grid_model.grid.project.code == project_code:
                self.grid_model.update_rows(grid, codes)
                self._update_summary()
        self.cell_message.hide()
        self.cell_popup.hide()
        first = changes[0]
        more = len(changes) - 1
        text = self.tr("Sparat: {code} {quarter}").format(code=first.indicator_code,
                                                         quarter=first.quarter.label(i18n.lang()))
        if more:
            text += self.tr(" och {n} värden till").format(n=more)
        self.statusBar().showMessage(text, 5000)
        self._show_cell_details()
        self.registerChanged.emit()

    def edit_current_cell(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def edit_parts(self, index: QModelIndex) -> None:
        """The parts by sex of one cell, in a small dialog (it opens instead of a text editor)."""
        from hallbar_desktop.domain.errors import DomainError
        from hallbar_desktop.ui.parts_dialog import PartsDialog

        hit = self.grid_model.cell_at(index)
        if hit is None:
            return
        row, cell = hit
        dialog = PartsDialog(row.indicator, cell, cell.quarter.label(i18n.lang()), self)

        def submit(d: PartsDialog) -> str | None:
            try:
                women, men, other = d.parts()
            except DomainError as exc:
                return str(exc)
            label = self.tr("Ändra {code} {quarter}").format(code=row.indicator.code,
                                                            quarter=cell.quarter.label(i18n.lang()))
            return self._apply([CellEdit.by_sex(row.indicator.code, cell.quarter, women, men, other)], label)

        dialog.submit = submit
        self.parts_dialog = dialog
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()

    def _selected_cells(self) -> list[QModelIndex]:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        return sorted((i for i in indexes if self.grid_model.cell_at(i) is not None),
                      key=lambda i: (i.row(), i.column()))

    def clear_selection(self) -> None:
        """Delete: clear the selected cells that hold a value, as one undo step."""
        if self._project is None:
            return
        edits = []
        for index in self._selected_cells():
            hit = self.grid_model.cell_at(index)
            if hit is not None and hit[1].measurement is not None:
                edits.append(CellEdit.typed(hit[0].indicator.code, hit[1].quarter, ""))
        if edits:
            self._apply(edits, self.tr("Töm {n} celler").format(n=len(edits)))

    def copy(self) -> None:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        lines = []
        for r in range(rows[0], rows[-1] + 1):
            cells = []
            for c in range(cols[0], cols[-1] + 1):
                index = self.grid_model.index(r, c)
                role = Qt.ItemDataRole.EditRole if c < self.grid_model.n_quarters() else Qt.ItemDataRole.DisplayRole
                cells.append(str(index.data(role) or ""))
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self, text: str | None = None) -> str | None:
        """Paste a block copied from Excel at the current cell: every cell validated first,
        then all saved in one transaction (one undo step), or nothing. Returns the refusal."""
        if self._project is None:
            return None
        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        start = self.table.currentIndex()
        if not block or self.grid_model.cell_at(start) is None:
            message = self.tr("Välj kvartalscellen där blocket ska börja, och kopiera värden först.")
            self._show_refusal(message, ())
            return message
        width = max(len(r) for r in block)
        if start.row() + len(block) > self.grid_model.rowCount() or \
                start.column() + width > self.grid_model.n_quarters():
            message = self.tr("Blocket ({rows} × {cols}) får inte plats från den valda cellen. Inget klistrades in.") \
                .format(rows=len(block), cols=width)
            self._show_refusal(message, ())
            return message
        edits = []
        for dr, values in enumerate(block):
            for dc, value in enumerate(values):
                hit = self.grid_model.cell_at(self.grid_model.index(start.row() + dr, start.column() + dc))
                assert hit is not None
                edits.append(CellEdit.typed(hit[0].indicator.code, hit[1].quarter, value))
        label = self.tr("Klistra in {rows} × {cols} värden").format(rows=len(block), cols=width)
        refused = self._apply(edits, label, DETAIL_PASTE)
        if refused is not None:
            self.cell_message.setText(self.tr("Inget klistrades in. ") + refused)
            return refused
        selection = QItemSelection(start, self.grid_model.index(start.row() + len(block) - 1,
                                                                start.column() + width - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return None

    def save_comment(self, text: str) -> str | None:
        hit = self.grid_model.cell_at(self.table.currentIndex())
        if hit is None or self._project is None:
            return None
        row, cell = hit
        label = self.tr("Kommentar {code} {quarter}").format(code=row.indicator.code,
                                                             quarter=cell.quarter.label(i18n.lang()))
        return self._apply([CellEdit.commented(row.indicator.code, cell.quarter, text)], label)

    def focus_comment(self) -> None:
        self.details_dock.show()
        self.details_dock.raise_()
        if self.details.comment.isEnabled():
            self.details.comment.setFocus()
        else:
            self.details.history.setFocus()

    # === the register's structure ========================================================
    def _selected_area(self) -> int | None:
        index = self.navigator.currentIndex()
        kind = index.data(NavigatorModel.KindRole) if index.isValid() else None
        key = index.data(NavigatorModel.KeyRole) if index.isValid() else None
        if kind == "focus_area" and key is not None:
            return int(key[1])
        if kind == "indicator" and key is not None and self._project is not None:
            grid = self._grids.get(self._project)
            if grid is None and self._large:
                return None  # still being read
            row = next((r for r in (grid or self._grid(self._project)).rows if r.indicator.code == key[1]), None)
            return row.indicator.focus_area_number if row else None
        return self.grid_model.focus_area_number

    def _entry(self) -> ProjectEntry | None:
        return next((e for e in self._entries if e.project.code == self._project), None)

    def _structure_changed(self, select: tuple[Any, ...] | None = None) -> None:
        self.reload()
        if select is not None:
            index = self.navigator_model.find(select)
            if index.isValid():
                self.navigator.setCurrentIndex(index)
        self.registerChanged.emit()

    def _run_dialog(self, dialog: Any, save: Any, select: Any) -> bool:
        """Show a structure dialog; its OK saves in one transaction or shows why not."""
        def submit(fields: Any) -> str | None:
            try:
                with self.register.transaction() as session:
                    save(session, fields)
            except USER_ERRORS as exc:
                return str(exc)
            return None

        dialog.submit = submit
        self.structure_dialog = dialog
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        self._structure_changed(select(dialog.fields()))
        return True

    def new_project(self) -> bool:
        from hallbar_desktop.services.projects import create_project
        from hallbar_desktop.ui.structure_dialogs import ProjectDialog

        return self._run_dialog(ProjectDialog(None, self), create_project, lambda f: (f.code.strip(),))

    def edit_project(self) -> bool:
        from hallbar_desktop.services.projects import update_project
        from hallbar_desktop.ui.structure_dialogs import ProjectDialog

        entry = self._entry()
        if entry is None:
            return False
        code = entry.project.code
        return self._run_dialog(ProjectDialog(entry.project, self), lambda s, f: update_project(s, code, f),
                                lambda f: (f.code.strip(),))

    def new_focus_area(self) -> bool:
        from hallbar_desktop.services.projects import create_focus_area
        from hallbar_desktop.ui.structure_dialogs import FocusAreaDialog

        entry = self._entry()
        if entry is None:
            return False
        code = entry.project.code
        numbers = [a.focus_area.number for a in entry.focus_areas]
        return self._run_dialog(FocusAreaDialog(None, max(numbers, default=0) + 1, self),
                                lambda s, f: create_focus_area(s, code, f), lambda f: (code, f.number))

    def edit_focus_area(self) -> bool:
        from hallbar_desktop.services.projects import update_focus_area
        from hallbar_desktop.ui.structure_dialogs import FocusAreaDialog

        entry, number = self._entry(), self._selected_area()
        area = next((a.focus_area for a in entry.focus_areas if a.focus_area.number == number), None) \
            if entry else None
        if entry is None or area is None:
            return False
        code = entry.project.code
        return self._run_dialog(FocusAreaDialog(area, area.number, self),
                                lambda s, f: update_focus_area(s, code, area.number, f), lambda f: (code, f.number))

    def new_indicator(self) -> bool:
        from hallbar_desktop.services.projects import create_indicator
        from hallbar_desktop.ui.structure_dialogs import IndicatorDialog

        entry = self._entry()
        if entry is None:
            return False
        code = entry.project.code
        dialog = IndicatorDialog([a.focus_area for a in entry.focus_areas], None, self._selected_area(), self)
        return self._run_dialog(dialog, lambda s, f: create_indicator(s, code, f), lambda f: (code, f.code.strip()))

    def edit_indicator(self) -> bool:
        from hallbar_desktop.services.projects import update_indicator
        from hallbar_desktop.ui.structure_dialogs import IndicatorDialog

        entry = self._entry()
        if entry is None or self._indicator is None:
            return False
        code, ind_code = self._indicator
        info = next((i for a in entry.focus_areas for i in a.indicators if i.code == ind_code), None)
        if info is None:
            return False
        dialog = IndicatorDialog([a.focus_area for a in entry.focus_areas], info, None, self)
        return self._run_dialog(dialog, lambda s, f: update_indicator(s, code, ind_code, f),
                                lambda f: (code, f.code.strip()))

    def move_selected(self, offset: int) -> bool:
        """Move the focus area or indicator selected in the navigator up or down."""
        from hallbar_desktop.services.structure import move_focus_area, move_indicator

        index = self.navigator.currentIndex()
        kind = index.data(NavigatorModel.KindRole) if index.isValid() else None
        key = index.data(NavigatorModel.KeyRole) if index.isValid() else None
        if kind not in ("focus_area", "indicator") or key is None:
            self.statusBar().showMessage(self.tr("Välj ett insatsområde eller en indikator i navigatorn."), 5000)
            return False
        try:
            with self.register.transaction() as session:
                if kind == "focus_area":
                    moved = move_focus_area(session, key[0], int(key[1]), offset)
                else:
                    moved = move_indicator(session, key[0], str(key[1]), offset)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Kunde inte flyttas"), str(exc))
            return False
        if moved:
            self._structure_changed(tuple(key))
            self.navigator.setFocus()
        return moved

    def remove_selected(self, confirm: bool = True) -> str | None:
        """Remove the selected indicator, focus area or project: archived when it has values."""
        from hallbar_desktop.services.structure import Removal, remove_focus_area, remove_indicator, remove_project

        index = self.navigator.currentIndex()
        kind = index.data(NavigatorModel.KindRole) if index.isValid() else None
        key = index.data(NavigatorModel.KeyRole) if index.isValid() else None
        if kind is None or key is None:
            return None
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        if confirm:
            answer = QMessageBox.question(self, self.tr("Ta bort"), self.tr(
                "Ta bort «{name}»?\n\nHar den värden arkiveras den i stället: den försvinner ur tabellen men "
                "värdena och historiken finns kvar i registret.").format(name=name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            with self.register.transaction() as session:
                if kind == "indicator":
                    result = remove_indicator(session, key[0], str(key[1]))
                elif kind == "focus_area":
                    result = remove_focus_area(session, key[0], int(key[1]))
                else:
                    result = remove_project(session, key[0])
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Kunde inte tas bort"), str(exc))
            return None
        self._indicator = None
        self._structure_changed((key[0],) if kind != "project" else None)
        self.statusBar().showMessage(
            (self.tr("Arkiverad: {name}") if result is Removal.ARCHIVED else self.tr("Borttagen: {name}"))
            .format(name=name), 8000)
        return result.value

    # === files ===========================================================================
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.get(RECENT_FILES) if Path(p).exists()]
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1} {path}" if i < 9 else path)
            action.triggered.connect(lambda _c=False, p=path: self.open_register_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    def new_register_dialog(self) -> MainWindow | None:
        from hallbar_desktop.paths import user_data_dir

        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Nytt register"),
                                                str(user_data_dir() / "register.sqlite"),
                                                self.tr("Register (*.sqlite)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.exists():
            QMessageBox.warning(self, self.tr("Nytt register"), self.tr(
                "Filen {name} finns redan. Välj ett nytt namn, eller öppna den med Arkiv → Öppna.").format(
                name=path.name))
            return None
        return self.open_register_path(path)

    def open_register_dialog(self) -> MainWindow | None:
        start = str(self.register.location.path.parent) if self.register.location.path else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Öppna register"), start,
                                                self.tr("Register (*.sqlite);;Alla filer (*)"))
        return self.open_register_path(Path(chosen)) if chosen else None

    def open_demo(self) -> MainWindow | None:
        from hallbar_desktop.paths import demo_register_path

        return self.open_register_path(demo_register_path(), demo=True)

    def open_register_path(self, path: Path, demo: bool = False) -> MainWindow | None:
        """Open another register in a new window that takes this one's place."""
        from hallbar_desktop.__main__ import prepare_register

        if self.register.location.path is not None and path.exists() \
                and path.resolve() == self.register.location.path.resolve() and not demo:
            return self
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            register = prepare_register(str(path), demo=demo, parent=self)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Registret kunde inte öppnas"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if register is None:  # declined read-only, or a damaged file the user was told about
            return None
        self.settings.remember_register(path)
        return self._replace_with(register)

    def _replace_with(self, register: Register) -> MainWindow:
        if not self._close_steering():  # the user stays with unsaved meeting edits
            if register is not self.register:
                register.close()
            return self
        self._save_geometry()
        window = MainWindow(register, self.settings)
        window.show()
        self._keep_register_open = register is self.register
        self.close()
        return window

    def edit_settings(self) -> MainWindow | None:
        from hallbar_desktop.ui.settings import BACKUP_KEEP, apply_backup_setting
        from hallbar_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings.language, self, backup_keep=self.settings.get(BACKUP_KEEP))
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        self.settings.set(BACKUP_KEEP, dialog.chosen_backup_keep())
        apply_backup_setting(dialog.chosen_backup_keep())
        return self.set_language(dialog.chosen_language())

    def set_language(self, lang: str) -> MainWindow | None:
        """Switch the interface language; the window is rebuilt in it."""
        from hallbar_desktop.ui.settings import LANGUAGE

        if lang == i18n.lang():
            return None
        if not i18n.install(lang):
            QMessageBox.warning(self, APP_NAME, self.tr("Översättningen kunde inte läsas in."))
            return None
        self.settings.set(LANGUAGE, lang)
        selection = self._indicator
        window = self._replace_with(self.register)
        if selection is not None:
            window.select_indicator(*selection)
        return window

    # === the steering group =============================================================
    def open_steering(self, readiness: bool = False) -> Any:
        """The steering group of the current project (meetings, decisions, approval, readiness)."""
        from hallbar_desktop.ui.steering_dialog import SteeringDialog

        code = self._need_project()
        if code is None:
            return None
        dialog = getattr(self, "steering_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or dialog.code != code:
            if dialog is not None and shiboken6.isValid(dialog) and not dialog.close():
                return dialog  # the other project's meeting has unsaved edits the user keeps
            dialog = self.steering_dialog = SteeringDialog(
                self.register, code, self, jump_to_cell=lambda ind, q: self.jump_to_cell(code, ind, q),
                locks_changed=self._locks_changed)
        else:
            dialog.refresh()
        if readiness:
            dialog.show_readiness()
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # that platform cannot raise a window
            dialog.raise_()
        dialog.activateWindow()
        return dialog

    def jump_to_cell(self, project_code: str, indicator_code: str, quarter: Quarter) -> bool:
        """Select the value of ``indicator_code`` in ``quarter`` in the grid (from Inför mötet)."""
        self.select_indicator(project_code, indicator_code)
        r, c = self.grid_model.row_of(indicator_code), self.grid_model.column_of(quarter)
        if self._project != project_code or r is None or c is None:
            return False
        index = self.grid_model.index(r, c)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.activateWindow()
        self.table.setFocus()
        return True

    def _locks_changed(self) -> None:
        """A quarter was approved or unlocked: read the grids again so the locks show."""
        current = self.table.currentIndex()
        self._structure_changed()
        if current.isValid() and current.row() < self.grid_model.rowCount() \
                and current.column() < self.grid_model.columnCount():
            self.table.setCurrentIndex(self.grid_model.index(current.row(), current.column()))

    def _refuse_locked(self, index: QModelIndex) -> None:
        from hallbar_desktop.services.steering import locked_message

        hit = self.grid_model.cell_at(index)
        if hit is None or self._project is None:
            return
        self.table.setCurrentIndex(index)
        q = hit[1].quarter
        self._show_refusal(f"{hit[0].indicator.code} {q.label_sv()}: {locked_message(self._project, q)}", ())

    def _need_project(self) -> str | None:
        if self._project is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Välj ett projekt först."))
        return self._project

    def export_report(self, path: Path | None = None) -> Path | None:
        from hallbar_desktop.ui.excel_actions import export_report

        code = self._need_project()
        if code is None:
            return None
        return export_report(self, self.register, code, path if isinstance(path, Path) else None)

    def export_template(self) -> None:
        from hallbar_desktop.reporting.excel_template import export_template

        code = self._need_project()
        if code is None:
            return
        quarter = self._grid(code).status_quarter or Quarter.current()
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
            self.registerChanged.emit()

    def restore_backup(self) -> bool:
        """Arkiv → Återställ: choose one of the register's backups; the window then shows it."""
        from hallbar_desktop.ui.restore_dialog import restore_from_backup

        if not restore_from_backup(self, self.register):
            return False
        self.undo_stack.clear()  # the edits it holds belong to the content that was replaced
        self.reload()
        return True

    def save_backup(self) -> Path | None:
        from hallbar_desktop.store.backup import backup_sqlite

        source = self.register.location.path
        if source is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Registret ligger på en databasserver; säkerhetskopior görs där (pg_dump)."))
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara en säkerhetskopia"), f"{source.stem}-kopia.sqlite", self.tr("Register (*.sqlite)"))
        if not chosen:
            return None
        try:
            dest = backup_sqlite(source, Path(chosen))
        except USER_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Säkerhetskopian misslyckades"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Säkerhetskopia sparad: {path}").format(path=dest), 8000)
        return dest

    # === window state ====================================================================
    def _restore_geometry(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            self.restoreState(self.settings.get(WINDOW_STATE))
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None and (available.width() <= 1440 or available.height() <= 900):
            self.setGeometry(available)  # a laptop screen: use all of it
        else:
            self.resize(1366, 800)
        self.resizeDocks([self.navigator_dock, self.details_dock], [290, 330], Qt.Orientation.Horizontal)
        bottom = [d for d in self._panes if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        if bottom:
            self.resizeDocks(bottom, [230] * len(bottom), Qt.Orientation.Vertical)

    def _save_geometry(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # The grid opens on the quarter being reported now, once the layout has its sizes.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
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
        self.table.horizontalScrollBar().setValue(first)  # scrolling per item: the first column shown
        self.table.setFocus()

    def _close_steering(self) -> bool:
        """Close the steering-group window; False when it stays open (unsaved meeting edits
        the user chose to keep editing)."""
        dialog = getattr(self, "steering_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return True
        return bool(dialog.close())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._close_steering():
            event.ignore()
            return
        self._stop_background_work()
        self._save_geometry()
        if self.register.location.path is not None:
            self.settings.set(LAST_REGISTER, str(self.register.location.path))
        if self in MainWindow.windows:
            MainWindow.windows.remove(self)
        if not self._keep_register_open and all(w.register is not self.register for w in MainWindow.windows):
            self.register.close()
        super().closeEvent(event)
