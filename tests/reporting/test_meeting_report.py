"""The steering group's meeting report (PDF) read back with pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.errors import HallbarError
from hallbar_desktop.reporting.meeting_report import write_meeting_report
from hallbar_desktop.services import steering
from hallbar_desktop.services.actor import Actor

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) behövs")

MEETING = date(2022, 9, 8)
TODAY = date(2023, 2, 1)


def _text(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", raw)


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def report(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo meeting's report, written once for the tests that only read it."""
    from hallbar_desktop.store.backup import backup_sqlite
    from hallbar_desktop.store.register import open_register

    folder = tmp_path_factory.mktemp("report")
    register = open_register(backup_sqlite(demo_template, folder / "demo.sqlite"))
    try:
        with register.reading() as s:
            return write_meeting_report(s, "RJL", folder / "möte.pdf", held_on=MEETING, today=TODAY)
    finally:
        register.close()


def test_the_report_holds_the_meeting(report: Path, demo) -> None:
    text = _text(report)
    with demo.reading() as s:
        meeting = steering.get_meeting(s, "RJL", MEETING)
        decisions = steering.list_decisions(s, "RJL")
        from hallbar_desktop.services.grid import project_grid

        grid = project_grid(s, "RJL", today=TODAY)
    assert "Vägar till hållbar utveckling" in text
    assert "RJL" in text
    assert "2022-09-08" in text and "Digitalt möte" in text
    assert "2022 kv 2" in text
    assert "Fastställt av styrgruppen 2022-09-08" in text
    for area in grid.focus_areas:
        assert area.name in text, area.name
    for row in grid.rows:
        assert row.indicator.code in text
    for a in meeting.attendees:
        assert a.label in text, a.label
        assert a.member.organisation in text
    assert "ersättare för Mark Edwards" in text
    for heading in ("Vad har hänt", "Avvikelser från plan", "Målkonflikter", "Föreslagna åtgärder"):
        assert heading in text
    assert meeting.narrative(1).happened[:40] in text
    # Decisions of this meeting (3–5) and the earlier ones it follows up (1 and 2, still open then).
    assert {d.number for d in decisions} == {1, 2, 3, 4, 5}
    for d in decisions:
        assert " ".join(d.text.split()[:3]) in text, d.text
        assert d.status_sv in text
    assert "Beslut vid mötet 2022-09-08" in text and "Tidigare beslut som följs upp" in text
    pages = _pages(report)
    assert "Sida 1 av" in text
    assert f"Sida {pages} av {pages}" in text
    for n in range(1, pages + 1):
        assert f"Sida {n} av {pages}" in text


def test_pages_render_as_images(report: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(report), str(tmp_path / "sida")], check=True)
    images = sorted(tmp_path.glob("sida-*.png"))
    assert len(images) == _pages(report) >= 1 + 1 + 4 + 1  # cover, scorecard, four areas, decisions
    assert all(p.stat().st_size > 1000 for p in images)


def test_long_text_flows_onto_more_pages(demo, tmp_path: Path) -> None:
    words = [f"ord{i:04d}" for i in range(900)]
    with demo.transaction() as s:
        steering.set_narrative(s, "RJL", MEETING, 2, steering.NarrativeFields(
            happened=" ".join(words), deviations="Enkel text.", goal_conflicts="", actions="Åtgärd ärende ö."),
            Actor("test", "test"))
        steering.update_decision(s, "RJL", 3, Actor("test", "test"), follow_up="lång " * 1500 + "SLUTORD")
    with demo.reading() as s:
        out = write_meeting_report(s, "RJL", tmp_path / "lång.pdf", held_on=MEETING, today=TODAY)
    text = _text(out)
    for w in words:  # every word is printed: nothing is cut off at the foot of a page
        assert w in text
    assert "SLUTORD" in text
    assert "Åtgärd ärende ö." in text
    assert _pages(out) > 8


def test_latest_meeting_without_date_and_no_meeting(demo, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = write_meeting_report(s, "RJL", tmp_path / "senaste.pdf", today=TODAY)
        text = _text(out)
        assert "2022-11-17" in text and "2022 kv 3" in text
        assert "Utkast" in text  # 2022 kv 3 is not approved
        with pytest.raises(HallbarError, match="inget styrgruppsmöte"):
            write_meeting_report(s, "RJH", tmp_path / "rjh.pdf", today=TODAY)
    assert not (tmp_path / "rjh.pdf").exists()


def test_cli_report(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_path)]
    out = tmp_path / "rapport.pdf"
    assert main([*db, "report", "RJL", "--meeting", "2022-09-08", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert "2022 kv 2" in _text(out)

    bad = tmp_path / "fel.pdf"
    assert main([*db, "report", "RJL", "--meeting", "2022-13-01", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inget datum" in err
    assert main([*db, "report", "RJL", "--meeting", "2022-09-09", str(bad)]) == 1
    assert "inget styrgruppsmöte den 2022-09-09" in capsys.readouterr().err
    assert main([*db, "report", "NOPE", str(bad)]) == 1
    assert main([*db, "report", "RJH", str(bad)]) == 1
    assert "inget styrgruppsmöte" in capsys.readouterr().err
    assert not bad.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".hallbar-")] == []


# --- the document itself: fonts, sizes, vector charts, tables across pages --------------------------
def _page_text(pdf: Path, page: int) -> str:
    raw = subprocess.run(["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", raw)


def _content_streams(pdf: Path) -> list[bytes]:
    """Every page's content stream, decoded (ReportLab writes ASCII85 over Flate)."""
    data = pdf.read_bytes()
    streams = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        header, body = m.group(1), m.group(2)
        if b"/Length1" in header or b"/Subtype" in header:
            continue  # embedded fonts and images: not page content
        if b"/ASCII85Decode" in header:
            body = base64.a85decode(body.strip().removesuffix(b"~>"), adobe=False)
        if b"/FlateDecode" in header:
            body = zlib.decompress(body)
        streams.append(body)
    return streams


def test_headings_codes_swedish_characters_and_page_numbers(report: Path, demo) -> None:
    text = _text(report)
    with demo.reading() as s:
        from hallbar_desktop.services.grid import project_grid

        grid = project_grid(s, "RJL", today=TODAY)
    for heading in ("Styrgruppsmöte – uppföljning", "Närvarande", "Projektets status 2022 kv 2", "Indikatorer",
                    "Styrgruppens berättelse, mötet 2022-09-08", "Beslut vid mötet 2022-09-08",
                    "Tidigare beslut som följs upp"):
        assert heading in text, heading
    for area in grid.focus_areas:
        assert f"{area.number}. {area.name}" in text
    for row in grid.rows:  # every indicator in its focus area's table: code and name
        assert f"{row.indicator.code} {' '.join(row.indicator.name.split()[:2])}" in text, row.indicator.code
    for word in ("Jönköpings", "Hållbarhetssäkrad finansiering", "Övergripande omställning", "Målkonflikter",
                 "Föreslagna åtgärder", "Fastställt"):
        assert word in text
    # Traffic lights as a symbol and a word, not a colour alone.
    assert "● Grön" in text and "▲ Gul" in text
    pages = _pages(report)
    # cover, scorecard, four focus areas, the effect chain (two pages), economy, lessons, decisions
    assert pages == 1 + 1 + 4 + 2 + 1 + 1 + 1
    for n in range(1, pages + 1):
        assert f"Sida {n} av {pages}" in _page_text(report, n)


def test_fonts_are_embedded_and_no_text_is_under_9_pt(report: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(report)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    for row in rows:  # name type encoding emb sub uni ...: every font embedded, with a Unicode map
        assert "DejaVu" in row and row.split()[-5:-2] == ["yes", "yes", "yes"], row
    sizes = []
    for stream in _content_streams(report):
        sizes += [float(s) for s in re.findall(rb"/\S+ ([\d.]+) Tf", stream)]
        # Nothing is scaled: every transformation is a move or a rotation, so a font is printed at its size.
        for m in re.finditer(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) -?[\d.]+ -?[\d.]+ cm", stream):
            a, b, c, d = (float(v) for v in m.groups())
            assert abs(a * d - b * c - 1) < 1e-3, m.group(0)
    assert sizes and min(sizes) >= 9, sorted(set(sizes))


def test_charts_are_vector_graphics_with_selectable_text(report: Path) -> None:
    images = subprocess.run(["pdfimages", "-list", str(report)], check=True, capture_output=True, text=True).stdout
    assert len(images.splitlines()) == 2, images  # the header lines only: no raster image anywhere
    scorecard = _page_text(report, 2)
    # The chart's own texts are text in the page: title, axis label, legend.
    assert "Status per insatsområde, 2022 kv 2" in scorecard and "Antal indikatorer" in scorecard
    assert "Framsteg mot målet, 2022 kv 2" in _page_text(report, 3)
    streams = _content_streams(report)
    assert len(streams) == _pages(report)
    green = rb"0?\.18039\d* 0?\.49019\d* 0?\.19607\d* rg"  # charts.COLOURS[GREEN] (#2e7d32) as a fill colour
    yellow = rb"0?\.94902\d* 0?\.71764\d* 0?\.01960\d* rg"  # COLOURS[YELLOW] (#f2b705)
    assert re.search(green, streams[1]) and re.search(yellow, streams[1])  # the scorecard's bars, as paths
    assert re.search(rb"\d re\b", streams[1]) or b" l " in streams[1]
    # Yellow bars carry a hatch as well as their colour: many short strokes clipped to the bar.
    assert streams[1].count(b" l") > 50


def _many_indicators(path: Path, n: int) -> Path:
    indicators = "\n".join(f'''
[[focus_areas.indicators]]
code = "1.{i}"
name = "Åtgärd {i} i Älvdalen och Örebro, en indikator med ett ganska långt namn"
description = "Test"
data_source = "Test"
responsible = "Projektledaren"
level = "output"
kind = "count"
unit = "st"
direction = "higher"
accumulation = "level"
baseline = 0
baseline_quarter = "2021Q1"
target = 10
target_quarter = "2022Q4"

[focus_areas.indicators.values]
"2021Q4" = {{ value = {i % 9}, comment = "Kommentar till indikator 1.{i}: läget är oförändrat sedan förra kvartalet." }}
''' for i in range(1, n + 1))
    path.write_text(f'''format = "hallbar-project"
version = 1
example_data = true

[project]
code = "LANG"
name = "Många indikatorer – ett projekt för att pröva långa tabeller"
owner = "Region Östergötland"
start = "2021Q1"
end = "2022Q4"

[[focus_areas]]
number = 1
name = "Ett insatsområde med många indikatorer"
purpose = "Test"
{indicators}

[[focus_areas]]
number = 2
name = "Ett tomt insatsområde"
purpose = "Test"

[[steering_group]]
role = "chair"
name = "Åsa Ödman"
title = "Ordförande"
organisation = "Länsstyrelsen"

[[meetings]]
date = 2022-02-10
quarter = "2021Q4"
attendees = ["Åsa Ödman"]

[[meetings.narratives]]
focus_area = 1
happened = "Allt går enligt plan."
''', encoding="utf-8")
    return path


def test_a_long_table_continues_on_the_next_page_with_its_header(register, tmp_path: Path) -> None:
    from hallbar_desktop.services.project_file import load_project

    n = 60
    with register.transaction() as s:
        load_project(s, _many_indicators(tmp_path / "många.toml", n), Actor("test", "load"))
    with register.reading() as s:
        out = write_meeting_report(s, "LANG", tmp_path / "många.pdf", today=TODAY)
    pages = _pages(out)
    header = "Kod Indikator Status Värde Mål Kommentar"
    seen: list[int] = []
    table_pages = 0
    for page in range(1, pages + 1):
        text = _page_text(out, page)
        numbers = [int(x) for x in re.findall(r"Kommentar till indikator 1\.(\d+):", text)]
        if numbers:
            table_pages += 1
            assert header in text, f"sidan {page} fortsätter tabellen utan rubrikrad"
            seen += numbers
    assert table_pages >= 2
    assert seen == list(range(1, n + 1))  # every row once, in order, none lost at a page break
    text = _text(out)
    assert "(del 1 av 3)" in text and "(del 3 av 3)" in text  # the chart in parts that fit a page
    assert "Insatsområdet har inga indikatorer." in text
    assert "Åsa Ödman" in text and "Region Östergötland" in text
    assert f"Sida {pages} av {pages}" in text


def test_the_report_shows_the_economy_and_the_delayed_activities_at_the_meeting(report: Path, demo) -> None:
    """The steering group follows the budget at every meeting: the report shows each cost category
    against the budget at the meeting's quarter, what deviates, and the activities that are late."""
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.economy_follow_up import economy_follow_up, plan_deviations

    text = _text(report)
    with demo.reading() as s:
        meeting = steering.get_meeting(s, "RJL", MEETING)
        follow = economy_follow_up(s, "RJL", as_of=meeting.quarter, today=TODAY)
        deviations = plan_deviations(s, "RJL", meeting.quarter, today=TODAY)
    assert meeting.quarter == Quarter.parse("2022Q2")
    assert "Ekonomi och aktivitetsplan" in text and "Budget och utfall till och med 2022 kv 2" in text
    for row in follow.rows:
        assert row.label in text
    assert deviations.delayed, "the demo has an activity that is late at the meeting"
    for activity in deviations.delayed:
        assert f"{activity.code} {activity.name}" in text
    for row in deviations.economy:
        assert re.sub(r"\s+", " ", row.explanation_sv()) in text



# --- the effect chain and the lessons ------------------------------------------------------------------
def _pages_with(pdf: Path, words: str) -> list[int]:
    return [n for n in range(1, _pages(pdf) + 1) if words in _page_text(pdf, n)]


def test_the_effect_chain_is_drawn_with_the_lights_at_the_meeting_s_quarter(report: Path, demo) -> None:
    """Each focus area's chain is on the page as vector paths and real text: every box's text and
    every indicator's code with its light's symbol, as the grid judged it at the meeting's quarter."""
    from hallbar_desktop.services.effect_chain import effect_chain

    with demo.reading() as s:
        meeting = steering.get_meeting(s, "RJL", MEETING)
        chain = effect_chain(s, "RJL", today=meeting.quarter.next().start_date)
        now = effect_chain(s, "RJL", today=TODAY)
    assert chain.status_quarter == meeting.quarter
    first = _pages_with(report, "Effektkedjan")
    assert len(first) == 1
    pages = [first[0], first[0] + 1]
    text = " ".join(_page_text(report, n) for n in pages)
    assert "med indikatorernas status 2022 kv 2" in text and "Streckad pil: hoppar över resultatnivån" in text
    for number, name in chain.lanes_in_use():
        assert f"{number}. {name}" in text
    codes = chain.indicator_codes()
    assert len(codes) == 12
    for box in chain.boxes:
        for ind in box.indicators:  # the code with the light's symbol: "▲ 1.4"
            assert f"{ind.symbol} {ind.code}" in text, ind.code
        assert box.title.split()[0] in text.replace("- ", ""), box.title  # a word split at a line's end
    # the lights are those of the meeting's quarter, not of today where they differ
    differ = [(i.code, i.symbol, j.symbol) for b, c in zip(chain.boxes, now.boxes, strict=True)
              for i, j in zip(b.indicators, c.indicators, strict=True) if i.symbol != j.symbol]
    assert differ, "the demo has a light that changed after the meeting"
    for code, then, _later in differ:
        assert f"{then} {code}" in text
    assert "1.4 följs upp efter projektslut, till och med 2024 kv 4." in text
    assert "Aktiviteter: A1.4 (försenad)" in text


def test_the_meeting_s_lessons_are_listed(demo, tmp_path: Path) -> None:
    """The lessons linked to the meeting (whenever dated) and those learned since the previous
    meeting; not those after the meeting nor those before the previous one that are not linked."""
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lessons import LessonFields, add_lesson, lessons_for_meeting

    me = Actor("test", "window")
    with demo.transaction() as s:
        add_lesson(s, "RJL", LessonFields(date(2021, 3, 1), "Tidig lärdom som mötet tar upp", meeting=MEETING,
                                          tags="styrning"), me)
        add_lesson(s, "RJL", LessonFields(date(2021, 3, 2), "Gammal lärdom utan koppling"), me)
        add_lesson(s, "RJL", LessonFields(date(2022, 10, 1), "Lärdom efter mötet"), me)
    with demo.reading() as s:
        wanted = lessons_for_meeting(s, "RJL", MEETING)
        out = write_meeting_report(s, "RJL", tmp_path / "möte.pdf", held_on=MEETING, today=TODAY)
    page = _pages_with(out, "Vad vi lärde oss och vad det ändrar")
    assert len(page) == 1
    text = _page_text(out, page[0])
    assert "Lärdomar kopplade till mötet 2022-09-08 och lärdomar sedan föregående möte." in text
    assert len(wanted) >= 2 and "Tidig lärdom som mötet tar upp" in [x.learned for x in wanted]
    for lesson in wanted:
        assert " ".join(lesson.learned.split()[:4]) in text, lesson.learned
        assert lesson.learned_on.isoformat() in text
    assert "Styrgruppsmöte 2022-09-08" in text and "styrning" in text
    assert "Gammal lärdom utan koppling" not in text and "Lärdom efter mötet" not in text


def test_a_project_without_an_effect_chain_or_lessons(register, tmp_path: Path) -> None:
    from hallbar_desktop.services.project_file import load_project

    path = _many_indicators(tmp_path / "lang.toml", 3)
    with register.transaction() as s:
        load_project(s, path, __import__("hallbar_desktop.services.actor", fromlist=["Actor"]).Actor("t", "load"))
    with register.reading() as s:
        out = write_meeting_report(s, "LANG", tmp_path / "lang.pdf", today=TODAY)
    text = _text(out)
    assert "Effektkedjan" not in text
    assert "Inga lärdomar är skrivna sedan föregående möte." in text
