"""Charts drawn off the UI thread: a widget that shows a matplotlib Figure as an image.

Drawing a chart takes matplotlib tens of milliseconds, the first one (fonts, glyphs) most of a
second; on the UI thread that freezes the window. :class:`ChartView` asks a renderer thread to
draw its figure at the widget's size and shows the image it gets back (scaled meanwhile when
the widget is resized). The renderer is one long-lived thread, so matplotlib's per-thread font
caches stay warm. A figure is touched by one thread at a time: whoever changes or saves it holds
``view.lock`` (the renderer holds it while it draws).
"""

from __future__ import annotations

import atexit
import queue
import threading
import warnings
import weakref
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass
class _Job:
    view: weakref.ref[ChartView]
    figure: Any
    lock: threading.Lock
    generation: int
    width: int  # logical pixels
    height: int
    ratio: float  # device pixels per logical pixel


def render(figure: Any, lock: threading.Lock, width: int, height: int, ratio: float) -> QImage:
    """Draw ``figure`` at ``width`` × ``height`` (logical pixels) with the Agg backend.

    The layout is solved when the size changes; redraws at the same size (a new value) skip the
    solver, most of matplotlib's drawing time."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with lock:
        dpi = getattr(figure, "_original_dpi", figure.dpi)
        if not isinstance(figure.canvas, FigureCanvasAgg):
            FigureCanvasAgg(figure)
        figure.set_dpi(dpi * ratio)
        figure.set_size_inches(width / dpi, height / dpi, forward=False)
        size = (width, height, ratio)
        resized = getattr(figure, "_hallbar_laid_out_for", None) != size
        if resized:
            figure.set_layout_engine("constrained")
        with warnings.catch_warnings():
            # A pane squeezed very small cannot fit the labels; matplotlib says so and draws anyway.
            warnings.filterwarnings("ignore", message="constrained_layout not applied")
            figure.canvas.draw()
        if resized:
            figure.set_layout_engine("none")
            figure._hallbar_laid_out_for = size
        buffer = figure.canvas.buffer_rgba()
        w, h = buffer.shape[1], buffer.shape[0]
        image = QImage(bytes(buffer), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return image


class _Bridge(QObject):
    """Lives in the UI thread; the renderer's results reach it queued."""

    done = Signal(object)


class _Renderer:
    def __init__(self) -> None:
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.bridge = _Bridge()
        self.bridge.done.connect(self._deliver)
        self.thread = threading.Thread(target=self._run, name="chart-renderer", daemon=True)
        self.thread.start()
        # Stopped before the interpreter shuts down: a thread still drawing or emitting then
        # would touch Qt objects that are being destroyed.
        atexit.register(self.stop)

    def stop(self, timeout: float = 5.0) -> None:
        self.jobs.put(None)
        self.thread.join(timeout)

    def submit(self, job: _Job) -> None:
        self.jobs.put(job)

    def _run(self) -> None:
        from hallbar_desktop.ui.background import responsive_worker

        while True:
            job = self.jobs.get()
            if job is None:  # stop
                return
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

    @staticmethod
    def _deliver(result: tuple[weakref.ref[ChartView], int, QImage]) -> None:
        ref, generation, image = result
        view = ref()
        if view is not None and shiboken6.isValid(view):
            view.show_image(generation, image)


_renderer: _Renderer | None = None


def renderer() -> _Renderer:
    """The renderer thread, started on first use (from the UI thread)."""
    global _renderer
    if _renderer is None:
        _renderer = _Renderer()
    return _renderer


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
