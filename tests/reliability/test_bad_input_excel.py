"""Bad workbooks through the Excel import, by the services and by ``hallbar import-excel``.

Files are real: a template exported from the register and then filled in or damaged the way
they arrive by e-mail (cut off, renamed, edited by hand, a zip bomb, cells no spreadsheet
program writes). Every one is refused with a message, and the register's data is unchanged.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from hallbar_desktop.cli import main  # noqa: E402
from hallbar_desktop.errors import USER_ERRORS  # noqa: E402
from hallbar_desktop.reporting.excel_template import COLUMNS, IDENTITY_SHEET, INPUT_SHEET, export_template  # noqa: E402
from hallbar_desktop.services.excel_import import apply_import  # noqa: E402
from hallbar_desktop.store.register import open_register  # noqa: E402

PLACEHOLDER = 987654321


def _template(db: str, folder: Path) -> Path:
    register = open_register(db, read_only=True)
    try:
        with register.reading() as s:
            return export_template(s, "TEST", "2021Q3", folder / "mall.xlsx")
    finally:
        register.close()


def _fill(path: Path, row_code: str, **cells: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == row_code)
    for name, value in cells.items():
        cell = ws.cell(row, COLUMNS[name])
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # the text "=1+1", as a user typing '=1+1 gets, not a formula
    wb.save(path)


def _raw_number(path: Path, code: str, raw: bytes) -> None:
    """Put a number cell no spreadsheet program writes (``<v>NaN</v>``) into the sheet XML."""
    _fill(path, code, value=PLACEHOLDER)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    needle = f"<v>{PLACEHOLDER}</v>".encode()
    hits = [n for n, d in parts.items() if needle in d]
    assert hits
    for n in hits:
        parts[n] = parts[n].replace(needle, b"<v>" + raw + b"</v>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)


def _identity(path: Path, key: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[IDENTITY_SHEET]
    for row in ws.iter_rows():
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


Maker = Callable[[Path, Path], None]  # (template, out) -> writes out


def _from_template(edit: Callable[[Path], None]) -> Maker:
    def make(template: Path, out: Path) -> None:
        shutil.copy(template, out)
        edit(out)
    return make


def _bytes(content: bytes) -> Maker:
    return lambda _t, out: out.write_bytes(content) and None


def _truncated(template: Path, out: Path) -> None:
    out.write_bytes(template.read_bytes()[: template.stat().st_size // 2])


def _zip_without_workbook(_t: Path, out: Path) -> None:
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hej.txt", "inte en arbetsbok")


def _zip_bomb(_t: Path, out: Path) -> None:
    """A 'workbook' whose one sheet inflates from ~40 kB to 40 MB (ratio ~1000)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (40 * 1024 * 1024))


def _sqlite_renamed(_t: Path, out: Path) -> None:
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _plain_workbook(_t: Path, out: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Kod"
    wb.save(out)


def _csv_renamed(_t: Path, out: Path) -> None:
    out.write_text("Kod;Värde\n1.2;5\n", encoding="utf-8")


def _cut_inside_sheet_xml(template: Path, out: Path) -> None:
    """A zip whose sheet XML stops in the middle (a part rewritten by a crashing tool)."""
    with zipfile.ZipFile(template) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/"))
    parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)
    out.write_bytes(buf.getvalue())


def _good_and_bad_rows(path: Path) -> None:
    _fill(path, "1.2", value=7)
    _fill(path, "1.1", value=101)


CASES: list[tuple[str, Maker, str]] = [
    # malformed and truncated files
    ("random-bytes", _bytes(bytes(range(256)) * 40), "Excel"),
    ("empty-file", _bytes(b""), "Excel"),
    ("truncated-half", _truncated, ""),
    ("sheet-xml-cut-off", _cut_inside_sheet_xml, ""),
    ("zip-without-workbook", _zip_without_workbook, "arbetsbok"),
    ("zip-bomb", _zip_bomb, "orimligt"),
    ("sqlite-renamed", _sqlite_renamed, "Excel"),
    ("csv-renamed", _csv_renamed, "Excel"),
    ("plain-workbook", _plain_workbook, "varken"),
    ("unknown-project", _from_template(lambda p: _identity(p, "project", "NOPE")), "NOPE"),
    ("other-register", _from_template(lambda p: _identity(p, "project_id", "9999")), "annat register"),
    # cells no spreadsheet program writes
    ("nan-number-cell", _from_template(lambda p: _raw_number(p, "1.2", b"NaN")), "skadad"),
    ("garbage-number-cell", _from_template(lambda p: _raw_number(p, "1.2", b"12abc")), "skadad"),
    ("huge-number-cell", _from_template(lambda p: _raw_number(p, "1.2", b"1" + b"0" * 400)), "Inget importerades"),
    ("overflowing-exponent-cell", _from_template(lambda p: _raw_number(p, "2.1", b"1E400")), "Inget importerades"),
    # wrong types, out of range
    ("text-for-count", _from_template(lambda p: _fill(p, "1.2", value="tolv")), "Inget importerades"),
    ("number-for-milestone", _from_template(lambda p: _fill(p, "2.2", value=5)), "Inget importerades"),
    ("percent-150", _from_template(lambda p: _fill(p, "1.1", value=150)), "Inget importerades"),
    ("count-negative", _from_template(lambda p: _fill(p, "1.2", value=-3)), "Inget importerades"),
    ("count-fraction", _from_template(lambda p: _fill(p, "1.2", value=2.5)), "Inget importerades"),
    ("numerator-over-denominator",
     _from_template(lambda p: _fill(p, "1.1", value=None, numerator=50, denominator=40)), "Inget importerades"),
    ("parts-do-not-add-up", _from_template(lambda p: _fill(p, "1.2", value=10, women=1, men=1)), "Inget importerades"),
    # huge numbers, NaN and infinity as text
    ("nan-text", _from_template(lambda p: _fill(p, "1.2", value="nan")), "Inget importerades"),
    ("inf-text", _from_template(lambda p: _fill(p, "2.1", value="inf")), "Inget importerades"),
    ("huge-text", _from_template(lambda p: _fill(p, "2.1", value="9" * 40)), "Inget importerades"),
    # empty and very long text, odd unicode
    ("comment-too-long", _from_template(lambda p: _fill(p, "1.2", value=5, comment="x" * 5000)), "för lång"),
    ("rtl-override", _from_template(lambda p: _fill(p, "1.2", value="\u202e12")), "Inget importerades"),
    ("zero-width", _from_template(lambda p: _fill(p, "1.2", value="1\u200b2")), "Inget importerades"),
    # formula strings
    ("formula-text", _from_template(lambda p: _fill(p, "1.2", value="=1+1")), "Inget importerades"),
    ("dde-text", _from_template(lambda p: _fill(p, "1.2", value="=cmd|' /C calc'!A0")), "Inget importerades"),
    # unknown codes; one bad row among good ones
    ("unknown-indicator-row", _from_template(lambda p: _fill(p, "1.2", code="9.9", value=5)),
     "Inget importerades"),
    ("bad-row-among-good", _from_template(_good_and_bad_rows), "Inget importerades"),
]


@pytest.fixture(scope="module")
def template(populated, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(populated.db, tmp_path_factory.mktemp("xlsx"))


def _make(case: str, maker: Maker, template: Path, folder: Path) -> Path:
    out = folder / f"{case}.xlsx"
    maker(template, out)
    return out


@pytest.mark.parametrize(("case", "maker", "words"), CASES, ids=[c[0] for c in CASES])
def test_import_service_refuses_bad_workbooks(populated, refused, template: Path, tmp_path: Path,
                                               case: str, maker: Maker, words: str) -> None:
    path = _make(case, maker, template, tmp_path)
    register = open_register(populated.db)
    try:
        with refused.unchanged(), pytest.raises(USER_ERRORS) as caught, register.transaction() as s:
            apply_import(s, path, "test")
    finally:
        register.close()
    assert words.lower() in str(caught.value).lower()


@pytest.mark.parametrize(("case", "maker", "words"), CASES, ids=[c[0] for c in CASES])
def test_import_command_refuses_bad_workbooks(populated, refused, template: Path, tmp_path: Path, capsys,
                                               case: str, maker: Maker, words: str) -> None:
    path = _make(case, maker, template, tmp_path)
    with refused.unchanged():
        code = main(["--db", populated.db, "import-excel", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("hallbar: fel: ") and "Traceback" not in err
    assert words.lower() in err.lower(), err


def test_a_formula_without_a_computed_value_imports_nothing(populated, refused, template: Path, tmp_path: Path) -> None:
    """A formula written by a tool that does not calculate has no value to import: the row is
    left out (the preview shows it as not filled in), never stored as the formula's text."""
    path = tmp_path / "formel.xlsx"
    shutil.copy(template, path)
    wb = openpyxl.load_workbook(path)
    ws = wb[INPUT_SHEET]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == "1.2")
    ws.cell(row, COLUMNS["value"]).value = "=2+3"
    wb.save(path)
    register = open_register(populated.db)
    try:
        with refused.unchanged(), register.transaction() as s:
            done = apply_import(s, path, "test")
    finally:
        register.close()
    assert not done.of("new") and not done.of("changed")
