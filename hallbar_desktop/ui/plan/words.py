"""The window's words for the activity plan and the economy: activity statuses, cost categories,
financier kinds and the pace of spending, translated from the core's Swedish words like every
other label (``ui.labels``: context ``Labels`` in ``resources/i18n/hallbar_en.ts``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.economy import CostCategory, FinancierKind, Pace
from hallbar_desktop.ui.labels import word

_WORDS = (
    # activity statuses (domain.activities)
    QT_TRANSLATE_NOOP("Labels", "planerad"),
    QT_TRANSLATE_NOOP("Labels", "pågår"),
    QT_TRANSLATE_NOOP("Labels", "genomförd"),
    QT_TRANSLATE_NOOP("Labels", "försenad"),
    QT_TRANSLATE_NOOP("Labels", "inställd"),
    # cost categories (domain.economy)
    QT_TRANSLATE_NOOP("Labels", "Personal"),
    QT_TRANSLATE_NOOP("Labels", "Externa tjänster"),
    QT_TRANSLATE_NOOP("Labels", "Resor och logi"),
    QT_TRANSLATE_NOOP("Labels", "Investeringar, materiel och lokaler"),
    QT_TRANSLATE_NOOP("Labels", "Övriga kostnader"),
    QT_TRANSLATE_NOOP("Labels", "Indirekta kostnader"),
    QT_TRANSLATE_NOOP("Labels", "Bidrag i annat än pengar"),
    QT_TRANSLATE_NOOP("Labels", "Totalt"),
    # financier kinds
    QT_TRANSLATE_NOOP("Labels", "Tillväxtverket (stödet)"),
    QT_TRANSLATE_NOOP("Labels", "Regionala medel (t.ex. anslag 1:1)"),
    QT_TRANSLATE_NOOP("Labels", "Annan offentlig medfinansiering"),
    QT_TRANSLATE_NOOP("Labels", "Privat medfinansiering"),
    QT_TRANSLATE_NOOP("Labels", "Projektintäkter"),
    # the pace of spending
    QT_TRANSLATE_NOOP("Labels", "i takt med tiden"),
    QT_TRANSLATE_NOOP("Labels", "snabbare än tiden"),
    QT_TRANSLATE_NOOP("Labels", "långsammare än tiden"),
    # the project-wide activities' heading (services.activities.PROJECT_WIDE)
    QT_TRANSLATE_NOOP("Labels", "Projektövergripande"),
)

#: A symbol beside each status word, so that a status is never told by colour alone.
STATUS_SYMBOL = {
    ActivityStatus.PLANNED: "◇",
    ActivityStatus.ONGOING: "▶",
    ActivityStatus.DONE: "✔",
    ActivityStatus.DELAYED: "⚠",
    ActivityStatus.CANCELLED: "✖",
}


def status(value: ActivityStatus) -> str:
    """``⚠ försenad``: the symbol and the word."""
    return f"{STATUS_SYMBOL[value]} {word(value.label_sv())}"


def status_word(value: ActivityStatus) -> str:
    return word(value.label_sv())


def category(value: CostCategory | None) -> str:
    """A cost category; None is the total."""
    return word(value.label_sv() if value is not None else "Totalt")


def financier_kind(value: FinancierKind) -> str:
    return word(value.label_sv())


def pace(value: Pace) -> str:
    return word(value.label_sv())


def area_name(name: str) -> str:
    """A focus area's name, or the project-wide activities' heading in the window's language."""
    return word(name) if name == "Projektövergripande" else name
