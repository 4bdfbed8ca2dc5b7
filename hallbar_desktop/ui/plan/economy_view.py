"""Ekonomi: the economy follow-up of the selected project and its costs per quarter, typed as values are.

The tab follows the window's state and selection (:meth:`EconomyView.follow`): for the quarter or
reporting period chosen, per cost category and in total the budget, the period's budget and costs,
the outcome to date, the share used against the share of time, the forecast and the light (symbol,
word and colour), with the funder's share and the other checks of the budget as messages. Below it
the costs grid – a row per cost category, a column per quarter – is edited like the values grid:
type a Swedish amount and press Enter or Tab, paste a block from Excel, Delete, undo and redo; each
action is one transaction and one step on the window's undo stack (``cost_editing``), and the
follow-up above shows the new numbers at once. The flat-rate indirect costs are computed and
read-only; quarters the steering group approved are marked but their costs stay editable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.numbers import format_amount, format_percent
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.cost_entry import CostCellChange, CostEdit
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.banner import LegendRow
from hallbar_desktop.ui.plan import data, words
from hallbar_desktop.ui.plan.cost_editing import DETAIL_PASTE, CostEditing
from hallbar_desktop.ui.plan.models import TOTAL, AmountTableModel, FollowUpModel, cost_sheet
from hallbar_desktop.ui.plan.sheet_view import SheetView
from hallbar_desktop.ui.plan.widgets import compact_rows
from hallbar_desktop.ui.window.value_entry import parse_block

if TYPE_CHECKING:
    from hallbar_desktop.services.economy_follow_up import EconomyFollowUp
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

ERROR_STYLE = "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;"
NOTE_STYLE = "background: #f5f5f5; border: 1px solid #bdbdbd; padding: 4px;"
#: Shows a message in the status bar: (text, milliseconds).
Say = Callable[[str, int], None]


class EconomyView(QWidget):
    #: The user asked to import costs (Arkiv → Importera kostnader…).
    importRequested = Signal()  # noqa: N815
    #: The user asked for the budget and financing editor.
    budgetRequested = Signal()  # noqa: N815

    def __init__(self, undo_stack: QUndoStack | None = None, say: Say | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.code: str | None = None
        self.editing: CostEditing | None = None
        self._undo_stack = undo_stack
        self._say = say
        self._stale = True
        self._waiting_for_orm = False
        self._choices: dict[str, str] = {}  # per project: the quarter or period chosen
        self._fitted: str | None = None  # the project the columns were fitted for
        self.last_refusal: str | None = None

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Uppföljning till och med"))
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.currentIndexChanged.connect(self._on_period)
        period_label = QLabel(self.tr("Till och &med:"))
        period_label.setBuddy(self.period)
        self.budget_button = QPushButton(self.tr("&Budget…"))
        self.budget_button.setAccessibleName(self.tr("Budget och finansiering"))
        self.budget_button.setToolTip(self.tr("Budget, finansiering, inbetalningar, schablon och tak (Ctrl+Shift+B)"))
        self.budget_button.clicked.connect(self.budgetRequested)
        self.import_button = QPushButton(self.tr("Impor&tera…"))
        self.import_button.setAccessibleName(self.tr("Importera kostnader"))
        self.import_button.setToolTip(self.tr("Ekonomisystemets export, CSV eller Excel (Ctrl+Shift+I)"))
        self.import_button.clicked.connect(self.importRequested)
        for button in (self.budget_button, self.import_button):
            button.setAutoDefault(False)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The checks scroll rather than push the tables off a laptop's screen.
        self.checks_area = QScrollArea()
        self.checks_area.setWidget(self.checks)
        self.checks_area.setWidgetResizable(True)
        self.checks_area.setFrameShape(QFrame.Shape.NoFrame)
        self.checks_area.setMinimumHeight(40)
        self.checks_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.follow_model = FollowUpModel(self)
        self.follow_table = QTableView()
        self.follow_table.setModel(self.follow_model)
        self.follow_table.setAccessibleName(self.tr("Uppföljning per kostnadsslag"))
        self.follow_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_table.verticalHeader().hide()
        self.follow_table.setWordWrap(False)
        compact_rows(self.follow_table)
        self.follow_table.setMinimumHeight(70)
        self.follow_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.cost_model = AmountTableModel(self)
        self.costs = SheetView()
        self.costs.setModel(self.cost_model)
        self.costs.setAccessibleName(self.tr("Kostnader per kvartal och kostnadsslag"))
        self.costs.setMinimumHeight(70)
        self.costs.setToolTip(self.tr("Skriv ett belopp och tryck Enter eller Tab; klistra in ett block från Excel; "
                                      "Delete tömmer; Ctrl+Z ångrar."))
        costs_label = QLabel(self.tr("K&ostnader per kvartal:"))
        costs_label.setBuddy(self.costs)
        self.legend = QLabel(self.tr("kursivt: räknas ut · ✓ fastställt (går att ändra)"))
        self.legend.setToolTip(self.tr("Indirekta kostnader räknas ut som schablon av personalkostnaderna och skrivs "
                                       "inte in. Kvartal som styrgruppen fastställt är märkta ✓; deras kostnader går "
                                       "ändå att ändra, eftersom bokslutet ofta kommer efter mötet."))
        # A refused amount's message takes the legend's place until it is closed: the costs
        # table below never moves.
        self.legend.setWordWrap(True)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notes = LegendRow(self.legend, 2)
        self.cell_popup = QLabel(self.costs.viewport())
        self.cell_popup.setWordWrap(True)
        self.cell_popup.setStyleSheet(ERROR_STYLE)
        self.cell_popup.hide()
        self.costs.selectionModel().currentChanged.connect(lambda *_: self.hide_refusal())
        self._add_grid_actions()

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period, 1)
        top.addWidget(self.budget_button)
        top.addWidget(self.import_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.setSpacing(2)
        upper_layout.addWidget(self.follow_table, 1)
        upper_layout.addWidget(self.checks_area)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(2)
        costs_row = QHBoxLayout()
        costs_row.addWidget(costs_label)
        costs_row.addWidget(self.notes, 1)
        lower_layout.addLayout(costs_row)
        lower_layout.addWidget(self.costs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(True)  # a pane can be dragged shut, and open again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _add_grid_actions(self) -> None:
        """Copy, paste and Delete in the costs grid (its own: the values grid has its own too)."""
        for keys, slot, name in ((QKeySequence.StandardKey.Copy, self.copy, self.tr("Kopiera kostnaderna")),
                                 (QKeySequence.StandardKey.Paste, self.paste, self.tr("Klistra in kostnader")),
                                 (QKeySequence.StandardKey.Delete, self.clear_selection,
                                  self.tr("Töm markerade kostnader"))):
            action = QAction(name, self.costs)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, slot=slot: slot())
            self.costs.addAction(action)

    # === following the window ==================================================================
    def follow(self, state: RegisterState) -> None:
        self.state = state
        self.editing = CostEditing(state, self._undo_stack, self)
        self.editing.applied.connect(self._applied)
        self.editing.refused.connect(self._refused)
        if not state.register.read_only:
            self.cost_model.save = self._save_cell
        else:
            self.import_button.setEnabled(False)
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project:
            self._stale = True
            self._render_if_visible()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if changes.concerns(self.state.selection.project) and (changes.economy or changes.approvals
                                                               or changes.structure):
            self._stale = True
            self._render_if_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._render_if_visible()

    def _render_if_visible(self) -> None:
        if self.state is None or not self._stale or not self.isVisible():
            return
        if not self.state.orm_ready:
            if not self._waiting_for_orm:
                self._waiting_for_orm = True
                self.state.when_orm_ready(self._orm_loaded)
            return
        self._stale = False
        self.redraw()

    def _orm_loaded(self) -> None:
        self._waiting_for_orm = False
        self._render_if_visible()

    # === drawing ===============================================================================
    def redraw(self) -> None:
        """The selected project's economy for the quarter or period chosen, as the state holds it."""
        assert self.state is not None
        code = self.state.selection.project
        entry = self.state.entry(code)
        if code != self.code:
            self.hide_refusal()
        self.code = code
        if code is None or entry is None:
            self.follow_model.set_follow_up(None)
            self.cost_model.set_sheet(None)
            self.checks.clear()
            return
        self._fill_periods(entry.project.start, entry.project.end)
        follow = data.follow_up(self.state, code, self.chosen())
        self.follow_model.set_follow_up(follow)
        self.cost_model.set_sheet(cost_sheet(data.cost_grid(self.state, code)))
        self._show_checks(follow)
        if self._fitted != code:
            self._fitted = code
            self._fit()

    def _fit(self) -> None:
        """Columns as wide as their texts (a few rows: measured by Qt, bold totals too), the
        category names capped (their tooltips and the row headers say them whole)."""
        for table, cap in ((self.follow_table, 230), (self.costs, 160)):
            table.resizeColumnsToContents()
            for c in range(table.model().columnCount()):
                table.setColumnWidth(c, min(max(table.columnWidth(c), 56), cap))
        self.costs.verticalHeader().setMaximumWidth(230)
        # The latest quarters and the totals in view (the grid opens at its right end).
        self.costs.scrollTo(self.cost_model.index(0, max(0, self.cost_model.columnCount() - 1)))

    def _show_checks(self, follow: EconomyFollowUp) -> None:
        """What the funder checks and what is missing, in as few lines as a laptop's screen has
        room for (the flat rate is in the indirect costs' tooltip)."""
        lines = []
        if follow.as_of is not None and not follow.reported and follow.has_budget:
            lines.append(self.tr("○ Inga kostnader för {quarter} ännu (grå): importera exporten eller skriv in "
                                 "dem nedan.").format(quarter=labels.quarter(follow.as_of)))
        if follow.has_budget:
            lines.append(("⚠ " if not follow.funder_share.within_cap else "") + follow.funder_share.message_sv())
        else:
            lines.append(self.tr("Projektet har ingen budget ännu: lägg in den under Budget och finansiering."))
        lines.extend(f"⚠ {check}" for check in follow.checks)
        planned = sum(f.planned for f in follow.financing)
        if planned > 0:
            paid = sum(f.paid_to_date for f in follow.financing)
            text = self.tr("Inbetalt till och med {quarter}: {paid} av {planned}").format(
                quarter=labels.quarter(follow.as_of) if follow.as_of is not None else "–",
                paid=format_amount(paid), planned=format_amount(planned))
            if follow.period is not None:
                text += self.tr(" (perioden: {paid}).").format(
                    paid=format_amount(sum(f.paid_period or 0.0 for f in follow.financing)))
            lines.append(text)
        warn = not follow.funder_share.within_cap or bool(follow.checks)
        self.checks.setText("\n".join(lines))
        self.checks.setToolTip(self.tr("Indirekta kostnader: schablon {rate} av personalkostnaderna.").format(
            rate=format_percent(follow.indirect_rate * 100)))
        self.checks.setStyleSheet(ERROR_STYLE if warn else NOTE_STYLE)
        self._fit_checks()

    def _fit_checks(self) -> None:
        """The checks whole (up to six lines), the follow-up table above them scrolling instead:
        a line cut in half is read wrongly."""
        width = max(100, self.checks_area.viewport().width())
        lines = self.checks.fontMetrics().lineSpacing()
        wanted = self.checks.heightForWidth(width) if self.checks.wordWrap() else self.checks.sizeHint().height()
        self.checks_area.setMinimumHeight(min(max(wanted, lines + 8), 6 * lines + 12))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_checks()

    def _fill_periods(self, start: Quarter, end: Quarter) -> None:
        """Each reporting period and, under it, its quarters; the latest ended quarter by default."""
        from hallbar_desktop.domain.quarters import ReportingPeriodKind, reporting_periods
        from hallbar_desktop.services.grid import status_quarter_of

        assert self.state is not None and self.code is not None
        entry = self.state.entry(self.code)
        assert entry is not None
        kind = entry.project.reporting_period
        items: list[tuple[str, str]] = []
        for p in reporting_periods(start, end, ReportingPeriodKind(kind)):
            items.append((labels.period(Period.parse(p.code)), p.code))
            if p.start != p.end:
                items.extend((f"    {labels.quarter(q)}", str(q)) for q in p.quarters())
        latest = status_quarter_of(start, end, date.today())
        keep = self._choices.get(self.code)
        codes = [c for _t, c in items]
        if [self.period.itemData(i) for i in range(self.period.count())] != codes:
            self.period.blockSignals(True)
            self.period.clear()
            for text, code in items:
                if latest is not None and code == str(latest):
                    text += " " + self.tr("(senaste)")
                self.period.addItem(text, code)
            self.period.blockSignals(False)
        wanted = keep if keep in codes else (str(latest) if latest is not None else (codes[0] if codes else None))
        if wanted is not None and self.period.currentData() != wanted:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(self.period.findData(wanted))
            self.period.blockSignals(False)

    def chosen(self) -> str | None:
        value = self.period.currentData()
        return str(value) if value is not None else None

    def _on_period(self, _index: int) -> None:
        if self.code is not None and self.chosen() is not None:
            self._choices[self.code] = str(self.chosen())
        if self.state is not None and self.code is not None:
            follow = data.follow_up(self.state, self.code, self.chosen())
            self.follow_model.set_follow_up(follow)
            self._show_checks(follow)

    def choose(self, period: Period | Quarter | str) -> bool:
        """Follow up to the end of ``period`` (a quarter or reporting period of the project)."""
        code = period.code if isinstance(period, Period) else str(period)
        i = self.period.findData(code)
        if i < 0:
            return False
        self.period.setCurrentIndex(i)
        return True

    def show_category(self, category: CostCategory | str | None, quarter: Quarter | None = None) -> bool:
        """Select a cost category's row (None: the total) in the follow-up, at ``quarter`` if given
        (from Inför mötet)."""
        self._stale = True
        self._render_if_visible()
        if quarter is not None:
            self.choose(quarter)
        cat = CostCategory(category) if isinstance(category, str) else category
        row = self.follow_model.row_of(cat)
        if row is None:
            return False
        self.follow_table.setCurrentIndex(self.follow_model.index(row, 0))
        self.follow_table.scrollTo(self.follow_model.index(row, 0))
        self.follow_table.setFocus()
        return True

    # === typing costs ==========================================================================
    def _save_cell(self, category: Any, quarter: Any, text: str) -> str | None:
        if not isinstance(category, CostCategory) or not isinstance(quarter, Quarter):
            return self.tr("Summorna räknas ut och skrivs inte in.")
        label = self.tr("Ändra {category} {quarter}").format(category=words.category(category),
                                                              quarter=labels.quarter(quarter))
        return self._apply([CostEdit.typed(quarter, category, text)], label)

    def _apply(self, edits: list[CostEdit], label: str, detail: str = "") -> str | None:
        assert self.editing is not None
        if self.code is None:
            return self.tr("Välj ett projekt först.")
        self.last_refusal = None
        if self.editing.apply(self.code, edits, label, detail) is None:
            return self.last_refusal or self.tr("Ändringen kunde inte sparas.")
        return None

    def _selected(self) -> list[QModelIndex]:
        indexes = self.costs.selectionModel().selectedIndexes() or [self.costs.currentIndex()]
        return sorted((i for i in indexes if i.isValid()), key=lambda i: (i.row(), i.column()))

    def clear_selection(self) -> None:
        """Delete: clear the selected costs that hold an amount, as one undo step."""
        edits = []
        for index in self._selected():
            key = self.cost_model.key(index)
            cell = index.data(AmountTableModel.CellRole)
            if key is not None and cell is not None and cell.editable and cell.amount is not None \
                    and isinstance(key[0], CostCategory) and isinstance(key[1], Quarter):
                edits.append(CostEdit.typed(key[1], key[0], ""))
        if edits:
            self._apply(edits, self.tr("Töm {n} kostnader").format(n=len(edits)))

    def copy(self) -> None:
        indexes = self._selected()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        lines = ["\t".join(str(self.cost_model.index(r, c).data(Qt.ItemDataRole.EditRole) or "")
                           for c in range(cols[0], cols[-1] + 1)) for r in range(rows[0], rows[-1] + 1)]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def paste(self, text: str | None = None) -> str | None:
        """Paste a block copied from Excel at the current cell: every amount checked first, then all
        saved in one transaction (one undo step), or none. Returns the refusal."""
        block = parse_block(QGuiApplication.clipboard().text() if text is None else text)
        start = self.costs.currentIndex()
        if not block or not start.isValid():
            message = self.tr("Välj cellen där blocket ska börja, och kopiera belopp först.")
            self._refused(message, ())
            return message
        width = max(len(r) for r in block)
        edits = []
        for dr, values in enumerate(block):
            for dc, value in enumerate(values):
                key = self.cost_model.key(self.cost_model.index(start.row() + dr, start.column() + dc))
                if key is None or key[0] == TOTAL or key[1] == TOTAL:
                    message = self.tr("Blocket ({rows} × {cols}) får inte plats från den valda cellen: det når "
                                      "summorna eller utanför tabellen. Inget klistrades in.").format(
                        rows=len(block), cols=width)
                    self._refused(message, ())
                    return message
                assert isinstance(key[0], CostCategory) and isinstance(key[1], Quarter)
                edits.append(CostEdit.typed(key[1], key[0], value))
        refused = self._apply(edits, self.tr("Klistra in {rows} × {cols} belopp").format(rows=len(block), cols=width),
                              DETAIL_PASTE)
        if refused is not None:
            self.cell_message.setText(self.tr("Inget klistrades in. ") + refused)
            return refused
        selection = QItemSelection(start, self.cost_model.index(start.row() + len(block) - 1,
                                                                start.column() + width - 1))
        self.costs.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return None

    def _refused(self, message: str, problems: tuple[Any, ...]) -> None:
        """A refused amount: the message at its cell and in the status bar; the register unchanged."""
        self.last_refusal = message
        self.notes.show_message(message)
        index = self.costs.currentIndex()
        if problems:
            where = self.cost_model.position(problems[0].category, problems[0].quarter)
            if where is not None:
                index = self.cost_model.index(*where)
        if self._say is not None:
            self._say(message, 15000)
        if not index.isValid():
            return
        rect = self.costs.visualRect(index)
        popup = self.cell_popup
        popup.setText(message)
        popup.setMaximumWidth(max(240, self.costs.viewport().width() // 2))
        popup.adjustSize()
        x = min(rect.left(), max(0, self.costs.viewport().width() - popup.width()))
        y = rect.bottom() + 2
        if y + popup.height() > self.costs.viewport().height():
            y = max(0, rect.top() - popup.height() - 2)
        popup.move(x, y)
        popup.show()
        popup.raise_()

    @property
    def cell_message(self) -> QLabel:
        """The text of the message in the banner (a refused amount, a paste refused)."""
        return self.notes.banner.label

    def hide_refusal(self) -> None:
        """The cell is left: its popup goes; the banner stays until it is closed."""
        self.cell_popup.hide()

    def _applied(self, _project: str, changes: list[CostCellChange], how: str, label: str) -> None:
        from hallbar_desktop.ui.cell_editing import EDIT, UNDO

        self.hide_refusal()
        if self._say is None:
            return
        if how == EDIT:
            first, more = changes[0], len(changes) - 1
            template = self.tr("Tömt: {category} {quarter}") if first.after is None \
                else self.tr("Sparat: {category} {quarter}")
            text = template.format(category=words.category(first.category), quarter=labels.quarter(first.quarter))
            if more:
                text += self.tr(" och {n} belopp till").format(n=more)
        elif how == UNDO:
            text = self.tr("Ångrat: {action}").format(action=label)
        else:
            text = self.tr("Gjort om: {action}").format(action=label)
        self._say(text, 5000)

    def light_of(self, category: CostCategory | None) -> Light | None:
        """The light shown for a category (None: the total) – what a user reads off the follow-up."""
        follow = self.follow_model.follow_up
        if follow is None:
            return None
        return follow.total.status if category is None else follow.row(category).status
