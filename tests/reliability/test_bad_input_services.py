"""Bad input through the services – what the window and the import call – on both databases.

Each case runs in one ``register.transaction()`` as a user action does, must raise an error a
project leader can read (``HallbarError``/``DomainError``), and leave every row as it was.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.orm import Session

from hallbar_desktop.domain.kinds import Direction, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import clear_value, record_value, set_comment, validated_input
from hallbar_desktop.services.projects import (
    FocusAreaFields,
    FundingFields,
    IndicatorFields,
    ProjectFields,
    create_focus_area,
    create_indicator,
    create_project,
    update_indicator,
    update_project,
)
from hallbar_desktop.store.register import Register, open_register

ACTOR = Actor("test", "window")
Q = Quarter(2021, 3)


def _record(code: str, quarter: Quarter | str = Q, comment: Any = None, **given: Any) -> Callable[[Session], None]:
    def act(s: Session) -> None:
        ind = get_indicator(s, get_project(s, "TEST"), code)
        entry = validated_input(ind, **given)
        if comment is None:
            record_value(s, ind, quarter, entry, ACTOR)
        else:
            record_value(s, ind, quarter, entry, ACTOR, comment=comment)
    return act


def _comment(code: str, quarter: str, text: str) -> Callable[[Session], None]:
    def act(s: Session) -> None:
        set_comment(s, get_indicator(s, get_project(s, "TEST"), code), quarter, text, ACTOR)
    return act


def _clear(code: str, quarter: str) -> Callable[[Session], None]:
    def act(s: Session) -> None:
        clear_value(s, get_indicator(s, get_project(s, "TEST"), code), quarter, ACTOR)
    return act


def _project(**changes: Any) -> Callable[[Session], None]:
    base: dict[str, Any] = {"code": "NY", "name": "Nytt projekt", "start": Quarter(2021, 1), "end": Quarter(2022, 4)}
    base.update(changes)
    return lambda s: create_project(s, ProjectFields(**base)) and None


def _indicator(**changes: Any) -> Callable[[Session], None]:
    base: dict[str, Any] = {"code": "3.1", "name": "Ny indikator", "focus_area_number": 1,
                            "kind": IndicatorKind.COUNT}
    base.update(changes)
    return lambda s: create_indicator(s, "TEST", IndicatorFields(**base)) and None


def _focus_area(number: int, name: str) -> Callable[[Session], None]:
    return lambda s: create_focus_area(s, "TEST", FocusAreaFields(number, name)) and None


def _shrink_period(s: Session) -> None:
    update_project(s, "TEST", ProjectFields("TEST", "Testprojekt", Quarter(2022, 1), Quarter(2022, 4)))


def _change_kind(s: Session) -> None:
    update_indicator(s, "TEST", "1.2", IndicatorFields("1.2", "Utbildade", 1, IndicatorKind.PERCENT))


CASES: list[tuple[str, Callable[[Session], None]]] = [
    # wrong types (what a careless caller or a broken form could pass)
    ("value-as-text", _record("1.2", value="12")),
    ("value-as-bool", _record("1.2", value=True)),
    ("value-as-list", _record("1.2", value=[1])),
    ("value-as-decimal", _record("1.2", value=Decimal("12"))),
    ("value-as-complex", _record("1.2", value=complex(1, 2))),
    ("no-value", _record("1.2")),
    ("reached-on-as-text", _record("2.2", value=1, reached_on="2021-08-01")),
    ("reached-on-as-datetime", _record("2.2", value=1, reached_on=datetime(2021, 8, 1, 12))),
    # out of range
    ("percent-150", _record("1.1", value=150.0)),
    ("percent-negative", _record("1.1", value=-0.5)),
    ("count-negative", _record("1.2", value=-1.0)),
    ("count-fraction", _record("1.2", value=2.5)),
    ("amount-negative", _record("2.1", value=-1.0)),
    ("milestone-two", _record("2.2", value=2.0)),
    ("numerator-over-denominator", _record("1.1", numerator=41.0, denominator=40.0)),
    ("denominator-zero", _record("1.1", numerator=0.0, denominator=0.0)),
    ("negative-numerator", _record("1.1", numerator=-1.0, denominator=40.0)),
    ("share-disagrees-with-fraction", _record("1.1", value=90.0, numerator=34.0, denominator=40.0)),
    ("parts-exceed-total", _record("1.2", value=4.0, women=3.0, men=2.0)),
    ("reached-after-quarter", _record("2.2", value=1.0, reached_on=date(2021, 10, 1))),
    # huge numbers
    ("int-beyond-float", _record("1.2", value=10**400)),
    ("float-max", _record("2.1", value=1.7e308)),
    ("over-maximum", _record("2.1", value=1e14)),
    ("huge-denominator", _record("1.1", numerator=1.0, denominator=1e300)),
    # NaN and infinity
    ("nan", _record("1.2", value=math.nan)),
    ("inf", _record("2.1", value=math.inf)),
    ("minus-inf", _record("1.1", value=-math.inf)),
    ("nan-numerator", _record("1.1", numerator=math.nan, denominator=40.0)),
    ("inf-women", _record("1.2", women=math.inf)),
    ("nan-project-threshold-funding", _project(funding=(FundingFields("Tillväxtverket", math.nan),))),
    ("inf-baseline", _indicator(baseline=math.inf)),
    ("nan-target", _indicator(target=math.nan)),
    ("nan-intermediate", _indicator(target=10.0, target_quarter=Quarter(2022, 4),
                                    intermediate_targets=((Quarter(2021, 4), math.nan),))),
    # empty and very long text
    ("empty-text", _record("1.2", text="")),
    ("comment-4001", _record("1.2", value=5.0, comment="x" * 4001)),
    ("comment-with-nul", _record("1.2", value=5.0, comment="före\x00efter")),
    ("set-comment-too-long", _comment("1.1", "2021Q3", "y" * 5000)),
    ("empty-project-name", _project(name="   ")),
    ("project-name-301", _project(name="n" * 301)),
    ("project-code-41", _project(code="K" * 41)),
    ("empty-indicator-code", _indicator(code="")),
    ("indicator-name-301", _indicator(name="n" * 301)),
    ("empty-focus-area-name", _focus_area(3, " ")),
    # odd unicode
    ("lone-surrogate-comment", _record("1.2", value=5.0, comment="bra \ud800")),
    ("lone-surrogate-project-name", _project(name="Projekt \udcff")),
    ("rtl-override-value", _record("1.2", text="\u202e12")),
    ("zero-width-value", _record("1.2", text="1\u200b2")),
    # formula strings as values
    ("formula-value", _record("1.2", text="=1+1")),
    ("formula-percent", _record("1.1", text="=A1/B1")),
    # quarters outside the period or not quarters
    ("before-period", _record("1.2", quarter=Quarter(2020, 4), value=5.0)),
    ("after-period", _record("1.2", quarter="2023Q1", value=5.0)),
    ("not-a-quarter", _record("1.2", quarter="2021Q9", value=5.0)),
    ("clear-outside-period", _clear("1.2", "2019Q1")),
    ("comment-without-value", _comment("2.1", "2022Q4", "Ingen mätning gjord.")),
    ("period-excludes-values", _shrink_period),
    ("end-before-start", _project(start=Quarter(2022, 1), end=Quarter(2021, 4))),
    ("target-before-start", _indicator(target=5.0, target_quarter=Quarter(2019, 4))),
    ("intermediate-after-target", _indicator(target=10.0, target_quarter=Quarter(2021, 4),
                                             intermediate_targets=((Quarter(2022, 2), 5.0),))),
    # rules of the register
    ("duplicate-project", _project(code="test")),
    ("duplicate-indicator", _indicator(code="1.1")),
    ("duplicate-focus-area", _focus_area(1, "Igen")),
    ("focus-area-zero", _focus_area(0, "Noll")),
    ("unknown-focus-area", _indicator(focus_area_number=9)),
    ("percent-target-150", _indicator(kind=IndicatorKind.PERCENT, target=150.0)),
    ("count-target-fraction", _indicator(target=2.5)),
    ("milestone-target-two", _indicator(kind=IndicatorKind.MILESTONE, target=2.0)),
    ("target-against-direction", _indicator(baseline=10.0, target=5.0, direction=Direction.HIGHER)),
    ("split-percent-by-sex", _indicator(kind=IndicatorKind.PERCENT, split_by_sex=True)),
    ("kind-change-with-values", _change_kind),
    # unknown codes
    ("unknown-project", lambda s: get_project(s, "NOPE") and None),
    ("unknown-indicator", lambda s: get_indicator(s, get_project(s, "TEST"), "9.9") and None),
    ("sql-in-code", lambda s: get_indicator(s, get_project(s, "TEST"), "1.1'; DROP TABLE measurement;--")
     and None),
]


@pytest.fixture
def writer(populated) -> Iterator[Register]:
    register = open_register(populated.db)
    yield register
    register.close()


@pytest.mark.parametrize(("case", "action"), CASES, ids=[c[0] for c in CASES])
def test_service_refuses_bad_input(writer: Register, refused, case: str, action: Callable[[Session], None]) -> None:
    with refused.unchanged(), pytest.raises(USER_ERRORS) as caught, writer.transaction() as session:
        action(session)
    message = str(caught.value)
    assert message and "Traceback" not in message and "sqlalchemy" not in message.lower()


def test_a_comment_of_the_wrong_python_type_is_a_type_error_and_writes_nothing(writer: Register, refused) -> None:
    """Not a user's mistake but a caller's: a TypeError (a bug to fix), still nothing written."""
    with refused.unchanged(), pytest.raises(TypeError), writer.transaction() as session:
        _record("1.2", value=5, comment=12)(session)


@pytest.mark.parametrize("typed", ["\uff11\uff12", "\u0661\u0662", " 12 ", "12,0", "+12"])
def test_odd_but_meaningful_digits_are_stored_as_the_number_they_show(writer: Register, typed: str) -> None:
    """Full-width and Arabic-Indic digits are digits: stored as exactly 12, not as text."""
    with writer.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        change = record_value(s, ind, "2022Q1", validated_input(ind, text=typed), ACTOR)
    assert change.measurement is not None and change.measurement.value == 12.0
    with writer.transaction() as s:
        clear_value(s, get_indicator(s, get_project(s, "TEST"), "1.2"), "2022Q1", ACTOR)
