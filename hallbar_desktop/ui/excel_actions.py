"""File → Export and File → Import: the report workbook with a progress bar, and an import
preview the user confirms before anything is written.

The work runs in a worker thread that opens its own session and never touches widgets; it
reports progress through signals. The lead wires the menu entries to :func:`export_report`
and :func:`import_workbook`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import file_dialogs


class _Cancelled(Exception):
    pass


class _ExportWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, register: Register, project_code: str, path: Path) -> None:
        super().__init__()
        self.register, self.project_code, self.path = register, project_code, path
        self.cancelled = False

    def run(self) -> None:
        from hallbar_desktop.reporting.excel_report import export_report as write_report

        def report(done: int, total: int) -> None:
            if self.cancelled:
                raise _Cancelled
            self.progressed.emit(done, total)

        from hallbar_desktop.memory import collector_paused
        from hallbar_desktop.ui.background import responsive_worker

        try:
            with responsive_worker(), collector_paused(), self.register.reading() as session:
                write_report(session, self.project_code, self.path, progress=report)
        except _Cancelled:
            self.failed.emit("")
            return
        except USER_ERRORS as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"Filen kunde inte skrivas: {exc.strerror or exc}")
            return
        self.finished.emit(str(self.path))


class ExportDialog(QDialog):
    """Shows progress while the report is written; Cancel stops it and leaves no file."""

    def __init__(self, register: Register, project_code: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera till Excel"))
        self.result_path: Path | None = None
        self.error = ""
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Skriver %1 …").replace("%1", path.name))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        for w in (self.label, self.bar, self.buttons):
            layout.addWidget(w)
        self._thread = QThread(self)
        self._worker = _ExportWorker(register, project_code, path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        from hallbar_desktop.ui.background import paint_pending

        paint_pending()  # the dialog and the window behind it painted before the worker computes
        self._thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _on_finished(self, path: str) -> None:
        self._stop_thread()
        self.result_path = Path(path)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.error = message
        self.reject()

    def _cancel(self) -> None:
        self._worker.cancelled = True
        self.label.setText(self.tr("Avbryter …"))

    def reject(self) -> None:
        if self._thread.isRunning():
            self._cancel()
            return
        super().reject()


def export_report(parent: QWidget | None, register: Register, project_code: str,
                  path: Path | None = None) -> Path | None:
    """File → Export: ask for a file name (unless given), write the report with progress."""
    if path is None:
        chosen = file_dialogs.save_file_name(
            parent, file_dialogs.EXCEL_EXPORT, QCoreApplication.translate("ExportDialog", "Exportera rapport"),
            f"{project_code}-uppfoljning.xlsx", "Excel (*.xlsx)")
        if not chosen:
            return None
        path = Path(chosen)
    dialog = ExportDialog(register, project_code, Path(path), parent)
    # The worker starts once the dialog is on screen and the window behind it has repainted as
    # inactive (two turns of the event loop): its Python work and those paints would otherwise
    # take turns at the interpreter lock, slowing the paints many times over.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, dialog.start))
    dialog.exec()
    if dialog.error and parent is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportDialog", "Exporten misslyckades"), dialog.error)
    return dialog.result_path


class ImportPreviewDialog(QDialog):
    """What the file would change, row by row; Import is possible only when no row has an error."""

    LABELS = {"new": "Nytt", "changed": "Ändrat", "unchanged": "Oförändrat", "error": "Fel"}

    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Importera %1").replace("%1", preview.file_name))
        layout = QVBoxLayout(self)
        counts = {k: len(preview.of(k)) for k in self.LABELS}
        self.summary = QLabel(
            self.tr("%1 nya, %2 ändrade, %3 oförändrade, %4 fel")
            .replace("%1", str(counts["new"])).replace("%2", str(counts["changed"]))
            .replace("%3", str(counts["unchanged"])).replace("%4", str(counts["error"])))
        layout.addWidget(self.summary)
        headers = [self.tr("Rad"), self.tr("Indikator"), self.tr("Kvartal"), self.tr("Vad"),
                   self.tr("Före"), self.tr("Efter / orsak")]
        self.table = QTableWidget(len(preview.rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(preview.rows):
            after = row.reason if row.status == "error" else row.new
            for c, text in enumerate([str(row.row), row.code, row.quarter_label, self.tr(self.LABELS[row.status]),
                                      row.old, after]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Importera"), QDialogButtonBox.ButtonRole.AcceptRole)
        nothing = counts["new"] + counts["changed"] == 0
        self.import_button.setEnabled(counts["error"] == 0 and not nothing)
        if counts["error"]:
            layout.addWidget(QLabel(self.tr("Filen har fel: rätta dem i Excel och importera igen. Inget skrivs.")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 480)


def import_workbook(parent: QWidget | None, register: Register, path: Path | None = None,
                    *, confirm: bool = True, perform: Callable[[Any], Any] | None = None) -> Any:
    """File → Import: preview the file; on confirmation apply all of it in one transaction.

    ``perform`` runs the write (``services.operations.import_workbook``) and applies what it
    changed (the window's ``RegisterState.perform``); without it the write runs on its own.
    Returns the applied preview, or None when the user cancelled or the file was refused.
    """
    from functools import partial

    from hallbar_desktop.services.excel_import import preview_import
    from hallbar_desktop.services.operations import import_workbook as import_operation

    title = QCoreApplication.translate("ImportPreviewDialog", "Importen gick inte")
    if path is None:
        chosen = file_dialogs.open_file_name(
            parent, file_dialogs.EXCEL_IMPORT,
            QCoreApplication.translate("ImportPreviewDialog", "Importera från Excel"), "Excel (*.xlsx)")
        if not chosen:
            return None
        path = Path(chosen)
    try:
        with register.reading() as session:
            preview = preview_import(session, Path(path))
    except USER_ERRORS as exc:
        if parent is not None:
            QMessageBox.warning(parent, title, str(exc))
        return None
    dialog = ImportPreviewDialog(preview, parent)
    if confirm and dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not dialog.import_button.isEnabled():
        return None
    # The rows the preview read are applied: the file is not read a second time.
    operation = partial(import_operation, path=Path(path), preview=preview)
    try:
        if perform is not None:
            return perform(operation)
        with register.transaction() as session:
            return operation(session).value
    except USER_ERRORS as exc:
        if parent is not None:
            QMessageBox.warning(parent, title, str(exc))
        return None
