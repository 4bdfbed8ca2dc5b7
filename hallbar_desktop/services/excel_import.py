"""Reading values back from a filled-in template or a report's Data sheet, with a preview.

The whole file is applied in the caller's one transaction through ``record_value`` (so the
audit trail and ``check_writable`` – and later the lock of approved quarters – apply), or not
at all: any row with an error refuses the file.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput
from hallbar_desktop.errors import HallbarError, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import (
    check_writable,
    record_value,
    snapshot,
    validated_input,
)
from hallbar_desktop.store.models import Measurement

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


class ImportFileError(HallbarError):
    """The workbook cannot be imported: unreadable, not ours, or for another register."""


@dataclass(frozen=True)
class RowResult:
    row: int  # Excel row number
    code: str
    quarter: str
    status: str  # "new", "changed", "unchanged", "error"
    old: str = ""
    new: str = ""
    reason: str = ""


@dataclass
class ImportPreview:
    file_name: str
    project: str
    rows: list[RowResult] = field(default_factory=list)
    _planned: list[tuple[Any, Quarter, ValueInput, str | None]] = field(default_factory=list, repr=False)
    _indicators: dict[str, Any] = field(default_factory=dict, repr=False)  # code → Indicator, per file
    _stored: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    def of(self, status: str) -> list[RowResult]:
        return [r for r in self.rows if r.status == status]

    @property
    def errors(self) -> list[RowResult]:
        return self.of("error")


def check_zip(path: Path) -> None:
    """Refuse damaged files and zip bombs before openpyxl inflates anything."""
    if not path.exists():
        raise ImportFileError(f"Filen {path.name} finns inte.")
    if not zipfile.is_zipfile(path):
        raise ImportFileError(f"{path.name} är ingen Excel-arbetsbok (.xlsx) eller så är filen skadad.")
    try:
        with zipfile.ZipFile(path) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_RATIO \
                        and info.file_size > 10 * 1024 * 1024:
                    raise ImportFileError(f"{path.name} packar upp till orimligt mycket data; filen läses inte.")
            if total > MAX_UNCOMPRESSED:
                raise ImportFileError(f"{path.name} är för stor uppackad ({total // 2**20} MB); filen läses inte.")
            if "xl/workbook.xml" not in z.namelist():
                raise ImportFileError(f"{path.name} är ingen Excel-arbetsbok.")
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"{path.name} är skadad eller avkortad och kan inte läsas.") from exc


def _load(path: Path) -> Any:
    from openpyxl import load_workbook

    from hallbar_desktop.services.input_files import check_regular_file, read_by_content

    check_regular_file(path, ImportFileError)
    check_zip(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise ImportFileError(f"{path.name} kan inte läsas som Excel-arbetsbok ({type(exc).__name__}).") from exc
    read_by_content(wb)
    return wb


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
        raise ValidationError(f"{what} «{_text(v)}» är inget tal.") from None


def _with_parts(ind: Any, value: float | None, parts: dict[str, float | None]) -> ValueInput:
    return validated_input(ind, value=value, numerator=parts["numerator"], denominator=parts["denominator"],
                           women=parts["women"], men=parts["men"], other=parts["other"])


def _entry(ind: Any, raw: dict[str, object]) -> ValueInput:
    kind = IndicatorKind(ind.kind)
    value = raw.get("value")
    parts = {k: _number(raw.get(k), n) for k, n in
             (("numerator", "Täljaren"), ("denominator", "Nämnaren"), ("women", "Kvinnor"), ("men", "Män"),
              ("other", "Annat"))}
    if isinstance(value, int | float) and not isinstance(value, bool):
        if kind is IndicatorKind.MILESTONE:
            return validated_input(ind, text=_text(value))
        if isinstance(value, int) and not -1e300 < value < 1e300:  # float() would overflow
            raise ValidationError(f"Värdet {str(value)[:12]}… är för stort.")
        return _with_parts(ind, float(value), parts)
    text = _text(value)
    if text == "" and parts["numerator"] is not None and parts["denominator"] is not None:
        return _with_parts(ind, None, parts)
    if kind is not IndicatorKind.MILESTONE:
        try:
            return _with_parts(ind, _number(text, "Värdet"), parts)
        except ValidationError:
            pass
    entry = validated_input(ind, text=text)
    if any(v is not None for v in parts.values()):
        return _with_parts(ind, entry.value, {k: (v if v is not None else getattr(entry, k))
                                              for k, v in parts.items()})
    return entry


def _show(snap: dict[str, object] | None) -> str:
    if not snap:
        return ""
    return ", ".join(f"{k}={v}" for k, v in snap.items())


def preview_import(session: Session, path: Path) -> ImportPreview:
    """Read the workbook and say, row by row, what an import would do. Writes nothing."""
    path = Path(path)
    wb = _load(path)
    try:
        from hallbar_desktop.reporting.excel_template import read_identity

        ident = read_identity(wb)
        if ident is not None:
            return _preview_template(session, path, wb, ident)
        if "Data" in wb.sheetnames:
            return _preview_data(session, path, wb)
        raise ImportFileError(
            f"{path.name} är varken en inmatningsmall eller en rapport från Hållbar Desktop. "
            "Skapa en mall med «Exportera mall» och fyll i den.")
    except (HallbarError, DomainError):
        raise
    except (ValueError, OverflowError, TypeError, KeyError, IndexError, zipfile.BadZipFile, EOFError,
            SyntaxError) as exc:
        # openpyxl reads a read-only sheet lazily, so a damaged cell (<v>NaN</v> in a number
        # cell, a cut-off XML part) surfaces only here, as whatever its parser raises.
        raise ImportFileError(
            f"{path.name} är skadad och kan inte läsas ({type(exc).__name__}). Inget importerades; "
            "exportera en ny mall och fyll i den."
        ) from exc
    finally:
        wb.close()


def _stored(session: Session, preview: ImportPreview, ind: Any, quarter: Quarter) -> Measurement | None:
    """The stored value, read once per indicator: a Data sheet has one row per quarter and a
    query per row made previews of large files slow."""
    cache = preview._stored.get(ind.id)
    if cache is None:
        rows = session.scalars(select(Measurement).where(Measurement.indicator_id == ind.id))
        cache = preview._stored[ind.id] = {m.quarter: m for m in rows}
    return cache.get(str(quarter))


def _plan(session: Session, preview: ImportPreview, project: Any, excel_row: int, code: str,
          quarter: Quarter, raw: dict[str, object]) -> None:
    comment_raw = raw.get("comment")
    comment = None if comment_raw is None else _text(comment_raw) if not isinstance(comment_raw, str) \
        else comment_raw.strip()
    try:
        ind = preview._indicators.get(code)
        if ind is None:
            ind = preview._indicators[code] = get_indicator(session, project, code)
        check_writable(session, ind, quarter, lock=False)
        entry = _entry(ind, raw)
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
    if status != "unchanged":
        try:
            check_writable(session, ind, quarter)  # an approved quarter is locked for real changes
        except (HallbarError, DomainError) as exc:
            preview.rows.append(RowResult(excel_row, code, str(quarter), "error", reason=str(exc)))
            return
    preview.rows.append(RowResult(excel_row, code, str(quarter), status, _show(old), _show(new)))
    if status != "unchanged":
        preview._planned.append((ind, quarter, entry, comment if comment is not None else None))


def _preview_template(session: Session, path: Path, wb: Any, ident: dict[str, str]) -> ImportPreview:
    from hallbar_desktop.reporting.excel_template import COLUMNS, HEADER_ROW, INPUT_SHEET

    try:
        project = get_project(session, ident.get("project", ""))
    except NotFound:
        raise ImportFileError(f"{path.name} är en mall för projektet «{ident.get('project')}», "
                              "som inte finns i det här registret.") from None
    if str(project.id) != ident.get("project_id"):
        raise ImportFileError(f"{path.name} är gjord från ett annat register (projekt {project.code}).")
    quarter = Quarter.parse(ident["quarter"])
    preview = ImportPreview(path.name, project.code)
    ws = wb[INPUT_SHEET]
    for r, cells in enumerate(ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True), start=HEADER_ROW + 1):
        cells = tuple(cells) + (None,) * (len(COLUMNS) - len(cells))
        code = _text(cells[COLUMNS["code"] - 1])
        raw = {k: cells[c - 1] for k, c in COLUMNS.items()
               if k in ("value", "numerator", "denominator", "women", "men", "other", "comment")}
        if not code or all(_text(v) == "" for v in raw.values()):
            continue
        _plan(session, preview, project, r, code, quarter, raw)
    return preview


def _preview_data(session: Session, path: Path, wb: Any) -> ImportPreview:
    from hallbar_desktop.reporting.excel_report import DATA_HEADERS

    ws = wb["Data"]
    rows = ws.iter_rows(values_only=True)
    header = [_text(h) for h in next(rows, ())]
    if header[: len(DATA_HEADERS)] != DATA_HEADERS:
        raise ImportFileError(f"Bladet Data i {path.name} har inte rubrikerna från Hållbar Desktop.")
    keys = {"Värde": "value", "Täljare": "numerator", "Nämnare": "denominator", "Kvinnor": "women",
            "Män": "men", "Annat/ej angivet": "other", "Kommentar": "comment"}
    preview: ImportPreview | None = None
    project = None
    for r, cells in enumerate(rows, start=2):
        row = dict(zip(header, cells, strict=False))
        code = _text(row.get("Indikatorkod"))
        if not code:
            continue
        pcode = _text(row.get("Projekt"))
        if project is None:
            try:
                project = get_project(session, pcode)
            except NotFound:
                raise ImportFileError(f"{path.name} gäller projektet «{pcode}», som inte finns i registret.") from None
            preview = ImportPreview(path.name, project.code)
        assert preview is not None
        if pcode.lower() != project.code.lower():
            preview.rows.append(RowResult(r, code, "", "error", reason=f"Annat projekt ({pcode})."))
            continue
        try:
            q = Quarter.parse(_text(row.get("Kvartal")))
        except DomainError as exc:
            preview.rows.append(RowResult(r, code, "", "error", reason=str(exc)))
            continue
        _plan(session, preview, project, r, code, q, {k: row.get(h) for h, k in keys.items()})
    if preview is None:
        raise ImportFileError(f"Bladet Data i {path.name} har inga värden.")
    return preview


def apply_import(session: Session, path: Path, actor_user: str | None = None) -> ImportPreview:
    """Import all rows or none; raises ValidationError listing the errors when any row has one."""
    path = Path(path)
    preview = preview_import(session, path)
    if preview.errors:
        lines = "; ".join(f"rad {e.row} ({e.code}): {e.reason}" for e in preview.errors[:10])
        raise ValidationError(f"Inget importerades från {path.name}: {len(preview.errors)} rader har fel – {lines}")
    actor = Actor(actor_user, "import", path.name) if actor_user else Actor.here("import", path.name)
    from hallbar_desktop.services.measurements import KEEP

    with session.no_autoflush:  # record_value flushes each change itself
        for ind, quarter, entry, comment in preview._planned:
            record_value(session, ind, quarter, entry, actor, comment=KEEP if comment is None else comment)
    return preview
