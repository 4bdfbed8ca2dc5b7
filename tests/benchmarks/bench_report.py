"""The steering group's meeting report (PDF) against ReportLab writing the same pages and tables alone.

``hallbar report RJL --meeting 2022-09-08`` on the demo register, each run in a fresh process:
the time is counted from after the interpreter has started and imported the ``hallbar``
command (what ``hallbar --help`` costs) to the PDF written, so it includes opening the
register, reading the meeting, loading matplotlib and ReportLab, drawing the charts and
writing the file. CPU (user + system of the process) and wall clock are both reported.

The floor is ReportLab alone, also in a fresh process from interpreter start: the same
pages (a page break where the report starts a page), headings, paragraphs and tables with the
same texts (read from the register beforehand, outside the timing), DejaVu Sans embedded,
tables that wrap their cells and repeat their header row, and "Sida N av M" on every page. It
has no charts and reads no register: what is left of the ratio is our reading, the charts and
whatever the report does beyond the library.

Runs alternate (ours, floor, ours, floor, ...) so that the machine's changing speed hits both
alike; the medians and their ratio are printed. ``--before REV`` also runs the report as it was
at git revision REV (its package, migrations and resources taken from the repository), in the
same interleaved loop: e.g. ``--before 2939082`` for the matplotlib-drawn report it replaced.
Run:  .venv/bin/python tests/benchmarks/bench_report.py [--runs 7] [--before REV]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

MEETING = "2022-09-08"
REPO = Path(__file__).resolve().parents[2]


def _times(t0: float, c0: float) -> dict[str, float]:
    return {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0}


# --- the phases, each in its own process ----------------------------------------------------------
def phase_report(work: Path) -> dict[str, float]:
    from hallbar_desktop.cli import main  # start-up: what every `hallbar` command pays

    t0, c0 = time.perf_counter(), time.process_time()
    code = main(["--db", str(work / "demo.sqlite"), "report", "RJL", "--meeting", MEETING,
                 str(work / "report.pdf")])
    assert code == 0
    return _times(t0, c0)


def phase_startup(work: Path) -> dict[str, float]:
    """The process start-up the goal excludes: the interpreter and the ``hallbar`` command imported."""
    t0, c0 = time.perf_counter(), time.process_time()
    from hallbar_desktop.cli import build_parser

    build_parser()
    return _times(t0, c0)


def phase_floor(work: Path) -> dict[str, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    pages = json.loads((work / "skeleton.json").read_text(encoding="utf-8"))
    _floor_document(pages, work / "floor.pdf")
    return _times(t0, c0)


def _dejavu() -> tuple[str, str]:
    for folder in ("/usr/share/fonts/truetype/dejavu",):
        if Path(folder, "DejaVuSans.ttf").exists():
            return str(Path(folder, "DejaVuSans.ttf")), str(Path(folder, "DejaVuSans-Bold.ttf"))
    import matplotlib

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return str(ttf / "DejaVuSans.ttf"), str(ttf / "DejaVuSans-Bold.ttf")


def _floor_document(pages: list[list[Any]], out: Path) -> None:
    """ReportLab's platypus alone: the report's pages, texts and tables, nothing else."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _dejavu()
    pdfmetrics.registerFont(TTFont("DejaVu", regular))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", bold))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu",
                                  boldItalic="DejaVu-Bold")
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=9, leading=11, textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceBefore=6, spaceAfter=6)

    class Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                self.setFont("DejaVu", 9)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Sida {self._pageNumber} av {total}")
                super().showPage()
            super().save()

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    story: list[Any] = []
    width = A4[0] - 4 * cm
    for number, page in enumerate(pages):
        if number:
            story.append(PageBreak())
        for kind, *data in page:
            if kind == "h":
                story.append(Paragraph(esc(data[0]), h1))
            elif kind == "p":
                story.append(Paragraph(esc(data[0]), body))
            else:
                header, rows = data
                n = len(header)
                table = Table([[Paragraph(esc(t), head) for t in header]]
                              + [[Paragraph(esc(t), cell) for t in row] for row in rows],
                              colWidths=[width / n] * n, repeatRows=1)
                table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#b0bec5")),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story.append(table)
                story.append(Spacer(1, 6))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm).build(story, canvasmaker=Numbered)


# --- what the floor writes: the report's pages, texts and tables, read beforehand -----------------
def skeleton(db: Path) -> list[list[Any]]:
    """Pages of ("h", text) / ("p", text) / ("t", header, rows): the meeting report's texts and tables."""
    from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light
    from hallbar_desktop.reporting.meeting_report import gather
    from hallbar_desktop.services.formatting import format_target
    from hallbar_desktop.store.register import open_register

    reg = open_register(db)
    with reg.reading() as s:
        c = gather(s, "RJL", held_on=date.fromisoformat(MEETING))
    reg.close()
    m, p, grid = c.meeting, c.grid.project, c.grid
    cover: list[Any] = [("h", p.name), ("t", ["Uppgift", "Värde"], [
        ["Projekt", p.code], ["Projektägare", p.owner], ["Diarienummer", p.case_number or ""],
        ["Mötesdatum", m.held_on.isoformat()], ["Plats", m.place], ["Uppföljt kvartal", m.quarter.label_sv()],
        ["Projektledare", p.project_leader or ""]]),
        ("h", "Närvarande"),
        ("t", ["Namn", "Roll", "Organisation"], [[a.label, a.member.role_sv, a.member.organisation]
                                                 for a in m.attendees])]
    if m.notes.strip():
        cover += [("h", "Anteckningar"), ("p", m.notes)]
    lights = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)
    score: list[Any] = [("h", f"Projektets status {m.quarter.label_sv()}"), (
        "t", ["Insatsområde"] + [f"{SYMBOL[li]} {LABEL_SV[li]}" for li in lights],
        [[f"{a.number}. {a.name}"] + [f"{SYMBOL[li]} {grid.summary(a.number)[li]}" for li in lights]
         for a in grid.focus_areas])]
    pages = [cover, score]
    for area in grid.focus_areas:
        page: list[Any] = [("h", f"{area.number}. {area.name}"), ("p", f"Uppföljning av {m.quarter.label_sv()}")]
        rows = []
        for row in grid.rows_of(area.number):
            cell = row.cell(m.quarter)
            light = cell.status if cell else Light.NONE
            ind = row.indicator
            value = "" if cell is None or cell.value is None else str(cell.value)
            rows.append([ind.code, ind.name, f"{SYMBOL[light]} {LABEL_SV[light]}", value,
                         format_target(ind.kind, ind.target, ind.target_quarter) or "–",
                         cell.comment if cell and cell.comment else ""])
        page.append(("t", ["Kod", "Indikator", "Status", "Värde", "Mål", "Kommentar"], rows))
        page.append(("h", f"Styrgruppens berättelse, mötet {m.held_on.isoformat()}"))
        narrative = m.narrative(area.number)
        for attribute, title in (("happened", "Vad har hänt"), ("deviations", "Avvikelser från plan"),
                                 ("goal_conflicts", "Målkonflikter"), ("actions", "Föreslagna åtgärder")):
            page += [("p", title), ("p", str(getattr(narrative, attribute)) or "–")]
        pages.append(page)
    header = ["Nr", "Beslut", "Ansvarig", "Klart senast", "Status", "Uppföljning"]

    def decision_rows(decisions: Any) -> list[list[str]]:
        return [[str(d.number), d.text, d.owner or "–", d.due_on.isoformat() if d.due_on else "–", d.status_sv,
                 d.follow_up] for d in decisions]

    pages.append([("h", "Beslut"), ("h", f"Beslut vid mötet {m.held_on.isoformat()}"),
                  ("t", header, decision_rows(m.decisions)), ("h", "Tidigare beslut som följs upp"),
                  ("t", header, decision_rows(c.earlier))])
    return pages


# --- driver -------------------------------------------------------------------------------------
PHASES = {"report": phase_report, "floor": phase_floor, "startup": phase_startup}


def run_phase(name: str, work: Path, *, code: Path | None = None) -> dict[str, float]:
    """``name`` in a fresh process; with ``code``, the ``hallbar_desktop`` package found there."""
    env = dict(os.environ, HALLBAR_DATA_DIR=str(work / "data"), HALLBAR_BACKUP_KEEP="0")
    if code is not None:
        env["PYTHONPATH"] = str(code)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work)],
                         check=True, capture_output=True, text=True, env=env)
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "process": time.perf_counter() - t0}


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout if shutil.which(
        "pdfinfo") else ""
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return -1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--phase")
    ap.add_argument("--work")
    ap.add_argument("--before", metavar="REV", help="also time the report as it was at this git revision")
    args = ap.parse_args()
    if args.phase:
        result = PHASES[args.phase](Path(args.work))
        print(json.dumps(result))
        return

    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project
    from hallbar_desktop.store.register import open_register

    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    (work / "data").mkdir()
    reg = open_register(work / "demo.sqlite")
    with reg.transaction() as s:
        for f in demo_files():
            load_project(s, f, Actor("bench", "load", f.name))
    reg.close()
    (work / "skeleton.json").write_text(json.dumps(skeleton(work / "demo.sqlite"), ensure_ascii=False),
                                        encoding="utf-8")
    before: Path | None = None
    if args.before:
        before = work / "before"
        before.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.before, "hallbar_desktop", "db", "resources"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
    run_phase("report", work)  # warm the file cache and bytecode; not counted
    run_phase("floor", work)
    results: dict[str, list[dict[str, float]]] = {"report": [], "floor": [], "startup": [], "before": []}
    for _ in range(args.runs):
        if before is not None:  # first: the report.pdf left for the summary is today's
            results["before"].append(run_phase("report", work, code=before))
        for name in ("report", "floor", "startup"):
            results[name].append(run_phase(name, work))

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    print(f"meeting report: {_pages(work / 'report.pdf')} pages, {(work / 'report.pdf').stat().st_size / 1024:.0f} KiB;"
          f" floor: {_pages(work / 'floor.pdf')} pages, {(work / 'floor.pdf').stat().st_size / 1024:.0f} KiB;"
          f" median of {args.runs} runs each, interleaved")
    print(f"{'':<46}{'wall ms':>9}{'CPU ms':>9}{'process ms':>12}")
    rows = [("hallbar report, beyond start-up", "report"), ("floor: ReportLab, same pages and tables", "floor"),
            ("start-up: importing the hallbar command", "startup")]
    if before is not None:
        rows.insert(1, (f"the same at {args.before}", "before"))
    for label, name in rows:
        print(f"{label:<46}{med(name, 'wall') * 1000:>9.0f}{med(name, 'cpu') * 1000:>9.0f}"
              f"{med(name, 'process') * 1000:>12.0f}")
    print("(wall and CPU counted inside the process after the interpreter started; 'process' is the whole"
          " process, interpreter start-up included)")
    pair = [r["wall"] / f["wall"] for r, f in zip(results["report"], results["floor"], strict=True)]
    print(f"ratio report / floor: wall {med('report', 'wall') / med('floor', 'wall'):.2f}×, "
          f"CPU {med('report', 'cpu') / med('floor', 'cpu'):.2f}× (median of run-by-run wall ratios "
          f"{statistics.median(pair):.2f}×)")
    if before is not None:
        print(f"ratio {args.before} / floor: wall {med('before', 'wall') / med('floor', 'wall'):.2f}×, "
              f"CPU {med('before', 'cpu') / med('floor', 'cpu'):.2f}×; now / {args.before}: wall "
              f"{med('report', 'wall') / med('before', 'wall'):.2f}×, "
              f"CPU {med('report', 'cpu') / med('before', 'cpu'):.2f}×")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
