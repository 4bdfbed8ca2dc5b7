"""The project file's sections on effects: the effect chain, values after the project's end, lessons.

``load_project`` calls :func:`load_effect_sections` last, after the activities (boxes hold them)
and the meetings (lessons link to them). Loading is an upsert like the rest of the file: boxes
keyed by code, values after the end by indicator and quarter, lessons by number (their order in
the file unless ``number`` is given).
A box the file describes gets exactly the indicators, activities and arrows the file lists for
it (when it lists them); boxes and lessons the file does not mention are left as they are, and
loading the same file twice changes nothing the second time. The format is in
``db/demo/README.md``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.errors import HallbarError, ProjectFileError
from hallbar_desktop.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import Project

SECTIONS = ("effect_chain", "follow_up", "lessons")
BOX_KEYS = {"code", "focus_area", "level", "title", "description", "indicators", "activities", "leads_to"}
LESSON_KEYS = {"number", "date", "focus_area", "learned", "changes", "tags", "meeting", "activity", "indicator",
               "example"}


class _Where:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, where: str, what: str) -> ProjectFileError:
        return ProjectFileError(f"{self.file_name}: {where}: {what}")

    def guard(self, where: str, call: Any, *args: Any, **kw: Any) -> Any:
        try:
            return call(*args, **kw)
        except ProjectFileError:
            raise
        except (HallbarError, DomainError) as exc:
            raise self.fail(where, str(exc)) from exc


def _list(w: _Where, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise w.fail(f"[[{key}]]", "ska vara en lista av tabeller.")
    return value


def _text(w: _Where, table: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = table.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise w.fail(where, f"«{key}» ska vara text.")
    if required and not value.strip():
        raise w.fail(where, f"«{key}» saknas.")
    return value


def _codes(w: _Where, table: dict[str, Any], key: str, where: str) -> list[str] | None:
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise w.fail(where, f"«{key}» ska vara en lista av koder, t.ex. [\"1.1\"].")
    return value


def _area(w: _Where, table: dict[str, Any], where: str) -> int | None:
    area = table.get("focus_area")
    if area is not None and (isinstance(area, bool) or not isinstance(area, int)):
        raise w.fail(where, "«focus_area» ska vara insatsområdets nummer (utelämna för projektövergripande).")
    return area


def load_effect_sections(file_name: str, session: Session, project: Project, data: dict[str, Any],
                         actor: Actor) -> int:
    """Load the file's ``[[effect_chain]]``, ``[follow_up]`` and ``[[lessons]]``; returns how many
    entries changed."""
    w = _Where(file_name)
    follow_up = data.get("follow_up") or {}
    if not isinstance(follow_up, dict):
        raise w.fail("[follow_up]", "ska vara en tabell med en deltabell per indikator, [follow_up.\"1.4\"].")
    return (_chain(w, session, project, _list(w, data, "effect_chain"), actor)
            + _follow_up(w, session, project, follow_up, actor)
            + _lessons(w, session, project, _list(w, data, "lessons"), actor))


# --- values after the project's end ----------------------------------------------------------
def _follow_up(w: _Where, session: Session, project: Project, raw: dict[str, Any], actor: Actor) -> int:
    """``[follow_up."1.4"]``: the values of an indicator followed up after the project's end, one
    per quarter after the end (written like the indicator's own values)."""
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.lookup import get_indicator
    from hallbar_desktop.services.measurements import record_value
    from hallbar_desktop.services.project_file import _Reader, _value_entry

    n = 0
    end = Quarter.parse(project.end_quarter)
    for code, values in raw.items():
        where = f"[follow_up.\"{code}\"]"
        if not isinstance(values, dict):
            raise w.fail(where, "ska vara en tabell med ett värde per kvartal, \"2023Q2\" = 40.")
        indicator = w.guard(where, get_indicator, session, project, str(code))
        for q_text, value in values.items():
            at = f"{where} {q_text}"
            quarter = w.guard(at, Quarter.parse, q_text)
            if quarter <= end:
                raise w.fail(at, f"{quarter.label_sv()} ligger inom projektperioden; skriv värdet under indikatorn "
                                 f"{indicator.code} i [[focus_areas.indicators]].")
            entry, comment = _value_entry(_Reader(w.file_name), indicator, value, at)
            n += int(w.guard(at, record_value, session, indicator, quarter, entry, actor, comment=comment).changed)
    return n


# --- the effect chain ---------------------------------------------------------------------
def _arrows(w: _Where, raw: Any, where: str) -> list[tuple[str, bool, str]] | None:
    """``leads_to = ["R1.1", { to = "E1.1", skips_result = true, note = "…" }]``."""
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise w.fail(where, "«leads_to» ska vara en lista av rutornas koder.")
    arrows = []
    for item in raw:
        if isinstance(item, str):
            arrows.append((item, False, ""))
        elif isinstance(item, dict) and isinstance(item.get("to"), str):
            unknown = set(item) - {"to", "skips_result", "note"}
            if unknown:
                raise w.fail(where, f"okända nycklar i «leads_to»: {', '.join(sorted(unknown))}.")
            skip = item.get("skips_result", False)
            if not isinstance(skip, bool):
                raise w.fail(where, "«skips_result» ska vara true eller false.")
            arrows.append((item["to"], skip, _text(w, item, "note", where)))
        else:
            raise w.fail(where, "en pil i «leads_to» är en kod («R1.1») eller { to = \"E1.1\", skips_result = true }.")
    return arrows


def _chain(w: _Where, session: Session, project: Project, raw: list[dict[str, Any]], actor: Actor) -> int:
    from hallbar_desktop.services import effect_chain as read
    from hallbar_desktop.services import effect_chain_edit as edit

    if not raw:
        return 0
    n = 0
    current = {b.code.lower(): b for b in read.effect_chain(session, project.code).boxes}
    wanted = []
    for i, box in enumerate(raw):
        where = f"[[effect_chain]] nr {i + 1}"
        code = _text(w, box, "code", where, required=True).strip()
        where = f"effektkedjans ruta {code}"
        unknown = set(box) - BOX_KEYS
        if unknown:
            raise w.fail(where, f"okända nycklar {', '.join(sorted(unknown))}.")
        fields = edit.BoxFields(level=_text(w, box, "level", where, required=True),
                                title=_text(w, box, "title", where, required=True),
                                focus_area_number=_area(w, box, where),
                                description=_text(w, box, "description", where), code=code)
        before = current.get(code.lower())
        indicators = _codes(w, box, "indicators", where)
        activities = _codes(w, box, "activities", where)
        if before is None:
            w.guard(where, edit.create_box, session, project.code, fields, actor)
            n += 1
        else:
            # What the file no longer lists leaves first, so a box may change level with its contents.
            for code_ in [i.code for i in before.indicators if indicators is not None and i.code not in indicators]:
                w.guard(where, edit.detach_indicator, session, project.code, code, code_, actor)
                n += 1
            for code_ in [a.code for a in before.activities if activities is not None and a.code not in activities]:
                w.guard(where, edit.detach_activity, session, project.code, code, code_, actor)
                n += 1
            after = w.guard(where, edit.update_box, session, project.code, code, fields, actor)
            n += int((after.level, after.title, after.description, after.focus_area_number) !=
                     (before.level, before.title, before.description, before.focus_area_number))
        wanted.append((code, where, indicators, activities, _arrows(w, box.get("leads_to"), where)))
    for code, where, indicators, activities, _ in wanted:
        held = current.get(code.lower())
        for c in indicators or []:
            if held is None or c not in [i.code for i in held.indicators]:
                w.guard(where, edit.attach_indicator, session, project.code, code, c, actor, move=True)
                n += 1
        for c in activities or []:
            if held is None or c not in [a.code for a in held.activities]:
                w.guard(where, edit.attach_activity, session, project.code, code, c, actor, move=True)
                n += 1
    links = {(x.source.lower(), x.target.lower()): x for x in read.effect_chain(session, project.code).links}
    for code, where, _, _, arrows in wanted:
        if arrows is None:
            continue
        targets = {t.lower() for t, _, _ in arrows}
        for (source, target), link in list(links.items()):
            if source == code.lower() and target not in targets:
                w.guard(where, edit.remove_link, session, project.code, link.source, link.target, actor)
                n += 1
        for target, skip, note in arrows:
            existing = links.get((code.lower(), target.lower()))
            if existing is None:
                w.guard(where, edit.add_link, session, project.code, code, target, actor, skips_result=skip, note=note)
                n += 1
            elif (existing.skips_result, existing.note) != (skip, note):
                w.guard(where, edit.update_link, session, project.code, code, target, actor, skips_result=skip,
                        note=note)
                n += 1
    return n


# --- the learning log ----------------------------------------------------------------------
def _day(w: _Where, table: dict[str, Any], key: str, where: str) -> date | None:
    value = table.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise w.fail(where, f"«{key}» = «{value}» är inget datum (ÅÅÅÅ-MM-DD).") from None


def _lessons(w: _Where, session: Session, project: Project, raw: list[dict[str, Any]], actor: Actor) -> int:
    from hallbar_desktop.services import lessons as log

    n = 0
    known = {x.number: x for x in log.list_lessons(session, project.code)}
    for i, item in enumerate(raw):
        where = f"[[lessons]] nr {i + 1}"
        unknown = set(item) - LESSON_KEYS
        if unknown:
            raise w.fail(where, f"okända nycklar {', '.join(sorted(unknown))}.")
        number = item.get("number", i + 1)
        if isinstance(number, bool) or not isinstance(number, int):
            raise w.fail(where, "«number» ska vara ett heltal.")
        learned_on = _day(w, item, "date", where)
        if learned_on is None:
            raise w.fail(where, "«date» saknas.")
        tags = item.get("tags", [])
        if isinstance(tags, str):
            tags = [tags]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise w.fail(where, "«tags» ska vara en lista av ord, t.ex. [\"målkonflikt\"].")
        example = item.get("example", False)
        if not isinstance(example, bool):
            raise w.fail(where, "«example» ska vara true eller false.")
        fields = log.LessonFields(
            learned_on=learned_on, learned=_text(w, item, "learned", where, required=True),
            changes=_text(w, item, "changes", where), focus_area_number=_area(w, item, where), tags=tuple(tags),
            meeting=_day(w, item, "meeting", where), activity_code=_text(w, item, "activity", where) or None,
            indicator_code=_text(w, item, "indicator", where) or None, example_data=example)
        if number in known:
            after = w.guard(where, log.update_lesson, session, project.code, number, fields, actor)
            n += int(after != known[number])
        else:
            w.guard(where, log.add_lesson, session, project.code, fields, actor, number=number)
            n += 1
    return n
