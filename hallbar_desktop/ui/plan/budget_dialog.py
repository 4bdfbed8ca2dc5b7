"""Budget och finansiering: the budget per cost category and year, the financing per financier and
year, what each financier has paid in per quarter, and the project's flat rate for indirect costs
and cap on the funder's share.

Each amount typed is saved at once (one transaction, an operation of ``services.plan_operations``
run through the window's state) and the checks the funder makes – budget and financing equal in
total and per year, Tillväxtverket's share under the cap, contributions in kind the same on both
sides – are shown above the tables as they stand after every change. The dialog follows the
window's state: a change made elsewhere (an undo in the costs grid, another window) shows here too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.economy import CostCategory, FinancierKind
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.numbers import format_number, parse_number
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui.plan import data, words
from hallbar_desktop.ui.plan.models import (
    TOTAL,
    AmountTableModel,
    budget_sheet,
    financing_sheet,
    paid_in_sheet,
)
from hallbar_desktop.ui.plan.sheet_view import SheetView
from hallbar_desktop.ui.plan.widgets import fit_on_screen

if TYPE_CHECKING:
    from hallbar_desktop.services.operations import Done
    from hallbar_desktop.ui.window.state import RegisterState

ERROR_STYLE = "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;"
DONE_STYLE = "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 4px;"
NOTE_STYLE = "background: #f5f5f5; border: 1px solid #bdbdbd; padding: 4px;"


def _percent_text(fraction: float) -> str:
    return f"{format_number(fraction * 100)} %".replace("\u00a0", " ")


class FinancierDialog(QDialog):
    """A financier's name and kind (new, or changed)."""

    def __init__(self, name: str = "", kind: FinancierKind = FinancierKind.PUBLIC,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny finansiär") if not name else self.tr("Ändra finansiären"))
        self.name = QLineEdit(name)
        self.name.setMaxLength(300)
        self.name.setAccessibleName(self.tr("Finansiärens namn"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Typ av finansiär"))
        for k in FinancierKind:
            self.kind.addItem(words.financier_kind(k), k.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        #: Writes (name, kind); returns None, or the message why it was refused.
        self.submit: Callable[[str, FinancierKind], str | None] | None = None
        form = QFormLayout()
        name_label = QLabel(self.tr("&Namn:"))
        name_label.setBuddy(self.name)
        kind_label = QLabel(self.tr("&Typ:"))
        kind_label.setBuddy(self.kind)
        form.addRow(name_label, self.name)
        form.addRow(kind_label, self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, 160)

    def _save(self) -> None:
        refused = self.submit(self.name.text(), FinancierKind(self.kind.currentData())) if self.submit else None
        if refused is not None:
            self.message.setText(refused)
            self.message.show()
            return
        self.accept()


class BudgetDialog(QDialog):
    BUDGET_TAB, FINANCING_TAB, PAID_TAB, SETTINGS_TAB = range(4)

    def __init__(self, state: RegisterState, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.code = code
        self.setSizeGripEnabled(True)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.budget_model = AmountTableModel(self)
        self.budget = SheetView()
        self.budget.setModel(self.budget_model)
        self.budget.setAccessibleName(self.tr("Budget per kostnadsslag och år"))
        self.financing_model = AmountTableModel(self)
        self.financing = SheetView()
        self.financing.setModel(self.financing_model)
        self.financing.setAccessibleName(self.tr("Finansiering per finansiär och år"))
        self.paid_model = AmountTableModel(self)
        self.paid = SheetView()
        self.paid.setModel(self.paid_model)
        self.paid.setAccessibleName(self.tr("Inbetalt per finansiär och kvartal"))
        if not state.register.read_only:
            self.budget_model.save = self._save_budget
            self.financing_model.save = self._save_financing
            self.paid_model.save = self._save_paid

        self.new_financier = QPushButton(self.tr("&Ny finansiär…"))
        self.edit_financier = QPushButton(self.tr("Ä&ndra finansiären…"))
        self.remove_financier = QPushButton(self.tr("Ta &bort finansiären…"))
        for button, slot in ((self.new_financier, lambda: self.add_financier()),
                             (self.edit_financier, lambda: self.change_financier()),
                             (self.remove_financier, lambda: self.delete_financier())):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            button.setEnabled(not state.register.read_only)

        self.rate = QLineEdit()
        self.rate.setAccessibleName(self.tr("Schablon för indirekta kostnader"))
        self.rate.setToolTip(self.tr("Andel av personalkostnaderna, t.ex. 15 %. Högst 40 %."))
        self.cap = QLineEdit()
        self.cap.setAccessibleName(self.tr("Tak för Tillväxtverkets andel"))
        self.cap.setToolTip(self.tr("Den största andel av den totala budgeten som stödet får vara, oftast 50 %."))
        self.rate.editingFinished.connect(self.save_rate)
        self.cap.editingFinished.connect(self.save_cap)
        for box in (self.rate, self.cap):
            box.setReadOnly(state.register.read_only)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Budgetens flikar"))
        budget_page = QWidget()
        bl = QVBoxLayout(budget_page)
        hint = QLabel(self.tr("Belopp i kronor som i beslutet. Indirekta kostnader räknas ut av personalbudgeten "
                              "med projektets schablon."))
        hint.setWordWrap(True)
        bl.addWidget(hint)
        bl.addWidget(self.budget, 1)
        financing_page = QWidget()
        fl = QVBoxLayout(financing_page)
        fb = QHBoxLayout()
        for button in (self.new_financier, self.edit_financier, self.remove_financier):
            fb.addWidget(button)
        fb.addStretch(1)
        fl.addLayout(fb)
        fl.addWidget(self.financing, 1)
        paid_page = QWidget()
        pl = QVBoxLayout(paid_page)
        paid_hint = QLabel(self.tr("Vad varje finansiär har betalat in per kvartal (slututbetalningen kommer ofta "
                                   "året efter projektet)."))
        paid_hint.setWordWrap(True)
        pl.addWidget(paid_hint)
        pl.addWidget(self.paid, 1)
        settings_page = QWidget()
        sl = QFormLayout(settings_page)
        rate_label = QLabel(self.tr("&Schablon för indirekta kostnader (andel av personalkostnaderna):"))
        rate_label.setBuddy(self.rate)
        rate_label.setWordWrap(True)
        cap_label = QLabel(self.tr("&Tak för Tillväxtverkets andel av den totala budgeten:"))
        cap_label.setBuddy(self.cap)
        cap_label.setWordWrap(True)
        sl.addRow(rate_label, self.rate)
        sl.addRow(cap_label, self.cap)
        self.tabs.addTab(budget_page, self.tr("&Budget"))
        self.tabs.addTab(financing_page, self.tr("&Finansiering"))
        self.tabs.addTab(paid_page, self.tr("&Inbetalt"))
        self.tabs.addTab(settings_page, self.tr("&Inställningar"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        state.changed.connect(self._on_changes)
        self.redraw()
        fit_on_screen(self, 980, 560)

    # --- drawing -------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(self.code) and (changes.economy or changes.structure):
            self.redraw()

    def redraw(self) -> None:
        entry = self.state.entry(self.code)
        if entry is None:  # the project is gone
            self.reject()
            return
        self.setWindowTitle(self.tr("Budget och finansiering – {code}").format(code=self.code))
        table = data.budget_table(self.state, self.code)
        settings = data.economy_settings(self.state, self.code)
        first = self.budget_model.sheet is None
        self.budget_model.set_sheet(budget_sheet(table))
        self.financing_model.set_sheet(financing_sheet(table))
        self.paid_model.set_sheet(paid_in_sheet(table, entry.project.start, entry.project.end))
        for box, value in ((self.rate, settings.indirect_rate), (self.cap, settings.funder_cap)):
            if not box.hasFocus():
                box.setText(_percent_text(value))
        lines = [("⚠ " if not table.funder_share.within_cap else "") + table.funder_share.message_sv()]
        lines += [f"⚠ {c}" for c in table.checks]
        self.checks.setText("\n".join(lines))
        self.checks.setStyleSheet(ERROR_STYLE if table.checks or not table.funder_share.within_cap else NOTE_STYLE)
        has_financier = bool(table.financiers)
        self.edit_financier.setEnabled(has_financier and not self.state.register.read_only)
        self.remove_financier.setEnabled(has_financier and not self.state.register.read_only)
        if first:
            for view in (self.budget, self.financing, self.paid):
                view.resizeColumnsToContents()
                for c in range(view.model().columnCount()):
                    view.setColumnWidth(c, max(90, view.columnWidth(c)))

    # --- writing -------------------------------------------------------------------------------
    def _write(self, operation: Callable[[Any], Done[Any]], done: str | None = None) -> str | None:
        try:
            self.state.perform(operation)
        except USER_ERRORS as exc:
            self.show_message(str(exc), error=True)
            return str(exc)
        if done is not None:
            self.show_message(done, error=False)
        else:
            self.message.hide()
        return None

    def show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.show()

    def _save_budget(self, category: Hashable, year: Hashable, text: str) -> str | None:
        from hallbar_desktop.services import plan_operations

        if not isinstance(category, CostCategory) or category.computed or year == TOTAL:
            return self.tr("Den här cellen räknas ut och skrivs inte in.")
        return self._write(partial(plan_operations.set_budget, project_code=self.code, category=category,
                                   year=str(year), amount=text, actor=Actor.here("window")))

    def _save_financing(self, name: Hashable, year: Hashable, text: str) -> str | None:
        from hallbar_desktop.services import plan_operations

        if name == TOTAL or year == TOTAL:
            return self.tr("Summorna räknas ut och skrivs inte in.")
        return self._write(partial(plan_operations.set_financing, project_code=self.code, financier=str(name),
                                   year=str(year), amount=text, actor=Actor.here("window")))

    def _save_paid(self, name: Hashable, quarter: Hashable, text: str) -> str | None:
        from hallbar_desktop.services import plan_operations

        if name == TOTAL or not isinstance(quarter, Quarter):
            return self.tr("Summorna räknas ut och skrivs inte in.")
        return self._write(partial(plan_operations.set_paid_in, project_code=self.code, financier=str(name),
                                   quarter=quarter, amount=text, actor=Actor.here("window")))

    def _fraction(self, text: str, what: str) -> float | None:
        try:
            return parse_number(text) / 100
        except DomainError as exc:
            self.show_message(f"{what}: {exc.message}", error=True)
            return None

    def save_rate(self) -> str | None:
        from hallbar_desktop.services import plan_operations

        rate = self._fraction(self.rate.text(), self.tr("Schablonen"))
        if rate is None:
            return self.message.text()
        return self._write(partial(plan_operations.set_indirect_rate, project_code=self.code, rate=rate,
                                   actor=Actor.here("window")))

    def save_cap(self) -> str | None:
        from hallbar_desktop.services import plan_operations

        cap = self._fraction(self.cap.text(), self.tr("Taket"))
        if cap is None:
            return self.message.text()
        return self._write(partial(plan_operations.set_funder_cap, project_code=self.code, cap=cap,
                                   actor=Actor.here("window")))

    def _current_financier(self) -> str | None:
        index = self.financing.currentIndex()
        key = self.financing_model.key(index) if index.isValid() else None
        if key is not None and key[0] != TOTAL:
            return str(key[0])
        table = data.budget_table(self.state, self.code)
        return table.financiers[0].name if table.financiers else None

    def add_financier(self) -> FinancierDialog:
        from hallbar_desktop.services import plan_operations

        dialog = FinancierDialog(parent=self)

        def submit(name: str, kind: FinancierKind) -> str | None:
            return self._write(partial(plan_operations.save_financier, project_code=self.code, name=name, kind=kind,
                                       actor=Actor.here("window")),
                               self.tr("Finansiären {name} är tillagd.").format(name=" ".join(name.split())))

        dialog.submit = submit
        dialog.open()
        return dialog

    def change_financier(self) -> FinancierDialog | None:
        from hallbar_desktop.services import plan_operations

        name = self._current_financier()
        if name is None:
            return None
        table = data.budget_table(self.state, self.code)
        info = next(f for f in table.financiers if f.name == name)
        dialog = FinancierDialog(info.name, info.kind, self)

        def submit(new_name: str, kind: FinancierKind) -> str | None:
            return self._write(partial(plan_operations.save_financier, project_code=self.code, name=new_name,
                                       kind=kind, actor=Actor.here("window"), original_name=name))

        dialog.submit = submit
        dialog.open()
        return dialog

    def delete_financier(self, confirm: bool = True) -> bool:
        from hallbar_desktop.services import plan_operations

        name = self._current_financier()
        if name is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              self.tr("Ta bort finansiären {name} och dess planerade finansiering?").format(name=name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ta &bort"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Avbryt"))
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        return self._write(partial(plan_operations.remove_financier, project_code=self.code, name=name,
                                   actor=Actor.here("window")),
                           self.tr("Finansiären {name} är borttagen.").format(name=name)) is None
