"""Tree model: projects → focus areas → indicators, each indicator with its latest light.

Every project stays in the model (keys are stable, ``find`` works across projects); the window
shows one project at a time by hiding the other top-level rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.catalog import ProjectEntry
from hallbar_desktop.ui.grid_model import LIGHT_COLOURS

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # "project", "focus_area", "indicator"
    label: str
    key: tuple[Any, ...]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    light: Light = Light.NONE
    tooltip: str = ""
    position: int = 0  # the row under its parent: ``children.index`` is slow with hundreds of projects

    def row(self) -> int:
        return self.position


def build_tree(entries: list[ProjectEntry], lights: dict[tuple[str, str], Light] | None = None) -> Node:
    """The model's tree for ``entries``. Plain Python: a worker thread may build it."""
    lights = lights or {}
    root = Node("root", "", ())
    for entry in entries:
        p = entry.project
        pnode = Node("project", f"{p.code} – {p.name}", (p.code,), root, position=len(root.children),
                     tooltip=QCoreApplication.translate("NavigatorModel", "Hela projektet: {owner}").format(
                         owner=p.owner))
        root.children.append(pnode)
        for fa in entry.focus_areas:
            a = fa.focus_area
            anode = Node("focus_area", f"{a.number}. {a.name}", (p.code, a.number), pnode,
                         position=len(pnode.children), tooltip=a.purpose)
            pnode.children.append(anode)
            for ind in fa.indicators:
                light = lights.get((p.code, ind.code), Light.NONE)
                anode.children.append(
                    Node("indicator", f"{ind.code} {ind.name}", (p.code, ind.code), anode,
                         light=light, tooltip=ind.description, position=len(anode.children))
                )
    return root


class NavigatorModel(QAbstractItemModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", ())
        self._projects: dict[tuple[Any, ...], Node] = {}

    def set_entries(self, entries: list[ProjectEntry], lights: dict[tuple[str, str], Light]) -> None:
        self.set_tree(build_tree(entries, lights))

    def set_tree(self, root: Node) -> None:
        """Show a tree made by :func:`build_tree` (for a large register, in a worker thread)."""
        self.beginResetModel()
        self._root = root
        self._projects = {p.key: p for p in root.children}
        self.endResetModel()

    def update_lights(self, project_code: str, lights: dict[str, Light]) -> None:
        """New lights for one project's indicators (after an edit, or when first loaded)."""
        pnode = self._projects.get((project_code,))
        if pnode is None:
            return
        for anode in pnode.children:
            changed = []
            for inode in anode.children:
                light = lights.get(inode.key[1], Light.NONE)
                if light is not inode.light:
                    inode.light = light
                    changed.append(inode)
            if changed:  # one signal per focus area: a large project has dozens of indicators
                first, last = changed[0], changed[-1]
                self.dataChanged.emit(self.createIndex(first.row(), 0, first), self.createIndex(last.row(), 0, last))

    def project_codes(self) -> list[str]:
        return [str(p.key[0]) for p in self._root.children]

    def project_row(self, code: str) -> int | None:
        node = self._projects.get((code,))
        return node.position if node is not None else None

    def _node(self, index: Index) -> Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            symbol = SYMBOL.get(node.light, "")
            return f"{symbol} {node.label}" if symbol else node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "indicator":
            colour = LIGHT_COLOURS.get(node.light)
            return QBrush(colour) if colour is not None else None
        if role == self.KeyRole:
            return node.key
        if role == self.KindRole:
            return node.kind
        return None

    def find(self, key: tuple[Any, ...]) -> QModelIndex:
        def walk(node: Node) -> Node | None:
            for child in node.children:
                if child.key == key:
                    return child
                found = walk(child)
                if found is not None:
                    return found
            return None

        project = self._projects.get(key[:1]) if key else None
        if project is None:
            return QModelIndex()
        hit = project if len(key) == 1 else walk(project)  # keys start with the project's code
        return self.createIndex(hit.row(), 0, hit) if hit else QModelIndex()
