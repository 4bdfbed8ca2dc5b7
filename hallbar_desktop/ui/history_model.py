"""The audit trail of one cell as a table: when, who, old → new value, the comment, from where.

The comment has a column of its own: in the value's column it made the value unreadable in a
narrow pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.services.formatting import describe_snapshot, format_timestamp
from hallbar_desktop.services.views import AuditRecord

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Newest first: the question is usually "who changed this last"."""

    COLUMNS = 6
    WHEN, WHO, BEFORE, AFTER, COMMENT, SOURCE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: tuple[AuditRecord, ...] = ()
        self._kind = IndicatorKind.COUNT
        self._unit = ""

    def set_records(self, records: list[AuditRecord], kind: IndicatorKind, unit: str = "") -> None:
        self.beginResetModel()
        self._records = tuple(reversed(records))
        self._kind = kind
        self._unit = unit
        self.endResetModel()

    def records(self) -> tuple[AuditRecord, ...]:
        return self._records

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("När"), self.tr("Vem"), self.tr("Före"), self.tr("Efter"), self.tr("Kommentar"),
                 self.tr("Varifrån"))
        return names[section] if 0 <= section < len(names) else None

    def action_label(self, action: str) -> str:
        return {"set": self.tr("värde"), "clear": self.tr("borttaget"), "comment": self.tr("kommentar")}.get(
            action, action)

    def source_label(self, record: AuditRecord) -> str:
        where = {"window": self.tr("fönstret"), "cli": self.tr("kommandoraden"), "import": self.tr("Excel-import"),
                 "load": self.tr("projektfil")}.get(record.source, record.source)
        detail = {"ångra": self.tr("ångra"), "gör om": self.tr("gör om"), "inklistring": self.tr("inklistring")}.get(
            record.source_detail, record.source_detail)
        return f"{where} ({detail})" if detail else where

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        r = self._records[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a wrapped text is read from its start
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(r, col)
            return "\n".join(t for t in (text, r.reason) if t) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(r, col)

    def text(self, r: AuditRecord, col: int) -> str:
        if col == self.WHEN:
            return format_timestamp(r.changed_at)
        if col == self.WHO:
            return r.changed_by
        if col == self.BEFORE:
            return describe_snapshot(self._kind, r.old, unit=self._unit, comment=False)
        if col == self.AFTER:
            return describe_snapshot(self._kind, r.new, unit=self._unit, comment=False)
        if col == self.COMMENT:
            return self.comment(r)
        return self.source_label(r)

    def comment(self, r: AuditRecord) -> str:
        """The comment after the change; what was removed is named as such."""
        new = str((r.new or {}).get("comment") or "")
        old = str((r.old or {}).get("comment") or "")
        if new:
            return new
        return self.tr("(borttagen: {text})").format(text=old) if old else ""
