"""The steering group's meeting report: a printable A4 PDF of one meeting and its quarter.

A cover page (project, meeting, attendees, approval), the project's scorecard, one section per
focus area (overview chart, indicator table with traffic lights, the meeting's narrative) and
the decisions: those taken at the meeting and earlier ones still followed up. Every page says
"Sida N av M". Text is measured and wrapped, and long text flows onto further pages.

Written with matplotlib's PDF backend (TrueType fonts, so the text can be searched and copied);
matplotlib is imported inside the functions: the window must not pay for it at start-up.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from hallbar_desktop import __version__
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.errors import HallbarError, ValidationError
from hallbar_desktop.services import steering
from hallbar_desktop.services.formatting import format_target, format_value
from hallbar_desktop.services.grid import GridRow, ProjectGrid, project_grid
from hallbar_desktop.services.lookup import get_project

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# A4 portrait in inches, and the margins of the text block.
PAGE_W, PAGE_H = 8.27, 11.69
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 0.75, 0.75, 0.7, 0.85
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R

LIGHT_COLOURS = {Light.GREEN: "#2e7d32", Light.YELLOW: "#b58900", Light.RED: "#c62828",
                 Light.GREY: "#757575", Light.NONE: "#333333"}
LIGHT_FILLS = {Light.GREEN: "#c6efce", Light.YELLOW: "#ffeb9c", Light.RED: "#ffc7ce",
               Light.GREY: "#e0e0e0", Light.NONE: "#ffffff"}
HEADER_FILL = "#1f4e79"
RULE = "#b0bec5"
NARRATIVE_HEADINGS = (
    ("happened", "Vad har hänt"),
    ("deviations", "Avvikelser från plan"),
    ("goal_conflicts", "Målkonflikter"),
    ("actions", "Föreslagna åtgärder"),
)


# --- measuring text -------------------------------------------------------------------------
class _Measure:
    """Widths of text in inches, as the PDF will draw it (DejaVu Sans)."""

    def __init__(self) -> None:
        from matplotlib.backends.backend_agg import RendererAgg
        from matplotlib.font_manager import FontProperties

        self._renderer = RendererAgg(10, 10, 72)  # 72 dpi: pixels are points
        self._props: dict[tuple[float, str], Any] = {}
        self._font_properties = FontProperties
        self._cache: dict[tuple[str, float, str], float] = {}

    def width(self, text: str, size: float, weight: str = "normal") -> float:
        key = (text, size, weight)
        found = self._cache.get(key)
        if found is None:
            prop = self._props.get((size, weight))
            if prop is None:
                prop = self._font_properties(family="DejaVu Sans", size=size, weight=weight)
                self._props[(size, weight)] = prop
            w, _h, _d = self._renderer.get_text_width_height_descent(text, prop, ismath=False)
            found = self._cache[key] = w / 72.0
        return found

    def wrap(self, text: str, width: float, size: float, weight: str = "normal") -> list[str]:
        """Lines of at most ``width`` inches; paragraphs kept, over-long words broken."""
        out: list[str] = []
        for paragraph in text.replace("\r\n", "\n").replace("\t", "    ").split("\n"):
            words = paragraph.split(" ")
            line = ""
            for word in words:
                candidate = f"{line} {word}" if line else word
                if self.width(candidate, size, weight) <= width:
                    line = candidate
                    continue
                if line:
                    out.append(line)
                    line = ""
                while word and self.width(word, size, weight) > width:
                    cut = len(word) - 1
                    while cut > 1 and self.width(word[:cut], size, weight) > width:
                        cut -= 1
                    out.append(word[:cut])
                    word = word[cut:]
                line = word
            out.append(line)
        return out or [""]


# --- page layout ----------------------------------------------------------------------------
Op = Callable[["Figure"], None]


@dataclass
class _Page:
    ops: list[Op] = field(default_factory=list)


@dataclass(frozen=True)
class _Column:
    title: str
    width: float  # inches
    size: float = 8.0


@dataclass(frozen=True)
class _Cell:
    text: str
    colour: str = "#000000"
    fill: str | None = None
    weight: str = "normal"


class _Layout:
    """A cursor on the current page; things that do not fit go on to a new page."""

    def __init__(self) -> None:
        self.measure = _Measure()
        self.pages: list[_Page] = []
        self.y = 0.0  # inches from the top of the page
        self.new_page()

    # positions -------------------------------------------------------------------------------
    @property
    def bottom(self) -> float:
        return PAGE_H - MARGIN_B

    def room(self) -> float:
        return self.bottom - self.y

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = MARGIN_T

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` fits (a fresh page takes whatever it can)."""
        if self.y > MARGIN_T + 1e-6 and height > self.room():
            self.new_page()

    def space(self, height: float) -> None:
        self.y += height
        if self.y > self.bottom:
            self.new_page()

    def _add(self, op: Op) -> None:
        self.pages[-1].ops.append(op)

    # drawing -------------------------------------------------------------------------------
    def text_at(self, x: float, y: float, text: str, size: float, *, weight: str = "normal",
                colour: str = "#000000", ha: str = "left") -> None:
        fx, fy = x / PAGE_W, 1 - y / PAGE_H

        def op(fig: Figure) -> None:
            fig.text(fx, fy, text, fontsize=size, fontweight=weight, color=colour, ha=ha, va="baseline",
                     parse_math=False, family="DejaVu Sans")

        self._add(op)

    def rect(self, x: float, y: float, w: float, h: float, *, fill: str, edge: str | None = None) -> None:
        def op(fig: Figure) -> None:
            from matplotlib.patches import Rectangle

            fig.add_artist(Rectangle((x / PAGE_W, 1 - (y + h) / PAGE_H), w / PAGE_W, h / PAGE_H,
                                     transform=fig.transFigure, facecolor=fill,
                                     edgecolor=edge or "none", linewidth=0.5))

        self._add(op)

    def hline(self, y: float, x0: float = MARGIN_L, x1: float = PAGE_W - MARGIN_R, colour: str = RULE) -> None:
        def op(fig: Figure) -> None:
            from matplotlib.lines import Line2D

            fig.add_artist(Line2D([x0 / PAGE_W, x1 / PAGE_W], [1 - y / PAGE_H] * 2, transform=fig.transFigure,
                                  color=colour, linewidth=0.6))

        self._add(op)

    # flowing content -------------------------------------------------------------------------
    def heading(self, text: str, size: float = 14, *, keep: float = 0.8) -> None:
        """A heading, kept on the same page as at least ``keep`` inches of what follows."""
        lines = self.measure.wrap(text, TEXT_W, size, "bold")
        lh = size / 72 * 1.3
        self.ensure(lh * len(lines) + keep)
        self.y += 0.1
        for line in lines:
            self.y += lh
            self.text_at(MARGIN_L, self.y, line, size, weight="bold", colour=HEADER_FILL)
        self.y += 0.08

    def paragraph(self, text: str, size: float = 9.5, *, indent: float = 0.0, colour: str = "#000000",
                  weight: str = "normal") -> None:
        lh = size / 72 * 1.35
        for line in self.measure.wrap(text, TEXT_W - indent, size, weight):
            if self.y + lh > self.bottom:
                self.new_page()
            self.y += lh
            self.text_at(MARGIN_L + indent, self.y, line, size, weight=weight, colour=colour)
        self.y += lh * 0.3

    def facts(self, rows: Sequence[tuple[str, str]], size: float = 10, label_w: float = 1.9) -> None:
        """Label: value pairs, the value wrapped beside its label."""
        lh = size / 72 * 1.4
        for label, value in rows:
            lines = self.measure.wrap(value or "–", TEXT_W - label_w, size)
            for i, line in enumerate(lines):
                if self.y + lh > self.bottom:
                    self.new_page()
                self.y += lh
                if i == 0:
                    self.text_at(MARGIN_L, self.y, label, size, weight="bold")
                self.text_at(MARGIN_L + label_w, self.y, line, size)
        self.y += lh * 0.3

    def image(self, figure: Figure, *, width: float = TEXT_W, dpi: int = 200) -> None:
        """A chart, drawn to a bitmap and scaled into the text block (shrunk if it is taller)."""
        import matplotlib.image as mpimg
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi)
        buffer.seek(0)
        pixels = mpimg.imread(buffer, format="png")
        fw, fh = figure.get_size_inches()
        w = min(width, TEXT_W)
        h = w * fh / fw
        most = self.bottom - MARGIN_T
        if h > most:
            w, h = w * most / h, most
        self.ensure(h + 0.1)
        x = MARGIN_L + (TEXT_W - w) / 2
        y = self.y + 0.05
        rect = (x / PAGE_W, 1 - (y + h) / PAGE_H, w / PAGE_W, h / PAGE_H)

        def op(fig: Figure) -> None:
            ax = fig.add_axes(rect)
            ax.imshow(pixels, interpolation="antialiased")
            ax.set_axis_off()

        self._add(op)
        self.y = y + h + 0.1

    def table(self, columns: Sequence[_Column], rows: Sequence[Sequence[_Cell]], *, empty: str = "") -> None:
        """A table with a header row repeated on every page; tall rows are split between pages."""
        if not rows:
            if empty:
                self.paragraph(empty, colour="#555555")
            return
        pad = 0.05
        header_size = 8.0
        header_lines = [self.measure.wrap(c.title, c.width - 2 * pad, header_size, "bold") for c in columns]
        header_h = max(len(ls) for ls in header_lines) * header_size / 72 * 1.3 + 2 * pad

        def draw_header() -> None:
            x = MARGIN_L
            self.rect(MARGIN_L, self.y, sum(c.width for c in columns), header_h, fill=HEADER_FILL)
            for col, lines in zip(columns, header_lines, strict=True):
                y = self.y + pad
                for line in lines:
                    y += header_size / 72 * 1.3
                    self.text_at(x + pad, y - 0.02, line, header_size, weight="bold", colour="#ffffff")
                x += col.width
            self.y += header_h

        wrapped = [[self.measure.wrap(cell.text, col.width - 2 * pad, col.size, cell.weight)
                    for col, cell in zip(columns, row, strict=True)] for row in rows]
        self.ensure(header_h + max(c.size for c in columns) / 72 * 1.3 + 2 * pad + 0.1)
        draw_header()
        total_w = sum(c.width for c in columns)
        lh = max(c.size for c in columns) / 72 * 1.3
        for row, cells in zip(rows, wrapped, strict=True):
            done = [0] * len(columns)
            chunk = 0
            while chunk == 0 or any(d < len(lines) for lines, d in zip(cells, done, strict=True)):
                remaining = max(len(lines) - d for lines, d in zip(cells, done, strict=True))
                fit = int((self.room() - 2 * pad) // lh)
                if fit < min(remaining, 3):  # a short row is not split; a long one goes on where it may
                    self.new_page()
                    draw_header()
                    fit = int((self.room() - 2 * pad) // lh)
                take = max(1, min(remaining, fit))
                height = take * lh + 2 * pad
                x = MARGIN_L
                for i, (col, cell) in enumerate(zip(columns, row, strict=True)):
                    if cell.fill:
                        self.rect(x, self.y, col.width, height, fill=cell.fill)
                    y = self.y + pad
                    for line in cells[i][done[i]:done[i] + take]:
                        y += lh
                        self.text_at(x + pad, y - 0.03, line, col.size, colour=cell.colour, weight=cell.weight)
                    if chunk and i == 0 and done[0] >= len(cells[0]) and cells[0][0]:
                        # the rest of a long row on a new page: say whose row it is
                        self.text_at(x + pad, self.y + pad + lh - 0.03, cells[0][0], col.size, colour="#777777")
                        if take > 1:
                            self.text_at(x + pad, self.y + pad + 2 * lh - 0.03, "forts.", 6.5, colour="#777777")
                    done[i] += take
                    x += col.width
                chunk += 1
                self.y += height
                self.hline(self.y, MARGIN_L, MARGIN_L + total_w)
        self.y += 0.15


# --- what the report shows ----------------------------------------------------------------------
@dataclass(frozen=True)
class _Content:
    meeting: steering.MeetingInfo
    grid: ProjectGrid
    approval: steering.ApprovalInfo | None
    earlier: tuple[steering.DecisionInfo, ...]
    today: date


def _earlier_decisions(decisions: list[steering.DecisionInfo], meeting: steering.MeetingInfo,
                       meetings: list[steering.MeetingInfo]) -> tuple[steering.DecisionInfo, ...]:
    """Decisions of earlier meetings the meeting follows up: still open, or closed since the last one."""
    before = [m.held_on for m in meetings if m.held_on < meeting.held_on]
    previous = before[-1] if before else None
    out = []
    for d in decisions:
        if d.meeting_date >= meeting.held_on:
            continue
        if d.is_open or d.closed_on is None or previous is None or d.closed_on >= previous:
            out.append(d)
    return tuple(out)


def gather(session: Session, project_code: str, *, held_on: date | None = None,
           today: date | None = None) -> _Content:
    """Everything the report shows, read before any file is touched."""
    project = get_project(session, project_code)
    meeting = steering.meeting_for(session, project.code, held_on)
    if meeting is None:
        raise ValidationError(
            f"{project.code} har inget styrgruppsmöte än; lägg in ett möte innan mötesrapporten skrivs.")
    # The grid as it stood when the meeting's quarter was followed up: its status quarter is that one.
    grid = project_grid(session, project.code, today=meeting.quarter.next().start_date)
    approval = steering.approved_quarters(session, project.code).get(meeting.quarter)
    earlier = _earlier_decisions(steering.list_decisions(session, project.code), meeting,
                                 steering.list_meetings(session, project.code))
    return _Content(meeting, grid, approval, earlier, today or date.today())


def _approval_text(content: _Content) -> str:
    a = content.approval
    if a is None:
        return f"Utkast – {content.meeting.quarter.label_sv()} är inte fastställt av styrgruppen"
    return f"Fastställt av styrgruppen {a.approved_on.isoformat()}"


def _cover(lay: _Layout, content: _Content) -> None:
    m, p = content.meeting, content.grid.project
    lay.y += 0.3
    lay.text_at(MARGIN_L, lay.y, "Styrgruppsmöte – uppföljning", 12, colour="#555555")
    lay.y += 0.15
    for line in lay.measure.wrap(p.name, TEXT_W, 20, "bold"):
        lay.y += 20 / 72 * 1.3
        lay.text_at(MARGIN_L, lay.y, line, 20, weight="bold", colour=HEADER_FILL)
    lay.y += 0.15
    lay.hline(lay.y)
    lay.y += 0.1
    approved = content.approval is not None
    facts = [
        ("Projekt", p.code),
        ("Projektägare", p.owner),
        ("Diarienummer", p.case_number),
        ("Mötesdatum", m.held_on.isoformat()),
        ("Plats", m.place),
        ("Uppföljt kvartal", m.quarter.label_sv()),
        ("Status", _approval_text(content)),
    ]
    if m.approved and any(q != m.quarter for q in m.approved):
        facts.append(("Fastställda vid mötet", ", ".join(q.label_sv() for q in m.approved)))
    if p.project_leader:
        facts.append(("Projektledare", p.project_leader))
    lay.facts([(label, value) for label, value in facts if value or label == "Plats"])
    badge = "FASTSTÄLLT" if approved else "UTKAST"
    colour = LIGHT_COLOURS[Light.GREEN] if approved else LIGHT_COLOURS[Light.RED]
    lay.text_at(PAGE_W - MARGIN_R, MARGIN_T + 0.3, badge, 12, weight="bold", colour=colour, ha="right")
    if p.example_data:
        lay.paragraph("Exempeldata: värdena är påhittade för demonstration.", 9, colour="#555555")
    lay.heading("Närvarande", 12)
    rows = [[_Cell(a.label + (" – ersättare" if a.as_substitute and not a.member.substitute else "")),
             _Cell(a.member.role_sv), _Cell(a.member.organisation)] for a in m.attendees]
    lay.table([_Column("Namn", 2.6, 9), _Column("Roll", 1.3, 9), _Column("Organisation", TEXT_W - 3.9, 9)],
              rows, empty="Ingen närvaro är antecknad för mötet.")
    if m.notes.strip():
        lay.heading("Anteckningar", 12)
        lay.paragraph(m.notes)


def _scorecard(lay: _Layout, content: _Content) -> None:
    from hallbar_desktop.reporting.charts import scorecard_figure

    grid = content.grid
    lay.new_page()
    lay.heading(f"Projektets status {content.meeting.quarter.label_sv()}", 14, keep=2.5)
    if not grid.rows:
        lay.paragraph("Projektet har inga indikatorer.")
        return
    lay.image(scorecard_figure(grid, width=7.0).figure)
    columns = [_Column("Insatsområde", TEXT_W - 4 * 0.85, 9)] + [
        _Column(f"{SYMBOL[li]} {LABEL_SV[li]}", 0.85, 9) for li in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)]
    rows = []
    for area in grid.focus_areas:
        counts = grid.summary(area.number)
        rows.append([_Cell(f"{area.number}. {area.name}")] + [
            _Cell(f"{SYMBOL[li]} {counts[li]}", LIGHT_COLOURS[li], LIGHT_FILLS[li] if counts[li] else None)
            for li in (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)])
    lay.table(columns, rows)


def _value_text(row: GridRow, quarter: Quarter) -> str:
    cell = row.cell(quarter)
    if cell is None or cell.measurement is None:
        return "–"
    ind = row.indicator
    text = format_value(ind.kind, cell.value, reached_on=cell.measurement.reached_on)
    if ind.unit and ind.kind not in (IndicatorKind.PERCENT, IndicatorKind.AMOUNT, IndicatorKind.MILESTONE):
        text = f"{text} {ind.unit}"
    return text or "–"


def _focus_area(lay: _Layout, content: _Content, number: int, name: str) -> None:
    from hallbar_desktop.reporting.charts import focus_area_figure

    grid, m = content.grid, content.meeting
    lay.new_page()
    lay.heading(f"{number}. {name}", 15)
    lay.paragraph(f"Uppföljning av {m.quarter.label_sv()}", 9.5, colour="#555555")
    rows = grid.rows_of(number)
    if rows:
        lay.image(focus_area_figure(grid, number, width=7.0).figure)
        columns = [_Column("Kod", 0.45), _Column("Indikator", 2.0), _Column("Status", 0.75),
                   _Column("Värde", 0.95), _Column("Mål", 1.0), _Column("Kommentar", TEXT_W - 5.15)]
        table = []
        for row in rows:
            cell = row.cell(m.quarter)
            light = cell.status if cell else Light.NONE
            status = f"{SYMBOL[light]} {LABEL_SV[light]}".strip() if light is not Light.NONE else "–"
            ind = row.indicator
            table.append([
                _Cell(ind.code), _Cell(ind.name),
                _Cell(status, LIGHT_COLOURS[light], LIGHT_FILLS[light], "bold"),
                _Cell(_value_text(row, m.quarter)),
                _Cell(format_target(ind.kind, ind.target, ind.target_quarter) or "–"),
                _Cell(cell.comment if cell and cell.comment else ""),
            ])
        lay.heading("Indikatorer", 11, keep=0.8)
        lay.table(columns, table)
    else:
        lay.paragraph("Insatsområdet har inga indikatorer.")
    lay.heading(f"Styrgruppens berättelse, mötet {m.held_on.isoformat()}", 11, keep=0.8)
    narrative = m.narrative(number)
    if narrative.is_empty():
        lay.paragraph("Ingen berättelse är skriven för insatsområdet vid detta möte.", colour="#555555")
        return
    for attribute, title in NARRATIVE_HEADINGS:
        text = str(getattr(narrative, attribute)).strip()
        lay.ensure(0.6)
        lay.y += 0.04
        lay.paragraph(title, 10, weight="bold")
        lay.paragraph(text or "–", 9.5, indent=0.15, colour="#000000" if text else "#777777")


def _decision_rows(decisions: Sequence[steering.DecisionInfo], day: date, *,
                   with_meeting: bool) -> list[list[_Cell]]:
    rows = []
    for d in decisions:
        status = d.status_sv
        colour, fill = "#000000", None
        if d.is_overdue(day):
            status, colour, fill = f"{status}, försenat", LIGHT_COLOURS[Light.RED], LIGHT_FILLS[Light.RED]
        elif d.status == "done":
            colour = LIGHT_COLOURS[Light.GREEN]
        if d.closed_on and not d.is_open:
            status = f"{status} {d.closed_on.isoformat()}"
        text = f"{d.text}\n(mötet {d.meeting_date.isoformat()})" if with_meeting else d.text
        rows.append([_Cell(str(d.number), weight="bold"), _Cell(text), _Cell(d.owner or "–"),
                     _Cell(d.due_on.isoformat() if d.due_on else "–"), _Cell(status, colour, fill),
                     _Cell(d.follow_up)])
    return rows


def _decisions(lay: _Layout, content: _Content) -> None:
    m = content.meeting
    lay.new_page()
    lay.heading("Beslut", 15)
    columns = [_Column("Nr", 0.35), _Column("Beslut", 2.3), _Column("Ansvarig", 0.95),
               _Column("Klart senast", 0.8), _Column("Status", 0.95), _Column("Uppföljning", TEXT_W - 5.35)]
    lay.heading(f"Beslut vid mötet {m.held_on.isoformat()}", 11)
    lay.table(columns, _decision_rows(m.decisions, m.held_on, with_meeting=False),
              empty="Inga beslut fattades vid mötet.")
    lay.heading("Tidigare beslut som följs upp", 11)
    lay.table(columns, _decision_rows(content.earlier, m.held_on, with_meeting=True),
              empty="Inga tidigare beslut att följa upp.")
    lay.paragraph("Status och uppföljning visas som de är antecknade i registret när rapporten skrevs.", 8,
                  colour="#555555")


def _layout(content: _Content) -> _Layout:
    lay = _Layout()
    _cover(lay, content)
    _scorecard(lay, content)
    for area in content.grid.focus_areas:
        _focus_area(lay, content, area.number, area.name)
    _decisions(lay, content)
    return lay


def _render(lay: _Layout, content: _Content, out: Path) -> None:
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    m, p = content.meeting, content.grid.project
    total = len(lay.pages)
    footer = f"{p.name} ({p.code}) – styrgruppsmöte {m.held_on.isoformat()}"
    footer_lines = lay.measure.wrap(footer, TEXT_W - 1.4, 7.5)
    with PdfPages(out, metadata={
        "Title": f"{p.name} – styrgruppsmöte {m.held_on.isoformat()}",
        "Author": p.owner,
        "Subject": f"Uppföljning av {m.quarter.label_sv()}",
        "Creator": f"Hållbar Desktop {__version__}",
    }) as pdf:
        for number, page in enumerate(lay.pages, start=1):
            fig = Figure(figsize=(PAGE_W, PAGE_H))
            for op in page.ops:
                op(fig)
            y = PAGE_H - MARGIN_B + 0.35
            fig.add_artist(_rule(fig, y))
            fig.text(MARGIN_L / PAGE_W, 1 - (y + 0.18) / PAGE_H, footer_lines[0], fontsize=7.5, color="#555555",
                     parse_math=False)
            fig.text(1 - MARGIN_R / PAGE_W, 1 - (y + 0.18) / PAGE_H, f"Sida {number} av {total}", fontsize=8,
                     ha="right", parse_math=False)
            fig.text(MARGIN_L / PAGE_W, 1 - (y + 0.34) / PAGE_H,
                     f"Utskriven {content.today.isoformat()} med Hållbar Desktop {__version__}", fontsize=6.5,
                     color="#777777", parse_math=False)
            pdf.savefig(fig)


def _rule(fig: Figure, y: float) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([MARGIN_L / PAGE_W, 1 - MARGIN_R / PAGE_W], [1 - y / PAGE_H] * 2, transform=fig.transFigure,
                  color=RULE, linewidth=0.6)


def write_meeting_report(session: Session, project_code: str, out_path: Path | str, *,
                         held_on: date | None = None, today: date | None = None) -> Path:
    """Write the meeting's report as an A4 PDF; without ``held_on`` the latest meeting.

    The file is written next to ``out_path`` and renamed: a failure never leaves half a file.
    """
    out = Path(out_path)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"Mötesrapporten sparas som .pdf, inte «{out.suffix or out.name}».")
    if not out.parent.is_dir():
        raise HallbarError(f"Mappen {out.parent} finns inte.")
    content = gather(session, project_code, held_on=held_on, today=today)
    import matplotlib

    with matplotlib.rc_context({"pdf.fonttype": 42, "font.family": "DejaVu Sans", "pdf.compression": 6}):
        lay = _layout(content)
        fd, tmp = tempfile.mkstemp(prefix=".hallbar-", suffix=".pdf", dir=out.parent)
        os.close(fd)
        try:
            _render(lay, content, Path(tmp))
            from hallbar_desktop.files import finish

            finish(Path(tmp), out)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise HallbarError(f"Mötesrapporten kunde inte sparas i {out}: {exc.strerror}.") from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return out


__all__ = ["write_meeting_report", "gather"]
