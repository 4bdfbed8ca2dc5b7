"""Numbers the Swedish way: read what people type, write what they expect to read.

People type ``12,5``, ``85 %``, ``1 234,5`` (often with the non-breaking space Excel puts
there) and sometimes a Unicode minus; all of those are read. Exported files for machines
keep plain numbers; this module is for the screen and for typed input.
"""

from __future__ import annotations

import math
import re

from hallbar_desktop.domain.errors import InvalidValue

NBSP = "\u00a0"
MINUS = "\u2212"
MAX_ABS = 1e13
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_PLAIN = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$")


def _not_a_number(text: str) -> InvalidValue:
    return InvalidValue(f"«{text}» är inte ett tal. Skriv till exempel 12,5.")


def parse_number(text: str) -> float:
    if not isinstance(text, str):
        raise _not_a_number(str(text))
    original = text.strip()
    if not original:
        raise InvalidValue("Inget värde angivet. Skriv ett tal, till exempel 12,5.")
    cleaned = original.replace(MINUS, "-").replace("\u2013", "-")
    cleaned = _SPACES.sub(" ", cleaned).strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1].strip()
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(" ", "")
    if not _PLAIN.match(cleaned):
        raise _not_a_number(original)
    value = float(cleaned.replace(",", "."))
    if not math.isfinite(value) or abs(value) > MAX_ABS:
        raise InvalidValue(f"«{original}» är ett orimligt stort tal.")
    return value


def _group(digits: str) -> str:
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return NBSP.join(parts)


def format_number(value: float, decimals: int | None = None) -> str:
    if decimals is None:
        rounded = round(value, 2)
        if rounded == int(rounded):
            text = f"{abs(rounded):.0f}"
        else:
            text = f"{abs(rounded):.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    out = _group(whole) + ("," + frac if frac else "")
    negative = value < 0 and any(ch not in "0,\u00a0" for ch in out)
    return (MINUS if negative else "") + out


def format_percent(value: float, decimals: int | None = None) -> str:
    """A share as people write it in a report: at most one decimal, ``85 %`` or ``8,3 %``."""
    if decimals is None:
        value = round(value, 1)
    return f"{format_number(value, decimals)}{NBSP}%"


def format_amount(value: float) -> str:
    return f"{format_number(round(value), 0)}{NBSP}kr"
