"""The project file's sections for the activity plan and the economy.

``load_project`` calls :func:`load_plan_sections` after the indicators and before the meetings
(a meeting may approve a quarter, which locks its costs). Loading is an upsert like the rest of
the file: activities keyed by code, budget by category and year, financiers by name, costs by
quarter and category; what the file does not mention is left as it is, and loading the same file
twice changes nothing the second time. The format is described in ``db/demo/README.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.errors import HallbarError, ProjectFileError
from hallbar_desktop.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from hallbar_desktop.store.models import Project

SECTIONS = ("economy", "budget", "financiers", "costs", "activities", "period_reports")


class _Where:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, where: str, what: str) -> ProjectFileError:
        return ProjectFileError(f"{self.file_name}: {where}: {what}")


def _table(w: _Where, value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise w.fail(where, "ska vara en tabell.")
    return value


def _number(w: _Where, value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise w.fail(where, "ska vara ett belopp (ett tal).")
    return value  # type: ignore[return-value]  # the services read numbers and Swedish text alike


def _text(w: _Where, table: dict[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = table.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise w.fail(where, f"«{key}» ska vara text.")
    if required and not value.strip():
        raise w.fail(where, f"«{key}» saknas.")
    return value


def load_plan_sections(file_name: str, session: Session, project: Project, data: dict[str, Any],
                       actor: Actor) -> int:
    """Load whichever of the plan and economy sections the file has; returns how many entries."""
    w = _Where(file_name)
    count = 0
    count += _economy(w, session, project, _table(w, data.get("economy"), "[economy]"), actor)
    count += _budget(w, session, project, _table(w, data.get("budget"), "[budget]"), actor)
    financiers = data.get("financiers") or []
    if not isinstance(financiers, list):
        raise w.fail("[[financiers]]", "ska vara en lista av tabeller.")
    count += _financiers(w, session, project, financiers, actor)
    count += _costs(w, session, project, _table(w, data.get("costs"), "[costs]"), actor)
    activities = data.get("activities") or []
    if not isinstance(activities, list):
        raise w.fail("[[activities]]", "ska vara en lista av tabeller.")
    count += _activities(w, session, project, activities, actor)
    count += _period_reports(w, session, project, _table(w, data.get("period_reports"), "[period_reports]"), actor)
    return count


def _guard(w: _Where, where: str, call: Any, *args: Any, **kw: Any) -> Any:
    try:
        return call(*args, **kw)
    except ProjectFileError:
        raise
    except (HallbarError, DomainError) as exc:
        raise w.fail(where, str(exc)) from exc


def _economy(w: _Where, session: Session, project: Project, raw: dict[str, Any], actor: Actor) -> int:
    from hallbar_desktop.services import economy as eco
    from hallbar_desktop.services.cost_import import CostImportError, mapping_from_dict

    n = 0
    where = "[economy]"
    unknown = set(raw) - {"indirect_rate", "funder_share_cap", "import_columns", "accounts"}
    if unknown:
        raise w.fail(where, f"okända nycklar {', '.join(sorted(unknown))}.")
    if "indirect_rate" in raw:
        rate = raw["indirect_rate"]
        if isinstance(rate, bool) or not isinstance(rate, int | float):
            raise w.fail(where, "«indirect_rate» ska vara ett tal, t.ex. 0.15 för 15 %.")
        n += _guard(w, where, eco.set_indirect_rate, session, project.code, float(rate), actor)
    if "funder_share_cap" in raw:
        cap = raw["funder_share_cap"]
        if isinstance(cap, bool) or not isinstance(cap, int | float):
            raise w.fail(where, "«funder_share_cap» ska vara ett tal, t.ex. 0.5 för 50 %.")
        n += _guard(w, where, eco.set_funder_cap, session, project.code, float(cap), actor)
    try:
        mapping = mapping_from_dict({"columns": raw["import_columns"]} if "import_columns" in raw else {}, w.file_name)
        accounts = mapping_from_dict({"accounts": _table(w, raw.get("accounts"), "[economy.accounts]")},
                                     w.file_name).accounts
    except CostImportError as exc:
        raise w.fail("[economy]", exc.message) from exc
    if mapping.columns is not None:
        n += _guard(w, "[economy.import_columns]", eco.save_column_mapping, session, project.code, mapping.columns,
                    actor)
    current = eco.economy_settings(session, project.code).accounts
    for account, category in accounts.items():
        if current.get(account) is not category:
            n += _guard(w, "[economy.accounts]", eco.set_account_mapping, session, project.code, account, category,
                        actor)
    return n


def _years(w: _Where, raw: Any, where: str) -> list[tuple[str, Any]]:
    table = _table(w, raw, where)
    return [(str(year), _number(w, amount, f"{where} {year}")) for year, amount in table.items()]


def _budget(w: _Where, session: Session, project: Project, raw: dict[str, Any], actor: Actor) -> int:
    from hallbar_desktop.services import economy as eco

    n = 0
    for category, years in raw.items():
        where = f"[budget] {category}"
        for year, amount in _years(w, years, where):
            n += _guard(w, where, eco.set_budget, session, project.code, category, year, amount, actor)
    return n


def _financiers(w: _Where, session: Session, project: Project, raw: list[Any], actor: Actor) -> int:
    from hallbar_desktop.services import economy as eco

    n = 0
    known = {f.name.lower(): f for f in eco.list_financiers(session, project.code)}
    for i, f in enumerate(raw):
        where = f"[[financiers]] nr {i + 1}"
        f = _table(w, f, where)
        name = " ".join(_text(w, f, "name", where, required=True).split())
        kind = _text(w, f, "kind", where, required=True)
        existing = known.get(name.lower())
        if existing is None or existing.kind.value != kind:
            _guard(w, where, eco.save_financier, session, project.code, name, kind, actor,
                   original_name=existing.name if existing is not None else None)
            n += 1
        for year, amount in _years(w, f.get("planned"), f"{where} planned"):
            n += _guard(w, f"{where} planned {year}", eco.set_financing, session, project.code, name, year, amount,
                        actor)
        for quarter, amount in _table(w, f.get("paid_in"), f"{where} paid_in").items():
            n += _guard(w, f"{where} paid_in {quarter}", eco.set_paid_in, session, project.code, name, quarter,
                        _number(w, amount, f"{where} paid_in {quarter}"), actor)
    return n


def _costs(w: _Where, session: Session, project: Project, raw: dict[str, Any], actor: Actor) -> int:
    from hallbar_desktop.services import economy as eco

    n = 0
    for quarter, categories in raw.items():
        where = f"[costs] {quarter}"
        for category, amount in _table(w, categories, where).items():
            change = _guard(w, f"{where} {category}", eco.set_cost, session, project.code, quarter, category,
                            _number(w, amount, f"{where} {category}"), actor)
            n += int(change.changed)
    return n


def _activities(w: _Where, session: Session, project: Project, raw: list[Any], actor: Actor) -> int:
    from hallbar_desktop.services import activities as act

    n = 0
    known = {a.code.lower(): a for a in act.activity_plan(session, project.code).activities}
    for i, a in enumerate(raw):
        where = f"[[activities]] nr {i + 1}"
        a = _table(w, a, where)
        code = _text(w, a, "code", where, required=True).strip()
        where = f"aktivitet {code}"
        area = a.get("focus_area")
        if area is not None and (isinstance(area, bool) or not isinstance(area, int)):
            raise w.fail(where, "«focus_area» ska vara insatsområdets nummer (utelämna för projektövergripande).")
        indicators = a.get("indicators") or []
        if not isinstance(indicators, list) or not all(isinstance(x, str) for x in indicators):
            raise w.fail(where, "«indicators» ska vara en lista av indikatorkoder, t.ex. [\"1.1\"].")
        closed = a.get("closed")
        fields = act.ActivityFields(
            code=code, name=_text(w, a, "name", where, required=True),
            planned_start=_text(w, a, "start", where, required=True),
            planned_end=_text(w, a, "end", where, required=True),
            focus_area_number=area, description=_text(w, a, "description", where),
            responsible=_text(w, a, "responsible", where), status=_text(w, a, "status", where) or "planned",
            closed_in=str(closed) if closed else None, indicator_codes=tuple(indicators),
        )
        if code.lower() in known:
            before = known[code.lower()]
            after = _guard(w, where, act.update_activity, session, project.code, code, fields, actor)
            n += int(after != before)
        else:
            _guard(w, where, act.create_activity, session, project.code, fields, actor)
            n += 1
        for period, report in _table(w, a.get("reports"), f"{where} reports").items():
            report = _table(w, report, f"{where} reports {period}")
            n += _guard(w, f"{where} reports {period}", act.set_activity_report, session, project.code, code, period,
                        actor, done=_text(w, report, "done", where), outcome=_text(w, report, "outcome", where))
    return n


def _period_reports(w: _Where, session: Session, project: Project, raw: dict[str, Any], actor: Actor) -> int:
    from hallbar_desktop.services import activities as act

    n = 0
    for period, texts in raw.items():
        where = f"[period_reports] {period}"
        texts = _table(w, texts, where)
        n += _guard(w, where, act.set_unforeseen, session, project.code, period,
                    _text(w, texts, "unforeseen", where), actor)
    return n
