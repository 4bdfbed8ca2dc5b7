"""Reading a large register without freezing the window: the work runs in a thread of its own.

A :class:`Task` runs one function in a thread of its own. The function gets the task, reports its
progress with :meth:`Task.report` and calls :meth:`Task.check` between steps, where a cancel
asked for by the user stops it (``Cancelled``, which may carry what was read so far). Its
signals reach the window in the window's thread, queued, so the window's slots never race the
worker. The function must open its own session or connection from the register's engine
(``register.reading()`` and ``register.connection()`` make a new one on every call): neither is
ever shared between threads.

The catalogue and project-grid jobs the window runs are here too: plain functions of a register.
"""

from __future__ import annotations

import atexit
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from hallbar_desktop.services.catalog import ProjectEntry, list_projects, project_codes
from hallbar_desktop.services.grid import ProjectGrid, project_grid
from hallbar_desktop.services.scorecard import Scorecard, project_scorecard
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.grid_model import prepare_texts
from hallbar_desktop.ui.navigator_model import Node, build_tree

#: Projects read per query while the catalogue is read in the background: a step between checks.
CATALOGUE_BATCH = 20
#: How often (s) a running worker hands the interpreter to the UI thread. Python's default, 5 ms,
#: makes the UI thread wait that long for every Python call it makes while a worker computes (a
#: repaint of the grid makes hundreds): a responsive window needs it much shorter meanwhile.
SWITCH_INTERVAL = 0.0005

_running = 0
_running_lock = threading.Lock()
_default_interval = sys.getswitchinterval()


@contextmanager
def responsive_worker() -> Iterator[None]:
    """Around work in a thread other than the UI's (the Excel export's worker uses it too):
    the interpreter switches threads often meanwhile, so the window keeps answering."""
    _worker_started()
    try:
        yield
    finally:
        _worker_ended()


def paint_pending() -> None:
    """Lay out and paint now what waits to be (from the UI thread), before a worker starts: the
    window's repaint is posted at low priority, after the timers that start workers, and painted
    beside a computing worker each of its calls into Python (the navigator's, the grid's) waits
    for the interpreter lock, which made a 20 ms repaint take 100–200 ms."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)


def workers_running() -> int:
    """How many workers (tasks, the chart renderer while it draws, an export) run now."""
    return _running


def keep_long_lived_when_idle(*, collect: bool = True) -> bool:
    """Freeze what is alive now out of the garbage collector's way (see ``hallbar_desktop.memory``),
    unless a worker is half-way through building something. True when it was done."""
    from hallbar_desktop.memory import keep_long_lived

    if _running:
        return False
    keep_long_lived(collect=collect)
    return True


def _worker_started() -> None:
    global _running, _default_interval
    with _running_lock:
        if _running == 0:
            _default_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL, _default_interval))
        _running += 1


def _worker_ended() -> None:
    global _running
    with _running_lock:
        _running -= 1
        if _running == 0:
            sys.setswitchinterval(_default_interval)


class Cancelled(Exception):
    """The user cancelled; ``partial`` is what was read before (or None)."""

    def __init__(self, partial: Any = None) -> None:
        super().__init__("cancelled")
        self.partial = partial


class Task(QObject):
    """One piece of work in a (daemon) Python thread: a program that quits while it runs is not
    held up or aborted, as it would be by a running ``QThread``. Its signals are emitted in the
    worker and delivered queued to the slots, which live in the UI thread.

    A task owns its lifetime: it has no parent (a parent deleted while the thread still emits
    would take the task with it, and a parent freed by Python's collector from inside a child's
    destructor deletes that child twice), it is kept in ``_live`` from its start, and it deletes
    itself (``deleteLater``) once its ``finished`` has been delivered and its thread has ended.
    Whoever starts one waits for it before what the work uses (the register) goes away."""

    #: Steps done of the total, for the progress bar.
    progressed = Signal(int, int)
    #: The function's result.
    succeeded = Signal(object)
    #: What was read before the cancel took effect (or None).
    cancelled = Signal(object)
    #: The message of the error that stopped the work.
    failed = Signal(str)
    #: After any of the three above.
    finished = Signal()

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        _live.add(self)
        self.finished.connect(self._ended)  # queued from the worker: runs in the UI thread

    def _ended(self) -> None:
        if self._thread is not None:
            self._thread.join()  # it is past its last emit: a moment at most
        _live.discard(self)
        self.deleteLater()

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="hallbar-task", daemon=True)
        _threads.add(self._thread)
        self._thread.start()

    def start_when_idle(self) -> None:
        """Start once the UI thread has handled and painted what is pending (two turns of its
        event loop; called from the UI thread). Threads share one interpreter lock: a worker
        computing while the window repaints makes each of the repaint's hundreds of calls into
        Python wait for it, and the repaint takes several times as long."""
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._start_unless_cancelled))

    def _start_unless_cancelled(self) -> None:
        if self._cancel.is_set():  # cancelled before it began (its window closed): nothing to run
            self.cancelled.emit(None)
            self.finished.emit()
            return
        paint_pending()
        self.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the work has stopped (from the UI thread, before the register closes)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`check` (from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self, partial: Callable[[], Any] | None = None) -> None:
        """Stop here if the user cancelled (called by the work, in the worker thread);
        ``partial`` makes what was read so far, for the window to show."""
        if self._cancel.is_set():
            raise Cancelled(partial() if partial is not None else None)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            with responsive_worker():
                try:
                    outcome: tuple[Any, Any] = (self.succeeded, self._work(self))
                except Cancelled as exc:
                    outcome = (self.cancelled, exc.partial)
                except Exception as exc:  # noqa: BLE001 - the window shows why the reading stopped
                    outcome = (self.failed, str(exc) or type(exc).__name__)
            # Reported once the worker no longer counts as running (``workers_running``).
            signal, value = outcome
            signal.emit(value)
        finally:
            self.finished.emit()
            _threads.discard(threading.current_thread())


#: Every task not yet ended (see ``Task``): what keeps it alive until it deletes itself.
_live: set[Task] = set()

#: Every worker started; at exit they are cancelled and waited for (a daemon thread stopped in
#: the middle of an import or a query crashes the interpreter's shutdown).
_threads: set[threading.Thread] = set()


def wait_for_workers(timeout: float = 10.0) -> None:
    """Let running workers finish (the application is quitting)."""
    for thread in list(_threads):
        thread.join(timeout)
    _threads.clear()


atexit.register(wait_for_workers)


@dataclass(frozen=True)
class Catalogue:
    """What the window needs to show a register: its projects, the navigator's tree, one grid."""

    entries: list[ProjectEntry]
    tree: Node
    total: int  # projects in the register (more than ``entries`` after a cancel)
    grid: ProjectGrid | None = None  # of the project to show first, so the window need not read it


def read_catalogue(register: Register, task: Task, first: str | None = None) -> Catalogue:
    """The register's projects in batches, then the grid of ``first`` (else of the first project)."""
    with register.connection() as conn:
        codes = project_codes(conn)
        entries: list[ProjectEntry] = []
        task.report(0, len(codes))
        for start in range(0, len(codes), CATALOGUE_BATCH):
            task.check(lambda: Catalogue(entries, build_tree(entries), len(codes)))
            entries.extend(list_projects(conn, codes=codes[start:start + CATALOGUE_BATCH]))
            task.report(len(entries), len(codes))
        shown = [e.project.code for e in entries]
        code = first if first in shown else (shown[0] if shown else None)
        task.check(lambda: Catalogue(entries, build_tree(entries), len(codes)))
        grid = project_grid(conn, code) if code is not None else None
    return Catalogue(entries, build_tree(entries), len(codes), prepare_texts(grid) if grid is not None else None)


def read_grid(register: Register, code: str) -> ProjectGrid:
    """A project's grid, with the texts its cells show worked out here rather than when painted."""
    with register.connection() as conn:
        grid = project_grid(conn, code)
    return prepare_texts(grid)


def read_scorecard(register: Register, code: str, quarter: str | None) -> Scorecard:
    with register.connection() as conn:
        return project_scorecard(conn, code, quarter)


def load_orm() -> None:
    """Import the ORM and set up its mappers (a tenth of a second) off the UI thread: the window's
    first frame is read without it (``store.tables``), its writes and details need it. The
    collector waits meanwhile (the window freezes the new modules afterwards: ``memory``)."""
    from hallbar_desktop.memory import collector_paused

    with collector_paused():
        from sqlalchemy.orm import configure_mappers

        import hallbar_desktop.store.models  # noqa: F401 - mapping the classes is the point

        configure_mappers()


def import_chart_libraries() -> None:
    """Import matplotlib (about a second) off the UI thread, so the window finds it loaded."""
    import importlib

    for name in ("matplotlib.figure", "matplotlib.backends.backend_agg", "hallbar_desktop.reporting.charts"):
        importlib.import_module(name)
    warm_up_charts()


def warm_up_charts() -> None:
    """Build and draw a small chart once, in the thread that imported matplotlib (the window has
    the chart renderer do it: matplotlib's font caches are per thread). The first figure loads
    fonts and fills caches (some 300 ms), which would otherwise delay the window's first chart."""
    from datetime import date

    from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
    from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
    from hallbar_desktop.domain.status import Thresholds
    from hallbar_desktop.reporting.charts import focus_area_figure, indicator_figure
    from hallbar_desktop.services.grid import ProjectGrid, build_row
    from hallbar_desktop.services.views import FocusAreaInfo, IndicatorInfo, ProjectInfo

    quarters = (Quarter(2024, 1), Quarter(2024, 2))
    project = ProjectInfo(
        id=0, code="X", name="Åäö", owner="", case_number="", call="", funder="", description="",
        start=quarters[0], end=quarters[-1], reporting_period=ReportingPeriodKind.HALF_YEAR, project_leader="",
        project_leader_role="", contact_name="", thresholds=Thresholds(), example_data=False, example_note="",
        funding=())
    indicator = IndicatorInfo(
        id=0, project_id=0, focus_area_id=0, focus_area_number=1, code="1.1", name="Åäö %", description="",
        data_source="", responsible="", effect_level=EffectLevel.OUTPUT, kind=IndicatorKind.PERCENT, unit="%",
        direction=Direction.HIGHER, accumulation=Accumulation.LEVEL, baseline=0.0, baseline_quarter=None,
        target=100.0, target_quarter=quarters[-1], split_by_sex=False, intermediate_targets=(), archived=False)
    row = build_row(indicator, [], quarters, (), project, quarters[0], date(2024, 7, 1))
    grid = ProjectGrid(project, (FocusAreaInfo(0, 0, 1, "Åäö", "", False),), quarters, (), quarters[0], (row,),
                       frozenset())
    for figure in (indicator_figure(row, quarters).figure, focus_area_figure(grid, 1, width=4.0, names=False).figure):
        figure.canvas.draw()
        figure.clear()
