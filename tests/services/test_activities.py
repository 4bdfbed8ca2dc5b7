"""The activity plan: activities per focus area, delayed from their planned end, reports per
period, the period's unforeseen effects; every change audited, refused input writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.domain.activities import ActivityStatus
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services import activities as act
from hallbar_desktop.services.activities import ActivityFields
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_history
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.project_file import load_project
from hallbar_desktop.store.register import Register

ME = Actor("test", "window")
SMALL = Path(__file__).parents[1] / "data" / "small_project.toml"
Q = Quarter.parse
TODAY = date(2022, 8, 15)  # the latest ended quarter is 2022Q2


@pytest.fixture
def small(register: Register) -> Register:
    with register.transaction() as s:
        load_project(s, SMALL, Actor("test", "load"))
    return register


def fields(**kw: object) -> ActivityFields:
    base: dict[str, object] = dict(code="A1", name="Kartlägga nuläget", planned_start="2021Q1",
                                   planned_end="2021Q4", focus_area_number=1, responsible="Projektledaren",
                                   indicator_codes=("1.1",))
    base.update(kw)
    return ActivityFields(**base)  # type: ignore[arg-type]


def test_an_activity_not_carried_out_by_its_planned_end_is_delayed(small: Register) -> None:
    with small.transaction() as s:
        act.create_activity(s, "TEST", fields(status="ongoing"), ME, today=TODAY)
        act.create_activity(s, "TEST", fields(code="A2", name="Utbilda", planned_start="2022Q1",
                                              planned_end="2022Q4", status="pågår"), ME, today=TODAY)
        act.create_activity(s, "TEST", fields(code="A3", name="Modell", status="done", closed_in="2021Q3"), ME,
                            today=TODAY)
        act.create_activity(s, "TEST", fields(code="P1", name="Projektledning", focus_area_number=None,
                                              planned_start="2021Q1", planned_end="2022Q4", status="ongoing",
                                              indicator_codes=()), ME, today=TODAY)
    with small.reading() as s:
        plan = act.activity_plan(s, "TEST", today=TODAY)
        assert plan.as_of == Q("2022Q2")
        assert [(a.code, a.status) for a in plan.activities] == [
            ("A1", ActivityStatus.DELAYED), ("A2", ActivityStatus.ONGOING), ("A3", ActivityStatus.DONE),
            ("P1", ActivityStatus.ONGOING)]
        assert [a.code for a in plan.delayed()] == ["A1"]
        a1 = plan.find("a1")
        assert a1 is not None and a1.stored_status is ActivityStatus.ONGOING and a1.status_sv == "försenad"
        assert a1.indicator_codes == ("1.1",) and a1.focus_area_name == "Hållbarhetssäkrad finansiering"
        assert plan.find("P1").focus_area_number is None  # type: ignore[union-attr]
        assert plan.counts()[ActivityStatus.DELAYED] == 1
        # the report of an earlier period sees the plan as it stood then
        earlier = act.activity_plan(s, "TEST", period="2021H1", today=TODAY)
        assert [(a.code, a.status) for a in earlier.activities] == [
            ("A1", ActivityStatus.ONGOING), ("A2", ActivityStatus.PLANNED), ("A3", ActivityStatus.ONGOING),
            ("P1", ActivityStatus.ONGOING)]


def test_closing_an_activity_keeps_the_quarter_it_was_closed_in(small: Register) -> None:
    with small.transaction() as s:
        act.create_activity(s, "TEST", fields(status="ongoing"), ME, today=TODAY)
        info = act.set_activity_status(s, "TEST", "A1", "genomförd", ME, closed_in="2022Q1", today=TODAY)
        assert info.status is ActivityStatus.DONE and info.closed_in == Q("2022Q1")
        # renaming it later does not move its closing quarter
        edited = replace(act.activity_fields_of(s, "TEST", "A1"), name="Nytt namn", closed_in=None)
        again = act.update_activity(s, "TEST", "A1", edited, ME, today=TODAY)
        assert again.closed_in == Q("2022Q1") and again.name == "Nytt namn"
    with small.reading() as s:
        # in the report of 2021H2 it was still open and had passed its end: delayed then
        then = act.activity_plan(s, "TEST", period="2021H2", today=TODAY)
        assert then.activities[0].status is ActivityStatus.DELAYED


@pytest.mark.parametrize(("change", "message"), [
    (dict(code=""), "Ange en kod"),
    (dict(name="  "), "Ange ett namn"),
    (dict(planned_start="2022Q2", planned_end="2022Q1"), "slutar"),
    (dict(planned_end="2023Q1"), "utanför projektperioden"),
    (dict(planned_start="kvartal tre"), "inget kvartal"),
    (dict(status="klar"), "finns inte för en aktivitet"),
    (dict(focus_area_number=9), "inget insatsområde 9"),
    (dict(indicator_codes=("9.9",)), "ingen indikator med koden «9.9»"),
    (dict(description="x" * 9000), "för lång"),
    (dict(status="done", closed_in="2020Q4"), "utanför projektperioden"),
])
def test_bad_activities_are_refused_and_nothing_is_written(small: Register, change: dict[str, object],
                                                           message: str) -> None:
    with small.reading() as s:
        before = act.activity_plan(s, "TEST", today=TODAY)
    with pytest.raises((ValidationError, NotFound), match=message), small.transaction() as s:
        act.create_activity(s, "TEST", fields(**change), ME, today=TODAY)
    with small.reading() as s:
        assert act.activity_plan(s, "TEST", today=TODAY) == before


def test_codes_are_unique_in_the_project(small: Register) -> None:
    with small.transaction() as s:
        act.create_activity(s, "TEST", fields(), ME)
    with pytest.raises(ValidationError, match="redan en aktivitet med koden «A1»"), small.transaction() as s:
        act.create_activity(s, "TEST", fields(code="a1", name="Annan"), ME)


def test_reports_per_period_and_the_unforeseen_text_are_audited(small: Register) -> None:
    with small.transaction() as s:
        act.create_activity(s, "TEST", fields(), ME)
        assert act.set_activity_report(s, "TEST", "A1", "2021H2", ME, done="Intervjuer med tio handläggare.",
                                       outcome="Nulägesbeskrivningen är klar.")
        assert not act.set_activity_report(s, "TEST", "A1", "2021 H2", ME, done="Intervjuer med tio handläggare.",
                                           outcome="Nulägesbeskrivningen är klar.")
        assert act.set_unforeseen(s, "TEST", "2021H2", "Fler kommuner än väntat ville delta.", ME)
        assert not act.set_unforeseen(s, "TEST", "2021H2", "Fler kommuner än väntat ville delta.  ", ME)
    with small.reading() as s:
        a1 = act.get_activity(s, "TEST", "A1", today=TODAY)
        report = a1.report("2021H2")
        assert report is not None and report.period_label == "2021 halvår 2"
        assert report.outcome == "Nulägesbeskrivningen är klar."
        assert act.period_texts(s, "TEST", "2021H2").unforeseen == "Fler kommuner än väntat ville delta."
        assert act.period_texts(s, "TEST", "2022H1").unforeseen == ""
        trail = project_history(s, get_project(s, "TEST").id, ("activity", "activity_report", "period_text"))
        assert [e["action"] for e in trail] == ["activity", "activity_report", "period_text"]
        assert trail[1]["new"] == {"activity": "A1", "period": "2021H2", "done": "Intervjuer med tio handläggare.",
                                   "outcome": "Nulägesbeskrivningen är klar."}
        assert trail[2]["quarter"] == "2021Q4" and trail[0]["changed_by"] == "test"
    with pytest.raises(ValidationError, match="ingen rapportperiod för TEST. Perioder: 2021H1, 2021H2"), \
            small.transaction() as s:
        act.set_activity_report(s, "TEST", "A1", "2020H2", ME, done="x", outcome="")
    with small.transaction() as s:  # both texts empty: the report is removed
        assert act.set_activity_report(s, "TEST", "A1", "2021H2", ME, done="", outcome="")
        assert act.get_activity(s, "TEST", "A1").reports == ()


def test_delete_and_move(small: Register) -> None:
    with small.transaction() as s:
        for code in ("A1", "A2", "A3"):
            act.create_activity(s, "TEST", fields(code=code, name=f"Aktivitet {code}"), ME)
        assert act.move_activity(s, "TEST", "A3", -1, ME)
        assert not act.move_activity(s, "TEST", "A1", -1, ME)
        act.delete_activity(s, "TEST", "A2", ME)
    with small.reading() as s:
        assert [a.code for a in act.activity_plan(s, "TEST").activities] == ["A1", "A3"]
        with pytest.raises(NotFound, match="Aktiviteter: A1, A3"):
            act.get_activity(s, "TEST", "A2")
        trail = project_history(s, get_project(s, "TEST").id, ("activity_delete",))
        assert trail[0]["old"]["code"] == "A2"  # type: ignore[index]
