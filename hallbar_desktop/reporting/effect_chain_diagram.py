"""The effect chain drawn as a diagram: a matplotlib Figure, saved as PNG or SVG (real text).

Columns Aktiviteter → Resultat → Effekter, one row (lane) per focus area, a box per step with its
text wrapped to the column, its activities, and its indicators as small labels in their traffic
light's colour *and* with its symbol (● ▲ ■ ○), so the diagram reads in grey-scale print too.
Arrows join the boxes; an arrow that skips the result level by the user's choice is dashed,
runs below the boxes and is named in its box. The default size is A4 landscape; text is 8 pt or
more at that size. Text is measured with the font before it is placed, so long Swedish names wrap
inside their boxes instead of running over them.

No pyplot and no Qt: the window embeds the Figure, the reports take the PNG bytes
(:func:`effect_chain_image`), and the command line saves either format.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.errors import HallbarError
from hallbar_desktop.services.effect_chain import ChainBox, EffectChain

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import Session

A4_LANDSCAPE = (11.69, 8.27)  # inches
#: The width of the text area of an A4 portrait page with 2 cm margins (the lägesrapport).
A4_PORTRAIT_TEXT_WIDTH = 17.0 / 2.54

FONT = "DejaVu Sans"  # has å, ä, ö and the four symbols; matplotlib ships it
LIGHT_FILL = {Light.GREEN: "#2e7d32", Light.YELLOW: "#f2b705", Light.RED: "#c62828", Light.GREY: "#9e9e9e",
              Light.NONE: "#eceff1"}
LIGHT_TEXT = {Light.GREEN: "white", Light.YELLOW: "black", Light.RED: "white", Light.GREY: "black",
              Light.NONE: "#37474f"}
BOX_FILL = {ChainLevel.ACTIVITY: "#e3ecf7", ChainLevel.RESULT: "#e5f2e3", ChainLevel.EFFECT: "#fbefd9"}
BOX_EDGE = "#546e7a"
INK = "#212121"
MUTED = "#546e7a"
ARROW = "#37474f"
SKIP = "#6a1b9a"

LINE = 1.25  # line height / font size
PT = 1 / 72  # an inch per point
MARGIN = 0.25
GUTTER = 0.42  # between the columns, room for the arrows
PAD = 0.06  # inside a box
GAP = 0.12  # between boxes in a column
LANE_PAD = 0.08
CHANNEL = 0.2  # below a lane's boxes, where arrows that skip the results run
#: Font sizes tried in turn until the chain fits its page; the smallest text stays at 7 pt.
SCALES = (1.0, 0.94, 0.88)


@dataclass(frozen=True)
class _Style:
    scale: float = 1.0

    @property
    def title(self) -> float:
        return 13.0 * self.scale

    @property
    def sub(self) -> float:
        return 9.0 * self.scale

    @property
    def head(self) -> float:
        return 10.5 * self.scale

    @property
    def box(self) -> float:
        return 8.5 * self.scale

    @property
    def small(self) -> float:
        return 8.0 * self.scale

    @property
    def pill(self) -> float:
        return 8.0 * self.scale

    @property
    def lane(self) -> float:
        return 8.5 * self.scale


# --- measuring and wrapping text -------------------------------------------------------------
@lru_cache(maxsize=4096)
def _width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The width of ``text`` in inches, measured with the font (not guessed from its length)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    prop = FontProperties(family=FONT, size=size, weight="bold" if bold else "normal",
                          style="italic" if italic else "normal")
    width, _, _ = TextToPath().get_text_width_height_descent(text, prop, ismath=False)
    return float(width) * PT


def wrap(text: str, width: float, size: float, *, bold: bool = False, italic: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width`` inches; a word longer than a line is split."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if _width(candidate, size, bold, italic) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while _width(word, size, bold, italic) > width and len(word) > 1:  # a very long word
                cut = len(word) - 1
                while cut > 1 and _width(word[:cut] + "-", size, bold, italic) > width:
                    cut -= 1
                if len(word) - cut < 3 < cut:  # not a letter or two alone on the next line
                    cut = len(word) - 3
                lines.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _height(lines: int, size: float) -> float:
    return lines * size * LINE * PT


#: What the symbols and arrows mean (under the diagram, or in a report's own text).
LEGEND = ("Status: " + "   ".join(f"{SYMBOL[x]} {LABEL_SV[x].lower()}" for x in (Light.GREEN, Light.YELLOW, Light.RED,
                                                                                  Light.GREY))
          + " (värde saknas). Pil: leder till. Streckad pil: hoppar över resultatnivån (användarens val).")


# --- layout ------------------------------------------------------------------------------------
@dataclass
class _Pill:
    text: str
    light: Light
    x: float  # from the box's inner left edge
    row: int
    width: float


@dataclass
class _Placed:
    box: ChainBox
    x: float
    y: float
    w: float
    h: float = 0.0
    title: list[str] = field(default_factory=list)
    pills: list[_Pill] = field(default_factory=list)
    pill_rows: int = 0
    notes: list[tuple[list[str], str]] = field(default_factory=list)  # (lines, kind: follow, activities, skip)

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


def _activity_text(box: ChainBox) -> str:
    parts = []
    for a in box.activities:
        late = a.status in (ActivityStatus.DELAYED, ActivityStatus.CANCELLED)
        parts.append(f"{a.code} ({a.status_sv})" if late else a.code)
    return "Aktiviteter: " + ", ".join(parts)


def _pill_text(code: str, light: Light) -> str:
    symbol = SYMBOL[light]
    return f"{symbol} {code}" if symbol else code


def _pill_height(st: _Style) -> float:
    return st.pill * 1.75 * PT


def _measure_box(p: _Placed, skips: list[tuple[str, str]], st: _Style) -> None:
    inner = p.w - 2 * PAD
    box = p.box
    p.title = wrap(box.title, inner, st.box, bold=True)
    h = PAD + _height(len(p.title), st.box)
    if box.indicators:
        row, x = 0, 0.0
        for ind in box.indicators:
            text = _pill_text(ind.code, ind.light)
            width = _width(text, st.pill, bold=True) + 0.12
            if x > 0 and x + width > inner:
                row, x = row + 1, 0.0
            p.pills.append(_Pill(text, ind.light, x, row, width))
            x += width + 0.06
        p.pill_rows = row + 1
        h += 0.05 + p.pill_rows * _pill_height(st)
        for ind in box.indicators:
            if ind.follow_up_until is not None:
                p.notes.append((wrap(f"{ind.code} följs upp efter projektslut, t.o.m. "
                                     f"{ind.follow_up_until.label_sv()}", inner, st.small, italic=True), "follow"))
    if box.activities:
        p.notes.append((wrap(_activity_text(box), inner, st.small), "activities"))
    for target, note in skips:
        text = f"⇢ direkt till {target}, hoppar över resultatnivån (valt)" + (f": {note}" if note else "")
        p.notes.append((wrap(text, inner, st.small, italic=True), "skip"))
    for lines, _ in p.notes:
        h += 0.03 + _height(len(lines), st.small)
    p.h = h + PAD


@dataclass
class _Layout:
    style: _Style
    width: float
    height: float
    columns: dict[ChainLevel, float]
    column_width: float
    title: list[str]
    subtitle: list[str]
    header_y: float
    lanes: list[tuple[list[str], float, float]]  # label lines, top, bottom
    placed: dict[int, _Placed]
    legend_y: float
    legend: list[str]
    notes: list[str]
    channels: dict[int | None, float]  # lane → the y of its channel for arrows that skip the results


def _lane_name(number: int | None, name: str) -> str:
    return f"{number}. {name}" if number is not None else name


def _subtitle(chain: EffectChain, lanes: list[tuple[int | None, str]]) -> str:
    area = ""
    if chain.focus_area_number is not None and lanes:
        area = f"Insatsområde {_lane_name(*lanes[0])}. "
    when = chain.status_quarter.label_sv() if chain.status_quarter else "–"
    text = f"{area}Indikatorernas status {when}"
    followed = [i for b in chain.boxes for i in b.indicators if i.followed_after_end]
    if followed:
        text += "; " + ", ".join(f"{i.code} (följs upp efter projektslut) "
                                 f"{i.quarter.label_sv() if i.quarter else '–'}" for i in followed)
    return text + "." + (" Exempeldata." if chain.example_data else "")


def _layout(chain: EffectChain, width: float, min_height: float, st: _Style, *, show_heading: bool = True,
            show_legend: bool = True) -> _Layout:
    lanes = list(chain.lanes_in_use())
    label_w = 0.0
    if len(lanes) > 1 or chain.focus_area_number is None:  # the lane's name on its left; never a word split
        words = [w for number, name in lanes for w in _lane_name(number, name).split()]
        words += [" ".join(_lane_name(number, name).split()[:2]) for number, name in lanes]  # "3. Hållbarhets…"
        longest = max(_width(w, st.lane, bold=True) for w in words)
        label_w = max(1.15, min(1.9, longest + 0.16))
    left = MARGIN + (label_w + 0.1 if label_w else 0.0)
    column_width = (width - MARGIN - left - 2 * GUTTER) / 3
    columns = {level: left + level.rank * (column_width + GUTTER) for level in ChainLevel}
    full = width - 2 * MARGIN
    y = MARGIN
    title = wrap(f"Effektkedja – {chain.project_name}", full, st.title, bold=True) if show_heading else []
    y += _height(len(title), st.title)
    subtitle = wrap(_subtitle(chain, lanes), full, st.sub) if show_heading else []
    y += _height(len(subtitle), st.sub) + (0.1 if show_heading else 0.0)
    header_y = y
    y += _height(1, st.head) + _height(1, st.small) + 0.06
    skips: dict[int, list[tuple[str, str]]] = {}
    for link in chain.links:
        if link.skips_result:
            skips.setdefault(link.source_id, []).append((link.target, link.note))
    placed: dict[int, _Placed] = {}
    rows = []
    channels: dict[int | None, float] = {}
    for number, name in lanes:
        top = y
        label = wrap(_lane_name(number, name), label_w - 0.12, st.lane, bold=True) if label_w else []
        bottom = top + LANE_PAD + _height(len(label), st.lane)
        for level in ChainLevel:
            cy = top + LANE_PAD
            for box in chain.boxes_of(number, level):
                p = _Placed(box, columns[level], cy, column_width)
                _measure_box(p, skips.get(box.id, []), st)
                placed[box.id] = p
                cy += p.h + GAP
                bottom = max(bottom, p.bottom)
        if any(link.skips_result and placed.get(link.source_id) is not None
               and placed[link.source_id].box.focus_area_number == number for link in chain.links):
            channels[number] = bottom + CHANNEL * 0.6
            bottom += CHANNEL
        bottom += LANE_PAD
        rows.append((label, top, bottom))
        y = bottom + 0.05
    legend_y = y + 0.04
    legend = wrap(LEGEND, full, st.small) if show_legend else []
    y = legend_y + _height(len(legend), st.small)
    notes: list[str] = []
    for note in chain.notes[:6]:
        notes += wrap(f"Obs: {note}", full, st.small, italic=True)
    y += _height(len(notes), st.small) + MARGIN
    return _Layout(st, width, max(min_height, y), columns, column_width, title, subtitle, header_y, rows, placed,
                   legend_y, legend, notes, channels)


def _fitted(chain: EffectChain, width: float, min_height: float, scales: tuple[float, ...] = SCALES,
            max_height: float | None = None, **parts: bool) -> _Layout:
    """The layout at the largest text that fits ``max_height`` (else ``min_height``: an A4 page);
    taller if none does."""
    limit = max_height if max_height is not None else min_height
    layouts = []
    for scale in scales:
        lay = _layout(chain, width, min_height, _Style(scale), **parts)
        if lay.height <= limit + 1e-6 or limit <= 0:
            return lay
        layouts.append(lay)
    return layouts[-1]


# --- drawing -----------------------------------------------------------------------------------
def _text(ax: Any, x: float, y: float, lines: list[str], size: float, **kw: Any) -> float:
    """Lines from ``y`` (their top) downwards; returns the y below them."""
    for line in lines:
        ax.text(x, y, line, fontsize=size, va="top", ha="left", family=FONT, **kw)
        y += size * LINE * PT
    return y


def _draw_box(ax: Any, p: _Placed, st: _Style) -> None:
    from matplotlib.patches import FancyBboxPatch

    ax.add_artist(FancyBboxPatch((p.x, p.y), p.w, p.h, boxstyle="round,pad=0,rounding_size=0.06",
                                facecolor=BOX_FILL[p.box.level], edgecolor=BOX_EDGE, linewidth=0.9, zorder=3))
    y = _text(ax, p.x + PAD, p.y + PAD, p.title, st.box, weight="bold", color=INK, zorder=4)
    if p.pills:
        y += 0.05
        row_h = _pill_height(st)
        for pill in p.pills:
            top = y + pill.row * row_h
            ax.add_artist(FancyBboxPatch((p.x + PAD + pill.x, top), pill.width, row_h - 0.035,
                                        boxstyle="round,pad=0,rounding_size=0.04", facecolor=LIGHT_FILL[pill.light],
                                        edgecolor="#263238", linewidth=0.5, zorder=4))
            ax.text(p.x + PAD + pill.x + pill.width / 2, top + (row_h - 0.035) / 2, pill.text, fontsize=st.pill,
                    weight="bold", ha="center", va="center_baseline", color=LIGHT_TEXT[pill.light], family=FONT,
                    zorder=5)
        y += p.pill_rows * row_h
    for lines, kind in p.notes:
        y += 0.03
        y = _text(ax, p.x + PAD, y, lines, st.small, color=SKIP if kind == "skip" else MUTED,
                  style="normal" if kind == "activities" else "italic", zorder=4)


def _arrow(ax: Any, a: _Placed, b: _Placed, channel: float | None, skipped: bool) -> None:
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path as MplPath

    style: dict[str, Any] = dict(arrowstyle="-|>", mutation_scale=11, linewidth=1.1, color=SKIP if skipped else ARROW,
                                 zorder=2)
    if skipped and channel is not None:  # below the boxes, so it is not read as passing through a result
        xa, xb = a.x + a.w * 0.5, b.x + b.w * 0.5
        path = MplPath([(xa, a.bottom), (xa, channel), (xb, channel), (xb, b.bottom)],
                       [MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO])
        ax.add_artist(FancyArrowPatch(path=path, linestyle=(0, (4, 2.5)), **style))
        return
    if b.box.level.rank > a.box.level.rank:
        start = (a.right, a.y + min(a.h / 2, 0.3))
        end = (b.x, b.y + min(b.h / 2, 0.3))
        ax.add_artist(FancyArrowPatch(start, end, shrinkA=1, shrinkB=1, **style))
        return
    # on the same level: from the edge of one box to the edge of the other, at the column's right side
    if b.y > a.y:
        start, end = (a.x + a.w * 0.85, a.bottom), (b.x + b.w * 0.85, b.y)
    else:
        start, end = (a.x + a.w * 0.85, a.y), (b.x + b.w * 0.85, b.bottom)
    adjacent = abs((b.y - a.bottom) if b.y > a.y else (a.y - b.bottom)) <= GAP + 0.01
    ax.add_artist(FancyArrowPatch(start, end, shrinkA=1, shrinkB=1,
                                 connectionstyle="arc3,rad=0" if adjacent else "arc3,rad=-0.35", **style))


def effect_chain_figure(chain: EffectChain, *, width: float = A4_LANDSCAPE[0],
                        min_height: float = A4_LANDSCAPE[1], scales: tuple[float, ...] = SCALES,
                        max_height: float | None = None, heading: bool = True, legend: bool = True) -> Figure:
    """The chain as a Figure ``width`` inches wide: A4 landscape by default, its text as large as
    fits the page (8,5 pt, down to 7,5 pt for a large chain; a chain larger still makes the figure
    taller). ``min_height=0`` gives the natural height (a diagram in a document). ``scales``: the
    text sizes to try, as factors of the default (the smallest text is 8 pt × the factor: a report
    that prints nothing under 9 pt asks for 1.125), the first whose layout is no taller than
    ``max_height`` (else ``min_height``) is drawn. Without ``heading`` and ``legend`` the figure
    is the boxes alone, for a document that says those in its own text. Raises HallbarError when
    the chain has no boxes."""
    if chain.is_empty:
        where = f"insatsområde {chain.focus_area_number}" if chain.focus_area_number is not None else "projektet"
        raise HallbarError(f"{chain.project_code} har ingen effektkedja för {where} ännu. Lägg upp den i fönstret "
                           "eller i projektfilen ([[effect_chain]]).")
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    lay = _fitted(chain, width, min_height, scales, max_height, show_heading=heading, show_legend=legend)
    st = lay.style
    fig = Figure(figsize=(lay.width, lay.height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.axis("off")
    y = _text(ax, MARGIN, MARGIN, lay.title, st.title, weight="bold", color=INK)
    _text(ax, MARGIN, y, lay.subtitle, st.sub, color=MUTED)
    for level, x in lay.columns.items():
        centre = x + lay.column_width / 2
        ax.text(centre, lay.header_y, level.label_sv(), fontsize=st.head, weight="bold", ha="center", va="top",
                family=FONT, color=INK)
        ax.text(centre, lay.header_y + _height(1, st.head), level.horizon_sv(), fontsize=st.small, style="italic",
                ha="center", va="top", family=FONT, color=MUTED)
        if level is not ChainLevel.EFFECT:  # the direction of the chain, between the headings
            ax.annotate("", xy=(x + lay.column_width + GUTTER - 0.06, lay.header_y + 0.09),
                        xytext=(x + lay.column_width + 0.06, lay.header_y + 0.09),
                        arrowprops=dict(arrowstyle="-|>", color=MUTED, linewidth=1))
    for i, (label, top, bottom) in enumerate(lay.lanes):
        ax.add_artist(Rectangle((MARGIN, top), lay.width - 2 * MARGIN, bottom - top,
                               facecolor="#f5f7f8" if i % 2 == 0 else "#ffffff", edgecolor="#cfd8dc", linewidth=0.6,
                               zorder=0))
        _text(ax, MARGIN + 0.08, top + LANE_PAD, label, st.lane, weight="bold", color=INK, zorder=1)
    placed = lay.placed
    for link in chain.links:
        a, b = placed.get(link.source_id), placed.get(link.target_id)
        if a is not None and b is not None:
            _arrow(ax, a, b, lay.channels.get(a.box.focus_area_number), link.skips_result)
    for p in placed.values():
        _draw_box(ax, p, st)
    y = _text(ax, MARGIN, lay.legend_y, lay.legend, st.small, color=INK)
    _text(ax, MARGIN, y, lay.notes, st.small, color="#b71c1c", style="italic")
    return fig


# --- saving ------------------------------------------------------------------------------------
def figure_bytes(figure: Figure, fmt: str, *, dpi: int = 200) -> bytes:
    """The figure as PNG or SVG bytes; in the SVG every text is real text (searchable, copyable)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fmt = fmt.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise HallbarError(f"Effektkedjan kan sparas som .png eller .svg, inte «{fmt}».")
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "hallbar"}):
        figure.savefig(buffer, format=fmt, dpi=dpi if fmt == "png" else None,
                       metadata={"Date": None} if fmt == "svg" else None)
    return buffer.getvalue()


def save_effect_chain(chain: EffectChain, path: Path, *, dpi: int = 200) -> Path:
    """The chain's diagram as ``path`` (.png at ``dpi``, or .svg), A4 landscape."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise HallbarError(f"Effektkedjan kan sparas som .png eller .svg, inte «{path.suffix or path.name}».")
    data = figure_bytes(effect_chain_figure(chain), suffix, dpi=dpi)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise HallbarError(f"Diagrammet kunde inte sparas i {path}: {exc.strerror}.") from exc
    return path


def effect_chain_image(session: Session, project_code: str, *, focus_area_number: int | None = None,
                       fmt: str = "png", width: float = A4_LANDSCAPE[0], min_height: float = 0.0,
                       today: date | None = None, dpi: int = 200) -> bytes:
    """One call for a report: the chain of a project (or one focus area) read from the register and
    drawn ``width`` inches wide, as PNG or SVG bytes. The lights are those of the latest ended
    quarter at ``today`` (a report of an earlier period passes the day after it)."""
    from hallbar_desktop.services.effect_chain import effect_chain

    chain = effect_chain(session, project_code, focus_area_number=focus_area_number, today=today)
    return figure_bytes(effect_chain_figure(chain, width=width, min_height=min_height), fmt, dpi=dpi)
