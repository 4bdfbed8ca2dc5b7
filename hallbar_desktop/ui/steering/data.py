"""What the steering window shows of one project, read in one go (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.store.register import Register

if TYPE_CHECKING:  # the services of the steering group load the ORM when the window is opened
    from hallbar_desktop.services.steering import ApprovalInfo, DecisionInfo, MeetingInfo, MemberInfo


@dataclass(frozen=True)
class SteeringData:
    project_name: str
    quarters: list[Quarter]
    areas: list[tuple[int, str]]
    members: list[MemberInfo]
    meetings: list[MeetingInfo]
    decisions: list[DecisionInfo]
    approved: dict[Quarter, ApprovalInfo]
    status_quarter: Quarter | None


def read_steering(register: Register, code: str) -> SteeringData:
    from hallbar_desktop.services import steering
    from hallbar_desktop.services.lookup import get_project

    with register.reading() as s:
        project = get_project(s, code)
        start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
        areas = [(a.number, a.name) for a in sorted(project.focus_areas, key=lambda a: a.number)
                 if not a.archived]
        quarters = quarter_range(start, end)
        ended = [q for q in quarters if q.has_ended()]
        return SteeringData(project.name, quarters, areas, steering.list_members(s, code),
                            steering.list_meetings(s, code), steering.list_decisions(s, code),
                            steering.approved_quarters(s, code), ended[-1] if ended else None)
