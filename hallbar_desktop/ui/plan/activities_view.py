"""Aktivitetsplan: the activities of the selected project and focus area, and what the lägesrapport
says of each in a reporting period.

The tab follows the window's state and selection (:meth:`ActivitiesView.follow`): the plan of the
selected project, the selected focus area's activities (all of them, project-wide ones last, when
the whole project is shown), read through the state and drawn again after a write that concerns
the plan. Every write is an operation of ``services.plan_operations`` run through the state.

Below the plan, per reporting period: what was done in the selected activity and its outcome
(utfall), and the period's text on unforeseen results and effects. Nothing typed there is
dropped: the texts are saved when the focus leaves them (or with Ctrl+Enter, or the button), and
before anything else is shown – another activity, another period, another project, the window
closing – the user is asked: Spara, Spara inte or Avbryt.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.quarters import Period, Quarter, quarter_range
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.plan import data, words
from hallbar_desktop.ui.plan.models import ActivitiesModel, plan_rows
from hallbar_desktop.ui.plan.widgets import WrapLabel, compact_rows, key_shortcut

if TYPE_CHECKING:
    from hallbar_desktop.services.activities import ActivityFields, ActivityInfo, ActivityPlan
    from hallbar_desktop.services.operations import Done
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

ERROR_STYLE = "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;"
DONE_STYLE = "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 4px;"


def _text_box(placeholder: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(44)
    return box


class ActivitiesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.code: str | None = None  # the project shown
        self._stale = True
        self._waiting_for_orm = False
        self._loading = False  # texts being put in the boxes: not the user's typing
        #: answers the unsaved-texts question instead of a message box ('save'/'discard'/'cancel')
        self.ask_unsaved: Callable[[], str] | None = None
        #: the report shown: (project, activity code, period) and the texts as stored
        self.report_key: tuple[str, str, str] | None = None
        self._report_stored = ("", "")
        #: the unforeseen text shown: (project, period) and the text as stored
        self.unforeseen_key: tuple[str, str] | None = None
        self._unforeseen_stored = ""
        self._periods: dict[str, str] = {}  # per project: the reporting period chosen

        #: The plan shown in one line (the project and focus area are named above the tabs).
        self.summary = WrapLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.message = WrapLabel()
        self.message.hide()

        self.new_button = QPushButton(self.tr("&Ny…"))
        self.edit_button = QPushButton(self.tr("&Ändra…"))
        self.remove_button = QPushButton(self.tr("Ta &bort…"))
        self.up_button = QPushButton(self.tr("&Upp"))
        self.down_button = QPushButton(self.tr("Ne&d"))
        for button, name in ((self.new_button, self.tr("Ny aktivitet")),
                             (self.edit_button, self.tr("Ändra aktiviteten")),
                             (self.remove_button, self.tr("Ta bort aktiviteten")),
                             (self.up_button, self.tr("Flytta aktiviteten upp")),
                             (self.down_button, self.tr("Flytta aktiviteten ned"))):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_activity())
        self.edit_button.clicked.connect(lambda: self.edit_activity())
        self.remove_button.clicked.connect(lambda: self.remove_activity())
        self.up_button.clicked.connect(lambda: self.move_activity(-1))
        self.down_button.clicked.connect(lambda: self.move_activity(1))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Rapportperiod"))
        self.period.currentIndexChanged.connect(self._on_period)
        period_label = QLabel(self.tr("Rappor&tperiod:"))
        period_label.setBuddy(self.period)

        self.model = ActivitiesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Aktiviteter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        self.table.setMinimumHeight(70)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity())
        key_shortcut(Qt.Key.Key_Return, self.table, lambda: self.edit_activity())
        key_shortcut(Qt.Key.Key_Delete, self.table, lambda: self.remove_activity())

        self.report_title = QLabel()
        self.report_title.setWordWrap(True)
        self.done = _text_box(self.tr("Vad som gjordes i aktiviteten under perioden"),
                              self.tr("Genomfört under perioden"))
        self.outcome = _text_box(self.tr("Vad det ledde till: resultat, deltagare, beslut"), self.tr("Utfall"))
        self.unforeseen = _text_box(self.tr("Resultat och effekter som inte var planerade, positiva som negativa"),
                                    self.tr("Oförutsedda resultat och effekter"))
        done_label = QLabel(self.tr("Genomf&ört under perioden:"))
        done_label.setBuddy(self.done)
        outcome_label = QLabel(self.tr("Ut&fall:"))
        outcome_label.setBuddy(self.outcome)
        unforeseen_label = WrapLabel(self.tr("&Oförutsedda resultat och effekter under perioden "
                                             "(lägesrapportens avsnitt 5):"))
        unforeseen_label.setBuddy(self.unforeseen)
        self.save_button = QPushButton(self.tr("Spara text&erna"))
        self.save_button.setAccessibleName(self.tr("Spara texterna"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter i en textruta. Texterna sparas också när du lämnar rutan."))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save_texts())
        for box in (self.done, self.outcome, self.unforeseen):
            box.textChanged.connect(self._texts_edited)
            box.installEventFilter(self)
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                key_shortcut(keys, box, lambda: self.save_texts())

        self.report_title.setTextFormat(Qt.TextFormat.PlainText)
        self.report_title.setWordWrap(False)
        self.report_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        report_page = QWidget()
        report = QGridLayout(report_page)
        report.setContentsMargins(4, 2, 4, 2)
        report.setVerticalSpacing(2)
        report.addWidget(done_label, 0, 0)
        report.addWidget(outcome_label, 0, 1)
        report.addWidget(self.done, 1, 0)
        report.addWidget(self.outcome, 1, 1)
        unforeseen_page = QWidget()
        unforeseen = QVBoxLayout(unforeseen_page)
        unforeseen.setContentsMargins(4, 2, 4, 2)
        unforeseen.setSpacing(2)
        unforeseen.addWidget(unforeseen_label)
        unforeseen.addWidget(self.unforeseen, 1)
        self.texts = QTabWidget()
        self.texts.setAccessibleName(self.tr("Aktivitetens texter"))
        self.texts.addTab(report_page, self.tr("Aktivitetens rapport"))
        self.texts.addTab(unforeseen_page, self.tr("Oförutsett under perioden"))
        save_row = QHBoxLayout()
        self.save_state = QLabel()
        save_row.addWidget(self.save_state, 1)
        save_row.addWidget(self.save_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(2)
        period_row = QHBoxLayout()
        period_row.addWidget(period_label)
        period_row.addWidget(self.period)
        period_row.addWidget(self.report_title, 1)
        lower_layout.addLayout(period_row)
        lower_layout.addWidget(self.texts, 1)
        lower_layout.addLayout(save_row)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(True)  # a pane can be dragged shut, and open again
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._show_report(None)
        self._update_buttons()

    # === following the window ==================================================================
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        state.selection.add_guard(self._guard)
        self.destroyed.connect(lambda *_: state.selection.remove_guard(self._guard))
        if state.register.read_only:
            for w in (self.new_button, self.edit_button, self.remove_button, self.up_button, self.down_button,
                      self.save_button, self.done, self.outcome, self.unforeseen):
                w.setEnabled(False)

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project or now.focus_area != before.focus_area:
            self._stale = True
            self._render_if_visible()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if changes.concerns(self.state.selection.project) and (changes.activities or changes.structure):
            self._stale = True
            self._render_if_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._render_if_visible()

    def _render_if_visible(self) -> None:
        """Drawn only while its tab is shown (a hidden tab waits until it is)."""
        if self.state is None or not self._stale or not self.isVisible():
            return
        if not self.state.orm_ready:  # the plan is read with the ORM, loaded after the first paint
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
    def plan(self) -> ActivityPlan | None:
        if self.state is None or self.code is None:
            return None
        return data.activity_plan(self.state, self.code)

    def redraw(self) -> None:
        """The selected project's plan (the selected focus area's activities), as the state holds it."""
        assert self.state is not None
        sel = self.state.selection.current
        code = sel.project
        keep = self.selected_activity()
        if code != self.code:
            keep = None
        self.code = code
        if code is None or self.state.entry(code) is None:
            self.summary.setText(self.tr("Välj ett projekt."))
            self.model.set_activities((), None)
            self._fill_periods(())
            self._show_report(None)
            self._update_buttons()
            return
        plan = data.activity_plan(self.state, code)
        self._fill_periods(plan.periods, plan.as_of)
        self.model.set_activities(plan_rows(plan, sel.focus_area), self.current_period())
        self._show_summary(plan, sel.focus_area)
        self.table.setColumnHidden(ActivitiesModel.AREA, sel.focus_area is not None)
        self._fit_columns()
        row = self.model.row_of(keep.code) if keep is not None else None
        if row is None and self.report_key is not None and self.report_key[0] == code and self.texts_modified():
            row = self.model.row_of(self.report_key[1])  # the activity whose report is being typed
        if row is None and self.model.rowCount():
            row = 0
        self._select_row(row)
        self._show_texts()
        self._update_buttons()

    def _show_summary(self, plan: ActivityPlan, focus_area: int | None) -> None:
        shown = plan_rows(plan, focus_area)
        counts = {st: sum(1 for a in shown if a.status is st) for st in ActivityStatus}
        parts = [f"{words.STATUS_SYMBOL[st]} {n} {words.status_word(st)}" for st, n in counts.items() if n]
        as_of = labels.quarter(plan.as_of) if plan.as_of is not None else "–"
        scope = self.tr("insatsområde {n}").format(n=focus_area) if focus_area is not None \
            else self.tr("hela projektet")
        self.summary.setText(self.tr("Aktivitetsplan, {scope}: {n} aktiviteter, status vid {quarter}: {counts}").format(
            scope=scope, n=len(shown), quarter=as_of, counts=", ".join(parts) or "–"))
        self.summary.setStyleSheet("color: #7f1d1d; font-weight: bold;" if counts[ActivityStatus.DELAYED]
                                   else "font-weight: bold;")

    def _fit_columns(self) -> None:
        """Columns as wide as their texts (a few dozen rows: measured by Qt), names capped."""
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 280 if c == ActivitiesModel.NAME else 200))

    def _fill_periods(self, periods: tuple[str, ...], as_of: Quarter | None = None) -> None:
        keep = self._periods.get(self.code or "") or self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for p in periods:
            self.period.addItem(labels.period(Period.parse(p)), p)
        wanted = keep if keep in periods else data.period_of(periods, as_of)
        if wanted is not None:
            self.period.setCurrentIndex(self.period.findData(wanted))
        self.period.blockSignals(False)
        if self.code is not None and wanted is not None:
            self._periods[self.code] = wanted

    def current_period(self) -> str | None:
        value = self.period.currentData()
        return str(value) if value is not None else None

    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        try:
            if row is None:
                selection.clearCurrentIndex()
                selection.clearSelection()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            selection.blockSignals(blocked)
        self.table.viewport().update()

    def selected_activity(self) -> ActivityInfo | None:
        index = self.table.currentIndex()
        return self.model.activity(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        writable = self.state is not None and not self.state.register.read_only and self.code is not None
        chosen = self.selected_activity() is not None
        row = self.table.currentIndex().row()
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)
        self.up_button.setEnabled(writable and chosen and row > 0)
        self.down_button.setEnabled(writable and chosen and 0 <= row < self.model.rowCount() - 1)

    # === the period's texts ====================================================================
    def _show_texts(self) -> None:
        """The report of the selected activity and the period's unforeseen text, unless what is
        being typed belongs to them (it stays, whatever a write elsewhere changed)."""
        period, code = self.current_period(), self.code
        activity = self.selected_activity()
        report_key = (code, activity.code, period) if code and period and activity is not None else None
        unforeseen_key = (code, period) if code and period else None
        if not (report_key == self.report_key and self.report_modified()):
            self._show_report(activity if report_key is not None else None)
        elif activity is not None:  # typed text stays; what it would overwrite is the stored text now
            report = activity.report(period) if period else None
            self._report_stored = (report.done, report.outcome) if report is not None else ("", "")
        if not (unforeseen_key == self.unforeseen_key and self.unforeseen_modified()):
            self._load_unforeseen(unforeseen_key)
        elif unforeseen_key is not None and self.state is not None:
            self._unforeseen_stored = data.period_texts(self.state, unforeseen_key[0], unforeseen_key[1]).unforeseen
        self._texts_edited()

    def _show_report(self, activity: ActivityInfo | None) -> None:
        period = self.current_period()
        self._loading = True
        try:
            if activity is None or period is None or self.code is None:
                self.report_key = None
                self._report_stored = ("", "")
                self.done.setPlainText("")
                self.outcome.setPlainText("")
                self.report_title.setText(self.tr("Välj en aktivitet."))
            else:
                report = activity.report(period)
                self.report_key = (self.code, activity.code, period)
                self._report_stored = (report.done, report.outcome) if report is not None else ("", "")
                self.done.setPlainText(self._report_stored[0])
                self.outcome.setPlainText(self._report_stored[1])
                self.report_title.setText(self.tr("{code} {name}").format(code=activity.code, name=activity.name))
                self.report_title.setToolTip(self.report_title.text())
        finally:
            self._loading = False
        writable = self.state is not None and not self.state.register.read_only
        for box in (self.done, self.outcome):
            box.setEnabled(writable and self.report_key is not None)

    def _load_unforeseen(self, key: tuple[str, str] | None) -> None:
        self._loading = True
        try:
            self.unforeseen_key = key
            text = data.period_texts(self.state, key[0], key[1]).unforeseen \
                if key is not None and self.state is not None else ""
            self._unforeseen_stored = text
            self.unforeseen.setPlainText(text)
        finally:
            self._loading = False
        self.unforeseen.setEnabled(key is not None and self.state is not None and not self.state.register.read_only)

    def report_modified(self) -> bool:
        return self.report_key is not None and (self.done.toPlainText().strip(), self.outcome.toPlainText().strip()) \
            != self._report_stored

    def unforeseen_modified(self) -> bool:
        return self.unforeseen_key is not None and self.unforeseen.toPlainText().strip() != self._unforeseen_stored

    def texts_modified(self) -> bool:
        """Something typed in the period's texts that is not saved."""
        return self.report_modified() or self.unforeseen_modified()

    def _texts_edited(self) -> None:
        if self._loading:
            return
        modified = self.texts_modified()
        self.save_button.setEnabled(modified)
        self.save_state.setText(self.tr("Ändrat – sparas när du lämnar rutan.") if modified else "")

    def save_texts(self) -> str | None:
        """Save what is typed (the activity's report and the unforeseen text of the period) in one
        transaction; the refusal's message, or None."""
        from hallbar_desktop.services import plan_operations

        if self.state is None or not self.texts_modified():
            return None
        report = self.report_key if self.report_modified() else None
        unforeseen = self.unforeseen_key if self.unforeseen_modified() else None
        done_text, outcome_text = self.done.toPlainText(), self.outcome.toPlainText()
        unforeseen_text = self.unforeseen.toPlainText()
        actor = Actor.here("window")
        writes = []
        if report is not None:
            together = unforeseen is not None and unforeseen == (report[0], report[2])
            writes.append(partial(plan_operations.save_period_texts, project_code=report[0], period=report[2],
                                  actor=actor, reports=[(report[1], done_text, outcome_text)],
                                  unforeseen=unforeseen_text if together else None))
            if together:
                unforeseen = None
        if unforeseen is not None:
            writes.append(partial(plan_operations.set_unforeseen, project_code=unforeseen[0], period=unforeseen[1],
                                  text=unforeseen_text, actor=actor))
        for write in writes:
            refused = self._write(write)
            if refused is not None:
                return refused
        if report is not None and report == self.report_key:
            self._report_stored = (done_text.strip(), outcome_text.strip())
        if self.unforeseen_modified() and self.unforeseen.toPlainText() == unforeseen_text:
            self._unforeseen_stored = unforeseen_text.strip()
        self._texts_edited()
        period = (report or self.unforeseen_key or ("", ""))[-1]
        self.show_message(self.tr("Texterna för {period} är sparade.").format(
            period=labels.period(Period.parse(period))), error=False)
        return None

    def leave_texts(self) -> bool:
        """Before the texts shown give way to others: what is typed is saved or dropped as the
        user says. False when the user stays (or saving was refused)."""
        if not self.texts_modified():
            return True
        answer = self._ask()
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save_texts() is None
        self._report_stored_back()
        return True

    def _report_stored_back(self) -> None:
        """Drop what is typed: the stored texts back in the boxes."""
        self._loading = True
        try:
            if self.report_key is not None:
                self.done.setPlainText(self._report_stored[0])
                self.outcome.setPlainText(self._report_stored[1])
            if self.unforeseen_key is not None:
                self.unforeseen.setPlainText(self._unforeseen_stored)
        finally:
            self._loading = False
        self._texts_edited()

    def _ask(self) -> str:
        if self.ask_unsaved is not None:
            return self.ask_unsaved()
        period = self.current_period()
        what = self.report_key[1] if self.report_modified() and self.report_key is not None else None
        text = (self.tr("Rapporten för {code} ({period}) är inte sparad.").format(
            code=what, period=labels.period(Period.parse(self.report_key[2])))
            if what is not None and self.report_key is not None else
            self.tr("Texten om oförutsedda resultat och effekter ({period}) är inte sparad.").format(
                period=labels.period(Period.parse(self.unforeseen_key[1] if self.unforeseen_key else period or ""))))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Texten är inte sparad"), text,
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

    def _guard(self, now: Selected, wanted: Selected | None) -> bool:
        """Before the window shows another project (or closes): the texts typed here are saved,
        dropped or kept. Another indicator or quarter of the same project leaves them alone."""
        if wanted is not None and wanted.project == now.project:
            return True
        if not self.leave_texts():
            if self.report_key is not None or self.unforeseen_key is not None:
                self.done.setFocus() if self.report_modified() else self.unforeseen.setFocus()
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A text is saved when the focus leaves its box (not for a menu or another window: then it
        stays, and is asked about if something else is to be shown meanwhile)."""
        if watched in (self.done, self.outcome, self.unforeseen) and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason) \
                    and self.texts_modified():
                self.save_texts()
        return False

    def _on_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        activity = self.model.activity(current.row()) if current.isValid() else None
        key = (self.code, activity.code, self.current_period()) if activity is not None else None
        if key != self.report_key and self.report_modified() and not self.leave_texts():
            self._select_row(previous.row() if previous.isValid() else None)  # the user stays
            return
        self._show_texts()
        self._update_buttons()

    def _on_period(self, _index: int) -> None:
        period = self.current_period()
        before = self._periods.get(self.code or "")
        if period != before and self.texts_modified() and not self.leave_texts():
            self.period.blockSignals(True)
            self.period.setCurrentIndex(max(0, self.period.findData(before)))
            self.period.blockSignals(False)
            return
        if self.code is not None and period is not None:
            self._periods[self.code] = period
        self.model.set_activities(self.model.activities(), period)
        row = self.table.currentIndex().row()
        self._select_row(row if row >= 0 else None)
        self._show_texts()

    # === writing ===============================================================================
    def show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.show()

    def _write(self, operation: Callable[[Any], Done[Any]]) -> str | None:
        """An operation through the window's state (which applies what it changed); the refusal's
        message, or None."""
        assert self.state is not None
        try:
            self.state.perform(operation)
        except USER_ERRORS as exc:
            self.show_message(str(exc), error=True)
            return str(exc)
        return None

    def _dialog(self, activity: ActivityInfo | None) -> Any:
        from hallbar_desktop.services.grid import status_quarter_of
        from hallbar_desktop.ui.plan.activity_dialog import ActivityDialog

        assert self.state is not None and self.code is not None
        entry = self.state.entry(self.code)
        assert entry is not None
        p = entry.project
        areas = [(a.focus_area.number, a.focus_area.name, [(i.code, i.name) for i in a.indicators if not i.archived])
                 for a in entry.focus_areas if not a.focus_area.archived]
        from datetime import date

        return ActivityDialog(areas, quarter_range(p.start, p.end), activity, self.window(),
                              focus_area=self.state.selection.focus_area,
                              current=status_quarter_of(p.start, p.end, date.today()))

    def new_activity(self) -> Any:
        """Ny aktivitet: the dialog, and the new activity selected once it is saved."""
        from hallbar_desktop.services import plan_operations

        if self.state is None or self.code is None:
            return None
        dialog = self._dialog(None)
        code = self.code

        def submit(fields: ActivityFields) -> str | None:
            refused = self._write(partial(plan_operations.create_activity, project_code=code, fields=fields,
                                          actor=Actor.here("window")))
            if refused is None:
                self._after_write(fields.code, self.tr("Aktiviteten {code} är tillagd.").format(code=fields.code),
                                  fields.focus_area_number)
            return refused

        dialog.submit = submit
        dialog.open()
        return dialog

    def edit_activity(self) -> Any:
        from hallbar_desktop.services import plan_operations

        activity = self.selected_activity()
        if self.state is None or self.code is None or activity is None or self.state.register.read_only:
            return None
        dialog = self._dialog(activity)
        code, original = self.code, activity.code

        def submit(fields: ActivityFields) -> str | None:
            # Refused, the dialog kept open with what was typed, should someone have saved it since.
            refused = self._write(partial(plan_operations.update_activity, project_code=code,
                                          activity_code=original, fields=fields, actor=Actor.here("window"),
                                          seen_version=activity.version))
            if refused is None:
                self._after_write(fields.code, self.tr("Aktiviteten {code} är ändrad.").format(code=fields.code),
                                  fields.focus_area_number)
            return refused

        dialog.submit = submit
        dialog.open()
        return dialog

    def _after_write(self, activity_code: str, message: str, focus_area: int | None) -> None:
        """Show the activity just written (its focus area's plan, if another one is shown)."""
        assert self.state is not None
        shown = self.state.selection.focus_area
        if shown is not None and focus_area != shown:
            self.state.selection.select(focus_area=focus_area)
        self.show_activity(activity_code)
        self.show_message(message, error=False)

    def remove_activity(self, confirm: bool = True) -> bool:
        from hallbar_desktop.services import plan_operations

        activity = self.selected_activity()
        if self.state is None or self.code is None or activity is None or self.state.register.read_only:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ta bort aktiviteten"),
                              self.tr("Ta bort {code} {name}? Dess rapporter tas bort med den (ändringsloggen "
                                      "behåller dem).").format(code=activity.code, name=activity.name),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Ta &bort"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Avbryt"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        if self.report_key is not None and self.report_key[1] == activity.code:
            self._report_stored_back()  # its report goes with it
        if self._write(partial(plan_operations.delete_activity, project_code=self.code, activity_code=activity.code,
                               actor=Actor.here("window"))) is not None:
            return False
        self.show_message(self.tr("Aktiviteten {code} är borttagen.").format(code=activity.code), error=False)
        return True

    def move_activity(self, offset: int) -> bool:
        from hallbar_desktop.services import plan_operations

        activity = self.selected_activity()
        if self.state is None or self.code is None or activity is None:
            return False
        if self._write(partial(plan_operations.move_activity, project_code=self.code, activity_code=activity.code,
                               offset=offset, actor=Actor.here("window"))) is not None:
            return False
        self.show_activity(activity.code)
        return True

    # === from elsewhere ========================================================================
    def show_activity(self, activity_code: str) -> bool:
        """Select the activity in the plan shown (from Inför mötet, or after a write)."""
        self._render_if_visible()
        row = self.model.row_of(activity_code)
        if row is None:
            return False
        current = self.table.currentIndex()
        if not current.isValid() or current.row() != row:
            self.table.setCurrentIndex(self.model.index(row, 0))  # asks about typed texts (_on_row)
        if self.table.currentIndex().row() != row:
            return False
        self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()
        return True
