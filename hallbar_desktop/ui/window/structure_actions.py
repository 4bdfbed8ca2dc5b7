"""Register menu: new and edited projects, focus areas and indicators, moving and removing them.

Each action is one core operation (``services.operations``) run through the window's state,
which reads again what the operation says it changed; afterwards the navigator selects what was
made or moved. The dialogs validate nothing themselves: a refusal of the core keeps the dialog
open with its message.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from hallbar_desktop.errors import USER_ERRORS, Conflict
from hallbar_desktop.services.catalog import ProjectEntry
from hallbar_desktop.services.changes import Changes

if TYPE_CHECKING:
    from hallbar_desktop.ui.main_window import MainWindow

T = TypeVar("T")


class StructureActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        #: the dialog open now (the tests fill it in while it is modal)
        self.dialog: Any = None

    # --- what is selected -------------------------------------------------------------------
    def entry(self) -> ProjectEntry | None:
        return self.state.entry(self.state.selection.project)

    def selected_area(self) -> int | None:
        return self.window.navigator_pane.selected_area()

    def _stored(self, read: Callable[[Any], T]) -> T:
        """What a form is filled from, read from the register now (one row: quick)."""
        with self.state.register.reading() as session:
            return read(session)

    # --- dialogs ----------------------------------------------------------------------------
    def _run_dialog(self, dialog: Any, operation: Callable[..., Any], select: Callable[[Any], tuple[Any, ...]]) -> bool:
        """Show a structure dialog; its OK saves in one transaction or shows why not."""
        def submit(fields: Any) -> str | None:
            try:
                self.state.perform(partial(operation, fields=fields))
            except Conflict as exc:
                # Saved by someone else since the form was read: the form keeps what was typed,
                # the window reads what holds now.
                self.state.apply(Changes.of_structure(self.state.selection.project))
                return str(exc)
            except USER_ERRORS as exc:
                return str(exc)
            return None

        dialog.submit = submit
        self.dialog = dialog
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        self.window.navigator_pane.choose(select(dialog.fields()))
        return True

    def new_project(self) -> bool:
        from hallbar_desktop.services.operations import create_project
        from hallbar_desktop.ui.structure_dialogs import ProjectDialog

        return self._run_dialog(ProjectDialog(None, self.window), create_project, lambda f: (f.code.strip(),))

    def edit_project(self) -> bool:
        from hallbar_desktop.services.lookup import get_project, project_info
        from hallbar_desktop.services.operations import update_project
        from hallbar_desktop.ui.structure_dialogs import ProjectDialog

        entry = self.entry()
        if entry is None:
            return False
        # The form is filled from the project as stored now, and its save checks that nobody (another
        # window, another user) has saved the project since (its version).
        project = self._stored(lambda s: project_info(get_project(s, entry.project.code)))
        return self._run_dialog(ProjectDialog(project, self.window),
                                partial(update_project, code=project.code, seen_version=project.version),
                                lambda f: (f.code.strip(),))

    def new_focus_area(self) -> bool:
        from hallbar_desktop.services.operations import create_focus_area
        from hallbar_desktop.ui.structure_dialogs import FocusAreaDialog

        entry = self.entry()
        if entry is None:
            return False
        code = entry.project.code
        numbers = [a.focus_area.number for a in entry.focus_areas]
        return self._run_dialog(FocusAreaDialog(None, max(numbers, default=0) + 1, self.window),
                                partial(create_focus_area, project_code=code), lambda f: (code, f.number))

    def edit_focus_area(self) -> bool:
        from hallbar_desktop.services.lookup import focus_area_info, get_focus_area, get_project
        from hallbar_desktop.services.operations import update_focus_area
        from hallbar_desktop.ui.structure_dialogs import FocusAreaDialog

        entry, number = self.entry(), self.selected_area()
        area = next((a.focus_area for a in entry.focus_areas if a.focus_area.number == number), None) \
            if entry else None
        if entry is None or area is None:
            return False
        code = entry.project.code
        number = area.number
        area = self._stored(lambda s: focus_area_info(get_focus_area(s, get_project(s, code), number)))
        return self._run_dialog(FocusAreaDialog(area, area.number, self.window),
                                partial(update_focus_area, project_code=code, number=area.number,
                                        seen_version=area.version),
                                lambda f: (code, f.number))

    def new_indicator(self) -> bool:
        from hallbar_desktop.services.operations import create_indicator
        from hallbar_desktop.ui.structure_dialogs import IndicatorDialog

        entry = self.entry()
        if entry is None:
            return False
        code = entry.project.code
        dialog = IndicatorDialog([a.focus_area for a in entry.focus_areas], None, self.selected_area(), self.window)
        return self._run_dialog(dialog, partial(create_indicator, project_code=code), lambda f: (code, f.code.strip()))

    def edit_indicator(self) -> bool:
        from hallbar_desktop.services.lookup import get_indicator, get_project, indicator_info
        from hallbar_desktop.services.operations import update_indicator
        from hallbar_desktop.ui.structure_dialogs import IndicatorDialog

        entry, ind_code = self.entry(), self.state.selection.indicator
        if entry is None or ind_code is None:
            return False
        code = entry.project.code
        if not any(i.code == ind_code for a in entry.focus_areas for i in a.indicators):
            return False
        # Filled from the indicator as stored now; the save checks that nobody (another window,
        # another user) has saved it since (its version).
        info = self._stored(lambda s: indicator_info(get_indicator(s, get_project(s, code), ind_code)))
        dialog = IndicatorDialog([a.focus_area for a in entry.focus_areas], info, None, self.window)
        return self._run_dialog(dialog, partial(update_indicator, project_code=code, code=ind_code,
                                                seen_version=info.version),
                                lambda f: (code, f.code.strip()))

    # --- moving and removing ----------------------------------------------------------------
    def move_selected(self, offset: int) -> bool:
        """Move the focus area or indicator selected in the navigator up or down."""
        from hallbar_desktop.services.operations import move_focus_area, move_indicator

        kind, key = self.window.navigator_pane.selected_key()
        if kind not in ("focus_area", "indicator") or key is None:
            self.window.say(self.tr("Välj ett insatsområde eller en indikator i navigatorn."), 5000)
            return False
        try:
            if kind == "focus_area":
                moved = self.state.perform(partial(move_focus_area, project_code=key[0], number=int(key[1]),
                                                   offset=offset))
            else:
                moved = self.state.perform(partial(move_indicator, project_code=key[0], code=str(key[1]),
                                                   offset=offset))
        except USER_ERRORS as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte flyttas"), str(exc))
            return False
        if moved:
            self.window.navigator_pane.choose(tuple(key))
            self.window.navigator_pane.tree.setFocus()
        return bool(moved)

    def remove_selected(self, confirm: bool = True) -> str | None:
        """Remove the selected indicator, focus area or project: archived when it has values."""
        from hallbar_desktop.services.operations import remove_focus_area, remove_indicator, remove_project
        from hallbar_desktop.services.structure import Removal

        pane = self.window.navigator_pane
        kind, key = pane.selected_key()
        if kind is None or key is None:
            return None
        name = str(pane.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole))
        if confirm:
            answer = QMessageBox.question(self.window, self.tr("Ta bort"), self.tr(
                "Ta bort «{name}»?\n\nHar den värden arkiveras den i stället: den försvinner ur tabellen men "
                "värdena och historiken finns kvar i registret.").format(name=name))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            if kind == "indicator":
                result = self.state.perform(partial(remove_indicator, project_code=key[0], code=str(key[1])))
            elif kind == "focus_area":
                result = self.state.perform(partial(remove_focus_area, project_code=key[0], number=int(key[1])))
            else:
                result = self.state.perform(partial(remove_project, project_code=key[0]))
        except USER_ERRORS as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte tas bort"), str(exc))
            return None
        if kind != "project":
            pane.choose((key[0],))
        self.window.say((self.tr("Arkiverad: {name}") if result is Removal.ARCHIVED else self.tr("Borttagen: {name}"))
                        .format(name=name), 8000)
        return str(result.value)
