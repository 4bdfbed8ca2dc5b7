"""A message above a table that stays until it is closed, in the place of the table's legend.

A refused value's message used to be a label above the grid: showing it pushed the grid down
under the cursor, and it vanished as soon as the cursor moved, before it was read. The banner
shares a row of a fixed height with the legend (:func:`legend_row`), so the table never moves,
and it stays until its × is clicked or a newer message replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QToolButton, QWidget


class Banner(QWidget):
    """A refused value's message where the legend is: it takes the legend's place (so the grid
    below does not move) and stays until it is closed (×) or a newer message replaces it."""

    #: The user closed the message.
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#banner { background: #fdecea; border: 1px solid #b71c1c; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Stäng meddelandet"))
        self.close_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)


class LegendRow(QStackedWidget):
    """The legend, or the banner in its place: one row of ``lines`` lines of text, fixed high."""

    def __init__(self, legend: QLabel, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = legend
        self.banner = Banner()
        self.banner.dismissed.connect(self.dismiss)
        self.addWidget(legend)
        self.addWidget(self.banner)
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 8)

    def show_message(self, text: str) -> None:
        self.banner.label.setText(text)
        self.banner.label.setToolTip(text)
        self.setCurrentWidget(self.banner)

    def message_shown(self) -> bool:
        return self.currentWidget() is self.banner

    def dismiss(self) -> None:
        self.setCurrentWidget(self.legend)
