"""The selected indicator's definition, and the selected value's comment and history.

The pane holds plain data and asks nothing of the register: the window reads the history and
saves the comment (``commentSubmitted``), so every write stays in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.kinds import IndicatorKind, label
from hallbar_desktop.services.formatting import format_timestamp, format_value
from hallbar_desktop.services.grid import GridCell
from hallbar_desktop.services.views import AuditRecord, IndicatorInfo
from hallbar_desktop.ui import i18n
from hallbar_desktop.ui.history_model import HistoryModel


def _value_label() -> QLabel:
    value = QLabel()
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.PlainText)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class DetailsPane(QWidget):
    #: The user saved the comment of the selected value (text, possibly empty).
    commentSubmitted = Signal(str)  # noqa: N815

    FIELDS = ("definition", "kind", "unit", "direction", "accumulation", "baseline", "target",
              "intermediate", "data_source", "responsible", "level", "split")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: IndicatorInfo | None = None
        self.cell: GridCell | None = None

        self.title = QLabel(self.tr("Välj en indikator i navigatorn eller tabellen."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.values: dict[str, QLabel] = {name: _value_label() for name in self.FIELDS}
        captions = {
            "definition": self.tr("Definition"), "kind": self.tr("Typ"), "unit": self.tr("Enhet"),
            "direction": self.tr("Riktning"), "accumulation": self.tr("Summering"),
            "baseline": self.tr("Utgångsvärde"), "target": self.tr("Mål och måldatum"),
            "intermediate": self.tr("Delmål"), "data_source": self.tr("Datakälla"),
            "responsible": self.tr("Ansvarig"), "level": self.tr("Effektlogik"), "split": self.tr("Per kön"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in self.FIELDS:
            form.addRow(captions[name] + ":", self.values[name])
        definition = QWidget()
        dl = QVBoxLayout(definition)
        dl.addWidget(self.title)
        dl.addLayout(form)
        dl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(definition)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.cell_box = QGroupBox(self.tr("Valt värde"))
        self.cell_title = QLabel(self.tr("Välj en kvartalscell."))
        self.cell_title.setWordWrap(True)
        self.entered = QLabel()
        self.entered.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Kommentar: varför värdet är som det är"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        comment_label = QLabel(self.tr("&Kommentar:"))
        comment_label.setBuddy(self.comment)
        self.save_comment = QPushButton(self.tr("&Spara kommentar"))
        self.save_comment.setToolTip(self.tr("Ctrl+Enter i kommentarsfältet"))
        self.save_comment.clicked.connect(self._submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.comment, self._submit, context=Qt.ShortcutContext.WidgetShortcut)
        self.comment.textChanged.connect(self._comment_edited)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.setWordWrap(False)
        history_label = QLabel(self.tr("&Historik:"))
        history_label.setBuddy(self.history)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_comment)
        cl = QVBoxLayout(self.cell_box)
        cl.addWidget(self.cell_title)
        cl.addWidget(self.entered)
        cl.addWidget(comment_label)
        cl.addWidget(self.comment)
        cl.addLayout(buttons)
        cl.addWidget(history_label)
        cl.addWidget(self.history, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.cell_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.show_cell(None, None, [])

    # --- the indicator -------------------------------------------------------------------
    def show_indicator(self, indicator: IndicatorInfo | None) -> None:
        self.indicator = indicator
        if indicator is None:
            self.title.setText(self.tr("Välj en indikator i navigatorn eller tabellen."))
            for value in self.values.values():
                value.clear()
            return
        lang = i18n.lang()
        kind = indicator.kind
        self.title.setText(f"{indicator.code} {indicator.name}" + (
            "  " + self.tr("(arkiverad)") if indicator.archived else ""))

        def at(value: float | None, quarter: object) -> str:
            if value is None:
                return self.tr("saknas")
            shown = self.tr("uppnådd") if kind is IndicatorKind.MILESTONE and value >= 1 else \
                format_value(kind, value, unit=indicator.unit, lang=lang)
            return f"{shown} ({quarter.label(lang)})" if quarter is not None else shown  # type: ignore[attr-defined]

        texts = {
            "definition": indicator.description or self.tr("ingen definition angiven"),
            "kind": label(kind, lang),
            "unit": indicator.unit or "–",
            "direction": label(indicator.direction, lang),
            "accumulation": label(indicator.accumulation, lang),
            "baseline": at(indicator.baseline, indicator.baseline_quarter),
            "target": at(indicator.target, indicator.target_quarter),
            "intermediate": "; ".join(at(v, q) for q, v in indicator.intermediate_targets) or "–",
            "data_source": indicator.data_source or "–",
            "responsible": indicator.responsible or "–",
            "level": label(indicator.effect_level, lang),
            "split": self.tr("ja (kvinnor, män, annat/ej angivet)") if indicator.split_by_sex else self.tr("nej"),
        }
        for name, text in texts.items():
            self.values[name].setText(text)

    # --- the selected value --------------------------------------------------------------
    def show_cell(self, indicator: IndicatorInfo | None, cell: GridCell | None, records: list[AuditRecord]) -> None:
        self.cell = cell
        lang = i18n.lang()
        if indicator is None or cell is None:
            self.cell_title.setText(self.tr("Välj en kvartalscell för att se dess kommentar och historik."))
            self.entered.clear()
            self.comment.blockSignals(True)
            self.comment.setPlainText("")
            self.comment.blockSignals(False)
            self.comment.setEnabled(False)
            self.save_comment.setEnabled(False)
            self.history_model.set_records([], IndicatorKind.COUNT)
            return
        m = cell.measurement
        shown = format_value(indicator.kind, cell.value, unit=indicator.unit, reached_on=m.reached_on if m else None,
                             lang=lang)
        self.cell_title.setText(f"{indicator.code} · {cell.quarter.label(lang)}: {shown or self.tr('inget värde')}")
        if m is not None:
            self.entered.setText(self.tr("Senast ändrat av {who} {when}").format(
                who=m.entered_by or "–", when=format_timestamp(m.entered_at)))
        else:
            self.entered.setText(self.tr("Ange ett värde i tabellen innan du skriver en kommentar."))
        self.comment.blockSignals(True)
        self.comment.setPlainText(cell.comment)
        self.comment.blockSignals(False)
        self.comment.setEnabled(m is not None)
        self.save_comment.setEnabled(False)
        self.history_model.set_records(records, indicator.kind, indicator.unit)
        self.history.resizeColumnsToContents()

    def _comment_edited(self) -> None:
        self.save_comment.setEnabled(self.cell is not None and self.comment.toPlainText().strip() != self.cell.comment)

    def _submit(self) -> None:
        if self.cell is None or self.cell.measurement is None:
            return
        self.commentSubmitted.emit(self.comment.toPlainText())
