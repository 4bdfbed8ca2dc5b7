"""The Ekonomi tab in the real window: the follow-up, typing, pasting and undoing costs, the budget,
the import of an accounting export and the payment request's two documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.economy import CostCategory
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import Light
from hallbar_desktop.paths import demo_dir
from hallbar_desktop.services.economy import CostGrid, budget_table, cost_grid, economy_settings
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.plan.economy_view import EconomyView
from hallbar_desktop.ui.plan.models import (
    AmountTableModel,
    FollowUpModel,
    PreviewLine,
    PreviewModel,
    UnmappedAccountsModel,
    budget_sheet,
    cost_sheet,
    financing_sheet,
    paid_in_sheet,
)

Q = Quarter.parse
PERSONNEL, TRAVEL = CostCategory.PERSONNEL, CostCategory.TRAVEL
EXPORT = demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"


def stored_costs(path: Path, project: str) -> CostGrid:
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return cost_grid(s, project)
    finally:
        reg.close()


def economy_tab(qtbot: QtBot, window: MainWindow, project: str) -> EconomyView:
    qtbot.waitUntil(lambda: window.state.orm_ready, timeout=20_000)
    window.show_project(project)
    window.plan.show_economy()
    view = window.plan.economy
    qtbot.waitUntil(lambda: view.code == project and view.follow_model.rowCount() == 8, timeout=10_000)
    return view


def cell(view: EconomyView, category: CostCategory, quarter: str) -> tuple[int, int]:
    where = view.cost_model.position(category, Q(quarter))
    assert where is not None
    return where


def type_cost(qtbot: QtBot, view: EconomyView, row: int, col: int, text: str,
              key: Qt.Key = Qt.Key.Key_Return) -> None:
    table = view.costs
    table.setFocus()
    table.setCurrentIndex(view.cost_model.index(row, col))
    qtbot.keyClicks(table, text[0])
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    if len(text) > 1:
        qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], key)
    qtbot.waitUntil(lambda: not table.viewport().findChildren(QLineEdit), timeout=10_000)


def follow_row(view: EconomyView, category: CostCategory | None) -> list[str]:
    r = view.follow_model.row_of(category)
    assert r is not None
    return [str(view.follow_model.index(r, c).data()) for c in range(view.follow_model.columnCount())]


# --- the models -----------------------------------------------------------------------------------
def test_every_economy_model_passes_the_model_tester(qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.services.economy_follow_up import economy_follow_up

    with demo.reading() as s:
        follow = economy_follow_up(s, "RJL", period="2022H1")
        grid = cost_grid(s, "RJL")
        table = budget_table(s, "RJL")
    follow_model = FollowUpModel()
    follow_model.set_follow_up(follow)
    qtmodeltester.check(follow_model)
    for sheet in (cost_sheet(grid), budget_sheet(table), financing_sheet(table),
                  paid_in_sheet(table, Q("2020Q1"), Q("2022Q4"))):
        model = AmountTableModel()
        model.save = lambda _r, _c, _t: None
        model.set_sheet(sheet)
        qtmodeltester.check(model)
    preview = PreviewModel()
    preview.set_lines([PreviewLine("error", 10, "kontot 7610 har inget kostnadsslag", 0),
                       PreviewLine("new", 0, "2022 kv 4  Personal: – → 162 961", 4)])
    qtmodeltester.check(preview)
    accounts = UnmappedAccountsModel()
    accounts.set_accounts([("7610", "Konferens", (10, 12)), ("6110", "Lokalhyra", (8,))])
    accounts.choose("7610", CostCategory.OTHER)
    qtmodeltester.check(accounts)
    assert accounts.chosen() == {"7610": CostCategory.OTHER}


def test_the_costs_sheet_marks_computed_costs_and_approved_quarters(demo) -> None:  # type: ignore[no-untyped-def]
    with demo.reading() as s:
        grid = cost_grid(s, "RJL")
    sheet = cost_sheet(grid)
    indirect = sheet.row_keys.index(CostCategory.INDIRECT)
    assert all(not c.editable and c.computed for c in sheet.cells[indirect])
    approved = [i for i, q in enumerate(grid.quarters) if grid.cell(q, PERSONNEL).approved]
    assert approved and sheet.marked_columns == frozenset(approved)
    assert sheet.column_labels[approved[0]].endswith("✓")
    assert sheet.cells[sheet.row_keys.index(PERSONNEL)][approved[0]].editable  # approved costs stay editable


# --- the tab in the window ------------------------------------------------------------------------
def test_the_economy_tab_follows_a_project_switch(qtbot: QtBot, window: MainWindow) -> None:
    view = economy_tab(qtbot, window, "RJL")
    assert follow_row(view, CostCategory.EXTERNAL_SERVICES)[FollowUpModel.STATUS].startswith("■ Röd")
    window.project_box.setCurrentIndex(window.project_box.findData("RJH"))
    qtbot.waitUntil(lambda: view.code == "RJH")
    assert view.follow_model.follow_up is not None and view.follow_model.follow_up.project_code == "RJH"
    assert follow_row(view, None)[FollowUpModel.STATUS] == "○ Grå"  # Jämtland's last quarter has no costs yet
    assert "Inga kostnader för 2022 kv 4 ännu" in view.checks.text()
    # Jönköping's numbers are gone from the costs grid: 2 485 000 is Jämtland's personnel to date.
    personnel = view.cost_model.position(PERSONNEL, "total")
    assert personnel is not None and view.cost_model.index(*personnel).data() == "2\u00a0485\u00a0000"


def test_a_typed_cost_is_saved_and_the_follow_up_shows_it_at_once(qtbot: QtBot, window: MainWindow,
                                                                  demo_path: Path) -> None:
    view = economy_tab(qtbot, window, "RJH")
    assert follow_row(view, PERSONNEL)[FollowUpModel.STATUS] == "○ Grå"
    row, col = cell(view, PERSONNEL, "2022Q4")
    type_cost(qtbot, view, row, col, "250 000,50")
    assert view.costs.currentIndex().row() == row + 1  # Enter moves down, as in Excel
    assert view.cost_model.index(row, col).data() == "250\u00a0000,5"
    assert follow_row(view, PERSONNEL)[FollowUpModel.STATUS] != "○ Grå"
    assert follow_row(view, PERSONNEL)[FollowUpModel.OUTCOME] == "2\u00a0735\u00a0001"  # 2 485 000 + 250 000,50
    indirect = cell(view, CostCategory.INDIRECT, "2022Q4")
    assert view.cost_model.index(*indirect).data() == "37\u00a0500,08"  # 15 % of it, computed
    assert "Sparat: Personal 2022 kv 4" in window.statusBar().currentMessage()
    assert stored_costs(demo_path, "RJH").amount(Q("2022Q4"), PERSONNEL) == 250000.5


def test_a_refused_amount_is_shown_at_its_cell_and_changes_nothing(qtbot: QtBot, window: MainWindow,
                                                                   demo_path: Path) -> None:
    view = economy_tab(qtbot, window, "RJL")
    before = stored_costs(demo_path, "RJL")
    row, col = cell(view, TRAVEL, "2022Q1")
    type_cost(qtbot, view, row, col, "tolv")
    assert view.costs.currentIndex().row() == row  # stays on the refused cell
    assert view.cell_popup.isVisible() and "Resor och logi 2022 kv 1" in view.cell_popup.text()
    assert stored_costs(demo_path, "RJL") == before
    # The computed row opens no editor at all.
    indirect = cell(view, CostCategory.INDIRECT, "2022Q1")
    view.costs.setCurrentIndex(view.cost_model.index(*indirect))
    qtbot.keyClicks(view.costs, "5")
    assert not view.costs.viewport().findChildren(QLineEdit)


def test_a_pasted_block_is_saved_whole_or_not_at_all_naming_the_refused_cell(qtbot: QtBot, window: MainWindow,
                                                                           demo_path: Path) -> None:
    view = economy_tab(qtbot, window, "RJL")
    before = stored_costs(demo_path, "RJL")
    row, col = cell(view, PERSONNEL, "2021Q1")
    view.costs.setCurrentIndex(view.cost_model.index(row, col))
    refused = view.paste("400 000\t410 000\n12 000\ttolv\n")
    assert refused is not None and refused.startswith("Externa tjänster 2021 kv 2:")
    assert stored_costs(demo_path, "RJL") == before
    assert view.cell_message.isVisible() and "Inget klistrades in" in view.cell_message.text()
    # The message stays in the legend's row (the costs table does not move) until it is closed.
    top = view.costs.mapTo(view, view.costs.rect().topLeft()).y()
    view.costs.setCurrentIndex(view.cost_model.index(row, col + 1))
    assert view.notes.message_shown() and view.costs.mapTo(view, view.costs.rect().topLeft()).y() == top
    view.notes.banner.close_button.click()
    assert not view.notes.message_shown() and view.legend.isVisible()
    view.costs.setCurrentIndex(view.cost_model.index(row, col))
    # Over the computed indirect costs: refused, naming that row.
    row5, col5 = cell(view, CostCategory.OTHER, "2021Q1")
    view.costs.setCurrentIndex(view.cost_model.index(row5, col5))
    refused = view.paste("1\n2\n")
    assert refused is not None and refused.startswith("Indirekta kostnader 2021 kv 1:")
    assert stored_costs(demo_path, "RJL") == before
    # A block that fits is saved whole, as one undo step.
    view.costs.setCurrentIndex(view.cost_model.index(row, col))
    assert view.paste("400 000\t410 000\n12 000\t13 000\n") is None
    after = stored_costs(demo_path, "RJL")
    assert after.amount(Q("2021Q2"), PERSONNEL) == 410000
    assert after.amount(Q("2021Q2"), CostCategory.EXTERNAL_SERVICES) == 13000
    assert window.undo_action.text().endswith("Klistra in 2 × 2 belopp")
    window.undo_action.trigger()
    assert stored_costs(demo_path, "RJL") == before
    assert view.cost_model.index(row, col).data() == view.cost_model.index(row, col).data()  # redrawn, no error
    assert "Ångrat: Klistra in 2 × 2 belopp" in window.statusBar().currentMessage()


def test_undo_and_redo_of_a_typed_cost(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    view = economy_tab(qtbot, window, "RJL")
    row, col = cell(view, TRAVEL, "2022Q2")
    old = view.cost_model.index(row, col).data()
    type_cost(qtbot, view, row, col, "9 999")
    assert view.cost_model.index(row, col).data() == "9\u00a0999"
    travel_outcome = follow_row(view, TRAVEL)[FollowUpModel.OUTCOME]
    window.undo_action.trigger()
    assert view.cost_model.index(row, col).data() == old
    assert follow_row(view, TRAVEL)[FollowUpModel.OUTCOME] != travel_outcome
    window.redo_action.trigger()
    assert view.cost_model.index(row, col).data() == "9\u00a0999"
    assert follow_row(view, TRAVEL)[FollowUpModel.OUTCOME] == travel_outcome
    assert stored_costs(demo_path, "RJL").amount(Q("2022Q2"), TRAVEL) == 9999
    # Delete clears the selection as one step, and undo puts it back.
    view.costs.setCurrentIndex(view.cost_model.index(row, col))
    view.clear_selection()
    assert stored_costs(demo_path, "RJL").cell(Q("2022Q2"), TRAVEL).amount is None
    window.undo_action.trigger()
    assert stored_costs(demo_path, "RJL").amount(Q("2022Q2"), TRAVEL) == 9999


def test_the_follow_up_for_a_chosen_period(qtbot: QtBot, window: MainWindow) -> None:
    view = economy_tab(qtbot, window, "RJL")
    assert view.period.currentData() == "2022Q4" and "(senaste)" in view.period.currentText()
    assert view.choose("2022H1")
    follow = view.follow_model.follow_up
    assert follow is not None and follow.period is not None and follow.period.code == "2022H1"
    assert follow.as_of == Q("2022Q2")
    # Premises spent ahead of time in 2022 H1 (the demo's red): the light of that period.
    assert view.light_of(CostCategory.INVESTMENTS) in (Light.RED, Light.YELLOW)
    assert follow_row(view, None)[FollowUpModel.PERIOD_BUDGET] != "–"  # the period's own budget


def test_the_budget_dialog_saves_amounts_and_settings_and_shows_the_checks(qtbot: QtBot, window: MainWindow,
                                                                           demo_path: Path) -> None:
    view = economy_tab(qtbot, window, "RJH")
    dialog = window.plan.open_budget()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "Tillväxtverkets andel är 50\u00a0%" in dialog.checks.text()
    model = dialog.budget_model
    where = model.position(TRAVEL, 2022)
    assert where is not None
    assert model.setData(model.index(*where), "500 000")
    assert "Budgeten" in dialog.checks.text() and "inte lika stora" in dialog.checks.text()
    assert "Budgeten" in view.checks.text()  # the economy tab follows at once
    indirect = model.position(CostCategory.INDIRECT, 2022)
    assert indirect is not None and not (model.flags(model.index(*indirect)) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(model.index(*where), "mycket")
    assert model.last_error is not None and "Budget för Resor och logi 2022" in model.last_error
    dialog.rate.setText("20 %")
    assert dialog.save_rate() is None
    dialog.cap.setText("120")
    assert dialog.save_cap() is not None and "mellan 0 och 100 %" in dialog.message.text()
    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            assert budget_table(s, "RJH").amount(TRAVEL, 2022) == 500000
            settings = economy_settings(s, "RJH")
            assert settings.indirect_rate == 0.2 and settings.funder_cap == 0.5
    finally:
        reg.close()
    assert "schablon 20\u00a0%" in view.checks.toolTip()
    dialog.close()


def test_the_funder_share_over_the_cap_is_a_warning(qtbot: QtBot, window: MainWindow) -> None:
    view = economy_tab(qtbot, window, "RJH")
    dialog = window.plan.open_budget()
    assert dialog is not None
    qtbot.addWidget(dialog)
    from hallbar_desktop.ui.plan import data

    funder = next(f.name for f in data.budget_table(window.state, "RJH").financiers if f.kind.value == "funder")
    where = dialog.financing_model.position(funder, 2022)
    assert where is not None
    assert dialog.financing_model.setData(dialog.financing_model.index(*where), "3 000 000")
    assert "Andelen är för hög" in view.checks.text() and "⚠" in view.checks.text()
    dialog.close()


# --- the import of costs --------------------------------------------------------------------------
def test_the_cost_import_dialog_first_time_maps_columns_and_accounts_and_imports_everything(
        qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    from hallbar_desktop.ui.plan.cost_import_dialog import CostImportDialog, open_cost_import

    view = economy_tab(qtbot, window, "RJL")  # Jönköping has no columns remembered: the first time
    export = Path(shutil.copy(EXPORT, tmp_path / EXPORT.name))
    before = stored_costs(demo_path, "RJL")
    dialog = open_cost_import(window, window.state, "RJL", export)
    assert isinstance(dialog, CostImportDialog)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == dialog.COLUMNS_PAGE and "Första importen för RJL" in dialog.intro.text()
    assert dialog.role_boxes["date"].currentData() == "Bokf.datum" and dialog.role_boxes["amount"].currentData() \
        == "Belopp"  # guessed from the headers
    assert dialog.confirm_columns()
    assert dialog.stack.currentIndex() == dialog.PREVIEW_PAGE
    preview = dialog.preview
    assert preview is not None and not preview.ok and not dialog.import_button.isEnabled()
    first_error = dialog.preview_model.lines()[0]
    assert first_error.kind == "error" and first_error.row == 6
    assert first_error.text == "kontot 5111 har inget kostnadsslag – välj ett kostnadsslag för kontot i listan ovan."
    accounts = dialog.accounts_model.accounts()
    assert accounts[:3] == ["5111", "5411", "7410"]
    categories = {"51": "personnel", "54": "personnel", "61": "investments", "65": "investments", "73": "travel",
                  "74": "external_services", "76": "other", "79": "other"}
    model = dialog.accounts_model
    for r, account in enumerate(accounts):
        assert model.setData(model.index(r, 3), categories[account[:2]])
    preview = dialog.preview
    assert preview is not None and preview.ok and dialog.import_button.isEnabled()
    first = dialog.preview_model.lines()[0]  # Jönköping has typed costs in 2022 kv 4: replaced by the file's
    assert first.kind == "changed" and first.text.startswith("2022 kv 4  Personal: ") and first.rows > 0
    assert stored_costs(demo_path, "RJL") == before  # nothing is written by a preview
    result = dialog.apply()
    assert result is not None and result.written == len(preview.changes) and result.columns_remembered
    after = stored_costs(demo_path, "RJL")
    assert after.cell(Q("2022Q4"), PERSONNEL).source == "import"
    assert after.cell(Q("2022Q4"), PERSONNEL).source_detail == EXPORT.name
    from hallbar_desktop.domain.numbers import format_number

    assert view.cost_model.index(*cell(view, PERSONNEL, "2022Q4")).data() == \
        format_number(after.amount(Q("2022Q4"), PERSONNEL))  # the tab shows the import at once
    assert view.cost_model.index(*cell(view, PERSONNEL, "2022Q4")).data(Qt.ItemDataRole.ToolTipRole) == \
        f"Importerat från {EXPORT.name}"
    # The audit trail names the file; the columns and accounts are remembered for the next time.
    from sqlalchemy import select

    from hallbar_desktop.services.lookup import get_project
    from hallbar_desktop.store.models import AuditEntry

    reg = open_register(demo_path)
    try:
        with reg.reading() as s:
            entries = s.scalars(select(AuditEntry).where(
                AuditEntry.project_id == get_project(s, "RJL").id,
                AuditEntry.action.in_(("cost_import", "import_columns", "account_mapping")))).all()
            assert {e.source_detail for e in entries} == {EXPORT.name}
            assert sum(e.action == "account_mapping" for e in entries) == len(accounts)
            assert economy_settings(s, "RJL").columns.date == "Bokf.datum"
    finally:
        reg.close()
    again = open_cost_import(window, window.state, "RJL", export)
    assert again is not None
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == again.PREVIEW_PAGE and not again.import_button.isEnabled()
    assert "redan importerad" in again.summary.text()


def test_a_file_that_is_no_export_is_refused_with_the_reason(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hallbar_desktop.ui.plan.cost_import_dialog import open_cost_import

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    empty = tmp_path / "tom.csv"
    empty.write_text("\n\n", encoding="utf-8")
    assert open_cost_import(window, window.state, "RJH", empty) is None
    assert shown and "tom" in shown[0]


def test_jamtlands_export_with_its_remembered_mapping_goes_straight_to_the_preview(
        qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path) -> None:
    from hallbar_desktop.ui.plan.cost_import_dialog import open_cost_import

    view = economy_tab(qtbot, window, "RJH")
    assert view.light_of(None) is Light.GREY
    dialog = open_cost_import(window, window.state, "RJH", Path(shutil.copy(EXPORT, tmp_path / EXPORT.name)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == dialog.PREVIEW_PAGE and dialog.import_button.isEnabled()
    assert not dialog.accounts.isVisible()
    assert dialog.apply() is not None
    assert view.light_of(None) is not Light.GREY  # Jämtland shows its colours once its last quarter is in
    assert stored_costs(demo_path, "RJH").reported(Q("2022Q4"))


# --- the documents of the payment request -----------------------------------------------------------
def test_the_lagesrapport_and_the_economy_report_are_written_and_read_back(qtbot: QtBot, window: MainWindow,
                                                                           tmp_path: Path) -> None:
    import docx
    import openpyxl

    economy_tab(qtbot, window, "RJL")
    written = window.plan.export_lagesrapport(tmp_path / "lägesrapport.docx", "2022H1")
    assert written == tmp_path / "lägesrapport.docx" and written.exists()
    document = docx.Document(str(written))
    texts = [p.text for p in document.paragraphs]
    assert "Lägesrapport 2022 halvår 1" in texts
    assert any(t.startswith("6") and "Ekonomi" in t for t in texts)
    assert "Sparat:" in window.statusBar().currentMessage()
    report = window.plan.export_economy_report(tmp_path / "ekonomi.xlsx", "2022H1")
    assert report is not None and report.exists()
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[:2] == ["Ekonomisk redovisning", "Transaktioner"]
    assert "2022 halvår 1" in str(wb["Ekonomisk redovisning"]["A1"].value)


def test_the_default_period_of_a_document_is_the_latest_ended_one(qtbot: QtBot, window: MainWindow) -> None:
    from hallbar_desktop.ui.plan import data
    from hallbar_desktop.ui.plan.plan_exports import PeriodDialog

    economy_tab(qtbot, window, "RJL")
    plan = data.activity_plan(window.state, "RJL")
    chosen = data.latest_ended_period(plan.periods, plan.as_of)
    assert chosen == "2022H2"
    dialog = PeriodDialog("x", plan.periods, chosen)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "2022H2" and dialog.period.currentText() == "2022 halvår 2"
