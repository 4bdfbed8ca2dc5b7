"""Cell edits as one user action: every cell validated first, then all written, or none.

This is the one way values are written: the window's typing, paste, Delete, parts by sex,
comments, undo and redo, the Excel import and the command line's ``set`` and ``clear`` all come
here. So a pasted block with one bad cell leaves the register exactly as it was and names the
cell, every rule (the value's kind, the project period, an archived indicator, the lock of an
approved quarter, the day a milestone was reached) is checked for every cell before anything is
written, and undo is just another audited write of the state a cell had before. Each write still
goes through ``record_value`` / ``clear_value`` / ``set_comment``, so the audit trail sees every
change, undo included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput
from hallbar_desktop.errors import USER_ERRORS, Conflict, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.views import MeasurementInfo
from hallbar_desktop.texts import translate

if TYPE_CHECKING:  # the writes load the ORM when they run (the window imports this at start)
    from sqlalchemy.orm import Session

    from hallbar_desktop.services.measurements import Checked
    from hallbar_desktop.store.models import Indicator, Measurement, Project


@dataclass(frozen=True)
class CellState:
    """Everything a cell holds, so undo can put back exactly what was there."""

    value: float | None
    numerator: float | None = None
    denominator: float | None = None
    women: float | None = None
    men: float | None = None
    other: float | None = None
    reached_on: date | None = None
    comment: str = ""

    @classmethod
    def of(cls, m: MeasurementInfo | Measurement | None) -> CellState | None:
        if m is None:
            return None
        return cls(m.value, m.numerator, m.denominator, m.women, m.men, m.other, m.reached_on,
                   m.comment or "")

    def entry(self) -> ValueInput:
        return ValueInput(self.value, self.numerator, self.denominator, self.women, self.men,
                          self.other, self.reached_on)


@dataclass(frozen=True)
class Given:
    """A value given in parts rather than typed (the command line's options, an import's
    columns): what ``validated_input`` takes beside the text."""

    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    women: float | None = None
    men: float | None = None
    other: float | None = None
    reached_on: date | None = None


@dataclass(frozen=True)
class Seen:
    """What a cell held when the user looked at it (the window's grid): a later save checks that
    nobody has changed it since, on a register shared on a server. ``version`` 0: the cell was
    empty. ``entered_at`` tells a value cleared and typed again (its version starts anew) apart."""

    version: int
    entered_at: datetime | None = None

    @classmethod
    def of(cls, m: MeasurementInfo | Measurement | None) -> Seen:
        return cls(0) if m is None else cls(m.version, m.entered_at)


@dataclass(frozen=True)
class CellEdit:
    """One cell's wanted change: a new value (typed ``text``, ``parts`` by sex, or ``given``
    with or without text), a new ``comment``, both, or an exact state (``exact=True``; state
    None clears). ``comment`` None keeps the comment; an edit with a comment only needs a value
    in the cell."""

    indicator_code: str
    quarter: Quarter
    text: str | None = None
    parts: tuple[float | None, float | None, float | None] | None = None
    comment: str | None = None
    exact: bool = False
    state: CellState | None = None
    given: Given | None = None
    #: What the user saw in the cell; None: not checked (the command line, an import).
    seen: Seen | None = None

    @classmethod
    def typed(cls, code: str, quarter: Quarter, text: str) -> CellEdit:
        """What the user typed; an empty text clears the cell."""
        return cls(code, quarter, text=text)

    @classmethod
    def by_sex(cls, code: str, quarter: Quarter, women: float | None, men: float | None,
               other: float | None) -> CellEdit:
        return cls(code, quarter, parts=(women, men, other))

    @classmethod
    def commented(cls, code: str, quarter: Quarter, comment: str) -> CellEdit:
        return cls(code, quarter, comment=comment)

    @classmethod
    def restore(cls, code: str, quarter: Quarter, state: CellState | None) -> CellEdit:
        return cls(code, quarter, exact=True, state=state)

    @classmethod
    def entered(cls, code: str, quarter: Quarter, text: str | None = None, given: Given | None = None,
                comment: str | None = None) -> CellEdit:
        """A value as the command line or an import gives it: text and/or its parts, and
        optionally a new comment (None keeps the one stored)."""
        return cls(code, quarter, text=text, comment=comment, given=given or Given())

    def having_seen(self, seen: Seen | None) -> CellEdit:
        """This edit, refused should the cell no longer hold what ``seen`` says."""
        return replace(self, seen=seen)

    @property
    def changes_value(self) -> bool:
        return self.exact or self.text is not None or self.parts is not None or self.given is not None


@dataclass(frozen=True)
class CellChange:
    """What one cell was and became: enough to undo it and to redo it."""

    indicator_code: str
    quarter: Quarter
    before: CellState | None
    after: CellState | None


@dataclass(frozen=True)
class CellProblem:
    indicator_code: str
    quarter: Quarter
    message: str
    #: Someone else changed the cell after it was read (``Seen``): what it holds now is news.
    conflict: bool = False


class EditsRefused(ValidationError):
    """At least one cell of the action cannot be saved; nothing of it was written."""

    def __init__(self, problems: Sequence[CellProblem]) -> None:
        first = problems[0]
        message = f"{first.indicator_code} {first.quarter.label_sv()}: {first.message}"
        if len(problems) > 1:
            message += f" (och {len(problems) - 1} värden till som inte går att spara)"
        super().__init__(message)
        self.problems = tuple(problems)


def _stored(session: Session, indicator: Indicator, quarter: Quarter) -> Measurement | None:
    from hallbar_desktop.store.models import Measurement

    return session.scalars(
        select(Measurement).where(
            Measurement.indicator_id == indicator.id, Measurement.quarter == str(quarter)
        )
    ).first()


def _wanted(indicator: Indicator, before: CellState | None, edit: CellEdit) -> CellState | None:
    """The state the cell should get, validated by the indicator's rules."""
    from hallbar_desktop.services.measurements import check_comment, check_reached_on, validated_input

    if edit.exact:
        if edit.state is None:
            return None
        s = edit.state
        checked = validated_input(indicator, value=s.value, numerator=s.numerator,
                                  denominator=s.denominator, women=s.women, men=s.men,
                                  other=s.other, reached_on=s.reached_on)
        check_reached_on(checked, edit.quarter)
        return _from(checked, check_comment(s.comment))
    comment = check_comment(edit.comment) if edit.comment is not None else (before.comment if before else "")
    if not edit.changes_value:
        if before is None:
            raise NotFound(translate("Values", "Cellen har inget värde. Ange ett värde innan du skriver en kommentar."))
        return replace(before, comment=comment)
    if edit.given is not None:
        g = edit.given
        entry = validated_input(indicator, text=edit.text, value=g.value, numerator=g.numerator,
                                denominator=g.denominator, women=g.women, men=g.men, other=g.other,
                                reached_on=g.reached_on)
    elif edit.parts is not None:
        women, men, other = edit.parts
        if women is None and men is None and other is None:
            return None
        entry = validated_input(indicator, women=women, men=men, other=other)
    else:
        text = (edit.text or "").strip()
        if not text:
            return None
        entry = validated_input(indicator, text=text)
    check_reached_on(entry, edit.quarter)
    return _from(entry, comment)


def _from(entry: ValueInput, comment: str) -> CellState:
    return CellState(entry.value, entry.numerator, entry.denominator, entry.women, entry.men,
                     entry.other, entry.reached_on, comment)


def _write(session: Session, indicator: Indicator, quarter: Quarter, before: CellState | None,
           after: CellState | None, actor: Actor, checked: Checked | None = None) -> None:
    """``checked``: the cell as ``apply_edits`` read and checked it (the lock included), when it
    is the one edit of the cell in the action; ``record_value`` then need not read either again."""
    from hallbar_desktop.services.measurements import clear_value, record_value, set_comment

    if after is None:
        clear_value(session, indicator, quarter, actor)
    elif before is not None and replace(before, comment=after.comment) == after:
        set_comment(session, indicator, quarter, after.comment, actor)
    else:
        record_value(session, indicator, quarter, after.entry(), actor, comment=after.comment, checked=checked)


def apply_edits(
    session: Session, project_code: str, edits: Sequence[CellEdit], actor: Actor
) -> list[CellChange]:
    """Validate every edit, then write them all; raise ``EditsRefused`` (nothing written) when
    any cell is refused. Cells that already hold what is wanted are left alone (no audit entry)."""
    return apply_edits_to(session, get_project(session, project_code), edits, actor)


def apply_edits_to(session: Session, project: Project, edits: Sequence[CellEdit], actor: Actor) -> list[CellChange]:
    """:func:`apply_edits` in a project already found (``operations.edit_values`` names it in
    what changed, without looking it up again)."""
    from hallbar_desktop.services.measurements import Checked, check_writable

    indicators: dict[str, Indicator] = {}
    plan: list[tuple[Indicator, CellEdit, Measurement | None, CellState | None, CellState | None]] = []
    problems: list[CellProblem] = []
    for edit in edits:
        try:
            key = edit.indicator_code.lower()
            indicator = indicators.get(key)
            if indicator is None:
                indicator = indicators[key] = get_indicator(session, project, edit.indicator_code, targets=False)
            check_writable(session, indicator, edit.quarter, lock=False)
            stored = _stored(session, indicator, edit.quarter)
            if edit.seen is not None and Seen.of(stored) != edit.seen:
                raise _changed_since(session, indicator, edit.quarter, stored)
            before = CellState.of(stored)
            after = _wanted(indicator, before, edit)
            if after != before:  # the lock of an approved quarter meets real changes only
                check_writable(session, indicator, edit.quarter)
            plan.append((indicator, edit, stored, before, after))
        except USER_ERRORS as exc:
            problems.append(CellProblem(edit.indicator_code, edit.quarter, str(exc),
                                        conflict=isinstance(exc, Conflict)))
    if problems:
        raise EditsRefused(problems)
    # A cell edited once in the action is written as checked and read above; one edited more
    # than once is read and checked again before each write, as it stands then.
    times = Counter((indicator.id, edit.quarter) for indicator, edit, *_ in plan)
    changes = []
    for indicator, edit, stored, before, after in plan:
        if before == after:
            continue
        once = times[(indicator.id, edit.quarter)] == 1
        _write(session, indicator, edit.quarter, before, after, actor, Checked(stored) if once else None)
        changes.append(CellChange(indicator.code, edit.quarter, before, after))
    return changes


def _changed_since(session: Session, indicator: Indicator, quarter: Quarter,
                   stored: Measurement | None) -> Conflict:
    """Who changed the cell since the user read it, and to what (the audit trail's last entry)."""
    from sqlalchemy import desc

    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.services.formatting import format_timestamp, format_value
    from hallbar_desktop.store.models import AuditEntry

    last = session.scalars(
        select(AuditEntry).where(AuditEntry.indicator_id == indicator.id, AuditEntry.quarter == str(quarter))
        .order_by(desc(AuditEntry.changed_at), desc(AuditEntry.id)).limit(1)
    ).first()
    who = last.changed_by if last is not None else (stored.entered_by if stored is not None
                                                    else translate("Conflicts", "någon annan"))
    when = f" {format_timestamp(last.changed_at)}" if last is not None else ""
    if stored is None:
        now = translate("Conflicts", "tömde värdet")
    else:
        shown = format_value(IndicatorKind(indicator.kind), stored.value, unit=indicator.unit,
                             reached_on=stored.reached_on)
        now = (translate("Conflicts", "ändrade värdet till {value}").format(value=shown) if shown
               else translate("Conflicts", "ändrade värdet"))
    return Conflict(translate("Conflicts", "{who} {now}{when}, efter att du läste det. Ditt värde sparades inte, "
                                           "så inget skrevs över; det som gäller nu visas. Skriv in ditt igen om det "
                                           "ska gälla.").format(who=who, now=now, when=when))


def undo_edits(changes: Sequence[CellChange]) -> list[CellEdit]:
    """The edits that put every cell back as it was before ``changes``."""
    return [CellEdit.restore(c.indicator_code, c.quarter, c.before) for c in changes]


def redo_edits(changes: Sequence[CellChange]) -> list[CellEdit]:
    return [CellEdit.restore(c.indicator_code, c.quarter, c.after) for c in changes]

