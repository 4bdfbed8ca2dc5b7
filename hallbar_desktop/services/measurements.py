"""Recording, clearing and commenting quarterly values, each change kept in the audit trail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hallbar_desktop.domain.follow_up import last_quarter, outside_message_sv
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput, parse_value_text, validate_value
from hallbar_desktop.errors import NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import measurement_info
from hallbar_desktop.services.projects import utcnow
from hallbar_desktop.services.views import AuditRecord, MeasurementInfo
from hallbar_desktop.store.models import AuditEntry, Indicator, Measurement, Project
from hallbar_desktop.texts import quarter_label, translate

MAX_COMMENT = 4000
SNAPSHOT_FIELDS = ("value", "numerator", "denominator", "women", "men", "other", "reached_on",
                   "comment")


class _Keep:
    """Marker: leave the comment as it is."""


KEEP = _Keep()


@dataclass(frozen=True)
class Checked:
    """A cell its caller has, in this transaction, read as stored (``stored``; None: empty) and
    checked that it may change (``check_writable`` with the lock of approved quarters, and the
    day a milestone was reached): ``entry.apply_edits`` for a cell it edits once in an action.
    ``record_value`` then neither reads it nor checks it again."""

    stored: Measurement | None


@dataclass(frozen=True)
class ValueChange:
    """What one call changed; ``changed`` is False when the register already held it."""

    measurement: MeasurementInfo | None
    changed: bool


def snapshot(m: Measurement | None) -> dict[str, object] | None:
    if m is None:
        return None
    data: dict[str, object] = {}
    for name in SNAPSHOT_FIELDS:
        value = getattr(m, name)
        if isinstance(value, date):
            value = value.isoformat()
        if value is not None and value != "":
            data[name] = value
    return data


def audit_columns(
    project_id: int,
    indicator_id: int | None,
    quarter: Quarter,
    action: str,
    old: dict[str, object] | None,
    new: dict[str, object] | None,
    actor: Actor,
    reason: str = "",
) -> dict[str, object]:
    """The columns of one audit entry (the ORM adds it here; a bulk load inserts many at once)."""
    return {
        "project_id": project_id,
        "indicator_id": indicator_id,
        "quarter": str(quarter),
        "action": action,
        "old_json": json.dumps(old, ensure_ascii=False) if old is not None else None,
        "new_json": json.dumps(new, ensure_ascii=False) if new is not None else None,
        "changed_by": actor.user,
        "changed_at": utcnow(),
        "source": actor.source,
        "source_detail": actor.detail,
        "reason": reason,
    }


def _audit(
    session: Session,
    indicator: Indicator,
    quarter: Quarter,
    action: str,
    old: dict[str, object] | None,
    new: dict[str, object] | None,
    actor: Actor,
    reason: str = "",
) -> None:
    session.add(AuditEntry(**audit_columns(indicator.project_id, indicator.id, quarter, action, old, new, actor,
                                           reason)))


def _quarter(quarter: Quarter | str) -> Quarter:
    return quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)


def check_writable(session: Session, indicator: Indicator, quarter: Quarter, *, lock: bool = True) -> None:
    """Refuse a change that the register's rules do not allow for this indicator and quarter.

    ``lock=False`` leaves out the lock of approved quarters, for callers that first find out
    whether anything would change at all (writing what is already stored is not a change).
    """
    project: Project = indicator.project
    check_in_period(project.code, project.start_quarter, project.end_quarter, quarter,
                    indicator_code=indicator.code, target_quarter=indicator.target_quarter)
    check_not_archived(indicator.code, indicator.archived)
    if lock:
        from hallbar_desktop.services.steering import check_unlocked

        check_unlocked(session, project, quarter)


def check_in_period(project_code: str, start_quarter: str, end_quarter: str, quarter: Quarter, *,
                    indicator_code: str = "", target_quarter: str | Quarter | None = None) -> None:
    """A value belongs to the project's period; an indicator whose deadline lies after the
    project's end is followed up until that deadline (``domain.follow_up``)."""
    start, end = Quarter.parse(start_quarter), Quarter.parse(end_quarter)
    target = Quarter.parse(str(target_quarter)) if target_quarter else None
    if not start <= quarter <= last_quarter(target, end):
        raise ValidationError(outside_message_sv(quarter, project_code, start, end, indicator_code, target))


def check_not_archived(code: str, archived: bool) -> None:
    if archived:
        raise ValidationError(translate(
            "Values", "Indikatorn {code} är arkiverad; dess värden kan inte ändras.").format(code=code))


def wanted_snapshot(existing_comment: str | None, entry: ValueInput,
                    comment: str | _Keep) -> dict[str, object] | None:
    """The snapshot a value will have once ``entry`` (and ``comment``) is stored over a value
    whose comment is ``existing_comment`` (None: there is none)."""
    from types import SimpleNamespace

    wanted = SimpleNamespace(comment=existing_comment if existing_comment is not None else "")
    set_value_fields(wanted, entry, comment)  # type: ignore[arg-type]
    return snapshot(wanted)  # type: ignore[arg-type]


def _existing(session: Session, indicator: Indicator, quarter: Quarter) -> Measurement | None:
    return session.scalars(
        select(Measurement).where(
            Measurement.indicator_id == indicator.id, Measurement.quarter == str(quarter)
        )
    ).first()


def check_comment(comment: str) -> str:
    """The comment as stored (without surrounding spaces), or why it cannot be."""
    if len(comment) > MAX_COMMENT:
        raise ValidationError(translate("Values", "Kommentaren är för lång (högst {n} tecken).").format(n=MAX_COMMENT))
    if "\x00" in comment:
        raise ValidationError(translate("Values", "Kommentaren innehåller ett otillåtet tecken."))
    return comment.strip()


def validated_input(
    indicator: Indicator,
    *,
    text: str | None = None,
    value: float | None = None,
    numerator: float | None = None,
    denominator: float | None = None,
    women: float | None = None,
    men: float | None = None,
    other: float | None = None,
    reached_on: date | None = None,
) -> ValueInput:
    """Turn what the user typed or passed into a validated value for this indicator."""
    from hallbar_desktop.domain.kinds import IndicatorKind

    kind = IndicatorKind(indicator.kind)
    if text is not None:
        parsed = parse_value_text(kind, text, split_by_sex=indicator.split_by_sex, unit=indicator.unit)
        value = parsed.value
        numerator = parsed.numerator if numerator is None else numerator
        denominator = parsed.denominator if denominator is None else denominator
        reached_on = parsed.reached_on if reached_on is None else reached_on
    return validate_value(
        kind,
        value=value,
        numerator=numerator,
        denominator=denominator,
        women=women,
        men=men,
        other=other,
        reached_on=reached_on,
        split_by_sex=indicator.split_by_sex,
    )


def check_reached_on(entry: ValueInput, quarter: Quarter) -> None:
    """A milestone reported for ``quarter`` was reached by the end of it: a later day belongs to a
    later quarter. (An earlier day is right: a milestone stays reached, and each later quarter
    reports the day it was first reached.)"""
    if entry.reached_on is not None and entry.reached_on > quarter.end_date:
        raise ValidationError(translate(
            "Values", "Datumet då milstolpen nåddes ({date}) ligger efter {quarter}. Ange ett datum senast {last}.")
            .format(
            date=entry.reached_on.isoformat(), quarter=quarter_label(quarter.year, quarter.q),
            last=quarter.end_date.isoformat()))


def set_value_fields(m: Measurement, entry: ValueInput, comment: str | _Keep) -> None:
    m.value = entry.value
    m.numerator = entry.numerator
    m.denominator = entry.denominator
    m.women = entry.women
    m.men = entry.men
    m.other = entry.other
    m.reached_on = entry.reached_on
    if not isinstance(comment, _Keep):
        m.comment = check_comment(comment)


def record_value(
    session: Session,
    indicator: Indicator,
    quarter: Quarter | str,
    entry: ValueInput,
    actor: Actor,
    *,
    comment: str | _Keep = KEEP,
    checked: Checked | None = None,
) -> ValueChange:
    """Store a validated value for one quarter (replacing any earlier one) and audit it.
    ``checked``: the cell as the caller read and checked it in this transaction (see ``Checked``)."""
    q = _quarter(quarter)
    if checked is None:
        check_writable(session, indicator, q, lock=False)
        check_reached_on(entry, q)
        existing = _existing(session, indicator, q)
    else:
        existing = checked.stored
    old = snapshot(existing)
    new = wanted_snapshot(existing.comment if existing is not None else None, entry, comment)
    if existing is not None and new == old:
        return ValueChange(measurement_info(existing), False)
    if checked is None:
        check_writable(session, indicator, q)  # only a real change meets the lock of an approved quarter
    m = existing or Measurement(indicator_id=indicator.id, quarter=str(q), comment="")
    set_value_fields(m, entry, comment)
    m.entered_by = actor.user
    m.entered_at = utcnow()
    m.source = actor.source
    if existing is None:
        session.add(m)
    session.flush()
    _audit(session, indicator, q, "set", old, new, actor)
    return ValueChange(measurement_info(m), True)


def clear_value(session: Session, indicator: Indicator, quarter: Quarter | str, actor: Actor) -> bool:
    """Remove the value (and its comment) of one quarter; False when there was none."""
    q = _quarter(quarter)
    check_writable(session, indicator, q)
    existing = _existing(session, indicator, q)
    if existing is None:
        return False
    old = snapshot(existing)
    session.delete(existing)
    session.flush()
    _audit(session, indicator, q, "clear", old, None, actor)
    return True


def set_comment(
    session: Session, indicator: Indicator, quarter: Quarter | str, comment: str, actor: Actor
) -> bool:
    """Change only the comment of a reported value; False when nothing changed."""
    q = _quarter(quarter)
    check_writable(session, indicator, q)
    existing = _existing(session, indicator, q)
    if existing is None:
        raise NotFound(translate(
            "Values", "{code} har inget värde för {quarter}. Ange ett värde innan du skriver en kommentar.").format(
            code=indicator.code, quarter=quarter_label(q.year, q.q)))
    text = check_comment(comment)
    if text == existing.comment:
        return False
    old = snapshot(existing)
    existing.comment = text
    existing.entered_by = actor.user
    existing.entered_at = utcnow()
    session.flush()
    _audit(session, indicator, q, "comment", old, snapshot(existing), actor)
    return True


def history(
    session: Session, indicator: Indicator, quarter: Quarter | str | None = None
) -> list[AuditRecord]:
    """The audit trail of one value (or of every quarter of the indicator), oldest first."""
    stmt = select(AuditEntry).where(AuditEntry.indicator_id == indicator.id)
    if quarter is not None:
        stmt = stmt.where(AuditEntry.quarter == str(_quarter(quarter)))
    stmt = stmt.order_by(AuditEntry.changed_at, AuditEntry.id)
    return [
        AuditRecord(
            changed_at=e.changed_at,
            changed_by=e.changed_by,
            source=e.source,
            source_detail=e.source_detail,
            action=e.action,
            quarter=Quarter.parse(e.quarter) if e.quarter else None,
            old=json.loads(e.old_json) if e.old_json else None,
            new=json.loads(e.new_json) if e.new_json else None,
            reason=e.reason,
        )
        for e in session.scalars(stmt)
    ]


def measurements_of(session: Session, indicator_ids: list[int]) -> dict[int, list[Measurement]]:
    result: dict[int, list[Measurement]] = {i: [] for i in indicator_ids}
    if not indicator_ids:
        return result
    for m in session.scalars(
        select(Measurement)
        .where(Measurement.indicator_id.in_(indicator_ids))
        .order_by(Measurement.quarter)
    ):
        result[m.indicator_id].append(m)
    return result

