"""Importing costs from an accounting export: the shapes Swedish finance systems write, a
mapping step the first time, all rows or none, unknown accounts refused by row, the file's name
in the audit trail."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services import economy as eco
from hallbar_desktop.services import steering
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.cost_import import (
    CostImportError,
    CostImportRefused,
    ImportMapping,
    apply_cost_import,
    guess_columns,
    mapping_from_dict,
    preview_cost_import,
    read_export,
    read_mapping_file,
)
from hallbar_desktop.services.economy import ColumnMapping
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
ME = Actor("test", "window")
Q = Quarter.parse
C = CostCategory
NBSP = "\u00a0"

RAINDANCE = (
    "Huvudbok per projekt;Region Testlän;;;;\n"
    "Utskriven 2022-07-04;;;;;\n"
    "\n"
    "Bokf.datum;Konto;Kontonamn;Aktivitet;Verifikationstext;Belopp\n"
    "2022-01-31;5111;Månadslön;A1;Lön januari projektledare;42 000,00\n"
    "2022-01-31;5411;Arbetsgivaravgifter;A1;PO-pålägg januari;13 196,40\n"
    f"2022-02-14;7310;Resor;A2;Tåg Östersund–Stockholm;1{NBSP}845,00\n"
    "2022-03-03;7410;Konsulttjänster;A2;Processledning workshop;36 250,00\n"
    "2022-03-20;7310;Resor;A2;Kreditering hotell;-450,00\n"
    "2022-04-12;7610;Konferens;A1;Lokal och fika, dialogmöte;4 380,50\n"
    ";;;;Summa;97 221,90\n"
)
MAPPING = """
[columns]
date = "Bokf.datum"
account = "Konto"
amount = "Belopp"
activity = "Aktivitet"
text = "Verifikationstext"

[accounts]
"51*" = "personnel"
"54*" = "Personal"
"7310" = "Resor och logi"
"74*" = "external_services"
"76*" = "other"
"""


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
    return register


def checksum(reg: Register) -> str:
    digest = hashlib.sha256()
    with reg.engine.connect() as conn:
        for name in sorted(sa.inspect(reg.engine).get_table_names()):
            digest.update(repr((name, conn.execute(sa.text(f'SELECT * FROM "{name}" ORDER BY 1')).all())).encode())
    return digest.hexdigest()


def write(tmp_path: Path, name: str, text: str, encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def mapping(tmp_path: Path, text: str = MAPPING) -> ImportMapping:
    path = tmp_path / "kontoplan.toml"
    path.write_text(text, encoding="utf-8")
    return read_mapping_file(path)


def costs(reg: Register) -> dict[tuple[str, str], float]:
    with reg.reading() as s:
        grid = eco.cost_grid(s, "TEST")
    return {(str(q), c.value): cell.amount for (q, c), cell in grid.cells.items()
            if cell.amount is not None and not cell.computed}


# --- reading ------------------------------------------------------------------------------
def test_a_raindance_export_in_windows_1252_with_a_title_and_a_sum_row(tmp_path: Path) -> None:
    table = read_export(write(tmp_path, "huvudbok.csv", RAINDANCE))
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1252", ";", 4)
    assert table.headers == ("Bokf.datum", "Konto", "Kontonamn", "Aktivitet", "Verifikationstext", "Belopp")
    assert table.rows[0] == (5, ("2022-01-31", "5111", "Månadslön", "A1", "Lön januari projektledare", "42 000,00"))
    assert len(table.rows) == 7  # six transactions and the sum row; the empty line is dropped


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolons_tabs_and_every_encoding_read_the_same(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = RAINDANCE.replace(";", delimiter)
    table = read_export(write(tmp_path, "export.txt", text, encoding))
    assert table.delimiter == delimiter
    assert table.headers[2] == "Kontonamn" and table.rows[0][1][2] == "Månadslön"
    assert table.rows[2][1][5] == f"1{NBSP}845,00"


def test_the_columns_of_common_exports_are_guessed() -> None:
    assert guess_columns(("Bokf.datum", "Konto", "Kontonamn", "Aktivitet", "Verifikationstext", "Belopp")) == \
        ColumnMapping(date="Bokf.datum", account="Konto", amount="Belopp", activity="Aktivitet",
                      text="Verifikationstext")
    # Visma: debit and credit instead of an amount
    assert guess_columns(("Verdatum", "Kontonr", "Benämning", "Projekt", "Debet", "Kredit")) == \
        ColumnMapping(date="Verdatum", account="Kontonr", debit="Debet", credit="Kredit", activity="Projekt",
                      text="Benämning")
    # Agresso: the period and the kostnadsslag written out
    guessed = guess_columns(("Period", "Kostnadsslag", "Konto (T)", "Belopp SEK"))
    assert guessed.date == "Period" and guessed.category == "Kostnadsslag" and guessed.amount == "Belopp SEK"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "tom"),
    (b"\x00\x01\x02binary\x00", "ingen textfil"),
    (b"bara en rad utan kolumner\n", "inga kolumner"),
    (b"PK\x03\x04 inte en riktig zip", "ingen Excel-arbetsbok"),
])
def test_files_that_are_no_export_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "fel.csv"
    path.write_bytes(content)
    with pytest.raises(CostImportError, match=message):
        read_export(path)


def test_an_old_xls_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "huvudbok.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(CostImportError, match=r"äldre Excel-fil \(.xls\). Spara den som .xlsx eller CSV"):
        read_export(path)


# --- the mapping step and the preview -----------------------------------------------------
def test_the_first_import_needs_the_columns_confirmed_and_writes_nothing(small: Register, tmp_path: Path) -> None:
    path = write(tmp_path, "huvudbok.csv", RAINDANCE)
    before = checksum(small)
    with small.reading() as s:
        preview = preview_cost_import(s, "TEST", path)
    assert preview.needs_columns and not preview.ok
    assert preview.columns.date == "Bokf.datum" and preview.columns.amount == "Belopp"
    with pytest.raises(CostImportRefused, match="Första importen för TEST: bekräfta"), small.transaction() as s:
        apply_cost_import(s, "TEST", path, ME)
    assert checksum(small) == before


def test_unknown_accounts_are_refused_naming_the_row_and_nothing_is_written(small: Register, tmp_path: Path) -> None:
    path = write(tmp_path, "huvudbok.csv", RAINDANCE)
    partial = mapping(tmp_path, MAPPING.replace('"76*" = "other"\n', ""))
    before = checksum(small)
    with small.reading() as s:
        preview = preview_cost_import(s, "TEST", path, mapping=partial)
    assert [str(p) for p in preview.errors] == [
        'Rad 10: kontot 7610 har inget kostnadsslag. Ange det i mappningsfilen under [accounts] (t.ex. "7610" = '
        '"other") eller i programmet.']
    assert [str(p) for p in preview.skipped] == ["Rad 11: ingen transaktion (varken datum eller konto): «Summa»"]
    with pytest.raises(CostImportRefused, match="Inget importerades från huvudbok.csv: Rad 10: kontot 7610"), \
            small.transaction() as s:
        apply_cost_import(s, "TEST", path, ME, mapping=partial)
    assert checksum(small) == before  # all or nothing: the five good rows are not written either


def test_the_import_sums_per_quarter_and_category_and_audits_the_file(small: Register, tmp_path: Path) -> None:
    path = write(tmp_path, "huvudbok.csv", RAINDANCE)
    with small.transaction() as s:
        eco.set_cost(s, "TEST", "2022Q1", "travel", 999, ME)  # typed earlier: replaced by the file's sum
        eco.set_cost(s, "TEST", "2022Q1", "in_kind", 5000, ME)  # not in the file: left alone
        preview = preview_cost_import(s, "TEST", path, mapping=mapping(tmp_path))
        assert preview.ok and preview.total == 97_221.9
        assert [(c.describe_sv(), c.status, c.rows) for c in preview.changes] == [
            (f"2022 kv 1  Personal: – → 55{NBSP}196{NBSP}kr", "new", 2),
            (f"2022 kv 1  Externa tjänster: – → 36{NBSP}250{NBSP}kr", "new", 1),
            (f"2022 kv 1  Resor och logi: 999{NBSP}kr → 1{NBSP}395{NBSP}kr", "changed", 2),
            (f"2022 kv 2  Övriga kostnader: – → 4{NBSP}381{NBSP}kr", "new", 1),
        ]
        result = apply_cost_import(s, "TEST", path, ME, mapping=mapping(tmp_path), expected=preview)
        assert result.written == 4 and result.columns_remembered and result.accounts_remembered == 5
    assert costs(small) == {("2022Q1", "personnel"): 55_196.4, ("2022Q1", "external_services"): 36_250.0,
                            ("2022Q1", "travel"): 1_395.0, ("2022Q1", "in_kind"): 5_000.0,
                            ("2022Q2", "other"): 4_380.5}
    with small.reading() as s:
        trail = project_history(s, get_project(s, "TEST").id, ("cost_import", "import_columns", "account_mapping"))
        lines = eco.cost_lines(s, "TEST", "2022Q1", "travel")
        grid = eco.cost_grid(s, "TEST")
    imports = [e for e in trail if e["action"] == "cost_import"]
    assert {(e["source"], e["source_detail"]) for e in trail} == {("import", "huvudbok.csv")}
    assert imports[2]["old"] == {"category": "travel", "amount": 999.0, "source": "typed"}
    assert imports[2]["new"] == {"category": "travel", "amount": 1395.0, "source": "import", "file": "huvudbok.csv",
                                 "rows": 2}
    assert [(x["row"], x["date"], x["account"], x["activity"], x["amount"]) for x in lines] == [
        (7, date(2022, 2, 14), "7310", "A2", 1845.0), (9, date(2022, 3, 20), "7310", "A2", -450.0)]
    cell = grid.cell(Q("2022Q1"), C.TRAVEL)
    assert (cell.source, cell.source_detail) == ("import", "huvudbok.csv")
    assert grid.cell(Q("2022Q1"), C.INDIRECT).amount == round(55_196.4 * 0.15, 2)


def test_the_mapping_is_remembered_and_the_same_file_again_changes_nothing(small: Register, tmp_path: Path) -> None:
    path = write(tmp_path, "huvudbok.csv", RAINDANCE)
    with small.transaction() as s:
        apply_cost_import(s, "TEST", path, ME, mapping=mapping(tmp_path))
    before = costs(small)
    with small.transaction() as s:  # no mapping file this time: the project's own is used
        preview = preview_cost_import(s, "TEST", path)
        assert preview.columns_from == "stored" and preview.ok
        assert {c.status for c in preview.changes} == {"unchanged"}
        assert apply_cost_import(s, "TEST", path, ME).written == 0
        settings = eco.economy_settings(s, "TEST")
    assert costs(small) == before
    assert settings.columns.text == "Verifikationstext" and settings.accounts["74*"] is C.EXTERNAL_SERVICES


def test_a_corrected_export_replaces_its_quarters(small: Register, tmp_path: Path) -> None:
    with small.transaction() as s:
        apply_cost_import(s, "TEST", write(tmp_path, "huvudbok.csv", RAINDANCE), ME, mapping=mapping(tmp_path))
    corrected = RAINDANCE.replace("36 250,00", "30 000,00")
    with small.transaction() as s:
        preview = preview_cost_import(s, "TEST", write(tmp_path, "huvudbok-rättad.csv", corrected))
        assert [(c.category, c.status) for c in preview.changes if c.status != "unchanged"] == [
            (C.EXTERNAL_SERVICES, "changed")]
        apply_cost_import(s, "TEST", tmp_path / "huvudbok-rättad.csv", ME)
    assert costs(small)[("2022Q1", "external_services")] == 30_000


@pytest.mark.parametrize(("row", "message"), [
    ("2023-01-15;5111;Lön;A1;Lön;1 000,00", "utanför projektperioden (2021 kv 1 – 2022 kv 4)"),
    ("15 mars;5111;Lön;A1;Lön;1 000,00", "«15 mars» är inget datum"),
    ("2022-01-31;5111;Lön;A1;Lön;tusen", "beloppet: «tusen» är inte ett tal"),
    ("2022-01-31;5111;Lön;A1;Lön;", "beloppet saknas"),
    ("2022-01-31;;Lön;A1;Lön;5,00", "kontot saknas"),
])
def test_bad_rows_refuse_the_file_naming_the_row(small: Register, tmp_path: Path, row: str, message: str) -> None:
    text = RAINDANCE.replace(";;;;Summa;97 221,90\n", row + "\n")
    path = write(tmp_path, "huvudbok.csv", text)
    before = checksum(small)
    with small.reading() as s:
        preview = preview_cost_import(s, "TEST", path, mapping=mapping(tmp_path))
    assert len(preview.errors) == 1 and preview.errors[0].row == 11 and message in str(preview.errors[0])
    with pytest.raises(CostImportRefused), small.transaction() as s:
        apply_cost_import(s, "TEST", path, ME, mapping=mapping(tmp_path))
    assert checksum(small) == before


def test_an_approved_quarter_still_takes_its_costs(small: Register, tmp_path: Path) -> None:
    """Accounts are closed after the meeting that approved the quarter's values."""
    with small.transaction() as s:
        steering.save_meeting(s, "TEST", steering.MeetingFields(date(2022, 5, 2), Q("2022Q1")), ME)
        steering.approve_quarter(s, "TEST", "2022Q1", date(2022, 5, 2), ME)
    with small.transaction() as s:
        apply_cost_import(s, "TEST", write(tmp_path, "huvudbok.csv", RAINDANCE), ME, mapping=mapping(tmp_path))
    assert costs(small)[("2022Q1", "personnel")] == 55_196.4


def test_debit_and_credit_columns_and_a_category_column(small: Register, tmp_path: Path) -> None:
    visma = ("Verdatum\tKontonr\tBenämning\tKostnadsslag\tDebet\tKredit\n"
             "20220115\t4010\tKonsult\tExterna tjänster\t10 000,00\t\n"
             "20220120\t4010\tKreditnota\tExterna tjänster\t\t2 500,00\n"
             "2022-02-01\t5800\tResa\tResor\t700\t\n")
    path = write(tmp_path, "visma.txt", visma, "utf-8-sig")
    columns = ColumnMapping(date="Verdatum", account="Kontonr", debit="Debet", credit="Kredit",
                            category="Kostnadsslag", text="Benämning")
    with small.transaction() as s:
        result = apply_cost_import(s, "TEST", path, ME, columns=columns)
        assert result.columns_remembered
    assert costs(small) == {("2022Q1", "external_services"): 7_500.0, ("2022Q1", "travel"): 700.0}


def test_an_xlsx_export_with_real_dates_and_numbers(small: Register, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Resultatrapport projekt 4711"])
    ws.append([])
    ws.append(["Datum", "Konto", "Text", "Belopp"])
    ws.append([datetime(2021, 4, 30), 5111, "Lön april", 41_500.5])
    ws.append([datetime(2021, 5, 31), "5411", "PO", "13 040,20"])
    ws.append([44347, 7310, "Resa (datum som serienummer)", 1200])  # 2021-05-31
    ws.append([None, None, "Summa", 55_740.7])
    path = tmp_path / "agresso.xlsx"
    wb.save(path)
    with small.transaction() as s:
        preview = preview_cost_import(s, "TEST", path, mapping=mapping(tmp_path, MAPPING.split("[accounts]")[1]
                                                                             .join(["[accounts]", ""])))
        assert preview.needs_columns  # the accounts alone do not confirm the columns
        cols = ColumnMapping(date="Datum", account="Konto", amount="Belopp", text="Text")
        apply_cost_import(s, "TEST", path, ME, mapping=mapping(tmp_path), columns=cols)
    assert costs(small) == {("2021Q2", "personnel"): 54_540.7, ("2021Q2", "travel"): 1_200.0}


def test_a_stored_column_missing_from_the_file_is_named(small: Register, tmp_path: Path) -> None:
    with small.transaction() as s:
        apply_cost_import(s, "TEST", write(tmp_path, "huvudbok.csv", RAINDANCE), ME, mapping=mapping(tmp_path))
    other = RAINDANCE.replace("Bokf.datum", "Datum")
    with small.reading() as s:
        preview = preview_cost_import(s, "TEST", write(tmp_path, "ny.csv", other))
    assert preview.errors[0].message.startswith("Kolumnen «Bokf.datum» (datum) finns inte i filen. Kolumner i filen: "
                                                "«Datum», «Konto»")


@pytest.mark.parametrize(("data", "message"), [
    ({"columns": {"datum": "x"}}, "okända nycklar datum"),
    ({"accounts": {"9999": "indirect"}}, "räknas ut som schablon"),
    ({"accounts": {"9999": "fika"}}, "Kostnadsslaget «fika» finns inte"),
    ({"accounts": {"5*1": "personnel"}}, "stjärna får bara stå sist"),
    ({"konton": {}}, "okända avsnitt konton"),
])
def test_bad_mapping_files_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(CostImportError, match=message):
        mapping_from_dict(data, "kontoplan.toml")
