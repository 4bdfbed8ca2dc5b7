"""Entering a count split by sex: women, men and other/not stated, with the total shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.numbers import format_number, parse_number
from hallbar_desktop.services.grid import GridCell
from hallbar_desktop.services.views import IndicatorInfo


class PartsDialog(QDialog):
    """The parts of one quarter's count. Empty fields are "not given"; all empty clears the value.

    The window validates and saves on accept; a refused value is shown here and the dialog
    stays open with what was typed.
    """

    def __init__(self, indicator: IndicatorInfo, cell: GridCell, quarter_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.cell = cell
        #: Saves the parts; returns None, or the message why they were refused.
        self.submit: Callable[[PartsDialog], str | None] | None = None
        self.setWindowTitle(self.tr("{code} {quarter}: per kön").format(code=indicator.code, quarter=quarter_label))
        m = cell.measurement
        self.women = QLineEdit(self._text(m.women if m else None))
        self.men = QLineEdit(self._text(m.men if m else None))
        self.other = QLineEdit(self._text(m.other if m else None))
        self.total = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("&Kvinnor:"), self.women)
        form.addRow(self.tr("&Män:"), self.men)
        form.addRow(self.tr("&Annat/ej angivet:"), self.other)
        form.addRow(self.tr("Totalt:"), self.total)
        note = QLabel(self.tr("{name}. Lämna alla fält tomma för att ta bort värdet.").format(name=indicator.name))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.women, self.men, self.other):
            field.textChanged.connect(self._update_total)
        self._update_total()
        if m is None and cell.value is not None:
            self.total.setText(format_number(cell.value))

    @staticmethod
    def _text(value: float | None) -> str:
        return "" if value is None else format_number(value).replace("\u00a0", " ")

    def parts(self) -> tuple[float | None, float | None, float | None]:
        """The three parts as numbers (None when empty); raises DomainError for text that is no number."""
        def read(field: QLineEdit) -> float | None:
            text = field.text().strip()
            return parse_number(text) if text else None

        return read(self.women), read(self.men), read(self.other)

    def _update_total(self) -> None:
        try:
            parts = [p for p in self.parts() if p is not None]
        except DomainError:
            self.total.setText("–")
            return
        self.total.setText(format_number(sum(parts)) if parts else "–")

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def accept(self) -> None:
        """Save through ``submit``; stay open with the message when the value is refused."""
        message = self.submit(self) if self.submit is not None else None
        if message:
            self.show_error(message)
            return
        super().accept()
