"""Editing the register from the window: dialogs validate, reorder and archive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.kinds import Direction, IndicatorKind
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import Settings
from hallbar_desktop.ui.structure_dialogs import IndicatorDialog
from tests.ui.conftest import select

FAILURES: list[BaseException] = []


def _with_dialog(window: MainWindow, fill: Callable[[Any], None]) -> None:
    """Run ``fill`` on the dialog once its event loop runs (the dialog is modal). A failing
    check closes the dialog, so the test fails instead of waiting for a click forever."""
    def run() -> None:
        dialog = window.structure.dialog
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test through FAILURES
            FAILURES.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def _raise_failures() -> None:
    if FAILURES:
        exc = FAILURES.pop()
        FAILURES.clear()
        raise exc


def test_new_indicator_is_validated_then_created(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "2.4")
    errors: list[str] = []

    def fill(d: IndicatorDialog) -> None:
        assert d.area.currentData() == 2  # the focus area of the selection
        d.code.setText("2.4")  # taken
        d.name.setText("Företag som fått hållbarhetsrådgivning")
        d.kind.setCurrentIndex(d.kind.findData(IndicatorKind.COUNT))
        d.target.setText("40")
        d.target_quarter.setText("2022 kv 4")
        d.accept()
        errors.append(d.error.text())
        d.code.setText("2.5")
        d.intermediate.setText("2021Q4=10; 2022Q2=25")
        d.accept()

    _with_dialog(window, fill)
    ok = window.structure.new_indicator()
    _raise_failures()
    assert ok
    assert "används redan" in errors[0]
    assert window.current_indicator() == ("RJL", "2.5")
    assert window.details.values["intermediate"].text() == "10 (2021 kv 4); 25 (2022 kv 2)"
    assert window.grid_model.rows()[-1].indicator.code == "2.5"


def test_a_target_against_the_direction_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "3.1")
    messages: list[str] = []

    def fill(d: IndicatorDialog) -> None:
        d.baseline.setText("50")
        d.target.setText("20")  # lower than the baseline, but "higher is better"
        d.accept()
        messages.append(d.error.text())
        d.reject()

    _with_dialog(window, fill)
    ok = window.structure.edit_indicator()
    _raise_failures()
    assert not ok
    assert "lägre än utgångsvärdet" in messages[0]


def test_edit_project_and_focus_area(qtbot: QtBot, window: MainWindow) -> None:
    window.show_project("RJL")

    def rename(d: Any) -> None:
        d.name.setText(d.name.text() + " (rev.)")
        d.accept()

    _with_dialog(window, rename)
    ok = window.structure.edit_project()
    _raise_failures()
    assert ok
    assert window.project_box.currentText().endswith("(rev.)")
    select(window, "RJL", "1.2")
    _with_dialog(window, rename)
    ok = window.structure.edit_focus_area()
    _raise_failures()
    assert ok
    assert window.navigator_model.find(("RJL", 1)).data().endswith("(rev.)")


def test_reorder_and_remove_from_the_navigator(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "RJL", "1.3")
    assert window.structure.move_selected(-1)
    area = window.navigator_model.find(("RJL", 1))
    codes = [window.navigator_model.index(r, 0, area).data(window.navigator_model.KeyRole)[1]
             for r in range(window.navigator_model.rowCount(area))]
    assert codes[:3] == ["1.1", "1.3", "1.2"]
    assert window.navigator.currentIndex().data(window.navigator_model.KeyRole) == ("RJL", "1.3")
    # It has values: archived, not deleted; gone from the navigator and the grid.
    assert window.structure.remove_selected(confirm=False) == "archived"
    assert not window.navigator_model.find(("RJL", "1.3")).isValid()
    assert "Arkiverad" in window.statusBar().currentMessage()


def test_a_new_project_in_an_empty_register(qtbot: QtBot, register: Register, settings: Settings) -> None:
    window = MainWindow(register, settings)
    qtbot.addWidget(window)

    def fill(d: Any) -> None:
        d.code.setText("NY")
        d.name.setText("Nytt projekt för omställning")
        d.start.setText("2023Q1")
        d.end.setText("2023")  # not a quarter
        d.accept()
        assert d.error.text()
        d.end.setText("2025 kv 4")
        d.accept()

    _with_dialog(window, fill)
    ok = window.structure.new_project()
    _raise_failures()
    assert ok
    assert window.stack.currentWidget() is not window.empty_state
    assert window.current_project_code() == "NY"
    window.close()


def test_the_indicator_dialog_offers_a_decimal_quantity_with_its_unit(qtbot: QtBot, register: Register) -> None:
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.lookup import get_indicator, get_project, indicator_info
    from hallbar_desktop.services.projects import (
        FocusAreaFields,
        ProjectFields,
        create_focus_area,
        create_indicator,
        create_project,
    )

    with register.transaction() as s:
        create_project(s, ProjectFields(code="Q", name="Klimat", start=Quarter(2021, 1), end=Quarter(2022, 4)))
        area = create_focus_area(s, "Q", FocusAreaFields(1, "Utsläpp"))
    dialog = IndicatorDialog([area])
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert IndicatorKind.QUANTITY in kinds
    dialog.kind.setCurrentIndex(dialog.kind.findData(IndicatorKind.QUANTITY))
    assert "ton CO2e" in dialog.unit.placeholderText()
    dialog.code.setText("1.1")
    dialog.name.setText("Utsläpp från tjänsteresor")
    dialog.unit.setText("ton CO2e")
    dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LOWER))
    dialog.baseline.setText("412,5")
    dialog.baseline_quarter.setText("2021Q1")
    dialog.target.setText("300,25")
    dialog.target_quarter.setText("2022Q4")
    with register.transaction() as s:
        create_indicator(s, "Q", dialog.fields())
    with register.reading() as s:
        info = indicator_info(get_indicator(s, get_project(s, "Q"), "1.1"))
    assert (info.kind, info.unit, info.baseline, info.target) == (IndicatorKind.QUANTITY, "ton CO2e", 412.5, 300.25)
    dialog.unit.clear()
    with pytest.raises(Exception, match="enhet"), register.transaction() as s:
        create_indicator(s, "Q", replace(dialog.fields(), code="1.2"))


def test_a_form_saved_after_someone_elses_save_stays_open_with_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 20: another window saves the project (and then the focus area) while the form is open;
    OK is refused with what holds now, the form keeps the typed text, nothing is written."""
    from hallbar_desktop.services import operations
    from hallbar_desktop.services.lookup import get_project, project_info
    from hallbar_desktop.services.projects import FocusAreaFields
    from tests.services.test_form_versions import project_fields

    register = window.state.register
    window.show_project("RJL")
    seen: dict[str, Any] = {}

    def meanwhile_project() -> None:
        with register.transaction() as s:
            p = project_info(get_project(s, "RJL"))
            operations.update_project(s, "RJL", project_fields(p, project_leader="Bo Berg"))

    def meanwhile_area() -> None:
        with register.transaction() as s:
            operations.update_focus_area(s, "RJL", 1, FocusAreaFields(1, "Bos namn", ""))

    def edit(meanwhile: Callable[[], None]) -> Callable[[Any], None]:
        def fill(d: Any) -> None:
            d.name.setText("Annas namn")
            meanwhile()
            d.accept()
            seen.update(visible=d.isVisible(), name=d.name.text(), error=d.error.text())
        return fill

    _with_dialog(window, edit(meanwhile_project))
    ok = window.structure.edit_project()
    _raise_failures()
    assert not ok
    assert seen["visible"] and seen["name"] == "Annas namn"
    assert "projektledare «Bo Berg»" in seen["error"] and "sparades inte" in seen["error"], seen["error"]
    with register.reading() as s:
        assert project_info(get_project(s, "RJL")).name != "Annas namn"
    # Opened again, the form shows what holds now and saves.
    _with_dialog(window, edit(lambda: None))
    assert window.structure.edit_project()
    _raise_failures()
    shown = window.project_box.currentText()
    assert shown.startswith("RJL") and shown.endswith("Annas namn")

    select(window, "RJL", "1.2")
    _with_dialog(window, edit(meanwhile_area))
    assert not window.structure.edit_focus_area()
    _raise_failures()
    assert seen["visible"] and seen["name"] == "Annas namn" and "«Bos namn»" in seen["error"], seen["error"]


def test_an_indicator_form_saved_after_another_windows_save_stays_open(qtbot: QtBot, window: MainWindow) -> None:
    """On a register file too: the form is filled from the indicator as stored when it opens."""
    from hallbar_desktop.services import operations
    from hallbar_desktop.services.lookup import get_indicator, get_project, indicator_info

    register = window.state.register
    select(window, "RJL", "3.1")
    seen: dict[str, Any] = {}

    def fill(d: IndicatorDialog) -> None:
        d.name.setText("Annas namn")
        with register.transaction() as s:  # another window saves the indicator meanwhile
            info = indicator_info(get_indicator(s, get_project(s, "RJL"), "3.1"))
            fields = d.fields()
            operations.update_indicator(s, "RJL", "3.1", replace(fields, name=info.name, responsible="Bo Berg"))
        d.accept()
        seen.update(visible=d.isVisible(), name=d.name.text(), error=d.error.text())

    _with_dialog(window, fill)
    assert not window.structure.edit_indicator()
    _raise_failures()
    assert seen["visible"] and seen["name"] == "Annas namn"
    assert "ansvarig «Bo Berg»" in seen["error"] and "sparades inte" in seen["error"], seen["error"]
