"""The fast reader of the Data sheet reads what openpyxl reads, cell for cell, or hands over.

Each sheet below is written by hand, with what spreadsheet programs write (shared and inline
strings, numbers, dates, percentages, booleans, a formula's text, errors, empty cells, cells
and rows without a reference) and what they do not (rows out of order or named twice, a cell
named twice, rows and cells beyond the declared extent, comments). ``read_columns`` must give
the values ``cell_input`` gives for openpyxl's read-only cells, row by row; and what it leaves
to openpyxl (rich text, damaged XML, a damaged number) it must refuse with ``Unusual`` so
that ``data_rows`` reads it the old way, with the same values or the same error.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.services import excel_import  # noqa: E402
from hallbar_desktop.services.sheet_cells import Unusual, read_columns  # noqa: E402

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot; %&quot;"/></numFmts>
<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>
<xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>
<xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/>
</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""
SHARED = ["P1", "1.2", "2022Q4", "Kommentar med  två mellanslag", " ", "Värde"]
HEADER = ("<row r='1'>" + "".join(
    f"<c r='{col}1' t='inlineStr'><is><t>{name}</t></is></c>" for col, name in zip(
        "ABCDEFGHIJKLMNOP", ["Projekt", "Insatsområde", "Indikatorkod", "Indikator", "Enhet", "Kvartal", "Värde",
                             "Täljare", "Nämnare", "Kvinnor", "Män", "Annat/ej angivet", "Kommentar", "Angivet av",
                             "Angivet", "Datum uppnådd"], strict=True)) + "</row>")

ORDINARY = HEADER + """
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="F2" t="s"><v>2</v></c>
 <c r="G2"><v>12</v></c><c r="H2" t="n"><v>1.5</v></c><c r="I2"><v>1E3</v></c><c r="M2" t="s"><v>3</v></c>
 <c r="O2" s="1"><v>45658</v></c><c r="P2" s="1"><v>44900.75</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>P1</t></is></c>
 <c r="C3" t="inlineStr"><is><t xml:space="preserve"> 1.3 </t></is></c>
 <c r="F3" t="str"><v>2022Q3</v></c><c r="G3" s="2"><v>0.85</v></c><c r="H3" s="3"><v>85</v></c>
 <c r="I3" s="4"><v>1</v></c>
 <c r="J3" t="b"><v>1</v></c><c r="K3" t="b"><v>0</v></c><c r="L3" t="e"><v>#N/A</v></c>
 <c r="M3" t="inlineStr"><is><t/></is></c><c r="N3" t="inlineStr"/><c r="P3" t="d"><v>2022-11-03T00:00:00</v></c></row>
<row r="5"><c r="A5" t="s"><v>4</v></c><c r="C5"><v>2</v></c><c r="G5"/><c r="H5"><v></v></c>
 <c r="M5" s="5"><v>0.5</v></c>
 <c r="P5" t="d"><v>2022-11-03</v></c></row>
<row><c r="A6" t="s"><v>0</v></c><c t="inlineStr"><is><t>utan ref</t></is></c><c><v>7</v></c><c r="G6"><v>-3</v></c>
 <c><v>8</v></c></row>
<row r="4"><c r="A4" t="s"><v>0</v></c><c r="C4"><v>99</v></c></row>
<row r="6"><c r="A6"><v>6</v></c></row>
<row r="7"><!-- a comment --><c r="A7" t="s"><v>0</v></c><c r="C7" t="s"><v>1</v></c><c r="G7"><v>1</v></c>
 <c r="G7"><v>2</v></c><c r="Q7"><v>3</v></c><c r="c7"><v>4</v></c><?pi here?></row>
<row r="8"><c r="A8" t="inlineStr"><is><t>å &amp; ö &#8211; &lt;x&gt;</t></is></c><c r="C8"><v>0</v></c></row>
<row r="30"><c r="A30" t="s"><v>5</v></c></row>
"""


def _workbook(path: Path, sheet: str, dimension: str | None = "A1:P30", sheet_name: str = "Data") -> Path:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sst = "".join(f"<si><t xml:space='preserve'>{s}</t></si>" for s in SHARED)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?>'
                               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                               'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                               + "".join(f'<Override PartName="/xl/{name}" ContentType="{OFFICE}.{kind}+xml"/>'
                                         for name, kind in (("workbook.xml", "sheet.main"),
                                                            ("worksheets/sheet1.xml", "worksheet"),
                                                            ("styles.xml", "styles"),
                                                            ("sharedStrings.xml", "sharedStrings")))
                               + "</Types>",
        "_rels/.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
        "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{NS}" xmlns:r="{REL}">
<sheets><sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>""",
        "xl/_rels/workbook.xml.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>""",
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">{sst}</sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">{dim}'
                                    f"<sheetData>{sheet}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def _by_openpyxl(ws) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    """The Data sheet as the import read it before: every cell through ``cell_input``, a sheet
    declaring an outsized extent measured first (``read_by_content``)."""
    from hallbar_desktop.services.input_files import read_by_content

    read_by_content(ws.parent)
    rows = ws.iter_rows()
    header = [excel_import._text(c.value) for c in next(rows, ())]
    out = []
    for r, cells in enumerate(rows, start=2):
        values = {h: excel_import.cell_input(c) for h, c in zip(header, cells, strict=False) if h}
        if any(v is not None for v in values.values()):
            out.append((r, values))
    return header, out


def _fast(ws) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    names: list[str] = []

    def pick(header: list[object]) -> list[int]:
        at = {excel_import._text(v): i for i, v in enumerate(header, start=1) if excel_import._text(v)}
        names[:] = list(at)
        return list(at.values())

    from hallbar_desktop.services.input_files import SUSPECT_COLUMNS, SUSPECT_ROWS

    header, rows = read_columns(ws, pick, excel_import.is_percent_format, suspect=(SUSPECT_ROWS, SUSPECT_COLUMNS))
    return ([excel_import._text(v) for v in header],
            [(r, dict(zip(names, values, strict=True))) for r, values in rows if any(v is not None for v in values)])


def _typed(rows: list[tuple[int, dict[str, object]]]) -> list[tuple[int, dict[str, tuple[str, object]]]]:
    return [(r, {h: (type(v).__name__, v) for h, v in values.items() if v is not None}) for r, values in rows]


def _open(path: Path):
    return openpyxl.load_workbook(path, read_only=True, data_only=True)


@pytest.mark.parametrize("dimension", ["A1:P30", "A1:M6", "A1:P7", None, "A1:P200000", "A1:AAA30", "A1:XFD1048576"],
                         ids=["declared", "narrower", "shorter", "none", "rows-beyond-suspect",
                              "columns-beyond-suspect", "whole-sheet"])
def test_the_fast_reader_reads_what_openpyxl_reads(tmp_path: Path, dimension: str | None) -> None:
    path = _workbook(tmp_path / "data.xlsx", ORDINARY, dimension)
    header, rows = _by_openpyxl(_open(path)["Data"])
    fast_header, fast_rows = _fast(_open(path)["Data"])
    assert fast_header == header
    assert _typed(fast_rows) == _typed(rows)
    if dimension == "A1:P30":  # what the cells are, once
        values = dict(rows)
        assert values[2]["Angivet"] == date(2025, 1, 1) and values[2]["Datum uppnådd"] == date(2022, 12, 5)
        assert type(values[3]["Värde"]).__name__ == "PercentCell" and type(values[3]["Täljare"]) is int
        assert values[3]["Kvinnor"] is True and values[3]["Annat/ej angivet"] == "#N/A"
        assert 4 not in values and values[6]["Indikatorkod"] == 7 and values[7]["Värde"] == 2
        assert values[8]["Projekt"] == "å & ö – <x>" and values[30]["Projekt"] == "Värde"


@pytest.mark.parametrize(("case", "sheet"), [
    ("rich-text", HEADER + "<row r='2'><c r='A2' t='inlineStr'><is><r><t>P</t></r><r><rPr><b/></rPr><t>1</t></r>"
                           "</is></c><c r='C2'><v>1</v></c></row>"),
    ("phonetic", HEADER + "<row r='2'><c r='A2' t='inlineStr'><is><t>P1</t><rPh sb='0' eb='1'><t>x</t></rPh>"
                          "</is></c></row>"),
    ("nan-number", HEADER + "<row r='2'><c r='A2' t='s'><v>0</v></c><c r='G2'><v>NaN</v></c></row>"),
    ("bad-reference", HEADER + "<row r='2'><c r='A2x'><v>1</v></c></row>"),
    ("bad-shared-index", HEADER + "<row r='2'><c r='A2' t='s'><v>99</v></c></row>"),
    ("unknown-style", HEADER + "<row r='2'><c r='G2' s='40'><v>1</v></c></row>"),
    ("cut-off", HEADER + "<row r='2'><c r='A2' t='s'><v>0</v></c><c r='G2'><v>1"),
], ids=lambda v: v if len(v) < 30 else "")
def test_what_the_fast_reader_leaves_to_openpyxl_is_read_the_old_way(tmp_path: Path, case: str, sheet: str) -> None:
    path = _workbook(tmp_path / f"{case}.xlsx", sheet, "A1:P2")
    with pytest.raises(Unusual):
        _fast(_open(path)["Data"])
    try:
        expected: object = _typed(_by_openpyxl(_open(path)["Data"])[1])
    except Exception as exc:  # noqa: BLE001 - the old way's error is the one to keep
        expected = type(exc)
    try:
        header, names, rows = excel_import.data_rows(_open(path)["Data"])
        got: object = _typed([(r, dict(zip(names, v, strict=True))) for r, v in rows
                              if any(x is not None for x in v)])
    except Exception as exc:  # noqa: BLE001
        got = type(exc)
    assert _read(got) == _read(expected)


def _read(rows: object) -> object:
    """The columns the import reads (the old way read every column)."""
    if not isinstance(rows, list):
        return rows
    names = {*excel_import.DATA_KEYS, *excel_import.DATA_REQUIRED}
    return [(r, {h: v for h, v in values.items() if h in names}) for r, values in rows]


def test_a_data_sheet_without_its_headers_is_refused_before_its_rows_are_read(tmp_path: Path) -> None:
    sheet = "<row r='1'><c r='A1' t='inlineStr'><is><t>Kod</t></is></c></row><row r='2'><c r='A2'><v>NaN</v></c></row>"
    path = _workbook(tmp_path / "headers.xlsx", sheet, "A1:A2")
    header, names, rows = excel_import.data_rows(_open(path)["Data"])
    assert header == ["Kod"] and names == [] and list(rows) == []
