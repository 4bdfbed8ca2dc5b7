"""Arkiv → Importera kostnader: the accounting export of the finance system into the selected project.

1. The file (CSV or text as Swedish finance systems write it, or xlsx) is read once
   (``cost_import.read_export``); a file that is no export is refused with the reason.
2. The first time for a project the columns must be confirmed: each role (date, account, amount or
   debit and credit, activity, text, category) gets a header of the file, pre-filled with the
   guess (``guess_columns``). Later imports use the columns remembered for the project; they can
   be changed.
3. The preview (``preview_cost_import``): accounts without a cost category are listed once each,
   with the rows booked on them, and get one chosen in the dialog; then every error, naming its
   row, and per quarter and category before → after. Import is possible only when nothing is
   wrong; the columns and accounts confirmed are remembered for the project.
4. Importera: all rows or none, in one transaction (``plan_operations.import_costs`` through the
   window's state), with the file's name in the audit trail.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.economy import TYPED_CATEGORIES
from hallbar_desktop.domain.numbers import format_amount
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.cost_import import (
    CostImportPreview,
    ExportTable,
    ImportMapping,
    guess_columns,
    preview_cost_import,
    read_export,
    unmapped_accounts,
)
from hallbar_desktop.services.economy import ColumnMapping
from hallbar_desktop.ui.plan import data, words
from hallbar_desktop.ui.plan.models import PreviewLine, PreviewModel, UnmappedAccountsModel
from hallbar_desktop.ui.plan.widgets import compact_rows, fit_on_screen

if TYPE_CHECKING:
    from hallbar_desktop.services.cost_import import CostImportResult
    from hallbar_desktop.ui.window.state import RegisterState

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "background: #fff4e5; color: #7f1d1d; border: 1px solid #b71c1c; padding: 4px;"
OK_STYLE = "background: #e8f5e9; color: #1b5e20; border: 1px solid #2e7d32; padding: 4px;"
#: The end of the core's message about an unmapped account (``cost_import.preview_cost_import``).
_MAPPING_FILE_HINT = re.compile(r"\. Ange det i mappningsfilen under \[accounts\] \(t\.ex\. [^)]*\) eller i programmet")
#: The roles in the order the columns step asks for them; the first three are needed.
ROLES = ("date", "account", "amount", "debit", "credit", "activity", "text", "category")


def choose_export_file(parent: QWidget | None) -> Path | None:
    """The file dialog: exports from the finance systems, CSV and text, Excel."""
    from hallbar_desktop.ui import file_dialogs

    chosen = file_dialogs.open_file_name(
        parent, file_dialogs.COSTS, QCoreApplication.translate("CostImportDialog", "Importera kostnader"),
        QCoreApplication.translate("CostImportDialog", "Export från ekonomisystemet (*.csv *.txt *.tsv *.skv *.xlsx);;"
                                   "CSV och text (*.csv *.txt *.tsv *.skv);;Excel (*.xlsx);;Alla filer (*)"))
    return Path(chosen) if chosen else None


class CategoryDelegate(QStyledItemDelegate):
    """A cost category chosen from a list (the typed ones: indirect costs are computed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.setAccessibleName(self.tr("Kostnadsslag för kontot"))
        box.addItem(self.tr("välj …"), "")
        for category in TYPED_CATEGORIES:
            box.addItem(words.category(category), category.value)
        box.activated.connect(lambda _i, box=box: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            i = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CostImportDialog(QDialog):
    COLUMNS_PAGE, PREVIEW_PAGE = 0, 1

    def __init__(self, state: RegisterState, code: str, path: Path, table: ExportTable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.code = code
        self.path = path
        self.table = table
        self.result_value: CostImportResult | None = None
        self.preview: CostImportPreview | None = None
        settings = data.economy_settings(state, code)
        self._stored_accounts = dict(settings.accounts)
        #: The columns confirmed in the columns step (None: the ones remembered for the project).
        self.columns: ColumnMapping | None = None
        first_time = settings.columns.empty
        start = guess_columns(table.headers) if first_time else settings.columns
        self.setWindowTitle(self.tr("Importera kostnader till {code} – {file}").format(code=code, file=path.name))
        self.setSizeGripEnabled(True)

        # --- the columns ------------------------------------------------------------------------
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.role_boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        names = {"date": self.tr("&Datum:"), "account": self.tr("&Konto:"), "amount": self.tr("&Belopp:"),
                 "debit": self.tr("D&ebet:"), "credit": self.tr("K&redit:"), "activity": self.tr("&Aktivitet:"),
                 "text": self.tr("&Text:"), "category": self.tr("Kostnads&slag:")}
        for role in ROLES:
            box = QComboBox()
            box.addItem(self.tr("(ingen)"), "")
            for header in table.headers:
                if header:
                    box.addItem(header, header)
            i = box.findData(getattr(start, role))
            box.setCurrentIndex(max(0, i))
            box.setAccessibleName(names[role].replace("&", "").rstrip(":"))
            label = QLabel(names[role])
            label.setBuddy(box)
            form.addRow(label, box)
            self.role_boxes[role] = box
        help_text = QLabel(self.tr("Datum, konto och belopp behövs (eller debet och kredit i stället för belopp, "
                                   "eller kostnadsslag i stället för konto). Aktivitet kopplar kostnaderna till "
                                   "aktivitetsplanen."))
        help_text.setWordWrap(True)
        self.sample = QTableWidget()
        self.sample.setAccessibleName(self.tr("Filens första rader"))
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.sample)
        self._fill_sample()
        self.next_button = QPushButton(self.tr("&Nästa: förhandsgranska"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.confirm_columns)
        cancel1 = QPushButton(self.tr("Avbryt"))
        cancel1.clicked.connect(self.reject)
        columns_page = QWidget()
        cl = QVBoxLayout(columns_page)
        cl.addWidget(self.intro)
        columns_row = QHBoxLayout()
        columns_row.addLayout(form, 2)
        columns_row.addWidget(help_text, 1, Qt.AlignmentFlag.AlignTop)
        cl.addLayout(columns_row)
        sample_label = QLabel(self.tr("Filens första rader:"))
        cl.addWidget(sample_label)
        cl.addWidget(self.sample, 1)
        b1 = QHBoxLayout()
        b1.addStretch(1)
        b1.addWidget(cancel1)
        b1.addWidget(self.next_button)
        cl.addLayout(b1)

        # --- the preview ------------------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.accounts_label = QLabel(self.tr("Konton &utan kostnadsslag – välj ett för varje (det sparas för "
                                             "projektet):"))
        self.accounts_label.setWordWrap(True)
        self.accounts_model = UnmappedAccountsModel(self)
        self.accounts = QTableView()
        self.accounts.setModel(self.accounts_model)
        self.accounts.setAccessibleName(self.tr("Konton utan kostnadsslag"))
        self.accounts.setItemDelegateForColumn(3, CategoryDelegate(self.accounts))
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.accounts.setMaximumHeight(170)
        self.accounts_label.setBuddy(self.accounts)
        self.accounts_model.dataChanged.connect(lambda *_: self.refresh_preview())
        self.preview_model = PreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("Förhandsgranskning"))
        self.preview_table.verticalHeader().hide()
        compact_rows(self.preview_table)
        self.preview_table.setWordWrap(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        preview_label = QLabel(self.tr("&Förhandsgranskning – fel först, sedan före → efter per kvartal och "
                                       "kostnadsslag:"))
        preview_label.setWordWrap(True)
        preview_label.setBuddy(self.preview_table)
        self.columns_button = QPushButton(self.tr("Ändra &kolumner…"))
        self.columns_button.clicked.connect(self.show_columns)
        self.import_button = QPushButton(self.tr("&Importera"))
        self.import_button.clicked.connect(self.apply)
        cancel2 = QPushButton(self.tr("Avbryt"))
        cancel2.clicked.connect(self.reject)
        for button in (self.columns_button, self.import_button, cancel2, cancel1, self.next_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        preview_page = QWidget()
        pl = QVBoxLayout(preview_page)
        pl.addWidget(self.summary)
        pl.addWidget(self.accounts_label)
        pl.addWidget(self.accounts)
        pl.addWidget(preview_label)
        pl.addWidget(self.preview_table, 1)
        b2 = QHBoxLayout()
        b2.addWidget(self.columns_button)
        b2.addStretch(1)
        b2.addWidget(cancel2)
        b2.addWidget(self.import_button)
        pl.addLayout(b2)

        self.stack = QStackedWidget()
        self.stack.addWidget(columns_page)
        self.stack.addWidget(preview_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        fmt = read_format(table)
        if first_time:
            self.intro.setText(self.tr("Första importen för {code}: ange vilka kolumner i {file} som är vad. "
                                       "Förslaget bygger på rubrikerna ({format}, rubrikrad {row}). Kolumnerna sparas "
                                       "för projektet.").format(code=code, file=path.name, format=fmt,
                                                                row=table.header_row))
            self.stack.setCurrentIndex(self.COLUMNS_PAGE)
        else:
            self.intro.setText(self.tr("Kolumnerna i {file} ({format}, rubrikrad {row}). De sparade för {code} är "
                                       "förvalda.").format(code=code, file=path.name, format=fmt,
                                                           row=table.header_row))
            self.stack.setCurrentIndex(self.PREVIEW_PAGE)
            self.refresh_preview()
        fit_on_screen(self, 900, 640)

    def _fill_sample(self) -> None:
        headers = [h for h in self.table.headers]
        rows = self.table.rows[:6]
        self.sample.setColumnCount(len(headers) + 1)
        self.sample.setHorizontalHeaderLabels([self.tr("Rad"), *headers])
        self.sample.setRowCount(len(rows))
        for r, (number, cells) in enumerate(rows):
            self.sample.setItem(r, 0, QTableWidgetItem(str(number)))
            for c in range(len(headers)):
                value = cells[c] if c < len(cells) else ""
                self.sample.setItem(r, c + 1, QTableWidgetItem("" if value is None else str(value)))
        self.sample.verticalHeader().hide()
        self.sample.resizeColumnsToContents()

    # --- the columns ----------------------------------------------------------------------------
    def show_columns(self) -> None:
        self.stack.setCurrentIndex(self.COLUMNS_PAGE)

    def chosen_columns(self) -> ColumnMapping:
        return ColumnMapping(**{role: str(box.currentData() or "") for role, box in self.role_boxes.items()})

    def confirm_columns(self) -> bool:
        """The columns as chosen: to the preview, or a message saying what is missing."""
        columns = self.chosen_columns()
        if not columns.complete:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Kolumnerna räcker inte: ange datum, belopp (eller debet och kredit) och konto (eller kostnadsslag)."))
            return False
        used = [v for v in columns.as_dict().values()]
        if len(used) != len(set(used)):
            QMessageBox.warning(self, self.windowTitle(), self.tr("En kolumn kan bara ha en roll."))
            return False
        self.columns = columns
        self.stack.setCurrentIndex(self.PREVIEW_PAGE)
        self.refresh_preview()
        return True

    # --- the preview ----------------------------------------------------------------------------
    def _mapping(self) -> ImportMapping:
        return ImportMapping(None, self.accounts_model.chosen(), self.tr("importdialogen"))

    def refresh_preview(self) -> CostImportPreview | None:
        """What importing would change, with the columns and accounts chosen now (writes nothing)."""
        columns = self.columns or self._stored_or_guessed()
        # The accounts the project does not map yet: listed once, in the file's order, whatever is
        # chosen for them now (the list does not move while the user goes down it).
        unknown = unmapped_accounts(self.table, columns, self._stored_accounts)
        if [u.account for u in unknown] != self.accounts_model.accounts():
            self._show_accounts(unknown)
        try:
            with self.state.register.reading() as session:
                preview = preview_cost_import(session, self.code, self.path, mapping=self._mapping(),
                                              columns=self.columns, table=self.table)
        except USER_ERRORS as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(ERROR_STYLE)
            self.import_button.setEnabled(False)
            return None
        self.preview = preview
        self._show_preview(preview)
        return preview

    def _stored_or_guessed(self) -> ColumnMapping:
        stored = data.economy_settings(self.state, self.code).columns
        return stored if not stored.empty else guess_columns(self.table.headers)

    def _show_accounts(self, unknown: Any) -> None:
        rows = [(u.account, u.example, u.rows) for u in unknown]
        for account in set(self.accounts_model.chosen()) - {u.account for u in unknown}:
            self.accounts_model.choose(account, None)  # not in the file read with these columns
        self.accounts_model.set_accounts(rows)
        for r in range(self.accounts_model.rowCount()):
            self.accounts.openPersistentEditor(self.accounts_model.index(r, 3))
        self.accounts.resizeColumnsToContents()
        shown = bool(rows)
        self.accounts.setVisible(shown)
        self.accounts_label.setVisible(shown)

    def _show_preview(self, preview: CostImportPreview) -> None:
        lines = [PreviewLine("error", e.row, self._in_window(e.message), 0) for e in preview.errors]
        if preview.needs_columns:
            lines.insert(0, PreviewLine("error", 0, self.tr("Bekräfta kolumnerna först (Ändra kolumner…)."), 0))
        lines += [PreviewLine(c.status, 0, c.describe_sv(), c.rows) for c in preview.changes]
        self.preview_model.set_lines(lines)
        self.preview_table.resizeColumnsToContents()
        counts = {k: len(preview.of(k)) for k in ("new", "changed", "unchanged")}
        text = self.tr("{file}: {format}, {n} transaktioner, summa {total}. {new} nya, {changed} ändrade, "
                       "{same} oförändrade kvartalsbelopp; {errors} fel.").format(
            file=preview.file_name, format=preview.describe_format_sv(), n=len(preview.lines),
            total=format_amount(preview.total), new=counts["new"], changed=counts["changed"],
            same=counts["unchanged"], errors=len(preview.errors))
        if preview.skipped:
            text += " " + self.tr("{n} rader är inga transaktioner (t.ex. summarader) och hoppas över.").format(
                n=len(preview.skipped))
        something = counts["new"] + counts["changed"] > 0 or bool(preview.accounts_to_remember) or \
            (self.columns is not None and self.columns != data.economy_settings(self.state, self.code).columns)
        ok = preview.ok and something
        if preview.ok and not something:
            text += " " + self.tr("Filen ändrar inget: den är redan importerad.")
        elif not preview.ok:
            text += " " + self.tr("Inget importeras förrän felen är rättade.")
        self.summary.setText(text)
        self.summary.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.import_button.setEnabled(ok and not self.state.register.read_only)

    def _in_window(self, message: str) -> str:
        """The core's message for the command line says where to map an account (a mapping file);
        here it is chosen in the list above."""
        return _MAPPING_FILE_HINT.sub(self.tr(" – välj ett kostnadsslag för kontot i listan ovan"), message)

    # --- importing ------------------------------------------------------------------------------
    def apply(self) -> CostImportResult | None:
        """All rows or none, in one transaction; the dialog closes when it is done."""
        from hallbar_desktop.services import plan_operations

        preview = self.refresh_preview()
        if preview is None or not self.import_button.isEnabled():
            return None
        try:
            result = self.state.perform(partial(
                plan_operations.import_costs, project_code=self.code, path=self.path, actor=Actor.here("window"),
                mapping=self._mapping(), columns=self.columns, expected=preview))
        except USER_ERRORS as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet(ERROR_STYLE)
            self.refresh_preview()
            return None
        self.result_value = result
        self.accept()
        return result


def read_format(table: ExportTable) -> str:
    """How the file was read, in the core's words (semikolonseparerad text, Windows-1252)."""
    if not table.delimiter:
        return "Excel-arbetsbok"
    from hallbar_desktop.services.cost_import import DELIMITER_NAMES

    enc = {"utf-8-sig": "UTF-8 med BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16",
           "latin-1": "Latin-1"}.get(table.encoding, table.encoding)
    return f"{DELIMITER_NAMES[table.delimiter]}separerad text, {enc}"


def open_cost_import(parent: QWidget | None, state: RegisterState, code: str,
                     path: Path | None = None) -> CostImportDialog | None:
    """Choose the file (unless given) and read it; the dialog that takes the user through the
    columns, the accounts and the preview, or None (cancelled, or a file that is no export)."""
    if path is None:
        path = choose_export_file(parent)
        if path is None:
            return None
    try:
        table = read_export(Path(path))
    except USER_ERRORS as exc:
        if parent is not None:
            QMessageBox.warning(parent, QCoreApplication.translate("CostImportDialog", "Importen gick inte"), str(exc))
        return None
    return CostImportDialog(state, code, Path(path), table, parent)


def import_costs(parent: QWidget | None, state: RegisterState, code: str,
                 path: Path | None = None) -> CostImportResult | None:
    """Arkiv → Importera kostnader: the file, the dialog, and what was imported (None: nothing)."""
    dialog = open_cost_import(parent, state, code, path)
    if dialog is None:
        return None
    dialog.exec()
    return dialog.result_value
