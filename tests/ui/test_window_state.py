"""The window's state and selection as other features use them: a new pane follows by itself,
a write is read back once, a description of a write made elsewhere is enough for every pane,
and a reading that comes back after the register was read again is dropped."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services import grid_rows
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.entry import CellEdit, apply_edits
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui import background
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.window.selection import Selected, Selection
from hallbar_desktop.ui.window.state import RegisterState
from tests.ui.conftest import column, select, type_in_cell

Q = Quarter.parse


class FollowingPane(QLabel):
    """A pane written later (say, the activities of issue 18): it only implements ``follow``."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[Changes] = []
        self.projects: list[str | None] = []

    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self.heard.append)
        state.selection.changed.connect(lambda now, _before: self.projects.append(now.project))


def test_a_new_pane_follows_the_state_and_the_selection_without_wiring(qtbot: QtBot, window: MainWindow) -> None:
    pane = FollowingPane()
    window.add_side_pane(pane, "Aktiviteter")
    select(window, "RJL", "1.2")
    assert pane.projects[-1] == "RJL"
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    type_in_cell(qtbot, window, row, col, "11")
    assert pane.heard[-1] == Changes("RJL", frozenset({"1.2"}), frozenset({Q("2022Q3")}))
    assert pane.heard[-1].concerns(window.current_project_code())


def test_a_write_reads_its_rows_once(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[set[str]] = []
    real = grid_rows.refreshed_rows

    def counted(reader: Any, grid: Any, codes: Any, **kwargs: Any) -> Any:
        calls.append(set(codes))
        return real(reader, grid, codes, **kwargs)

    monkeypatch.setattr(grid_rows, "refreshed_rows", counted)
    select(window, "RJL", "1.2")
    row, col = window.grid_model.row_of("1.2"), column(window, "2022Q3")
    assert row is not None
    window.table.setCurrentIndex(window.grid_model.index(row, col))
    window.table.setFocus()
    window.value_entry.paste("11\t12\n13\t14\n")  # two indicators, one write
    assert calls == [{"1.2", "1.3"}]


def test_a_change_described_from_elsewhere_reaches_every_pane(qtbot: QtBot, window: MainWindow,
                                                             demo_path: Path) -> None:
    """Another program writes (another window on a shared server); its description is enough."""
    select(window, "RJL", "3.1")
    window.table.setCurrentIndex(window.grid_model.index(window.grid_model.row_of("3.1"), column(window, "2022Q4")))  # type: ignore[arg-type]
    other = open_register(demo_path)
    try:
        with other.transaction() as s:
            changed = apply_edits(s, "RJL", [CellEdit.typed("3.1", Q("2022Q4"), "40 av 40")], Actor("eva", "window"))
    finally:
        other.close()
    assert changed
    window.state.apply(Changes.of_values("RJL", [("3.1", Q("2022Q4"))]))
    index = window.grid_model.index(window.grid_model.row_of("3.1"), column(window, "2022Q4"))  # type: ignore[arg-type]
    assert index.data().startswith("100\u00a0%")
    assert window.navigator_model.find(("RJL", "3.1")).data().startswith("● 3.1 ")  # green now
    assert window.details.cell_title.text().startswith("3.1 · 2022 kv 4: 100")
    assert "eva" in window.details.entered.text()


def test_the_selection_asks_its_guards_before_the_value_changes() -> None:
    selection = Selection()
    answers: list[bool] = [False, True]
    asked: list[tuple[Selected, Selected | None]] = []

    def guard(now: Selected, wanted: Selected | None) -> bool:
        asked.append((now, wanted))
        return answers.pop(0)

    heard: list[Selected] = []
    selection.changed.connect(lambda now, _before: heard.append(now))
    assert selection.select("RJL", None, "1.2", Q("2022Q3"))  # no guard yet
    selection.add_guard(guard)
    assert selection.select(focus_area=1)  # the same value: not asked
    assert asked == []
    assert not selection.select(indicator="1.3")  # the guard keeps the value selected
    assert selection.indicator == "1.2" and len(heard) == 2
    assert selection.select(indicator="1.3")
    assert selection.current == Selected("RJL", 1, "1.3", Q("2022Q3"))
    assert [w.indicator for _n, w in asked if w is not None] == ["1.3", "1.3"]
    assert selection.select(project="RJH", ask=False)  # the register no longer holds it: not asked
    assert len(asked) == 2


def test_a_grid_read_before_the_register_was_read_again_is_dropped(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RegisterState, "background_from", 1)  # read in workers
    held, release = threading.Event(), threading.Event()
    real = background.read_grid

    def slow(register: Any, code: str) -> Any:
        if code == "RJL":
            held.set()
            release.wait(30)
        return real(register, code)

    monkeypatch.setattr(background, "read_grid", slow)
    register = open_register(demo_path)
    state = RegisterState(register)
    try:
        state.reload()
        qtbot.waitUntil(lambda: not state.loading and bool(state.entries), timeout=30_000)
        heard: list[Changes] = []
        state.changed.connect(heard.append)
        assert state.grid("RJL") is None and state.reading_grid("RJL")  # asked for: read in a worker
        qtbot.waitUntil(held.is_set, timeout=30_000)
        generation = state.generation
        state.reload(first="RJH")  # F5 meanwhile
        assert state.generation == generation + 1
        release.set()
        qtbot.waitUntil(lambda: not state.busy, timeout=30_000)
        assert state.cached_grid("RJL") is None  # the old reading's grid was not kept
        assert all(not c.concerns("RJL") or c == Changes.everything() for c in heard)
    finally:
        release.set()
        state.close()
        register.close()


def test_the_last_selection_is_kept_per_register(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    from hallbar_desktop.store.backup import backup_sqlite
    from hallbar_desktop.ui.settings import Settings

    settings = Settings(tmp_path / "s.ini")
    first = MainWindow(open_register(demo_path), settings)
    qtbot.addWidget(first)
    select(first, "RJL", "3.1")
    first.close()
    copy = backup_sqlite(demo_path, tmp_path / "kopia.sqlite")
    other = MainWindow(open_register(copy), settings)  # another register: its own first project
    qtbot.addWidget(other)
    assert other.current_project_code() == "RJH"
    other.close()
    again = MainWindow(open_register(demo_path), settings)
    qtbot.addWidget(again)
    assert again.current_indicator() == ("RJL", "3.1")
    again.close()


def test_an_import_from_the_file_menu_shows_in_the_grid_at_once(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    from PySide6.QtWidgets import QDialog, QFileDialog

    from hallbar_desktop.reporting.excel_template import COLUMNS, INPUT_SHEET, export_template
    from hallbar_desktop.ui.excel_actions import ImportPreviewDialog

    select(window, "RJL", "2.4")
    with window.register.reading() as s:
        path = export_template(s, "RJL", "2022Q4", tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "2.4")
    ws.cell(row, COLUMNS["value"]).value = 131
    wb.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    heard: list[Changes] = []
    window.state.changed.connect(heard.append)
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    assert heard == [Changes("RJL", frozenset({"2.4"}), frozenset({Q("2022Q4")}))]
    index = window.grid_model.index(window.grid_model.row_of("2.4"), column(window, "2022Q4"))  # type: ignore[arg-type]
    assert index.data().startswith("131")
