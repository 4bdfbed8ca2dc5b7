"""What an indicator is: its kind, how quarters accumulate, which way is better, its level."""

from __future__ import annotations

from enum import StrEnum


class IndicatorKind(StrEnum):
    """What is measured; decides how a value is validated, read and shown."""

    PERCENT = "percent"
    COUNT = "count"
    AMOUNT = "amount"
    QUANTITY = "quantity"  # a decimal measure with its unit: ton CO2e, MWh, timmar
    MILESTONE = "milestone"


class Accumulation(StrEnum):
    """How quarters add up into half-years, years and the project: wrong here, wrong totals."""

    LEVEL = "level"  # the value at the end of the quarter
    FLOW = "flow"  # what happened during the quarter; summed over periods


class Direction(StrEnum):
    """Which way is better; progress, lights and trend all depend on it."""

    HIGHER = "higher"
    LOWER = "lower"


class EffectLevel(StrEnum):
    """The step in the project's effect logic (Tillväxtverket plans projects this way)."""

    ACTIVITY = "activity"
    OUTPUT = "output"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"


class Sex(StrEnum):
    """Parts of a count of people; jämställdhet is a standing reporting requirement."""

    WOMEN = "women"
    MEN = "men"
    OTHER = "other"


_SV: dict[StrEnum, str] = {
    IndicatorKind.PERCENT: "Andel (%)",
    IndicatorKind.COUNT: "Antal",
    IndicatorKind.AMOUNT: "Belopp (kr, tkr eller mkr)",
    IndicatorKind.QUANTITY: "Mängd med enhet (t.ex. ton CO2e, MWh, timmar)",
    IndicatorKind.MILESTONE: "Milstolpe",
    Accumulation.LEVEL: "Nivå (värdet vid kvartalets slut)",
    Accumulation.FLOW: "Flöde (summeras över perioden)",
    Direction.HIGHER: "Högre är bättre",
    Direction.LOWER: "Lägre är bättre",
    EffectLevel.ACTIVITY: "Aktivitet",
    EffectLevel.OUTPUT: "Prestation/resultat",
    EffectLevel.SHORT_TERM: "Kortsiktig effekt",
    EffectLevel.LONG_TERM: "Långsiktig effekt",
    Sex.WOMEN: "Kvinnor",
    Sex.MEN: "Män",
    Sex.OTHER: "Annat/ej angivet",
}

_EN: dict[StrEnum, str] = {
    IndicatorKind.PERCENT: "Percentage (%)",
    IndicatorKind.COUNT: "Count",
    IndicatorKind.AMOUNT: "Amount (SEK, thousands or millions)",
    IndicatorKind.QUANTITY: "Quantity with a unit (e.g. tonnes CO2e, MWh, hours)",
    IndicatorKind.MILESTONE: "Milestone",
    Accumulation.LEVEL: "Level (value at quarter end)",
    Accumulation.FLOW: "Flow (summed over the period)",
    Direction.HIGHER: "Higher is better",
    Direction.LOWER: "Lower is better",
    EffectLevel.ACTIVITY: "Activity",
    EffectLevel.OUTPUT: "Output",
    EffectLevel.SHORT_TERM: "Short-term effect",
    EffectLevel.LONG_TERM: "Long-term effect",
    Sex.WOMEN: "Women",
    Sex.MEN: "Men",
    Sex.OTHER: "Other/not stated",
}


def label_sv(member: StrEnum) -> str:
    """The Swedish label shown in the UI and in reports (code names stay English)."""
    return _SV[member]


def label_en(member: StrEnum) -> str:
    return _EN[member]


def label(member: StrEnum, lang: str = "sv") -> str:
    """The label in ``lang`` ("sv" or "en"); Swedish unless English is asked for."""
    return label_en(member) if lang == "en" else label_sv(member)
