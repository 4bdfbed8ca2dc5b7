"""What the main window wires of the activity plan and the economy, in a few lines of its own.

The two tabs beside Kvartalsvärden and Resultatkort (each follows the state and the selection on
its own), the Arkiv menu's import of costs and the two documents of the payment request, the
Register menu's budget and financing, the View menu's ways to the tabs, and the jumps from
Inför mötet to a delayed activity or an economy deviation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMenu, QScrollArea, QTabWidget

if TYPE_CHECKING:
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.cost_import import CostImportResult
    from hallbar_desktop.services.steering import ReadinessItem
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.plan.activities_view import ActivitiesView
    from hallbar_desktop.ui.plan.budget_dialog import BudgetDialog
    from hallbar_desktop.ui.plan.economy_view import EconomyView
    from hallbar_desktop.ui.window.selection import Selected


def _page() -> QScrollArea:
    """A tab's page that scrolls when the window is smaller than its view needs, instead of
    making the whole window larger than a laptop's screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class PlanActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self._activities: ActivitiesView | None = None
        self._economy: EconomyView | None = None
        #: The tabs' pages; each view is made the first time it is needed (its tab shown, a jump,
        #: an import), so the window's start does not load what it does not show.
        self.activities_page = _page()
        self.economy_page = _page()
        self.budget_dialog: BudgetDialog | None = None
        self._chart_hidden = False  # the Diagram pane gave way to a plan tab (and comes back after)
        self._hiding = False
        self._actions: list[QAction] = []
        self._writing: list[QAction] = []
        self.state.selection.changed.connect(self._update)
        self.state.changed.connect(lambda _c: self._update())

    # === building ==============================================================================
    def _action(self, menu: QMenu, text: str, shortcut: str, slot: Any, *, writes: bool = False) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._actions.append(action)
        if writes:
            self._writing.append(action)
        return action

    def add_file_actions(self, menu: QMenu) -> None:
        """Arkiv: the import of costs and the payment request's two documents."""
        self.import_action = self._action(menu, self.tr("Importera &kostnader…"), "Ctrl+Shift+I",
                                          self.import_costs, writes=True)
        self.lagesrapport_action = self._action(menu, self.tr("Exportera &lägesrapport (Word)…"), "Ctrl+Shift+L",
                                                self.export_lagesrapport)
        self.economy_report_action = self._action(menu, self.tr("Exportera ekonomisk &redovisning (Excel)…"),
                                                  "Ctrl+Shift+K", self.export_economy_report)

    def add_register_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        self.budget_action = self._action(menu, self.tr("&Budget och finansiering…"), "Ctrl+Shift+B",
                                          self.open_budget)

    @property
    def activities(self) -> ActivitiesView:
        """The Aktivitetsplan tab's view (made now if it was not yet)."""
        if self._activities is None:
            from hallbar_desktop.ui.plan.activities_view import ActivitiesView

            view = self._activities = ActivitiesView()
            view.follow(self.state)
            self.activities_page.setWidget(view)
        return self._activities

    @property
    def economy(self) -> EconomyView:
        """The Ekonomi tab's view (made now if it was not yet)."""
        if self._economy is None:
            from hallbar_desktop.ui.plan.economy_view import EconomyView

            view = self._economy = EconomyView(self.window.undo_stack, self.window.say)
            view.importRequested.connect(lambda: self.import_costs())
            view.budgetRequested.connect(lambda: self.open_budget())
            view.follow(self.state)
            self.economy_page.setWidget(view)
        return self._economy

    def add_tabs(self, tabs: QTabWidget) -> None:
        tabs.addTab(self.activities_page, self.tr("Aktivitetsplan"))
        tabs.addTab(self.economy_page, self.tr("Ekonomi"))
        tabs.currentChanged.connect(self._tab_changed)
        self._update()

    # === the Diagram pane beside the plan tabs ==================================================
    def _chart_dock(self) -> QDockWidget | None:
        pane = getattr(self.window, "chart_pane", None)
        dock = pane.parentWidget() if pane is not None else None
        if isinstance(dock, QDockWidget) and not getattr(dock, "_plan_watched", False):
            dock._plan_watched = True  # type: ignore[attr-defined]
            dock.visibilityChanged.connect(self._chart_toggled)
        return dock if isinstance(dock, QDockWidget) else None

    def _tab_changed(self, _index: int) -> None:
        """The chart below the grid is the selected indicator's: on a plan tab it gives way, so
        the plan and the economy get the height a laptop's screen has, and it comes back when
        the values are shown again (unless the user chose otherwise meanwhile)."""
        shown = self.window.tabs.currentWidget()
        if shown is self.activities_page:
            _ = self.activities
        elif shown is self.economy_page:
            _ = self.economy
        dock = self._chart_dock()
        if dock is None:
            return
        on_plan = shown in (self.activities_page, self.economy_page)
        if on_plan and dock.isVisible() and not dock.isFloating():
            self._chart_hidden = True
            self._hiding = True
            try:
                dock.hide()
            finally:
                self._hiding = False
        elif not on_plan and self._chart_hidden:
            self.restore_docks()

    def _chart_toggled(self, visible: bool) -> None:
        if visible and not self._hiding:
            self._chart_hidden = False  # shown again by the user (Visa → Diagram): it stays

    def restore_docks(self) -> None:
        """The Diagram pane as the user left it (before the window's layout is saved)."""
        dock = self._chart_dock()
        if self._chart_hidden and dock is not None:
            self._chart_hidden = False
            dock.show()

    def _update(self, *_: Any) -> None:
        has_project = self.state.selection.project is not None
        for action in self._actions:
            action.setEnabled(has_project and not (action in self._writing and self.state.register.read_only))

    # === actions ===============================================================================
    def import_costs(self, path: Path | None = None) -> CostImportResult | None:
        from hallbar_desktop.ui.plan.cost_import_dialog import import_costs

        code = self.window.need_project()
        if code is None:
            return None
        result = import_costs(self.window, self.state, code, path)
        if result is not None:
            self.window.say(self.tr("Kostnaderna i {file} är importerade: {n} kvartalsbelopp skrevs.").format(
                file=result.preview.file_name, n=result.written), 10000)
            self.show_economy()
        return result

    def export_lagesrapport(self, path: Path | None = None, period: str | None = None) -> Path | None:
        return self._export("lagesrapport", path, period)

    def export_economy_report(self, path: Path | None = None, period: str | None = None) -> Path | None:
        return self._export("ekonomisk-redovisning", path, period)

    def _export(self, kind: str, path: Path | None, period: str | None) -> Path | None:
        from hallbar_desktop.ui.plan.plan_exports import export_document

        code = self.window.need_project()
        if code is None:
            return None
        if self._activities is not None and self._activities.save_texts() is not None:  # the report says what is typed
            return None
        written = export_document(self.window, self.state, code, kind, period=period,
                                  path=path if isinstance(path, Path) else None)
        if written is not None:
            self.window.say(self.tr("Sparat: {path}").format(path=written), 10000)
        return written

    def open_budget(self) -> BudgetDialog | None:
        from hallbar_desktop.ui.plan.budget_dialog import BudgetDialog

        code = self.window.need_project()
        if code is None:
            return None
        dialog = self.budget_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.code == code:
            dialog.show()
            dialog.activateWindow()
            return dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
        dialog = self.budget_dialog = BudgetDialog(self.state, code, self.window)
        self.state.selection.changed.connect(self._close_budget_elsewhere)
        dialog.show()
        return dialog

    def _close_budget_elsewhere(self, now: Selected, _before: Selected) -> None:
        dialog = self.budget_dialog
        if dialog is not None and shiboken6.isValid(dialog) and now.project != dialog.code:
            dialog.close()

    def show_activities(self) -> bool:
        self.window.tabs.setCurrentWidget(self.activities_page)
        self.activities.table.setFocus()
        return True

    def show_economy(self) -> bool:
        self.window.tabs.setCurrentWidget(self.economy_page)
        self.economy.costs.setFocus()
        return True

    def jump(self, item: ReadinessItem) -> bool:
        """From Inför mötet: a delayed activity selected in the plan, an economy deviation's row
        selected in the follow-up of its quarter; this window in front."""
        if item.kind == "delayed_activity" and item.activity_code is not None:
            return self.jump_to_activity(item.activity_code)
        if item.kind == "economy_deviation":
            return self.jump_to_economy(item.cost_category, item.quarter)
        return False

    def jump_to_activity(self, activity_code: str) -> bool:
        from hallbar_desktop.ui.plan import data

        code = self.state.selection.project
        if code is None:
            return False
        activity = data.activity_plan(self.state, code).find(activity_code)
        if activity is None:
            return False
        shown = self.state.selection.focus_area
        if shown is not None and shown != activity.focus_area_number \
                and not self.state.selection.select(focus_area=activity.focus_area_number):
            return False
        self._front()
        self.window.tabs.setCurrentWidget(self.activities_page)
        return self.activities.show_activity(activity.code)

    def jump_to_economy(self, category: str | None, quarter: Quarter | None) -> bool:
        self._front()
        self.window.tabs.setCurrentWidget(self.economy_page)
        from hallbar_desktop.domain.economy import CostCategory

        return self.economy.show_category(CostCategory(category) if category else None, quarter)

    def _front(self) -> None:
        if QGuiApplication.platformName() != "offscreen":
            self.window.raise_()
        self.window.activateWindow()
