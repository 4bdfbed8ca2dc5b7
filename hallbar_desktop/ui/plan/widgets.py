"""Small widgets the plan tabs share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget


class WrapLabel(QLabel):
    """A word-wrapped label that does not ask for a height for its width: a tab's scroll area
    makes a page whose layout has one as tall as its *preferred* height, which pushed the lower
    half of a plan tab off a laptop's screen behind a scroll bar."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False


def key_shortcut(keys: str | Qt.Key, widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A key that works only while ``widget`` has the focus. (QShortcut's constructor ignores a
    ``context`` keyword: the shortcut would be window-wide, a duplicate key ambiguous, and dead.)"""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def fit_on_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` × ``height``, or less on a laptop's screen (at 1366×768 with
    125 % scaling a 640 pixel tall dialog would lose its buttons below the screen's edge)."""
    from PySide6.QtGui import QGuiApplication

    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 40)
        height = min(height, available.height() - 60)
    dialog.resize(width, height)


def compact_rows(view: QWidget) -> None:
    """Rows as tall as a line of text (a table's default is taller with some fonts)."""
    header = view.verticalHeader()  # type: ignore[attr-defined]
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)
