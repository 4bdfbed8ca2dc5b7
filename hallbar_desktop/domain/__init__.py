"""The domain rules of Hållbar Desktop: no SQLAlchemy, no Qt, no files."""

from hallbar_desktop.domain.errors import DomainError, InvalidQuarter, InvalidValue
from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind, Sex
from hallbar_desktop.domain.quarters import Period, Quarter, ReportingPeriodKind, quarter_range
from hallbar_desktop.domain.status import Light, Thresholds, Trend

__all__ = [
    "Accumulation",
    "Direction",
    "DomainError",
    "EffectLevel",
    "IndicatorKind",
    "InvalidQuarter",
    "InvalidValue",
    "Light",
    "Period",
    "Quarter",
    "ReportingPeriodKind",
    "Sex",
    "Thresholds",
    "Trend",
    "quarter_range",
]
