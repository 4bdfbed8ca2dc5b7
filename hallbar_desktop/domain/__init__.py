"""The domain rules of Hållbar Desktop: no SQLAlchemy, no Qt, no files.

Everything here can be driven by a test without a window or a database; the store, the
services, the reports and the UI all take their rules from these modules.
"""

from hallbar_desktop.domain.errors import DomainError, InvalidQuarter, InvalidValue
from hallbar_desktop.domain.kinds import (
    Accumulation,
    Direction,
    EffectLevel,
    IndicatorKind,
    Sex,
    label_en,
    label_sv,
)
from hallbar_desktop.domain.numbers import format_amount, format_number, format_percent, parse_number
from hallbar_desktop.domain.quarters import (
    Period,
    Quarter,
    ReportingPeriodKind,
    half_year_of,
    quarter_range,
    reporting_periods,
    year_of,
)
from hallbar_desktop.domain.rollup import project_to_date, roll_up, roll_up_periods
from hallbar_desktop.domain.status import (
    SYMBOL,
    IndicatorSpec,
    Light,
    Thresholds,
    Trend,
    expected_value,
    previous_reported,
    progress,
    status_value,
    summarise,
    traffic_light,
    trend,
)
from hallbar_desktop.domain.values import ValueInput, parse_value_text, validate_value

__all__ = [
    "SYMBOL",
    "Accumulation",
    "Direction",
    "DomainError",
    "EffectLevel",
    "IndicatorKind",
    "IndicatorSpec",
    "InvalidQuarter",
    "InvalidValue",
    "Light",
    "Period",
    "Quarter",
    "ReportingPeriodKind",
    "Sex",
    "Thresholds",
    "Trend",
    "ValueInput",
    "expected_value",
    "format_amount",
    "format_number",
    "format_percent",
    "half_year_of",
    "label_en",
    "label_sv",
    "parse_number",
    "parse_value_text",
    "previous_reported",
    "progress",
    "project_to_date",
    "quarter_range",
    "reporting_periods",
    "roll_up",
    "roll_up_periods",
    "status_value",
    "summarise",
    "traffic_light",
    "trend",
    "validate_value",
    "year_of",
]
