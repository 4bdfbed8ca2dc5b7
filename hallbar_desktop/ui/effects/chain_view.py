"""The Effektlogik tab: the effect chain of the selected project (or focus area) as an editable
tree beside its diagram.

The tree (``models.ChainTreeModel``) shows focus area → level → box → the box's indicators (light
in colour and symbol), activities and arrows. Every change is a core operation
(``services.operations``: boxes, arrows, placements) run through the window's state; the state
reads the chain again and every view of it – this tree, the diagram, the diagram's own window –
redraws from the one chain the state holds. A refusal (an arrow from an activity straight to an
effect without the explicit choice, an indicator on the wrong level) is the service's Swedish
message, shown in the form or above the tree, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.effects.diagram import ChainDiagram, DiagramWindow, chain_shown, concerns_chain
from hallbar_desktop.ui.effects.flow_layout import FlowLayout
from hallbar_desktop.ui.effects.models import ChainNode, ChainTreeModel, ItemRole

if TYPE_CHECKING:
    from hallbar_desktop.services.effect_chain import ChainBox, EffectChain
    from hallbar_desktop.services.effect_chain_edit import BoxFields
    from hallbar_desktop.ui.effects.chain_dialogs import LinkChoice
    from hallbar_desktop.ui.effects.models import Candidate
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

#: From this width (logical pixels) the diagram sits beside the tree, else below it.
SIDE_BY_SIDE = 980


class ChainView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.chain: EffectChain | None = None  # the chain shown (the selected focus area's, or the project's)
        self.dialog: QDialog | None = None  # the form open now (the tests fill it)
        #: Answers the confirmation of a removal instead of a message box (tests): True = go ahead.
        self.confirm: Callable[[str], bool] | None = None
        self.last_message: str | None = None
        self._stale = True
        self._orm_waiting = False
        self.diagram_window: DiagramWindow | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Meddelande"))
        self.message.hide()
        self.model = ChainTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Effektkedjan: rutor per nivå"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.activated.connect(lambda _i: self.edit_selected())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.tree_label = QLabel(self.tr("R&utor, indikatorer, aktiviteter och pilar:"))
        self.tree_label.setBuddy(self.tree)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #7f1d1d;")
        self.notes.setAccessibleName(self.tr("Vad kedjan inte säger än"))

        def action(text: str, slot: Callable[[], Any], shortcut: QKeySequence | None = None) -> QAction:
            a = QAction(text, self)
            a.triggered.connect(lambda _checked=False: slot())
            if shortcut is not None:  # when the tree has the focus (the window's own keys stay its own)
                a.setShortcut(shortcut)
                a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.tree.addAction(a)
            return a

        self.new_box_action = action(self.tr("&Ny ruta…"), self.new_box, QKeySequence("Insert"))
        self.edit_action = action(self.tr("&Ändra rutan…"), self.edit_selected)
        self.remove_action = action(self.tr("Ta &bort…"), self.remove_selected,
                                    QKeySequence(QKeySequence.StandardKey.Delete))
        self.up_action = action(self.tr("Flytta rutan &upp"), lambda: self.move_selected(-1),
                                QKeySequence("Ctrl+Up"))
        self.down_action = action(self.tr("Flytta rutan &ner"), lambda: self.move_selected(1),
                                  QKeySequence("Ctrl+Down"))
        self.link_action = action(self.tr("Ny pi&l…"), self.new_link)
        self.indicator_action = action(self.tr("Placera en &indikator i rutan…"), self.place_indicator)
        self.activity_action = action(self.tr("Placera en &aktivitet i rutan…"), self.place_activity)
        self.move_action = action(self.tr("&Flytta till en annan ruta…"), self.move_item)

        def button(text: str, name: str, slot: Callable[[], Any] | None = None,
                   menu: list[QAction] | None = None) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setAutoDefault(False)
            if slot is not None:
                b.clicked.connect(lambda _checked=False: slot())
            if menu is not None:
                m = QMenu(b)
                m.addActions(menu)
                b.setMenu(m)
            return b

        self.new_box_button = button(self.tr("&Ny ruta…"), self.tr("Ny ruta"), self.new_box)
        self.new_box_button.setToolTip(self.tr("Ny ruta på den valda nivån (Insert)"))
        self.link_button = button(self.tr("Ny pi&l…"), self.tr("Ny pil från rutan"), self.new_link)
        self.place_button = button(self.tr("Pla&cera"), self.tr("Placera en indikator eller aktivitet"),
                                   menu=[self.indicator_action, self.activity_action, self.move_action])
        self.edit_button = button(self.tr("&Ändra…"), self.tr("Ändra rutan"), self.edit_selected)
        self.remove_button = button(self.tr("Ta &bort…"), self.tr("Ta bort det valda"), self.remove_selected)
        self.remove_button.setToolTip(self.tr("Ta bort rutan, pilen, eller indikatorn eller aktiviteten ur rutan "
                                              "(Delete)"))
        self.more_button = button(self.tr("&Mer"), self.tr("Flytta rutan"), menu=[self.up_action, self.down_action])
        buttons = FlowLayout()
        for b in (self.new_box_button, self.link_button, self.place_button, self.edit_button, self.remove_button,
                  self.more_button):
            buttons.addWidget(b)

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(3)
        editor_layout.addWidget(self.tree_label)
        editor_layout.addWidget(self.tree, 1)
        editor_layout.addWidget(self.notes)
        editor_layout.addLayout(buttons)

        self.diagram = ChainDiagram()
        self.save_button = button(self.tr("Spara &diagrammet"), self.tr("Spara diagrammet som PNG eller SVG"))
        save_menu = QMenu(self.save_button)
        save_menu.addAction(self.tr("Som &PNG (200 dpi)…"), lambda: self.diagram.export("png"))
        save_menu.addAction(self.tr("Som &SVG…"), lambda: self.diagram.export("svg"))
        self.save_button.setMenu(save_menu)
        self.window_button = button(self.tr("I eget f&önster"), self.tr("Diagrammet i eget fönster"),
                                    self.open_diagram_window)
        self.window_button.setToolTip(self.tr("Diagrammet i ett eget fönster, så stort som skärmen tillåter"))
        self.diagram_pane = QWidget()
        diagram_layout = QVBoxLayout(self.diagram_pane)
        diagram_layout.setContentsMargins(0, 0, 0, 0)
        diagram_layout.setSpacing(3)
        diagram_layout.addWidget(self.diagram, 1)
        row = FlowLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.window_button)
        diagram_layout.addLayout(row)

        # Narrow (a laptop): the editor or the diagram, one at a time, chosen here; wide: side by side.
        self.show_editor = button(self.tr("Redig&erare"), self.tr("Visa redigeraren"))
        self.show_diagram = button(self.tr("Diagramme&t"), self.tr("Visa diagrammet"))
        self.pages = QButtonGroup(self)
        for i, b in enumerate((self.show_editor, self.show_diagram)):
            b.setCheckable(True)
            self.pages.addButton(b, i)
        self.show_editor.setChecked(True)
        self.pages.idClicked.connect(lambda _i: self._arrange())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_editor)
        top.addWidget(self.show_diagram)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)  # a pane can be dragged shut, and open again
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.diagram_pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        for w in (self.tree, self.diagram, self.editor, self.diagram_pane):
            w.setMinimumSize(120, 80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self._wide: bool | None = None
        # A tab page must not make the window taller or wider than the grid's page does: on a very
        # small window the page is squeezed (its parts overlap) rather than the window grown.
        self.setMinimumSize(160, 100)
        self._arrange()
        self._update_buttons()

    @property
    def wide(self) -> bool:
        """The editor and the diagram side by side (else one at a time)."""
        return self.width() >= SIDE_BY_SIDE

    def _arrange(self) -> None:
        wide = self.wide
        self._wide = wide
        self.show_editor.setVisible(not wide)
        self.show_diagram.setVisible(not wide)
        self.editor.setVisible(wide or self.show_editor.isChecked())
        self.diagram_pane.setVisible(wide or self.show_diagram.isChecked())

    def show_page(self, diagram: bool) -> None:
        """On a narrow tab: show the diagram (True) or the editor (False)."""
        (self.show_diagram if diagram else self.show_editor).setChecked(True)
        self._arrange()

    # === following the window =================================================================
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        self.diagram.follow(state)
        self._update_buttons()

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if (now.project, now.focus_area) != (before.project, before.focus_area):
            self._stale = True
            if now.project != before.project:
                self.message.hide()
            self._show_if_visible()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if concerns_chain(changes, self.state.selection.project):
            self._stale = True
            self._show_if_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_if_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.wide != self._wide:
            self._arrange()

    def _show_if_visible(self) -> None:
        """Shown from the state's chain, only while the tab is visible (a hidden tab waits)."""
        state = self.state
        if state is None or not self._stale or not self.isVisible():
            return
        if not state.orm_ready:  # the chain is read with the ORM, loaded after the first frame
            if not self._orm_waiting:
                self._orm_waiting = True
                state.when_orm_ready(self._orm_loaded)
            return
        chain = chain_shown(state)
        code = state.selection.project
        if chain is None and code is not None and state.entry(code) is not None:
            return  # its grid is being read: shown when it arrives
        self._stale = False
        self.show_chain(chain)

    def _orm_loaded(self) -> None:
        self._orm_waiting = False
        self._show_if_visible()

    def show_chain(self, chain: EffectChain | None) -> None:
        """Show ``chain`` in the tree, keeping what was selected (and open) where it still is."""
        current = self.selected()
        self.chain = chain
        self.model.set_chain(chain)
        self.tree.expandAll()
        # The status as wide as its texts, but never more than a third of the tree (the tooltip has all).
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), max(120, self.tree.viewport().width() // 3)))
        if current is not None:
            index = self.model.find(current.key())
            if not index.isValid() and current.box is not None:
                index = self.model.box_index(current.box.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._show_heading()
        self._update_buttons()

    def _show_heading(self) -> None:
        chain = self.chain
        if chain is None:
            self.heading.setText(self.tr("Välj ett projekt för att se dess effektkedja."))
            self.notes.hide()
            return
        if chain.focus_area_number is not None:
            name = next((n for number, n in chain.lanes if number == chain.focus_area_number), "")
            text = self.tr("Effektkedja – {project}, insatsområde {n}. {name}").format(
                project=chain.project_code, n=chain.focus_area_number, name=name)
        else:
            text = self.tr("Effektkedja – {project}, hela projektet").format(project=chain.project_code)
        if chain.status_quarter is not None:
            text += " " + self.tr("(status {quarter})").format(quarter=labels.quarter(chain.status_quarter))
        self.heading.setText(text)
        notes = []
        unplaced = [i.code for i in chain.unplaced_indicators] + [a.code for a in chain.unplaced_activities]
        if unplaced:
            notes.append(self.tr("Inte placerade än: {codes}").format(codes=", ".join(unplaced)))
        notes += list(chain.notes[:4])
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    # === what is selected ===================================================================
    def selected(self) -> ChainNode | None:
        node = self.tree.currentIndex().data(ItemRole) if self.tree.currentIndex().isValid() else None
        return node if isinstance(node, ChainNode) else None

    def selected_box(self) -> ChainBox | None:
        node = self.selected()
        return node.box if node is not None else None

    def select_box(self, code: str) -> bool:
        box = self.chain.box(code) if self.chain is not None else None
        if box is None:
            return False
        self.tree.setCurrentIndex(self.model.box_index(box.id))
        return True

    def select_item(self, box_code: str, item_code: str) -> bool:
        """Select an indicator or activity (its code) in a box (its code)."""
        box = self.chain.box(box_code) if self.chain is not None else None
        if box is None:
            return False
        parent = self.model.box_index(box.id)
        for row in range(self.model.rowCount(parent)):
            node = self.model.index(row, 0, parent).data(ItemRole)
            item = node.indicator or node.activity
            if item is not None and item.code == item_code:
                self.tree.setCurrentIndex(self.model.index(row, 0, parent))
                return True
        return False

    def _write_actions(self) -> tuple[QAction, ...]:
        return (self.new_box_action, self.link_action, self.indicator_action, self.activity_action,
                self.move_action, self.edit_action, self.remove_action, self.up_action, self.down_action)

    def _update_buttons(self) -> None:
        writable = self.state is not None and not self.state.register.read_only and self.chain is not None
        node = self.selected()
        box = node.box if node is not None else None
        on_box = node is not None and node.kind == "box"
        self.new_box_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and box is not None)
        self.remove_action.setEnabled(writable and node is not None and node.kind in
                                      ("box", "indicator", "activity", "link"))
        self.up_action.setEnabled(writable and on_box)
        self.down_action.setEnabled(writable and on_box)
        self.link_action.setEnabled(writable and box is not None)
        self.indicator_action.setEnabled(writable and box is not None)
        self.activity_action.setEnabled(writable and box is not None and box.level is ChainLevel.ACTIVITY)
        self.move_action.setEnabled(writable and node is not None and node.kind in ("indicator", "activity"))
        for b, a in ((self.new_box_button, self.new_box_action), (self.link_button, self.link_action),
                     (self.edit_button, self.edit_action), (self.remove_button, self.remove_action)):
            b.setEnabled(a.isEnabled())
        self.place_button.setEnabled(any(a.isEnabled() for a in (self.indicator_action, self.activity_action,
                                                                 self.move_action)))
        self.more_button.setEnabled(self.up_action.isEnabled() or self.down_action.isEnabled())
        self.save_button.setEnabled(self.chain is not None and not self.chain.is_empty)

    def _menu(self, pos: Any) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        for a in self._write_actions():
            if a.isEnabled():
                menu.addAction(a)
        if not menu.isEmpty():
            menu.exec(self.tree.viewport().mapToGlobal(pos))

    # === writing ============================================================================
    def say(self, text: str, error: bool) -> None:
        self.last_message = text
        self.message.setText(text)
        self.message.setStyleSheet(
            "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 3px;" if error
            else "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 3px;")
        self.message.show()

    def _perform(self, operation: Callable[..., Any], **kwargs: Any) -> str | None:
        """A core operation on the project shown, through the window's state: None when done, or
        the refusal's message (nothing written)."""
        assert self.state is not None and self.chain is not None
        try:
            self.state.perform(partial(operation, project_code=self.chain.project_code,
                                       actor=Actor.here("window"), **kwargs))
        except USER_ERRORS as exc:
            return str(exc)
        return None

    def _run(self, operation: Callable[..., Any], done: str, **kwargs: Any) -> bool:
        """As :meth:`_perform`, the outcome said above the tree."""
        refused = self._perform(operation, **kwargs)
        self.say(refused or done, error=refused is not None)
        return refused is None

    def _open(self, dialog: QDialog) -> bool:
        self.dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _ask(self, text: str) -> bool:
        if self.confirm is not None:
            return self.confirm(text)
        return QMessageBox.question(self, self.tr("Effektkedja"), text) == QMessageBox.StandardButton.Yes

    # --- boxes --------------------------------------------------------------------------------
    def new_box(self) -> bool:
        """A new box on the level selected (in the focus area shown or selected)."""
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.chain_dialogs import BoxDialog

        if self.chain is None or self.state is None or self.state.register.read_only:
            return False
        node = self.selected()
        area = node.lane if node is not None else self.chain.focus_area_number
        if area is None and node is None and self.chain.lanes:
            area = self.chain.lanes[0][0]
        whole = self.state.effect_chain(self.chain.project_code) or self.chain
        dialog = BoxDialog(whole, level=node.level if node is not None else None, focus_area=area, parent=self)
        made: list[str] = []

        def submit(fields: BoxFields) -> str | None:
            assert self.state is not None
            code = whole.project_code
            before = {b.code for b in whole.boxes}
            refused = self._perform(operations.create_box, fields=fields)
            if refused is None:
                after = self.state.effect_chain(code)
                made.extend(b.code for b in (after.boxes if after is not None else ()) if b.code not in before)
            return refused

        dialog.submit = submit
        if not self._open(dialog):
            return False
        if made:
            self.select_box(made[0])
            self.say(self.tr("Rutan {code} är tillagd.").format(code=made[0]), error=False)
        return True

    def edit_selected(self) -> bool:
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.chain_dialogs import BoxDialog

        box = self.selected_box()
        if box is None or self.chain is None or self.state is None or self.state.register.read_only:
            return False
        dialog = BoxDialog(self.state.effect_chain(self.chain.project_code) or self.chain, box, parent=self)
        dialog.submit = lambda fields: self._perform(operations.update_box, box=box.id, fields=fields)
        if not self._open(dialog):
            return False
        self.say(self.tr("Rutan är ändrad."), error=False)
        return True

    def move_selected(self, offset: int) -> bool:
        from hallbar_desktop.services import operations

        node = self.selected()
        if node is None or node.kind != "box" or node.box is None:
            return False
        box_id = node.box.id
        assert self.state is not None and self.chain is not None
        try:
            moved = self.state.perform(partial(operations.move_box, project_code=self.chain.project_code,
                                               box=box_id, offset=offset, actor=Actor.here("window")))
        except USER_ERRORS as exc:
            self.say(str(exc), error=True)
            return False
        self.tree.setCurrentIndex(self.model.box_index(box_id))
        return bool(moved)

    def remove_selected(self) -> bool:
        """Remove the box (with its arrows), the arrow, or the indicator or activity from its box."""
        from hallbar_desktop.services import operations

        node = self.selected()
        if node is None or node.box is None or self.state is None or self.state.register.read_only:
            return False
        box = node.box
        if node.kind == "box":
            if not self._ask(self.tr("Ta bort rutan {code} «{title}» med dess pilar? Det som sitter i den blir "
                                     "oplacerat.").format(code=box.code, title=box.title)):
                return False
            return self._run(operations.delete_box, self.tr("Rutan {code} är borttagen.").format(code=box.code),
                             box=box.id)
        if node.link is not None:
            return self._run(operations.remove_link, self.tr("Pilen från {a} till {b} är borttagen.").format(
                a=box.code, b=node.link.target), source=box.id, target=node.link.target_id)
        if node.indicator is not None:
            return self._run(operations.unplace_indicator, self.tr("Indikatorn {code} är inte längre placerad i "
                                                                   "{box}.").format(code=node.indicator.code,
                                                                                    box=box.code),
                             box=box.id, indicator_code=node.indicator.code)
        if node.activity is not None:
            return self._run(operations.unplace_activity, self.tr("Aktiviteten {code} är inte längre placerad i "
                                                                  "{box}.").format(code=node.activity.code,
                                                                                   box=box.code),
                             box=box.id, activity_code=node.activity.code)
        return False

    # --- arrows -------------------------------------------------------------------------------
    def new_link(self) -> bool:
        """An arrow from the selected box to another box of its chain."""
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.chain_dialogs import LinkDialog

        box = self.selected_box()
        if box is None or self.chain is None or self.state is None or self.state.register.read_only:
            return False
        whole = self.state.effect_chain(self.chain.project_code) or self.chain
        dialog = LinkDialog(whole, box, parent=self)

        def submit(choice: LinkChoice) -> str | None:
            return self._perform(operations.add_link, source=box.id, target=choice.target_id,
                                 skips_result=choice.skips_result, note=choice.note)

        dialog.submit = submit
        if not self._open(dialog):
            return False
        self.say(self.tr("Pilen från {code} är tillagd.").format(code=box.code), error=False)
        return True

    # --- what sits in a box ----------------------------------------------------------------
    def place_indicator(self) -> bool:
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.models import indicator_candidates

        box = self.selected_box()
        if box is None or self.chain is None or self.state is None:
            return False
        whole = self.state.effect_chain(self.chain.project_code) or self.chain
        return self._place(box, indicator_candidates(whole, box), operations.place_indicator, "indicator_code",
                           self.tr("Placera en indikator i {code}").format(code=box.code),
                           self.tr("En indikator sitter på en nivå i kedjan, den som dess effektlogiknivå säger. "
                                   "En indikator som sitter i en annan ruta flyttas hit."))

    def place_activity(self) -> bool:
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.models import activity_candidates

        box = self.selected_box()
        if box is None or self.chain is None or self.state is None:
            return False
        whole = self.state.effect_chain(self.chain.project_code) or self.chain
        return self._place(box, activity_candidates(whole, box), operations.place_activity, "activity_code",
                           self.tr("Placera en aktivitet i {code}").format(code=box.code),
                           self.tr("Aktivitetsplanens aktiviteter sitter bland aktiviteterna, var och en i en ruta. "
                                   "En aktivitet som sitter i en annan ruta flyttas hit."))

    def _place(self, box: ChainBox, candidates: list[Candidate], operation: Callable[..., Any], key: str,
               title: str, explanation: str) -> bool:
        from hallbar_desktop.ui.effects.chain_dialogs import PlaceDialog

        if self.state is None or self.state.register.read_only:
            return False
        dialog = PlaceDialog(title, explanation, candidates, parent=self)
        placed: list[str] = []

        def submit(candidate: Candidate) -> str | None:
            refused = self._perform(operation, box=box.id, move=candidate.holder is not None,
                                    **{key: candidate.code})
            if refused is None:
                placed.append(candidate.code)
            return refused

        dialog.submit = submit
        if not self._open(dialog):
            return False
        self.select_item(box.code, placed[0])
        self.say(self.tr("{code} är placerad i {box}.").format(code=placed[0], box=box.code), error=False)
        return True

    def move_item(self) -> bool:
        """Move the selected indicator or activity to another box of its chain."""
        from hallbar_desktop.services import operations
        from hallbar_desktop.ui.effects.chain_dialogs import MoveDialog

        node = self.selected()
        if node is None or node.box is None or self.chain is None or self.state is None:
            return False
        item = node.indicator or node.activity
        if item is None or self.state.register.read_only:
            return False
        whole = self.state.effect_chain(self.chain.project_code) or self.chain
        lanes = {node.box.focus_area_number, None} | ({item.focus_area_number} if item.focus_area_number else set())
        targets = [b for b in whole.boxes if b.id != node.box.id and b.focus_area_number in lanes
                   and (node.activity is None or b.level is ChainLevel.ACTIVITY)]
        dialog = MoveDialog(self.tr("Flytta {code} till en annan ruta").format(code=item.code), targets, parent=self)
        operation, key = ((operations.place_indicator, "indicator_code") if node.indicator is not None
                          else (operations.place_activity, "activity_code"))
        moved_to: list[int] = []

        def submit(target_id: int) -> str | None:
            refused = self._perform(operation, box=target_id, move=True, **{key: item.code})
            if refused is None:
                moved_to.append(target_id)
            return refused

        dialog.submit = submit
        if not self._open(dialog):
            return False
        target = self.chain.box(moved_to[0]) if self.chain is not None else None
        if target is not None:
            self.select_item(target.code, item.code)
            self.say(self.tr("{code} är flyttad till {box}.").format(code=item.code, box=target.code), error=False)
        return True

    # --- the diagram ----------------------------------------------------------------------------
    def has_figures(self) -> bool:
        """A diagram is being drawn in the renderer thread (its figure exists until it is drawn)."""
        return self.diagram.has_figures() or (self.diagram_window is not None
                                              and self.diagram_window.diagram.has_figures())

    def open_diagram_window(self) -> DiagramWindow | None:
        """The diagram in a window of its own (it follows the selection as the tab does)."""
        if self.state is None:
            return None
        if self.diagram_window is None:
            self.diagram_window = DiagramWindow(self.state, self.window())
        self.diagram_window.show()
        self.diagram_window.raise_()
        return self.diagram_window


__all__ = ["ChainView"]
