"""Arkiv (File) menu: new, open, recent and demo registers; backups and restore; Excel export,
template and import; settings and language.

Opening another register (or the same in another language) makes a new window that takes this
one's place, once whatever is typed and not saved is saved or dropped as the user says. A
restore and an import are writes like any other: the state applies what they changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from hallbar_desktop import APP_NAME
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui import file_dialogs, i18n

if TYPE_CHECKING:
    from hallbar_desktop.ui.main_window import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.register = window.register
        self.settings = window.settings

    # --- registers ----------------------------------------------------------------------------
    def new_register_dialog(self) -> MainWindow | None:
        chosen = file_dialogs.save_file_name(self.window, file_dialogs.REGISTER, self.tr("Nytt register"),
                                             "register.sqlite", self.tr("Register (*.sqlite)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.exists():
            QMessageBox.warning(self.window, self.tr("Nytt register"), self.tr(
                "Filen {name} finns redan. Välj ett nytt namn, eller öppna den med Arkiv → Öppna.").format(
                name=path.name))
            return None
        return self.open_register_path(path)

    def open_register_dialog(self) -> MainWindow | None:
        chosen = file_dialogs.open_file_name(self.window, file_dialogs.REGISTER, self.tr("Öppna register"),
                                             self.tr("Register (*.sqlite);;Alla filer (*)"))
        return self.open_register_path(Path(chosen)) if chosen else None

    def open_demo(self) -> MainWindow | None:
        from hallbar_desktop.paths import demo_register_path

        return self.open_register_path(demo_register_path(), demo=True)

    def open_register_path(self, path: Path, demo: bool = False) -> MainWindow | None:
        """Open another register in a new window that takes this one's place."""
        from hallbar_desktop.ui.window.opening import prepare_register

        if self.register.location.path is not None and path.exists() \
                and path.resolve() == self.register.location.path.resolve() and not demo:
            return self.window
        if not self.window.settle():  # a comment or a meeting typed and not saved: the user stays
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            register = prepare_register(str(path), demo=demo, parent=self.window)
        except USER_ERRORS as exc:
            QMessageBox.warning(self.window, self.tr("Registret kunde inte öppnas"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if register is None:  # declined read-only, or a damaged file the user was told about
            return None
        self.settings.remember_register(path)
        return self.window.replace_with(register)

    def edit_settings(self) -> MainWindow | None:
        from hallbar_desktop.ui.settings import BACKUP_KEEP, apply_backup_setting
        from hallbar_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings.language, self.window, backup_keep=self.settings.get(BACKUP_KEEP))
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        self.settings.set(BACKUP_KEEP, dialog.chosen_backup_keep())
        apply_backup_setting(dialog.chosen_backup_keep())
        return self.set_language(dialog.chosen_language())

    def set_language(self, lang: str) -> MainWindow | None:
        """Switch the interface language; the window is rebuilt in it, on the same selection."""
        from hallbar_desktop.ui.settings import LANGUAGE

        if lang == i18n.lang():
            return None
        if not self.window.settle():
            return None
        if not i18n.install(lang):
            QMessageBox.warning(self.window, APP_NAME, self.tr("Översättningen kunde inte läsas in."))
            return None
        self.settings.set(LANGUAGE, lang)
        return self.window.replace_with(self.register)

    # --- backups -------------------------------------------------------------------------------
    def save_backup(self) -> Path | None:
        from hallbar_desktop.store.backup import backup_sqlite

        source = self.register.location.path
        if source is None:
            QMessageBox.information(self.window, self.window.windowTitle(), self.tr(
                "Registret ligger på en databasserver; säkerhetskopior görs där (pg_dump)."))
            return None
        chosen = file_dialogs.save_file_name(self.window, file_dialogs.BACKUP, self.tr("Spara en säkerhetskopia"),
                                             f"{source.stem}-kopia.sqlite", self.tr("Register (*.sqlite)"))
        if not chosen:
            return None
        try:
            dest = backup_sqlite(source, Path(chosen))
        except USER_ERRORS as exc:
            QMessageBox.warning(self.window, self.tr("Säkerhetskopian misslyckades"), str(exc))
            return None
        self.window.say(self.tr("Säkerhetskopia sparad: {path}").format(path=dest), 8000)
        return dest

    def restore_backup(self) -> bool:
        """Arkiv → Återställ: choose one of the register's backups; the window then shows it."""
        from hallbar_desktop.ui.restore_dialog import restore_from_backup

        if not self.window.settle():
            return False
        if not restore_from_backup(self.window, self.register):
            return False
        self.window.value_entry.undo_stack.clear()  # its edits belong to the content that was replaced
        self.state.apply(Changes.everything())
        return True

    # --- Excel --------------------------------------------------------------------------------
    def export_report(self, path: Path | None = None) -> Path | None:
        from hallbar_desktop.ui.excel_actions import export_report

        code = self.window.need_project()
        if code is None:
            return None
        written = export_report(self.window, self.register, code, path if isinstance(path, Path) else None)
        if written is not None:
            self.window.say(self.tr("Rapporten är sparad: {path}").format(path=written))
        return written

    def export_template(self) -> None:
        from hallbar_desktop.reporting.excel_template import export_template

        code = self.window.need_project()
        if code is None:
            return
        grid = self.state.grid(code)
        quarter = (grid.status_quarter if grid is not None else None) or Quarter.current()
        chosen = file_dialogs.save_file_name(self.window, file_dialogs.TEMPLATE, self.tr("Exportera inmatningsmall"),
                                             f"{code}-{quarter}-mall.xlsx", "Excel (*.xlsx)")
        if not chosen:
            return
        try:
            with self.register.reading() as session:
                export_template(session, code, str(quarter), Path(chosen))
        except USER_ERRORS as exc:
            QMessageBox.warning(self.window, self.tr("Mallen kunde inte skapas"), str(exc))
            return
        self.window.say(self.tr("Inmatningsmall sparad: {path}").format(path=chosen), 8000)

    def import_workbook(self) -> Any:
        """File → Import: a preview, then all rows or none, as one write the state applies."""
        from hallbar_desktop.ui.excel_actions import import_workbook

        return import_workbook(self.window, self.register, perform=self.state.perform)
