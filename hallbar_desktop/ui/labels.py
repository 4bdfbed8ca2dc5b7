"""The words the window shows for the core's values, through Qt's translations like every other
string of the window: quarters, reporting periods, kinds and levels, lights, trends, steering-group
roles, decision statuses, milestones.

The core names these in Swedish (its reports and the command line are Swedish); the window
translates the Swedish words with ``QCoreApplication.translate`` in the context ``Labels``, so
the English is in ``resources/i18n/hallbar_en.ts`` with everything else, and there is no second
table of translations beside Qt Linguist's. ``lupdate`` sees only literal strings, so every word
the core may hand over is listed below with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.domain.kinds import IndicatorKind, label_sv
from hallbar_desktop.domain.numbers import format_number
from hallbar_desktop.domain.quarters import Period, Quarter
from hallbar_desktop.domain.status import LABEL_SV, Light, Trend
from hallbar_desktop.services.formatting import format_value

CONTEXT = "Labels"

_WORDS = (
    # kinds, accumulation, direction, effect-logic levels, sex (domain.kinds)
    QT_TRANSLATE_NOOP("Labels", "Andel (%)"),
    QT_TRANSLATE_NOOP("Labels", "Antal"),
    QT_TRANSLATE_NOOP("Labels", "Belopp (kr)"),
    QT_TRANSLATE_NOOP("Labels", "Milstolpe"),
    QT_TRANSLATE_NOOP("Labels", "Nivå (värdet vid kvartalets slut)"),
    QT_TRANSLATE_NOOP("Labels", "Flöde (summeras över perioden)"),
    QT_TRANSLATE_NOOP("Labels", "Högre är bättre"),
    QT_TRANSLATE_NOOP("Labels", "Lägre är bättre"),
    QT_TRANSLATE_NOOP("Labels", "Aktivitet"),
    QT_TRANSLATE_NOOP("Labels", "Prestation/resultat"),
    QT_TRANSLATE_NOOP("Labels", "Kortsiktig effekt"),
    QT_TRANSLATE_NOOP("Labels", "Långsiktig effekt"),
    QT_TRANSLATE_NOOP("Labels", "Kvinnor"),
    QT_TRANSLATE_NOOP("Labels", "Män"),
    QT_TRANSLATE_NOOP("Labels", "Annat/ej angivet"),
    # lights and trends (domain.status)
    QT_TRANSLATE_NOOP("Labels", "Grön"),
    QT_TRANSLATE_NOOP("Labels", "Gul"),
    QT_TRANSLATE_NOOP("Labels", "Röd"),
    QT_TRANSLATE_NOOP("Labels", "Grå"),
    QT_TRANSLATE_NOOP("Labels", "Bättre"),
    QT_TRANSLATE_NOOP("Labels", "Oförändrad"),
    QT_TRANSLATE_NOOP("Labels", "Sämre"),
    # steering-group roles and decision statuses (services.steering)
    QT_TRANSLATE_NOOP("Labels", "ordförande"),
    QT_TRANSLATE_NOOP("Labels", "vice ordförande"),
    QT_TRANSLATE_NOOP("Labels", "ledamot"),
    QT_TRANSLATE_NOOP("Labels", "adjungerad"),
    QT_TRANSLATE_NOOP("Labels", "öppet"),
    QT_TRANSLATE_NOOP("Labels", "pågår"),
    QT_TRANSLATE_NOOP("Labels", "genomfört"),
    QT_TRANSLATE_NOOP("Labels", "avskrivet"),
    # milestones, as shown and as typed back
    QT_TRANSLATE_NOOP("Labels", "Uppnådd"),
    QT_TRANSLATE_NOOP("Labels", "Ej uppnådd"),
    QT_TRANSLATE_NOOP("Labels", "ja"),
    QT_TRANSLATE_NOOP("Labels", "nej"),
    # the effect chain's levels (domain.effect_chain) and the plan's activity statuses (domain.activities)
    QT_TRANSLATE_NOOP("Labels", "Aktiviteter"),
    QT_TRANSLATE_NOOP("Labels", "Resultat"),
    QT_TRANSLATE_NOOP("Labels", "Effekter"),
    QT_TRANSLATE_NOOP("Labels", "Effekt"),
    QT_TRANSLATE_NOOP("Labels", "det projektet gör"),
    QT_TRANSLATE_NOOP("Labels", "kort sikt, under projektet"),
    QT_TRANSLATE_NOOP("Labels", "lång sikt, efter projektet"),
    QT_TRANSLATE_NOOP("Labels", "planerad"),
    QT_TRANSLATE_NOOP("Labels", "genomförd"),
    QT_TRANSLATE_NOOP("Labels", "försenad"),
    QT_TRANSLATE_NOOP("Labels", "inställd"),
    QT_TRANSLATE_NOOP("Labels", "Projektövergripande"),
)


translate = QCoreApplication.translate  # lupdate reads translate("Labels", "…")


def word(swedish: str) -> str:
    """A word the core gives in Swedish, in the window's language (the word itself if unknown)."""
    return translate(CONTEXT, swedish) if swedish else swedish


def kind(member: StrEnum) -> str:
    """An indicator's kind, accumulation, direction or effect-logic level, or a sex."""
    return word(label_sv(member))


def quarter(q: Quarter) -> str:
    """``2022 kv 3`` in Swedish, ``Q3 2022`` in English."""
    return translate("Labels", "{year} kv {q}").format(year=q.year, q=q.q)


def period(p: Period) -> str:
    """A reporting period: a quarter, a half-year, a year, or the project to date."""
    if p.code == "total":
        return translate("Labels", "Hela projektet")
    if "H" in p.code:
        year, half = p.code.split("H")
        return translate("Labels", "{year} halvår {half}").format(year=year, half=half)
    if "Q" in p.code:
        return quarter(Quarter.parse(p.code))
    return p.code


def light(value: Light) -> str:
    return word(LABEL_SV[value]) if value is not Light.NONE else "–"


def trend(value: Trend) -> str:
    return word(value.label_sv())


def value(kind_: IndicatorKind, number: float | None, *, unit: str = "", reached_on: date | None = None,
          compact: bool = False) -> str:
    """A value as the window shows it: the core's Swedish number format with the declared unit
    (``services.formatting.format_value``: ``compact`` leaves a count's unit to the row heading),
    a milestone in words."""
    if number is not None and kind_ is IndicatorKind.MILESTONE:
        if number >= 1:
            reached = translate("Labels", "Uppnådd")
            return f"{reached} {reached_on.isoformat()}" if reached_on else reached
        return translate("Labels", "Ej uppnådd")
    return format_value(kind_, number, unit=unit, compact=compact)


def fraction(numerator: float, denominator: float) -> str:
    """``34 av 40`` (``34 of 40``): how a share is shown, and typed back."""
    return translate("Labels", "{n} av {d}").format(n=format_number(numerator), d=format_number(denominator))


def yes() -> str:
    return translate("Labels", "ja")


def no() -> str:
    return translate("Labels", "nej")


def chain_level(level: ChainLevel, *, singular: bool = False) -> str:
    """A level of the effect chain: Aktiviteter, Resultat, Effekter (``singular``: Aktivitet …)."""
    return word(level.singular_sv() if singular else level.label_sv())


def chain_horizon(level: ChainLevel) -> str:
    """When the level is reached: ``kort sikt, under projektet``."""
    return word(level.horizon_sv())


def activity_status(status: ActivityStatus) -> str:
    return word(status.label_sv())


def project_wide() -> str:
    """The lane of the effect chain that belongs to no focus area."""
    return translate("Labels", "Projektövergripande")


def follow_up(until: Quarter) -> str:
    """The mark of an indicator followed up after the project's end."""
    return translate("Labels", "Följs upp efter projektslut, till och med {quarter}").format(quarter=quarter(until))
