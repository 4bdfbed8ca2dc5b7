"""Tree model: projects → focus areas → indicators, each indicator with its latest light.

Every project stays in the model (keys are stable, ``find`` works across projects); the window
shows one project at a time by hiding the other top-level rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
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

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class NavigatorModel(QAbstractItemModel):
    KeyRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", ())

    def set_entries(self, entries: list[ProjectEntry], lights: dict[tuple[str, str], Light]) -> None:
        self.beginResetModel()
        self._root = Node("root", "", ())
        for entry in entries:
            p = entry.project
            pnode = Node("project", f"{p.code} – {p.name}", (p.code,), self._root,
                         tooltip=self.tr("Hela projektet: {owner}").format(owner=p.owner))
            self._root.children.append(pnode)
            for fa in entry.focus_areas:
                a = fa.focus_area
                anode = Node("focus_area", f"{a.number}. {a.name}", (p.code, a.number), pnode,
                             tooltip=a.purpose)
                pnode.children.append(anode)
                for ind in fa.indicators:
                    light = lights.get((p.code, ind.code), Light.NONE)
                    anode.children.append(
                        Node("indicator", f"{ind.code} {ind.name}", (p.code, ind.code), anode,
                             light=light, tooltip=ind.description)
                    )
        self.endResetModel()

    def update_lights(self, project_code: str, lights: dict[str, Light]) -> None:
        """New lights for one project's indicators (after an edit, or when first loaded)."""
        for pnode in self._root.children:
            if pnode.key != (project_code,):
                continue
            for anode in pnode.children:
                for inode in anode.children:
                    light = lights.get(inode.key[1], Light.NONE)
                    if light is not inode.light:
                        inode.light = light
                        index = self.createIndex(inode.row(), 0, inode)
                        self.dataChanged.emit(index, index)

    def project_codes(self) -> list[str]:
        return [str(p.key[0]) for p in self._root.children]

    def project_row(self, code: str) -> int | None:
        for i, p in enumerate(self._root.children):
            if p.key == (code,):
                return i
        return None

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

        hit = walk(self._root)
        return self.createIndex(hit.row(), 0, hit) if hit else QModelIndex()
