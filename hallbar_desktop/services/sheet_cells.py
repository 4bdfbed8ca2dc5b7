"""The cells of chosen columns of a read-only openpyxl worksheet, read from its XML at once.

openpyxl's read-only sheet parses every cell of every row (an inline string through its
serialisable ``Text`` object), then pads each row into cell objects: reading the report's Data
sheet (16 columns, 8 of them text) took half of an import. This reader walks the sheet's rows
with lxml (only ``<row>`` elements come back to Python), skips the columns the caller does not
read before looking at them, and turns a cell's XML into its value with openpyxl's own rules,
tables and helpers (shared strings, number casts, date styles and epoch of the workbook): the
values are those ``ReadOnlyCell.value`` holds, rows walked as ``iter_rows`` walks them (rows
out of order or beyond the declared extent left out, missing ones empty).

Anything it does not take up itself (a cell shape no spreadsheet program writes, a damaged
part, a date out of range, an openpyxl without the attributes it uses) raises ``Unusual``;
the caller then reads the sheet through openpyxl, which answers as it always did (the same
value or the same error). Only the columns read are looked at: a damaged cell in a column the
import does not read no longer refuses the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW, _V, _IS, _T = (f"{{{MAIN}}}{name}" for name in ("row", "v", "is", "t"))


_UNBOUNDED = 1 << 30


class Unusual(Exception):
    """The sheet holds something this reader leaves to openpyxl."""


class PercentCell(float):
    """A number the sheet shows with a percent format: LibreOffice and Excel store a typed
    "85 %" as 0,85 formatted 0%. Its value as a share is ``float(self) * 100``."""


def cast_number(text: str) -> int | float:
    """A number cell's text as openpyxl casts it (``_reader._cast_number``)."""
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


class _Styles:
    """Per style id: is it a date style, a percent format (each looked up once)."""

    def __init__(self, wb: Any, is_percent: Callable[[str | None], bool]) -> None:
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        self.cell_styles, self.number_formats = wb._cell_styles, wb._number_formats
        self.builtin, self.builtin_max = BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
        self.dates, self.timedeltas, self.epoch = wb._date_formats, wb._timedelta_formats, wb.epoch
        self.is_percent = is_percent
        self.percent: dict[int, bool] = {}

    def number_format(self, style_id: int) -> str:
        """As ``ReadOnlyCell.number_format`` finds it (an unknown style raises IndexError)."""
        fmt_id = self.cell_styles[style_id].numFmtId
        if fmt_id < self.builtin_max:
            return str(self.builtin.get(fmt_id, "General"))
        return str(self.number_formats[fmt_id - self.builtin_max])

    def is_percent_style(self, style_id: int) -> bool:
        known = self.percent.get(style_id)
        if known is None:
            known = self.percent[style_id] = self.is_percent(self.number_format(style_id))
        return known


def read_columns(ws: Any, pick: Callable[[list[object]], Sequence[int]],
                 is_percent: Callable[[str | None], bool], *,
                 suspect: tuple[int, int] | None = None) -> tuple[list[object], list[tuple[int, list[object]]]]:
    """Row 1's values (every column, as ``iter_rows`` gives them) and, for each later row with a
    value in the columns ``pick(header)`` names (1-based), its Excel row number and those
    columns' values in that order: a date cell as its day, a number shown as a percentage as a
    :class:`PercentCell` (as ``excel_import.cell_input`` makes them). ``pick`` must not raise;
    when it names no column, nothing further is read.

    A sheet declaring more than ``suspect`` (rows, columns) is read as ``input_files.
    read_by_content`` makes openpyxl read it: to the last row and column holding a value
    (measured here in the same pass, not in a pass of its own). Raises ``Unusual`` as said above."""
    try:
        from lxml import etree
        from openpyxl.utils.cell import column_index_from_string
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        styles = _Styles(ws.parent, is_percent)
        shared = ws._shared_strings
        max_row, max_col = ws.max_row, ws.max_column
        by_content = suspect is not None and ((max_row or 0) > suspect[0] or (max_col or 0) > suspect[1])
        if by_content:
            max_row = max_col = None  # the extent is measured as the rows are read
        source = ws._get_source()
    except (ImportError, AttributeError) as exc:  # another openpyxl: read through it
        raise Unusual(str(exc)) from exc
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}

    def column(coordinate: str) -> int:
        letters = coordinate.rstrip("0123456789")
        col = columns.get(letters)
        if col is None:
            if len(letters) == len(coordinate):
                raise Unusual("cell reference without a row")
            col = columns[letters] = column_index_from_string(letters)
        return col

    def value_of(c: Any) -> object:
        t = c.get("t")
        if t == "inlineStr":
            inline = c.find(_IS)
            if inline is None:
                return None
            if len(inline) != 1 or inline.attrib or inline[0].tag != _T:
                raise Unusual("rich inline string")  # runs, phonetics: openpyxl's Text
            text = inline[0].text or ""
            return texts.setdefault(text, text)  # a project, code or quarter written on many rows: held once
        text = c.findtext(_V) or None
        if text is None:
            return None
        if t is None or t == "n":
            number = cast_number(text)
            s = c.get("s")
            if s == "":
                raise Unusual("empty style")
            style_id = int(s) if s else 0
            if style_id in styles.dates:
                try:
                    day = from_excel(number, styles.epoch, timedelta=style_id in styles.timedeltas)
                except (OverflowError, ValueError):
                    raise Unusual("date out of range") from None  # openpyxl warns, makes it "#VALUE!"
                return day.date() if isinstance(day, datetime) else day
            if styles.is_percent_style(style_id):
                return PercentCell(number)
            return number
        if t == "s":
            return shared[int(text)]
        if t == "b":
            return bool(int(text))
        if t == "d":
            day = from_ISO8601(text)
            return day.date() if isinstance(day, datetime) else day
        return text  # "str" (a formula's text), "e" (an error such as #N/A), anything else as written

    header: list[object] | None = None
    rows: list[tuple[int, list[object]]] = []
    last_row = last_column = 0  # by content: the last row and column holding a value
    wanted: dict[int, int] = {}  # column → its place in a row read
    width = 0
    counter = 1  # the next row iter_rows yields
    row_counter = 0
    try:
        with source:
            parser = etree.iterparse(source, events=("end",), tag=_ROW, remove_comments=True, remove_pis=True,
                                     resolve_entities=False, no_network=True, load_dtd=False)
            for _, row in parser:
                r = row.get("r")
                if r is None:
                    row_counter += 1
                else:
                    try:
                        row_counter = int(r)
                    except ValueError:
                        raise Unusual("row number") from None
                idx = row_counter
                if by_content:  # every row, in the order written, as ``input_files._extent`` measures
                    last = _last_value(row, column, value_of, shared)
                    if last:
                        last_row, last_column = idx, max(last_column, last)
                if max_row is not None and idx > max_row:
                    break
                if idx < counter:  # out of order or named twice: iter_rows leaves it out
                    _drop(row)
                    continue
                if header is None and idx > 1:  # no row 1: iter_rows gives an empty first row
                    header = [None] * max_col if max_col is not None else []
                    width = _UNBOUNDED if by_content else len(header)
                    wanted = {col: i for i, col in enumerate(pick(header))}
                    if not wanted:
                        break
                counter = idx + 1
                col_counter = 0
                cells: dict[int, Any] = {}
                for c in row:
                    coordinate = c.get("r")
                    col_counter = col_counter + 1 if coordinate is None else column(coordinate)
                    if header is None or col_counter in wanted:
                        cells[col_counter] = c  # a column named twice: its last cell, as openpyxl
                if by_content:  # clipped to the extent once it is known
                    row_width = max(cells, default=0) if header is None else _UNBOUNDED
                else:
                    row_width = max_col if max_col is not None else col_counter
                if header is None:  # row 1
                    header = [None] * row_width if (cells or max_col is not None) else []
                    for col, c in cells.items():
                        if col <= row_width:
                            header[col - 1] = value_of(c)
                    width = _UNBOUNDED if by_content else len(header)
                    wanted = {col: i for i, col in enumerate(pick(header))}
                    if not wanted:
                        break
                else:
                    values: list[object] = [None] * len(wanted)
                    found = False
                    for col, c in cells.items():
                        if col <= row_width and col <= width:
                            values[wanted[col]] = value_of(c)
                            found = True
                    if found:
                        rows.append((idx, values))
                _drop(row)
    except (Unusual, NameError):  # NameError: a mistake here, not a damaged file
        raise
    except Exception as exc:  # noqa: BLE001 - damaged XML or cell: openpyxl says what it says
        raise Unusual(type(exc).__name__) from exc
    if header is None:  # no rows at all
        header = []
        pick(header)
    if by_content and last_row:  # as openpyxl reads it with that extent: nothing beyond it
        header = (header + [None] * last_column)[:last_column]
        beyond = [i for col, i in wanted.items() if col > last_column]
        rows = [(idx, values) for idx, values in rows if idx <= last_row]
        for _, values in rows:
            for i in beyond:
                values[i] = None
    return header, rows


def _last_value(row: Any, column: Callable[[str], int], value_of: Callable[[Any], object],
                shared: Sequence[str]) -> int:
    """The column of the last cell in ``row`` holding a value (not None, not ""), as
    ``input_files._extent`` finds it; 0 when none does."""
    cells = list(row)
    for place in range(len(cells) - 1, -1, -1):
        c = cells[place]
        t = c.get("t")
        if t == "inlineStr":
            value = value_of(c)
            found = value is not None and value != ""
        else:
            text = c.findtext(_V)
            if not text:
                continue
            if t == "s":
                found = shared[int(text)] != ""
            else:
                if t is None or t == "n":
                    cast_number(text)  # a damaged number: openpyxl's error
                elif t == "b":
                    int(text)
                found = True
        if found:
            coordinate = c.get("r")
            if coordinate is not None:
                return column(coordinate)
            col = 0  # counted from the row's start, as the parser counts cells without a reference
            for x in cells[:place + 1]:
                r = x.get("r")
                col = col + 1 if r is None else column(r)
            return col
    return 0


def _drop(row: Any) -> None:
    """Free a row read (and those before it) so that a large sheet is not held in memory."""
    row.clear()
    parent = row.getparent()
    if parent is not None:
        while row.getprevious() is not None:
            del parent[0]
