"""Effects followed up after the project has ended.

Many long-term effects are meant to show after the project: "2 år efter avslutat projekt ska
samtliga beställningar … vara säkrade". Such an indicator has its deadline (target quarter)
after the project's last quarter, and is followed until that deadline: its values after the end
are accepted up to the deadline, its status is judged on them, and it is marked as followed up
after the end. Every other indicator takes values within the project period only.
"""

from __future__ import annotations

from collections.abc import Iterable

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.texts import quarter_label, translate


def follows_after_end(target_quarter: Quarter | None, project_end: Quarter) -> bool:
    """Whether an indicator with this deadline is followed up after the project has ended."""
    return target_quarter is not None and target_quarter > project_end


def last_quarter(target_quarter: Quarter | None, project_end: Quarter) -> Quarter:
    """The last quarter the indicator takes values in: its deadline when that lies after the
    project's end, otherwise the project's last quarter."""
    if target_quarter is not None and follows_after_end(target_quarter, project_end):
        return target_quarter
    return project_end


def follow_up_end(target_quarters: Iterable[Quarter | None], project_end: Quarter) -> Quarter:
    """The last quarter any of these indicators is followed in (the project's end if none is
    followed after it)."""
    return max((last_quarter(t, project_end) for t in target_quarters), default=project_end)


def follow_up_note_sv(target_quarter: Quarter) -> str:
    """The mark shown with such an indicator (scorecard, reports, diagrams)."""
    return f"Följs upp efter projektslut, till och med {target_quarter.label_sv()}"


def outside_message_sv(quarter: Quarter, project_code: str, start: Quarter, end: Quarter,
                       indicator_code: str, target_quarter: Quarter | None) -> str:
    """Why a quarter is refused for an indicator: before the start, after its deadline, or after
    the project's end for an indicator that is not followed up after it."""
    q, first, last = (quarter_label(x.year, x.q) for x in (quarter, start, end))
    if quarter < start:
        return translate("Values", "{quarter} ligger utanför projektperioden för {project} ({start} – {end}).").format(
            quarter=q, project=project_code, start=first, end=last)
    if target_quarter is not None and follows_after_end(target_quarter, end):
        return translate("Values", "{quarter} ligger utanför uppföljningen av {indicator}, som följs upp efter "
                                   "projektslut till och med sitt måldatum {target}.").format(
            quarter=q, indicator=indicator_code, target=quarter_label(target_quarter.year, target_quarter.q))
    return translate("Values", "{quarter} ligger utanför projektperioden för {project} ({start} – {end}). Bara "
                               "indikatorer vars måldatum ligger efter projektets slut följs upp efter slutet.").format(
        quarter=q, project=project_code, start=first, end=last)
