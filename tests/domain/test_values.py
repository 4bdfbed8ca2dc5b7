"""One quarter's value: what a user may type per kind, and the rules it must follow."""

from __future__ import annotations

from datetime import date

import pytest

from hallbar_desktop.domain.errors import InvalidValue
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.values import ValueInput, parse_value_text, validate_value

PERCENT, COUNT, AMOUNT, MILESTONE = (
    IndicatorKind.PERCENT,
    IndicatorKind.COUNT,
    IndicatorKind.AMOUNT,
    IndicatorKind.MILESTONE,
)

# --- what people type ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "numerator", "denominator"),
    [
        ("85", 85.0, None, None),
        ("85 %", 85.0, None, None),
        ("85,5%", 85.5, None, None),
        ("0", 0.0, None, None),
        ("100 %", 100.0, None, None),
        ("34/40", 85.0, 34.0, 40.0),
        ("34 / 40", 85.0, 34.0, 40.0),
        ("34 av 40", 85.0, 34.0, 40.0),
        ("34 AV 40", 85.0, 34.0, 40.0),
        ("34 av 40 MSEK", 85.0, 34.0, 40.0),
        ("34 mkr av 40 mkr", 85.0, 34.0, 40.0),
        ("13 av 13", 100.0, 13.0, 13.0),
    ],
)
def test_percent_forms(text: str, value: float, numerator: float | None, denominator: float | None) -> None:
    v = parse_value_text(PERCENT, text)
    assert (v.value, v.numerator, v.denominator) == (value, numerator, denominator)


def test_percent_from_a_fraction_keeps_full_precision() -> None:
    assert parse_value_text(PERCENT, "1 av 3").value == pytest.approx(33.333333, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("120", "mellan 0 och 100 %, inte 120 %"),
        ("120 %", "mellan 0 och 100"),
        ("-5", "mellan 0 och 100"),
        ("34/30", "Täljaren kan inte vara större än nämnaren \\(34 av 30\\)"),
        ("3/0", "Nämnaren måste vara större än 0"),
        ("-1/4", "Täljaren kan inte vara negativ"),
        ("34 kr av 40 mkr", "olika enheter"),
        ("mycket", "inte ett tal"),
        ("nan", "inte ett tal"),
    ],
)
def test_percent_refusals(text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        parse_value_text(PERCENT, text)


@pytest.mark.parametrize(("text", "value"), [("12", 12.0), ("0", 0.0), ("1 234", 1234.0), ("12 st", 12.0)])
def test_count_forms(text: str, value: float) -> None:
    assert parse_value_text(COUNT, text).value == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2,5", "heltal \\(ett antal\\), inte 2,5"),
        ("-1", "kan inte vara negativt"),
        ("nan", "inte ett tal"),
        ("inf", "inte ett tal"),
        ("1e400", "inte ett tal"),
        ("tolv", "inte ett tal"),
        ("", "Inget värde angivet"),
    ],
)
def test_count_refusals(text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        parse_value_text(COUNT, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 500 000", 1_500_000.0),
        ("1 500 000 kr", 1_500_000.0),
        ("1500000kr", 1_500_000.0),
        ("1 500 000 SEK", 1_500_000.0),
        ("1,5 mkr", 1_500_000.0),
        ("1,5 MSEK", 1_500_000.0),
        ("2 msek", 2_000_000.0),
        ("1,1 mkr", 1_100_000.0),  # exactly, not 1100000.0000000002
        ("500 tkr", 500_000.0),
        ("12 345,50 kr", 12_345.5),
        ("0,5", 0.5),
    ],
)
def test_amount_forms(text: str, value: float) -> None:
    assert parse_value_text(AMOUNT, text).value == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-100", "Ett belopp kan inte vara negativt"),
        ("inf", "inte ett tal"),
        ("1e400", "inte ett tal"),
        ("mycket kr", "inte ett tal"),
    ],
)
def test_amount_refusals(text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        parse_value_text(AMOUNT, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ja", 1.0),
        ("JA", 1.0),
        ("uppnådd", 1.0),
        ("Uppnådd", 1.0),
        ("uppnått", 1.0),
        ("klar", 1.0),
        ("x", 1.0),
        (" X ", 1.0),
        ("1", 1.0),
        ("yes", 1.0),
        ("reached", 1.0),
        ("Done", 1.0),
        ("nej", 0.0),
        ("Nej", 0.0),
        ("ej uppnådd", 0.0),
        ("inte uppnådd", 0.0),
        ("INTE  UPPNÅDD", 0.0),
        ("0", 0.0),
        ("no", 0.0),
    ],
)
def test_milestone_words(text: str, value: float) -> None:
    v = parse_value_text(MILESTONE, text)
    assert v.value == value
    assert v.reached_on is None


def test_milestone_date_means_reached_that_day() -> None:
    v = parse_value_text(MILESTONE, "2021-05-12")
    assert v == ValueInput(value=1.0, reached_on=date(2021, 5, 12))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("kanske", "går inte att läsa för en milstolpe"),
        ("2021-02-30", "inget giltigt datum"),
        ("2", "går inte att läsa för en milstolpe"),
    ],
)
def test_milestone_refusals(text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words):
        parse_value_text(MILESTONE, text)


# --- the rules ----------------------------------------------------------------------------


def test_nothing_given_asks_for_a_value() -> None:
    with pytest.raises(InvalidValue) as caught:
        validate_value(COUNT)
    assert str(caught.value) == "Ange ett värde."


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf"), 1e400, 2e13])
def test_numbers_must_be_finite(bad: float) -> None:
    with pytest.raises(InvalidValue, match="Värdet"):
        validate_value(AMOUNT, value=bad)


def test_a_boolean_is_not_a_number() -> None:
    with pytest.raises(InvalidValue, match="måste vara ett tal"):
        validate_value(COUNT, value=True)


@pytest.mark.parametrize(("value", "ok"), [(0.0, True), (100.0, True), (100.01, False), (-0.01, False)])
def test_percent_between_0_and_100(value: float, ok: bool) -> None:
    if ok:
        assert validate_value(PERCENT, value=value).value == value
    else:
        with pytest.raises(InvalidValue, match="mellan 0 och 100"):
            validate_value(PERCENT, value=value)


def test_fraction_without_a_value_gives_the_value() -> None:
    v = validate_value(PERCENT, numerator=34, denominator=40)
    assert (v.value, v.numerator, v.denominator) == (85.0, 34.0, 40.0)


def test_fraction_and_typed_value_must_agree() -> None:
    assert validate_value(PERCENT, value=85, numerator=34, denominator=40).value == 85.0
    # 33,3 typed next to 1 of 3 is a rounded copy: the fraction's exact share is kept.
    assert validate_value(PERCENT, value=33.3, numerator=1, denominator=3).value == pytest.approx(100 / 3)
    with pytest.raises(InvalidValue, match="86 % stämmer inte med 34 av 40 \\(85 %\\)"):
        validate_value(PERCENT, value=86, numerator=34, denominator=40)


@pytest.mark.parametrize(("numerator", "denominator"), [(34.0, None), (None, 40.0)])
def test_numerator_and_denominator_come_together(numerator: float | None, denominator: float | None) -> None:
    with pytest.raises(InvalidValue, match="både täljare och nämnare"):
        validate_value(PERCENT, numerator=numerator, denominator=denominator)


def test_fractions_only_for_shares() -> None:
    with pytest.raises(InvalidValue, match="bara för andelar"):
        validate_value(COUNT, numerator=3, denominator=4)


def test_numerator_larger_than_denominator() -> None:
    with pytest.raises(InvalidValue, match="Täljaren kan inte vara större än nämnaren"):
        validate_value(PERCENT, numerator=41, denominator=40)


def test_count_is_a_whole_number_at_least_zero() -> None:
    assert validate_value(COUNT, value=0).value == 0
    assert validate_value(COUNT, value=12.0).value == 12
    with pytest.raises(InvalidValue, match="heltal"):
        validate_value(COUNT, value=2.5)
    with pytest.raises(InvalidValue, match="negativt"):
        validate_value(COUNT, value=-1)


def test_amount_may_have_decimals_but_is_not_negative() -> None:
    assert validate_value(AMOUNT, value=0.5).value == 0.5
    with pytest.raises(InvalidValue, match="negativt"):
        validate_value(AMOUNT, value=-0.5)


def test_milestone_is_zero_or_one() -> None:
    assert validate_value(MILESTONE, value=1).value == 1
    assert validate_value(MILESTONE, value=1).reached_on is None  # reached, date unknown: fine
    assert validate_value(MILESTONE, value=0).value == 0
    with pytest.raises(InvalidValue, match="antingen uppnådd"):
        validate_value(MILESTONE, value=0.5)


def test_reached_on_only_for_a_reached_milestone() -> None:
    assert validate_value(MILESTONE, value=1, reached_on=date(2021, 5, 12)).reached_on == date(2021, 5, 12)
    with pytest.raises(InvalidValue, match="kräver att milstolpen är uppnådd"):
        validate_value(MILESTONE, value=0, reached_on=date(2021, 5, 12))
    with pytest.raises(InvalidValue, match="bara milstolpar"):
        validate_value(PERCENT, value=50, reached_on=date(2021, 5, 12))


def test_parts_by_sex_sum_to_the_total() -> None:
    v = validate_value(COUNT, value=12, women=7, men=5, split_by_sex=True)
    assert (v.value, v.women, v.men, v.other) == (12, 7, 5, None)


def test_parts_by_sex_give_the_total_when_it_is_missing() -> None:
    assert validate_value(COUNT, women=7, men=5, other=1, split_by_sex=True).value == 13


def test_parts_that_do_not_add_up_name_the_sum_and_the_total() -> None:
    with pytest.raises(InvalidValue) as caught:
        validate_value(COUNT, value=12, women=7, men=3, other=1, split_by_sex=True)
    assert str(caught.value) == "Kvinnor + män + annat = 11, men totalen är 12."


def test_parts_only_when_the_indicator_is_split_by_sex() -> None:
    with pytest.raises(InvalidValue, match="inte uppdelad på kön"):
        validate_value(COUNT, value=12, women=7, men=5)


def test_parts_only_for_counts() -> None:
    with pytest.raises(InvalidValue, match="bara indikatorer som räknar antal"):
        validate_value(PERCENT, value=50, women=25, men=25, split_by_sex=True)


def test_each_part_is_a_whole_number_at_least_zero() -> None:
    with pytest.raises(InvalidValue, match="Antalet kvinnor måste vara ett heltal"):
        validate_value(COUNT, women=2.5, men=3, split_by_sex=True)
    with pytest.raises(InvalidValue, match="Antalet män kan inte vara negativt"):
        validate_value(COUNT, women=5, men=-1, split_by_sex=True)


def test_parse_passes_split_by_sex_through() -> None:
    assert parse_value_text(COUNT, "12", split_by_sex=True).value == 12
