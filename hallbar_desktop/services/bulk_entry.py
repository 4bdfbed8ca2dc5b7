"""Many cell edits written at once, with exactly what ``entry.apply_edits`` checks and writes.

``apply_edits`` reads the stored value and the lock of approved quarters for every cell, and
writes each through ``record_value`` (which reads both again), an ORM object and a flush per
value: an Excel import of 20 000 values ran some 160 000 queries. This path, used by the
import, reads the project's indicators, values and approved quarters once, checks every edit in
memory with the same rules and messages (``entry._wanted``, ``measurements.check_in_period`` and
the rest), refuses all of them as ``EditsRefused`` when one is wrong, and then writes the values
and the audit entries with one statement per table and kind of change (as ``bulk_load`` does for
``hallbar load``): the same rows, the same audit entries, the same ``version`` as the ORM raises
it, and the same ``CellChange`` list for undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from hallbar_desktop.domain.follow_up import last_quarter
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS, Conflict, LockedQuarter, NotFound
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.entry import CellChange, CellEdit, CellProblem, CellState, EditsRefused, _wanted
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import (
    audit_columns,
    check_comment,
    check_in_period,
    check_not_archived,
    set_value_fields,
    snapshot,
    wanted_snapshot,
)
from hallbar_desktop.services.projects import utcnow
from hallbar_desktop.store import tables
from hallbar_desktop.texts import quarter_label, translate

_VALUE_COLUMNS = ("value", "numerator", "denominator", "women", "men", "other", "reached_on", "comment")
_ROW_COLUMNS = (*_VALUE_COLUMNS, "entered_by", "entered_at", "source")
#: Rows per executemany: large imports hold one batch of parameters at a time, not all of them.
_BATCH = 5000


def apply_edits_in_bulk(session: Session, project_code: str, edits: Sequence[CellEdit],
                        actor: Actor) -> list[CellChange]:
    """``entry.apply_edits`` for many cells at once (edits without ``seen``): validate every
    edit, then write them all, or raise ``EditsRefused`` with nothing written. Edits that carry
    the version their user saw (``seen``: typed over a value someone may have changed since) take
    the per-value path, which compares it: the bulk path never drops that check."""
    if any(edit.seen is not None for edit in edits):
        from hallbar_desktop.services.entry import apply_edits

        return apply_edits(session, project_code, edits, actor)
    t = tables
    project = get_project(session, project_code)
    session.flush()
    of_project = select(t.indicator.c.id).where(t.indicator.c.project_id == project.id)
    by_code = {row.code: row for row in session.execute(
        select(t.indicator).where(t.indicator.c.project_id == project.id))}
    by_id = {row.id: row for row in by_code.values()}
    stored: dict[tuple[int, str], Any] = {
        (m.indicator_id, m.quarter): m
        for m in session.execute(select(t.measurement).where(t.measurement.c.indicator_id.in_(of_project)))}
    locked = set(session.scalars(select(t.approved_quarter.c.quarter).where(
        t.approved_quarter.c.project_id == project.id)))
    found: dict[str, Any] = {}

    def indicator(code: str) -> Any:
        key = code.lower()
        row = found.get(key)
        if row is None:
            # The code as stored is the usual case; any other is found (or refused, with the
            # project's codes named) by ``get_indicator`` as in ``apply_edits``.
            row = by_code.get(code.strip()) or by_id[get_indicator(session, project, code).id]
            found[key] = row
        return row

    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    periods: dict[int, tuple[Quarter, Quarter]] = {}  # indicator id → the quarters it takes values in
    plan: list[tuple[Any, CellEdit, CellState | None, CellState | None]] = []
    problems: list[CellProblem] = []
    for edit in edits:
        if edit.seen is not None:
            raise ValueError("apply_edits_in_bulk does not check what the user saw; use apply_edits")
        try:
            ind = indicator(edit.indicator_code)
            period = periods.get(ind.id)
            if period is None:
                target = Quarter.parse(str(ind.target_quarter)) if ind.target_quarter else None
                period = periods[ind.id] = (start, last_quarter(target, end))
            if not period[0] <= edit.quarter <= period[1]:  # as check_in_period, which says why
                check_in_period(project.code, project.start_quarter, project.end_quarter, edit.quarter,
                                indicator_code=ind.code, target_quarter=ind.target_quarter)
            check_not_archived(ind.code, ind.archived)
            before = CellState.of(stored.get((ind.id, str(edit.quarter))))
            after = _wanted(ind, before, edit)
            if after != before and str(edit.quarter) in locked:  # only real changes meet the lock
                from hallbar_desktop.services.steering import locked_message

                raise LockedQuarter(locked_message(project.code, edit.quarter))
            plan.append((ind, edit, before, after))
        except USER_ERRORS as exc:
            problems.append(CellProblem(edit.indicator_code, edit.quarter, str(exc),
                                        conflict=isinstance(exc, Conflict)))
    if problems:
        raise EditsRefused(problems)
    return _write(session, project, plan, stored, actor)


def _batches(items: list[SimpleNamespace]) -> list[list[SimpleNamespace]]:
    return [items[start:start + _BATCH] for start in range(0, len(items), _BATCH)]


def _write(session: Session, project: Any, plan: list[tuple[Any, CellEdit, CellState | None, CellState | None]],
           stored: dict[tuple[int, str], Any], actor: Actor) -> list[CellChange]:
    """Write the plan in order, each cell against what the ones before it left (a cell named
    twice in a file), as ``clear_value``, ``set_comment`` and ``record_value`` would one by one."""
    t = tables
    current: dict[tuple[int, str], SimpleNamespace | None] = {}
    touched: list[SimpleNamespace] = []  # every row state that will be written, in order
    deleted: list[int] = []
    audits: list[dict[str, object]] = []
    changes: list[CellChange] = []

    def state(key: tuple[int, str]) -> SimpleNamespace | None:
        if key not in current:
            m = stored.get(key)
            current[key] = None if m is None else SimpleNamespace(
                id=m.id, bumps=0, **{c: getattr(m, c) for c in _ROW_COLUMNS})
        return current[key]

    for ind, edit, before, after in plan:
        if before == after:
            continue
        q = edit.quarter
        key = (ind.id, str(q))
        cur = state(key)
        if after is None:  # clear_value
            if cur is not None:
                if cur.id is not None:
                    deleted.append(cur.id)
                cur.id, cur.dead = None, True
                audits.append(audit_columns(project.id, ind.id, q, "clear", snapshot(cur), None, actor))  # type: ignore[arg-type]
                current[key] = None
        elif before is not None and replace(before, comment=after.comment) == after:  # set_comment
            if cur is None:
                raise NotFound(translate(
                    "Values", "{code} har inget värde för {quarter}. Ange ett värde innan du skriver en kommentar.")
                    .format(code=ind.code, quarter=quarter_label(q.year, q.q)))
            text = check_comment(after.comment)
            if text != cur.comment:
                old = snapshot(cur)  # type: ignore[arg-type]
                cur.comment, cur.entered_by, cur.entered_at = text, actor.user, utcnow()
                cur.bumps += 1
                touched.append(cur)
                audits.append(audit_columns(project.id, ind.id, q, "comment", old, snapshot(cur), actor))  # type: ignore[arg-type]
        else:  # record_value
            old = snapshot(cur)  # type: ignore[arg-type]
            new = wanted_snapshot(cur.comment if cur is not None else None, after.entry(), after.comment)
            if cur is None or new != old:
                if cur is None:
                    cur = current[key] = SimpleNamespace(id=None, bumps=0, comment="", indicator_id=ind.id,
                                                         quarter=str(q))
                else:
                    cur.bumps += 1
                set_value_fields(cur, after.entry(), after.comment)  # type: ignore[arg-type]
                cur.entered_by, cur.entered_at, cur.source = actor.user, utcnow(), actor.source
                touched.append(cur)
                audits.append(audit_columns(project.id, ind.id, q, "set", old, new, actor))
        changes.append(CellChange(ind.code, q, before, after))
        if len(audits) >= _BATCH:  # the audit table is written apart from the values: in order, batch by batch
            session.execute(insert(t.audit_entry), audits)
            audits = []

    if audits:
        session.execute(insert(t.audit_entry), audits)
    written: dict[int, SimpleNamespace] = {id(s): s for s in touched if not getattr(s, "dead", False)}
    if deleted:
        for start in range(0, len(deleted), _BATCH):
            session.execute(delete(t.measurement).where(t.measurement.c.id.in_(deleted[start:start + _BATCH])))
    # The version rises as each flush through the ORM raised it (a value read before is refused).
    changed = update(t.measurement).where(t.measurement.c.id == bindparam("b_id")).values(
        version=t.measurement.c.version + bindparam("b_bumps"))
    for batch in _batches([s for s in written.values() if s.id is not None]):
        session.execute(changed, [{"b_id": s.id, "b_bumps": s.bumps, **{c: getattr(s, c) for c in _ROW_COLUMNS}}
                                  for s in batch])  # type: ignore[arg-type]
    for batch in _batches([s for s in written.values() if s.id is None]):
        # A new row: version 1, raised by each later change of it in this import.
        session.execute(insert(t.measurement), [
            {"indicator_id": s.indicator_id, "quarter": s.quarter, "version": 1 + s.bumps,
             **{c: getattr(s, c) for c in _ROW_COLUMNS}} for s in batch])
    session.expire_all()  # ORM objects read before (the preview's) see the new rows when next used
    return changes
