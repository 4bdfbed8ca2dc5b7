"""The one owner of what the window knows of the register: its projects (the catalogue), the grids
of the projects looked at lately (their approved quarters with them), and the one selection.

Every view renders from this state and the selection, and none keeps a copy of its own. The
state changes in two ways, and says so each time with one signal, ``changed(Changes)``:

* a **write**: :meth:`perform` runs a core operation (``services.operations``) in one
  transaction and :meth:`apply` reads again, once, what its :class:`Changes` names (the rows of
  the values written, the locks of a project, a project's entry) and emits it; each view looks
  at the description and redraws what concerns it. A description from elsewhere (another
  window on the same server) goes through :meth:`apply` the same way.
* a **reading**: the catalogue when the register is opened or read again (F5) is announced as
  ``Changes.everything()``; a project's grid arriving from a worker as a change of all its
  values.

There is one way to read: :meth:`_read`, a ``background.Task`` in a worker thread for a large
register (the window answers meanwhile and shows the progress), the same work run at once on the
UI thread for a small one (its first frame is read before the window is painted, with plain
Core queries: the ORM loads afterwards). What a write touched (its rows, with the same reader
as a whole grid, and a project's entry after a change of structure) is a few rows and is read at
once, so a typed value shows the moment Enter is pressed. A generation counter drops what a
reading brings back after the register was read anew.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.catalog import ProjectEntry
from hallbar_desktop.services.changes import KINDS, Changes
from hallbar_desktop.services.grid import GridRow, ProjectGrid, status_quarter_of
from hallbar_desktop.services.views import IndicatorInfo
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.navigator_model import Node, build_tree
from hallbar_desktop.ui.window.selection import Selected, Selection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.services.effect_chain import EffectChain
    from hallbar_desktop.services.lessons import LessonInfo
    from hallbar_desktop.services.operations import Done
    from hallbar_desktop.services.views import AuditRecord
    from hallbar_desktop.ui.background import Catalogue, Task
    from hallbar_desktop.ui.window.live import LiveUpdates

T = TypeVar("T")

#: What a reading is about: the catalogue, or a project's grid (its code).
CATALOGUE = ""


class _AtOnce:
    """Stands in for the worker's task when a small register's reading runs on the UI thread."""

    def check(self, partial: Any = None) -> None:
        return None

    def report(self, done: int, total: int) -> None:
        return None


@dataclass
class _Reading:
    task: Task
    generation: int


class RegisterState(QObject):
    #: The state differs as described: after a write, or a reading (see the module's text).
    changed = Signal(object)
    #: A reading in a worker began: ``CATALOGUE`` ("") or a project's code.
    readingStarted = Signal(str)  # noqa: N815
    #: It ended: (what, "done" / "cancelled" / why it failed).
    readingEnded = Signal(str, str)  # noqa: N815
    #: Projects read so far of all, while the catalogue is read in a worker.
    progressed = Signal(int, int)
    #: The ORM is loaded and set up (the history and the writes need it).
    ormReady = Signal()  # noqa: N815

    #: From this many values a register is read in a worker thread (its catalogue and grids).
    background_from: ClassVar[int] = 20_000
    #: Project grids kept in memory (a grid of a large project holds a few thousand values).
    GRIDS_KEPT: ClassVar[int] = 16

    def __init__(self, register: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.selection = Selection(self)
        self.entries: list[ProjectEntry] = []
        self._by_code: dict[str, ProjectEntry] = {}
        self.tree: Node = build_tree([])
        self.total = 0  # projects in the register (more than ``entries`` after a cancelled reading)
        self.generation = 0  # counts readings of the catalogue: older results are dropped
        self.large = False
        self.read_once = False  # the catalogue was read (or the reading ended) at least once
        #: True while a catalogue just read is being shown: panes put off what can wait (a
        #: history, a chart) to the next turn of the event loop, after the grid is painted.
        self.settling = False
        self._grids: dict[str, ProjectGrid] = {}
        self._steering: dict[str, Any] = {}
        #: Per project: readings besides its grid (the activity plan, the economy), each with the
        #: kinds of change that make it stale (``kept``).
        self._kept: dict[str, dict[Hashable, tuple[frozenset[str], Any]]] = {}
        self._tasks: set[Task] = set()  # every worker started and not yet ended (``close`` waits)
        self._closed = False
        self._catalogue: _Reading | None = None
        self._grid_readings: dict[str, _Reading] = {}
        self._orm: Task | None = None
        self._orm_waiting: list[Callable[[], None]] = []
        self._where: dict[str, Selected] = {}  # per project: where the selection was last
        self.selection.changed.connect(self._remember)
        #: On a register shared on a server: other people's writes, applied as they arrive.
        self.live: LiveUpdates | None = None
        if not register.location.is_sqlite:
            from hallbar_desktop.ui.window.live import LiveUpdates

            self.live = LiveUpdates(self)
            self.live.start()

    # === what is known ==========================================================================
    def codes(self) -> list[str]:
        return [e.project.code for e in self.entries]

    def entry(self, code: str | None) -> ProjectEntry | None:
        return self._by_code.get(code) if code is not None else None

    def _set_entries(self, entries: list[ProjectEntry]) -> None:
        self.entries = entries
        self._by_code = {e.project.code: e for e in entries}

    def _known(self, code: str) -> str:
        """The code as the register spells it (a description from elsewhere may say ``rjl``)."""
        if code in self._by_code:
            return code
        return next((c for c in self._by_code if c.casefold() == code.casefold()), code)

    def grid(self, code: str | None) -> ProjectGrid | None:
        """The project's grid, read now if the register is small; None while a worker reads it
        (``changed`` tells when it has arrived) or when there is no such project."""
        if code is None or self.entry(code) is None:
            return None
        grid = self._grids.get(code)
        if grid is not None:
            self._grids[code] = self._grids.pop(code)  # the latest looked at is kept longest
            return grid
        self._read_grid(code)
        return self._grids.get(code)

    def cached_grid(self, code: str | None) -> ProjectGrid | None:
        """The grid if it is in memory (never reads)."""
        return self._grids.get(code) if code is not None else None

    def approved(self, code: str | None) -> frozenset[Quarter]:
        """The quarters of the project the steering group has approved (locked), as last read."""
        grid = self.grid(code)
        return grid.approved if grid is not None else frozenset()

    def row(self, code: str | None, indicator: str | None) -> GridRow | None:
        grid = self.grid(code)
        if grid is None or indicator is None:
            return None
        return next((r for r in grid.rows if r.indicator.code == indicator), None)

    def indicator(self, code: str | None, indicator: str | None) -> IndicatorInfo | None:
        """The indicator's definition: from its grid row, else from the catalogue."""
        row = self.row(code, indicator) if code in self._grids else None
        if row is not None:
            return row.indicator
        entry = self.entry(code)
        if entry is None or indicator is None:
            return None
        return next((i for a in entry.focus_areas for i in a.indicators if i.code == indicator), None)

    def reading_grid(self, code: str | None) -> bool:
        return code is not None and code in self._grid_readings

    @property
    def loading(self) -> bool:
        """True while the catalogue is read in a worker."""
        return self._catalogue is not None

    @property
    def busy(self) -> bool:
        return self._catalogue is not None or bool(self._grid_readings)

    def history(self, code: str, indicator: str, quarter: Any) -> list[AuditRecord]:
        """The audit trail of one value (needs the ORM: see :meth:`when_orm_ready`)."""
        from hallbar_desktop.services.lookup import get_indicator, get_project
        from hallbar_desktop.services.measurements import history

        with self.register.reading() as session:
            return history(session, get_indicator(session, get_project(session, code), indicator), quarter)

    def steering(self, code: str) -> Any:
        """What the steering window shows of a project (``steering.data.SteeringData``), read once
        per change of its meetings, approvals or structure."""
        data = self._steering.get(code)
        if data is None:
            from hallbar_desktop.ui.steering.data import read_steering

            data = self._steering[code] = read_steering(self.register, code)
        return data

    def kept(self, code: str, key: Hashable, kinds: frozenset[str], read: Callable[[Session], T]) -> T:
        """A reading of a project besides its grid (its activity plan, its economy for a period),
        read once through ``read`` in a session and kept until a change of one of ``kinds``
        (names of ``changes.KINDS``, or ``"values"``) or of the structure concerns the project.
        A project's plan and economy are a few dozen rows: read at once, on the UI thread."""
        readings = self._kept.setdefault(code, {})
        found = readings.get(key)
        if found is not None:
            return found[1]  # type: ignore[no-any-return]
        with self.register.reading() as session:
            value = read(session)
        readings[key] = (kinds, value)
        return value

    def _forget_kept(self, code: str, changes: Changes) -> None:
        readings = self._kept.get(code)
        if not readings:
            return
        changed = {kind for kind in KINDS if getattr(changes, kind)} | ({"values"} if changes.indicators else set())
        for key in [k for k, (kinds, _v) in readings.items() if changes.structure or kinds & changed]:
            del readings[key]

    def effect_chain(self, code: str | None) -> EffectChain | None:
        """The project's whole effect chain (``chain.lane(n)`` for a focus area's) with the lights of
        the grid the state holds: read once per change of its chain, plan or structure (``kept``),
        lit anew from the grid after a value changed; None while the grid is read in a worker."""
        grid = self.grid(code)
        if code is None or grid is None:
            return None
        from hallbar_desktop.services.effect_chain import effect_chain, with_lights

        chain = self.kept(code, "effect_chain", frozenset({"chain", "activities"}),
                          lambda session: effect_chain(session, code, grid=grid))
        return with_lights(chain, grid)

    def lessons(self, code: str | None) -> tuple[LessonInfo, ...]:
        """The project's learning log, oldest first, read once per change of its lessons (or of the
        meetings, activities and indicators a lesson is linked to)."""
        if code is None or self.entry(code) is None:
            return ()
        from hallbar_desktop.services.lessons import list_lessons

        return self.kept(code, "lessons", frozenset({"lessons", "meetings", "activities"}),
                         lambda session: list_lessons(session, code))

    def landing(self, code: str) -> Selected:
        """Where the selection goes in a project: where it was last, else the first indicator in
        the quarter being reported now."""
        entry = self.entry(code)
        if entry is None:
            return Selected()
        p = entry.project
        reported_now = status_quarter_of(p.start, p.end, date.today()) or p.start
        was = self._where.get(code)
        if was is not None and self._holds(entry, was):
            return was if was.quarter is not None or was.indicator is None else replace(was, quarter=reported_now)
        first = next((i.code for a in entry.focus_areas for i in a.indicators), None)
        return Selected(code, None, first, reported_now)

    def remember(self, where: Selected) -> None:
        """Where the selection goes when its project is shown (the last one used, at start)."""
        if where.project is not None:
            self._where[where.project] = where

    def select_project(self, code: str) -> bool:
        """Show another project (the selection as it was there); False when a guard said no."""
        if code == self.selection.project:
            return True
        landing = self.landing(code)
        return self.selection.select(landing.project, landing.focus_area, landing.indicator, landing.quarter)

    def _remember(self, now: Selected, _before: Selected) -> None:
        if now.project is not None:
            self._where[now.project] = now

    @staticmethod
    def _holds(entry: ProjectEntry, sel: Selected) -> bool:
        areas = {a.focus_area.number for a in entry.focus_areas}
        indicators = {i.code for a in entry.focus_areas for i in a.indicators}
        return (sel.focus_area is None or sel.focus_area in areas) and (
            sel.indicator is None or sel.indicator in indicators)

    def _settle_selection(self, prefer: str | None = None) -> None:
        """After a reading or a change of structure: the selection points at what the register
        holds (the project preferred, else the first)."""
        now = self.selection.current
        codes = self.codes()
        if not codes:
            self.selection.select(None, None, None, None, ask=False)
            return
        if now.project not in codes:
            target = self.landing(prefer if prefer in codes else codes[0])
            self.selection.select(target.project, target.focus_area, target.indicator, target.quarter, ask=False)
            return
        entry = self.entry(now.project)
        assert entry is not None
        if not self._holds(entry, now):
            self._where.pop(now.project, None)
            target = self.landing(now.project)
            areas = {a.focus_area.number for a in entry.focus_areas}
            self.selection.select(focus_area=now.focus_area if now.focus_area in areas else None,
                                  indicator=target.indicator, ask=False)

    # === reading ===============================================================================
    def reload(self, first: str | None = None) -> None:
        """Read the register's projects again (opening it, F5, a change that concerns it all).
        ``first``: the project whose grid is read with the catalogue (else the one selected)."""
        self.generation += 1
        self.large = self._count_values() >= self.background_from
        keep = first or self.selection.project
        self._stop_readings()
        register = self.register

        def work(task: Any) -> Catalogue:
            from hallbar_desktop.ui.background import read_catalogue

            return read_catalogue(register, task, keep)

        self._read(CATALOGUE, work, lambda c: self._catalogue_read(c, False, keep),
                   cancelled=lambda c: self._catalogue_read(c, True, keep))

    def cancel_reading(self) -> None:
        """Stop reading the catalogue; the projects read so far are shown."""
        if self._catalogue is not None:
            self._catalogue.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self._catalogue is not None:
            self.progressed.emit(done, total)

    def _count_values(self) -> int:
        """About how many values the register holds (the newest id: one quick query)."""
        from sqlalchemy import text

        with self.register.connection() as conn:
            return int(conn.execute(text("SELECT max(id) FROM measurement")).scalar() or 0)

    def _catalogue_read(self, catalogue: Catalogue | None, cancelled: bool, keep: str | None) -> None:
        self._catalogue = None
        self.read_once = True
        if catalogue is None or (cancelled and not catalogue.entries):
            self.readingEnded.emit(CATALOGUE, "cancelled")
            return
        self._set_entries(list(catalogue.entries))
        self.tree = catalogue.tree
        self.total = catalogue.total
        self._grids.clear()
        self._steering.clear()
        self._kept.clear()
        if catalogue.grid is not None:
            self._keep(catalogue.grid)
        self.settling = True
        try:
            self._settle_selection(prefer=keep)
            self.changed.emit(Changes.everything())
        finally:
            self.settling = False
        self.readingEnded.emit(CATALOGUE, "cancelled" if cancelled else "done")

    def _read_grid(self, code: str) -> None:
        if code in self._grid_readings:
            return
        register, generation = self.register, self.generation

        def work(_task: Any) -> ProjectGrid:
            from hallbar_desktop.ui.background import read_grid

            return read_grid(register, code)

        def done(grid: ProjectGrid) -> None:
            reading = self._grid_readings.get(code)
            if reading is not None and reading.generation == generation:
                del self._grid_readings[code]
            current = generation == self.generation and self.entry(code) is not None
            if current:  # else the register was read again since: this grid may be out of date
                self._keep(grid)
            if self.large:  # read in a worker: the views hear of it now
                if current:
                    self.changed.emit(Changes(code, frozenset(r.indicator.code for r in grid.rows),
                                              frozenset(grid.quarters)))
                self.readingEnded.emit(code, "done")

        self._read(code, work, done)

    def _keep(self, grid: ProjectGrid) -> None:
        """Keep a project's grid (the latest few: a large register's grids would fill the memory)."""
        code = grid.project.code
        self._grids.pop(code, None)
        self._grids[code] = grid
        while len(self._grids) > self.GRIDS_KEPT:
            del self._grids[next(iter(self._grids))]

    def _read(self, what: str, work: Callable[[Any], T], done: Callable[[T], None], *,
              cancelled: Callable[[Any], None] | None = None) -> None:
        """The one way the state reads: ``work`` in a worker for a large register, at once on
        the UI thread for a small one. ``what``: the catalogue, or the project whose grid it is."""
        if not self.large:
            done(work(_AtOnce()))
            return
        from hallbar_desktop.ui.background import Task

        task = self._started(Task(work))
        reading = _Reading(task, self.generation)
        if what == CATALOGUE:
            self._catalogue = reading
            task.progressed.connect(self._progress)
        else:
            self._grid_readings[what] = reading

        def finished_ok(result: Any) -> None:
            if not self._closed:
                done(result)

        def stopped(partial: Any) -> None:
            if self._closed:
                return
            if cancelled is not None:
                cancelled(partial)
            else:
                self._forget(what, task)
                self.readingEnded.emit(what, "cancelled")

        def broke(message: str) -> None:
            if self._closed:
                return
            self._forget(what, task)
            self.readingEnded.emit(what, message or "?")

        task.succeeded.connect(finished_ok)
        task.cancelled.connect(stopped)
        task.failed.connect(broke)
        task.start_when_idle()
        self.readingStarted.emit(what)

    def _started(self, task: Task) -> Task:
        """Count ``task`` among this state's workers until its thread has ended (``close`` waits for all)."""
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        return task

    def _forget(self, what: str, task: Task) -> None:
        if what == CATALOGUE:
            if self._catalogue is not None and self._catalogue.task is task:
                self._catalogue = None
                self.read_once = True
        elif what in self._grid_readings and self._grid_readings[what].task is task:
            del self._grid_readings[what]

    def _stop_readings(self) -> None:
        if self._catalogue is not None:
            self._catalogue.task.cancel()
            self._catalogue = None
        for reading in self._grid_readings.values():
            reading.task.cancel()
        self._grid_readings.clear()

    def close(self) -> None:
        """Before the register closes: stop the workers and wait for them (they use its engine)."""
        # Every worker this state started, superseded readings too: a task deleted with the state
        # while its thread still runs would be emitting from a deleted object.
        self._closed = True
        if self.live is not None:
            self.live.close()
        for task in list(self._tasks):
            if shiboken6.isValid(task):
                task.cancel()
                task.wait()
        self._tasks.clear()
        self._catalogue = None
        self._grid_readings.clear()
        self._orm = None
        self._orm_waiting.clear()

    # === writing ===============================================================================
    def perform(self, operation: Callable[[Session], Done[T]]) -> T:
        """Run a write of ``services.operations`` in one transaction, apply what it changed and
        return its result. A user's error (``USER_ERRORS``) is raised as it is: nothing was written."""
        with self.register.transaction() as session:
            done = operation(session)
        self.apply(done.changes)
        return done.value

    def apply(self, changes: Changes) -> None:
        """Read again, once, what ``changes`` names, then tell every view (``changed``)."""
        if not changes:
            return
        if changes.structure and changes.project is None:
            self.reload()  # the whole register: ``changed(everything)`` when it is read
            return
        concerned = [self._known(changes.project)] if changes.project is not None \
            else list(dict.fromkeys([*self._grids, *self._kept]))
        if changes.structure:
            self._reread_entries(concerned)
        for code in concerned:
            if changes.structure:
                self._grids.pop(code, None)  # read again when a view asks for it
            if changes.structure or changes.meetings or changes.approvals:
                self._steering.pop(code, None)
            self._forget_kept(code, changes)
        self._reread_rows(changes, [c for c in concerned if c in self._grids])
        self._settle_selection()
        self.changed.emit(changes)

    def _reread_entries(self, codes: list[str]) -> None:
        from hallbar_desktop.services.catalog import list_projects

        with self.register.connection() as conn:
            fresh = {e.project.code: e for e in list_projects(conn, codes=codes)}
        had = {e.project.code for e in self.entries} & set(codes)
        kept = [e for e in self.entries if e.project.code not in codes]
        self._set_entries(sorted(kept + list(fresh.values()), key=lambda e: e.project.code))
        self.total += len(set(fresh) - had) - len(had - set(fresh))  # a project added or removed
        self.tree = build_tree(self.entries)

    def _reread_rows(self, changes: Changes, codes: list[str]) -> None:
        """The rows of the values written and the locks, in the grids kept (a few rows: at once)."""
        if not codes or not (changes.indicators or changes.approvals):
            return
        from hallbar_desktop.services.grid_rows import refreshed_approvals, refreshed_rows

        with self.register.connection() as conn:
            for code in codes:
                grid = self._grids[code]
                if changes.values_of(code):
                    grid, _positions = refreshed_rows(conn, grid, changes.values_of(code))
                if changes.approvals:
                    grid = refreshed_approvals(conn, grid)
                self._grids[code] = grid

    # === the ORM, loaded after the first paint ================================================
    @property
    def orm_ready(self) -> bool:
        import sys

        models = sys.modules.get("hallbar_desktop.store.models")
        return self._orm is None and models is not None and bool(models.mappers_configured())

    def when_orm_ready(self, then: Callable[[], None]) -> None:
        """The first frame is read without the ORM (``store.tables``); the ORM is imported and
        its mappers set up (a tenth of a second) in a worker afterwards, then ``then`` runs, on
        the UI thread."""
        if self.orm_ready:
            then()
            return
        self._orm_waiting.append(then)
        if self._orm is not None:
            return
        from hallbar_desktop.ui.background import Task, load_orm

        task = self._started(Task(lambda _t: load_orm()))

        def done() -> None:
            if task is self._orm and not self._closed:  # not when the window closed meanwhile
                self._orm = None
                self.ormReady.emit()
                waiting, self._orm_waiting = self._orm_waiting, []
                for callback in waiting:
                    callback()

        task.finished.connect(done)
        self._orm = task
        task.start_when_idle()
