"""Validating one quarter's value for an indicator, by its kind.

The rules are those a funder would otherwise catch in a report: a share between 0 and 100,
whole counts, a numerator no larger than its denominator, parts by sex that add up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime

from hallbar_desktop.domain.errors import InvalidValue
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.numbers import MAX_ABS, format_number, parse_number
from hallbar_desktop.domain.units import AMOUNT_SCALE, amount_unit
from hallbar_desktop.texts import translate

FRACTION_TOLERANCE = 0.05  # percentage points: "85" typed next to 34 of 40 agrees, "86" does not
_FRACTION = re.compile(r"^(.+?)\s*(?:/|\bav\b|\bof\b)\s*(.+)$", re.IGNORECASE)
# Units people write after the parts of a fraction ("34 av 40 MSEK"); they cancel out.
_FRACTION_UNIT = re.compile(r"^(.*?)\s*(mkr|msek|tkr|ksek|kr|kronor|sek|st\.?)$", re.IGNORECASE)
_SCALED = re.compile(r"^(.*?)\s*(mkr|msek|miljoner kronor|miljoner|mnkr|tkr|ksek|tusen kronor)$", re.IGNORECASE)
_CURRENCY = re.compile(r"\s*(kr|kronor|sek|:-)$", re.IGNORECASE)
_PIECES = re.compile(r"\s*(st|st\.|stycken)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REACHED = {
    "ja",
    "j",
    "uppnådd",
    "uppnått",
    "uppnadd",
    "uppnatt",
    "klar",
    "klart",
    "x",
    "1",
    "yes",
    "y",
    "reached",
    "done",
}
_NOT_REACHED = {"nej", "n", "ej uppnådd", "ej uppnått", "inte uppnådd", "inte uppnått", "0", "no", "not reached"}


@dataclass(frozen=True)
class ValueInput:
    """One quarter's value after validation, with the parts it was entered as.

    Numerator/denominator and the parts by sex are kept beside the value because funders and
    steering groups ask for them ("34 av 40 MSEK", "7 kvinnor och 5 män").
    """

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    women: float | None = None
    men: float | None = None
    other: float | None = None
    reached_on: date | None = None


def _finite(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValue(translate("Values", "{what} måste vara ett tal.").format(what=what))
    if isinstance(value, int) and abs(value) > MAX_ABS:  # ints beyond float range overflow isfinite
        raise InvalidValue(translate(
            "Values", "{what} är inte ett tal som går att räkna med (för stort eller ogiltigt).")
                           .format(what=what))
    if not math.isfinite(value) or abs(value) > MAX_ABS:
        raise InvalidValue(translate(
            "Values", "{what} är inte ett tal som går att räkna med (för stort eller ogiltigt).")
                           .format(what=what))
    return float(value) + 0.0


def _whole(value: float, what: str) -> None:
    if value != int(value):
        raise InvalidValue(translate("Values", "{what} måste vara ett heltal (ett antal), inte {value}.").format(
            what=what, value=format_number(value)))


def _part_label(key: str) -> str:
    return {"women": translate("Values", "Antalet kvinnor"), "men": translate("Values", "Antalet män"),
            "other": translate("Values", "Antalet annat/ej angivet")}[key]


def validate_value(
    kind: IndicatorKind,
    *,
    value: float | None = None,
    numerator: float | None = None,
    denominator: float | None = None,
    women: float | None = None,
    men: float | None = None,
    other: float | None = None,
    reached_on: date | None = None,
    split_by_sex: bool = False,
) -> ValueInput:
    """Check one quarter's value against the rules of its kind and fill in what follows.

    A share entered as numerator and denominator gets its value from them: the fraction is
    what the funder checks, a typed percentage next to it is usually a rounded copy (it must
    agree within 0,05 percentage points). Parts by sex without a total give the total.
    """
    kind = IndicatorKind(kind)
    value = _finite(value, translate("Values", "Värdet"))
    numerator = _finite(numerator, translate("Values", "Täljaren"))
    denominator = _finite(denominator, translate("Values", "Nämnaren"))
    parts = {
        "women": _finite(women, _part_label("women")),
        "men": _finite(men, _part_label("men")),
        "other": _finite(other, _part_label("other")),
    }
    given_parts = {k: v for k, v in parts.items() if v is not None}  # dict[str, float]

    if (numerator is None) != (denominator is None):
        raise InvalidValue(translate("Values", "Ange både täljare och nämnare, eller ingen av dem."))
    if numerator is not None and kind != IndicatorKind.PERCENT:
        raise InvalidValue(translate("Values", "Täljare och nämnare används bara för andelar (%)."))
    if given_parts and not split_by_sex:
        raise InvalidValue(translate("Values", "Indikatorn är inte uppdelad på kön; ange bara totalen."))
    if given_parts and kind != IndicatorKind.COUNT:
        raise InvalidValue(translate("Values", "Uppdelning på kön gäller bara indikatorer som räknar antal."))
    if reached_on is not None and (not isinstance(reached_on, date) or isinstance(reached_on, datetime)):
        raise InvalidValue(translate(
            "Values", "Datumet då milstolpen nåddes måste vara ett datum (till exempel 2021-05-12)."))
    if reached_on is not None and kind != IndicatorKind.MILESTONE:
        raise InvalidValue(translate("Values", "Datum för uppnådd gäller bara milstolpar."))

    if numerator is not None and denominator is not None:
        value = _share_from_fraction(value, numerator, denominator)

    if given_parts:
        value = _total_from_parts(value, given_parts)

    if value is None:
        raise InvalidValue(translate("Values", "Ange ett värde."))
    _check_kind(kind, value, reached_on)

    return ValueInput(
        value=value,
        numerator=numerator,
        denominator=denominator,
        women=parts["women"],
        men=parts["men"],
        other=parts["other"],
        reached_on=reached_on,
    )


def _share_from_fraction(value: float | None, numerator: float, denominator: float) -> float:
    if denominator <= 0:
        raise InvalidValue(translate("Values", "Nämnaren måste vara större än 0."))
    if numerator < 0:
        raise InvalidValue(translate("Values", "Täljaren kan inte vara negativ."))
    if numerator > denominator:
        raise InvalidValue(translate(
            "Values", "Täljaren kan inte vara större än nämnaren ({numerator} av {denominator}).")
                           .format(numerator=format_number(numerator), denominator=format_number(denominator)))
    computed = 100.0 * numerator / denominator
    if value is not None and abs(value - computed) > FRACTION_TOLERANCE:
        raise InvalidValue(translate(
            "Values", "{value} % stämmer inte med {numerator} av {denominator} ({computed} %).")
                           .format(value=format_number(value), numerator=format_number(numerator),
                                   denominator=format_number(denominator), computed=format_number(computed)))
    return computed


def _total_from_parts(value: float | None, parts: dict[str, float]) -> float:
    total = 0.0
    for key, part in parts.items():
        label = _part_label(key)
        if part < 0:
            raise InvalidValue(translate("Values", "{what} kan inte vara negativt.").format(what=label))
        _whole(part, label)
        total += part
    if value is None:
        return total
    if abs(total - value) > 1e-9:
        raise InvalidValue(translate("Values", "Kvinnor + män + annat = {parts}, men totalen är {total}.").format(
            parts=format_number(total), total=format_number(value)))
    return value


def _check_kind(kind: IndicatorKind, value: float, reached_on: date | None) -> None:
    if kind == IndicatorKind.PERCENT:
        if not 0 <= value <= 100:
            raise InvalidValue(translate("Values", "En andel måste ligga mellan 0 och 100 %, inte {value} %.").format(
                value=format_number(value)))
    elif kind == IndicatorKind.COUNT:
        if value < 0:
            raise InvalidValue(translate("Values", "Ett antal kan inte vara negativt."))
        _whole(value, translate("Values", "Värdet"))
    elif kind == IndicatorKind.AMOUNT:
        if value < 0:
            raise InvalidValue(translate("Values", "Ett belopp kan inte vara negativt."))
    elif kind == IndicatorKind.QUANTITY:
        if value < 0:
            raise InvalidValue(translate("Values", "En mängd kan inte vara negativ."))
    elif kind == IndicatorKind.MILESTONE:
        if value not in (0, 1):
            raise InvalidValue(translate("Values", "En milstolpe är antingen uppnådd (ja) eller inte (nej)."))
        if reached_on is not None and value != 1:
            raise InvalidValue(translate("Values", "Ett datum för uppnådd kräver att milstolpen är uppnådd."))


def _parse_amount(text: str, unit: str = "kr") -> float:
    """An amount in the indicator's unit (kr, tkr or mkr). Typed with a scale (``1,5 mkr``,
    ``500 tkr``, ``2 000 kr``) it is converted; a plain number is already in the unit."""
    scale = AMOUNT_SCALE[amount_unit(unit) or "kr"]
    decimals = 2 + round(math.log10(scale))  # öre, whatever the unit
    m = _SCALED.match(text)
    if m:
        typed = m.group(2).lower()
        factor = 1_000 if typed in ("tkr", "ksek", "tusen kronor") else 1_000_000
        # Round to öre: 1,1 × 1 000 000 is 1100000.0000000002 in binary.
        return round(round(parse_number(m.group(1)) * factor, 2) / scale, decimals)
    stripped = _CURRENCY.sub("", text)
    if stripped != text:
        return round(parse_number(stripped) / scale, decimals)
    return parse_number(text)


def _parse_quantity(text: str, unit: str) -> float:
    """A decimal measure, also typed with its unit after it (``152,4 ton CO2e``)."""
    cleaned = " ".join(text.split())
    wanted = " ".join(unit.split())
    if wanted and cleaned.lower().endswith(wanted.lower()):
        cleaned = cleaned[: -len(wanted)].strip()
    return parse_number(cleaned)


def _parse_fraction(numerator_text: str, denominator_text: str) -> tuple[float, float]:
    """``34 av 40`` or ``34 av 40 MSEK``: a unit after the denominator applies to both parts."""
    num_unit = _FRACTION_UNIT.match(numerator_text)
    den_unit = _FRACTION_UNIT.match(denominator_text)
    if num_unit and den_unit and num_unit.group(2).lower() != den_unit.group(2).lower():
        raise InvalidValue(translate("Values", "Täljare och nämnare har olika enheter ({first} och {second}). "
                                     "Skriv dem i samma enhet, till exempel 34 av 40 mkr.")
                           .format(first=num_unit.group(2), second=den_unit.group(2)))
    if num_unit:
        numerator_text = num_unit.group(1)
    if den_unit:
        denominator_text = den_unit.group(1)
    return parse_number(numerator_text), parse_number(denominator_text)


def _parse_milestone(raw: str) -> ValueInput:
    lowered = " ".join(raw.lower().split())
    if lowered in _REACHED:
        return validate_value(IndicatorKind.MILESTONE, value=1)
    if lowered in _NOT_REACHED:
        return validate_value(IndicatorKind.MILESTONE, value=0)
    if _ISO_DATE.match(lowered):
        try:
            reached = date.fromisoformat(lowered)
        except ValueError:
            raise InvalidValue(translate(
                "Values", "«{raw}» är inget giltigt datum. Skriv till exempel 2021-05-12.").format(
                raw=raw)) from None
        return validate_value(IndicatorKind.MILESTONE, value=1, reached_on=reached)
    raise InvalidValue(translate("Values", "«{raw}» går inte att läsa för en milstolpe. Skriv ja, nej eller datumet då "
                                 "den nåddes (till exempel 2021-05-12).").format(raw=raw))


def parse_value_text(kind: IndicatorKind, text: str, *, split_by_sex: bool = False, unit: str = "") -> ValueInput:
    """Read what a user typed in one cell for an indicator of this kind and unit.

    One cell holds one total; parts by sex are entered in their own fields, so
    ``split_by_sex`` only passes through to the validation. An amount is read in ``unit``
    (kr, tkr or mkr), a quantity may be typed with its unit after it.
    """
    kind = IndicatorKind(kind)
    raw = (text or "").strip()
    if not raw:
        raise InvalidValue(translate("Values", "Inget värde angivet."))
    if kind == IndicatorKind.MILESTONE:
        return _parse_milestone(raw)
    if kind == IndicatorKind.PERCENT:
        m = _FRACTION.match(raw)
        if m:
            numerator, denominator = _parse_fraction(m.group(1), m.group(2))
            return validate_value(kind, numerator=numerator, denominator=denominator)
        return validate_value(kind, value=parse_number(raw))
    if kind == IndicatorKind.AMOUNT:
        return validate_value(kind, value=_parse_amount(raw, unit))
    if kind == IndicatorKind.QUANTITY:
        return validate_value(kind, value=_parse_quantity(raw, unit))
    return validate_value(kind, value=parse_number(_PIECES.sub("", raw)), split_by_sex=split_by_sex)
