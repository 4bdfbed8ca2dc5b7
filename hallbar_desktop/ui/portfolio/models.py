"""Qt models over the plain portfolio (``services.portfolio``): one row per project, one per focus
area. They hold the service's dataclasses and nothing else; sorting is the proxy's, by ``SortRole``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hallbar_desktop.domain.numbers import format_amount, format_percent
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.portfolio import FocusAreaStatus, Portfolio, ProjectStatus, StatusCounts
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.grid_model import LIGHT_BRUSHES

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
# The project code (and focus-area number) of a row, for opening it in the window.
KeyRole = Qt.ItemDataRole.UserRole + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COUNTED = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)
# Most urgent first when sorted ascending.
URGENCY = (Light.RED, Light.GREY, Light.YELLOW, Light.GREEN, Light.NONE)


def _quarter_key(q: Quarter | None) -> int:
    return q.index if q is not None else -1


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        raise NotImplementedError

    @staticmethod
    def count_cell(counts: StatusCounts, light: Light, role: int) -> Any:
        n = counts.get(light)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n)
        if role == SortRole:
            return n
        if role == Qt.ItemDataRole.BackgroundRole and n:
            return LIGHT_BRUSHES.get(light)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None


class ProjectsModel(_Table):
    """One row per project: the lights at the quarter judged, the economy, decisions, approvals."""

    HEADERS = ("Kod", "Projekt", "Bedömt kvartal", "green", "yellow", "red", "grey", "Ekonomi",
               "Använt av budgeten", "Försenade beslut", "Ej fastställda kvartal")
    FIRST_COUNT = 3
    ECONOMY, USED, OVERDUE, UNAPPROVED = 7, 8, 9, 10

    def set_portfolio(self, folio: Portfolio | None) -> None:
        self.set_rows(folio.projects if folio is not None else ())

    def project(self, row: int) -> ProjectStatus:
        return self._rows[row]  # type: ignore[no-any-return]

    def header(self, section: int) -> str:
        if self.FIRST_COUNT <= section < self.FIRST_COUNT + 4:
            light = COUNTED[section - self.FIRST_COUNT]
            return f"{SYMBOL[light]} {labels.light(light)}"
        # Two lines for the long headings: the figures under them are short.
        return {
            0: self.tr("Kod"), 1: self.tr("Projekt"), 2: self.tr("Bedömt\nkvartal"), 7: self.tr("Ekonomi"),
            8: self.tr("Använt av\nbudgeten"), 9: self.tr("Försenade\nbeslut"), 10: self.tr("Ej fastställda\nkvartal"),
        }[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p: ProjectStatus = self._rows[index.row()]
        col = index.column()
        if role == KeyRole:
            return (p.code, None)
        if self.FIRST_COUNT <= col < self.FIRST_COUNT + 4:
            if p.quarter is None and role == Qt.ItemDataRole.DisplayRole:
                return ""
            return self.count_cell(p.counts, COUNTED[col - self.FIRST_COUNT], role)
        e = p.economy
        if role == SortRole:
            keys: dict[int, Any] = {
                0: p.code.casefold(), 1: p.name.casefold(), 2: _quarter_key(p.quarter),
                self.ECONOMY: URGENCY.index(e.status) if e is not None else len(URGENCY),
                self.USED: e.used_share if e is not None and e.used_share is not None else -1.0,
                self.OVERDUE: len(p.overdue_decisions), self.UNAPPROVED: len(p.unapproved),
            }
            return keys[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == self.ECONOMY and e is not None:
            return LIGHT_BRUSHES.get(e.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.USED, self.OVERDUE):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(p, col)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return p.code
        if col == 1:
            return p.name
        if col == 2:
            return labels.quarter(p.quarter) if p.quarter is not None else self.tr("ej startat")
        if col == self.ECONOMY:
            if e is None:
                return self.tr("ingen budget")
            return f"{SYMBOL[e.status]} {labels.light(e.status)}".strip()
        if col == self.USED:
            if e is None or e.used_share is None:
                return ""
            return format_percent(e.used_share * 100)  # the amounts are in the tooltip and the workbook
        if col == self.OVERDUE:
            return str(len(p.overdue_decisions))
        if not p.unapproved:
            return "–"
        shown = [labels.quarter(q) for q in p.unapproved]
        if len(shown) <= 3:
            return ", ".join(shown)
        return self.tr("{n} st (från {first})").format(n=len(shown), first=shown[0])

    def _tooltip(self, p: ProjectStatus, col: int) -> str | None:
        if col == self.OVERDUE and p.overdue_decisions:
            return "\n".join(self.tr("Beslut {number} ({owner}), skulle vara klart {due}: {text}").format(
                number=d.number, owner=d.owner or self.tr("ingen ansvarig"), due=d.due_on.isoformat(), text=d.text)
                for d in p.overdue_decisions)
        if col == self.UNAPPROVED and p.unapproved:
            return ", ".join(labels.quarter(q) for q in p.unapproved)
        if col == self.USED and p.economy is not None:
            e = p.economy
            return self.tr("Utfall {outcome} av budget {budget} efter {time} av tiden").format(
                outcome=format_amount(e.outcome), budget=format_amount(e.budget),
                time=format_percent(e.time_share * 100))
        if col in (0, 1):
            return f"{p.name} ({p.owner})" if p.owner else p.name
        if col == self.ECONOMY and p.economy is not None:
            return self._tooltip(p, self.USED)
        return None


class FocusAreasModel(_Table):
    """One row per focus area of every project: the lights of its indicators at the quarter judged."""

    HEADERS = ("Kod", "Projekt", "Nr", "Insatsområde", "green", "yellow", "red", "grey", "Sämsta status")
    FIRST_COUNT = 4
    WORST = 8

    def set_portfolio(self, folio: Portfolio | None) -> None:
        self.set_rows(folio.focus_areas if folio is not None else ())

    def area(self, row: int) -> FocusAreaStatus:
        return self._rows[row]  # type: ignore[no-any-return]

    def header(self, section: int) -> str:
        if self.FIRST_COUNT <= section < self.FIRST_COUNT + 4:
            light = COUNTED[section - self.FIRST_COUNT]
            return f"{SYMBOL[light]} {labels.light(light)}"
        return {0: self.tr("Kod"), 1: self.tr("Projekt"), 2: self.tr("Nr"), 3: self.tr("Insatsområde"),
                8: self.tr("Sämsta\nstatus")}[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a: FocusAreaStatus = self._rows[index.row()]
        col = index.column()
        if role == KeyRole:
            return (a.project_code, a.number)
        if self.FIRST_COUNT <= col < self.FIRST_COUNT + 4:
            return self.count_cell(a.counts, COUNTED[col - self.FIRST_COUNT], role)
        worst = a.counts.worst
        if role == SortRole:
            return {0: a.project_code.casefold(), 1: a.project_name.casefold(), 2: a.number,
                    3: a.name.casefold(), self.WORST: URGENCY.index(worst)}[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == self.WORST:
            return LIGHT_BRUSHES.get(worst)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 3):
            return a.name if col == 3 else a.project_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.WORST:
            return f"{SYMBOL[worst]} {labels.light(worst)}".strip()
        return {0: a.project_code, 1: a.project_name, 2: str(a.number), 3: a.name}[col]

