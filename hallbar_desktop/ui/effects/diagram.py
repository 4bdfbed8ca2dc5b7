"""The effect chain's diagram in the window, drawn off the UI thread.

The figure comes from the same builder as the reports' and the command line's
(``reporting.effect_chain_diagram.effect_chain_figure``), laid out as wide as the pane (its text
at the sizes the builder chooses, in points of the window's own resolution, so it reads like the
window's text) and as tall as the chain needs; the pane scrolls. Building and drawing a figure
takes matplotlib a tenth of a second or more, so both run in the chart renderer thread
(``chart_render.Builds``), newest request only: the pane shows the image it had until the new one
arrives. Only the image comes back; no figure outlives its drawing.

The pane follows the window's state and selection (:meth:`ChainDiagram.follow`): the selected
project's chain, or the selected focus area's, drawn again when a write changes the chain, the
plan, the structure or a value (a light), and only while it is visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.services.changes import Changes
from hallbar_desktop.ui import file_dialogs

if TYPE_CHECKING:
    from hallbar_desktop.services.effect_chain import EffectChain
    from hallbar_desktop.ui.window.selection import Selected
    from hallbar_desktop.ui.window.state import RegisterState

#: Logical pixels per inch: a point of the diagram is a point of the window's fonts.
DPI = 96.0
#: Narrower than this the diagram is drawn at this width and scrolls sideways: its three columns
#: need the room, and the whole project's chain the focus areas' names beside them too.
MIN_WIDTH_IN = 4.6
MIN_WIDTH_LANES_IN = 7.0
#: A change of the pane's width by less than this many pixels does not lay the diagram out again.
WIDTH_STEP = 24


@dataclass(frozen=True)
class Drawn:
    """What the renderer thread drew: the chain, the width it was laid out for, the image."""

    chain: EffectChain
    width: int
    image: QImage


def draw_chain(chain: EffectChain, width: int, ratio: float) -> Drawn:
    """In the renderer thread: the chain's diagram laid out ``width`` logical pixels wide (at
    least ``MIN_WIDTH_IN``, or ``MIN_WIDTH_LANES_IN`` with the focus areas' names), as tall as it
    needs, drawn at ``ratio`` device pixels per pixel."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from hallbar_desktop.reporting import effect_chain_diagram

    least = MIN_WIDTH_IN if chain.focus_area_number is not None else MIN_WIDTH_LANES_IN
    figure = effect_chain_diagram.effect_chain_figure(chain, width=max(width / DPI, least), min_height=0)
    figure.set_dpi(DPI * ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    buffer = canvas.buffer_rgba()
    w, h = buffer.shape[1], buffer.shape[0]
    image = QImage(bytes(buffer), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    figure.clear()
    return Drawn(chain, width, image)


def chain_shown(state: RegisterState) -> EffectChain | None:
    """The chain the selection asks for: the selected focus area's, else the whole project's."""
    sel = state.selection.current
    chain = state.effect_chain(sel.project)
    if chain is None or sel.focus_area is None:
        return chain
    return chain.lane(sel.focus_area)


def concerns_chain(changes: Changes, project: str | None) -> bool:
    """Whether a change may alter the chain of ``project`` as drawn (its lights included)."""
    return changes.concerns(project) and bool(
        changes.chain or changes.structure or changes.activities or changes.values_of(project))


class ChainDiagram(QWidget):
    """The diagram of the chain the selection asks for, in a scroll area."""

    #: The newest diagram asked for is shown (or could not be drawn): nothing is pending.
    settled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: RegisterState | None = None
        self.chain: EffectChain | None = None  # the chain shown (or asked for)
        self._drawn: tuple[Any, int] | None = None  # (chain, width) of the image shown or asked for
        self._builds: Any = None
        self._stale = True
        self._orm_waiting = False
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(self.tr("Effektkedjans diagram"))
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.image)
        self.scroller.setWidgetResizable(False)
        self.scroller.setAccessibleName(self.tr("Effektkedjans diagram"))
        self.placeholder = QLabel(self.tr("Välj ett projekt för att se dess effektkedja."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.scroller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self.update_diagram)
        for widget in (self.image, self.scroller, self.placeholder):
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(partial(self._menu, widget))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 420)

    # --- following the window -----------------------------------------------------------------
    def follow(self, state: RegisterState) -> None:
        self.state = state
        state.changed.connect(self._on_changes)
        state.selection.changed.connect(self._on_selection)
        self.update_diagram()

    def _on_selection(self, now: Selected, before: Selected) -> None:
        if (now.project, now.focus_area) != (before.project, before.focus_area):
            self._stale = True
            self.update_diagram()

    def _on_changes(self, changes: Changes) -> None:
        assert self.state is not None
        if concerns_chain(changes, self.state.selection.project):
            self._stale = True
            self.update_diagram()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.update_diagram()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._drawn is not None and abs(self._width() - self._drawn[1]) >= WIDTH_STEP:
            self._stale = True
            self._resized.start()

    def _width(self) -> int:
        return max(self.scroller.viewport().width() if self.stack.currentWidget() is self.scroller
                   else self.width() - 4, 100)

    def update_diagram(self) -> None:
        """Draw the chain the selection asks for, if it differs from the one shown (only while
        visible: a hidden pane draws when it is shown)."""
        state = self.state
        if state is None or not self._stale or not self.isVisible():
            return
        if not state.orm_ready:  # the first frame: the chain is read once the ORM is loaded
            if not self._orm_waiting:
                self._orm_waiting = True
                state.when_orm_ready(self._orm_loaded)
            return
        code = state.selection.project
        chain = chain_shown(state)
        if chain is None:
            if code is None or state.entry(code) is None:
                self._show_text(self.tr("Välj ett projekt för att se dess effektkedja."))
                self._stale = False
            return  # else its grid is being read: drawn when it arrives
        self._stale = False
        if chain.is_empty:
            self.chain = chain
            self._show_text(self.tr("Effektkedjan har inga rutor ännu. Lägg till en ruta i redigeraren "
                                    "(Ny ruta) så ritas diagrammet här."))
            return
        width = self._width()
        if self._drawn is not None and self._drawn[0] == chain and abs(self._drawn[1] - width) < WIDTH_STEP:
            return
        from hallbar_desktop.ui.chart_render import Builds

        if self._builds is None:
            self._builds = Builds(self._install, self._failed)
            self.destroyed.connect(self._builds.cancel)
        self.chain = chain
        self._drawn = (chain, width)
        self._builds.request(partial(draw_chain, chain, width, self.devicePixelRatioF()))

    def _orm_loaded(self) -> None:
        self._orm_waiting = False
        self.update_diagram()

    def _show_text(self, text: str) -> None:
        if self._builds is not None:
            self._builds.cancel()
        self._drawn = None
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)
        self.settled.emit()

    def _install(self, drawn: Drawn) -> None:
        """In the UI thread: the newest diagram arrived."""
        self.image.setPixmap(QPixmap.fromImage(drawn.image))
        self.image.resize(self.image.sizeHint())
        self.stack.setCurrentWidget(self.scroller)
        self.settled.emit()

    def _failed(self, message: str) -> None:
        self._drawn = None
        self.placeholder.setText(self.tr("Diagrammet kunde inte ritas: {why}").format(why=message))
        self.stack.setCurrentWidget(self.placeholder)
        self.settled.emit()

    # --- for tests and the window ---------------------------------------------------------------
    def pending(self) -> bool:
        """A diagram was asked for and has not come back yet."""
        return self._builds is not None and self._builds.pending

    def has_figures(self) -> bool:
        """A figure may exist in the renderer thread now (nothing may be frozen out of the garbage
        collector's way meanwhile: ``MainWindow.keep_loaded``)."""
        return self.pending()

    def wait(self, timeout_ms: int = 20_000) -> bool:
        """Run the event loop until the diagram asked for is shown (scripts and screenshots)."""
        if self.pending():
            loop = QEventLoop()
            QTimer.singleShot(timeout_ms, loop.quit)
            self.settled.connect(loop.quit)
            if self.pending():
                loop.exec()
            self.settled.disconnect(loop.quit)
        return not self.pending()

    # --- saving -------------------------------------------------------------------------------
    def _menu(self, widget: QWidget, pos: Any) -> None:
        if self.chain is None or self.chain.is_empty:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Spara effektkedjan som &PNG…"), lambda: self.export("png"))
        menu.addAction(self.tr("Spara effektkedjan som &SVG…"), lambda: self.export("svg"))
        menu.exec(widget.mapToGlobal(pos))

    def default_name(self, kind: str) -> str:
        assert self.chain is not None
        area = f"-io{self.chain.focus_area_number}" if self.chain.focus_area_number is not None else ""
        return f"effektkedja-{self.chain.project_code}{area}.{kind}"

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Save the chain shown as PNG (200 dpi) or SVG (text as text), A4 landscape as the command
        line saves it; asks where unless ``path`` is given."""
        from hallbar_desktop.errors import HallbarError
        from hallbar_desktop.reporting.effect_chain_diagram import save_effect_chain

        if self.chain is None or self.chain.is_empty:
            return None
        if path is None:
            chosen = file_dialogs.save_file_name(self, file_dialogs.DIAGRAM, self.tr("Spara effektkedjan"),
                                                 self.default_name(kind), f"{kind.upper()} (*.{kind})")
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{kind}":
                path = path.with_name(path.name + f".{kind}")
        try:
            return save_effect_chain(self.chain, path)
        except HallbarError as exc:
            QMessageBox.warning(self, self.tr("Effektkedjan kunde inte sparas"), str(exc))
            return None


class DiagramWindow(QDialog):
    """The diagram in a window of its own, as large as the screen allows (a laptop's tab is small)."""

    def __init__(self, state: RegisterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Effektkedja"))
        self.setSizeGripEnabled(True)
        self.diagram = ChainDiagram()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.diagram)
        self.diagram.follow(state)
        self.resize(1100, 700)
