"""The main window: pick a project, find an indicator, type its quarterly values.

Layout: a project selector and the navigator (focus areas → indicators with their latest
light) on the left, the quarterly grid in the middle, the details of the selected indicator
and value (definition, comment, history) on the right, and the chart below the grid.

This module is the layout, the menus and the wiring; what the window does lives in
``ui/window/``: the register's state and the one selection (``state``, ``selection``), the panes
that follow them (``navigator_pane``, ``grid_pane``, ``status``; ``details_pane``, ``chart_pane``,
``scorecard_view`` beside it), entering values (``value_entry``), the Register menu
(``structure_actions``), the File menu (``file_actions``) and opening a register (``opening``).

A pane follows the window by its ``follow(state)`` method: it connects itself to
``state.changed`` (what a write or a reading changed, a ``services.changes.Changes``) and to
``state.selection.changed``, and redraws what concerns it. :meth:`MainWindow.add_side_pane`
docks a widget and lets it follow; nothing else needs wiring. See docs/DEVELOPING.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QPaintEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QWidget,
)

from hallbar_desktop import APP_NAME
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.details_pane import DetailsPane
from hallbar_desktop.ui.empty_state import EmptyState
from hallbar_desktop.ui.grid_model import GridModel
from hallbar_desktop.ui.grid_view import GridView
from hallbar_desktop.ui.navigator_model import NavigatorModel
from hallbar_desktop.ui.plan.plan_actions import PlanActions
from hallbar_desktop.ui.settings import GEOMETRY, GRID_SUMMARIES, LAST_REGISTER, RECENT_FILES, WINDOW_STATE, Settings
from hallbar_desktop.ui.window.grid_pane import GridPane
from hallbar_desktop.ui.window.navigator_pane import NavigatorPane
from hallbar_desktop.ui.window.selection import Selected
from hallbar_desktop.ui.window.state import CATALOGUE, RegisterState
from hallbar_desktop.ui.window.status import StatusLine
from hallbar_desktop.ui.window.value_entry import ValueEntry

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.file_actions import FileActions
    from hallbar_desktop.ui.window.structure_actions import StructureActions

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MainWindow(QMainWindow):
    #: Open windows, so a window that replaces another (File → Open, a new language) lives on.
    windows: ClassVar[list[MainWindow]] = []

    def __init__(self, register: Register, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings or Settings()
        self._menus: dict[str, QMenu] = {}
        self._panes: list[QDockWidget] = []
        self._keep_register_open = False
        self._first_paint_pending = True
        #: A first start on a small screen: ``show_first`` opens the window maximised.
        self.open_maximised = False
        self.setWindowTitle(f"{APP_NAME} – {register.display_name()}")

        self.state = RegisterState(register, self)
        self.selection = self.state.selection
        self.status_line = StatusLine(self.statusBar(), register.display_name(), self)
        self.navigator_pane = NavigatorPane()
        self.grid_pane = GridPane()
        self.empty_state = EmptyState(register.display_name())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.grid_pane)
        self.setCentralWidget(self.stack)
        self.navigator_dock = QDockWidget(self.tr("Navigator"), self)
        self.navigator_dock.setObjectName("navigator")
        self.navigator_dock.setWidget(self.navigator_pane)
        self.navigator_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator_dock)
        # Side docks run the full height; panes at the bottom sit under the grid only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.value_entry = ValueEntry(self.state, self.grid_pane, self.say, self)
        self._structure: StructureActions | None = None  # made on first use: not needed for the first frame
        self._files: FileActions | None = None
        self.details = DetailsPane()
        if not register.read_only:
            self.details.save_comment_to = self.value_entry.save_comment
        self._build_menus()
        self.details_dock = self.add_side_pane(self.details, self.tr("Detaljer"))
        self.details_dock.setMinimumWidth(260)
        self._install_features()
        from hallbar_desktop.ui.window.keyboard import Keyboard

        self.keyboard = Keyboard(self)  # the tabs' and panes' keys, the grid's menu, Hjälp
        for pane in (self.status_line, self.navigator_pane, self.grid_pane):
            pane.follow(self.state)
        self.state.changed.connect(self._show_page)
        self.state.readingStarted.connect(self._show_page)
        self.state.readingEnded.connect(self._show_page)
        self.state.readingEnded.connect(self._catalogue_read)
        self.selection.changed.connect(lambda _now, _before: self._update_actions())
        self.empty_state.openDemo.connect(self._later("files", "open_demo"))
        self.empty_state.newProject.connect(self._later("structure", "new_project"))
        self.empty_state.openRegister.connect(self._later("files", "open_register_dialog"))
        self.setTabOrder(self.navigator_pane.project_box, self.navigator_pane.tree)
        self.setTabOrder(self.navigator_pane.tree, self.tabs.tabBar())  # the tabs, then the shown one
        self.setTabOrder(self.tabs.tabBar(), self.table)
        self.setTabOrder(self.table, self.details.comment)
        self.setTabOrder(self.details.comment, self.details.save_comment)
        self.setTabOrder(self.details.save_comment, self.details.history)
        self._restore_geometry()
        MainWindow.windows.append(self)
        last = self._last_selection()
        if last.project is not None:
            self.state.remember(last)  # the project and indicator shown when the register was closed
        self.state.reload(first=last.project)

    # === the parts other features (and the tests) reach ====================================
    @property
    def navigator(self) -> QTreeView:
        return self.navigator_pane.tree

    @property
    def navigator_model(self) -> NavigatorModel:
        return self.navigator_pane.model

    @property
    def project_box(self) -> QComboBox:
        return self.navigator_pane.project_box

    @property
    def table(self) -> GridView:
        return self.grid_pane.table

    @property
    def grid_model(self) -> GridModel:
        return self.grid_pane.model

    @property
    def tabs(self) -> QTabWidget:
        return self.grid_pane.tabs

    @property
    def undo_stack(self) -> QUndoStack:
        return self.value_entry.undo_stack

    @property
    def loading(self) -> bool:
        """True while the register's catalogue is read in the background."""
        return self.state.loading

    def current_project_code(self) -> str | None:
        return self.selection.project

    def current_indicator(self) -> tuple[str, str] | None:
        """(project code, indicator code) of the selected indicator."""
        sel = self.selection.current
        return (sel.project, sel.indicator) if sel.project is not None and sel.indicator is not None else None

    @property
    def files(self) -> FileActions:
        """The File menu's actions."""
        if self._files is None:
            from hallbar_desktop.ui.window.file_actions import FileActions

            self._files = FileActions(self)
        return self._files

    @property
    def structure(self) -> StructureActions:
        """The Register menu's actions."""
        if self._structure is None:
            from hallbar_desktop.ui.window.structure_actions import StructureActions

            self._structure = StructureActions(self)
        return self._structure

    def _later(self, part: str, name: str) -> Callable[[], Any]:
        """A slot that calls ``self.<part>.<name>()`` when triggered (the part made then)."""
        return lambda *_args: getattr(getattr(self, part), name)()

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = [p for p in self.settings.get(RECENT_FILES) if Path(p).exists()]
        for i, path in enumerate(recent):
            action = menu.addAction(f"&{i + 1} {path}" if i < 9 else path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_register_path(Path(p)))
        menu.setEnabled(bool(recent))

    def say(self, text: str, milliseconds: int = 0) -> None:
        """A message in the status bar: what just happened (it stays until the user closes it
        or the next one comes)."""
        self.status_line.say(text, milliseconds)

    # === building ==========================================================================
    def _action(self, menu: QMenu, text: str, shortcut: Shortcut, slot: Callable[[], Any],
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
        act, values = self._action, self.value_entry

        def files(name: str) -> Callable[[], Any]:
            return self._later("files", name)

        def structure(name: str) -> Callable[[], Any]:
            return self._later("structure", name)

        self.new_register_action = act(file_menu, self.tr("&Nytt register…"), QKeySequence.StandardKey.New,
                                       files("new_register_dialog"))
        self.open_action = act(file_menu, self.tr("Ö&ppna register…"), QKeySequence.StandardKey.Open,
                               files("open_register_dialog"))
        self.recent_menu = file_menu.addMenu(self.tr("Senast &öppnade"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self.demo_action = act(file_menu, self.tr("Öppna &demoregistret"), "Ctrl+Shift+D", files("open_demo"))
        file_menu.addSeparator()
        self.export_action = act(file_menu, self.tr("&Exportera rapport till Excel…"), "Ctrl+E", files("export_report"))
        self.template_action = act(file_menu, self.tr("Exportera &inmatningsmall…"), "Ctrl+T", files("export_template"))
        self.import_action = act(file_menu, self.tr("I&mportera från Excel…"), "Ctrl+I", files("import_workbook"))
        self.plan = PlanActions(self)  # the activity plan and the economy: tabs, menu entries, jumps
        self.plan.add_file_actions(file_menu)
        file_menu.addSeparator()
        self.backup_action = act(file_menu, self.tr("Spara en &säkerhetskopia…"), "Ctrl+Shift+S", files("save_backup"))
        self.restore_action = act(file_menu, self.tr("Å&terställ en säkerhetskopia…"), "Ctrl+Shift+R",
                                  files("restore_backup"))
        file_menu.addSeparator()
        self.settings_action = act(file_menu, self.tr("&Inställningar…"), "Ctrl+,", files("edit_settings"))
        file_menu.addSeparator()
        act(file_menu, self.tr("&Avsluta"), "Ctrl+Q", self.close)  # (Windows has no standard Quit key)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ångra"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        grid_only = Qt.ShortcutContext.WidgetShortcut
        self.copy_action = act(edit_menu, self.tr("&Kopiera"), QKeySequence.StandardKey.Copy, values.copy,
                               grid_only, self.table)
        self.paste_action = act(edit_menu, self.tr("Klistra &in"), QKeySequence.StandardKey.Paste, values.paste,
                                grid_only, self.table)
        self.clear_action = act(edit_menu, self.tr("&Töm markerade celler"), QKeySequence.StandardKey.Delete,
                                values.clear_selection, grid_only, self.table)
        edit_menu.addSeparator()
        self.edit_cell_action = act(edit_menu, self.tr("Ändra &värdet…"), "F2", values.edit_current_cell)
        self.comment_action = act(edit_menu, self.tr("Skriv en &kommentar"), "Shift+F2", self.focus_comment)

        self.new_project_action = act(register_menu, self.tr("Nytt &projekt…"), "Ctrl+Shift+J",
                                      structure("new_project"))
        self.edit_project_action = act(register_menu, self.tr("Redigera p&rojektet…"), "Ctrl+Shift+O",
                                       structure("edit_project"))
        register_menu.addSeparator()
        self.new_area_action = act(register_menu, self.tr("Nytt &insatsområde…"), "Ctrl+Shift+A",
                                   structure("new_focus_area"))
        self.edit_area_action = act(register_menu, self.tr("Redigera insats&området…"), "Ctrl+Shift+F",
                                    structure("edit_focus_area"))
        register_menu.addSeparator()
        self.new_indicator_action = act(register_menu, self.tr("Ny i&ndikator…"), "Ctrl+Shift+N",
                                        structure("new_indicator"))
        self.edit_indicator_action = act(register_menu, self.tr("Redigera in&dikatorn…"), "Ctrl+Shift+E",
                                         structure("edit_indicator"))
        register_menu.addSeparator()
        self.move_up_action = act(register_menu, self.tr("Flytta &upp"), "Ctrl+Shift+Up",
                                  lambda: self.structure.move_selected(-1))
        self.move_down_action = act(register_menu, self.tr("Flytta n&ed"), "Ctrl+Shift+Down",
                                    lambda: self.structure.move_selected(1))
        self.remove_action = act(register_menu, self.tr("&Ta bort eller arkivera…"), "Ctrl+Shift+Del",
                                 structure("remove_selected"))
        self.plan.add_register_actions(register_menu)

        act(view_menu, self.tr("Gå till &projektväljaren"), "Alt+0", lambda: self.project_box.setFocus())
        act(view_menu, self.tr("Gå till &navigatorn"), "Alt+1", lambda: self.navigator.setFocus())
        act(view_menu, self.tr("Gå till &tabellen"), "Alt+2", lambda: self.table.setFocus())
        act(view_menu, self.tr("Gå till &detaljerna"), "Alt+3", self.focus_comment)
        self.whole_project_action = act(view_menu, self.tr("&Hela projektet"), "Ctrl+H", self.show_whole_project)
        self.portfolio_action = act(view_menu, self.tr("&Portfölj – alla projekt…"), "Ctrl+Shift+P",
                                    self.open_portfolio)
        self.reload_action = act(view_menu, self.tr("&Läs in registret igen"), "F5", self.state.reload)
        view_menu.addSeparator()
        self.grid_pane.show_summaries(self.settings.get(GRID_SUMMARIES))
        self.grid_pane.summary_action.toggled.connect(lambda shown: self.settings.set(GRID_SUMMARIES, shown))
        view_menu.addAction(self.grid_pane.summary_action)
        navigator_toggle = self.navigator_dock.toggleViewAction()
        navigator_toggle.setText(self.tr("&Navigatorn"))
        navigator_toggle.setShortcut(QKeySequence("F8"))  # beside Detaljer (F9) and Diagram (Shift+F9)
        view_menu.addAction(navigator_toggle)  # the panes can be closed for room, and come back here
        view_menu.addSeparator()

        self.steering_action = act(steering_menu, self.tr("&Möten, beslut och fastställande…"), "Ctrl+G",
                                   self.open_steering)
        self.readiness_action = act(steering_menu, self.tr("&Inför mötet…"), "Ctrl+Shift+G",
                                    lambda: self.open_steering(readiness=True))

    def _install_features(self) -> None:
        """Features written elsewhere plug in here with a few lines each: a pane that has a
        ``follow(state)`` method follows the state and the selection on its own."""
        from hallbar_desktop.ui.chart_pane import ChartPane
        from hallbar_desktop.ui.scorecard_view import ScorecardView

        self.scorecard = ScorecardView(self.register)
        self.scorecard.follow(self.state)
        self.tabs.addTab(self.scorecard, self.tr("Resultatkort"))
        self.plan.add_tabs(self.tabs)
        from hallbar_desktop.ui.effects import chain_view, lessons_view

        self.chain_view, self.lessons_view = chain_view.ChainView(), lessons_view.LessonsView()
        for view, title in ((self.chain_view, self.tr("Effektlogik")), (self.lessons_view, self.tr("Lärdomar"))):
            view.follow(self.state)
            self.tabs.addTab(view, title)
        self.chart_pane = ChartPane(self.register)
        self.chart_pane.setMinimumHeight(180)
        self.chart_pane.librariesLoaded.connect(self.keep_loaded)
        self.add_side_pane(self.chart_pane, self.tr("Diagram"), Qt.DockWidgetArea.BottomDockWidgetArea)

    # === hooks for other features ========================================================
    def add_side_pane(self, widget: QWidget, title: str,
                      area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock ``widget`` beside the grid, with an entry in the View menu to show or hide it.
        A widget with a ``follow(state)`` method follows the window's state and selection."""
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
        keys = ("F9", "Shift+F9", "Ctrl+F9", "Ctrl+Shift+F9")
        if len(self._panes) <= len(keys):
            toggle.setShortcut(QKeySequence(keys[len(self._panes) - 1]))
        view = self._menus.get("view")
        if view is not None:
            view.addAction(toggle)
        follow = getattr(widget, "follow", None)
        if callable(follow):
            follow(self.state)
        return dock

    def menu(self, name: str) -> QMenu:
        """The File, Edit, Register, View, Steering or Help menu ("file", "edit", "register", "view",
        "steering", "help")."""
        key = name.lower().replace("&", "")
        aliases = {"arkiv": "file", "redigera": "edit", "visa": "view"}
        return self._menus[aliases.get(key, key)]

    # === following the state ===============================================================
    def _show_page(self, *_: Any) -> None:
        """The work page while the register is read and when it has projects; the empty state
        for a register without any."""
        if self.state.entries or self.state.loading:
            self.stack.setCurrentIndex(1)
        elif self.state.read_once:
            self.stack.setCurrentIndex(0)
        self._update_actions()

    def _catalogue_read(self, what: str, _outcome: str) -> None:
        """A large register's catalogue, read in a worker, joins the long-lived objects (its
        hundred thousand objects would otherwise make every full collection long)."""
        if what == CATALOGUE and self.state.large:  # (a small one's: __main__ after the first show)
            self.keep_loaded()

    def _update_actions(self) -> None:
        has_project = self.selection.project is not None
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
            self.edit_indicator_action.setEnabled(self.selection.indicator is not None)
            self.edit_area_action.setEnabled(self.navigator_pane.selected_area() is not None)

    # === selecting =========================================================================
    def show_project(self, code: str) -> bool:
        """Show another project (where the selection was in it last)."""
        return self.state.select_project(code)

    def show_whole_project(self) -> None:
        if self.selection.project is not None:
            self.navigator_pane.choose((self.selection.project,))

    def select_indicator(self, project_code: str, indicator_code: str) -> bool:
        return self.navigator_pane.choose((project_code, indicator_code))

    def focus_comment(self) -> None:
        self.details_dock.show()
        self.details_dock.raise_()
        if self.details.comment.isEnabled():
            self.details.comment.setFocus()
        else:
            self.details.history.setFocus()

    def need_project(self) -> str | None:
        if self.selection.project is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Välj ett projekt först."))
        return self.selection.project

    def _register_key(self) -> str:
        return str(self.register.location.path) if self.register.location.path else self.register.display_name()

    def _last_selection(self) -> Selected:
        """The project, focus area and indicator shown when this register was closed last."""
        saved = self.settings.last_selection(self._register_key())
        if saved is None or not saved[0]:
            return Selected()
        project, area, indicator = saved
        return Selected(project, int(area) if area.isdigit() else None, indicator or None)

    def _save_selection(self) -> None:
        sel = self.selection.current
        if sel.project is not None:
            self.settings.remember_selection(self._register_key(), sel.project,
                                             "" if sel.focus_area is None else str(sel.focus_area), sel.indicator or "")

    # === the steering group ================================================================
    def open_steering(self, readiness: bool = False) -> Any:
        """The steering group of the selected project (meetings, decisions, approval, readiness)."""
        from hallbar_desktop.ui.steering.dialog import SteeringDialog

        code = self.need_project()
        if code is None:
            return None
        dialog = getattr(self, "steering_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = self.steering_dialog = SteeringDialog(self.register, code, self, jump_to_cell=self.jump_to_cell,
                                                           jump_to_plan=self.plan.jump)
            dialog.follow(self.state)
        elif dialog.code != code:
            dialog.show_project(code)
        else:
            dialog.refresh()
        if readiness:
            dialog.show_readiness()
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # that platform cannot raise a window
            dialog.raise_()
        dialog.activateWindow()
        return dialog

    # === the portfolio =====================================================================
    def open_portfolio(self) -> Any:
        """Visa → Portfölj: every project side by side for a quarter (``ui/portfolio``)."""
        from hallbar_desktop.ui.portfolio.dialog import PortfolioDialog

        dialog = getattr(self, "portfolio_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog):
            dialog = self.portfolio_dialog = PortfolioDialog(self.register, self, open_project=self.open_from_portfolio)
            dialog.follow(self.state)
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_from_portfolio(self, code: str, focus_area: int | None = None) -> bool:
        """A double-click in the portfolio: the project (or its focus area) in this window, chosen
        through the navigator as a click there would (the one selection; a guard may keep it)."""
        if not self.navigator_pane.choose((code,) if focus_area is None else (code, focus_area)):
            return False
        self.tabs.setCurrentWidget(self.table)
        if QGuiApplication.platformName() != "offscreen":
            self.raise_()
        self.activateWindow()
        return True

    def jump_to_cell(self, indicator_code: str, quarter: Quarter, to_comment: bool = False) -> bool:
        """Show the value of ``indicator_code`` in ``quarter`` (from Inför mötet): selected in the
        grid on the Kvartalsvärden tab, this window in front, the cursor in the comment box (a
        value to explain) or in the cell (a value to enter)."""
        code = self.selection.project
        info = self.state.indicator(code, indicator_code)
        if code is None or info is None:
            return False
        focus_area = self.selection.focus_area
        if focus_area is not None and focus_area != info.focus_area_number:
            focus_area = info.focus_area_number
        if not self.selection.select(focus_area=focus_area, indicator=indicator_code, quarter=quarter):
            return False
        self.tabs.setCurrentWidget(self.table)
        if QGuiApplication.platformName() != "offscreen":
            self.raise_()
        self.activateWindow()
        if to_comment and self.details.comment.isEnabled():
            self.focus_comment()
        else:
            self.table.setFocus()
        return True

    # === the window itself =================================================================
    def keep_loaded(self, *, collect: bool = True) -> bool:
        """Move what is loaded now (the libraries, the catalogue) out of the garbage collector's
        way, so that its full collections stay short (``hallbar_desktop.memory``). Only while no
        chart exists: figures are replaced all the time, and a frozen figure would never be freed."""
        from hallbar_desktop.ui.background import keep_long_lived_when_idle

        if self.chart_pane.has_figures() or self.chain_view.has_figures():  # shown, or being built
            return False
        return keep_long_lived_when_idle(collect=collect)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._first_paint_pending:
            self._first_paint_pending = False
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first frame does not show: the history of the selected value (the ORM loads
        in a worker first) and the chart (matplotlib loads in the renderer thread)."""
        if not shiboken6.isValid(self):
            return
        self.details.load_history_when_ready()
        self.state.when_orm_ready(self._orm_loaded)
        self.chart_pane.release()

    def _orm_loaded(self) -> None:
        self.keep_loaded()  # the ORM's modules join the long-lived objects

    def replace_with(self, register: Register) -> MainWindow:
        """A new window on ``register`` takes this one's place (File → Open, another language)."""
        if not self._close_steering():  # the user stays with unsaved meeting edits
            if register is not self.register:
                register.close()
            return self
        self._save_geometry()
        self._save_selection()
        window = MainWindow(register, self.settings)
        window.show_first()
        self._keep_register_open = register is self.register
        self.close()
        return window

    def settle(self) -> bool:
        """Before the window's content is left (closing, another register): what is typed and not
        saved, in the steering window or the comment box, is saved or dropped as the user says.
        False when the user stays."""
        return self._close_steering() and self.selection.leave()

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if not geometry.isEmpty() and self.restoreGeometry(geometry):
            self.restoreState(self.settings.get(WINDOW_STATE))
            return
        self.first_start_layout(QGuiApplication.primaryScreen())

    #: A screen at most this big (in device-independent pixels: 1920×1080 at 150 % is 1280×720)
    #: is a laptop's: the window opens maximised on it.
    SMALL_SCREEN: ClassVar[tuple[int, int]] = (1600, 960)

    def first_start_layout(self, screen: Any) -> None:
        """The window's size and panes on a first start (nothing saved yet): maximised on a small
        screen, else most of the screen, centred; side panes sized to the screen, so the grid keeps
        room for several quarters beside the frozen names."""
        available = screen.availableGeometry() if screen is not None else None
        if available is None:
            self.resize(1280, 720)
            small = True
        else:
            small = available.width() <= self.SMALL_SCREEN[0] or available.height() <= self.SMALL_SCREEN[1]
            if small:
                self.setGeometry(available)
                self.open_maximised = True  # by show_first(): a test's or a caller's show() stays as sized
            else:
                width = min(available.width(), max(1366, int(available.width() * 0.8)))
                height = min(available.height(), max(768, int(available.height() * 0.85)))
                self.resize(width, height)
                self.move(available.center().x() - width // 2, available.center().y() - height // 2)
        width = self.width()
        side = (max(200, int(width * 0.17)), max(230, int(width * 0.2))) if small else (290, 340)
        self.resizeDocks([self.navigator_dock, self.details_dock], list(side), Qt.Orientation.Horizontal)
        bottom = [d for d in self._panes if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
        if bottom:
            high = 200 if small else 260
            self.resizeDocks(bottom, [high] * len(bottom), Qt.Orientation.Vertical)

    def show_first(self) -> None:
        """Show the window as it opens for the user: maximised on a first start on a laptop's
        screen (``first_start_layout``), else as it was left."""
        if self.open_maximised:
            self.showMaximized()
        else:
            self.show()

    def _save_geometry(self) -> None:
        self.plan.restore_docks()  # a pane that gave way to a plan tab is saved as the user left it
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # The grid opens on the quarter being reported now, once the layout has its sizes.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if shiboken6.isValid(self):
            self.grid_pane.scroll_to_current()
            self.table.setFocus()

    def _close_steering(self) -> bool:
        """Close the steering-group window; False when it stays open (unsaved meeting edits
        the user chose to keep editing)."""
        dialog = getattr(self, "steering_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return True
        return bool(dialog.close())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._keep_register_open and not self.settle():
            event.ignore()
            return
        self.state.close()
        self.chart_pane.stop_loading()
        self._save_geometry()
        self._save_selection()
        if self.register.location.path is not None:
            self.settings.set(LAST_REGISTER, str(self.register.location.path))
        if self in MainWindow.windows:
            MainWindow.windows.remove(self)
        if not self._keep_register_open and all(w.register is not self.register for w in MainWindow.windows):
            self.register.close()
        super().closeEvent(event)
