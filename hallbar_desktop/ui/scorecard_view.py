"""The scorecard as a sortable table, for a quarter the user picks.

In the window it follows the selected project and the state (:meth:`ScorecardView.follow`): it is
made from the project's grid the state holds (``services.scorecard.scorecard_of``), when its tab
is shown, and again after a write to that project while it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hallbar_desktop.domain.status import SYMBOL
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.formatting import format_progress
from hallbar_desktop.services.scorecard import Scorecard, ScorecardLine, project_scorecard, scorecard_of
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS

if TYPE_CHECKING:
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1


class ScorecardModel(QAbstractTableModel):
    HEADERS = ("Kod", "Indikator", "Senaste värde", "Kvartal", "Mål", "Framsteg", "Status", "Trend",
               "Förändring sedan utgångsvärdet", "Efter projektslut", "Senaste kommentar")
    FOLLOW_UP = 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[ScorecardLine, ...] = ()

    def set_scorecard(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self._lines = card.lines if card else ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        ind, col = line.indicator, index.column()
        if role == Qt.ItemDataRole.BackgroundRole and col == 6:
            colour = LIGHT_COLOURS.get(line.light)
            return QBrush(colour) if colour is not None else None
        if role == SortRole:
            keys: tuple[Any, ...] = (
                tuple(int(p) if p.isdigit() else p for p in ind.code.split(".")), ind.name,
                line.value if line.value is not None else float("-inf"), str(line.quarter or ""),
                line.target or 0, line.progress if line.progress is not None else float("-inf"),
                ("red", "yellow", "grey", "green", "none").index(line.light.value), line.trend.value,
                line.change_since_baseline or 0, str(line.follow_up_until or ""), line.comment)
            return keys[col]
        if role == Qt.ItemDataRole.ToolTipRole and line.follow_up_until is not None and col in (0, 1, self.FOLLOW_UP):
            return labels.follow_up(line.follow_up_until)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return ind.code
        if col == 1:
            return ind.name
        if col == 2:
            return labels.value(ind.kind, line.value, unit=ind.unit)
        if col == 3:
            return labels.quarter(line.quarter) if line.quarter else ""
        if col == 4:
            return labels.value(ind.kind, line.target, unit=ind.unit)
        if col == 5:
            return format_progress(line.progress)
        if col == 6:
            return f"{SYMBOL[line.light]} {labels.light(line.light)}".strip()
        if col == 7:
            return f"{line.trend.arrow} {labels.trend(line.trend)}".strip()
        if col == 8:
            change = line.change_since_baseline
            if change is None:
                return ""
            return ("+" if change > 0 else "") + labels.value(ind.kind, change, unit=ind.unit)
        if col == self.FOLLOW_UP:  # followed up after the project's end, until its deadline
            return self.tr("↻ t.o.m. {quarter}").format(quarter=labels.quarter(line.follow_up_until)) \
                if line.follow_up_until is not None else ""
        return line.comment


class ScorecardView(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.project_code: str | None = None
        self.state: RegisterState | None = None
        self._stale = False
        self.model = ScorecardModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.quarter_box = QComboBox()
        self.quarter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Resultatkort"))
        self.table.setAccessibleDescription(self.tr(
            "En rad per indikator: senaste värde, mål, framsteg, status med symbol, trend och kommentar."))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Widths are fitted once per scorecard shown: ResizeToContents would measure every cell
        # again on every layout, a noticeable pause for a project with many indicators.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        label = QLabel(self.tr("Kvartal:"))
        label.setBuddy(self.quarter_box)
        top.addWidget(label)
        top.addWidget(self.quarter_box)
        top.addStretch(1)
        self.follow_up_note = QLabel()
        self.follow_up_note.setWordWrap(True)
        self.follow_up_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.follow_up_note)

    def show_project(self, code: str) -> None:
        if code == self.project_code:
            return
        with self.register.connection() as conn:
            card = project_scorecard(conn, code)
        self.show_card(code, card)

    def show_card(self, code: str, card: Scorecard) -> None:
        """Show a scorecard read elsewhere (the window reads a large register's in a worker)."""
        self.project_code = code
        self.quarter_box.blockSignals(True)
        self.quarter_box.clear()
        for q in card.quarters:
            self.quarter_box.addItem(labels.quarter(q), str(q))
        if card.quarter is not None:
            self.quarter_box.setCurrentIndex(card.quarters.index(card.quarter))
        self.quarter_box.blockSignals(False)
        self.model.set_scorecard(card)
        self._fit_columns()
        self._note_follow_up(card)

    def _note_follow_up(self, card: Scorecard) -> None:
        """Which indicators are followed up after the project's end (their status is judged at
        their own latest quarter)."""
        followed = [x for x in card.lines if x.follow_up_until is not None]
        self.table.setColumnHidden(ScorecardModel.FOLLOW_UP, not followed)
        self.follow_up_note.setVisible(bool(followed))
        self.follow_up_note.setText("\n".join(
            self.tr("↻ {code}: {mark}; status och värde från dess eget senaste kvartal.").format(
                code=x.indicator.code, mark=labels.follow_up(x.follow_up_until)) for x in followed
            if x.follow_up_until is not None))

    def _fit_columns(self) -> None:
        """Columns as wide as their texts (long names and comments capped; the tooltip has them)."""
        from hallbar_desktop.ui.column_fit import fit_columns

        model = self.model
        rows = range(model.rowCount())
        fit_columns(self.table, self.table.horizontalHeader(),
                    ((str(model.data(model.index(r, c)) or "") for r in rows) for c in range(model.columnCount())),
                    maximum=420)

    def refresh(self) -> None:
        if self.project_code is None:
            return
        if self.state is not None:
            grid = self.state.grid(self.project_code)
            if grid is None:
                return
            card = scorecard_of(grid, self.quarter_box.currentData())
        else:
            with self.register.connection() as conn:
                card = project_scorecard(conn, self.project_code, self.quarter_box.currentData())
        self.model.set_scorecard(card)
        self._fit_columns()
        self._note_follow_up(card)

    # --- following the window's state ----------------------------------------------------------
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if now.project != before.project:
            self._stale = True
            self._show_if_visible()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if changes.concerns(self.state.selection.project):
            self._stale = True
            self._show_if_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_if_visible()

    def _show_if_visible(self) -> None:
        """Made only while its tab is shown (a hidden tab waits until it is)."""
        if self.state is None or not self._stale or not self.isVisible():
            return
        code = self.state.selection.project
        grid = self.state.grid(code)
        if code is None or grid is None:
            return  # being read: shown when it arrives
        self._stale = False
        if code != self.project_code:
            self.show_card(code, scorecard_of(grid))
        else:
            self.refresh()
