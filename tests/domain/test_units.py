"""Units: a decimal quantity with its unit, amounts in kr, tkr or mkr, shown as declared."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.errors import DomainError, InvalidValue
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.units import checked_unit
from hallbar_desktop.domain.values import parse_value_text
from hallbar_desktop.services.formatting import format_value

NBSP = "\u00a0"


@pytest.mark.parametrize("typed", ["152,4", "152.4", "152,4 ton CO2e", " 152,40 "])
def test_a_quantity_takes_decimals(typed: str) -> None:
    assert parse_value_text(IndicatorKind.QUANTITY, typed, unit="ton CO2e").value == pytest.approx(152.4)


def test_a_count_still_refuses_decimals_and_a_quantity_refuses_a_negative() -> None:
    with pytest.raises(InvalidValue, match="heltal"):
        parse_value_text(IndicatorKind.COUNT, "152,4")
    with pytest.raises(InvalidValue, match="negativ"):
        parse_value_text(IndicatorKind.QUANTITY, "-3", unit="MWh")


@pytest.mark.parametrize(("typed", "stored"), [
    ("250", 250), ("1,5 mkr", 1500), ("500 000 kr", 500), ("2 500 tkr", 2500), ("1 234,5", 1234.5)])
def test_an_amount_is_stored_in_its_declared_unit(typed: str, stored: float) -> None:
    assert parse_value_text(IndicatorKind.AMOUNT, typed, unit="tkr").value == pytest.approx(stored)


def test_an_amount_in_kronor_reads_scaled_input_as_before() -> None:
    assert parse_value_text(IndicatorKind.AMOUNT, "1,5 mkr", unit="kr").value == 1_500_000
    assert parse_value_text(IndicatorKind.AMOUNT, "500 tkr").value == 500_000


@pytest.mark.parametrize(("kind", "value", "unit", "shown"), [
    (IndicatorKind.AMOUNT, 1500, "tkr", f"1{NBSP}500{NBSP}tkr"),
    (IndicatorKind.AMOUNT, 2.25, "mkr", f"2,25{NBSP}mkr"),
    (IndicatorKind.AMOUNT, 1234567, "kr", f"1{NBSP}234{NBSP}567{NBSP}kr"),
    (IndicatorKind.AMOUNT, 1234567, "", f"1{NBSP}234{NBSP}567{NBSP}kr"),
    (IndicatorKind.QUANTITY, 152.4, "ton CO2e", f"152,4{NBSP}ton CO2e"),
    (IndicatorKind.COUNT, 9, "kommuner", f"9{NBSP}kommuner"),
    (IndicatorKind.PERCENT, 85, "%", f"85{NBSP}%"),
])
def test_a_value_is_shown_with_its_declared_unit(kind: IndicatorKind, value: float, unit: str, shown: str) -> None:
    assert format_value(kind, value, unit=unit) == shown


def test_the_compact_form_keeps_the_scale_of_an_amount() -> None:
    assert format_value(IndicatorKind.AMOUNT, 1500, unit="tkr", compact=True) == f"1{NBSP}500{NBSP}tkr"
    assert format_value(IndicatorKind.QUANTITY, 152.4, unit="MWh", compact=True) == "152,4"


@pytest.mark.parametrize(("kind", "unit", "stored"), [
    (IndicatorKind.AMOUNT, "", "kr"), (IndicatorKind.AMOUNT, "TKR", "tkr"), (IndicatorKind.AMOUNT, "Mkr", "mkr"),
    (IndicatorKind.AMOUNT, "kronor", "kr"), (IndicatorKind.PERCENT, "", "%"), (IndicatorKind.PERCENT, "procent", "%"),
    (IndicatorKind.QUANTITY, " ton CO2e ", "ton CO2e"), (IndicatorKind.COUNT, "kommuner", "kommuner"),
    (IndicatorKind.MILESTONE, "", ""),
])
def test_units_are_checked_and_written_one_way(kind: IndicatorKind, unit: str, stored: str) -> None:
    assert checked_unit(kind, unit) == stored


@pytest.mark.parametrize(("kind", "unit", "words"), [
    (IndicatorKind.AMOUNT, "EUR", "kr, tkr eller mkr"),
    (IndicatorKind.QUANTITY, "", "enhet"),
    (IndicatorKind.PERCENT, "timmar", "%"),
])
def test_a_unit_that_does_not_fit_the_kind_is_refused(kind: IndicatorKind, unit: str, words: str) -> None:
    with pytest.raises(DomainError, match=words):
        checked_unit(kind, unit)
