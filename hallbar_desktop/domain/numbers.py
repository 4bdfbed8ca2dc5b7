"""Numbers the Swedish way: read what people type, write what they expect to read.

People type ``12,5``, ``85 %``, ``1 234,5`` (often with the non-breaking space Excel puts
there) and sometimes a Unicode minus; all of those are read. Exported files for machines
keep plain numbers; this module is for the screen and for typed input.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal

from hallbar_desktop.domain.errors import InvalidValue
from hallbar_desktop.texts import translate

NBSP = "\u00a0"
MINUS = "\u2212"
MAX_ABS = 1e13  # 10 000 miljarder: larger than any project budget, small enough to stay exact
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$")
# Enough digits for any float written out in full, so quantize never runs out of precision.
_WIDE = Context(prec=400)


def _not_a_number(text: str) -> InvalidValue:
    return InvalidValue(translate("Values", "«{text}» är inte ett tal. Skriv till exempel 12,5.").format(text=text))


def parse_number(text: str) -> float:
    """Read a number typed the Swedish (or the plain) way.

    A dot is read as a decimal sign (``1.234`` = 1,234), because that is what a number pasted
    from an English sheet or a CSV means; a number with both a comma and a dot is refused
    rather than guessed.
    """
    if not isinstance(text, str):
        raise _not_a_number(str(text))
    original = text.strip()
    if not original:
        raise InvalidValue(translate("Values", "Inget värde angivet. Skriv ett tal, till exempel 12,5."))
    cleaned = original.replace(MINUS, "-").replace("\u2013", "-")
    cleaned = _SPACES.sub(" ", cleaned).strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].strip()
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(" ", "")
    if not _PLAIN.match(cleaned):
        if "," in cleaned and "." in cleaned and any(ch.isdigit() for ch in cleaned):
            raise InvalidValue(translate("Values", "«{text}» går inte att läsa. Skriv decimaler med komma och tusental "
                                         "med mellanslag, till exempel 1 234,5.").format(text=original))
        raise _not_a_number(original)
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value) or abs(value) > MAX_ABS:
        raise InvalidValue(translate("Values", "«{text}» är för stort. Största tillåtna tal är 10 000 000 000 000.")
                           .format(text=original))
    return value + 0.0  # "-0" is read as 0, not as a negative zero shown with a minus sign


def _rounded(value: float, decimals: int) -> Decimal:
    """Round half up, as people and Excel do (2,675 → 2,68), not half-even on binary floats."""
    if not math.isfinite(value):
        raise ValueError(f"cannot format {value!r}")
    exact = Decimal(repr(value))
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP, context=_WIDE)


def _group(digits: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return NBSP.join(parts)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number for the screen: ``1 234,5`` with a non-breaking space and a real minus sign.

    With ``decimals=None`` whole numbers show no decimals and others at most two, without
    trailing zeros: a table of counts and shares stays quiet to read.
    """
    rounded = _rounded(value, 2 if decimals is None else decimals)
    text = format(abs(rounded), "f")
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    out = _group(whole) + ("," + frac if frac else "")
    return (MINUS if rounded < 0 else "") + out


def format_percent(value: float, decimals: int | None = None) -> str:
    """A share as people write it in a report: at most one decimal, ``85 %`` or ``8,3 %``."""
    if decimals is None:
        value = float(_rounded(value, 1))
    return f"{format_number(value, decimals)}{NBSP}%"


def format_amount(value: float) -> str:
    """Kronor without öre: ``1 234 567 kr``."""
    return f"{format_number(value, 0)}{NBSP}kr"
