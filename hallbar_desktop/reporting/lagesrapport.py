"""The lägesrapport as a Word document, in the order of Tillväxtverket's questions.

Officers edit the draft in Word and paste from it into the funder's forms, so everything is
ordinary Word: headings in the built-in heading styles (the navigation pane shows them), real
tables with a header row that repeats on every page, Swedish numbers, the document's language
set to Swedish (spelling check). python-docx is imported inside the functions: the window must
not pay for it at start-up.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hallbar_desktop import __version__
from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.numbers import format_amount, format_number, format_percent
from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
from hallbar_desktop.services.progress_report import ProgressReport

if TYPE_CHECKING:
    from docx.document import Document

HEADINGS = (
    "1. Övergripande uppgifter",
    "2. Arbetssätt och organisation",
    "3. Aktiviteter",
    "4. Projektets resultat",
    "5. Oförutsedda resultat och effekter",
    "6. Ekonomi",
)
LIGHT_FILLS = {Light.GREEN: "C6EFCE", Light.YELLOW: "FFEB9C", Light.RED: "FFC7CE", Light.GREY: "E0E0E0"}
ACTIVITY_FILLS = {ActivityStatus.DELAYED: "FFC7CE", ActivityStatus.DONE: "C6EFCE", ActivityStatus.CANCELLED: "E0E0E0"}
HEADER_FILL = "1F4E79"
ROLE_ORDER = ("chair", "vice_chair", "member", "co_opted")


def light_text(light: Light) -> str:
    return f"{SYMBOL[light]} {LABEL_SV[light]}".strip() if light is not Light.NONE else "–"


def _amount(value: float | None) -> str:
    return "–" if value is None else format_amount(value)


def _kr(value: float | None) -> str:
    """Kronor in a table whose header says "kr": the number alone, grouped with non-breaking spaces."""
    return "–" if value is None else format_number(value, 0)


def _share(value: float | None) -> str:
    return "–" if value is None else format_percent(value * 100)


# --- low-level Word helpers -------------------------------------------------------------
def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def _repeat_header(row: Any) -> None:
    """The header row repeats at the top of every page the table runs onto; rows do not split."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), "true")
        props.append(el)


def _no_split(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _widths(table: Any, widths: Sequence[float]) -> None:
    """Column widths in cm, on the grid (LibreOffice reads those) and on every cell (Word does)."""
    from docx.shared import Cm

    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def _table(doc: Document, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
           widths: Sequence[float] | None = None, right: Sequence[int] = (),
           fills: Sequence[Sequence[str | None]] | None = None, size: float = 9) -> Any:
    """A real Word table: bold white header row on dark blue that repeats, cells as text."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    header = table.rows[0]
    _repeat_header(header)
    for i, text in enumerate(headers):
        cell = header.cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, HEADER_FILL)
        if i in right:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r, values in enumerate(rows):
        row = table.add_row()
        _no_split(row)
        for i, text in enumerate(values):
            cell = row.cells[i]
            lines = str(text).split("\n")
            cell.text = ""
            paragraph = cell.paragraphs[0]
            for n, line in enumerate(lines):
                if n:
                    paragraph = cell.add_paragraph()
                run = paragraph.add_run(line)
                run.font.size = Pt(size)
                if i in right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if fills is not None and fills[r][i]:
                _shade(cell, fills[r][i])  # type: ignore[arg-type]
    if widths:
        _widths(table, widths)
    doc.add_paragraph()
    return table


def _facts(doc: Document, rows: Sequence[tuple[str, str]]) -> None:
    from docx.shared import Pt

    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = True
        run.font.size = Pt(10)
        _shade(cells[0], "EAF1F8")
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(value or "–").font.size = Pt(10)
    _widths(table, (4.5, 12.5))
    doc.add_paragraph()


def _note(doc: Document, text: str, *, italic: bool = True) -> None:
    from docx.shared import Pt, RGBColor

    run = doc.add_paragraph().add_run(text)
    run.italic = italic
    run.font.size = Pt(9.5)
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def _page_numbers(doc: Document, title: str) -> None:
    """Footer: the report's title and "Sida N av M" as Word fields (they update themselves)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer = doc.sections[0].footer
    paragraph = footer.paragraphs[0]
    paragraph.text = ""
    paragraph.add_run(f"{title}    Sida ").font.size = Pt(8)
    for i, field in enumerate(("PAGE", "NUMPAGES")):
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), field)
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        simple.append(run)
        paragraph._p.append(simple)
        if i == 0:
            paragraph.add_run(" av ").font.size = Pt(8)


def _swedish(doc: Document) -> None:
    """Language of the text Swedish (Word's spelling check), A4, 2 cm margins, Calibri 11."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    for name in ("Normal", "Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        rpr = style.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "sv-SE")
        rpr.append(lang)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))


# --- the sections -----------------------------------------------------------------------
def _overview(doc: Document, r: ProgressReport) -> None:
    p = r.project
    first, last = r.period_dates
    doc.add_heading(HEADINGS[0], level=1)
    _facts(doc, [
        ("Projekt", p.name),
        ("Projektägare", p.owner),
        ("Diarienummer", p.case_number or "(inte angivet)"),
        ("Rapportperiod", f"{r.period.label()} ({first.isoformat()} – {last.isoformat()})"),
        ("Projektperiod", f"{p.start.label_sv()} – {p.end.label_sv()}"),
        ("Projektledare", ", ".join(x for x in (p.project_leader, p.project_leader_role) if x) or p.contact_name),
        ("Utlysning och finansiär", " – ".join(x for x in (p.call, p.funder) if x)),
    ])


def _organisation(doc: Document, r: ProgressReport) -> None:
    from hallbar_desktop.services.steering import ROLE_LABELS_SV

    doc.add_heading(HEADINGS[1], level=1)
    doc.add_heading("Styrgrupp", level=2)
    if r.members:
        members = sorted(r.members, key=lambda m: ROLE_ORDER.index(m.role) if m.role in ROLE_ORDER else 9)
        _table(doc, ["Roll", "Namn", "Organisation", "Ersättare"],
               [[ROLE_LABELS_SV.get(m.role, m.role), m.name, m.organisation or "–", m.substitute or "–"]
                for m in members], widths=[3.2, 4.6, 6.0, 3.2])
    else:
        _note(doc, "Ingen styrgrupp är registrerad för projektet.")
    doc.add_heading("Styrgruppsmöten under perioden", level=2)
    if r.meetings:
        rows = []
        for m in r.meetings:
            decisions = "\n".join(f"{d.number}. {d.text}" for d in m.decisions) or "–"
            approved = ", ".join(q.label_sv() for q in m.approved)
            followed = m.quarter.label_sv() + (f"\nfastställde {approved}" if approved else "")
            rows.append([m.held_on.isoformat(), followed, str(len(m.attendees)), decisions])
        _table(doc, ["Datum", "Följde upp", "Närvarande", "Beslut"], rows, widths=[2.4, 3.4, 2.2, 9.0], right=[2])
    else:
        _note(doc, "Inga styrgruppsmöten hölls under perioden.")


def _activities(doc: Document, r: ProgressReport) -> None:
    doc.add_heading(HEADINGS[2], level=1)
    plan = r.plan
    if not plan.activities:
        _note(doc, "Projektet har ingen aktivitetsplan i registret.")
        return
    counts = plan.counts()
    summary = ", ".join(f"{n} {s.label_sv()}" for s, n in counts.items() if n)
    _note(doc, f"Status vid periodens slut ({plan.as_of.label_sv() if plan.as_of else '–'}): {summary}.",
          italic=False)
    with_costs = bool(r.activity_costs)
    areas = [*r.focus_areas, (None, "Projektövergripande")]
    for number, name in areas:
        acts = plan.of_focus_area(number)
        if not acts:
            continue
        doc.add_heading(f"{number}. {name}" if number is not None else name, level=2)
        rows, fills = [], []
        for a in acts:
            report = a.report(r.period.code)
            row = [a.code, a.name, a.planned_label(), a.status_sv,
                   report.done if report and report.done else "–",
                   report.outcome if report and report.outcome else "–"]
            if with_costs:
                row.append(_kr(r.activity_costs.get(a.code.lower())))
            rows.append(row)
            fills.append([None, None, None, ACTIVITY_FILLS.get(a.status), None, None] + ([None] if with_costs else []))
        headers = ["Kod", "Aktivitet", "Planerad", "Status", "Genomfört under perioden", "Utfall"]
        widths = [1.3, 3.5, 2.1, 2.1, 4.2, 3.8]
        if with_costs:
            headers.append("Kostnader, kr")
            widths = [1.3, 3.0, 2.1, 2.1, 3.4, 3.2, 1.9]
        _table(doc, headers, rows, widths=widths, fills=fills, right=[6] if with_costs else [])
    delayed = plan.delayed()
    doc.add_heading("Förseningar", level=2)
    if delayed:
        for a in delayed:
            doc.add_paragraph(
                f"{a.code} {a.name} skulle vara klar {a.planned_end.label_sv()} men är inte genomförd "
                f"vid periodens slut.", style="List Bullet")
    else:
        _note(doc, "Inga aktiviteter är försenade.")


def _chain_picture(doc: Document, r: ProgressReport, number: int | None) -> None:
    """The focus area's effect chain as a picture the width of the page, with the lights at the end
    of the period (nothing when the area has no chain)."""
    from docx.shared import Cm

    from hallbar_desktop.reporting.effect_chain_diagram import (
        A4_PORTRAIT_TEXT_WIDTH,
        effect_chain_figure,
        figure_bytes,
    )

    chain = r.effect_chain
    if chain is None or not chain.boxes_of(number):
        return
    lane = chain.lane(number)
    png = figure_bytes(effect_chain_figure(lane, width=A4_PORTRAIT_TEXT_WIDTH, min_height=0), "png", dpi=200)
    figure = doc.add_paragraph()  # the caption and the picture in one paragraph: never a page apart
    caption = figure.add_run("Effektkedja")
    caption.bold = True
    caption.add_break()
    figure.add_run().add_picture(io.BytesIO(png), width=Cm(17.0))
    codes = ", ".join(f"{i.code} {i.symbol}".strip() for b in lane.boxes for i in b.indicators)
    _note(doc, f"Aktiviteter → resultat → effekter för {'insatsområdet' if number is not None else 'projektet'}; "
               f"indikatorernas status vid periodens slut: {codes or 'inga indikatorer placerade'}.")


def _results(doc: Document, r: ProgressReport) -> None:
    doc.add_heading(HEADINGS[3], level=1)
    _note(doc, "Indikatorernas utfall för perioden (flöden summerade, nivåer som senaste värdet), värdet vid "
               "periodens slut och status mot den förväntade utvecklingen; aktiviteterna som ska leda dit. Per "
               "insatsområde först effektkedjan: hur aktiviteterna leder till resultat och effekter.",
          italic=True)
    for number, name in r.focus_areas:
        doc.add_heading(f"{number}. {name}", level=2)
        _chain_picture(doc, r, number)
        results = r.indicators_of(number)
        if results:
            rows = [[f"{i.code} {i.name}" + (f"\n(aktiviteter: {', '.join(i.activities)})" if i.activities else ""),
                     i.outcome, i.at_end, i.target, light_text(i.status), "\n".join(i.comments) or "–"]
                    for i in results]
            fills = [[None, None, None, None, LIGHT_FILLS.get(i.status), None] for i in results]
            _table(doc, ["Indikator", "Utfall perioden", "Vid periodens slut", "Mål", "Status", "Kommentar"], rows,
                   widths=[4.2, 2.2, 2.2, 2.4, 1.7, 4.3], fills=fills)
        deviations = r.deviations_of(number)
        off = [i for i in results if i.status in (Light.RED, Light.YELLOW, Light.GREY)]
        if deviations or off:
            doc.add_paragraph().add_run("Avvikelser och åtgärder").bold = True
            for i in off:
                doc.add_paragraph(f"{i.code} {i.name}: {light_text(i.status).lower()} vid periodens slut.",
                                  style="List Bullet")
            for d in deviations:
                text = " ".join(x for x in (d.deviations, f"Åtgärd: {d.actions}" if d.actions else "") if x)
                doc.add_paragraph(f"Styrgruppen {d.meeting.isoformat()}: {text}", style="List Bullet")


def _unforeseen(doc: Document, r: ProgressReport) -> None:
    doc.add_heading(HEADINGS[4], level=1)
    if r.unforeseen.strip():
        for part in r.unforeseen.split("\n"):
            if part.strip():
                doc.add_paragraph(part.strip())
    else:
        _note(doc, "Ingen text är skriven för perioden. Skriv den i Hållbar Desktop eller här.")
    _lessons(doc, r)


def _lessons(doc: Document, r: ProgressReport) -> None:
    """The period's lessons from the learning log: what the project learned and what it changes."""
    doc.add_heading("Lärdomar under perioden", level=2)
    if not r.lessons:
        _note(doc, "Inga lärdomar är skrivna i lärdomsloggen för perioden.")
        return
    rows = []
    for x in r.lessons:
        about = [f"Insatsområde {x.focus_area_number}" if x.focus_area_number is not None else "Hela projektet"]
        if x.link is not None:
            about.append(x.link.label)
        if x.tags:
            about.append("Taggar: " + ", ".join(x.tags))
        rows.append([f"{x.number}\n{x.learned_on.isoformat()}" + ("\n(exempel)" if x.example_data else ""),
                     x.learned, x.changes or "–", "\n".join(about)])
    _table(doc, ["Nr, datum", "Vad vi lärde oss", "Vad det ändrar", "Gäller"], rows, widths=[2.5, 5.5, 4.8, 4.2])


def _economy(doc: Document, r: ProgressReport) -> None:
    e = r.economy
    doc.add_heading(HEADINGS[5], level=1)
    if not e.has_budget:
        _note(doc, "Projektet har ingen budget i registret.")
        return
    _note(doc, f"Kostnader per kostnadsslag för {r.period.label()} och hela projektet till och med "
               f"{e.as_of.label_sv() if e.as_of else '–'} ({_share(e.time_share)} av projekttiden). Indirekta "
               f"kostnader är en schablon på {_share(e.indirect_rate)} av personalkostnaderna. Status: "
               "i takt med tiden är grönt.", italic=False)
    rows, fills = [], []
    for row in (*e.rows, e.total):
        if row.category is CostCategory.IN_KIND and row.budget == 0 and row.outcome == 0:
            continue
        rows.append([row.label, _kr(row.period_budget), _kr(row.period_outcome), _kr(row.budget),
                     _kr(row.outcome), _share(row.used_share), _kr(row.forecast), light_text(row.status)])
        fill: list[str | None] = [None] * 7
        fills.append([*fill, LIGHT_FILLS.get(row.status)])
    table = _table(doc, ["Kostnadsslag", "Budget perioden, kr", "Utfall perioden, kr", "Budget totalt, kr",
                         "Utfall t.o.m. perioden, kr", "Andel använd", "Prognos, kr", "Status"], rows,
                   widths=[2.9, 2.15, 2.15, 2.15, 2.15, 1.6, 2.15, 1.7], right=[1, 2, 3, 4, 5, 6], fills=fills,
                   size=8.5)
    for cell in table.rows[-1].cells:  # the total in bold
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True
    doc.add_heading("Finansiering", level=2)
    if e.financing:
        rows = [[f.name, f.kind.label_sv(), _kr(f.planned), _kr(f.planned_period), _kr(f.paid_period),
                 _kr(f.paid_to_date)] for f in e.financing]
        rows.append(["Totalt", "", _kr(sum(f.planned for f in e.financing)),
                     _kr(sum(f.planned_period or 0 for f in e.financing)),
                     _kr(sum(f.paid_period or 0 for f in e.financing)),
                     _kr(sum(f.paid_to_date for f in e.financing))])
        table = _table(doc, ["Finansiär", "Typ", "Beviljat totalt, kr", "Enligt budget perioden, kr",
                             "Inbetalt perioden, kr", "Inbetalt t.o.m. perioden, kr"], rows,
                       widths=[4.2, 3.0, 2.4, 2.4, 2.4, 2.5], right=[2, 3, 4, 5], size=8.5)
        for cell in table.rows[-1].cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.bold = True
    else:
        _note(doc, "Ingen finansiering är registrerad.")
    doc.add_paragraph(e.funder_share.message_sv())
    for check in e.checks:
        doc.add_paragraph(check, style="List Bullet")
    deviations = [row for row in e.deviations() if row.category is not None or not e.reported]
    if deviations:
        doc.add_paragraph().add_run("Avvikelser").bold = True
        for row in deviations:
            doc.add_paragraph(row.explanation_sv(), style="List Bullet")


def write_lagesrapport(report: ProgressReport, out: Path) -> Path:
    """Write the document to ``out`` (next to it first, then renamed: never half a file)."""
    from docx import Document as new_document
    from docx.shared import Pt

    doc = new_document()
    _swedish(doc)
    p = report.project
    title = f"Lägesrapport {report.period.label()} – {p.name}"
    doc.core_properties.title = title
    doc.core_properties.author = p.project_leader or p.owner or "Hållbar Desktop"
    doc.core_properties.subject = "Lägesrapport till Tillväxtverket"
    doc.core_properties.language = "sv-SE"
    doc.core_properties.comments = f"Utkast från Hållbar Desktop {__version__}"
    doc.add_heading(f"Lägesrapport {report.period.label()}", level=0)
    sub = doc.add_paragraph()
    sub.add_run(p.name).bold = True
    sub.add_run(f"\n{p.owner}" if p.owner else "")
    note = doc.add_paragraph().add_run(
        f"Utkast från Hållbar Desktop {report.generated.isoformat()} – granska och komplettera innan rapporten "
        "skickas till Tillväxtverket.")
    note.italic = True
    note.font.size = Pt(9)
    if p.example_data:
        warn = doc.add_paragraph().add_run(f"EXEMPELDATA: {p.example_note}")
        warn.bold = True
        warn.font.size = Pt(9)
    _page_numbers(doc, title)
    _overview(doc, report)
    _organisation(doc, report)
    _activities(doc, report)
    _results(doc, report)
    _unforeseen(doc, report)
    _economy(doc, report)
    return _save(doc, Path(out))


def _save(doc: Document, out: Path) -> Path:
    """Through ``files.write_atomically``: all of the file or nothing, with the mode any new file gets."""
    import io

    from hallbar_desktop.files import write_atomically

    buffer = io.BytesIO()
    doc.save(buffer)
    return write_atomically(out, buffer.getbuffer(), "Lägesrapporten")


def export_lagesrapport(session: Any, project_code: str, period: str, out: Path, *, today: Any = None) -> Path:
    """Gather the period's report from the register and write it as ``out`` (.docx)."""
    from hallbar_desktop.services.progress_report import progress_report

    return write_lagesrapport(progress_report(session, project_code, period, today=today), out)
