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

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

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
        # The workbook itself in the key, not its id: a scratch workbook thrown away could leave
        # its id to the next one, whose style lists differ.
        key = ("like", cell.parent.parent, tuple(style))
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

    Each row is a list of entries, column 1 first; ``None`` leaves a cell out. The rows are
    written as the XML openpyxl's own writer makes for them (``cell/_writer.py``: inline text,
    ``<v>`` numbers, dates as Excel serial numbers), but as text into a file of their own rather
    than one lxml element per cell, which costs several times more than the cell's value: each
    look's style index, each column's letter and each repeated text's XML are made once. On
    :meth:`close` (which saving calls) openpyxl writes the sheet around an empty ``sheetData``
    and the rows are put into it. Values of other types (booleans, times, …) are written by
    openpyxl's cell writer. Text that starts with = + - @ is written as text, never as a
    formula (as ``excel_styles.put`` does).
    """

    def __init__(self, ws: Any, dimension: str) -> None:
        import tempfile

        from openpyxl.cell import Cell
        from openpyxl.styles.cell_style import StyleArray
        from openpyxl.utils.datetime import to_excel

        self._to_excel = to_excel
        # The <dimension> a normal workbook writes (readers use it for the sheet's size); a
        # write-only sheet writes one when it can ask for it.
        ws.calculate_dimension = lambda: dimension
        self.ws = ws
        self.row = 0
        self._cell = Cell(ws)
        self._plain = StyleArray()
        self._texts: dict[str, str | None] = {}  # text → its <is> element, None: not inline text
        self._ids: dict[int, tuple[Any, str]] = {}  # id of a look → it and ' s="n"' ("" when it has none)
        self._letters: list[str] = [""]  # column letters by number
        self._rows = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close(), when the sheet is written)
        self._closed = False
        ws.close = self.close  # openpyxl closes the sheet when the workbook is saved

    def append(self, entries: Iterable[Entry] = (), height: float | None = None) -> int:
        """Write the next row; returns its number."""
        self.row += 1
        r = str(self.row)
        head = f'<row r="{r}" ht="{_number(height)}" customHeight="1"' if height is not None else f'<row r="{r}"'
        parts = [head, ">"]
        ids, letters, texts = self._ids, self._letters, self._texts
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
            style = ""
            if look is not None:
                known = ids.get(id(look))
                if known is None:  # the look is kept with its index, so its id is never another's
                    known = ids[id(look)] = (look, f' s="{self.ws.parent._cell_styles.add(look)}"' if any(look) else "")
                style = known[1]
            kind = type(value)
            if value is None:
                parts.append(f'<c r="{letters[column]}{r}"{style} t="n"/>')
            elif kind is float or kind is int:
                parts.append(f'<c r="{letters[column]}{r}"{style} t="n"><v>{_number(value)}</v></c>')
            elif kind is str and (text := texts.get(value, "") if value in texts else self._text(value)) is not None:
                parts.append(f'<c r="{letters[column]}{r}"{style} t="inlineStr"{text}')
            elif (kind is datetime or kind is date) and look is not None and look.numFmtId \
                    and not self.ws.parent.iso_dates and getattr(value, "tzinfo", None) is None:
                parts.append(f'<c r="{letters[column]}{r}"{style} t="n"><v>'
                             f'{_number(self._to_excel(value, self.ws.parent.epoch))}</v></c>')
            else:
                parts.append(self._by_openpyxl(column, value, look))
        if len(parts) == 2:
            parts[1] = "/>"
        else:
            parts.append("</row>")
        self._rows.write("".join(parts).encode("ascii", "xmlcharrefreplace"))
        return self.row

    def skip_to(self, row: int) -> None:
        """Leave the rows before ``row`` empty."""
        while self.row < row - 1:
            self.append()

    def close(self) -> None:
        """Write the sheet: openpyxl's part around the rows written here."""
        import shutil

        if self._closed:
            return
        self._closed = True
        type(self.ws).close(self.ws)  # sheet properties, panes, columns, (no rows), the tail
        path = self.ws._writer.out
        with open(path, "rb") as f:
            sheet = f.read()
        for empty in (b"<sheetData/>", b"<sheetData></sheetData>"):
            at = sheet.find(empty)
            if at >= 0:
                break
        else:
            raise RuntimeError("openpyxl wrote no sheetData")  # a bug, not a user's error
        self._rows.seek(0)
        with open(path, "wb") as f:
            f.write(sheet[:at] + b"<sheetData>")
            shutil.copyfileobj(self._rows, f)
            f.write(b"</sheetData>" + sheet[at + len(empty):])
        self._rows.close()

    def _grow(self, column: int) -> None:
        from openpyxl.utils import get_column_letter

        self._letters += [get_column_letter(c) for c in range(len(self._letters), column + 1)]

    def _text(self, value: str) -> str | None:
        """The rest of an inline-text cell (after its type) as openpyxl writes it: the text as
        openpyxl stores it (checked for characters a sheet cannot hold, cut at 32 767), never a
        formula; None for text openpyxl stores as another type (an error code such as #N/A)."""
        cell = self._cell
        cell._style = self._plain.__class__()
        cell.value = value  # openpyxl's checks
        if cell.data_type == "e":  # the formulas ("=…") openpyxl would make are written as text
            return None
        text = cell._value
        if not text:
            xml = "/>"
        else:
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            space = ' xml:space="preserve"' if text != text.strip() else ""
            xml = f"><is><t{space}>{escaped}</t></is></c>"
        if len(value) <= 200 and len(self._texts) < 50_000:
            self._texts[value] = xml
        return xml

    def _by_openpyxl(self, column: int, value: Any, look: Any) -> str:
        """A cell of a type written here seldom, as openpyxl's cell writer writes it."""
        from openpyxl.cell._writer import etree_write_cell
        from openpyxl.xml.functions import tostring

        cell = self._cell
        cell.row, cell.column = self.row, column
        cell._style = self._plain.__class__()
        cell.value = value  # openpyxl's checks and types (dates get a date format)
        if look is not None:
            # As ``put`` then a font etc.: the look's number format, if it has one, else the
            # one openpyxl chose for the value.
            chosen = cell._style.numFmtId
            cell._style = self._plain.__class__(look)
            if not look.numFmtId:
                cell._style.numFmtId = chosen
        written: list[Any] = []

        class _Into:
            write = written.append

        etree_write_cell(_Into(), self.ws, cell, cell.has_style)
        return tostring(written[0]).decode("ascii")


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


