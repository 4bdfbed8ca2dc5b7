"""Values as a Swedish reader expects them: decimal comma, "85 %", "1 234 567 kr"."""

from __future__ import annotations

from datetime import date, datetime

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.numbers import NBSP, format_number, format_percent
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.units import display_unit

UTC_NOTE = "UTC"


def format_value(
    kind: IndicatorKind, value: float | None, *, unit: str = "", reached_on: date | None = None,
    compact: bool = False,
) -> str:
    """A value with the indicator's declared unit: ``85 %``, ``1 500 tkr``, ``152,4 ton CO2e``,
    ``9 kommuner``. ``compact`` (a grid cell, whose row names the unit) leaves out the unit of a
    count or quantity, never the scale of an amount: ``1 500`` in a tkr row would read as kronor.
    """
    if value is None:
        return ""
    if kind is IndicatorKind.PERCENT:
        return format_percent(value)
    if kind is IndicatorKind.AMOUNT:
        shown = display_unit(kind, unit)
        return f"{format_number(value, 0 if shown == 'kr' else None)}{NBSP}{shown}"
    if kind is IndicatorKind.MILESTONE:
        if value >= 1:
            return f"Uppnådd {reached_on.isoformat()}" if reached_on else "Uppnådd"
        return "Ej uppnådd"
    shown = display_unit(kind, unit)
    return format_number(value) + ("" if compact or not shown else f"{NBSP}{shown}")


def format_target(kind: IndicatorKind, value: float | None, quarter: Quarter | None, *, unit: str = "") -> str:
    if value is None:
        return ""
    shown = "Uppnådd" if kind is IndicatorKind.MILESTONE else format_value(kind, value, unit=unit)
    return f"{shown} ({quarter.label_sv()})" if quarter else shown


def format_progress(fraction: float | None) -> str:
    return "" if fraction is None else format_percent(round(fraction * 100))


def format_timestamp(moment: datetime) -> str:
    """Stored timestamps are naive UTC; people read local time."""
    from datetime import UTC

    local = moment.replace(tzinfo=UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


def describe_snapshot(kind: IndicatorKind, snap: dict[str, object] | None, *, unit: str = "",
                      comment: bool = True) -> str:
    """One line for an audit entry's old or new state (``comment``: with its comment, in «»)."""
    if not snap:
        return "–"
    value = snap.get("value")
    reached = snap.get("reached_on")
    text = format_value(
        kind,
        float(value) if isinstance(value, int | float) else None,
        unit=unit,
        reached_on=date.fromisoformat(reached) if isinstance(reached, str) else None,
    )
    extras = []
    if snap.get("numerator") is not None and snap.get("denominator") is not None:
        extras.append(f"{format_number(float(snap['numerator']))} av "  # type: ignore[arg-type]
                      f"{format_number(float(snap['denominator']))}")  # type: ignore[arg-type]
    parts = [(label, snap.get(key)) for key, label in
             (("women", "kvinnor"), ("men", "män"), ("other", "annat"))]
    if any(v is not None for _, v in parts):
        extras.append(", ".join(f"{label} {format_number(float(v))}"  # type: ignore[arg-type]
                                for label, v in parts if v is not None))
    if comment and snap.get("comment"):
        extras.append(f"«{snap['comment']}»")
    return text + (f" ({'; '.join(extras)})" if extras else "")
