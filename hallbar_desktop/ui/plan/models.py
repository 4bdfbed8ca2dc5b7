"""Qt models of the activity plan and the economy: thin adapters over the services' plain dataclasses.

* :class:`ActivitiesModel` – the activities of a plan (``ActivityInfo``), status as symbol and word
  on a colour, delayed ones flagged.
* :class:`FollowUpModel` – the economy follow-up (``EconomyFollowUp``): per cost category and in
  total the budget, the period's budget and costs, the outcome to date, the share used against the
  share of time, the forecast and its deviation, and the light as symbol, word and colour.
* :class:`AmountTableModel` over an :class:`AmountSheet` – a table of amounts that may be typed in:
  the costs per quarter and category (``cost_sheet``), the budget per category and year
  (``budget_sheet``), the financing per financier and year (``financing_sheet``) and what each has
  paid in per quarter (``paid_in_sheet``). A computed cell (the flat-rate indirect costs, the totals)
  is read-only and marked.
* :class:`PreviewModel` – what an import of costs would change (errors first), and
  :class:`UnmappedAccountsModel` – the accounts of an export still to be given a cost category.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.economy import TYPED_CATEGORIES, CostCategory
from hallbar_desktop.domain.numbers import MINUS, format_number, format_percent
from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.activities import ActivityInfo, ActivityPlan
from hallbar_desktop.services.economy import BudgetTable, CostGrid
from hallbar_desktop.services.economy_follow_up import CategoryFollowUp, EconomyFollowUp
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS, LOCKED_TEXT
from hallbar_desktop.ui.plan import words

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
STATUS_COLOURS = {
    ActivityStatus.DONE: QColor("#c8e6c9"),
    ActivityStatus.DELAYED: QColor("#f6c1c1"),
    ActivityStatus.CANCELLED: QColor("#e0e0e0"),
    ActivityStatus.ONGOING: QColor("#dbe9f7"),
}
COMPUTED_COLOUR = QColor("#e8eef4")
TOTAL_COLOUR = QColor("#f2f2f2")
ERROR_COLOUR = QColor("#f6c1c1")
CHANGED_COLOUR = QColor("#fff3b0")
NEW_COLOUR = QColor("#c8e6c9")
translate = QCoreApplication.translate  # lupdate reads translate("AmountSheets", "…")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def amount_text(value: float | None) -> str:
    """``412 500,5``: kronor the Swedish way (non-breaking spaces, a real minus); empty for None."""
    return format_number(value) if value is not None else ""


def amount_edit_text(value: float | None) -> str:
    """What a cell editor starts with: the amount as the user would type it again."""
    return format_number(value).replace("\u00a0", " ").replace(MINUS, "-") if value is not None else ""


def kronor_text(value: float | None) -> str:
    """Whole kronor (the follow-up's sums), rounded half up as in the reports; "–" for none."""
    return format_number(value, 0) if value is not None else "–"


def share_text(value: float | None) -> str:
    return format_percent(value * 100) if value is not None else "–"


def signed_text(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value >= 0.5 else "") + format_number(value, 0)


# === activities ===================================================================================
class ActivitiesModel(QAbstractTableModel):
    ActivityRole = Qt.ItemDataRole.UserRole + 1
    #: The status beside the code: on screen however narrow the window.
    CODE, STATUS, NAME, PLANNED, RESPONSIBLE, INDICATORS, REPORTED, AREA = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ActivityInfo, ...] = ()
        self._period: str | None = None
        self._headers = (self.tr("Kod"), self.tr("Status"), self.tr("Aktivitet"), self.tr("Planerad"),
                         self.tr("Ansvarig"), self.tr("Indikatorer"), self.tr("Rapport"), self.tr("Insatsområde"))

    def set_activities(self, activities: Sequence[ActivityInfo], period: str | None) -> None:
        """The rows shown, and the reporting period whose report the last column tells of."""
        self.beginResetModel()
        self._rows = tuple(activities)
        self._period = period
        self.endResetModel()

    def activities(self) -> tuple[ActivityInfo, ...]:
        return self._rows

    def activity(self, row: int) -> ActivityInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        wanted = code.casefold()
        return next((i for i, a in enumerate(self._rows) if a.code.casefold() == wanted), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, col = self._rows[index.row()], index.column()
        if role == self.ActivityRole:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(a, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            colour = STATUS_COLOURS.get(a.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and a.delayed and col in (self.CODE, self.STATUS):
            return _bold()
        return None

    def _text(self, a: ActivityInfo, col: int) -> str:
        if col == self.CODE:
            return a.code
        if col == self.NAME:
            return a.name
        if col == self.AREA:
            return f"{a.focus_area_number}. {a.focus_area_name}" if a.focus_area_number is not None \
                else words.area_name(a.focus_area_name)
        if col == self.PLANNED:
            if a.planned_start == a.planned_end:
                return labels.quarter(a.planned_start)
            return f"{labels.quarter(a.planned_start)} – {labels.quarter(a.planned_end)}"
        if col == self.RESPONSIBLE:
            return a.responsible
        if col == self.STATUS:
            text = words.status(a.status)
            if a.status.closed and a.closed_in is not None:
                text += f" {labels.quarter(a.closed_in)}"
            return text
        if col == self.INDICATORS:
            return ", ".join(a.indicator_codes)
        if col != self.REPORTED:
            return ""
        report = a.report(self._period) if self._period else None
        return "✎ " + self.tr("skriven") if report is not None else "–"

    def _tooltip(self, a: ActivityInfo, col: int) -> str | None:
        if col == self.STATUS and a.delayed:
            return self.tr("Försenad: skulle vara klar {quarter} och är inte markerad som genomförd "
                           "eller inställd.").format(quarter=labels.quarter(a.planned_end))
        if col == self.NAME and a.description:
            return f"{a.name}\n\n{a.description}"
        if col == self.REPORTED and self._period:
            report = a.report(self._period)
            if report is None:
                return self.tr("Ingen rapport för perioden ännu.")
            return f"{report.done}\n\n{self.tr('Utfall:')} {report.outcome}".strip()
        return None


def plan_rows(plan: ActivityPlan, focus_area: int | None) -> tuple[ActivityInfo, ...]:
    """The activities of one focus area, or of the whole project (project-wide ones last)."""
    return plan.activities if focus_area is None else plan.of_focus_area(focus_area)


# === the economy follow-up ========================================================================
class FollowUpModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    #: The light first after the category: what the steering group looks at first, on screen
    #: however narrow the window; the period's own numbers last.
    CATEGORY, STATUS, USED, TIME, OUTCOME, BUDGET, FORECAST, DEVIATION, PERIOD_BUDGET, PERIOD_OUTCOME = range(10)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._follow: EconomyFollowUp | None = None
        self._rows: tuple[CategoryFollowUp, ...] = ()
        self._headers = (self.tr("Kostnadsslag"), self.tr("Status"), self.tr("Använt"), self.tr("Tid"),
                         self.tr("Utfall hittills"), self.tr("Budget"), self.tr("Prognos"), self.tr("Mot budget"),
                         self.tr("Periodens budget"), self.tr("Periodens utfall"))

    def set_follow_up(self, follow: EconomyFollowUp | None) -> None:
        self.beginResetModel()
        self._follow = follow
        self._rows = (*follow.rows, follow.total) if follow is not None else ()
        self.endResetModel()

    @property
    def follow_up(self) -> EconomyFollowUp | None:
        return self._follow

    def row_of(self, category: CostCategory | None) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.category is category), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.PERIOD_BUDGET: self.tr("Årets budget fördelad jämnt på årets kvartal i perioden"),
                self.OUTCOME: self.tr("Kostnaderna från projektets start till periodens slut"),
                self.USED: self.tr("Andel av budgeten som är använd"),
                self.TIME: self.tr("Andel av projekttiden som har gått"),
                self.FORECAST: self.tr("Utfallet vid projektets slut om takten från de senaste fyra kvartalen håller"),
                self.DEVIATION: self.tr("Prognosen mot budgeten"),
                self.STATUS: self.tr("Grön i takt med tiden, gul och röd när pengarna går snabbare eller "
                                     "långsammare än tiden, grå när kvartalets kostnader saknas"),
            }.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if col in (self.CATEGORY, self.STATUS) else RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATUS:
            colour = LIGHT_COLOURS.get(r.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole:
            if r.category is None:
                return _bold()
            if r.computed:
                return _italic()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.STATUS and r.status is not Light.NONE:
                return r.explanation_sv()
            if r.computed and col == self.CATEGORY and self._follow is not None:
                return self.tr("Räknas ut: {rate} av personalkostnaderna").format(
                    rate=format_percent(self._follow.indirect_rate * 100))
        return None

    def _text(self, r: CategoryFollowUp, col: int) -> str:
        if col == self.CATEGORY:
            return words.category(r.category) + (" " + self.tr("(beräknas)") if r.computed else "")
        if col == self.BUDGET:
            return kronor_text(r.budget)
        if col == self.PERIOD_BUDGET:
            return kronor_text(r.period_budget)
        if col == self.PERIOD_OUTCOME:
            return kronor_text(r.period_outcome)
        if col == self.OUTCOME:
            return kronor_text(r.outcome)
        if col == self.USED:
            return share_text(r.used_share)
        if col == self.TIME:
            return share_text(r.time_share)
        if col == self.FORECAST:
            return kronor_text(r.forecast)
        if col == self.DEVIATION:
            return signed_text(r.forecast_deviation) if r.budget > 0 else "–"
        if col != self.STATUS:
            return ""
        if r.status is Light.NONE:
            return "–"
        text = f"{SYMBOL[r.status]} {labels.light(r.status)}"
        pace = words.pace(r.pace)
        return f"{text} – {pace}" if pace and r.status is not Light.GREY else text


# === tables of amounts ============================================================================
class AmountCell(NamedTuple):
    amount: float | None
    editable: bool = False
    computed: bool = False  # worked out (the flat rate), never typed: marked and read-only
    total: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class AmountSheet:
    """A table of amounts: what the rows and columns are (keys for saving, labels for showing)."""

    row_keys: tuple[Hashable, ...]
    row_labels: tuple[str, ...]
    column_keys: tuple[Hashable, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[AmountCell, ...], ...]
    column_tips: tuple[str, ...] = ()
    row_tips: tuple[str, ...] = ()
    #: Columns shown marked (approved quarters): their header is dimmed and says why.
    marked_columns: frozenset[int] = field(default_factory=frozenset)

    def cell(self, row: int, column: int) -> AmountCell:
        return self.cells[row][column]


#: Saves a typed text: (row key, column key, text) -> None, or the message why it was refused.
SaveAmount = Callable[[Hashable, Hashable, str], "str | None"]


class AmountTableModel(QAbstractTableModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1
    CellRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sheet: AmountSheet | None = None
        self.save: SaveAmount | None = None
        self.last_error: str | None = None

    def set_sheet(self, sheet: AmountSheet | None) -> None:
        """A new sheet: the same shape only repaints (the selection stays), another shape resets."""
        old = self._sheet
        if old is not None and sheet is not None and (old.row_keys, old.column_keys, old.row_labels,
                                                       old.column_labels) == (sheet.row_keys, sheet.column_keys,
                                                                              sheet.row_labels, sheet.column_labels):
            self._sheet = sheet
            if sheet.cells and sheet.cells[0]:
                self.dataChanged.emit(self.index(0, 0), self.index(len(sheet.cells) - 1, len(sheet.cells[0]) - 1))
            if sheet.marked_columns != old.marked_columns or sheet.column_tips != old.column_tips:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(sheet.column_keys) - 1)
            return
        self.beginResetModel()
        self._sheet = sheet
        self.endResetModel()

    @property
    def sheet(self) -> AmountSheet | None:
        return self._sheet

    def key(self, index: Index) -> tuple[Hashable, Hashable] | None:
        if self._sheet is None or not index.isValid():
            return None
        return self._sheet.row_keys[index.row()], self._sheet.column_keys[index.column()]

    def position(self, row_key: Hashable, column_key: Hashable) -> tuple[int, int] | None:
        if self._sheet is None or row_key not in self._sheet.row_keys or column_key not in self._sheet.column_keys:
            return None
        return self._sheet.row_keys.index(row_key), self._sheet.column_keys.index(column_key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.row_keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.column_keys)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        sheet = self._sheet
        if sheet is None:
            return None
        vertical = orientation == Qt.Orientation.Vertical
        texts, tips = (sheet.row_labels, sheet.row_tips) if vertical else (sheet.column_labels, sheet.column_tips)
        if not 0 <= section < len(texts):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips[section] if section < len(tips) and tips[section] else None
        if role == Qt.ItemDataRole.ForegroundRole and not vertical and section in sheet.marked_columns:
            return QBrush(LOCKED_TEXT)
        if role == Qt.ItemDataRole.FontRole:
            key = sheet.row_keys[section] if vertical else sheet.column_keys[section]
            if key == TOTAL:
                return _bold()
            if vertical and isinstance(key, CostCategory) and key.computed:
                return _italic()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._sheet is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        cell = self._sheet.cell(index.row(), index.column())
        return base | Qt.ItemFlag.ItemIsEditable if cell.editable and self.save is not None else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._sheet is None:
            return None
        cell = self._sheet.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return amount_text(cell.amount)
        if role == Qt.ItemDataRole.EditRole:
            return amount_edit_text(cell.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.computed:
                return QBrush(COMPUTED_COLOUR)
            if cell.total:
                return QBrush(TOTAL_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if cell.computed:
                return _italic()
            if cell.total:
                return _bold()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == self.KeyRole:
            return self.key(index)
        if role == self.CellRole:
            return cell
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Typing saves at once, in its own transaction; a refusal leaves the register as it was
        and ``last_error`` says why."""
        key = self.key(index)
        if role != Qt.ItemDataRole.EditRole or self.save is None or key is None \
                or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self.last_error = self.save(key[0], key[1], str(value))
        return self.last_error is None


#: The key of a total row or column.
TOTAL = "total"


def _total_label() -> str:
    return words.category(None)


def cost_sheet(grid: CostGrid) -> AmountSheet:
    """Costs per category (rows) and quarter (columns), with totals; indirect costs computed and
    approved quarters marked (their costs stay editable: the accounts close after the meeting)."""
    quarters = grid.quarters
    approved = {q for q in quarters if grid.cell(q, CostCategory.PERSONNEL).approved}
    rate = format_percent(grid.indirect_rate * 100)
    computed_tip = translate("AmountSheets", "Räknas ut: {rate} av personalkostnaderna. Schablonen ändras "
                             "under Budget och finansiering.").format(rate=rate)
    rows: list[tuple[AmountCell, ...]] = []
    for cat in grid.categories:
        cells = []
        for q in quarters:
            c = grid.cell(q, cat)
            if cat.computed:
                tip = computed_tip
            elif c.source == "import":
                tip = translate("AmountSheets", "Importerat från {file}").format(file=c.source_detail)
            elif c.source == "load":
                tip = translate("AmountSheets", "Inläst från projektfilen")
            else:
                tip = ""
            cells.append(AmountCell(c.amount, editable=not cat.computed, computed=cat.computed, tooltip=tip))
        cells.append(AmountCell(grid.category_total(cat), computed=cat.computed, total=True))
        rows.append(tuple(cells))
    rows.append((*(AmountCell(grid.quarter_total(q), total=True) for q in quarters),
                 AmountCell(sum(grid.quarter_total(q) for q in quarters), total=True)))
    approved_tip = translate("AmountSheets", "{quarter}: fastställt av styrgruppen. Kostnaderna går ändå att "
                             "ändra – bokslutet kommer ofta efter mötet.")
    return AmountSheet(
        row_keys=(*grid.categories, TOTAL),
        row_labels=(*(words.category(c) for c in grid.categories), _total_label()),
        column_keys=(*quarters, TOTAL),
        column_labels=(*(labels.quarter(q) + (" ✓" if q in approved else "") for q in quarters), _total_label()),
        cells=tuple(rows),
        column_tips=(*(approved_tip.format(quarter=labels.quarter(q)) if q in approved else "" for q in quarters),
                     ""),
        row_tips=tuple(computed_tip if c.computed else "" for c in grid.categories),
        marked_columns=frozenset(i for i, q in enumerate(quarters) if q in approved),
    )


def budget_sheet(table: BudgetTable) -> AmountSheet:
    """The budget per category (rows) and year (columns), with totals; indirect costs computed."""
    tip = translate("AmountSheets", "Räknas ut: {rate} av personalbudgeten").format(
        rate=format_percent(table.indirect_rate * 100))
    rows = []
    for cat in CostCategory:
        cells = [AmountCell(table.amount(cat, y), editable=not cat.computed, computed=cat.computed,
                            tooltip=tip if cat.computed else "") for y in table.years]
        rows.append((*cells, AmountCell(table.category_total(cat), computed=cat.computed, total=True)))
    rows.append((*(AmountCell(table.year_total(y), total=True) for y in table.years),
                 AmountCell(table.total, total=True)))
    return AmountSheet(
        row_keys=(*CostCategory, TOTAL),
        row_labels=(*(words.category(c) for c in CostCategory), _total_label()),
        column_keys=(*table.years, TOTAL),
        column_labels=(*(str(y) for y in table.years), _total_label()),
        cells=tuple(rows),
        row_tips=tuple(tip if c.computed else "" for c in CostCategory),
    )


def financing_sheet(table: BudgetTable) -> AmountSheet:
    """Each financier's financing per year (as in the decision), with totals."""
    rows = []
    for f in table.financiers:
        cells = [AmountCell(f.planned_in(y) if any(yy == y for yy, _ in f.planned) else None, editable=True)
                 for y in table.years]
        rows.append((*cells, AmountCell(f.total_planned, total=True)))
    rows.append((*(AmountCell(table.financing_year_total(y), total=True) for y in table.years),
                 AmountCell(table.financing_total, total=True)))
    return AmountSheet(
        row_keys=(*(f.name for f in table.financiers), TOTAL),
        row_labels=(*(f.name for f in table.financiers), _total_label()),
        column_keys=(*table.years, TOTAL),
        column_labels=(*(str(y) for y in table.years), _total_label()),
        cells=tuple(rows),
        row_tips=tuple(words.financier_kind(f.kind) for f in table.financiers),
    )


def paid_in_quarters(first: Quarter, last: Quarter) -> list[Quarter]:
    """The quarters financing may be paid in: the project's, and the year after (the final payment)."""
    return quarter_range(first, last + 4)


def paid_in_sheet(table: BudgetTable, first: Quarter, last: Quarter) -> AmountSheet:
    """What each financier has paid in per quarter, with totals."""
    quarters = paid_in_quarters(first, last)
    rows = []
    for f in table.financiers:
        paid = dict(f.paid)
        rows.append((*(AmountCell(paid.get(q), editable=True) for q in quarters),
                     AmountCell(f.total_paid, total=True)))
    rows.append((*(AmountCell(sum(dict(f.paid).get(q, 0.0) for f in table.financiers), total=True)
                   for q in quarters), AmountCell(sum(f.total_paid for f in table.financiers), total=True)))
    return AmountSheet(
        row_keys=(*(f.name for f in table.financiers), TOTAL),
        row_labels=(*(f.name for f in table.financiers), _total_label()),
        column_keys=(*quarters, TOTAL),
        column_labels=(*(labels.quarter(q) for q in quarters), _total_label()),
        cells=tuple(rows),
    )


# === the import of costs ==========================================================================
class PreviewLine(NamedTuple):
    kind: str  # "error", "new", "changed", "unchanged"
    row: int  # the file's row (0: the file as a whole), or 0 for a change
    text: str  # the problem, or "2022 kv 4  Personal: – → 162 961"
    rows: int  # the rows of the file summed into a change


class PreviewModel(QAbstractTableModel):
    """What an import would do: the errors first (each naming its row), then before → after."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[PreviewLine, ...] = ()
        self._headers = (self.tr("Vad"), self.tr("Rad"), self.tr("Före → efter, eller varför inte"),
                         self.tr("Rader"))
        self._kinds = {"error": self.tr("Fel"), "new": self.tr("Nytt"), "changed": self.tr("Ändras"),
                       "unchanged": self.tr("Oförändrat")}

    def set_lines(self, lines: Sequence[PreviewLine]) -> None:
        self.beginResetModel()
        self._lines = tuple(lines)
        self.endResetModel()

    def lines(self) -> tuple[PreviewLine, ...]:
        return self._lines

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return self._kinds.get(line.kind, line.kind)
            if col == 1:
                return str(line.row) if line.row else ""
            if col == 2:
                return line.text
            return str(line.rows) if line.rows else ""
        if role == Qt.ItemDataRole.BackgroundRole and col == 0:
            colour = {"error": ERROR_COLOUR, "changed": CHANGED_COLOUR, "new": NEW_COLOUR}.get(line.kind)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 3):
            return RIGHT
        return None


class UnmappedAccountsModel(QAbstractTableModel):
    """The export's accounts without a cost category; the last column is chosen per account."""

    CHOICES = TYPED_CATEGORIES

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, tuple[int, ...]]] = []  # (account, example, rows)
        self._chosen: dict[str, CostCategory] = {}
        self._headers = (self.tr("Konto"), self.tr("Exempel"), self.tr("Rader"), self.tr("Kostnadsslag"))

    def set_accounts(self, accounts: Sequence[tuple[str, str, tuple[int, ...]]]) -> None:
        """(account, an example of what is booked on it, the file's rows); choices made are kept."""
        self.beginResetModel()
        self._rows = list(accounts)
        self.endResetModel()

    def chosen(self) -> dict[str, CostCategory]:
        """The categories chosen so far, by account."""
        return dict(self._chosen)

    def accounts(self) -> list[str]:
        return [a for a, _e, _r in self._rows]

    def choose(self, account: str, category: CostCategory | None) -> None:
        if category is None:
            self._chosen.pop(account, None)
        else:
            self._chosen[account] = category
        row = next((i for i, (a, _e, _r) in enumerate(self._rows) if a == account), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 3), self.index(row, 3))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 3 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account, example, rows = self._rows[index.row()]
        col = index.column()
        chosen = self._chosen.get(account)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return account
            if col == 1:
                return example
            if col == 2:
                shown = ", ".join(str(r) for r in rows[:6])
                return shown + (" …" if len(rows) > 6 else "")
            return words.category(chosen) if chosen is not None else self.tr("välj …")
        if role == Qt.ItemDataRole.EditRole and col == 3:
            return chosen.value if chosen is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole and col == 3 and chosen is None:
            return QBrush(ERROR_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return ", ".join(str(r) for r in rows)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 3:
            return False
        account = self._rows[index.row()][0]
        try:
            category = CostCategory(str(value)) if value else None
        except ValueError:
            return False
        if category is not None and category.computed:
            return False
        self.choose(account, category)
        return True
