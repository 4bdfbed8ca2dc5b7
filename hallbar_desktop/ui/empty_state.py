"""What an empty register shows: what the program is for and the one click to the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    openDemo = Signal()  # noqa: N815
    newProject = Signal()  # noqa: N815
    openRegister = Signal()  # noqa: N815

    def __init__(self, register_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Registret är tomt"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(self.tr(
            "Här följer du upp projektets indikatorer kvartal för kvartal: skriv in utfallen i "
            "tabellen, se status (grön, gul, röd) och ta fram underlag till styrgruppen och "
            "lägesrapporten.\n\n"
            "Registret {name} har inga projekt ännu. Titta först på demoregistret med två "
            "exempelprojekt, eller lägg upp ditt eget projekt med insatsområden och indikatorer."
        ).format(name=register_name))
        text.setWordWrap(True)
        text.setMaximumWidth(640)
        self.demo_button = QPushButton(self.tr("Öppna &demoregistret"))
        self.demo_button.setDefault(True)
        self.project_button = QPushButton(self.tr("Skapa ett &projekt…"))
        self.open_button = QPushButton(self.tr("Öppna ett &annat register…"))
        self.demo_button.clicked.connect(self.openDemo)
        self.project_button.clicked.connect(self.newProject)
        self.open_button.clicked.connect(self.openRegister)
        buttons = QHBoxLayout()
        for b in (self.demo_button, self.project_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.demo_button)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft)
