"""Recording values: validation by kind, the project period, the audit trail, no half-writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import (
    clear_value,
    history,
    record_value,
    set_comment,
    validated_input,
)
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.models import AuditEntry, Measurement
from hallbar_desktop.store.register import Register

SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
ME = Actor("anna", "cli")


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load", SMALL.name))
    return register


def _set(reg: Register, code: str, quarter: str, text: str, **kw: object) -> None:
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), code)
        record_value(s, ind, quarter, validated_input(ind, text=text, **kw), ME)  # type: ignore[arg-type]


def _value(reg: Register, code: str, quarter: str) -> Measurement | None:
    with reg.reading() as s:
        ind = get_indicator(s, get_project(s, "TEST"), code)
        return s.scalars(
            select(Measurement).where(Measurement.indicator_id == ind.id,
                                      Measurement.quarter == quarter)
        ).first()


def test_swedish_input_is_stored_as_a_number(small: Register) -> None:
    _set(small, "1.1", "2021Q4", "42,5 %")
    m = _value(small, "1.1", "2021Q4")
    assert m is not None and m.value == 42.5
    assert m.entered_by == "anna" and m.source == "cli"


def test_percent_as_numerator_and_denominator_keeps_both(small: Register) -> None:
    _set(small, "1.1", "2022Q1", "34 av 40")
    m = _value(small, "1.1", "2022Q1")
    assert m is not None
    assert (m.value, m.numerator, m.denominator) == (85.0, 34.0, 40.0)


@pytest.mark.parametrize(
    ("code", "text", "kw", "words"),
    [
        ("1.1", "120", {}, "100"),
        ("1.1", "hej", {}, "inte ett tal"),
        ("1.1", "41/40", {}, "(?i)täljaren"),
        ("1.2", "2,5", {}, "heltal"),
        ("1.2", "12", {"women": 7, "men": 4}, "12"),
        ("2.1", "-5", {}, "negativt"),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_written(
    small: Register, code: str, text: str, kw: dict[str, float], words: str
) -> None:
    before = _value(small, code, "2021Q2")
    with pytest.raises(DomainError, match=words):
        _set(small, code, "2021Q2", text, **kw)
    after = _value(small, code, "2021Q2")
    assert (before and before.value) == (after and after.value)


def test_quarter_outside_project_period_is_refused(small: Register) -> None:
    with pytest.raises(ValidationError, match="utanför projektperioden"):
        _set(small, "1.1", "2023Q1", "50")
    with pytest.raises(ValidationError, match="utanför projektperioden"):
        _set(small, "1.1", "2020Q4", "50")


def test_unknown_codes_name_what_exists(small: Register) -> None:
    with small.reading() as s, pytest.raises(NotFound, match="1.1, 1.2, 2.1, 2.2"):
        get_indicator(s, get_project(s, "TEST"), "9.9")
    with small.reading() as s, pytest.raises(NotFound, match="TEST"):
        get_project(s, "NOPE")


def test_project_code_is_case_insensitive(small: Register) -> None:
    with small.reading() as s:
        assert get_project(s, "test").code == "TEST"


def test_audit_trail_keeps_old_and_new_who_and_where(small: Register) -> None:
    _set(small, "1.1", "2021Q2", "15")
    with small.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        set_comment(s, ind, "2021Q2", "Fler beslut granskade.", Actor("bo", "window"))
    with small.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        assert clear_value(s, ind, "2021Q2", Actor("bo", "window"))
    with small.reading() as s:
        records = history(s, get_indicator(s, get_project(s, "TEST"), "1.1"), "2021Q2")
    assert [r.action for r in records] == ["set", "set", "comment", "clear"]
    load, set_, comment, clear = records
    assert load.source == "load" and load.source_detail == "small_project.toml"
    assert set_.old == {"value": 10.0} and set_.new == {"value": 15.0}
    assert set_.changed_by == "anna" and set_.source == "cli"
    assert comment.new == {"value": 15.0, "comment": "Fler beslut granskade."}
    assert clear.old == {"value": 15.0, "comment": "Fler beslut granskade."} and clear.new is None
    assert _value(small, "1.1", "2021Q2") is None


def test_recording_the_same_value_again_changes_nothing(small: Register) -> None:
    with small.reading() as s:
        n_before = s.scalar(select(func.count()).select_from(AuditEntry))
    _set(small, "1.1", "2021Q2", "10")
    with small.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == n_before


def test_parts_by_sex_must_sum_to_the_total(small: Register) -> None:
    _set(small, "1.2", "2021Q3", "8", women=5, men=2, other=1)
    m = _value(small, "1.2", "2021Q3")
    assert m is not None and (m.women, m.men, m.other) == (5, 2, 1)


def test_failed_action_leaves_no_half_change(small: Register) -> None:
    """Two writes in one transaction, the second invalid: the first is rolled back too."""
    with pytest.raises(DomainError), small.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        record_value(s, ind, "2021Q4", validated_input(ind, text="55"), ME)
        record_value(s, ind, "2022Q1", validated_input(ind, text="155"), ME)
    assert _value(small, "1.1", "2021Q4") is None


def test_comment_without_value_is_refused(small: Register) -> None:
    with small.transaction() as s, pytest.raises(NotFound, match="inget värde"):
        ind = get_indicator(s, get_project(s, "TEST"), "1.1")
        set_comment(s, ind, "2022Q2", "Text", ME)
