"""An indicator's unit: checked against its kind once, then shown the same way everywhere.

Amounts are kept in the unit the project declared (kr, tkr or mkr): a budget written in tkr is
typed and read in tkr, and a value typed with another scale ("1,5 mkr") is converted. Shares are
always %, a decimal quantity (ton CO2e, MWh, timmar) must name its unit, a count may.
"""

from __future__ import annotations

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import IndicatorKind

#: Kronor per unit of each amount unit.
AMOUNT_SCALE = {"kr": 1.0, "tkr": 1_000.0, "mkr": 1_000_000.0}
_AMOUNT_NAMES = {
    "": "kr", "kr": "kr", "kronor": "kr", "sek": "kr", ":-": "kr",
    "tkr": "tkr", "ksek": "tkr", "tusen kronor": "tkr",
    "mkr": "mkr", "msek": "mkr", "mnkr": "mkr", "miljoner kronor": "mkr",
}
_PERCENT_NAMES = {"", "%", "procent", "andel", "andel (%)"}
MAX_UNIT = 60


def amount_unit(unit: str | None) -> str | None:
    """``kr``, ``tkr`` or ``mkr`` for any way people write them; None when it is no amount unit."""
    return _AMOUNT_NAMES.get(" ".join((unit or "").lower().split()))


def checked_unit(kind: IndicatorKind, unit: str | None) -> str:
    """The unit as it is stored for an indicator of ``kind``, or a message saying what fits."""
    kind = IndicatorKind(kind)
    text = " ".join((unit or "").split())
    if len(text) > MAX_UNIT:
        raise DomainError(f"Enheten är för lång (högst {MAX_UNIT} tecken).")
    if kind is IndicatorKind.AMOUNT:
        scaled = amount_unit(text)
        if scaled is None:
            raise DomainError(f"Ett belopp anges i kr, tkr eller mkr, inte «{text}».")
        return scaled
    if kind is IndicatorKind.PERCENT:
        if text.lower() not in _PERCENT_NAMES:
            raise DomainError(f"En andel har enheten %, inte «{text}». Välj en annan typ för {text}.")
        return "%"
    if kind is IndicatorKind.QUANTITY and not text:
        raise DomainError("En mängd behöver en enhet, till exempel ton CO2e, MWh eller timmar.")
    if kind is IndicatorKind.MILESTONE:
        return ""
    return text


def display_unit(kind: IndicatorKind, unit: str | None) -> str:
    """The unit a reader sees beside a value ("" for a milestone); an amount without one is kr."""
    kind = IndicatorKind(kind)
    if kind is IndicatorKind.PERCENT:
        return "%"
    if kind is IndicatorKind.AMOUNT:
        return amount_unit(unit) or (unit or "kr")
    if kind is IndicatorKind.MILESTONE:
        return ""
    return " ".join((unit or "").split())
