"""No silent overwrite of a form (issue 20): the project, focus-area and decision forms remember the
version of the row they were filled from; a save after someone else's save of the row is refused
with what holds now (and who, where the audit trail knows), and nothing is written.

Each test is two sessions on one register file: the form reads, another session (another window)
saves the row, then the form's save comes too late."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hallbar_desktop.errors import Conflict
from hallbar_desktop.services import operations
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import focus_area_info, get_focus_area, get_project, project_info
from hallbar_desktop.services.projects import FocusAreaFields, FundingFields, ProjectFields
from hallbar_desktop.services.views import ProjectInfo
from hallbar_desktop.store.register import Register

ANNA, BO = Actor("anna", "window"), Actor("bo", "window")


def project_fields(p: ProjectInfo, **changed: object) -> ProjectFields:
    fields = ProjectFields(
        code=p.code, name=p.name, start=p.start, end=p.end, owner=p.owner, case_number=p.case_number,
        funder=p.funder, description=p.description, reporting_period=p.reporting_period,
        project_leader=p.project_leader, call=p.call, project_leader_role=p.project_leader_role,
        contact_name=p.contact_name, thresholds=p.thresholds, example_data=p.example_data,
        example_note=p.example_note, funding=tuple(FundingFields(f.source, f.amount_sek, f.note) for f in p.funding))
    return replace(fields, **changed)  # type: ignore[arg-type]


def test_a_project_form_saved_after_another_save_is_refused_and_nothing_is_written(demo: Register) -> None:
    with demo.reading() as s:  # Anna opens the project form
        seen = project_info(get_project(s, "RJL"))
    with demo.transaction() as s:  # Bo saves the project meanwhile
        operations.update_project(s, "RJL", project_fields(seen, project_leader="Bo Berg"), seen_version=seen.version)
    with pytest.raises(Conflict) as caught, demo.transaction() as s:
        operations.update_project(s, "RJL", project_fields(seen, name="Annas namn"), seen_version=seen.version)
    message = str(caught.value)
    assert "projektet RJL" in message and "projektledare «Bo Berg»" in message, message
    assert "sparades inte" in message and "inget skrevs över" in message
    with demo.reading() as s:
        now = project_info(get_project(s, "RJL"))
    assert (now.name, now.project_leader, now.version) == (seen.name, "Bo Berg", seen.version + 1)
    # The form opened again (on what holds now) saves.
    with demo.transaction() as s:
        operations.update_project(s, "RJL", project_fields(now, name="Annas namn"), seen_version=now.version)
    with demo.reading() as s:
        assert project_info(get_project(s, "RJL")).name == "Annas namn"


def test_a_save_without_a_version_is_not_checked(demo: Register) -> None:
    """The command line and a project file give no version: they are not forms read earlier."""
    with demo.reading() as s:
        seen = project_info(get_project(s, "RJL"))
    with demo.transaction() as s:
        operations.update_project(s, "RJL", project_fields(seen, project_leader="Bo Berg"))
    with demo.transaction() as s:
        operations.update_project(s, "RJL", project_fields(seen, name="Annas namn"))
    with demo.reading() as s:
        assert project_info(get_project(s, "RJL")).name == "Annas namn"


def test_a_focus_area_form_saved_after_another_save_is_refused(demo: Register) -> None:
    with demo.reading() as s:
        seen = focus_area_info(get_focus_area(s, get_project(s, "RJL"), 1))
    with demo.transaction() as s:
        operations.update_focus_area(s, "RJL", 1, FocusAreaFields(1, "Bos namn", seen.purpose),
                                     seen_version=seen.version)
    with pytest.raises(Conflict) as caught, demo.transaction() as s:
        operations.update_focus_area(s, "RJL", 1, FocusAreaFields(1, seen.name, "Annas syfte"),
                                     seen_version=seen.version)
    assert "insatsområde 1 i RJL" in str(caught.value) and "«Bos namn»" in str(caught.value)
    with demo.reading() as s:
        now = focus_area_info(get_focus_area(s, get_project(s, "RJL"), 1))
    assert (now.name, now.purpose) == ("Bos namn", seen.purpose)


def test_a_decision_follow_up_saved_after_another_is_refused_with_who(demo: Register) -> None:
    from hallbar_desktop.services import steering

    with demo.reading() as s:  # Anna's steering window shows the decision
        seen = next(d for d in steering.list_decisions(s, "RJL") if d.is_open)
    with demo.transaction() as s:
        operations.update_decision(s, "RJL", seen.number, BO, status="in_progress", follow_up="Bos uppföljning",
                                   seen_version=seen.version)
    with pytest.raises(Conflict) as caught, demo.transaction() as s:
        operations.update_decision(s, "RJL", seen.number, ANNA, status="done", follow_up="Annas uppföljning",
                                   seen_version=seen.version)
    message = str(caught.value)
    assert message.startswith("bo (") and f"beslut {seen.number}" in message, message
    assert "status nu «pågår»" in message and "«Bos uppföljning»" in message
    with demo.reading() as s:
        now = next(d for d in steering.list_decisions(s, "RJL") if d.number == seen.number)
        edits = [e for e in steering_history(s) if e["changed_by"] == "anna"]
    assert (now.status, now.follow_up, now.version) == ("in_progress", "Bos uppföljning", seen.version + 1)
    assert edits == []  # nothing of Anna's in the audit trail either


def steering_history(session):  # type: ignore[no-untyped-def]
    from hallbar_desktop.services.audit import project_history

    return project_history(session, get_project(session, "RJL").id, ("decision", "decision_edit"))


def test_an_activity_form_saved_after_another_save_is_refused_with_who(demo: Register) -> None:
    from hallbar_desktop.services import activities, plan_operations

    with demo.reading() as s:
        code = activities.activity_plan(s, "RJL").activities[0].code
        seen = activities.get_activity(s, "RJL", code)
        form = activities.activity_fields_of(s, "RJL", code)
    with demo.transaction() as s:
        plan_operations.update_activity(s, "RJL", code, replace(form, responsible="Bo Berg"), BO,
                                        seen_version=seen.version)
    with pytest.raises(Conflict) as caught, demo.transaction() as s:
        plan_operations.update_activity(s, "RJL", code, replace(form, name="Annas namn"), ANNA,
                                        seen_version=seen.version)
    message = str(caught.value)
    assert message.startswith("bo (") and f"aktiviteten {code}" in message and "ansvarig «Bo Berg»" in message, message
    with demo.reading() as s:
        now = activities.get_activity(s, "RJL", code)
    assert (now.name, now.responsible) == (seen.name, "Bo Berg")


def test_a_lesson_form_saved_after_another_save_is_refused_with_who(demo: Register) -> None:
    from hallbar_desktop.services import lessons

    with demo.reading() as s:
        seen = lessons.list_lessons(s, "RJL")[0]
        form = lessons.lesson_fields_of(s, "RJL", seen.number)
    with demo.transaction() as s:
        operations.update_lesson(s, "RJL", seen.number, replace(form, learned="Bos lärdom"), BO,
                                 seen_version=seen.version)
    with pytest.raises(Conflict) as caught, demo.transaction() as s:
        operations.update_lesson(s, "RJL", seen.number, replace(form, changes="Annas ändring"), ANNA,
                                 seen_version=seen.version)
    message = str(caught.value)
    assert message.startswith("bo (") and f"lärdom {seen.number}" in message and "«Bos lärdom»" in message, message
    with demo.reading() as s:
        now = lessons.get_lesson(s, "RJL", seen.number)
    assert (now.learned, now.changes) == ("Bos lärdom", seen.changes)
