"""File → Restore and opening a register another instance has, with real dialogs offscreen.

Modal dialogs are answered from a timer, as a user would click them, one after the other.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store.backups import list_backups
from hallbar_desktop.store.register import Register, open_register
from hallbar_desktop.ui.register_opening import open_with_lock_prompt
from hallbar_desktop.ui.restore_dialog import RestoreDialog, restore_from_backup
from tests.ui.conftest import select

Handler = Callable[[QWidget], None]


def answer_modals(handlers: list[Handler]) -> list[str]:
    """Answer the next modal dialogs in order; returns the titles/texts seen, for assertions."""
    seen: list[str] = []
    done: set[int] = set()

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is not None and id(w) not in done and w.isVisible():
            done.add(id(w))
            seen.append(w.windowTitle() + " | " + (w.text() if isinstance(w, QMessageBox) else ""))
            handlers.pop(0)(w)
        if handlers:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click(button: QMessageBox.StandardButton) -> Handler:
    def handle(w: QWidget) -> None:
        assert isinstance(w, QMessageBox)
        w.button(button).click()
    return handle


def choose_row(row: int) -> Handler:
    def handle(w: QWidget) -> None:
        assert isinstance(w, RestoreDialog)
        w.select_row(row)
        assert w.restore_button.isEnabled()
        w.restore_button.click()
    return handle


def _value(reg: Register) -> float | None:
    with reg.reading() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        return next((m.value for m in ind.measurements if m.quarter == "2022Q4"), None)


def _set(reg: Register, text: str) -> None:
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "RJL"), "1.2")
        record_value(s, ind, "2022Q4", validated_input(ind, text=text), Actor("t", "window"))


def test_the_list_shows_date_reason_and_what_each_backup_holds(qtbot: QtBot, demo_path: Path) -> None:
    open_register(demo_path).close()  # the day's first opening makes a backup
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[1] == "dagens första öppning" and cells[2] == "RJH, RJL" and int(cells[3]) > 200
    assert cells[4][:4].isdigit()
    assert not dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_window_brings_the_morning_back(qtbot: QtBot, demo_path: Path) -> None:
    reg = open_register(demo_path)  # as the window holds it; the morning backup is made here
    before = _value(reg)
    _set(reg, "777")
    seen = answer_modals([choose_row(0), click(QMessageBox.StandardButton.Yes), click(QMessageBox.StandardButton.Ok)])
    assert restore_from_backup(None, reg) is True
    assert _value(reg) == before  # the open register sees the restored content
    assert any("tidigare innehållet finns kvar" in s for s in seen)
    assert list_backups(demo_path)[0].reason.value == "before-restore"
    _set(reg, "5")  # and it still takes changes
    reg.close()


def test_cancelling_changes_nothing(qtbot: QtBot, demo_path: Path) -> None:
    reg = open_register(demo_path)
    _set(reg, "777")
    answer_modals([choose_row(0), click(QMessageBox.StandardButton.No)])
    assert restore_from_backup(None, reg) is False
    assert _value(reg) == 777
    reg.close()


HOLDER = textwrap.dedent(
    """
    import sys
    from hallbar_desktop.store.register import open_register
    reg = open_register(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def other_instance(tmp_path: Path, demo_path: Path):  # type: ignore[no-untyped-def]
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    proc = subprocess.Popen([sys.executable, str(script), str(demo_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    proc.communicate("\n", timeout=30)


def test_a_register_in_use_elsewhere_opens_read_only_when_asked(qtbot: QtBot, demo_path: Path,
                                                                other_instance) -> None:
    seen = answer_modals([click(QMessageBox.StandardButton.Yes)])
    reg = open_with_lock_prompt(None, demo_path)
    assert reg is not None and reg.read_only
    assert "används redan av" in seen[0] and "skrivskyddat" in seen[0]
    assert _value(reg) is not None
    reg.close()


def test_restore_is_not_offered_on_a_read_only_register(qtbot: QtBot, demo_path: Path, other_instance) -> None:
    reg = open_register(demo_path, read_only=True)
    seen = answer_modals([click(QMessageBox.StandardButton.Ok)])
    assert restore_from_backup(None, reg) is False
    assert "skrivskyddat" in seen[0]
    reg.close()


def test_declining_read_only_opens_nothing(qtbot: QtBot, demo_path: Path, other_instance) -> None:
    answer_modals([click(QMessageBox.StandardButton.No)])
    assert open_with_lock_prompt(None, demo_path) is None


def test_a_damaged_register_offers_its_backups_and_opens_after_the_restore(qtbot: QtBot, demo_path: Path) -> None:
    open_register(demo_path).close()  # morning backup
    demo_path.write_bytes(b"SQLite format 3\x00" + bytes(8192 - 16))

    def restore_button(w: QWidget) -> None:
        assert isinstance(w, QMessageBox) and "skadat" in w.text()
        buttons = [b for b in w.buttons() if "säkerhetskopia" in b.text()]
        assert buttons
        buttons[0].click()

    answer_modals([restore_button, choose_row(0), click(QMessageBox.StandardButton.Yes),
                   click(QMessageBox.StandardButton.Ok)])
    reg = open_with_lock_prompt(None, demo_path)
    assert reg is not None and not reg.read_only and _value(reg) is not None
    reg.close()


def test_file_menu_restore_puts_the_backup_in_the_grid(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    """Arkiv → Återställ en säkerhetskopia: the window shows the restored value at once."""
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.settings import Settings

    reg = open_register(demo_path)  # the morning backup
    before = _value(reg)
    _set(reg, "777")
    window = MainWindow(reg, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.restore_action.shortcut().toString()
    select(window, "RJL", "1.2")

    def shown() -> str:
        row = window.grid_model.row_of("1.2")
        col = window.grid_model.column_of(Quarter.parse("2022Q4"))
        return str(window.grid_model.index(row, col).data())

    qtbot.waitUntil(lambda: window.grid_model.row_of("1.2") is not None)
    assert shown().startswith("777")
    answer_modals([choose_row(0), click(QMessageBox.StandardButton.Yes), click(QMessageBox.StandardButton.Ok)])
    window.restore_action.trigger()
    assert _value(reg) == before
    qtbot.waitUntil(lambda: not shown().startswith("777"))
    window.close()
