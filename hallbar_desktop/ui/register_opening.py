"""Opening a register from the window, with the questions a refused opening raises.

Two instances (or two laptops on a network folder) with the same register: the second is told
who has it and may open it read-only. A damaged file: the message says so and, where backups
of it exist, offers to restore one right away. The lock is the core's (``store.lock``), not a
``QLockFile``: the command line and the window then agree on one lock file, format and
staleness rule, and the core's heartbeat thread keeps the window's lock fresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.lock import RegisterLocked
from hallbar_desktop.store.register import Register, open_register

translate = QCoreApplication.translate  # tr() outside a QObject; lupdate reads translate("…", "…")



def open_with_lock_prompt(parent: QWidget | None, path: Path | str) -> Register | None:
    """Open ``path`` for writing; when another instance has it, offer read-only.

    Returns the register, or None when the user declined or the file cannot be opened (the
    user has then been told why and, for a damaged file with backups, offered a restore).
    """
    path = Path(path)
    try:
        return open_register(path)
    except RegisterLocked as exc:
        answer = QMessageBox.question(
            parent, translate("RegisterOpening", "Registret används redan"),
            str(exc) + "\n\n" + translate("RegisterOpening", "Vill du öppna det skrivskyddat? Du kan läsa, skriva "
                                                               "ut och exportera, men inte ändra."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return open_register(path, read_only=True)
        except USER_ERRORS as inner:
            QMessageBox.warning(parent, translate("RegisterOpening", "Registret kunde inte öppnas"), str(inner))
            return None
    except USER_ERRORS as exc:
        if offer_restore(parent, path, str(exc)):
            try:
                return open_register(path)
            except USER_ERRORS as inner:
                QMessageBox.warning(parent, translate("RegisterOpening", "Registret kunde inte öppnas"), str(inner))
        return None


def offer_restore(parent: QWidget | None, path: Path, message: str) -> bool:
    """Show why the file cannot be opened; offer its backups when it has any. True if restored."""
    from hallbar_desktop.store.backups import list_backups

    box = QMessageBox(QMessageBox.Icon.Warning, translate("RegisterOpening", "Registret kunde inte öppnas"), message,
                      QMessageBox.StandardButton.Close, parent)
    restore_button = None
    if list_backups(path):
        restore_button = box.addButton(translate("RegisterOpening", "Återställ en säkerhetskopia…"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore_button)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    from hallbar_desktop.ui.restore_dialog import restore_file_from_backup

    return restore_file_from_backup(parent, path)
