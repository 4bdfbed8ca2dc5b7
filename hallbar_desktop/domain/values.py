"""Validating one quarter's value for an indicator, by its kind.

The rules are those a funder would otherwise catch in a report: a share between 0 and 100,
whole counts, a numerator no larger than its denominator, parts by sex that add up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from hallbar_desktop.domain.errors import InvalidValue
from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.numbers import MAX_ABS, format_number, parse_number

FRACTION_TOLERANCE = 0.05
_FRACTION = re.compile(r"^(.+?)\s*(?:/|\bav\b|\bof\b)\s*(.+)$", re.IGNORECASE)
_MILLIONS = re.compile(r"^(.*?)\s*(mkr|msek|miljoner kronor|miljoner)$", re.IGNORECASE)
_CURRENCY = re.compile(r"\s*(kr|kronor|sek|:-)$", re.IGNORECASE)
_REACHED = {"ja", "j", "uppnådd", "uppnått", "uppnadd", "klar", "klart", "x", "1", "yes", "y",
            "reached", "done"}
_NOT_REACHED = {"nej", "n", "ej uppnådd", "ej uppnått", "inte uppnådd", "inte uppnått", "0",
                "no", "not reached"}


@dataclass(frozen=True)
class ValueInput:
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
        raise InvalidValue(f"{what} måste vara ett tal.")
    if not math.isfinite(value):
        raise InvalidValue(f"{what} måste vara ett tal (inte oändligt eller NaN).")
    if abs(value) > MAX_ABS:
        raise InvalidValue(f"{what} är orimligt stort.")
    return float(value)


def _whole(value: float, what: str) -> None:
    if value != int(value):
        raise InvalidValue(f"{what} måste vara ett heltal (ett antal), inte {format_number(value)}.")


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
    value = _finite(value, "Värdet")
    numerator = _finite(numerator, "Täljaren")
    denominator = _finite(denominator, "Nämnaren")
    parts = {
        "Kvinnor": _finite(women, "Antalet kvinnor"),
        "Män": _finite(men, "Antalet män"),
        "Annat/ej angivet": _finite(other, "Antalet annat/ej angivet"),
    }
    given_parts = {k: v for k, v in parts.items() if v is not None}

    if (numerator is None) != (denominator is None):
        raise InvalidValue("Ange både täljare och nämnare, eller ingen av dem.")
    if numerator is not None and kind is not IndicatorKind.PERCENT:
        raise InvalidValue("Täljare och nämnare används bara för andelar (%).")
    if given_parts and not split_by_sex:
        raise InvalidValue("Indikatorn är inte uppdelad på kön; ange bara totalen.")
    if given_parts and kind is not IndicatorKind.COUNT:
        raise InvalidValue("Uppdelning på kön gäller bara indikatorer som räknar antal.")
    if reached_on is not None and kind is not IndicatorKind.MILESTONE:
        raise InvalidValue("Datum för uppnådd gäller bara milstolpar.")

    if kind is IndicatorKind.PERCENT and numerator is not None and denominator is not None:
        if denominator <= 0:
            raise InvalidValue("Nämnaren måste vara större än 0.")
        if numerator < 0:
            raise InvalidValue("Täljaren kan inte vara negativ.")
        if numerator > denominator:
            raise InvalidValue(
                f"Täljaren kan inte vara större än nämnaren ({format_number(numerator)} av "
                f"{format_number(denominator)})."
            )
        computed = 100.0 * numerator / denominator
        if value is None:
            value = computed
        elif abs(value - computed) > FRACTION_TOLERANCE:
            raise InvalidValue(
                f"{format_number(value)} % stämmer inte med {format_number(numerator)} av "
                f"{format_number(denominator)} ({format_number(computed)} %)."
            )
        else:
            value = computed

    if given_parts:
        for label, part in given_parts.items():
            assert part is not None
            if part < 0:
                raise InvalidValue(f"{label} kan inte vara negativt.")
            _whole(part, label)
        total = sum(v for v in given_parts.values() if v is not None)
        if value is None:
            value = total
        elif abs(total - value) > 1e-9:
            raise InvalidValue(
                f"Kvinnor + män + annat = {format_number(total)}, men totalen är "
                f"{format_number(value)}."
            )

    if value is None:
        raise InvalidValue("Ange ett värde.")

    if kind is IndicatorKind.PERCENT:
        if not 0 <= value <= 100:
            raise InvalidValue(
                f"En andel måste ligga mellan 0 och 100 %, inte {format_number(value)} %."
            )
    elif kind is IndicatorKind.COUNT:
        if value < 0:
            raise InvalidValue("Ett antal kan inte vara negativt.")
        _whole(value, "Värdet")
    elif kind is IndicatorKind.AMOUNT:
        if value < 0:
            raise InvalidValue("Ett belopp kan inte vara negativt.")
    elif kind is IndicatorKind.MILESTONE:
        if value not in (0, 1):
            raise InvalidValue("En milstolpe är antingen uppnådd (ja) eller inte (nej).")
        if reached_on is not None and value != 1:
            raise InvalidValue("Ett datum för uppnådd kräver att milstolpen är uppnådd.")

    return ValueInput(
        value=float(value),
        numerator=numerator,
        denominator=denominator,
        women=parts["Kvinnor"],
        men=parts["Män"],
        other=parts["Annat/ej angivet"],
        reached_on=reached_on,
    )


def _parse_amount(text: str) -> float:
    m = _MILLIONS.match(text.strip())
    if m:
        return parse_number(m.group(1)) * 1_000_000
    return parse_number(_CURRENCY.sub("", text.strip()))


def parse_value_text(kind: IndicatorKind, text: str, *, split_by_sex: bool = False) -> ValueInput:
    """Read what a user typed in one cell for an indicator of this kind."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidValue("Inget värde angivet.")
    if kind is IndicatorKind.MILESTONE:
        lowered = " ".join(raw.lower().split())
        if lowered in _REACHED:
            return validate_value(kind, value=1)
        if lowered in _NOT_REACHED:
            return validate_value(kind, value=0)
        try:
            reached = date.fromisoformat(lowered)
        except ValueError:
            raise InvalidValue(
                f"«{raw}» går inte att läsa för en milstolpe. Skriv ja, nej eller datumet då "
                "den nåddes (till exempel 2021-05-12)."
            ) from None
        return validate_value(kind, value=1, reached_on=reached)
    if kind is IndicatorKind.PERCENT:
        m = _FRACTION.match(raw)
        if m:
            return validate_value(
                kind, numerator=parse_number(m.group(1)), denominator=parse_number(m.group(2))
            )
        return validate_value(kind, value=parse_number(raw))
    if kind is IndicatorKind.AMOUNT:
        return validate_value(kind, value=_parse_amount(raw))
    return validate_value(kind, value=parse_number(raw), split_by_sex=split_by_sex)
