"""Calendar quarters and the periods they roll up into (half-years, years, the project).

Quarters are written ``2021Q3`` in files and shown as ``2021 kv 3`` in the Swedish UI; users
type all sorts of forms, so parsing is generous and the error says what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from typing import overload

from hallbar_desktop.domain.errors import InvalidQuarter

_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/ ]?\s*(?:q|kv\.?|k)\s*([1-4])$", re.IGNORECASE)
_QUARTER_FIRST = re.compile(r"^(?:q|kv\.?|k)\s*([1-4])\s*[-/ ]?\s*(\d{4})$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})\s*[-/ ]?\s*h\s*([12])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
MIN_YEAR, MAX_YEAR = 1900, 2200


def _bad(text: str) -> InvalidQuarter:
    return InvalidQuarter(f"«{text}» är inget kvartal. Skriv till exempel 2021Q3 eller 2021 kv 3.")


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    """A calendar quarter, the unit every value is reported in.

    Ordered and hashable so it can key a dict of values and be compared (``q <= deadline``);
    ``index`` turns quarters into a number line for the expected-value line and arithmetic.
    """

    year: int
    q: int

    def __post_init__(self) -> None:
        if not 1 <= self.q <= 4:
            raise InvalidQuarter(f"Kvartal {self.q} finns inte; ett år har kvartal 1–4.")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise InvalidQuarter(f"Året {self.year} ligger utanför {MIN_YEAR}–{MAX_YEAR}.")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read the forms people type (``2021Q3``, ``2021 kv 3``, ``Q3 2021`` …)."""
        if isinstance(text, Quarter):
            return text
        return _parse_cached(str(text))

    @classmethod
    def _parse(cls, text: str) -> Quarter:
        cleaned = " ".join(str(text).split())
        m = _YEAR_FIRST.match(cleaned)
        if m:
            return cls._make(int(m.group(1)), int(m.group(2)), text)
        m = _QUARTER_FIRST.match(cleaned)
        if m:
            return cls._make(int(m.group(2)), int(m.group(1)), text)
        raise _bad(str(text).strip())

    @classmethod
    def _make(cls, year: int, q: int, text: str) -> Quarter:
        try:
            return cls(year, q)
        except InvalidQuarter:
            raise _bad(str(text).strip()) from None

    @classmethod
    def from_date(cls, d: date) -> Quarter:
        return cls(d.year, (d.month - 1) // 3 + 1)

    @classmethod
    def from_index(cls, index: int) -> Quarter:
        return _from_index(index)

    @classmethod
    def current(cls, today: date | None = None) -> Quarter:
        return cls.from_date(today or date.today())

    @property
    def index(self) -> int:
        return self.year * 4 + self.q - 1

    def next(self) -> Quarter:
        return self + 1

    def prev(self) -> Quarter:
        return self - 1

    def __add__(self, n: int) -> Quarter:
        if not isinstance(n, int):
            return NotImplemented
        return Quarter.from_index(self.index + n)

    @overload
    def __sub__(self, other: Quarter) -> int: ...

    @overload
    def __sub__(self, other: int) -> Quarter: ...

    def __sub__(self, other: int | Quarter) -> Quarter | int:
        if isinstance(other, Quarter):
            return self.index - other.index
        if isinstance(other, int):
            return Quarter.from_index(self.index - other)
        return NotImplemented

    @property
    def start_date(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def end_date(self) -> date:
        if self.q == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.q + 1, 1) - timedelta(days=1)

    def has_ended(self, today: date | None = None) -> bool:
        """Whether a value should have been reported by now (a missing one is then grey)."""
        return _end_date(self) < (today or date.today())

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"

    def label_sv(self) -> str:
        return f"{self.year} kv {self.q}"

    def label_en(self) -> str:
        return f"Q{self.q} {self.year}"

    def label(self, lang: str = "sv") -> str:
        return self.label_en() if lang == "en" else self.label_sv()


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> Quarter:
    """Registers hold the same few dozen quarter strings many times over: parse each once."""
    return Quarter._parse(text)


@cache
def _from_index(index: int) -> Quarter:
    """One instance per quarter (there are some 1 200 valid ones): a grid of 100 000 cells asks
    for the same few dozen many times over, and making a Quarter checks its fields each time.
    An invalid index raises and is not cached."""
    return Quarter(index // 4, index % 4 + 1)


@cache
def _end_date(q: Quarter) -> date:
    return q.end_date


def quarter_range(start: Quarter, end: Quarter) -> list[Quarter]:
    """Every quarter from ``start`` through ``end`` inclusive."""
    return list(_range(start.index, end.index))


@lru_cache(maxsize=1024)
def _range(first: int, last: int) -> tuple[Quarter, ...]:
    """The roll-ups walk the same reporting periods for every row of a grid."""
    return tuple(_from_index(i) for i in range(first, last + 1))


class ReportingPeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


@dataclass(frozen=True)
class Period:
    """A run of quarters reported together.

    Codes: ``2021Q3`` (a quarter), ``2021H2`` (a half-year), ``2021`` (a year) and ``total``
    (the project to date). The code names the calendar period; ``start``/``end`` may be clipped
    to the project's own quarters.
    """

    code: str
    start: Quarter
    end: Quarter

    def quarters(self) -> list[Quarter]:
        return quarter_range(self.start, self.end)

    def __contains__(self, q: object) -> bool:
        return isinstance(q, Quarter) and self.start <= q <= self.end

    def label(self, lang: str = "sv") -> str:
        code = self.code
        if code == "total":
            return "Project to date" if lang == "en" else "Hela projektet"
        m = _HALF.match(code)
        if m:
            return f"{m.group(1)} H{m.group(2)}" if lang == "en" else f"{m.group(1)} halvår {m.group(2)}"
        if "Q" in code:
            return Quarter.parse(code).label(lang)
        return code

    @classmethod
    def parse(cls, text: str) -> Period:
        cleaned = " ".join(str(text).split())
        m = _HALF.match(cleaned)
        if m:
            year, half = int(m.group(1)), int(m.group(2))
            return half_year_of(Quarter._make(year, 2 * half - 1, text))
        m = _YEAR.match(cleaned)
        if m:
            return year_of(Quarter._make(int(m.group(1)), 1, text))
        try:
            q = Quarter.parse(cleaned)
        except InvalidQuarter:
            raise InvalidQuarter(
                f"«{str(text).strip()}» är ingen period. Skriv till exempel 2022H1 (halvår), "
                "2022 (år) eller 2022Q1 (kvartal)."
            ) from None
        return cls(str(q), q, q)


def half_year_of(q: Quarter) -> Period:
    """The calendar half-year of ``q``: the funder's reporting period for this call."""
    half = 1 if q.q <= 2 else 2
    start = Quarter(q.year, 2 * half - 1)
    return Period(f"{q.year}H{half}", start, start + 1)


def year_of(q: Quarter) -> Period:
    return Period(str(q.year), Quarter(q.year, 1), Quarter(q.year, 4))


def reporting_periods(start: Quarter, end: Quarter, kind: ReportingPeriodKind) -> list[Period]:
    """The periods covering ``start``..``end``, each clipped to the project's own quarters.

    A project starting 2020Q2 reports its first half-year as ``2020H1`` = 2020Q2 only: the code
    names the calendar half-year the funder asks about, the quarters are the project's own.
    """
    kind = ReportingPeriodKind(kind)  # a plain "half_year" from the database must not fall through
    periods: list[Period] = []
    for q in quarter_range(start, end):
        if kind == ReportingPeriodKind.QUARTER:
            full = Period(str(q), q, q)
        elif kind == ReportingPeriodKind.HALF_YEAR:
            full = half_year_of(q)
        else:
            full = year_of(q)
        if periods and periods[-1].code == full.code:
            continue
        periods.append(Period(full.code, max(full.start, start), min(full.end, end)))
    return periods
