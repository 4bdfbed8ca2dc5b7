"""The status bar: the lights of what the grid shows, a reading's progress (with its cancel
button), the register's name, and the messages of what just happened.

A message stays until the next one or until the user closes it (the ✕ beside it): a
confirmation such as "Sparat: …" that vanished after a few seconds was missed by whoever looked
away, and read by a screen reader only by chance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QStatusBar, QToolButton

from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.window.selection import Selected
from hallbar_desktop.ui.window.state import CATALOGUE, RegisterState


class StatusLine(QObject):
    """Fills the window's status bar, and follows the state and the selection."""

    def __init__(self, bar: QStatusBar, register_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.state: RegisterState | None = None
        self._message = ""  # what was said last, until it is closed: shown again after a menu's tips
        bar.window().installEventFilter(self)
        self.summary_label = QLabel()
        self.register_label = QLabel(register_name)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Avbryt inläsningen"))
        self.cancel_button.setToolTip(self.tr("Visa det som hunnit läsas in"))
        self.cancel_button.hide()
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Stäng meddelandet"))
        self.dismiss_button.setAccessibleName(self.tr("Stäng meddelandet"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.hide()
        bar.messageChanged.connect(lambda text: self.dismiss_button.setVisible(bool(text)))
        self.summary_label.setAccessibleName(self.tr("Status för det som visas"))
        self.register_label.setAccessibleName(self.tr("Öppet register"))
        for widget in (self.dismiss_button, self.summary_label, self.progress_bar, self.cancel_button,
                       self.register_label):
            bar.addPermanentWidget(widget)

    def say(self, text: str, milliseconds: int = 0) -> None:
        """Show ``text`` until the next message or until the user closes it. (``milliseconds`` is
        kept for the callers' sake: a message no longer vanishes on its own.)"""
        del milliseconds
        self._message = text
        self.bar.showMessage(text)

    def dismiss(self) -> None:
        self._message = ""
        self.bar.clearMessage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A menu's status tips (empty ones too, as the pointer moves over a menu) would clear the
        message: a tip is shown while there is one, and then the message again."""
        if event.type() == QEvent.Type.StatusTip and isinstance(event, QStatusTipEvent):
            self.bar.showMessage(event.tip() or self._message)
            return True
        return super().eventFilter(watched, event)

    def follow(self, state: RegisterState) -> None:
        self.state = state
        self.cancel_button.clicked.connect(self._cancel)
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        state.readingStarted.connect(self._reading)
        state.progressed.connect(self._progress)
        state.readingEnded.connect(self._read)

    # --- the lights of what is shown ---------------------------------------------------------
    def _on_selection(self, now: Selected, before: Selected) -> None:
        if (now.project, now.focus_area) != (before.project, before.focus_area):
            self.show_summary()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if changes.concerns(self.state.selection.project):
            self.show_summary()

    def show_summary(self) -> None:
        assert self.state is not None
        sel = self.state.selection.current
        grid = self.state.cached_grid(sel.project)
        if grid is None:
            self.summary_label.clear()
            return
        counts = grid.summary(sel.focus_area)
        quarter = labels.quarter(grid.status_quarter) if grid.status_quarter else "–"
        self.summary_label.setText(self.tr("Status {q}: {g} {ng}  {y} {ny}  {r} {nr}  {x} {nx}").format(
            q=quarter, g=SYMBOL[Light.GREEN], ng=counts[Light.GREEN], y=SYMBOL[Light.YELLOW],
            ny=counts[Light.YELLOW], r=SYMBOL[Light.RED], nr=counts[Light.RED], x=SYMBOL[Light.GREY],
            nx=counts[Light.GREY]))

    # --- readings ----------------------------------------------------------------------------
    def _cancel(self) -> None:
        if self.state is not None and self.state.loading:
            self.state.cancel_reading()
            self.cancel_button.setEnabled(False)
            self.say(self.tr("Avbryter inläsningen…"), 0)

    def _reading(self, what: str) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        if what == CATALOGUE:
            self.cancel_button.setEnabled(True)
            self.cancel_button.show()
            self.say(self.tr("Läser in registret…"), 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.say(self.tr("Läser in registret: {done} av {total} projekt…").format(done=done, total=total), 0)

    def _read(self, what: str, outcome: str) -> None:
        assert self.state is not None
        if not self.state.busy:
            self.progress_bar.hide()
        if what != CATALOGUE:
            if outcome not in ("done", "cancelled") and what == self.state.selection.project:
                self.say(outcome, 15000)
            return
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        entries = self.state.entries
        if outcome == "done":
            n = sum(len(fa.indicators) for e in entries for fa in e.focus_areas)
            self.say(self.tr("{n} projekt, {i} indikatorer").format(n=len(entries), i=n), 8000)
        elif outcome == "cancelled" and entries:
            self.say(self.tr(
                "Inläsningen avbröts: {n} av {total} projekt visas. Visa → Läs in registret igen (F5) läser in "
                "resten.").format(n=len(entries), total=self.state.total), 0)
        elif outcome == "cancelled":
            self.say(self.tr("Inläsningen avbröts. Visa → Läs in registret igen (F5) läser in det."), 0)
        else:
            self.say(outcome, 0)
            QMessageBox.warning(self.bar.window(), self.tr("Registret kunde inte läsas in"), outcome)
