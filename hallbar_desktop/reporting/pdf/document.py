"""An A4 document on platypus: styles, tables that continue on the next page, "Sida N av M".

A report is a list of flowables (``story``) written by ``write_pdf``: ReportLab flows the
paragraphs, splits tables between pages with their header row repeated, and the footer of
every page says which page of how many it is. The count is known only when the last page is
laid out, so the canvas keeps each finished page and draws the footers when the document is
saved (ReportLab's "numbered canvas"): one layout pass, the charts drawn once.

All text is at least 9 pt, in an embedded TrueType font (``fonts.document_fonts``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hallbar_desktop.reporting.pdf.fonts import Fonts, document_fonts

# A4 portrait in points and the text block.
PAGE_W, PAGE_H = 595.2756, 841.8898
MARGIN_L = MARGIN_R = 54.0
MARGIN_T = 50.0
MARGIN_B = 70.0  # room for the footer: a rule and two lines
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
TEXT_H = PAGE_H - MARGIN_T - MARGIN_B
MIN_SIZE = 9.0  # no text smaller than this, charts included

INK = "#000000"
MUTED = "#555555"
HEADER_FILL = "#1f4e79"
RULE = "#b0bec5"


def markup(text: str) -> str:
    """Plain text as platypus paragraph markup: escaped, line breaks kept."""
    text = text.replace("\r\n", "\n").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\t", "    ").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    fonts: Fonts
    title: Any
    kicker: Any
    h1: Any
    h2: Any
    h3: Any
    body: Any
    muted: Any
    cell: Any
    header: Any

    @classmethod
    def make(cls, fonts: Fonts) -> Styles:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        def style(name: str, size: float, *, bold: bool = False, colour: str = INK, leading: float = 1.3,
                  before: float = 0, after: float = 0, keep: bool = False) -> ParagraphStyle:
            assert size >= MIN_SIZE
            return ParagraphStyle(name, fontName=fonts.bold if bold else fonts.regular, fontSize=size,
                                  leading=round(size * leading, 1), textColor=HexColor(colour),
                                  spaceBefore=before, spaceAfter=after, keepWithNext=1 if keep else 0)

        return cls(
            fonts=fonts,
            title=style("title", 20, bold=True, colour=HEADER_FILL, leading=1.25, after=10),
            kicker=style("kicker", 12, colour=MUTED, after=4),
            h1=style("h1", 15, bold=True, colour=HEADER_FILL, leading=1.25, after=4, keep=True),
            h2=style("h2", 12, bold=True, colour=HEADER_FILL, before=10, after=5, keep=True),
            h3=style("h3", 10, bold=True, before=6, after=2, keep=True),
            body=style("body", 9.5, leading=1.35, after=4),
            muted=style("muted", 9.5, colour=MUTED, leading=1.35, after=4),
            cell=style("cell", 9, leading=1.25),
            header=style("header", 9, bold=True, colour="#ffffff", leading=1.2),
        )


def styles() -> Styles:
    return Styles.make(document_fonts())


# --- tables -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points; the last column of a table may take what is left (0)


@dataclass(frozen=True)
class Cell:
    text: str
    colour: str = INK
    fill: str | None = None
    bold: bool = False


def paragraph(text: str, style: Any, **changes: Any) -> Any:
    from reportlab.platypus import Paragraph

    if changes:
        from reportlab.lib.colors import HexColor

        if "textColor" in changes:
            changes["textColor"] = HexColor(changes["textColor"])
        style = style.clone(f"{style.name}-x", **changes)
    return Paragraph(markup(text), style)


def table(st: Styles, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *, header: bool = True,
          lines: bool = True) -> Any:
    """A table whose rows wrap their text; split between pages by row, the header row repeated.

    A row taller than what is left of a page is split inside the row (so one very long comment
    cannot push the table off the page), but never into a sliver of less than three lines.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    widths = [c.width for c in columns]
    if widths and widths[-1] == 0:
        widths[-1] = TEXT_W - sum(widths[:-1])
    cell_styles: dict[tuple[str, bool], Any] = {}

    def cell_paragraph(cell: Cell) -> Any:
        from reportlab.platypus import Paragraph

        key = (cell.colour, cell.bold)
        style = cell_styles.get(key)
        if style is None:
            style = cell_styles[key] = st.cell.clone(f"cell-{len(cell_styles)}", textColor=HexColor(cell.colour),
                                                      fontName=st.fonts.bold if cell.bold else st.fonts.regular)
        return Paragraph(markup(cell.text), style)

    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, st.cell.fontSize, st.cell.leading),  # not Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        from reportlab.platypus import Paragraph

        data.append([Paragraph(markup(c.title), st.header) for c in columns])
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)))
    first = len(data)
    for r, row in enumerate(rows, start=first):
        data.append([cell_paragraph(cell) for cell in row])
        for c, cell in enumerate(row):
            if cell.fill:
                commands.append(("BACKGROUND", (c, r), (c, r), HexColor(cell.fill)))
    if lines:
        commands.append(("LINEBELOW", (0, first), (-1, -1), 0.6, HexColor(RULE)))
    return Table(data, colWidths=widths, style=TableStyle(commands), repeatRows=1 if header else 0,
                 splitByRow=1, splitInRow=3 * st.cell.leading + 7, hAlign="LEFT", spaceAfter=8)


def side_by_side(st: Styles, flowables: Sequence[Any], widths: Sequence[float]) -> Any:
    """Flowables next to each other across the text block (a table without lines or padding)."""
    from reportlab.platypus import Table

    return Table([list(flowables)], colWidths=list(widths), hAlign="LEFT", style=[
        ("FONT", (0, 0), (-1, -1), st.fonts.regular, st.cell.fontSize),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])


# --- pages --------------------------------------------------------------------------------------
Footer = Callable[[Any, int, int], None]  # (canvas, page number, pages)


def _numbered_canvas(footer: Footer) -> type:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each finished page and draws the footers, "Sida N av M", when the count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._finished)
            for state in self._finished:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def footer_drawer(st: Styles, left: str, note: str) -> Footer:
    """A rule, ``left`` (shortened to fit) and "Sida N av M" on one line, ``note`` below."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = MIN_SIZE
    room = TEXT_W - stringWidth("Sida 000 av 000", st.fonts.regular, size) - 12
    if stringWidth(left, st.fonts.regular, size) > room:
        while left and stringWidth(left + "…", st.fonts.regular, size) > room:
            left = left[:-1]
        left = left.rstrip() + "…"

    def draw(canvas: Any, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(HexColor(RULE))
        canvas.setLineWidth(0.6)
        y = MARGIN_B - 18
        canvas.line(MARGIN_L, y, PAGE_W - MARGIN_R, y)
        canvas.setFont(st.fonts.regular, size)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(MARGIN_L, y - 13, left)
        canvas.drawString(MARGIN_L, y - 26, note)
        canvas.setFillColor(HexColor(INK))
        canvas.drawRightString(PAGE_W - MARGIN_R, y - 13, f"Sida {number} av {total}")
        canvas.restoreState()

    return draw


def write_pdf(story: list[Any], out: Path, st: Styles, footer: Footer, *, title: str, author: str,
              subject: str, creator: str, what: str = "Rapporten") -> Path:
    """Lay out ``story`` on A4 pages and write it to ``out`` (``files.write_atomically``: through
    a temporary file and a rename, with the mode any new file gets).

    A failure never leaves half a file; a file that cannot be written is a ``HallbarError``
    naming ``what`` could not be saved.
    """
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from hallbar_desktop.files import write_atomically

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_L, rightMargin=MARGIN_R,
                          topMargin=MARGIN_T, bottomMargin=MARGIN_B, title=title, author=author,
                          subject=subject, creator=creator, producer=creator,
                          initialFontName=st.fonts.regular, initialFontSize=10, lang="sv-SE")
    frame = Frame(MARGIN_L, MARGIN_B, TEXT_W, TEXT_H, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="text")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(footer))
    return write_atomically(out, buffer.getbuffer(), what)
