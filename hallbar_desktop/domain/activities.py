"""Activities of the project plan and the rule that flags a delayed one.

An activity is planned from a start quarter to an end quarter. The project leader marks it as
started, carried out (genomförd) or cancelled (inställd); the register keeps the quarter it was
closed in, so a report for an earlier period shows the activity as it stood then. Whether it is
delayed is not typed: an activity that is not closed when its planned end quarter has ended is
delayed (försenad). A project leader may also mark it delayed earlier, when the slip is known.
"""

from __future__ import annotations

from enum import StrEnum

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.quarters import Quarter


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"

    def label_sv(self) -> str:
        return STATUS_SV[self]

    def label_en(self) -> str:
        return STATUS_EN[self]

    @property
    def closed(self) -> bool:
        """Carried out or cancelled: nothing more is expected of it."""
        return self in (ActivityStatus.DONE, ActivityStatus.CANCELLED)

    @classmethod
    def parse(cls, text: str) -> ActivityStatus:
        """The code (``done``) or the Swedish word (``genomförd``), whatever the case."""
        wanted = " ".join(str(text).split()).lower()
        for status in cls:
            if wanted in (status.value, STATUS_SV[status]):
                return status
        allowed = ", ".join(STATUS_SV[s] for s in cls)
        raise DomainError(f"Status «{str(text).strip()}» finns inte för en aktivitet; välj {allowed}.")


STATUS_SV = {
    ActivityStatus.PLANNED: "planerad",
    ActivityStatus.ONGOING: "pågår",
    ActivityStatus.DONE: "genomförd",
    ActivityStatus.DELAYED: "försenad",
    ActivityStatus.CANCELLED: "inställd",
}
STATUS_EN = {
    ActivityStatus.PLANNED: "planned",
    ActivityStatus.ONGOING: "ongoing",
    ActivityStatus.DONE: "done",
    ActivityStatus.DELAYED: "delayed",
    ActivityStatus.CANCELLED: "cancelled",
}


def check_plan(start: Quarter, end: Quarter, project_start: Quarter, project_end: Quarter) -> None:
    """An activity runs forwards and inside the project period."""
    if end < start:
        raise DomainError(
            f"Aktiviteten slutar ({end.label_sv()}) före den börjar ({start.label_sv()})."
        )
    if start < project_start or end > project_end:
        raise DomainError(
            f"Aktiviteten ({start.label_sv()} – {end.label_sv()}) ligger utanför projektperioden "
            f"({project_start.label_sv()} – {project_end.label_sv()})."
        )


def is_delayed(planned_end: Quarter, as_of: Quarter) -> bool:
    """Whether an activity not yet closed is late at the end of quarter ``as_of``.

    ``as_of`` is a quarter that has ended (the reporting period's last quarter, or the latest
    ended quarter today): once the planned end quarter has ended, an open activity is late.
    """
    return planned_end <= as_of


def activity_status(
    stored: ActivityStatus,
    planned_start: Quarter,
    planned_end: Quarter,
    as_of: Quarter,
    closed_in: Quarter | None = None,
) -> ActivityStatus:
    """The status of an activity at the end of ``as_of`` (an ended quarter).

    1. Closed (carried out or cancelled) in ``as_of`` or earlier: as stored.
    2. Not closed by then and its planned end has passed: delayed.
    3. Marked delayed by hand and still open: delayed.
    4. Otherwise planned before its planned start, or while still marked planned; else ongoing.
       An activity closed after ``as_of`` was under way at ``as_of`` once its start had come.
    """
    closed_later = stored.closed and closed_in is not None and closed_in > as_of
    if stored.closed and not closed_later:
        return stored
    if is_delayed(planned_end, as_of):
        return ActivityStatus.DELAYED
    if stored is ActivityStatus.DELAYED:
        return ActivityStatus.DELAYED
    if as_of < planned_start:
        return ActivityStatus.PLANNED
    if stored is ActivityStatus.PLANNED:
        return ActivityStatus.PLANNED
    return ActivityStatus.ONGOING
