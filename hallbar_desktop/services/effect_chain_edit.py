"""Editing the effect chain: boxes, arrows, and the indicators and activities placed in boxes.

The rules are ``domain.effect_chain``'s — arrows go forwards and never round in a circle, an
activity leads straight to an effect only when the user chooses it (the choice is kept on the
arrow), an indicator sits on one level only and that level agrees with its effect-logic level,
activities sit among the activities, an item of a focus area sits in that area's chain or in a
project-wide box. Every change is audited (``services.audit``); nothing is committed here.
Reading is in :mod:`hallbar_desktop.services.effect_chain`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from hallbar_desktop.domain.effect_chain import (
    ChainLevel,
    check_activity_level,
    check_indicator_level,
    check_link,
    check_no_cycle,
    skips_result,
)
from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import EffectLevel
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.audit import project_audit
from hallbar_desktop.services.effect_chain import BoxRef, ChainBox, ChainLink, box_row, box_rows, fresh_box, link_rows
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import ChainBox as ChainBoxRow
    from hallbar_desktop.store.models import ChainLink as ChainLinkRow
    from hallbar_desktop.store.models import Project

MAX_TEXT = 4000
CODE_PREFIX = {ChainLevel.ACTIVITY: "AK", ChainLevel.RESULT: "R", ChainLevel.EFFECT: "E"}
_CODE = re.compile(r"^[0-9A-Za-zÅÄÖåäö][0-9A-Za-zÅÄÖåäö._\-]*$")


@dataclass(frozen=True)
class BoxFields:
    """What the user gives for a new or changed box."""

    level: ChainLevel | str
    title: str
    focus_area_number: int | None = None
    description: str = ""
    #: Its stable name in the project file and on the command line; empty: made from the level and
    #: the focus area (``R1.2`` = the second result of focus area 1, ``AK`` activities, ``E`` effects).
    code: str = ""


def box_fields_of(session: Session, project_code: str, box: BoxRef) -> BoxFields:
    """The box as editable fields (what an edit dialog starts from)."""
    project = get_project(session, project_code)
    row = box_row(session, project, box)
    return BoxFields(level=ChainLevel(row.level), title=row.title,
                     focus_area_number=row.focus_area.number if row.focus_area is not None else None,
                     description=row.description, code=row.code)


# --- boxes -----------------------------------------------------------------------------------
def _text(value: str, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise ValidationError(translate("EffectChain", "{what} ska vara text.").format(what=what))
    if "\x00" in value:
        raise ValidationError(translate("EffectChain", "{what} innehåller ett otillåtet tecken.").format(what=what))
    if len(value) > limit:
        raise ValidationError(translate("EffectChain", "{what} är för lång (högst {limit} tecken).").format(
                                  what=what, limit=limit))
    return value.strip()


def _level(value: ChainLevel | str) -> ChainLevel:
    try:
        return value if isinstance(value, ChainLevel) else ChainLevel.parse(value)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def _state(row: ChainBoxRow) -> dict[str, object]:
    return {"code": row.code, "level": row.level, "title": row.title, "description": row.description,
            "focus_area": row.focus_area.number if row.focus_area is not None else None,
            "indicators": [i.code for i in row.indicators], "activities": [a.code for a in row.activities]}


def _new_code(session: Session, project: Project, level: ChainLevel, area: int | None) -> str:
    from hallbar_desktop.store.models import ChainBox as Row

    used = {c.lower() for c in session.scalars(select(Row.code).where(Row.project_id == project.id))}
    stem = f"{CODE_PREFIX[level]}{area if area is not None else 'P'}."
    n = 1
    while f"{stem}{n}".lower() in used:
        n += 1
    return f"{stem}{n}"


def _check_lane(row: ChainBoxRow, area_id: int | None, what: str, item_area_id: int | None) -> None:
    """An item of a focus area sits in that area's chain or in a project-wide box."""
    if area_id is not None and item_area_id is not None and item_area_id != area_id:
        raise ValidationError(translate("EffectChain", "{what} hör till ett annat insatsområde än rutan «{code}». "
                                                       "Placera den i sitt eget insatsområdes effektkedja eller i en "
                                                       "projektövergripande ruta.").format(what=what, code=row.code))


def _apply(session: Session, project: Project, row: ChainBoxRow, fields: BoxFields) -> None:
    from hallbar_desktop.services.lookup import get_focus_area
    from hallbar_desktop.store.models import ChainBox as Row

    level = _level(fields.level)
    title = _text(fields.title, translate("EffectChain", "Rutans text"), 300)
    if not title:
        raise ValidationError(translate("EffectChain", "Skriv en text i rutan, t.ex. vad resultatet eller effekten "
                                                       "är."))
    description = _text(fields.description, translate("EffectChain", "Rutans beskrivning"))
    area = get_focus_area(session, project, fields.focus_area_number) if fields.focus_area_number is not None else None
    code = _text(fields.code, translate("EffectChain", "Rutans kod"), 40) or row.code or _new_code(
        session, project, level, area.number if area is not None else None)
    if not _CODE.match(code):
        raise ValidationError(translate("EffectChain", "Koden «{code}» duger inte för en ruta: bokstäver, siffror, "
                                                       "punkt och bindestreck, utan mellanslag (t.ex. R1.1).").format(
                                  code=code))
    clash = session.scalars(select(Row).where(Row.project_id == project.id,
                                              func.lower(Row.code) == code.lower())).first()
    if clash is not None and clash is not row:
        raise ValidationError(translate("EffectChain", "{code} har redan en ruta med koden «{code2}» i "
                                                       "effektkedjan.").format(
                                  code=project.code, code2=clash.code))
    area_id = area.id if area is not None else None
    if row.id is not None:  # an existing box: what sits in it and its arrows must still fit
        for i in row.indicators:
            _guard(check_indicator_level, i.code, EffectLevel(i.effect_level), level)
            _check_lane(row, area_id, translate("EffectChain", "Indikatorn {code}").format(
                code=i.code), i.focus_area_id)
        for a in row.activities:
            _guard(check_activity_level, a.code, level)
            _check_lane(row, area_id, translate("EffectChain", "Aktiviteten {code}").format(
                code=a.code), a.focus_area_id)
        _check_links_after_change(session, row, level, area_id)
    row.code, row.level, row.title, row.description = code, level.value, title, description
    row.focus_area_id, row.focus_area = area_id, area


def _guard(check, *args, **kw) -> None:  # type: ignore[no-untyped-def]
    """A domain rule's refusal as the services' ValidationError (same message)."""
    try:
        check(*args, **kw)
    except DomainError as exc:
        raise ValidationError(exc.message) from exc


def _check_links_after_change(session: Session, row: ChainBoxRow, level: ChainLevel, area_id: int | None) -> None:
    from hallbar_desktop.store.models import ChainBox as Row
    from hallbar_desktop.store.models import ChainLink as Link

    links = session.scalars(select(Link).where(or_(Link.source_id == row.id, Link.target_id == row.id))).all()
    if links and area_id != row.focus_area_id:
        raise ValidationError(translate("EffectChain", "Rutan «{code}» har pilar till andra rutor i sin effektkedja; "
                                                       "ta bort pilarna innan den flyttas till ett annat "
                                                       "insatsområde.").format(code=row.code))
    for link in links:
        other = session.get(Row, link.target_id if link.source_id == row.id else link.source_id)
        assert other is not None
        source, target = (level, ChainLevel(other.level)) if link.source_id == row.id else (ChainLevel(other.level),
                                                                                            level)
        _guard(check_link, source, target, skip_chosen=link.skips_result)
        link.skips_result = link.skips_result and skips_result(source, target)


def create_box(session: Session, project_code: str, fields: BoxFields, actor: Actor, *,
               today: date | None = None) -> ChainBox:
    """Add a box to the chain, last on its level in its focus area."""
    from hallbar_desktop.store.models import ChainBox as Row

    project = get_project(session, project_code)
    row = Row(project_id=project.id, description="", code="")
    _apply(session, project, row, fields)
    row.position = (session.scalar(select(func.max(Row.position)).where(
        Row.project_id == project.id, Row.level == row.level,
        Row.focus_area_id.is_(None) if row.focus_area_id is None else Row.focus_area_id == row.focus_area_id))
        or 0) + 1
    session.add(row)
    session.flush()
    project_audit(session, project.id, "chain_box", None, _state(row), actor)
    return fresh_box(session, project, row, today)


def update_box(session: Session, project_code: str, box: BoxRef, fields: BoxFields, actor: Actor, *,
               today: date | None = None) -> ChainBox:
    """Change a box's text, code, level or focus area; what sits in it and its arrows must still fit."""
    project = get_project(session, project_code)
    row = box_row(session, project, box)
    before = _state(row)
    _apply(session, project, row, fields)
    session.flush()
    after = _state(row)
    if after != before:
        project_audit(session, project.id, "chain_box_edit", before, after, actor)
    return fresh_box(session, project, row, today)


def move_box(session: Session, project_code: str, box: BoxRef, offset: int, actor: Actor) -> bool:
    """Move a box up (-1) or down (+1) among the boxes of its level in its focus area."""
    project = get_project(session, project_code)
    row = box_row(session, project, box)
    same = [r for r in box_rows(session, project) if r.level == row.level and r.focus_area_id == row.focus_area_id]
    i = same.index(row)
    j = i + offset
    if offset == 0 or not 0 <= j < len(same):
        return False
    other = same[j]
    row.position, other.position = other.position, row.position
    if row.position == other.position:  # equal positions: renumber first
        for n, x in enumerate(same):
            x.position = n
        row.position, other.position = other.position, row.position
    session.flush()
    project_audit(session, project.id, "chain_box_move", {"code": row.code, "position": i},
                  {"code": row.code, "position": j}, actor)
    return True


def delete_box(session: Session, project_code: str, box: BoxRef, actor: Actor) -> None:
    """Remove a box and its arrows; its indicators and activities are then not placed (audited)."""
    from hallbar_desktop.store.models import ChainBox as Row
    from hallbar_desktop.store.models import ChainLink as Link

    project = get_project(session, project_code)
    row = box_row(session, project, box)
    links = session.scalars(select(Link).where(or_(Link.source_id == row.id, Link.target_id == row.id))).all()
    codes = {r.id: r.code for r in session.scalars(select(Row).where(Row.project_id == project.id))}
    before = _state(row) | {"links": [[codes[x.source_id], codes[x.target_id], x.skips_result] for x in links]}
    for link in links:
        session.delete(link)
    session.delete(row)
    session.flush()
    project_audit(session, project.id, "chain_box_delete", before, None, actor)


# --- arrows ----------------------------------------------------------------------------------
def _link_view(link: ChainLinkRow, source: ChainBoxRow, target: ChainBoxRow) -> ChainLink:
    return ChainLink(link.id, source.code, target.code, source.id, target.id, link.skips_result, link.note)


def _link_row(session: Session, source: ChainBoxRow, target: ChainBoxRow) -> ChainLinkRow | None:
    from hallbar_desktop.store.models import ChainLink as Link

    return session.scalars(select(Link).where(Link.source_id == source.id, Link.target_id == target.id)).first()


def add_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor, *,
             skips_result: bool = False, note: str = "") -> ChainLink:
    """An arrow from ``source`` to ``target``. From an activity straight to an effect only with
    ``skips_result=True`` (the user's explicit choice, kept on the arrow)."""
    from hallbar_desktop.store.models import ChainBox as Row
    from hallbar_desktop.store.models import ChainLink as Link

    project = get_project(session, project_code)
    a, b = box_row(session, project, source), box_row(session, project, target)
    if a.focus_area_id != b.focus_area_id:
        raise ValidationError(translate("EffectChain", "Rutorna «{code}» och «{code2}» hör till olika effektkedjor "
                                                       "(insatsområden); en pil går mellan rutor i samma "
                                                       "kedja.").format(
                                  code=a.code, code2=b.code))
    if _link_row(session, a, b) is not None:
        raise ValidationError(translate("EffectChain", "Det finns redan en pil från «{code}» till «{code2}».").format(
                                  code=a.code, code2=b.code))
    levels = ChainLevel(a.level), ChainLevel(b.level)
    _guard(check_link, *levels, skip_chosen=bool(skips_result))
    chain = [r.id for r in session.scalars(select(Row).where(Row.project_id == project.id,
                                                             Row.focus_area_id.is_(None) if a.focus_area_id is None
                                                             else Row.focus_area_id == a.focus_area_id))]
    existing = [(x.source_id, x.target_id) for x in link_rows(session, chain)]
    _guard(check_no_cycle, existing, a.id, b.id)
    clean_note = _text(note, translate("EffectChain", "Pilens text"), 300)
    link = Link(source_id=a.id, target_id=b.id, skips_result=bool(skips_result) and skips_result_of(levels),
                note=clean_note)
    session.add(link)
    session.flush()
    project_audit(session, project.id, "chain_link", None,
                  {"source": a.code, "target": b.code, "skips_result": link.skips_result, "note": clean_note}, actor)
    return _link_view(link, a, b)


def skips_result_of(levels: tuple[ChainLevel, ChainLevel]) -> bool:
    """Whether an arrow between these levels jumps over the results (the keyword arguments of
    ``add_link`` and ``update_link`` hide the domain function of the same name)."""
    return skips_result(*levels)


def update_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor, *,
                skips_result: bool | None = None, note: str | None = None) -> ChainLink:
    """Change an arrow's choice to skip the result level, or its text."""
    project = get_project(session, project_code)
    a, b = box_row(session, project, source), box_row(session, project, target)
    link = _link_row(session, a, b)
    if link is None:
        raise NotFound(translate("EffectChain", "Det finns ingen pil från «{code}» till «{code2}».").format(
                           code=a.code, code2=b.code))
    levels = ChainLevel(a.level), ChainLevel(b.level)
    before = {"source": a.code, "target": b.code, "skips_result": link.skips_result, "note": link.note}
    if skips_result is not None:
        _guard(check_link, *levels, skip_chosen=bool(skips_result))
        link.skips_result = bool(skips_result) and skips_result_of(levels)
    if note is not None:
        link.note = _text(note, translate("EffectChain", "Pilens text"), 300)
    session.flush()
    after = {"source": a.code, "target": b.code, "skips_result": link.skips_result, "note": link.note}
    if after != before:
        project_audit(session, project.id, "chain_link_edit", before, after, actor)
    return _link_view(link, a, b)


def remove_link(session: Session, project_code: str, source: BoxRef, target: BoxRef, actor: Actor) -> None:
    project = get_project(session, project_code)
    a, b = box_row(session, project, source), box_row(session, project, target)
    link = _link_row(session, a, b)
    if link is None:
        raise NotFound(translate("EffectChain", "Det finns ingen pil från «{code}» till «{code2}».").format(
                           code=a.code, code2=b.code))
    before = {"source": a.code, "target": b.code, "skips_result": link.skips_result, "note": link.note}
    session.delete(link)
    session.flush()
    project_audit(session, project.id, "chain_link_delete", before, None, actor)


# --- what sits in a box --------------------------------------------------------------------
def _holder(session: Session, table: object, column: str, item_id: int) -> ChainBoxRow | None:
    from hallbar_desktop.store.models import ChainBox as Row

    box_id = session.execute(select(table.c.box_id).where(getattr(table.c, column) == item_id)).scalar()  # type: ignore[attr-defined]
    return session.get(Row, box_id) if box_id is not None else None


def attach_indicator(session: Session, project_code: str, box: BoxRef, indicator_code: str, actor: Actor, *,
                     move: bool = False, today: date | None = None) -> ChainBox:
    """Place an indicator in a box. It sits on one level only: if it is in another box, ``move=True``
    takes it from there, otherwise the call is refused and says where it is."""
    from hallbar_desktop.services.lookup import get_indicator
    from hallbar_desktop.store import tables

    project = get_project(session, project_code)
    row = box_row(session, project, box)
    ind = get_indicator(session, project, indicator_code)
    if ind.archived:
        raise ValidationError(translate("EffectChain", "Indikatorn {code} är arkiverad och placeras inte i "
                                                       "effektkedjan.").format(code=ind.code))
    _guard(check_indicator_level, ind.code, EffectLevel(ind.effect_level), ChainLevel(row.level))
    _check_lane(row, row.focus_area_id, translate("EffectChain", "Indikatorn {code}").format(
        code=ind.code), ind.focus_area_id)
    holder = _holder(session, tables.chain_box_indicator, "indicator_id", ind.id)
    if holder is row:
        return fresh_box(session, project, row, today)
    if holder is not None:
        if not move:
            raise ValidationError(
                translate("EffectChain", "Indikatorn {code} sitter redan i rutan «{code2} {title}» ({level}). En "
                                         "indikator sitter på en nivå i kedjan: flytta den därifrån.").format(
                    code=ind.code, code2=holder.code, title=holder.title,
                    level=ChainLevel(holder.level).label_sv().lower()))
        holder.indicators.remove(ind)
        session.flush()
    row.indicators.append(ind)
    session.flush()
    project_audit(session, project.id, "chain_indicator",
                  {"indicator": ind.code, "box": holder.code if holder else None},
                  {"indicator": ind.code, "box": row.code}, actor)
    return fresh_box(session, project, row, today)


def detach_indicator(session: Session, project_code: str, box: BoxRef, indicator_code: str, actor: Actor, *,
                     today: date | None = None) -> ChainBox:
    from hallbar_desktop.services.lookup import get_indicator

    project = get_project(session, project_code)
    row = box_row(session, project, box)
    ind = get_indicator(session, project, indicator_code)
    if ind not in row.indicators:
        raise NotFound(translate("EffectChain", "Indikatorn {code} sitter inte i rutan «{code2}».").format(
                           code=ind.code, code2=row.code))
    row.indicators.remove(ind)
    session.flush()
    project_audit(session, project.id, "chain_indicator", {"indicator": ind.code, "box": row.code},
                  {"indicator": ind.code, "box": None}, actor)
    return fresh_box(session, project, row, today)


def attach_activity(session: Session, project_code: str, box: BoxRef, activity_code: str, actor: Actor, *,
                    move: bool = False, today: date | None = None) -> ChainBox:
    """Place an activity of the plan in a box on the activity level (one box per activity)."""
    from hallbar_desktop.services.activities import _activity
    from hallbar_desktop.store import tables

    project = get_project(session, project_code)
    row = box_row(session, project, box)
    act = _activity(session, project, activity_code)
    _guard(check_activity_level, act.code, ChainLevel(row.level))
    _check_lane(row, row.focus_area_id, translate("EffectChain", "Aktiviteten {code}").format(
        code=act.code), act.focus_area_id)
    holder = _holder(session, tables.chain_box_activity, "activity_id", act.id)
    if holder is row:
        return fresh_box(session, project, row, today)
    if holder is not None:
        if not move:
            raise ValidationError(translate("EffectChain", "Aktiviteten {code} sitter redan i rutan «{code2} "
                                                           "{title}». En aktivitet sitter i en ruta: flytta den "
                                                           "därifrån.").format(
                                      code=act.code, code2=holder.code, title=holder.title))
        holder.activities.remove(act)
        session.flush()
    row.activities.append(act)
    session.flush()
    project_audit(session, project.id, "chain_activity", {"activity": act.code, "box": holder.code if holder else None},
                  {"activity": act.code, "box": row.code}, actor)
    return fresh_box(session, project, row, today)


def detach_activity(session: Session, project_code: str, box: BoxRef, activity_code: str, actor: Actor, *,
                    today: date | None = None) -> ChainBox:
    from hallbar_desktop.services.activities import _activity

    project = get_project(session, project_code)
    row = box_row(session, project, box)
    act = _activity(session, project, activity_code)
    if act not in row.activities:
        raise NotFound(translate("EffectChain", "Aktiviteten {code} sitter inte i rutan «{code2}».").format(
                           code=act.code, code2=row.code))
    row.activities.remove(act)
    session.flush()
    project_audit(session, project.id, "chain_activity", {"activity": act.code, "box": row.code},
                  {"activity": act.code, "box": None}, actor)
    return fresh_box(session, project, row, today)
