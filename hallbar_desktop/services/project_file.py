"""Loading a project from a readable TOML file (the demo register is two such files).

The same loader lets an organisation set up its own project: write the file, run
``hallbar load FILE``. Loading is an upsert keyed by project code, focus-area number and
indicator code, so loading a file twice changes nothing the second time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
from hallbar_desktop.domain.status import Thresholds
from hallbar_desktop.errors import HallbarError, ProjectFileError
from hallbar_desktop.services import projects
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.bulk_load import BulkLoader
from hallbar_desktop.services.measurements import validated_input
from hallbar_desktop.store.models import Project, SteeringMember

FORMAT = "hallbar-project"
SUPPORTED_VERSIONS = (1,)


@dataclass(frozen=True)
class LoadResult:
    project_code: str
    created: bool
    focus_areas: int
    indicators: int
    values: int
    values_changed: int


class _Reader:
    """Reads keys with messages that say where in the file the problem is."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, what: str) -> ProjectFileError:
        return ProjectFileError(f"{self.name}: {where}: {what}")

    def text(self, table: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
        value = table.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise self.fail(where, f"«{key}» ska vara text.")
        if required and not value.strip():
            raise self.fail(where, f"«{key}» saknas.")
        return value

    def number(self, table: dict[str, Any], key: str, where: str) -> float | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"«{key}» ska vara ett tal.")
        return float(value)

    def quarter(self, table: dict[str, Any], key: str, where: str, *, required: bool = False) -> Quarter | None:
        value = table.get(key)
        if value in (None, ""):
            if required:
                raise self.fail(where, f"«{key}» saknas.")
            return None
        try:
            return Quarter.parse(str(value))
        except DomainError as exc:
            raise self.fail(where, exc.message) from exc

    def enum(self, table: dict[str, Any], key: str, where: str, enum: Any, default: Any) -> Any:
        value = table.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise self.fail(where, f"«{key}» = «{value}» är inte tillåtet (välj {allowed}).") from None


def read_file(path: Path) -> dict[str, Any]:
    from hallbar_desktop.services import input_files

    info = input_files.check_regular_file(path, ProjectFileError)
    input_files.check_size(info, path, input_files.MAX_PROJECT_FILE_BYTES, ProjectFileError)
    try:
        text = path.read_bytes().decode("utf-8")
        input_files.check_nesting(text, path.name, ProjectFileError)
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ProjectFileError(f"Filen {path} finns inte.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProjectFileError(f"{path.name} är ingen giltig projektfil (TOML): {exc}.") from exc
    except RecursionError as exc:
        raise ProjectFileError(f"{path.name} är för djupt nästlad och är ingen projektfil.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ProjectFileError(f"{path.name} kan inte läsas: {exc}.") from exc
    if data.get("format") != FORMAT:
        raise ProjectFileError(
            f"{path.name} är ingen projektfil för Hållbar Desktop (format = \"{FORMAT}\" saknas)."
        )
    if data.get("version") not in SUPPORTED_VERSIONS:
        raise ProjectFileError(
            f"{path.name} har version {data.get('version')!r}, som den här versionen av "
            "programmet inte kan läsa."
        )
    return data


def _project_fields(r: _Reader, data: dict[str, Any]) -> projects.ProjectFields:
    p = data.get("project")
    if not isinstance(p, dict):
        raise r.fail("[project]", "avsnittet saknas.")
    where = "[project]"
    thresholds_raw = p.get("thresholds", {}) or {}
    try:
        thresholds = Thresholds(
            green=float(thresholds_raw.get("green", 0.9)),
            yellow=float(thresholds_raw.get("yellow", 0.6)),
        )
    except (DomainError, TypeError, ValueError) as exc:
        raise r.fail(where, f"tröskelvärdena är felaktiga ({exc}).") from exc
    funding = []
    for i, f in enumerate(data.get("funding", []) or []):
        fw = f"[[funding]] nr {i + 1}"
        funding.append(
            projects.FundingFields(
                source=r.text(f, "source", fw, required=True),
                amount_sek=r.number(f, "amount_sek", fw),
                note=r.text(f, "note", fw),
            )
        )
    start = r.quarter(p, "start", where, required=True)
    end = r.quarter(p, "end", where, required=True)
    assert start is not None and end is not None
    return projects.ProjectFields(
        code=r.text(p, "code", where, required=True),
        name=r.text(p, "name", where, required=True),
        start=start,
        end=end,
        owner=r.text(p, "owner", where),
        case_number=r.text(p, "case_number", where),
        call=r.text(p, "call", where),
        funder=r.text(p, "funder", where),
        description=r.text(p, "description", where),
        reporting_period=r.enum(p, "reporting_period", where, ReportingPeriodKind,
                                ReportingPeriodKind.HALF_YEAR),
        project_leader=r.text(p, "project_leader", where),
        project_leader_role=r.text(p, "project_leader_role", where),
        contact_name=r.text(p, "contact_name", where),
        thresholds=thresholds,
        example_data=bool(data.get("example_data", False)),
        example_note=str(data.get("example_note", "") or ""),
        source_note=str(data.get("source", "") or ""),
        funding=tuple(funding),
    )


def _indicator_fields(r: _Reader, ind: dict[str, Any], area_number: int) -> projects.IndicatorFields:
    code = r.text(ind, "code", f"insatsområde {area_number}", required=True)
    where = f"indikator {code}"
    intermediate = []
    for q_text, value in (ind.get("intermediate_targets") or {}).items():
        try:
            q = Quarter.parse(q_text)
        except DomainError as exc:
            raise r.fail(where, exc.message) from exc
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise r.fail(where, f"delmålet för {q_text} ska vara ett tal.")
        intermediate.append((q, float(value)))
    return projects.IndicatorFields(
        code=code,
        name=r.text(ind, "name", where, required=True),
        focus_area_number=area_number,
        kind=r.enum(ind, "kind", where, IndicatorKind, None) or _missing(r, where, "kind"),
        unit=r.text(ind, "unit", where),
        direction=r.enum(ind, "direction", where, Direction, Direction.HIGHER),
        accumulation=r.enum(ind, "accumulation", where, Accumulation, Accumulation.LEVEL),
        effect_level=r.enum(ind, "level", where, EffectLevel, EffectLevel.OUTPUT),
        description=r.text(ind, "description", where),
        data_source=r.text(ind, "data_source", where),
        responsible=r.text(ind, "responsible", where),
        baseline=r.number(ind, "baseline", where),
        baseline_quarter=r.quarter(ind, "baseline_quarter", where),
        target=r.number(ind, "target", where),
        target_quarter=r.quarter(ind, "target_quarter", where),
        split_by_sex=bool(ind.get("split_by_sex", False)),
        intermediate_targets=tuple(sorted(intermediate)),
    )


def _missing(r: _Reader, where: str, key: str) -> Any:
    raise r.fail(where, f"«{key}» saknas.")


def _members(r: _Reader, data: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    members = []
    for i, m in enumerate(data.get("steering_group", []) or []):
        where = f"[[steering_group]] nr {i + 1}"
        role = r.text(m, "role", where) or "member"
        if role not in ("chair", "vice_chair", "member", "co_opted"):
            raise r.fail(where, f"rollen «{role}» är okänd (chair, vice_chair, member, co_opted).")
        members.append((role, r.text(m, "name", where, required=True), r.text(m, "title", where),
                        r.text(m, "organisation", where), r.text(m, "substitute", where)))
    return members


def load_project(session: Session, path: Path, actor: Actor) -> LoadResult:
    """Create or update the project described in ``path``; all of it or nothing."""
    r = _Reader(path.name)
    data = read_file(path)
    fields = _project_fields(r, data)
    existing = session.scalars(
        select(Project).where(func.lower(Project.code) == fields.code.strip().lower())
    ).first()
    try:
        if existing is None:
            projects.create_project(session, fields)
        else:
            projects.update_project(session, existing.code, fields)
        code = fields.code.strip()
        project = session.scalars(select(Project).where(Project.code == code)).one()
        known_areas = {a.number for a in project.focus_areas}
        areas = data.get("focus_areas", []) or []
        n_indicators = n_values = n_changed = 0
        rows = BulkLoader(session, project, actor)  # indicators and values: checked in order, written at once
        for a in areas:
            number = a.get("number")
            if isinstance(number, bool) or not isinstance(number, int):
                raise r.fail("[[focus_areas]]", "«number» ska vara ett heltal.")
            area_fields = projects.FocusAreaFields(
                number=number,
                name=r.text(a, "name", f"insatsområde {number}", required=True),
                purpose=r.text(a, "purpose", f"insatsområde {number}"),
            )
            if number in known_areas:
                projects.update_focus_area(session, code, number, area_fields)
            else:
                projects.create_focus_area(session, code, area_fields)
                known_areas.add(number)
            for ind in a.get("indicators", []) or []:
                ind_fields = _indicator_fields(r, ind, number)
                values, changed = rows.add(ind_fields, (ind.get("values") or {}).items(),
                                           lambda i, raw, where: _value_entry(r, i, raw, where), r.fail)
                n_indicators += 1
                n_values += values
                n_changed += changed
        rows.write()
        wanted = _members(r, data)
        current = [(m.role, m.name, m.title, m.organisation, m.substitute)
                   for m in project.steering_members]
        if wanted != current and (wanted or "steering_group" in data):
            project.steering_members = [
                SteeringMember(position=i, role=role, name=name, title=title,
                               organisation=org, substitute=sub)
                for i, (role, name, title, org, sub) in enumerate(wanted)
            ]
        session.flush()
        # Activities and economy (project_file_plan) before the meetings: an approval locks costs.
        from hallbar_desktop.services.project_file_plan import load_plan_sections

        load_plan_sections(path.name, session, project, data, actor)
        _load_meetings(r, session, project, data.get("meetings", []) or [], actor)
        # The effect chain (boxes hold indicators and activities), values after the project's end and the
        # lessons (linked to meetings) last.
        from hallbar_desktop.services.project_file_effects import load_effect_sections

        load_effect_sections(path.name, session, project, data, actor)
    except ProjectFileError:
        raise
    except (HallbarError, DomainError) as exc:
        raise ProjectFileError(f"{path.name}: {exc}") from exc
    return LoadResult(code, existing is None, len(areas), n_indicators, n_values, n_changed)


def _day(r: _Reader, table: dict[str, Any], key: str, where: str, *, required: bool = False) -> date | None:
    value = table.get(key)
    if value in (None, ""):
        if required:
            raise r.fail(where, f"«{key}» saknas.")
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise r.fail(where, f"«{key}» = «{value}» är inget datum (ÅÅÅÅ-MM-DD).") from None


def _load_meetings(r: _Reader, session: Session, project: Project, meetings: list[Any], actor: Actor) -> None:
    """``[[meetings]]``: upserted by date; decisions numbered in file order; approvals added."""
    from hallbar_desktop.services import steering

    members = {m.name: m.id for m in project.steering_members}
    known = {m.held_on for m in steering.list_meetings(session, project.code)}
    decisions = {d.number: d for d in steering.list_decisions(session, project.code)}
    number = 0
    for i, raw in enumerate(meetings):
        where = f"[[meetings]] nr {i + 1}"
        held_on = _day(r, raw, "date", where, required=True)
        assert held_on is not None
        quarter = r.quarter(raw, "quarter", where, required=True)
        assert quarter is not None
        attendees: list[tuple[int, bool]] = []
        subs = set(raw.get("substitutes_for", []) or [])
        for name in list(raw.get("attendees", []) or []) + sorted(subs):
            if name not in members:
                raise r.fail(where, f"deltagaren «{name}» finns inte i [[steering_group]].")
            if all(m != members[name] for m, _ in attendees):
                attendees.append((members[name], name in subs))
        fields = steering.MeetingFields(held_on, quarter, r.text(raw, "place", where),
                                        r.text(raw, "notes", where), tuple(attendees))
        steering.save_meeting(session, project.code, fields, actor,
                              original_date=held_on if held_on in known else None)
        for n in raw.get("narratives", []) or []:
            area = n.get("focus_area")
            if isinstance(area, bool) or not isinstance(area, int):
                raise r.fail(where, "«focus_area» i [[meetings.narratives]] ska vara ett heltal.")
            steering.set_narrative(session, project.code, held_on, area, steering.NarrativeFields(
                r.text(n, "happened", where), r.text(n, "deviations", where),
                r.text(n, "goal_conflicts", where), r.text(n, "actions", where)), actor)
        for d in raw.get("decisions", []) or []:
            number += 1
            status = r.text(d, "status", where) or "open"
            due = _day(r, d, "due", where)
            if number in decisions:
                steering.update_decision(session, project.code, number, actor, status=status,
                                         follow_up=r.text(d, "follow_up", where),
                                         text=r.text(d, "text", where, required=True),
                                         owner=r.text(d, "owner", where), due_on=due,
                                         closed_on=_day(r, d, "closed", where))
            else:
                steering.add_decision(session, project.code, held_on, r.text(d, "text", where, required=True),
                                      actor, owner=r.text(d, "owner", where), due_on=due)
                steering.update_decision(session, project.code, number, actor, status=status,
                                         follow_up=r.text(d, "follow_up", where),
                                         closed_on=_day(r, d, "closed", where))
        approves = r.quarter(raw, "approves", where)
        if approves is not None and approves not in steering.approved_quarters(session, project.code):
            steering.approve_quarter(session, project.code, approves, held_on, actor)


def _value_entry(r: _Reader, indicator: Any, raw: Any, where: str) -> tuple[Any, Any]:
    from hallbar_desktop.services.measurements import KEEP

    try:
        if isinstance(raw, bool):
            return validated_input(indicator, value=float(raw)), KEEP
        if isinstance(raw, int | float):
            return validated_input(indicator, value=float(raw)), KEEP
        if isinstance(raw, str):
            return validated_input(indicator, text=raw), KEEP
        if isinstance(raw, dict):
            reached = raw.get("reached_on")
            if isinstance(reached, str):
                reached = date.fromisoformat(reached)
            entry = validated_input(
                indicator,
                value=_num(raw.get("value")),
                numerator=_num(raw.get("numerator")),
                denominator=_num(raw.get("denominator")),
                women=_num(raw.get("women")),
                men=_num(raw.get("men")),
                other=_num(raw.get("other")),
                reached_on=reached,
            )
            return entry, str(raw.get("comment", "") or "")
    except (DomainError, HallbarError, ValueError, TypeError) as exc:
        raise r.fail(where, str(exc)) from exc
    raise r.fail(where, "värdet ska vara ett tal eller en tabell med «value».")


def _num(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    raise TypeError(f"«{value}» är inte ett tal")


def demo_files() -> list[Path]:
    from hallbar_desktop.paths import demo_dir

    return sorted(demo_dir().glob("*.toml"))
