"""A large register is read in a worker thread: the window is on screen at once, answers while
the projects are read, shows the progress, and the user can cancel and keep what was read.

The worker is held at a known point (a gate inside the catalogue reading) while the test looks at
the window, so nothing here depends on how fast the machine is.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui import background
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import Settings
from hallbar_desktop.ui.window.state import RegisterState
from tests.benchmarks.large_register import build

PROJECTS = 12  # × 2 focus areas × 5 indicators × 40 quarters = 4,800 values
BATCH = 5


@pytest.fixture
def large_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    assert build(path, PROJECTS, focus_areas=2, indicators=5, quarters=40) == 4800
    return path


class Gate:
    """Holds the worker inside its second batch of projects until the test opens the gate."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.batches = 0
        real = background.list_projects

        def gated(session: Any, **kwargs: Any) -> Any:
            self.batches += 1
            if self.batches == 2:
                self.reached.set()
                self.opened.wait(60)
            return real(session, **kwargs)

        monkeypatch.setattr(background, "list_projects", gated)
        monkeypatch.setattr(background, "CATALOGUE_BATCH", BATCH)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    monkeypatch.setattr(RegisterState, "background_from", 1000)  # the 4,800 values count as large
    g = Gate(monkeypatch)
    yield g
    g.opened.set()  # never leave a worker waiting


@pytest.fixture
def window(qtbot: QtBot, large_path: Path, gate: Gate, tmp_path: Path) -> Iterator[MainWindow]:
    reg = open_register(large_path)
    w = MainWindow(reg, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    gate.opened.set()
    w.close()
    reg.close()


def test_the_window_answers_while_a_large_register_is_read(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    # The constructor returned and the window is shown while the projects are still being read.
    assert window.loading and window.isVisible()
    assert window.stack.currentWidget() is window.grid_pane  # not the empty register's page
    assert "Läser in registret" in window.grid_pane.heading.text()
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)  # the worker now waits in its second batch
    # The UI thread keeps processing events: a timer fires, the progress of the first batch shows.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=30_000)
    qtbot.waitUntil(lambda: window.status_line.progress_bar.value() == BATCH, timeout=30_000)
    status = window.status_line
    assert window.loading and status.progress_bar.isVisible() and status.cancel_button.isVisible()
    assert status.progress_bar.maximum() == PROJECTS
    assert f"{BATCH} av {PROJECTS} projekt" in window.statusBar().currentMessage()
    # The window still takes input meanwhile: the View menu's shortcut moves the focus.
    window.menu("view").actions()[1].trigger()  # Gå till navigatorn
    assert window.navigator.hasFocus() or window.focusWidget() is window.navigator

    gate.opened.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert not window.status_line.progress_bar.isVisible() and not window.status_line.cancel_button.isVisible()
    assert window.navigator_model.project_codes() == [f"P{p:04d}" for p in range(1, PROJECTS + 1)]
    assert window.project_box.count() == PROJECTS
    # The first project's grid came with the catalogue, read in the worker too.
    assert window.current_project_code() == "P0001" and window.grid_model.rowCount() == 10


def test_cancel_keeps_the_projects_read_so_far_and_f5_reads_the_rest(
        qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    qtbot.waitUntil(gate.reached.is_set, timeout=30_000)
    qtbot.mouseClick(window.status_line.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.status_line.cancel_button.isEnabled()  # the cancel is on its way
    gate.opened.set()  # the worker finishes the batch it is in, then stops at its next check
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    read = window.navigator_model.project_codes()
    assert read == [f"P{p:04d}" for p in range(1, 2 * BATCH + 1)]  # two batches of five, not all twelve
    assert "avbröts" in window.statusBar().currentMessage()
    assert f"{len(read)} av {PROJECTS} projekt" in window.statusBar().currentMessage()
    # What was read can be used: the first project's grid is read (in the background) and shown.
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 10, timeout=30_000)
    assert window.current_project_code() == "P0001"

    # Visa → Läs in registret igen (F5) reads the whole register; the gate is open now.
    assert window.reload_action.shortcut().toString() == "F5"
    window.reload_action.trigger()
    assert window.loading
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert len(window.navigator_model.project_codes()) == PROJECTS
    assert window.current_project_code() == "P0001"  # the project shown stays


def test_switching_project_reads_its_grid_in_the_background(qtbot: QtBot, window: MainWindow, gate: Gate) -> None:
    gate.opened.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    window.project_box.setCurrentIndex(window.project_box.findData("P0007"))
    assert window.current_project_code() == "P0007"
    qtbot.waitUntil(lambda: window.grid_model.rowCount() == 10, timeout=30_000)
    grid = window.grid_model.grid
    assert grid is not None and grid.project.code == "P0007"
    assert "Testprojekt 7" in window.grid_pane.heading.text()
    # Back to a project read before: its grid is kept, so it shows at once.
    window.project_box.setCurrentIndex(window.project_box.findData("P0001"))
    assert window.grid_model.grid is not None and window.grid_model.grid.project.code == "P0001"


def test_nothing_is_frozen_while_a_worker_builds_objects(qtbot: QtBot) -> None:
    import gc

    from hallbar_desktop.ui.background import keep_long_lived_when_idle, responsive_worker, workers_running

    qtbot.waitUntil(lambda: workers_running() == 0, timeout=20_000)  # earlier tests' workers
    try:
        with responsive_worker():
            assert workers_running() == 1
            before = gc.get_freeze_count()
            assert not keep_long_lived_when_idle()
            assert gc.get_freeze_count() == before
        assert workers_running() == 0
        assert keep_long_lived_when_idle()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_chart_warm_up_draws_a_swedish_chart_in_a_worker() -> None:
    """The first figure's cost (fonts, caches) is paid in the import worker, not by the window."""
    import threading

    from hallbar_desktop.ui.background import import_chart_libraries

    errors: list[BaseException] = []

    def run() -> None:
        try:
            import_chart_libraries()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(120)
    assert errors == []


def test_a_task_started_when_idle_runs_after_the_event_loop_turns(qtbot: QtBot) -> None:
    ran = threading.Event()
    task = background.Task(lambda _t: ran.set())
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start_when_idle()
        assert not ran.wait(0.3)  # the UI thread has not returned to its event loop yet
    assert ran.is_set()


def test_a_task_cancelled_before_it_began_never_runs(qtbot: QtBot) -> None:
    """The window closes (and its register with it) before a queued reading began: the reading
    must not start against the closed register; its owner still hears that it ended."""
    ran = threading.Event()
    task = background.Task(lambda _t: ran.set())
    cancelled: list[object] = []
    task.cancelled.connect(cancelled.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start_when_idle()
        task.cancel()
        task.wait()  # returns at once: nothing runs yet
    assert not ran.is_set() and cancelled == [None]
