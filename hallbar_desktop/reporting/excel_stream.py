"""Writing the report workbook row by row (openpyxl's write-only mode).

A normal openpyxl workbook keeps every cell as an object until it is saved: a report of
100 000 values held some 2 million of them (8.7× the memory of writing the same cells as a
stream). Here each sheet is written as its rows are made and then forgotten:

* the big sheets (one per focus area, *Data*) are written straight into the stream, one row at
  a time, with each cell's look (number format, font, fill, alignment) registered once;
* the small sheets (summary, steering group, plan, economy, definitions, change log) are still
  built with the ordinary cell API in a scratch workbook, then copied into the stream by
  :func:`copy_sheet`, with everything a sheet carries besides its cells.

A write-only sheet needs its column widths, panes and properties before its first row: the
callers work those out first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from hallbar_desktop.reporting.excel_styles import FORMULA_PREFIXES

#: A cell of a streamed row: a bare value, or ``(value, look)`` with a look from :class:`Looks`.
Entry = Any


class Looks:
    """The cell looks of one write-only workbook, each registered once.

    openpyxl stores a cell's look as indexes into the workbook's lists of fonts, fills,
    alignments and number formats (a ``StyleArray``); a look made here is such an array, shared
    by every cell that has it (it is only read when the cell is written)."""

    def __init__(self, wb: Any) -> None:
        self._wb = wb
        self._made: dict[tuple[Any, ...], Any] = {}

    def __call__(self, number_format: str | None = None, *, font: Any = None, fill: Any = None,
                 alignment: Any = None, border: Any = None, protection: Any = None) -> Any:
        key = (number_format, font, fill, alignment, border, protection)
        look = self._made.get(key)
        if look is None:
            look = self._made[key] = self._make(number_format, font=font, fill=fill, alignment=alignment,
                                                border=border, protection=protection)
        return look

    def _make(self, number_format: str | None, **styles: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self._probe())
        if number_format is not None:
            cell.number_format = number_format
        for name, value in styles.items():
            if value is not None:
                setattr(cell, name, value)
        return cell._style

    def like(self, cell: Any) -> Any:
        """The look of ``cell``, a cell of another workbook (the scratch one), in this one."""
        if not cell.has_style:
            return None
        style = cell._style
        key = ("like", id(cell.parent.parent), tuple(style))
        look = self._made.get(key)
        if look is None:
            from copy import copy

            look = self._make(cell.number_format, font=copy(cell.font), fill=copy(cell.fill),
                              alignment=copy(cell.alignment), border=copy(cell.border),
                              protection=copy(cell.protection))
            look.quotePrefix, look.pivotButton = style.quotePrefix, style.pivotButton
            self._made[key] = look
        return look

    def _probe(self) -> Any:
        # A cell needs a worksheet only to reach its workbook's style lists.
        class _Sheet:
            parent = self._wb

        return _Sheet()


class RowStream:
    """The rows of one write-only sheet, written as they come.

    Each row is a list of entries, column 1 first; ``None`` leaves a cell out. One cell object
    is reused for every entry (it is written before the next is set), as openpyxl's own
    ``append`` does; unlike ``append``, a styled cell costs no more than a bare one. Text that
    starts with = + - @ is written as text, never as a formula (as ``excel_styles.put`` does).
    """

    def __init__(self, ws: Any, dimension: str) -> None:
        from openpyxl.cell import Cell
        from openpyxl.styles.cell_style import StyleArray

        # The <dimension> a normal workbook writes (readers use it for the sheet's size); a
        # write-only sheet writes one when it can ask for it.
        ws.calculate_dimension = lambda: dimension
        self.ws = ws
        self.row = 0
        self._cell = Cell(ws)
        self._plain = StyleArray()
        self._texts: dict[str, tuple[str, str]] = {}
        self._ids: dict[int, str] = {}  # id of a look → its style index ("" when it has none)
        self._letters: list[str] = [""]  # column letters by number
        ws._get_writer()
        ws._rows = self._writer()
        next(ws._rows)

    def _writer(self) -> Iterator[None]:
        """What ``ws.append`` drives: each row sent is written at once."""
        from openpyxl import LXML

        writer = self.ws._writer
        xf = writer.xf.send(True)
        with xf.element("sheetData"):
            try:
                while True:
                    entries = yield
                    if LXML:
                        self._write_row(xf, entries)
                    else:
                        writer.write_row(xf, self._cells(entries), self.row)
            except GeneratorExit:
                pass
        writer.xf.send(None)

    def append(self, entries: Iterable[Entry] = (), height: float | None = None) -> int:
        """Write the next row; returns its number."""
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws._rows.send(entries)
        if height is not None:
            del self.ws.row_dimensions[self.row]  # written: not needed any more
        return self.row

    def skip_to(self, row: int) -> None:
        """Leave the rows before ``row`` empty."""
        while self.row < row - 1:
            self.append()

    def _write_row(self, xf: Any, entries: Iterable[Entry]) -> None:
        """One row as openpyxl's writer (``cell/_writer.py``, lxml) writes it (the same XML), with
        the per-cell work done once where it can be: each look's style index and each column's
        letter looked up once, numbers, text and dates written without a cell object. Any
        other value goes through openpyxl's own cell writer."""
        from datetime import date, datetime

        from openpyxl.cell._writer import write_cell
        from openpyxl.utils.datetime import to_excel
        from openpyxl.xml.functions import XML_NS, Element, SubElement

        r = str(self.row)
        attrs = {"r": r}
        attrs.update(self.ws.row_dimensions.get(self.row, {}))
        ids, letters = self._ids, self._letters
        preserve = {f"{{{XML_NS}}}space": "preserve"}
        dates = not self.ws.parent.iso_dates
        with xf.element("row", attrs):
            for column, entry in enumerate(entries, start=1):
                if entry is None:
                    continue
                if type(entry) is tuple:
                    value, look = entry
                    if look is None and value is None:
                        continue
                else:
                    value, look = entry, None
                if column >= len(letters):
                    self._grow(column)
                a = {"r": letters[column] + r}
                if look is not None:
                    sid = ids.get(id(look))
                    if sid is None:
                        sid = ids[id(look)] = str(self.ws.parent._cell_styles.add(look)) if any(look) else ""
                    if sid:
                        a["s"] = sid
                kind = type(value)
                if value is None:
                    a["t"] = "n"
                    el = Element("c", a)
                elif kind is float or kind is int:
                    a["t"] = "n"
                    el = Element("c", a)
                    SubElement(el, "v").text = _number(value)
                elif kind is str and (text := self._text(value))[1] == "s":
                    a["t"] = "inlineStr"
                    el = Element("c", a)
                    if text[0]:
                        SubElement(SubElement(el, "is"), "t", preserve if text[0] != text[0].strip() else {}).text = \
                            text[0]
                elif dates and look is not None and (kind is date or kind is datetime and value.tzinfo is None):
                    a["t"] = "n"
                    el = Element("c", a)
                    SubElement(el, "v").text = _number(to_excel(value, self.ws.parent.epoch))
                else:
                    cell = self._cell_for(column, value, look)
                    write_cell(xf, self.ws, cell, cell.has_style)
                    continue
                xf.write(el)

    def _grow(self, column: int) -> None:
        from openpyxl.utils import get_column_letter

        self._letters += [get_column_letter(c) for c in range(len(self._letters), column + 1)]

    def _text(self, value: str) -> tuple[str, str]:
        """Text as openpyxl stores it (checked for characters a sheet cannot hold, cut at
        32 767), and its type: never a formula (text starting with = + - @ stays text)."""
        known = self._texts.get(value)
        if known is None:
            cell = self._cell
            cell._style = self._plain.__class__()
            cell.value = value  # openpyxl's checks
            known = (cell._value, "s" if value.startswith(FORMULA_PREFIXES) else cell.data_type)
            if len(value) <= 200 and len(self._texts) < 50_000:
                self._texts[value] = known
        return known

    def _cells(self, entries: Iterable[Entry]) -> Iterator[Any]:
        """The row as cells for openpyxl's writer (when lxml is not installed)."""
        for column, entry in enumerate(entries, start=1):
            if entry is None:
                continue
            if type(entry) is tuple:
                value, look = entry
                if look is None and value is None:
                    continue
            else:
                value, look = entry, None
            yield self._cell_for(column, value, look)

    def _cell_for(self, column: int, value: Any, look: Any) -> Any:
        """The one reusable cell, holding ``value`` with ``look`` at ``column`` of this row."""
        cell = self._cell
        cell.row, cell.column = self.row, column
        kind = type(value)
        if value is None:
            cell._value, cell.data_type = None, "n"
        elif kind is float or kind is int:
            cell._value, cell.data_type = value, "n"
        elif kind is str:
            cell._value, cell.data_type = self._text(value)
        else:
            cell._style = self._plain.__class__()
            cell.value = value  # openpyxl's checks and types (dates get a date format)
            if look is None and cell.has_style:
                look = cell._style
        cell._style = self._plain if look is None else look
        return cell


def _number(value: float) -> str:
    """A number as openpyxl writes it (``compat.strings.safe_string``)."""
    from math import isinf, isnan

    return "" if isnan(value) or isinf(value) else f"{value:.16g}"


def copy_sheet(src: Any, wb: Any, looks: Looks) -> Any:
    """Copy ``src``, a worksheet of a normal (scratch) workbook, into the write-only ``wb``:
    cells with their looks, row heights, column widths, merged cells, panes, filter,
    conditional formats, validations, page and print set-up, page breaks and charts."""
    from copy import copy

    ws = wb.create_sheet(src.title)
    for key, dim in src.column_dimensions.items():
        if dim.width:
            ws.column_dimensions[key].width = dim.width
    for name in ("sheet_properties", "sheet_format", "views", "merged_cells", "auto_filter", "conditional_formatting",
                 "data_validations", "print_options", "page_margins", "HeaderFooter", "row_breaks", "col_breaks",
                 "_print_rows", "_print_cols", "_print_area", "protection", "_charts", "_images", "_tables"):
        setattr(ws, name, getattr(src, name))
    ws.page_setup = copy(src.page_setup)
    ws.page_setup._parent = ws
    heights = {r: d.height for r, d in src.row_dimensions.items() if d.height is not None}
    rows: dict[int, dict[int, Any]] = {}
    for (r, c), cell in src._cells.items():
        rows.setdefault(r, {})[c] = cell
    last_row = max([*rows, *heights], default=0)
    dimension = src.calculate_dimension() if src._cells else "A1:A1"
    stream = RowStream(ws, dimension)
    for r in range(1, last_row + 1):
        cells = rows.get(r, {})
        entries: list[Entry] = [None] * max(cells, default=0)
        for c, cell in cells.items():
            if cell._value is not None or cell.has_style:
                entries[c - 1] = (cell._value, looks.like(cell)) if cell.has_style else cell._value
        stream.append(entries, heights.get(r))
    return ws


