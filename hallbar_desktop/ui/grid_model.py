"""Table model of a project's grid: rows = indicators, columns = quarters, then roll-ups.

It holds the plain ``ProjectGrid`` from the services, never ORM rows. After an edit only the
rows that changed are swapped in (``update_rows``), so a register of 100 000 values repaints
one row, not the whole table.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.numbers import format_number
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.formatting import format_progress, format_timestamp
from hallbar_desktop.services.grid import GridCell, GridRow, ProjectGrid
from hallbar_desktop.ui import i18n, labels

LIGHT_COLOURS = {
    Light.GREEN: QColor("#c8e6c9"),
    Light.YELLOW: QColor("#fff3b0"),
    Light.RED: QColor("#f6c1c1"),
    Light.GREY: QColor("#e0e0e0"),
}
LOCKED_TEXT = QColor("#555555")
LIGHT_BRUSHES = {light: QBrush(colour) for light, colour in LIGHT_COLOURS.items()}
LOCKED_BRUSH = QBrush(LOCKED_TEXT)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_BASE_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable

Index = QModelIndex | QPersistentModelIndex
#: Saves what the user typed in one cell; returns None, or the message why it was refused.
SaveCell = Callable[[str, Quarter, str], str | None]


class Look(NamedTuple):
    """How one cell is shown: worked out once per row and kept while the row is (a repaint asks
    every visible cell again, and each question is a call from Qt into Python)."""

    text: str
    background: QBrush | None
    foreground: QBrush | None
    comment: bool
    locked: bool
    editable: bool


def display_text(grid: ProjectGrid, row: GridRow, col: int, lang: str) -> str:
    """What column ``col`` of ``row`` shows: the quarters, the reporting periods, then the whole
    project, the progress and the trend."""
    kind, unit = row.indicator.kind, row.indicator.unit
    n = len(grid.quarters)
    if col < n:
        cell = row.cells[col]
        text = labels.value(kind, cell.value, unit=unit, compact=True)
        return f"{text} {SYMBOL.get(cell.status, '')}".strip()
    col -= n
    if col < len(grid.periods):
        return labels.value(kind, row.rollups[col].value, unit=unit, compact=True)
    col -= len(grid.periods)
    if col == 0:
        return labels.value(kind, row.to_date.value, unit=unit, compact=True)
    if col == 1:
        return format_progress(row.current.progress) if row.current else ""
    return row.trend.arrow


#: The texts of a row worked out ahead (by ``prepare_texts``): id(row) → (row, language, texts).
_prepared: dict[int, tuple[weakref.ref[GridRow], str, tuple[str, ...]]] = {}


def prepare_texts(grid: ProjectGrid, lang: str | None = None) -> ProjectGrid:
    """Work out the texts every row of ``grid`` shows, in the worker thread that read it:
    formatting some 2,500 numbers the Swedish way is most of what showing a new grid costs, and
    the window then only looks them up. Kept while the row lives. Returns ``grid``."""
    lang = lang or i18n.lang()
    columns = len(grid.quarters) + len(grid.periods) + GridModel.EXTRA_COLUMNS
    for row in grid.rows:
        texts = tuple(display_text(grid, row, c, lang) for c in range(columns))
        key = id(row)
        _prepared[key] = (weakref.ref(row, lambda _gone, key=key: _prepared.pop(key, None)), lang, texts)  # type: ignore[misc]
    return grid


def prepared_texts(row: GridRow, lang: str) -> tuple[str, ...] | None:
    kept = _prepared.get(id(row))
    if kept is None or kept[0]() is not row or kept[1] != lang:
        return None
    return kept[2]


def is_locked(cell: GridCell) -> bool:
    """Approved quarters are locked (issue 6 adds ``GridCell.locked``); shown, and not editable."""
    return bool(getattr(cell, "locked", False))


def row_unit_shown(kind: IndicatorKind, unit: str) -> bool:
    """Whether a row's heading names its unit: the cells of a count or a quantity show bare
    numbers (``format_value(compact=True)``), so the row says what they count."""
    return bool(unit) and kind in (IndicatorKind.COUNT, IndicatorKind.QUANTITY)


def edit_text(kind: IndicatorKind, cell: GridCell) -> str:
    """The text a cell editor starts with: what the user would type to get this value again."""
    m = cell.measurement
    if m is None or m.value is None:
        return ""
    if m.numerator is not None and m.denominator is not None:
        return labels.fraction(m.numerator, m.denominator)
    if kind is IndicatorKind.MILESTONE:
        if m.value >= 1:
            return m.reached_on.isoformat() if m.reached_on else labels.yes()
        return labels.no()
    return format_number(m.value).replace("\u00a0", " ")


class GridModel(QAbstractTableModel):
    CellRole = Qt.ItemDataRole.UserRole + 1
    LightRole = Qt.ItemDataRole.UserRole + 2
    CommentRole = Qt.ItemDataRole.UserRole + 3
    LockedRole = Qt.ItemDataRole.UserRole + 4
    RowRole = Qt.ItemDataRole.UserRole + 5
    #: (has a comment, is locked): what the delegate marks on a cell, in one call.
    MarksRole = Qt.ItemDataRole.UserRole + 6
    #: Roles the view asks for that this model never sets: answered before anything is looked up
    #: (a repaint asks each visible cell for about ten roles, each a call into Python).
    UNUSED_ROLES = frozenset({Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
                              Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole,
                              Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole,
                              Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole})

    EXTRA_COLUMNS = 3  # project to date, progress, trend
    #: Up to this many rows changed at once, each is compared cell by cell with how it looked.
    COMPARED_ROWS = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: ProjectGrid | None = None
        self._rows: tuple[GridRow, ...] = ()
        self._focus_area: int | None = None
        #: Per row: the row the looks were worked out for, and its cells' looks (None: not yet).
        self._looks: list[tuple[GridRow, list[Look]] | None] = []
        self._looks_lang = i18n.lang()
        self.save_cell: SaveCell | None = None
        self.last_error: str | None = None

    # --- what is shown -------------------------------------------------------------------
    def set_grid(self, grid: ProjectGrid | None, focus_area_number: int | None = None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._focus_area = focus_area_number
        self._rows = self._select(grid)
        self._forget_looks()
        self.endResetModel()

    def _forget_looks(self) -> None:
        self._looks = [None] * len(self._rows)
        self._looks_lang = i18n.lang()

    def _select(self, grid: ProjectGrid | None) -> tuple[GridRow, ...]:
        if grid is None:
            return ()
        return grid.rows if self._focus_area is None else grid.rows_of(self._focus_area)

    def update_rows(self, grid: ProjectGrid, indicator_codes: Iterable[str]) -> list[int]:
        """Take a grid whose rows are the same indicators with new values; repaint only the
        rows of ``indicator_codes``. Returns the rows repainted."""
        if self._grid is None or grid.project.code != self._grid.project.code:
            return []
        rows = self._select(grid)
        # The same indicators in the same places (a row the same object is, without comparing)?
        if len(rows) != len(self._rows) or any(a is not b and a.indicator.code != b.indicator.code
                                               for a, b in zip(rows, self._rows, strict=True)):
            self.set_grid(grid, self._focus_area)  # the structure changed: start over
            return list(range(len(rows)))
        relocked = grid.approved != self._grid.approved or grid.quarters != self._grid.quarters
        if relocked:
            self._forget_looks()  # the locks (or the columns) changed: every row looks different
        self._grid = grid
        self._rows = rows
        if relocked:
            changed = list(range(len(rows)))
        elif self._focus_area is None:  # the rows are the grid's: where each is, looked up
            changed = list(grid.positions_of(indicator_codes))
        else:
            wanted = {c.lower() for c in indicator_codes}
            changed = [i for i, r in enumerate(rows) if r.indicator.code.lower() in wanted]
        if relocked and self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        # A few rows whose looks were worked out (shown): only the cells that look different now
        # are repainted (a value typed changes its cell, the roll-ups, progress and trend, and for
        # a flow the later lights), not every cell of the row shown.
        compare = not relocked and len(changed) <= self.COMPARED_ROWS
        before = {i: self._looks[i] for i in changed}
        for i in changed:
            self._looks[i] = None
        last = self.columnCount() - 1
        for i in changed:
            kept = before[i]
            if not compare or kept is None:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
                continue
            self.look(i, 0)
            now = self._looks[i]
            assert now is not None
            for first, end in _runs(kept[1], now[1]):
                self.dataChanged.emit(self.index(i, first), self.index(i, end))
        return changed

    @property
    def grid(self) -> ProjectGrid | None:
        return self._grid

    @property
    def focus_area_number(self) -> int | None:
        return self._focus_area

    def rows(self) -> tuple[GridRow, ...]:
        return self._rows

    def row_of(self, indicator_code: str) -> int | None:
        for i, r in enumerate(self._rows):
            if r.indicator.code == indicator_code:
                return i
        return None

    def n_quarters(self) -> int:
        return len(self._grid.quarters) if self._grid else 0

    def quarter_at(self, column: int) -> Quarter | None:
        if self._grid is None or not 0 <= column < self.n_quarters():
            return None
        return self._grid.quarters[column]

    def column_of(self, quarter: Quarter) -> int | None:
        if self._grid is None or quarter not in self._grid.quarters:
            return None
        return self._grid.quarters.index(quarter)

    def cell_at(self, index: Index) -> tuple[GridRow, GridCell] | None:
        """The indicator row and quarter cell at ``index`` (None for roll-up columns)."""
        if not index.isValid() or index.column() >= self.n_quarters() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        return row, row.cells[index.column()]

    # --- editing -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        look = self.look(index.row(), index.column())
        return _EDITABLE_FLAGS if look is not None and look.editable else _BASE_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Typing in a cell saves at once (one transaction); a refused value leaves the
        register as it was and ``last_error`` says why."""
        hit = self.cell_at(index)
        if role != Qt.ItemDataRole.EditRole or self.save_cell is None or hit is None:
            return False
        row, cell = hit
        self.last_error = self.save_cell(row.indicator.code, cell.quarter, str(value))
        return self.last_error is None

    def locked(self, cell: GridCell) -> bool:
        """The cell's quarter is approved by the steering group: shown locked, not editable."""
        return is_locked(cell) or (self._grid is not None and self._grid.is_locked(cell.quarter))

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._grid is None:
            return 0
        return self.n_quarters() + len(self._grid.periods) + self.EXTRA_COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            ind = self._rows[section].indicator
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{ind.code}  {ind.name}" + (f" ({ind.unit})" if row_unit_shown(ind.kind, ind.unit) else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{ind.code} {ind.name}\n{ind.description}".strip()
            return None
        n = self.n_quarters()
        if 0 <= section < n and self._grid.is_locked(self._grid.quarters[section]):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(LOCKED_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                note = self.tr("Fastställt av styrgruppen – låst")
                return f"{self._grid.quarters[section]}\n{note}"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if 0 <= section < n:
            q = self._grid.quarters[section]
            return labels.quarter(q) if role == Qt.ItemDataRole.DisplayRole else str(q)
        section -= n
        if 0 <= section < len(self._grid.periods):
            return labels.period(self._grid.periods[section])
        section -= len(self._grid.periods)
        extra = (self.tr("Hela projektet"), self.tr("Framsteg"), self.tr("Trend"))
        return extra[section] if 0 <= section < len(extra) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in self.UNUSED_ROLES or not index.isValid():
            return None
        r, col = index.row(), index.column()
        look = self.look(r, col)
        if look is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return look.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return look.background
        if role == Qt.ItemDataRole.ForegroundRole:
            return look.foreground
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED
        if role == self.MarksRole:
            return (look.comment, look.locked) if col < self.n_quarters() else None
        row = self._rows[r]
        if role == self.RowRole:
            return row
        if col < self.n_quarters():
            return self._cell_data(row, row.cells[col], role)
        return None

    def look(self, row: int, column: int) -> Look | None:
        """How the cell at (``row``, ``column``) is shown; None outside the grid."""
        if not 0 <= row < len(self._looks) or column < 0:
            return None
        if self._looks_lang != i18n.lang():  # the language was switched: every text changes
            self._forget_looks()
        kept = self._looks[row]
        if kept is None or kept[0] is not self._rows[row]:
            kept = self._looks[row] = (self._rows[row], self._row_looks(self._rows[row]))
        looks = kept[1]
        return looks[column] if column < len(looks) else None

    def texts(self, row: int) -> list[str]:
        """The texts row ``row`` shows, column by column (the window sizes its columns from them)."""
        self.look(row, 0)
        kept = self._looks[row] if 0 <= row < len(self._looks) else None
        return [look.text for look in kept[1]] if kept is not None else []

    def _row_looks(self, row: GridRow) -> list[Look]:
        assert self._grid is not None
        lang = self._looks_lang
        editable_row = self.save_cell is not None and not row.indicator.archived
        texts = prepared_texts(row, lang)
        if texts is None:
            texts = tuple(display_text(self._grid, row, c, lang) for c in range(self.columnCount()))
        looks = []
        for c, cell in enumerate(row.cells):
            locked = self.locked(cell)
            looks.append(Look(texts[c], LIGHT_BRUSHES.get(cell.status), LOCKED_BRUSH if locked else None,
                              bool(cell.comment), locked, editable_row and not locked))
        looks.extend(Look(text, None, None, False, False, False) for text in texts[len(row.cells):])
        return looks

    def _cell_data(self, row: GridRow, cell: GridCell, role: int) -> Any:
        ind = row.indicator
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(ind.kind, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, cell)
        if role == self.LightRole:
            return cell.status.value
        if role == self.CellRole:
            return cell
        if role == self.CommentRole:
            return cell.comment
        if role == self.LockedRole:
            return self.locked(cell)
        return None

    def _tooltip(self, row: GridRow, cell: GridCell) -> str:
        ind = row.indicator
        m = cell.measurement
        shown = labels.value(ind.kind, cell.value, unit=ind.unit, reached_on=m.reached_on if m else None) \
            or self.tr("inget värde")
        lines = [f"{ind.code} {labels.quarter(cell.quarter)}: {shown}"]
        if m is not None and m.numerator is not None and m.denominator is not None:
            lines.append(self.tr("{n} av {d}").format(n=format_number(m.numerator), d=format_number(m.denominator)))
        if m is not None and any(v is not None for v in (m.women, m.men, m.other)):
            parts = [(self.tr("kvinnor"), m.women), (self.tr("män"), m.men), (self.tr("annat/ej angivet"), m.other)]
            lines.append(", ".join(f"{label} {format_number(v)}" for label, v in parts if v is not None))
        if cell.status is not Light.NONE:
            lines.append(self.tr("Status: {light}").format(light=self._light_name(cell.status)))
        if self.locked(cell):
            lines.append(self.tr("Fastställt av styrgruppen – låst"))
        if cell.comment:
            lines.append(self.tr("Kommentar: {text}").format(text=cell.comment))
        if m is not None and m.entered_by:
            lines.append(self.tr("Senast ändrat av {who} {when}").format(
                who=m.entered_by, when=format_timestamp(m.entered_at)))
        return "\n".join(lines)

    def _light_name(self, light: Light) -> str:
        return {
            Light.GREEN: self.tr("grön"),
            Light.YELLOW: self.tr("gul"),
            Light.RED: self.tr("röd"),
            Light.GREY: self.tr("grå – värde saknas"),
        }.get(light, "")


def _runs(before: list[Look], now: list[Look]) -> list[tuple[int, int]]:
    """The columns (first, last) of each run of cells that look different ``now``."""
    runs: list[tuple[int, int]] = []
    start = None
    for c in range(max(len(before), len(now))):
        differs = c >= len(before) or c >= len(now) or before[c] != now[c]
        if differs and start is None:
            start = c
        elif not differs and start is not None:
            runs.append((start, c - 1))
            start = None
    if start is not None:
        runs.append((start, max(len(before), len(now)) - 1))
    return runs


class LockedCellGuard(QObject):
    """Typing (or double-clicking) in a locked cell of the grid opens no editor; it shows why.

    ``refuse(index)`` is called with the locked cell; the window shows the message at the cell."""

    def __init__(self, table: QAbstractItemView, locked: Callable[[QModelIndex], bool],
                 refuse: Callable[[QModelIndex], None]) -> None:
        super().__init__(table)
        self.table = table
        self.locked = locked
        self.refuse = refuse
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonDblClick) or not shiboken6.isValid(self.table) \
                or self.table.state() == QAbstractItemView.State.EditingState:
            return False
        if kind == QEvent.Type.KeyPress and watched is self.table:
            assert isinstance(event, QKeyEvent)
            typed = event.text() and event.text().isprintable() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                     | Qt.KeyboardModifier.MetaModifier))
            if (typed or event.key() == Qt.Key.Key_F2) and self._refused(self.table.currentIndex()):
                return True
        elif kind == QEvent.Type.MouseButtonDblClick and watched is self.table.viewport():
            pos = event.position().toPoint()  # type: ignore[attr-defined]
            if self._refused(self.table.indexAt(pos)):
                return True
        return False

    def _refused(self, index: QModelIndex) -> bool:
        if index.isValid() and self.locked(index):
            self.refuse(index)
            return True
        return False
