"""The lägesrapport as Word: read back with python-docx, and converted by LibreOffice as a second
client (PDF, read with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from hallbar_desktop.reporting.lagesrapport import HEADINGS, export_lagesrapport  # noqa: E402
from hallbar_desktop.services.activities import set_unforeseen  # noqa: E402
from hallbar_desktop.services.actor import Actor  # noqa: E402
from hallbar_desktop.store.register import Register  # noqa: E402

TODAY = date(2023, 2, 1)
NBSP = "\u00a0"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def report_2022h1(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hallbar_desktop.store.backup import backup_sqlite
    from hallbar_desktop.store.register import open_register

    folder = tmp_path_factory.mktemp("lagesrapport")
    reg = open_register(backup_sqlite(demo_template, folder / "demo.sqlite"))
    try:
        with reg.reading() as s:
            return export_lagesrapport(s, "RJL", "2022H1", folder / "lägesrapport 2022H1.docx", today=TODAY)
    finally:
        reg.close()


def _text(cell: object) -> str:
    return cell.text  # type: ignore[attr-defined, no-any-return]


def test_the_funders_sections_in_order_with_swedish_headings(report_2022h1: Path) -> None:
    doc = docx.Document(str(report_2022h1))
    level1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert level1 == list(HEADINGS)
    assert doc.paragraphs[0].text == "Lägesrapport 2022 halvår 1" and doc.paragraphs[0].style.name == "Title"
    assert doc.core_properties.language == "sv-SE"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "EXEMPELDATA" in body
    assert "Centrumet för transformativ hållbarhet har blivit en mötesplats" in body  # the period's unforeseen text
    assert ("A1.4 Intersektionell granskning av beställningar av digitala samhällstjänster skulle vara klar "
            "2022 kv 2 men är inte genomförd vid periodens slut.") in body
    assert f"Tillväxtverkets andel är 50{NBSP}% av den totala budgeten (högst 50{NBSP}%)." in body


def test_overview_organisation_and_activities_as_real_tables(report_2022h1: Path) -> None:
    doc = docx.Document(str(report_2022h1))
    facts = {_text(r.cells[0]): _text(r.cells[1]) for r in doc.tables[0].rows}
    assert facts["Projekt"] == "Vägar till hållbar utveckling 2020–2022"
    assert facts["Diarienummer"] == "Exempel: 20200874" and facts["Projektägare"] == "Region Jönköpings län"
    assert facts["Rapportperiod"] == "2022 halvår 1 (2022-01-01 – 2022-06-30)"
    assert facts["Projektledare"].startswith("Mariana Morosanu")
    members, meetings = doc.tables[1], doc.tables[2]
    assert [_text(c) for c in members.rows[0].cells] == ["Roll", "Namn", "Organisation", "Ersättare"]
    assert [_text(c) for c in members.rows[1].cells][:2] == ["ordförande", "Anna Olsson"]
    assert [_text(c) for c in meetings.rows[1].cells][0] == "2022-05-12"  # the one meeting held in 2022 H1
    assert len(meetings.rows) == 2
    activities = doc.tables[3]
    assert [_text(c) for c in activities.rows[0].cells] == ["Kod", "Aktivitet", "Planerad", "Status",
                                                            "Genomfört under perioden", "Utfall"]
    by_code = {_text(r.cells[0]): [_text(c) for c in r.cells] for r in activities.rows[1:]}
    assert by_code["A1.4"][3] == "försenad" and by_code["A1.5"][3] == "planerad"
    assert by_code["A1.2"][4] == "Två nya samarbeten med civilsamhället startade."


def test_every_table_repeats_its_header_row(report_2022h1: Path) -> None:
    from docx.oxml.ns import qn

    doc = docx.Document(str(report_2022h1))
    for table in doc.tables[1:]:  # the facts table has no header
        header = table.rows[0]._tr
        flags = header.trPr.findall(qn("w:tblHeader")) if header.trPr is not None else []
        assert flags and flags[0].get(qn("w:val")) == "true"
        assert all(r._tr.trPr is None or not r._tr.trPr.findall(qn("w:tblHeader")) for r in table.rows[1:])


def test_results_and_economy_with_swedish_numbers(report_2022h1: Path) -> None:
    doc = docx.Document(str(report_2022h1))
    rows = {_text(r.cells[0]).split("\n")[0]: [_text(c) for c in r.cells] for t in doc.tables for r in t.rows}
    share = rows["3.1 Andel hållbarhetssäkrade medel (UO 19, Eruf, regionala, komm. service)"]
    assert share[1:5] == [f"73,2{NBSP}%", f"73,2{NBSP}%", f"100{NBSP}% (2022 kv 4)", "▲ Gul"]
    trained = rows["4.2 Medarbetare som slutfört kompetensinsatsen om hållbar omställning"]
    assert trained[1:3] == ["24", "104"]  # the half-year's flow, and the total so far (4 + 8 + … + 12)
    economy = next(t for t in doc.tables if _text(t.rows[0].cells[0]) == "Kostnadsslag")
    costs = {_text(r.cells[0]): [_text(c) for c in r.cells] for r in economy.rows}
    assert costs["Resor och logi"][1:] == [f"50{NBSP}000", f"24{NBSP}000", f"280{NBSP}000", f"76{NBSP}000",
                                           f"27,1{NBSP}%", f"99{NBSP}000", "■ Röd"]
    assert costs["Investeringar, materiel och lokaler"][-1] == "▲ Gul"
    assert costs["Indirekta kostnader"][2] == f"109{NBSP}500"  # 15 % of the period's 730 000 in salaries
    assert costs["Totalt"][3:5] == [f"8{NBSP}000{NBSP}000", f"6{NBSP}365{NBSP}000"]
    assert rows["Tillväxtverket – Vägar till hållbar utveckling"][2:] == [
        f"4{NBSP}000{NBSP}000", f"691{NBSP}250", f"800{NBSP}000", f"2{NBSP}600{NBSP}000"]


def test_an_unwritten_period_text_says_so_and_a_written_one_is_used(demo: Register, tmp_path: Path) -> None:
    with demo.transaction() as s:
        set_unforeseen(s, "RJH", "2021H1", "Fler kommuner än väntat ville delta.", Actor("test", "window"))
        written = export_lagesrapport(s, "RJH", "2021H1", tmp_path / "a.docx", today=TODAY)
        empty = export_lagesrapport(s, "RJH", "2020H2", tmp_path / "b.docx", today=TODAY)
    assert "Fler kommuner än väntat ville delta." in [p.text for p in docx.Document(str(written)).paragraphs]
    assert any(p.text.startswith("Ingen text är skriven för perioden") for p in docx.Document(str(empty)).paragraphs)


def test_a_period_that_is_not_a_reporting_period_is_refused(demo: Register, tmp_path: Path) -> None:
    from hallbar_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="ingen rapportperiod för RJL"), demo.reading() as s:
        export_lagesrapport(s, "RJL", "2019H1", tmp_path / "x.docx", today=TODAY)
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and poppler (pdftotext) are needed; .ci/run installs them")
def test_libreoffice_opens_the_document(report_2022h1: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(report_2022h1)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / (report_2022h1.stem + ".pdf")
    if not pdf.exists() and "export filter" in (result.stdout + result.stderr).lower():
        pytest.skip("LibreOffice Writer is not installed (libreoffice-writer-nogui)")
    assert pdf.exists(), result.stdout + result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    for heading in HEADINGS:
        assert heading in flat, heading
    for expected in ("Lägesrapport 2022 halvår 1", "Sida 1 av", "Anna Olsson", "A1.4", "försenad",
                     "Resor och logi", "8 000 000", "● Grön", "■ Röd", "Centrumet för transformativ hållbarhet"):
        assert expected in flat.replace(NBSP, " "), expected
    pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout.split("Pages:")[1]
                .split()[0]) if shutil.which("pdfinfo") else 0
    assert pages == 0 or 4 <= pages <= 12
