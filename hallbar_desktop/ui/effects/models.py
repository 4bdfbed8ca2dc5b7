"""Qt models over the effect chain and the learning log, as the core reads them (plain data).

* :class:`ChainTreeModel` – the chain as a tree: focus area (when more than one is shown) →
  level (Aktiviteter, Resultat, Effekter) → box → its indicators (code, light in colour *and*
  symbol), its activities (with their status) and its arrows (→ target; ⇢ when the arrow skips
  the result level by choice). Nodes are addressed by their number in a flat list (the index's
  internal id), so no Python object is handed to Qt.
* :class:`CandidatesModel` – what can be placed in a box: indicators or activities, with where
  each sits now and whether its level fits.
* :class:`LessonsModel` – the lessons as a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.effect_chain import ChainLevel, chain_level_of
from hallbar_desktop.domain.status import COUNTED, SYMBOL, Light
from hallbar_desktop.services.effect_chain import ChainActivity, ChainBox, ChainIndicator, ChainLink, EffectChain
from hallbar_desktop.services.lessons import LessonInfo, LessonLink
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS

Index = QModelIndex | QPersistentModelIndex

# The column headings, passed to tr() from the tables below (lupdate only sees literals).
_HEADINGS = (
    QT_TRANSLATE_NOOP("ChainTreeModel", "Effektkedja"),
    QT_TRANSLATE_NOOP("ChainTreeModel", "Status"),
    QT_TRANSLATE_NOOP("CandidatesModel", "Kod"),
    QT_TRANSLATE_NOOP("CandidatesModel", "Namn"),
    QT_TRANSLATE_NOOP("CandidatesModel", "Sitter nu i"),
    QT_TRANSLATE_NOOP("LessonsModel", "Nr"),
    QT_TRANSLATE_NOOP("LessonsModel", "Datum"),
    QT_TRANSLATE_NOOP("LessonsModel", "Insatsområde"),
    QT_TRANSLATE_NOOP("LessonsModel", "Vad vi lärde oss"),
    QT_TRANSLATE_NOOP("LessonsModel", "Vad det ändrar"),
    QT_TRANSLATE_NOOP("LessonsModel", "Taggar"),
    QT_TRANSLATE_NOOP("LessonsModel", "Kopplad till"),
)
#: The node behind an index (:class:`ChainNode`), the lesson behind a row, the candidate behind a row.
ItemRole = Qt.ItemDataRole.UserRole + 1
WARNING = QColor("#b71c1c")
MUTED = QColor("#555555")
LATE = (ActivityStatus.DELAYED, ActivityStatus.CANCELLED)


# --- the chain as a tree ------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainNode:
    """One row of the tree: a focus area's lane, a level, a box, or what a box holds."""

    kind: str  # "lane", "level", "box", "indicator", "activity", "link"
    lane: int | None
    level: ChainLevel | None = None
    box: ChainBox | None = None
    indicator: ChainIndicator | None = None
    activity: ChainActivity | None = None
    link: ChainLink | None = None

    def key(self) -> tuple[Any, ...]:
        """What the node is, whatever its texts and lights (to find it again after a change)."""
        item = (self.indicator.code if self.indicator else self.activity.code if self.activity
                else self.link.target_id if self.link else None)
        return (self.kind, self.lane, self.level, self.box.id if self.box else None, item)


def light_text(light: Light) -> str:
    return f"{SYMBOL[light]} {labels.light(light)}".strip() if light is not Light.NONE else "–"


class ChainTreeModel(QAbstractItemModel):
    """The effect chain shown (one focus area's or the whole project's) as a read-only tree."""

    COLUMNS = ("Effektkedja", "Status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.chain: EffectChain | None = None
        self._nodes: list[ChainNode] = []
        self._parent: list[int] = []  # -1: a top-level node
        self._row: list[int] = []
        self._children: dict[int, list[int]] = {-1: []}

    # --- filling ----------------------------------------------------------------------------
    def set_chain(self, chain: EffectChain | None) -> None:
        self.beginResetModel()
        self.chain = chain
        self._nodes, self._parent, self._row, self._children = [], [], [], {-1: []}
        if chain is not None:
            lanes = list(chain.lanes)
            for number, _name in lanes:
                lane = self._add(ChainNode("lane", number), -1) if len(lanes) > 1 else -1
                for level in ChainLevel:
                    at = self._add(ChainNode("level", number, level), lane)
                    for box in chain.boxes_of(number, level):
                        self._add_box(chain, box, at)
        self.endResetModel()

    def _add(self, node: ChainNode, parent: int) -> int:
        n = len(self._nodes)
        self._nodes.append(node)
        self._parent.append(parent)
        siblings = self._children.setdefault(parent, [])
        self._row.append(len(siblings))
        siblings.append(n)
        self._children[n] = []
        return n

    def _add_box(self, chain: EffectChain, box: ChainBox, parent: int) -> None:
        at = self._add(ChainNode("box", box.focus_area_number, box.level, box), parent)
        for i in box.indicators:
            self._add(ChainNode("indicator", box.focus_area_number, box.level, box, indicator=i), at)
        for a in box.activities:
            self._add(ChainNode("activity", box.focus_area_number, box.level, box, activity=a), at)
        for link in chain.links_from(box.id):
            self._add(ChainNode("link", box.focus_area_number, box.level, box, link=link), at)

    # --- finding ----------------------------------------------------------------------------
    def node(self, index: Index) -> ChainNode | None:
        if not index.isValid():
            return None
        n = int(index.internalId())
        return self._nodes[n] if 0 <= n < len(self._nodes) else None

    def find(self, key: tuple[Any, ...]) -> QModelIndex:
        """The index of the node with this :meth:`ChainNode.key` (invalid when there is none)."""
        for n, node in enumerate(self._nodes):
            if node.key() == key:
                return self.createIndex(self._row[n], 0, n)
        return QModelIndex()

    def box_index(self, box_id: int) -> QModelIndex:
        return next((self.createIndex(self._row[n], 0, n) for n, node in enumerate(self._nodes)
                     if node.kind == "box" and node.box is not None and node.box.id == box_id), QModelIndex())

    def level_index(self, lane: int | None, level: ChainLevel) -> QModelIndex:
        return self.find(("level", lane, level, None, None))

    # --- the tree ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        key = int(parent.internalId()) if parent.isValid() else -1
        children = self._children.get(key, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._parent[int(index.internalId())]
        return QModelIndex() if up < 0 else self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(int(parent.internalId()) if parent.isValid() else -1, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == ItemRole:
            return node
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(node) if column == 0 else self._status(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and node.indicator is not None:
            colour = LIGHT_COLOURS.get(node.indicator.light)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.indicator is not None and node.indicator.level_note:
                return QBrush(WARNING)
            if node.activity is not None and node.activity.status in LATE and column == 1:
                return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("lane", "level", "box") and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _lane_name(self, lane: int | None) -> str:
        if lane is None:
            return labels.project_wide()
        name = next((n for number, n in self.chain.lanes if number == lane), "") if self.chain else ""
        return f"{lane}. {name}"

    def _text(self, node: ChainNode) -> str:
        if node.kind == "lane":
            return self._lane_name(node.lane)
        if node.kind == "level":
            assert node.level is not None
            count = len(self.chain.boxes_of(node.lane, node.level)) if self.chain is not None else 0
            return f"{labels.chain_level(node.level)} ({count})"
        if node.kind == "box":
            assert node.box is not None
            return f"{node.box.code}  {node.box.title}"
        if node.indicator is not None:
            i = node.indicator
            return f"{SYMBOL[i.light]} {i.code} {i.name}".strip()
        if node.activity is not None:
            return f"{node.activity.code} {node.activity.name}"
        assert node.link is not None
        target = self.chain.box(node.link.target_id) if self.chain is not None else None
        arrow = "⇢" if node.link.skips_result else "→"
        return f"{arrow} {node.link.target}" + (f"  {target.title}" if target is not None else "")

    def _status(self, node: ChainNode) -> str:
        if node.kind == "box":
            assert node.box is not None
            counts = node.box.lights()
            return "  ".join(f"{SYMBOL[light]} {counts[light]}" for light in COUNTED if counts[light])
        if node.indicator is not None:
            i = node.indicator
            text = light_text(i.light)
            if i.quarter is not None and i.light is not Light.NONE:
                text += f" ({labels.quarter(i.quarter)})"
            return text
        if node.activity is not None:
            return labels.activity_status(node.activity.status)
        if node.link is not None:
            parts = [self.tr("hoppar över resultatnivån (valt)")] if node.link.skips_result else []
            if node.link.note:
                parts.append(node.link.note)
            return "; ".join(parts)
        return ""

    def _tooltip(self, node: ChainNode) -> str | None:
        if node.kind == "level":
            assert node.level is not None
            return f"{labels.chain_level(node.level)}: {labels.chain_horizon(node.level)}"
        if node.box is not None and node.kind == "box":
            return "\n".join(t for t in (f"{node.box.code} {node.box.title}", node.box.description) if t)
        if node.indicator is not None:
            i = node.indicator
            lines = [f"{i.code} {i.name}", labels.kind(i.effect_level)]
            if i.follow_up_until is not None:
                lines.append(labels.follow_up(i.follow_up_until))
            if i.level_note:
                lines.append(i.level_note)
            return "\n".join(lines)
        if node.kind == "link" and node.link is not None:
            return "\n".join(t for t in (self._text(node), self._status(node)) if t)
        if node.kind == "activity" and node.activity is not None:
            return f"{self._text(node)} ({labels.activity_status(node.activity.status)})"
        return self._text(node) if node.kind == "lane" else None


# --- what can be placed in a box ----------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """An indicator or activity that could be placed in a box."""

    code: str
    name: str
    holder: str | None  # the code of the box it sits in now (None: not placed)
    fits: bool  # its level is the box's
    belongs: ChainLevel | None = None  # where an indicator belongs (None for an activity)


def indicator_candidates(chain: EffectChain, box: ChainBox) -> list[Candidate]:
    """The indicators of the box's focus area (every focus area's for a project-wide box), those
    that fit its level first, then those not placed yet."""
    held = {i.code: b.code for b in chain.boxes for i in b.indicators}
    indicators = [i for b in chain.boxes for i in b.indicators] + list(chain.unplaced_indicators)
    out = []
    for i in indicators:
        if box.focus_area_number is not None and i.focus_area_number != box.focus_area_number:
            continue
        if held.get(i.code) == box.code:
            continue
        belongs = chain_level_of(i.effect_level)
        out.append(Candidate(i.code, i.name, held.get(i.code), belongs is box.level, belongs))
    return sorted(out, key=lambda c: (not c.fits, c.holder is not None, _code_key(c.code)))


def activity_candidates(chain: EffectChain, box: ChainBox) -> list[Candidate]:
    """The plan's activities of the box's focus area and the project-wide ones (all, for a
    project-wide box), those not placed yet first."""
    held = {a.code: b.code for b in chain.boxes for a in b.activities}
    activities = [a for b in chain.boxes for a in b.activities] + list(chain.unplaced_activities)
    out = []
    for a in activities:
        if box.focus_area_number is not None and a.focus_area_number not in (None, box.focus_area_number):
            continue
        if held.get(a.code) == box.code:
            continue
        out.append(Candidate(a.code, a.name, held.get(a.code), box.level is ChainLevel.ACTIVITY))
    return sorted(out, key=lambda c: (not c.fits, c.holder is not None, _code_key(c.code)))


def _code_key(code: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.replace("-", ".").split("."))


class CandidatesModel(QAbstractTableModel):
    COLUMNS = ("Kod", "Namn", "Sitter nu i")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Candidate] = []

    def set_candidates(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == ItemRole:
            return c
        if role == Qt.ItemDataRole.ForegroundRole and not c.fits:
            return QBrush(MUTED)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return c.code
        if column == 1:
            return c.name
        where = self.tr("flyttas från {box}").format(box=c.holder) if c.holder else self.tr("inte placerad")
        if not c.fits and c.belongs is not None:
            where += "; " + self.tr("hör hemma bland {level}").format(level=labels.chain_level(c.belongs).lower())
        elif not c.fits:
            where += "; " + self.tr("sitter bland aktiviteterna")
        return where


# --- the learning log -----------------------------------------------------------------------------
def link_text(link: LessonLink | None) -> str:
    """What a lesson is linked to, in the window's language."""
    if link is None:
        return ""
    translate = QCoreApplication.translate
    rest = link.label.split(" ", 1)[1] if " " in link.label else link.key  # "A1.2 Tydliggöra …"
    if link.kind == "meeting":
        return translate("LessonsModel", "Styrgruppsmöte {day}").format(day=link.key)
    if link.kind == "activity":
        return translate("LessonsModel", "Aktivitet {what}").format(what=rest)
    return translate("LessonsModel", "Indikator {what}").format(what=rest)


class LessonsModel(QAbstractTableModel):
    COLUMNS = ("Nr", "Datum", "Vad vi lärde oss", "Vad det ändrar", "Taggar", "Insatsområde", "Kopplad till")
    LEARNED, CHANGES, TAGS, AREA, LINK = 2, 3, 4, 5, 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[LessonInfo, ...] = ()

    def set_lessons(self, lessons: tuple[LessonInfo, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(lessons)
        self.endResetModel()

    def lessons(self) -> tuple[LessonInfo, ...]:
        return self._rows

    def lesson(self, row: int) -> LessonInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: int) -> int | None:
        return next((r for r, lesson in enumerate(self._rows) if lesson.number == number), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        lesson = self._rows[index.row()]
        if role == ItemRole:
            return lesson
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and lesson.example_data and index.column() == 0:
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            example = self.tr("exempel")
            return f"{lesson.number}\n({example})" if lesson.example_data else str(lesson.number)
        if column == 1:
            return lesson.learned_on.isoformat()
        if column == self.AREA:
            return f"{lesson.focus_area_number}. {lesson.focus_area_name}" if lesson.focus_area_number else ""
        if column == self.LEARNED:
            return lesson.learned
        if column == self.CHANGES:
            return lesson.changes
        if column == self.TAGS:
            return ", ".join(lesson.tags)
        return link_text(lesson.link)
