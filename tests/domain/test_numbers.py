"""Numbers read and written the Swedish way."""

from __future__ import annotations

import math

import pytest

from hallbar_desktop.domain.errors import InvalidValue
from hallbar_desktop.domain.numbers import format_amount, format_number, format_percent, parse_number

NBSP = "\u00a0"
NNBSP = "\u202f"
MINUS = "\u2212"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("85 %", 85.0),
        ("85%", 85.0),
        ("1 234,5", 1234.5),
        (f"1{NBSP}234,5", 1234.5),
        (f"1{NNBSP}234", 1234.0),
        ("1 234 567", 1234567.0),
        ("-5", -5.0),
        (f"{MINUS}5", -5.0),
        ("+3", 3.0),
        ("  7 ", 7.0),
        ("0,5", 0.5),
        (",5", 0.5),
        ("1.234", 1.234),  # a dot is a decimal sign, never a thousands separator
        ("10 000 000 000 000", 1e13),
    ],
)
def test_swedish_numbers_are_read(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_minus_zero_is_zero() -> None:
    value = parse_number("-0")
    assert value == 0 and math.copysign(1.0, value) == 1.0


@pytest.mark.parametrize(
    "text",
    ["", "  ", "tolv", "abc", "nan", "NaN", "inf", "-inf", "1e400", "1e5", "1,2,3", "1,234.5", "12 5", "1 23,5", "%"],
)
def test_non_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_number(text)


def test_a_word_gets_an_example_of_what_to_write() -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_number("abc")
    assert str(caught.value) == "«abc» är inte ett tal. Skriv till exempel 12,5."


def test_empty_text_asks_for_a_number() -> None:
    with pytest.raises(InvalidValue, match="Inget värde angivet"):
        parse_number("   ")


def test_english_thousands_are_refused_with_a_hint() -> None:
    with pytest.raises(InvalidValue, match="decimaler med komma och tusental med mellanslag"):
        parse_number("1,234.5")


@pytest.mark.parametrize("text", ["10 000 000 000 001", "99999999999999", f"{MINUS}20 000 000 000 000"])
def test_absurdly_large_numbers_are_refused(text: str) -> None:
    with pytest.raises(InvalidValue, match="för stort"):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (1234.5, None, f"1{NBSP}234,5"),
        (12.0, None, "12"),
        (12, None, "12"),
        (0.0, None, "0"),
        (-3.25, None, f"{MINUS}3,25"),
        (0.333333, None, "0,33"),
        (2.5, None, "2,5"),
        (2.675, None, "2,68"),  # half up, as in Excel, not half-even on a binary float
        (1234567.0, None, f"1{NBSP}234{NBSP}567"),
        (-1234567.891, None, f"{MINUS}1{NBSP}234{NBSP}567,89"),
        (-0.001, None, "0"),  # rounds to zero: no lonely minus sign
        (12.0, 1, "12,0"),
        (0.25, 1, "0,3"),
        (1234.5678, 2, f"1{NBSP}234,57"),
        (999.5, 0, f"1{NBSP}000"),
    ],
)
def test_swedish_formatting(value: float, decimals: int | None, text: str) -> None:
    assert format_number(value, decimals) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(85, f"85{NBSP}%"), (85.0, f"85{NBSP}%"), (8.333, f"8,3{NBSP}%"), (99.95, f"100{NBSP}%"), (0, f"0{NBSP}%")],
)
def test_percent_formatting(value: float, text: str) -> None:
    assert format_percent(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(1234567, f"1{NBSP}234{NBSP}567{NBSP}kr"), (1500.5, f"1{NBSP}501{NBSP}kr"), (0, f"0{NBSP}kr")],
)
def test_amount_formatting(value: float, text: str) -> None:
    assert format_amount(value) == text


def test_formatting_nan_is_a_bug_not_a_display_value() -> None:
    with pytest.raises(ValueError):
        format_number(float("nan"))
