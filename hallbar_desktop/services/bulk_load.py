"""Writing a project file's indicators and values in bulk, under the same rules as one by one.

Loading a project file once created each indicator and recorded each value through the
one-at-a-time services (``create_indicator``, ``record_value``): an ORM object, a flush and a
few queries each, and checks that read every indicator of the project again – a file with
20 000 indicators did not finish in five minutes. This loader reads what the register holds
for the project once, checks every indicator and value in file order with the same rules and
messages (``projects.check_indicator``, ``measurements.check_in_period`` and the rest, the
lock of approved quarters), keeps what the file changes in memory – so an indicator or a value
named twice behaves as it did one at a time – and then writes the rows with one statement per
table, with one audit entry per changed value exactly as ``record_value`` writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput
from hallbar_desktop.errors import HallbarError, LockedQuarter, NotFound
from hallbar_desktop.services import projects
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.measurements import (
    audit_columns,
    check_in_period,
    check_not_archived,
    check_reached_on,
    set_value_fields,
    snapshot,
    wanted_snapshot,
)
from hallbar_desktop.store import tables

#: The columns of a value besides its indicator and quarter, as ``record_value`` sets them.
_VALUE_COLUMNS = ("value", "numerator", "denominator", "women", "men", "other", "reached_on", "comment")

#: (value input, comment or measurements.KEEP) for the raw value at ``where``.
ValueEntry = Callable[[Any, Any, str], tuple[ValueInput, Any]]
Fail = Callable[[str, str], Exception]


@dataclass
class _Indicator:
    key: str  # the code in lower case: how the file and the register match indicators
    fields: projects.IndicatorFields
    area_id: int
    id: int | None  # None until inserted
    position: int
    archived: bool
    existing: Any = None  # the row the register held, for an indicator that was there
    targets: dict[str, tuple[int, float]] = field(default_factory=dict)  # existing: quarter → (id, value)


class BulkLoader:
    """One project file's indicators and values: checked as given (``add``), written at once (``write``)."""

    def __init__(self, session: Session, project: Any, actor: Actor) -> None:
        self.session = session
        self.project = project
        self.actor = actor
        t = tables
        rows = session.execute(select(t.indicator).where(t.indicator.c.project_id == project.id)).all()
        self.indicators: dict[str, _Indicator] = {}
        for row in rows:
            fields = None  # filled in when the file names it
            self.indicators[row.code.lower()] = _Indicator(row.code.lower(), fields, row.focus_area_id, row.id,  # type: ignore[arg-type]
                                                           row.position, row.archived, existing=row)
        self.next_position = max((r.position for r in rows), default=-1) + 1
        by_id = {i.id: i for i in self.indicators.values()}
        for target in session.execute(select(t.intermediate_target).where(
                t.intermediate_target.c.indicator_id.in_(select(t.indicator.c.id).where(
                    t.indicator.c.project_id == project.id)))):
            by_id[target.indicator_id].targets[target.quarter] = (target.id, target.value)
        #: (indicator key, quarter) → the value as it stands (``id`` None: not in the register yet).
        self.values: dict[tuple[str, str], SimpleNamespace] = {}
        for m in session.execute(select(t.measurement).where(t.measurement.c.indicator_id.in_(by_id))):
            self.values[(by_id[m.indicator_id].key, m.quarter)] = SimpleNamespace(
                id=m.id, dirty=False, **{c: getattr(m, c) for c in _VALUE_COLUMNS})
        self.with_values = {k for k, _ in self.values}
        self.locked = set(session.scalars(select(t.approved_quarter.c.quarter).where(
            t.approved_quarter.c.project_id == project.id)))
        self.areas: dict[int, int] = {}
        self.named: list[str] = []  # keys in the order the file names them (for the counts)
        self.audits: list[tuple[str, Quarter, dict[str, object] | None, dict[str, object] | None]] = []

    # --- checking, in file order ------------------------------------------------------------------

    def add(self, fields: projects.IndicatorFields, values: Iterable[tuple[str, Any]], value_entry: ValueEntry,
            fail: Fail) -> tuple[int, int]:
        """One indicator of the file and its values; returns (values, values changed).

        Raises the error ``create_indicator``/``update_indicator`` or ``record_value`` would
        have raised for the first thing that is wrong.
        """
        key = fields.code.strip().lower()
        projects.check_indicator(self.project, fields)
        area_id = self._area(fields.focus_area_number)
        known = self.indicators.get(key)
        if known is None:
            known = _Indicator(key, fields, area_id, None, self.next_position, False)
            self.next_position += 1
            self.indicators[key] = known
        else:
            kind = known.fields.kind.value if known.fields is not None else known.existing.kind
            if fields.kind.value != kind and key in self.with_values:
                raise projects.kind_change_refused()
            known.fields = fields
            known.area_id = area_id
        self.named.append(key)
        n_values = n_changed = 0
        for q_text, raw in values:
            where = f"indikator {fields.code}, {q_text}"
            entry, comment = value_entry(fields, raw, where)
            try:
                n_changed += int(self._value(known, q_text, entry, comment))
            except (HallbarError, DomainError) as exc:
                raise fail(where, str(exc)) from exc
            n_values += 1
        return n_values, n_changed

    def _area(self, number: int) -> int:
        if number not in self.areas:
            t = tables.focus_area
            found = self.session.scalar(select(t.c.id).where(t.c.project_id == self.project.id, t.c.number == number))
            if found is None:
                numbers = ", ".join(str(n) for n in self.session.scalars(
                    select(t.c.number).where(t.c.project_id == self.project.id).order_by(t.c.number)))
                raise NotFound(f"Projektet {self.project.code} har inget insatsområde {number}. "
                               f"Insatsområden: {numbers}.")
            self.areas[number] = found
        return self.areas[number]

    def _value(self, indicator: _Indicator, q_text: str, entry: ValueInput, comment: Any) -> bool:
        """What ``record_value`` checks and decides, against the values as they stand."""
        q = Quarter.parse(q_text)
        check_in_period(self.project.code, self.project.start_quarter, self.project.end_quarter, q,
                        indicator_code=indicator.fields.code.strip(), target_quarter=indicator.fields.target_quarter)
        check_not_archived(indicator.fields.code.strip(), indicator.archived)
        check_reached_on(entry, q)
        current = self.values.get((indicator.key, str(q)))
        old = snapshot(current)  # type: ignore[arg-type]
        new = wanted_snapshot(current.comment if current is not None else None, entry, comment)
        if current is not None and new == old:
            return False
        if str(q) in self.locked:
            from hallbar_desktop.services.steering import locked_message

            raise LockedQuarter(locked_message(self.project.code, q))
        state = SimpleNamespace(id=current.id if current is not None else None, dirty=True,
                                comment=current.comment if current is not None else "")
        set_value_fields(state, entry, comment)  # type: ignore[arg-type]
        self.values[(indicator.key, str(q))] = state
        self.with_values.add(indicator.key)
        self.audits.append((indicator.key, q, old, new))
        return True

    # --- writing ---------------------------------------------------------------------------------

    def write(self) -> None:
        """Write what the checks planned: one statement per table (and kind of change)."""
        from hallbar_desktop.services.projects import utcnow

        session, t = self.session, tables
        session.flush()  # the project and focus areas the caller wrote through the ORM
        new = [i for i in self.indicators.values() if i.id is None]
        if new:
            session.execute(insert(t.indicator), [
                {"project_id": self.project.id, "focus_area_id": i.area_id, "position": i.position,
                 "archived": False, **projects.indicator_columns(i.fields)} for i in new])
            ids = {code: id_ for code, id_ in session.execute(select(t.indicator.c.code, t.indicator.c.id).where(
                t.indicator.c.project_id == self.project.id))}
            for i in new:
                i.id = ids[i.fields.code.strip()]
        changed = []
        for i in self.indicators.values():
            if i.existing is None or i.fields is None:
                continue
            columns = {"focus_area_id": i.area_id, **projects.indicator_columns(i.fields)}
            if any(getattr(i.existing, name) != value for name, value in columns.items()):
                changed.append({"b_id": i.id, **columns})
        if changed:
            # The version rises as an update through the ORM raises it (a form opened before is refused).
            session.execute(update(t.indicator).where(t.indicator.c.id == bindparam("b_id"))
                            .values(version=t.indicator.c.version + 1), changed)  # type: ignore[arg-type]
        self._write_targets()
        now = utcnow()
        entered = {"entered_by": self.actor.user, "entered_at": now, "source": self.actor.source}
        inserts, updates = [], []
        for (key, quarter), state in self.values.items():
            if not state.dirty:
                continue
            columns = {c: getattr(state, c) for c in _VALUE_COLUMNS} | entered
            if state.id is None:
                inserts.append({"indicator_id": self.indicators[key].id, "quarter": quarter, **columns})
            else:
                updates.append({"b_id": state.id, **columns})
        if inserts:
            session.execute(insert(t.measurement), inserts)
        if updates:
            session.execute(update(t.measurement).where(t.measurement.c.id == bindparam("b_id"))
                            .values(version=t.measurement.c.version + 1), updates)  # type: ignore[arg-type]
        if self.audits:
            session.execute(insert(t.audit_entry), [
                audit_columns(self.project.id, self.indicators[key].id, q, "set", old, new, self.actor)
                for key, q, old, new in self.audits])
        session.expire_all()  # ORM objects read before now see the new rows when next used

    def _write_targets(self) -> None:
        """Each named indicator's intermediate targets become the file's (``_apply_indicator``)."""
        t = tables.intermediate_target
        inserts, updates, deletes = [], [], []
        for i in self.indicators.values():
            if i.fields is None:
                continue
            wanted = {str(q): v for q, v in i.fields.intermediate_targets}
            for quarter, (target_id, value) in i.targets.items():
                if quarter not in wanted:
                    deletes.append(target_id)
                elif wanted[quarter] != value:
                    updates.append({"b_id": target_id, "value": wanted[quarter]})
            inserts += [{"indicator_id": i.id, "quarter": q, "value": v} for q, v in sorted(wanted.items())
                        if q not in i.targets]
        if deletes:
            self.session.execute(delete(t).where(t.c.id.in_(deletes)))
        if updates:
            self.session.execute(update(t).where(t.c.id == bindparam("b_id")), updates)  # type: ignore[arg-type]
        if inserts:
            self.session.execute(insert(t), inserts)
