"""Choosing a file: the dialogs start in the user's Documents folder, and then in the folder
last used for the same kind of file (Excel reports, imports, backups, charts …).

A project leader saves the report where the last one went and imports from where the template
was filled in; the program's own folder is never where a file belongs. The folders are kept in
the settings (``Settings.last_folder``), one per kind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hallbar_desktop.ui.settings import Settings

#: The kinds of file whose folders are remembered apart.
REGISTER, BACKUP, EXCEL_EXPORT, EXCEL_IMPORT, TEMPLATE, REPORT, COSTS, CHART, DIAGRAM = (
    "register", "backup", "excel-export", "excel-import", "template", "report", "costs", "chart", "diagram")


def documents_dir() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def settings_for(parent: QWidget | None) -> Settings:
    """The settings of the window ``parent`` belongs to (a dialog's owner's), else the user's."""
    widget = parent
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    from hallbar_desktop.ui.main_window import MainWindow

    if MainWindow.windows:
        return MainWindow.windows[-1].settings
    return Settings()


def start_folder(parent: QWidget | None, kind: str) -> Path:
    """Where a dialog for ``kind`` opens: the folder last used for it, else Documents."""
    last = settings_for(parent).last_folder(kind)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_dir()


def remember(parent: QWidget | None, kind: str, chosen: str | Path) -> None:
    settings_for(parent).remember_folder(kind, str(Path(chosen).parent))


def save_file_name(parent: QWidget | None, kind: str, title: str, name: str, filter_text: str) -> str:
    """Ask where to save ``name`` (a file name, or a path whose folder is kept); "" when cancelled."""
    suggested = Path(name)
    start = suggested if suggested.is_absolute() else start_folder(parent, kind) / suggested
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_text)
    if chosen:
        remember(parent, kind, chosen)
    return chosen


def open_file_name(parent: QWidget | None, kind: str, title: str, filter_text: str, folder: Path | None = None) -> str:
    """Ask which file to open (from ``folder``, else the kind's last folder); "" when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder or start_folder(parent, kind)), filter_text)
    if chosen:
        remember(parent, kind, chosen)
    return chosen
