"""Accessibility as EN 301 549 asks of public-sector software: every control a person can reach
has a name a screen reader reads out, status is never told by colour alone, and text on the
status colours has a contrast of at least 4.5:1 (WCAG 2.1, 1.4.3)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import select


def reachable(root: QWidget) -> Iterable[QWidget]:
    """The controls of ``root`` the keyboard reaches (shown, enabled, taking the Tab key)."""
    for w in [root, *root.findChildren(QWidget)]:
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root:
            yield w


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def named(widget: QWidget) -> bool:
    """A name of its own, or (the line edit inside a spin box) of the control it stands in for."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    parent = widget.parentWidget()
    inside = parent is not None and (parent.focusProxy() is widget or isinstance(parent, QAbstractSpinBox | QComboBox))
    return bool(accessible_name(widget)) or (inside and bool(accessible_name(parent)))


def nameless(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or ''} in {type(w.parentWidget()).__name__}".strip()
            for w in reachable(root) if not named(w)]


def test_every_control_of_the_window_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    assert len(list(reachable(window))) >= 8  # the status bar, panes, tabs, grid, comment, history
    assert nameless(window) == []


@pytest.mark.parametrize("tab", range(6))
def test_every_control_on_every_tab_has_an_accessible_name(qtbot: QtBot, window: MainWindow, tab: int) -> None:
    select(window, "RJL", "3.1")
    window.keyboard.show_tab(tab)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == tab)
    assert nameless(window) == []


def test_the_dialogs_controls_have_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    from hallbar_desktop.services.views import FocusAreaInfo
    from hallbar_desktop.ui.settings_dialog import SettingsDialog
    from hallbar_desktop.ui.structure_dialogs import FocusAreaDialog, IndicatorDialog, ProjectDialog

    select(window, "RJL", "3.1")
    area = FocusAreaInfo(id=1, project_id=1, number=1, name="Hållbarhetssäkring", purpose="", archived=False)
    dialogs: list[QDialog] = [SettingsDialog("sv", window, backup_keep=20), ProjectDialog(parent=window),
                              FocusAreaDialog(parent=window), IndicatorDialog([area], parent=window),
                              window.plan.open_budget(), window.keyboard.shortcuts_dialog(),
                              window.keyboard.about_dialog(), window.keyboard.guide_dialog()]
    dialogs += [window.open_steering(), window.open_portfolio()]
    for dialog in dialogs:
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert nameless(dialog) == [], (dialog.windowTitle(), nameless(dialog))
        dialog.close()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_text_on_every_status_colour_has_a_contrast_of_at_least_4_5(window: MainWindow) -> None:
    """The text drawn on each light's colour: the grid's and navigator's cells (the palette's
    text, and the grey of a locked quarter), the refused value's message, and the figures the
    scorecard chart writes on its bars."""
    from hallbar_desktop.domain.status import Light
    from hallbar_desktop.reporting.charts import COLOURS
    from hallbar_desktop.ui.grid_model import LIGHT_COLOURS, LOCKED_TEXT

    texts = [window.table.palette().text().color(), LOCKED_TEXT]
    for light in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY):
        for text in texts:
            ratio = contrast(text, LIGHT_COLOURS[light])
            assert ratio >= 4.5, (light, text.name(), LIGHT_COLOURS[light].name(), round(ratio, 2))
        on_bar = QColor("white") if light in (Light.GREEN, Light.RED) else QColor("black")
        assert contrast(on_bar, QColor(COLOURS[light])) >= 4.5, (light, COLOURS[light])
    assert contrast(QColor("#7f1d1d"), QColor("#fff4e5")) >= 4.5  # the refused value's message
    assert contrast(QColor("#b71c1c"), window.palette().window().color()) >= 4.5


def test_status_is_never_told_by_colour_alone(window: MainWindow) -> None:
    from hallbar_desktop.domain.status import SYMBOL, Light

    select(window, "RJL", "3.1")
    symbols = {SYMBOL[li] for li in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)}
    assert len(symbols) == 4
    assert any(s in window.status_line.summary_label.text() for s in symbols)
    item = window.navigator.currentIndex()
    assert any(s in str(item.data(Qt.ItemDataRole.DisplayRole)) for s in symbols | {""})
