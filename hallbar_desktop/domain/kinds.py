"""What an indicator is: its kind, how quarters accumulate, which way is better, its level."""

from __future__ import annotations

from enum import StrEnum


class IndicatorKind(StrEnum):
    PERCENT = "percent"
    COUNT = "count"
    AMOUNT = "amount"
    MILESTONE = "milestone"


class Accumulation(StrEnum):
    LEVEL = "level"  # the value at the end of the quarter
    FLOW = "flow"  # what happened during the quarter; summed over periods


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class EffectLevel(StrEnum):
    ACTIVITY = "activity"
    OUTPUT = "output"
    SHORT_TERM = "short_term"
    LONG_TERM = "long_term"


class Sex(StrEnum):
    WOMEN = "women"
    MEN = "men"
    OTHER = "other"


_SV: dict[StrEnum, str] = {
    IndicatorKind.PERCENT: "Andel (%)",
    IndicatorKind.COUNT: "Antal",
    IndicatorKind.AMOUNT: "Belopp (kr)",
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
    IndicatorKind.AMOUNT: "Amount (SEK)",
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
    return _SV[member]


def label_en(member: StrEnum) -> str:
    return _EN[member]


def label(member: StrEnum, lang: str = "sv") -> str:
    return label_en(member) if lang == "en" else label_sv(member)
