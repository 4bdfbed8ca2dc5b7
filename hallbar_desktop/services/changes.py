"""What a write changed in the register, said once by the core and read by every view.

The window follows the register through this description, as Anki's screens follow its
collection through ``OpChanges``: a write returns a :class:`Changes` (``services.operations``),
the window's state re-reads what it names, and each view decides from it whether it has
anything to redraw. No action keeps a list of views to refresh, so a new view only has to read
the description to stay current. The description is plain data (and JSON, for a register shared
on a server where other windows hear of a write).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from hallbar_desktop.domain.quarters import Quarter

#: The kinds of content besides values, one flag each. A later kind (say, risks) is one more
#: name here and one more field below; the views that do not show it need no change.
KINDS = ("structure", "approvals", "meetings", "activities", "economy", "lessons", "chain")


@dataclass(frozen=True)
class Changes:
    """What one write (or several, merged) changed.

    ``project``: the code of the project changed, or None when the change may concern any
    project (a restore, another register's content, changes to several projects merged).
    ``indicators`` and ``quarters``: the values (or comments) changed, by indicator code and
    quarter; with ``approvals`` the quarters approved or unlocked. The flags say what else
    changed: ``structure`` (projects, focus areas, indicators: added, edited, moved, archived),
    ``approvals``, ``meetings`` (meetings, narratives, decisions), ``lessons`` (the learning log),
    ``chain`` (the effect chain's boxes, arrows and placements; the lights in it follow the values),
    and the kinds to come.
    """

    project: str | None = None
    indicators: frozenset[str] = frozenset()
    quarters: frozenset[Quarter] = frozenset()
    structure: bool = False
    approvals: bool = False
    meetings: bool = False
    activities: bool = False
    economy: bool = False
    lessons: bool = False
    #: The effect chain: its boxes, arrows, and the indicators and activities placed in them.
    chain: bool = False

    # --- made by the core -------------------------------------------------------------------
    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (a restore, a register read again): every view reads anew."""
        return cls(None, structure=True, approvals=True, meetings=True, activities=True, economy=True, lessons=True,
                   chain=True)

    @classmethod
    def of_values(cls, project: str, cells: Iterable[tuple[str, Quarter]]) -> Changes:
        """Values of ``project`` changed in ``cells``: (indicator code, quarter) pairs."""
        pairs = list(cells)
        return cls(project, frozenset(code for code, _q in pairs), frozenset(q for _c, q in pairs))

    @classmethod
    def of_structure(cls, project: str | None) -> Changes:
        """The projects, focus areas or indicators of ``project`` (None: of the register) changed."""
        return cls(project, structure=True)

    @classmethod
    def of_approval(cls, project: str, quarter: Quarter) -> Changes:
        """``quarter`` of ``project`` was approved (its values locked) or unlocked."""
        return cls(project, quarters=frozenset({quarter}), approvals=True)

    @classmethod
    def of_meetings(cls, project: str) -> Changes:
        """A meeting, its narratives or a decision of ``project`` changed."""
        return cls(project, meetings=True)

    @classmethod
    def of_chain(cls, project: str) -> Changes:
        """The effect chain of ``project`` changed: a box, an arrow or what sits in a box."""
        return cls(project, chain=True)

    @classmethod
    def of_lessons(cls, project: str) -> Changes:
        """A lesson of ``project``'s learning log was written, changed or removed."""
        return cls(project, lessons=True)

    # --- read by the views ------------------------------------------------------------------
    def __bool__(self) -> bool:
        return bool(self.indicators or self.quarters) or any(getattr(self, kind) for kind in KINDS)

    def concerns(self, project: str | None) -> bool:
        """Whether this may change what is shown of ``project`` (codes match whatever their case)."""
        if not self or project is None:
            return False
        return self.project is None or self.project.casefold() == project.casefold()

    def values_of(self, project: str | None) -> frozenset[str]:
        """The indicator codes of ``project`` whose values changed."""
        return self.indicators if self.concerns(project) else frozenset()

    def touches(self, project: str | None, indicator: str | None, quarter: Quarter | None = None) -> bool:
        """Whether the value of ``indicator`` in ``quarter`` (any quarter: None) of ``project``
        may be different now: its own change, or a change of structure or of the locks."""
        if not self.concerns(project):
            return False
        if self.structure or (self.approvals and (quarter is None or not self.quarters or quarter in self.quarters)):
            return True
        if indicator is None or indicator.casefold() not in {c.casefold() for c in self.indicators}:
            return False
        return quarter is None or quarter in self.quarters

    # --- combined ---------------------------------------------------------------------------
    def merge(self, other: Changes) -> Changes:
        """Both changes in one (for views that catch up on several writes at once)."""
        if not other:
            return self
        if not self:
            return other
        same = self.project is not None and other.project is not None \
            and self.project.casefold() == other.project.casefold()
        return Changes(
            self.project if same else None,
            self.indicators | other.indicators,
            self.quarters | other.quarters,
            **{kind: getattr(self, kind) or getattr(other, kind) for kind in KINDS},
        )

    __or__ = merge

    # --- as plain data ----------------------------------------------------------------------
    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (sorted lists, quarters as ``2022Q3``)."""
        return {
            "project": self.project,
            "indicators": sorted(self.indicators),
            "quarters": sorted(str(q) for q in self.quarters),
            **{kind: getattr(self, kind) for kind in KINDS},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Changes:
        """The inverse of :meth:`as_dict`; names it does not know are ignored (a newer writer)."""
        known = {f.name for f in fields(cls)}
        return cls(
            project=data.get("project"),
            indicators=frozenset(str(c) for c in data.get("indicators", ())),
            quarters=frozenset(Quarter.parse(str(q)) for q in data.get("quarters", ())),
            **{kind: bool(data.get(kind, False)) for kind in KINDS if kind in known},
        )
