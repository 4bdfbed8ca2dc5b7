"""A probe for the start-up benchmark: report when the main window has been painted, then quit.

Enabled by HALLBAR_STARTUP_PROBE=1; the benchmark measures from process start to the line
this prints, so it sees what a user sees: the first frame with the register on screen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let the paint finish, then report and leave.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        sys.stdout.write("painted\n")
        sys.stdout.flush()
        QApplication.quit()


def install(window: QWidget) -> None:
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
