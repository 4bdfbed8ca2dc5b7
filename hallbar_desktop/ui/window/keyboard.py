"""Everything by keyboard: the tabs (Ctrl+1…9, Ctrl+PgUp/PgDn), the panes (F6), the grid's
context menu, a visible focus frame, and the Hjälp menu (shortcuts, a short guide, about).

A project leader on a laptop on a train works without a mouse: every function has a menu entry
with a shortcut (tests/ui/test_keyboard.py walks the menu bar), the keyboard's focus is drawn
plainly, and Hjälp → Kortkommandon lists the shortcuts from the menus themselves.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from hallbar_desktop.ui.main_window import MainWindow

#: The keyboard's focus, drawn plainly (WCAG 2.4.7 Focus Visible; EN 301 549 11.2.4.7): a 2 px
#: frame in a blue with a contrast of 5.7:1 against white around the control that has it.
FOCUS_COLOUR = "#1565c0"
FOCUS_STYLE = f"""
QAbstractItemView:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QTabBar:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
"""


def tab_shortcut(i: int) -> str:
    return f"Ctrl+{i + 1}"


class Keyboard(QObject):
    """Installs the window's keyboard paths; made once the window's tabs and panes exist."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tab_actions: list[QAction] = []
        window.setStyleSheet(FOCUS_STYLE)
        self._name_tabs()
        self._tab_menu(window.menu("view"))
        self._pane_actions(window.menu("view"))
        self._grid_menu()
        self._chart_action(window.menu("file"))
        self._help_menu()

    # --- the tabs ---------------------------------------------------------------------------
    def _name_tabs(self) -> None:
        """What a screen reader says for the tabs and the page of each (its tab's text)."""
        w = self.window
        w.tabs.setAccessibleName(self.tr("Flikar"))
        for i in range(w.tabs.count()):
            page = w.tabs.widget(i)
            if page is not None and not page.accessibleName():
                page.setAccessibleName(_plain(w.tabs.tabText(i)))
        w.table.setAccessibleDescription(self.tr(
            "En rad per indikator, en kolumn per kvartal. Skriv för att ändra ett värde, Enter sparar. "
            "Status visas med symbol: ● grön, ▲ gul, ■ röd, ○ grå (värde saknas). Menytangenten öppnar "
            "cellens meny."))

    def _tab_menu(self, view: QMenu) -> None:
        w = self.window
        menu = view.addMenu(self.tr("&Flikar"))
        self.next_tab_action = w._action(menu, self.tr("&Nästa flik"), "Ctrl+PgDown", lambda: self.step_tab(1))
        self.previous_tab_action = w._action(menu, self.tr("&Föregående flik"), "Ctrl+PgUp",
                                             lambda: self.step_tab(-1))
        menu.addSeparator()
        for i in range(min(w.tabs.count(), 9)):
            action = w._action(menu, f"&{i + 1} {w.tabs.tabText(i)}", tab_shortcut(i), partial(self.show_tab, i))
            self.tab_actions.append(action)

    def show_tab(self, i: int) -> None:
        """The tab ``i`` shown, and the keyboard in its first control."""
        w = self.window
        w.tabs.setCurrentIndex(i)
        page = w.tabs.widget(i)
        if page is w.plan.activities_page:
            w.plan.show_activities()
        elif page is w.plan.economy_page:
            w.plan.show_economy()
        elif page is not None:
            _focus_first(page)

    def step_tab(self, step: int) -> None:
        count = self.window.tabs.count()
        if count:
            self.show_tab((self.window.tabs.currentIndex() + step) % count)

    # --- the panes --------------------------------------------------------------------------
    def _pane_actions(self, view: QMenu) -> None:
        w = self.window
        view.addSeparator()
        self.next_pane_action = w._action(view, self.tr("Nästa &fönsterdel"), "F6", lambda: self.step_pane(1))
        self.previous_pane_action = w._action(view, self.tr("Föregående fö&nsterdel"), "Shift+F6",
                                              lambda: self.step_pane(-1))

    def panes(self) -> list[QWidget]:
        """Where F6 goes, in order: the project box, the navigator, the tab bar, the shown tab,
        the details (the comment), the chart."""
        w = self.window
        shown = w.tabs.currentWidget()
        parts: list[QWidget] = [w.project_box, w.navigator, w.tabs.tabBar()]
        if shown is not None:
            parts.append(shown)
        if w.details_dock.isVisible():
            parts.append(w.details.comment if w.details.comment.isEnabled() else w.details.history)
        return [p for p in parts if p.isVisible() and p.isEnabled()]

    def step_pane(self, step: int) -> None:
        parts = self.panes()
        if not parts:
            return
        focus = self.window.focusWidget()
        at = next((i for i, p in enumerate(parts) if focus is not None and (focus is p or p.isAncestorOf(focus))),
                  -1 if step > 0 else 0)
        target = parts[(at + step) % len(parts)]
        if target is self.window.details.comment or target is self.window.details.history:
            self.window.focus_comment()
        else:
            _focus_first(target)

    # --- the grid's context menu -------------------------------------------------------------
    def _grid_menu(self) -> None:
        w = self.window
        self.history_action = w._action(w.menu("edit"), self.tr("Visa &historiken"), "Ctrl+Shift+H", self.show_history)
        table = w.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._grid_menu_requested)

    def grid_menu(self) -> QMenu:
        """What a right-click (or the menu key, Shift+F10) in the grid offers: the Edit menu's
        actions for the cell, with their shortcuts."""
        w = self.window
        menu = QMenu(w.table)
        menu.setAccessibleName(self.tr("Cellens meny"))
        for action in (w.copy_action, w.paste_action, w.clear_action, None, w.edit_cell_action, w.comment_action,
                       self.history_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _grid_menu_requested(self, pos: QPoint) -> None:
        menu = self.grid_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.window.table.viewport().mapToGlobal(pos))

    def show_history(self) -> None:
        """The selected value's history in the details pane, with the keyboard in it."""
        w = self.window
        w.details_dock.show()
        w.details_dock.raise_()
        w.details.history.setFocus()

    # --- the chart ----------------------------------------------------------------------------
    def _chart_action(self, file_menu: QMenu) -> None:
        """The chart below the grid saved without the mouse (its right-click menu does the same)."""
        w = self.window
        self.save_chart_action = QAction(self.tr("Spara &diagrammet som bild…"), w)
        self.save_chart_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.save_chart_action.triggered.connect(lambda _checked=False: self.save_chart())
        file_menu.insertAction(w.backup_action, self.save_chart_action)
        file_menu.insertSeparator(w.backup_action)

    def save_chart(self) -> Path | None:
        """Ask for a PNG (300 dpi) or SVG file and save the selected indicator's chart in it."""
        from hallbar_desktop.ui import file_dialogs

        pane = self.window.chart_pane
        sel = self.window.selection.current
        if pane.chart is None or sel.indicator is None:
            self.window.say(self.tr("Välj en indikator med ett diagram först."))
            return None
        chosen = file_dialogs.save_file_name(self.window, file_dialogs.CHART, self.tr("Spara diagram"),
                                             f"{sel.project}-{sel.indicator}.png", "PNG (*.png);;SVG (*.svg)")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + ".png")
        return pane.export(path.suffix.lower()[1:], path)

    # --- Hjälp --------------------------------------------------------------------------------
    def _help_menu(self) -> None:
        w = self.window
        menu = w._menus["help"] = w.menuBar().addMenu(self.tr("&Hjälp"))
        self.guide_action = w._action(menu, self.tr("&Användarguide"), "F1", self.show_guide)
        self.shortcuts_action = w._action(menu, self.tr("&Kortkommandon"), "Ctrl+F1", self.show_shortcuts)
        menu.addSeparator()
        self.about_action = w._action(menu, self.tr("&Om programmet"), "Shift+F1", self.show_about)

    def shortcuts(self) -> list[tuple[str, str, str]]:
        """(menu, entry, shortcut) of every menu entry, as the menus show them."""
        rows: list[tuple[str, str, str]] = []

        def walk(menu: QMenu, path: str) -> None:
            for action in menu.actions():
                if action.isSeparator():
                    continue
                sub = action.menu()
                if isinstance(sub, QMenu):
                    if sub is not self.window.recent_menu:
                        walk(sub, f"{path} → {_plain(action.text())}")
                    continue
                keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                rows.append((path, _plain(action.text()), keys))

        for top in self.window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, _plain(top.text()))
        return rows

    def shortcuts_dialog(self) -> QDialog:
        rows = self.shortcuts()
        dialog = _Dialog(self.window, self.tr("Kortkommandon"))
        intro = QLabel(self.tr(
            "Alla funktioner nås med tangentbordet. Tabb och Skift+Tabb flyttar mellan kontrollerna, F6 mellan "
            "fönsterdelarna, Alt och den understrukna bokstaven öppnar en meny. I tabellen: skriv för att ändra, "
            "Enter sparar och går nedåt, Tabb åt höger, menytangenten eller Skift+F10 öppnar cellens meny. "
            "I navigatorn: skriv en indikators kod (till exempel 3.1) för att gå till den."))
        intro.setWordWrap(True)
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Meny"), self.tr("Funktion"), self.tr("Kortkommando")])
        table.setAccessibleName(self.tr("Kortkommandon"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        dialog.content.addWidget(intro)
        dialog.content.addWidget(table, 1)
        dialog.table = table  # type: ignore[attr-defined]
        dialog.resize(720, 560)
        return dialog

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog().open()

    def guide_dialog(self) -> QDialog:
        dialog = _Dialog(self.window, self.tr("Användarguide"))
        text = QTextBrowser()
        text.setAccessibleName(self.tr("Användarguide"))
        text.setOpenExternalLinks(False)
        text.setHtml(self.tr(
            "<h2>Kom igång</h2>"
            "<ol><li><b>Välj projekt</b> i rutan överst till vänster (Alt+0), eller öppna demoregistret "
            "(Arkiv → Öppna demoregistret).</li>"
            "<li><b>Välj en indikator</b> i navigatorn (Alt+1). Skriv koden, till exempel 3.1, för att gå "
            "direkt till den.</li>"
            "<li><b>Skriv värdet</b> i tabellen (Alt+2) i kvartalets kolumn och tryck Enter. Andelar kan "
            "skrivas som 85 eller 34 av 40, milstolpar som ja, nej eller ett datum.</li>"
            "<li><b>Förklara värdet</b> i kommentarsfältet (Skift+F2); Ctrl+Enter sparar.</li>"
            "<li><b>Följ upp</b> på fliken Resultatkort (Ctrl+2) och i diagrammet under tabellen.</li>"
            "<li><b>Inför styrgruppsmötet</b>: Styrgrupp → Inför mötet (Ctrl+Skift+G) visar vad som saknas; "
            "Möten, beslut och fastställande (Ctrl+G) fastställer kvartalet.</li>"
            "<li><b>Rapportera</b>: Arkiv → Exportera rapport till Excel (Ctrl+E), lägesrapport (Word) och "
            "ekonomisk redovisning.</li></ol>"
            "<p>Status visas alltid med symbol och text, inte bara med färg: ● grön, ▲ gul, ■ röd, "
            "○ grå (värde saknas).</p>"
            "<p>Hjälp → Kortkommandon (Ctrl+F1) listar alla kortkommandon.</p>"))
        dialog.content.addWidget(text, 1)
        dialog.resize(640, 520)
        return dialog

    def show_guide(self) -> None:
        self.guide_dialog().open()

    def about_dialog(self) -> QDialog:
        from hallbar_desktop import APP_NAME

        dialog = _Dialog(self.window, self.tr("Om {app}").format(app=APP_NAME))
        text = QLabel(self.tr(
            "<h2>{app} {version}</h2>"
            "<p>Uppföljning av hållbarhetsprojekt i regional utveckling: indikatorer per insatsområde, "
            "kvartalsvärden, status, styrgruppens möten och rapporter till Tillväxtverket.</p>"
            "<p>Licens: {licence}. Programmet levereras i befintligt skick, utan garantier; se filen "
            "LICENSE.</p>"
            "<p>Byggt med Python {python}, Qt {qt} (PySide6), SQLAlchemy, matplotlib, openpyxl och "
            "ReportLab.</p>").format(app=APP_NAME, version=program_version(), licence=program_licence(),
                                     python=_python_version(), qt=_qt_version()))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        dialog.content.addWidget(text)
        dialog.text = text  # type: ignore[attr-defined]
        dialog.resize(480, 300)
        return dialog

    def show_about(self) -> None:
        self.about_dialog().open()


class _Dialog(QDialog):
    """A help window: its content, and Stäng (Escape)."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.content = QVBoxLayout()
        layout.addLayout(self.content, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


def _focus_first(widget: QWidget) -> None:
    """The keyboard in ``widget``, or in its first control that takes it."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    for child in widget.findChildren(QWidget):
        if child.isVisibleTo(widget) and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            child.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def program_version() -> str:
    """The installed package's version (its metadata), else the source's."""
    from importlib import metadata

    try:
        return metadata.version("hallbar-desktop")
    except metadata.PackageNotFoundError:  # a PyInstaller bundle without the metadata
        from hallbar_desktop import __version__

        return __version__


def program_licence() -> str:
    from importlib import metadata

    try:
        meta = metadata.metadata("hallbar-desktop")
    except metadata.PackageNotFoundError:
        return "MIT"
    for key in ("License-Expression", "License"):
        found = meta.get_all(key) or []
        if found and found[0]:
            return str(found[0])
    return "MIT"


def _python_version() -> str:
    import platform

    return platform.python_version()


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()
