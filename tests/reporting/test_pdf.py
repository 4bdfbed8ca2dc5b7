"""The PDF building blocks: charts drawn as vector graphics where matplotlib lays them out, and fonts."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.errors import HallbarError
from hallbar_desktop.reporting import charts
from hallbar_desktop.reporting.pdf import fonts
from hallbar_desktop.reporting.pdf.figures import draw_figure
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.grid import ProjectGrid, project_grid
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) behövs")


@pytest.fixture
def grid(register: Register) -> ProjectGrid:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("t", "load"))
    with register.reading() as s:
        return project_grid(s, "TEST", today=date(2022, 1, 15))


def _draw(figure: object, out: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    w, h = (float(v) * 72 for v in figure.get_size_inches())  # type: ignore[attr-defined]
    canvas = Canvas(str(out), pagesize=(w, h), pageCompression=1)
    draw_figure(figure, canvas, 0, 0)  # type: ignore[arg-type]
    canvas.save()
    return out


def _words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


def _page_stream(pdf: Path) -> bytes:
    """The page's content stream (not a font or its Unicode map): the one that places things (cm)."""
    data = pdf.read_bytes()
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        header, body = m.group(1), m.group(2)
        if b"/Length1" in header:
            continue
        if b"/ASCII85Decode" in header:
            body = base64.a85decode(body.strip().removesuffix(b"~>"), adobe=False)
        if b"/FlateDecode" in header:
            body = zlib.decompress(body)
        if b" cm" in body:
            return body
    raise AssertionError("no page stream")


@poppler
@pytest.mark.parametrize("which", ["focus_area", "scorecard"])
def test_chart_text_is_text_where_matplotlib_lays_it_out(grid: ProjectGrid, tmp_path: Path, which: str) -> None:
    from matplotlib.text import Text

    figure = (charts.focus_area_figure(grid, 1) if which == "focus_area" else charts.scorecard_figure(grid)).figure
    pdf = _draw(figure, tmp_path / "chart.pdf")
    width, height = (float(v) * 72 for v in figure.get_size_inches())
    renderer = figure.canvas.get_renderer()
    words = _words(pdf)
    checked = 0
    for text in figure.findobj(Text):
        content = text.get_text().strip()
        if not content or not text.get_visible() or text.get_rotation() or "\n" in content:
            continue
        box = text.get_window_extent(renderer)
        if box.x0 < 0 or box.x1 > width:
            continue  # a tick beyond the axis' limits: matplotlib does not draw it
        first = content.split()[0]
        # pdftotext measures from the top of the page; matplotlib from the bottom.
        top, bottom = height - box.y1, height - box.y0
        assert any(w == first and abs(x0 - box.x0) < 1.5 and top - 1.5 <= (y0 + y1) / 2 <= bottom + 1.5
                   for x0, y0, _x1, y1, w in words), (content, box, [w for w in words if w[4] == first])
        checked += 1
    assert checked >= 8


def test_bars_are_paths_at_their_place_and_hatched(grid: ProjectGrid, tmp_path: Path) -> None:
    chart = charts.scorecard_figure(grid)
    pdf = _draw(chart.figure, tmp_path / "bars.pdf")
    stream = _page_stream(pdf).decode("latin-1")
    points = {(round(float(x), 1), round(float(y), 1)) for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+) [ml]\b", stream)}
    renderer = chart.figure.canvas.get_renderer()
    bars = [bar for container in chart.bars.values() for bar in container if bar.get_width() > 0]
    assert bars
    for bar in bars:
        box = bar.get_window_extent(renderer)
        for corner in ((box.x0, box.y0), (box.x1, box.y1)):
            assert any(abs(x - corner[0]) < 0.2 and abs(y - corner[1]) < 0.2 for x, y in points), (bar, corner)
    # The grey bars are dotted (a hatch, not colour alone): many small filled circles clipped to the bar.
    assert stream.count(" c\n") + stream.count(" c ") > 20 and " W n" in stream
    # matplotlib fills by the non-zero winding rule: never even-odd (f*, W*), which would punch holes.
    assert not re.search(r"\b(f\*|W\*|B\*)", stream)


def test_dashes_alpha_and_markers(grid: ProjectGrid, tmp_path: Path) -> None:
    chart = charts.indicator_figure(grid.rows[1], grid.quarters)  # split by sex: translucent bars
    pdf = _draw(chart.figure, tmp_path / "line.pdf")
    stream = _page_stream(pdf)
    assert re.search(rb"\[[\d. ]+\] [\d.]+ d", stream)  # the expected line is dashed
    assert b"/ca" in pdf.read_bytes() or b" gs" in stream  # the parts by sex are translucent (alpha 0.6)


# --- fonts ------------------------------------------------------------------------------------------
@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    fonts.document_fonts.cache_clear()
    yield
    fonts.document_fonts.cache_clear()


def test_the_document_font_prints_swedish_and_the_light_symbols(fresh_fonts: None) -> None:
    from reportlab.pdfbase.pdfmetrics import getFont

    found = fonts.document_fonts()
    assert found.regular_file.is_file() and found.bold_file.is_file()
    for name in (found.regular, found.bold):
        glyphs = getFont(name).face.charToGlyph
        assert all(ord(c) in glyphs for c in "åäöÅÄÖ●▲■○–")


def test_a_font_without_the_symbols_is_passed_over(fresh_fonts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera: Swedish letters, no ● ▲ ■ ○
    real = list(fonts.candidates())
    monkeypatch.setattr(fonts, "candidates", lambda: iter([(vera / "Vera.ttf", vera / "VeraBd.ttf"), *real]))
    assert fonts.document_fonts().regular_file != vera / "Vera.ttf"


def test_no_usable_font_is_a_clear_message(fresh_fonts: None, monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts"
    monkeypatch.setattr(fonts, "candidates", lambda: iter([(tmp_path / "saknas.ttf", tmp_path / "saknas-b.ttf"),
                                                           (vera / "Vera.ttf", vera / "VeraBd.ttf")]))
    with pytest.raises(HallbarError, match="Inget typsnitt med svenska tecken"):
        fonts.document_fonts()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) behövs")
def test_a_figure_with_an_image_and_math_prints_the_right_way_up(tmp_path: Path) -> None:
    """The report's charts have neither, but a figure that does must still print correctly."""
    import numpy as np
    from matplotlib.figure import Figure
    from PIL import Image

    figure = Figure(figsize=(2, 2))
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.imshow(np.array([[0.0], [1.0]]), cmap="gray", aspect="auto", interpolation="nearest")  # black over white
    ax.text(0.5, 0.5, r"$\alpha^2$", color="red", ha="center", va="center", fontsize=30, transform=ax.transAxes)
    pdf = _draw(figure, tmp_path / "image.pdf")
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "image")], check=True)
    pixels = np.asarray(Image.open(tmp_path / "image.png").convert("RGB"), dtype=int)
    assert pixels[5, 5].sum() < 100 and pixels[-5, -5].sum() > 600  # dark at the top, light at the bottom
    centre = pixels[50:94, 40:104]
    assert ((centre[..., 0] > 150) & (centre[..., 1] < 100)).any()  # the formula, drawn as red outlines
