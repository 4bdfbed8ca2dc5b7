"""Arkiv → Exportera lägesrapport (Word) and Exportera ekonomisk redovisning (Excel).

The user chooses a reporting period (the latest ended one by default: what the next payment
request reports) and a file; the document is written in a worker (``background.Task``, the one
background-task helper) while a dialog shows the progress and can cancel. The worker opens its own
session and never touches a widget; the files are written atomically, so a cancel or a failure
leaves no half-written document.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.quarters import Period
from hallbar_desktop.errors import USER_ERRORS, os_reason
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import file_dialogs, labels
from hallbar_desktop.ui.plan import data

if TYPE_CHECKING:
    from hallbar_desktop.ui.background import Task
    from hallbar_desktop.ui.window.state import RegisterState

#: The work of an export: (register, task) -> the file written. Runs in the worker.
Work = Callable[[Register, "Task"], Path]
LAGESRAPPORT, ECONOMY_REPORT = "lagesrapport", "ekonomisk-redovisning"


class PeriodDialog(QDialog):
    """Which reporting period a document is for."""

    def __init__(self, title: str, periods: tuple[str, ...], chosen: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Rapportperiod"))
        for p in periods:
            self.period.addItem(labels.period(Period.parse(p)), p)
        if chosen is not None:
            self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        label = QLabel(self.tr("&Rapportperiod:"))
        label.setBuddy(self.period)
        hint = QLabel(self.tr("Förvalt är den senaste avslutade perioden – den som nästa ansökan om utbetalning "
                              "redovisar."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Fortsätt…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        value = self.period.currentData()
        return str(value) if value is not None else None


class TaskDialog(QDialog):
    """Shows the progress of a document being written; Avbryt stops it and leaves no file."""

    def __init__(self, title: str, register: Register, work: Work, path: Path, parent: QWidget | None = None) -> None:
        from hallbar_desktop.ui.background import Task

        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_path: Path | None = None
        self.error = ""
        self.label = QLabel(self.tr("Skriver {file} …").format(file=path.name))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Förlopp"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.label, self.bar, self.buttons):
            layout.addWidget(w)
        self.task = Task(lambda task: work(register, task))
        self.task.progressed.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.cancelled.connect(lambda _partial: self._stopped(""))
        self.task.failed.connect(self._stopped)
        self.resize(420, 120)

    def start(self) -> None:
        self.task.start_when_idle()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _done(self, path: Any) -> None:
        self.result_path = Path(path)
        self.accept()

    def _stopped(self, message: str) -> None:
        self.error = message
        super().reject()

    def reject(self) -> None:
        """Avbryt (or Esc) asks the work to stop; the dialog closes when it has."""
        if self.result_path is None and not self.task.is_cancelled():
            self.task.cancel()
            self.label.setText(self.tr("Avbryter …"))
            return


def _write_lagesrapport(code: str, period: str, out: Path) -> Work:
    def work(register: Register, task: Task) -> Path:
        from hallbar_desktop.memory import collector_paused
        from hallbar_desktop.reporting.lagesrapport import write_lagesrapport
        from hallbar_desktop.services.progress_report import progress_report

        task.report(0, 3)
        with collector_paused(), register.reading() as session:
            report = progress_report(session, code, period)
            task.check()
            task.report(1, 3)
        task.check()
        written = _written(lambda: write_lagesrapport(report, out))
        task.report(3, 3)
        return written

    return work


def _write_economy_report(code: str, period: str, out: Path) -> Work:
    def work(register: Register, task: Task) -> Path:
        from hallbar_desktop.memory import collector_paused
        from hallbar_desktop.reporting.plan_sheets import export_economy_report

        task.report(0, 2)
        with collector_paused(), register.reading() as session:
            task.check()
            written = _written(lambda: export_economy_report(session, code, period, out))
        task.report(2, 2)
        return written

    return work


class _WriteFailed(Exception):
    pass


def _written(write: Callable[[], Path]) -> Path:
    """A file error in words (the task shows an exception's text as the reason)."""
    try:
        return write()
    except USER_ERRORS as exc:
        raise _WriteFailed(str(exc)) from exc
    except OSError as exc:
        raise _WriteFailed(QCoreApplication.translate("PeriodDialog", "Filen kunde inte skrivas: {reason}").format(
            reason=os_reason(exc))) from exc


def export_document(parent: QWidget | None, state: RegisterState, code: str, kind: str, *,
                    period: str | None = None, path: Path | None = None) -> Path | None:
    """Ask for the period and the file (unless given) and write the document with progress.
    Returns the file written, or None (cancelled, or it failed: the user was told why)."""
    word = kind == LAGESRAPPORT
    title = (QCoreApplication.translate("PeriodDialog", "Exportera lägesrapport (Word)") if word
             else QCoreApplication.translate("PeriodDialog", "Exportera ekonomisk redovisning (Excel)"))
    if period is None:
        plan = data.activity_plan(state, code)
        dialog = PeriodDialog(title, plan.periods, data.latest_ended_period(plan.periods, plan.as_of), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        period = dialog.chosen()
        if period is None:
            return None
    if path is None:
        suffix, filter_text = (".docx", QCoreApplication.translate("PeriodDialog", "Word-dokument (*.docx)")) if word \
            else (".xlsx", "Excel (*.xlsx)")
        name = f"{code}-{'lagesrapport' if word else 'ekonomisk-redovisning'}-{period}{suffix}"
        chosen = file_dialogs.save_file_name(parent, file_dialogs.REPORT, title, name, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
    work = _write_lagesrapport(code, period, path) if word else _write_economy_report(code, period, path)
    progress = TaskDialog(title, state.register, work, path, parent)
    # The worker starts once the dialog is painted (background.Task.start_when_idle).
    QTimer.singleShot(0, progress.start)
    progress.exec()
    if progress.error and parent is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("PeriodDialog", "Exporten misslyckades"),
                            progress.error)
    return progress.result_path
