"""Editing the register's structure: codes unique, targets consistent, deadlines sensible."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.kinds import Direction, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.projects import (
    FocusAreaFields,
    IndicatorFields,
    ProjectFields,
    create_focus_area,
    create_indicator,
    create_project,
    update_indicator,
    update_project,
)
from hallbar_desktop.store.register import Register

Q = Quarter.parse


@pytest.fixture
def project(register: Register) -> Register:
    with register.transaction() as s:
        create_project(s, ProjectFields(code="P1", name="Projekt ett", start=Q("2021Q1"), end=Q("2022Q4")))
        create_focus_area(s, "P1", FocusAreaFields(1, "Omställning"))
        create_indicator(s, "P1", IndicatorFields("1.1", "Andel", 1, IndicatorKind.PERCENT,
                                                  baseline=0, target=100, target_quarter=Q("2022Q4")))
    return register


def indicator(**kw: object) -> IndicatorFields:
    base = dict(code="1.2", name="Ny", focus_area_number=1, kind=IndicatorKind.COUNT)
    base.update(kw)
    return IndicatorFields(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        (indicator(code="1.1"), "används redan"),
        (indicator(code=" 1.1 "), "används redan"),
        (indicator(kind=IndicatorKind.PERCENT, target=120), "mellan 0 och 100"),
        (indicator(baseline=10, target=5), "högre är bättre"),
        (indicator(direction=Direction.LOWER, baseline=5, target=10), "lägre är bättre"),
        (indicator(target=5, target_quarter=Q("2020Q4")), "före projektets start"),
        (indicator(target=2.5), "heltal"),
        (indicator(kind=IndicatorKind.AMOUNT, split_by_sex=True), "antal"),
        (indicator(focus_area_number=7), "inget insatsområde 7"),
        (indicator(name="  "), "namn saknas"),
    ],
)
def test_inconsistent_indicators_are_refused(project: Register, fields: IndicatorFields, words: str) -> None:
    with pytest.raises(Exception, match=words), project.transaction() as s:
        create_indicator(s, "P1", fields)
    with project.reading() as s:
        from hallbar_desktop.services.lookup import get_project

        assert [i.code for i in get_project(s, "P1").indicators] == ["1.1"]


def test_deadline_after_the_project_is_allowed(project: Register) -> None:
    with project.transaction() as s:
        info = create_indicator(s, "P1", indicator(target=10, target_quarter=Q("2024Q4")))
    assert info.target_quarter == Q("2024Q4")


def test_duplicate_project_code_is_refused(project: Register) -> None:
    with pytest.raises(ValidationError, match="redan ett projekt"), project.transaction() as s:
        create_project(s, ProjectFields(code="p1", name="Igen", start=Q("2021Q1"), end=Q("2021Q4")))


def test_project_that_ends_before_it_starts_is_refused(project: Register) -> None:
    with pytest.raises(ValidationError, match="före det börjar"), project.transaction() as s:
        create_project(s, ProjectFields(code="P2", name="Bakvänt", start=Q("2022Q1"), end=Q("2021Q4")))


def test_kind_cannot_change_once_values_exist(project: Register) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input

    with project.transaction() as s:
        ind = get_indicator(s, get_project(s, "P1"), "1.1")
        record_value(s, ind, "2021Q2", validated_input(ind, text="20"), Actor("a", "cli"))
    with pytest.raises(ValidationError, match="typ"), project.transaction() as s:
        update_indicator(s, "P1", "1.1", indicator(code="1.1", kind=IndicatorKind.COUNT))


def test_shrinking_the_period_past_values_is_refused(project: Register) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input

    with project.transaction() as s:
        create_indicator(s, "P1", indicator(target=10, target_quarter=Q("2022Q2")))
        ind = get_indicator(s, get_project(s, "P1"), "1.2")
        record_value(s, ind, "2022Q3", validated_input(ind, text="20"), Actor("a", "cli"))
    with pytest.raises(ValidationError, match="2022 kv 3"), project.transaction() as s:
        update_project(s, "P1", ProjectFields(code="P1", name="Projekt ett", start=Q("2021Q1"), end=Q("2022Q2")))


def test_a_share_cannot_be_a_flow(project: Register) -> None:
    from hallbar_desktop.domain.kinds import Accumulation

    with pytest.raises(ValidationError, match="andel.*summeras inte"), project.transaction() as s:
        create_indicator(s, "P1", indicator(kind=IndicatorKind.PERCENT, accumulation=Accumulation.FLOW))
def test_values_of_an_indicator_followed_after_the_end_keep_a_shorter_period(project: Register) -> None:
    """1.1's deadline (2022 kv 4) lies after the new end: it is followed up until then, so its
    value of 2022 kv 3 stays; moving its deadline before that value is refused."""
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input

    with project.transaction() as s:
        ind = get_indicator(s, get_project(s, "P1"), "1.1")
        record_value(s, ind, "2022Q3", validated_input(ind, text="20"), Actor("a", "cli"))
    with project.transaction() as s:
        update_project(s, "P1", ProjectFields(code="P1", name="Projekt ett", start=Q("2021Q1"), end=Q("2022Q2")))
    with pytest.raises(ValidationError, match="värden efter projektslut"), project.transaction() as s:
        update_indicator(s, "P1", "1.1", IndicatorFields("1.1", "Andel", 1, IndicatorKind.PERCENT, baseline=0,
                                                         target=100, target_quarter=Q("2022Q2")))
