"""Reading values back from a filled-in template or a report's Data sheet, with a preview.

The whole file is applied in the caller's one transaction through ``bulk_entry.apply_edits_in_bulk``,
``entry.apply_edits`` for many cells at once (so every rule, the audit trail and the lock of
approved quarters apply as to a value typed in the window), or not at all: any row with an error refuses the file. The
workbooks' layout comes from ``workbook_layout``, which the writers in ``reporting`` share.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput
from hallbar_desktop.errors import HallbarError, LockedQuarter, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.bulk_entry import apply_edits_in_bulk
from hallbar_desktop.services.entry import CellChange, CellEdit, Given
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import (
    check_reached_on,
    check_writable,
    snapshot,
    validated_input,
)
from hallbar_desktop.services.sheet_cells import PercentCell
from hallbar_desktop.services.workbook_layout import (
    COLUMNS,
    HEADERS,
    IDENTITY_SHEET,
    INPUT_SHEET,
    read_identity,
)
from hallbar_desktop.texts import translate

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


class ImportFileError(HallbarError):
    """The workbook cannot be imported: unreadable, not ours, or for another register."""


class RowResult:
    """One row of the preview. ``old`` and ``new`` are written the Swedish way, with the
    indicator's unit ("85 % (110 av 130)", "1 500 tkr", "Uppnådd 2022-11-03").

    They may be given as a function that writes them, called when first read: an import of
    100 000 rows that nobody looks at row by row (``apply_import``, the command line's summary)
    does not write 200 000 texts."""

    __slots__ = ("row", "code", "quarter", "status", "_old", "_new", "reason")

    def __init__(self, row: int, code: str, quarter: str, status: str, old: str | Callable[[], str] = "",
                 new: str | Callable[[], str] = "", reason: str = "") -> None:
        self.row = row  # Excel row number
        self.code = code
        self.quarter = quarter  # as in files: 2022Q4
        self.status = status  # "new", "changed", "unchanged", "error"
        self._old, self._new = old, new
        self.reason = reason

    @property
    def old(self) -> str:
        if not isinstance(self._old, str):
            self._old = self._old()
        return self._old

    @property
    def new(self) -> str:
        if not isinstance(self._new, str):
            self._new = self._new()
        return self._new

    def _fields(self) -> tuple[object, ...]:
        return self.row, self.code, self.quarter, self.status, self.old, self.new, self.reason

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowResult) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return ("RowResult(row={!r}, code={!r}, quarter={!r}, status={!r}, old={!r}, new={!r}, reason={!r})"
                .format(*self._fields()))

    @property
    def quarter_label(self) -> str:
        """The quarter as people read it: 2022 kv 4."""
        try:
            return Quarter.parse(self.quarter).label_sv() if self.quarter else ""
        except DomainError:
            return self.quarter


@dataclass
class ImportPreview:
    file_name: str
    project: str
    rows: list[RowResult] = field(default_factory=list)
    #: What ``apply_import`` wrote, cell by cell (empty for a preview).
    applied: tuple[CellChange, ...] = ()
    _planned: list[tuple[Any, Quarter, ValueInput, str | None]] = field(default_factory=list, repr=False)
    _indicators: dict[str, Any] = field(default_factory=dict, repr=False)  # code → Indicator, per file
    _stored: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)  # indicator id → quarter → row
    _locked: set[str] | None = field(default=None, repr=False)  # the project's approved quarters
    #: indicator id → (first quarter, last quarter, archived): what ``check_writable`` checks, per indicator
    _period: dict[int, tuple[Quarter, Quarter, bool]] = field(default_factory=dict, repr=False)
    _read: set[str] = field(default_factory=set, repr=False)  # what has been read for the whole project
    #: The same preview made again from the rows read from the file (``apply_import(preview=...)``).
    _again: Callable[[Session], ImportPreview] | None = field(default=None, repr=False)

    def of(self, status: str) -> list[RowResult]:
        return [r for r in self.rows if r.status == status]

    @property
    def errors(self) -> list[RowResult]:
        return self.of("error")


def check_zip(path: Path) -> None:
    """Refuse damaged files and zip bombs before openpyxl inflates anything."""
    if not path.exists():
        raise ImportFileError(translate("ExcelImport", "Filen {name} finns inte.").format(name=path.name))
    if not zipfile.is_zipfile(path):
        raise ImportFileError(translate("ExcelImport", "{name} är ingen Excel-arbetsbok (.xlsx) eller så är filen "
                                                       "skadad.").format(name=path.name))
    try:
        with zipfile.ZipFile(path) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO \
                        and info.file_size > 10 * 1024 * 1024:
                    raise ImportFileError(translate("ExcelImport", "{name} packar upp till orimligt mycket data; "
                                                                   "filen läses inte.").format(name=path.name))
            if total > MAX_UNCOMPRESSED:
                raise ImportFileError(translate("ExcelImport", "{name} är för stor uppackad ({value} MB); filen "
                                                               "läses inte.").format(
                                          name=path.name, value=total // 2**20))
            if "xl/workbook.xml" not in z.namelist():
                raise ImportFileError(translate("ExcelImport", "{name} är ingen Excel-arbetsbok.").format(
                                          name=path.name))
    except zipfile.BadZipFile as exc:
        raise ImportFileError(translate("ExcelImport", "{name} är skadad eller avkortad och kan inte läsas.").format(
                                  name=path.name)) from exc


def _load(path: Path) -> Any:
    from openpyxl import load_workbook

    from hallbar_desktop.services.input_files import check_regular_file, read_by_content

    check_regular_file(path, ImportFileError)
    check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise ImportFileError(translate("ExcelImport", "{name} kan inte läsas som Excel-arbetsbok ({error}).").format(
                                  name=path.name, error=type(exc).__name__)) from exc
    # The Data sheet is measured as it is read (``data_rows``): measuring 100 000 rows
    # beforehand read them twice.
    read_by_content(wb, [ws for ws in wb.worksheets if ws.title != "Data"])
    return wb


_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def is_percent_format(number_format: str | None) -> bool:
    """A number format that shows the value × 100 with a % sign (a quoted "%" is only text)."""
    return "%" in _QUOTED.sub("", number_format or "")


def cell_input(cell: Any) -> object:
    """What a cell holds as the person who filled it sees it: a date cell is a date (the day a
    milestone was reached), a number shown as a percentage is a :class:`PercentCell`, anything
    else its plain value."""
    value = cell.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and is_percent_format(
            getattr(cell, "number_format", None)):
        return PercentCell(value)
    return value


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def _number(v: object, what: str) -> float | None:
    t = _text(v).replace("\u00a0", "").replace(" ", "").replace(",", ".").rstrip("%")
    if t == "":
        return None
    try:
        return float(t)
    except ValueError:
        raise ValidationError(translate("ExcelImport", "{what} «{v}» är inget tal.").format(
            what=what, v=_text(v))) from None


def _with_parts(ind: Any, value: float | None, parts: dict[str, float | None]) -> ValueInput:
    return validated_input(ind, value=value, numerator=parts["numerator"], denominator=parts["denominator"],
                           women=parts["women"], men=parts["men"], other=parts["other"])


def _day(v: object) -> date | None:
    if v is None or _text(v) == "":
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(_text(v))
    except ValueError:
        raise ValidationError(translate("ExcelImport", "Datumet då milstolpen nåddes «{v}» är inget datum "
                                                       "(ÅÅÅÅ-MM-DD).").format(v=_text(v))) from None


def _entry(ind: Any, raw: dict[str, object]) -> ValueInput:
    entry = _entry_of_value(ind, raw)
    reached = _day(raw.get("reached_on"))
    if reached is not None and entry.reached_on is None:
        entry = validated_input(ind, value=entry.value, reached_on=reached)
    return entry


_PARTS = (("numerator", "Täljaren"), ("denominator", "Nämnaren"), ("women", "Kvinnor"), ("men", "Män"),
          ("other", "Annat"))


def _entry_of_value(ind: Any, raw: dict[str, object]) -> ValueInput:
    kind = IndicatorKind(ind.kind)
    value = raw.get("value")
    parts = {k: None if raw.get(k) is None else _number(raw.get(k), n) for k, n in _PARTS}
    if isinstance(value, date):
        if kind is not IndicatorKind.MILESTONE:
            raise ValidationError(translate("ExcelImport", "Cellen innehåller ett datum ({value}), men {code} är "
                                                           "ingen milstolpe. Skriv ett tal.").format(
                                      value=value.isoformat(), code=ind.code))
        return validated_input(ind, value=1, reached_on=value)
    if isinstance(value, PercentCell):
        if kind is not IndicatorKind.PERCENT:
            raise ValidationError(translate("ExcelImport", "Cellen visar en procentsats ({value:g} %), men {code} är "
                                                           "ingen andel. Skriv värdet utan procentformat.").format(
                                      value=float(value) * 100, code=ind.code))
        return _with_parts(ind, round(float(value) * 100, 9), parts)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if kind is IndicatorKind.MILESTONE:
            return validated_input(ind, text=_text(value))
        if isinstance(value, int) and not -1e300 < value < 1e300:  # float() would overflow
            raise ValidationError(translate("ExcelImport", "Värdet {value}… är för stort.").format(
                                      value=str(value)[:12]))
        return _with_parts(ind, float(value), parts)
    text = _text(value)
    if text == "" and parts["numerator"] is not None and parts["denominator"] is not None:
        return _with_parts(ind, None, parts)
    if kind is not IndicatorKind.MILESTONE:
        try:
            return _with_parts(ind, _number(text, translate("ExcelImport", "Värdet")), parts)
        except ValidationError:
            pass
    entry = validated_input(ind, text=text)
    if any(v is not None for v in parts.values()):
        return _with_parts(ind, entry.value, {k: (v if v is not None else getattr(entry, k))
                                              for k, v in parts.items()})
    return entry


def _show(ind: Any, snap: dict[str, object] | None) -> str | Callable[[], str]:
    """A stored or planned value as the preview shows it: Swedish, with the indicator's unit;
    written when first read (the kind and unit taken now, while the indicator is at hand)."""
    if not snap:
        return ""
    from hallbar_desktop.services.formatting import describe_snapshot

    return partial(describe_snapshot, IndicatorKind(ind.kind), snap, unit=ind.unit)


def preview_import(session: Session, path: Path) -> ImportPreview:
    """Read the workbook and say, row by row, what an import would do. Writes nothing.

    The preview keeps the rows it read: ``apply_import(..., preview=it)`` plans them again in
    its own transaction, against the register as it is then, without reading the file again."""
    from hallbar_desktop.memory import collector_paused

    path = Path(path)
    # 100 000 rows build some million objects that live until the import is done: full
    # collections meanwhile would walk them again and again (a third of a large import's time).
    with collector_paused():
        wb = _load(path)
        try:
            return _checked(path, lambda: _preview_of(session, path, wb))
        finally:
            wb.close()


def _preview_of(session: Session, path: Path, wb: Any) -> ImportPreview:
    ident = read_identity(wb)
    if ident is not None:
        return _preview_template(session, path, ident, wb=wb)
    if "Data" in wb.sheetnames:
        return _preview_data(session, path, wb=wb)
    raise ImportFileError(
        translate("ExcelImport", "{name} är varken en inmatningsmall eller en rapport från Hållbar Desktop. "
                                 "Skapa en mall med «Exportera mall» och fyll i den.").format(name=path.name))


def _checked(path: Path, make: Callable[[], ImportPreview]) -> ImportPreview:
    """``make()``'s preview, errors first; a damaged file's error said as such."""
    try:
        preview = make()
        preview.rows.sort(key=lambda r: (r.status != "error", r.row))  # what stops the import first
        return preview
    except (HallbarError, DomainError):
        raise
    except (ValueError, OverflowError, TypeError, KeyError, IndexError, zipfile.BadZipFile, EOFError,
            SyntaxError) as exc:
        # openpyxl reads a read-only sheet lazily, so a damaged cell (<v>NaN</v> in a number
        # cell, a cut-off XML part) surfaces only here, as whatever its parser raises.
        raise ImportFileError(
            translate("ExcelImport", "{name} är skadad och kan inte läsas ({error}). Inget importerades; "
                                     "exportera en ny mall och fyll i den.").format(
                name=path.name, error=type(exc).__name__)
        ) from exc


def _kept(rows: Iterable[Any], into: list[Any]) -> Iterator[Any]:
    """``rows`` as they are read, each kept in ``into`` (to plan them again without the file)."""
    for row in rows:
        into.append(row)
        yield row


def _stored(session: Session, preview: ImportPreview, ind: Any, quarter: Quarter) -> Any:
    """The stored value (a row with the columns of ``Measurement``): the project's values are
    read once per file, as plain rows; a query per indicator or row made large files slow."""
    if "values" not in preview._read:
        from hallbar_desktop.store import tables

        t = tables.measurement
        preview._read.add("values")
        of_project = select(tables.indicator.c.id).where(tables.indicator.c.project_id == ind.project_id)
        for m in session.execute(select(t).where(t.c.indicator_id.in_(of_project))):
            preview._stored.setdefault(m.indicator_id, {})[m.quarter] = m
    return preview._stored.get(ind.id, {}).get(str(quarter))


def _indicator(session: Session, preview: ImportPreview, project: Any, code: str) -> Any:
    """The indicator named in a row: the project's indicators are read once per file; a code
    not written as stored is looked up (or refused, naming the codes) by ``get_indicator``."""
    if "indicators" not in preview._read:
        from hallbar_desktop.store.models import Indicator

        preview._read.add("indicators")
        preview._indicators.update((i.code, i) for i in session.scalars(
            select(Indicator).where(Indicator.project_id == project.id)))
    ind = preview._indicators.get(code)
    if ind is None:
        ind = preview._indicators[code] = get_indicator(session, project, code)
    return ind


def _locked(session: Session, preview: ImportPreview, project: Any) -> set[str]:
    if preview._locked is None:
        from hallbar_desktop.store.models import ApprovedQuarter

        preview._locked = set(session.scalars(select(ApprovedQuarter.quarter).where(
            ApprovedQuarter.project_id == project.id)))
    return preview._locked


def _plan(session: Session, preview: ImportPreview, project: Any, excel_row: int, code: str,
          quarter: Quarter, raw: dict[str, object]) -> None:
    comment_raw = raw.get("comment")
    comment = None if comment_raw is None else _text(comment_raw) if not isinstance(comment_raw, str) \
        else comment_raw.strip()
    try:
        ind = _indicator(session, preview, project, code)
        period = preview._period.get(ind.id)
        if period is None:
            from hallbar_desktop.domain.follow_up import last_quarter

            target = Quarter.parse(str(ind.target_quarter)) if ind.target_quarter else None
            end = Quarter.parse(project.end_quarter)
            period = preview._period[ind.id] = (Quarter.parse(project.start_quarter), last_quarter(target, end),
                                                 bool(ind.archived))
        if not period[0] <= quarter <= period[1] or period[2]:
            check_writable(session, ind, quarter, lock=False)  # the rule's own message
        entry = _entry(ind, raw)
        check_reached_on(entry, quarter)
    except (HallbarError, DomainError) as exc:
        preview.rows.append(RowResult(excel_row, code, str(quarter), "error", reason=str(exc)))
        return
    existing = _stored(session, preview, ind, quarter)
    if (existing is not None and entry.value == 1 and entry.reached_on is None
            and existing.reached_on is not None and IndicatorKind(ind.kind) is IndicatorKind.MILESTONE):
        # The template shows "Uppnådd" without the date; keep the date the register knows.
        entry = ValueInput(entry.value, reached_on=existing.reached_on)
    old = snapshot(existing)
    new: dict[str, object] = {k: v for k, v in (("value", entry.value), ("numerator", entry.numerator),
                             ("denominator", entry.denominator), ("women", entry.women), ("men", entry.men),
                             ("other", entry.other),
                             ("reached_on", entry.reached_on.isoformat() if entry.reached_on else None))
           if v is not None}
    new_comment = comment if comment is not None else (existing.comment if existing else "")
    if new_comment:
        new["comment"] = new_comment
    status = "new" if existing is None else ("unchanged" if old == new else "changed")
    if status != "unchanged" and str(quarter) in _locked(session, preview, project):
        # An approved quarter is locked for real changes (``check_writable``, read once per file).
        from hallbar_desktop.services.steering import locked_message

        reason = str(LockedQuarter(locked_message(project.code, quarter)))
        preview.rows.append(RowResult(excel_row, code, str(quarter), "error", reason=reason))
        return
    preview.rows.append(RowResult(excel_row, code, str(quarter), status, _show(ind, old), _show(ind, new)))
    if status != "unchanged":
        preview._planned.append((ind, quarter, entry, comment if comment is not None else None))


def _preview_template(session: Session, path: Path, ident: dict[str, str], *, wb: Any = None,
                      read: list[tuple[int, str, dict[str, object]]] | None = None) -> ImportPreview:
    """The template's rows planned: read from ``wb``, or the ``read`` rows of an earlier preview."""
    from hallbar_desktop.store.identity import register_uuid

    try:
        project = get_project(session, ident.get("project", ""))
    except NotFound:
        raise ImportFileError(translate("ExcelImport", "{name} är en mall för projektet «{project}», som inte finns i "
                                                       "det här registret.").format(
                                  name=path.name, project=ident.get('project'))) from None
    made_in = ident.get("register")
    if (made_in and made_in != register_uuid(session.connection())) or str(project.id) != ident.get("project_id"):
        raise ImportFileError(
            translate("ExcelImport", "{name} är gjord från ett annat register (projekt {code}). Importera den i "
                                     "registret den exporterades från, eller exportera en ny mall från det här "
                                     "registret och fyll i den.").format(name=path.name, code=project.code))
    quarter = Quarter.parse(ident["quarter"])
    preview = ImportPreview(path.name, project.code)
    rows: Iterable[tuple[int, str, dict[str, object]]]
    if read is None:
        read = []
        rows = _kept(_template_rows(wb, path.name, ident), read)
    else:
        rows = read
    for r, code, raw in rows:
        _plan(session, preview, project, r, code, quarter, raw)
    kept = read
    preview._again = lambda again: _preview_template(again, path, ident, read=kept)
    return preview


def _template_rows(wb: Any, file_name: str, ident: dict[str, str]) -> Iterator[tuple[int, str, dict[str, object]]]:
    """The filled-in rows of the template's input sheet: Excel row, code, the inputs' values."""
    from hallbar_desktop.services.input_files import read_by_content

    read_by_content(wb, [ws for ws in wb.worksheets if ws.title == "Data"])  # left by ``_load``
    ws, header_row, columns = find_input_sheet(wb, file_name, ident.get("sheet") or None)
    inputs = [k for k in ("value", "numerator", "denominator", "women", "men", "other", "comment") if k in columns]
    for r, cells in enumerate(ws.iter_rows(min_row=header_row + 1), start=header_row + 1):
        code = _text(_cell(cells, columns["code"]))
        raw: dict[str, object] = {k: _cell(cells, columns[k]) for k in inputs}
        if not code or all(_text(v) == "" for v in raw.values()):
            continue
        yield r, code, raw


def _cell(cells: tuple[Any, ...], column: int) -> object:
    """The value of ``column`` (1-based) in a row read from column A on."""
    return cell_input(cells[column - 1]) if column <= len(cells) else None


def find_input_sheet(wb: Any, file_name: str, expected: str | None = None) -> tuple[Any, int, dict[str, int]]:
    """The template's input sheet, its header row and the column of each input, found by the
    headers (a renamed sheet or an inserted column is found); or a message saying exactly what
    is missing and where."""

    key_of = {HEADERS[c - 1]: k for k, c in COLUMNS.items()}
    sheets = [ws for ws in wb.worksheets if ws.title != IDENTITY_SHEET]
    sheets.sort(key=lambda ws: ws.title != (expected or INPUT_SHEET))  # the sheet it was made with first
    for ws in sheets:
        for row, cells in enumerate(ws.iter_rows(min_row=1, max_row=20), start=1):
            texts = {_text(c.value): i for i, c in enumerate(cells, start=1) if c.value is not None}
            known = [t for t in texts if t in key_of]
            if len(known) < 3:
                continue
            missing = [h for h in (HEADERS[COLUMNS["code"] - 1], HEADERS[COLUMNS["value"] - 1]) if h not in texts]
            if missing:
                found = ", ".join(t for t in texts if t) or translate("ExcelImport", "inga")
                raise ImportFileError(
                    translate("ExcelImport", "Kolumnen «{missing}» saknas på bladet «{title}» i {file_name} "
                                             "(rubrikerna på rad {row}: {found}). Skriv tillbaka rubriken "
                                             "«{missing}» över kolumnen med värdena, eller exportera en ny "
                                             "mall.").format(
                        missing=missing[0], title=ws.title, file_name=file_name, row=row, found=found))
            columns = {key_of[t]: col for t, col in texts.items() if t in key_of}
            return ws, row, columns
    raise ImportFileError(
        translate("ExcelImport", "Inget blad i {file_name} har mallens rubrikrad ({first}, … {value_header}). Bladet "
                                 "«{value}» har tagits bort eller fått andra rubriker; exportera en ny mall och fyll "
                                 "i den.").format(
            file_name=file_name, first=', '.join(HEADERS[:2]), value_header=HEADERS[COLUMNS['value'] - 1],
            value=expected or INPUT_SHEET))


#: The Data sheet's headers the import reads (found by name, wherever they stand).
DATA_KEYS = {"Värde": "value", "Täljare": "numerator", "Nämnare": "denominator", "Kvinnor": "women",
             "Män": "men", "Annat/ej angivet": "other", "Datum uppnådd": "reached_on", "Kommentar": "comment"}
DATA_REQUIRED = ("Projekt", "Indikatorkod", "Kvartal", "Värde")


#: The Data sheet's columns the import reads, by header.
DATA_READ = tuple(dict.fromkeys((*DATA_REQUIRED, *DATA_KEYS)))


def data_rows(ws: Any) -> tuple[list[str], list[str], Iterable[tuple[int, list[object]]]]:
    """The Data sheet's headers (row 1), those of ``DATA_READ`` among them, and per later row
    its Excel row number and the values under those (a header written twice: its last
    column), as ``cell_input`` makes them. Read at once by ``sheet_cells`` when the headers are
    all there; what that reader leaves to openpyxl is read cell by cell through it, as before
    (its errors raised as the rows are read)."""
    from hallbar_desktop.services.sheet_cells import Unusual, read_columns

    names: list[str] = []

    def pick(header: list[object]) -> list[int]:
        at = {_text(v): i for i, v in enumerate(header, start=1)}
        if any(h not in at for h in DATA_REQUIRED):
            return []  # refused by its headers: no row is read
        names[:] = [h for h in DATA_READ if h in at]
        return [at[h] for h in names]

    from hallbar_desktop.services.input_files import SUSPECT_COLUMNS, SUSPECT_ROWS, read_by_content

    try:
        header, rows = read_columns(ws, pick, is_percent_format, suspect=(SUSPECT_ROWS, SUSPECT_COLUMNS))
        return [_text(v) for v in header], names, rows
    except Unusual:
        pass
    read_by_content(ws.parent, [ws])
    cells = ws.iter_rows()
    texts = [_text(c.value) for c in next(cells, ())]
    names = [h for h in DATA_READ if h in texts]

    def each() -> Iterator[tuple[int, list[object]]]:
        for r, row in enumerate(cells, start=2):
            values = {h: cell_input(c) for h, c in zip(texts, row, strict=False) if h}
            yield r, [values.get(h) for h in names]

    return texts, names, each()


def _preview_data(session: Session, path: Path, *, wb: Any = None,
                  read: tuple[list[str], list[str], list[tuple[int, list[object]]]] | None = None) -> ImportPreview:
    """The Data sheet's rows planned: read from ``wb``, or the ``read`` rows of an earlier preview."""
    kept: list[tuple[int, list[object]]] = []
    rows: Iterable[tuple[int, list[object]]]
    if read is None:
        header, names, found = data_rows(wb["Data"])
        rows = _kept(found, kept)
    else:
        header, names, kept = read
        rows = kept
    missing = [h for h in DATA_REQUIRED if h not in header]
    if missing:
        raise ImportFileError(
            translate("ExcelImport", "Bladet Data i {name} saknar kolumnen «{missing}» (rubrikerna på rad 1: "
                                     "{value}). Rubrikerna ska vara de från Hållbar Desktop.").format(
                name=path.name, missing=missing[0],
                value=', '.join(h for h in header if h) or translate("ExcelImport", "inga")))
    preview: ImportPreview | None = None
    project = None
    at = {h: i for i, h in enumerate(names)}
    code_at, project_at, quarter_at = at["Indikatorkod"], at["Projekt"], at["Kvartal"]
    inputs = [(k, at[h]) for h, k in DATA_KEYS.items() if h in at]
    quarters: dict[str, Quarter | DomainError] = {}  # a file names the same few quarters on every row
    for r, values in rows:
        code = _text(values[code_at])
        if not code:
            continue
        pcode = _text(values[project_at])
        if project is None:
            try:
                project = get_project(session, pcode)
            except NotFound:
                raise ImportFileError(translate("ExcelImport", "{name} gäller projektet «{pcode}», som inte finns i "
                                                               "registret.").format(
                                          name=path.name, pcode=pcode)) from None
            preview = ImportPreview(path.name, project.code)
        assert preview is not None
        if pcode.lower() != project.code.lower():
            other = translate("ExcelImport", "Annat projekt ({pcode}).").format(pcode=pcode)
            preview.rows.append(RowResult(r, code, "", "error", reason=other))
            continue
        text = _text(values[quarter_at])
        q = quarters.get(text)
        if q is None:
            try:
                q = quarters[text] = Quarter.parse(text)
            except DomainError as exc:
                q = quarters[text] = exc
        if isinstance(q, DomainError):
            preview.rows.append(RowResult(r, code, "", "error", reason=str(q)))
            continue
        _plan(session, preview, project, r, code, q, {k: values[i] for k, i in inputs})
    if preview is None:
        raise ImportFileError(translate("ExcelImport", "Bladet Data i {name} har inga värden.").format(
                                  name=path.name))
    preview._again = lambda again: _preview_data(again, path, read=(header, names, kept))
    return preview


def apply_import(session: Session, path: Path, actor_user: str | None = None, *,
                 preview: ImportPreview | None = None) -> ImportPreview:
    """Import all rows or none; raises ValidationError listing the errors when any row has one.

    With the ``preview`` the user saw (of the same file), its rows are planned again here,
    against the register as this transaction sees it, without reading the file a second time."""
    from hallbar_desktop.memory import collector_paused

    with collector_paused():  # as in ``preview_import``
        return _apply(session, Path(path), actor_user, preview)


def _apply(session: Session, path: Path, actor_user: str | None, preview: ImportPreview | None) -> ImportPreview:
    if preview is not None and preview._again is not None:
        again = preview._again
        preview = _checked(path, lambda: again(session))
    else:
        preview = preview_import(session, path)
    preview._again = None  # the rows read are planned: not kept while they are written
    if preview.errors:
        lines = "; ".join(f"rad {e.row} ({e.code}): {e.reason}" for e in preview.errors[:10])
        raise ValidationError(translate("ExcelImport", "Inget importerades från {name}: {count} rader har fel – "
                                                       "{lines}").format(
                                  name=path.name, count=len(preview.errors), lines=lines))
    actor = Actor(actor_user, "import", path.name) if actor_user else Actor.here("import", path.name)
    edits = [
        CellEdit.entered(ind.code, quarter, given=Given(entry.value, entry.numerator, entry.denominator, entry.women,
                                                        entry.men, entry.other, entry.reached_on), comment=comment)
        for ind, quarter, entry, comment in preview._planned
    ]
    preview.applied = tuple(apply_edits_in_bulk(session, preview.project, edits, actor)) if edits else ()
    return preview
