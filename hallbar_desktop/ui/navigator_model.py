"""Tree model: projects → focus areas → indicators, each indicator with its latest light.

Every project stays in the model (keys are stable, ``find`` works across projects); the window
shows one project at a time by hiding the other top-level rows. The tree is built as plain
``Node`` objects (a worker may build it) and shown through Qt's own item model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from hallbar_desktop.domain.status import SYMBOL, Light
from hallbar_desktop.services.catalog import ProjectEntry
from hallbar_desktop.ui.grid_model import LIGHT_BRUSHES


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


class NavigatorModel(QStandardItemModel):
    """The tree as Qt's own item model, so that painting and laying out the navigator never calls
    into Python: beside a worker computing in Python, every such call waits for the interpreter
    lock, and a navigator with a Python model took 50–300 ms to repaint (against some 8 ms).

    Every project is a row from the start; its focus areas and indicators become rows when the
    project is first shown or looked up (``find``), so a register of hundreds of projects is
    shown without making tens of thousands of items."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", ())
        self._projects: dict[tuple[Any, ...], Node] = {}
        #: Per project: its indicator nodes by code (made on first use, anew with every tree).
        self._indicator_nodes: dict[str, dict[str, Node]] = {}
        #: The items made so far, by key (a project's rows below it are made on first use).
        self._items: dict[tuple[Any, ...], QStandardItem] = {}

    def set_entries(self, entries: list[ProjectEntry], lights: dict[tuple[str, str], Light]) -> None:
        self.set_tree(build_tree(entries, lights))

    def set_tree(self, root: Node) -> None:
        """Show a tree made by :func:`build_tree` (for a large register, in a worker thread)."""
        self.clear()  # a reset: the views forget their hidden rows and selection
        self._root = root
        self._projects = {p.key: p for p in root.children}
        self._indicator_nodes = {}
        self._items = {}
        rows = [self._make_item(p) for p in root.children]
        if rows:
            self.setColumnCount(1)  # the column first: inserted inside the rows' insertion, it confuses views
            self.invisibleRootItem().appendRows(rows)

    def _make_item(self, node: Node) -> QStandardItem:
        item = QStandardItem(_text(node))
        item.setEditable(False)
        item.setData(node.key, self.KeyRole)
        item.setData(node.kind, self.KindRole)
        if node.tooltip:
            item.setToolTip(node.tooltip)
        if node.kind == "indicator":
            _paint_light(item, node.light)
        self._items[node.key] = item
        return item

    def _fill(self, project: Node) -> QStandardItem:
        """The project's item, with its focus areas and indicators below it."""
        item = self._items[project.key]
        if item.rowCount() == 0 and project.children:
            areas = []
            for anode in project.children:
                area = self._make_item(anode)
                indicators = [self._make_item(inode) for inode in anode.children]
                if indicators:
                    area.appendRows(indicators)
                areas.append(area)
            item.setColumnCount(1)
            item.appendRows(areas)
        return item

    def update_lights(self, project_code: str, lights: dict[str, Light]) -> None:
        """New lights for the named indicators of one project (the others keep theirs): after a
        write the rows read again, when a grid is first read all of them."""
        pnode = self._projects.get((project_code,))
        if pnode is None:
            return
        # The project's indicator nodes by key, found once per tree: a value typed in a project of
        # 2 500 indicators changes one light, and looking it up beats walking them all each time.
        nodes = self._indicator_nodes.get(project_code)
        if nodes is None:
            nodes = self._indicator_nodes[project_code] = {
                inode.key[1]: inode for anode in pnode.children for inode in anode.children}
        for code, light in lights.items():
            inode = nodes.get(code)
            if inode is not None and light is not inode.light:
                inode.light = light
                item = self._items.get(inode.key)
                if item is not None:
                    item.setText(_text(inode))
                    _paint_light(item, light)

    def project_codes(self) -> list[str]:
        return [str(p.key[0]) for p in self._root.children]

    def project_row(self, code: str) -> int | None:
        node = self._projects.get((code,))
        return node.position if node is not None else None

    def project_index(self, code: str) -> QModelIndex:
        """The project's row, with its focus areas and indicators below it (invalid if none)."""
        node = self._projects.get((code,))
        return self._fill(node).index() if node is not None else QModelIndex()

    def find(self, key: tuple[Any, ...]) -> QModelIndex:
        """The row of a project ``(code,)``, a focus area ``(code, number)`` or an indicator
        ``(code, indicator code)``; invalid when there is none."""
        project = self._projects.get(key[:1]) if key else None
        if project is None:
            return QModelIndex()
        self._fill(project)  # keys start with the project's code
        item = self._items.get(key)
        return item.index() if item is not None else QModelIndex()

    def typed(self, project_code: str, text: str) -> tuple[Any, ...] | None:
        """The key of what ``text`` typed in the navigator means in the project: an indicator's
        code (``3.1``), a focus area's number (``3`` or ``3.``), else the first indicator, then
        focus area, whose code or name starts with it, then whose name holds it."""
        project = self._projects.get((project_code,))
        wanted = text.strip().casefold()
        if project is None or not wanted:
            return None
        areas = project.children
        indicators = [i for a in areas for i in a.children]
        code = lambda node: str(node.key[1]).casefold()  # noqa: E731
        name = lambda node: node.label.casefold()  # noqa: E731
        tests = (
            (indicators, lambda n: code(n) == wanted),
            (areas, lambda n: wanted in (code(n), code(n) + ".")),
            (indicators, lambda n: code(n).startswith(wanted)),
            (areas, lambda n: name(n).startswith(wanted)),
            (indicators, lambda n: name(n).split(" ", 1)[-1].startswith(wanted)),
            (areas + indicators, lambda n: wanted in name(n)),
        )
        for nodes, test in tests:
            found = next((n for n in nodes if test(n)), None)
            if found is not None:
                return found.key
        return None


def _text(node: Node) -> str:
    symbol = SYMBOL.get(node.light, "")
    return f"{symbol} {node.label}" if symbol else node.label


def _paint_light(item: QStandardItem, light: Light) -> None:
    item.setData(LIGHT_BRUSHES.get(light), Qt.ItemDataRole.BackgroundRole)

