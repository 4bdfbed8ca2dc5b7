"""File → Restore: pick one of the register's automatic backups by what it holds, and go back.

The list shows what a project leader needs to choose: when the copy was made and why, which
projects it holds, how many values, and when something was last changed in it. Restoring
backs up the current state first (``store.backups.restore``), so the restore can be undone
from the same list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.backups import BackupEntry, BackupSummary, list_backups, restore, summarize
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import file_dialogs

translate = QCoreApplication.translate  # tr() outside a QObject; lupdate reads translate("…", "…")



class RestoreDialog(QDialog):
    """The backups of one register file, newest first; ``chosen`` is the file to restore."""

    def __init__(self, register_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_path = register_path
        self.chosen: Path | None = None
        self.entries: list[tuple[BackupEntry, BackupSummary]] = [
            (e, summarize(e.path)) for e in list_backups(register_path)
        ]
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Säkerhetskopior av %1. Det nuvarande innehållet sparas som en ny säkerhetskopia "
            "innan något återställs, så du kan ångra dig.").replace("%1", register_path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [self.tr("Datum"), self.tr("Anledning"), self.tr("Projekt"), self.tr("Värden"),
                   self.tr("Senast ändrat")]
        self.table = QTableWidget(len(self.entries), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        for row, (entry, summary) in enumerate(self.entries):
            last = ""
            if summary.last_change is not None:
                from datetime import UTC

                last = f"{summary.last_change.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"
            projects = summary.problem or (", ".join(summary.projects) or self.tr("inga projekt"))
            cells = [f"{entry.local_time():%Y-%m-%d %H:%M}", self.tr(entry.reason.label_sv()), projects,
                     "" if summary.problem else str(summary.values), last]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if summary.problem:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        if not self.entries:
            empty = QLabel(self.tr(
                "Det finns inga säkerhetskopior av registret ännu. De görs automatiskt när registret "
                "öppnas första gången varje dag och före uppdateringar."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = self.buttons.addButton(self.tr("Välj fil…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self._choose_file)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.buttons)
        self.resize(760, 380)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected_entry(self) -> BackupEntry | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        entry, summary = self.entries[rows.pop()]
        return None if summary.problem else entry

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected_entry() is not None)

    def _accept_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        self.chosen = entry.path
        self.accept()

    def _choose_file(self) -> None:
        """A copy made elsewhere (``hallbar backup``, a colleague's copy) can be restored too."""
        chosen = file_dialogs.open_file_name(self, file_dialogs.BACKUP, self.tr("Välj en säkerhetskopia"),
                                             self.tr("Register (*.sqlite);;Alla filer (*)"))
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def restore_file_from_backup(parent: QWidget | None, register_path: Path) -> bool:
    """Let the user choose a backup of ``register_path`` and restore it; True when restored.

    Used from File → Restore and from the message about a damaged register (the way out).
    """
    dialog = RestoreDialog(register_path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    backup = dialog.chosen
    answer = QMessageBox.question(
        parent, translate("RestoreDialog", "Återställ registret"),
        translate("RestoreDialog", "Registret %1 får innehållet från säkerhetskopian %2. Det nuvarande innehållet "
                  "sparas först som en ny säkerhetskopia. Vill du återställa?")
        .replace("%1", register_path.name).replace("%2", backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = restore(register_path, backup)
    except USER_ERRORS as exc:
        QMessageBox.warning(parent, translate("RestoreDialog", "Återställningen gick inte"), str(exc))
        return False
    text = translate("RestoreDialog", "Registret är återställt: %1.").replace("%1", result.summary.describe())
    if result.saved_current is not None:
        text += " " + translate("RestoreDialog", "Det tidigare innehållet finns kvar som säkerhetskopia (%1).").replace(
            "%1", result.saved_current.name)
    QMessageBox.information(parent, translate("RestoreDialog", "Registret är återställt"), text)
    return True


def restore_from_backup(parent: QWidget | None, register: Register) -> bool:
    """File → Restore for the open register; True when its content was replaced.

    The register stays open: the restore goes through SQLite's backup API into the same file,
    which every connection sees at once. The caller reloads what it shows when this returns True.
    """
    if register.location.path is None:
        QMessageBox.information(parent, translate("RestoreDialog", "Återställ"), translate("RestoreDialog",
            "Registret ligger på en databasserver. Säkerhetskopior av det görs och återställs på "
            "servern (pg_dump och pg_restore); fråga den som sköter servern."))
        return False
    if register.read_only:
        QMessageBox.warning(parent, translate("RestoreDialog", "Återställ"), translate("RestoreDialog",
            "Registret är öppnat skrivskyddat, eftersom någon annan har det öppet för ändringar. "
            "Återställ när du har det öppet för ändringar."))
        return False
    register.engine.dispose()  # no pooled connection keeps a read transaction across the restore
    return restore_file_from_backup(parent, register.location.path)
