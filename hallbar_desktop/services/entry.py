"""Cell edits as one user action: every cell validated first, then all written, or none.

The window types, pastes, clears, comments and undoes through here, so a pasted block with one
bad cell leaves the register exactly as it was, and undo is just another audited write of the
state a cell had before. Each write still goes through ``record_value`` / ``clear_value`` /
``set_comment``, so the audit trail sees every change, undo included.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.values import ValueInput
from hallbar_desktop.errors import USER_ERRORS, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.views import MeasurementInfo

if TYPE_CHECKING:  # the writes load the ORM when they run (the window imports this at start)
    from sqlalchemy.orm import Session

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
class CellEdit:
    """One cell's wanted change. Exactly one way: typed text, parts by sex, a comment, or an
    exact state (``exact=True``; state None clears)."""

    indicator_code: str
    quarter: Quarter
    text: str | None = None
    parts: tuple[float | None, float | None, float | None] | None = None
    comment: str | None = None
    exact: bool = False
    state: CellState | None = None

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
    from hallbar_desktop.services.measurements import MAX_COMMENT, validated_input

    kept = before.comment if before else ""
    if edit.exact:
        if edit.state is None:
            return None
        s = edit.state
        checked = validated_input(indicator, value=s.value, numerator=s.numerator,
                                  denominator=s.denominator, women=s.women, men=s.men,
                                  other=s.other, reached_on=s.reached_on)
        return _from(checked, s.comment)
    if edit.comment is not None:
        if before is None:
            raise NotFound("Cellen har inget värde. Ange ett värde innan du skriver en kommentar.")
        text = edit.comment.strip()
        if len(text) > MAX_COMMENT:
            raise ValidationError(f"Kommentaren är för lång (högst {MAX_COMMENT} tecken).")
        if "\x00" in text:
            raise ValidationError("Kommentaren innehåller ett otillåtet tecken.")
        return replace(before, comment=text)
    if edit.parts is not None:
        women, men, other = edit.parts
        if women is None and men is None and other is None:
            return None
        return _from(validated_input(indicator, women=women, men=men, other=other), kept)
    text = (edit.text or "").strip()
    if not text:
        return None
    return _from(validated_input(indicator, text=text), kept)


def _from(entry: ValueInput, comment: str) -> CellState:
    return CellState(entry.value, entry.numerator, entry.denominator, entry.women, entry.men,
                     entry.other, entry.reached_on, comment)


def _write(session: Session, indicator: Indicator, quarter: Quarter, before: CellState | None,
           after: CellState | None, actor: Actor) -> None:
    from hallbar_desktop.services.measurements import clear_value, record_value, set_comment

    if after is None:
        clear_value(session, indicator, quarter, actor)
    elif before is not None and replace(before, comment=after.comment) == after:
        set_comment(session, indicator, quarter, after.comment, actor)
    else:
        record_value(session, indicator, quarter, after.entry(), actor, comment=after.comment)


def apply_edits(
    session: Session, project_code: str, edits: Sequence[CellEdit], actor: Actor
) -> list[CellChange]:
    """Validate every edit, then write them all; raise ``EditsRefused`` (nothing written) when
    any cell is refused. Cells that already hold what is wanted are left alone (no audit entry)."""
    from hallbar_desktop.services.measurements import check_writable

    project: Project = get_project(session, project_code)
    indicators: dict[str, Indicator] = {}
    plan: list[tuple[Indicator, CellEdit, CellState | None, CellState | None]] = []
    problems: list[CellProblem] = []
    for edit in edits:
        try:
            key = edit.indicator_code.lower()
            indicator = indicators.get(key)
            if indicator is None:
                indicator = indicators[key] = get_indicator(session, project, edit.indicator_code)
            check_writable(session, indicator, edit.quarter, lock=False)
            before = CellState.of(_stored(session, indicator, edit.quarter))
            after = _wanted(indicator, before, edit)
            if after != before:  # the lock of an approved quarter meets real changes only
                check_writable(session, indicator, edit.quarter)
            plan.append((indicator, edit, before, after))
        except USER_ERRORS as exc:
            problems.append(CellProblem(edit.indicator_code, edit.quarter, str(exc)))
    if problems:
        raise EditsRefused(problems)
    changes = []
    for indicator, edit, before, after in plan:
        if before == after:
            continue
        _write(session, indicator, edit.quarter, before, after, actor)
        changes.append(CellChange(indicator.code, edit.quarter, before, after))
    return changes


def undo_edits(changes: Sequence[CellChange]) -> list[CellEdit]:
    """The edits that put every cell back as it was before ``changes``."""
    return [CellEdit.restore(c.indicator_code, c.quarter, c.before) for c in changes]


def redo_edits(changes: Sequence[CellChange]) -> list[CellEdit]:
    return [CellEdit.restore(c.indicator_code, c.quarter, c.after) for c in changes]

