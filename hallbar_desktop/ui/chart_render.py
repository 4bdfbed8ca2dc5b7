"""Charts drawn off the UI thread: a widget that shows a matplotlib Figure as an image.

Drawing a chart takes matplotlib tens of milliseconds, the first one (fonts, glyphs) most of a
second; on the UI thread that freezes the window. :class:`ChartView` asks a renderer thread to
draw its figure at the widget's size and shows the image it gets back (scaled meanwhile when
the widget is resized). The renderer is one long-lived thread, so matplotlib's per-thread font
caches stay warm. A figure is touched by one thread at a time: whoever changes or saves it holds
``view.lock`` (the renderer holds it while it draws).

Building a figure (tens of milliseconds too) runs in the same thread: :class:`Builds` queues a
builder function there and hands its result back to the UI thread, the newest request only.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import queue
import threading
import types
import warnings
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger(__name__)


@dataclass
class _Job:
    view: weakref.ref[ChartView]
    figure: Any
    lock: threading.Lock
    generation: int
    width: int  # logical pixels
    height: int
    ratio: float  # device pixels per logical pixel


@dataclass
class _Build:
    builds: Builds
    generation: int
    build: Callable[[], Any]


def render(figure: Any, lock: threading.Lock, width: int, height: int, ratio: float) -> QImage:
    """Draw ``figure`` at ``width`` × ``height`` (logical pixels) with the Agg backend.

    The layout is solved when the size changes; redraws at the same size (a new value) skip the
    solver, and while the axes' limits stay too only the artists that moved are drawn over the
    background kept from the last full draw (``reporting.chart_redraw``): not the texts, most of
    matplotlib's drawing time."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from hallbar_desktop.reporting import chart_redraw

    with lock:
        dpi = getattr(figure, "_original_dpi", figure.dpi)
        if not isinstance(figure.canvas, FigureCanvasAgg):
            FigureCanvasAgg(figure)
        figure.set_dpi(dpi * ratio)
        figure.set_size_inches(width / dpi, height / dpi, forward=False)
        size = (width, height, ratio)
        resized = getattr(figure, "_hallbar_laid_out_for", None) != size
        if resized:
            from hallbar_desktop.reporting.charts import fit_texts

            figure.set_layout_engine("constrained")
            fit_texts(figure, figure.canvas.get_renderer())
            with warnings.catch_warnings():
                # A pane squeezed very small cannot fit the labels; matplotlib says so and lays it out anyway.
                warnings.filterwarnings("ignore", message="constrained_layout not applied")
                # as a draw does first, every artist in; as in Figure.draw, a ValueError (no room
                # for the layout) leaves the figure as it is
                with contextlib.suppress(ValueError):
                    figure.get_layout_engine().execute(figure)
            figure.set_layout_engine("none")
            figure._hallbar_laid_out_for = size
        chart_redraw.draw(figure)
        buffer = figure.canvas.buffer_rgba()
        w, h = buffer.shape[1], buffer.shape[0]
        image = QImage(bytes(buffer), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


class _Bridge(QObject):
    """Lives in the UI thread; the renderer's results reach it queued."""

    done = Signal(object)
    #: (builds, generation, result, error message): a build came back, done, failed or skipped.
    built = Signal(object)


class _Renderer:
    def __init__(self) -> None:
        self.jobs: queue.Queue[_Job | _Build | None] = queue.Queue()
        self.bridge = _Bridge()
        self.bridge.done.connect(self._deliver)
        self.bridge.built.connect(self._deliver_built)
        self.thread = threading.Thread(target=self._run, name="chart-renderer", daemon=True)
        self.thread.start()
        # Stopped before the interpreter shuts down: a thread still drawing or emitting then
        # would touch Qt objects that are being destroyed.
        atexit.register(self.stop)

    def stop(self, timeout: float = 5.0) -> None:
        self.jobs.put(None)
        self.thread.join(timeout)

    def submit(self, job: _Job | _Build) -> None:
        """Queue ``job`` once the UI thread has handled what is already pending, its repaint
        above all (called from the UI thread). Python threads share one interpreter lock, and
        every call a repaint makes into Python (hundreds: the model, the delegate) waits for it
        while the renderer computes: a grid repainted alongside a chart being drawn took several
        times as long. Started afterwards, the chart waits a frame instead."""
        QTimer.singleShot(0, self.bridge, lambda: self._queue(job))

    def _queue(self, job: _Job | _Build) -> None:
        from hallbar_desktop.ui.background import paint_pending

        paint_pending()  # the window's repaint (low priority) first, then the chart
        self.jobs.put(job)

    def _run(self) -> None:
        from hallbar_desktop.ui.background import responsive_worker

        while True:
            job = self.jobs.get()
            if job is None:  # stop
                return
            if isinstance(job, _Build):
                self._build(job)
                continue
            view = job.view()
            if view is None or view.generation != job.generation:
                continue  # the view asked again since (or is gone): only the newest is drawn
            del view
            try:
                with responsive_worker():
                    image = render(job.figure, job.lock, job.width, job.height, job.ratio)
            except Exception:  # noqa: BLE001 - a chart that cannot be drawn stays as it was
                continue
            self.bridge.done.emit((job.view, job.generation, image))

    def _build(self, job: _Build) -> None:
        """Run a builder; whatever happens, the owner hears back (its count of builds in flight)."""
        from hallbar_desktop.ui.background import responsive_worker

        result: Any = None
        error: str | None = None
        if job.builds.generation == job.generation:  # else asked again since: skipped
            try:
                with responsive_worker():
                    result = job.build()
            except Exception as exc:  # noqa: BLE001 - the owner keeps what it shows; the thread goes on
                log.warning("a chart could not be built", exc_info=True)
                error = f"{type(exc).__name__}: {exc}"
        self.bridge.built.emit((job.builds, job.generation, result, error))

    @staticmethod
    def _deliver(result: tuple[weakref.ref[ChartView], int, QImage]) -> None:
        ref, generation, image = result
        view = ref()
        if view is not None and shiboken6.isValid(view):
            view.show_image(generation, image)

    @staticmethod
    def _deliver_built(result: tuple[Builds, int, Any, str | None]) -> None:
        builds, generation, built, error = result
        builds.deliver(generation, built, error)


_renderer: _Renderer | None = None


def renderer() -> _Renderer:
    """The renderer thread, started on first use (from the UI thread)."""
    global _renderer
    if _renderer is None:
        _renderer = _Renderer()
    return _renderer


class Builds:
    """Figures one owner (a pane) has built in the renderer thread, newest request only.

    :meth:`request` queues a builder function (it must only read what it is given: plain,
    immutable data) and returns at once. Its result reaches ``install`` in the UI thread, queued;
    if it raised, ``failed`` gets the message instead. A request made meanwhile supersedes it: an
    older builder still queued is skipped, an older result already built is dropped. Used from the
    UI thread only (the renderer reads :attr:`generation` to skip)."""

    def __init__(self, install: Callable[[Any], None], failed: Callable[[str], None] | None = None) -> None:
        self.generation = 0
        #: Requests submitted whose answer has not come back yet (built, failed or skipped): while
        #: there are any, a figure may exist in the renderer thread or on its way back.
        self.in_flight = 0
        self._install = _weak(install)
        self._failed = _weak(failed) if failed is not None else None

    def request(self, build: Callable[[], Any]) -> None:
        self.generation += 1
        self.in_flight += 1
        renderer().submit(_Build(self, self.generation, build))

    def cancel(self, *_args: Any) -> None:
        """Nothing asked for so far is wanted any more (the owner closed): queued builders are
        skipped, results on their way dropped."""
        self.generation += 1

    @property
    def pending(self) -> bool:
        """The newest request has not been answered yet (the renderer answers them in order)."""
        return self.in_flight > 0

    def deliver(self, generation: int, result: Any, error: str | None) -> None:
        """In the UI thread: an answer from the renderer; only the newest request's is passed on."""
        self.in_flight -= 1
        if generation != self.generation:
            return  # superseded (a result built meanwhile is dropped here, in the UI thread)
        ref = self._install if error is None else self._failed
        slot = ref() if ref is not None else None
        if slot is None or not shiboken6.isValid(getattr(slot, "__self__", None)):
            return  # the owner is gone
        slot(result if error is None else error)


def _weak(callback: Callable[[Any], None]) -> Callable[[], Callable[[Any], None] | None]:
    """A method held weakly (a queued build does not keep a closed pane alive); a function as is."""
    if isinstance(callback, types.MethodType):
        return weakref.WeakMethod(callback)
    return lambda: callback


class ChartView(QWidget):
    """A figure as an image drawn by the renderer thread; ``draw_idle`` asks for a new one."""

    def __init__(self, figure: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = figure
        self.lock = threading.Lock()
        self.generation = 0
        self._image: QImage | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:  # noqa: N802
        width, height = self.figure.get_size_inches() * getattr(self.figure, "_original_dpi", self.figure.dpi)
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(10, 10)

    def draw_idle(self) -> None:
        """Have the figure drawn again (in the renderer thread) at the widget's size."""
        if self.width() < 50 or self.height() < 50 or not self.isVisible():
            return  # not laid out yet: it is drawn when it is shown at a usable size
        self.generation += 1
        renderer().submit(_Job(weakref.ref(self), self.figure, self.lock, self.generation,
                               self.width(), self.height(), self.devicePixelRatioF()))

    def draw(self) -> None:
        """Draw now, on this thread (the benchmarks measure the drawing with it)."""
        self.generation += 1
        image = render(self.figure, self.lock, max(self.width(), 50), max(self.height(), 50),
                       self.devicePixelRatioF())
        self.show_image(self.generation, image)

    def show_image(self, generation: int, image: QImage) -> None:
        if generation == self.generation:
            self._image = image
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.draw_idle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.draw_idle()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if self._image is None:
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
        else:  # scaled while the image for a new size is being drawn
            painter.drawImage(self.rect(), self._image)
        painter.end()
