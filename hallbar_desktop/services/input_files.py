"""Guards for the files a user feeds in (a project file to load, a workbook to import).

They run before anything opens the file for reading – and for the command line before the
register's write lock is taken – so a wrong pick never blocks the program or holds the lock:

* only a regular file is read: a FIFO or a device (``/dev/zero``, a named pipe someone left
  in a folder) would block the first read forever, or never end;
* a project file has limits a person's file never meets: its size (``MAX_PROJECT_FILE_BYTES``)
  and how deep its arrays and inline tables nest (``MAX_NESTING``) – a file nested 5 000 deep
  made the TOML reader run out of stack;
* a workbook is read by its real content, not by the size its sheets declare: a sheet saying
  it spans A1:XFD1048576 with an empty formatted cell at the end (as a sheet formatted as a
  whole is saved) made openpyxl yield a million rows of 16 384 cells, and an import took
  minutes instead of a second.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hallbar_desktop.errors import HallbarError
from hallbar_desktop.texts import QT_TRANSLATE_NOOP, translate

_KINDS = (
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Files", "en namngiven pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "en enhetsfil")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "en enhetsfil")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "en socket")),
)


def check_regular_file(path: Path, error: type[HallbarError] = HallbarError) -> os.stat_result:
    """Refuse, without opening it, anything at ``path`` but an existing regular file.

    ``os.stat`` follows a symbolic link and never blocks on a FIFO, unlike ``open``.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error(translate("Files", "Filen {path} finns inte.").format(path=path)) from None
    except OSError as exc:
        raise error(translate("Files", "Filen {path} kan inte läsas: {strerror}.").format(
                        path=path, strerror=exc.strerror)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise error(translate("Files", "{path} är en mapp, inte en fil. Välj en fil.").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        kind = translate("Files", next((name for test, name in _KINDS if test(info.st_mode)),
                                        QT_TRANSLATE_NOOP("Files", "ingen vanlig fil")))
        raise error(translate("Files", "{name} är {kind}, inte en fil som kan läsas in. Välj en vanlig fil.").format(
                        name=Path(path).name, kind=kind))
    return info


MAX_PROJECT_FILE_BYTES = 50 * 1024 * 1024
MAX_NESTING = 32


def check_size(info: os.stat_result, path: Path, limit: int, error: type[HallbarError]) -> None:
    if info.st_size > limit:
        raise error(translate("Files", "{name} är för stor ({size:.0f} MB; högst {limit} MB). Dela upp den i flera "
                                       "filer.").format(
                        name=Path(path).name, size=info.st_size / 2**20, limit=limit // 2**20))


_TOML_TOKEN = re.compile(
    r"""(?P<skip>\#[^\n]*                              # a comment
    | \"\"\"(?:[^\\]|\\.)*?\"\"\"\"{0,2}               # a multi-line basic string
    | '\'\'.*?\'\'\''{0,2}                            # a multi-line literal string
    | "(?:[^"\\\n]|\\.)*"                           # a basic string
    | '[^'\n]*')                                    # a literal string
    | (?P<open>[\[{]) | (?P<close>[\]}])""",
    re.S | re.X,
)


def check_nesting(text: str, name: str, error: type[HallbarError], limit: int = MAX_NESTING) -> None:
    """Refuse TOML whose arrays and inline tables nest deeper than ``limit``, before a parser
    descends into it. Strings and comments are skipped; what is not valid TOML is left for the
    parser to report."""
    depth = 0
    for token in _TOML_TOKEN.finditer(text):
        if token.lastgroup == "open":
            depth += 1
            if depth > limit:
                raise error(translate("Files", "{name} är för djupt nästlad (mer än {limit} nivåer av listor och "
                                               "tabeller) och är ingen projektfil.").format(name=name, limit=limit))
        elif token.lastgroup == "close":
            depth = max(0, depth - 1)


#: A sheet declaring more than this is measured by its content before it is read: no sheet this
#: program writes comes near, and a user's own sheet rarely does.
SUSPECT_ROWS = 100_000
SUSPECT_COLUMNS = 256


def read_by_content(workbook: Any, sheets: Iterable[Any] | None = None) -> None:
    """Make each sheet of a read-only workbook (or each of ``sheets``) that declares an
    outsized extent be read by the rows and columns that hold a value, whatever it declares.

    openpyxl pads every row to the declared width and yields every row up to the declared
    height. A sheet declaring more than ``SUSPECT_ROWS`` rows or ``SUSPECT_COLUMNS`` columns is
    measured once (without padding) and its extent set to the last row and column holding a
    value, as openpyxl's own ``calculate_dimension`` sets it; other sheets are read as before.
    """
    for sheet in getattr(workbook, "worksheets", ()) if sheets is None else sheets:
        if not hasattr(sheet, "reset_dimensions"):
            continue  # not a read-only sheet
        rows, columns = sheet.max_row or 0, sheet.max_column or 0
        if rows <= SUSPECT_ROWS and columns <= SUSPECT_COLUMNS:
            continue
        last_row, last_column = _extent(sheet)
        sheet.reset_dimensions()
        sheet._max_row = last_row or None  # as openpyxl's own calculate_dimension() sets them
        sheet._max_column = last_column or None


def _extent(sheet: Any) -> tuple[int, int]:
    """The last row and column of ``sheet`` that hold a value, reading only the rows its XML
    has (openpyxl's parser, as the read-only sheet uses it); by plain iteration where that
    parser is not there."""
    last_row = last_column = 0
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        with sheet._get_source() as source:
            for number, cells in WorkSheetParser(source, sheet._shared_strings, data_only=True).parse():
                for cell in reversed(cells):
                    if cell["value"] is not None and cell["value"] != "":
                        last_row = number
                        last_column = max(last_column, cell["column"])
                        break
        return last_row, last_column
    except (ImportError, AttributeError, TypeError, KeyError):
        pass
    sheet.reset_dimensions()
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=sheet.min_row):
        for index in range(len(row) - 1, -1, -1):
            if row[index] is not None and row[index] != "":
                last_row = number
                last_column = max(last_column, sheet.min_column + index)
                break
    return last_row, last_column
