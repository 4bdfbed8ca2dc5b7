"""Importing actual costs from the organisation's accounting export (Raindance, Agresso/Unit4,
Visma and the like), CSV or xlsx, as Swedish finance systems write it.

A file is read whatever its shape: semicolon, tab, comma or bar separated, UTF-8 (with or without
a BOM), UTF-16 (Excel's "Unicode text") or Windows-1252; a title above the header and sum rows
below the transactions; decimal commas and thousands separated by spaces. The first time for a
project the columns are guessed and must be confirmed (a mapping file or the window's mapping
step); then they are remembered for the project, as are the accounts mapped to cost categories.

The import is all or nothing. The preview says for every quarter and cost category before →
after; any row that cannot be read (a date outside the project, an unreadable amount, an
account without a cost category) refuses the whole file, naming the row. The file's sums
replace the costs of the quarters and categories it holds; quarters and categories it does not
hold are left alone, so importing the same file twice changes nothing the second time. The
file's name is kept in the audit trail and on every imported transaction.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from hallbar_desktop.domain.economy import CostCategory, parse_amount
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.numbers import format_amount
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import HallbarError, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.economy import (
    ColumnMapping,
    _settings,
    category_of_account,
    check_account_key,
    save_column_mapping,
    set_account_mapping,
)
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import quarter_text, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import Project

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
DELIMITERS = (";", "\t", ",", "|")
DELIMITER_NAMES = {";": "semikolon", "\t": "tabb", ",": "komma", "|": "lodstreck", "": "Excel-blad"}
ROLE_NAMES_SV = {"date": "datum", "account": "konto", "amount": "belopp", "debit": "debet", "credit": "kredit",
                 "activity": "aktivitet", "text": "text", "category": "kostnadsslag"}


class CostImportError(HallbarError):
    """The file cannot be read as an accounting export at all."""


class CostImportRefused(ValidationError):
    """The file was read but cannot be imported; ``preview`` says why, row by row."""

    def __init__(self, message: str, preview: CostImportPreview) -> None:
        super().__init__(message)
        self.preview = preview


# --- reading the file ---------------------------------------------------------------------
@dataclass(frozen=True)
class ExportTable:
    """The rows of an accounting export as read: text cells (dates and numbers from xlsx as such)."""

    file_name: str
    encoding: str  # "" for xlsx
    delimiter: str  # "" for xlsx
    header_row: int  # the header's row number in the file (1-based)
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  # (row number in the file, cells)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (BOM or not), UTF-16 with a BOM (Excel's "Unicode text"), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CostImportError(translate("CostImport", "{name} kan inte läsas som UTF-16-text.").format(
                                      name=name)) from exc
    if b"\x00" in data[:4096]:
        raise CostImportError(translate("CostImport", "{name} är ingen textfil (CSV) eller Excel-arbetsbok.").format(
                                  name=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; Latin-1 reads those instead of failing.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"


def _sniff(text: str) -> str:
    """The delimiter that splits the lines into the same number of fields most consistently.

    Semicolon and tab come first: with decimal commas a comma-separated file is rare, and a
    comma inside an amount would split it.
    """
    lines = [line for line in text.splitlines() if line.strip()][:60]
    best, best_score = ";", -1.0
    for d in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=d)]
        counts = [c for c in counts if c >= 2]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 3:
            continue
        score = counts.count(mode) / len(lines) + 0.001 * (len(DELIMITERS) - DELIMITERS.index(d))
        if score > best_score:
            best, best_score = d, score
    if best_score < 0:
        raise CostImportError(
            translate("CostImport", "Filen har inga kolumner som går att känna igen (semikolon, tabb eller komma "
                                    "mellan fälten)."))
    return best


def _header_index(rows: list[tuple[int, tuple[Any, ...]]]) -> int:
    """The header: the first row as wide as most rows, of text, with at least three names."""
    widths = [sum(1 for c in cells if _cell_text(c)) for _, cells in rows[:200]]
    if not widths:
        raise CostImportError(translate("CostImport", "Filen är tom."))
    wide = max(set(widths), key=widths.count)
    for i, (_, cells) in enumerate(rows[:40]):
        texts = [_cell_text(c) for c in cells if _cell_text(c)]
        if len(texts) >= min(3, wide) and len(texts) >= wide - 1 and all(
                isinstance(c, str) and not _looks_numeric(c) for c in cells if _cell_text(c)):
            return i
    raise CostImportError(translate("CostImport", "Filen saknar en rubrikrad (kolumnnamn som Datum, Konto, Belopp)."))


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\s\d.,:/+\-\u2212]+", text.strip()))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _table(name: str, rows: list[tuple[int, tuple[Any, ...]]], encoding: str, delimiter: str) -> ExportTable:
    rows = [(n, cells) for n, cells in rows if any(_cell_text(c) for c in cells)]
    if not rows:
        raise CostImportError(translate("CostImport", "{name} är tom.").format(name=name))
    if len(rows) > MAX_ROWS:
        raise CostImportError(translate("CostImport", "{name} har fler än {MAX_ROWS} rader; dela upp exporten per "
                                                      "kvartal.").format(name=name, MAX_ROWS=MAX_ROWS))
    h = _header_index(rows)
    header_row, header_cells = rows[h]
    headers = tuple(_cell_text(c) for c in header_cells)
    while headers and not headers[-1]:
        headers = headers[:-1]
    return ExportTable(name, encoding, delimiter, header_row, headers, tuple(rows[h + 1:]))


def read_export(path: Path) -> ExportTable:
    """Read a CSV/text or xlsx export; refuses what is not one, with the reason."""
    from hallbar_desktop.services.input_files import check_regular_file

    name = path.name
    size = check_regular_file(path, CostImportError).st_size  # a FIFO or a device would block the read
    if size > MAX_BYTES:
        raise CostImportError(translate("CostImport", "{name} är för stor ({value} MB); exportera en "
                                                      "kortare period.").format(
                                  name=name, value=size // 2**20))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xls":
        raise CostImportError(translate("CostImport", "{name} är en äldre Excel-fil (.xls). Spara den som .xlsx "
                                                      "eller CSV i Excel och läs in den igen.").format(name=name))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CostImportError(translate("CostImport", "{name} kan inte läsas: {strerror}.").format(
                                  name=name, strerror=exc.strerror)) from exc
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    text, encoding = _decode(data, name)
    if not text.strip():
        raise CostImportError(translate("CostImport", "{name} är tom.").format(name=name))
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [(reader.line_num, tuple(cells)) for cells in reader]
    except csv.Error as exc:
        raise CostImportError(translate("CostImport", "{name} kan inte läsas som CSV: {exc}.").format(
                                  name=name, exc=exc)) from exc
    return _table(name, rows, encoding, delimiter)


def _read_xlsx(path: Path) -> ExportTable:
    from hallbar_desktop.services.excel_import import ImportFileError, check_zip

    try:
        check_zip(path)
    except ImportFileError as exc:
        raise CostImportError(exc.message) from exc
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise CostImportError(translate("CostImport", "{name} kan inte läsas som Excel-arbetsbok ({error}).").format(
                                  name=path.name, error=type(exc).__name__)) from exc
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        rows = []
        for n, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            rows.append((n, tuple(cells)))
            if n > MAX_ROWS + 50:
                break
    finally:
        wb.close()
    return _table(path.name, rows, "", "")


# --- columns --------------------------------------------------------------------------------
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "date": ("bokföringsdatum", "bokf datum", "bokfdatum", "verifikationsdatum", "verdatum", "ver datum",
             "transaktionsdatum", "fakturadatum", "datum", "date", "period"),
    "account": ("kontonummer", "kontonr", "konto", "huvudkonto", "account"),
    "amount": ("belopp sek", "belopp kr", "belopp", "utfall", "summa", "amount", "kostnad"),
    "debit": ("debet", "debit"),
    "credit": ("kredit", "credit"),
    "category": ("kostnadsslag", "kostnadstyp"),
    "activity": ("aktivitetskod", "aktivitet", "delprojekt", "projektkod", "projekt", "activity", "project"),
    "text": ("verifikationstext", "transaktionstext", "text", "beskrivning", "benämning", "specifikation",
             "kontonamn"),
}
_NOT_ACCOUNT = ("namn", "benämning", "text", "klass", "grupp")


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[._()\[\]:/-]+", " ", header.lower()).split())


def guess_columns(headers: tuple[str, ...]) -> ColumnMapping:
    """The columns a Swedish export most likely means (each header used once)."""
    used: set[int] = set()
    chosen: dict[str, str] = {}
    normed = [_norm(h) for h in headers]
    for role in ("date", "account", "amount", "debit", "credit", "category", "activity", "text"):
        for word in _ROLE_WORDS[role]:
            hit = next((i for i, h in enumerate(normed) if i not in used and h and (
                h == word or (word in h.split() or h.startswith(word)))
                and not (role == "account" and any(x in h for x in _NOT_ACCOUNT))), None)
            if hit is not None:
                chosen[role] = headers[hit]
                used.add(hit)
                break
    if "amount" in chosen and ("debit" in chosen or "credit" in chosen):
        chosen.pop("debit", None)
        chosen.pop("credit", None)
    return ColumnMapping(**chosen)


def _column_index(headers: tuple[str, ...], name: str) -> int | None:
    wanted = _norm(name)
    for i, h in enumerate(headers):
        if _norm(h) == wanted:
            return i
    return None


@dataclass(frozen=True)
class UnmappedAccount:
    """An account of the export that no cost category is given for yet (the window asks for one)."""

    account: str
    rows: tuple[int, ...]  # the rows of the file booked on it
    example: str  # what is booked on it (the account's name or a transaction's text), to recognise it


_ACCOUNT_NAMES = ("kontotext", "kontonamn", "kontobenämning", "benämning")


def unmapped_accounts(table: ExportTable, columns: ColumnMapping,
                      accounts: Mapping[str, CostCategory]) -> tuple[UnmappedAccount, ...]:
    """The accounts of ``table`` that ``accounts`` (the project's, and what is chosen now) does not
    map, in the order they first appear; rows that name their category themselves need none."""
    account_at = _column_index(table.headers, columns.account) if columns.account else None
    if account_at is None:
        return ()
    category_at = _column_index(table.headers, columns.category) if columns.category else None
    name_at = next((i for i, h in enumerate(table.headers) if _norm(h) in _ACCOUNT_NAMES), None)
    text_at = _column_index(table.headers, columns.text) if columns.text else None
    found: dict[str, tuple[list[int], str]] = {}
    for number, cells in table.rows:
        account = _cell_text(cells[account_at]) if account_at < len(cells) else ""
        if not account or (category_at is not None and category_at < len(cells) and _cell_text(cells[category_at])):
            continue
        if category_of_account(account, accounts) is not None:
            continue
        example = ""
        for i in (name_at, text_at):
            if i is not None and i < len(cells) and _cell_text(cells[i]):
                example = _cell_text(cells[i])[:80]
                break
        rows, first = found.setdefault(account[:40], ([], example))
        rows.append(number)
    return tuple(UnmappedAccount(a, tuple(rows), example) for a, (rows, example) in found.items())


# --- the mapping file ----------------------------------------------------------------------
@dataclass(frozen=True)
class ImportMapping:
    """Columns and accounts given for an import (a mapping file, or the window's mapping step)."""

    columns: ColumnMapping | None = None
    accounts: Mapping[str, CostCategory] = field(default_factory=dict)
    source: str = ""  # the mapping file's name


def read_mapping_file(path: Path) -> ImportMapping:
    """A TOML file: ``[columns]`` (date, account, amount or debit/credit, activity, text, category)
    and ``[accounts]`` (account or prefix ending in * = cost category)."""
    from hallbar_desktop.services.input_files import check_regular_file

    if not path.exists():
        raise CostImportError(translate("CostImport", "Mappningsfilen {path} finns inte.").format(path=path))
    check_regular_file(path, CostImportError)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise CostImportError(translate("CostImport", "Mappningsfilen {path} finns inte.").format(path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise CostImportError(translate("CostImport", "{name} är ingen giltig mappningsfil (TOML): {exc}.").format(
                                  name=path.name, exc=exc)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CostImportError(translate("CostImport", "{name} kan inte läsas: {exc}.").format(
                                  name=path.name, exc=exc)) from exc
    return mapping_from_dict(data, path.name)


def mapping_from_dict(data: Mapping[str, Any], source: str) -> ImportMapping:
    unknown = set(data) - {"columns", "accounts"}
    if unknown:
        raise CostImportError(translate("CostImport", "{source}: okända avsnitt {sections} (tillåtna: columns, "
                                                      "accounts).").format(
                                  source=source, sections=', '.join(sorted(unknown))))
    columns = None
    raw_cols = data.get("columns")
    if raw_cols is not None:
        if not isinstance(raw_cols, dict):
            raise CostImportError(translate("CostImport", "{source}: [columns] ska vara en tabell.").format(
                                      source=source))
        bad = set(raw_cols) - set(ColumnMapping.ROLES)
        if bad:
            raise CostImportError(translate("CostImport", "{source}: [columns] har okända nycklar {keys} (tillåtna: "
                                                          "{allowed}).").format(
                                      source=source, keys=', '.join(sorted(bad)),
                                      allowed=', '.join(ColumnMapping.ROLES)))
        if not all(isinstance(v, str) for v in raw_cols.values()):
            raise CostImportError(translate("CostImport", "{source}: kolumnnamnen i [columns] ska vara text.").format(
                                      source=source))
        columns = ColumnMapping(**{k: v.strip() for k, v in raw_cols.items()})
    accounts: dict[str, CostCategory] = {}
    raw_acc = data.get("accounts") or {}
    if not isinstance(raw_acc, dict):
        raise CostImportError(translate("CostImport", "{source}: [accounts] ska vara en tabell.").format(
                                  source=source))
    for account, category in raw_acc.items():
        try:
            key = check_account_key(str(account))
            cat = CostCategory.parse(str(category))
        except (DomainError, ValidationError) as exc:
            raise CostImportError(translate("CostImport", "{source}: konto {account}: {exc}").format(
                                      source=source, account=account, exc=exc)) from exc
        if cat.computed:
            raise CostImportError(translate("CostImport", "{source}: konto {account}: indirekta kostnader räknas ut "
                                                          "som schablon och kan inte importeras; välj ett annat "
                                                          "kostnadsslag.").format(source=source, account=account))
        accounts[key] = cat
    return ImportMapping(columns, accounts, source)


# --- the preview ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportLine:
    row: int
    booked_on: date
    quarter: Quarter
    account: str
    category: CostCategory
    amount: float
    activity_code: str
    text: str


@dataclass(frozen=True)
class RowProblem:
    row: int  # the row number in the file (0: the file as a whole)
    message: str

    def __str__(self) -> str:
        return f"Rad {self.row}: {self.message}" if self.row else self.message


@dataclass(frozen=True)
class CostImportChange:
    quarter: Quarter
    category: CostCategory
    before: float | None
    before_source: str  # "typed", "import", "load" or ""
    before_detail: str  # the file an earlier import came from
    after: float
    rows: int

    @property
    def status(self) -> str:
        if self.before is None:
            return "new"
        return "unchanged" if abs(self.before - self.after) < 0.005 else "changed"

    def describe_sv(self) -> str:
        before = "–" if self.before is None else format_amount(self.before)
        return f"{self.quarter.label_sv()}  {self.category.label_sv()}: {before} → {format_amount(self.after)}"


COLUMNS_STORED, COLUMNS_GIVEN, COLUMNS_GUESSED = "stored", "given", "guessed"


@dataclass(frozen=True)
class CostImportPreview:
    project_code: str
    file_name: str
    encoding: str
    delimiter: str
    header_row: int
    headers: tuple[str, ...]
    columns: ColumnMapping
    #: stored (remembered for the project), given (a mapping file or the window), guessed
    columns_from: str
    lines: tuple[ImportLine, ...]
    changes: tuple[CostImportChange, ...]
    errors: tuple[RowProblem, ...]
    skipped: tuple[RowProblem, ...]  # sum rows and the like, not transactions
    #: accounts of the mapping file that the import will remember for the project
    accounts_to_remember: tuple[tuple[str, CostCategory], ...] = ()

    @property
    def needs_columns(self) -> bool:
        """The columns are only guessed: the user confirms them before anything is imported."""
        return self.columns_from == COLUMNS_GUESSED

    @property
    def ok(self) -> bool:
        return not self.errors and not self.needs_columns

    @property
    def total(self) -> float:
        return round(sum(line.amount for line in self.lines), 2)

    def of(self, status: str) -> tuple[CostImportChange, ...]:
        return tuple(c for c in self.changes if c.status == status)

    def describe_format_sv(self) -> str:
        if not self.delimiter:
            return "Excel-arbetsbok"
        enc = {"utf-8-sig": "UTF-8 med BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16",
               "latin-1": "Latin-1"}.get(self.encoding, self.encoding)
        return f"{DELIMITER_NAMES[self.delimiter]}separerad text, {enc}"


def _stored_costs(session: Session, project: Project) -> dict[tuple[Quarter, CostCategory], Any]:
    from hallbar_desktop.store.models import ActualCost

    return {(Quarter.parse(c.quarter), CostCategory(c.category)): c for c in session.scalars(
        select(ActualCost).where(ActualCost.project_id == project.id))}


_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d.%m.%Y", "%d/%m/%Y", "%Y.%m.%d", "%d-%m-%Y")


def parse_booking_date(value: Any) -> date:
    """A booking date as exports write it; a period (``202203``, ``2022-03``) reads as its first day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = float(value)
        if 20000 < serial < 80000:  # an Excel date serial number in a cell without date format
            return date(1899, 12, 30) + timedelta(days=int(serial))
        value = _cell_text(value)
    text = _cell_text(value)
    if not text:
        raise ValueError("datum saknas")
    head = text.split(" ")[0].split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    m = re.fullmatch(r"(\d{4})-?(\d{2})", head)
    if m and 1 <= int(m.group(2)) <= 12:
        return date(int(m.group(1)), int(m.group(2)), 1)
    raise ValueError(f"«{text}» är inget datum (skriv t.ex. 2022-03-15)")


def preview_cost_import(
    session: Session,
    project_code: str,
    path: Path,
    *,
    mapping: ImportMapping | None = None,
    columns: ColumnMapping | None = None,
    table: ExportTable | None = None,
) -> CostImportPreview:
    """Read ``path`` and work out what importing it into the project would change (writes nothing).

    The columns come from ``columns`` (the window's mapping step), else the mapping file, else
    the ones remembered for the project, else a guess that must be confirmed.
    """
    project = get_project(session, project_code)
    table = table or read_export(path)
    settings = _settings(session, project)
    if columns is not None and not columns.empty:
        chosen, source = columns, COLUMNS_GIVEN
    elif mapping is not None and mapping.columns is not None:
        chosen, source = mapping.columns, COLUMNS_GIVEN
    elif not settings.columns.empty:
        chosen, source = settings.columns, COLUMNS_STORED
    else:
        chosen, source = guess_columns(table.headers), COLUMNS_GUESSED
    accounts = dict(settings.accounts)
    remember: list[tuple[str, CostCategory]] = []
    if mapping is not None:
        for key, cat in mapping.accounts.items():
            if accounts.get(key) is not cat:
                remember.append((key, cat))
            accounts[key] = cat

    def result(lines: list[ImportLine], changes: list[CostImportChange], errors: list[RowProblem],
               skipped: list[RowProblem]) -> CostImportPreview:
        return CostImportPreview(project.code, table.file_name, table.encoding, table.delimiter, table.header_row,
                                 table.headers, chosen, source, tuple(lines), tuple(changes), tuple(errors),
                                 tuple(skipped), tuple(remember))

    index: dict[str, int] = {}
    missing = []
    for role in ColumnMapping.ROLES:
        name = getattr(chosen, role)
        if not name:
            continue
        i = _column_index(table.headers, name)
        if i is None:
            missing.append(f"«{name}» ({ROLE_NAMES_SV[role]})")
        else:
            index[role] = i
    file_problems = []
    if missing:
        file_problems.append(RowProblem(0, translate("CostImport", "Kolumnen {missing} finns inte i filen. Kolumner "
                                                                   "i filen: {found}.").format(
            missing=", ".join(missing), found=", ".join(f"«{h}»" for h in table.headers if h))))
    if not chosen.complete:
        file_problems.append(RowProblem(0, translate("CostImport", "Kolumnerna för datum, belopp (eller debet och "
                                                                   "kredit) och konto (eller kostnadsslag) behöver "
                                                                   "anges. Kolumner i filen: {found}.").format(
            found=", ".join(f"«{h}»" for h in table.headers if h))))
    if file_problems:
        return result([], [], file_problems, [])

    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    lines: list[ImportLine] = []
    errors: list[RowProblem] = []
    skipped: list[RowProblem] = []

    def cell(cells: tuple[Any, ...], role: str) -> Any:
        i = index.get(role)
        return cells[i] if i is not None and i < len(cells) else None

    for number, cells in table.rows:
        account = _cell_text(cell(cells, "account"))
        raw_date = cell(cells, "date")
        if not _cell_text(raw_date) and not account:
            first = next((_cell_text(c) for c in cells if _cell_text(c)), "")
            skipped.append(RowProblem(number, translate("CostImport", "ingen transaktion (varken datum eller konto): "
                                                                      "«{first}»").format(first=first[:60])))
            continue
        problems = []
        try:
            booked = parse_booking_date(raw_date)
        except ValueError as exc:
            problems.append(str(exc))
            booked = None
        quarter = Quarter.from_date(booked) if booked is not None else None
        if quarter is not None and not start <= quarter <= end:
            problems.append(translate("CostImport", "datumet {day} ligger utanför projektperioden ({start} – {end})")
                            .format(day=booked.isoformat(), start=quarter_text(start),  # type: ignore[union-attr]
                                    end=quarter_text(end)))
        amount: float | None = None
        try:
            if "amount" in index:
                raw = cell(cells, "amount")
                if not _cell_text(raw):
                    raise DomainError(translate("CostImport", "beloppet saknas"))
                amount = parse_amount(raw)
            else:
                debit, credit = cell(cells, "debit"), cell(cells, "credit")
                amount = round((parse_amount(debit) if _cell_text(debit) else 0.0)
                               - (parse_amount(credit) if _cell_text(credit) else 0.0), 2)
        except DomainError as exc:
            problems.append(translate("CostImport", "beloppet: {message}").format(message=exc.message))
        category: CostCategory | None = None
        raw_category = _cell_text(cell(cells, "category"))
        if raw_category:
            try:
                category = CostCategory.parse(raw_category)
            except DomainError as exc:
                problems.append(exc.message)
        elif not account:
            problems.append(translate("CostImport", "kontot saknas"))
        else:
            category = category_of_account(account, accounts)
            if category is None:
                problems.append(translate("CostImport", "kontot {account} har inget kostnadsslag. Ange det i "
                                                        "mappningsfilen under [accounts] (t.ex. \"{account}\" = "
                                                        "\"other\") eller i programmet").format(account=account))
        if category is not None and category.computed:
            problems.append(translate("CostImport", "indirekta kostnader räknas ut som schablon av personalkostnaderna "
                                                    "och importeras inte"))
        if problems:
            errors.append(RowProblem(number, "; ".join(problems) + "."))
            continue
        assert booked is not None and quarter is not None and amount is not None and category is not None
        lines.append(ImportLine(number, booked, quarter, account[:40], category, amount,
                                _cell_text(cell(cells, "activity"))[:100], _cell_text(cell(cells, "text"))[:300]))
    if not lines and not errors:
        errors.append(RowProblem(0, translate("CostImport", "{file_name} har inga transaktioner att importera.").format(
                                        file_name=table.file_name)))

    sums: dict[tuple[Quarter, CostCategory], list[ImportLine]] = {}
    for line in lines:
        sums.setdefault((line.quarter, line.category), []).append(line)
    stored = _stored_costs(session, project)
    order = list(CostCategory)
    changes = []
    for (q, cat), group in sorted(sums.items(), key=lambda kv: (kv[0][0], order.index(kv[0][1]))):
        old = stored.get((q, cat))
        changes.append(CostImportChange(q, cat, old.amount if old else None, old.source if old else "",
                                        old.source_detail if old else "", round(sum(x.amount for x in group), 2),
                                        len(group)))
    return result(lines, changes, errors, skipped)


# --- applying -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CostImportResult:
    preview: CostImportPreview
    written: int  # quarter × category sums written
    columns_remembered: bool
    accounts_remembered: int


def refusal_message(preview: CostImportPreview) -> str:
    if preview.needs_columns:
        return (f"Första importen för {preview.project_code}: bekräfta vilka kolumner som är vad. Förslag: "
                f"{preview.columns.describe_sv()}. Ange dem i en mappningsfil (--mapping) under [columns]; de "
                "sparas för projektet.")
    first = str(preview.errors[0])
    more = f" (och {len(preview.errors) - 1} till)" if len(preview.errors) > 1 else ""
    return f"Inget importerades från {preview.file_name}: {first}{more}"


def apply_cost_import(
    session: Session,
    project_code: str,
    path: Path,
    actor: Actor,
    *,
    mapping: ImportMapping | None = None,
    columns: ColumnMapping | None = None,
    expected: CostImportPreview | None = None,
) -> CostImportResult:
    """Import the file: every row or none. The preview is worked out again inside this
    transaction; ``expected`` (what the user saw) must still hold, or nothing is written."""
    from hallbar_desktop.services.projects import utcnow
    from hallbar_desktop.store.models import ActualCost, CostLine

    preview = preview_cost_import(session, project_code, path, mapping=mapping, columns=columns)
    if not preview.ok:
        raise CostImportRefused(refusal_message(preview), preview)
    if expected is not None and (expected.changes != preview.changes or expected.lines != preview.lines):
        raise CostImportRefused(translate("CostImport", "Filen eller registret har ändrats sedan "
                                                        "förhandsgranskningen; inget importerades. Förhandsgranska "
                                                        "igen."), preview)
    project = get_project(session, project_code)
    who = Actor(actor.user, "import", preview.file_name)
    stored = _stored_costs(session, project)
    by_group: dict[tuple[Quarter, CostCategory], list[ImportLine]] = {}
    for line in preview.lines:
        by_group.setdefault((line.quarter, line.category), []).append(line)
    written = 0
    for change in preview.changes:
        if change.status == "unchanged":
            continue
        row = stored.get((change.quarter, change.category))
        old = ({"category": change.category.value, "amount": row.amount, "source": row.source,
                **({"file": row.source_detail} if row.source_detail else {})} if row is not None else None)
        if row is None:
            row = ActualCost(project_id=project.id, quarter=str(change.quarter), category=change.category.value)
            session.add(row)
        row.amount = change.after
        row.source = "import"
        row.source_detail = preview.file_name
        row.entered_by = who.user
        row.entered_at = utcnow()
        row.lines = [CostLine(row_number=x.row, booked_on=x.booked_on, account=x.account,
                              activity_code=x.activity_code, text=x.text, amount=x.amount)
                     for x in by_group[(change.quarter, change.category)]]
        session.flush()
        project_audit(session, project.id, "cost_import", old,
                      {"category": change.category.value, "amount": change.after, "source": "import",
                       "file": preview.file_name, "rows": change.rows}, who, quarter=change.quarter)
        written += 1
    remembered = False
    if preview.columns_from == COLUMNS_GIVEN:
        remembered = save_column_mapping(session, project.code, preview.columns, who)
    for account, category in preview.accounts_to_remember:
        set_account_mapping(session, project.code, account, category, who)
    return CostImportResult(preview, written, remembered, len(preview.accounts_to_remember))
