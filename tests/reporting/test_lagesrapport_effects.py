"""The lägesrapport shows the effect chain of each focus area (lights at the end of the period) under
Projektets resultat, and the period's lessons under Oförutsedda resultat och effekter; read back
with python-docx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from hallbar_desktop.domain.status import Light  # noqa: E402
from hallbar_desktop.reporting.lagesrapport import HEADINGS, export_lagesrapport  # noqa: E402
from hallbar_desktop.services.progress_report import progress_report  # noqa: E402
from hallbar_desktop.store.register import Register  # noqa: E402

TODAY = date(2026, 11, 29)


def _paragraph_index(doc: object, text: str) -> int:
    return next(i for i, p in enumerate(doc.paragraphs) if p.text == text)  # type: ignore[attr-defined]


def test_the_chain_of_each_focus_area_is_a_picture_under_the_results(demo: Register, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_lagesrapport(s, "RJL", "2022H2", tmp_path / "lägesrapport.docx", today=TODAY)
    doc = docx.Document(str(out))
    paragraphs = doc.paragraphs
    positions = [i for i, p in enumerate(paragraphs) if p._p.findall(".//{*}blip")]
    assert len(positions) == 4  # one per focus area, all four have a chain
    assert all(paragraphs[i].text.startswith("Effektkedja") for i in positions)  # caption and picture together
    results, unforeseen = _paragraph_index(doc, HEADINGS[3]), _paragraph_index(doc, HEADINGS[4])
    assert all(results < i < unforeseen for i in positions)
    blobs = [doc.part.related_parts[rid].blob for rid in doc.part.rels if "image" in doc.part.rels[rid].reltype]
    assert len(blobs) == 4 and all(b[:4] == b"\x89PNG" for b in blobs)
    assert all(round(s.width.cm, 1) == 17.0 for s in doc.inline_shapes)
    body = "\n".join(p.text for p in doc.paragraphs)
    # the lights in the chain are those at the end of the period: 1.4 red at 2022 kv 4, not its later yellow
    assert "1.4 ■" in body and "1.3 ▲" in body


def test_the_chain_s_lights_are_judged_at_the_end_of_the_period(demo: Register) -> None:
    with demo.reading() as s:
        h1 = progress_report(s, "RJL", "2022H1", today=TODAY)
        h2 = progress_report(s, "RJL", "2022H2", today=TODAY)
    assert h1.effect_chain is not None and h2.effect_chain is not None
    assert h1.effect_chain.status_quarter.label_sv() == "2022 kv 2"  # type: ignore[union-attr]
    follow = {p: next(i for b in r.effect_chain.boxes for i in b.indicators if i.code == "1.4")  # type: ignore[union-attr]
              for p, r in (("h1", h1), ("h2", h2))}
    assert str(follow["h1"].quarter) == "2022Q2" and str(follow["h2"].quarter) == "2022Q4"
    table = {i.code: i.status for i in h2.indicators}
    chain = {i.code: i.light for b in h2.effect_chain.boxes for i in b.indicators}  # type: ignore[union-attr]
    assert chain == table  # the same status as the report's own table
    assert chain["1.4"] is Light.RED


def test_the_period_s_lessons_are_listed(demo: Register, tmp_path: Path) -> None:
    with demo.reading() as s:
        out = export_lagesrapport(s, "RJL", "2022H2", tmp_path / "lägesrapport.docx", today=TODAY)
        first = export_lagesrapport(s, "RJL", "2021H1", tmp_path / "2021.docx", today=TODAY)
    doc = docx.Document(str(out))
    heading = _paragraph_index(doc, "Lärdomar under perioden")
    assert _paragraph_index(doc, HEADINGS[4]) < heading < _paragraph_index(doc, HEADINGS[5])
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Vad vi lärde oss")
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert [r[0].split("\n")[0] for r in rows] == ["3", "4"]  # 2022-09-08 and 2022-11-17
    assert rows[0][1].startswith("Digitala möten har ersatt många resor")
    assert rows[0][2].startswith("Styrgruppen prövar att flytta medel")
    assert "Styrgruppsmöte 2022-09-08" in rows[0][3] and "Taggar: ekonomi, målkonflikt, arbetssätt" in rows[0][3]
    assert "(exempel)" in rows[0][0]
    assert "Indikator 4.1" in rows[1][3]
    doc = docx.Document(str(first))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Inga lärdomar är skrivna i lärdomsloggen för perioden." in body
