"""The activity plan's rule: an open activity is delayed once its planned end quarter has ended."""

from __future__ import annotations

import pytest

from hallbar_desktop.domain.activities import ActivityStatus, activity_status, check_plan, is_delayed
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.quarters import Quarter

Q = Quarter.parse
S = ActivityStatus


def test_delayed_once_the_planned_end_quarter_has_ended() -> None:
    assert not is_delayed(Q("2021Q4"), Q("2021Q3"))
    assert is_delayed(Q("2021Q4"), Q("2021Q4"))  # the reporting quarter has ended without it
    assert is_delayed(Q("2021Q4"), Q("2022Q2"))


@pytest.mark.parametrize(("stored", "as_of", "closed_in", "expected"), [
    (S.ONGOING, "2021Q2", None, S.ONGOING),
    (S.ONGOING, "2021Q4", None, S.DELAYED),  # its end quarter is over, not carried out
    (S.PLANNED, "2022Q1", None, S.DELAYED),  # never started and past its end
    (S.PLANNED, "2020Q4", None, S.PLANNED),  # before its start
    (S.PLANNED, "2021Q2", None, S.PLANNED),  # start passed but not marked as started
    (S.ONGOING, "2020Q4", None, S.PLANNED),  # as it stood before its planned start
    (S.DELAYED, "2021Q1", None, S.DELAYED),  # marked delayed by hand before its end
    (S.DONE, "2022Q4", "2021Q3", S.DONE),
    (S.DONE, "2021Q2", "2021Q3", S.ONGOING),  # a report of a period before it was carried out
    (S.DONE, "2022Q1", "2022Q1", S.DONE),  # carried out late: done in the quarter it closed
    (S.DONE, "2021Q4", "2022Q1", S.DELAYED),  # …and late at the end of its planned end quarter
    (S.CANCELLED, "2022Q2", "2021Q2", S.CANCELLED),
    (S.CANCELLED, "2022Q2", None, S.CANCELLED),
])
def test_status_at_the_end_of_a_quarter(stored: ActivityStatus, as_of: str, closed_in: str | None,
                                        expected: ActivityStatus) -> None:
    got = activity_status(stored, Q("2021Q1"), Q("2021Q4"), Q(as_of), Q(closed_in) if closed_in else None)
    assert got is expected


def test_swedish_words_and_codes_are_read() -> None:
    assert ActivityStatus.parse("Genomförd") is S.DONE
    assert ActivityStatus.parse("pågår") is S.ONGOING
    assert ActivityStatus.parse("cancelled") is S.CANCELLED
    assert [s.label_sv() for s in S] == ["planerad", "pågår", "genomförd", "försenad", "inställd"]
    with pytest.raises(DomainError, match="välj planerad, pågår, genomförd, försenad, inställd"):
        ActivityStatus.parse("klar")


def test_a_plan_runs_forwards_inside_the_project() -> None:
    check_plan(Q("2020Q2"), Q("2020Q2"), Q("2020Q1"), Q("2022Q4"))
    with pytest.raises(DomainError, match="slutar"):
        check_plan(Q("2021Q2"), Q("2021Q1"), Q("2020Q1"), Q("2022Q4"))
    with pytest.raises(DomainError, match="utanför projektperioden"):
        check_plan(Q("2022Q3"), Q("2023Q1"), Q("2020Q1"), Q("2022Q4"))
