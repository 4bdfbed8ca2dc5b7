"""The scorecard as a sortable table, for a quarter the user picks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from hallbar_desktop.domain.status import LABEL_SV, SYMBOL
from hallbar_desktop.services.formatting import format_progress, format_value
from hallbar_desktop.services.scorecard import Scorecard, ScorecardLine, project_scorecard
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1


class ScorecardModel(QAbstractTableModel):
    HEADERS = ("Kod", "Indikator", "Senaste värde", "Kvartal", "Mål", "Framsteg", "Status", "Trend",
               "Förändring sedan utgångsvärdet", "Senaste kommentar")

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
                line.change_since_baseline or 0, line.comment)
            return keys[col]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return ind.code
        if col == 1:
            return ind.name
        if col == 2:
            return format_value(ind.kind, line.value, unit=ind.unit)
        if col == 3:
            return line.quarter.label_sv() if line.quarter else ""
        if col == 4:
            return format_value(ind.kind, line.target, unit=ind.unit)
        if col == 5:
            return format_progress(line.progress)
        if col == 6:
            return f"{SYMBOL[line.light]} {LABEL_SV[line.light]}".strip()
        if col == 7:
            return f"{line.trend.arrow} {line.trend.label_sv()}".strip()
        if col == 8:
            change = line.change_since_baseline
            if change is None:
                return ""
            return ("+" if change > 0 else "") + format_value(ind.kind, change, unit=ind.unit)
        return line.comment


class ScorecardView(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.project_code: str | None = None
        self.model = ScorecardModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.quarter_box = QComboBox()
        self.quarter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableView()
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

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
            self.quarter_box.addItem(q.label_sv(), str(q))
        if card.quarter is not None:
            self.quarter_box.setCurrentIndex(card.quarters.index(card.quarter))
        self.quarter_box.blockSignals(False)
        self.model.set_scorecard(card)
        self._fit_columns()

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
        with self.register.connection() as conn:
            card = project_scorecard(conn, self.project_code, self.quarter_box.currentData())
        self.model.set_scorecard(card)
        self._fit_columns()
