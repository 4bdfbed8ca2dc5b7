"""Table model of a project's grid: rows = indicators, columns = quarters and roll-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.formatting import format_progress, format_value
from hallbar_desktop.services.grid import GridCell, GridRow, ProjectGrid

LIGHT_COLOURS = {
    Light.GREEN: QColor("#c8e6c9"),
    Light.YELLOW: QColor("#fff3b0"),
    Light.RED: QColor("#f6c1c1"),
    Light.GREY: QColor("#e0e0e0"),
}
LIGHT_NAMES_SV = {
    Light.GREEN: "grön",
    Light.YELLOW: "gul",
    Light.RED: "röd",
    Light.GREY: "grå – värde saknas",
    Light.NONE: "",
}

Index = QModelIndex | QPersistentModelIndex


class GridModel(QAbstractTableModel):
    """Read-only adapter over a ``ProjectGrid``; holds plain data, never ORM rows."""

    CellRole = Qt.ItemDataRole.UserRole + 1
    LightRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: ProjectGrid | None = None
        self._rows: tuple[GridRow, ...] = ()
        #: Saves what the user typed in a quarter cell; returns None or the error message.
        self.save_cell: Any = None
        self.last_error: str | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.save_cell is not None and index.column() < self._n_quarters():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Typing in a cell saves at once (one transaction); a refused value leaves the register as it was."""
        if role != Qt.ItemDataRole.EditRole or self.save_cell is None or self._grid is None \
                or not index.isValid() or index.column() >= self._n_quarters():
            return False
        row = self._rows[index.row()]
        quarter = self._grid.quarters[index.column()]
        self.last_error = self.save_cell(row.indicator.code, quarter, str(value))
        return self.last_error is None

    def set_grid(self, grid: ProjectGrid | None, focus_area_number: int | None = None) -> None:
        self.beginResetModel()
        self._grid = grid
        if grid is None:
            self._rows = ()
        elif focus_area_number is None:
            self._rows = grid.rows
        else:
            self._rows = grid.rows_of(focus_area_number)
        self.endResetModel()

    def rows(self) -> tuple[GridRow, ...]:
        return self._rows

    def _n_quarters(self) -> int:
        return len(self._grid.quarters) if self._grid else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._grid is None:
            return 0
        return self._n_quarters() + len(self._grid.periods) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self._grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                ind = self._rows[section].indicator
                return f"{ind.code}  {ind.name}"
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self._rows):
                return self._rows[section].indicator.description
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        n = self._n_quarters()
        if section < n:
            q = self._grid.quarters[section]
            return q.label_sv() if role == Qt.ItemDataRole.DisplayRole else str(q)
        section -= n
        if section < len(self._grid.periods):
            return self._grid.periods[section].label("sv")
        section -= len(self._grid.periods)
        return (self.tr("Hela projektet"), self.tr("Framsteg"), self.tr("Trend"))[section] if section < 3 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        row = self._rows[index.row()]
        ind = row.indicator
        col = index.column()
        n = self._n_quarters()
        if col < n:
            return self._cell_data(row, row.cells[col], role)
        col -= n
        if col < len(self._grid.periods):
            if role == Qt.ItemDataRole.DisplayRole:
                return format_value(ind.kind, row.rollups[col].value)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        col -= len(self._grid.periods)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return format_value(ind.kind, row.to_date.value)
        if col == 1:
            return format_progress(row.current.progress) if row.current else ""
        return row.trend.arrow

    def _cell_data(self, row: GridRow, cell: GridCell, role: int) -> Any:
        ind = row.indicator
        if role == Qt.ItemDataRole.EditRole:
            if cell.measurement is None or cell.value is None:
                return ""
            m = cell.measurement
            if m.numerator is not None and m.denominator is not None:
                from hallbar_desktop.domain.numbers import format_number

                return f"{format_number(m.numerator)} av {format_number(m.denominator)}"
            return format_value(ind.kind, cell.value, reached_on=m.reached_on).replace("Uppnådd", "ja") \
                .replace("Ej uppnådd", "nej").replace("\u00a0%", "").replace("\u00a0kr", "").replace("\u00a0", " ")
        if role == Qt.ItemDataRole.DisplayRole:
            text = format_value(ind.kind, cell.value)
            symbol = SYMBOL.get(cell.status, "")
            marker = " ✎" if cell.comment else ""
            return f"{text} {symbol}{marker}".strip()
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = LIGHT_COLOURS.get(cell.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            reached = cell.measurement.reached_on if cell.measurement else None
            shown = format_value(ind.kind, cell.value, reached_on=reached) or self.tr("inget värde")
            lines = [f"{ind.code} {cell.quarter.label_sv()}: {shown}"]
            if cell.status is not Light.NONE:
                lines.append(self.tr("Status: ") + LIGHT_NAMES_SV[cell.status])
            if cell.comment:
                lines.append(cell.comment)
            return "\n".join(lines)
        if role == self.LightRole:
            return cell.status.value
        if role == self.CellRole:
            return cell
        return None
