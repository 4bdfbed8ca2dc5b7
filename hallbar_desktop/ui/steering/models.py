"""Read-only table models over the steering group's plain rows (members, meetings, decisions)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from hallbar_desktop.ui import labels

if TYPE_CHECKING:
    from hallbar_desktop.services.steering import DecisionInfo, MeetingInfo, MemberInfo

Index = QModelIndex | QPersistentModelIndex

def role_label(role: str) -> str:
    """A member's role: the core's Swedish word, translated as every word of the window is."""
    from hallbar_desktop.services.steering import ROLE_LABELS_SV

    return labels.word(ROLE_LABELS_SV.get(role, role))


def status_label(status: str) -> str:
    """A decision's status: the core's Swedish word, translated."""
    from hallbar_desktop.services.steering import DECISION_STATUS_SV

    return labels.word(DECISION_STATUS_SV.get(status, status))


class _PlainTable(QAbstractTableModel):
    """A read-only table over a list of plain rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: Index) -> Any:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers()):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        return None


class MembersModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Roll"), self.tr("Namn"), self.tr("Organisation"), self.tr("Ersättare"))

    def cell(self, row: MemberInfo, column: int) -> str:
        return (role_label(row.role), row.name, row.organisation, row.substitute)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = self.row_at(index)
        if role == Qt.ItemDataRole.ToolTipRole and member is not None:
            lines = [f"{member.name} ({role_label(member.role)})", member.title, member.organisation]
            if member.substitute:
                lines.append(self.tr("Ersättare: {name}").format(name=member.substitute))
            return "\n".join(line for line in lines if line)
        return super().data(index, role)


class MeetingsModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Datum"), self.tr("Kvartal"), self.tr("Fastställt"), self.tr("Plats"))

    def cell(self, row: MeetingInfo, column: int) -> str:
        approved = ", ".join(labels.quarter(q) for q in row.approved)
        return (row.held_on.isoformat(), labels.quarter(row.quarter), approved, row.place)[column]

    def row_of(self, held_on: date) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.held_on == held_on), None)


class DecisionsModel(_PlainTable):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nr"), self.tr("Möte"), self.tr("Beslut"), self.tr("Ansvarig"), self.tr("Klart senast"),
                self.tr("Status"), self.tr("Uppföljning"))

    def cell(self, row: DecisionInfo, column: int) -> str:
        return (str(row.number), row.meeting_date.isoformat(), row.text, row.owner,
                row.due_on.isoformat() if row.due_on else "", status_label(row.status), row.follow_up)[column]

    def row_of(self, number: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.number == number), None)


def plain_table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
