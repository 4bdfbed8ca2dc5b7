"""The selected indicator's definition, and the selected value's comment and history.

The pane follows the selection and the state (:meth:`DetailsPane.follow`): it shows the selected
value of the selected project, and shows it again when a write touched it. Its comment is
written through the window's one write path (``save_comment``, set by the window), and nothing
typed in it is dropped: it is saved when the focus leaves the box, and before the selection
moves elsewhere without the focus leaving (a jump from the steering window, a shortcut, the
window closing) the user is asked: Spara, Spara inte or Avbryt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.formatting import format_timestamp
from hallbar_desktop.services.grid import GridCell
from hallbar_desktop.services.views import AuditRecord, IndicatorInfo
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.history_model import HistoryModel

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

#: Saves the comment of one value: (project, indicator, quarter, text) -> None, or why not.
SaveComment = Callable[[str, str, Quarter, str], "str | None"]


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
        self.state: RegisterState | None = None
        #: the value shown: (project, indicator, quarter)
        self.key: tuple[str, str, Quarter] | None = None
        #: writes a comment (the window's value entry); None: the pane cannot save
        self.save_comment_to: SaveComment | None = None
        #: answers the unsaved-comment question instead of a message box ('save'/'discard'/'cancel')
        self.ask_unsaved: Callable[[], str] | None = None
        self._history_waits = False
        self._history_pending = False

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
            shortcut = QShortcut(QKeySequence(keys), self.comment)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # (the constructor's keyword is ignored)
            shortcut.activated.connect(self._submit)
        self.comment.textChanged.connect(self._comment_edited)
        self.comment.installEventFilter(self)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        # Each column as wide as its texts (a cell's history is a few rows): nothing is cut off,
        # and a pane too narrow for them all scrolls sideways. The comment wraps.
        self.history.horizontalHeader().setStretchLastSection(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.history.viewport().installEventFilter(self)
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
        kind = indicator.kind
        self.title.setText(f"{indicator.code} {indicator.name}" + (
            "  " + self.tr("(arkiverad)") if indicator.archived else ""))

        def at(value: float | None, quarter: object) -> str:
            if value is None:
                return self.tr("saknas")
            shown = self.tr("uppnådd") if kind is IndicatorKind.MILESTONE and value >= 1 else \
                labels.value(kind, value, unit=indicator.unit)
            return f"{shown} ({labels.quarter(quarter)})" if quarter is not None else shown  # type: ignore[arg-type]

        texts = {
            "definition": indicator.description or self.tr("ingen definition angiven"),
            "kind": labels.kind(kind),
            "unit": indicator.unit or "–",
            "direction": labels.kind(indicator.direction),
            "accumulation": labels.kind(indicator.accumulation),
            "baseline": at(indicator.baseline, indicator.baseline_quarter),
            "target": at(indicator.target, indicator.target_quarter),
            "intermediate": "; ".join(at(v, q) for q, v in indicator.intermediate_targets) or "–",
            "data_source": indicator.data_source or "–",
            "responsible": indicator.responsible or "–",
            "level": labels.kind(indicator.effect_level),
            "split": self.tr("ja (kvinnor, män, annat/ej angivet)") if indicator.split_by_sex else self.tr("nej"),
        }
        for name, text in texts.items():
            self.values[name].setText(text)

    # --- the selected value --------------------------------------------------------------
    def show_cell(self, indicator: IndicatorInfo | None, cell: GridCell | None, records: list[AuditRecord]) -> None:
        self.cell = cell
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
        shown = labels.value(indicator.kind, cell.value, unit=indicator.unit, reached_on=m.reached_on if m else None)
        self.cell_title.setText(f"{indicator.code} · {labels.quarter(cell.quarter)}: {shown or self.tr('inget värde')}")
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
        self.fit_history()

    def _comment_edited(self) -> None:
        self.save_comment.setEnabled(self.comment_modified())

    def comment_modified(self) -> bool:
        """Something was typed in the comment box that is not saved."""
        return self.cell is not None and self.comment.isEnabled() \
            and self.comment.toPlainText().strip() != self.cell.comment

    def _submit(self) -> None:
        if self.cell is None or self.cell.measurement is None:
            return
        if self.save_comment_to is not None and self.key is not None:
            if self.comment_modified():
                self.save_typed_comment()
            return
        self.commentSubmitted.emit(self.comment.toPlainText())

    def save_typed_comment(self) -> str | None:
        """Save what is typed in the comment box; the refusal's message, or None when saved."""
        if self.save_comment_to is None or self.key is None:
            return None
        code, indicator, quarter = self.key
        return self.save_comment_to(code, indicator, quarter, self.comment.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The comment is saved when the focus leaves its box (not for a menu or another window:
        the text stays, and is asked about if the selection moves meanwhile)."""
        history = getattr(self, "history", None)  # (the comment's events come before it exists)
        if history is not None and watched is history.viewport() and event.type() == QEvent.Type.Resize:
            if self.history_model.rowCount():
                QTimer.singleShot(0, self, self.fit_history)  # the pane was resized: share it again
            return False
        if watched is self.comment and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason) \
                    and self.comment_modified():
                self.save_typed_comment()
        return False

    # --- following the window's state -----------------------------------------------------
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        state.selection.add_guard(self._guard)

    def _on_selection(self, now: Selected, before: Selected) -> None:
        self.show_selected()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        sel = self.state.selection.current
        if changes.touches(sel.project, sel.indicator, sel.quarter):
            self.show_selected()

    def show_selected(self) -> None:
        """The selected indicator's definition and value, as the state holds them now."""
        assert self.state is not None
        sel = self.state.selection.current
        info = self.state.indicator(sel.project, sel.indicator)
        row = self.state.row(sel.project, sel.indicator) if info is not None else None
        if info != self.indicator:
            self.show_indicator(info)
            if row is not None and row.follow_up_until is not None:  # values until its deadline, after the end
                target = self.values["target"]
                target.setText(f"{target.text()}\n{labels.follow_up(row.follow_up_until)}")
        cell = row.cell(sel.quarter) if row is not None and sel.quarter is not None else None
        if row is None or cell is None or sel.project is None or sel.quarter is None:
            self.key = None
            self.show_cell(None, None, [])
            return
        key = (sel.project, row.indicator.code, sel.quarter)
        typed = self.comment.toPlainText() if key == self.key and self.comment_modified() else None
        self.key = key
        if self.state.orm_ready and self.state.settling:  # a register just read: the history a moment later
            self.show_cell(row.indicator, cell, [])
            if not self._history_pending:
                self._history_pending = True
                QTimer.singleShot(0, self, self._history_later)
        elif self.state.orm_ready:
            self.show_cell(row.indicator, cell, self.state.history(*key))
        else:  # the first frame: the history is read once the ORM is loaded
            self.show_cell(row.indicator, cell, [])
            if not self._history_waits:
                self._history_waits = True
                self.state.ormReady.connect(self._orm_loaded)
        if typed is not None:  # a write elsewhere touched the value: what is being typed stays
            self.comment.setPlainText(typed)

    def _history_later(self) -> None:
        self._history_pending = False
        if self.state is not None and self.key is not None and self.indicator is not None:
            self.history_model.set_records(self.state.history(*self.key), self.indicator.kind, self.indicator.unit)
            self.fit_history()

    #: The narrowest a column that wraps (all but who) is squeezed to; its text wraps onto more
    #: lines instead of being cut.
    MIN_WRAPPED = 64

    def fit_history(self) -> None:
        """The history's columns fitted to their texts; when the pane is narrower than that,
        the columns that wrap (when, before, after, comment, from where) share what is left and
        their texts wrap, so nothing is cut off at the pane's edge (in a pane too narrow even for
        that, it scrolls sideways). The rows as tall as their texts."""
        view, model = self.history, self.history_model
        view.resizeColumnsToContents()
        wrapped = (model.WHEN, model.BEFORE, model.AFTER, model.COMMENT, model.SOURCE)
        room = view.viewport().width()
        fixed = sum(view.columnWidth(c) for c in range(model.columnCount()) if c not in wrapped)
        wide = {c: view.columnWidth(c) for c in wrapped}
        floor = self.MIN_WRAPPED
        if fixed + floor * len(wrapped) > room:  # too narrow even so: the comment capped, scroll sideways
            if view.columnWidth(model.COMMENT) > 3 * floor:
                view.setColumnWidth(model.COMMENT, 3 * floor)
        elif fixed + sum(wide.values()) > room:
            # Each at least MIN_WRAPPED; what is left above that in proportion to what each needs.
            spare = max(room - fixed - floor * len(wrapped), 0)
            above = {c: max(width - floor, 0) for c, width in wide.items()}
            total = sum(above.values()) or 1
            for c in wrapped:
                view.setColumnWidth(c, floor + min(above[c], above[c] * spare // total))
        view.resizeRowsToContents()
        most = 3 * view.fontMetrics().lineSpacing() + 8  # a long comment: its start, the rest in the tooltip
        for r in range(model.rowCount()):
            if view.rowHeight(r) > most:
                view.setRowHeight(r, most)

    def _orm_loaded(self) -> None:
        if self.state is not None and self.key is not None:
            self.show_selected()

    def load_history_when_ready(self) -> None:
        """After the window's first paint: the ORM loads in a worker, then the history shows."""
        if self.state is not None and self.key is not None and not self.state.orm_ready:
            self.state.when_orm_ready(self.show_selected)

    def _guard(self, now: Selected, wanted: Selected | None) -> bool:
        """Before the selected value changes: a comment typed and not saved is saved, dropped or
        kept, as the user says."""
        if not self.comment_modified() or self.key is None:
            return True
        answer = self._ask()
        if answer == "cancel":
            self.comment.setFocus()
            return False
        if answer == "save":
            refused = self.save_typed_comment()
            if refused is not None:
                self.comment.setFocus()
                return False
        return True

    def _ask(self) -> str:
        if self.ask_unsaved is not None:
            return self.ask_unsaved()
        assert self.key is not None
        _code, indicator, quarter = self.key
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Kommentaren är inte sparad"),
                          self.tr("Kommentaren till {code} {quarter} är inte sparad.").format(
                              code=indicator, quarter=labels.quarter(quarter)),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Vill du spara den?"))
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Spara"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Spara &inte"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"
