"""The writes the window (and any other front end) makes, each returning what it changed.

Every function here runs one service on the caller's session (the caller opens the one
transaction: ``with register.transaction() as s: done = operation(s, ...)``) and returns
:class:`Done`: the service's own result, and the :class:`~hallbar_desktop.services.changes.Changes`
that says which project, indicators, quarters and kinds of content the write changed. This is
the pattern of Anki's collection operations (``OpChanges``): the front end applies the
description to its state and every view redraws what concerns it, instead of each action
remembering which views to refresh. What each write changes is decided here, in the core, once,
and tested without a window (``tests/services/test_operations.py``).

The services stay as they are (the command line, the project-file loader and the reports call
them directly); a front end that writes calls these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.entry import CellChange, CellEdit, apply_edits_to

if TYPE_CHECKING:  # the window imports this at start; the writes load the ORM when they run
    from sqlalchemy.orm import Session

    from hallbar_desktop.services.effect_chain import BoxRef, ChainBox, ChainLink
    from hallbar_desktop.services.effect_chain_edit import BoxFields
    from hallbar_desktop.services.excel_import import ImportPreview
    from hallbar_desktop.services.lessons import LessonFields, LessonInfo
    from hallbar_desktop.services.projects import FocusAreaFields, IndicatorFields, ProjectFields
    from hallbar_desktop.services.steering import (
        ApprovalInfo,
        DecisionInfo,
        MeetingFields,
        MeetingInfo,
        NarrativeFields,
    )
    from hallbar_desktop.services.structure import Removal
    from hallbar_desktop.services.views import FocusAreaInfo, IndicatorInfo, ProjectInfo

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a write returned, and what it changed in the register."""

    value: T
    changes: Changes


# --- values -----------------------------------------------------------------------------------
def edit_values(session: Session, project_code: str, edits: Sequence[CellEdit], actor: Actor) -> Done[list[CellChange]]:
    """Typing, paste, Delete, parts by sex, comments, undo and redo (``entry.apply_edits``)."""
    from hallbar_desktop.services.lookup import get_project

    project = get_project(session, project_code)  # (its code as the register spells it, for the changes)
    changed = apply_edits_to(session, project, edits, actor)
    return Done(changed, changes_of_cells(project.code, changed))


def changes_of_cells(project_code: str, cells: Sequence[CellChange]) -> Changes:
    return Changes.of_values(project_code, ((c.indicator_code, c.quarter) for c in cells))


def import_workbook(session: Session, path: Path, actor_user: str | None = None, *,
                    preview: ImportPreview | None = None) -> Done[ImportPreview]:
    """File → Import: a filled-in template or a report's Data sheet, all rows or none (the rows
    of ``preview``, the one the user confirmed, planned again without reading the file)."""
    from hallbar_desktop.services.excel_import import apply_import

    preview = apply_import(session, path, actor_user, preview=preview)
    return Done(preview, changes_of_cells(preview.project, preview.applied))


# --- the register's structure -----------------------------------------------------------------
def create_project(session: Session, fields: ProjectFields) -> Done[ProjectInfo]:
    from hallbar_desktop.services import projects

    info = projects.create_project(session, fields)
    return Done(info, Changes.of_structure(info.code))


def update_project(session: Session, code: str, fields: ProjectFields, *,
                   seen_version: int | None = None) -> Done[ProjectInfo]:
    """A new code is a change of two projects' places in the register: every view reads anew."""
    from hallbar_desktop.services import projects

    info = projects.update_project(session, code, fields, seen_version=seen_version)
    renamed = info.code.casefold() != code.strip().casefold()
    return Done(info, Changes.of_structure(None if renamed else info.code))


def create_focus_area(session: Session, project_code: str, fields: FocusAreaFields) -> Done[FocusAreaInfo]:
    from hallbar_desktop.services import projects

    info = projects.create_focus_area(session, project_code, fields)
    return Done(info, Changes.of_structure(_project_code(session, project_code)))


def update_focus_area(session: Session, project_code: str, number: int, fields: FocusAreaFields, *,
                      seen_version: int | None = None) -> Done[FocusAreaInfo]:
    from hallbar_desktop.services import projects

    info = projects.update_focus_area(session, project_code, number, fields, seen_version=seen_version)
    return Done(info, Changes.of_structure(_project_code(session, project_code)))


def create_indicator(session: Session, project_code: str, fields: IndicatorFields) -> Done[IndicatorInfo]:
    from hallbar_desktop.services import projects

    info = projects.create_indicator(session, project_code, fields)
    return Done(info, Changes.of_structure(_project_code(session, project_code)))


def update_indicator(session: Session, project_code: str, code: str, fields: IndicatorFields, *,
                     seen_version: int | None = None) -> Done[IndicatorInfo]:
    from hallbar_desktop.services import projects

    info = projects.update_indicator(session, project_code, code, fields, seen_version=seen_version)
    return Done(info, Changes.of_structure(_project_code(session, project_code)))


def move_focus_area(session: Session, project_code: str, number: int, offset: int) -> Done[bool]:
    from hallbar_desktop.services import structure

    moved = structure.move_focus_area(session, project_code, number, offset)
    return Done(moved, Changes.of_structure(_project_code(session, project_code)) if moved else Changes())


def move_indicator(session: Session, project_code: str, code: str, offset: int) -> Done[bool]:
    from hallbar_desktop.services import structure

    moved = structure.move_indicator(session, project_code, code, offset)
    return Done(moved, Changes.of_structure(_project_code(session, project_code)) if moved else Changes())


def remove_indicator(session: Session, project_code: str, code: str) -> Done[Removal]:
    from hallbar_desktop.services import structure

    project = _project_code(session, project_code)
    return Done(structure.remove_indicator(session, project_code, code), Changes.of_structure(project))


def remove_focus_area(session: Session, project_code: str, number: int) -> Done[Removal]:
    from hallbar_desktop.services import structure

    project = _project_code(session, project_code)
    return Done(structure.remove_focus_area(session, project_code, number), Changes.of_structure(project))


def remove_project(session: Session, project_code: str) -> Done[Removal]:
    from hallbar_desktop.services import structure

    project = _project_code(session, project_code)
    return Done(structure.remove_project(session, project_code), Changes.of_structure(project))


# --- the effect chain and the learning log -----------------------------------------------------
def create_box(session: Session, project_code: str, fields: BoxFields, actor: Actor) -> Done[ChainBox]:
    """A box of the effect chain (``effect_chain_edit``: the rules of ``domain.effect_chain``)."""
    from hallbar_desktop.services import effect_chain_edit

    box = effect_chain_edit.create_box(session, project_code, fields, actor)
    return Done(box, Changes.of_chain(_project_code(session, project_code)))


def update_box(session: Session, project_code: str, box: BoxRef, fields: BoxFields, actor: Actor) -> Done[ChainBox]:
    from hallbar_desktop.services import effect_chain_edit

    changed = effect_chain_edit.update_box(session, project_code, box, fields, actor)
    return Done(changed, Changes.of_chain(_project_code(session, project_code)))


def move_box(session: Session, project_code: str, box: BoxRef, offset: int, actor: Actor) -> Done[bool]:
    from hallbar_desktop.services import effect_chain_edit

    moved = effect_chain_edit.move_box(session, project_code, box, offset, actor)
    return Done(moved, Changes.of_chain(_project_code(session, project_code)) if moved else Changes())


def delete_box(session: Session, project_code: str, box: BoxRef, actor: Actor) -> Done[None]:
    """The box and its arrows; what sat in it is then not placed."""
    from hallbar_desktop.services import effect_chain_edit

    effect_chain_edit.delete_box(session, project_code, box, actor)
    return Done(None, Changes.of_chain(_project_code(session, project_code)))


def add_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor, *,
             skips_result: bool = False, note: str = "") -> Done[ChainLink]:
    """An arrow; from an activity straight to an effect only with ``skips_result`` (the user's choice)."""
    from hallbar_desktop.services import effect_chain_edit

    link = effect_chain_edit.add_link(session, project_code, source, target, actor, skips_result=skips_result,
                                      note=note)
    return Done(link, Changes.of_chain(_project_code(session, project_code)))


def update_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor, *,
                skips_result: bool | None = None, note: str | None = None) -> Done[ChainLink]:
    from hallbar_desktop.services import effect_chain_edit

    link = effect_chain_edit.update_link(session, project_code, source, target, actor, skips_result=skips_result,
                                         note=note)
    return Done(link, Changes.of_chain(_project_code(session, project_code)))


def remove_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import effect_chain_edit

    effect_chain_edit.remove_link(session, project_code, source, target, actor)
    return Done(None, Changes.of_chain(_project_code(session, project_code)))


def place_indicator(session: Session, project_code: str, box: BoxRef, indicator_code: str, actor: Actor, *,
                    move: bool = False) -> Done[ChainBox]:
    """Put an indicator in a box (``move``: take it from the box it sits in)."""
    from hallbar_desktop.services import effect_chain_edit

    changed = effect_chain_edit.attach_indicator(session, project_code, box, indicator_code, actor, move=move)
    return Done(changed, Changes.of_chain(_project_code(session, project_code)))


def unplace_indicator(session: Session, project_code: str, box: BoxRef, indicator_code: str,
                      actor: Actor) -> Done[ChainBox]:
    from hallbar_desktop.services import effect_chain_edit

    changed = effect_chain_edit.detach_indicator(session, project_code, box, indicator_code, actor)
    return Done(changed, Changes.of_chain(_project_code(session, project_code)))


def place_activity(session: Session, project_code: str, box: BoxRef, activity_code: str, actor: Actor, *,
                   move: bool = False) -> Done[ChainBox]:
    """Put an activity of the plan in a box on the activity level (``move``: from the box it sits in)."""
    from hallbar_desktop.services import effect_chain_edit

    changed = effect_chain_edit.attach_activity(session, project_code, box, activity_code, actor, move=move)
    return Done(changed, Changes.of_chain(_project_code(session, project_code)))


def unplace_activity(session: Session, project_code: str, box: BoxRef, activity_code: str,
                     actor: Actor) -> Done[ChainBox]:
    from hallbar_desktop.services import effect_chain_edit

    changed = effect_chain_edit.detach_activity(session, project_code, box, activity_code, actor)
    return Done(changed, Changes.of_chain(_project_code(session, project_code)))


def add_lesson(session: Session, project_code: str, fields: LessonFields, actor: Actor) -> Done[LessonInfo]:
    """A lesson of the learning log (the project's next number)."""
    from hallbar_desktop.services import lessons

    lesson = lessons.add_lesson(session, project_code, fields, actor)
    return Done(lesson, Changes.of_lessons(_project_code(session, project_code)))


def update_lesson(session: Session, project_code: str, number: int, fields: LessonFields,
                  actor: Actor, *, seen_version: int | None = None) -> Done[LessonInfo]:
    from hallbar_desktop.services import lessons

    lesson = lessons.update_lesson(session, project_code, number, fields, actor, seen_version=seen_version)
    return Done(lesson, Changes.of_lessons(_project_code(session, project_code)))


def delete_lesson(session: Session, project_code: str, number: int, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import lessons

    lessons.delete_lesson(session, project_code, number, actor)
    return Done(None, Changes.of_lessons(_project_code(session, project_code)))


# --- the steering group -----------------------------------------------------------------------
def save_meeting(session: Session, project_code: str, fields: MeetingFields,
                 narratives: Mapping[int, NarrativeFields], actor: Actor, *,
                 original_date: date | None = None, seen_version: int | None = None) -> Done[MeetingInfo]:
    """A meeting and its narrative per focus area, together (one transaction)."""
    from hallbar_desktop.services import steering

    steering.save_meeting(session, project_code, fields, actor, original_date=original_date,
                          seen_version=seen_version)
    for number, text in narratives.items():
        steering.set_narrative(session, project_code, fields.held_on, number, text, actor)
    meeting = steering.get_meeting(session, project_code, fields.held_on)
    return Done(meeting, Changes.of_meetings(meeting.project_code))


def delete_meeting(session: Session, project_code: str, held_on: date, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import steering

    steering.delete_meeting(session, project_code, held_on, actor)
    return Done(None, Changes.of_meetings(_project_code(session, project_code)))


def add_decision(session: Session, project_code: str, held_on: date, text: str, actor: Actor, *,
                 owner: str = "", due_on: date | None = None) -> Done[DecisionInfo]:
    from hallbar_desktop.services import steering

    decision = steering.add_decision(session, project_code, held_on, text, actor, owner=owner, due_on=due_on)
    return Done(decision, Changes.of_meetings(_project_code(session, project_code)))


def update_decision(session: Session, project_code: str, number: int, actor: Actor, *, status: str | None = None,
                    follow_up: str | None = None, closed_on: date | None = None,
                    seen_version: int | None = None) -> Done[DecisionInfo]:
    from hallbar_desktop.services import steering

    decision = steering.update_decision(session, project_code, number, actor, status=status, follow_up=follow_up,
                                        closed_on=closed_on, seen_version=seen_version)
    return Done(decision, Changes.of_meetings(_project_code(session, project_code)))


def approve_quarter(session: Session, project_code: str, quarter: Quarter, held_on: date,
                    actor: Actor) -> Done[ApprovalInfo]:
    """The quarter's values are locked: the grid's cells, the charts' markers, the meetings."""
    from hallbar_desktop.services import steering

    approval = steering.approve_quarter(session, project_code, quarter, held_on, actor)
    return Done(approval, Changes.of_approval(_project_code(session, project_code), approval.quarter)
                .merge(Changes.of_meetings(_project_code(session, project_code))))


def unlock_quarter(session: Session, project_code: str, quarter: Quarter, reason: str, actor: Actor) -> Done[None]:
    from hallbar_desktop.services import steering

    steering.unlock_quarter(session, project_code, quarter, reason, actor)
    return Done(None, Changes.of_approval(_project_code(session, project_code), quarter)
                .merge(Changes.of_meetings(_project_code(session, project_code))))


def _project_code(session: Session, code: str) -> str:
    """The project's code as the register spells it (the user may have typed ``rjl``)."""
    from hallbar_desktop.services.lookup import project_row

    return str(project_row(session, code).code)
