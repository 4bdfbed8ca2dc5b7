"""Settings the user changes: the interface language and how many backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None, *, backup_keep: int = 20) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inställningar"))
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Språk:"), self.language)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(0, 365)
        self.backup_keep.setValue(backup_keep)
        self.backup_keep.setSpecialValueText(self.tr("inga"))
        self.backup_keep.setToolTip(self.tr("Antal automatiska säkerhetskopior som sparas per register"))
        form.addRow(self.tr("&Säkerhetskopior att spara:"), self.backup_keep)
        note = QLabel(self.tr("Fönstret byggs om på det nya språket. Inmatade värden påverkas inte."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_backup_keep(self) -> int:
        return int(self.backup_keep.value())

    def chosen_language(self) -> str:
        return str(self.language.currentData())
