"""matplotlib Figures drawn straight onto a ReportLab canvas: vector paths and real, selectable text.

The charts come from the figure builders in ``reporting.charts``. Rather than saving each one as
SVG or PDF and reading it back (svglib, pdfrw), a small matplotlib renderer turns the figure's
paths and texts into the PDF operators of the page being written: nothing is rasterised or
serialised twice, the text stays text in the document's embedded font (so it can be searched,
copied and is crisp at any zoom), and the hatches that tell the traffic lights apart without
colour are kept. Measured on the demo report's five charts: 200 ms of CPU drawn this way, most
of it matplotlib's own layout; 485 ms through matplotlib's SVG and svglib, which moreover drew
the hatched (yellow, red, grey) bars empty, since it does not fill with SVG patterns.

The figure is laid out at 72 dpi, so a matplotlib pixel is a PDF point and a 9 pt label is
printed at 9 pt: nothing is scaled.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop.reporting.pdf.fonts import register_file

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from reportlab.pdfgen.canvas import Canvas

NON_ZERO = 1  # ReportLab's FILL_NON_ZERO: matplotlib fills by the non-zero winding rule
_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
HATCH_TILE = 72.0  # points: the size of one hatch tile, as in matplotlib's own PDF backend


def _classes() -> tuple[type, type]:
    """The renderer and its figure canvas, built on first use: matplotlib is imported only when a
    chart is drawn."""
    from matplotlib.backend_bases import FigureCanvasBase, RendererBase
    from matplotlib.font_manager import findfont
    from matplotlib.path import Path as MplPath
    from matplotlib.transforms import Affine2D

    class RendererReportLab(RendererBase):  # type: ignore[misc]
        """Draws on a ReportLab canvas whose origin is the figure's lower left corner (points)."""

        def __init__(self, canvas: Canvas, width: float, height: float) -> None:
            super().__init__()
            self.canvas = canvas
            self.width = width
            self.height = height
            self._fonts: dict[str, str] = {}

        # what matplotlib asks of a renderer -------------------------------------------------
        def flipy(self) -> bool:
            return False  # y grows upwards, as in PDF

        def get_canvas_width_height(self) -> tuple[float, float]:
            return self.width, self.height

        def points_to_pixels(self, points: Any) -> Any:
            return points  # 72 dpi

        def option_scale_image(self) -> bool:
            return True

        # paths ----------------------------------------------------------------------------
        def _path(self, path: Any, transform: Any, *, simplify: bool | None = None) -> Any:
            p = self.canvas.beginPath()
            last = (0.0, 0.0)
            for vertices, code in path.iter_segments(transform, simplify=simplify, curves=True):
                if code == MplPath.MOVETO:
                    p.moveTo(vertices[0], vertices[1])
                    last = (vertices[0], vertices[1])
                elif code == MplPath.LINETO:
                    p.lineTo(vertices[0], vertices[1])
                    last = (vertices[0], vertices[1])
                elif code == MplPath.CURVE3:  # quadratic: the same curve as a cubic
                    cx, cy, x, y = vertices
                    x0, y0 = last
                    p.curveTo(x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0),
                              x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), x, y)
                    last = (x, y)
                elif code == MplPath.CURVE4:
                    p.curveTo(*vertices)
                    last = (vertices[4], vertices[5])
                elif code == MplPath.CLOSEPOLY:
                    p.close()
            return p

        def _clip(self, gc: Any) -> None:
            rect = gc.get_clip_rectangle()
            if rect is not None:
                p = self.canvas.beginPath()
                p.rect(rect.x0, rect.y0, rect.width, rect.height)
                self.canvas.clipPath(p, stroke=0, fill=0, fillMode=NON_ZERO)
            clip_path, clip_transform = gc.get_clip_path()
            if clip_path is not None:
                self.canvas.clipPath(self._path(clip_path, clip_transform), stroke=0, fill=0, fillMode=NON_ZERO)

        def draw_path(self, gc: Any, path: Any, transform: Any, rgbFace: Any = None) -> None:  # noqa: N803
            c = self.canvas
            r, g, b, stroke_alpha = gc.get_rgb()
            width = gc.get_linewidth()
            stroke = width > 0 and stroke_alpha > 0
            fill = rgbFace is not None
            hatch = gc.get_hatch()
            if not (stroke or fill or hatch):
                return
            c.saveState()
            self._clip(gc)
            p = self._path(path, transform, simplify=None if not (fill or hatch) else False)
            if stroke:
                c.setStrokeColorRGB(r, g, b)
                if stroke_alpha < 1:
                    c.setStrokeAlpha(stroke_alpha)
                c.setLineWidth(width)
                c.setLineCap(_CAPS.get(gc.get_capstyle(), 0))
                c.setLineJoin(_JOINS.get(gc.get_joinstyle(), 0))
                offset, dashes = gc.get_dashes()
                if dashes is not None and len(dashes):
                    c.setDash([float(d) for d in dashes], float(offset or 0))
            if fill:
                alpha = gc.get_alpha() if gc.get_forced_alpha() else (rgbFace[3] if len(rgbFace) > 3 else 1.0)
                c.setFillColorRGB(rgbFace[0], rgbFace[1], rgbFace[2])
                if alpha < 1:
                    c.setFillAlpha(alpha)
            if fill or stroke:
                c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0, fillMode=NON_ZERO)
            if hatch:
                self._hatch(gc, path, transform)
            c.restoreState()

        def _hatch(self, gc: Any, path: Any, transform: Any) -> None:
            """Tiles of the hatch pattern, clipped to the path, anchored at the figure's top left."""
            c = self.canvas
            extents = path.get_extents(transform)
            if not (extents.width > 0 and extents.height > 0):
                return
            c.saveState()
            c.clipPath(self._path(path, transform, simplify=False), stroke=0, fill=0, fillMode=NON_ZERO)
            r, g, b, a = gc.get_hatch_color()
            c.setStrokeColorRGB(r, g, b)
            c.setFillColorRGB(r, g, b)
            if a < 1:
                c.setStrokeAlpha(a)
                c.setFillAlpha(a)
            c.setLineWidth(gc.get_hatch_linewidth())
            c.setDash([])
            tile = gc.get_hatch_path()
            scale = Affine2D().scale(HATCH_TILE)
            ix0 = int(extents.x0 // HATCH_TILE)
            ix1 = int(extents.x1 // HATCH_TILE)
            iy0 = int((self.height - extents.y1) // HATCH_TILE)
            iy1 = int((self.height - extents.y0) // HATCH_TILE)
            for iy in range(iy0, iy1 + 1):
                for ix in range(ix0, ix1 + 1):
                    at = scale + Affine2D().translate(ix * HATCH_TILE, self.height - (iy + 1) * HATCH_TILE)
                    c.drawPath(self._path(tile, at, simplify=False), stroke=1, fill=1, fillMode=NON_ZERO)
            c.restoreState()

        # text -----------------------------------------------------------------------------
        def _font(self, prop: Any) -> str:
            file = findfont(prop)
            name = self._fonts.get(file)
            if name is None:
                name = self._fonts[file] = register_file(Path(file))
            return name

        def draw_text(self, gc: Any, x: float, y: float, s: str, prop: Any, angle: float,
                      ismath: Any = False, mtext: Any = None) -> None:
            if ismath:
                super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # mathtext: as outlines (draw_path)
                return
            c = self.canvas
            r, g, b, alpha = gc.get_rgb()
            c.saveState()
            self._clip(gc)
            c.setFillColorRGB(r, g, b)
            if alpha < 1:
                c.setFillAlpha(alpha)
            c.translate(x, y)
            if angle:
                c.rotate(angle)
            c.setFont(self._font(prop), prop.get_size_in_points())
            c.drawString(0, 0, s)
            c.restoreState()

        # images (the report's charts have none; a figure with one still prints) -------------
        def draw_image(self, gc: Any, x: float, y: float, im: Any, transform: Any = None) -> None:
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            h, w = im.shape[:2]
            if w == 0 or h == 0:
                return
            c = self.canvas
            c.saveState()
            self._clip(gc)
            image = ImageReader(Image.fromarray(im[::-1], "RGBA"))  # matplotlib gives the bottom row first
            if transform is None:
                c.drawImage(image, x, y, width=w, height=h, mask="auto")
            else:
                a, b_, c_, d, e, f = transform.frozen().to_values()
                c.transform(a, b_, c_, d, e + x, f + y)
                c.drawImage(image, 0, 0, width=1, height=1, mask="auto")
            c.restoreState()

    class FigureCanvasReportLab(FigureCanvasBase):  # type: ignore[misc]
        """Hands the layout engine (constrained layout) the renderer that will draw, so that it
        measures the text as it will be printed (and does not draw the figure once more to find one)."""

        renderer: RendererReportLab | None = None

        def get_renderer(self) -> Any:
            return self.renderer

    return RendererReportLab, FigureCanvasReportLab


_CLASSES: tuple[type, type] | None = None


def draw_figure(figure: Figure, canvas: Canvas, x: float, y: float) -> None:
    """Draw ``figure`` with its lower left corner at (x, y) points of the canvas, at its own size.

    The figure is set to 72 dpi (a pixel is a point) and keeps this renderer's canvas: it is meant
    to be drawn for the document and then dropped.
    """
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = _classes()
    renderer_class, canvas_class = _CLASSES
    figure.set_dpi(72)
    width, height = (float(v) * 72 for v in figure.get_size_inches())
    figure_canvas = canvas_class(figure)
    figure_canvas.renderer = renderer = renderer_class(canvas, width, height)
    canvas.saveState()
    canvas.translate(x, y)
    try:
        figure.draw(renderer)
    finally:
        canvas.restoreState()


def figure_flowable(figure: Figure) -> Any:
    """A platypus Flowable that draws ``figure`` at its own size (set the size before)."""
    from reportlab.platypus import Flowable

    class FigureFlowable(Flowable):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            w, h = figure.get_size_inches()
            self.width, self.height = float(w) * 72, float(h) * 72

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            draw_figure(figure, self.canv, 0, 0)

    return FigureFlowable()
