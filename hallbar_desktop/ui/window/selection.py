"""The one selection of the window: the project, the focus area the grid shows, the indicator and
the quarter. Every pane follows it; none keeps its own idea of what is selected.

A pane that holds something typed and not saved (the comment of the selected value, a meeting's
narrative) registers a *guard*: before the selection moves to another value or project, each
guard is asked and may save, drop or keep the text (Spara / Spara inte / Avbryt); a guard that
says no keeps the selection where it is, and the pane that asked for the move shows it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from hallbar_desktop.domain.quarters import Quarter


@dataclass(frozen=True)
class Selected:
    """What is selected. ``focus_area``: the focus area the grid shows (None: the whole project).
    ``quarter`` None: no quarter's cell (a roll-up column, or nothing yet)."""

    project: str | None = None
    focus_area: int | None = None
    indicator: str | None = None
    quarter: Quarter | None = None

    def cell(self) -> tuple[str | None, str | None, Quarter | None]:
        """The value selected: what a typed comment belongs to."""
        return self.project, self.indicator, self.quarter


#: Asked before the selection changes: (now, wanted) -> may it change? ``wanted`` is None when
#: everything is left (another register is opened, the window closes).
Guard = Callable[[Selected, "Selected | None"], bool]

_KEEP: Any = object()


class Selection(QObject):
    """The selection, and the signal every pane follows: ``changed(new, old)``."""

    changed = Signal(object, object)  # (Selected now, Selected before)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = Selected()
        self._guards: list[Guard] = []
        self._asking = False

    # --- reading -------------------------------------------------------------------------------
    @property
    def current(self) -> Selected:
        return self._now

    @property
    def project(self) -> str | None:
        return self._now.project

    @property
    def focus_area(self) -> int | None:
        return self._now.focus_area

    @property
    def indicator(self) -> str | None:
        return self._now.indicator

    @property
    def quarter(self) -> Quarter | None:
        return self._now.quarter

    # --- changing ------------------------------------------------------------------------------
    def select(self, project: str | None = _KEEP, focus_area: int | None = _KEEP, indicator: str | None = _KEEP,
               quarter: Quarter | None = _KEEP, *, ask: bool = True) -> bool:
        """Change what is selected (the fields given); False when a guard kept it as it was.
        ``ask=False``: the register no longer holds what was selected, nothing can be kept."""
        fields: dict[str, Any] = {name: value for name, value in (("project", project), ("focus_area", focus_area),
                                                  ("indicator", indicator), ("quarter", quarter))
                  if value is not _KEEP}
        wanted = replace(self._now, **fields)
        if wanted == self._now:
            return True
        if ask and wanted.cell() != self._now.cell() and not self._ask(wanted):
            return False
        old, self._now = self._now, wanted
        self.changed.emit(wanted, old)
        return True

    def leave(self) -> bool:
        """Before everything selected is left (another register, quitting): each guard is asked."""
        return self._ask(None)

    # --- guards --------------------------------------------------------------------------------
    def add_guard(self, guard: Guard) -> None:
        self._guards.append(guard)

    def remove_guard(self, guard: Guard) -> None:
        if guard in self._guards:
            self._guards.remove(guard)

    def _ask(self, wanted: Selected | None) -> bool:
        if self._asking:  # a guard's own save moved nothing; a question inside a question is not asked
            return True
        self._asking = True
        try:
            return all(guard(self._now, wanted) for guard in list(self._guards))
        finally:
            self._asking = False
