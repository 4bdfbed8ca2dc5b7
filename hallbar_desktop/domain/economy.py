"""The project's economy: cost categories, financiers, the flat rate, the funder's share,
the forecast and the traffic light of the economy follow-up.

These are the rules of Tillväxtverket's ekonomisk redovisning as a steering group follows them
at every meeting. No database, no files: the services feed these functions plain numbers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from hallbar_desktop.domain.errors import DomainError, InvalidValue
from hallbar_desktop.domain.numbers import format_percent, parse_number
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import EPS, Light, Thresholds

#: Tillväxtverket's usual flat rate for indirect costs: 15 % of the salary costs.
DEFAULT_INDIRECT_RATE = 0.15
#: The most a flat rate may be (of salary costs) – higher is a typing error, not a decision.
MAX_INDIRECT_RATE = 0.40
#: The funder's share of the total is capped in the decision, most often at 50 %.
DEFAULT_FUNDER_CAP = 0.5
#: The forecast runs on the pace of the latest quarters: this many (fewer early in the project).
FORECAST_WINDOW = 4
MAX_AMOUNT = 1e11  # 100 miljarder kronor: more than any project, small enough to stay exact


class CostCategory(StrEnum):
    """Kostnadsslag, in the order of Tillväxtverket's budget form."""

    PERSONNEL = "personnel"
    EXTERNAL_SERVICES = "external_services"
    TRAVEL = "travel"
    INVESTMENTS = "investments"
    OTHER = "other"
    INDIRECT = "indirect"
    IN_KIND = "in_kind"

    def label_sv(self) -> str:
        return CATEGORY_SV[self]

    def label_en(self) -> str:
        return CATEGORY_EN[self]

    @property
    def computed(self) -> bool:
        """Indirect costs are a flat rate of the salary costs: computed, never typed."""
        return self is CostCategory.INDIRECT

    @classmethod
    def parse(cls, text: str) -> CostCategory:
        """The code (``travel``) or the Swedish name (``Resor och logi``), whatever the case.

        Short forms people write in a column of an accounting export are read too (``resor``,
        ``externa tjänster``, ``lön``).
        """
        wanted = _key(text)
        for category in cls:
            if wanted in (_key(category.value), _key(CATEGORY_SV[category])):
                return category
        for category, words in _ALIASES.items():
            if wanted in words:
                return category
        allowed = ", ".join(f"{c.value} ({CATEGORY_SV[c]})" for c in cls)
        raise DomainError(f"Kostnadsslaget «{str(text).strip()}» finns inte; välj ett av: {allowed}.")


def _key(text: str) -> str:
    return " ".join(str(text).replace("_", " ").split()).lower()


CATEGORY_SV = {
    CostCategory.PERSONNEL: "Personal",
    CostCategory.EXTERNAL_SERVICES: "Externa tjänster",
    CostCategory.TRAVEL: "Resor och logi",
    CostCategory.INVESTMENTS: "Investeringar, materiel och lokaler",
    CostCategory.OTHER: "Övriga kostnader",
    CostCategory.INDIRECT: "Indirekta kostnader",
    CostCategory.IN_KIND: "Bidrag i annat än pengar",
}
CATEGORY_EN = {
    CostCategory.PERSONNEL: "Staff",
    CostCategory.EXTERNAL_SERVICES: "External services",
    CostCategory.TRAVEL: "Travel and accommodation",
    CostCategory.INVESTMENTS: "Investments, equipment and premises",
    CostCategory.OTHER: "Other costs",
    CostCategory.INDIRECT: "Indirect costs",
    CostCategory.IN_KIND: "Contributions in kind",
}
_ALIASES = {
    CostCategory.PERSONNEL: {"personal", "lön", "löner", "lönekostnader", "personalkostnader", "staff", "personnel"},
    CostCategory.EXTERNAL_SERVICES: {"externa tjänster", "extern tjänst", "köpta tjänster", "konsulter",
                                     "external services"},
    CostCategory.TRAVEL: {"resor", "resor och logi", "resa", "logi", "travel"},
    CostCategory.INVESTMENTS: {"investeringar", "investeringar/materiel/lokaler", "investeringar, materiel och lokaler",
                               "materiel", "lokaler", "investments"},
    CostCategory.OTHER: {"övrigt", "övriga", "övriga kostnader", "other"},
    CostCategory.INDIRECT: {"indirekta", "indirekta kostnader", "schablon", "indirect"},
    CostCategory.IN_KIND: {"bidrag i annat än pengar", "in natura", "naturabidrag", "in kind"},
}

#: The categories a cost may be typed or imported in (all but the computed flat rate).
TYPED_CATEGORIES = tuple(c for c in CostCategory if not c.computed)


class FinancierKind(StrEnum):
    """Who pays: the funder, regional funds, other public or private co-financing, in kind, income."""

    FUNDER = "funder"
    REGIONAL = "regional"
    PUBLIC = "public"
    PRIVATE = "private"
    IN_KIND = "in_kind"
    INCOME = "income"

    def label_sv(self) -> str:
        return FINANCIER_SV[self]

    def label_en(self) -> str:
        return FINANCIER_EN[self]

    @classmethod
    def parse(cls, text: str) -> FinancierKind:
        wanted = _key(text)
        for kind in cls:
            if wanted in (_key(kind.value), _key(FINANCIER_SV[kind])):
                return kind
        allowed = ", ".join(f"{k.value} ({FINANCIER_SV[k]})" for k in cls)
        raise DomainError(f"Finansiärstypen «{str(text).strip()}» finns inte; välj en av: {allowed}.")


FINANCIER_SV = {
    FinancierKind.FUNDER: "Tillväxtverket (stödet)",
    FinancierKind.REGIONAL: "Regionala medel (t.ex. anslag 1:1)",
    FinancierKind.PUBLIC: "Annan offentlig medfinansiering",
    FinancierKind.PRIVATE: "Privat medfinansiering",
    FinancierKind.IN_KIND: "Bidrag i annat än pengar",
    FinancierKind.INCOME: "Projektintäkter",
}
FINANCIER_EN = {
    FinancierKind.FUNDER: "Tillväxtverket (the grant)",
    FinancierKind.REGIONAL: "Regional funds (e.g. appropriation 1:1)",
    FinancierKind.PUBLIC: "Other public co-financing",
    FinancierKind.PRIVATE: "Private co-financing",
    FinancierKind.IN_KIND: "Contributions in kind",
    FinancierKind.INCOME: "Project income",
}


# --- amounts -----------------------------------------------------------------------------
_DOT_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")


def parse_amount(text: str | float | int, *, allow_negative: bool = True) -> float:
    """Kronor as people and finance systems write them: ``12 345,50``, ``12 345 kr``,
    ``1.234,50`` (German-style groups), ``1234,50-`` (a trailing minus, as some systems write a
    credit). Rounded to whole öre."""
    if isinstance(text, bool):
        raise InvalidValue(f"«{text}» är inget belopp.")
    if isinstance(text, int | float):
        value = float(text)
        if not math.isfinite(value):
            raise InvalidValue(f"«{text}» är inget belopp.")
    else:
        cleaned = str(text).strip()
        low = cleaned.lower()
        for suffix in ("kronor", "sek", "kr", ":-"):
            if low.endswith(suffix):
                cleaned = cleaned[: -len(suffix)].strip()
                break
        negative = cleaned.endswith("-") and len(cleaned) > 1 and cleaned[-2].isdigit()
        if negative:
            cleaned = cleaned[:-1].strip()
        compact = cleaned.replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "")
        if _DOT_GROUPED.match(compact):
            cleaned = compact.replace(".", "")
        value = parse_number(cleaned)
        if negative:
            value = -value
    if abs(value) > MAX_AMOUNT:
        raise InvalidValue(f"«{text}» är ett orimligt stort belopp (högst 100 000 000 000 kr).")
    if value < 0 and not allow_negative:
        raise InvalidValue(f"«{text}»: beloppet kan inte vara negativt.")
    return round(value, 2) + 0.0


# --- the flat rate -----------------------------------------------------------------------
def check_indirect_rate(rate: float) -> float:
    """A flat rate between 0 and 40 % of the salary costs (stored as a fraction)."""
    if not isinstance(rate, int | float) or isinstance(rate, bool) or not math.isfinite(rate):
        raise DomainError("Schablonen för indirekta kostnader ska vara ett tal, t.ex. 15 %.")
    if not 0 <= rate <= MAX_INDIRECT_RATE + EPS:
        raise DomainError(
            f"Schablonen för indirekta kostnader ({format_percent(rate * 100)}) ska ligga mellan 0 och "
            f"{format_percent(MAX_INDIRECT_RATE * 100)} av lönekostnaderna."
        )
    return float(rate)


def indirect_costs(salary_costs: float, rate: float) -> float:
    """The flat-rate indirect costs: the project's rate × the salary costs, to the öre, a half
    öre rounded up as accounts round (binary floats would turn 250 000,50 × 15 % = 37 500,075
    into 37 500,07)."""
    exact = Decimal(repr(float(salary_costs))) * Decimal(repr(float(rate)))
    return float(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + 0.0


def with_indirect(amounts: Mapping[CostCategory, float], rate: float) -> dict[CostCategory, float]:
    """Every category, indirect costs computed from the personnel costs (whatever was passed for it)."""
    out = {c: float(amounts.get(c, 0.0)) for c in CostCategory}
    out[CostCategory.INDIRECT] = indirect_costs(out[CostCategory.PERSONNEL], rate)
    return out


# --- the funder's share ------------------------------------------------------------------
@dataclass(frozen=True)
class FunderShare:
    funder_amount: float
    total: float
    cap: float

    @property
    def share(self) -> float | None:
        return self.funder_amount / self.total if self.total > EPS else None

    @property
    def within_cap(self) -> bool:
        share = self.share
        return share is None or share <= self.cap + 1e-6

    def message_sv(self) -> str:
        share = self.share
        if share is None:
            return "Ingen budget ännu: finansiärens andel kan inte räknas ut."
        text = (f"Tillväxtverkets andel är {format_percent(share * 100)} av den totala budgeten "
                f"(högst {format_percent(self.cap * 100)}).")
        if not self.within_cap:
            text += " Andelen är för hög: öka medfinansieringen eller minska stödet."
        return text


def check_funder_cap(cap: float) -> float:
    if not isinstance(cap, int | float) or isinstance(cap, bool) or not math.isfinite(cap) or not 0 < cap <= 1:
        raise DomainError("Tak för finansiärens andel ska ligga mellan 0 och 100 %, t.ex. 50 %.")
    return float(cap)


# --- time, forecast and status -----------------------------------------------------------
def time_share(start: Quarter, end: Quarter, as_of: Quarter) -> float:
    """The share of the project's quarters that have passed by the end of ``as_of`` (0–1)."""
    total = end - start + 1
    passed = as_of - start + 1
    return min(max(passed / total, 0.0), 1.0)


def forecast(
    actuals: Mapping[Quarter, float], start: Quarter, end: Quarter, as_of: Quarter,
    window: int = FORECAST_WINDOW,
) -> float | None:
    """The outcome at the project's end if the pace of the latest quarters holds.

    Outcome to date + the average of the last ``window`` quarters up to ``as_of`` (fewer early in
    the project; a quarter without costs counts as 0) × the quarters left. Why the recent pace:
    a project's costs start slowly while staff are recruited, so the average since the start
    understates what the coming quarters will cost; and "outcome + the budget left" would assume
    away exactly the deviation the steering group wants to see. None before the project starts.
    """
    if as_of < start:
        return None
    as_of = min(as_of, end)
    to_date = sum(v for q, v in actuals.items() if start <= q <= as_of)
    left = end - as_of
    if left <= 0:
        return to_date
    first = max(start, as_of - (window - 1))
    n = as_of - first + 1
    recent = sum(v for q, v in actuals.items() if first <= q <= as_of)
    return to_date + recent / n * left


def economy_light(
    spent: float,
    budget: float,
    elapsed: float,
    *,
    reported: bool,
    thresholds: Thresholds = Thresholds(),  # noqa: B008 - frozen, safe as a default
) -> Light:
    """The traffic light of a cost category (or the total), the indicators' rule turned on money.

    The share of the budget used is compared with the share of the project's time that has
    passed: in line with time is green. The project's thresholds set the bands on both sides:
    with the defaults (green 90 %, yellow 60 %) green is 90–110 % of the pace of time, yellow
    60–140 %, red outside. Over-spending (faster than time) means the budget runs out before the
    project ends; under-spending means activities lag or costs are not booked, and money risks
    being left unused when the funder pays out. More than the whole budget used is red whatever
    the time; a cost in a category without budget is red. Grey when the quarter has ended and
    no costs at all are reported for it; nothing to judge before the project has started.
    """
    if not reported:
        return Light.GREY
    if elapsed <= EPS:
        return Light.NONE
    if budget <= EPS:
        return Light.RED if spent > 0.5 else Light.NONE
    used = spent / budget
    if used > 1 + 1e-6:
        return Light.RED
    ratio = used / elapsed
    green_band = max(0.0, 1 - thresholds.green)
    yellow_band = max(green_band, 1 - thresholds.yellow)
    deviation = abs(ratio - 1)
    if deviation <= green_band + EPS:
        return Light.GREEN
    if deviation <= yellow_band + EPS:
        return Light.YELLOW
    return Light.RED


class Pace(StrEnum):
    """Which way the money deviates from time (for the words next to the light)."""

    IN_LINE = "in_line"
    OVER = "over"
    UNDER = "under"
    NONE = "none"

    def label_sv(self) -> str:
        return {"in_line": "i takt med tiden", "over": "snabbare än tiden", "under": "långsammare än tiden",
                "none": ""}[self.value]


def pace(spent: float, budget: float, elapsed: float, thresholds: Thresholds = Thresholds()) -> Pace:  # noqa: B008
    if budget <= EPS or elapsed <= EPS:
        return Pace.OVER if budget <= EPS and spent > 0.5 else Pace.NONE
    ratio = spent / budget / elapsed
    band = max(0.0, 1 - thresholds.green)
    if ratio > 1 + band + EPS:
        return Pace.OVER
    if ratio < 1 - band - EPS:
        return Pace.UNDER
    return Pace.IN_LINE
