"""The steering group's meeting report: a printable A4 PDF of one meeting and its quarter.

A cover page (project, meeting, attendees, approval), the project's scorecard, one section per
focus area (overview chart, indicator table with traffic lights, the meeting's narrative), the
effect chain of each focus area with its indicators' lights at the meeting's quarter, the
economy against the budget and the activity plan's delays at the meeting's quarter, the lessons
the meeting takes up (``lessons.lessons_for_meeting``: linked to it, or learned since the
previous meeting), and the decisions: those taken at the meeting and earlier ones still
followed up. Every page says "Sida N av M".

Laid out by ReportLab's platypus (``reporting.pdf``): paragraphs flow onto further pages, tables
split between pages with their header row repeated, text is real text in an embedded font, at
least 9 pt, and the charts from ``reporting.charts`` and the effect chain's diagram from
``reporting.effect_chain_diagram`` are drawn into the page as vector graphics.

The report is the parts listed in ``SECTIONS``, each a function of the meeting's content
(``MeetingContent``, read by ``gather`` before any file is touched) that returns its pages. To
add a part (economy, delayed activities): read what it needs in ``gather``, write a builder
that returns its pages, and put it in ``SECTIONS`` where it belongs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop import __version__
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.errors import HallbarError, ValidationError
from hallbar_desktop.reporting.pdf.document import (
    MIN_SIZE,
    MUTED,
    TEXT_H,
    TEXT_W,
    Cell,
    Column,
    Styles,
    footer_drawer,
    paragraph,
    side_by_side,
    table,
    write_pdf,
)
from hallbar_desktop.services import steering
from hallbar_desktop.services.economy_follow_up import (
    EconomyFollowUp,
    PlanDeviations,
    economy_follow_up,
    plan_deviations,
)
from hallbar_desktop.services.effect_chain import EffectChain, effect_chain
from hallbar_desktop.services.formatting import format_target, format_value
from hallbar_desktop.services.grid import GridRow, ProjectGrid, project_grid
from hallbar_desktop.services.lessons import LessonInfo, lessons_for_meeting
from hallbar_desktop.services.lookup import get_project

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import Session

# Traffic lights in tables: a symbol and a word on a light fill, in a dark shade of the light's
# colour that reads on that fill (never colour alone).
LIGHT_TEXT = {Light.GREEN: "#1b5e20", Light.YELLOW: "#6d4c00", Light.RED: "#b71c1c",
              Light.GREY: "#424242", Light.NONE: "#333333"}
LIGHT_FILLS = {Light.GREEN: "#c6efce", Light.YELLOW: "#ffeb9c", Light.RED: "#ffc7ce",
               Light.GREY: "#e0e0e0", Light.NONE: "#ffffff"}
COUNTED = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)
NARRATIVE_HEADINGS = (
    ("happened", "Vad har hänt"),
    ("deviations", "Avvikelser från plan"),
    ("goal_conflicts", "Målkonflikter"),
    ("actions", "Föreslagna åtgärder"),
)
#: The height of a focus area's chart on paper: its title and axis, and a band per indicator.
CHART_BASE_IN, CHART_ROW_IN = 0.9, 0.3
#: At most this many indicators in one chart (what fits under the focus area's heading); a focus
#: area with more gets its chart in parts of equal size.
CHART_ROWS = int(((TEXT_H - 60) / 72 - CHART_BASE_IN) / CHART_ROW_IN)


# --- what the report shows ----------------------------------------------------------------------
@dataclass(frozen=True)
class MeetingContent:
    meeting: steering.MeetingInfo
    grid: ProjectGrid
    approval: steering.ApprovalInfo | None
    earlier: tuple[steering.DecisionInfo, ...]
    today: date
    economy: EconomyFollowUp  # at the end of the meeting's quarter
    deviations: PlanDeviations  # economy deviations and delayed activities at that quarter
    chain: EffectChain | None = None  # its lights at the meeting's quarter (the grid's)
    lessons: tuple[LessonInfo, ...] = ()  # linked to the meeting, or learned since the previous one


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
           today: date | None = None) -> MeetingContent:
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
    day = today or date.today()
    economy = economy_follow_up(session, project.code, as_of=meeting.quarter, today=day)
    deviations = plan_deviations(session, project.code, meeting.quarter, today=day)
    chain = effect_chain(session, project.code, today=meeting.quarter.next().start_date, grid=grid)
    lessons = lessons_for_meeting(session, project.code, meeting.held_on)
    return MeetingContent(meeting, grid, approval, earlier, day, economy, deviations, chain, lessons)


# --- charts -------------------------------------------------------------------------------------
def _printable(figure: Figure) -> Figure:
    """The builders' figure as printed: the text block's width, no text under 9 pt, at most a page tall.

    The builders size their text for a window (7–8 pt); on paper nothing is smaller than the body
    text's minimum. The figure is never scaled, so what is set here is what is printed.
    """
    from matplotlib.text import Text

    height = float(figure.get_size_inches()[1])
    figure.set_size_inches(TEXT_W / 72, min(height, (TEXT_H - 80) / 72))
    for text in figure.findobj(Text):
        if float(text.get_fontsize()) < MIN_SIZE:
            text.set_fontsize(MIN_SIZE)
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            labels = axis.get_ticklabels(which="both")
            if labels and min(float(label.get_fontsize()) for label in labels) < MIN_SIZE:
                axis.set_tick_params(which="both", labelsize=MIN_SIZE)
    return figure


def _chart(figure: Figure) -> Any:
    from hallbar_desktop.reporting.pdf.figures import figure_flowable

    return figure_flowable(_printable(figure))


def _focus_area_charts(grid: ProjectGrid, number: int) -> list[Any]:
    """The focus area's progress chart, in parts of at most ``CHART_ROWS`` indicators when it has more."""
    from hallbar_desktop.reporting.charts import focus_area_figure
    from hallbar_desktop.texts import swedish

    rows = grid.rows_of(number)
    width = TEXT_W / 72
    count = -(-len(rows) // CHART_ROWS)
    size = -(-len(rows) // count)
    others = tuple(r for r in grid.rows if r.indicator.focus_area_number != number)
    charts = []
    for i in range(count):
        part = rows[i * size:(i + 1) * size]
        figure = focus_area_figure(grid if count == 1 else dataclasses.replace(grid, rows=others + part), number,
                                   width=width, words=swedish).figure
        figure.set_size_inches(width, CHART_BASE_IN + CHART_ROW_IN * len(part))
        ax = figure.axes[0]
        ax.set_xlim(0, ax.get_xlim()[1] + 10)  # room for "● 100 %" beside a full bar, at 9 pt
        if count > 1:
            ax.set_title(f"{ax.get_title(loc='left')} (del {i + 1} av {count})", loc="left")
        charts.append(_chart(figure))
    return charts


# --- the parts of the report --------------------------------------------------------------------
Page = list[Any]  # the flowables of one part that starts on a new page
Section = Callable[[MeetingContent, Styles], list[Page]]


def _approval_text(content: MeetingContent) -> str:
    a = content.approval
    if a is None:
        return f"Utkast – {content.meeting.quarter.label_sv()} är inte fastställt av styrgruppen"
    return f"Fastställt av styrgruppen {a.approved_on.isoformat()}"


def _cover(content: MeetingContent, st: Styles) -> list[Page]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Spacer

    m, p = content.meeting, content.grid.project
    approved = content.approval is not None
    badge = paragraph("FASTSTÄLLT" if approved else "UTKAST", st.kicker, fontName=st.fonts.bold,
                      alignment=2, textColor=LIGHT_TEXT[Light.GREEN if approved else Light.RED])
    top = side_by_side(st, [paragraph("Styrgruppsmöte – uppföljning", st.kicker), badge], [TEXT_W * 0.7, TEXT_W * 0.3])
    page: Page = [Spacer(1, 18), top, paragraph(p.name, st.title),
                  HRFlowable(width="100%", thickness=0.6, color=HexColor("#b0bec5"), spaceAfter=6)]
    facts = [
        ("Projekt", p.code),
        ("Projektägare", p.owner),
        ("Diarienummer", p.case_number),
        ("Mötesdatum", m.held_on.isoformat()),
        ("Plats", m.place or "–"),
        ("Uppföljt kvartal", m.quarter.label_sv()),
        ("Status", _approval_text(content)),
    ]
    if m.approved and any(q != m.quarter for q in m.approved):
        facts.append(("Fastställda vid mötet", ", ".join(q.label_sv() for q in m.approved)))
    if p.project_leader:
        facts.append(("Projektledare", p.project_leader))
    page.append(table(st, [Column("", 140), Column("", 0)],
                      [[Cell(label, bold=True), Cell(value)] for label, value in facts if value],
                      header=False, lines=False))
    if p.example_data:
        page.append(paragraph("Exempeldata: värdena är påhittade för demonstration.", st.muted))
    page.append(paragraph("Närvarande", st.h2))
    if m.attendees:
        rows = [[Cell(a.label + (" – ersättare" if a.as_substitute and not a.member.substitute else "")),
                 Cell(a.member.role_sv), Cell(a.member.organisation)] for a in m.attendees]
        page.append(table(st, [Column("Namn", 190), Column("Roll", 95), Column("Organisation", 0)], rows))
    else:
        page.append(paragraph("Ingen närvaro är antecknad för mötet.", st.muted))
    if m.notes.strip():
        page += [paragraph("Anteckningar", st.h2), paragraph(m.notes, st.body)]
    return [page]


def _light_cell(light: Light, text: str | None = None) -> Cell:
    """A traffic light as symbol and word (or ``text``) on its fill; no light, a dash."""
    if light is Light.NONE:
        return Cell(text or "–")
    return Cell(text or f"{SYMBOL[light]} {LABEL_SV[light]}", LIGHT_TEXT[light], LIGHT_FILLS[light], bold=True)


def _scorecard(content: MeetingContent, st: Styles) -> list[Page]:
    from hallbar_desktop.reporting.charts import scorecard_figure
    from hallbar_desktop.texts import swedish

    grid = content.grid
    page: Page = [paragraph(f"Projektets status {content.meeting.quarter.label_sv()}", st.h1)]
    if not grid.rows:
        return [page + [paragraph("Projektet har inga indikatorer.", st.muted)]]
    page.append(_chart(scorecard_figure(grid, width=TEXT_W / 72, words=swedish).figure))
    columns = [Column("Insatsområde", TEXT_W - 4 * 62)] + [Column(f"{SYMBOL[li]} {LABEL_SV[li]}", 62)
                                                          for li in COUNTED]
    rows = []
    for area in grid.focus_areas:
        counts = grid.summary(area.number)
        rows.append([Cell(f"{area.number}. {area.name}")] + [
            _light_cell(li, f"{SYMBOL[li]} {counts[li]}") if counts[li] else Cell(f"{SYMBOL[li]} 0", MUTED)
            for li in COUNTED])
    page.append(table(st, columns, rows))
    return [page]


def _value_text(row: GridRow, quarter: Quarter) -> str:
    cell = row.cell(quarter)
    if cell is None or cell.measurement is None:
        return "–"
    ind = row.indicator
    return format_value(ind.kind, cell.value, unit=ind.unit, reached_on=cell.measurement.reached_on) or "–"


def _unbroken_brackets(text: str) -> str:
    """"120 (2022 kv 4)" wraps before the bracket, never inside it."""
    return re.sub(r"\(([^)]*)\)", lambda m: "(" + m.group(1).replace(" ", "\u00a0") + ")", text)


def _focus_area(content: MeetingContent, st: Styles, number: int, name: str) -> Page:
    grid, m = content.grid, content.meeting
    page: Page = [paragraph(f"{number}. {name}", st.h1),
                  paragraph(f"Uppföljning av {m.quarter.label_sv()}", st.muted)]
    rows = grid.rows_of(number)
    if rows:
        page += _focus_area_charts(grid, number)
        columns = [Column("Kod", 30), Column("Indikator", 118), Column("Status", 54), Column("Värde", 74),
                   Column("Mål", 81), Column("Kommentar", 0)]
        cells = []
        for row in rows:
            cell = row.cell(m.quarter)
            ind = row.indicator
            cells.append([
                Cell(ind.code), Cell(ind.name),
                _light_cell(cell.status if cell else Light.NONE),
                Cell(_value_text(row, m.quarter)),
                Cell(_unbroken_brackets(format_target(ind.kind, ind.target, ind.target_quarter, unit=ind.unit) or "–")),
                Cell(cell.comment if cell and cell.comment else ""),
            ])
        page += [paragraph("Indikatorer", st.h2), table(st, columns, cells)]
    else:
        page.append(paragraph("Insatsområdet har inga indikatorer.", st.muted))
    page.append(paragraph(f"Styrgruppens berättelse, mötet {m.held_on.isoformat()}", st.h2))
    narrative = m.narrative(number)
    if narrative.is_empty():
        page.append(paragraph("Ingen berättelse är skriven för insatsområdet vid detta möte.", st.muted))
        return page
    for attribute, title in NARRATIVE_HEADINGS:
        text = str(getattr(narrative, attribute)).strip()
        page += [paragraph(title, st.h3),
                 paragraph(text, st.body, leftIndent=10) if text else paragraph("–", st.muted, leftIndent=10)]
    return page


def _focus_areas(content: MeetingContent, st: Styles) -> list[Page]:
    return [_focus_area(content, st, area.number, area.name) for area in content.grid.focus_areas]


def _economy(content: MeetingContent, st: Styles) -> list[Page]:
    """Money against time per cost category, what deviates, and the activities that are late."""
    from hallbar_desktop.domain.numbers import format_amount, format_percent

    follow, deviations = content.economy, content.deviations
    quarter = content.meeting.quarter.label_sv()
    page: Page = [paragraph("Ekonomi och aktivitetsplan", st.h1),
                  paragraph(f"Budget och utfall till och med {quarter}", st.h2)]
    if not follow.has_budget:
        page.append(paragraph("Projektet har ingen budget i registret.", st.muted))
    else:
        def share(value: float | None) -> str:
            return "–" if value is None else format_percent(value * 100)

        def amount(value: float | None) -> str:
            return "–" if value is None else format_amount(value)

        columns = [Column("Kostnadsslag", TEXT_W - 362), Column("Budget", 66), Column("Utfall", 66),
                   Column("Använt", 52), Column("Av tiden", 54), Column("Prognos", 66), Column("Status", 58)]
        rows = [[Cell(r.label + (" (schablon)" if r.computed else ""), bold=r.category is None),
                 Cell(amount(r.budget)), Cell(amount(r.outcome)), Cell(share(r.used_share)),
                 Cell(share(r.time_share)), Cell(amount(r.forecast)), _light_cell(r.status)]
                for r in (*follow.rows, follow.total)]
        page.append(table(st, columns, rows))
        page.append(paragraph(follow.funder_share.message_sv(), st.body))
        for check in follow.checks:
            page.append(paragraph(check, st.body, textColor=LIGHT_TEXT[Light.RED]))
    page.append(paragraph("Avvikelser i ekonomin", st.h2))
    if deviations.economy:
        page += [paragraph(f"{SYMBOL[r.status]} {r.explanation_sv()}", st.body) for r in deviations.economy]
    else:
        page.append(paragraph("Inga avvikelser: kostnaderna följer budgeten i takt med tiden."
                              if follow.has_budget else "–", st.muted))
    page.append(paragraph("Försenade aktiviteter", st.h2))
    if deviations.delayed:
        rows = [[Cell(a.code, bold=True), Cell(a.name), Cell(a.planned_end.label_sv()), Cell(a.responsible or "–")]
                for a in deviations.delayed]
        page.append(table(st, [Column("Kod", 36), Column("Aktivitet", TEXT_W - 216), Column("Planerat slut", 70),
                               Column("Ansvarig", 110)], rows))
    else:
        page.append(paragraph(f"Inga aktiviteter är försenade vid {quarter}.", st.muted))
    return [page]


#: The text sizes of the effect chain's diagram on paper, as factors of its own (its smallest text
#: is 8 pt × the factor): 9 pt and more first; smaller only for a chain that would not fit a page.
CHAIN_SCALES = (1.125, 1.0, 0.94, 0.88)


def _chain_figure(chain: EffectChain) -> Any:
    """One focus area's chain as drawn on the page: the text block's width, as tall as it needs,
    its texts at 9 pt or more unless the chain would not fit a page so."""
    from hallbar_desktop.reporting.effect_chain_diagram import effect_chain_figure
    from hallbar_desktop.reporting.pdf.figures import figure_flowable

    figure = effect_chain_figure(chain, width=TEXT_W / 72, min_height=0, scales=CHAIN_SCALES,
                                 max_height=(TEXT_H - 60) / 72, heading=False, legend=False)
    return figure_flowable(figure)


def _effect_chain(content: MeetingContent, st: Styles) -> list[Page]:
    """How the activities lead to results and effects, focus area by focus area, with the lights
    of the meeting's quarter."""
    from reportlab.platypus import KeepTogether

    from hallbar_desktop.reporting.effect_chain_diagram import LEGEND

    chain = content.chain
    if chain is None or chain.is_empty:
        return []  # a project without a chain has no such page
    when = chain.status_quarter.label_sv() if chain.status_quarter else content.meeting.quarter.label_sv()
    page: Page = [paragraph("Effektkedjan", st.h1),
                  paragraph(f"Från aktiviteter till resultat och effekter, med indikatorernas status {when}.", st.body),
                  paragraph(LEGEND, st.muted)]
    for number, name in chain.lanes_in_use():
        lane = chain.lane(number)
        title = f"{number}. {name}" if number is not None else name
        page.append(KeepTogether([paragraph(title, st.h2), _chain_figure(lane)]))
    followed = [i for b in chain.boxes for i in b.indicators if i.follow_up_until is not None]
    for i in followed:
        assert i.follow_up_until is not None
        page.append(paragraph(f"{i.code} följs upp efter projektslut, till och med {i.follow_up_until.label_sv()}.",
                              st.muted))
    return [page]


def _lesson_rows(lessons: Sequence[LessonInfo]) -> list[list[Cell]]:
    rows = []
    for x in lessons:
        what = x.learned + (f"\nÄndrar: {x.changes}" if x.changes else "")
        about = "; ".join(t for t in (f"{x.focus_area_number}. {x.focus_area_name}" if x.focus_area_number else "",
                                      x.link.label if x.link else "", ", ".join(x.tags)) if t)
        number = f"{x.number}" + ("\n(exempel)" if x.example_data else "")
        rows.append([Cell(number, bold=True), Cell(x.learned_on.isoformat()), Cell(what), Cell(about or "–")])
    return rows


def _lessons(content: MeetingContent, st: Styles) -> list[Page]:
    """The lessons the meeting takes up: those linked to it and those learned since the previous meeting."""
    m = content.meeting
    page: Page = [paragraph("Lärdomar", st.h1),
                  paragraph(f"Lärdomar kopplade till mötet {m.held_on.isoformat()} och lärdomar sedan föregående "
                            "möte.", st.muted)]
    if content.lessons:
        widths = (62, 66, 140)
        page.append(table(st, [Column("Nr", widths[0]), Column("Datum", widths[1]),
                               Column("Vad vi lärde oss och vad det ändrar", TEXT_W - sum(widths)),
                               Column("Gäller", widths[2])], _lesson_rows(content.lessons)))
    else:
        page.append(paragraph("Inga lärdomar är skrivna sedan föregående möte.", st.muted))
    return [page]


def _decision_rows(decisions: Sequence[steering.DecisionInfo], day: date, *, with_meeting: bool) -> list[list[Cell]]:
    rows = []
    for d in decisions:
        status = d.status_sv
        if d.closed_on and not d.is_open:
            status = f"{status} {d.closed_on.isoformat()}"
        if d.is_overdue(day):
            status_cell = _light_cell(Light.RED, f"{SYMBOL[Light.RED]} {status}, försenat")
        elif d.status == "done":
            status_cell = Cell(status, LIGHT_TEXT[Light.GREEN])
        else:
            status_cell = Cell(status)
        text = f"{d.text}\n(mötet {d.meeting_date.isoformat()})" if with_meeting else d.text
        rows.append([Cell(str(d.number), bold=True), Cell(text), Cell(d.owner or "–"),
                     Cell(d.due_on.isoformat() if d.due_on else "–"), status_cell, Cell(d.follow_up)])
    return rows


def _decisions(content: MeetingContent, st: Styles) -> list[Page]:
    m = content.meeting
    columns = [Column("Nr", 24), Column("Beslut", 150), Column("Ansvarig", 72), Column("Klart senast", 62),
               Column("Status", 68), Column("Uppföljning", 0)]
    page: Page = [paragraph("Beslut", st.h1), paragraph(f"Beslut vid mötet {m.held_on.isoformat()}", st.h2)]
    taken = _decision_rows(m.decisions, m.held_on, with_meeting=False)
    page.append(table(st, columns, taken) if taken else paragraph("Inga beslut fattades vid mötet.", st.muted))
    page.append(paragraph("Tidigare beslut som följs upp", st.h2))
    earlier = _decision_rows(content.earlier, m.held_on, with_meeting=True)
    page.append(table(st, columns, earlier) if earlier else paragraph("Inga tidigare beslut att följa upp.",
                                                                       st.muted))
    page.append(paragraph("Status och uppföljning visas som de är antecknade i registret när rapporten skrevs.",
                          st.muted))
    return [page]


#: The report's parts in order; each returns its pages, and every page starts on a new sheet.
SECTIONS: tuple[Section, ...] = (_cover, _scorecard, _focus_areas, _effect_chain, _economy, _lessons, _decisions)


def story(content: MeetingContent, st: Styles, sections: Sequence[Section] = SECTIONS) -> list[Any]:
    """The flowables of the whole report: the sections' pages with a page break between them."""
    from reportlab.platypus import PageBreak

    flowables: list[Any] = []
    for section in sections:
        for page in section(content, st):
            if flowables:
                flowables.append(PageBreak())
            flowables.extend(page)
    return flowables


def write_meeting_report(session: Session, project_code: str, out_path: Path | str, *,
                         held_on: date | None = None, today: date | None = None) -> Path:
    """Write the meeting's report as an A4 PDF; without ``held_on`` the latest meeting.

    The file is written next to ``out_path`` and renamed: a failure never leaves half a file.
    """
    from hallbar_desktop.reporting.pdf.document import styles

    out = Path(out_path)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"Mötesrapporten sparas som .pdf, inte «{out.suffix or out.name}».")
    if not out.parent.is_dir():
        raise HallbarError(f"Mappen {out.parent} finns inte.")
    content = gather(session, project_code, held_on=held_on, today=today)
    st = styles()
    m, p = content.meeting, content.grid.project
    footer = footer_drawer(st, f"{p.name} ({p.code}) – styrgruppsmöte {m.held_on.isoformat()}",
                           f"Utskriven {content.today.isoformat()} med Hållbar Desktop {__version__}")
    return write_pdf(story(content, st), out, st, footer,
                     title=f"{p.name} – styrgruppsmöte {m.held_on.isoformat()}", author=p.owner,
                     subject=f"Uppföljning av {m.quarter.label_sv()}", creator=f"Hållbar Desktop {__version__}",
                     what="Mötesrapporten")


__all__ = ["MeetingContent", "SECTIONS", "gather", "story", "write_meeting_report"]
