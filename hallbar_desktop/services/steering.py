"""The steering group (styrgrupp): members, meetings with narrative and decisions, approval.

A meeting follows up one quarter. It may approve (fastställa) a quarter: the values of an
approved quarter are locked everywhere (``check_writable`` asks ``is_approved``) until someone
unlocks it with a reason. Approval and unlocking are kept in the audit trail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import LockedQuarter, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.lookup import get_focus_area, get_project
from hallbar_desktop.services.projects import utcnow
from hallbar_desktop.store.models import (
    ApprovedQuarter,
    AuditEntry,
    Decision,
    Meeting,
    MeetingAttendee,
    MeetingNarrative,
    Project,
    SteeringMember,
)
from hallbar_desktop.texts import quarter_label, quarter_text, translate

ROLES = ("chair", "vice_chair", "member", "co_opted")
ROLE_LABELS_SV = {"chair": "ordförande", "vice_chair": "vice ordförande", "member": "ledamot",
                  "co_opted": "adjungerad"}
DECISION_STATUSES = ("open", "in_progress", "done", "cancelled")
DECISION_STATUS_SV = {"open": "öppet", "in_progress": "pågår", "done": "genomfört",
                      "cancelled": "avskrivet"}
MAX_TEXT = 8000


# --- plain data for the window, the CLI and the reports --------------------------------------
@dataclass(frozen=True)
class MemberInfo:
    id: int
    role: str
    name: str
    title: str
    organisation: str
    substitute: str
    active_from: date | None
    active_to: date | None

    @property
    def role_sv(self) -> str:
        return ROLE_LABELS_SV.get(self.role, self.role)

    def active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to)


@dataclass(frozen=True)
class AttendeeInfo:
    member: MemberInfo
    as_substitute: bool

    @property
    def label(self) -> str:
        """The person who came, as the minutes name them."""
        if self.as_substitute and self.member.substitute:
            return f"{self.member.substitute} (ersättare för {self.member.name})"
        return self.member.name


@dataclass(frozen=True)
class NarrativeFields:
    happened: str = ""
    deviations: str = ""
    goal_conflicts: str = ""
    actions: str = ""

    def is_empty(self) -> bool:
        return not any(t.strip() for t in (self.happened, self.deviations, self.goal_conflicts,
                                           self.actions))


@dataclass(frozen=True)
class NarrativeInfo:
    focus_area_number: int
    focus_area_name: str
    text: NarrativeFields


@dataclass(frozen=True)
class DecisionInfo:
    number: int
    meeting_date: date
    text: str
    owner: str
    due_on: date | None
    status: str
    follow_up: str
    closed_on: date | None
    #: The row's version when read (migration 0006): a follow-up saved from it checks it.
    version: int = 1

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")

    def is_overdue(self, day: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < day

    @property
    def status_sv(self) -> str:
        return DECISION_STATUS_SV.get(self.status, self.status)


@dataclass(frozen=True)
class ApprovalInfo:
    quarter: Quarter
    meeting_date: date | None
    approved_by: str
    approved_at: datetime

    @property
    def approved_on(self) -> date:
        """The day the quarter counts as approved: the approving meeting's, else (no meeting linked)
        the day the approval was recorded. Exports, the report and the PDF all say this day."""
        return self.meeting_date or self.approved_at.date()


@dataclass(frozen=True)
class MeetingInfo:
    project_code: str
    held_on: date
    quarter: Quarter
    place: str
    notes: str
    attendees: tuple[AttendeeInfo, ...]
    narratives: tuple[NarrativeInfo, ...]  # one per focus area that has any text
    decisions: tuple[DecisionInfo, ...]  # taken at this meeting
    approved: tuple[Quarter, ...]  # quarters this meeting approved (and still approved)
    #: The versions of the meeting and its narratives when read (migration 0006), added up: a save
    #: of the meeting form checks that nobody saved the meeting or a narrative since.
    version: int = 1

    def narrative(self, focus_area_number: int) -> NarrativeFields:
        for n in self.narratives:
            if n.focus_area_number == focus_area_number:
                return n.text
        return NarrativeFields()


@dataclass(frozen=True)
class MeetingFields:
    held_on: date
    quarter: Quarter
    place: str = ""
    notes: str = ""
    #: (member id, came as substitute)
    attendees: tuple[tuple[int, bool], ...] = ()


# --- helpers ------------------------------------------------------------------------------
def _text(value: str, what: str, *, limit: int = MAX_TEXT) -> str:
    if len(value) > limit:
        raise ValidationError(translate("Steering", "{what} är för lång (högst {limit} tecken).").format(
                                  what=what, limit=limit))
    return value.strip()


def _date_sv(day: date) -> str:
    return day.isoformat()


def member_info(m: SteeringMember) -> MemberInfo:
    return MemberInfo(m.id, m.role, m.name, m.title, m.organisation, m.substitute, m.active_from,
                      m.active_to)


def _decision_info(d: Decision) -> DecisionInfo:
    return DecisionInfo(d.number, d.meeting.held_on, d.text, d.owner, d.due_on, d.status,
                        d.follow_up, d.closed_on, d.version)


def _project_audit(session: Session, project: Project, quarter: Quarter | None, action: str,
                   old: dict[str, object] | None, new: dict[str, object] | None, actor: Actor,
                   reason: str = "") -> None:
    session.add(AuditEntry(
        project_id=project.id, indicator_id=None, quarter=str(quarter) if quarter else None,
        action=action,
        old_json=json.dumps(old, ensure_ascii=False) if old is not None else None,
        new_json=json.dumps(new, ensure_ascii=False) if new is not None else None,
        changed_by=actor.user, changed_at=utcnow(), source=actor.source,
        source_detail=actor.detail, reason=reason,
    ))


def _meeting(session: Session, project: Project, held_on: date) -> Meeting:
    meeting = session.scalars(
        select(Meeting).where(Meeting.project_id == project.id, Meeting.held_on == held_on)
    ).first()
    if meeting is None:
        raise NotFound(translate("Steering", "{code} har inget styrgruppsmöte den {held_on}.").format(
                           code=project.code, held_on=_date_sv(held_on)))
    return meeting


def _in_period(project: Project, quarter: Quarter) -> None:
    start, end = Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter)
    if not start <= quarter <= end:
        raise ValidationError(
            translate("Steering", "{quarter} ligger utanför projektperioden för {code} ({start} – {end}).").format(
                quarter=quarter_text(quarter), code=project.code, start=quarter_text(start), end=quarter_text(end))
        )


# --- members ------------------------------------------------------------------------------
def list_members(session: Session, project_code: str) -> list[MemberInfo]:
    project = get_project(session, project_code)
    return [member_info(m) for m in project.steering_members]


# --- meetings -----------------------------------------------------------------------------
def _meeting_info(session: Session, project: Project, m: Meeting,
                  approvals: dict[Quarter, ApprovalInfo] | None = None) -> MeetingInfo:
    approvals = approvals if approvals is not None else approved_quarters(session, project.code)
    attendees = sorted(
        (AttendeeInfo(member_info(a.member), a.as_substitute) for a in m.attendees),
        key=lambda a: (ROLES.index(a.member.role) if a.member.role in ROLES else 9, a.member.name),
    )
    areas = {a.id: a for a in project.focus_areas}
    narratives = sorted(
        (NarrativeInfo(areas[n.focus_area_id].number, areas[n.focus_area_id].name,
                       NarrativeFields(n.happened, n.deviations, n.goal_conflicts, n.actions))
         for n in m.narratives if n.focus_area_id in areas),
        key=lambda n: n.focus_area_number,
    )
    decisions = session.scalars(
        select(Decision).where(Decision.meeting_id == m.id).order_by(Decision.number)
    ).all()
    return MeetingInfo(
        project.code, m.held_on, Quarter.parse(m.quarter), m.place, m.notes, tuple(attendees),
        tuple(narratives), tuple(_decision_info(d) for d in decisions),
        tuple(q for q, a in sorted(approvals.items()) if a.meeting_date == m.held_on),
        meeting_version(m),
    )


def meeting_version(m: Meeting) -> int:
    return m.version + sum(n.version for n in m.narratives)


def check_meeting_unchanged(session: Session, project: Project, m: Meeting, seen_version: int | None) -> None:
    """Refuse the save of a meeting form filled before someone else saved the meeting (who and what)."""
    if seen_version is None or meeting_version(m) == seen_version:
        return
    from sqlalchemy import desc

    from hallbar_desktop.errors import Conflict
    from hallbar_desktop.services.formatting import format_timestamp

    last = session.scalars(
        select(AuditEntry).where(AuditEntry.project_id == project.id,
                                 AuditEntry.action.in_(("meeting", "meeting_edit", "narrative")))
        .order_by(desc(AuditEntry.changed_at), desc(AuditEntry.id)).limit(1)).first()
    who = (f"{last.changed_by} ({format_timestamp(last.changed_at)})" if last is not None
           else translate("Conflicts", "Någon annan"))
    notes = (m.notes[:60] + "…") if len(m.notes) > 60 else m.notes
    raise Conflict(
        translate("Steering", "{who} har sparat mötet den {held_on} sedan du öppnade det (anteckningen är nu "
                              "«{value}»). Dina ändringar sparades inte, så inget skrevs över. Läs in mötet igen och "
                              "gör ändringarna på nytt.").format(
            who=who, held_on=_date_sv(m.held_on), value=notes or '–')
    )


def list_meetings(session: Session, project_code: str) -> list[MeetingInfo]:
    """Every meeting of the project, oldest first."""
    project = get_project(session, project_code)
    meetings = session.scalars(
        select(Meeting).where(Meeting.project_id == project.id)
        .options(selectinload(Meeting.attendees).selectinload(MeetingAttendee.member),
                 selectinload(Meeting.narratives))
        .order_by(Meeting.held_on)
    ).all()
    approvals = approved_quarters(session, project.code)
    return [_meeting_info(session, project, m, approvals) for m in meetings]


def get_meeting(session: Session, project_code: str, held_on: date) -> MeetingInfo:
    project = get_project(session, project_code)
    return _meeting_info(session, project, _meeting(session, project, held_on))


def meeting_for(session: Session, project_code: str, held_on: date | None = None) -> MeetingInfo | None:
    """The meeting held on ``held_on``, or without a date the latest meeting; None if none."""
    if held_on is not None:
        return get_meeting(session, project_code, held_on)
    meetings = list_meetings(session, project_code)
    return meetings[-1] if meetings else None


def _meeting_state(m: Meeting) -> dict[str, object]:
    return {"held_on": m.held_on.isoformat(), "quarter": m.quarter, "place": m.place, "notes": m.notes,
            "attendees": sorted([a.member_id, bool(a.as_substitute)] for a in m.attendees)}


def save_meeting(session: Session, project_code: str, fields: MeetingFields, actor: Actor, *,
                 original_date: date | None = None, seen_version: int | None = None) -> MeetingInfo:
    """Create a meeting, or change the one held on ``original_date`` (refused should its version
    no longer be ``seen_version``, when given: someone else saved it since)."""
    project = get_project(session, project_code)
    if original_date is not None:
        check_meeting_unchanged(session, project, _meeting(session, project, original_date), seen_version)
    _in_period(project, fields.quarter)
    if fields.quarter.start_date > fields.held_on:
        raise ValidationError(
            translate("Steering", "Mötet den {held_on} kan inte följa upp {quarter}, som inte har börjat då.").format(
                held_on=_date_sv(fields.held_on), quarter=quarter_text(fields.quarter))
        )
    clash = session.scalars(select(Meeting).where(
        Meeting.project_id == project.id, Meeting.held_on == fields.held_on)).first()
    meeting = _meeting(session, project, original_date) if original_date is not None else None
    if clash is not None and clash is not meeting:
        raise ValidationError(translate("Steering", "{code} har redan ett möte den {held_on}.").format(
                                  code=project.code, held_on=_date_sv(fields.held_on)))
    members = {m.id: m for m in project.steering_members}
    for member_id, _ in fields.attendees:
        if member_id not in members:
            raise ValidationError(translate("Steering", "En deltagare finns inte i projektets styrgrupp."))
    created = meeting is None
    old = None if meeting is None else _meeting_state(meeting)
    if meeting is None:
        meeting = Meeting(project_id=project.id, held_on=fields.held_on, quarter=str(fields.quarter))
        session.add(meeting)
    meeting.held_on = fields.held_on
    meeting.quarter = str(fields.quarter)
    meeting.place = _text(fields.place, translate("Steering", "Platsen"), limit=300)
    meeting.notes = _text(fields.notes, translate("Steering", "Anteckningen"))
    wanted = dict(fields.attendees)
    meeting.attendees = [a for a in meeting.attendees if a.member_id in wanted]
    for a in meeting.attendees:
        a.as_substitute = wanted[a.member_id]
    have = {a.member_id for a in meeting.attendees}
    for member_id, as_sub in fields.attendees:
        if member_id not in have:
            meeting.attendees.append(MeetingAttendee(member_id=member_id, as_substitute=as_sub))
            have.add(member_id)
    session.flush()
    new = _meeting_state(meeting)
    if new != old:
        _project_audit(session, project, fields.quarter, "meeting" if created else "meeting_edit", old,
                       new, actor)
    session.expire(meeting)
    return _meeting_info(session, project, meeting)


def delete_meeting(session: Session, project_code: str, held_on: date, actor: Actor) -> None:
    """Remove a meeting that has neither decisions nor approvals."""
    project = get_project(session, project_code)
    meeting = _meeting(session, project, held_on)
    if session.scalar(select(func.count()).select_from(Decision).where(Decision.meeting_id == meeting.id)):
        raise ValidationError(
            translate("Steering", "Mötet den {held_on} har beslut och kan inte tas bort; ändra det i stället.").format(
                held_on=_date_sv(held_on)))
    if session.scalar(select(func.count()).select_from(ApprovedQuarter)
                      .where(ApprovedQuarter.meeting_id == meeting.id)):
        raise ValidationError(
            translate("Steering", "Mötet den {held_on} har fastställt ett kvartal och kan inte tas bort.").format(
                held_on=_date_sv(held_on)))
    session.delete(meeting)
    session.flush()
    _project_audit(session, project, Quarter.parse(meeting.quarter), "meeting_delete",
                   {"held_on": held_on.isoformat()}, None, actor)


def set_narrative(session: Session, project_code: str, held_on: date, focus_area_number: int,
                  text: NarrativeFields, actor: Actor) -> bool:
    """Write the narrative of one focus area at one meeting; False when nothing changed."""
    project = get_project(session, project_code)
    meeting = _meeting(session, project, held_on)
    area = get_focus_area(session, project, focus_area_number)
    clean = NarrativeFields(*(_text(t, what) for t, what in (
        (text.happened, "Texten om vad som hänt"), (text.deviations, "Texten om avvikelser"),
        (text.goal_conflicts, "Texten om målkonflikter"), (text.actions, "Texten om åtgärder"))))
    row = next((n for n in meeting.narratives if n.focus_area_id == area.id), None)
    before = (NarrativeFields(row.happened, row.deviations, row.goal_conflicts, row.actions)
              if row is not None else NarrativeFields())
    if before == clean:
        return False
    if row is None:
        row = MeetingNarrative(focus_area_id=area.id)
        meeting.narratives.append(row)
    row.happened, row.deviations, row.goal_conflicts, row.actions = (
        clean.happened, clean.deviations, clean.goal_conflicts, clean.actions)
    session.flush()
    _project_audit(session, project, Quarter.parse(meeting.quarter), "narrative",
                   {"focus_area": area.number, **before.__dict__},
                   {"focus_area": area.number, **clean.__dict__}, actor)
    return True


# --- decisions ----------------------------------------------------------------------------
def list_decisions(session: Session, project_code: str) -> list[DecisionInfo]:
    project = get_project(session, project_code)
    rows = session.scalars(
        select(Decision).where(Decision.project_id == project.id)
        .options(selectinload(Decision.meeting)).order_by(Decision.number)
    ).all()
    return [_decision_info(d) for d in rows]


def _check_status(status: str) -> str:
    if status not in DECISION_STATUSES:
        raise ValidationError(
            f"Status «{status}» finns inte; välj en av: "
            + ", ".join(f"{s} ({DECISION_STATUS_SV[s]})" for s in DECISION_STATUSES) + ".")
    return status


def add_decision(session: Session, project_code: str, held_on: date, text: str, actor: Actor, *,
                 owner: str = "", due_on: date | None = None, status: str = "open") -> DecisionInfo:
    """Record a decision of the meeting; it gets the project's next number."""
    project = get_project(session, project_code)
    meeting = _meeting(session, project, held_on)
    body = _text(text, translate("Steering", "Beslutstexten"))
    if not body:
        raise ValidationError(translate("Steering", "Skriv vad som beslutades."))
    if due_on is not None and due_on < held_on:
        raise ValidationError(
            translate("Steering", "Beslutet ska vara klart {due_on}, före mötet den {held_on}.").format(
                due_on=_date_sv(due_on), held_on=_date_sv(held_on)))
    number = (session.scalar(select(func.max(Decision.number))
                             .where(Decision.project_id == project.id)) or 0) + 1
    decision = Decision(project_id=project.id, meeting_id=meeting.id, number=number, text=body,
                        owner=_text(owner, translate("Steering", "Ansvarig"), limit=200), due_on=due_on,
                        status=_check_status(status), follow_up="")
    if status in ("done", "cancelled"):
        decision.closed_on = held_on
    session.add(decision)
    session.flush()
    _project_audit(session, project, Quarter.parse(meeting.quarter), "decision", None,
                   {"number": number, "text": body, "status": status}, actor)
    decision.meeting = meeting
    return _decision_info(decision)


def update_decision(session: Session, project_code: str, number: int, actor: Actor, *,
                    status: str | None = None, follow_up: str | None = None, text: str | None = None,
                    owner: str | None = None, due_on: date | None | bool = False,
                    closed_on: date | None = None, seen_version: int | None = None) -> DecisionInfo:
    """Follow up a decision: new status, a note of how it went; closing records the day.
    ``seen_version``: the decision's version when the form showed it; refused (nothing written)
    should someone else have saved the decision since."""
    from hallbar_desktop.services.conflicts import refuse_if_changed, who_changed

    project = get_project(session, project_code)
    decision = session.scalars(select(Decision).where(
        Decision.project_id == project.id, Decision.number == number)).first()
    if decision is None:
        raise NotFound(translate("Steering", "{code} har inget beslut nr {number}.").format(
                           code=project.code, number=number))
    follow = (decision.follow_up[:60] + "…") if len(decision.follow_up) > 60 else decision.follow_up
    refuse_if_changed(
        decision.version, seen_version, saved=translate("Conflicts", "beslut {number}").format(number=number),
        now=translate("Conflicts", "status nu «{status}», uppföljning «{follow}»").format(
            status=translate("Labels", DECISION_STATUS_SV.get(decision.status, decision.status)),
            follow=follow or '–'),
        who=lambda: who_changed(session, project.id, ("decision", "decision_edit"), {"number": number}))
    old = {"status": decision.status, "follow_up": decision.follow_up, "text": decision.text}
    if text is not None:
        body = _text(text, translate("Steering", "Beslutstexten"))
        if not body:
            raise ValidationError(translate("Steering", "Skriv vad som beslutades."))
        decision.text = body
    if owner is not None:
        decision.owner = _text(owner, translate("Steering", "Ansvarig"), limit=200)
    if due_on is not False:
        decision.due_on = due_on if isinstance(due_on, date) else None
    if follow_up is not None:
        decision.follow_up = _text(follow_up, translate("Steering", "Uppföljningen"))
    if status is not None:
        was_open = decision.status in ("open", "in_progress")
        decision.status = _check_status(status)
        if status in ("done", "cancelled"):
            if was_open or closed_on is not None:
                decision.closed_on = closed_on or date.today()
        else:
            decision.closed_on = None
    session.flush()
    new = {"status": decision.status, "follow_up": decision.follow_up, "text": decision.text}
    if new != old:
        _project_audit(session, project, None, "decision_edit", {"number": number, **old},
                       {"number": number, **new}, actor)
    return _decision_info(decision)


# --- approval -----------------------------------------------------------------------------
def approved_quarters(session: Session, project_code: str) -> dict[Quarter, ApprovalInfo]:
    project = get_project(session, project_code)
    rows = session.execute(
        select(ApprovedQuarter, Meeting.held_on)
        .outerjoin(Meeting, Meeting.id == ApprovedQuarter.meeting_id)
        .where(ApprovedQuarter.project_id == project.id)
    ).all()
    return {Quarter.parse(a.quarter): ApprovalInfo(Quarter.parse(a.quarter), held, a.approved_by,
                                                   a.approved_at)
            for a, held in rows}


def is_approved(session: Session, project_id: int, quarter: Quarter) -> bool:
    found = session.scalar(select(ApprovedQuarter.id).where(
        ApprovedQuarter.project_id == project_id, ApprovedQuarter.quarter == str(quarter)).limit(1))
    return found is not None


def locked_message(project_code: str, quarter: Quarter) -> str:
    return translate("Values", "{quarter} är fastställt av styrgruppen för {project} och låst. Lås upp kvartalet "
                     "(med ett skäl) om ett värde måste ändras.").format(quarter=quarter_label(quarter.year, quarter.q),
                                                                         project=project_code)


def check_unlocked(session: Session, project: Project, quarter: Quarter) -> None:
    if is_approved(session, project.id, quarter):
        raise LockedQuarter(locked_message(project.code, quarter))


def approve_quarter(session: Session, project_code: str, quarter: Quarter | str, held_on: date,
                    actor: Actor) -> ApprovalInfo:
    """The meeting held on ``held_on`` approves ``quarter``: its values are locked from now on."""
    project = get_project(session, project_code)
    q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
    _in_period(project, q)
    meeting = _meeting(session, project, held_on)
    if q > Quarter.parse(meeting.quarter):
        raise ValidationError(
            translate("Steering", "Mötet den {held_on} följer upp {quarter} och kan inte fastställa det "
                                  "senare {q}.").format(
                held_on=_date_sv(held_on), quarter=quarter_text(Quarter.parse(meeting.quarter)), q=quarter_text(q)))
    if q.end_date > held_on:
        raise ValidationError(
            translate("Steering", "{q} har inte tagit slut den {held_on} och kan inte fastställas då.").format(
                q=quarter_text(q), held_on=_date_sv(held_on)))
    if is_approved(session, project.id, q):
        raise ValidationError(translate("Steering", "{q} är redan fastställt för {code}.").format(
                                  q=quarter_text(q), code=project.code))
    row = ApprovedQuarter(project_id=project.id, quarter=str(q), meeting_id=meeting.id,
                          approved_by=actor.user, approved_at=utcnow())
    session.add(row)
    session.flush()
    _project_audit(session, project, q, "approve", None,
                   {"quarter": str(q), "meeting": held_on.isoformat()}, actor)
    return ApprovalInfo(q, held_on, row.approved_by, row.approved_at)


def unlock_quarter(session: Session, project_code: str, quarter: Quarter | str, reason: str,
                   actor: Actor) -> None:
    """Lift the lock of an approved quarter; the reason is kept in the audit trail."""
    project = get_project(session, project_code)
    q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
    why = _text(reason, translate("Steering", "Skälet"), limit=2000)
    if not why:
        raise ValidationError(translate("Steering", "Ange ett skäl till att kvartalet låses upp; det sparas i "
                                                    "historiken."))
    row = session.scalars(select(ApprovedQuarter).where(
        ApprovedQuarter.project_id == project.id, ApprovedQuarter.quarter == str(q))).first()
    if row is None:
        raise ValidationError(translate("Steering", "{q} är inte fastställt för {code}.").format(
                                  q=quarter_text(q), code=project.code))
    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
    held = meeting.held_on if meeting is not None else None
    session.delete(row)
    session.flush()
    _project_audit(session, project, q, "unlock",
                   {"quarter": str(q), "meeting": held.isoformat() if held else None}, None, actor,
                   reason=why)


# --- readiness ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReadinessItem:
    """One thing to chase before the meeting, and where it is fixed."""

    kind: str  # missing_value, uncommented, no_narrative, open_decision, overdue_decision,
    #            delayed_activity, economy_deviation
    text: str
    indicator_code: str | None = None
    quarter: Quarter | None = None
    focus_area_number: int | None = None
    decision_number: int | None = None
    activity_code: str | None = None
    cost_category: str | None = None  # a CostCategory value; None with economy_deviation = the total


READINESS_HEADINGS_SV = {
    "missing_value": "Värden som saknas",
    "uncommented": "Gula och röda värden utan kommentar",
    "no_narrative": "Insatsområden utan berättelse",
    "overdue_decision": "Beslut som är försenade",
    "open_decision": "Beslut som fortfarande är öppna",
    "delayed_activity": "Försenade aktiviteter",
    "economy_deviation": "Avvikelser i ekonomin",
}


def readiness(session: Session, project_code: str, quarter: Quarter | str | None = None, *,
              held_on: date | None = None, today: date | None = None) -> list[ReadinessItem]:
    """What is missing before the meeting that follows up ``quarter``.

    Without a quarter, the meeting held on ``held_on`` (or the latest meeting) gives it; without
    any meeting, the project's latest ended quarter. Decisions count as earlier when they were
    taken before that meeting (all decisions when there is no meeting yet).
    """
    from hallbar_desktop.domain.status import Light
    from hallbar_desktop.services.grid import project_grid

    today = today or date.today()
    project = get_project(session, project_code)
    meeting: Meeting | None = None
    if held_on is not None:
        meeting = _meeting(session, project, held_on)
    q: Quarter | None = None
    if quarter is not None:
        q = quarter if isinstance(quarter, Quarter) else Quarter.parse(quarter)
        if meeting is None:
            meeting = session.scalars(select(Meeting).where(
                Meeting.project_id == project.id, Meeting.quarter == str(q))
                .order_by(Meeting.held_on.desc())).first()
    elif meeting is None:
        meeting = session.scalars(select(Meeting).where(Meeting.project_id == project.id)
                                  .order_by(Meeting.held_on.desc())).first()
    grid = project_grid(session, project.code, today=today)
    if q is None:
        q = Quarter.parse(meeting.quarter) if meeting is not None else grid.status_quarter
    if q is None:
        return []
    _in_period(project, q)
    items: list[ReadinessItem] = []
    for row in grid.rows:
        cell = row.cell(q)
        code = row.indicator.code
        if cell is None:
            continue
        if cell.measurement is None:
            items.append(ReadinessItem("missing_value", f"{code} {row.indicator.name}: inget värde för "
                                       f"{q.label_sv()}.", code, q, row.indicator.focus_area_number))
        elif cell.status in (Light.YELLOW, Light.RED) and not cell.comment.strip():
            colour = "gult" if cell.status is Light.YELLOW else "rött"
            items.append(ReadinessItem("uncommented", f"{code} {row.indicator.name}: {colour} värde utan "
                                       "kommentar.", code, q, row.indicator.focus_area_number))
    written = {n.focus_area_id for n in meeting.narratives
               if not NarrativeFields(n.happened, n.deviations, n.goal_conflicts, n.actions).is_empty()
               } if meeting is not None else set()
    for area in project.focus_areas:
        if area.archived or area.id in written:
            continue
        where = (f"mötet den {_date_sv(meeting.held_on)}" if meeting is not None
                 else f"ett möte för {q.label_sv()} (inget möte är skapat än)")
        items.append(ReadinessItem("no_narrative", f"{area.number}. {area.name}: ingen berättelse för "
                                   f"{where}.", focus_area_number=area.number, quarter=q))
    day = meeting.held_on if meeting is not None else today
    decisions = session.scalars(
        select(Decision).where(Decision.project_id == project.id)
        .options(selectinload(Decision.meeting)).order_by(Decision.number)).all()
    for d in decisions:
        info = _decision_info(d)
        if not info.is_open or (meeting is not None and d.meeting.held_on >= meeting.held_on):
            continue
        if info.is_overdue(day):
            assert info.due_on is not None
            items.append(ReadinessItem(
                "overdue_decision", f"Beslut {d.number} ({info.owner or 'ingen ansvarig'}): skulle vara klart "
                f"{_date_sv(info.due_on)} – {info.text}", decision_number=d.number))
        else:
            items.append(ReadinessItem(
                "open_decision", f"Beslut {d.number} ({info.owner or 'ingen ansvarig'}) är {info.status_sv}: "
                f"{info.text}", decision_number=d.number))
    items.extend(plan_items(session, project.code, q, today=today))
    order = list(READINESS_HEADINGS_SV)
    return sorted(items, key=lambda i: order.index(i.kind))


def plan_items(session: Session, project_code: str, quarter: Quarter, *, today: date | None = None
               ) -> list[ReadinessItem]:
    """Delayed activities and economy deviations at the end of ``quarter`` (services.economy_follow_up)."""
    from hallbar_desktop.services.economy_follow_up import plan_deviations

    found = plan_deviations(session, project_code, quarter, today=today)
    items = [ReadinessItem(
        "delayed_activity",
        f"{a.code} {a.name} ({a.focus_area_name}): skulle vara klar {a.planned_end.label_sv()} – "
        f"{_state_now(a)}.", quarter=quarter, activity_code=a.code) for a in found.delayed]
    items += [ReadinessItem("economy_deviation", r.explanation_sv(), quarter=quarter,
                            cost_category=r.category.value if r.category is not None else None)
              for r in found.economy]
    return items


def _state_now(activity: Any) -> str:
    """What the plan says of a delayed activity today: still open, or when it was closed."""
    status = activity.stored_status
    if status.closed and activity.closed_in is not None:
        return f"{status.label_sv()} {activity.closed_in.label_sv()}"
    return status.label_sv()
